"""``dtlib build``: turn ``data/raw/`` into validated tables in ``data/processed/``.

Steps: verify the catalog (every raw file listed, sha256 matching) → read each raw
file with the reader of its format → province registry and name index → DTI values
from every source, merged and checked (ranks against scores) → schemas → write.

Writing is all-or-nothing: every table is validated and serialised in memory, written
to a sibling folder, and swapped in with two renames. A failed build leaves
``data/processed/`` exactly as it was.
"""
from __future__ import annotations

import os
import shutil
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from .. import paths
from ..errors import DataError
from ..provinces import POST2025, PRE2025, ProvinceIndex, assemble_registry, resolve_aliases
from ..rawio import row_error
from ..schemas import EXPECTED_DTI_COUNTS, TABLES, data_dictionary
from ..sources import check_citation_ids, read_catalog, read_citations, verify_catalog
from . import dti
from .raw import read_raw, resolve_province_column
from .serialise import dictionary_markdown, to_csv_bytes

N_PRE2025 = 63


@dataclass
class BuildResult:
    out_dir: Path
    tables: dict[str, pd.DataFrame]
    changed: list[str]


class _Raw:
    """The catalogued raw files, read once, grouped by format."""

    def __init__(self, raw_dir: Path):
        self.dir = raw_dir
        self.catalog = read_catalog(raw_dir)
        verify_catalog(self.catalog, raw_dir)
        self.citations = read_citations(raw_dir)
        self.frames: dict[str, list[pd.DataFrame]] = {}
        for row in self.catalog.itertuples(index=False):
            if row.format == "citations":
                continue
            frame = read_raw(raw_dir, row.file, row.format)
            if "citation_ids" in frame:
                check_citation_ids(frame, self.citations)
            if "citation_id" in frame:
                check_citation_ids(frame, self.citations, column="citation_id")
            self.frames.setdefault(row.format, []).append(frame)

    def one(self, fmt: str) -> pd.DataFrame:
        frames = self.frames.get(fmt, [])
        if len(frames) != 1:
            raise DataError(f"expected exactly one raw file of format {fmt!r}, found {len(frames)}",
                            file="catalog.csv")
        return frames[0]

    def all(self, fmt: str) -> list[pd.DataFrame]:
        return self.frames.get(fmt, [])

    def files(self, *formats: str) -> str:
        return ";".join(sorted(self.catalog.loc[self.catalog["format"].isin(formats), "file"]))


def _registry(raw: _Raw) -> tuple[pd.DataFrame, pd.DataFrame, ProvinceIndex]:
    pre, post = raw.one("provinces_pre2025"), raw.one("provinces_post2025")
    crosswalk, aliases = raw.one("crosswalk_2025"), raw.one("province_aliases")
    for frame, column in ((pre, "gso_code"), (post, "gso_code"), (crosswalk, "old_gso_code")):
        duplicated = frame[column].duplicated()
        if duplicated.any():
            raise row_error(frame, int(duplicated.to_numpy().nonzero()[0][0]), "code listed twice",
                            column=column, expected="each GSO code once")
    for position, (old, new) in enumerate(zip(crosswalk["old_gso_code"], crosswalk["new_gso_code"])):
        if old not in set(pre["gso_code"]):
            raise row_error(crosswalk, position, "not a pre-2025 code", column="old_gso_code",
                            expected="a code of provinces_pre2025.csv")
        if new not in set(post["gso_code"]):
            raise row_error(crosswalk, position, "not a post-2025 code", column="new_gso_code",
                            expected="a code of provinces_post2025.csv")
    unmapped = sorted(set(pre["gso_code"]) - set(crosswalk["old_gso_code"]))
    if unmapped:
        raise DataError(f"pre-2025 province {unmapped[0]} has no successor", file=crosswalk.attrs["file"],
                        expected="a crosswalk row for each of the 63 provinces")
    registry = assemble_registry(pre.drop(columns="line"), post.drop(columns="line"), crosswalk)
    known = {(era, name) for era, name in zip(registry["era"], registry["name_vi"])}
    for position, (era, name) in enumerate(zip(aliases["era"], aliases["name_vi"])):
        eras = (PRE2025, POST2025) if era == "both" else (era,)
        if not any((e, name) in known for e in eras):
            raise row_error(aliases, position, "alias points at no province", column="name_vi",
                            expected=f"the name_vi of a {era} province in the registry")
    alias_table = resolve_aliases(aliases, registry)
    try:
        index = ProvinceIndex(registry, alias_table)
    except ValueError as exc:
        raise DataError(str(exc), file=aliases.attrs["file"], expected="aliases that name one province") from None
    return registry, alias_table, index


def _claims(raw: _Raw, index: ProvinceIndex) -> pd.DataFrame:
    frames = []
    published = dict(zip(raw.citations["citation_id"], raw.citations["published_date"]))
    for frame in raw.all("press_claims"):
        frame = frame.assign(
            province_id=resolve_province_column(frame, index, era=None),
            province_as_printed=frame["province"],
            published_date=frame["citation_id"].map(published),
        )
        for position, (year, basis) in enumerate(zip(frame["year"], frame["year_basis"])):
            if (year is None or pd.isna(year)) == (basis == "stated"):
                raise row_error(frame, position, "year and year_basis disagree", column="year_basis",
                                expected="'stated' with a year, 'not_stated' without one")
        frames.append(frame)
    claims = pd.concat(frames, ignore_index=True)
    claims.attrs["file"] = ";".join(f.attrs["file"] for f in frames)
    return claims


def _dti(raw: _Raw, index: ProvinceIndex, claims: pd.DataFrame, registry: pd.DataFrame):
    parts = [dti.from_table(f, index) for f in raw.all("dti_table")]
    parts += [dti.from_values(f, index) for f in raw.all("dti_values")]
    parts.append(dti.from_claims(claims))
    values = dti.merge_sources(pd.concat(parts, ignore_index=True), raw.citations)
    values = dti.check_and_derive_ranks(values, N_PRE2025)
    dti.check_complete_editions(values, N_PRE2025)
    return dti.long_table(values), dti.wide_table(values, registry)


def _check_expected_counts(wide: pd.DataFrame) -> None:
    for year, expected in EXPECTED_DTI_COUNTS.items():
        edition = wide[wide["year"] == year]
        for column, n_expected in expected.items():
            n = int(edition[column].notna().sum())
            if n != n_expected:
                raise DataError(
                    f"DTI {year} has {n} non-empty {column} values, the committed expectation is {n_expected}",
                    expected="the committed count; if the new data are deliberate, update "
                             "EXPECTED_DTI_COUNTS in dtlib/schemas.py in the same commit",
                )


def assemble(raw_dir: Path) -> tuple[dict[str, pd.DataFrame], dict[str, str]]:
    """All processed tables from the raw folder, validated; also the raw files behind each table."""
    raw = _Raw(raw_dir)
    registry, aliases, index = _registry(raw)
    claims = _claims(raw, index)
    dti_long, dti_wide = _dti(raw, index, claims, registry)
    _check_expected_counts(dti_wide)
    editions = raw.one("dti_editions").drop(columns="line")
    tables = {
        "provinces": registry,
        "province_aliases": aliases,
        "citations": raw.citations.drop(columns="line"),
        "sources": raw.catalog.drop(columns="line"),
        "dti": dti_wide,
        "dti_values": dti_long,
        "dti_editions": editions,
        "press_claims": claims[list(TABLES["press_claims"].columns)],
    }
    dti_files = raw.files("dti_table", "dti_values", "press_claims")
    inputs = {
        "provinces": raw.files("provinces_pre2025", "provinces_post2025", "crosswalk_2025"),
        "province_aliases": raw.files("province_aliases"),
        "citations": raw.files("citations"),
        "sources": "catalog.csv",
        "dti": dti_files,
        "dti_values": dti_files,
        "dti_editions": raw.files("dti_editions"),
        "press_claims": raw.files("press_claims"),
    }
    return {name: validate(name, frame) for name, frame in tables.items()}, inputs


def validate(name: str, frame: pd.DataFrame) -> pd.DataFrame:
    """Coerce a table to its declared types and order, then check it against its schema."""
    import pandera.errors

    table = TABLES[name]
    frame = frame[list(table.columns)].astype(table.read_dtypes())
    if table.sort_by:
        frame = frame.sort_values(list(table.sort_by), kind="stable").reset_index(drop=True)
    if table.expected_rows is not None and len(frame) != table.expected_rows:
        raise DataError(f"table {name} has {len(frame)} rows", expected=f"{table.expected_rows} rows")
    try:
        return table.schema().validate(frame, lazy=True)
    except pandera.errors.SchemaErrors as exc:
        cases = exc.failure_cases.head(5)
        detail = "; ".join(f"column {c.column}: {c.check} failed for {c.failure_case!r} (row {c.index})"
                           for c in cases.itertuples())
        raise DataError(f"table {name} fails its schema: {detail}") from None


def _outputs(tables: dict[str, pd.DataFrame], inputs: dict[str, str]) -> dict[str, bytes]:
    datasets = pd.DataFrame([
        {"name": name, "description": TABLES[name].description, "rows": len(frame),
         "columns": len(frame.columns), "sources": inputs[name]}
        for name, frame in tables.items()
    ])
    dictionary = data_dictionary()
    files = {f"{name}.csv": to_csv_bytes(frame) for name, frame in tables.items()}
    files["datasets.csv"] = to_csv_bytes(datasets)
    files["data_dictionary.csv"] = to_csv_bytes(dictionary)
    files["DATA_DICTIONARY.md"] = dictionary_markdown(datasets, dictionary).encode("utf-8")
    return files


def _swap_in(files: dict[str, bytes], out_dir: Path) -> list[str]:
    """Replace ``out_dir`` by a folder holding exactly ``files``; returns the names that changed."""
    staging = out_dir.with_name(f".{out_dir.name}.new")
    retired = out_dir.with_name(f".{out_dir.name}.old")
    recover_interrupted_swap(out_dir)
    shutil.rmtree(staging, ignore_errors=True)
    staging.mkdir(parents=True)
    for name, content in files.items():
        (staging / name).write_bytes(content)
    old = {p.name: p.read_bytes() for p in out_dir.glob("*") if p.is_file()} if out_dir.exists() else {}
    changed = sorted(n for n in set(files) | set(old) if files.get(n) != old.get(n))
    if out_dir.exists():
        os.replace(out_dir, retired)
    os.replace(staging, out_dir)
    shutil.rmtree(retired, ignore_errors=True)
    return changed


def recover_interrupted_swap(out_dir: Path) -> None:
    """If a build was killed between its two renames, put the previous tables back."""
    retired = out_dir.with_name(f".{out_dir.name}.old")
    if not out_dir.exists() and retired.exists():
        os.replace(retired, out_dir)
    shutil.rmtree(retired, ignore_errors=True)


def build(root: Path | None = None) -> BuildResult:
    """Build every processed table; raises :class:`DataError` and leaves outputs untouched on bad input."""
    root = Path(root) if root else paths.project_root()
    raw_dir, out_dir = root / "data" / "raw", root / "data" / "processed"
    tables, inputs = assemble(raw_dir)
    changed = _swap_in(_outputs(tables, inputs), out_dir)
    return BuildResult(out_dir, tables, changed)

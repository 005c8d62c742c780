"""Build step: the province registry, its aliases, the citations and the catalog."""
from __future__ import annotations

from ..errors import DataError
from ..provinces import ERAS, N_PROVINCES, ProvinceIndex, assemble_registry, resolve_aliases
from ..rawio import Column, row_error
from ..vocabulary import REGIONS_POST2025, REGIONS_PRE2025
from .context import Context
from .raw import register_format

_NAMES = [
    Column("gso_code", "code", nullable=False),
    Column("name_vi", nullable=False),
    Column("name_full_vi", nullable=False),
    Column("name_en", nullable=False),
]
register_format("provinces_pre2025", [*_NAMES, Column("region", nullable=False, choices=REGIONS_PRE2025)])
register_format("provinces_post2025", [
    *_NAMES,
    Column("region", nullable=False, choices=REGIONS_POST2025),
    Column("area_km2", "float", nullable=False, minimum=0),
    Column("population", "int", nullable=False, minimum=0),
])
register_format("crosswalk_2025", [
    Column("old_gso_code", "code", nullable=False),
    Column("new_gso_code", "code", nullable=False),
])
register_format("province_aliases", [
    Column("alias", nullable=False),
    Column("era", nullable=False, choices=(*ERAS, "both")),
    Column("name_vi", nullable=False),
    Column("reason", nullable=False),
])


def _check_codes(pre, post, crosswalk) -> None:
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
                        expected=f"a crosswalk row for each of the {N_PROVINCES} provinces")


def build_step(ctx: Context) -> None:
    raw = ctx.raw
    pre, post = raw.one("provinces_pre2025"), raw.one("provinces_post2025")
    crosswalk, aliases = raw.one("crosswalk_2025"), raw.one("province_aliases")
    _check_codes(pre, post, crosswalk)
    registry = assemble_registry(pre.drop(columns="line"), post.drop(columns="line"), crosswalk)
    known = set(zip(registry["era"], registry["name_vi"]))
    for position, (era, name) in enumerate(zip(aliases["era"], aliases["name_vi"])):
        if not any((e, name) in known for e in (ERAS if era == "both" else (era,))):
            raise row_error(aliases, position, "alias points at no province", column="name_vi",
                            expected=f"the name_vi of a {era} province in the registry")
    alias_table = resolve_aliases(aliases, registry)
    try:
        ctx.index = ProvinceIndex(registry, alias_table)
    except ValueError as exc:
        raise DataError(str(exc), file=aliases.attrs["file"], expected="aliases that name one province") from None
    ctx.add("provinces", registry, "provinces_pre2025", "provinces_post2025", "crosswalk_2025")
    ctx.add("province_aliases", alias_table, "province_aliases")
    ctx.add("citations", raw.citations.drop(columns="line"), "citations")
    ctx.tables["sources"] = raw.catalog.drop(columns="line")
    ctx.inputs["sources"] = "catalog.csv"

"""Province registry for both eras, name normalisation and the 2025 crosswalk.

Vietnam had 63 provinces until 30 June 2025 and 34 units from 1 July 2025
(Resolution 202/2025/QH15). GSO codes were re-used for other territories after the
merger (code 52 was Bình Định, it is now the new Gia Lai), so a bare code is
ambiguous. Every key here therefore carries its era: ``pre2025-52`` is Bình Định,
``post2025-52`` is the merged Gia Lai.

Names are matched on a *key*: diacritics, case, punctuation, spacing and
administrative prefixes removed. That one step absorbs NFC/NFD, old and new tone
placement (Hoà/Hòa), hyphen and dash variants and English spellings (Hanoi, Da Nang);
abbreviations and historical spellings come from a reviewed alias table
(``data/raw/provinces/province_aliases.csv``), never from code.
"""
from __future__ import annotations

import difflib
import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from typing import TYPE_CHECKING

from .errors import UnknownProvinceError

if TYPE_CHECKING:  # pandas is imported lazily to keep ``import dtlib`` fast
    import pandas as pd

PRE2025 = "pre2025"
POST2025 = "post2025"
ERAS = (PRE2025, POST2025)
N_PROVINCES = 63  # pre-2025 provinces, the units every DTI edition so far ranks
N_UNITS = 34  # post-2025 units

_ID_PATTERN = re.compile(r"^(pre2025|post2025)-(\d{2})$")
# Administrative words around a name; dropped before matching ("Tỉnh Hà Giang",
# "TP. Hồ Chí Minh", "Ho Chi Minh City"). Checked as whole words on the ASCII form.
_PREFIXES = (("thanh", "pho"), ("thu", "do"), ("t", "p"), ("tp",), ("tinh",))
_SUFFIXES = (("city",), ("province",))


def province_id(era: str, gso_code: str) -> str:
    """The registry key for a GSO code in an era, e.g. ``province_id("pre2025", "52")``."""
    if era not in ERAS:
        raise ValueError(f"unknown era {era!r}; expected one of {', '.join(ERAS)}")
    return f"{era}-{gso_code}"


def ascii_name(text: str) -> str:
    """Vietnamese text without diacritics (Đ/đ become D/d, and so do Ð/ð, the look-alike letters that
    texts converted from legacy Vietnamese encodings print for them)."""
    decomposed = unicodedata.normalize("NFD", text)
    stripped = "".join(ch for ch in decomposed if unicodedata.category(ch) != "Mn")
    return unicodedata.normalize("NFC", stripped.translate(_D_LETTERS))


_D_LETTERS = str.maketrans({"Đ": "D", "đ": "d", "Ð": "D", "ð": "d"})


def name_key(text: str) -> str:
    """The matching key of a province name: ASCII, lower case, no prefixes or separators.

    >>> name_key("TP. Hồ Chí Minh") == name_key("Ho Chi Minh City") == "hochiminh"
    True
    """
    tokens = re.sub(r"[^a-z0-9]+", " ", ascii_name(text).lower()).split()
    for prefix in _PREFIXES:
        if tuple(tokens[: len(prefix)]) == prefix and len(tokens) > len(prefix):
            tokens = tokens[len(prefix):]
            break
    for suffix in _SUFFIXES:
        if tuple(tokens[-len(suffix):]) == suffix and len(tokens) > len(suffix):
            tokens = tokens[: -len(suffix)]
            break
    return "".join(tokens)


@dataclass
class ProvinceIndex:
    """Resolves any spelling of a province to its registry id.

    Built from the registry (one row per province and era) and the alias table
    (alias, era, province_id). Construction fails if one key would name two
    provinces of the same era, so a resolved name is never a guess.
    """

    registry: "pd.DataFrame"
    aliases: "pd.DataFrame"
    _keys: dict[str, dict[str, str]] = field(init=False, repr=False)
    _display: dict[str, str] = field(init=False, repr=False)
    _spelling: dict[tuple[str, str], str] = field(init=False, repr=False)  # (key, era) -> first spelling

    def __post_init__(self) -> None:
        self._keys = {}
        self._display = {}
        self._spelling = {}
        for row in self.registry.itertuples(index=False):
            self._display[row.province_id] = f"{row.name_vi} ({row.province_id})"
            for name in (row.name_vi, row.name_full_vi, row.name_en, row.name_ascii):
                self._add(name_key(name), row.era, row.province_id, name)
        for row in self.aliases.itertuples(index=False):
            key = name_key(row.alias)
            if self._keys.get(key, {}).get(row.era) == row.province_id:
                raise ValueError(
                    f"alias {row.alias!r} is redundant: {self._spelling[(key, row.era)]!r} already "
                    f"matches {self._display[row.province_id]} the same way"
                )
            self._add(key, row.era, row.province_id, row.alias)

    def _add(self, key: str, era: str, pid: str, name: str) -> None:
        known = self._keys.setdefault(key, {})
        if known.get(era, pid) != pid:
            raise ValueError(
                f"name {name!r} would match both {self._display[known[era]]} "
                f"and {self._display[pid]} in era {era}"
            )
        known[era] = pid
        self._spelling.setdefault((key, era), name)

    def resolve(self, name: str, era: str | None = None) -> str:
        """The ``province_id`` for ``name``.

        With ``era=None`` a name is looked up among the 63 pre-2025 provinces first,
        then among the 34 post-2025 units: most data predate the merger, and the new
        units all carry the name of one of their constituents. Pass
        ``era="post2025"`` for the new units. A bare GSO code needs an era.
        """
        if era is not None and era not in ERAS:
            raise ValueError(f"unknown era {era!r}; expected one of {', '.join(ERAS)} or None")
        if not isinstance(name, str) or not name.strip():
            raise UnknownProvinceError(f"province name must be a non-empty string, got {name!r}")
        text = unicodedata.normalize("NFC", name.strip())
        as_id = _ID_PATTERN.match(text)
        if as_id:
            return self._resolve_id(text, as_id.group(1), era)
        key = name_key(text)
        if key.isdigit():
            return self._resolve_code(key.zfill(2), name, era)
        by_era = self._keys.get(key, {})
        for candidate_era in ([era] if era else list(ERAS)):
            if candidate_era in by_era:
                return by_era[candidate_era]
        raise UnknownProvinceError(self._unknown_message(name, key, era))

    def find(self, name: str, era: str | None = None) -> str | None:
        """The ``province_id`` a name spells, or None: like :meth:`resolve` for names only
        (no ids or codes), without building an error message. For scanning running text."""
        by_era = self._keys.get(name_key(name), {})
        for candidate_era in ([era] if era else list(ERAS)):
            if candidate_era in by_era:
                return by_era[candidate_era]
        return None

    def _resolve_id(self, text: str, id_era: str, era: str | None) -> str:
        if text not in self._display:
            raise UnknownProvinceError(f"no province has id {text!r}")
        if era and era != id_era:
            raise UnknownProvinceError(f"{self._display[text]} belongs to era {id_era}, not {era}")
        return text

    def _resolve_code(self, code: str, name: str, era: str | None) -> str:
        if era is None:
            choices = [self._display[f"{e}-{code}"] for e in ERAS if f"{e}-{code}" in self._display]
            raise UnknownProvinceError(
                f"GSO code {name!r} is ambiguous without an era (codes were re-used in 2025): "
                f"{'; '.join(choices) or 'no province has this code'}. Pass era='pre2025' or 'post2025'."
            )
        pid = f"{era}-{code}"
        if pid not in self._display:
            raise UnknownProvinceError(f"no {era} province has GSO code {code!r}")
        return pid

    def _unknown_message(self, name: str, key: str, era: str | None) -> str:
        pool = [k for k, eras in self._keys.items() if era is None or era in eras]
        close = difflib.get_close_matches(key, pool, n=8, cutoff=0.6)
        if len(key) >= 3:  # also offer names that contain what was typed ("quang" -> the Quảngs)
            close += sorted(k for k in pool if key in k and k not in close)
        suggestions: list[str] = []
        for k in close:
            for e, pid in self._keys[k].items():
                label = self._display[pid]
                if (era is None or e == era) and label not in suggestions:
                    suggestions.append(label)
        scope = f" in era {era}" if era else ""
        hint = f" Close matches: {'; '.join(suggestions[:8])}." if suggestions else " No close match."
        return f"unknown province name {name!r}{scope}.{hint}"


def assemble_registry(
    pre2025: "pd.DataFrame", post2025: "pd.DataFrame", crosswalk: "pd.DataFrame"
) -> "pd.DataFrame":
    """One registry table for both eras from the raw province and crosswalk tables."""
    import pandas as pd

    successor = dict(zip(crosswalk["old_gso_code"], crosswalk["new_gso_code"]))
    pre = pre2025.assign(
        era=PRE2025,
        successor_id=[province_id(POST2025, successor[c]) for c in pre2025["gso_code"]],
    )
    post = post2025.assign(era=POST2025, successor_id=pd.NA)
    registry = pd.concat([pre, post], ignore_index=True)
    registry["province_id"] = registry["era"] + "-" + registry["gso_code"]
    registry["name_ascii"] = registry["name_vi"].map(ascii_name)
    columns = [
        "province_id", "era", "gso_code", "name_vi", "name_full_vi", "name_ascii",
        "name_en", "region", "successor_id", "area_km2", "population",
    ]
    return registry[columns]


def resolve_aliases(aliases: "pd.DataFrame", registry: "pd.DataFrame") -> "pd.DataFrame":
    """Expand the raw alias table (alias, era or 'both', canonical name) to province ids."""
    import pandas as pd

    by_name = {(r.era, r.name_vi): r.province_id for r in registry.itertuples(index=False)}
    rows = []
    for alias in aliases.itertuples(index=False):
        eras = ERAS if alias.era == "both" else (alias.era,)
        for era in eras:
            if (era, alias.name_vi) in by_name:
                rows.append((alias.alias, era, by_name[(era, alias.name_vi)], alias.reason))
    return pd.DataFrame(rows, columns=["alias", "era", "province_id", "reason"])


@lru_cache(maxsize=1)
def _index() -> ProvinceIndex:
    from .load import load

    return ProvinceIndex(load("provinces"), load("province_aliases"))


def province_index() -> ProvinceIndex:
    """The name index built from the processed registry and alias tables (cached)."""
    return _index()


def provinces(era: str | None = None) -> "pd.DataFrame":
    """The registry: one row per province and era (63 ``pre2025`` + 34 ``post2025``)."""
    from .load import load

    table = load("provinces")
    if era is None:
        return table
    if era not in ERAS:
        raise ValueError(f"unknown era {era!r}; expected one of {', '.join(ERAS)}")
    return table[table["era"] == era].reset_index(drop=True)


def normalize_province(name: str, era: str | None = None) -> str:
    """The ``province_id`` of any spelling of a province (see :meth:`ProvinceIndex.resolve`).

    Raises :class:`~dtlib.errors.UnknownProvinceError` (a ``ValueError``) listing close
    matches when the name is unknown.
    """
    return _index().resolve(name, era)


def merger_groups(registry: "pd.DataFrame | None" = None) -> "pd.DataFrame":
    """Each pre-2025 province with the post-2025 unit it became part of (Resolution 202/2025/QH15).

    Columns ``province_id`` (pre2025), ``unit_id`` (post2025) and ``n_constituents`` (how many
    pre-2025 provinces form that unit: 1 for the 11 unchanged units, 2 or 3 for the 23 merged ones).
    ``registry`` defaults to :func:`provinces`.
    """
    table = provinces() if registry is None else registry
    pre = table[table["era"] == PRE2025]
    groups = pre[["province_id", "successor_id"]].rename(columns={"successor_id": "unit_id"})
    groups["n_constituents"] = groups.groupby("unit_id")["province_id"].transform("size")
    return groups.sort_values(["unit_id", "province_id"]).reset_index(drop=True)


def pre2025_provinces(province_id: str, registry: "pd.DataFrame | None" = None) -> list[str]:
    """The pre-2025 provinces a ``province_id`` covers: the province itself, or the provinces that
    formed a post-2025 unit (in id order). ``registry`` defaults to :func:`provinces`."""
    table = provinces() if registry is None else registry
    era = table.loc[table["province_id"] == province_id, "era"]
    if era.empty:
        raise ValueError(f"unknown province_id {province_id!r}; expected an id of dtlib.provinces()")
    if era.iloc[0] == PRE2025:
        return [province_id]
    return sorted(table.loc[table["successor_id"] == province_id, "province_id"])

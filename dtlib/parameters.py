"""Validation of notebook parameters, shared by the notebooks' first cells and the report runner.

A parameter's meaning is given by its name: every notebook that has a ``province`` parameter
means the same thing by it, so the report runner checks a run exactly as the notebook will.
``KINDS`` maps each name to its check; a check returns the normalised value or raises
:class:`ParameterError` listing the valid choices. ``CROSS_CHECKS`` check one parameter against
another. Province names (``province``, ``highlight``, ``provinces``) are read in the era of the
notebook's ``era`` parameter (pre-2025 first when it has none); ``highlight_units`` are always
post-2025 units. A new kind of parameter is a new check and a new entry in ``KINDS``.
"""
from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from .errors import UnknownProvinceError
from .measures import MEASURES, measure
from .provinces import ERAS, N_PROVINCES, N_UNITS, POST2025, PRE2025, ascii_name, normalize_province
from .provinces import provinces as provinces_table
from .vocabulary import DTI_EDITIONS, INDEX_CODES, REGIONS

# Years an index edition can have: the oldest ranking in the tables (PCI 2005) to the newest DTI.
_EDITION_YEARS = range(2005, max(DTI_EDITIONS) + 1)


class ParameterError(ValueError):
    """A notebook parameter with a wrong type or an unknown value."""


def _fail(name: str, value: Any, choices: str) -> ParameterError:
    return ParameterError(f"parameter {name!r}: {value!r} is not valid; expected {choices}")


def _distinct_choices(value: Any, name: str, choices: Sequence[str], what: str) -> list:
    """``value`` as a list if it is a non-empty list of distinct members of ``choices``."""
    if (not isinstance(value, (list, tuple)) or not value or len(set(value)) < len(value)
            or any(v not in choices for v in value)):
        raise _fail(name, value, f"a non-empty list of distinct {what} from " + ", ".join(choices))
    return list(value)


# ---- provinces -------------------------------------------------------------------------------------

def era(value: Any, name: str = "era") -> str | None:
    if value in (None, "") or value in ERAS:
        return value or None
    raise _fail(name, value, f"one of {', '.join(ERAS)} or None")


def province(value: Any, name: str = "province", era_value: str | None = None) -> str | None:
    """A province_id from any spelling the registry understands; None stays None (every province,
    where a notebook's parameters cell annotates its province ``"Optional[str]"``)."""
    return None if value is None else _province_id(value, name, era_value)


def provinces(value: Any, name: str = "highlight", era_value: str | None = None) -> list[str]:
    """A list of province_ids from any spellings."""
    if not isinstance(value, (list, tuple)):
        raise _fail(name, value, "a list of province names")
    return [_province_id(v, name, era_value) for v in value]


def units(value: Any, name: str = "highlight_units") -> list[str]:
    """A list of post-2025 unit ids (the 34 units) from any spellings."""
    return provinces(value, name, POST2025)


def _province_id(value: Any, name: str, era_value: str | None) -> str:
    try:
        return normalize_province(value, era=era_value)
    except (UnknownProvinceError, ValueError) as exc:
        message = str(exc)
        if era_value == POST2025:
            message = message.rstrip(".") + "." + _unit_hint(value)
        raise ParameterError(f"parameter {name!r}: {message}") from None


def _unit_hint(value: Any) -> str:
    """For a name that is no post-2025 unit: the unit a pre-2025 province became part of, or the 34 units."""
    registry = provinces_table()
    names = registry.set_index("province_id")["name_vi"]
    try:
        pid = normalize_province(value, era=PRE2025)
    except (UnknownProvinceError, ValueError):
        units = registry.loc[registry["era"] == POST2025, "name_vi"]
        return f" The {N_UNITS} units are: {', '.join(sorted(units, key=ascii_name))}."
    unit = registry.set_index("province_id").loc[pid, "successor_id"]
    return f" {names[pid]} is a pre-2025 province; since 1 July 2025 it is part of {names[unit]} ({unit})."


def region(value: Any, name: str = "region") -> str | None:
    if value in (None, "") or value in REGIONS:
        return value or None
    raise _fail(name, value, "None or one of " + ", ".join(REGIONS))


# ---- the DTI ---------------------------------------------------------------------------------------

def dti_index(value: Any, name: str = "index") -> str:
    """A DTI measure code: 'dti' (overall), a pillar ('gov', ...) or a main index ('infrastructure', ...)."""
    try:
        found = measure(value) if isinstance(value, str) else None
    except ValueError:
        found = None
    if found is None:
        raise _fail(name, value, "one of " + ", ".join(["dti", *(m.code for m in MEASURES if m.code)]))
    return found.code or "dti"


def edition(value: Any, name: str = "edition") -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value not in DTI_EDITIONS:
        raise _fail(name, value, f"a DTI edition, one of {', '.join(map(str, DTI_EDITIONS))}")
    return value


def editions(value: Any, name: str = "editions") -> list[int]:
    if not isinstance(value, (list, tuple)) or not value:
        raise _fail(name, value, f"a non-empty list of DTI editions from {', '.join(map(str, DTI_EDITIONS))}")
    return sorted(edition(v, name) for v in value)


def aggregation_method(value: Any, name: str = "method") -> str:
    """How the 34 units' values are formed from their provinces (see dtlib.harmonise.METHODS)."""
    from .harmonise import METHODS

    if value in METHODS:
        return value
    raise _fail(name, value, "one of " + ", ".join(METHODS))


def complete_outcome_editions() -> dict[str, list[int]]:
    """DTI measure code -> the editions in which every province has a score (measures with none left out)."""
    from .analysis.series import complete_editions, measure_series
    from .load import load

    dti = load("dti")
    found = {m.code or "dti": complete_editions(measure_series(dti, m.code or "dti")) for m in MEASURES}
    return {code: years for code, years in found.items() if years}


def outcome(value: Any, name: str = "outcome") -> str:
    """A DTI measure scored for every province in at least one edition (a regression outcome)."""
    complete = complete_outcome_editions()
    if not isinstance(value, str) or value not in complete:
        raise _fail(name, value, f"a DTI measure scored for all {N_PROVINCES} provinces, one of " + ", ".join(
            f"{c} ({', '.join(map(str, years))})" for c, years in complete.items()))
    return value


def covariates(value: Any, name: str = "covariates") -> list[str]:
    """A non-empty list of distinct regressors of the determinants model, returned in the model's order."""
    from .analysis.determinants import REGRESSORS

    chosen = _distinct_choices(value, name, REGRESSORS, "names")
    return [r for r in REGRESSORS if r in chosen]


# ---- other indices, press claims and pilots ----------------------------------------------------------

def other_indices(value: Any, name: str = "indices") -> list[str]:
    """A non-empty list of distinct codes of indices to compare with the DTI (``OTHER_INDEX_CODES``)."""
    from .analysis.other_indices import OTHER_INDEX_CODES

    return _distinct_choices(value, name, OTHER_INDEX_CODES, "index codes")


def claim_index(value: Any, name: str = "index_code") -> str | None:
    """An index of press claims (dtlib.vocabulary.INDEX_CODES), or "all" (None after checking)."""
    if value == "all":
        return None
    if value in INDEX_CODES:
        return value
    raise _fail(name, value, '"all" or one of ' + ", ".join(INDEX_CODES))


def since_year(value: Any, name: str = "since") -> int | None:
    """None (every edition) or the first edition year to keep."""
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int) or value not in _EDITION_YEARS:
        raise _fail(name, value, f"None or a year from {_EDITION_YEARS[0]} to {_EDITION_YEARS[-1]}")
    return value


def programme(value: Any, name: str = "programme") -> str | None:
    """None (every programme) or a pilot programme id of ``dtlib.load("pilot_programmes")``."""
    if value in (None, ""):
        return None
    from .load import load

    ids = sorted(load("pilot_programmes")["programme_id"])
    if value not in ids:
        raise _fail(name, value, "None or one of " + ", ".join(ids))
    return value


# ---- the table of kinds --------------------------------------------------------------------------------

# Parameter name -> check. Checks of province names take the era too (validate() passes it along).
KINDS: dict[str, Callable[..., Any]] = {
    "era": era,
    "province": province,
    "highlight": provinces,
    "provinces": provinces,
    "highlight_units": units,
    "region": region,
    "index": dti_index,
    "edition": edition,
    "editions": editions,
    "method": aggregation_method,
    "outcome": outcome,
    "covariates": covariates,
    "indices": other_indices,
    "index_code": claim_index,
    "since": since_year,
    "programme": programme,
}
_ERA_AWARE = {"province", "highlight", "provinces"}


def _outcome_editions(checked: dict[str, Any]) -> None:
    complete = complete_outcome_editions()[checked["outcome"]]
    missing = [year for year in checked["editions"] if year not in complete]
    if missing:
        raise ParameterError(
            f"parameter 'editions': {missing} not valid with outcome {checked['outcome']!r}, which has a score for "
            f"every province only in {', '.join(map(str, complete))}")


# Checks of one parameter against another, run by validate() after each parameter's own check.
CROSS_CHECKS: dict[tuple[str, ...], Callable[[dict[str, Any]], None]] = {("outcome", "editions"): _outcome_editions}


def validate(params: dict[str, Any]) -> dict[str, Any]:
    """Check every parameter whose name has a known kind; return the normalised values.

    Names without a registered kind are returned unchanged (their type is checked by the
    runner against the notebook's parameters cell). Province names are read in the era of the
    ``era`` parameter when there is one.
    """
    era_value = era(params.get("era"))
    checked = {}
    for name, value in params.items():
        check = KINDS.get(name)
        if check is None:
            checked[name] = value
        elif name in _ERA_AWARE:
            checked[name] = check(value, name, era_value)
        else:
            checked[name] = check(value, name)
    for names, cross_check in CROSS_CHECKS.items():
        if all(n in checked for n in names):
            cross_check(checked)
    return checked

"""Validation of notebook parameters, shared by the notebooks' first cells and the report runner.

A parameter's meaning is given by its name: every notebook that has a ``province`` parameter
means the same thing by it. ``KINDS`` maps names to checks; a check returns the normalised
value or raises :class:`ParameterError` listing the valid choices. Families add their own
parameter names to ``KINDS``.
"""
from __future__ import annotations

from collections.abc import Callable
from typing import Any

from .errors import UnknownProvinceError
from .measures import MEASURES, measure
from .provinces import ERAS, normalize_province
from .vocabulary import DTI_EDITIONS, REGIONS


class ParameterError(ValueError):
    """A notebook parameter with a wrong type or an unknown value."""


def _fail(name: str, value: Any, choices: str) -> ParameterError:
    return ParameterError(f"parameter {name!r}: {value!r} is not valid; expected {choices}")


def era(value: Any, name: str = "era") -> str | None:
    if value in (None, "") or value in ERAS:
        return value or None
    raise _fail(name, value, f"one of {', '.join(ERAS)} or None")


def province(value: Any, name: str = "province", era_value: str | None = None) -> str:
    """A province_id from any spelling the registry understands."""
    try:
        return normalize_province(value, era=era_value)
    except (UnknownProvinceError, ValueError) as exc:
        raise ParameterError(f"parameter {name!r}: {exc}") from None


def provinces(value: Any, name: str = "highlight", era_value: str | None = None) -> list[str]:
    if not isinstance(value, (list, tuple)):
        raise _fail(name, value, "a list of province names")
    return [province(v, name, era_value) for v in value]


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


def region(value: Any, name: str = "region") -> str | None:
    if value in (None, "") or value in REGIONS:
        return value or None
    raise _fail(name, value, "None or one of " + ", ".join(REGIONS))


def programme(value: Any, name: str = "programme") -> str | None:
    """None (every programme) or a pilot programme id of ``dtlib.load("pilot_programmes")``."""
    if value in (None, ""):
        return None
    from .load import load

    ids = sorted(load("pilot_programmes")["programme_id"])
    if value not in ids:
        raise _fail(name, value, "None or one of " + ", ".join(ids))
    return value


# Parameter name -> check. Province checks need the era; validate() passes it along.
KINDS: dict[str, Callable[..., Any]] = {
    "era": era,
    "province": province,
    "highlight": provinces,
    "index": dti_index,
    "edition": edition,
    "editions": editions,
    "region": region,
    "programme": programme,
}
_ERA_AWARE = {"province", "highlight"}


def validate(params: dict[str, Any]) -> dict[str, Any]:
    """Check every parameter whose name has a known kind; return the normalised values.

    Names without a registered kind are returned unchanged (their type is checked by the
    runner against the notebook's parameters cell).
    """
    era_value = era(params.get("era")) if "era" in params else None
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


def aggregation_method(value: Any, name: str = "method") -> str:
    """How the 34 units' values are formed from their provinces (see dtlib.harmonise.METHODS)."""
    from .harmonise import METHODS

    if value in METHODS:
        return value
    raise _fail(name, value, "one of " + ", ".join(METHODS))


KINDS["method"] = aggregation_method


def other_indices(value: Any, name: str = "indices") -> list[str]:
    """A non-empty list of distinct codes of indices to compare with the DTI (``OTHER_INDEX_CODES``)."""
    from .analysis.other_indices import OTHER_INDEX_CODES

    if (not isinstance(value, (list, tuple)) or not value or len(set(value)) < len(value)
            or any(v not in OTHER_INDEX_CODES for v in value)):
        raise _fail(name, value, "a non-empty list of distinct index codes from " + ", ".join(OTHER_INDEX_CODES))
    return list(value)


def covariates(value: Any, name: str = "covariates") -> list[str]:
    """A non-empty list of distinct regressors of the determinants model, returned in the model's order."""
    from .analysis.determinants import REGRESSORS

    if (not isinstance(value, (list, tuple)) or not value or len(set(value)) < len(value)
            or any(v not in REGRESSORS for v in value)):
        raise _fail(name, value, "a non-empty list of distinct names from " + ", ".join(REGRESSORS))
    return [r for r in REGRESSORS if r in value]


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
        raise _fail(name, value, "a DTI measure scored for all 63 provinces, one of " + ", ".join(
            f"{c} ({', '.join(map(str, years))})" for c, years in complete.items()))
    return value


def _outcome_editions(checked: dict[str, Any]) -> None:
    complete = complete_outcome_editions()[checked["outcome"]]
    missing = [year for year in checked["editions"] if year not in complete]
    if missing:
        raise ParameterError(
            f"parameter 'editions': {missing} not valid with outcome {checked['outcome']!r}, which has a score for "
            f"every province only in {', '.join(map(str, complete))}")


KINDS |= {"indices": other_indices, "covariates": covariates, "outcome": outcome}
# Checks of one parameter against another, run by validate() after each parameter's own check.
CROSS_CHECKS: dict[tuple[str, ...], Callable[[dict[str, Any]], None]] = {("outcome", "editions"): _outcome_editions}

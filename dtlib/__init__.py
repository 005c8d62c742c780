"""dtlib: Vietnam's provincial digital transformation data, cited and validated.

    import dtlib
    dti = dtlib.load("dti")                      # one row per edition and province
    dtlib.normalize_province("TP.HCM")           # 'pre2025-79'
    dtlib.provinces()                            # the registry, both eras
    dtlib.datasets()                             # what tables exist

``import dtlib`` is cheap: pandas and friends are imported when a function needs them.
"""
from __future__ import annotations

from .errors import DataError, UnknownProvinceError
from .load import datasets, load
from .provinces import normalize_province, provinces

__version__ = "0.1.0"
__all__ = ["DataError", "UnknownProvinceError", "datasets", "load", "normalize_province", "provinces"]

# Sub-packages imported on first use, so ``dtlib.claims.extract(...)`` works after a bare
# ``import dtlib`` without making that import slower.
_LAZY_SUBMODULES = ("claims",)


def __getattr__(name: str):
    if name in _LAZY_SUBMODULES:
        import importlib

        return importlib.import_module(f".{name}", __name__)
    raise AttributeError(f"module 'dtlib' has no attribute {name!r}")

"""The coefficient table of a fitted statsmodels regression, in the column names the analyses share."""
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import pandas as pd

COEFFICIENT_COLUMNS = ["term", "coef", "std_err", "t", "p_value", "ci_low", "ci_high"]


def coefficient_table(results, alpha: float = 0.05) -> "pd.DataFrame":
    """One row per term of ``results`` (a fitted statsmodels model): estimate, standard error, test
    statistic, p-value and the ``1 - alpha`` interval (each as the fit's covariance type computes them)."""
    import pandas as pd

    interval = results.conf_int(alpha)
    return pd.DataFrame({
        "term": results.params.index, "coef": results.params.to_numpy(), "std_err": results.bse.to_numpy(),
        "t": results.tvalues.to_numpy(), "p_value": results.pvalues.to_numpy(),
        "ci_low": interval[0].to_numpy(), "ci_high": interval[1].to_numpy(),
    })[COEFFICIENT_COLUMNS]

"""The data behind the verdict chart."""
from __future__ import annotations

import matplotlib
import pandas as pd
import pytest

from dtlib import claims, plotting

matplotlib.use("Agg")


def test_verdict_chart_data_keeps_the_group_order_and_counts():
    verified = pd.DataFrame({"index_code": ["pci", "pci", "pci", "dti"],
                             "verdict": ["confirmed", "confirmed", "unverifiable", "contradicted"]})
    shares = claims.verdict_shares(verified, by="index_code")  # dti before pci
    data = plotting.verdict_chart_data(shares, "index_code", {"pci": "PCI"})
    assert list(data["label"]) == ["dti (1)", "PCI (3)"]
    assert list(data.columns[-4:]) == list(claims.VERDICTS)
    assert data.loc[1, "confirmed"] == pytest.approx(2 / 3) and data.loc[1, "contradicted"] == 0
    assert data.loc[0, "contradicted"] == 1
    fig = plotting.verdict_chart(shares, "index_code")
    assert len(fig.axes[0].patches) == 2 * len(claims.VERDICTS)

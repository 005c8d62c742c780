"""Tile layouts of both eras and the data behind a tile map."""

import matplotlib
import pandas as pd
import pytest
from scipy import stats

matplotlib.use("Agg")

import dtlib
from dtlib.plotting import tile_layout, tile_map, tile_map_data


@pytest.mark.parametrize("era", ["pre2025", "post2025"])
def test_every_unit_of_the_era_has_exactly_one_tile_and_tiles_do_not_overlap(era):
    layout = tile_layout(era)
    registry_ids = set(dtlib.provinces(era)["province_id"])
    assert not layout["province_id"].duplicated().any()
    assert set(layout["province_id"]) == registry_ids
    assert not layout.duplicated(["col", "row"]).any()
    assert (layout[["col", "row"]] >= 0).all().all()
    assert layout["label"].str.strip().ne("").all()


def test_provinces_merged_in_2025_have_touching_tiles():
    """Merged provinces are neighbours on the ground, so their tiles touch (edge or corner)."""
    layout = tile_layout("pre2025").set_index("province_id")
    registry = dtlib.provinces("pre2025")
    for unit, members in registry.groupby("successor_id")["province_id"]:
        cells = {tuple(layout.loc[pid, ["col", "row"]]) for pid in members}
        reached, frontier = set(), [next(iter(cells))]
        while frontier:  # walk from one tile to touching tiles of the same unit
            cell = frontier.pop()
            reached.add(cell)
            frontier += [c for c in cells - reached
                         if max(abs(c[0] - cell[0]), abs(c[1] - cell[1])) == 1]
        assert reached == cells, f"the tiles of the provinces forming {unit} do not touch"


def test_the_34_unit_map_keeps_the_order_of_the_63_province_map():
    """North-south and west-east order of each unit follows the mean position of its provinces."""
    old = tile_layout("pre2025").merge(dtlib.provinces("pre2025")[["province_id", "successor_id"]])
    mean = old.groupby("successor_id")[["col", "row"]].mean()
    new = tile_layout("post2025").set_index("province_id").loc[mean.index]
    assert stats.spearmanr(mean["row"], new["row"])[0] > 0.95
    assert stats.spearmanr(mean["col"], new["col"])[0] > 0.8


def test_tile_map_data_aligns_values_and_leaves_the_rest_empty():
    values = pd.Series({"post2025-01": 0.8, "post2025-96": 0.4})
    data = tile_map_data(values, "post2025").set_index("province_id")
    assert len(data) == 34
    assert data.loc["post2025-01", "value"] == 0.8 and data.loc["post2025-96", "value"] == 0.4
    assert data["value"].isna().sum() == 32


def test_tile_map_rejects_ids_of_the_other_era():
    with pytest.raises(ValueError, match="not post2025 tiles: pre2025-01"):
        tile_map_data(pd.Series({"pre2025-01": 1.0}), "post2025")
    with pytest.raises(ValueError, match="unknown era"):
        tile_layout("2030")


@pytest.mark.parametrize("values,kwargs", [
    (pd.Series({"pre2025-01": 0.8, "pre2025-79": 0.6}), {}),
    (pd.Series({"pre2025-01": 3, "pre2025-79": 1}), {"is_rank": True}),
    (pd.Series({"pre2025-01": "Red River Delta", "pre2025-79": "South East"}), {"legend_label": "Region"}),
    (pd.Series(dtype=float), {}),  # nothing known: grey tiles and a "no data" legend, no colour bar
])
def test_tile_map_draws_one_tile_per_province(values, kwargs):
    fig = tile_map(values, "pre2025", highlight=["pre2025-79"], **kwargs)
    ax = fig.axes[0]
    assert len(ax.patches) == 63
    assert sum(p.get_linewidth() == 2.0 for p in ax.patches) == 1  # the highlighted tile
    labels = {t.get_text() for t in ax.texts}
    assert "TP.HCM" in labels and "Thừa Thiên\nHuế" not in labels and "TT-Huế" in labels
    matplotlib.pyplot.close(fig)

"""Deterministic figure files and parameter slugs."""
import re

import matplotlib
import matplotlib.pyplot as plt
import pandas as pd
import pytest

matplotlib.use("Agg")

from dtlib import paths
from dtlib.plotting import parameter_slug, save_figure, tile_map, use_style


def figure():
    use_style()
    fig, ax = plt.subplots(figsize=(3, 2))
    ax.plot([1, 2, 3], [3, 1, 2], label="Thừa Thiên Huế")
    ax.set_title("Đắk Lắk, Hòa Bình")
    ax.legend()
    return fig


@pytest.fixture
def figures_dir(tmp_path, monkeypatch):
    monkeypatch.setenv("DTLIB_FIGURES_DIR", str(tmp_path / "figs"))
    return tmp_path / "figs"


def test_save_twice_gives_the_same_bytes(figures_dir):
    first = save_figure(figure(), "nb", {"run": 1}, "chart")
    second = save_figure(figure(), "nb", {"run": 2}, "chart")
    for fmt in ("png", "svg"):
        assert first[fmt].read_bytes() == second[fmt].read_bytes()
    svg = first["svg"].read_text()
    assert "<dc:date>" not in svg and "Matplotlib v" not in svg
    assert b"Software" not in first["png"].read_bytes()


def test_tile_map_files_are_deterministic(figures_dir):
    values = pd.Series({"post2025-01": 0.8, "post2025-79": 0.6})
    one = save_figure(tile_map(values, "post2025"), "nb", {"run": 1}, "map")
    two = save_figure(tile_map(values, "post2025"), "nb", {"run": 2}, "map")
    assert one["svg"].read_bytes() == two["svg"].read_bytes()
    assert one["png"].read_bytes() == two["png"].read_bytes()


def test_files_go_under_the_figures_dir_by_notebook_and_slug(figures_dir):
    written = save_figure(figure(), "ranking_trends", {"index": "dti"}, "bump")
    assert written["png"] == figures_dir / "ranking_trends" / "index-dti" / "bump.png"
    assert paths.figures_dir() == figures_dir
    with pytest.raises(ValueError, match="figure name"):
        save_figure(figure(), "nb", {}, "Bump Chart")


def test_an_unchanged_figure_is_not_rewritten(figures_dir):
    path = save_figure(figure(), "nb", {}, "chart")["png"]
    before = path.stat().st_mtime_ns
    save_figure(figure(), "nb", {}, "chart")
    assert path.stat().st_mtime_ns == before


def test_parameter_slugs():
    assert parameter_slug({}) == "default"
    assert parameter_slug({"region": None, "index": "dti", "editions": [2022, 2024]}) == \
        "editions-2022-2024_index-dti_region-none"
    assert parameter_slug({"province": "pre2025-46"}) == "province-pre2025-46"
    assert parameter_slug({"region": "Red River Delta", "flag": True}) == "flag-true_region-red-river-delta"
    assert parameter_slug({"highlight": ["Thừa Thiên Huế", "Đắk Lắk"]}) == "highlight-thua-thien-hue-dak-lak"
    long = {"highlight": [f"pre2025-{i:02d}" for i in range(1, 30)]}
    slug = parameter_slug(long)
    assert len(slug) <= 120 and re.fullmatch(r"[a-z0-9_-]+", slug)
    other = parameter_slug({"highlight": [f"pre2025-{i:02d}" for i in range(1, 31)]})
    assert slug != other  # same prefix, different parameters: the hash tells them apart

"""Figures in the house style: bump, slope and strip charts, tile maps, agreement and regression
diagnostic charts, pilot figures with their thresholds, merger and verdict charts, deterministic saving.

    from dtlib import plotting
    plotting.use_style()
    fig = plotting.tile_map(scores, era="pre2025", highlight=["pre2025-37"])
    plotting.save_figure(fig, "ranking_trends", params, "map_2024")
"""
from .agreement import agreement_scatter, agreement_scatter_data, correlation_forest, correlation_forest_data
from .charts import bump_chart, bump_chart_data, slope_chart, slope_chart_data, strip_plot, strip_plot_data
from .diagnostics import influence_plot, influence_plot_data, residual_plot, residual_plot_data
from .merger import constituents_chart, constituents_chart_data, method_chart, method_chart_data
from .pilots import (before_after_chart, before_after_chart_data, difference_chart, difference_chart_data,
                     indicator_chart, indicator_chart_data)
from .save import figure_folder, parameter_slug, save_figure
from .style import PALETTE, use_style
from .tiles import tile_layout, tile_map, tile_map_data
from .verdicts import verdict_chart, verdict_chart_data

__all__ = [
    "PALETTE", "agreement_scatter", "agreement_scatter_data", "before_after_chart", "before_after_chart_data",
    "bump_chart", "bump_chart_data", "constituents_chart", "constituents_chart_data", "correlation_forest",
    "correlation_forest_data", "difference_chart", "difference_chart_data", "figure_folder", "indicator_chart",
    "indicator_chart_data", "influence_plot", "influence_plot_data", "method_chart", "method_chart_data",
    "parameter_slug", "residual_plot", "residual_plot_data", "save_figure", "slope_chart", "slope_chart_data",
    "strip_plot", "strip_plot_data", "tile_layout", "tile_map", "tile_map_data", "use_style", "verdict_chart",
    "verdict_chart_data",
]

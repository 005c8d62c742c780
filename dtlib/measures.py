"""The vocabulary of DTI measures: the overall index, its three pillars and its main indices.

Each measure has a ``<code>_score`` column (0-1) and a ``<code>_rank`` column
(1 = best) in ``dtlib.load("dti")``; the overall index is plain ``score``/``rank``.
Pillars and *activity* indices are different quantities: the pillar "digital
government" aggregates many indices, the main index "digital-government activity"
is one of them. Secondary copies often label activity indices as pillars.
"""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Measure:
    code: str  # "" for the overall index
    kind: str  # "overall", "pillar" or "main_index"
    name_en: str
    name_vi: str

    @property
    def score_column(self) -> str:
        return f"{self.code}_score" if self.code else "score"

    @property
    def rank_column(self) -> str:
        return f"{self.code}_rank" if self.code else "rank"


MEASURES: tuple[Measure, ...] = (
    Measure("", "overall", "DTI (overall)", "Chỉ số chuyển đổi số (DTI)"),
    Measure("gov", "pillar", "Digital government pillar", "Trụ cột chính quyền số"),
    Measure("econ", "pillar", "Digital economy pillar", "Trụ cột kinh tế số"),
    Measure("soc", "pillar", "Digital society pillar", "Trụ cột xã hội số"),
    Measure("awareness", "main_index", "Digital awareness", "Nhận thức số"),
    Measure("institutions", "main_index", "Digital institutions", "Thể chế số"),
    Measure("infrastructure", "main_index", "Digital infrastructure", "Hạ tầng số"),
    Measure("human_resources", "main_index", "Digital human resources", "Nhân lực số"),
    Measure("cybersecurity", "main_index", "Cybersecurity", "An toàn thông tin mạng"),
    Measure("gov_activity", "main_index", "Digital-government activity", "Hoạt động chính quyền số"),
    Measure("econ_activity", "main_index", "Digital-economy activity", "Hoạt động kinh tế số"),
    Measure("soc_activity", "main_index", "Digital-society activity", "Hoạt động xã hội số"),
)

SCORE_COLUMNS: tuple[str, ...] = tuple(m.score_column for m in MEASURES)
RANK_COLUMNS: tuple[str, ...] = tuple(m.rank_column for m in MEASURES)
# Column order of the wide table: each score next to its rank.
VALUE_COLUMNS: tuple[str, ...] = tuple(c for m in MEASURES for c in (m.score_column, m.rank_column))
MAIN_INDICES: tuple[Measure, ...] = tuple(m for m in MEASURES if m.kind == "main_index")
PILLARS: tuple[Measure, ...] = tuple(m for m in MEASURES if m.kind == "pillar")


def measure(code_or_column: str) -> Measure:
    """Look a measure up by code (``"gov"``), score column or rank column."""
    for m in MEASURES:
        if code_or_column in (m.code, m.score_column, m.rank_column) or (code_or_column == "dti" and not m.code):
            return m
    valid = ", ".join(["dti", *(m.code for m in MEASURES if m.code)])
    raise ValueError(f"unknown DTI measure {code_or_column!r}; valid: {valid}")


def is_rank(column: str) -> bool:
    return column in RANK_COLUMNS

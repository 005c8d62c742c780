"""What build steps share: the raw files, the province index and the tables built so far."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import pandas as pd

    from ..provinces import ProvinceIndex
    from .raw import RawFiles


@dataclass
class Context:
    raw: "RawFiles"
    index: "ProvinceIndex | None" = None
    tables: dict[str, "pd.DataFrame"] = field(default_factory=dict)
    inputs: dict[str, str] = field(default_factory=dict)  # table -> raw files behind it

    def add(self, name: str, frame: "pd.DataFrame", *formats: str) -> None:
        """Record a processed table and the raw formats it is built from."""
        self.tables[name] = frame
        self.inputs[name] = self.raw.files(*formats)

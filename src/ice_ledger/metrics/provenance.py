"""Where a metric's value comes from: sources, releases, files, filters, record count, query and sample rows."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import asdict, dataclass, field
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import pandas as pd


LINEAGE_KEYS = ("source_id", "release", "source_file")


@dataclass
class Provenance:
    """Everything needed to re-derive a value: `ice-ledger trace <table> <row_id>` opens any sample row."""

    sources: list[str]
    releases: list[str]
    files: list[str]
    filters: list[str]
    n_records: int | None
    query: str
    sample_row_ids: dict[str, list[str]] = field(default_factory=dict)
    answered_from: str = "full query"

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


def _distinct(frame: pd.DataFrame, column: str) -> list[str]:
    if column not in frame:
        return []
    return sorted({str(v) for v in frame[column].dropna().unique()})


def from_lineage(frame: pd.DataFrame, *, filters: Sequence[str], query: str, table: str,
                 sample: Sequence[str], answered_from: str = "full query") -> Provenance:
    """Provenance from the per-(cell, source, release, file) aggregate that every metric query returns."""
    import pandas as pd

    n = int(pd.to_numeric(frame["n_records"]).sum()) if len(frame) else 0
    return Provenance(
        sources=_distinct(frame, "source_id"), releases=_distinct(frame, "release"),
        files=_distinct(frame, "source_file"), filters=list(filters), n_records=n, query=query,
        sample_row_ids={table: sorted(str(s) for s in sample)}, answered_from=answered_from,
    )

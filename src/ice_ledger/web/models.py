"""Typed JSON responses, so /openapi.json documents every field a client can rely on."""

from __future__ import annotations

from typing import Any
from urllib.parse import urlencode

from pydantic import BaseModel, Field, computed_field


class ErrorOut(BaseModel):
    error: str = Field(description="What went wrong, in one line.")
    detail: Any = None


class SourceFileOut(BaseModel):
    name: str
    url: str
    size: int | None = None
    sha256: str | None = None
    retrieved_at: str | None = None
    optional: bool = False


class SourceOut(BaseModel):
    id: str
    title: str
    publisher: str
    licence: str
    homepage: str
    release: str
    files: list[SourceFileOut]
    rows_read: int | None = None
    rows_loaded: int | None = None
    rows_quarantined: int | None = None
    last_build: str | None = None


class AboutOut(BaseModel):
    name: str
    version: str
    mission: str
    build: dict[str, Any] | None = Field(None, description="The last good build (id, time), if any.")
    sources: list[SourceOut]
    tables: list[str]


class TableOut(BaseModel):
    table: str
    columns: list[str]
    rows: list[dict[str, Any]]
    where: list[str]
    limit: int
    offset: int
    next_offset: int | None = Field(None, description="Offset of the next page, or null on the last page.")
    lineage_columns: list[str] = Field(description="Columns holding lineage and flags (hidden by default in HTML).")

    @computed_field  # type: ignore[prop-decorator]
    @property
    def downloads(self) -> dict[str, str]:
        """CSV and Parquet of exactly this page's rows (same filters, limit and offset)."""
        query = [("where", w) for w in self.where] + [("limit", str(self.limit)), ("offset", str(self.offset)),
                                                      ("all_columns", "true")]
        return {fmt: f"/api/tables/{self.table}/download?{urlencode([('format', fmt), *query])}"
                for fmt in ("csv", "parquet")}


class TraceOut(BaseModel):
    table: str
    row_id: str
    source_id: str
    release: str
    source_file: str
    source_sheet: str | None = None
    source_row: int
    file_sha256: str | None = None
    file_url: str | None = None
    loaded: dict[str, Any]
    raw: dict[str, Any] | None = None
    quarantined: bool = False
    reason: str | None = None
    build_id: str | None = None
    derived_from: dict[str, Any] | None = None


class MetricOut(BaseModel):
    name: str
    title: str
    definition: str
    unit: str
    numerator: str
    denominator: str | None = None
    table: str
    breakdowns: list[str]
    sources: list[str]
    caveats: str
    official_metric: str | None = None
    per_capita: bool = False


class ProvenanceOut(BaseModel):
    sources: list[str]
    releases: list[str]
    files: list[str]
    filters: list[str]
    n_records: int | None = Field(None, description="Records behind the values; null when suppressed.")
    query: str
    sample_row_ids: dict[str, list[str]]
    answered_from: str


class MetricValuesOut(BaseModel):
    metric: MetricOut
    by: list[str]
    where: list[str]
    rows: list[dict[str, Any]] = Field(description="One row per cell: breakdowns, value, n_records, suppressed.")
    suppressed_cells: int
    provenance: ProvenanceOut
    notes: list[str]
    comparison: list[dict[str, Any]] | None = Field(
        None, description="Computed vs ICE's published figures by fiscal year, when the metric has one.")
    downloads: dict[str, str] = Field(default_factory=dict,
                                      description="CSV and Parquet of exactly these rows (suppression applied).")


class PlaceOut(BaseModel):
    available: bool
    query: str
    profile: dict[str, Any] | None = None
    message: str | None = None


class SanctuariesOut(BaseModel):
    available: bool
    as_of: str | None = None
    definitions: list[dict[str, Any]] = []
    counts: list[dict[str, Any]] = []
    places: list[dict[str, Any]] = []
    message: str | None = None
    map: dict[str, Any] | None = None  # the drawn map's numbers: counties/states shaded, members not drawn


class CheckIn(BaseModel):
    text: str = Field(max_length=1_000_000, description="The article text (plain text or HTML).")
    date: str | None = Field(None, description="The article's date (YYYY-MM-DD), if known.",
                             pattern=r"^\d{4}-\d{2}-\d{2}$")


class CheckOut(BaseModel):
    available: bool
    report: dict[str, Any] | None = None
    message: str | None = None

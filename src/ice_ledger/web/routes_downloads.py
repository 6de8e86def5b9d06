"""Downloads: CSV and Parquet of exactly what a metric or table page shows (metric cells already suppressed)."""

from __future__ import annotations

import io
from enum import StrEnum
from typing import Annotated

import pandas as pd
from fastapi import APIRouter, Query, Request
from fastapi.responses import Response

from ice_ledger.web.limits import MAX_LIMIT, MAX_OFFSET
from ice_ledger.web.models import ErrorOut
from ice_ledger.web.routes_ledger import _table
from ice_ledger.web.routes_metrics import By, Definition, Where, _values

router = APIRouter()
ERRORS: dict[int | str, dict[str, object]] = {
    200: {"description": "The file.", "content": {"text/csv": {}, "application/vnd.apache.parquet": {}}},
    400: {"model": ErrorOut}, 404: {"model": ErrorOut}, 422: {"model": ErrorOut}, 503: {"model": ErrorOut}}


class FileFormat(StrEnum):
    csv = "csv"
    parquet = "parquet"


Fmt = Annotated[FileFormat, Query(alias="format", description="csv or parquet.")]
MEDIA = {FileFormat.csv: "text/csv; charset=utf-8", FileFormat.parquet: "application/vnd.apache.parquet"}


def _file(df: pd.DataFrame, fmt: FileFormat, stem: str) -> Response:
    if fmt is FileFormat.csv:
        body = df.to_csv(index=False).encode("utf-8")
    else:
        buf = io.BytesIO()
        df.to_parquet(buf, index=False)
        body = buf.getvalue()
    return Response(body, media_type=MEDIA[fmt],
                    headers={"Content-Disposition": f'attachment; filename="{stem}.{fmt.value}"'})


@router.get("/api/metrics/{name}/download", tags=["downloads"], responses=ERRORS,
            response_class=Response)
def download_metric(request: Request, name: str, fmt: Fmt = FileFormat.csv, by: By = None, where: Where = None,
                    definition: Definition = None) -> Response:
    """A metric's cells as the page shows them: suppressed cells keep no value and `suppressed` is true."""
    v = _values(request, name, [b for b in (by or []) if b], [w for w in (where or []) if w.strip()], definition)
    cols = [*v.by, "value", *(["numerator", "denominator"] if v.metric.unit == "share" else []), "n_records",
            "suppressed"]
    df = pd.DataFrame(v.rows, columns=None)
    df = df[[c for c in cols if c in df]] if not df.empty else pd.DataFrame(columns=cols)
    return _file(_whole_numbers(df), fmt, "_".join([name, *v.by]) or name)


def _whole_numbers(df: pd.DataFrame) -> pd.DataFrame:
    """Counts as integers with blanks for suppressed cells (not 11.0 beside NaN)."""
    for c in ("value", "n_records", "numerator", "denominator"):
        if c in df:
            col = pd.to_numeric(df[c], errors="coerce")
            if col.dropna().map(float.is_integer).all():
                df[c] = col.astype("Int64")
    return df


@router.get("/api/tables/{name}/download", tags=["downloads"], responses=ERRORS, response_class=Response)
def download_table(request: Request, name: str, fmt: Fmt = FileFormat.csv, where: Where = None,
                   limit: Annotated[int, Query(ge=1, le=MAX_LIMIT)] = 50,
                   offset: Annotated[int, Query(ge=0, le=MAX_OFFSET)] = 0, all_columns: bool = False) -> Response:
    """One page of a table (same filters, limit and offset as the page); lineage columns only with all_columns,
    as on the page (`row_id` always stays, so every row can be traced)."""
    t = _table(request, name, [w for w in (where or []) if w.strip()], limit, offset)
    shown = t.columns if all_columns else [c for c in t.columns if c not in t.lineage_columns]
    return _file(pd.DataFrame(t.rows, columns=t.columns)[shown], fmt, name)

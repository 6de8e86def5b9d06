"""Policy records built in Python (from PDFs and spreadsheets) handed to the ordinary pipeline.

Policy sources read documents whose layout no generic reader knows, so they build one dict per record with
its place in the file (`source_row`, `source_page`) and stage the records here as a table of strings. Checks
the pipeline cannot express per column (duplicate agreements, intervals that end before they start) send the
record to quarantine with a reason; nothing is dropped silently.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

import pyarrow as pa

from ice_ledger.schema import LoadContext, Reason, quote_ident
from ice_ledger.sources._policy_columns import policy_columns


@dataclass
class Record:
    """One staged record: its canonical values (strings, dates or numbers) and where it sits in the file."""

    values: dict[str, Any]
    file: str
    row: int
    sheet: str | None = None


def _text(v: Any) -> str | None:
    if v is None or v == "":
        return None
    if isinstance(v, dt.date):
        return v.isoformat()
    if isinstance(v, bool):
        return "true" if v else "false"
    return str(v)


def stage_records(ctx: LoadContext, records: Sequence[Record], columns: Iterable[str]) -> str:
    """Stage records (all from one file/sheet) as a DuckDB table of strings; returns the stage name."""
    cols = list(columns)
    stage = ctx.stage_name()
    data: dict[str, pa.Array] = {
        c: pa.array([_text(r.values.get(c)) for r in records], type=pa.string()) for c in cols
    }
    data["source_file"] = pa.array([r.file for r in records], type=pa.string())
    data["source_sheet"] = pa.array([r.sheet for r in records], type=pa.string())
    data["source_row"] = pa.array([r.row for r in records], type=pa.int64())
    finish_pending(ctx)
    ctx.con.register(f"{stage}_arrow", pa.table(data))
    ctx.con.execute(f"CREATE OR REPLACE TEMP TABLE {quote_ident(stage)} AS SELECT * FROM {quote_ident(stage + '_arrow')}")
    ctx.con.unregister(f"{stage}_arrow")
    return stage


def finish_pending(ctx: LoadContext) -> None:
    """DuckDB refuses `register` while an earlier `fetchone()` left a result open; finish it first."""
    ctx.con.execute("SELECT 1").fetchall()


def quarantine(ctx: LoadContext, table: str, rec: Record, reason: Reason, column: str | None, detail: str) -> None:
    """Quarantine one record built in Python, with the reason, the offending value and the whole record."""
    raw = {k: _text(v) for k, v in rec.values.items()}
    ctx.quarantine_rows(table, [{
        "source_file": rec.file, "source_sheet": rec.sheet, "source_row": rec.row, "reason": reason.value,
        "column_name": column, "raw_value": raw.get(column) if column else None, "detail": detail,
        "raw_json": json.dumps(raw, ensure_ascii=False),
    }])


def screen_intervals(ctx: LoadContext, table: str, records: list[Record],
                     key: Sequence[str] = ("state", "jurisdiction_name", "policy_kind", "valid_from")) -> list[Record]:
    """Keep records whose interval is sound and which are not repeats of an earlier record with the same key.

    A repeat (the same agency, model and signing date listed twice in one file) goes to quarantine as
    `agreement_duplicate`; an interval that ends before it starts as `agreement_ends_before_start`.
    """
    kept: list[Record] = []
    seen: dict[tuple[Any, ...], Record] = {}
    for rec in records:
        start, end = rec.values.get("valid_from"), rec.values.get("valid_to")
        if isinstance(start, dt.date) and isinstance(end, dt.date) and end < start:
            quarantine(ctx, table, rec, Reason.agreement_ends_before_start, "valid_to",
                       f"valid_to {end} precedes valid_from {start}")
            continue
        k = (rec.file, rec.sheet, *(_text(rec.values.get(c)) or "" for c in key))
        k = tuple(str(x).lower() for x in k)
        if k in seen:
            quarantine(ctx, table, rec, Reason.agreement_duplicate, "jurisdiction_name",
                       f"same {', '.join(key)} as row {seen[k].row}")
            continue
        seen[k] = rec
        kept.append(rec)
    return kept


POLICY_COLUMNS = tuple(c.name for c in policy_columns())

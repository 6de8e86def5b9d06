"""Identifier and string quoting for generated SQL, and the names of the staging and lineage columns.

Readers (sources/) write stages with these columns and the pipeline (warehouse/) reads them: one spelling each.
"""

from __future__ import annotations

import datetime as dt
import re

# A stage that is a view (over a Parquet spill or a source Parquet file) numbers its rows in this column; a
# stage that is a temporary table uses its row ids.
STAGE_RID = "_stage_rid"
STAGE_EXTRA = ("source_file", "source_sheet", "source_row", STAGE_RID)
# FOIA exemption markers: (b)(6), b(6), (b)(7)(C), "(b)(6), (b)(7)(c)", B6 ... and plain "REDACTED". A redaction
# is a value, not a blank: the pipeline keeps it, and a source may recognise it early (DDP's own NA markers).
REDACTION_RE = r"(?i)\s*((\(?b\)?\s*\(?\s*[1-9]\s*\)?(\s*\(?\s*[a-f]\s*\))*[\s,;&/]*(and)?\s*)+|\[?redacted\]?)\s*"


def quote_ident(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def quote_str(value: str) -> str:
    return "'" + value.replace("'", "''") + "'"


def sql_literal(value: object) -> str:
    if isinstance(value, dt.date):
        return f"DATE '{value.isoformat()}'"
    if isinstance(value, int | float):
        return repr(value)
    return quote_str(str(value))


def normalise_header(name: str) -> str:
    """A header as compared with a column's aliases: lower case, runs of other characters as one '_'."""
    return re.sub(r"[^a-z0-9]+", "_", str(name).strip().lower()).strip("_")

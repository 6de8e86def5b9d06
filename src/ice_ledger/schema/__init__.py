"""The declarations `sources/` and `warehouse/` share: tables and columns, the load protocol, quarantine reasons,
SQL quoting and the staging column names. It imports neither package (tests/architecture checks it)."""

from __future__ import annotations

from ice_ledger.schema.reasons import DESCRIPTIONS, PLACEHOLDER_DATES, Reason
from ice_ledger.schema.source import (
    BuildArea,
    Col,
    ColType,
    DuplicateRule,
    EmitResult,
    LoadContext,
    MalformedLine,
    RemoteFile,
    Source,
    TableSpec,
)
from ice_ledger.schema.sql import (
    REDACTION_RE,
    STAGE_EXTRA,
    STAGE_RID,
    normalise_header,
    quote_ident,
    quote_str,
    sql_literal,
)

__all__ = [
    "DESCRIPTIONS", "PLACEHOLDER_DATES", "REDACTION_RE", "STAGE_EXTRA", "STAGE_RID",
    "BuildArea", "Col", "ColType", "DuplicateRule", "EmitResult", "LoadContext", "MalformedLine", "Reason",
    "RemoteFile", "Source", "TableSpec", "normalise_header", "quote_ident", "quote_str", "sql_literal",
]

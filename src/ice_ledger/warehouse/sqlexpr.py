"""SQL snippets that turn raw strings into typed values. One definition each, used by every source."""

from __future__ import annotations

import datetime as dt

from ice_ledger.sources.base import Col
from ice_ledger.warehouse.reasons import PLACEHOLDER_DATES

DATE_FORMATS = (
    "%Y-%m-%d", "%Y-%m-%d %H:%M:%S", "%Y-%m-%dT%H:%M:%S", "%Y-%m-%d %H:%M:%S.%f",
    "%m/%d/%Y", "%m/%d/%Y %H:%M:%S", "%m/%d/%Y %H:%M", "%m/%d/%y", "%d-%b-%Y", "%d-%b-%y", "%Y%m%d", "%b %d, %Y",
    "%B %d, %Y",
)

# FOIA exemption markers: (b)(6), b(6), (b)(7)(C), "(b)(6), (b)(7)(c)", B6 ... and plain "REDACTED".
REDACTION_RE = r"(?i)\s*((\(?b\)?\s*\(?\s*[1-9]\s*\)?(\s*\(\s*[a-f]\s*\))*[\s,;&/]*(and)?\s*)+|\[?redacted\]?)\s*"

# Counts (int columns with min 0 and no max) above this are typing or export errors (a serial, an ID, a sum).
MAX_PLAUSIBLE_COUNT = 1_000_000_000

CELL_ERRORS = ("#REF!", "#VALUE!", "#N/A", "#DIV/0!", "#NAME?", "#NUM!", "#NULL!", "#GETTING_DATA")


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


def typed_expr(col: Col, raw: str) -> str:
    """SQL turning the raw string expression `raw` into the column's type (NULL when it does not parse)."""
    if col.type == "text":
        return f"upper({raw})" if col.upper else raw
    if col.type in ("int", "float"):
        number = f"TRY_CAST(regexp_replace({raw}, '[,\\s$]', '', 'g') AS DOUBLE)"
        if col.type == "float":
            return number
        return f"(CASE WHEN {number} = floor({number}) AND abs({number}) < 9e18 THEN CAST({number} AS BIGINT) END)"
    if col.type == "date":
        fmts = "[" + ", ".join(quote_str(f) for f in DATE_FORMATS) + "]"
        serial = (
            f"CASE WHEN regexp_full_match({raw}, '\\d{{1,5}}(\\.\\d+)?') "
            f"THEN DATE '1899-12-30' + CAST(floor(CAST({raw} AS DOUBLE)) AS INTEGER) END"
        )
        # A bare time of day in a date column is Excel's day zero (serial 0 = 1899-12-30) shown as a time:
        # it becomes that placeholder date, so it is quarantined as a placeholder, not as unreadable text.
        day_zero = f"CASE WHEN regexp_full_match({raw}, '\\d{{1,2}}:\\d{{2}}(:\\d{{2}}(\\.\\d+)?)?') THEN DATE '1899-12-30' END"
        return f"COALESCE(CAST(try_strptime({raw}, {fmts}) AS DATE), {serial}, {day_zero})"
    if col.type == "bool":
        return (
            f"(CASE WHEN lower({raw}) IN ('y','yes','true','t','1','x') THEN TRUE "
            f"WHEN lower({raw}) IN ('n','no','false','f','0') THEN FALSE END)"
        )
    raise ValueError(f"unknown column type {col.type}")


def failure_exprs(col: Col, raw: str, redacted: str, typed: str) -> list[str]:
    """SQL expressions each yielding 'reason:column' when the row fails that check, else NULL."""
    tag = col.name
    out = [
        f"CASE WHEN {raw} LIKE '=%' AND length({raw}) > 1 THEN 'value_is_formula:{tag}' END",
        f"CASE WHEN {raw} IN ({', '.join(quote_str(e) for e in CELL_ERRORS)}) THEN 'cell_error:{tag}' END",
    ]
    if col.not_null:
        out.append(f"CASE WHEN {raw} IS NULL THEN 'value_missing:{tag}' END")
    unparsed = f"{raw} IS NOT NULL AND NOT {redacted} AND {typed} IS NULL AND {raw} NOT LIKE '=%'"
    if col.type == "date":
        out.append(f"CASE WHEN {unparsed} THEN 'date_unparseable:{tag}' END")
        placeholders = ", ".join(f"DATE '{d}'" for d in PLACEHOLDER_DATES if not d.endswith("-00"))
        out.append(f"CASE WHEN {typed} IN ({placeholders}) THEN 'date_placeholder:{tag}' END")
        bounds = []
        if col.min is not None:
            bounds.append(f"{typed} < {sql_literal(col.min)}")
        if col.max is not None:
            bounds.append(f"{typed} > {sql_literal(col.max)}")
        if bounds:
            out.append(
                f"CASE WHEN {typed} NOT IN ({placeholders}) AND ({' OR '.join(bounds)}) "
                f"THEN 'date_out_of_range:{tag}' END"
            )
    elif col.type in ("int", "float"):
        out.append(f"CASE WHEN {unparsed} THEN 'number_unparseable:{tag}' END")
        if col.min is not None:
            reason = "count_negative" if col.min == 0 else "number_out_of_range"
            out.append(f"CASE WHEN {typed} < {sql_literal(col.min)} THEN '{reason}:{tag}' END")
        if col.max is not None:
            out.append(f"CASE WHEN {typed} > {sql_literal(col.max)} THEN 'number_out_of_range:{tag}' END")
        elif col.type == "int" and col.min == 0:
            # A count with no declared ceiling still cannot exceed every person on earth several times over.
            out.append(f"CASE WHEN {typed} > {MAX_PLAUSIBLE_COUNT} THEN 'number_out_of_range:{tag}' END")
    elif col.type == "bool":
        out.append(f"CASE WHEN {unparsed} THEN 'value_not_allowed:{tag}' END")
    if col.values is not None:
        allowed = ", ".join(quote_str(v) for v in sorted(col.values))
        out.append(
            f"CASE WHEN {typed} IS NOT NULL AND CAST({typed} AS VARCHAR) NOT IN ({allowed}) "
            f"THEN 'value_not_allowed:{tag}' END"
        )
    return out

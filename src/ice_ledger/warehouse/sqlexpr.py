"""SQL snippets that turn raw strings into typed values. One definition each, used by every source."""

from __future__ import annotations

from ice_ledger.schema import (
    PLACEHOLDER_DATES,
    REDACTION_RE,
    Col,
    Reason,
    quote_ident,
    quote_str,
    sql_literal,
)

__all__ = ["REDACTION_RE", "failure_exprs", "quote_ident", "quote_str", "sql_literal", "typed_expr"]

DATE_FORMATS = (
    "%Y-%m-%d", "%Y-%m-%d %H:%M:%S", "%Y-%m-%dT%H:%M:%S", "%Y-%m-%d %H:%M:%S.%f",
    "%m/%d/%Y", "%m/%d/%Y %H:%M:%S", "%m/%d/%Y %H:%M", "%m/%d/%y", "%d-%b-%Y", "%d-%b-%y", "%Y%m%d", "%b %d, %Y",
    "%B %d, %Y",
)

# Counts (int columns with min 0 and no max) above this are typing or export errors (a serial, an ID, a sum).
MAX_PLAUSIBLE_COUNT = 1_000_000_000

CELL_ERRORS = ("#REF!", "#VALUE!", "#N/A", "#DIV/0!", "#NAME?", "#NUM!", "#NULL!", "#GETTING_DATA")


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

    def flag(condition: str, reason: Reason) -> str:
        return f"CASE WHEN {condition} THEN {quote_str(f'{reason.value}:{col.name}')} END"

    out = [
        flag(f"{raw} LIKE '=%' AND length({raw}) > 1", Reason.value_is_formula),
        flag(f"{raw} IN ({', '.join(quote_str(e) for e in CELL_ERRORS)})", Reason.cell_error),
    ]
    if col.not_null:
        out.append(flag(f"{raw} IS NULL", Reason.value_missing))
    unparsed = f"{raw} IS NOT NULL AND NOT {redacted} AND {typed} IS NULL AND {raw} NOT LIKE '=%'"
    if col.type == "date":
        out.append(flag(unparsed, Reason.date_unparseable))
        placeholders = ", ".join(f"DATE '{d}'" for d in PLACEHOLDER_DATES if not d.endswith("-00"))
        out.append(flag(f"{typed} IN ({placeholders})", Reason.date_placeholder))
        bounds = []
        if col.min is not None:
            bounds.append(f"{typed} < {sql_literal(col.min)}")
        if col.max is not None:
            bounds.append(f"{typed} > {sql_literal(col.max)}")
        if bounds:
            out.append(flag(f"{typed} NOT IN ({placeholders}) AND ({' OR '.join(bounds)})", Reason.date_out_of_range))
    elif col.type in ("int", "float"):
        out.append(flag(unparsed, Reason.number_unparseable))
        if col.min is not None:
            below = Reason.count_negative if col.min == 0 else Reason.number_out_of_range
            out.append(flag(f"{typed} < {sql_literal(col.min)}", below))
        if col.max is not None:
            out.append(flag(f"{typed} > {sql_literal(col.max)}", Reason.number_out_of_range))
        elif col.type == "int" and col.min == 0:
            # A count with no declared ceiling still cannot exceed every person on earth several times over.
            out.append(flag(f"{typed} > {MAX_PLAUSIBLE_COUNT}", Reason.number_out_of_range))
    elif col.type == "bool":
        out.append(flag(unparsed, Reason.value_not_allowed))
    if col.values is not None:
        allowed = ", ".join(quote_str(v) for v in sorted(col.values))
        out.append(flag(f"{typed} IS NOT NULL AND CAST({typed} AS VARCHAR) NOT IN ({allowed})", Reason.value_not_allowed))
    return out

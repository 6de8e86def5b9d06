"""User filters (`--where fiscal_year=2018`) parsed into parameterised SQL, never pasted into a query."""

from __future__ import annotations

import re
from dataclasses import dataclass

from ice_ledger.errors import QueryError
from ice_ledger.schema.sql import quote_ident

_FILTER = re.compile(r"^\s*([A-Za-z_][A-Za-z0-9_]*)\s*(>=|<=|!=|=|>|<|~)\s*(.*?)\s*$")


@dataclass(frozen=True)
class Filter:
    """column OP value; `~` is a case-insensitive substring match."""

    column: str
    op: str
    value: str

    def sql(self) -> tuple[str, list[object]]:
        col = quote_ident(self.column)
        if self.op == "~":  # the value is text to find, so LIKE's own wildcards (% and _) are escaped
            return f"CAST({col} AS VARCHAR) ILIKE ? ESCAPE '\\'", [f"%{escape_like(self.value)}%"]
        if self.value.lower() in ("null", "none") and self.op in ("=", "!="):
            return f"{col} IS {'NOT ' if self.op == '!=' else ''}NULL", []
        return f"CAST({col} AS VARCHAR) {self.op} ?" if self.op in ("=", "!=") else f"{col} {self.op} ?", [
            self.value
        ]


def escape_like(text: str) -> str:
    """Text matched literally by LIKE/ILIKE ... ESCAPE '\\'."""
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def parse_filters(items: list[str] | None, allowed: set[str] | None = None) -> list[Filter]:
    """Parse 'col=value' items; reject unknown columns with the list of known ones."""
    out: list[Filter] = []
    for item in items or []:
        m = _FILTER.match(item)
        if not m:
            raise QueryError(f"cannot read filter {item!r}: write COLUMN=VALUE (also !=, <, <=, >, >=, ~ for contains)")
        col, op, value = m.groups()
        if allowed is not None and col not in allowed:
            raise QueryError(f"unknown column {col!r} in filter {item!r}; columns are: {', '.join(sorted(allowed))}")
        out.append(Filter(col, op, value.strip().strip("'\"")))
    return out


def where_clause(filters: list[Filter]) -> tuple[str, list[object]]:
    if not filters:
        return "", []
    parts, params = [], []
    for f in filters:
        sql, p = f.sql()
        parts.append(sql)
        params.extend(p)
    return " WHERE " + " AND ".join(parts), params

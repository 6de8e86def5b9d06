"""Writing quarantine rows: the one place that knows the `quarantine` table's columns.

Rows are inserted by column name, never by position, so a caller names what it knows (a reason, the column,
the raw value...) and everything else is NULL.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

import duckdb

from ice_ledger.schema import MalformedLine, Reason, Source, quote_ident, quote_str

COLUMNS = (
    "source_id", "release", "table_name", "source_file", "source_sheet", "source_row", "row_id", "reason",
    "column_name", "raw_value", "detail", "raw_json",
)
DDL = ", ".join(f"{c} {'BIGINT' if c == 'source_row' else 'VARCHAR'}" for c in COLUMNS)


def insert_query(con: duckdb.DuckDBPyConnection, source: Source, table: str, query: str) -> None:
    """Quarantine the rows of `query`, a SELECT whose columns carry `quarantine` column names (the source's id
    and release and the table name are added; missing columns are NULL)."""
    con.execute(
        f"""INSERT INTO quarantine BY NAME
        SELECT {quote_str(source.id)} AS source_id, {quote_str(source.release)} AS release,
               {quote_str(table)} AS table_name, q.* FROM ({query}) q"""
    )


def insert_rows(con: duckdb.DuckDBPyConnection, source: Source, table: str, rows: Sequence[Mapping[str, Any]]) -> None:
    """Quarantine rows built in Python, each a mapping from `quarantine` column names to values."""
    if not rows:
        return
    unknown = {k for r in rows for k in r} - set(COLUMNS)
    if unknown:
        raise ValueError(f"not quarantine columns: {sorted(unknown)}")
    fixed = {"source_id": source.id, "release": source.release, "table_name": table}
    names = ", ".join(quote_ident(c) for c in COLUMNS)
    con.executemany(
        f"INSERT INTO quarantine ({names}) VALUES ({', '.join('?' for _ in COLUMNS)})",
        [[{**fixed, **r}.get(c) for c in COLUMNS] for r in rows],
    )


def insert_malformed(con: duckdb.DuckDBPyConnection, source: Source, table: str, file: str,
                     bad: Sequence[MalformedLine]) -> None:
    """Malformed CSV lines cannot be typed; they go to quarantine whole, with the reader's reason and their text."""
    insert_rows(con, source, table, [
        {"source_file": file, "source_row": b.line, "reason": Reason.row_malformed.value, "raw_value": b.text,
         "detail": b.message}
        for b in bad
    ])

"""Which tables and views a DuckDB database holds: the one "list views" query every layer asks.

It sits in the leaf package ice_ledger.schema and imports nothing else from ice_ledger, so sources, the
warehouse and everything above can use it.
"""

from __future__ import annotations

import duckdb


def relation_names(con: duckdb.DuckDBPyConnection, *, tables: bool = True) -> set[str]:
    """The names of the database's views (DuckDB's own internal views left out) and, unless `tables` is False,
    of its tables (temporary ones included)."""
    sql = "SELECT view_name FROM duckdb_views() WHERE NOT internal"
    if tables:
        sql += " UNION SELECT table_name FROM duckdb_tables()"
    return {str(r[0]) for r in con.execute(sql).fetchall()}


def has_view(con: duckdb.DuckDBPyConnection, name: str) -> bool:
    """Whether the database holds a view of that name."""
    row = con.execute("SELECT count(*) FROM duckdb_views() WHERE view_name = ?", [name]).fetchone()
    return bool(row and row[0])

"""Reading the last good build: a connection, its table names, filtered rows and counts.

Every layer above the warehouse (metrics, policies, effects, claims, places and the api) reads through here,
so none of them needs the api front door (which also carries the build machinery).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import duckdb

from ice_ledger.config import Paths
from ice_ledger.errors import QueryError, UnknownTableError
from ice_ledger.query import parse_filters, where_clause
from ice_ledger.schema.relations import relation_names
from ice_ledger.warehouse import store
from ice_ledger.warehouse.sqlexpr import quote_ident

if TYPE_CHECKING:
    import pandas as pd

Home = str | Path | None


def paths(home: Home = None) -> Paths:
    """The data directory's layout (raw files, warehouse builds), from `home` or $ICE_LEDGER_HOME."""
    return Paths.resolve(home)


def connect(home: Home = None) -> duckdb.DuckDBPyConnection:
    """A read-only connection to the last good build."""
    return store.connect(paths(home))


def tables(home: Home = None) -> list[str]:
    """The names of the build's tables and views, sorted."""
    with connect(home) as con:
        return sorted(relation_names(con))


def _columns(con: duckdb.DuckDBPyConnection, name: str) -> list[str]:
    """The table's columns; an unknown table is a clear error listing the known ones."""
    known = relation_names(con)
    if name not in known:
        raise UnknownTableError(f"no table {name!r}; tables are: {', '.join(sorted(known))}")
    return [r[0] for r in con.execute(f"DESCRIBE {quote_ident(name)}").fetchall()]


def table(name: str, *, where: list[str] | None = None, limit: int | None = 20, columns: list[str] | None = None,
          home: Home = None, offset: int = 0) -> pd.DataFrame:
    """Rows of a warehouse table, filtered with `col=value` items; `offset` skips rows in the database.

    Rows come in lineage order (source, file, sheet, row, then row id), so pages never overlap.
    """
    with connect(home) as con:
        cols = _columns(con, name)
        unknown = [c for c in columns or [] if c not in cols]
        if unknown:
            raise QueryError(f"no column {unknown[0]!r} in {name}; columns are: {', '.join(cols)}")
        if (limit is not None and limit < 0) or offset < 0:
            raise QueryError(f"limit and offset must be 0 or more (got {limit}, {offset})")
        filters = parse_filters(where, set(cols))
        clause, params = where_clause(filters)
        select = ", ".join(quote_ident(c) for c in columns) if columns else "*"
        order = " ORDER BY source_id, source_file, source_sheet, source_row" if "source_row" in cols else ""
        if order and "row_id" in cols:
            order += ", row_id"  # ties (derived rows) in a stable order too, so pages never overlap
        sql = f"SELECT {select} FROM {quote_ident(name)}{clause}{order}"
        if limit is not None:
            sql += f" LIMIT {int(limit)}"
        if offset:
            sql += f" OFFSET {int(offset)}"
        return con.execute(sql, params).df()


def count(name: str, *, where: list[str] | None = None, home: Home = None) -> int:
    """How many rows of the table match the `col=value` filters."""
    with connect(home) as con:
        cols = _columns(con, name)
        clause, params = where_clause(parse_filters(where, set(cols)))
        row = con.execute(f"SELECT count(*) FROM {quote_ident(name)}{clause}", params).fetchone()
    return int(row[0]) if row else 0


def count_by(name: str, by: list[str], *, where: list[str] | None = None, home: Home = None) -> pd.DataFrame:
    """Rows of the table matching the filters, counted by the `by` columns (one row per group, in key order)."""
    with connect(home) as con:
        cols = _columns(con, name)
        clause, params = where_clause(parse_filters(where, set(cols)))
        groups = parse_filters([f"{g}=x" for g in by], set(cols))
        keys = ", ".join(quote_ident(g.column) for g in groups)
        sql = f"SELECT {keys}, count(*) AS rows FROM {quote_ident(name)}{clause} GROUP BY ALL ORDER BY {keys}"
        return con.execute(sql, params).df()

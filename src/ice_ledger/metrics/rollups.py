"""Rollups built with the warehouse: the common breakdowns of every metric, pre-aggregated at build time.

The claim checker and the web pages ask the same few questions again and again (a metric by fiscal year, by
fiscal year and state ...). Each rollup row is exactly the per-(cell, source, release, file) aggregate that
`compute` would run, so an answer from a rollup equals the full query (tests/metrics/test_rollups.py).
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from typing import Any

from ice_ledger.errors import QueryError
from ice_ledger.metrics.compute import metric_query, rollup_key
from ice_ledger.metrics.engine import duckdb_engine
from ice_ledger.metrics.registry import Metric, catalogue
from ice_ledger.warehouse.derive import derivation
from ice_ledger.warehouse.sqlexpr import quote_str
from ice_ledger.warehouse.store import BuildDir

COMMON_BREAKDOWNS: tuple[tuple[str, ...], ...] = (
    (), ("fiscal_year",), ("calendar_year",), ("fiscal_year", "state"), ("fiscal_year", "aor"),
    ("fiscal_year", "criminality"), ("fiscal_year", "month"), ("model",), ("definition",), ("state",),
    ("calendar_year", "state"),
)


def rollup_breakdowns(m: Metric) -> list[tuple[str, ...]]:
    return [b for b in COMMON_BREAKDOWNS if set(b) <= set(m.breakdowns)]


def _rollup_sql(build: BuildDir, m: Metric, t: object, by: Sequence[str], engine_sql: Callable[[Any], str]
                ) -> tuple[str, str] | None:
    """(numbers query, metadata query) of one metric and breakdown, or None when a column is missing."""
    try:
        agg, sample, filters = metric_query(m, t, by)
    except QueryError:  # a breakdown whose column no loaded source fills
        return None
    sql = engine_sql(agg)
    key = rollup_key(by)
    sample_ids = [r[0] for r in build.con.execute(engine_sql(sample)).fetchall()]
    numbers = f"SELECT {quote_str(m.name)} AS metric, {quote_str(key)} AS breakdown, * FROM ({sql})"
    meta = (f"SELECT {quote_str(m.name)} AS metric, {quote_str(key)} AS breakdown, {quote_str(sql)} AS query, "
            f"{quote_str(json.dumps(filters))} AS filters, {quote_str(json.dumps(sorted(sample_ids)))} AS sample")
    return numbers, meta


@derivation("metric_rollups", description="Pre-aggregated metrics by their common breakdowns, for fast answers.")
def build_rollups(build: BuildDir) -> None:
    """Write `metric_rollups` (numbers) and `metric_rollup_meta` (query, filters, sample rows), one file each.

    One sorted Parquet file per table keeps a lookup to a single file open and a row-group skip.
    """
    eng = duckdb_engine(build.con)
    present = {r[0] for r in build.con.execute("SELECT view_name FROM duckdb_views() WHERE NOT internal").fetchall()}
    numbers, metas = [], []
    for m in catalogue():
        if m.table not in present:
            continue
        t = eng.backend.table(m.table)
        for by in rollup_breakdowns(m):
            got = _rollup_sql(build, m, t, by, eng.sql)
            if got is not None:
                numbers.append(got[0])
                metas.append(got[1])
    if not numbers:
        return
    union = "\nUNION ALL BY NAME\n".join(f"({q})" for q in numbers)
    build.write_table("metric_rollups", "metric_rollups", f"SELECT * FROM ({union}) ORDER BY metric, breakdown")
    build.write_table("metric_rollup_meta", "metric_rollup_meta", "\nUNION ALL\n".join(metas))

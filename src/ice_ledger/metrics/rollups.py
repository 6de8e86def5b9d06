"""Rollups built with the warehouse: the common breakdowns of every metric, pre-aggregated at build time.

The claim checker and the web pages ask the same few questions again and again (a metric by fiscal year, by
fiscal year and state ...). Each rollup row is exactly the per-(cell, source, release, file) aggregate that
`compute` would run, so an answer from a rollup equals the full query (tests/metrics/test_rollups.py).
"""

from __future__ import annotations

import json
from collections.abc import Sequence

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


def _rollup_one(build: BuildDir, m: Metric, t: object, by: Sequence[str], engine_sql: object) -> bool:
    try:
        agg, sample, filters = metric_query(m, t, by)
    except QueryError:  # a breakdown whose column no loaded source fills
        return False
    sql = engine_sql(agg)  # type: ignore[operator]
    key = rollup_key(by)
    part = f"{m.name}-{key.replace(',', '-')}"
    build.write_table("metric_rollups", part,
                      f"SELECT {quote_str(m.name)} AS metric, {quote_str(key)} AS breakdown, * FROM ({sql})")
    sample_ids = [r[0] for r in build.con.execute(engine_sql(sample)).fetchall()]  # type: ignore[operator]
    build.write_table("metric_rollup_meta", part,
                      f"SELECT {quote_str(m.name)} AS metric, {quote_str(key)} AS breakdown, "
                      f"{quote_str(sql)} AS query, {quote_str(json.dumps(filters))} AS filters, "
                      f"{quote_str(json.dumps(sorted(sample_ids)))} AS sample")
    return True


@derivation("metric_rollups", description="Pre-aggregated metrics by their common breakdowns, for fast answers.")
def build_rollups(build: BuildDir) -> None:
    """Write `metric_rollups` (numbers) and `metric_rollup_meta` (query, filters, sample rows) for each metric."""
    eng = duckdb_engine(build.con)
    present = {r[0] for r in build.con.execute("SELECT view_name FROM duckdb_views() WHERE NOT internal").fetchall()}
    for m in catalogue():
        if m.table not in present:
            continue
        t = eng.backend.table(m.table)
        for by in rollup_breakdowns(m):
            _rollup_one(build, m, t, by, eng.sql)

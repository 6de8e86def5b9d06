"""Rollups built with the warehouse: the common breakdowns of every metric, pre-aggregated at build time.

The claim checker and the web pages ask the same few questions again and again (a metric by fiscal year, by
fiscal year and state ...). Each rollup row is exactly the per-(cell, source, release, file) aggregate that
`compute` would run, so an answer from a rollup equals the full query (tests/metrics/test_rollups.py).
"""

from __future__ import annotations

import contextlib
import json
from collections.abc import Callable, Sequence
from typing import Any

from ibis.expr import operations as ops

from ice_ledger.errors import QueryError
from ice_ledger.metrics.compute import _column, _labels, metric_query, rollup_key
from ice_ledger.metrics.engine import duckdb_engine
from ice_ledger.metrics.provenance import LINEAGE_KEYS
from ice_ledger.metrics.registry import Metric, catalogue
from ice_ledger.metrics.sqlcache import SqlCache
from ice_ledger.schema.relations import relation_names
from ice_ledger.warehouse.derive import LAST_STAGE, derivation
from ice_ledger.warehouse.sqlexpr import quote_ident, quote_str
from ice_ledger.warehouse.store import BuildDir

COMMON_BREAKDOWNS: tuple[tuple[str, ...], ...] = (
    (), ("fiscal_year",), ("calendar_year",), ("fiscal_year", "state"), ("fiscal_year", "aor"),
    ("fiscal_year", "criminality"), ("fiscal_year", "month"), ("model",), ("definition",), ("state",),
    ("calendar_year", "state"),
)


def rollup_breakdowns(m: Metric) -> list[tuple[str, ...]]:
    return [b for b in COMMON_BREAKDOWNS if set(b) <= set(m.breakdowns)]


# Below this many rows a table is summed directly; above it, once into a cube that every rollup then reads.
CUBE_MIN_ROWS = 200_000
SOURCE_ID = "derived_metric_rollups"  # the source id the rollups' QA rows are filed under


def _rollup_sql(build: BuildDir, m: Metric, t: Any, by: Sequence[str], engine_sql: Callable[[Any], str],
                samples: dict[str, list[str]], numbers_sql: str | None = None) -> tuple[str, str] | None:
    """(numbers query, metadata query) of one metric and breakdown, or None when a column is missing.

    `numbers_sql`, when given, sums the numbers from a pre-aggregated relation (see `_metric_cube`); the query
    recorded for `--explain` is always the one over the table itself. The provenance sample does not depend on
    the breakdown (the same filtered rows in source order), so it is read once per metric into `samples`.
    """
    try:
        agg, sample, filters = metric_query(m, t, by)
    except QueryError:  # a breakdown whose column no loaded source fills
        return None
    sql = engine_sql(agg)
    key = rollup_key(by)
    if m.name not in samples:
        samples[m.name] = sorted(r[0] for r in build.con.execute(engine_sql(sample)).fetchall())
    numbers = f"SELECT {quote_str(m.name)} AS metric, {quote_str(key)} AS breakdown, * FROM ({numbers_sql or sql})"
    meta = (f"SELECT {quote_str(m.name)} AS metric, {quote_str(key)} AS breakdown, {quote_str(sql)} AS query, "
            f"{quote_str(json.dumps(filters))} AS filters, {quote_str(json.dumps(samples[m.name]))} AS sample")
    return numbers, meta


def _cube_columns(m: Metric, t: Any, by: Sequence[str]) -> set[str] | None:
    """The table columns a rollup reads, or None when it cannot be summed from a cube.

    Metrics that sum amounts or populations, and breakdowns that read a date (month), are computed from the
    table: a cube by date would have nearly as many rows as the table.
    """
    try:
        sel = m.select(t)
    except AttributeError:  # a column no loaded source fills: _rollup_sql skips the metric
        return None
    if m.unit == "rate_per_100k" or sel.amount is not None:
        return None
    try:
        exprs = [_column(m, t, b) for b in by] + [e for e in (sel.rows, sel.hits) if e is not None]
    except QueryError:  # a column no loaded source fills, or a joined breakdown: _rollup_sql decides
        return None
    names = {f.name for e in exprs for f in e.op().find(ops.Field)}
    names = (names | {*LINEAGE_KEYS, "duplicate_likely"}) & set(t.columns)
    if any(t[n].type().is_temporal() for n in names):
        return None
    return names


def _metric_cube(build: BuildDir, m: Metric, cube: Any, bys: list[tuple[str, ...]], name: str,
                 engine_sql: Callable[[Any], str]) -> dict[tuple[str, ...], str]:
    """The numbers of each breakdown in `bys`, summed from one per-metric aggregate of the cube.

    The cube is first aggregated once by every breakdown of the metric together (one Ibis compilation, not one
    per breakdown) into the temporary table `name`; each breakdown then sums that table by its own columns, with
    the same columns, names and types as `metric_query` over the cube gives. Counts and shares only; empty when
    the metric does not fit (a labelled breakdown, no lineage), so the caller compiles each one itself.
    """
    columns = list(dict.fromkeys(b for by in bys for b in by))
    if (m.unit not in ("count", "share") or _labels(m, columns) or not set(LINEAGE_KEYS) <= set(cube.columns)
            or len(bys) < 2):
        return {}
    try:
        agg = metric_query(m, cube, columns, weight="_n")[0]
    except QueryError:
        return {}
    build.con.execute(f"CREATE OR REPLACE TEMP TABLE {quote_ident(name)} AS {engine_sql(agg)}")
    # Each sum keeps the type the per-breakdown query gives (that of the same expression here).
    types = {r[0]: r[1] for r in build.con.execute(f"DESCRIBE {quote_ident(name)}").fetchall()}
    measures = ["n_records", "hits"] if m.unit == "share" else ["n_records"]
    out = {}
    for by in bys:
        keys = [*by, *(k for k in LINEAGE_KEYS if k not in by)]
        cols = ", ".join(quote_ident(k) for k in keys)
        sums = ", ".join(f"CAST(sum({quote_ident(c)}) AS {types[c]}) AS {quote_ident(c)}" for c in measures)
        out[by] = f"SELECT {cols}, {sums} FROM {quote_ident(name)} GROUP BY {cols}"
    return out


def _table_rollups(build: BuildDir, eng: Any, table: str, metrics: list[Metric], engine_sql: Callable[[Any], str]
                   ) -> list[tuple[str, str]]:
    """The rollup queries of every metric over one table, summed from a cube when the table is large.

    The expressions are built over the unbound table (its name and schema): the SQL is the same (compiling
    unbinds it anyway), the unbinding is not repeated per query, and the cache can key on the expression.
    """
    t = eng.backend.table(table).unbind()
    plans = [(m, by) for m in metrics for by in rollup_breakdowns(m)]
    cubed = {(m.name, by): cols for m, by in plans if (cols := _cube_columns(m, t, by)) is not None}
    rows = build.con.execute(f"SELECT count(*) FROM {quote_ident(table)}").fetchone()
    numbers: dict[tuple[str, tuple[str, ...]], str] = {}
    if cubed and rows and rows[0] >= CUBE_MIN_ROWS:
        columns = sorted(set().union(*cubed.values()))
        name = f"_rollup_cube_{table}"
        build.con.execute(
            f"CREATE OR REPLACE TEMP TABLE {quote_ident(name)} AS SELECT {', '.join(map(quote_ident, columns))}, "
            f"count(*) AS _n FROM {quote_ident(table)} GROUP BY ALL"
        )
        cube = eng.backend.table(name).unbind()
        cube_rows = build.con.execute(f"SELECT count(*) FROM {quote_ident(name)}").fetchone()
        build.add_qa(SOURCE_ID, "rollups_from_cube", table, len(cubed),
                     f"of {len(plans)} rollups; cube of {cube_rows[0] if cube_rows else 0} rows", "info")
        for i, m in enumerate(metrics):
            bys = [by for mm, by in plans if mm is m and (m.name, by) in cubed]
            per_metric = _metric_cube(build, m, cube, bys, f"{name}_{i}", engine_sql)
            for by in bys:
                if by in per_metric:
                    numbers[(m.name, by)] = per_metric[by]
                else:
                    with contextlib.suppress(QueryError):  # _rollup_sql skips it too
                        numbers[(m.name, by)] = engine_sql(metric_query(m, cube, by, weight="_n")[0])
    out = []
    samples: dict[str, list[str]] = {}
    for m, by in plans:
        got = _rollup_sql(build, m, t, by, engine_sql, samples, numbers.get((m.name, by)))
        if got is not None:
            out.append(got)
    return out


@derivation("metric_rollups", stage=LAST_STAGE, description="Pre-aggregated metrics by their common breakdowns, for fast answers.")
def build_rollups(build: BuildDir) -> None:
    """Write `metric_rollups` (numbers) and `metric_rollup_meta` (query, filters, sample rows), one file each.

    One sorted Parquet file per table keeps a lookup to a single file open and a row-group skip. The SQL texts
    come from the home's cache when an earlier build compiled the same expressions (`sqlcache`).
    """
    eng = duckdb_engine(build.con)
    cache = SqlCache(build.paths.cache, eng.dialect)
    present = relation_names(build.con, tables=False)
    by_table: dict[str, list[Metric]] = {}
    for m in catalogue():
        if m.table in present:
            by_table.setdefault(m.table, []).append(m)
    queries = [q for table, metrics in by_table.items()
               for q in _table_rollups(build, eng, table, metrics, cache.sql)]
    cache.save()
    if not queries:
        return
    union = "\nUNION ALL BY NAME\n".join(f"({q[0]})" for q in queries)
    build.write_table("metric_rollups", "metric_rollups", f"SELECT * FROM ({union}) ORDER BY metric, breakdown")
    build.write_table("metric_rollup_meta", "metric_rollup_meta", "\nUNION ALL\n".join(q[1] for q in queries))

"""Benchmark the metric catalogue: Ibis metrics vs hand-written DuckDB SQL, rollup answers, and Spark.

    .venv/bin/python bench/bench_metrics.py [--arrests 10000000] [--detainers 2000000] [--home DIR]
                                            [--runs 5] [--spark-runs 2] [--no-spark]

Without --home it writes synthetic DDP arrests and detainers (ice_ledger.testing.ddp_synth, DDP parquet
layout) beside the real mirror and builds them into a scratch home first (timed separately, not a target).
For every arrest and detainer metric it times `metrics.compute(name, by=[fiscal_year, aor], rollup=False)`
(suppression and provenance included) against hand-written SQL giving the same numbers, and checks that both
agree; then the rollup answers (by fiscal year, and by fiscal year x AOR) and their equality to the full
query; then Spark local mode on the same Parquet files.
"""

from __future__ import annotations

import argparse
import datetime as dt
import importlib
import json
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import duckdb
import pandas as pd

REPO = Path(__file__).resolve().parents[1]
MIRROR = Path(os.environ.get("ICE_LEDGER_MIRROR") or REPO.parent / "shared" / "data")
DUP = "NOT coalesce(duplicate_likely, false)"
DECLINED = "lift_reason = 'Detainer Declined by LEA'"
HAND: dict[str, tuple[str, str, str | None]] = {
    # metric: (table, rows counted, numerator among them for shares)
    "detainers_issued": ("detainers", "true", None),
    "detainers_declined": ("detainers", DECLINED, None),
    "detainers_lifted": ("detainers", "lift_reason IS NOT NULL", None),
    "share_detainers_declined": ("detainers", "true", DECLINED),
    "share_detainers_lifted": ("detainers", "true", "lift_reason IS NOT NULL"),
    "share_declined_of_resolved": ("detainers", "lift_reason IN ('Detainer Declined by LEA', 'Booked into Detention')",
                                   DECLINED),
    "admin_arrests": ("arrests", "true", None),
    "arrests_convicted": ("arrests", "criminality LIKE '1%'", None),
    "arrests_pending_charges": ("arrests", "criminality LIKE '2%'", None),
    "arrests_other_immigration_violators": ("arrests", "criminality LIKE '3%'", None),
    "share_arrests_convicted": ("arrests", "true", "criminality LIKE '1%'"),
    "share_arrests_pending_charges": ("arrests", "true", "criminality LIKE '2%'"),
    "share_arrests_other_immigration_violators": ("arrests", "true", "criminality LIKE '3%'"),
    "share_arrests_convicted_or_pending": ("arrests", "true", "(criminality LIKE '1%' OR criminality LIKE '2%')"),
}


def hand_sql(name: str) -> str:
    table, rows, hits = HAND[name]
    measure = f"count(*) FILTER (WHERE {hits}) AS numerator, count(*) AS n" if hits else "count(*) AS n"
    return f"SELECT fiscal_year, aor, {measure} FROM {table} WHERE {DUP} AND {rows} GROUP BY ALL"


def median_seconds(func: Callable[[], object], runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        func()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def build_home(n_arrests: int, n_detainers: int) -> tuple[Path, float]:
    sys.path.insert(0, str(REPO / "tests" / "metrics"))
    import synth  # the overlay-mirror helper of the metric tests

    from ice_ledger import api
    from ice_ledger.testing import ddp_synth

    root = Path(tempfile.mkdtemp(prefix="bench-metrics-"))
    overlay = synth.overlay_mirror(MIRROR, root / "mirror")
    ddp = overlay / "deportationdata-ice"
    start, end = dt.date(2015, 10, 1), dt.date(2024, 9, 30)
    for name in ("arrests-latest.parquet", "detainers-latest.parquet"):
        (ddp / name).unlink(missing_ok=True)
    ddp_synth.write_arrests(ddp / "arrests-latest.parquet", n_arrests, seed=1, layout="ddp", fmt="parquet",
                            start=start, end=end)
    ddp_synth.write_detainers(ddp / "detainers-latest.parquet", n_detainers, seed=2, layout="ddp", fmt="parquet",
                              start=start, end=end)
    began = time.perf_counter()
    api.build(["ddp_arrests", "ddp_detainers", "ice_official_figures"], mirror=overlay, home=root / "home",
              quiet=True)
    return root / "home", time.perf_counter() - began


def same_numbers(frame: pd.DataFrame, hand: pd.DataFrame, share: bool) -> bool:
    ours = frame.rename(columns={"denominator": "n"}) if share else frame.rename(columns={"value": "n"})
    cols = ["fiscal_year", "aor", "n", *(["numerator"] if share else [])]
    a = ours[cols].astype(str).sort_values(cols[:2]).reset_index(drop=True)
    b = hand[cols].astype(str).replace({"None": "<NA>", "nan": "<NA>"}).sort_values(cols[:2]).reset_index(drop=True)
    a = a.replace({"None": "<NA>", "nan": "<NA>"})
    return bool(a.equals(b))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--home", type=Path)
    ap.add_argument("--arrests", type=int, default=10_000_000)
    ap.add_argument("--detainers", type=int, default=2_000_000)
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--rollup-runs", type=int, default=50)
    ap.add_argument("--spark-runs", type=int, default=2)
    ap.add_argument("--no-spark", action="store_true")
    args = ap.parse_args()
    from ice_ledger import metrics
    from ice_ledger.config import Paths
    from ice_ledger.warehouse import store

    compiled = importlib.import_module("ice_ledger.metrics.compute")  # the module, not the function
    report: dict[str, object] = {}
    home = args.home
    if home is None:
        home, seconds = build_home(args.arrests, args.detainers)
        report["build_seconds"] = round(seconds, 1)
    print(f"home: {home}", file=sys.stderr)
    db = store.current_build(Paths.resolve(home))
    assert db is not None
    con = duckdb.connect(str(db / store.DB_NAME), read_only=True)
    report["rows"] = {t: con.execute(f"SELECT count(*) FROM {t}").fetchone()[0]  # type: ignore[index]
                      for t in ("arrests", "detainers")}
    by = ["fiscal_year", "aor"]
    rows = []
    for name in HAND:
        share = HAND[name][2] is not None
        sql = hand_sql(name)
        hand = con.execute(sql).df()
        result = metrics.compute(name, by=by, home=home, rollup=False, suppress=False)
        assert same_numbers(result.frame, hand, share), f"{name}: metric and hand SQL disagree"
        compiled._COMPILED.clear()  # the first request of a process also builds and compiles the Ibis query
        first = median_seconds(lambda name=name: metrics.compute(name, by=by, home=home, rollup=False), 1)
        t_sql = median_seconds(lambda sql=sql: con.execute(sql).fetchall(), args.runs)
        t_metric = median_seconds(lambda name=name: metrics.compute(name, by=by, home=home, rollup=False), args.runs)
        rows.append({"metric": name, "hand_sql_s": round(t_sql, 3), "metric_s": round(t_metric, 3),
                     "ratio": round(t_metric / t_sql, 2), "first_call_s": round(first, 3), "cells": len(result.frame)})
        print(rows[-1], file=sys.stderr)
    report["fy_x_aor"] = rows
    rollups = []
    for name in HAND:
        for shape in (["fiscal_year"], by):
            full = metrics.compute(name, by=shape, home=home, rollup=False)
            fast = metrics.compute(name, by=shape, home=home)
            assert fast.provenance.answered_from.startswith("rollup"), name
            pd.testing.assert_frame_equal(fast.frame, full.frame)
            t = median_seconds(lambda name=name, shape=shape: metrics.compute(name, by=shape, home=home),
                               args.rollup_runs)
            rollups.append({"metric": name, "by": ",".join(shape), "rollup_median_ms": round(t * 1000, 1)})
    report["rollups"] = rollups
    print({"rollup_median_ms_max": max(r["rollup_median_ms"] for r in rollups)}, file=sys.stderr)
    if not args.no_spark:
        spark = []
        metrics.compute("admin_arrests", home=home, engine="spark", rollup=False)  # session start, views
        for name in ("admin_arrests", "share_arrests_convicted", "detainers_declined", "share_detainers_declined"):
            t = median_seconds(lambda name=name: metrics.compute(name, by=by, home=home, engine="spark",
                                                                 rollup=False), args.spark_runs)
            spark.append({"metric": name, "spark_s": round(t, 2)})
            print(spark[-1], file=sys.stderr)
        report["spark_fy_x_aor"] = spark
    con.close()
    print(json.dumps(report, indent=2))


if __name__ == "__main__":
    main()

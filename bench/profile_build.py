"""Where a build's time goes: run `ice-ledger build` with every SQL statement on the build connection timed.

    .venv/bin/python bench/profile_build.py --home HOME [--top 15] -- build ddp_arrests -q

The build connection is wrapped (statements are timed as they run, nothing else changes); afterwards the
slowest statements are printed with their first words, and the total wall time beside the sum of SQL time
(the rest is Python: start-up, Ibis compilation, metadata). Used for the breakdowns in docs/benchmarks.md.
With --kinds the SQL time is also summed by the build step a statement belongs to (typing pass, staging,
publishing, duplicates, rollups ...), recognised by its first words.
"""

from __future__ import annotations

import argparse
import re
import sys
import time
from typing import Any

import duckdb

from ice_ledger.sources import ice_lesa_national, readers
from ice_ledger.warehouse import store

# (step, pattern over a statement's normalised text); the first that matches names the step.
KINDS = (
    ("staging a CSV (read_csv)", r"read_csv\("),
    ("typing pass (pipeline step 1)", r"^COPY \( SELECT _rid, source_row|^CREATE OR REPLACE TEMP TABLE \"typed_"),
    ("typing: each column's distinct values tested once", r"^SELECT 0 AS _col, count\(\*\) FILTER"),
    ("publishing the Parquet part (step 5)", r"^COPY \( SELECT substr\(f\._h"),
    ("repeats and duplicates (steps 2-3)", r"TEMP TABLE \"(occ|dups|marks)_"),
    ("rollup provenance samples", r"ORDER BY .*LIMIT 5$"),
    ("rollup numbers and metadata (COPY)", r"^COPY \(SELECT \* FROM \(\(SELECT '|^COPY \(SELECT '"),
    ("rollup cubes (per table, per metric)", r"_rollup_cube_"),
)


def kind_of(statement: str) -> str:
    return next((name for name, pattern in KINDS if re.search(pattern, statement)), "other")


class TimedConnection:
    """A DuckDB connection whose `execute` records (seconds, statement) and the process CPU seconds it took."""

    def __init__(self, con: duckdb.DuckDBPyConnection, log: list[tuple[float, str]], cpu: list[float]) -> None:
        self._con, self._log, self._cpu = con, log, cpu

    def execute(self, sql: str, *args: Any, **kwargs: Any) -> Any:
        start, cpu = time.perf_counter(), time.process_time()
        result = self._con.execute(sql, *args, **kwargs)
        self._log.append((time.perf_counter() - start, " ".join(str(sql).split())))
        self._cpu.append(time.process_time() - cpu)
        return self if result is self._con else result

    def __getattr__(self, name: str) -> Any:
        return getattr(self._con, name)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--top", type=int, default=15)
    ap.add_argument("--width", type=int, default=110)
    ap.add_argument("--kinds", action="store_true", help="also sum the SQL time by build step")
    ap.add_argument("cli", nargs=argparse.REMAINDER, help="the ice-ledger arguments, after --")
    args = ap.parse_args()
    log: list[tuple[float, str]] = []
    cpu: list[float] = []
    connect = duckdb.connect

    class Patched:  # `store` calls duckdb.connect(...) and catches duckdb.Error
        Error = duckdb.Error
        DuckDBPyConnection = duckdb.DuckDBPyConnection

        @staticmethod
        def connect(*a: Any, **k: Any) -> Any:
            return TimedConnection(connect(*a, **k), log, cpu)

    store.duckdb = Patched  # type: ignore[assignment]
    # Files read ahead (`readers.spill_csv`, in a DuckDB instance of their own, in a thread beside the build's
    # connection): their wall time and their thread's CPU seconds, listed apart. The CPU seconds of the build's
    # statements are the whole process's, so they include read-ahead work that overlapped them.
    ahead: list[tuple[float, float]] = []
    spill = readers.spill_csv

    def timed_spill(*a: Any, **k: Any) -> Any:
        start, cpu = time.perf_counter(), time.thread_time()
        try:
            return spill(*a, **k)
        finally:
            ahead.append((time.perf_counter() - start, time.thread_time() - cpu))

    readers.spill_csv = timed_spill
    ice_lesa_national.spill_csv = timed_spill
    from ice_ledger.cli import app

    cli = [a for a in args.cli if a != "--"]
    start, cpu_start = time.perf_counter(), time.process_time()
    try:
        app(cli, standalone_mode=False)
    finally:
        wall, cpu_all = time.perf_counter() - start, time.process_time() - cpu_start
        sql = sum(s for s, _ in log)
        print(f"\nwall {wall:.2f} s, SQL {sql:.2f} s in {len(log)} statements, other {wall - sql:.2f} s",
              file=sys.stderr)
        for seconds, statement in sorted(log, reverse=True)[:args.top]:
            print(f"{seconds:8.2f}  {statement[:args.width]}", file=sys.stderr)
        if args.kinds:
            # CPU seconds (every thread of the process) are steadier than wall seconds on a shared machine.
            kinds: dict[str, tuple[float, float, int]] = {}
            for (seconds, statement), used in zip(log, cpu, strict=True):
                total, total_cpu, n = kinds.get(kind := kind_of(statement), (0.0, 0.0, 0))
                kinds[kind] = (total + seconds, total_cpu + used, n + 1)
            print("\n| step | statements | seconds | share of wall | CPU seconds |\n|---|---:|---:|---:|---:|",
                  file=sys.stderr)
            for kind, (total, used, n) in sorted(kinds.items(), key=lambda kv: -kv[1][0]):
                print(f"| {kind} | {n} | {total:.1f} | {total / wall:.0%} | {used:.1f} |", file=sys.stderr)
            print(f"| Python (Ibis compilation, imports, metadata) | | {wall - sql:.1f} | {(wall - sql) / wall:.0%} | "
                  f"{cpu_all - sum(cpu):.1f} |", file=sys.stderr)
            if ahead:
                print(f"| (files read ahead in a thread: gzip, CSV, Parquet stage; overlapped, inside the rows above) "
                      f"| {len(ahead)} | {sum(w for w, _ in ahead):.1f} | | {sum(c for _, c in ahead):.1f} |",
                      file=sys.stderr)
            print(f"| **whole build** | | {wall:.1f} | | {cpu_all:.1f} |", file=sys.stderr)
            others = sorted(((used, st) for (_, st), used in zip(log, cpu, strict=True) if kind_of(st) == "other"),
                            reverse=True)
            print("\nslowest 'other' statements (CPU seconds):", file=sys.stderr)
            for used, statement in others[:args.top]:
                print(f"{used:8.2f}  {statement[:args.width]}", file=sys.stderr)


if __name__ == "__main__":
    main()

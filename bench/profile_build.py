"""Where a build's time goes: run `ice-ledger build` with every SQL statement on the build connection timed.

    .venv/bin/python bench/profile_build.py --home HOME [--top 15] -- build ddp_arrests -q

The build connection is wrapped (statements are timed as they run, nothing else changes); afterwards the
slowest statements are printed with their first words, and the total wall time beside the sum of SQL time
(the rest is Python: start-up, Ibis compilation, metadata). Used for the breakdowns in docs/benchmarks.md.
"""

from __future__ import annotations

import argparse
import sys
import time
from typing import Any

import duckdb

from ice_ledger.warehouse import store


class TimedConnection:
    """A DuckDB connection whose `execute` records (seconds, statement)."""

    def __init__(self, con: duckdb.DuckDBPyConnection, log: list[tuple[float, str]]) -> None:
        self._con, self._log = con, log

    def execute(self, sql: str, *args: Any, **kwargs: Any) -> Any:
        start = time.perf_counter()
        result = self._con.execute(sql, *args, **kwargs)
        self._log.append((time.perf_counter() - start, " ".join(str(sql).split())))
        return self if result is self._con else result

    def __getattr__(self, name: str) -> Any:
        return getattr(self._con, name)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--top", type=int, default=15)
    ap.add_argument("--width", type=int, default=110)
    ap.add_argument("cli", nargs=argparse.REMAINDER, help="the ice-ledger arguments, after --")
    args = ap.parse_args()
    log: list[tuple[float, str]] = []
    connect = duckdb.connect

    class Patched:  # `store` calls duckdb.connect(...) and catches duckdb.Error
        Error = duckdb.Error
        DuckDBPyConnection = duckdb.DuckDBPyConnection

        @staticmethod
        def connect(*a: Any, **k: Any) -> Any:
            return TimedConnection(connect(*a, **k), log)

    store.duckdb = Patched  # type: ignore[assignment]
    from ice_ledger.cli import app

    cli = [a for a in args.cli if a != "--"]
    start = time.perf_counter()
    try:
        app(cli, standalone_mode=False)
    finally:
        wall = time.perf_counter() - start
        sql = sum(s for s, _ in log)
        print(f"\nwall {wall:.2f} s, SQL {sql:.2f} s in {len(log)} statements, other {wall - sql:.2f} s",
              file=sys.stderr)
        for seconds, statement in sorted(log, reverse=True)[:args.top]:
            print(f"{seconds:8.2f}  {statement[:args.width]}", file=sys.stderr)


if __name__ == "__main__":
    main()

"""Benchmark small-cell suppression on fine breakdowns: seconds and peak memory of one metric call.

    .venv/bin/python bench/bench_suppression.py --home DIR [--baseline-src /work/main/src] [--by facility,month]
    .venv/bin/python bench/bench_suppression.py --home DIR --metric admin_arrests --by fiscal_year,month

Each measurement is a fresh process (`metrics.compute`, which runs the suppression), so peak memory is its own;
with --baseline-src the same call runs first with that source tree (e.g. main's), in the same run; --src runs
"now" from a copy of a source tree (so edits made during a long run do not mix into it). The header line gives
the date, the commit, the machine and the load average.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import subprocess
import sys
from pathlib import Path

CHILD = """
import json, resource, sys, time
from ice_ledger import metrics
t = time.perf_counter()
r = metrics.compute(sys.argv[1], by=sys.argv[2].split(","))
print(json.dumps({"seconds": time.perf_counter() - t,
                  "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
                  "cells": len(r.frame), "hidden": int(r.frame["suppressed"].sum())}))
"""


def measure(home: Path, metric: str, by: str, src: Path | None, timeout: int) -> str:
    env = {**os.environ, "ICE_LEDGER_HOME": str(home), **({"PYTHONPATH": str(src)} if src else {})}
    try:
        out = subprocess.run([sys.executable, "-c", CHILD, metric, by], capture_output=True, text=True, env=env,
                             timeout=timeout, check=True).stdout
    except subprocess.TimeoutExpired:
        return f"> {timeout} s (stopped)"
    got = json.loads(out.strip().splitlines()[-1])
    share = got["hidden"] / got["cells"] if got.get("cells") else 0.0
    return (f"{got['seconds']:7.1f} s  peak {got['peak_mb']:6.0f} MB  "
            f"{got.get('hidden', '?')} of {got.get('cells', '?')} cells hidden ({share:.0%})  "
            f"load {os.getloadavg()[0]:.1f}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--home", type=Path, required=True)
    ap.add_argument("--metric", default="detainers_issued")
    ap.add_argument("--by", action="append", help="comma-separated breakdowns (repeatable)")
    ap.add_argument("--baseline-src", type=Path)
    ap.add_argument("--src", type=Path, help="source tree for 'now' (default: the installed package)")
    ap.add_argument("--timeout", type=int, default=600)
    args = ap.parse_args()
    commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], capture_output=True, text=True).stdout.strip()
    print(f"{dt.datetime.now(dt.UTC):%Y-%m-%d %H:%M} UTC, commit {commit or '?'}, {platform.processor() or platform.machine()}"
          f" {os.cpu_count()} cores, Python {platform.python_version()}, load average {os.getloadavg()[0]:.1f}",
          flush=True)
    for by in args.by or ["facility,month"]:
        if args.baseline_src:
            print(f"baseline  {args.metric} by {by}: {measure(args.home, args.metric, by, args.baseline_src, args.timeout)}",
                  flush=True)
        print(f"now       {args.metric} by {by}: {measure(args.home, args.metric, by, args.src, args.timeout)}",
              flush=True)


if __name__ == "__main__":
    main()

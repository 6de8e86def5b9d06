"""Benchmark the policy registry: parsing the DHS PDF, and answering `sanctuary_counts` / `policies` warm.

    .venv/bin/python bench/bench_policies.py [--home DIR] [--runs 10]

Without --home it builds the policy sources from the mirror into a scratch home first (not timed).
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
MIRROR = Path(os.environ.get("ICE_LEDGER_MIRROR") or REPO.parent / "shared" / "data")
SOURCES = ["policy_definitions", "dhs_sanctuary_2025", "ice_287g_2025", "wapo_287g_history", "npr_detainers_fy15"]


def median_seconds(func: Callable[[], object], runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        func()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--home", type=Path)
    ap.add_argument("--runs", type=int, default=10)
    args = ap.parse_args()
    from ice_ledger import api, policies
    from ice_ledger.sources import dhs_sanctuary_2025 as dhs

    home = args.home
    if home is None:
        home = Path(tempfile.mkdtemp(prefix="bench-policies-"))
        api.build(SOURCES, mirror=MIRROR, home=home, quiet=True)
    pdf = MIRROR / "dhs-sanctuary-list-2025" / dhs.PDF
    day = dt.date(2025, 6, 1)
    results = {
        "dhs_pdf_extract_and_parse": median_seconds(lambda: dhs.parse_pages(dhs.extract_pages(pdf)), args.runs),
        "sanctuary_counts_all_definitions": median_seconds(lambda: policies.sanctuary_counts(day, home=home), args.runs),
        "policies_287g_as_of": median_seconds(lambda: policies.policies("287g", day, home=home), args.runs),
    }
    for name, seconds in results.items():
        print(f"{name}: median {seconds * 1000:.0f} ms over {args.runs} runs")


if __name__ == "__main__":
    main()

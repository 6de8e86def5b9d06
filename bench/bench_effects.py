"""Benchmark the effect estimators on a simulated panel the size of the 287(g) × sheriff-crime application
(about 1,500 units × 6 years), and the wild cluster bootstrap's cost per draw.

    .venv/bin/python bench/bench_effects.py [--units 1500] [--runs 3]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
import warnings
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "tests" / "effects"))

from did_simulate import staggered_panel  # noqa: E402

from ice_ledger.effects.did import estimate  # noqa: E402


def timed(runs: int, **kwargs: object) -> float:
    panel = kwargs.pop("panel")
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        estimate(panel, "unit", "year", "y", "first_treated", **kwargs)  # type: ignore[arg-type]
        times.append(time.perf_counter() - t0)
    return statistics.median(times)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--units", type=int, default=1500)
    ap.add_argument("--runs", type=int, default=3)
    args = ap.parse_args()
    warnings.simplefilter("ignore")
    panel = staggered_panel(1, units=args.units, years=(2013, 2019), effect="dynamic",
                            cohorts={2016.0: 0.02, 2017.0: 0.02, 2018.0: 0.02, 2019.0: 0.03, float("nan"): 0.91})
    panel = panel[panel.year != 2016]
    print(f"panel: {len(panel):,} unit-periods, {args.units:,} units")
    for method in ("did2s", "sunab", "twfe"):
        base = timed(args.runs, panel=panel, method=method, bootstrap=0)
        boot = timed(args.runs, panel=panel, method=method, bootstrap=999)
        print(f"{method:6s} estimate {base:6.2f} s; with 999 bootstrap draws {boot:6.2f} s "
              f"({(boot - base) / 999 * 1000:.2f} ms/draw)")


if __name__ == "__main__":
    main()

"""Bias and 95% CI coverage of every estimator over replications of a simulated panel with known effects.

    .venv/bin/python bench/coverage_effects.py [--reps 200] [--units 200] [--seed 0]

Each replication draws a staggered panel (three cohorts and never-treated units, 12 years, effects that grow
with time since adoption: the case where TWFE is biased) from tests/effects/did_simulate.py. The truth is the
replication's own average effect over treated unit-periods, which every method's overall ATT targets on a
balanced panel. Prints a Markdown table (docs/effects.md holds the last run): bias, RMSE, coverage of the 95%
CI, mean SE over the SD of the estimates, and how often each pre-trend test rejects at 5% (no pre-trend is
simulated, so that is its size).
"""

from __future__ import annotations

import argparse
import sys
import time
import warnings
from pathlib import Path
from typing import Any

import numpy as np

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "tests" / "effects"))

from did_simulate import staggered_panel  # noqa: E402

from ice_ledger.effects.did import estimate  # noqa: E402

VARIANTS: dict[str, dict[str, Any]] = {
    "did2s": {"method": "did2s"},
    "cs (never treated)": {"method": "cs"},
    "cs (not yet treated)": {"method": "cs", "control": "notyet"},
    "cs (cohort shares fixed)": {"method": "cs", "share_uncertainty": False},
    "sunab": {"method": "sunab"},
    "twfe": {"method": "twfe"},
}


def replicate(reps: int, units: int, seed: int, variants: dict[str, dict[str, Any]]) -> dict[str, dict[str, float]]:
    """Per variant: bias, rmse, coverage, se_ratio, pretrend size (event-study F), imputation test size."""
    rows: dict[str, list[tuple[float, float, float, float, float | None, float | None]]] = {v: [] for v in variants}
    for r in range(reps):
        df = staggered_panel(seed + r, units=units, effect="dynamic")
        treated = df["first_treated"].notna() & (df["year"] >= df["first_treated"])
        truth = float(df.loc[treated, "true_effect"].mean())
        for name, kw in variants.items():
            res = estimate(df, "unit", "year", "y", "first_treated", bootstrap=0, **kw)
            rows[name].append((res.att - truth, res.se, res.ci_low - truth, res.ci_high - truth, res.pretrend_p,
                               res.imputation_pretrend_p))
    out = {}
    for name, vals in rows.items():
        a = np.array([v[:4] for v in vals])
        pre = [v[4] for v in vals if v[4] is not None]
        imp = [v[5] for v in vals if v[5] is not None]
        out[name] = {"bias": float(a[:, 0].mean()), "rmse": float(np.sqrt((a[:, 0] ** 2).mean())),
                     "coverage": float(((a[:, 2] <= 0) & (a[:, 3] >= 0)).mean()),
                     "se_ratio": float(a[:, 1].mean() / a[:, 0].std(ddof=1)),
                     "pretrend_size": float(np.mean(np.array(pre) < 0.05)) if pre else float("nan"),
                     "imputation_size": float(np.mean(np.array(imp) < 0.05)) if imp else float("nan")}
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--reps", type=int, default=200)
    ap.add_argument("--units", type=int, default=200)
    ap.add_argument("--seed", type=int, default=0)
    args = ap.parse_args()
    warnings.simplefilter("ignore")
    t0 = time.perf_counter()
    res = replicate(args.reps, args.units, args.seed, VARIANTS)
    print(f"{args.reps} replications, {args.units} units x 12 years, dynamic heterogeneous effects "
          f"({time.perf_counter() - t0:.0f} s)\n")
    print("| estimator | bias | RMSE | 95% CI coverage | mean SE / SD | event-study pre-trend test size "
          "| imputation pre-trend test size |")
    print("|---|---:|---:|---:|---:|---:|---:|")
    for name, m in res.items():
        print(f"| {name} | {m['bias']:+.3f} | {m['rmse']:.3f} | {m['coverage']:.1%} | {m['se_ratio']:.2f} "
              f"| {m['pretrend_size']:.1%} | {m['imputation_size']:.1%} |")


if __name__ == "__main__":
    main()

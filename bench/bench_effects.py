"""Benchmark the staggered DiD estimators against csdid and differences on the same simulated panels.

    .venv/bin/python bench/bench_effects.py                       # 1k, 10k, 100k units x 10 periods
    .venv/bin/python bench/bench_effects.py --units 100000        # one size
    .venv/bin/python bench/bench_effects.py --units 10000 --runs 1 --draws 999

Each (task, size) runs in a fresh child process, so its peak RSS (ru_maxrss) is its own; "panel MB" is the
child's peak after building the panel and before estimating, so the estimator's own peak is the difference.
Times are the median of --runs runs in that child. The csdid column is the baseline of every ratio; the
ATT(g,t) of method "cs" and of csdid are compared cell by cell in the same run.

Tasks: ice did2s = `estimate(method="did2s")` with everything it reports (TWFE beside it, negative weights,
event study, both pre-trend tests, sup-t band); ice cs = the same with method "cs"; cs core = group-time ATTs
and the simple aggregation only (what csdid's fit + aggte compute); csdid = ATTgt.fit(bstrap=False) +
aggte("simple"); differences = ATTgt.fit(never_treated) + aggregate("simple"); pyfixest did2s (the previous
implementation, 1k units only: it needs ~4 GB at 4k units); did2s + 999 draws = the wild cluster bootstrap.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import json
import resource
import statistics
import subprocess
import sys
import time
import warnings
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "tests" / "effects"))

TASKS = ("ice did2s", "ice cs", "cs core", "csdid", "differences", "pyfixest did2s", "did2s + 999 draws")
TIMEOUT = 900


def panel(units: int, periods: int) -> Any:
    import numpy as np
    from did_simulate import staggered_panel

    first = 2000
    cohorts = {float(first + 3): 0.2, float(first + 5): 0.2, float(first + 7): 0.2, np.nan: 0.4}
    df = staggered_panel(1, units=units, years=(first, first + periods - 1), cohorts=cohorts, effect="dynamic")
    df["id"] = np.repeat(np.arange(units), periods)
    return df


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def run_task(task: str, units: int, periods: int, runs: int, draws: int) -> dict[str, Any]:
    """One task in this (child) process: median seconds, peak MB, and ATT(g,t) where the task has them."""
    warnings.simplefilter("ignore")
    out: dict[str, Any] = {}

    def once(df: Any) -> None:
        if task in ("ice did2s", "ice cs", "did2s + 999 draws"):
            from ice_ledger.effects.did import estimate

            method = "cs" if task == "ice cs" else "did2s"
            r = estimate(df, "unit", "year", "y", "first_treated", method=method,
                         bootstrap=draws if task.endswith("draws") else 0)
            out["att"] = r.att
        elif task == "cs core":
            from ice_ledger.effects import cs
            from ice_ledger.effects.panel import prepare

            gt = cs.group_time(prepare(df, "unit", "year", "y", "first_treated").data)
            out["att"] = cs.aggregate(gt, "simple")[1]
            out["attgt"] = gt.cells[["group", "period", "estimate"]].to_numpy().tolist()
        elif task == "csdid":
            from csdid.att_gt import ATTgt

            d = df.assign(g=df["first_treated"].fillna(0))
            with contextlib.redirect_stdout(io.StringIO()):
                fit = ATTgt(yname="y", tname="year", idname="id", gname="g", data=d,
                            control_group="nevertreated").fit(est_method="dr", bstrap=False)
                fit.aggte(typec="simple", bstrap=False)
            out["att"] = float(fit.atte["overall_att"])
            res = fit.results
            out["attgt"] = [[g, t, a] for g, t, a in zip(res["group"], res["year"], res["att"], strict=True)]
        elif task == "differences":
            from differences import ATTgt as DiffATTgt

            d = df.assign(cohort=df["first_treated"]).set_index(["id", "year"])
            att = DiffATTgt(data=d, cohort_column="cohort")
            att.fit("y", control_group="never_treated", progress_bar=False)
            out["att"] = float(att.aggregate("simple").iloc[0, 0])
        elif task == "pyfixest did2s":
            import pyfixest as pf

            d = df.assign(treat=(df["year"] >= df["first_treated"]).astype(int), post=0.0)
            d["post"] = d["treat"].astype(float)
            fit = pf.did2s(d, yname="y", first_stage="~ 0 | unit + year", second_stage="~ post", treatment="treat",
                           cluster="unit")
            out["att"] = float(fit.coef().iloc[0])
        else:
            raise SystemExit(f"unknown task {task!r}")

    once(panel(200, periods))  # imports and JIT compilation (pyfixest's numba) are not part of the timing
    df = panel(units, periods)
    base = peak_mb()
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        once(df)
        times.append(time.perf_counter() - t0)
    return {"seconds": statistics.median(times), "peak_mb": peak_mb(), "panel_mb": base, **out}


def child(task: str, units: int, periods: int, runs: int, draws: int) -> dict[str, Any]:
    cmd = [sys.executable, __file__, "--child", task, "--units", str(units), "--periods", str(periods),
           "--runs", str(runs), "--draws", str(draws)]
    try:
        done = subprocess.run(cmd, capture_output=True, text=True, timeout=TIMEOUT)
    except subprocess.TimeoutExpired:
        return {"error": f"timed out after {TIMEOUT} s"}
    if done.returncode != 0:
        return {"error": (done.stderr.strip().splitlines() or ["failed"])[-1][:120]}
    return json.loads(done.stdout.strip().splitlines()[-1])


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--units", type=int, nargs="+", default=[1000, 10_000, 100_000])
    ap.add_argument("--periods", type=int, default=10)
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--draws", type=int, default=999)
    ap.add_argument("--child", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child:
        print(json.dumps(run_task(args.child, args.units[0], args.periods, args.runs, args.draws), default=float))
        return
    from rich.console import Console
    from rich.table import Table

    console = Console()
    for units in args.units:
        table = Table(title=f"{units:,} units x {args.periods} periods ({units * args.periods:,} rows), "
                            f"median of {args.runs}")
        for col in ("task", "seconds", "x csdid time", "peak MB", "panel MB", "ATT"):
            table.add_column(col, justify="left" if col == "task" else "right")
        results: dict[str, dict[str, Any]] = {}
        with console.status(f"{units:,} units") as status:
            for task in TASKS:
                if task == "pyfixest did2s" and units > 1000:
                    continue
                if task == "did2s + 999 draws" and units != 10_000 and len(args.units) > 1:
                    continue
                status.update(f"{units:,} units: {task}")
                runs = 1 if task in ("pyfixest did2s", "did2s + 999 draws", "differences") else args.runs
                results[task] = child(task, units, args.periods, runs, args.draws)
        ref = results.get("csdid", {}).get("seconds")
        for task, r in results.items():
            if "error" in r:
                table.add_row(task, r["error"], "", "", "", "")
                continue
            ratio = f"{r['seconds'] / ref:.3f}" if ref else ""
            table.add_row(task, f"{r['seconds']:.3f}", ratio, f"{r['peak_mb']:.0f}", f"{r['panel_mb']:.0f}",
                          f"{r['att']:.6f}")
        console.print(table)
        ours, theirs = results.get("cs core", {}).get("attgt"), results.get("csdid", {}).get("attgt")
        if ours and theirs:
            mine = {(int(g), int(t)): a for g, t, a in ours}
            common = [(int(g), int(t), a) for g, t, a in theirs if (int(g), int(t)) in mine]
            diff = max(abs(mine[(g, t)] - a) for g, t, a in common)
            console.print(f"ATT(g,t): {len(common)} cells in common with csdid; max |difference| = {diff:.2e}")
        if "did2s + 999 draws" in results and "ice did2s" in results and "error" not in results["did2s + 999 draws"]:
            extra = results["did2s + 999 draws"]["seconds"] - results["ice did2s"]["seconds"]
            console.print(f"999 wild cluster bootstrap draws (did2s): {extra:.2f} s beyond the estimate")


if __name__ == "__main__":
    main()

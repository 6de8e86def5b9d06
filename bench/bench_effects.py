"""Benchmark the staggered DiD estimators against csdid and differences on the same simulated panels.

    .venv/bin/python bench/bench_effects.py                       # 1k, 10k, 100k units x 10 periods
    .venv/bin/python bench/bench_effects.py --units 100000        # one size
    .venv/bin/python bench/bench_effects.py --units 10000 --runs 1 --draws 999
    .venv/bin/python bench/bench_effects.py --units 100000 --compare-src /work/main/src   # main's code beside

Each (task, size, round) runs in a fresh child process, so its peak RSS (ru_maxrss) is its own; "panel MB" is
the child's peak after building the panel and before estimating, so the estimator's own peak is the difference.
The tasks of one size run in --runs interleaved rounds (every task once per round), so a change in the shared
machine's load hits every task alike; the time is the median over rounds. The csdid row is the baseline of every
ratio ("faster" = csdid's seconds / the task's seconds, higher is faster); the ATT(g,t) of "cs core" and of
csdid are compared cell by cell in the same run. Every child runs with --blas-threads BLAS threads (default 1,
csdid included): on a 2-core machine shared with other jobs, OpenBLAS's spinning threads only add contention.

Tasks, each timed from the raw panel (so the panel checks are inside every ice-ledger time):
- ice did2s / ice cs: the whole `estimate()` call with everything it reports (TWFE beside it, negative weights,
  event study, both pre-trend tests, sup-t band, aggregations);
- did2s core: the did2s point estimate and its GMM cluster-robust SE (what pyfixest's did2s computes);
- cs core: group-time ATTs, their influence functions, the simple aggregation and its SE (what csdid's
  fit + aggte compute); both cores run inside effects.memory.small_pages, as estimate() runs them;
- csdid = ATTgt.fit(bstrap=False) + aggte("simple"); differences = ATTgt.fit(never_treated) +
  aggregate("simple"); pyfixest did2s (the previous implementation, 1k units only: ~4 GB at 4k units);
- did2s + 999 draws = `estimate(method="did2s", bootstrap=999)` (the wild cluster bootstrap), at 10k units.

"CPU s" is the timed call's user + system CPU time in its child (getrusage; median over rounds), and "faster (CPU)"
csdid's CPU seconds over the task's: on a shared machine the wall time of a 0.02-0.3 s call depends on whether
another job held a core at that moment, its CPU time much less so (every child runs one BLAS thread).

--compare-src DIR adds each ice-ledger task again as "TASK @ base", run with DIR (another checkout's src/, e.g.
main's) first on PYTHONPATH, in the same interleaved rounds: a before/after under the same load. --ids int gives
ice-ledger the panel's integer unit ids (the ones csdid gets) instead of the text ids ("u000123").
"""

from __future__ import annotations

import argparse
import contextlib
import io
import json
import os
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

TASKS = ("ice did2s", "did2s core", "ice cs", "cs core", "csdid", "differences", "pyfixest did2s",
         "did2s + 999 draws")
ICE_TASKS = ("ice did2s", "did2s core", "ice cs", "cs core")
BASE = " @ base"
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


def small_pages() -> Any:
    try:
        from ice_ledger.effects.memory import small_pages as pages
    except ImportError:  # a checkout from before effects/memory.py (--compare-src)
        return contextlib.nullcontext()
    return pages()


def core(task: str, df: Any, unit: str) -> dict[str, Any]:
    """The estimator alone: did2s's ATT and GMM SE, or Callaway–Sant'Anna's ATT(g,t) and simple ATT with SE."""
    from ice_ledger.effects.panel import prepare

    data = prepare(df, unit, "year", "y", "first_treated").data
    if task == "did2s core":
        import numpy as np

        from ice_ledger.effects.did2s import did2s_indicators
        from ice_ledger.effects.fe import Shared

        sh = Shared(data, [])
        fit = did2s_indicators(np.where(sh.d == 1, 0, -1), 1, sh.d == 1, sh.fe(untreated=True), sh.cid,
                               sh.first_resid())
        return {"att": float(fit.beta[0]), "se": float(fit.vcov[0, 0] ** 0.5)}
    from ice_ledger.effects import cs

    gt = cs.group_time(data)
    _, att, inf = cs.aggregate(gt, "simple")
    return {"att": att, "se": float(gt.se(inf[:, None])[0]),
            "attgt": gt.cells[["group", "period", "estimate"]].to_numpy().tolist()}


def run_task(task: str, units: int, periods: int, runs: int, draws: int, ids: str = "text") -> dict[str, Any]:
    """One task in this (child) process: median seconds, peak MB, and ATT(g,t) where the task has them."""
    warnings.simplefilter("ignore")
    out: dict[str, Any] = {}
    task = task.removesuffix(BASE)
    unit = "id" if ids == "int" else "unit"

    def once(df: Any) -> None:
        if task in ("ice did2s", "ice cs", "did2s + 999 draws"):
            from ice_ledger.effects.did import estimate

            method = "cs" if task == "ice cs" else "did2s"
            r = estimate(df, unit, "year", "y", "first_treated", method=method,
                         bootstrap=draws if task.endswith("draws") else 0)
            out["att"] = r.att
        elif task in ("did2s core", "cs core"):
            with small_pages():  # as estimate() runs them (effects/memory.py; a no-op in code without it)
                out.update(core(task, df, unit))
        elif task == "csdid":
            from csdid.att_gt import ATTgt

            d = df.assign(g=df["first_treated"].fillna(0))
            with contextlib.redirect_stdout(io.StringIO()):
                fit = ATTgt(yname="y", tname="year", idname="id", gname="g", data=d,
                            control_group="nevertreated").fit(est_method="dr", bstrap=False)
                fit.aggte(typec="simple", bstrap=False)
            out["att"], out["se"] = float(fit.atte["overall_att"]), float(fit.atte["overall_se"])
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
    times, cpu = [], []
    for _ in range(runs):
        r0, t0 = resource.getrusage(resource.RUSAGE_SELF), time.perf_counter()
        once(df)
        times.append(time.perf_counter() - t0)
        r1 = resource.getrusage(resource.RUSAGE_SELF)
        cpu.append(r1.ru_utime - r0.ru_utime + r1.ru_stime - r0.ru_stime)
    return {"seconds": statistics.median(times), "cpu_seconds": statistics.median(cpu), "peak_mb": peak_mb(),
            "panel_mb": base, **out}


def child(task: str, units: int, periods: int, runs: int, draws: int, threads: int, ids: str = "text",
          base_src: str | None = None) -> dict[str, Any]:
    cmd = [sys.executable, __file__, "--child", task, "--units", str(units), "--periods", str(periods),
           "--runs", str(runs), "--draws", str(draws), "--ids", ids]
    n = str(threads)
    env = {**os.environ, **({"OPENBLAS_NUM_THREADS": n, "OMP_NUM_THREADS": n, "MKL_NUM_THREADS": n}
                            if threads > 0 else {})}
    if task.endswith(BASE) and base_src:
        env["PYTHONPATH"] = os.pathsep.join([base_src, env.get("PYTHONPATH", "")]).rstrip(os.pathsep)
    try:
        done = subprocess.run(cmd, capture_output=True, text=True, timeout=TIMEOUT, env=env)
    except subprocess.TimeoutExpired:
        return {"error": f"timed out after {TIMEOUT} s"}
    if done.returncode != 0:
        return {"error": (done.stderr.strip().splitlines() or ["failed"])[-1][:120]}
    return json.loads(done.stdout.strip().splitlines()[-1])


def combine(rounds: list[dict[str, Any]]) -> dict[str, Any]:
    """Median seconds over the rounds, the largest peak, the rest from the first round."""
    ok = [r for r in rounds if "error" not in r]
    if not ok:
        return rounds[0]
    return {**ok[0], "seconds": statistics.median(r["seconds"] for r in ok), "rounds": len(ok),
            "cpu_seconds": statistics.median(r.get("cpu_seconds", float("nan")) for r in ok),
            "peak_mb": max(r["peak_mb"] for r in ok), "panel_mb": max(r["panel_mb"] for r in ok)}


def git_commit() -> str:
    done = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=REPO, capture_output=True, text=True)
    dirty = subprocess.run(["git", "status", "--porcelain", "--untracked-files=no"], cwd=REPO,
                           capture_output=True, text=True).stdout.strip()
    return done.stdout.strip() + (" (with uncommitted changes)" if dirty else "")


def base_commit(src: str) -> str:
    done = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=src, capture_output=True, text=True)
    return done.stdout.strip() or "not a git checkout"


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--units", type=int, nargs="+", default=[1000, 10_000, 100_000])
    ap.add_argument("--periods", type=int, default=10)
    ap.add_argument("--runs", type=int, default=3, help="interleaved rounds (the time is their median)")
    ap.add_argument("--draws", type=int, default=999)
    ap.add_argument("--blas-threads", type=int, default=1, help="0: the libraries' default")
    ap.add_argument("--tasks", nargs="+", choices=TASKS, default=list(TASKS))
    ap.add_argument("--ids", choices=("text", "int"), default="text",
                    help="unit ids given to ice-ledger: text ('u000123', default) or the integers csdid gets")
    ap.add_argument("--compare-src", help="also run the ice-ledger tasks with this src/ first on PYTHONPATH")
    ap.add_argument("--child", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child:
        print(json.dumps(run_task(args.child, args.units[0], args.periods, args.runs, args.draws, args.ids),
                         default=float))
        return
    if args.compare_src:
        args.tasks += [t + BASE for t in args.tasks if t in ICE_TASKS]
    from rich.console import Console
    from rich.table import Table

    console = Console(width=150)
    console.print(f"commit {git_commit()}; {os.cpu_count()} cores; BLAS threads {args.blas_threads}; "
                  f"load average at start {os.getloadavg()[0]:.1f} {os.getloadavg()[1]:.1f} "
                  f"{os.getloadavg()[2]:.1f}; {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}; unit ids "
                  f"{args.ids}" + (f"; '@ base' = {args.compare_src} ({base_commit(args.compare_src)})"
                                   if args.compare_src else ""))
    for units in args.units:
        table = Table(title=f"{units:,} units x {args.periods} periods ({units * args.periods:,} rows), "
                            f"median of {args.runs} interleaved rounds")
        for col in ("task", "seconds", "x csdid time", "faster than csdid", "CPU s", "faster (CPU)", "peak MB",
                    "panel MB", "ATT", "SE"):
            table.add_column(col, justify="left" if col == "task" else "right")
        tasks = [t for t in args.tasks
                 if not (t == "pyfixest did2s" and units > 1000)
                 and not (t == "did2s + 999 draws" and units != 10_000 and len(args.units) > 1)]
        rounds: dict[str, list[dict[str, Any]]] = {t: [] for t in tasks}
        loads = []
        with console.status(f"{units:,} units") as status:
            for r in range(args.runs):
                for task in tasks:
                    if task in ("pyfixest did2s", "did2s + 999 draws", "differences") and r > 0:
                        continue  # slow references and the bootstrap: one round
                    status.update(f"{units:,} units, round {r + 1}/{args.runs}: {task}")
                    rounds[task].append(child(task, units, args.periods, 1, args.draws, args.blas_threads,
                                              args.ids, args.compare_src))
                    loads.append(os.getloadavg()[0])
        results = {t: combine(rs) for t, rs in rounds.items()}
        ref = results.get("csdid", {}).get("seconds")
        ref_cpu = results.get("csdid", {}).get("cpu_seconds")
        for task, res in results.items():
            if "error" in res:
                table.add_row(task, res["error"], "", "", "", "", "", "", "", "")
                continue
            ratio = f"{res['seconds'] / ref:.3f}" if ref else ""
            faster = f"{ref / res['seconds']:.1f}x" if ref else ""
            faster_cpu = f"{ref_cpu / res['cpu_seconds']:.1f}x" if ref_cpu and res["cpu_seconds"] > 0 else ""
            se = f"{res['se']:.6f}" if "se" in res else ""
            table.add_row(task, f"{res['seconds']:.3f}", ratio, faster, f"{res['cpu_seconds']:.3f}", faster_cpu,
                          f"{res['peak_mb']:.0f}", f"{res['panel_mb']:.0f}", f"{res['att']:.6f}", se)
        console.print(table)
        console.print(f"load average (1 min) during this size: {min(loads):.1f} to {max(loads):.1f}")
        ours, theirs = results.get("cs core", {}).get("attgt"), results.get("csdid", {}).get("attgt")
        if ours and theirs:
            mine = {(int(g), int(t)): a for g, t, a in ours}
            common = [(int(g), int(t), a) for g, t, a in theirs if (int(g), int(t)) in mine]
            diff = max(abs(mine[(g, t)] - a) for g, t, a in common)
            console.print(f"ATT(g,t): {len(common)} cells in common with csdid; max |difference| = {diff:.2e}")
        boot, est = results.get("did2s + 999 draws", {}), results.get("ice did2s", {})
        if "seconds" in boot and "seconds" in est:
            console.print(f"999 wild cluster bootstrap draws (did2s): {boot['seconds']:.2f} s in all, "
                          f"{boot['seconds'] - est['seconds']:.2f} s beyond the estimate")


if __name__ == "__main__":
    main()

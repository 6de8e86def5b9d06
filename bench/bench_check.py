"""Benchmark the claim checker: a 1,500-word article, warm (median of repeated checks in one process) and
cold (the CLI's first answer in a new process); then linearity: warm checks of 10k, 50k and 200k characters of
the same kind of text, each as time per character over the 10k run's (1.0 everywhere = linear; a ratio growing
with the length = worse than linear, e.g. about 20x at 200k for quadratic work).

    .venv/bin/python bench/bench_check.py [--home DIR] [--runs 15] [--sizes 10000,50000,200000] [--no-cold]

Without --home it builds the sources the checker reads (official figures and the sanctuary lists) from the
mirror into a scratch home. Targets (issues 5 and 12): warm median < 1 s; cold CLI < 5 s.
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
MIRROR = Path(os.environ.get("ICE_LEDGER_MIRROR") or REPO.parent / "shared" / "data")
SOURCES = ["ice_official_figures", "policy_definitions", "dhs_sanctuary_2025", "ice_287g_2025",
           "wapo_287g_history", "npr_detainers_fy15"]


def article(words: int = 1500) -> str:
    """The example op-ed plus the labelled coverage sentences, repeated to `words` words."""
    parts = [(MIRROR.parent / "reference" / "example_article.txt").read_text(encoding="utf-8"),
             (REPO / "tests" / "claims" / "articles" / "coverage.txt").read_text(encoding="utf-8")]
    text, out = "\n\n".join(parts).split(), []
    while len(out) < words:
        out.extend(text)
    body = " ".join(out[:words])
    return body.replace(". ", ".\n\n", 40)


def of_length(chars: int) -> str:
    """`chars` characters of the benchmark article's text, repeated, cut at a paragraph's end where one is near."""
    base = article()
    text = (base + "\n\n") * (chars // len(base) + 1)
    cut = text.rfind("\n\n", 0, chars)
    return text[:cut] if cut > chars * 0.95 else text[:chars]


def linearity(home: Path, sizes: list[int], runs: int) -> None:
    """Warm check time per character at each size, as a ratio to the smallest size's (measured in this run).

    CPU time (this process's) is the measure that holds on a shared machine; wall time is shown beside it.
    """
    from ice_ledger.claims.check import check_text

    rows = []
    for size in sizes:
        text = of_length(size)
        wall, cpu = [], []
        claims = 0
        for _ in range(runs):
            t0, c0 = time.perf_counter(), time.process_time()
            claims = len(check_text(text, home=home).claims)
            wall.append(time.perf_counter() - t0)
            cpu.append(time.process_time() - c0)
        rows.append((len(text), claims, statistics.median(wall), statistics.median(cpu)))
    base_chars, _, base_wall, base_cpu = rows[0]
    print(f"linearity (warm, median of {runs}; ratio = time per character / the {base_chars:,}-character run's):")
    for chars, claims, wall_s, cpu_s in rows:
        print(f"  {chars:>8,} chars  {claims:>5,} claims  CPU {cpu_s:7.3f} s ({cpu_s / chars * 1e6:5.1f} µs/char, "
              f"ratio {(cpu_s / chars) / (base_cpu / base_chars):.2f})  wall {wall_s:7.3f} s "
              f"(ratio {(wall_s / chars) / (base_wall / base_chars):.2f})")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--home", type=Path)
    ap.add_argument("--runs", type=int, default=15)
    ap.add_argument("--sizes", default="10000,50000,200000", help="character counts for the linearity check")
    ap.add_argument("--size-runs", type=int, default=3, help="checks per size (the median is reported)")
    ap.add_argument("--no-cold", action="store_true", help="skip the cold CLI runs")
    args = ap.parse_args()
    home = args.home
    if home is None:
        home = Path(tempfile.mkdtemp(prefix="ice-ledger-bench-claims-"))
        from ice_ledger import api

        api.build(SOURCES, mirror=MIRROR, home=home, quiet=True)
    text = article()
    path = Path(tempfile.mkdtemp()) / "article.txt"
    path.write_text(text, encoding="utf-8")

    from ice_ledger.claims.check import check_text

    t0 = time.perf_counter()
    first = check_text(text, home=home)
    first_s = time.perf_counter() - t0
    warm, warm_cpu = [], []
    for _ in range(args.runs):
        t0, c0 = time.perf_counter(), time.process_time()
        check_text(text, home=home)
        warm.append(time.perf_counter() - t0)
        warm_cpu.append(time.process_time() - c0)
    cold: list[float] = []
    cold_cpu: list[float] = []
    for _ in range(0 if args.no_cold else 3):
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        t0 = time.perf_counter()
        subprocess.run([sys.executable, "-m", "ice_ledger", "check", str(path), "--format", "json", "--home",
                        str(home)], check=True, capture_output=True)
        cold.append(time.perf_counter() - t0)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cold_cpu.append(after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime)
    print(f"article: {len(text.split()):,} words, {len(first.claims)} claims")
    print(f"first check in process (loads evidence): {first_s:.3f} s")
    print(f"warm: median {statistics.median(warm):.3f} s, min {min(warm):.3f} s, max {max(warm):.3f} s "
          f"over {args.runs} runs (target < 1 s); CPU median {statistics.median(warm_cpu):.3f} s")
    if cold:
        print(f"cold CLI (new process, JSON out): median {statistics.median(cold):.2f} s, "
              f"runs {', '.join(f'{c:.2f}' for c in cold)} (target < 5 s); CPU time median "
              f"{statistics.median(cold_cpu):.2f} s")
    linearity(home, [int(x) for x in args.sizes.split(",")], args.size_runs)
    print(f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores at the end")


if __name__ == "__main__":
    main()

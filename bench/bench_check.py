"""Benchmark the claim checker: a 1,500-word article, warm (median of repeated checks in one process) and
cold (the CLI's first answer in a new process).

    .venv/bin/python bench/bench_check.py [--home DIR] [--runs 15]

Without --home it builds the sources the checker reads (official figures and the sanctuary lists) from the
mirror into a scratch home. Targets (issue 5): warm median < 1 s; cold CLI < 5 s.
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


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--home", type=Path)
    ap.add_argument("--runs", type=int, default=15)
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
    warm = []
    for _ in range(args.runs):
        t0 = time.perf_counter()
        check_text(text, home=home)
        warm.append(time.perf_counter() - t0)
    cold, cold_cpu = [], []
    for _ in range(3):
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
          f"over {args.runs} runs (target < 1 s)")
    print(f"cold CLI (new process, JSON out): median {statistics.median(cold):.2f} s, "
          f"runs {', '.join(f'{c:.2f}' for c in cold)} (target < 5 s); CPU time median "
          f"{statistics.median(cold_cpu):.2f} s; load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")


if __name__ == "__main__":
    main()

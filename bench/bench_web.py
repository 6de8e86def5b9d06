"""Benchmark the web app: median latency of the main pages and JSON endpoints through a real server process.

    .venv/bin/python bench/bench_web.py [--home DIR] [--runs 5]

Without --home it builds every source from the mirror into a scratch home first (about two minutes).
"""

from __future__ import annotations

import argparse
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx

REPO = Path(__file__).resolve().parents[1]
MIRROR = Path(os.environ.get("ICE_LEDGER_MIRROR") or REPO.parent / "shared" / "data")
PATHS = ["/api/tables", "/api/tables/detainers?limit=50", "/api/tables/detainers?limit=50&offset=5000",
         "/api/metrics/detainers_issued?by=fiscal_year", "/api/metrics/detainers_declined?by=fiscal_year&by=state",
         "/", "/tables/detainers", "/metrics/detainers_issued", "/api/places?q=Travis%20County,%20TX",
         "/api/sanctuaries?as_of=2025-06-01"]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--home", type=Path)
    ap.add_argument("--runs", type=int, default=5)
    args = ap.parse_args()
    home = args.home
    if home is None:
        home = Path(tempfile.mkdtemp(prefix="bench-web-"))
        subprocess.run([sys.executable, "-m", "ice_ledger", "build", "--mirror", str(MIRROR), "--home", str(home),
                        "-q"], check=True, stdout=subprocess.DEVNULL)
    port = free_port()
    started = time.perf_counter()
    proc = subprocess.Popen([sys.executable, "-m", "ice_ledger", "serve", "--port", str(port), "--home", str(home)],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    base = f"http://127.0.0.1:{port}"
    try:
        with httpx.Client(base_url=base, timeout=120) as c:
            while True:
                try:
                    c.get("/api/tables")
                    break
                except httpx.TransportError:
                    time.sleep(0.1)
            print(f"server ready after {time.perf_counter() - started:.1f} s")
            rid = c.get("/api/tables/official_figures?limit=1").json()["rows"][0]["row_id"]
            for path in [*PATHS, f"/api/trace/official_figures/{rid}", f"/trace/official_figures/{rid}"]:
                c.get(path)  # warm
                times = []
                for _ in range(args.runs):
                    t = time.perf_counter()
                    status = c.get(path).status_code
                    times.append(time.perf_counter() - t)
                print(f"{status}  median {statistics.median(times) * 1000:6.0f} ms  {path}")
    finally:
        proc.terminate()
        proc.wait(timeout=10)


if __name__ == "__main__":
    main()

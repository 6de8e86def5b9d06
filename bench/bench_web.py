"""Benchmark the web app: median latency of the main pages and JSON endpoints through a real server process.

    .venv/bin/python bench/bench_web.py [--home DIR] [--runs 5]
    .venv/bin/python bench/bench_web.py --home DIR --load [--baseline-src /work/main/src] [--requests 200]

Without --home it builds every source from the mirror into a scratch home first (about two minutes).
The map section times the county map pages (first request, which draws the map, then the median warm request)
and their HTML size, as a ratio to the same metric page by fiscal year (a chart, no map) in the same run.
Targets (issue 15): county map page median warm < 300 ms, HTML < 1.5 MB.
`--load` runs bounded request loops (a fixed number of requests per endpoint) at 1, 8 and 32 connections on
loopback and prints p50/p99 latency, requests/s, errors and the server's peak memory; with --baseline-src the
same loops run first against a server started from that source tree (e.g. main's), in the same run.
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


MAP_BASELINE = "/metrics/detainers_declined?by=fiscal_year"
MAP_PAGES = ["/metrics/detainers_declined?by=county", "/metrics/detainers_declined?by=aor",
             "/sanctuaries?as_of=2025-06-01", "/sanctuaries?as_of=2019-06-30&map=287g"]


def _timed(c: httpx.Client, path: str, runs: int) -> tuple[float, float, int, int]:
    """(first request s, median warm s, status, body bytes)."""
    t = time.perf_counter()
    r = c.get(path)
    first = time.perf_counter() - t
    times = []
    for _ in range(runs):
        t = time.perf_counter()
        r = c.get(path)
        times.append(time.perf_counter() - t)
    return first, statistics.median(times), r.status_code, len(r.content)


def map_section(c: httpx.Client, runs: int) -> None:
    _, base, _, base_bytes = _timed(c, MAP_BASELINE, runs)
    print(f"map pages (baseline {MAP_BASELINE}: median {base * 1000:.0f} ms, {base_bytes:,} bytes)")
    for path in MAP_PAGES:
        first, warm, status, size = _timed(c, path, runs)
        print(f"{status}  first {first * 1000:6.0f} ms  median warm {warm * 1000:5.0f} ms ({warm / base:.2f}x)  "
              f"{size / 1e6:.2f} MB ({size / base_bytes:.1f}x)  {path}")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--home", type=Path)
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--maps-only", action="store_true", help="Only the map pages section.")
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
            map_section(c, args.runs)
            if args.maps_only:
                return
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


LOAD_PATHS = ["/api/metrics/detainers_declined?by=fiscal_year", "/api/tables/detainers?limit=50"]
CONNECTIONS = (1, 8, 32)


def start_server(home: Path, src: Path | None, extra: list[str]) -> tuple[subprocess.Popen[bytes], str]:
    port = free_port()
    env = {**os.environ, **({"PYTHONPATH": str(src)} if src else {})}
    proc = subprocess.Popen([sys.executable, "-m", "ice_ledger", "serve", "--port", str(port), "--home", str(home),
                             *extra], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        try:
            httpx.get(base + "/api/tables", timeout=5)
            return proc, base
        except httpx.TransportError:
            time.sleep(0.2)
    proc.kill()
    raise SystemExit("server did not start")


def peak_rss_mb(pid: int) -> float:
    """Peak resident memory of the server and its worker processes (VmHWM), in MB."""
    try:
        children = [int(p) for p in Path(f"/proc/{pid}/task/{pid}/children").read_text().split()]
    except OSError:
        children = []
    pids = [pid, *children]
    total = 0.0
    for p in pids:
        for line in Path(f"/proc/{p}/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                total += int(line.split()[1]) / 1024
    return total


async def _loop(base: str, path: str, connections: int, requests: int) -> tuple[list[float], int, float]:
    import asyncio

    latencies: list[float] = []
    errors = 0
    left = requests
    limits = httpx.Limits(max_connections=connections, max_keepalive_connections=connections)
    async with httpx.AsyncClient(base_url=base, timeout=120, limits=limits) as client:
        async def worker() -> None:
            nonlocal left, errors
            while left > 0:
                left -= 1
                t = time.perf_counter()
                try:
                    r = await client.get(path)
                    errors += r.status_code != 200
                except httpx.HTTPError:
                    errors += 1
                latencies.append(time.perf_counter() - t)

        began = time.perf_counter()
        await asyncio.gather(*(worker() for _ in range(connections)))
        return latencies, errors, time.perf_counter() - began


def load(home: Path, label: str, src: Path | None, extra: list[str], requests: int) -> None:
    import asyncio

    proc, base = start_server(home, src, extra)
    try:
        for path in LOAD_PATHS:
            httpx.get(base + path, timeout=120)  # warm
            for n in CONNECTIONS:
                lat, errors, wall = asyncio.run(_loop(base, path, n, requests))
                lat.sort()
                p50, p99 = lat[len(lat) // 2], lat[min(len(lat) - 1, int(len(lat) * 0.99))]
                print(f"{label:10s} {n:3d} conn  p50 {p50 * 1000:7.0f} ms  p99 {p99 * 1000:7.0f} ms  "
                      f"{len(lat) / wall:6.1f} req/s  errors {errors}  {path}", flush=True)
        print(f"{label:10s} server peak RSS {peak_rss_mb(proc.pid):.0f} MB", flush=True)
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


def load_main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--home", type=Path, required=True)
    ap.add_argument("--load", action="store_true")
    ap.add_argument("--baseline-src", type=Path)
    ap.add_argument("--requests", type=int, default=200)
    ap.add_argument("--workers", type=int, default=2)
    args = ap.parse_args()
    if args.baseline_src:
        load(args.home, "baseline", args.baseline_src, [], args.requests)
    load(args.home, "now", None, [], args.requests)
    if args.workers > 1:
        load(args.home, f"now x{args.workers}", None, ["--workers", str(args.workers)], args.requests)


if __name__ == "__main__":
    load_main() if "--load" in sys.argv else main()

"""Benchmark the web app: median latency of the main pages and JSON endpoints through a real server process.

    .venv/bin/python bench/bench_web.py [--home DIR] [--runs 5]
    .venv/bin/python bench/bench_web.py --home DIR --load [--baseline-src /work/main/src] [--requests 400] [--workers 2]

Without --home it builds every source from the mirror into a scratch home first (about two minutes).
The map section times the county map pages (first request, which draws the map, then the median warm request)
and their HTML size, as a ratio to the same metric page by fiscal year (a chart, no map) in the same run.
Targets (issue 15): county map page median warm < 300 ms, HTML < 1.5 MB.
`--load` runs bounded request loops (a fixed number of requests per endpoint) at 1, 8 and 32 connections on
loopback (cached metric and table JSON), then POST /api/check of a 1,500-word article at 1 and 8, and prints
p50/p99 latency, requests/s, errors, the server's CPU per request and its peak memory (server and worker
processes); with --baseline-src the same loops run first against a server started from that source tree (e.g.
main's, without uvloop/httptools, which main did not depend on), in the same run. The client is a raw
keep-alive HTTP/1.1 loop, far cheaper than the server (httpx would cost more CPU than a cached answer).
Targets (issue 17): cached JSON p99 < 50 ms at 32 connections; POST /api/check p99 < 2 s at 8.
`--soak SECONDS` runs mixed traffic (cheap pages, cached JSON, metric breakdowns with varying filters, claim
checks, 4xx) over --connections 8 after a warm-up, counts errors (a 5xx, a connection error or an unexpected
status) and samples the server's resident memory every 5 s (target: 0 errors, flat memory).

    .venv/bin/python bench/bench_web.py --home DIR --soak 600
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import importlib
import os
import random
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
CHECK_CONNECTIONS = (1, 8)
# main's dependencies had neither: the baseline server runs without them (these stand-ins fail their import)
PLAIN_SHIMS = {"uvloop": "raise ImportError('the baseline runs without uvloop')",
               "httptools": "raise ImportError('the baseline runs without httptools')"}


def start_server(home: Path, src: Path | None, extra: list[str], plain: bool = False,
                 env_extra: dict[str, str] | None = None) -> tuple[subprocess.Popen[bytes], str]:
    port = free_port()
    paths = [str(src)] if src else []
    if plain:
        shims = Path(tempfile.mkdtemp(prefix="bench-web-plain-"))
        for name, code in PLAIN_SHIMS.items():
            (shims / f"{name}.py").write_text(code + "\n")
        paths.insert(0, str(shims))
    env = {**os.environ, **({"PYTHONPATH": os.pathsep.join(paths)} if paths else {}), **(env_extra or {})}
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


def process_tree(pid: int) -> list[int]:
    """The server and every process under it (uvicorn workers, pool workers)."""
    pids, i = [pid], 0
    while i < len(pids):
        with contextlib.suppress(OSError):
            pids += [int(p) for p in Path(f"/proc/{pids[i]}/task/{pids[i]}/children").read_text().split()]
        i += 1
    return pids


def _status_kb(pid: int, field: str) -> int:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith(field + ":"):
                return int(line.split()[1])
    except OSError:
        pass
    return 0


def peak_rss_mb(pid: int) -> float:
    """Peak resident memory of the server and every process under it (VmHWM), in MB."""
    return sum(_status_kb(p, "VmHWM") for p in process_tree(pid)) / 1024


def rss_mb(pid: int) -> float:
    """Resident memory now of the server and every process under it (VmRSS), in MB."""
    return sum(_status_kb(p, "VmRSS") for p in process_tree(pid)) / 1024


class RawClient:
    """One keep-alive HTTP/1.1 connection that sends prepared bytes and reads the answer.

    The load must come from a client much cheaper than the server, or the client's own CPU (httpx costs about
    a millisecond a request) is what gets measured on a 2-core machine: this one parses only the status line
    and the body's length.
    """

    def __init__(self, base: str) -> None:
        host, port = base.rsplit("//", 1)[1].rsplit(":", 1)
        self.host, self.port = host, int(port)
        self.reader: asyncio.StreamReader | None = None
        self.writer: asyncio.StreamWriter | None = None

    def prepare(self, method: str, path: str, body: bytes | None = None) -> bytes:
        head = f"{method} {path} HTTP/1.1\r\nHost: {self.host}:{self.port}\r\n"
        if body is not None:
            head += f"Content-Type: application/json\r\nContent-Length: {len(body)}\r\n"
        return head.encode() + b"\r\n" + (body or b"")

    async def send(self, raw: bytes) -> int:
        """The status of one request (reconnecting if the server closed the connection)."""
        if self.writer is None or self.writer.is_closing():
            self.reader, self.writer = await asyncio.open_connection(self.host, self.port)
        assert self.reader is not None
        try:
            self.writer.write(raw)
            head = await self.reader.readuntil(b"\r\n\r\n")
            status = int(head[9:12])
            lines = head.lower().split(b"\r\n")
            length = next((int(x.split(b":", 1)[1]) for x in lines if x.startswith(b"content-length:")), None)
            if length is not None:
                await self.reader.readexactly(length)
            elif any(x.startswith(b"transfer-encoding:") and b"chunked" in x for x in lines):
                while (size := int((await self.reader.readuntil(b"\r\n")).strip(), 16)):
                    await self.reader.readexactly(size + 2)
                await self.reader.readuntil(b"\r\n")
            if any(x == b"connection: close" for x in lines):
                self.close()
            return status
        except BaseException:
            self.close()
            raise

    def close(self) -> None:
        if self.writer is not None:
            self.writer.close()
        self.writer = None


async def _loop(base: str, path: str, connections: int, requests: int, method: str = "GET",
                body: bytes | None = None) -> tuple[list[float], int, float]:
    """`requests` requests over `connections` keep-alive connections; (latencies, errors, wall seconds)."""
    latencies: list[float] = []
    errors = 0
    left = requests

    async def worker() -> None:
        nonlocal left, errors
        client = RawClient(base)
        raw = client.prepare(method, path, body)
        try:
            while left > 0:
                left -= 1
                t = time.perf_counter()
                try:
                    status = await asyncio.wait_for(client.send(raw), 120)
                    errors += status != 200
                except (OSError, asyncio.IncompleteReadError, asyncio.LimitOverrunError, TimeoutError, ValueError):
                    errors += 1
                latencies.append(time.perf_counter() - t)
        finally:
            client.close()

    began = time.perf_counter()
    await asyncio.gather(*(worker() for _ in range(connections)))
    return latencies, errors, time.perf_counter() - began


def percentile(sorted_values: list[float], q: float) -> float:
    return sorted_values[min(len(sorted_values) - 1, int(len(sorted_values) * q))]


def _report(label: str, n: int, path: str, lat: list[float], errors: int, wall: float) -> None:
    lat.sort()
    print(f"{label:10s} {n:3d} conn  p50 {percentile(lat, 0.5) * 1000:7.1f} ms  p99 {percentile(lat, 0.99) * 1000:7.1f} ms"
          f"  {len(lat) / wall:7.1f} req/s  errors {errors}  {path}", flush=True)


def check_article() -> bytes:
    """The 1,500-word article of bench_check.py as the JSON body of POST /api/check."""
    import json

    sys.path.insert(0, str(Path(__file__).parent))
    article = importlib.import_module("bench_check").article
    return json.dumps({"text": article(1500)}).encode()


def server_cpu_seconds(pid: int) -> float:
    """User + system CPU seconds of the server and every process under it."""
    total = 0
    for p in process_tree(pid):
        try:
            fields = Path(f"/proc/{p}/stat").read_text().rsplit(")", 1)[1].split()
            total += int(fields[11]) + int(fields[12])
        except (OSError, IndexError, ValueError):
            pass
    return total / os.sysconf("SC_CLK_TCK")


def load(home: Path, label: str, src: Path | None, extra: list[str], requests: int, plain: bool = False) -> None:
    proc, base = start_server(home, src, extra, plain)
    try:
        for path in LOAD_PATHS:
            httpx.get(base + path, timeout=120)  # warm
            for n in CONNECTIONS:
                cpu = server_cpu_seconds(proc.pid)
                lat, errors, wall = asyncio.run(_loop(base, path, n, requests))
                _report(label, n, path, lat, errors, wall)
                used = server_cpu_seconds(proc.pid) - cpu
                print(f"{'':10s}           server CPU {used / len(lat) * 1000:.2f} ms a request", flush=True)
        body = check_article()
        httpx.post(base + "/api/check", content=body, headers={"content-type": "application/json"}, timeout=120)
        for n in CHECK_CONNECTIONS:
            cpu = server_cpu_seconds(proc.pid)
            lat, errors, wall = asyncio.run(_loop(base, "/api/check", n, max(8, requests // 5), "POST", body))
            _report(label, n, "POST /api/check (1,500 words)", lat, errors, wall)
            used = server_cpu_seconds(proc.pid) - cpu
            print(f"{'':10s}           server CPU {used / len(lat) * 1000:.0f} ms a request", flush=True)
        print(f"{label:10s} server peak RSS {peak_rss_mb(proc.pid):.0f} MB (server and its worker processes)",
              flush=True)
    finally:
        stop_server(proc)


def stop_server(proc: subprocess.Popen[bytes]) -> None:
    proc.terminate()
    try:
        proc.wait(timeout=30)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait()


# -- soak: mixed traffic for a while, memory sampled -----------------------------------------------------------
SOAK_GETS = [  # (weight, path, expected status)
    (20, "/api/metrics/detainers_declined?by=fiscal_year", 200),
    (20, "/api/tables/detainers?limit=50", 200),
    (10, "/", 200), (10, "/tables/detainers", 200), (5, "/metrics", 200), (5, "/static/style.css", 200),
    (5, "/api/tables/nosuchtable", 404), (5, "/api/metrics/detainers_issued?by=nosuchcolumn", 400),
    (3, "/api/tables/detainers?limit=abc", 422),
]
SOAK_FISCAL_YEARS = list(range(2012, 2026))


def soak_requests(rng: random.Random, client: RawClient, body: bytes) -> tuple[str, bytes, int]:
    """One request of the mix: mostly cheap and cached, some breakdowns (filters vary, so some are computed
    afresh), claim checks and errors."""
    roll = rng.random()
    if roll < 0.05:
        return "POST /api/check", client.prepare("POST", "/api/check", body), 200
    if roll < 0.15:
        year = rng.choice(SOAK_FISCAL_YEARS)
        by = rng.choice(["state", "lift_reason", "month", "detainer_type"])
        path = f"/api/metrics/detainers_issued?by={by}&where=fiscal_year%3D{year}"
        return "breakdown", client.prepare("GET", path), 200
    weights = [w for w, _, _ in SOAK_GETS]
    _, path, expected = rng.choices(SOAK_GETS, weights)[0]
    return path, client.prepare("GET", path), expected


async def _soak(base: str, pid: int, seconds: float, connections: int, sample_every: float
                ) -> tuple[list[tuple[float, float]], dict[str, list[float]], list[str]]:
    samples: list[tuple[float, float]] = []
    latencies: dict[str, list[float]] = {}
    failures: list[str] = []
    body = check_article()
    began = time.monotonic()
    stop = began + seconds

    async def worker(seed: int) -> None:
        rng = random.Random(seed)
        client = RawClient(base)
        try:
            while time.monotonic() < stop:
                kind, raw, expected = soak_requests(rng, client, body)
                t = time.perf_counter()
                try:
                    status = await asyncio.wait_for(client.send(raw), 120)
                    if status != expected:
                        failures.append(f"{kind}: {status} (expected {expected})")
                except (OSError, asyncio.IncompleteReadError, asyncio.LimitOverrunError, TimeoutError,
                        ValueError) as exc:
                    failures.append(f"{kind}: {type(exc).__name__} {exc}")
                latencies.setdefault(kind, []).append(time.perf_counter() - t)
        finally:
            client.close()

    async def sampler() -> None:
        while time.monotonic() < stop:
            samples.append((time.monotonic() - began, rss_mb(pid)))
            await asyncio.sleep(sample_every)

    await asyncio.gather(sampler(), *(worker(i) for i in range(connections)))
    samples.append((time.monotonic() - began, rss_mb(pid)))
    return samples, latencies, failures


def warm_up(base: str) -> float:
    """Wait until the worker processes answer (a small claim check) and the cached endpoints are filled, so
    that the soak measures the steady state, not the start; seconds taken."""
    began = time.perf_counter()
    deadline = time.monotonic() + 300
    while time.monotonic() < deadline:
        r = httpx.post(base + "/api/check", json={"text": "ICE issued 4,000 detainers in fiscal year 2015."},
                       timeout=120)
        if r.status_code == 200:
            break
        time.sleep(1)
    for _, path, expected in SOAK_GETS:
        if expected == 200:
            httpx.get(base + path, timeout=120)
    return time.perf_counter() - began


def soak(home: Path, seconds: float, connections: int, extra: list[str]) -> None:
    proc, base = start_server(home, None, extra)
    try:
        print(f"server warm after {warm_up(base):.1f} s (worker processes started, cached endpoints filled)")
        samples, latencies, failures = asyncio.run(_soak(base, proc.pid, seconds, connections, 5.0))
    finally:
        stop_server(proc)
    total = sum(len(v) for v in latencies.values())
    print(f"soak: {seconds:.0f} s, {connections} connections, {total:,} requests, {len(failures)} errors "
          "(a 5xx, a connection error or an unexpected status)")
    for kind, lat in sorted(latencies.items()):
        lat.sort()
        print(f"  {kind:48s} {len(lat):6,d} requests  p50 {percentile(lat, 0.5) * 1000:8.1f} ms  "
              f"p99 {percentile(lat, 0.99) * 1000:8.1f} ms  max {lat[-1] * 1000:8.1f} ms")
    for line in sorted(set(failures))[:20]:
        print(f"  error: {line} (x{failures.count(line)})")
    rss = [mb for _, mb in samples]
    minute = max(1, int(60 / 5))
    first, last = statistics.median(rss[minute:2 * minute] or rss), statistics.median(rss[-minute:])
    print(f"server RSS (server and its worker processes, every 5 s, {len(rss)} samples): start {rss[0]:.0f} MB, "
          f"min {min(rss):.0f}, max {max(rss):.0f}, median of the 2nd minute {first:.0f}, of the last minute "
          f"{last:.0f} ({last - first:+.0f} MB, {(last / first - 1) * 100:+.1f}%)")
    step = max(1, len(samples) // 12)
    print("  series (s: MB): " + ", ".join(f"{t:.0f}: {mb:.0f}" for t, mb in samples[::step]))


def load_main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--home", type=Path, required=True)
    ap.add_argument("--load", action="store_true")
    ap.add_argument("--baseline-src", type=Path)
    ap.add_argument("--requests", type=int, default=400)
    ap.add_argument("--workers", type=int, default=1, help="Also measure `serve --workers N` (N > 1).")
    ap.add_argument("--soak", type=float, metavar="SECONDS", help="Mixed traffic for SECONDS instead of --load.")
    ap.add_argument("--connections", type=int, default=8, help="Connections of the soak.")
    args = ap.parse_args()
    print(f"load average before: {' '.join(Path('/proc/loadavg').read_text().split()[:3])}", flush=True)
    if args.soak:
        soak(args.home, args.soak, args.connections, [])
    else:
        if args.baseline_src:
            load(args.home, "baseline", args.baseline_src, [], args.requests, plain=True)
        load(args.home, "now", None, [], args.requests)
        if args.workers > 1:
            load(args.home, f"now x{args.workers}", None, ["--workers", str(args.workers)], args.requests)
    print(f"load average after: {' '.join(Path('/proc/loadavg').read_text().split()[:3])}", flush=True)


if __name__ == "__main__":
    load_main() if ("--load" in sys.argv or "--soak" in sys.argv) else main()

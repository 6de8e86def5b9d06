"""Expensive work past its deadline, or whose client left, truly stops (a real `serve` process).

Expensive requests run in child processes of the server (web/workers.py); one that passes its deadline or loses
its client is killed and replaced. A 1 MB article is a slow expensive request whatever the speed of any one
part of the checker (several seconds of CPU), and a test deadline ($ICE_LEDGER_REQUEST_SECONDS) cuts it short.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest
from ports import free_port

DEADLINE = 3.0
SMALL = {"text": "ICE issued 4,000 detainers in fiscal year 2015."}


def slow_article() -> bytes:
    sentence = "In fiscal year 2015 ICE issued 95,000 detainers and local jails declined 1,200 of them. "
    return json.dumps({"text": sentence * (990_000 // len(sentence))}).encode()


def children(pid: int) -> list[int]:
    return [int(p) for p in Path(f"/proc/{pid}/task/{pid}/children").read_text().split()]


def cpu_seconds(pids: list[int]) -> float:
    total = 0
    for p in pids:
        try:
            fields = Path(f"/proc/{p}/stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        total += int(fields[11]) + int(fields[12])
    return total / os.sysconf("SC_CLK_TCK")


def alive(pid: int) -> bool:
    try:
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0] != "Z"
    except OSError:
        return False


def wait_for(condition, seconds: float) -> bool:  # type: ignore[no-untyped-def]
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.1)
    return condition()


@pytest.fixture()
def one_slot_server(built_home: Path, tmp_path: Path):  # type: ignore[no-untyped-def]
    """A server with one expensive slot (one worker process) and a short deadline, its worker warm."""
    log = tmp_path / "serve.log"
    port = free_port()
    env = {**os.environ, "ICE_LEDGER_REQUEST_SECONDS": str(DEADLINE), "ICE_LEDGER_EXPENSIVE_SLOTS": "1"}
    with log.open("wb") as out:
        proc = subprocess.Popen([sys.executable, "-m", "ice_ledger", "serve", "--port", str(port), "--home",
                                 str(built_home), "--shutdown-seconds", "3"], stdout=out, stderr=subprocess.STDOUT,
                                env=env)
    base = f"http://127.0.0.1:{port}"
    try:
        # the worker process is ready once a small check answers 200 (a 504 meanwhile: it is still starting)
        ready = wait_for(lambda: _small_check(base) == 200, 120)
        assert ready, log.read_text()
        yield proc, base
    finally:
        if proc.poll() is None:
            proc.send_signal(signal.SIGTERM)
            try:
                proc.wait(timeout=20)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()


def _small_check(base: str) -> int:
    try:
        return httpx.post(base + "/api/check", json=SMALL, timeout=30).status_code
    except httpx.TransportError:
        return 0


def test_work_past_its_deadline_is_killed_and_the_slot_serves_the_next(one_slot_server) -> None:  # type: ignore[no-untyped-def]
    proc, base = one_slot_server
    (worker,) = children(proc.pid)
    began = time.monotonic()
    r = httpx.post(base + "/api/check", content=slow_article(), headers={"content-type": "application/json"},
                   timeout=60)
    assert r.status_code == 504, r.text[:300]
    assert "deadline" in r.json()["error"]
    assert time.monotonic() - began < DEADLINE + 5
    # the process that ran it is gone at once (killed, not left to finish), and a fresh one took its place
    assert wait_for(lambda: not alive(worker), 2), "the worker that ran the request is still alive"
    assert wait_for(lambda: _small_check(base) == 200, 60)
    (fresh,) = children(proc.pid)
    assert fresh != worker
    # nothing runs on: the server and its worker use (almost) no CPU while idle
    pids = [proc.pid, fresh]
    before = cpu_seconds(pids)
    time.sleep(4)
    assert cpu_seconds(pids) - before < 0.4


def test_work_whose_client_left_is_killed(one_slot_server) -> None:  # type: ignore[no-untyped-def]
    proc, base = one_slot_server
    (worker,) = children(proc.pid)
    with pytest.raises(httpx.ReadTimeout):  # the client gives up well before the deadline
        httpx.post(base + "/api/check", content=slow_article(), headers={"content-type": "application/json"},
                   timeout=httpx.Timeout(60, read=1.0))
    assert wait_for(lambda: not alive(worker), DEADLINE - 1), "the worker kept running after its client left"
    assert wait_for(lambda: _small_check(base) == 200, 60)


def test_sigterm_stops_the_server_and_its_workers_while_work_runs(one_slot_server) -> None:  # type: ignore[no-untyped-def]
    import threading

    proc, base = one_slot_server
    workers = children(proc.pid)
    threading.Thread(target=lambda: httpx.post(base + "/api/check", content=slow_article(), timeout=60,
                                               headers={"content-type": "application/json"}), daemon=True).start()
    time.sleep(0.5)
    began = time.monotonic()
    proc.send_signal(signal.SIGTERM)
    proc.wait(timeout=30)
    assert time.monotonic() - began < 15
    assert wait_for(lambda: not any(alive(w) for w in workers), 3), "a worker outlived the server"


def test_a_worker_killed_from_outside_is_replaced(one_slot_server) -> None:  # type: ignore[no-untyped-def]
    proc, base = one_slot_server
    (worker,) = children(proc.pid)
    os.kill(worker, signal.SIGKILL)  # as the kernel's OOM killer would
    assert wait_for(lambda: not alive(worker), 5)
    r = httpx.post(base + "/api/check", json=SMALL, timeout=60)
    assert r.status_code in (200, 503), r.text  # a clear "retry", never a 500
    if r.status_code == 503:
        assert "retry" in r.json()["error"] and str(worker) not in r.text
    assert wait_for(lambda: _small_check(base) == 200, 60)

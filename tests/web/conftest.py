"""A real `ice-ledger serve` process on a free loopback port over a copy of the shared warehouse (the checker
page stores permalinks under its home), for HTTP and browser tests."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from ports import free_port
from shared_homes import copy_home

STARTUP_SECONDS = 60


@pytest.fixture(scope="session")
def server(built_home: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The base URL of a server process started with `python -m ice_ledger serve`; terminated after the session."""
    port = free_port()
    folder = tmp_path_factory.mktemp("server")
    log = folder / "serve.log"
    home = copy_home(built_home, folder / "home")
    env = {**os.environ, "ICE_LEDGER_HOME": str(home)}
    with log.open("wb") as out:
        proc = subprocess.Popen([sys.executable, "-m", "ice_ledger", "serve", "--host", "127.0.0.1",
                                 "--port", str(port), "--home", str(home)],
                                stdout=out, stderr=subprocess.STDOUT, env=env)
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + STARTUP_SECONDS
        while True:
            if proc.poll() is not None:
                pytest.fail(f"the server exited with {proc.returncode}:\n{log.read_text()}", pytrace=False)
            try:
                if httpx.get(base + "/api/tables", timeout=2).status_code == 200:
                    break
            except httpx.TransportError:
                pass
            if time.monotonic() > deadline:
                pytest.fail(f"the server did not answer within {STARTUP_SECONDS}s:\n{log.read_text()}", pytrace=False)
            time.sleep(0.2)
        yield base
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


@pytest.fixture()
def client(server: str) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=server, timeout=60) as c:
        yield c


@pytest.fixture()
def page(browser, server: str):  # type: ignore[no-untyped-def]
    """A fresh browser page with the server as base URL (a new context per test: no shared cookies)."""
    context = browser.new_context(base_url=server, viewport={"width": 1280, "height": 900})
    p = context.new_page()
    p.set_default_timeout(30_000)
    try:
        yield p
    finally:
        context.close()

"""`ice-ledger web --get PATH`: renders in-process, prints the body, exits non-zero unless the status is 200."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path


def run(home: Path, path: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "ice_ledger", "web", "--get", path, "--home", str(home)],
                          capture_output=True, text=True, timeout=300)


def test_web_get_prints_the_json_twin(built_home: Path) -> None:
    from ice_ledger import api

    r = run(built_home, "/api/tables")
    assert r.returncode == 0, r.stderr
    assert json.loads(r.stdout) == api.tables(built_home)


def test_web_get_renders_a_page(built_home: Path) -> None:
    r = run(built_home, "/metrics")
    assert r.returncode == 0, r.stderr
    assert "<title>Metrics" in r.stdout


def test_web_get_fails_on_an_error_status(built_home: Path) -> None:
    r = run(built_home, "/api/tables/no_such_table")
    assert r.returncode == 1
    assert json.loads(r.stdout)["error"].startswith("no table 'no_such_table'")
    assert "HTTP 404" in r.stderr

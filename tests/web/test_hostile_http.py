"""Hostile but fair requests to the real server process: each gets a clear 4xx/503/504 JSON error (never a 500,
never a path of the server), and the answers carry the security headers. A fuzz pass over the OpenAPI schema
adds NaN, huge integers and chunked bodies to generated requests.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings
from ports import free_port

HUGE = "99999999999999999999999999999"


def no_path(text: str, home: Path) -> None:
    assert str(home) not in text and "/tmp/" not in text and "/work/" not in text and "/home/" not in text, text


@pytest.mark.parametrize(("path", "status", "words"), [
    (f"/api/metrics/detainers_declined?by=fiscal_year&where=fiscal_year>{HUGE}", 400, "out of range"),
    ("/api/metrics/detainers_declined?by=fiscal_year&where=fiscal_year>NaN", 400, "fiscal_year"),
    ("/api/metrics/detainers_declined?by=fiscal_year&where=fiscal_year>1e309", 400, "fiscal_year"),
    (f"/api/tables/detainers?where=fiscal_year>{HUGE}", 400, "could not be run"),
    ("/api/trace/qa/x", 400, "has no row ids"),
    ("/api/trace/metric_rollups/x", 400, "has no row ids"),
])
def test_bad_values_get_clear_errors(client: httpx.Client, built_home: Path, path: str, status: int,
                                     words: str) -> None:
    r = client.get(path)
    assert r.status_code == status, r.text
    assert words in r.json()["error"]
    no_path(r.text, built_home)


def test_nan_and_infinity_in_a_json_body(client: httpx.Client, built_home: Path) -> None:
    for raw in ('{"text": NaN}', '{"text": Infinity}', '{"text": -Infinity, "x": NaN}', '[NaN]', f'{{"text": {HUGE}}}'):
        r = client.post("/api/check", content=raw.encode(), headers={"content-type": "application/json"})
        assert r.status_code == 422, (raw, r.text)
        assert r.json()["error"].startswith("invalid request")
        no_path(r.text, built_home)


def test_a_chunked_oversized_body_gets_413(client: httpx.Client) -> None:
    def chunks() -> Iterator[bytes]:
        for _ in range(6):
            yield b"a" * (1024 * 1024)

    r = client.post("/api/check", content=chunks(), headers={"content-type": "application/json"})
    assert r.status_code == 413, r.text
    assert "too large" in r.json()["error"]


def test_head_and_security_headers(client: httpx.Client) -> None:
    for path in ("/", "/api/tables", "/api/nothing/here"):
        got = client.get(path)
        head = client.head(path)
        assert head.status_code == got.status_code and head.content == b""
        for r in (got, head):
            assert "default-src 'self'" in r.headers["content-security-policy"]
            assert r.headers["x-content-type-options"] == "nosniff"
            assert r.headers["x-frame-options"] == "DENY"
            assert r.headers["referrer-policy"] == "no-referrer"


def test_other_methods_answer_json_errors(client: httpx.Client) -> None:
    r = client.delete("/api/tables")
    assert r.status_code == 405 and "not allowed" in r.json()["error"] and "detail" not in r.json()


def test_host_header_must_be_the_servers_own(client: httpx.Client) -> None:
    r = client.get("/", headers={"host": "attacker.example"})
    assert r.status_code == 400 and "attacker.example" not in r.text
    ok = client.get("/", headers={"host": "localhost:8000"})
    assert ok.status_code == 200 and "attacker" not in ok.text


def test_tilde_filter_finds_text_not_wildcards(client: httpx.Client) -> None:
    for needle in ("_", "%"):
        r = client.get("/api/tables/detainers", params={"where": f"facility_state~{needle}", "limit": 5})
        assert r.status_code == 200 and r.json()["rows"] == []
    some = client.get("/api/tables/detainers", params={"where": "facility_state~syl", "limit": 5}).json()["rows"]
    assert some and all("SYL" in r["facility_state"].upper() for r in some)


def test_deep_pages_are_read_with_sql_offset(client: httpx.Client) -> None:
    first = client.get("/api/tables/detainers", params={"limit": 3, "offset": 99_990}).json()
    wide = client.get("/api/tables/detainers", params={"limit": 13, "offset": 99_980}).json()
    assert [r["row_id"] for r in first["rows"]] == [r["row_id"] for r in wide["rows"][10:13]]
    assert first["next_offset"] == 99_993


def test_trace_of_derived_rows_and_of_records(client: httpx.Client) -> None:
    rows = client.get("/api/tables/policies", params={"where": "source_id=derived_behavioural", "limit": 3}).json()
    assert rows["rows"], "the full build derives behavioural policy rows"
    for row in rows["rows"]:
        t = client.get(f"/api/trace/policies/{row['row_id']}")
        assert t.status_code == 200, t.text
        derived = t.json()["derived_from"]
        assert derived["table"] == "detainer_decline_shares" and derived["rows"]
        assert all(r["declined"] >= 1 for r in derived["rows"])
    t = client.get("/api/trace/detainers/e959d3cc23d07bf0")
    assert t.status_code == 200, t.text
    assert t.json()["raw"] and t.json()["file_sha256"]


# -- deadlines and shutdown: a server of their own ---------------------------------------------------------------
def start(home: Path, log: Path, **env: str) -> tuple[subprocess.Popen[bytes], str]:
    port = free_port()
    with log.open("wb") as out:
        proc = subprocess.Popen([sys.executable, "-m", "ice_ledger", "serve", "--port", str(port), "--home", str(home),
                                 "--shutdown-seconds", "3"], stdout=out, stderr=subprocess.STDOUT,
                                env={**os.environ, **env})
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        assert proc.poll() is None, log.read_text()
        try:
            httpx.get(base + "/static/style.css", timeout=2)
            return proc, base
        except httpx.TransportError:
            time.sleep(0.2)
    proc.kill()
    pytest.fail(f"server did not start:\n{log.read_text()}")


def test_past_its_deadline_a_request_gets_504_and_sigterm_is_bounded(built_home: Path, tmp_path: Path) -> None:
    proc, base = start(built_home, tmp_path / "serve.log", ICE_LEDGER_REQUEST_SECONDS="0.001")
    try:
        r = httpx.get(base + "/api/metrics/detainers_declined", params={"by": ["facility", "month"]}, timeout=60)
        assert r.status_code == 504, r.text
        assert "deadline" in r.json()["error"]
        # A request in flight does not hold SIGTERM beyond the graceful window.
        threading.Thread(target=lambda: httpx.get(base + "/api/tables/detainers", timeout=60), daemon=True).start()
        time.sleep(0.2)
        began = time.monotonic()
        proc.send_signal(signal.SIGTERM)
        proc.wait(timeout=30)
        assert time.monotonic() - began < 15
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()


# -- fuzzing -------------------------------------------------------------------------------------------------
MAX_EXAMPLES = 8
NASTY = ["NaN", "-Infinity", "1e309", HUGE, f"-{HUGE}", "fiscal_year>" + HUGE, "fiscal_year~_", "%", "\x00", "'; --"]


def _hostile_variants(client: httpx.Client, method: str, path: str, query: dict[str, object] | None,
                      home: Path, failures: list[str]) -> None:
    """The generated request again with each nasty value in every query parameter (and in the body of a POST)."""
    for i, nasty in enumerate(NASTY):
        params = {k: nasty for k in (query or {})} or {"where": nasty}
        body = f'{{"text": {nasty if i < 5 else json.dumps(nasty)}}}'.encode() if method == "POST" else None
        r = client.request(method, path, params=params, headers={"content-type": "application/json"}, content=body)
        if r.status_code >= 500 and r.status_code not in (503, 504):
            failures.append(f"{method} {path} {params}: {r.status_code} {r.text[:200]}")
        assert str(home) not in r.text
    if method == "POST":
        body = json.dumps({"text": "ICE issued 4,000 detainers in 2015"}).encode()
        r = client.post(path, content=iter([body[:10], body[10:]]), headers={"content-type": "application/json"})
        if r.status_code >= 500 and r.status_code not in (503, 504):
            failures.append(f"chunked POST {path}: {r.status_code} {r.text[:200]}")


def fuzz_operation(op, client: httpx.Client, home: Path, failures: list[str]):  # type: ignore[no-untyped-def]
    """A Hypothesis test over one operation's generated cases, each sent again with the nasty values."""
    method = op.method.upper()

    @given(case=op.as_strategy())
    @settings(max_examples=MAX_EXAMPLES, deadline=None, derandomize=True, database=None,
              suppress_health_check=list(HealthCheck))
    def run(case) -> None:  # type: ignore[no-untyped-def]
        _hostile_variants(client, method, case.formatted_path, case.query, home, failures)

    return run


def test_fuzz_with_nan_huge_integers_and_chunked_bodies(server: str, built_home: Path) -> None:
    schema = schemathesis.openapi.from_url(server + "/openapi.json")
    operations = [r.ok() for r in schema.get_all_operations()]
    tested = [op for op in operations if op.method.upper() == "GET" or op.path == "/api/check"]
    failures: list[str] = []
    with httpx.Client(base_url=server, timeout=120) as client:
        for op in tested:
            fuzz_operation(op, client, built_home, failures)()
    assert failures == []


def test_a_head_request_does_not_empty_the_cached_answer(client: httpx.Client) -> None:
    path = "/api/tables/official_figures?limit=3&offset=7"  # asked by no other test: not cached yet
    head = client.head(path)
    assert head.status_code == 200 and head.content == b""
    again = client.get(path)
    assert again.status_code == 200 and len(again.json()["rows"]) == 3
    page = "/tables/official_figures?limit=2"
    assert client.head(page).content == b""
    assert "official_figures" in client.get(page).text

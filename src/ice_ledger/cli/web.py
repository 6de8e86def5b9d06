"""Web commands: `serve` (the web app and HTTP API) and `web --get PATH` (render one path in-process)."""

from __future__ import annotations

import asyncio
import sys
from pathlib import Path
from typing import Annotated

import typer

from ice_ledger.cli.common import HomeOpt, err


def register(app: typer.Typer) -> None:
    app.command("serve")(serve)
    app.command("web")(web)


def serve(
    host: Annotated[str, typer.Option("--host", help="Address to bind (loopback by default; 0.0.0.0 exposes it).")]
    = "127.0.0.1",
    port: Annotated[int, typer.Option("--port", min=1, max=65535, help="Port to listen on.")] = 8000,
    home: HomeOpt = None,
    allow_host: Annotated[list[str] | None, typer.Option(
        "--allow-host", help="A host name the server answers to besides loopback ones (repeatable).")] = None,
    workers: Annotated[int, typer.Option("--workers", min=1, max=64, help="Worker processes.")] = 1,
    shutdown_seconds: Annotated[int, typer.Option(
        "--shutdown-seconds", min=0, max=3600, help="On SIGTERM, wait at most this long for open requests.")] = 10,
    access_log: Annotated[bool, typer.Option(
        "--access-log/--no-access-log", help="Log every request (a line each; about a fifth of the CPU of a "
        "cached answer). Errors are logged either way.")] = False,
) -> None:
    """Serve the web app and the HTTP API (JSON under /api/, described at /docs).

    Example: ice-ledger serve --port 8000   then open http://127.0.0.1:8000/
    """
    import os

    import uvicorn

    from ice_ledger import api
    from ice_ledger.web import create_app

    hosts = [*(allow_host or []), host]
    options = {"host": host, "port": port, "log_level": "info", "timeout_graceful_shutdown": shutdown_seconds,
               "access_log": access_log}
    if workers == 1:
        uvicorn.run(create_app(home, hosts=hosts, pool=True), **options)  # type: ignore[arg-type]
        return
    os.environ["ICE_LEDGER_HOME"] = str(api.paths(home).home)
    os.environ["ICE_LEDGER_SERVE_HOSTS"] = ",".join(hosts)
    uvicorn.run("ice_ledger.web.app:app_from_env", factory=True, workers=workers, **options)  # type: ignore[arg-type]


def web(
    get: Annotated[str, typer.Option("--get", help="A path to render, e.g. /api/tables or /metrics.")],
    home: HomeOpt = None,
) -> None:
    """Render one path of the web app in-process and print the body; exit 1 unless the status is 200.

    A smoke test needing no server: ice-ledger web --get /api/metrics
    """
    status, body = asyncio.run(_get(get, home))
    sys.stdout.write(body if body.endswith("\n") else body + "\n")
    if status != 200:
        err.print(f"HTTP {status} for {get}")
        raise typer.Exit(1)


async def _get(path: str, home: Path | None) -> tuple[int, str]:
    import httpx

    from ice_ledger.web import create_app

    transport = httpx.ASGITransport(app=create_app(home), raise_app_exceptions=False)
    async with httpx.AsyncClient(transport=transport, base_url="http://ice-ledger.local") as client:
        response = await client.get(path if path.startswith("/") else "/" + path)
    return response.status_code, response.text

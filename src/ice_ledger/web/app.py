"""The FastAPI app factory: routes, templates, static files, error pages and request limits in one place."""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import Any

import duckdb
from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import Response
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.types import ASGIApp

from ice_ledger import api
from ice_ledger.api import IceLedgerError
from ice_ledger.web import (
    errors,
    routes_claims,
    routes_docs,
    routes_downloads,
    routes_effects,
    routes_ledger,
    routes_metrics,
    routes_places,
    routes_policies,
)
from ice_ledger.web.limits import RequestGuard, allowed_hosts, expensive_slots
from ice_ledger.web.render import STATIC_DIR
from ice_ledger.web.workers import WorkerPool

ROUTE_MODULES = (routes_ledger, routes_metrics, routes_places, routes_policies, routes_downloads, routes_claims,
                 routes_effects, routes_docs)
MAX_BODY_BYTES = 5 * 1024 * 1024

log = logging.getLogger("ice_ledger.web")


def create_app(home: Path | None = None, *, hosts: list[str] | None = None, pool: bool = False) -> FastAPI:
    """An app over the warehouse in `home` (default: $ICE_LEDGER_HOME or the user data directory).

    `hosts` are host names to answer to besides loopback ones (the Host allow-list). With `pool` (what `serve`
    uses), expensive requests run in child processes that are killed at their deadline (web/workers.py);
    without it (in-process use: `web --get`, tests over ASGI) they run in threads.
    """
    app = routes_app(home, GuardedApp)
    assert isinstance(app, GuardedApp)
    slots = expensive_slots()
    app.guard_options = {"max_bytes": MAX_BODY_BYTES, "hosts": allowed_hosts(hosts or []),
                         "build_key": _build_key(home), "slots": slots,
                         "pool": WorkerPool(slots, home) if pool else None}
    return app


class GuardedApp(FastAPI):
    """FastAPI with the request guard outside its whole middleware stack, so a cached answer (or a refused
    request) costs none of the error, telemetry and body-limit layers."""

    guard_options: dict[str, Any]

    def build_middleware_stack(self) -> ASGIApp:
        return RequestGuard(super().build_middleware_stack(), **self.guard_options)


def routes_app(home: Path | None, kind: type[FastAPI] = FastAPI) -> FastAPI:
    """The routes, static files and error handlers, without the request guard (what a pool worker runs)."""
    app = kind(
        title="ice-ledger",
        version=api.version(),
        description="A reproducible, traceable ledger of U.S. immigration enforcement records, and a checker "
                    "for claims. Every HTML page has a JSON twin under /api/.",
        docs_url=None, redoc_url=None,  # their default pages load scripts from a CDN; /docs is served offline
    )
    app.state.home = home
    app.mount("/static", StaticFiles(directory=STATIC_DIR), name="static")
    for module in ROUTE_MODULES:
        app.include_router(module.router)

    @app.exception_handler(IceLedgerError)
    async def _library_error(request: Request, exc: IceLedgerError) -> Response:
        return errors.respond(request, errors.status_for(exc), str(exc))

    @app.exception_handler(RequestValidationError)
    async def _validation_error(request: Request, exc: RequestValidationError) -> Response:
        return errors.respond(request, 422, errors.describe_validation(exc), detail=errors.safe_errors(exc))

    @app.exception_handler(StarletteHTTPException)
    async def _http_error(request: Request, exc: StarletteHTTPException) -> Response:
        detail = exc.detail if isinstance(exc.detail, str) else None
        if exc.status_code == 404:
            message = detail if detail and detail != "Not Found" else f"no page at {request.url.path}"
        elif exc.status_code == 405:
            message = f"{request.method} is not allowed on {request.url.path}"
        else:
            message = detail or "request refused"
        response = errors.respond(request, exc.status_code, message)
        for key, value in (exc.headers or {}).items():
            response.headers[key] = value
        return response

    @app.exception_handler(duckdb.Error)
    async def _query_error(request: Request, exc: duckdb.Error) -> Response:
        # a filter the database cannot apply (e.g. a date compared with 'abc')
        if isinstance(exc, duckdb.InterruptException):
            return errors.respond(request, 504, "the request was stopped (deadline passed or the client left)")
        return errors.respond(request, 400, f"the query could not be run: {str(exc).splitlines()[0]}")

    @app.exception_handler(Exception)
    async def _unexpected(request: Request, exc: Exception) -> Response:
        log.exception("unexpected error on %s", request.url.path)
        return errors.respond(request, 500, "internal error (logged on the server); please report it")

    return app


def _build_key(home: Path | None) -> Callable[[], str | None]:
    """The current build's id (the target of `current`), read per request: the response cache's key."""
    import os

    current = api.paths(home).current

    def key() -> str | None:
        try:
            return os.readlink(current)
        except OSError:
            return None

    return key


def app_from_env() -> FastAPI:
    """The app for `ice-ledger serve --workers N` (each worker process builds its own, from the environment)."""
    import os

    home = os.environ.get("ICE_LEDGER_HOME")
    hosts = [h for h in (os.environ.get("ICE_LEDGER_SERVE_HOSTS") or "").split(",") if h]
    return create_app(Path(home) if home else None, hosts=hosts, pool=True)

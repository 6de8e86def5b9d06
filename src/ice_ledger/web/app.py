"""The FastAPI app factory: routes, templates, static files, error pages and request limits in one place."""

from __future__ import annotations

import logging
from pathlib import Path

import duckdb
from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import Response
from fastapi.staticfiles import StaticFiles

from ice_ledger.errors import IceLedgerError
from ice_ledger.web import errors
from ice_ledger.web.limits import BodySizeLimit
from ice_ledger.web.render import STATIC_DIR

ROUTE_MODULES = (
    "ice_ledger.web.routes_ledger",
    "ice_ledger.web.routes_metrics",
    "ice_ledger.web.routes_places",
    "ice_ledger.web.routes_policies",
    "ice_ledger.web.routes_downloads",
    "ice_ledger.web.routes_claims",
    "ice_ledger.web.routes_docs",
)
MAX_BODY_BYTES = 5 * 1024 * 1024

log = logging.getLogger("ice_ledger.web")


def create_app(home: Path | None = None) -> FastAPI:
    """An app over the warehouse in `home` (default: $ICE_LEDGER_HOME or the user data directory)."""
    import importlib

    from ice_ledger import __version__

    app = FastAPI(
        title="ice-ledger",
        version=__version__,
        description="A reproducible, traceable ledger of U.S. immigration enforcement records, and a checker "
                    "for claims. Every HTML page has a JSON twin under /api/.",
        docs_url=None, redoc_url=None,  # their default pages load scripts from a CDN; /docs is served offline
    )
    app.state.home = home
    app.add_middleware(BodySizeLimit, max_bytes=MAX_BODY_BYTES)
    app.mount("/static", StaticFiles(directory=STATIC_DIR), name="static")
    for name in ROUTE_MODULES:
        app.include_router(importlib.import_module(name).router)

    @app.exception_handler(IceLedgerError)
    async def _library_error(request: Request, exc: IceLedgerError) -> Response:
        return errors.respond(request, errors.status_for(exc), str(exc))

    @app.exception_handler(RequestValidationError)
    async def _validation_error(request: Request, exc: RequestValidationError) -> Response:
        return errors.respond(request, 422, errors.describe_validation(exc), detail=exc.errors())

    @app.exception_handler(404)
    async def _not_found(request: Request, exc: Exception) -> Response:
        detail = getattr(exc, "detail", None)
        message = detail if detail and detail != "Not Found" else f"no page at {request.url.path}"
        return errors.respond(request, 404, message)

    @app.exception_handler(duckdb.Error)
    async def _query_error(request: Request, exc: duckdb.Error) -> Response:
        # a filter the database cannot apply (e.g. a date compared with 'abc')
        return errors.respond(request, 400, f"the query could not be run: {str(exc).splitlines()[0]}")

    @app.exception_handler(Exception)
    async def _unexpected(request: Request, exc: Exception) -> Response:
        log.exception("unexpected error on %s", request.url.path)
        return errors.respond(request, 500, "internal error (logged on the server); please report it")

    return app

"""Library errors → HTTP: JSON `{"error": ...}` under /api/, a friendly HTML page elsewhere; never a traceback."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from fastapi import Request
from fastapi.encoders import jsonable_encoder
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response

from ice_ledger.api import (
    IceLedgerError,
    NoWarehouseError,
    UnknownMetricError,
    UnknownSourceError,
    UnknownTableError,
)


class NotFoundError(IceLedgerError):
    """Something the user asked for by name that does not exist (a row, a place)."""


def status_for(exc: IceLedgerError) -> int:
    """404 for a name that does not exist, 503 before the first build, 504 past a deadline, 400 for the rest."""
    if isinstance(exc, (UnknownTableError, UnknownMetricError, UnknownSourceError, NotFoundError)):
        return 404
    if isinstance(exc, NoWarehouseError):
        return 503
    if isinstance(exc, TimeoutError):  # metrics.stopping.ComputationStopped: the work's own deadline passed
        return 504
    if str(exc).startswith("no row "):  # api.trace: a row id that is in neither the table nor its quarantine
        return 404
    return 400


def safe_errors(exc: RequestValidationError) -> list[dict[str, Any]]:
    """Where and what, without the offending input (it may be huge, or NaN, which JSON cannot carry)."""
    return [{"loc": [str(x) for x in e.get("loc", ())], "msg": str(e.get("msg", "invalid")),
             "type": str(e.get("type", ""))} for e in exc.errors()]


_ROOTS = "home|root|tmp|work|usr|var|opt|srv|mnt|etc|media|run|data|Users|private"
_ABSOLUTE_PATH = re.compile(rf"(?<![\w.:/])/(?:{_ROOTS})(?:/[^\s'\"/,;:()\]]+)+")


def scrub(message: str, home: Path | None = None) -> str:
    """A message without the server's absolute paths (the home directory, files in it, the mirror)."""
    if home is not None:
        message = message.replace(str(home), "<home>")
    return _ABSOLUTE_PATH.sub(lambda m: "…/" + m.group(0).rsplit("/", 1)[-1], message)


def describe_validation(exc: RequestValidationError) -> str:
    parts = []
    for e in exc.errors():
        where = ".".join(str(x) for x in e.get("loc", ()) if x not in ("query", "path", "body"))
        parts.append(f"{where}: {e.get('msg', 'invalid')}" if where else str(e.get("msg", "invalid")))
    return "invalid request: " + "; ".join(parts)


def wants_json(request: Request) -> bool:
    return request.url.path.startswith("/api/") or request.url.path == "/openapi.json"


def respond(request: Request, status: int, message: str, detail: Any = None) -> Response:
    message = scrub(message, getattr(request.app.state, "home", None))
    if wants_json(request):
        body: dict[str, Any] = {"error": message}
        if detail is not None:
            body["detail"] = jsonable_encoder(detail, custom_encoder={Exception: str})
        return JSONResponse(body, status_code=status)
    from ice_ledger.web.render import page

    return page(request, "error.html", {"status": status, "message": message}, status_code=status,
                title=f"{status}: {_REASONS.get(status, 'error')}")


_REASONS = {400: "bad request", 404: "not found", 405: "method not allowed", 413: "too large",
            422: "invalid request", 500: "internal error", 503: "no warehouse yet", 504: "too slow"}

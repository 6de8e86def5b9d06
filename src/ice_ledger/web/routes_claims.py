"""Check an article: paste text, get every checkable claim highlighted with its verdict and provenance."""

from __future__ import annotations

import datetime as dt
from typing import Any
from urllib.parse import parse_qs

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, JSONResponse, Response

from ice_ledger import api
from ice_ledger.api import IceLedgerError
from ice_ledger.web.errors import NotFoundError
from ice_ledger.web.models import CheckIn, CheckOut, ErrorOut
from ice_ledger.web.render import home, page, to_plain

router = APIRouter()


def _date(text: str | None) -> dt.date | None:
    if not text:
        return None
    try:
        return dt.date.fromisoformat(text)
    except ValueError as exc:
        raise IceLedgerError(f"cannot read the date {text!r}: write YYYY-MM-DD") from exc


def _check(request: Request, text: str, date: str | None) -> CheckOut:
    report = api.check(text, _date(date), home(request), source_name="web form")
    return CheckOut(available=True, report=to_plain(report))


def highlighted(report: dict[str, Any]) -> list[tuple[str, int | None]]:
    """The checked text cut into (text, claim number or None) pieces; the template escapes every piece."""
    text: str = report.get("text") or ""
    spans = []
    for i, c in enumerate(report.get("claims") or [], start=1):
        span = (c.get("claim") or {}).get("span") or {}
        if isinstance(span.get("start"), int) and isinstance(span.get("end"), int):
            spans.append((span["start"], span["end"], i))
    pieces: list[tuple[str, int | None]] = []
    at = 0
    for start, end, i in sorted(spans):
        if start < at or end <= start:
            continue  # overlaps a claim already marked: its own entry below still lists it
        pieces.append((text[at:start], None))
        pieces.append((text[start:end], i))
        at = end
    pieces.append((text[at:], None))
    return [p for p in pieces if p[0]]


@router.post("/api/check", response_model=CheckOut, tags=["claims"],
             responses={400: {"model": ErrorOut}, 413: {"model": ErrorOut}, 503: {"model": ErrorOut}})
def api_check(request: Request, body: CheckIn) -> CheckOut:
    """Every checkable claim in the text with a verdict, candidates, provenance and a robustness check."""
    return _check(request, body.text, body.date)


@router.get("/check", response_class=HTMLResponse, include_in_schema=False)
def check_form(request: Request) -> HTMLResponse:
    return page(request, "check.html", {"text": "", "date": "", "result": None, "pieces": []},
                title="Check an article")


@router.post("/check", response_class=HTMLResponse, include_in_schema=False)
async def check_page(request: Request) -> HTMLResponse:
    """The form posts urlencoded text; it is read as data only and never executed or put into a query."""
    form = parse_qs((await request.body()).decode("utf-8", errors="replace"), keep_blank_values=True)
    text, date = (form.get("text") or [""])[0], (form.get("date") or [""])[0].strip()
    from starlette.concurrency import run_in_threadpool

    return await run_in_threadpool(_checked_page, request, text, date or None, True)


def _checked_page(request: Request, text: str, date: str | None, keep: bool) -> HTMLResponse:
    """The check page for a text: verdicts, frames, and (when kept) a permalink and downloads of the report."""
    result = _check(request, text, date)
    cid = None
    if text.strip():
        cid = api.save_check(text, date, home(request)) if keep else api.check_id(text, date)
    pieces = highlighted(result.report) if result.report else []
    return page(request, "check.html", {"text": text, "date": date or "", "result": result, "pieces": pieces,
                                        "permalink": cid}, title="Check an article")


def _stored(request: Request, cid: str) -> tuple[str, str | None]:
    try:
        return api.load_check(cid, home(request))
    except KeyError:
        raise NotFoundError(f"no checked text with id {cid!r}") from None


@router.get("/check/{cid}.{fmt}", include_in_schema=False)
def check_download(request: Request, cid: str, fmt: str) -> Response:
    """The report of a kept check as JSON or as a standalone HTML page, checked against the current build."""
    if fmt not in ("json", "html"):
        raise NotFoundError(f"no download format {fmt!r}: use .json or .html")
    text, date = _stored(request, cid)
    rep = api.check(text, _date(date), home(request), source_name=f"check {cid}")
    disposition = {"Content-Disposition": f'attachment; filename="ice-ledger-check-{cid}.{fmt}"'}
    if fmt == "json":
        return JSONResponse(api.report_json(rep), headers=disposition)
    return HTMLResponse(api.report_html(rep), headers=disposition)


@router.get("/check/{cid}", response_class=HTMLResponse, include_in_schema=False)
def check_permalink(request: Request, cid: str) -> HTMLResponse:
    """A kept check, re-checked against the current build (the same words, today's evidence)."""
    text, date = _stored(request, cid)
    return _checked_page(request, text, date, False)

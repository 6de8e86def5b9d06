"""Sanctuary policies: every definition of "sanctuary" side by side, as of a date (via `ice_ledger.policies`)."""

from __future__ import annotations

import datetime as dt
from typing import Annotated

from fastapi import APIRouter, Query, Request
from fastapi.responses import HTMLResponse

from ice_ledger.web.models import ErrorOut, SanctuariesOut
from ice_ledger.web.render import as_rows, home, optional, page

router = APIRouter()
NOT_BUILT = ("the policies module (ice_ledger.policies: definitions, sanctuaries, sanctuary_counts) has not "
             "landed in this version")
AsOf = Annotated[dt.date | None, Query(description="The date the policies are read at (YYYY-MM-DD; default today).")]


def _sanctuaries(request: Request, as_of: dt.date | None) -> SanctuariesOut:
    mod = optional("ice_ledger.policies", "definitions", "sanctuaries", "sanctuary_counts")
    day = as_of or dt.date.today()
    if mod is None:
        return SanctuariesOut(available=False, as_of=day.isoformat(), message=NOT_BUILT)
    h = home(request)
    return SanctuariesOut(available=True, as_of=day.isoformat(), definitions=as_rows(mod.definitions(home=h)),
                          counts=as_rows(mod.sanctuary_counts(day, home=h)), places=as_rows(mod.sanctuaries(day, home=h)))


@router.get("/api/sanctuaries", response_model=SanctuariesOut, tags=["policies"],
            responses={400: {"model": ErrorOut}, 503: {"model": ErrorOut}})
def api_sanctuaries(request: Request, as_of: AsOf = None) -> SanctuariesOut:
    """Every sanctuary definition, how many places each counts, and the places, as of a date."""
    return _sanctuaries(request, as_of)


@router.get("/sanctuaries", response_class=HTMLResponse, include_in_schema=False)
def sanctuaries_page(request: Request, as_of: AsOf = None) -> HTMLResponse:
    return page(request, "sanctuaries.html", {"s": _sanctuaries(request, as_of)}, title="Sanctuary definitions",
                json_url=str(request.url.replace(path="/api/sanctuaries")))

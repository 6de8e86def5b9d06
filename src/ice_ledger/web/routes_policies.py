"""Sanctuary policies: every definition of "sanctuary" side by side, as of a date, and a map of one of them."""

from __future__ import annotations

import datetime as dt
from enum import StrEnum
from functools import lru_cache
from pathlib import Path
from typing import Annotated, Any

from fastapi import APIRouter, Query, Request
from fastapi.responses import HTMLResponse

from ice_ledger import api
from ice_ledger.web.models import ErrorOut, SanctuariesOut
from ice_ledger.web.policy_maps import DEFAULT_MAP, MAPS, PolicyMap, policy_map
from ice_ledger.web.render import as_rows, home, page

router = APIRouter()
AsOf = Annotated[dt.date | None, Query(description="The date the policies are read at (YYYY-MM-DD; default today).")]
MapKey = StrEnum("MapKey", {k: k for k in MAPS})  # type: ignore[misc]
MapOpt = Annotated[MapKey | None, Query(alias="map", description="What the map draws: a sanctuary definition held "
                                        "at member level, or 287g (agreements in force).")]


def _sanctuaries(request: Request, as_of: dt.date | None, drawn: PolicyMap | None = None) -> SanctuariesOut:
    day = as_of or dt.date.today()
    held = _held(str(api.current_build(home(request))), day, home(request))
    return held.model_copy(update={"map": drawn.summary() if drawn else None})


@lru_cache(maxsize=16)
def _held(build: str, day: dt.date, h: Path | None) -> SanctuariesOut:
    """Definitions, counts and members on a day, read once per build (the page is the heaviest policy read)."""
    return SanctuariesOut(available=True, as_of=day.isoformat(), definitions=as_rows(api.definitions(home=h)),
                          counts=as_rows(api.sanctuary_counts(day, home=h)), places=as_rows(api.sanctuaries(day, home=h)))


def _map(request: Request, key: Any, as_of: dt.date | None) -> PolicyMap:
    return policy_map(str(key.value if key is not None else DEFAULT_MAP), as_of or dt.date.today(), home(request))


@router.get("/api/sanctuaries", response_model=SanctuariesOut, tags=["policies"],
            responses={400: {"model": ErrorOut}, 503: {"model": ErrorOut}})
def api_sanctuaries(request: Request, as_of: AsOf = None, map_key: MapOpt = None) -> SanctuariesOut:
    """Every sanctuary definition, how many places each counts, and the places, as of a date.

    With `map`, also the numbers of that map: counties and states shaded, members not drawn and unresolved.
    """
    return _sanctuaries(request, as_of, _map(request, map_key, as_of) if map_key is not None else None)


@router.get("/sanctuaries", response_class=HTMLResponse, include_in_schema=False)
def sanctuaries_page(request: Request, as_of: AsOf = None, map_key: MapOpt = None) -> HTMLResponse:
    drawn = _map(request, map_key, as_of)
    s = _sanctuaries(request, as_of, drawn)
    json_url = str(request.url.replace(path="/api/sanctuaries", query=f"as_of={s.as_of}&map={drawn.key}"))
    return page(request, "sanctuaries.html", {"s": s, "drawn": drawn, "maps": MAPS},
                title="Sanctuary definitions", json_url=json_url)

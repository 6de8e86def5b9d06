"""Place look-up: a county, city or state and what the ledger holds about it (via `api.place`)."""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Any

from fastapi import APIRouter, Query, Request
from fastapi.responses import HTMLResponse

from ice_ledger import api
from ice_ledger.api import IceLedgerError
from ice_ledger.web.charts import Figure, crime_chart, timeline_chart
from ice_ledger.web.errors import NotFoundError
from ice_ledger.web.maps import atlas, locator_map
from ice_ledger.web.models import ErrorOut, PlaceOut
from ice_ledger.web.render import home, page, to_plain

router = APIRouter()
Q = Annotated[str, Query(max_length=200, description="A place name, e.g. 'Cook County, IL' or 'Texas'.")]


def _place(request: Request, q: str) -> PlaceOut:
    if not q.strip():
        return PlaceOut(available=True, query=q, message="type a place name")
    try:
        profile: Any = to_plain(api.place(q, home(request)))
    except api.PlaceNotFoundError as exc:  # unknown or ambiguous: the message lists the candidates
        raise NotFoundError(str(exc)) from exc
    return PlaceOut(available=True, query=q, profile=profile if isinstance(profile, dict) else {"profile": profile})


def _figures(request: Request, profile: dict[str, Any]) -> dict[str, Figure | str | None]:
    """The locator map, the crime chart and the policy timeline of a profile (None where nothing to draw)."""
    out: dict[str, Figure | str | None] = {"locator": None}
    fips = str(profile.get("fips") or "")
    if len(fips) in (2, 5):
        try:
            topo = atlas(api.paths(home(request)).raw_dir("geo_us_atlas"))
            out["locator"] = locator_map(topo, fips, str(profile.get("name") or fips))
        except IceLedgerError:
            out["locator"] = None
    out["crime"] = crime_chart(profile.get("crime") or [], "Offences reported by the county's own agencies"
                               if profile.get("level") == "county" else "Offences reported")
    out["timeline"] = timeline_chart(profile.get("policies") or [], "Policies over time",
                                     dt.date.today().isoformat())
    return out


@router.get("/api/places", response_model=PlaceOut, tags=["places"],
            responses={400: {"model": ErrorOut}, 404: {"model": ErrorOut}, 503: {"model": ErrorOut}})
def api_places(request: Request, q: Q = "") -> PlaceOut:
    """A place's profile: its identifiers, policies over time and enforcement figures."""
    return _place(request, q)


@router.get("/places", response_class=HTMLResponse, include_in_schema=False)
def places_page(request: Request, q: Q = "") -> HTMLResponse:
    p = _place(request, q)
    figures = _figures(request, p.profile) if p.profile else {}
    return page(request, "places.html", {"p": p, "figures": figures}, title="Places",
                json_url=str(request.url.replace(path="/api/places")))

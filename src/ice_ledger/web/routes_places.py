"""Place look-up: a county, city or state and what the ledger holds about it (via `ice_ledger.places`)."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Query, Request
from fastapi.responses import HTMLResponse

from ice_ledger.web.errors import NotFoundError
from ice_ledger.web.models import ErrorOut, PlaceOut
from ice_ledger.web.render import home, optional, page, to_plain

router = APIRouter()
NOT_BUILT = "the places module (ice_ledger.places.profile) has not landed in this version"
Q = Annotated[str, Query(max_length=200, description="A place name, e.g. 'Cook County, IL' or 'Texas'.")]


def _place(request: Request, q: str) -> PlaceOut:
    mod = optional("ice_ledger.places", "profile")
    if mod is None:
        return PlaceOut(available=False, query=q, message=NOT_BUILT)
    if not q.strip():
        return PlaceOut(available=True, query=q, message="type a place name")
    not_found = getattr(mod, "PlaceNotFoundError", ())
    try:
        profile: Any = to_plain(mod.profile(q, home=home(request)))
    except not_found as exc:  # unknown or ambiguous: the message lists the candidates
        raise NotFoundError(str(exc)) from exc
    return PlaceOut(available=True, query=q, profile=profile if isinstance(profile, dict) else {"profile": profile})


@router.get("/api/places", response_model=PlaceOut, tags=["places"],
            responses={400: {"model": ErrorOut}, 404: {"model": ErrorOut}, 503: {"model": ErrorOut}})
def api_places(request: Request, q: Q = "") -> PlaceOut:
    """A place's profile: its identifiers, policies over time and enforcement figures."""
    return _place(request, q)


@router.get("/places", response_class=HTMLResponse, include_in_schema=False)
def places_page(request: Request, q: Q = "") -> HTMLResponse:
    return page(request, "places.html", {"p": _place(request, q)}, title="Places",
                json_url=str(request.url.replace(path="/api/places")))

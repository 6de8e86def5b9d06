"""Policy effects: the ledger's own estimates (staggered difference-in-differences), with their caveats, on a page
and as JSON. Each estimate is computed on request from the warehouse (a second or two), in the bounded pool."""

from __future__ import annotations

from enum import StrEnum
from typing import Annotated, Any

from fastapi import APIRouter, Path, Query, Request
from fastapi.responses import HTMLResponse

from ice_ledger import api
from ice_ledger.web.charts import event_study_chart
from ice_ledger.web.errors import NotFoundError
from ice_ledger.web.models import ErrorOut
from ice_ledger.web.render import home, page

router = APIRouter()
Method = StrEnum("Method", {m: m for m in api.effect_methods()})  # type: ignore[misc]
MethodOpt = Annotated[Method, Query(description="did2s (Gardner two-stage), cs (Callaway–Sant'Anna), sunab "
                                                "(Sun–Abraham) or twfe (two-way fixed effects, for comparison).")]
OutcomeOpt = Annotated[str | None, Query(max_length=64, description="One of the application's outcomes (default: "
                                                                    "its first).")]
Name = Annotated[str, Path(max_length=64, description="An application, e.g. 287g-crime.")]


def _application(name: str) -> dict[str, Any]:
    found = next((a for a in api.effect_catalogue() if a["name"] == name), None)
    if found is None:
        known = ", ".join(a["name"] for a in api.effect_catalogue())
        raise NotFoundError(f"no effect application {name!r}; known: {known}")
    return found


def _estimate(request: Request, name: str, outcome: str | None, method: Any) -> dict[str, Any]:
    app = _application(name)
    result = api.run_application(name, outcome=outcome, method=str(method.value), home=home(request))
    return {"application": app, "summary": result.summary_lines(), "result": result.to_dict()}


@router.get("/api/effects", tags=["effects"], responses={503: {"model": ErrorOut}})
def api_effects() -> list[dict[str, Any]]:
    """The built-in effect applications, with their outcomes."""
    return api.effect_catalogue()


@router.get("/api/effects/{name}", tags=["effects"],
            responses={400: {"model": ErrorOut}, 404: {"model": ErrorOut}, 503: {"model": ErrorOut}})
def api_effect(request: Request, name: Name, outcome: OutcomeOpt = None,
               method: MethodOpt = Method.did2s) -> dict[str, Any]:  # type: ignore[attr-defined]
    """One application's estimate: the overall effect, the event study, pre-trend tests, the design's warnings and
    the files it read (in `result.description`)."""
    return _estimate(request, name, outcome, method)


@router.get("/effects", response_class=HTMLResponse, include_in_schema=False)
def effects_page(request: Request) -> HTMLResponse:
    return page(request, "effects.html", {"apps": api.effect_catalogue()}, title="Policy effects",
                json_url=str(request.url.replace(path="/api/effects", query="")))


@router.get("/effects/{name}", response_class=HTMLResponse, include_in_schema=False)
def effect_page(request: Request, name: Name, outcome: OutcomeOpt = None,
                method: MethodOpt = Method.did2s) -> HTMLResponse:  # type: ignore[attr-defined]
    e = _estimate(request, name, outcome, method)
    r = e["result"]
    chart = event_study_chart(r["event_study"], f"{name}: {r['outcome']}")
    return page(request, "effect.html", {"e": e, "r": r, "chart": chart, "methods": [m.value for m in Method],
                                         "method": method.value, "outcome": outcome or e["application"]["outcomes"][0]},
                title=f"Effect: {e['application']['title']}",
                json_url=str(request.url.replace(path=f"/api/effects/{name}")))

"""Metrics pages: the catalogue, and one metric by chosen breakdowns with chart, provenance and suppression."""

from __future__ import annotations

from typing import Annotated, Any
from urllib.parse import urlencode

from fastapi import APIRouter, Query, Request
from fastapi.responses import HTMLResponse

from ice_ledger import api
from ice_ledger.api import IceLedgerError
from ice_ledger.web.charts import metric_figure
from ice_ledger.web.metric_maps import metric_map
from ice_ledger.web.models import ErrorOut, MetricOut, MetricValuesOut, ProvenanceOut
from ice_ledger.web.render import home, page, records

router = APIRouter()
ERRORS: dict[int | str, dict[str, Any]] = {400: {"model": ErrorOut}, 404: {"model": ErrorOut},
                                           503: {"model": ErrorOut}}
By = Annotated[list[str] | None, Query(description="Breakdowns, e.g. fiscal_year, state (see the catalogue).",
                                       max_length=4)]
Where = Annotated[list[str] | None, Query(description="Filters COLUMN=VALUE.", max_length=20)]
Definition = Annotated[str | None, Query(description="Sanctuary definition id for the policy_status breakdown "
                                         "(see /api/sanctuaries).", max_length=80)]


def download_links(name: str, by: list[str], where: list[str], definition: str | None) -> dict[str, str]:
    """Links to CSV and Parquet of exactly the rows a metric page shows."""
    query = ([("by", b) for b in by] + [("where", w) for w in where]
             + ([("definition", definition)] if definition else []))
    return {fmt: f"/api/metrics/{name}/download?{urlencode([('format', fmt), *query])}" for fmt in ("csv", "parquet")}


def _values(request: Request, name: str, by: list[str], where: list[str], definition: str | None = None
            ) -> MetricValuesOut:
    """Values always pass through the metrics layer's small-cell suppression (it is never turned off here)."""
    r = api.metric(name, by=by, where=where, home=home(request), definition=definition or None)
    comparison = None
    if r.metric.official_metric and by == ["fiscal_year"] and not where:
        try:
            comparison = records(api.compare_sources(name, by=["fiscal_year"], home=home(request)))
        except IceLedgerError:
            comparison = None
    return MetricValuesOut(metric=MetricOut(**r.metric.describe()), by=list(r.by), where=where,
                           rows=records(r.frame), suppressed_cells=r.suppressed_cells,
                           provenance=ProvenanceOut(**r.provenance.as_dict()), notes=r.notes,
                           comparison=comparison, downloads=download_links(name, list(r.by), where, definition))


@router.get("/api/metrics", response_model=list[MetricOut], tags=["metrics"])
def api_catalogue() -> list[MetricOut]:
    """Every metric with its definition, unit, numerator/denominator, breakdowns, sources and caveats."""
    return [MetricOut(**m.describe()) for m in api.metric_catalogue()]


@router.get("/api/metrics/{name}", response_model=MetricValuesOut, tags=["metrics"], responses=ERRORS)
def api_metric(request: Request, name: str, by: By = None, where: Where = None,
               definition: Definition = None) -> MetricValuesOut:
    """A metric's values by the given breakdowns, small cells suppressed, with provenance."""
    return _values(request, name, list(by or []), list(where or []), definition)


@router.get("/metrics", response_class=HTMLResponse, include_in_schema=False)
def catalogue_page(request: Request) -> HTMLResponse:
    return page(request, "metrics.html", {"metrics": api_catalogue()}, title="Metrics", json_url="/api/metrics")


@router.get("/metrics/{name}", response_class=HTMLResponse, include_in_schema=False)
def metric_page(request: Request, name: str, by: By = None, where: Where = None,
                definition: Definition = None) -> HTMLResponse:
    m = api.metric_info(name)
    chosen = [b for b in (by or []) if b]
    if by is None:
        chosen = ["fiscal_year"] if "fiscal_year" in m.breakdowns else []
    filters = [w for w in (where or []) if w.strip()]
    v = _values(request, name, chosen, filters, definition)
    h = home(request)
    figure = metric_figure(v.rows, v.by, m.title, m.unit,
                           map_drawer=lambda frame, b, t, u: metric_map(h, frame, b, t, u))
    json_url = str(request.url.replace(path=f"/api/metrics/{m.name}"))
    if by is None and chosen:
        json_url += "?by=" + chosen[0]
    return page(request, "metric.html", {"v": v, "m": v.metric, "figure": figure, "chosen": chosen,
                                         "filters": filters, "definition": definition or ""},
                title=m.title, json_url=json_url)

"""The ledger pages: about (with the build and sources), sources, tables with filters, and row lineage."""

from __future__ import annotations

from dataclasses import asdict
from typing import Annotated, Any
from urllib.parse import quote

from fastapi import APIRouter, Query, Request
from fastapi.responses import HTMLResponse

from ice_ledger import api
from ice_ledger.api import IceLedgerError
from ice_ledger.web.limits import MAX_LIMIT, MAX_OFFSET
from ice_ledger.web.models import AboutOut, ErrorOut, SourceOut, TableOut, TraceOut
from ice_ledger.web.render import home, page, plain, records

router = APIRouter()
ERRORS: dict[int | str, dict[str, Any]] = {400: {"model": ErrorOut}, 404: {"model": ErrorOut},
                                           503: {"model": ErrorOut}}
MISSION = ("ice-ledger turns the public record of U.S. immigration enforcement into a reproducible, traceable "
           "warehouse: every number links back to the file, sheet and row it came from. It measures; it does "
           "not argue.")

Where = Annotated[list[str] | None, Query(description="Filters COLUMN=VALUE (also !=, <, <=, >, >=, ~ contains).",
                                          max_length=20)]
Limit = Annotated[int, Query(ge=1, le=MAX_LIMIT, description=f"Rows per page (at most {MAX_LIMIT}).")]
Offset = Annotated[int, Query(ge=0, le=MAX_OFFSET, description=f"Rows to skip (at most {MAX_OFFSET:,}).")]


# -- data ------------------------------------------------------------------------------------------------
def _sources(request: Request) -> list[SourceOut]:
    return [SourceOut(**asdict(s)) for s in api.sources(home(request))]


def _about(request: Request) -> AboutOut:
    h = home(request)
    try:
        names = api.tables(h)
    except IceLedgerError:
        names = []
    build = None
    if "builds" in names:
        rows = records(api.table("builds", limit=None, home=h))
        build = rows[-1] if rows else None
    return AboutOut(name="ice-ledger", version=api.version(), mission=MISSION, build=build,
                    sources=_sources(request), tables=names)


def _table(request: Request, name: str, where: list[str] | None, limit: int, offset: int) -> TableOut:
    """One page of a table in the warehouse's stable lineage order: SQL LIMIT/OFFSET reads limit+1 rows."""
    df = api.table(name, where=list(where or []), limit=limit + 1, offset=offset, home=home(request))
    more = len(df) > limit
    window = df.iloc[:limit]
    lineage = [c for c in df.columns if c in api.LINEAGE and c not in ("row_id", "fiscal_year")]
    return TableOut(table=name, columns=[str(c) for c in df.columns], rows=records(window), where=list(where or []),
                    limit=limit, offset=offset, next_offset=offset + limit if more else None,
                    lineage_columns=lineage)


def _trace(request: Request, table: str, row_id: str) -> TraceOut:
    t = api.trace(table, row_id, home=home(request))
    d = {k: plain(v) for k, v in asdict(t).items() if k not in ("loaded", "raw", "derived_from")}
    # api.trace renders a missing timestamp as the text "NaT"; a typed column never holds that text otherwise
    loaded = {str(k): None if v == "NaT" else plain(v) for k, v in t.loaded.items()}
    return TraceOut(**d, loaded=loaded, derived_from=t.derived_from,
                    raw={str(k): plain(v) for k, v in t.raw.items()} if t.raw is not None else None)


# -- JSON ------------------------------------------------------------------------------------------------
@router.get("/api/about", response_model=AboutOut, tags=["ledger"])
def api_about(request: Request) -> AboutOut:
    """What ice-ledger is, the last build, every source (licence, files, sha256) and the warehouse's tables."""
    return _about(request)


@router.get("/api/sources", response_model=list[SourceOut], tags=["ledger"])
def api_sources(request: Request) -> list[SourceOut]:
    """Every registered source with its files (URL, size, sha256) and what the last build loaded."""
    return _sources(request)


@router.get("/api/tables", response_model=list[str], tags=["ledger"], responses=ERRORS)
def api_tables(request: Request) -> list[str]:
    """The warehouse's tables and views."""
    return api.tables(home(request))


@router.get("/api/tables/{name}", response_model=TableOut, tags=["ledger"], responses=ERRORS)
def api_table(request: Request, name: str, where: Where = None, limit: Limit = 50, offset: Offset = 0) -> TableOut:
    """Rows of a table, filtered and paginated; every row carries its `row_id` for /api/trace."""
    return _table(request, name, where, limit, offset)


@router.get("/api/trace/{table}/{row_id}", response_model=TraceOut, tags=["ledger"], responses=ERRORS)
def api_trace(request: Request, table: str, row_id: str) -> TraceOut:
    """Where one row came from: source, release, file (sha256), sheet, row number, raw and loaded values."""
    return _trace(request, table, row_id)


# -- HTML ------------------------------------------------------------------------------------------------
@router.get("/", response_class=HTMLResponse, include_in_schema=False)
def about_page(request: Request) -> HTMLResponse:
    return page(request, "about.html", {"about": _about(request)}, title="ice-ledger", json_url="/api/about")


@router.get("/sources", response_class=HTMLResponse, include_in_schema=False)
def sources_page(request: Request) -> HTMLResponse:
    return page(request, "sources.html", {"sources": _sources(request)}, title="Sources", json_url="/api/sources")


@router.get("/tables", response_class=HTMLResponse, include_in_schema=False)
def tables_page(request: Request) -> HTMLResponse:
    return page(request, "tables.html", {"tables": api.tables(home(request))}, title="Tables",
                json_url="/api/tables")


@router.get("/tables/{name}", response_class=HTMLResponse, include_in_schema=False)
def table_page(request: Request, name: str, where: Where = None, limit: Limit = 50, offset: Offset = 0,
               all_columns: bool = False) -> HTMLResponse:
    where = [w for w in (where or []) if w.strip()]
    t = _table(request, name, where, limit, offset)
    shown = t.columns if all_columns else [c for c in t.columns if c not in t.lineage_columns]
    query = [("where", w) for w in where] + [("limit", str(limit))]
    return page(request, "table.html", {"t": t, "shown": shown, "all_columns": all_columns, "query": query},
                title=f"Table {name}", json_url=str(request.url.replace(path=f"/api/tables/{quote(name, safe='')}")))


@router.get("/trace/{table}/{row_id}", response_class=HTMLResponse, include_in_schema=False)
def trace_page(request: Request, table: str, row_id: str) -> HTMLResponse:
    return page(request, "trace.html", {"t": _trace(request, table, row_id)}, title=f"Lineage of {table} {row_id}",
                json_url=f"/api/trace/{quote(table, safe='')}/{quote(row_id, safe='')}")

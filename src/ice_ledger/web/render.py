"""Templates and the small helpers every route shares: the page renderer and plain JSON values."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pandas as pd
from fastapi import Request
from fastapi.responses import HTMLResponse
from fastapi.templating import Jinja2Templates

from ice_ledger.api import plain

HERE = Path(__file__).resolve().parent
STATIC_DIR = HERE / "static"
templates = Jinja2Templates(directory=HERE / "templates")  # autoescapes .html templates

NAV = (("/", "About"), ("/sources", "Sources"), ("/tables", "Tables"), ("/metrics", "Metrics"),
       ("/places", "Places"), ("/sanctuaries", "Sanctuaries"), ("/effects", "Effects"), ("/check", "Check an article"))


def home(request: Request) -> Path | None:
    return request.app.state.home


def page(request: Request, template: str, context: dict[str, Any], *, title: str, json_url: str | None = None,
         status_code: int = 200) -> HTMLResponse:
    """Render a page inside the site layout; `json_url` is the page's JSON twin, linked from the header."""
    ctx = {"title": title, "nav": NAV, "json_url": json_url, **context}
    return templates.TemplateResponse(request, template, ctx, status_code=status_code)


def records(df: pd.DataFrame) -> list[dict[str, Any]]:
    cols = [str(c) for c in df.columns]
    return [dict(zip(cols, (plain(v) for v in row), strict=True)) for row in df.itertuples(index=False, name=None)]


def cell(v: Any, column: str = "") -> str:
    """A value as shown in an HTML table cell (thousands separators, except for years, ids and row numbers)."""
    v = plain(v)
    if v is None:
        return ""
    if isinstance(v, bool):
        return "yes" if v else "no"
    if isinstance(v, list):
        return ", ".join(cell(x) for x in v)
    if isinstance(v, str) and v.startswith("[") and v.endswith("]"):  # a JSON list stored as text
        try:
            items = json.loads(v)
        except ValueError:
            return v
        return ", ".join(str(x) for x in items) if isinstance(items, list) else v
    if isinstance(v, float):
        return f"{v:,.4g}" if abs(v) < 1 else f"{v:,.2f}".rstrip("0").rstrip(".")
    if isinstance(v, int):
        plain_int = column.endswith(("year", "_row", "_id", "fips", "code")) or column == "year"
        return str(v) if plain_int else f"{v:,}"
    return str(v)


templates.env.filters["cell"] = cell
# lineage columns left out of nested tables on pages (the JSON twin keeps them; row_id stays for tracing)
templates.env.globals["quiet_columns"] = ("release", "source_file", "source_sheet", "source_row", "duplicate_likely",
                                          "duplicate_rule", "duplicate_of")


def to_plain(obj: Any) -> Any:
    """Whatever the api returns (data frame, dataclass, object with to_dict, list, dict) as JSON data."""
    import dataclasses

    kind = type(obj)  # the common leaves and containers first: a check report has tens of thousands of them
    if obj is None or kind is str or kind is int or kind is bool:
        return obj
    if kind is dict:
        return {str(k): to_plain(v) for k, v in obj.items()}
    if kind is list:
        return [to_plain(v) for v in obj]
    if isinstance(obj, pd.DataFrame):
        return records(obj)
    if hasattr(obj, "to_dict") and not isinstance(obj, (dict, pd.Series)):
        return to_plain(obj.to_dict())
    if hasattr(obj, "model_dump"):
        return to_plain(obj.model_dump())
    if dataclasses.is_dataclass(obj) and not isinstance(obj, type):
        return to_plain(dataclasses.asdict(obj))
    if isinstance(obj, dict):
        return {str(k): to_plain(v) for k, v in obj.items()}
    if isinstance(obj, (list, tuple, set)):
        return [to_plain(v) for v in obj]
    return plain(obj)


def as_rows(obj: Any) -> list[dict[str, Any]]:
    """A list of records from a frame or a list of objects (a single object becomes one row)."""
    data = to_plain(obj)
    if isinstance(data, dict):
        return [data]
    return [r if isinstance(r, dict) else {"value": r} for r in (data or [])]

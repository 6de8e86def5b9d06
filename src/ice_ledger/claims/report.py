"""Render a check: a terminal table, versioned JSON (docs/claims-json-schema.md) and a self-contained HTML page.

The HTML page is made by jinja2 with autoescaping on: every piece of the article and every explanation is
escaped, the page loads nothing from the network (inline CSS and JS only) and the claim data it embeds is
JSON with `<`, `>` and `&` escaped so no input can close the script element.
"""

from __future__ import annotations

import itertools
import json
from importlib import resources
from typing import Any

import jinja2
from rich.console import Console
from rich.table import Table

from ice_ledger.claims.model import Report
from ice_ledger.claims.verdict import fmt

COLOURS = {"accurate": "#1a7f37", "approximately_accurate": "#4c9a2a", "inaccurate": "#cf222e",
           "misleading": "#bc4c00", "depends_on_definition": "#8250df", "unverifiable": "#6e7781",
           "supported_by_research": "#1a7f37", "contradicted_by_research": "#cf222e", "mixed_research": "#9a6700"}
_RICH = {"accurate": "green", "approximately_accurate": "green", "inaccurate": "red", "misleading": "dark_orange",
         "depends_on_definition": "magenta", "unverifiable": "grey50", "supported_by_research": "green",
         "contradicted_by_research": "red", "mixed_research": "yellow"}


def to_json(report: Report) -> dict[str, Any]:
    """The versioned JSON document (schema in docs/claims-json-schema.md)."""
    d = report.to_dict()
    d["verdict_counts"] = verdict_counts(report)
    return d


def verdict_counts(report: Report) -> dict[str, int]:
    out: dict[str, int] = {}
    for c in report.claims:
        out[c.verdict.label] = out.get(c.verdict.label, 0) + 1
    return out


def print_table(report: Report, console: Console | None = None) -> None:
    console = console or Console()
    title = f"claims in {report.source_name}"
    if report.article_date:
        title += f" (article date {report.article_date}, {report.article_date_confidence}: {report.article_date_how})"
    t = Table(title=title, header_style="bold", show_lines=True)
    for col in ("id", "claim", "verdict", "why", "evidence"):
        t.add_column(col, overflow="fold", no_wrap=col in ("id", "verdict"),
                     ratio={"claim": 3, "why": 5, "evidence": 3}.get(col))
    for cc in report.claims:
        c, v = cc.claim, cc.verdict
        ev = ("; ".join(cc.provenance.trace[:2]) or "; ".join(s["study_id"] for s in cc.provenance.studies[:4])
              or cc.provenance.query)
        others = [x for x in cc.candidates[1:3] if x.value is not None]
        if others:
            ev += ("\n" if ev else "") + "runners-up: " + "; ".join(
                f"{x.label} = {fmt(x.value, 'share' if (x.metric or '').startswith('share') else 'count')} "
                f"({x.score:.2f})" for x in others)
        if cc.robustness and cc.robustness.summary:
            ev += ("\n" if ev else "") + "robustness: " + cc.robustness.summary
        said = c.span.text if len(c.span.text) <= 110 else c.span.text[:107] + "..."
        t.add_row(c.id, f"{said}\n[dim]{c.kind}[/]", f"[{_RICH.get(v.label, 'white')}]{v.label}[/]",
                  v.explanation, ev)
    if report.claims:
        console.print(t)
    else:
        console.print(title, highlight=False)
    for note in report.notes:
        console.print(f"[yellow]note:[/] {note}", highlight=False)
    counts = ", ".join(f"{k}: {n}" for k, n in verdict_counts(report).items())
    console.print(f"{len(report.claims)} claims in {report.n_sentences} sentences" + (f" — {counts}" if counts else ""))


def _segments(report: Report) -> list[dict[str, Any]]:
    """The article cut at every claim boundary; each piece lists the claims covering it (innermost first)."""
    text = report.text
    cuts = {0, len(text)}
    for cc in report.claims:
        cuts.update((cc.claim.span.start, cc.claim.span.end))
    bounds = sorted(c for c in cuts if 0 <= c <= len(text))
    out: list[dict[str, Any]] = []
    for a, b in itertools.pairwise(bounds):
        covering = sorted((cc for cc in report.claims if cc.claim.span.start <= a and b <= cc.claim.span.end),
                          key=lambda cc: cc.claim.span.end - cc.claim.span.start)
        seg: dict[str, Any] = {"text": text[a:b]}
        if covering:
            seg["ids"] = [cc.claim.id for cc in covering]
            seg["verdict"] = covering[0].verdict.label
            seg["first"] = [cc.claim.id for cc in covering if cc.claim.span.start == a]
        out.append(seg)
    return out


def _env() -> jinja2.Environment:
    return jinja2.Environment(autoescape=True, undefined=jinja2.StrictUndefined, trim_blocks=True, lstrip_blocks=True)


def _safe_json(obj: Any) -> str:
    return (json.dumps(obj, ensure_ascii=False, default=str).replace("<", "\\u003c").replace(">", "\\u003e")
            .replace("&", "\\u0026").replace("\u2028", "\\u2028").replace("\u2029", "\\u2029"))


def to_html(report: Report) -> str:
    """A self-contained page: the article with each claim highlighted by verdict, evidence on click."""
    template = resources.files("ice_ledger.claims").joinpath("report.html.j2").read_text(encoding="utf-8")
    data = to_json(report)
    return _env().from_string(template).render(
        report=report, segments=_segments(report), colours=COLOURS, counts=verdict_counts(report),
        data_json=jinja2.utils.markupsafe.Markup(_safe_json(data)))

"""Claim commands: check (an article → claims, verdicts, evidence), studies (the research registry), eval."""

from __future__ import annotations

import datetime as dt
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from ice_ledger.cli.common import HomeOpt, console, print_json


def register(app: typer.Typer) -> None:
    app.command("check")(check)
    app.command("studies")(studies)
    app.command("eval")(evaluate)


class ReportFormat(StrEnum):
    table = "table"
    json = "json"
    html = "html"


def _date(value: str | None) -> dt.date | None:
    if value is None:
        return None
    from ice_ledger.claims.check import ClaimInputError

    try:
        return dt.date.fromisoformat(value)
    except ValueError as exc:
        raise ClaimInputError(f"--date {value!r} is not a date ({exc}; use YYYY-MM-DD)") from exc


def check(
    article: Annotated[str, typer.Argument(help="The article: a text or HTML file, or '-' for standard input.")],
    date: Annotated[str | None, typer.Option("--date", help="The article's publication date (YYYY-MM-DD); sets "
                                              "'last fiscal year' etc. Without it the date is inferred.")] = None,
    fmt: Annotated[ReportFormat, typer.Option("--format", "-f", help="table, json or html.")] = ReportFormat.table,
    out: Annotated[Path | None, typer.Option("--out", "-o", help="Write the report to this file.")] = None,
    records: Annotated[bool, typer.Option("--records", help="Also compute each figure from record-level data "
                                          "through the metrics catalogue (runners-up; slower).")] = False,
    home: HomeOpt = None,
) -> None:
    """Find every checkable claim in an article and rate it against official figures and published research.

    Example: ice-ledger check ../shared/reference/example_article.txt --date 2018-12-15 --format html --out r.html
    """
    import json

    from ice_ledger.claims import report as render
    from ice_ledger.claims.check import check_text, read_input

    text, name = read_input(article)
    result = check_text(text, _date(date), home=home, source_name=name, records=records)
    if fmt is ReportFormat.table and out is None:
        render.print_table(result, console)
        return
    if fmt is ReportFormat.html or (out is not None and out.suffix.lower() in (".html", ".htm")
                                    and fmt is ReportFormat.table):
        body = render.to_html(result)
    elif fmt is ReportFormat.json:
        body = json.dumps(render.to_json(result), indent=2, default=str, ensure_ascii=False) + "\n"
    else:
        from io import StringIO

        from rich.console import Console

        buf = StringIO()
        render.print_table(result, Console(file=buf, width=160, color_system=None))
        body = buf.getvalue()
    if out is None:
        console.file.write(body)
        return
    out.write_text(body, encoding="utf-8")
    console.print(f"{len(result.claims)} claims → {out}")


def studies(
    topic: Annotated[str | None, typer.Option("--topic", help="A topic tag, e.g. sanctuary_crime, crime_reporting.")]
    = None,
    fmt: Annotated[str, typer.Option("--format", "-f", help="table or json.")] = "table",
) -> None:
    """The research registry: published studies with design, estimate, direction and citation."""
    import pandas as pd

    from ice_ledger.cli.common import Format, print_frame
    from ice_ledger.effects.studies import studies as registry
    from ice_ledger.effects.studies import topics
    from ice_ledger.errors import IceLedgerError

    if topic is not None and topic not in topics():
        raise IceLedgerError(f"no topic {topic!r}; topics are: {', '.join(topics())}")
    rows = [s.to_dict() for s in registry(topic=topic)]
    if fmt == "json":
        print_json(rows)
        return
    cols = ["study_id", "year", "design", "unit", "outcome", "estimate", "direction", "verification", "citation"]
    print_frame(pd.DataFrame(rows)[cols], Format.table, title=f"studies{f' on {topic}' if topic else ''}")


def evaluate(
    labels: Annotated[Path, typer.Argument(help="Labelled claims CSV: article, sentence, expected_subject, "
                                           "expected_value, expected_verdict[, article_date, claim_text].")],
    home: HomeOpt = None,
    fmt: Annotated[str, typer.Option("--format", "-f", help="table or json.")] = "table",
) -> None:
    """Score the checker: claim recall, match accuracy, verdict accuracy and a confusion matrix.

    Example: ice-ledger eval tests/claims/labels.csv
    """
    from rich.table import Table

    from ice_ledger.claims.evaluate import evaluate as run

    result = run(labels, home=home)
    if fmt == "json":
        print_json({**result.summary(), "rows": result.rows})
        return
    console.print(f"labels: {result.n_labels}  found: {result.n_found}  claim recall: {result.recall:.1%}  "
                  f"match accuracy: {result.match_accuracy:.1%}  verdict accuracy: {result.verdict_accuracy:.1%}")
    predicted = sorted({p for row in result.confusion.values() for p in row})
    t = Table(title="confusion (rows: expected, columns: predicted)", header_style="bold")
    t.add_column("expected")
    for p in predicted:
        t.add_column(p, justify="right")
    for exp, row in sorted(result.confusion.items()):
        t.add_row(exp, *[str(row.get(p, "")) for p in predicted])
    console.print(t)
    misses = [r for r in result.rows if r["expected"] != r["predicted"]]
    for r in misses:
        console.print(f"  line {r['line']}: expected {r['expected']}, got {r['predicted']} — {r['sentence']}",
                      highlight=False)

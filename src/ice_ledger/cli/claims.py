"""Claim commands: check (an article → claims, verdicts, evidence), studies (the research registry), eval."""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from ice_ledger import api
from ice_ledger.cli.common import HomeOpt, console, print_json

if TYPE_CHECKING:
    from ice_ledger.api import Outcome, Score


def register(app: typer.Typer) -> None:
    app.command("check")(check)
    app.command("studies")(studies)
    app.command("eval")(evaluate)


class ReportFormat(StrEnum):
    table = "table"
    json = "json"
    html = "html"


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

    text, name = api.read_article(article)
    result = api.check(text, api.parse_date(date), home=home, source_name=name, records=records)
    if fmt is ReportFormat.table and out is None:
        api.print_report(result, console)
        return
    if fmt is ReportFormat.html or (out is not None and out.suffix.lower() in (".html", ".htm")
                                    and fmt is ReportFormat.table):
        body = api.report_html(result)
    elif fmt is ReportFormat.json:
        body = json.dumps(api.report_json(result), indent=2, default=str, ensure_ascii=False) + "\n"
    else:
        from io import StringIO

        from rich.console import Console

        buf = StringIO()
        api.print_report(result, Console(file=buf, width=160, color_system=None))
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

    rows = [s.to_dict() for s in api.studies(topic)]
    if fmt == "json":
        print_json(rows)
        return
    cols = ["study_id", "year", "design", "unit", "outcome", "estimate", "direction", "verification", "citation"]
    print_frame(pd.DataFrame(rows)[cols], Format.table, title=f"studies{f' on {topic}' if topic else ''}")


def evaluate(
    labels: Annotated[Path, typer.Argument(help="Labelled claims CSV: the dev set's (article_file, claim_id, sentence, "
                                           "claimed_value, expected_verdict; leaning.csv beside it) or the "
                                           "project's (article, sentence, expected_subject, expected_value, "
                                           "expected_verdict[, article_date, claim_text]).")],
    articles_dir: Annotated[Path | None, typer.Argument(help="Where the dev set's article_file paths start "
                                                        "(default: the labels file's folder).")] = None,
    verbose: Annotated[bool, typer.Option("--verbose", "-v", help="Also list every claim missed or misrated, "
                                          "with the checker's explanation.")] = False,
    json_out: Annotated[Path | None, typer.Option("--json-out", help="Also write the figures to this JSON file.")]
    = None,
    min_recall: Annotated[float, typer.Option("--min-recall", help="Exit 1 below this claim recall.")] = 0.80,
    min_accuracy: Annotated[float, typer.Option("--min-accuracy", help="Exit 1 below this verdict accuracy (of "
                                                "found claims).")] = 0.70,
    max_false: Annotated[float, typer.Option("--max-false", help="Exit 1 above this false-accusation rate (of "
                                             "found claims labelled accurate).")] = 1.0,
    home: HomeOpt = None,
    fmt: Annotated[str, typer.Option("--format", "-f", help="table or json.")] = "table",
) -> None:
    """Score the checker on labelled claims: recall, verdict accuracy, end to end, false accusations, accuracy by
    leaning and a confusion matrix (the figures of ../shared/tools/eval_claims.py, checked in this process).

    Example: ice-ledger eval ../shared/reference/claims_dev/claims.csv ../shared/reference/claims_dev --verbose
    """
    import json

    from rich.progress import Progress

    from ice_ledger.cli.common import err

    with Progress(console=err, transient=True) as progress:
        task = progress.add_task("checking", total=None)

        def tell(name: str) -> None:
            progress.update(task, advance=1, description=f"checking {name}")

        score = api.evaluate(labels, articles_dir, home=home, on_article=tell)
    figures = score.to_json()
    if json_out is not None:
        json_out.write_text(json.dumps(figures, indent=1) + "\n", encoding="utf-8")
    failures = api.evaluation_failures(score, min_recall, min_accuracy, max_false)
    if fmt == "json":
        print_json({**figures, "outcomes": [_outcome_row(o) for o in score.outcomes], "failures": failures})
    else:
        _print_score(score, verbose)
    for failure in failures:
        err.print(f"below threshold: {failure}", markup=False, highlight=False)
    if failures:
        raise typer.Exit(1)


def _outcome_row(o: Outcome) -> dict[str, object]:
    return {"article": o.article, "claim_id": o.claim_id, "sentence": o.sentence, "expected": o.expected,
            "predicted": o.predicted, "explanation": o.explanation, "leaning": o.leaning, "matched": o.matched}


_SHORT = {"accurate": "acc", "approximately_accurate": "approx", "inaccurate": "inacc", "misleading": "mislead",
          "depends_on_definition": "depends", "unverifiable": "unverif", "supported_by_research": "supp",
          "contradicted_by_research": "contra", "mixed_research": "mixed"}


def _print_score(score: Score, verbose: bool) -> None:
    """The shared script's report (per-claim misses, per-article counts, leanings, summary) and the confusion."""
    from rich.table import Table

    def say(text: str) -> None:
        console.print(text, markup=False, highlight=False, soft_wrap=True)

    if verbose:
        for o in score.outcomes:
            if not o.found:
                say(f"  MISSED {o.claim_id} ({o.expected}): {o.sentence[:140]!r}")
            elif not o.right:
                say(f"  WRONG {o.claim_id}: expected {o.expected}, got {o.predicted}: {o.sentence[:110]!r}\n"
                    f"     says: {o.explanation[:400]!r}")
    for article, labelled, found, right in score.per_article():
        say(f"{article}: {labelled} labelled, {found} found, {right} right verdict")
    for error in score.errors:
        say(f"ERROR {error}")
    if score.has_leanings:
        say("accuracy by leaning: " + ", ".join(f"{k} {r}/{f}" for k, (f, r) in sorted(score.by_leaning().items())))
    confusion = score.confusion()
    predicted = sorted({p for _, p in confusion})
    table = Table(title="confusion (rows: expected, columns: predicted)", header_style="bold", box=None, padding=(0, 1),
                  caption=", ".join(f"{short} = {long}" for long, short in _SHORT.items()))
    table.add_column("expected", min_width=8)
    for p in predicted:
        table.add_column(_SHORT.get(p, p), justify="right", min_width=len(_SHORT.get(p, p)))
    for expected in sorted({e for e, _ in confusion}):
        table.add_row(_SHORT.get(expected, expected), *[str(confusion.get((expected, p), "")) for p in predicted])
    console.print(table)
    match = f", match accuracy {score.match_accuracy:.2f}" if score.match_accuracy is not None else ""
    say(f"claims: recall {score.recall:.2f}, verdict accuracy {score.verdict_accuracy:.2f}, end-to-end "
        f"{score.end_to_end:.2f}, false accusations {score.false_accusations}/{score.n_true_found} "
        f"({score.false_accusation_rate:.0%}) over {score.n_labels} labelled claims{match}")

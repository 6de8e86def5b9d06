"""The one front door: every operation the CLI and the web app offer is a function here.

    from ice_ledger import api
    api.build(mirror="../shared/data")
    api.table("official_figures", where=["fiscal_year=2018"])
    api.trace("detainers", "e959d3cc23d07bf0")
    api.metric("admin_arrests", by=["fiscal_year"]).frame
    api.check(open("article.txt").read())

`cli/` and `web/` import nothing of ice_ledger but this module (tests/architecture/test_layers.py checks it), and
nothing below imports it: the layers read the warehouse through `ice_ledger.warehouse.reader`. The area modules
(metrics, claims, effects) are imported on first use, so a command that needs none of them starts fast.
docs/api.md lists every public name (scripts/api_reference.py writes it; tests/test_docs.py keeps it current).
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ice_ledger import __version__
from ice_ledger.config import Paths
from ice_ledger.errors import (
    IceLedgerError,
    NoWarehouseError,
    QueryError,
    SourceFileError,
    UnknownMetricError,
    UnknownSourceError,
    UnknownTableError,
)
from ice_ledger.geo.names import lookup_state
from ice_ledger.geo.resolve import PlaceNotFoundError
from ice_ledger.schema.relations import relation_names
from ice_ledger.sources import all_sources, get_source, select_sources
from ice_ledger.sources.fetch import FetchResult, fetch_source, object_path, read_manifest
from ice_ledger.sources.geo_us_atlas import COUNTIES_FILE as ATLAS_FILE
from ice_ledger.sources.geo_us_atlas import HEIGHT as ATLAS_HEIGHT
from ice_ledger.sources.geo_us_atlas import WIDTH as ATLAS_WIDTH
from ice_ledger.sources.geo_us_atlas import topology as atlas_topology
from ice_ledger.values import is_missing, plain
from ice_ledger.warehouse import build as _build
from ice_ledger.warehouse import store
from ice_ledger.warehouse.canonical import LINEAGE
from ice_ledger.warehouse.reader import connect, count, count_by, paths, table, tables
from ice_ledger.warehouse.sqlexpr import quote_ident
from ice_ledger.warehouse.store import RequestWork, active_work

if TYPE_CHECKING:
    from collections.abc import Callable

    import pandas as pd
    from rich.console import Console

    from ice_ledger.claims.evaluate import Outcome, Score  # noqa: F401  (Outcome: for the front ends to annotate)
    from ice_ledger.claims.model import Report
    from ice_ledger.effects.result import EffectResult
    from ice_ledger.geo.resolve import Resolution
    from ice_ledger.metrics import Metric, MetricResult
    from ice_ledger.places import PlaceProfile
    from ice_ledger.studies import Study
    from ice_ledger.warehouse.build import BuildSummary

Home = str | Path | None

__all__ = [
    "ATLAS_FILE", "ATLAS_HEIGHT", "ATLAS_WIDTH", "LINEAGE", "FetchResult", "IceLedgerError", "NoWarehouseError",
    "PlaceNotFoundError", "QueryError", "RequestWork", "SourceFileError", "SourceStatus", "Trace",
    "UnknownMetricError", "UnknownSourceError", "UnknownTableError", "active_work", "atlas_topology", "build",
    "check", "check_id", "compare_sources", "connect", "count", "count_by", "current_build", "definitions",
    "effect_applications", "effect_catalogue", "effect_methods", "estimate_effect", "evaluate", "evaluation_failures", "fetch", "is_missing", "load_check",
    "lookup_state", "metric", "metric_catalogue", "metric_info", "parse_date", "paths", "place", "plain", "policies",
    "print_report", "read_article", "report_html", "report_json", "resolve", "run_application", "sanctuaries",
    "sanctuary_counts", "save_check", "save_event_study", "source_ids", "sources", "studies", "study_topics",
    "table", "tables", "trace", "version",
]


# -- the ledger ------------------------------------------------------------------------------------------------
def version() -> str:
    """The installed ice-ledger version."""
    return __version__


def current_build(home: Home = None) -> Path | None:
    """The directory of the last good build, or None before the first one (caches key on it)."""
    return store.current_build(paths(home))


def fetch(source_ids: list[str] | None = None, *, mirror: str | Path | None = None,
          home: Home = None, quiet: bool = False, force: bool = False) -> dict[str, FetchResult]:
    """Acquire and accept each source's files; `force` re-acquires files already at hand."""
    p = paths(home)
    chosen = select_sources(source_ids)
    with store.build_lock(p):
        return {s.id: fetch_source(s, p, Path(mirror) if mirror else None, force=force, quiet=quiet) for s in chosen}


def _register_derivations() -> None:
    """Import the modules whose derivations (tables computed after the sources load) the build runs; each
    registers itself with `warehouse.derive.derivation`, so the warehouse names none of them."""
    from ice_ledger.geo import facilities  # noqa: F401
    from ice_ledger.metrics import aor_states, rollups  # noqa: F401
    from ice_ledger.policies import behavioural  # noqa: F401


def build(source_ids: list[str] | None = None, *, mirror: str | Path | None = None,
          home: Home = None, quiet: bool = False, force: bool = False) -> BuildSummary:
    """Build the warehouse from the raw files (fetching what is missing) and publish it atomically."""
    _register_derivations()
    return _build.build(paths(home), source_ids, mirror=Path(mirror) if mirror else None, quiet=quiet,
                        force=force)


@dataclass
class SourceStatus:
    """One source as the ledger knows it: publisher, licence, files (URL, size, sha256) and the last build's
    rows read, loaded and quarantined."""

    id: str
    title: str
    publisher: str
    licence: str
    homepage: str
    release: str
    files: list[dict[str, Any]] = field(default_factory=list)
    rows_read: int | None = None
    rows_loaded: int | None = None
    rows_quarantined: int | None = None
    last_build: str | None = None


def sources(home: Home = None) -> list[SourceStatus]:
    """Every registered source with its files (URL, size, sha256) and what the last build loaded."""
    p = paths(home)
    report: dict[str, tuple[int, int, int, str]] = {}
    try:
        with store.connect(p) as con:
            for sid, read, loaded, quar in con.execute(
                "SELECT source_id, sum(rows_read), sum(rows_loaded), sum(rows_quarantined) FROM load_report GROUP BY 1"
            ).fetchall():
                report[sid] = (int(read), int(loaded), int(quar), "")
            for sid, built in con.execute("SELECT source_id, CAST(built_at AS VARCHAR) FROM sources").fetchall():
                if sid in report:
                    report[sid] = (*report[sid][:3], built)
    except IceLedgerError:
        pass
    out = []
    for s in all_sources().values():
        manifest = read_manifest(p, s.id)
        files = []
        for f in s.files:
            m = manifest.get(f.name)
            files.append({"name": f.name, "url": f.url, "size": m.size if m else None,
                          "sha256": m.sha256 if m else None, "retrieved_at": m.retrieved_at if m else None,
                          "optional": f.optional})
        r = report.get(s.id)
        out.append(SourceStatus(s.id, s.title, s.publisher, s.licence, s.homepage, s.release, files,
                                *(r if r else (None, None, None, None))))
    return out


def source_ids() -> list[str]:
    """The ids of every registered source."""
    return list(all_sources())


@dataclass
class Trace:
    """Where one row came from: its source, release, file, sheet and row, with the raw and loaded values.

    A derived row (computed by the build, not read from a file) has `derived_from`: the table and rows it was
    computed from, and how.
    """

    table: str
    row_id: str
    source_id: str
    release: str
    source_file: str
    source_sheet: str | None
    source_row: int
    file_sha256: str | None
    file_url: str | None
    loaded: dict[str, Any]
    raw: dict[str, Any] | None
    quarantined: bool = False
    reason: str | None = None
    build_id: str | None = None
    derived_from: dict[str, Any] | None = None


def trace(table_name: str, row_id: str, *, home: Home = None, build_id: str | None = None) -> Trace:
    """Open one row's lineage in the current build (or a named complete build), re-reading the very raw file
    that build loaded (by its sha256), so the user sees the cells exactly as published."""
    from ice_ledger.policies.behavioural import derived_inputs

    p = paths(home)
    with store.connect(p, build_id=build_id) as con:
        if table_name not in relation_names(con):
            raise UnknownTableError(f"no table {table_name!r}")
        cols = {r[0] for r in con.execute(f"DESCRIBE {quote_ident(table_name)}").fetchall()}
        if not {"row_id", "source_id", "source_file", "source_row"} <= cols:
            raise IceLedgerError(
                f"{table_name} has no row ids: its rows are computed by the build (summaries or metadata), not "
                "read from one file; trace a row of a table that has a row_id column (e.g. detainers)")
        row = con.execute("SELECT build_id FROM builds LIMIT 1").fetchone()
        built = str(row[0]) if row else None
        df = con.execute(f"SELECT * FROM {quote_ident(table_name)} WHERE row_id = ?", [row_id]).df()
        quarantined, reason = False, None
        if df.empty:
            q = con.execute("SELECT * FROM quarantine WHERE table_name = ? AND row_id = ?", [table_name, row_id]).df()
            if q.empty:
                raise IceLedgerError(f"no row {row_id!r} in {table_name} (nor in its quarantine)")
            rec = q.iloc[0].to_dict()
            loaded = json.loads(rec["raw_json"]) if rec.get("raw_json") else {}
            quarantined, reason = True, f"{rec['reason']}: {rec['detail']}"
        else:
            rec = df.iloc[0].to_dict()
            loaded = {k: plain(v) for k, v in rec.items()}
        source_id, file = str(rec["source_id"]), str(rec["source_file"])
        if source_id not in all_sources():
            inputs = derived_inputs(con, source_id, rec)
            if inputs is None:
                raise IceLedgerError(f"{table_name} row {row_id!r} comes from {source_id!r}, which is neither a "
                                     "registered source nor a known derivation")
            return Trace(table_name, row_id, source_id, str(rec["release"]), file, None, int(rec["source_row"]),
                         None, None, loaded, None, quarantined, reason, built, inputs)
        got = con.execute("SELECT sha256, url FROM source_files WHERE source_id = ? AND name = ?",
                          [source_id, file]).fetchone()
    sha, url = (str(got[0]), str(got[1])) if got else (None, None)
    raw = _raw_row(p, source_id, table_name, file, rec.get("source_sheet"), int(rec["source_row"]), sha)
    return Trace(table_name, row_id, source_id, rec["release"], file, rec.get("source_sheet"),
                 int(rec["source_row"]), sha, url, loaded, raw, quarantined, reason, built)


def _loaded_file(p: Paths, source_id: str, file: str, sha256: str | None) -> Path | None:
    """The bytes a build loaded: its content-addressed copy (or the raw copy while its sha256 still matches).
    Files a build records no hash for are the hand tables the package ships (an older home may hold a copy in
    raw/<source>/)."""
    from ice_ledger.sources.base import shipped_copy
    from ice_ledger.sources.fetch import sha256_of

    legacy = p.raw_dir(source_id) / file
    if sha256 is None:
        return legacy if legacy.is_file() else shipped_copy(file)
    stored = object_path(p, source_id, sha256, file)
    if stored.is_file():
        return stored
    return legacy if legacy.is_file() and sha256_of(legacy) == sha256 else None


def _raw_row(p: Paths, source_id: str, table: str, file: str, sheet: Any, row: int,
             sha256: str | None = None) -> dict[str, Any] | None:
    """The row as it stands in the raw file (header → cell), or None when the file is not at hand."""
    from ice_ledger.sources._workbook import read_any_sheet
    from ice_ledger.sources.readers import cell_text, find_header_row

    path = _loaded_file(p, source_id, file, sha256)
    if path is None:
        return None
    if isinstance(sheet, str) and sheet:
        rows, _ = read_any_sheet(path, sheet, file)  # openpyxl where calamine refuses the workbook
        try:  # the same header detection the load used, so labels line up with cells
            header_idx = find_header_row(rows, get_source(source_id).table_spec(table), file, sheet)
        except (IceLedgerError, KeyError):
            header_idx = next((i for i, r in enumerate(rows[:30]) if sum(v not in (None, "") for v in r) >= 2), 0)
        header = [str(h) for h in rows[header_idx]]
        cells = rows[row - 1] if 0 < row <= len(rows) else []
        return {h: cell_text(v) for h, v in zip(header, cells, strict=False)}
    custom = get_source(source_id).raw_row
    if custom is not None:
        return custom(path, row)
    import csv
    import gzip
    import itertools

    with (gzip.open(path, "rt", encoding="utf-8", errors="replace", newline="") if path.suffix == ".gz"
          else path.open(encoding="utf-8", errors="replace", newline="")) as fh:
        first = fh.readline()
        delim = max(",|\t;", key=first.count)
        header = next(csv.reader([first], delimiter=delim))
        csv_rows = csv.reader(fh, delimiter=delim)
        line = next(itertools.islice(csv_rows, row - 2, row - 1), None)
    return dict(zip(header, line, strict=False)) if line else None


# -- metrics ---------------------------------------------------------------------------------------------------
def metric_catalogue() -> list[Metric]:
    """Every metric with its definition, unit, numerator/denominator, breakdowns, sources and caveats."""
    from ice_ledger import metrics

    return metrics.catalogue()


def metric_info(name: str) -> Metric:
    """One metric's declaration; an unknown name raises UnknownMetricError naming the closest ones."""
    from ice_ledger import metrics

    return metrics.get(name)


def metric(name: str, by: list[str] | None = None, where: list[str] | None = None, *, per_capita: bool = False,
           engine: str = "duckdb", home: Home = None, threshold: int | None = None,
           definition: str | None = None) -> MetricResult:
    """A metric's values by the given breakdowns, with provenance; cells below `threshold` records (default
    $ICE_LEDGER_MIN_CELL or 10) are suppressed. `definition` is the sanctuary definition `policy_status` reads."""
    from ice_ledger import metrics

    return metrics.compute(name, by=by or [], where=where or [], per_capita=per_capita, engine=engine, home=home,
                           threshold=threshold, definition=definition)


def compare_sources(name: str, by: list[str] | None = None, home: Home = None) -> pd.DataFrame:
    """A metric computed from records beside ICE's published figure, by fiscal year, with the reasons they differ."""
    from ice_ledger import metrics

    return metrics.compare_sources(name, by=by or ["fiscal_year"], home=home)


# -- places ----------------------------------------------------------------------------------------------------
def place(name: str, home: Home = None, *, state: str | None = None, kind: str | None = None) -> PlaceProfile:
    """A place's profile (FIPS, ICE area, population, crime, policies over time, enforcement), each row with its
    source; a name matching no place, or several, raises PlaceNotFoundError listing the candidates."""
    from ice_ledger.places import profile

    return profile(name, home, state=state, kind=kind)


def resolve(name: str, state: str | None = None, kind: str | None = None, home: Home = None) -> Resolution:
    """Resolve a jurisdiction or agency name to a FIPS code, or say why it cannot be (status and reason)."""
    from ice_ledger.geo.gazetteer import default_gazetteer
    from ice_ledger.geo.resolve import resolve as resolve_name

    return resolve_name(name, state, kind, gazetteer=default_gazetteer(home))


# -- policies --------------------------------------------------------------------------------------------------
def policies(kind: str | None = None, as_of: dt.date | None = None, home: Home = None) -> pd.DataFrame:
    """Policy rows in force on `as_of` (all dates when None); `kind` matches a kind or a prefix ('287g')."""
    from ice_ledger.policies import policies as rows

    return rows(kind, as_of, home=home)


def sanctuaries(as_of: dt.date, definition: str | None = None, home: Home = None) -> pd.DataFrame:
    """Members of the sanctuary definitions held at member level on `as_of` (one definition or all)."""
    from ice_ledger.policies import sanctuaries as members

    return members(as_of, definition, home=home)


def sanctuary_counts(as_of: dt.date, definition: str | None = None, home: Home = None) -> pd.DataFrame:
    """One row per sanctuary definition: states, counties, cities, other and total on `as_of`."""
    from ice_ledger.policies import sanctuary_counts as counts

    return counts(as_of, definition, home=home)


def definitions(home: Home = None) -> pd.DataFrame:
    """Every policy definition: publisher, what it counts, criteria, coverage, and the rows the warehouse holds."""
    from ice_ledger.policies import definitions as defs

    return defs(home=home)


# -- claims ----------------------------------------------------------------------------------------------------
def read_article(path: str) -> tuple[str, str]:
    """An article's text and name from a text or HTML file, or '-' for standard input (clear errors otherwise)."""
    from ice_ledger.claims.check import read_input

    return read_input(path)


def parse_date(text: str | None, what: str = "--date") -> dt.date | None:
    """A publication date written YYYY-MM-DD (None stays None); anything else is a ClaimInputError naming `what`."""
    if text is None:
        return None
    from ice_ledger.claims.check import ClaimInputError

    try:
        return dt.date.fromisoformat(text)
    except ValueError as exc:
        raise ClaimInputError(f"{what} {text!r} is not a date ({exc}; use YYYY-MM-DD)") from exc


def check(text: str, article_date: dt.date | None = None, home: Home = None, *, source_name: str = "-",
          records: bool = False) -> Report:
    """Every checkable claim in `text` with a verdict, candidates, provenance and a robustness check; `records`
    also computes each figure from record-level data (slower)."""
    from ice_ledger.claims.check import check_text

    return check_text(text, article_date, home=home, source_name=source_name, records=records)


def report_json(report: Report) -> dict[str, Any]:
    """A check report as JSON data (the schema of docs/claims-json-schema.md)."""
    from ice_ledger.claims.report import to_json

    return to_json(report)


def report_html(report: Report) -> str:
    """A check report as a standalone HTML page."""
    from ice_ledger.claims.report import to_html

    return to_html(report)


def print_report(report: Report, console: Console | None = None) -> None:
    """A check report as a terminal table (verdicts, evidence, explanations)."""
    from ice_ledger.claims.report import print_table

    print_table(report, console)


def save_check(text: str, date: str | None, home: Home = None) -> str:
    """Keep a checked text under its id (for a permalink); returns the id."""
    from ice_ledger.claims import permalink

    return permalink.save(text, date, home)


def check_id(text: str, date: str | None) -> str:
    """The id a checked text would be kept under."""
    from ice_ledger.claims import permalink

    return permalink.check_id(text, date)


def load_check(cid: str, home: Home = None) -> tuple[str, str | None]:
    """A kept text and its date by id; KeyError when there is none."""
    from ice_ledger.claims import permalink

    return permalink.load(cid, home)


def evaluate(labels: str | Path, articles_dir: str | Path | None = None, home: Home = None,
             on_article: Callable[[str], None] | None = None) -> Score:
    """Score the checker on a labelled claims file (recall, verdict accuracy, false accusations, confusion)."""
    from ice_ledger.claims.evaluate import score_labels

    return score_labels(labels, articles_dir, home=home, on_article=on_article)


def evaluation_failures(score: Score, min_recall: float, min_accuracy: float, max_false: float) -> list[str]:
    """The thresholds a scored run misses, one sentence each (empty when it passes)."""
    from ice_ledger.claims.evaluate import Thresholds

    return score.failures(Thresholds(min_recall, min_accuracy, max_false))



# -- studies and effects ---------------------------------------------------------------------------------------
def studies(topic: str | None = None) -> list[Study]:
    """The research registry: published studies with design, estimate, direction and citation (one topic or all);
    an unknown topic is an error listing the known ones."""
    from ice_ledger import studies as registry

    if topic is not None and topic not in registry.topics():
        raise IceLedgerError(f"no topic {topic!r}; topics are: {', '.join(registry.topics())}")
    return registry.studies(topic=topic)


def study_topics() -> list[str]:
    """The registry's topic tags."""
    from ice_ledger import studies as registry

    return registry.topics()


def effect_applications() -> list[str]:
    """The names of the built-in effect applications (e.g. 287g-crime)."""
    from ice_ledger.effects.applications import APPLICATIONS

    return list(APPLICATIONS)


def effect_application_catalog() -> list[dict[str, Any]]:
    """Every effect application with its title and outcomes, and those not available with the reason."""
    from ice_ledger.effects.applications import catalog

    return catalog()


def effect_methods() -> tuple[str, ...]:
    """The estimators `run_application` and `estimate_effect` accept (did2s, cs, sunab, twfe)."""
    from ice_ledger.effects.did import METHODS

    return tuple(METHODS)


def effect_catalogue() -> list[dict[str, Any]]:
    """The built-in effect applications: name, title and outcomes (the first is the default), for front ends."""
    from ice_ledger.effects.applications import APPLICATIONS

    return [{"name": a.name, "title": a.title, "outcomes": list(a.outcomes)} for a in APPLICATIONS.values()]


def run_application(name: str, *, outcome: str | None = None, method: str = "did2s", scale: str = "log",
                    balanced: bool = True, home: Home = None, bootstrap: int | None = None,
                    **options: Any) -> EffectResult:
    """Estimate a built-in application on the warehouse (a staggered difference-in-differences event study)."""
    from ice_ledger.effects.applications import run

    return run(name, outcome=outcome, method=method, scale=scale, balanced=balanced, home=home,
               bootstrap=bootstrap, **options)


def estimate_effect(panel: pd.DataFrame, unit: str, time: str, outcome: str, first_treated: str, *,
                    method: str = "did2s", cluster: str | None = None, covariates: tuple[str, ...] = (),
                    bootstrap: int | None = None, **options: Any) -> EffectResult:
    """A staggered difference-in-differences event study on a user's panel (one row per unit and period)."""
    from ice_ledger.effects.did import estimate

    return estimate(panel, unit, time, outcome, first_treated, method=method, cluster=cluster,
                    covariates=covariates, bootstrap=bootstrap, **options)


def save_event_study(result: EffectResult, path: str | Path) -> Path:
    """Write an effect's event-study chart (.png, .svg or .html)."""
    from ice_ledger.effects.plot import save_event_study as save

    return save(result, path)


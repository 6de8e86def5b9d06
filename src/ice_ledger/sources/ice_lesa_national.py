"""ICE ERO-LESA national record files, FY2016-FY2019 (FOIA 2019-ICFO-53623), as published by UWCHR/ice-enforce.

The ICE Statistical Tracking Unit released to the University of Washington Center for Human Rights one
worksheet per fiscal year of every administrative arrest (FY2016-FY2019), removal (FY2016-FY2019) and
encounter (FY2016, FY2017, FY2019; FY2018 is too large for the publishing repository's plain git history).
UWCHR committed each sheet as a gzipped, pipe-delimited file (repository UWCHR/ice-enforce, folder
us/import/frozen, commit 3569297: later commits replace them with Git LFS pointers). Layout: an ICE banner
(five lines, read whatever their number), then Title Case headers ("Area of Responsibility", "Apprehension
Date", ...), dates M/D/YYYY, redaction strings such as "(B)(6);(B)(7)(C) " kept as redactions, "NA" for
missing. AOR names ("Miami Area of Responsibility") are normalised to field-office codes as for the DDP files.

These files are the record sets behind ICE's published totals: FY2016-FY2018 arrests (110,104 / 143,470 /
158,581) and removals (240,255 / 226,119 / 256,085) match to the record, so the load checks every complete
fiscal year against `official_figures` and fails the build when one stops matching. The FY2019 files stop on
31 August 2019 (their title lines say so): they are recorded as partial in `record_coverage`.
No person identifier is released (birth dates are redacted), so identical rows are distinct events, never
exact copies. Removals carry no departure country and no arresting program: they cannot be split into
interior and border removals.
"""

from __future__ import annotations

import csv
import datetime as dt
import gzip
import io
import re
import zlib
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, replace
from functools import partial
from pathlib import Path
from typing import Any

from ice_ledger.errors import ReconciliationError, SourceFileError
from ice_ledger.fiscal import fiscal_year, fiscal_year_bounds
from ice_ledger.schema import STAGE_EXTRA, LoadContext, normalise_header, quote_ident, quote_str
from ice_ledger.schema.relations import has_view
from ice_ledger.sources.base import Col, RemoteFile, Source, TableSpec
from ice_ledger.sources.ddp import AOR_COLUMN, _add_aor
from ice_ledger.sources.fetch import sha256_of
from ice_ledger.sources.readers import SpilledCsv, memory_limit_of, spill_csv, stage_spilled

REPO = "UWCHR/ice-enforce"
COMMIT = "3569297085047694f204ed39045756f219f3de59"
FOLDER = "us/import/frozen"
MIRROR_DIR = "real_ice/uwchr-ice-enforce-fy16-19"
FOIA = "2019-ICFO-53623"
RELEASE = f"ICE ERO-LESA, FOIA {FOIA} (files of Nov 2019); {REPO} @ {COMMIT[:12]}"
LICENCE = ("U.S. government records released under FOIA (public domain); the publishing repository carries a "
           "GPL-3.0 licence file, added after the data commit")
HOMEPAGE = f"https://github.com/{REPO}/tree/{COMMIT}/{FOLDER}"
FIRST_DAY, LAST_DAY = dt.date(2015, 10, 1), dt.date(2019, 9, 30)
HEADER_SCAN_LINES = 40
MISSING = "NA"  # UWCHR's export writes missing values as NA

SHA256 = {
    "EROArrests_FY2016.csv.gz": "057a56ab5a32a4e870b2b3c671601e7f3f7f00b5202f0bcbb2aa37e3d5aee733",
    "EROArrests_FY2017.csv.gz": "49379e477eb81aeb0df3c8c82eb1070cd169af1a7869a94518f4a996e67a7137",
    "EROArrests_FY2018.csv.gz": "0fdc27a149d4460545b0f6ad2be3f40db41c1d6bc51a5866267513a0ad3091f2",
    "EROArrests_FY2019.csv.gz": "94bd7703fec8b39a4996600e5dcd4d03be2009879c6f2f26e1417df980a751a1",
    "ICERemovals_FY2016.csv.gz": "d608a3e730b2f324a08f7bed52d773fa99574e57e658336c66ea58083351cb72",
    "ICERemovals_FY2017.csv.gz": "33bd12c68f77b675e169a76be203328d355e134d82f242b0bdf4a44ef41ca4ad",
    "ICERemovals_FY2018.csv.gz": "4deaeae95562201d05a067d4fca2989b695cffbf09840d2ed7adf326b8cefd84",
    "ICERemovals_FY2019.csv.gz": "f9e6e13e7da1900884c3ddc4d51c5d7489617e7d2c3d00bc4d381a21cba85da4",
    "EROEncounters_FY2016.csv.gz": "8a41fdd2756f7d4b1fa852096d9466b48163ccef0b5dd6ef67831820ff6bfe15",
    "EROEncounters_FY2017.csv.gz": "eaaaaffa3c4b07b2cf7e7059996a47d43bea519a39e9dd4b7de58cabf3f33c8b",
    "EROEncounters_FY2019.csv.gz": "2da9f534f4818fddfeef922677607fcc20e2a4f63e0d1c9c5b0b9182ecabae6b",
}


def _date(name: str, *raw: str, bounded: bool = False, required: bool = False) -> Col:
    return Col(name, "date", raw=raw, required=required, not_null=required,
               min=FIRST_DAY if bounded else None, max=LAST_DAY if bounded else None)


def _person() -> tuple[Col, ...]:
    return (_date("birth_date", "Birth Date"), Col("citizenship_country", raw=("Citizenship",)),
            Col("gender", raw=("Gender",)))


def _not_released(*names: str) -> tuple[Col, ...]:
    """Canonical columns these files do not hold: loaded as NULL (and profiled as absent), so metrics over a
    table holding only these records still run, and count them as unknown rather than fail."""
    return tuple(Col(n, raw=(f"(not in the {FOIA} files) {n}",)) for n in names)


COVERAGE = TableSpec(
    table="record_coverage",
    description="What period and area each record file covers, from its name and title line.",
    columns=(
        Col("table_name", required=True, not_null=True),
        Col("file_name", required=True, not_null=True),
        Col("fiscal_year", "int", required=True, not_null=True, min=2000, max=2030),
        Col("period_start", "date", required=True, not_null=True),
        Col("period_end", "date", required=True, not_null=True),
        Col("complete_year", "bool", required=True, not_null=True),
        Col("geography", required=True, not_null=True),
        Col("title"),
    ),
    flag_exact_copies=False,
)


@dataclass(frozen=True)
class Kind:
    """One of the three record series: its file stem, years, canonical spec and ICE's published figure."""

    key: str
    stem: str
    years: tuple[int, ...]
    spec: TableSpec
    aor_from: str
    official_metric: str | None
    title: str


ARRESTS = Kind(
    "arrests", "EROArrests", (2016, 2017, 2018, 2019),
    TableSpec(
        table="arrests",
        description="One row per ICE ERO administrative arrest, national, FY2016-FY2019 (FY2019 to 31 Aug 2019).",
        columns=(
            _date("apprehension_date", "Apprehension Date", bounded=True, required=True),
            Col("apprehension_aor", raw=("Area of Responsibility",), required=True),
            Col("aor", raw=(AOR_COLUMN,)),
            Col("apprehension_method", raw=("Apprehension Method",), required=True),
            Col("apprehension_site_landmark", raw=("Apprehension Landmark",)),
            Col("operation", raw=("Operation",)),
            Col("processing_disposition", raw=("Processing Disposition",)),
            *_person(),
            *_not_released("apprehension_state", "criminality", "final_program"),
        ),
        fiscal_year_from="apprehension_date",
        calendar_year_from="apprehension_date",
        flag_exact_copies=False,  # no person identifier: identical rows are different arrests
    ),
    "apprehension_aor", "admin_arrests", "ERO administrative arrests",
)

REMOVALS = Kind(
    "removals", "ICERemovals", (2016, 2017, 2018, 2019),
    TableSpec(
        table="removals",
        description="One row per ICE removal, national, FY2016-FY2019 (FY2019 to 31 Aug 2019), dated by the "
        "removal date ICE counts by.",
        columns=(
            _date("removal_date", "Removal Date", bounded=True, required=True),
            _date("departed_date", "Departed Date"),
            _date("apprehension_date", "Apprehension Date"),
            Col("docket_aor", raw=("Area of Responsibility",), required=True),
            Col("aor", raw=(AOR_COLUMN,)),
            Col("processing_disposition", raw=("Processing Disposition Code",)),
            Col("threat_level", raw=("RC Threat Level",)),
            Col("final_charge_section", raw=("Final Charge Section",)),
            *_person(),
            *_not_released("apprehension_state", "case_criminality", "latest_arrest_program", "departure_country"),
        ),
        fiscal_year_from="removal_date",
        calendar_year_from="removal_date",
        flag_exact_copies=False,
    ),
    "docket_aor", "removals_total", "ICE removals",
)

ENCOUNTERS = Kind(
    "encounters", "EROEncounters", (2016, 2017, 2019),
    TableSpec(
        table="encounters",
        description="One row per ICE ERO encounter, national, FY2016, FY2017 and FY2019 (to 31 Aug 2019).",
        columns=(
            _date("event_date", "Event Date", bounded=True, required=True),
            Col("responsible_aor", raw=("Event Area of Responsibility",), required=True),
            Col("aor", raw=(AOR_COLUMN,)),
            Col("event_landmark", raw=("Landmark",)),
            Col("operation", raw=("Operation",)),
            Col("processing_disposition", raw=("Processing Disposition",)),
            *_person(),
        ),
        fiscal_year_from="event_date",
        calendar_year_from="event_date",
        flag_exact_copies=False,
    ),
    "responsible_aor", None, "ERO encounters",
)
KINDS = (ARRESTS, REMOVALS, ENCOUNTERS)


def file_name(kind: Kind, fy: int) -> str:
    return f"{kind.stem}_FY{fy}.csv.gz"


# --- reading the banner ---------------------------------------------------------------------------------

@dataclass(frozen=True)
class Layout:
    """Where a file's header is, its title line and the period the title (or name) says it covers."""

    header_line: int  # 1-based physical line of the header
    title: str | None
    title_line: int | None
    fiscal_year: int
    period: tuple[dt.date, dt.date]

    @property
    def complete(self) -> bool:
        return self.period == fiscal_year_bounds(self.fiscal_year)


def _open_text(path: Path) -> io.TextIOWrapper:
    """The file as text (gzip or plain); the caller closes it."""
    if path.suffix == ".gz":
        return gzip.open(path, "rt", encoding="utf-8", errors="replace", newline="")
    return path.open(encoding="utf-8", errors="replace", newline="")


def _head(path: Path, label: str) -> list[list[str]]:
    """The first lines of a file split on '|' (cells unquoted and trimmed)."""
    if path.stat().st_size == 0:
        raise SourceFileError(label, "the file is empty (0 bytes)")
    try:
        with _open_text(path) as fh:
            lines = [line for _, line in zip(range(HEADER_SCAN_LINES), fh, strict=False)]
    except (OSError, EOFError, zlib.error) as exc:
        raise SourceFileError(label, f"cannot be decompressed ({exc})", where="line 1",
                              hint="the download may be truncated; fetch it again") from exc
    return [[c.strip() for c in row] for row in csv.reader(lines, delimiter="|", quotechar='"')]


_FY_IN_NAME = re.compile(r"FY\s?(\d{4})", re.I)
_PERIOD = re.compile(r"\((\d{1,2}/\d{1,2}/\d{4})\s*-\s*(\d{1,2}/\d{1,2}/\d{4})\)")


def _mdy(text: str) -> dt.date:
    return dt.datetime.strptime(text, "%m/%d/%Y").date()


def read_layout(path: Path, spec: TableSpec, label: str) -> Layout:
    """Find the header under a banner of any length, and the fiscal year and period the file declares."""
    rows = _head(path, label)
    if not any(any(rows_cell for rows_cell in r) for r in rows):
        raise SourceFileError(label, "the file holds no text (an empty export)")
    wanted = {normalise_header(a) for c in spec.columns for a in c.aliases}
    hits = [sum(1 for cell in row if normalise_header(cell) in wanted) for row in rows]
    best = max(range(len(hits)), key=lambda i: (hits[i], -i)) if hits else -1
    if best < 0 or hits[best] < 3:
        raise SourceFileError(
            label, f"no header row in the first {HEADER_SCAN_LINES} lines (expected column names such as "
            f"{', '.join(repr(c.aliases[0]) for c in spec.columns[:3])})", where=f"lines 1-{len(rows)}")
    banner = [(i + 1, next((c for c in row if c), "")) for i, row in enumerate(rows[:best])]
    titled = [(n, t) for n, t in banner if _FY_IN_NAME.search(t)]
    title_line, title = titled[-1] if titled else (None, None)
    name_fy = _FY_IN_NAME.search(label)
    title_fy = _FY_IN_NAME.search(title) if title else None
    if name_fy is None and title_fy is None:
        raise SourceFileError(label, "neither the file name nor a title line names its fiscal year (FYnnnn)",
                              where=f"lines 1-{best + 1}")
    if name_fy and title_fy and name_fy.group(1) != title_fy.group(1):
        raise SourceFileError(label, f"the file name says FY{name_fy.group(1)} but its title line says "
                              f"{title!r}", where=f"line {title_line}",
                              hint="the file may have been renamed; check which year it holds")
    fy = int((title_fy or name_fy).group(1))  # type: ignore[union-attr]
    period = fiscal_year_bounds(fy)
    declared = _PERIOD.search(title or "")
    if declared:
        try:
            period = (_mdy(declared.group(1)), _mdy(declared.group(2)))
        except ValueError as exc:
            raise SourceFileError(label, f"the title's period {declared.group(0)!r} is not a date range",
                                  where=f"line {title_line}") from exc
    return Layout(best + 1, title, title_line, fy, period)


def raw_row(path: Path, row: int) -> dict[str, Any]:
    """One record line as published (header cells -> raw cells), for `ice-ledger trace`."""
    header: list[str] | None = None
    with _open_text(path) as fh:
        for n, line in enumerate(csv.reader(fh, delimiter="|", quotechar='"'), start=1):
            if header is None and sum(1 for c in line if c.strip()) >= 3:
                header = line
            if n == row:
                return dict(zip(header, line, strict=False)) if header and header is not line else {}
    return {}


# --- loading --------------------------------------------------------------------------------------------

def _without_missing_marker(ctx: LoadContext, stage: str) -> str:
    """A view where the export's 'NA' is missing (NULL) and every other cell is as read."""
    cols = [r[0] for r in ctx.con.execute(f"DESCRIBE {quote_ident(stage)}").fetchall()]
    select = ", ".join(
        quote_ident(c) if c in STAGE_EXTRA
        else f"CASE WHEN trim({quote_ident(c)}) = {quote_str(MISSING)} THEN NULL ELSE {quote_ident(c)} END "
        f"AS {quote_ident(c)}"
        for c in cols
    )
    name = f"{stage}_na"
    ctx.con.execute(f"CREATE OR REPLACE TEMP VIEW {quote_ident(name)} AS SELECT {select} FROM {quote_ident(stage)}")
    return name


def _file_spec(spec: TableSpec, layout: Layout) -> TableSpec:
    """The table spec narrowed to the file's own fiscal year: a row dated outside it is quarantined."""
    main = spec.fiscal_year_from
    lo, hi = fiscal_year_bounds(layout.fiscal_year)
    cols = tuple(replace(c, min=lo, max=hi) if c.name == main else c for c in spec.columns)
    return replace(spec, columns=cols)


def _repeated_headers(ctx: LoadContext, stage: str, spec: TableSpec, file: str) -> None:
    """A header line repeated inside the data is quarantined by its date check; say where it is."""
    date_col = spec.column(spec.fiscal_year_from or "")
    raw = date_col.aliases[0]
    lines = [int(r[0]) for r in ctx.con.execute(
        f"SELECT source_row FROM {quote_ident(stage)} WHERE trim({quote_ident(raw)}) = ? ORDER BY 1 LIMIT 20",
        [raw]).fetchall()]
    ctx.qa("header_repeated_in_data", len(lines), 0, "pass" if not lines else "fail", scope=file)
    if lines:
        ctx.note(f"{file}: the header is repeated at line(s) {', '.join(map(str, lines))}; those lines are "
                 "quarantined (date_unparseable), not counted")


def emit_coverage(ctx: LoadContext, *, table: str, file: str, fiscal_year: int, period: tuple[dt.date, dt.date],
                  geography: str, title: str | None, line: int | None) -> None:
    """One `record_coverage` row: which fiscal year, days and area a record file covers."""
    complete = period[0] <= fiscal_year_bounds(fiscal_year)[0] and period[1] >= fiscal_year_bounds(fiscal_year)[1]
    # Queued: a source's coverage rows are typed and published together when its load ends.
    ctx.emit_row("record_coverage", {
        "table_name": table, "file_name": file, "fiscal_year": str(fiscal_year), "period_start": period[0].isoformat(),
        "period_end": period[1].isoformat(), "complete_year": str(complete).lower(), "geography": geography,
        "title": title}, file=file, line=line)


def coverage_by_year(ctx: LoadContext, *, table: str, file: str, period: tuple[dt.date, dt.date],
                     geography: str, title: str | None) -> None:
    """Coverage rows of a multi-year file: each fiscal year its published period touches."""
    first, last = period
    for fy in range(fiscal_year(first), fiscal_year(last) + 1):
        lo, hi = fiscal_year_bounds(fy)
        emit_coverage(ctx, table=table, file=file, fiscal_year=fy, period=(max(lo, first), min(hi, last)),
                      geography=geography, title=title, line=None)


@dataclass(frozen=True)
class Prepared:
    """A file read ahead of its load: where its header is and its rows spilled to Parquet (`spill_csv`)."""

    layout: Layout
    spilled: SpilledCsv


def prepare_file(ctx: LoadContext, kind: Kind, file: str, memory_limit: str | None) -> Prepared:
    """Find the file's header and stream its rows into a Parquet stage. Touches nothing of the build but its
    own Parquet file, so it can run in a thread while the build types the previous file."""
    path = ctx.path(file)
    layout = read_layout(path, kind.spec, file)
    spill = ctx.build.dir / f"stage_{ctx.source.id}__{re.sub(r'[^A-Za-z0-9._-]+', '_', file)}.parquet"
    spilled = spill_csv(path, spill, ctx.build.dir, delim="|", label=file, skip=layout.header_line - 1,
                        memory_limit=memory_limit)
    return Prepared(layout, spilled)


def load_file(ctx: LoadContext, kind: Kind, file: str, geography: str = "national",
              prepared: Future[Prepared] | None = None) -> Layout:
    """Stage one pipe-delimited file under its banner and emit it, checked against its own fiscal year.
    `prepared`: the file already read ahead (its errors are raised here, in the file's turn)."""
    path = ctx.path(file)
    # The published bytes are known; a different copy still loads (a corrected or test file), and says so.
    if file in SHA256:
        digest = sha256_of(path)
        same = digest == SHA256[file]
        ctx.qa("sha256_as_published", digest[:16], SHA256[file][:16], "pass" if same else "fail", scope=file)
        if not same:
            ctx.note(f"{file}: not the published bytes (sha256 {digest[:12]}..., published {SHA256[file][:12]}...)")
    ready = prepared.result() if prepared is not None else prepare_file(ctx, kind, file, memory_limit_of(ctx.con))
    layout = ready.layout
    stage = ctx.stage_name()
    _, repaired, malformed = stage_spilled(ctx.con, stage, ready.spilled, label=file, skip=layout.header_line - 1)
    _repeated_headers(ctx, stage, kind.spec, file)
    staged = _add_aor(ctx, _without_missing_marker(ctx, stage), kind.spec, kind.aor_from, file)
    narrowed = replace(ctx.source, tables=tuple(
        _file_spec(t, layout) if t.table == kind.spec.table else t for t in ctx.source.tables))
    ctx.for_source(narrowed).emit(kind.spec.table, staged, file=file, malformed=malformed, repaired_lines=repaired)
    emit_coverage(ctx, table=kind.spec.table, file=file, fiscal_year=layout.fiscal_year, period=layout.period,
                  geography=geography, title=layout.title, line=layout.title_line)
    if not layout.complete:
        ctx.note(f"{file}: a partial year ({layout.period[0]} .. {layout.period[1]}, per its title line "
                 f"{layout.title!r}); not compared with ICE's annual total")
    return layout


def reconcile(ctx: LoadContext, kind: Kind, complete_years: list[int]) -> None:
    """Each complete fiscal year's record count must equal ICE's published figure, or the build fails."""
    if kind.official_metric is None or not complete_years:
        return
    if not has_view(ctx.con, "official_figures"):
        ctx.note(f"official_figures is not in this build: {kind.key} records were not reconciled")
        ctx.qa("reconciles_with_official", "not checked", "official_figures loaded", "info", scope=kind.key)
        return
    counted = dict(ctx.con.execute(
        f"SELECT fiscal_year, count(*) FROM {quote_ident(kind.spec.table)} WHERE source_id = ? "
        "AND duplicate_likely IS NOT TRUE GROUP BY 1", [ctx.source.id]).fetchall())
    published = dict(ctx.con.execute(
        "SELECT fiscal_year, value FROM official_figures WHERE metric = ? AND duplicate_likely IS NOT TRUE",
        [kind.official_metric]).fetchall())
    broken = []
    for fy in sorted(complete_years):
        got, want = int(counted.get(fy, 0)), published.get(fy)
        if want is None:
            ctx.qa("reconciles_with_official", got, "no published figure", "info", scope=f"{kind.key} FY{fy}")
            continue
        ok = got == int(want)
        ctx.qa("reconciles_with_official", got, int(want), "pass" if ok else "fail", scope=f"{kind.key} FY{fy}")
        if not ok:
            broken.append(f"FY{fy}: {got:,} records, {int(want):,} published ({got - int(want):+,})")
    if broken:
        raise ReconciliationError(
            f"{ctx.source.id}: the {kind.title} records of a complete fiscal year no longer match ICE's published "
            f"{kind.official_metric} ({'; '.join(broken)}); the build is stopped and the last good warehouse kept")


def load_kind(ctx: LoadContext, kind: Kind) -> None:
    """Load the kind's files in order. Each file is read ahead (gzip and CSV parsing, one core) in a thread
    while the build types and publishes the one before it (DuckDB's passes, which leave a core partly idle)."""
    complete = []
    names = [file_name(kind, fy) for fy in kind.years]
    limit = memory_limit_of(ctx.con)
    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="read-ahead") as ahead:
        try:
            next_file = ahead.submit(prepare_file, ctx, kind, names[0], limit)
            for i, name in enumerate(names):
                current = next_file
                if i + 1 < len(names):
                    next_file = ahead.submit(prepare_file, ctx, kind, names[i + 1], limit)
                layout = load_file(ctx, kind, name, prepared=current)
                if layout.complete:
                    complete.append(layout.fiscal_year)
        except BaseException:
            ahead.shutdown(wait=True, cancel_futures=True)  # no thread writes into a build being abandoned
            raise
    reconcile(ctx, kind, complete)


def _source(kind: Kind) -> Source:
    return Source(
        id=f"ice_lesa_national_{kind.key}",
        title=f"ICE {kind.title}, national records FY{kind.years[0]}-FY{kind.years[-1]} (FOIA {FOIA})",
        publisher="U.S. Immigration and Customs Enforcement (ERO-LESA Statistical Tracking Unit), released under "
        "FOIA to the University of Washington Center for Human Rights; published by UWCHR/ice-enforce",
        licence=LICENCE,
        homepage=HOMEPAGE,
        release=RELEASE,
        files=tuple(
            RemoteFile(
                file_name(kind, fy),
                f"https://raw.githubusercontent.com/{REPO}/{COMMIT}/{FOLDER}/{file_name(kind, fy)}",
                f"{MIRROR_DIR}/{file_name(kind, fy)}",
                note="pipe-delimited export of one sheet of ICE's workbook; five banner lines, then the header",
            )
            for fy in kind.years
        ),
        tables=(kind.spec, COVERAGE),
        load=partial(load_kind, kind=kind),
        kind="records",
        depends_on=("ice_official_figures",),
        description=__doc__ or "",
        citation=f"ICE ERO-LESA, {kind.title} FY{kind.years[0]}-FY{kind.years[-1]}, FOIA {FOIA} to the University "
        f"of Washington Center for Human Rights; github.com/{REPO} (commit {COMMIT[:7]}).",
        raw_row=raw_row,
        tags=("national", "ice_lesa"),
    )


SOURCES = [_source(k) for k in KINDS]

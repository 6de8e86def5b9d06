"""Deportation Data Project (DDP) record-level ICE releases: arrests, detainers, removals, detentions, encounters.

ICE produces these tables under FOIA; DDP (UCLA) re-hosts them as xlsx on UCLA Box and as parquet on GitHub
(Git LFS). They are large (38 MB - 1 GB) and not in the offline mirror, so every file is optional: a user
fetches them, or drops a copy (xlsx, parquet or CSV) at the file's `mirror_path` under a `--mirror` directory.
Both header layouts load: ICE's Title Case ("Apprehension Criminality") and DDP's snake_case
("apprehension_criminality", with `NA` for missing and an unnamed R row-index column in CSV exports).
AOR names ("St. Paul Area of Responsibility") are normalised to field-office codes (SPM) with the hand table
hand/aor_names.csv; DDP's own `duplicate_likely` flag is kept as data beside our declared duplicate rules.
"""

from __future__ import annotations

import csv
import datetime as dt
import gzip
import itertools
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import IO, Any

import duckdb

from ice_ledger.errors import SourceFileError
from ice_ledger.schema import (
    REDACTION_RE,
    STAGE_EXTRA,
    STAGE_RID,
    LoadContext,
    normalise_header,
    quote_ident,
    quote_str,
)
from ice_ledger.sources.base import Col, DuplicateRule, RemoteFile, Source, TableSpec, package_file
from ice_ledger.sources.readers import read_sheet, stage_csv, stage_sheet

MIRROR_DIR = "deportationdata-ice"
AOR_COLUMN = "ice_ledger_aor"  # the staged column holding the normalised AOR code
FORMATS = ("parquet", "xlsx", "csv")  # preference when several copies of one table are at hand
RELEASE = "ICE release to the Deportation Data Project, Sep 2023 - late Jun 2025 (identifiers Jul 2025)"
LICENCE = "U.S. government records released under FOIA (public domain); DDP compilation, cite the project"
HOMEPAGE = "https://deportationdata.org/data/ice.html"
BOX_SHARED = "https://ucla.app.box.com/index.php?rm=box_download_shared_file&shared_name=9d8qnnduhus4bd5mwqt7l95kz34fic2v"
LFS = "https://media.githubusercontent.com/media/deportationdata/ice/main/data"
NO_CSV = (
    "DDP publishes no CSV of this table; a CSV export (DDP or ICE headers) placed at this mirror path is loaded "
    "when no xlsx or parquet copy is present"
)
MIN_DATE, MAX_DATE = dt.date(2000, 1, 1), dt.date(2030, 12, 31)
OLDEST = dt.date(1900, 1, 1)


def _c(name: str, type_: Any = "text", *raw: str, **kw: Any) -> Col:
    """A column known under ICE's Title Case header and DDP's snake_case name (both listed in `raw`)."""
    return Col(name, type_, raw=tuple(dict.fromkeys((*raw, name))), **kw)


def _person_cols() -> tuple[Col, ...]:
    return (
        _c("citizenship_country", "text", "Citizenship Country"),
        _c("gender", "text", "Gender"),
        _c("birth_year", "int", "Birth Year", min=1900, max=2030),
        _c("unique_identifier", "text", "Unique Identifier"),
        _c("publisher_duplicate_likely", "bool", "duplicate_likely"),
    )


def _date(name: str, *raw: str, required: bool = False) -> Col:
    # Only the table's own date is bounded to the releases' years: a final order or earlier apprehension of
    # the 1990s is real (the Washington arrests hold 32), and bounding it would quarantine the whole arrest.
    return _c(name, "date", *raw, required=required, not_null=required, min=MIN_DATE if required else OLDEST,
              max=MAX_DATE)


DETAINER_COLS = (
    _date("prepare_date", "Detainer Prepare Date", "detainer_prepare_date", required=True),
    _c("detainer_type", "text", "Detainer Type"),
    _c("facility", "text", "Detention Facility", "detention_facility"),
    _c("facility_code", "text", "Detention Facility Code", "detention_facility_code"),
    _c("facility_city", "text", "Facility City"),
    _c("facility_state", "text", "Facility State", upper=True),
    _c("facility_aor", "text", "Facility AOR"),
    _c("aor", "text", AOR_COLUMN),
    _c("lift_reason", "text", "Detainer Lift Reason", "detainer_lift_reason"),
    _c("lift_reason_code", "text", "Detainer Lift Reason Code", "detainer_lift_reason_code"),
    _c("criminality", "text", "Detainer Prepared Criminality", "detainer_prepared_criminality"),
    _c("threat_level", "text", "Detainer Prep Threat Level", "detainer_prep_threat_level"),
    _c("birth_country", "text", "Birth Country"),
    _c("msc_charge", "text", "Most Serious Conviction (MSC) Charge", "most_serious_conviction_charge", "MSC Charge"),
    _date("apprehension_date", "Apprehension Date"),
    _c("apprehension_method", "text", "Apprehension Method"),
    _c("case_status", "text", "Case Status"),
    _c("case_category", "text", "Case Category"),
    _c("processing_disposition", "text", "Processing Disposition"),
    *_person_cols(),
)

ARREST_COLS = (
    _date("apprehension_date", "Apprehension Date", required=True),
    _c("apprehension_state", "text", "Apprehension State", upper=True),
    _c("apprehension_county", "text", "Apprehension County"),
    _c("apprehension_aor", "text", "Apprehension AOR"),
    _c("aor", "text", AOR_COLUMN),
    _c("final_program", "text", "Final Program"),
    _c("final_program_group", "text", "Final Program Group"),
    _c("apprehension_method", "text", "Apprehension Method"),
    _c("criminality", "text", "Apprehension Criminality", "apprehension_criminality"),
    _c("case_status", "text", "Case Status"),
    _c("case_category", "text", "Case Category"),
    _date("departed_date", "Departed Date"),
    _c("departure_country", "text", "Departure Country"),
    _c("final_order_yes_no", "text", "Final Order Yes No"),
    _date("final_order_date", "Final Order Date"),
    _c("apprehension_site_landmark", "text", "Apprehension Site Landmark"),
    *_person_cols(),
)

REMOVAL_COLS = (
    _date("departed_date", "Departed Date", required=True),
    _c("port_of_departure", "text", "Port of Departure"),
    _c("departure_country", "text", "Departure Country"),
    _c("docket_aor", "text", "Docket AOR"),
    _c("aor", "text", AOR_COLUMN),
    _c("apprehension_state", "text", "Apprehension State", upper=True),
    _c("case_criminality", "text", "Case Criminality"),
    _c("final_program", "text", "Final Program"),
    _c("latest_arrest_program", "text", "Latest Arrest Program Current", "latest_arrest_program_current"),
    _c("case_category", "text", "Case Category"),
    _c("msc_charge", "text", "MSC Charge", "Most Serious Conviction (MSC) Charge", "most_serious_conviction_charge"),
    *_person_cols(),
)

ENCOUNTER_COLS = (
    _date("event_date", "Event Date", required=True),
    _c("responsible_aor", "text", "Responsible AOR"),
    _c("aor", "text", AOR_COLUMN),
    _c("responsible_site", "text", "Responsible Site"),
    _c("event_type", "text", "Event Type"),
    _c("lead_event_type", "text", "Lead Event Type"),
    _c("criminality", "text", "Encounter Criminality", "encounter_criminality"),
    _c("final_program", "text", "Final Program"),
    *_person_cols(),
)

STINT_COLS = (
    _date("book_in_date", "Book In Date Time", "book_in_date_time", required=True),
    _date("book_out_date", "Detention Book Out Date Time", "detention_book_out_date_time"),
    _c("detention_facility", "text", "Detention Facility"),
    _c("detention_facility_code", "text", "Detention Facility Code"),
    _c("release_reason", "text", "Detention Release Reason", "detention_release_reason"),
    _c("criminality", "text", "Book In Criminality", "book_in_criminality"),
    *_person_cols(),
)


@dataclass(frozen=True)
class DdpTable:
    """One DDP/ICE table: its canonical spec, where its AOR name sits, and its published files."""

    key: str
    title: str
    spec: TableSpec
    aor_from: str | None  # canonical column whose raw value is an AOR name
    xlsx_url: str
    parquet_url: str | None = None


def _spec(table: str, cols: tuple[Col, ...], date_col: str, rules: tuple[DuplicateRule, ...], what: str) -> TableSpec:
    return TableSpec(table=table, columns=cols, description=what, fiscal_year_from=date_col,
                     calendar_year_from=date_col, duplicate_rules=rules)


TABLES = (
    DdpTable(
        "arrests", "ICE administrative arrests",
        _spec("arrests", ARREST_COLS, "apprehension_date",
              (DuplicateRule("same_person_same_day", ("unique_identifier", "apprehension_date"),
                             "one person arrested twice on one day is most likely one arrest recorded twice"),),
              "One row per ICE ERO administrative arrest (DDP release)."),
        "apprehension_aor",
        "https://ucla.box.com/shared/static/xslezyadivfi27xar08ht1l35lbvuq8e.xlsx",
        f"{LFS}/arrests-latest.parquet",
    ),
    DdpTable(
        "detainers", "ICE detainers",
        _spec("detainers", DETAINER_COLS, "prepare_date",
              (DuplicateRule("same_person_day_facility", ("unique_identifier", "prepare_date", "facility"),
                             "same person, same preparation date, same facility"),),
              "One row per ICE detainer (DDP release)."),
        "facility_aor",
        f"{BOX_SHARED}&file_id=f_1922081034353",
        f"{LFS}/detainers-latest.parquet",
    ),
    DdpTable(
        "removals", "ICE removals",
        _spec("removals", REMOVAL_COLS, "departed_date",
              (DuplicateRule("same_person_same_departure", ("unique_identifier", "departed_date"),
                             "one person removed twice on one day"),),
              "One row per ICE removal (DDP release; DDP warns the table may be incomplete)."),
        "docket_aor",
        "https://ucla.box.com/shared/static/03884yy0d04c74vi63fs1htzel2zfj1u.xlsx",
    ),
    DdpTable(
        "detention_stints", "ICE detention stints",
        _spec("detention_stints", STINT_COLS, "book_in_date",
              (DuplicateRule("same_person_book_in_facility",
                             ("unique_identifier", "book_in_date", "detention_facility_code"),
                             "same person booked into the same facility on the same day"),),
              "One row per detention stint (one facility, one book-in) (DDP release)."),
        None,
        f"{BOX_SHARED}&file_id=f_1922078517539",
        f"{LFS}/detention-stints-latest.parquet",
    ),
    DdpTable(
        "encounters", "ICE encounters",
        _spec("encounters", ENCOUNTER_COLS, "event_date",
              (DuplicateRule("same_person_day_event", ("unique_identifier", "event_date", "event_type"),
                             "same person, same day, same event type"),),
              "One row per ICE encounter (DDP release)."),
        "responsible_aor",
        f"{BOX_SHARED}&file_id=f_1922075106849",
    ),
)


def file_name(key: str, fmt: str) -> str:
    """The raw file name (and, under deportationdata-ice/, the mirror path) of one DDP table in one format."""
    return f"{key.replace('_', '-')}-latest.{fmt}"


def _files(t: DdpTable) -> tuple[RemoteFile, ...]:
    files = [RemoteFile(file_name(t.key, "xlsx"), t.xlsx_url, f"{MIRROR_DIR}/{file_name(t.key, 'xlsx')}",
                        optional=True, note="DDP xlsx on UCLA Box (large; not in the offline mirror)")]
    if t.parquet_url:
        files.append(RemoteFile(file_name(t.key, "parquet"), t.parquet_url,
                                f"{MIRROR_DIR}/{file_name(t.key, 'parquet')}", optional=True,
                                note="DDP parquet in deportationdata/ice (Git LFS)"))
    files.append(RemoteFile(file_name(t.key, "csv"), HOMEPAGE, f"{MIRROR_DIR}/{file_name(t.key, 'csv')}",
                            optional=True, note=NO_CSV))
    return tuple(files)


# --- AOR names -> field-office codes ------------------------------------------------------------------------

def aor_key(name: str) -> str:
    """'St. Paul Area of Responsibility' -> 'st paul' (case, punctuation and the suffix do not matter)."""
    key = re.sub(r"\s*area of responsibility\s*$", "", name.strip().lower())
    return re.sub(r"[^a-z0-9]+", " ", key).strip()


def aor_codes() -> dict[str, str]:
    """Normalised AOR name (and code) -> three-letter code, from hand/aor_names.csv."""
    out: dict[str, str] = {}
    with package_file("hand", "aor_names.csv").open(newline="", encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            out[aor_key(row["name"])] = row["aor"]
            out[aor_key(row["aor"])] = row["aor"]
    return out


def _with_columns(ctx: LoadContext, stage: str, suffix: str, columns_sql: str) -> str:
    """A view over the stage with `columns_sql`; it keeps the stage's row numbers, so emit need not copy it.

    Views, not rebuilt tables: rebuilding a 10-million-row stage costs a full pass, and a join would lose
    file order.
    """
    cols = [r[0] for r in ctx.con.execute(f"DESCRIBE {quote_ident(stage)}").fetchall()]
    rid = "" if STAGE_RID in cols else f", rowid AS {STAGE_RID}"
    name = f"{stage}_{suffix}"
    ctx.con.execute(f"CREATE OR REPLACE TEMP VIEW {quote_ident(name)} AS SELECT {columns_sql}{rid} FROM {quote_ident(stage)}")
    return name


def _add_aor(ctx: LoadContext, stage: str, spec: TableSpec, aor_from: str | None, file: str) -> str:
    """The stage with the AOR code of each row (from its AOR name, by hand/aor_names.csv) in AOR_COLUMN."""
    cols = [r[0] for r in ctx.con.execute(f"DESCRIBE {quote_ident(stage)}").fetchall()]
    by_norm = {normalise_header(c): c for c in cols}
    raw = next((by_norm[normalise_header(a)] for a in spec.column(aor_from).aliases
                if normalise_header(a) in by_norm), None) if aor_from else None
    if raw is None:
        return _with_columns(ctx, stage, "aor", f"*, CAST(NULL AS VARCHAR) AS {AOR_COLUMN}")
    # The names are few: each distinct one is looked up once, and the rows get a CASE over them.
    names = ctx.con.execute(
        f"SELECT {quote_ident(raw)}, count(*), nullif(trim({quote_ident(raw)}), '') IS NOT NULL "
        f"AND NOT regexp_full_match({quote_ident(raw)}, {quote_str(REDACTION_RE)}) "
        f"FROM {quote_ident(stage)} WHERE {quote_ident(raw)} IS NOT NULL GROUP BY 1 ORDER BY 2 DESC, 1"
    ).fetchall()
    codes = aor_codes()
    found = {str(name): codes[aor_key(str(name))] for name, _, _ in names if aor_key(str(name)) in codes}
    whens = " ".join(f"WHEN {quote_str(k)} THEN {quote_str(v)}" for k, v in found.items())
    case = f"CASE {quote_ident(raw)} {whens} END" if whens else "CAST(NULL AS VARCHAR)"
    # Names the hand table does not know are counted (redaction markers are values, not unknown names).
    unmatched = [(name, int(n)) for name, n, named in names if named and name not in found]
    rows = sum(n for _, n in unmatched)
    ctx.qa("aor_names_unmatched", rows, 0, "pass" if rows == 0 else "info", scope=file)
    if unmatched:
        shown = ", ".join(f"{name!r} ({n})" for name, n in unmatched[:5])
        ctx.note(f"{file}: {rows} row(s) name an AOR not in hand/aor_names.csv (aor left NULL): {shown}")
    return _with_columns(ctx, stage, "aor", f"*, {case} AS {AOR_COLUMN}")


# --- staging the three formats ------------------------------------------------------------------------------

def _is_ddp_layout(columns: list[str]) -> bool:
    named = [c for c in columns if c not in STAGE_EXTRA and not c.startswith("column")]
    return bool(named) and all(re.fullmatch(r"[a-z0-9_.]+", c) for c in named)


def _na_to_null(ctx: LoadContext, stage: str) -> str:
    """DDP's R exports write missing values as NA; they are missing, not the text 'NA'."""
    cols = [r[0] for r in ctx.con.execute(f"DESCRIBE {quote_ident(stage)}").fetchall()]
    if not _is_ddp_layout(cols):
        return stage
    select = ", ".join(
        quote_ident(c) if c in STAGE_EXTRA
        else f"CASE WHEN {quote_ident(c)} = 'NA' THEN NULL ELSE {quote_ident(c)} END AS {quote_ident(c)}"
        for c in cols
    )
    return _with_columns(ctx, stage, "na", select)


def stage_parquet(con: duckdb.DuckDBPyConnection, stage: str, path: Path, *, label: str | None = None) -> int:
    """Stage a parquet file as text columns; source_row is the 1-based record number in the file."""
    file = label or path.name
    try:
        cols = [r[0] for r in con.execute(f"DESCRIBE SELECT * FROM read_parquet({quote_str(str(path))})").fetchall()]
        select = ", ".join(f"CAST({quote_ident(c)} AS VARCHAR) AS {quote_ident(c)}" for c in cols)
        # A view, not a copy: a release of millions of rows is read where it lies, column by column.
        con.execute(
            f"""CREATE OR REPLACE TEMP VIEW {quote_ident(stage)} AS
            SELECT {select}, {quote_str(file)} AS source_file, CAST(NULL AS VARCHAR) AS source_sheet,
                   file_row_number + 1 AS source_row, file_row_number AS {STAGE_RID}
            FROM read_parquet({quote_str(str(path))}, file_row_number = true)"""
        )
    except duckdb.Error as exc:
        raise SourceFileError(file, f"cannot be read as parquet: {str(exc).splitlines()[0]}") from exc
    row = con.execute(f"SELECT count(*) FROM {quote_ident(stage)}").fetchone()
    return int(row[0]) if row else 0


def _sheets(path: Path) -> list[str]:
    from python_calamine import CalamineWorkbook

    read_sheet(path)  # validates the container and gives a clear error for damaged workbooks
    return list(CalamineWorkbook.from_path(str(path)).sheet_names)


def _looks_like_html(path: Path) -> bool:
    with path.open("rb") as fh:
        return fh.read(512).lstrip().lower().startswith((b"<!doc", b"<html"))


def _chosen_file(ctx: LoadContext, t: DdpTable) -> str | None:
    present = [file_name(t.key, f) for f in FORMATS if any(rf.name == file_name(t.key, f) for rf in ctx.source.files)
               and ctx.has(file_name(t.key, f))]
    usable = [n for n in present if not (n.endswith(".csv") and _looks_like_html(ctx.path(n)))]
    for n in sorted(set(present) - set(usable)):
        ctx.note(f"{n} is an HTML page, not a CSV export (DDP publishes no CSV of {t.key}); ignored")
        ctx.qa("csv_copy_is_html", n, "a CSV export", "info", scope=t.key)
    if len(usable) > 1:
        ctx.note(f"several copies of {t.key} at hand ({', '.join(usable)}); loaded {usable[0]} only")
    return usable[0] if usable else None


def load_table(ctx: LoadContext, t: DdpTable) -> None:
    """Load whichever copy of the table is at hand (parquet, else xlsx, else CSV)."""
    name = _chosen_file(ctx, t)
    if name is None:
        ctx.qa("release_file_present", 0, 1, "info", scope=t.key)
        ctx.note(f"no {t.key} file at hand (optional, not in the offline mirror): run `ice-ledger fetch "
                 f"{ctx.source.id}` or put {file_name(t.key, 'xlsx')} / .parquet / .csv under "
                 f"<mirror>/{MIRROR_DIR}/")
        return
    path = ctx.path(name)
    if name.endswith(".xlsx"):
        for sheet in _sheets(path):
            stage = ctx.stage_name()
            try:
                sheet_name, _ = stage_sheet(ctx.con, stage, path, t.spec, sheet=sheet)
            except SourceFileError as exc:
                ctx.note(f"{name}: sheet {sheet!r} skipped ({exc})")
                continue
            _emit(ctx, t, stage, name, sheet_name)
        return
    stage = ctx.stage_name()
    if name.endswith(".parquet"):
        stage_parquet(ctx.con, stage, path)
        _emit(ctx, t, stage, name, None)
        return
    _, repaired, malformed = stage_csv(ctx.con, stage, path, ctx.build.dir, as_parquet=True)
    _emit(ctx, t, _na_to_null(ctx, stage), name, None, malformed=malformed, repaired=repaired)


def _emit(ctx: LoadContext, t: DdpTable, stage: str, file: str, sheet: str | None,
          malformed: Sequence[Any] | None = None, repaired: list[int] | None = None) -> None:
    stage = _add_aor(ctx, stage, t.spec, t.aor_from, file)
    ctx.emit(t.spec.table, stage, file=file, sheet=sheet, malformed=malformed, repaired_lines=repaired)
    flagged = ctx.con.execute(
        f"SELECT count(*) FILTER (WHERE publisher_duplicate_likely), count(*) FILTER (WHERE duplicate_likely) "
        f"FROM {quote_ident(t.spec.table)} WHERE source_id = ? AND source_file = ?",
        [ctx.source.id, file],
    ).fetchone()
    if flagged:
        ctx.qa("duplicates_publisher_vs_ledger", int(flagged[0]), int(flagged[1]), "info", scope=file)


def _open_text(path: Path) -> IO[str]:
    if path.suffix == ".gz":
        return gzip.open(path, "rt", encoding="utf-8", errors="replace", newline="")
    return path.open(encoding="utf-8", errors="replace", newline="")


def raw_row(path: Path, row: int) -> dict[str, Any]:
    """One row of a DDP CSV or parquet file as published, for `ice-ledger trace` (xlsx goes by sheet)."""
    if path.suffix == ".parquet":
        con = duckdb.connect()
        try:
            df = con.execute(
                f"SELECT * EXCLUDE (file_row_number) FROM read_parquet({quote_str(str(path))}, file_row_number = true) "
                "WHERE file_row_number = ?",
                [row - 1],
            ).df()
        finally:
            con.close()
        return {} if df.empty else {k: (None if v is None else str(v)) for k, v in df.iloc[0].to_dict().items()}
    if path.suffix in (".xlsx", ".xls"):
        _, rows = read_sheet(path)
        if row > len(rows):
            return {}
        return dict(zip([str(h) for h in rows[0]], [str(v) for v in rows[row - 1]], strict=False))
    with _open_text(path) as fh:
        reader = csv.reader(fh)
        header = next(reader, [])
        line = next(itertools.islice(reader, row - 2, row - 1), None)
    return dict(zip(header, line, strict=False)) if line else {}


def _source(t: DdpTable) -> Source:
    return Source(
        id=f"ddp_{t.key}",
        title=f"{t.title}, record level (Deportation Data Project release of ICE FOIA data)",
        publisher="U.S. Immigration and Customs Enforcement (ERO), released under FOIA; hosted by the "
        "Deportation Data Project (UCLA)",
        licence=LICENCE,
        homepage=HOMEPAGE,
        release=RELEASE,
        files=_files(t),
        tables=(t.spec,),
        load=partial(load_table, t=t),
        kind="records",
        description=__doc__ or "",
        citation=f"Deportation Data Project, ICE {t.key.replace('_', ' ')} (latest release), deportationdata.org.",
        raw_row=raw_row,
        tags=("ddp",),
    )


# --- the real DDP-layout rows the mirror holds: 22 St. Cloud detainers (MN, Feb 2026) ------------------------

ST_CLOUD_FILE = "st_cloud_denied.csv"
ST_CLOUD_COMMIT = "37abc581144c7fde8f166631f8e3db83071a9062"
ST_CLOUD_SPEC = TableSpec(
    table="detainers",
    columns=DETAINER_COLS,
    description="22 detainers declined by MINN.C.F., ST. CLOUD, Feb 2026 (DDP layout; a MN subset).",
    fiscal_year_from="prepare_date",
    calendar_year_from="prepare_date",
    duplicate_rules=TABLES[1].spec.duplicate_rules,
    expected_rows=(22, 22),
)
ST_CLOUD = DdpTable("detainers", "ICE detainers", ST_CLOUD_SPEC, "facility_aor", "")


def load_st_cloud(ctx: LoadContext) -> None:
    stage = ctx.stage_name()
    _, repaired, malformed = stage_csv(ctx.con, stage, ctx.path(ST_CLOUD_FILE), ctx.build.dir)
    _emit(ctx, ST_CLOUD, _na_to_null(ctx, stage), ST_CLOUD_FILE, None, malformed=malformed, repaired=repaired)
    counts = dict(ctx.con.execute(
        "SELECT criminality, count(*) FROM detainers WHERE source_id = ? GROUP BY 1", [ctx.source.id]
    ).fetchall())
    for category, expected in (("1 Convicted Criminal", 19), ("2 Pending Criminal Charges", 3)):
        got = int(counts.get(category, 0))
        ctx.qa("criminality_count", got, expected, "pass" if got == expected else "fail", scope=category)


ST_CLOUD_SOURCE = Source(
    id="ddp_mn_st_cloud_detainers",
    title="Detainers declined at MINN.C.F., St. Cloud, Feb 2026 (22 records in DDP layout)",
    publisher="U.S. Immigration and Customs Enforcement (FOIA 2026-ICLI-00005 via the Deportation Data Project); "
    "subset by alyssc/mn-deportation-data",
    licence="U.S. government records (public domain); the repository states no licence",
    homepage="https://github.com/alyssc/mn-deportation-data",
    release=f"2026-ICLI-00005_Detainers_FY26_20260311 (sheet FY2026); alyssc/mn-deportation-data @ {ST_CLOUD_COMMIT[:12]}",
    files=(
        RemoteFile(
            ST_CLOUD_FILE,
            f"https://raw.githubusercontent.com/alyssc/mn-deportation-data/{ST_CLOUD_COMMIT}/output/{ST_CLOUD_FILE}",
            f"mn-deportation-data/{ST_CLOUD_FILE}",
        ),
    ),
    tables=(ST_CLOUD_SPEC,),
    load=load_st_cloud,
    kind="records",
    description="The only real rows in the mirror in DDP's record layout (64 columns); a schema fixture for the "
    "2025-26 detainer files, loaded like any DDP detainer file.",
    citation="ICE detainers FY2026 (2026-ICLI-00005), via Deportation Data Project; St. Cloud subset, "
    "github.com/alyssc/mn-deportation-data.",
    raw_row=raw_row,
    tags=("ddp",),
)

SOURCES = [*(_source(t) for t in TABLES), ST_CLOUD_SOURCE]

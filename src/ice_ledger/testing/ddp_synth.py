"""Synthetic ICE/DDP record files in the published layouts, for tests and build benchmarks.

The real Deportation Data Project files are too large for the offline mirror, so tests and benchmarks need
files that look like them: ICE's Title Case headers or DDP's snake_case (with `NA` for missing and an unnamed
R row-index column in CSV), realistic value mixes (criminality shares, AOR names, dates over several fiscal
years), some FOIA redaction markers, some exact duplicate rows and missing states. Generation is vectorised
(numpy + pyarrow) and streamed in chunks, so 10 million CSV rows take well under a minute of CPU and
bounded memory. The returned `SynthSummary` gives the exact counts a test can check a build against.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.csv as pacsv
import pyarrow.parquet as pq

Layout = Literal["ice", "ddp"]
Fmt = Literal["csv", "xlsx", "parquet"]
CHUNK_ROWS = 250_000

CRIMINALITY = ("1 Convicted Criminal", "2 Pending Criminal Charges", "3 Other Immigration Violator")
CRIMINALITY_SHARES = (0.45, 0.20, 0.35)
AOR_NAMES = (
    "Atlanta", "Baltimore", "Boston", "Buffalo", "Chicago", "Dallas", "Denver", "Detroit", "El Paso", "Harlingen",
    "Houston", "Los Angeles", "Miami", "Newark", "New Orleans", "New York City", "Philadelphia", "Phoenix",
    "Seattle", "San Francisco", "Salt Lake City", "San Antonio", "San Diego", "St. Paul", "Washington",
)
AOR_CODES = (
    "ATL", "BAL", "BOS", "BUF", "CHI", "DAL", "DEN", "DET", "ELP", "HAL", "HOU", "LOS", "MIA", "NEW", "NOL", "NYC",
    "PHI", "PHO", "SEA", "SFR", "SLC", "SNA", "SND", "SPM", "WAS",
)
AOR_WEIGHTS = np.array([6, 3, 3, 1, 5, 7, 3, 3, 4, 5, 8, 6, 6, 4, 7, 4, 3, 5, 3, 3, 2, 6, 4, 2, 4], dtype=float)
STATES = ("TEXAS", "CALIFORNIA", "FLORIDA", "GEORGIA", "NEW YORK", "ILLINOIS", "ARIZONA", "NEW JERSEY",
          "LOUISIANA", "MINNESOTA", "WASHINGTON", "PENNSYLVANIA", "COLORADO", "NORTH CAROLINA", "VIRGINIA")
COUNTRIES = ("MEXICO", "GUATEMALA", "HONDURAS", "EL SALVADOR", "VENEZUELA", "COLOMBIA", "ECUADOR", "CUBA",
             "NICARAGUA", "DOMINICAN REPUBLIC", "HAITI", "BRAZIL", "INDIA", "CHINA, PEOPLES REPUBLIC OF")
COUNTRY_WEIGHTS = np.array([40, 14, 12, 6, 5, 4, 4, 3, 3, 2, 2, 2, 2, 1], dtype=float)
METHODS = ("CAP Local Incarceration", "Located", "CAP Federal Incarceration", "Non-Custodial Arrest",
           "287(g) Program", "Probation and Parole")
PROGRAMS = ("ERO Criminal Alien Program", "Non-Detained Docket Control", "Fugitive Operations", "287(g) Program",
            "ERO Reentry")
CASE_CATEGORIES = ("[2A] Deportable - Under Adjudication by IJ", "[16] Reinstated Final Order",
                   "[3] Deportable - Administratively Final Order", "[8C] Excludable / Inadmissible - Administrative Final Order Issued")
LANDMARKS = ("COUNTY JAIL", "RESIDENCE", "PROBATION OFFICE", "COURTHOUSE", "WORKSITE", "TRAFFIC STOP")
LIFT_REASONS = ("Booked into Detention", "Detainer Declined by LEA", "Lifted", "Case Closed", "Transferred",
                "No longer in State, Local, or Federal Custody")
DETAINER_TYPES = ("I247A - Immigration Detainer - Notice of Action (as of May 2025)",
                  "I247A - Immigration Detainer - Notice of Action")
FACILITIES = (  # (name, code, city, state, AOR index in AOR_NAMES)
    ("HARRIS COUNTY JAIL", "HARRISC", "HOUSTON", "TEXAS", 10),
    ("MINN.C.F.,ST.CLOUD", "MNCFSTC", "ST. CLOUD", "MINNESOTA", 23),
    ("HENNEPIN COUNTY ADC", "HENNEPN", "MINNEAPOLIS", "MINNESOTA", 23),
    ("LOS ANGELES COUNTY MEN'S CENTRAL JAIL", "LACMCJ", "LOS ANGELES", "CALIFORNIA", 11),
    ("COOK COUNTY JAIL", "COOKCIL", "CHICAGO", "ILLINOIS", 4),
    ("MIAMI-DADE TGK CORRECTIONAL CENTER", "MDTGKFL", "MIAMI", "FLORIDA", 12),
    ("MARICOPA COUNTY 4TH AVENUE JAIL", "MARICAZ", "PHOENIX", "ARIZONA", 17),
    ("KING COUNTY CORRECTIONAL FACILITY", "KINGCWA", "SEATTLE", "WASHINGTON", 18),
    ("DALLAS COUNTY JAIL", "DALLCTX", "DALLAS", "TEXAS", 5),
    ("GWINNETT COUNTY JAIL", "GWINNGA", "LAWRENCEVILLE", "GEORGIA", 0),
)
PORTS = ("HARLINGEN, TX", "BROWNSVILLE, TX", "EL PASO, TX", "SAN DIEGO, CA", "ALEXANDRIA, LA", "MESA, AZ")
REDACTION_MARKERS = ("(b)(6)", "(b)(7)(C)", "(b)(6), (b)(7)(c)")


@dataclass
class SynthSummary:
    """What was written: exact counts a test can check the loaded table against."""

    path: Path
    rows: int = 0
    exact_duplicates: int = 0
    redacted: dict[str, int] = field(default_factory=dict)
    missing: dict[str, int] = field(default_factory=dict)
    by_criminality: dict[str, int] = field(default_factory=dict)
    by_aor: dict[str, int] = field(default_factory=dict)


@dataclass(frozen=True)
class _Column:
    ice: str
    ddp: str
    make: Callable[[_Draw], pa.Array]


@dataclass
class _Draw:
    """The random draws of one chunk, shared by columns that must agree (a removal follows its arrest)."""

    rng: np.random.Generator
    n: int
    start: dt.date
    span_days: int
    people: pa.Array
    cache: dict[str, Any] = field(default_factory=dict)

    def once(self, key: str, make: Callable[[], Any]) -> Any:
        if key not in self.cache:
            self.cache[key] = make()
        return self.cache[key]


# --- vectorised value makers ------------------------------------------------------------------------------

def _choice(d: _Draw, values: tuple[str, ...], weights: np.ndarray | tuple[float, ...] | None = None) -> pa.Array:
    p = None if weights is None else np.asarray(weights, dtype=float) / np.sum(weights)
    idx = d.rng.choice(len(values), size=d.n, p=p).astype(np.int32)
    return pa.DictionaryArray.from_arrays(pa.array(idx), pa.array(values, pa.string())).dictionary_decode()


def _null_where(arr: pa.Array, mask: np.ndarray) -> pa.Array:
    return pc.if_else(pa.array(mask), pa.scalar(None, arr.type), arr)


def _redact_where(arr: pa.Array, d: _Draw, share: float) -> pa.Array:
    mask = d.rng.random(d.n) < share
    markers = _choice(d, REDACTION_MARKERS)
    return pc.if_else(pa.array(mask), markers, arr.cast(pa.string()))


def _days(d: _Draw, key: str) -> np.ndarray:
    return d.once(key, lambda: d.rng.integers(0, d.span_days, d.n))


def _date_str(start: dt.date, days: np.ndarray) -> pa.Array:
    base = np.datetime64(start.isoformat(), "D")
    return pa.array(base + days.astype("timedelta64[D]")).cast(pa.string())


def _main_date(d: _Draw) -> pa.Array:
    return _date_str(d.start, _days(d, "main"))


def _departed(d: _Draw) -> pa.Array:
    removed = d.once("removed", lambda: d.rng.random(d.n) < 0.4)
    later = _days(d, "main") + d.rng.integers(5, 200, d.n)
    return _null_where(_date_str(d.start, later), ~removed)


def _departure_country(d: _Draw) -> pa.Array:
    removed = d.once("removed", lambda: d.rng.random(d.n) < 0.4)
    return _null_where(_country(d), ~removed)


def _country(d: _Draw) -> pa.Array:
    return d.once("country", lambda: _choice(d, COUNTRIES, COUNTRY_WEIGHTS))


def _aor_idx(d: _Draw) -> np.ndarray:
    return d.once("aor", lambda: d.rng.choice(len(AOR_NAMES), size=d.n, p=AOR_WEIGHTS / AOR_WEIGHTS.sum()))


def _aor_name(d: _Draw) -> pa.Array:
    names = pa.array([f"{n} Area of Responsibility" for n in AOR_NAMES])
    return pa.DictionaryArray.from_arrays(pa.array(_aor_idx(d).astype(np.int32)), names).dictionary_decode()


def _criminality(d: _Draw) -> pa.Array:
    idx = d.once("crim", lambda: d.rng.choice(3, size=d.n, p=CRIMINALITY_SHARES).astype(np.int32))
    return pa.DictionaryArray.from_arrays(pa.array(idx), pa.array(CRIMINALITY)).dictionary_decode()


def _state_missing(d: _Draw) -> pa.Array:
    return _null_where(_choice(d, STATES), d.rng.random(d.n) < 0.21)  # DDP: state missing in ~21% of arrests


def _birth_year(d: _Draw) -> pa.Array:
    years = pa.array(d.rng.integers(1950, 2008, d.n)).cast(pa.string())
    return _redact_where(years, d, 0.01)


def _landmark(d: _Draw) -> pa.Array:
    return _redact_where(_choice(d, LANDMARKS), d, 0.05)


def _facility_idx(d: _Draw) -> np.ndarray:
    return d.once("fac", lambda: d.rng.integers(0, len(FACILITIES), d.n).astype(np.int32))


def _facility(part: int) -> Callable[[_Draw], pa.Array]:
    def make(d: _Draw) -> pa.Array:
        if part == 4:
            values = pa.array([f"{AOR_NAMES[f[4]]} Area of Responsibility" for f in FACILITIES])
        else:
            values = pa.array([str(f[part]) for f in FACILITIES])
        return pa.DictionaryArray.from_arrays(pa.array(_facility_idx(d)), values).dictionary_decode()
    return make


def _const(value: str) -> Callable[[_Draw], pa.Array]:
    return lambda d: pa.array(np.full(d.n, value, dtype=object), pa.string())


def _missing(d: _Draw) -> pa.Array:
    return pa.nulls(d.n, pa.string())


def _person(d: _Draw) -> pa.Array:
    return d.people


_PERSON = (
    _Column("Birth Year", "birth_year", _birth_year),
    _Column("Citizenship Country", "citizenship_country", _country),
    _Column("Gender", "gender", lambda d: _choice(d, ("Male", "Female"), (0.86, 0.14))),
    _Column("Unique Identifier", "unique_identifier", _person),
)

ARRESTS = (
    _Column("Apprehension Date", "apprehension_date", _main_date),
    _Column("Apprehension State", "apprehension_state", _state_missing),
    _Column("Apprehension County", "apprehension_county", _missing),
    _Column("Apprehension AOR", "apprehension_aor", _aor_name),
    _Column("Final Program", "final_program", lambda d: _choice(d, PROGRAMS, (5, 3, 2, 1, 1))),
    _Column("Apprehension Method", "apprehension_method", lambda d: _choice(d, METHODS, (6, 4, 2, 2, 1, 1))),
    _Column("Apprehension Criminality", "apprehension_criminality", _criminality),
    _Column("Case Status", "case_status", lambda d: _choice(d, ("ACTIVE", "8-Excluded/Removed - Inadmissible",
                                                              "A-Proceedings Terminated"), (6, 3, 1))),
    _Column("Case Category", "case_category", lambda d: _choice(d, CASE_CATEGORIES)),
    _Column("Departed Date", "departed_date", _departed),
    _Column("Departure Country", "departure_country", _departure_country),
    _Column("Final Order Yes No", "final_order_yes_no", lambda d: _choice(d, ("YES", "NO"))),
    _Column("Apprehension Site Landmark", "apprehension_site_landmark", _landmark),
    *_PERSON,
)

DETAINERS = (
    _Column("Detainer Prepare Date", "detainer_prepare_date", _main_date),
    _Column("Facility State", "facility_state", _facility(3)),
    _Column("Facility AOR", "facility_aor", _facility(4)),
    _Column("Detainer Prepared Criminality", "detainer_prepared_criminality", _criminality),
    _Column("Detention Facility", "detention_facility", _facility(0)),
    _Column("Detention Facility Code", "detention_facility_code", _facility(1)),
    _Column("Facility City", "facility_city", _facility(2)),
    _Column("Detainer Prep Threat Level", "detainer_prep_threat_level", lambda d: _choice(d, ("1", "2", "3"))),
    _Column("Birth Country", "birth_country", _country),
    _Column("Most Serious Conviction (MSC) Charge", "most_serious_conviction_charge",
            lambda d: _choice(d, ("Dangerous Drugs", "Traffic Offense", "Assault", "Illegal Entry", "Larceny"))),
    _Column("Processing Disposition", "processing_disposition",
            lambda d: _choice(d, ("Warrant of Arrest/Notice to Appear", "Reinstatement of Deport Order I-871"))),
    _Column("Apprehension Method", "apprehension_method", lambda d: _choice(d, METHODS)),
    _Column("Detainer Lift Reason", "detainer_lift_reason",
            lambda d: _null_where(_choice(d, LIFT_REASONS, (6, 2, 1, 1, 1, 1)), d.rng.random(d.n) < 0.3)),
    _Column("Detainer Type", "detainer_type", lambda d: _choice(d, DETAINER_TYPES)),
    *_PERSON,
)

REMOVALS = (
    _Column("Departed Date", "departed_date", _main_date),
    _Column("Port of Departure", "port_of_departure", lambda d: _choice(d, PORTS)),
    _Column("Departure Country", "departure_country", _country),
    _Column("Docket AOR", "docket_aor", _aor_name),
    _Column("Apprehension State", "apprehension_state", _state_missing),
    _Column("Case Criminality", "case_criminality", _criminality),
    _Column("Final Program", "final_program", lambda d: _choice(d, PROGRAMS)),
    _Column("Latest Arrest Program Current", "latest_arrest_program_current",
            lambda d: _choice(d, ("Border Patrol", "ERO Criminal Alien Program", "Non-Detained Docket Control"))),
    _Column("Case Category", "case_category", lambda d: _choice(d, CASE_CATEGORIES)),
    _Column("MSC Charge", "msc_charge", lambda d: _choice(d, ("Dangerous Drugs", "Traffic Offense", "Assault"))),
    *_PERSON,
)

TRACKED_REDACTIONS = {"Birth Year": "birth_year", "Apprehension Site Landmark": "apprehension_site_landmark"}


# --- writing -------------------------------------------------------------------------------------------------

def _hex_ids(rng: np.random.Generator, n: int) -> pa.Array:
    """n random 40-hex-digit identifiers (the shape of DDP's unique_identifier), built without Python loops."""
    table = np.frombuffer(b"".join(f"{i:02x}".encode() for i in range(256)), dtype=np.uint8).reshape(256, 2)
    data = table[rng.integers(0, 256, (n, 20))].reshape(-1)
    offsets = np.arange(0, 40 * (n + 1), 40, dtype=np.int32)
    return pa.StringArray.from_buffers(n, pa.py_buffer(offsets.tobytes()), pa.py_buffer(data.tobytes()))


def _count_into(counts: dict[str, int], arr: pa.Array) -> None:
    for item in pc.value_counts(arr).to_pylist():
        key = str(item["values"])
        counts[key] = counts.get(key, 0) + int(item["counts"])


def _chunk(columns: tuple[_Column, ...], layout: Layout, rng: np.random.Generator, n: int, first_row: int,
           pool: pa.Array, start: dt.date, span_days: int, dup_share: float,
           summary: SynthSummary) -> pa.Table:
    people = pool.take(pa.array(rng.integers(0, len(pool), n)))
    d = _Draw(rng, n, start, span_days, people)
    arrays = [c.make(d) for c in columns]
    # exact duplicates: a row that copies every value of the row before it (never the first row of a file)
    dup = rng.random(n) < dup_share
    if first_row == 0:
        dup[0] = False
    src = np.arange(n)
    src[dup] -= 1
    if first_row > 0 and dup[0]:
        src[0] = 0  # cannot reach into the previous chunk: keep the row as drawn
        dup[0] = False
    while True:  # follow chains (a copy of a copy) back to the original row
        nxt = src[src]
        if np.array_equal(nxt, src):
            break
        src = nxt
    take = pa.array(src)
    arrays = [a.take(take) for a in arrays]
    summary.rows += n
    summary.exact_duplicates += int(dup.sum())
    names = [c.ice if layout == "ice" else c.ddp for c in columns]
    for c, a in zip(columns, arrays, strict=True):
        if c.ice in TRACKED_REDACTIONS:
            hits = pc.sum(pc.is_in(a, pa.array(REDACTION_MARKERS))).as_py() or 0
            summary.redacted[c.ddp] = summary.redacted.get(c.ddp, 0) + int(hits)
        if c.ddp.endswith("criminality"):
            _count_into(summary.by_criminality, a)
        if c.ddp.endswith("_aor"):
            _count_into(summary.by_aor, a)
        if c.ddp in ("apprehension_state",):
            summary.missing[c.ddp] = summary.missing.get(c.ddp, 0) + a.null_count
    if layout == "ddp":
        index = pa.array(np.arange(first_row + 1, first_row + n + 1)).cast(pa.string())
        arrays = [index, *arrays, pa.array(np.where(dup, "TRUE", "FALSE"), pa.string()),
                  pa.array(np.full(n, "synthetic.xlsx", dtype=object), pa.string()),
                  pa.array(np.full(n, "Sheet1", dtype=object), pa.string()),
                  pa.array(np.arange(first_row + 2, first_row + n + 2)).cast(pa.string())]
        names = ["", *names, "duplicate_likely", "file_original", "sheet_original", "row_original"]
    return pa.Table.from_arrays(arrays, names=names)


def _write(columns: tuple[_Column, ...], path: str | Path, n_rows: int, seed: int, layout: Layout, fmt: Fmt,
           start: dt.date, end: dt.date, dup_share: float) -> SynthSummary:
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    rng = np.random.default_rng(seed)
    summary = SynthSummary(path)
    pool = _hex_ids(rng, max(1, int(n_rows * 0.7)))
    span = (end - start).days + 1
    chunks = (_chunk(columns, layout, rng, min(CHUNK_ROWS, n_rows - i), i, pool, start, span, dup_share, summary)
              for i in range(0, n_rows, CHUNK_ROWS))
    if fmt == "csv":
        _write_csv(path, chunks, layout)
    elif fmt == "parquet":
        _write_parquet(path, chunks, layout)
    elif fmt == "xlsx":
        _write_xlsx(path, chunks, columns, layout)
    else:
        raise ValueError(f"unknown format {fmt!r} (csv, xlsx or parquet)")
    return summary


def _for_layout(table: pa.Table, layout: Layout) -> pa.Table:
    if layout != "ddp":
        return table
    return pa.Table.from_arrays([pc.fill_null(c, "NA") for c in table.columns], names=table.column_names)


def _write_csv(path: Path, chunks: Any, layout: Layout) -> None:
    writer = None
    try:
        for table in chunks:
            table = _for_layout(table, layout)
            if writer is None:
                writer = pacsv.CSVWriter(str(path), table.schema)
            writer.write_table(table)
    finally:
        if writer is not None:
            writer.close()


def _write_parquet(path: Path, chunks: Any, layout: Layout) -> None:
    writer = None
    try:
        for table in chunks:
            if layout == "ddp":
                table = table.drop_columns([""])  # DDP's parquet has no R row index
            if writer is None:
                writer = pq.ParquetWriter(str(path), table.schema, compression="zstd")
            writer.write_table(table)
    finally:
        if writer is not None:
            writer.close()


def _write_xlsx(path: Path, chunks: Any, columns: tuple[_Column, ...], layout: Layout) -> None:
    """xlsx through openpyxl's streaming writer (slow: meant for fixtures of up to ~100k rows)."""
    from openpyxl import Workbook

    wb = Workbook(write_only=True)
    ws = wb.create_sheet("Sheet1")
    header_written = False
    for table in chunks:
        if layout == "ddp":
            table = table.drop_columns([""])
        if not header_written:
            ws.append(table.column_names)
            header_written = True
        for row in zip(*(c.to_pylist() for c in table.columns), strict=True):
            ws.append(list(row))
    wb.save(str(path))


def write_arrests(path: str | Path, n_rows: int, seed: int = 0, layout: Layout = "ice", fmt: Fmt = "csv",
                  *, start: dt.date = dt.date(2011, 10, 1), end: dt.date = dt.date(2025, 6, 26),
                  dup_share: float = 0.005) -> SynthSummary:
    """ICE administrative arrests, FY2012 - Jun 2025 by default."""
    return _write(ARRESTS, path, n_rows, seed, layout, fmt, start, end, dup_share)


def write_detainers(path: str | Path, n_rows: int, seed: int = 0, layout: Layout = "ice", fmt: Fmt = "csv",
                    *, start: dt.date = dt.date(2023, 9, 1), end: dt.date = dt.date(2025, 6, 26),
                    dup_share: float = 0.005) -> SynthSummary:
    """ICE detainers (the 2023-2025 release layout)."""
    return _write(DETAINERS, path, n_rows, seed, layout, fmt, start, end, dup_share)


def write_removals(path: str | Path, n_rows: int, seed: int = 0, layout: Layout = "ice", fmt: Fmt = "csv",
                   *, start: dt.date = dt.date(2025, 1, 1), end: dt.date = dt.date(2025, 6, 26),
                   dup_share: float = 0.005) -> SynthSummary:
    """ICE removals (DDP posts removals from Jan 2025 only)."""
    return _write(REMOVALS, path, n_rows, seed, layout, fmt, start, end, dup_share)

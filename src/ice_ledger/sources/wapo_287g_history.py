"""Washington Post: sheriffs' offices with 287(g) agreements, year by year 2005-2019 (curated panel).

The Post marks each agency "X" in each calendar year its agreement was active (y2005 ... y2019). Each run of
consecutive marked years becomes one policy row from 1 January of its first year to 31 December of its last:
an approximation (the panel has years, not signing dates), stated in every row's note and in the definition.
The Post does not give the 287(g) model, so the kind is `287g_agreement`. FIPS codes come from the Post's own
column (leading zeros restored; an impossible code is quarantined as `fips_invalid`), else from the resolver.
The 2019 workbook supersedes the 2018 one (same agencies plus the y2019 column); the 2018 file is compared
with it year by year and disagreements are recorded in QA.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path
from typing import Any

from ice_ledger.errors import SourceFileError
from ice_ledger.geo.fips import FipsError, county_fips
from ice_ledger.geo.names import lookup_state
from ice_ledger.schema import LoadContext, Reason
from ice_ledger.sources._policy_columns import policy_columns
from ice_ledger.sources._policy_matching import Query, attach_fips, report_unmatched
from ice_ledger.sources._policy_records import (
    POLICY_COLUMNS,
    Record,
    quarantine,
    screen_intervals,
    stage_records,
)
from ice_ledger.sources.base import RemoteFile, Source, TableSpec
from ice_ledger.sources.readers import cell_text, read_sheet

FILE_2019, FILE_2018 = "287g_curated_2019.xlsx", "287g_curated_2018.xlsx"
DEFINITION_ID = "wapo_287g_2005_2019"
REPO = "https://raw.githubusercontent.com/wpinvestigative/sheriffs_287g/78d5c427cd2c6950792b08cab1858e5e3c2c3ed4/"
HOMEPAGE = "https://github.com/wpinvestigative/sheriffs_287g"
YEAR_RE = re.compile(r"^y(\d{4})$")
APPROXIMATION = ("interval from the Post's yearly marks: 1 Jan of the first marked year to 31 Dec of the last "
                 "consecutive marked year (actual signing and end dates not in this source)")


def read_panel(path: Path, file: str) -> tuple[list[int], list[dict[str, Any]]]:
    """The panel's year columns and its rows (dicts keyed by header, with the spreadsheet row number)."""
    sheet, rows = read_sheet(path)
    if not rows:
        raise SourceFileError(file, "the sheet is empty")
    header = [str(c).strip() if c is not None else "" for c in rows[0]]
    years = sorted(int(m.group(1)) for h in header if (m := YEAR_RE.match(h)))
    for needed in ("State", "County"):
        if needed not in header:
            raise SourceFileError(file, f"column {needed!r} missing; header is {header}", where=f"sheet {sheet!r}")
    if not years:
        raise SourceFileError(file, "no yYYYY year columns", where=f"sheet {sheet!r}")
    out = []
    for i, r in enumerate(rows[1:], start=2):
        if not any(v not in (None, "") for v in r):
            continue
        rec: dict[str, Any] = {h: cell_text(v) for h, v in zip(header, r, strict=False) if h}
        rec["_row"], rec["_sheet"] = i, sheet
        out.append(rec)
    return years, out


def active_runs(row: dict[str, Any], years: list[int]) -> list[tuple[int, int]]:
    """Runs of consecutive years marked 'X': [(first, last), ...]."""
    marked = [y for y in years if str(row.get(f"y{y}") or "").strip().upper() == "X"]
    runs: list[tuple[int, int]] = []
    for y in marked:
        if runs and runs[-1][1] == y - 1:
            runs[-1] = (runs[-1][0], y)
        else:
            runs.append((y, y))
    return runs


def _records(rows: list[dict[str, Any]], years: list[int]) -> list[Record]:
    out = []
    for row in rows:
        st = lookup_state(row.get("State"))
        for first, last in active_runs(row, years):
            out.append(Record({
                "jurisdiction_name": " ".join(str(row.get("County") or "").split()),
                "state": st.abbr if st else row.get("State"), "jurisdiction_type": "agency",
                "section_raw": "sheriff" if row.get("Sheriff") else None,
                "policy_kind": "287g_agreement", "definition_id": DEFINITION_ID,
                "basis": f"marked X {first}-{last}", "valid_from": dt.date(first, 1, 1),
                "valid_to": dt.date(last, 12, 31), "evidence_url": HOMEPAGE, "evidence_document": FILE_2019,
                "note": APPROXIMATION + (f"; Post note: {row['NOTES']}" if row.get("NOTES") else ""),
                "_fips": row.get("FIPS"),
            }, FILE_2019, int(row["_row"]), row.get("_sheet")))
    return out


def _fips(ctx: LoadContext, records: list[Record]) -> tuple[list[Record], list[Record]]:
    """Records with the Post's FIPS (restored), records that need the resolver; impossible codes quarantined."""
    coded, uncoded = [], []
    for rec in records:
        raw = rec.values.pop("_fips")
        if raw in (None, ""):
            uncoded.append(rec)
            continue
        try:
            rec.values["jurisdiction_fips"] = county_fips(raw)
        except FipsError as exc:
            rec.values["_fips"] = raw
            quarantine(ctx, "policies", rec, Reason.fips_invalid, "_fips", str(exc))
            continue
        rec.values["match_status"], rec.values["match_reason"] = "matched", "source FIPS column (zero-padded)"
        coded.append(rec)
    return coded, uncoded


STATE_AGENCY_RE = re.compile(r"\b(department of (corrections|public safety)|state (police|patrol)|highway patrol)\b",
                             re.IGNORECASE)


def _state_agency(rec: Record) -> Query | None:
    """A state department (corrections, public safety, state police) resolves to its state."""
    if STATE_AGENCY_RE.search(str(rec.values["jurisdiction_name"])):
        return (str(rec.values["state"]), str(rec.values["state"]), "state")
    return None


def _compare_2018(ctx: LoadContext, rows19: list[dict[str, Any]], years19: list[int]) -> None:
    years18, rows18 = read_panel(ctx.path(FILE_2018), FILE_2018)
    by_key = {(r.get("State"), r.get("County")): r for r in rows19}
    differ = 0
    for r in rows18:
        other = by_key.get((r.get("State"), r.get("County")))
        if other is None:
            differ += 1
            ctx.note(f"{FILE_2018} row {r['_row']}: {r.get('County')} ({r.get('State')}) not in {FILE_2019}")
            continue
        shared = [y for y in years18 if y in years19]
        if active_runs(r, shared) != active_runs(other, shared):
            differ += 1
            ctx.note(f"{r.get('County')} ({r.get('State')}): active years differ between the 2018 and 2019 files")
    ctx.qa("panel_2018_vs_2019_rows_differing", differ, 0, "pass" if differ == 0 else "info", scope=FILE_2018)


POLICIES = TableSpec(
    table="policies",
    description="One row per run of consecutive active years of a sheriff's 287(g) agreement, 2005-2019.",
    columns=policy_columns(),
)


def load(ctx: LoadContext) -> None:
    years, rows = read_panel(ctx.path(FILE_2019), FILE_2019)
    records = screen_intervals(ctx, "policies", _records(rows, years))
    coded, uncoded = _fips(ctx, records)
    queries: list[Query] = [(str(r.values["jurisdiction_name"]), str(r.values["state"]), "agency") for r in uncoded]
    attach_fips(ctx, uncoded, queries, [_state_agency(r) for r in uncoded])
    ordered = sorted(coded + uncoded, key=lambda r: r.row)
    stage = stage_records(ctx, ordered, POLICY_COLUMNS)
    result = ctx.emit("policies", stage, file=FILE_2019, sheet=ordered[0].sheet if ordered else None)
    report_unmatched(ctx, ordered, result, "wapo_agency")
    never = sum(1 for r in rows if not active_runs(r, years))
    ctx.qa("agencies_never_marked_active", never, "", "info", scope=FILE_2019)
    ctx.note(f"{never} of {len(rows)} agencies in {FILE_2019} have no year marked X (listed by the Post, e.g. ended "
             "or considered; no policy row)")
    if ctx.has(FILE_2018):
        _compare_2018(ctx, rows, years)


SOURCE = Source(
    id="wapo_287g_history",
    title="Washington Post: sheriffs' 287(g) agreements by year, 2005-2019 (curated panel)",
    publisher="The Washington Post (wpinvestigative/sheriffs_287g)",
    licence="CC BY-NC-SA 4.0 (non-commercial use, share alike, attribute The Washington Post)",
    homepage=HOMEPAGE,
    release="sheriffs_287g @ 78d5c42 (2021-11-23), 287g_curated_2019.xlsx",
    files=(
        RemoteFile(FILE_2019, REPO + "data/" + FILE_2019, f"wapo-sheriffs-287g/{FILE_2019}"),
        RemoteFile(FILE_2018, REPO + "data/" + FILE_2018, f"wapo-sheriffs-287g/{FILE_2018}", optional=True,
                   note="earlier version; compared year by year with the 2019 file"),
    ),
    tables=(POLICIES,),
    load=load,
    kind="policy",
    depends_on=("geo_census_names", "geo_uwchr_county_aor"),  # resolve names against this build's gazetteer
    description=__doc__ or "",
    citation="The Washington Post, 'sheriffs_287g' analysis data (287g_curated_2019.xlsx), CC BY-NC-SA 4.0.",
)

"""ICE 287(g) participating and pending agencies: the published lists of 16 May and 18 July 2025.

One policy row per agency x model x signing date (an agency may hold several models). `valid_from` is ICE's
SIGNED column (the MOA signing date); a SIGNED cell that is no date ('7/72025') keeps its row, counted from the
day of the list that shows it, with the cell quoted in the note (the list still holds the agreement). An agreement on the May list but absent from the July list ended
between the two snapshots: its `valid_to` is set to the day before the July snapshot (the last day it can have
held) with a note saying so, or to the day before the new signing when the same agency and model was
re-signed. Pending requests are a separate kind (`pending_287g_request`), valid on their snapshot day only.
The scrape panel agreements.csv is not used for signing dates (its `date` is a snapshot label); its rows go to
`policy_list_snapshots`, what the page listed on each scraped day, which is what articles of those days cite.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

from ice_ledger.errors import SourceFileError
from ice_ledger.geo.names import lookup_state
from ice_ledger.schema import LoadContext, quote_ident
from ice_ledger.sources._policy_columns import policy_columns
from ice_ledger.sources._policy_matching import Query, attach_fips, report_unmatched
from ice_ledger.sources._policy_records import POLICY_COLUMNS, Record, screen_intervals, stage_records
from ice_ledger.sources.base import Col, RemoteFile, Source, TableSpec
from ice_ledger.sources.readers import cell_text, read_sheet, stage_csv

# The archive keeps each day's sheets in a dated folder under sheets/ at this commit; ICE replaces its own file daily.
REPO = "https://github.com/appelson/Tracking_287g/tree/1946c799ae59af836cbc5b0b5c063237546f9a86/sheets#"
MAY, JULY = "participatingAgencies05162025am.xlsx", "participatingAgencies07182025pm.xlsx"
PENDING_MAY, PENDING_JULY = "pendingAgencies05152025am.xlsx", "pendingAgencies07182025pm.xlsx"
MOA_INDEX = "moa_agreements.json"
PANEL = "agreements.csv"
SNAPSHOT = {MAY: dt.date(2025, 5, 16), JULY: dt.date(2025, 7, 18),
            PENDING_MAY: dt.date(2025, 5, 15), PENDING_JULY: dt.date(2025, 7, 18)}
DEFINITION_ID = "ice_287g_2025"
PENDING_DEFINITION_ID = "ice_287g_pending_2025"
ICE_PAGE = "https://www.ice.gov/identify-and-arrest/287g"
MODELS = {
    "jail enforcement model": ("287g_jail_enforcement", "JEM"),
    "warrant service officer": ("287g_warrant_service_officer", "WSO"),
    "task force model": ("287g_task_force", "TFM"),
}
KINDS = frozenset({k for k, _ in MODELS.values()} | {"pending_287g_request"})
HEADER = ("STATE", "LAW ENFORCEMENT AGENCY", "TYPE", "COUNTY", "SUPPORT TYPE")


def read_snapshot(path: Path, file: str) -> list[dict[str, Any]]:
    """Rows of one ICE spreadsheet as dicts keyed by its header, each with its spreadsheet row number."""
    sheet, rows = read_sheet(path)
    header_idx = next((i for i, r in enumerate(rows[:10]) if {str(c).strip() for c in r} >= set(HEADER)), None)
    if header_idx is None:
        raise SourceFileError(file, f"no header row with {', '.join(HEADER)} in the first 10 rows", where=f"sheet {sheet!r}")
    header = [str(c).strip() for c in rows[header_idx]]
    out = []
    for i, r in enumerate(rows[header_idx + 1:], start=header_idx + 2):
        if not any(v not in (None, "") for v in r):
            continue
        rec: dict[str, Any] = {h: cell_text(v) for h, v in zip(header, r, strict=False)}
        rec["_row"], rec["_sheet"] = i, sheet
        out.append(rec)
    return out


def _model(raw: str | None) -> tuple[str, str | None]:
    text = " ".join((raw or "").split())
    kind, code = MODELS.get(text.lower(), (text or "unknown", None))
    return kind, code


def _moa_url(index: dict[str, list[dict[str, Any]]], state: str | None, agency: str, code: str | None) -> str | None:
    for m in index.get(f"{state}|{agency.lower()}", []):
        if code and m.get("model") == code and m.get("pdf_url"):
            return str(m["pdf_url"])
    return None


def _record(row: dict[str, Any], file: str, kind: str, definition: str, index: dict[str, list[dict[str, Any]]]) -> Record:
    st = lookup_state(row.get("STATE"))
    agency = " ".join((row.get("LAW ENFORCEMENT AGENCY") or "").split())
    model_kind, code = _model(row.get("SUPPORT TYPE"))
    pending = kind == "pending_287g_request"
    values: dict[str, Any] = {
        "jurisdiction_name": agency, "state": st.abbr if st else row.get("STATE"), "jurisdiction_type": "agency",
        "section_raw": row.get("TYPE"), "county_name": row.get("COUNTY"),
        "policy_kind": kind if pending else model_kind, "definition_id": definition,
        "basis": " ".join((row.get("SUPPORT TYPE") or "").split()) or None,
        "valid_from": SNAPSHOT[file] if pending else row.get("SIGNED"),
        "valid_to": SNAPSHOT[file] if pending else None,
        "evidence_url": (None if pending else _moa_url(index, st.abbr if st else None, agency, code)) or ICE_PAGE,
        "evidence_document": file, "evidence_page": None,
        "note": f"pending request on the {SNAPSHOT[file]} list (no signing date)" if pending else None,
    }
    if not pending and row.get("SIGNED") not in (None, "") and _signed(row.get("SIGNED")) is None:
        # an agreement ICE lists with a SIGNED cell that is no date ('7/72025', '5025-07-07') is still on the list:
        # it is counted from the day of the list that shows it, the cell kept as written (trace shows the raw row)
        values["valid_from"] = SNAPSHOT[file]
        values["note"] = (f"ICE's SIGNED cell reads '{row.get('SIGNED')}', not a date: counted from the "
                          f"{SNAPSHOT[file]} list that shows it (signing date unknown)")
    return Record(values, file, int(row["_row"]), row.get("_sheet"))


def _signed(raw: Any) -> dt.date | None:
    """A SIGNED cell as a date of the program's years (2002-2025), or None when it is not one."""
    if isinstance(raw, dt.datetime):
        day = raw.date()
    elif isinstance(raw, dt.date):
        day = raw
    else:
        text = str(raw).strip()
        day = None
        for fmt in ("%Y-%m-%d", "%m/%d/%Y", "%m/%d/%y", "%Y-%m-%d %H:%M:%S"):
            try:
                day = dt.datetime.strptime(text, fmt).date()
                break
            except ValueError:
                continue
    return day if day is not None and dt.date(2002, 1, 1) <= day <= dt.date(2025, 12, 31) else None


def _key(rec: Record) -> tuple[str, str, str, str]:
    v = rec.values
    return (str(v["state"]), str(v["jurisdiction_name"]).lower(), str(v["policy_kind"]), str(v["valid_from"]))


def _queries(records: list[Record]) -> tuple[list[Query], list[Query | None]]:
    """An agency resolves to its state (state agencies), its place (police) or its county (sheriffs)."""
    queries: list[Query] = []
    fallbacks: list[Query | None] = []
    for r in records:
        v = r.values
        county = v.get("county_name")
        if (v.get("section_raw") or "").lower().startswith("state"):
            queries.append((str(v["state"]), str(v["state"]), "state"))
            fallbacks.append(None)
        elif (v.get("section_raw") or "").lower() == "county" and county:
            queries.append((str(county), str(v["state"]), "county"))
            fallbacks.append((str(v["jurisdiction_name"]), str(v["state"]), "agency"))
        else:
            queries.append((str(v["jurisdiction_name"]), str(v["state"]), "agency"))
            fallbacks.append((str(county), str(v["state"]), "county") if county else None)
    return queries, fallbacks


def _end_dropped(may: list[Record], july: list[Record]) -> list[Record]:
    """May agreements missing in July: closed the day before a re-signing, else the day before 18 July."""
    in_july = {_key(r) for r in july}
    resigned: dict[tuple[str, str, str], dt.date] = {}
    for r in july:
        k = _key(r)
        start = _as_date(r.values["valid_from"])
        if start is not None:
            resigned[k[:3]] = min(start, resigned.get(k[:3], start))
    ended = []
    for r in may:
        if _key(r) in in_july:
            continue
        later = resigned.get(_key(r)[:3])
        start = _as_date(r.values["valid_from"])
        earlier = f"{r.values['note']}; " if r.values.get("note") else ""  # an unreadable SIGNED cell stays noted
        if later is not None and start is not None and later > start:
            r.values["valid_to"] = later - dt.timedelta(days=1)
            r.values["note"] = f"{earlier}re-signed {later} (July list); this agreement ends the day before"
        else:
            r.values["valid_to"] = SNAPSHOT[JULY] - dt.timedelta(days=1)
            r.values["note"] = (f"{earlier}on the {SNAPSHOT[MAY]} list, absent from the {SNAPSHOT[JULY]} list: ended "
                                "between the two; valid_to is the last day it can have held")
        ended.append(r)
    return ended


def _as_date(v: Any) -> dt.date | None:
    if isinstance(v, dt.date):
        return v
    try:
        return dt.date.fromisoformat(str(v)[:10])
    except ValueError:
        return None


POLICIES = TableSpec(
    table="policies",
    description="One row per 287(g) agreement (agency x model x signing date) or pending request, 2025 lists.",
    columns=policy_columns(kinds=KINDS, valid_from_bounds=(dt.date(2002, 1, 1), dt.date(2025, 12, 31))),
)


SNAPSHOTS = TableSpec(
    table="policy_list_snapshots",
    description="What ICE's 287(g) page listed on each day it was scraped (May-July 2025): one row per agreement "
                "per snapshot, as archived by appelson/Tracking_287g.",
    columns=(
        Col("snapshot", required=True, not_null=True, description="the scrape's label ('2025-05-16 am')"),
        Col("snapshot_date", "date", required=True, not_null=True, min=dt.date(2025, 1, 1), max=dt.date(2025, 12, 31)),
        Col("state_name", required=True, not_null=True, description="the state as ICE's page wrote it"),
        Col("county"),
        Col("agency", required=True, not_null=True),
        Col("support_type", required=True, not_null=True, description="the 287(g) model"),
    ),
    flag_exact_copies=False,
)


def _convert(rec: Record) -> Record:
    v = dict(rec.values)
    for k in ("valid_from", "valid_to"):
        d = _as_date(v.get(k)) if v.get(k) is not None else None
        if d is not None:
            v[k] = d
    return Record(v, rec.file, rec.row, rec.sheet)


def load(ctx: LoadContext) -> None:
    index: dict[str, list[dict[str, Any]]] = {}
    if ctx.has(MOA_INDEX):
        index = json.loads(ctx.path(MOA_INDEX).read_text(encoding="utf-8"))
    snaps = {f: [_convert(_record(r, f, "", DEFINITION_ID, index)) for r in read_snapshot(ctx.path(f), f)]
             for f in (MAY, JULY)}
    screened = {f: screen_intervals(ctx, "policies", recs) for f, recs in snaps.items()}
    groups = {JULY: screened[JULY], MAY: _end_dropped(screened[MAY], screened[JULY])}
    in_may = {_key(r) for r in screened[MAY]}
    for r in groups[JULY]:
        if _key(r) in in_may:
            r.values["note"] = f"listed on both the {SNAPSHOT[MAY]} and {SNAPSHOT[JULY]} lists"
    for f in (PENDING_MAY, PENDING_JULY):
        if ctx.has(f):
            recs = [_record(r, f, "pending_287g_request", PENDING_DEFINITION_ID, index)
                    for r in read_snapshot(ctx.path(f), f)]
            groups[f] = screen_intervals(ctx, "policies", recs,
                                         key=("state", "jurisdiction_name", "basis", "valid_from"))
    for f, recs in groups.items():
        if not recs:
            continue
        queries, fallbacks = _queries(recs)
        attach_fips(ctx, recs, queries, fallbacks)
        stage = stage_records(ctx, recs, POLICY_COLUMNS)
        result = ctx.emit("policies", stage, file=f, sheet=recs[0].sheet)
        report_unmatched(ctx, recs, result, "287g_agency")
    ctx.qa("agreements_may", len(snaps[MAY]), 571, "pass" if len(snaps[MAY]) == 571 else "fail", scope=MAY)
    ctx.qa("agreements_july", len(snaps[JULY]), 832, "pass" if len(snaps[JULY]) == 832 else "fail", scope=JULY)
    ctx.qa("agreements_ended_between_snapshots", len(groups[MAY]), "", "info", scope=MAY)
    if ctx.has(PANEL):
        _check_panel(ctx, {MAY: len(snaps[MAY])})


def _check_panel(ctx: LoadContext, expected: dict[str, int]) -> None:
    """The scrape panel: what ICE's page listed on each day it was scraped (its `date` is the snapshot label, never
    a signing date). Its rows go to `policy_list_snapshots`, so a claim can be read against the page as it stood
    that day; its first snapshot must hold as many agreements as the May spreadsheet."""
    raw = ctx.stage_name()
    stage_csv(ctx.con, raw, ctx.path(PANEL), ctx.build.dir)
    rows = dict(ctx.con.execute(f"SELECT date, count(*) FROM {quote_ident(raw)} GROUP BY 1").fetchall())
    n = int(rows.get("2025-05-16 am", 0))
    ctx.qa("panel_first_snapshot_matches_may_list", n, expected[MAY], "pass" if n == expected[MAY] else "fail",
           scope=PANEL)
    ctx.qa("panel_snapshots", len(rows), "", "info", scope=PANEL)
    stage = ctx.stage_name()
    ctx.con.execute(
        f"CREATE OR REPLACE TEMP TABLE {quote_ident(stage)} AS SELECT date AS snapshot, "
        "try_strptime(left(date, 10), '%Y-%m-%d')::DATE AS snapshot_date, state AS state_name, county, agency, "
        f"type AS support_type, source_file, source_sheet, source_row FROM {quote_ident(raw)}")
    ctx.emit("policy_list_snapshots", stage, file=PANEL)


SOURCE = Source(
    id="ice_287g_2025",
    title="ICE 287(g) participating and pending agencies, lists of 16 May and 18 July 2025",
    publisher="U.S. Immigration and Customs Enforcement (lists archived by appelson/Tracking_287g)",
    licence="U.S. government work, public domain; the archive repository states no licence",
    homepage=ICE_PAGE,
    release="ICE 287(g) lists scraped 2025-05-16 am and 2025-07-18 pm (appelson/Tracking_287g @ 1946c79)",
    files=(
        RemoteFile(MAY, REPO + "participatingAgencies05162025am.xlsx", f"appelson-tracking-287g/{MAY}"),
        RemoteFile(JULY, REPO + "participatingAgencies07182025pm.xlsx", f"appelson-tracking-287g/{JULY}"),
        RemoteFile(PENDING_MAY, REPO + "pendingAgencies05152025am.xlsx",
                   f"appelson-tracking-287g/{PENDING_MAY}", optional=True),
        RemoteFile(PENDING_JULY, REPO + "pendingAgencies07182025pm.xlsx",
                   f"appelson-tracking-287g/{PENDING_JULY}", optional=True),
        RemoteFile(PANEL, "https://raw.githubusercontent.com/appelson/Tracking_287g/"
                   "1946c799ae59af836cbc5b0b5c063237546f9a86/agreements.csv", f"appelson-tracking-287g/{PANEL}",
                   optional=True, note="scrape panel: ICE's page as listed on each scraped day (policy_list_snapshots)"),
        RemoteFile(MOA_INDEX, "https://raw.githubusercontent.com/recoveredfactory/287g-watch/"
                   "0517b8110c2a9bfecd28fb988ada93e4f1c14816/packages/pipeline/data/moa_agreements.json",
                   f"287g-watch/{MOA_INDEX}", optional=True,
                   note="links each agency x model to its archived MOA PDF (evidence_url)"),
    ),
    tables=(POLICIES, SNAPSHOTS),
    load=load,
    kind="policy",
    depends_on=("geo_census_names", "geo_uwchr_county_aor"),  # resolve names against this build's gazetteer
    description=__doc__ or "",
    citation="U.S. ICE, 'Delegation of Immigration Authority Section 287(g)', participating and pending agencies "
             "lists, 16 May and 18 July 2025 (archived by J. Appelson, Tracking_287g).",
)

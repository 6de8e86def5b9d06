"""DHS "Sanctuary Jurisdictions Defying Federal Immigration Law" list (EO 14287), as published May-June 2025.

Parsed from the archived PDF print of the page, not from any derived table. The page lists jurisdictions in
blocks, one per state, each ordered State -> County/Counties -> Cities, but the state names sit in a collapsed
accordion printed separately (Alaska ... Wisconsin). Blocks are therefore found from the heading order (a
heading that does not come later in that order starts a new block) and assigned to states in accordion order;
the one boundary the headings cannot show (Nebraska | Nevada) is split by a hand rule that names the state it
must produce. If the number of blocks does not equal the number of states, or the accordion is not in
alphabetical order, the list is refused with a message rather than mis-assigned. DHS's own section label is
kept (`section_raw`); `jurisdiction_type` is corrected from the name (Kansas: "Lawrence" under County,
"Douglas County" under Cities). The mirror's DERIVED CSV is read only to cross-check; every disagreement is
recorded in QA and build notes.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import itertools
import logging
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ice_ledger.errors import SourceFileError
from ice_ledger.schema import LoadContext
from ice_ledger.sources._policy_columns import policy_columns
from ice_ledger.sources._policy_matching import attach_fips, report_unmatched
from ice_ledger.sources._policy_records import POLICY_COLUMNS, Record, stage_records
from ice_ledger.sources.base import DuplicateRule, RemoteFile, Source, TableSpec, package_file

PDF = "Sanctuary Jurisdictions Defying Federal Immigration Law | Homeland Security.pdf"
CSV = "dhs_sanctuary_jurisdictions_2025-05.csv"
SPLITS = package_file("hand", "dhs_sanctuary_2025_splits.csv")
DEFINITION_ID = "dhs_sanctuary_2025_05"
PAGE_URL = "https://www.dhs.gov/sanctuary-jurisdictions"
PUBLISHED = dt.date(2025, 5, 29)
TAKEN_DOWN = dt.date(2025, 6, 2)
EXPECTED_ENTRIES = 605

# Markers of the print: where the accordion of state names and the list itself start and stop on a page.
HEADER_START = ("Open all", "Return to top")
HEADER_END = ("Sanctuary Jurisdiction List", "Keywords")
LIST_START = ("Sanctuary Jurisdiction List", "Submit")
LIST_END = ("Topics", "Yes")
SECTION_RANK = {"state": 0, "county": 1, "counties": 1, "cities": 2}
BASIS_RE = re.compile(r"^(Self-Identification|Court Order)\b")
COUNTY_RE = re.compile(r"\b(County|Parish)$")


@dataclass(frozen=True)
class Entry:
    """One listed jurisdiction, with DHS's heading and the page and ordinal it has in the print."""

    ordinal: int
    state: str
    section_raw: str
    name: str
    jurisdiction_type: str
    basis: str | None
    page: int


@dataclass
class _Block:
    lines: list[tuple[str, str, str | None, int]] = field(default_factory=list)  # (section, name, basis, page)
    rank: int = -1
    section: str = ""


@dataclass
class ParsedList:
    entries: list[Entry]
    states: list[str]
    notes: list[str]


def extract_pages(path: Path) -> list[str]:
    """Text of each PDF page (pypdf); a damaged file is a SourceFileError naming it."""
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    logging.getLogger("pypdf").setLevel(logging.ERROR)  # the print has harmless xref warnings
    try:
        return [page.extract_text() or "" for page in PdfReader(str(path)).pages]
    except (PdfReadError, OSError, ValueError) as exc:
        raise SourceFileError(path.name, f"cannot be read as PDF: {exc}") from exc


def _region(lines: list[str], starts: Sequence[str], ends: Sequence[str]) -> list[tuple[int, str]]:
    begin = next((i for i, t in enumerate(lines) if any(t.endswith(s) or t == s for s in starts)), None)
    if begin is None:
        return []
    out = []
    for i in range(begin + 1, len(lines)):
        if lines[i] in ends:
            break
        out.append((i, lines[i]))
    return out


def read_splits(path: Path = SPLITS) -> dict[str, str]:
    with path.open(encoding="utf-8", newline="") as fh:
        return {r["before_entry"]: r["expected_state"] for r in csv.DictReader(fh)}


def parse_pages(pages: Sequence[str], file: str = PDF, splits: dict[str, str] | None = None) -> ParsedList:
    """Parse the printed page texts into entries; refuse lists whose headings cannot be trusted."""
    splits = read_splits() if splits is None else splits
    states: list[str] = []
    blocks: list[_Block] = []
    notes: list[str] = []
    seen_list = False
    for pno, text in enumerate(pages, start=1):
        lines = [ln.strip() for ln in text.splitlines()]
        states += [t for _, t in _region(lines, HEADER_START, HEADER_END) if t]
        region = _region(lines, LIST_START, LIST_END)
        seen_list = seen_list or bool(region)
        first_on_page = True
        for lineno, t in region:
            if not t:
                continue
            key = t.lower()
            if key in SECTION_RANK:
                rank = SECTION_RANK[key]
                if not blocks or rank <= blocks[-1].rank:
                    blocks.append(_Block())
                blocks[-1].rank, blocks[-1].section = rank, t
                continue
            if not blocks:
                raise SourceFileError(file, f"list entry {t!r} comes before any State/County/Cities heading",
                                      where=f"page {pno}, line {lineno + 1}")
            block = blocks[-1]
            if t in splits:
                blocks.append(_Block(rank=block.rank, section=block.section))
                block = blocks[-1]
            if BASIS_RE.match(t):
                block.lines.append((block.section, "", t, pno))
                continue
            if first_on_page and block.lines and block.lines[-1][1] == t and block.lines[-1][3] == pno - 1:
                notes.append(f"{t!r} is printed at the foot of page {pno - 1} and again at the head of page {pno} "
                             "(page-break repeat); kept once")
                first_on_page = False
                continue
            first_on_page = False
            block.lines.append((block.section, t, None, pno))
    if not seen_list:
        raise SourceFileError(file, "no 'Sanctuary Jurisdiction List' section found (is this the DHS page print?)")
    _check_states(states, blocks, file)
    entries: list[Entry] = []
    for state, block in zip(states, blocks, strict=True):
        for section, name, basis, pno in block.lines:
            if basis is not None:
                label = "State" if section.lower() == "state" else section
                jtype = "state" if section.lower() == "state" else "city"  # DC: local self-identification
                entries.append(Entry(len(entries) + 1, state, label, state, jtype, basis, pno))
            else:
                jtype = "county" if COUNTY_RE.search(name) else "city"
                entries.append(Entry(len(entries) + 1, state, section, name, jtype, None, pno))
    for name, expected in splits.items():
        got = {e.state for e in entries if e.name == name}
        if got and got != {expected}:
            raise SourceFileError(file, f"hand split before {name!r} should give {expected}, gave {sorted(got)}; "
                                  "the block order has changed", where="dhs_sanctuary_2025_splits.csv")
    return ParsedList(entries, states, notes)


def _check_states(states: list[str], blocks: list[_Block], file: str) -> None:
    import us

    if not states:
        raise SourceFileError(file, "the accordion of state names is missing, so blocks cannot be assigned")
    unknown = [s for s in states if us.states.lookup(s) is None]
    if unknown:
        raise SourceFileError(file, f"accordion entries that are not states: {unknown}")
    if states != sorted(states) or len(set(states)) != len(states):
        bad = next((f"{a!r} before {b!r}" for a, b in itertools.pairwise(states) if a >= b), "repeats")
        raise SourceFileError(file, f"the accordion of state names is out of alphabetical order ({bad}); blocks "
                              "are assigned by that order, so the list is refused")
    if len(blocks) != len(states):
        firsts = "; ".join(next((n for _, n, _, _ in b.lines if n), "?") for b in blocks[:60])
        raise SourceFileError(
            file,
            f"{len(blocks)} State/County/Cities blocks but {len(states)} state names: a heading is missing or "
            f"out of order, so blocks cannot be assigned to states (block first entries: {firsts})",
        )


def _entry_row(path: Path, row: int) -> dict[str, Any]:
    """`ice-ledger trace`: the entry as the PDF prints it (re-parsed)."""
    e = parse_pages(extract_pages(path), path.name).entries[row - 1]
    return {"page": e.page, "state block": e.state, "heading": e.section_raw, "entry": e.basis or e.name}


def _resolver_query(e: Entry) -> tuple[str, str | None, str | None]:
    if e.jurisdiction_type == "state" or e.name == e.state:
        return (e.name, e.state, None)
    return (e.name, e.state, "county" if e.jurisdiction_type == "county" else "place")


def _records(entries: list[Entry]) -> list[Record]:
    import us

    out = []
    for e in entries:
        st = us.states.lookup(e.state)
        out.append(Record({
            "jurisdiction_name": e.name, "state": st.abbr if st else None, "jurisdiction_type": e.jurisdiction_type,
            "section_raw": e.section_raw, "policy_kind": "sanctuary_list_member", "definition_id": DEFINITION_ID,
            "basis": e.basis, "valid_from": PUBLISHED, "valid_to": TAKEN_DOWN, "evidence_url": PAGE_URL,
            "evidence_document": PDF, "evidence_page": e.page,
            "note": "membership = named on the DHS page (Wayback print, captures 29 May-13 Jun 2025); DHS took the "
                    "page down around 1-2 June 2025",
        }, PDF, e.ordinal))
    return out


def crosscheck_csv(entries: list[Entry], csv_text: str) -> list[str]:
    """Every disagreement between the PDF parse and the mirror's derived CSV, as readable lines."""
    rows = list(csv.DictReader(io.StringIO(csv_text)))

    def norm(s: str) -> str:
        return re.sub(r"\s+", " ", s).strip()

    ours = {(e.state, e.name): e for e in entries}
    theirs: dict[tuple[str, str], dict[str, str]] = {}
    out: list[str] = []
    for r in rows:
        key = (norm(r["state"]), norm(r["jurisdiction"]))
        if key in theirs:
            out.append(f"CSV lists {key[1]} ({key[0]}) twice")
        theirs[key] = r
    for key in sorted(set(ours) - set(theirs)):
        out.append(f"in PDF, not in CSV: {key[1]} ({key[0]}), heading {ours[key].section_raw}")
    for key in sorted(set(theirs) - set(ours)):
        out.append(f"in CSV, not in PDF parse: {key[1]} ({key[0]}), section {theirs[key]['section_raw']}")
    for key in sorted(set(ours) & set(theirs)):
        e, r = ours[key], theirs[key]
        ctype = "city" if r["jurisdiction_type"] == "city-parish" else r["jurisdiction_type"]
        for what, a, b in (("section", e.section_raw, norm(r["section_raw"])), ("type", e.jurisdiction_type, ctype),
                           ("basis", e.basis or "", norm(r.get("basis") or ""))):
            if a != b:
                out.append(f"{key[1]} ({key[0]}): {what} PDF {a!r} vs CSV {b!r}")
    return out


def read_text_any(path: Path, ctx: LoadContext | None = None) -> str:
    """UTF-8, or Windows-1252 (a latin-1 superset) with a build note when the file is not valid UTF-8."""
    data = path.read_bytes()
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        if ctx is not None:
            ctx.note(f"{path.name} is not valid UTF-8 (byte {exc.start}); read as Windows-1252")
        return data.decode("cp1252", errors="replace")


POLICIES = TableSpec(
    table="policies",
    description="One row per jurisdiction named on the DHS sanctuary list of May 2025.",
    columns=policy_columns(jurisdiction_types=frozenset({"state", "county", "city"})),
    duplicate_rules=(DuplicateRule("same_state_name", ("state", "jurisdiction_name", "jurisdiction_type"),
                                   "a jurisdiction listed twice in one state"),),
    expected_rows=(EXPECTED_ENTRIES, EXPECTED_ENTRIES),
)


def load(ctx: LoadContext) -> None:
    path = ctx.path(PDF)
    parsed = parse_pages(extract_pages(path), PDF)
    for note in parsed.notes:
        ctx.note(note)
    records = _records(parsed.entries)
    attach_fips(ctx, records, [_resolver_query(e) for e in parsed.entries])
    stage = stage_records(ctx, records, POLICY_COLUMNS)
    result = ctx.emit("policies", stage, file=PDF)
    report_unmatched(ctx, records, result, "dhs_list")
    by_type = {t: sum(e.jurisdiction_type == t for e in parsed.entries) for t in ("state", "county", "city")}
    ctx.qa("entries", len(parsed.entries), EXPECTED_ENTRIES,
           "pass" if len(parsed.entries) == EXPECTED_ENTRIES else "fail", scope=PDF)
    ctx.qa("states_in_accordion", len(parsed.states), 36, "pass" if len(parsed.states) == 36 else "fail", scope=PDF)
    for t, n in by_type.items():
        ctx.qa(f"entries_{t}", n, "", "info", scope=PDF)
    if ctx.has(CSV):
        diffs = crosscheck_csv(parsed.entries, read_text_any(ctx.path(CSV), ctx))
        for d in diffs:
            ctx.qa("pdf_vs_derived_csv", d, "agree", "info", scope=CSV)
            ctx.note(f"PDF vs derived CSV: {d}")
        ctx.qa("pdf_vs_derived_csv_disagreements", len(diffs), 0, "pass" if not diffs else "info", scope=CSV)


SOURCE = Source(
    id="dhs_sanctuary_2025",
    title="DHS list of sanctuary jurisdictions under EO 14287 (May 2025), parsed from the archived page",
    publisher="U.S. Department of Homeland Security (page archived by the Wayback Machine; print kept in menakiser/287g)",
    licence="U.S. government work, public domain",
    homepage=PAGE_URL,
    release="dhs.gov/sanctuary-jurisdictions, Wayback captures 29 May-13 Jun 2025 (PDF print)",
    files=(
        RemoteFile(
            name=PDF,
            url="https://raw.githubusercontent.com/menakiser/287g/d0034ddeded30dfc70445473cff7a49df37dd22e/"
            "Sanctuary%20Jurisdictions%20Defying%20Federal%20Immigration%20Law%20%7C%20Homeland%20Security.pdf",
            mirror_path=f"dhs-sanctuary-list-2025/{PDF}",
        ),
        RemoteFile(
            name=CSV,
            url="https://raw.githubusercontent.com/menakiser/287g/d0034ddeded30dfc70445473cff7a49df37dd22e/"
            "Sanctuary%20Jurisdictions%20Defying%20Federal%20Immigration%20Law%20%7C%20Homeland%20Security.pdf",
            mirror_path=f"dhs-sanctuary-list-2025/{CSV}",
            optional=True,
            note="DERIVED by the mirror's curator from the same PDF; read only to cross-check the parse (the URL "
                 "is that of the PDF it was derived from)",
        ),
    ),
    tables=(POLICIES,),
    load=load,
    kind="policy",
    depends_on=("geo_census_names", "geo_uwchr_county_aor"),  # resolve names against this build's gazetteer
    description=__doc__ or "",
    citation="U.S. DHS, 'Sanctuary Jurisdictions Defying Federal Immigration Law', dhs.gov/sanctuary-jurisdictions, "
             "published 29 May 2025 under Executive Order 14287 (archived print).",
    raw_row=_entry_row,
)

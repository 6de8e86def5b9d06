"""The evidence a claim is checked against, read once per process from the warehouse and the study registry.

Official figures come from the warehouse table `official_figures`; sanctuary-list counts from
`ice_ledger.policies.sanctuary_counts` when that area is built. A missing piece is reported as a note on the
report (and makes the claims that need it unverifiable), never as a crash.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pandas as pd
import us

from ice_ledger.errors import IceLedgerError
from ice_ledger.policies.registry import sanctuary_counts
from ice_ledger.values import is_missing
from ice_ledger.warehouse import reader

_CACHE: dict[str, Evidence] = {}


@dataclass
class Figure:
    metric: str
    fiscal_year: int
    value: float
    unit: str
    row_id: str
    definition: str
    publisher: str
    document: str
    citation_url: str
    quote: str
    verification: str
    source_id: str
    source_file: str


@dataclass
class DatedFigure:
    """A published figure for a stated interval (a week, a span of months), not a fiscal year."""

    figure_id: str
    measure: str
    start: dt.date
    end: dt.date
    period_text: str
    place: str
    value: float
    published_as: str
    publisher: str
    document: str
    citation_url: str
    quote: str
    verification: str
    row_id: str


@dataclass
class Computed:
    """A value computed from record-level data by a catalogue metric (a runner-up beside the official figure)."""

    metric: str
    fiscal_year: int
    value: float
    n_records: int | None
    query: str
    sources: list[str]
    sample_row_ids: list[str]
    table: str


@dataclass
class Evidence:
    home: str | None
    figures: dict[tuple[str, int], Figure] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)
    _sanctuary: dict[str, pd.DataFrame] = field(default_factory=dict)
    _computed: dict[str, dict[int, Computed]] = field(default_factory=dict)
    policies: pd.DataFrame = field(default_factory=pd.DataFrame)  # list members: DHS list, 287(g) agencies
    # what ICE's 287(g) page listed on each scraped day (state as a code, model as the policy kind)
    listed_287g: pd.DataFrame = field(default_factory=pd.DataFrame)
    definition_counts: pd.DataFrame = field(default_factory=pd.DataFrame)  # counts published for lists not held
    detainers_by_year: dict[int, tuple[float, str]] = field(default_factory=dict)  # NPR, calendar year
    declined_by_year: dict[int, tuple[float, str]] = field(default_factory=dict)  # NPR, lift reason "declined by LEA"
    detainers_by_month: dict[tuple[int, int], tuple[float, str]] = field(default_factory=dict)  # NPR, month
    dated: list[DatedFigure] = field(default_factory=list)  # figures for stated intervals (curated)
    events: list[dict[str, Any]] = field(default_factory=list)  # dated policy events (curated)
    monthly: dict[tuple[str, int, int], tuple[float, str]] = field(default_factory=dict)  # (metric, year, month)
    n_counties: int = 0  # counties and county-equivalents in the Census names table (the whole a share is of)
    county_states: dict[str, set[str]] = field(default_factory=dict)  # 'harris county' -> {'Georgia', 'Texas'}
    records: dict[tuple[str, int], Figure] = field(default_factory=dict)  # counts from complete national records
    # the large cities' names ('Houston', 'St. Paul'): 'arrests in Houston' count a city, which no series held does
    cities: frozenset[str] = frozenset()
    # (metric, state code, fiscal year): counts from record files that declare a whole state's records complete
    state_records: dict[tuple[str, str, int], Figure] = field(default_factory=dict)

    def computed(self, official_metric: str) -> dict[int, Computed]:
        """Values of the catalogue metric that reproduces an official figure from records, by fiscal year."""
        if official_metric in self._computed:
            return self._computed[official_metric]
        out: dict[int, Computed] = {}
        self._computed[official_metric] = out
        from ice_ledger import metrics  # loads Ibis: only a check with records=True pays for it

        for m in metrics.catalogue():
            if getattr(m, "official_metric", None) != official_metric:
                continue
            try:
                res = metrics.compute(m.name, by=["fiscal_year"], home=self.home)
            except IceLedgerError as exc:
                self._note(f"record-level metric {m.name} unavailable: {str(exc).split(' (')[0]}")
                continue
            prov = res.provenance
            for rec in res.frame.to_dict("records"):
                fy, value = rec.get("fiscal_year"), rec.get("value")
                if fy is None or value is None or pd.isna(fy) or pd.isna(value):
                    continue
                n = rec.get("n_records")
                out[int(fy)] = Computed(m.name, int(fy), float(value), None if n is None or pd.isna(n) else int(n),
                                        str(getattr(prov, "query", "")), list(getattr(prov, "sources", []) or []),
                                        _ids(getattr(prov, "sample_row_ids", None), int(fy)),
                                        str(getattr(m, "table", "")))
            break
        return out

    def figure(self, metric: str, fiscal_year: int | None) -> Figure | None:
        if fiscal_year is None:
            return None
        return self.figures.get((metric, fiscal_year))

    def years(self, metric: str) -> list[int]:
        return sorted(fy for m, fy in self.figures if m == metric)

    def series_max(self, metric: str) -> float:
        """The largest yearly figure held for a metric (0 when none is held)."""
        return max((f.value for (m, _), f in self.figures.items() if m == metric), default=0.0)

    def series(self, metric: str) -> dict[int, Figure]:
        return {fy: f for (m, fy), f in self.figures.items() if m == metric}

    def sanctuary_counts(self, as_of: dt.date) -> pd.DataFrame | None:
        """Counts of sanctuary jurisdictions under every definition published by `as_of` (None: the warehouse
        holds no policy registry)."""
        key = as_of.isoformat()
        if key not in self._sanctuary:
            try:
                self._sanctuary[key] = sanctuary_counts(as_of, home=self.home)
            except IceLedgerError as exc:
                self._note(f"sanctuary counts unavailable: {exc}")
                return None
        return self._sanctuary[key]

    def _note(self, text: str) -> None:
        if text not in self.notes:
            self.notes.append(text)


def load(home: str | Path | None = None) -> Evidence:
    """Evidence for one warehouse build, cached for the life of the process (the warm path of the benchmark);
    a new build of the same home (the `current` link moves) is read afresh."""
    current = reader.paths(home).current
    key = f"{home}|{current.resolve() if current.exists() else ''}"
    if key in _CACHE:
        return _CACHE[key]
    ev = Evidence(str(home) if home is not None else None)
    try:
        df = reader.table("official_figures", limit=None, home=home)
    except IceLedgerError as exc:
        ev.notes.append(f"official figures unavailable ({exc}): count and share claims cannot be rated")
        df = pd.DataFrame()
    for rec in df.to_dict("records"):
        if rec.get("value") is None or pd.isna(rec.get("value")) or pd.isna(rec.get("fiscal_year")):
            continue
        f = Figure(metric=str(rec["metric"]), fiscal_year=int(rec["fiscal_year"]), value=float(rec["value"]),
                   unit=str(rec.get("unit") or ""), row_id=str(rec.get("row_id") or ""),
                   definition=_s(rec.get("definition")), publisher=_s(rec.get("publisher")),
                   document=_s(rec.get("document")), citation_url=_s(rec.get("citation_url")),
                   quote=_s(rec.get("quote")), verification=_s(rec.get("verification")),
                   source_id=_s(rec.get("source_id")), source_file=_s(rec.get("source_file")))
        key2 = (f.metric, f.fiscal_year)
        # keep the best-verified figure when a metric-year appears twice
        if key2 not in ev.figures or _rank(f.verification) < _rank(ev.figures[key2].verification):
            ev.figures[key2] = f
    _derive_ratios(ev)
    _derive_complements(ev)  # (after the ratios: 'no conviction' is 100% minus a convicted share derived from counts)
    _load_lists(ev, home)
    _load_records(ev, home)
    _load_state_records(ev, home)
    _CACHE[key] = ev
    return ev


def _load_lists(ev: Evidence, home: str | Path | None) -> None:
    """List members, published list counts and NPR's detainer tables, read once (claims are rated in memory)."""
    try:
        pol = reader.table("policies", limit=None, home=home)
        ev.policies = pol[pol["definition_id"].isin(["dhs_sanctuary_2025_05", "ice_287g_2025",
                                                     "wapo_287g_2005_2019"])].copy()
    except IceLedgerError as exc:
        ev.notes.append(f"policy lists unavailable ({exc}): list claims cannot be rated")
    try:
        ev.listed_287g = _listed_287g(reader.table("policy_list_snapshots", limit=None, home=home))
    except IceLedgerError:
        ev.listed_287g = pd.DataFrame()
    try:
        ev.definition_counts = reader.table("definition_counts", limit=None, home=home)
    except IceLedgerError:
        ev.definition_counts = pd.DataFrame()
    try:
        counties = reader.table("counties", limit=None, columns=["county_name", "state"], home=home)
        ev.n_counties = len(counties)
        for name, state in counties.itertuples(index=False):
            ev.county_states.setdefault(str(name).lower(), set()).add(str(state))
    except IceLedgerError:
        ev.n_counties = 0
    ev.cities = _large_cities(home)
    try:
        dated = reader.table("dated_figures", limit=None, home=home)
    except IceLedgerError:
        dated = pd.DataFrame()
    _load_border(ev, home)
    try:
        events = reader.table("policy_events", limit=None, home=home)
    except IceLedgerError:
        events = pd.DataFrame()
    ev.events = [{**rec, "date": pd.Timestamp(rec["date"]).date()} for rec in events.to_dict("records")]
    for rec in dated.to_dict("records"):
        ev.dated.append(DatedFigure(
            _s(rec["figure_id"]), _s(rec["measure"]), pd.Timestamp(rec["period_start"]).date(),
            pd.Timestamp(rec["period_end"]).date(), _s(rec["period_text"]), _s(rec["place"]), float(rec["value"]),
            _s(rec["published_as"]), _s(rec["publisher"]), _s(rec["document"]), _s(rec["citation_url"]),
            _s(rec["quote"]), _s(rec["verification"]), _s(rec["row_id"])))
    try:
        agg = reader.table("published_aggregates", limit=None, home=home)
    except IceLedgerError:
        return
    for rec in agg[agg["table_name"] == "all_detainers_by_year.csv"].to_dict("records"):
        if not _s(rec.get("note")).startswith("partial"):
            ev.detainers_by_year[int(rec["period"])] = (float(rec["count"]), str(rec["row_id"]))
    lifted = agg[(agg["table_name"] == "detainers_by_lift_reason_and_year.csv")
                 & (agg["dimension_value"] == "Detainer Declined by LEA")]
    for rec in lifted.to_dict("records"):
        if not _s(rec.get("note")).startswith("partial"):
            ev.declined_by_year[int(rec["period"])] = (float(rec["count"]), str(rec["row_id"]))
    for rec in agg[agg["table_name"] == "detainers_by_year_and_month.csv"].to_dict("records"):
        period = str(rec["period"])
        parts = re.findall(r"\d+", period)
        if len(parts) >= 2:
            ev.detainers_by_month[(int(parts[0]), int(parts[1]))] = (float(rec["count"]), str(rec["row_id"]))


LARGE_CITY = 100_000  # residents: a city that size is named in news as a place of its own


def _large_cities(home: str | Path | None) -> frozenset[str]:
    """Names of the Census places of at least LARGE_CITY residents (the population table's large cities), without
    their kind word ('Houston city, Texas' is 'Houston'), and no state's name ('Washington')."""
    try:
        pop = reader.table("population", limit=None, columns=["level", "area_name", "population"], home=home)
    except IceLedgerError:
        return frozenset()
    big = pop[(pop["level"] == "place") & (pop["population"] >= LARGE_CITY)]["area_name"].dropna().astype(str)
    names = {_city_name(n) for n in big}
    states = {st.name for st in us.states.STATES_AND_TERRITORIES} | {"District of Columbia"}
    return frozenset(n for n in names if n and n not in states)


def _city_name(area_name: str) -> str:
    """The name a city goes by: 'Nashville-Davidson metropolitan government (balance), Tennessee' is 'Nashville',
    'Urban Honolulu CDP' 'Honolulu', 'San Buenaventura (Ventura) city' 'Ventura', 'Boise City city' 'Boise'."""
    name = area_name.split(",")[0]
    inner = re.search(r"\(([A-Z][^)]*)\)", name)
    if inner and inner.group(1) != "balance":
        return inner.group(1)
    name = re.sub(r"\s+(?:city|town|village|municipality|borough|CDP|\(balance\)|metro(?:politan)? government|"
                  r"consolidated government|unified government|urban county)\b.*$", "", name)
    name = re.split(r"[-/]", name)[0].removeprefix("Urban ").strip()
    return name.removesuffix(" City") if name == "Boise City" else name


_SUPPORT_KIND = {"jail enforcement model": "287g_jail_enforcement", "warrant service officer": "287g_warrant_service_officer",
                 "task force model": "287g_task_force"}


def _listed_287g(raw: pd.DataFrame) -> pd.DataFrame:
    """The scrape panel with states as codes and models as policy kinds; the last scrape of each day only."""
    if raw.empty:
        return raw
    out = raw.copy()
    out["state"] = out["state_name"].map(lambda n: getattr(us.states.lookup(str(n).title()), "abbr", None))
    out["policy_kind"] = out["support_type"].str.lower().map(_SUPPORT_KIND)
    out["snapshot_date"] = pd.to_datetime(out["snapshot_date"])
    last = out.groupby("snapshot_date")["snapshot"].transform("max")  # '… pm' sorts after '… am'
    return out[out["snapshot"] == last]


_MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
           "november", "december")


# shares ICE publishes only as their complement: 'had no criminal conviction' is 100% minus the convicted share
COMPLEMENTS = {"share_arrests_no_conviction": "share_arrests_convicted",
               "share_arrests_other_immigration_violators": "share_arrests_convicted_or_pending",
               "share_removals_no_conviction": "share_removals_convicted"}


# shares ICE publishes as two counts: 'interior removals were 36 percent of all removals' is one over the other
RATIOS = {"share_removals_interior": ("removals_interior", "removals_total"),
          "share_removals_border": ("removals_border", "removals_total"),
          # at-large arrests over all administrative arrests, both from the same annual report
          "share_arrests_at_large": ("at_large_arrests", "admin_arrests"),
          # the criminality of arrests and removals, where ICE published the counts but not the share
          "share_arrests_convicted": ("arrests_convicted", "admin_arrests"),
          "share_arrests_convicted_or_pending": ("arrests_criminal_history", "admin_arrests"),
          "share_arrests_pending_charges": ("arrests_pending_charges", "admin_arrests"),
          "share_removals_convicted": ("removals_convicted", "removals_total"),
          "share_interior_removals_convicted": ("removals_interior_convicted", "removals_interior")}


def _derive_ratios(ev: Evidence) -> None:
    for metric, (part, whole) in RATIOS.items():
        for (m, fy), f in list(ev.figures.items()):
            w = ev.figures.get((whole, fy))
            if m != part or w is None or not w.value or (metric, fy) in ev.figures:
                continue
            ev.figures[(metric, fy)] = Figure(
                metric=metric, fiscal_year=fy, value=round(f.value / w.value, 6), unit="share", row_id=f.row_id,
                definition=f"{part} ÷ {whole} ({f.value:,.0f} ÷ {w.value:,.0f})", publisher=f.publisher,
                document=f.document, citation_url=f.citation_url, quote=f"{f.quote} / {w.quote}",
                verification=f.verification, source_id=f.source_id, source_file=f.source_file)


def _derive_complements(ev: Evidence) -> None:
    for metric, source in COMPLEMENTS.items():
        for (m, fy), f in list(ev.figures.items()):
            if m == source and (metric, fy) not in ev.figures and 0 <= f.value <= 1:
                ev.figures[(metric, fy)] = Figure(
                    metric=metric, fiscal_year=fy, value=round(1 - f.value, 6), unit=f.unit, row_id=f.row_id,
                    definition=f"100% minus {source} ({f.definition})", publisher=f.publisher, document=f.document,
                    citation_url=f.citation_url, quote=f"100% minus: {f.quote}", verification=f.verification,
                    source_id=f.source_id, source_file=f.source_file)


_RECORD_COUNTS = """
SELECT r.metric, r.fiscal_year, r.n_records, r.hits, r.source_id, any_value(c.release), any_value(c.source_file)
FROM metric_rollups r JOIN record_coverage c ON c.source_id = r.source_id AND c.fiscal_year = r.fiscal_year
WHERE r.breakdown = 'fiscal_year' AND r.n_records IS NOT NULL
GROUP BY ALL HAVING bool_and(c.geography = 'national' AND c.complete_year)
"""


def _record_rows(ev: Evidence, home: str | Path | None, sql: str) -> list[tuple[Any, ...]]:
    """The rows of a query over the record rollups and their coverage (none, with a note, if they are not built)."""
    try:
        if not {"metric_rollups", "record_coverage"} <= set(reader.tables(home)):
            return []
        with reader.connect(home) as con:
            return con.execute(sql).fetchall()
    except IceLedgerError as exc:
        ev.notes.append(f"record counts unavailable ({exc})")
        return []


def _record_figure(metric: Any, fy: Any, n: Any, hits: Any, source_id: Any, release: Any, source_file: Any,
                   definition: str, publisher: str) -> Figure:
    """A count (or a share: hits of n records) from record files, as evidence beside the published figures."""
    share = hits is not None and not pd.isna(hits)
    return Figure(
        metric=str(metric), fiscal_year=int(fy), value=float(hits) / float(n) if share else float(n),
        unit="share" if share else "count", row_id="", definition=definition, publisher=publisher,
        document=str(release), citation_url="",
        quote=f"{int(hits):,} of {int(n):,} records in FY{fy}" if share else f"{int(n):,} records in FY{fy}",
        verification="COMPUTED FROM RECORDS", source_id=str(source_id), source_file=str(source_file))


def _load_records(ev: Evidence, home: str | Path | None) -> None:
    """Counts ICE's own national record files give for complete fiscal years: the evidence for a year or subgroup
    ICE published no figure for (they can confirm a claim, never refute it: a published figure may be counted
    under another definition)."""
    for metric, fy, n, hits, source_id, release, source_file in _record_rows(ev, home, _RECORD_COUNTS):
        ev.records[(str(metric), int(fy))] = _record_figure(
            metric, fy, n, hits, source_id, release, source_file,
            f"counted from ICE's record-level files ({release})", "ICE ERO-LESA records (FOIA)")


_STATE_RECORD_COUNTS = """
SELECT r.metric, r.state, r.fiscal_year, r.n_records, r.hits, r.source_id, any_value(c.release),
       any_value(c.source_file), any_value(c.geography)
FROM metric_rollups r JOIN record_coverage c ON c.source_id = r.source_id AND c.fiscal_year = r.fiscal_year
WHERE r.breakdown = 'fiscal_year,state' AND r.state IS NOT NULL AND r.n_records IS NOT NULL
GROUP BY ALL HAVING bool_and(c.complete_year AND c.geography ILIKE '% State')
"""


def _load_state_records(ev: Evidence, home: str | Path | None) -> None:
    """Counts a state's own record files give for the complete fiscal years they declare ('Washington State' in
    record_coverage): the evidence for a claim about that state, which ICE publishes no figure for."""
    for metric, state, fy, n, hits, source_id, release, source_file, geography in \
            _record_rows(ev, home, _STATE_RECORD_COUNTS):
        st = us.states.lookup(str(state).title())
        if st is None or not str(geography).lower().startswith(st.name.lower()):
            continue  # a file's rows for another state than the one it covers are not that state's whole count
        ev.state_records[(str(metric), st.abbr, int(fy))] = _record_figure(
            metric, fy, n, hits, source_id, release, source_file,
            f"counted from ICE's record-level files for {geography} ({release})", "ICE records (FOIA)")


def _load_border(ev: Evidence, home: str | Path | None) -> None:
    """Border Patrol's series as figures (southwest region, and all regions) by fiscal year and by month."""
    try:
        df = reader.table("border_encounters", limit=None, home=home)
    except IceLedgerError:
        return
    src = "usbp_encounters"
    for rec in df.to_dict("records"):
        if pd.isna(rec["encounters"]):
            continue
        fy, value, label = int(rec["fiscal_year"]), float(rec["encounters"]), _s(rec.get("month_label"))
        metrics = ["usbp_encounters_total"] + (["usbp_encounters_southwest"]
                                               if rec["region"] == "Southwest Land Border" else [])
        for metric in metrics:
            if label:
                name = label.split()[-1].lower()
                if name not in _MONTHS:
                    continue
                month = _MONTHS.index(name) + 1
                year = fy - 1 if month >= 10 else fy
                old = ev.monthly.get((metric, year, month), (0.0, ""))
                ev.monthly[(metric, year, month)] = (old[0] + value, old[1] or str(rec["row_id"]))
                continue
            prev = ev.figures.get((metric, fy))
            ev.figures[(metric, fy)] = Figure(
                metric=metric, fiscal_year=fy, value=value + (prev.value if prev else 0.0), unit="count",
                row_id=prev.row_id if prev else str(rec["row_id"]),
                definition="U.S. Border Patrol encounters (Title 8 apprehensions and Title 42 expulsions), rounded to 10",
                publisher="DHS Office of Homeland Security Statistics", document="USBP encounters workbook fy25m11",
                citation_url="https://ohss.dhs.gov/", quote=f"{rec['region']}, FY{fy}: {value:,.0f}",
                verification="VERIFIED", source_id=src, source_file=_s(rec.get("source_file")))


def _ids(sample: Any, fiscal_year: int) -> list[str]:
    """Sample row ids from a metric's provenance (a list, or a mapping from breakdown to ids)."""
    if isinstance(sample, dict):
        key = next((k for k in sample if str(fiscal_year) in str(k)), None)
        values = sample.get(key) if key is not None else [v for vs in sample.values() for v in (vs or [])]
        return [str(x) for x in (values or [])][:5]
    return [str(x) for x in (sample or [])][:5]



def _s(v: Any) -> str:
    return "" if is_missing(v) else str(v)


def _rank(verification: str) -> int:
    order = ["VERIFIED", "VERIFIED_SECONDHAND", "DERIVED", "UNVERIFIED"]
    return order.index(verification) if verification in order else len(order)

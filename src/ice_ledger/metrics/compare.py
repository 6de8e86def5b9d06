"""Reconciliation: a metric computed from records beside the figure ICE published, and why they can differ.

ICE's annual figures are counted once, on the report date, under ICE's definition of the day; record-level
releases are extracted later and updated retroactively. A difference is information, not an error, so each
row says which of the known reasons apply, and what the records cover (`record_coverage`): a complete national
year, a partial year (the FY2019 files stop on 31 August 2019) or one area only, which no national figure fits.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from ice_ledger.errors import IceLedgerError, QueryError
from ice_ledger.metrics.compute import compute
from ice_ledger.metrics.engine import open_engine
from ice_ledger.metrics.registry import catalogue, get

if TYPE_CHECKING:
    import pandas as pd

RETROACTIVE = ("record releases are extracted after ICE's report and updated retroactively (late entries, "
               "corrections, duplicates removed)")
NO_RECORDS = "no record-level data for this year is loaded"
NO_OFFICIAL = "no published figure for this year in official_figures"
PARTIAL = "the records cover part of the year only, so they fall short of the annual figure by design"
REGIONAL = "the records cover one area only; a national figure cannot be compared with them"
COLUMNS = ["fiscal_year", "computed", "official", "difference", "pct_difference", "coverage", "official_citation",
           "verification", "reasons"]


def coverage(table: str, home: str | Path | None = None) -> dict[int, str]:
    """What the record files of one table cover, by fiscal year (from `record_coverage`; none: unknown)."""
    eng = open_engine("duckdb", home)
    try:
        if eng.duck is None or "record_coverage" not in eng.tables:
            return {}
        rows = eng.duck.execute(
            "SELECT fiscal_year, geography, bool_and(complete_year), min(period_start), max(period_end) "
            "FROM record_coverage WHERE table_name = ? GROUP BY ALL ORDER BY 1, 2", [table]).fetchall()
    finally:
        eng.close()
    by_year: dict[int, list[tuple[str, bool, object, object]]] = {}
    for fy, geo, complete, start, end in rows:
        by_year.setdefault(int(fy), []).append((str(geo), bool(complete), start, end))
    out = {}
    for fy, entries in by_year.items():
        national = [e for e in entries if e[0] == "national"]
        if national and all(e[1] for e in national):
            out[fy] = "complete year, national records"
        elif national:
            out[fy] = f"partial year: national records {national[0][2]} .. {national[0][3]}"
        else:
            out[fy] = f"regional records only ({', '.join(sorted({e[0] for e in entries}))})"
    return out


def official(metric_name: str, home: str | Path | None = None) -> pd.DataFrame:
    """ICE's published figures for one official metric name, one row per fiscal year (duplicates left out)."""
    import pandas as pd

    eng = open_engine("duckdb", home)
    try:
        if eng.duck is None or "official_figures" not in eng.tables:
            return pd.DataFrame(columns=["fiscal_year", "official", "official_citation", "verification", "note",
                                         "definition"])
        return eng.duck.execute(
            "SELECT fiscal_year, value AS official, document || ' <' || citation_url || '>' AS official_citation, "
            "verification, note, definition FROM official_figures "
            "WHERE metric = ? AND duplicate_likely IS NOT TRUE ORDER BY fiscal_year", [metric_name]).df()
    finally:
        eng.close()


def compare_sources(name: str, by: Sequence[str] = ("fiscal_year",), home: str | Path | None = None,
                    ) -> pd.DataFrame:
    """Computed vs official by fiscal year (and any further breakdown, e.g. release): value, difference, reasons."""
    import pandas as pd

    m = get(name)
    if m.official_metric is None:
        with_official = ", ".join(x.name for x in catalogue() if x.official_metric)
        raise QueryError(f"no published figure is registered for {m.name}; metrics with one: {with_official}")
    by = list(by)
    if "fiscal_year" not in by:
        raise QueryError("--compare-sources compares fiscal years: include --by fiscal_year")
    off = official(m.official_metric, home)
    try:
        computed = compute(name, by=by, home=home).frame.rename(columns={"value": "computed"})
        computed = computed[[*by, "computed"]]
    except IceLedgerError as exc:
        if "not in this warehouse" not in str(exc):
            raise
        computed = pd.DataFrame({b: pd.Series(dtype="Int64" if b == "fiscal_year" else object) for b in by})
        computed["computed"] = pd.Series(dtype="Float64")
    off["fiscal_year"] = off["fiscal_year"].astype("Int64")
    computed["fiscal_year"] = computed["fiscal_year"].astype("Int64")
    merged = computed.merge(off, on="fiscal_year", how="outer").sort_values(by, na_position="last")
    merged = merged[merged["fiscal_year"].notna()].reset_index(drop=True)
    comp = pd.to_numeric(merged["computed"], errors="coerce").astype("Float64")
    offv = pd.to_numeric(merged["official"], errors="coerce").astype("Float64")
    merged["difference"] = comp - offv
    merged["pct_difference"] = (comp - offv) / offv * 100
    covered = coverage(m.table, home)
    merged["coverage"] = [covered.get(int(fy), "") for fy in merged["fiscal_year"]]
    regional = merged["coverage"].str.startswith("regional")
    merged.loc[regional, ["difference", "pct_difference"]] = pd.NA  # one area is not short of a national total
    reasons = []
    for _, row in merged.iterrows():
        r = []
        if str(row["coverage"]).startswith("partial"):
            r.append(PARTIAL)
        elif str(row["coverage"]).startswith("regional"):
            r.append(REGIONAL)
        if pd.isna(row["computed"]):
            r.append(NO_RECORDS)
        if pd.isna(row["official"]):
            r.append(NO_OFFICIAL)
        if not pd.isna(row["computed"]) and not pd.isna(row["official"]):
            r.append(RETROACTIVE)
            if isinstance(row.get("definition"), str):
                r.append(f"ICE's definition: {row['definition']}")
        if isinstance(row.get("note"), str) and row["note"]:
            r.append(f"note: {row['note']}")
        reasons.append("; ".join(r))
    merged["reasons"] = reasons
    extra = [b for b in by if b != "fiscal_year"]
    return merged[["fiscal_year", *extra, *COLUMNS[1:]]]

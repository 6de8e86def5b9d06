"""Reconciliation: a metric computed from records beside the figure ICE published, and why they can differ.

ICE's annual figures are counted once, on the report date, under ICE's definition of the day; record-level
releases are extracted later and updated retroactively. A difference is information, not an error, so each
row says which of the known reasons apply.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import pandas as pd

from ice_ledger.errors import IceLedgerError, QueryError
from ice_ledger.metrics.compute import compute
from ice_ledger.metrics.engine import open_engine
from ice_ledger.metrics.registry import catalogue, get

RETROACTIVE = ("record releases are extracted after ICE's report and updated retroactively (late entries, "
               "corrections, duplicates removed)")
NO_RECORDS = "no record-level data for this year is loaded"
NO_OFFICIAL = "no published figure for this year in official_figures"
COLUMNS = ["fiscal_year", "computed", "official", "difference", "pct_difference", "official_citation",
           "verification", "reasons"]


def official(metric_name: str, home: str | Path | None = None) -> pd.DataFrame:
    """ICE's published figures for one official metric name, one row per fiscal year (duplicates left out)."""
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
    reasons = []
    for _, row in merged.iterrows():
        r = []
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

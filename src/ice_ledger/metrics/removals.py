"""ICE removals: total, interior (arrested by ICE) and border (arrested by CBP), and the criminal share.

ICE splits removals by the agency that made the latest arrest: ICE programs are "interior", Border Patrol
and CBP Field Operations are "border". The program label is matched by name; unlabelled removals count in the
total only.

The national FY2016-FY2019 files (ice_lesa_national_removals) carry two dates: the removal date ICE counts
its fiscal-year totals by (their `fiscal_year`) and the departure date (`departed_fiscal_year`). They release
no departure country (only citizenship), no criminality and no arresting program, so they cannot be split
into interior and border removals: those metrics, and the criminality shares, leave them out.
"""

from __future__ import annotations

from typing import Any

from ice_ledger.fiscal import fiscal_year_ibis
from ice_ledger.metrics.aor_states import AOR_STATES
from ice_ledger.metrics.registry import (
    LINEAGE_BREAKDOWNS,
    ColumnFn,
    Selection,
    col,
    metric,
    month_of,
    no_place,
)

SOURCES = ("ddp_removals", "ice_lesa_national_removals")
NO_CRIMINALITY = ("ice_lesa_national_removals",)


def counted_date(t: Any) -> Any:
    """The date a removal is counted by: the removal date where released, else the departure date."""
    return t.removal_date.fill_null(t.departed_date) if "removal_date" in t.columns else t.departed_date


COLUMNS: dict[str, ColumnFn] = {
    "fiscal_year": col("fiscal_year"),
    "calendar_year": col("calendar_year"),
    "month": lambda t: counted_date(t).strftime("%Y-%m"),
    "departed_fiscal_year": lambda t: fiscal_year_ibis(t.departed_date),
    "departed_month": month_of("departed_date"),
    "citizenship": col("citizenship_country"),
    "departure_country": col("departure_country"),
    "processing_disposition": col("processing_disposition"),
    "final_charge_section": col("final_charge_section"),
    "gender": col("gender"),
    "state": col("apprehension_state"),
    "aor": col("aor"),
    "aor_states": AOR_STATES,
    "criminality": col("case_criminality"),
    "program": col("latest_arrest_program"),
    "country": col("departure_country"),
    **no_place("removal", "the state of the latest arrest"),
    **LINEAGE_BREAKDOWNS,
}
CAVEATS = (
    "Computed from record-level releases (updated retroactively); ICE's annual figures were counted earlier "
    "and FY2015 onwards sometimes include returns. Rows flagged duplicate_likely are not counted. "
)
BORDER_WORDS = ("border patrol", "cbp", "field operations", "inspections")


def _border(t: Any) -> Any:
    program = t.latest_arrest_program.lower()
    hit = program.contains(BORDER_WORDS[0])
    for word in BORDER_WORDS[1:]:
        hit = hit | program.contains(word)
    return hit


def _interior(t: Any) -> Any:
    return t.latest_arrest_program.notnull() & ~_border(t)


def _convicted(t: Any) -> Any:
    return t.case_criminality.startswith("1")


@metric(
    name="removals_total", title="ICE removals", definition="Removals carried out by ICE, one per removal record, "
    "dated by the departure date.", unit="count", numerator="removal records", table="removals", columns=COLUMNS,
    sources=SOURCES, caveats=CAVEATS, official_metric="removals_total",
)
def removals_total(t: Any) -> Selection:
    return Selection()


@metric(
    name="removals_interior", title="Interior removals (arrested by ICE)",
    definition="Removals of people whose latest arrest was made by an ICE program (not Border Patrol or CBP).",
    unit="count", numerator="removal records with an ICE latest-arrest program", table="removals",
    columns=COLUMNS, sources=SOURCES, caveats=CAVEATS + "Removals with no arrest program recorded are left out, among them every national "
    "FY2016-FY2019 record (those files do not say who made the arrest).",
    official_metric="removals_interior",
)
def removals_interior(t: Any) -> Selection:
    return Selection(rows=_interior(t))


@metric(
    name="removals_border", title="Border removals (arrested by CBP)",
    definition="Removals of people whose latest arrest was made by Border Patrol or CBP Field Operations.",
    unit="count", numerator="removal records with a CBP latest-arrest program", table="removals",
    columns=COLUMNS, sources=SOURCES, caveats=CAVEATS, official_metric="removals_border",
)
def removals_border(t: Any) -> Selection:
    return Selection(rows=_border(t))


@metric(
    name="removals_convicted", title="Removals of people convicted of a crime",
    definition="Removals whose case criminality is '1 Convicted Criminal'.", unit="count",
    numerator="removal records with criminality 1", table="removals", columns=COLUMNS, sources=SOURCES,
    caveats=CAVEATS, official_metric="removals_convicted",
)
def removals_convicted(t: Any) -> Selection:
    return Selection(rows=_convicted(t))


@metric(
    name="share_removals_convicted", title="Share of removals of people convicted of a crime",
    definition="Removals of people convicted of a crime as a share of all removals.", unit="share",
    numerator="removals_convicted", denominator="removals_total", table="removals", columns=COLUMNS,
    sources=SOURCES, caveats=CAVEATS, official_metric="share_removals_convicted",
)
def share_removals_convicted(t: Any) -> Selection:
    return Selection(rows=~t.source_id.isin(NO_CRIMINALITY), hits=_convicted(t))


@metric(
    name="share_interior_removals_convicted", title="Share of interior removals of people convicted of a crime",
    definition="Interior removals of people convicted of a crime as a share of interior removals.", unit="share",
    numerator="interior removals with criminality 1", denominator="removals_interior", table="removals",
    columns=COLUMNS, sources=SOURCES, caveats=CAVEATS, official_metric="share_interior_removals_convicted",
)
def share_interior_removals_convicted(t: Any) -> Selection:
    return Selection(rows=_interior(t), hits=_convicted(t))

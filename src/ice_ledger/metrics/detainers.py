"""Detainer metrics: detainers issued (prepared), declined by the local agency, lifted, and their shares.

One row of `detainers` is one Form I-247 as ICE recorded it. "Declined" is ICE's own lift reason
'Detainer Declined by LEA'; "lifted" is any recorded lift reason, which includes 'Booked into Detention'
(the detainer was honoured) — so lifted is not the opposite of honoured.
"""

from __future__ import annotations

from typing import Any

from ice_ledger.metrics.policystatus import PolicyStatus
from ice_ledger.metrics.registry import (
    LINEAGE_BREAKDOWNS,
    ColumnFn,
    Joined,
    Lookup,
    Selection,
    col,
    metric,
    month_of,
)

DECLINED = "Detainer Declined by LEA"
SOURCES = ("npr_detainers_fy15", "pa_detainers", "ddp_detainers")
# Each (facility, state) resolved to a county once per build (ice_ledger.geo.facilities).
FACILITY_PLACES = Lookup("facility_places", keys=("facility", "facility_state"), prefix="place_")
COLUMNS: dict[str, ColumnFn] = {
    "fiscal_year": col("fiscal_year"),
    "calendar_year": col("calendar_year"),
    "month": month_of("prepare_date"),
    "state": col("facility_state"),
    "aor": col("aor"),
    "facility_aor": col("facility_aor"),
    "facility": col("facility"),
    "criminality": col("criminality"),
    "detainer_type": col("detainer_type"),
    "lift_reason": col("lift_reason"),
    "county": Joined(FACILITY_PLACES, "county_fips", label="county_name",
                     missing="unresolved: facility not placed in a county",
                     note="county = the county of the record's facility (table facility_places: its name, else its "
                     "city, resolved once per build; a city gets the county holding at least half its residents, else none); "
                     "facilities not placed are counted as 'unresolved' (county NULL)"),
    "policy_status": PolicyStatus(FACILITY_PLACES, "county_fips", date="prepare_date"),
    **LINEAGE_BREAKDOWNS,
}
COMMON_CAVEATS = (
    "Record files cover different periods: the FY2015 national file stops on 19 July 2015, the Pennsylvania "
    "file covers Oct 2007 - Jul 2015 for one state. Rows flagged duplicate_likely are not counted. "
)


def _declined(t: Any) -> Any:
    return t.lift_reason == DECLINED


def _lifted(t: Any) -> Any:
    return t.lift_reason.notnull()


@metric(
    name="detainers_issued", title="Detainers issued",
    definition="ICE detainers (Form I-247/I-247A/D/N) prepared, one per record, dated by the prepare date.",
    unit="count", numerator="detainer records", table="detainers", columns=COLUMNS, sources=SOURCES,
    caveats=COMMON_CAVEATS + "TRAC's published counts ('detainers prepared') come from other data pulls.",
    official_metric="detainers_prepared_trac",
)
def detainers_issued(t: Any) -> Selection:
    return Selection()


@metric(
    name="detainers_declined", title="Detainers declined by the local agency",
    definition=f"Detainers whose lift reason is ICE's '{DECLINED}': the jail or prison did not honour it.",
    unit="count", numerator=f"detainer records with lift_reason = '{DECLINED}'", table="detainers",
    columns=COLUMNS, sources=SOURCES,
    caveats=COMMON_CAVEATS + "A decline is recorded by ICE, not by the jail; detainers without a lift reason "
    "(pending or never recorded) may later be declined. The records carry no criminal history before FY2016.",
)
def detainers_declined(t: Any) -> Selection:
    return Selection(rows=_declined(t))


@metric(
    name="detainers_lifted", title="Detainers with any lift reason",
    definition="Detainers with any recorded lift reason (booked into ICE detention, declined, lifted, case closed ...).",
    unit="count", numerator="detainer records with a lift reason", table="detainers", columns=COLUMNS,
    sources=SOURCES,
    caveats=COMMON_CAVEATS + "'Booked into Detention' means ICE took custody: a lifted detainer was often honoured.",
)
def detainers_lifted(t: Any) -> Selection:
    return Selection(rows=_lifted(t))


@metric(
    name="share_detainers_declined", title="Share of detainers declined",
    definition=f"Detainers declined by the local agency ('{DECLINED}') as a share of all detainers issued.",
    unit="share", numerator="detainers declined", denominator="detainers issued", table="detainers",
    columns=COLUMNS, sources=SOURCES,
    caveats=COMMON_CAVEATS + "Detainers still open when the file was extracted are in the denominator.",
)
def share_detainers_declined(t: Any) -> Selection:
    return Selection(hits=_declined(t))


@metric(
    name="share_detainers_lifted", title="Share of detainers with a lift reason",
    definition="Detainers with any recorded lift reason as a share of all detainers issued.",
    unit="share", numerator="detainers with a lift reason", denominator="detainers issued", table="detainers",
    columns=COLUMNS, sources=SOURCES, caveats=COMMON_CAVEATS,
)
def share_detainers_lifted(t: Any) -> Selection:
    return Selection(hits=_lifted(t))


@metric(
    name="share_declined_of_resolved", title="Share declined among detainers declined or booked into detention",
    definition="Detainers declined by the local agency as a share of those either declined or honoured "
    "('Booked into Detention').",
    unit="share", numerator="detainers declined", denominator="detainers declined or booked into detention",
    table="detainers", columns=COLUMNS, sources=SOURCES,
    caveats=COMMON_CAVEATS + "Leaves out detainers lifted for other reasons and those still open.",
)
def share_declined_of_resolved(t: Any) -> Selection:
    return Selection(rows=t.lift_reason.isin([DECLINED, "Booked into Detention"]), hits=_declined(t))

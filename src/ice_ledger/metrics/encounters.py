"""ICE ERO encounters: contacts that may lead to an arrest or a detainer, from record-level encounter files.

An encounter is recorded when ERO identifies a person (often in a jail, through fingerprint sharing); its
processing disposition says what followed ('Detainer', 'Not Amenable to Removal', 'Not in Custody', ...).
The national files cover FY2016, FY2017 and FY2019 (to 31 August 2019); FY2018 is not in the mirror.
"""

from __future__ import annotations

from typing import Any

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

SOURCES = ("ddp_encounters", "ice_lesa_national_encounters")
COLUMNS: dict[str, ColumnFn] = {
    "fiscal_year": col("fiscal_year"),
    "calendar_year": col("calendar_year"),
    "month": month_of("event_date"),
    "aor": col("aor"),
    "aor_states": AOR_STATES,
    "landmark": col("event_landmark"),
    "processing_disposition": col("processing_disposition"),
    "citizenship": col("citizenship_country"),
    "gender": col("gender"),
    **no_place("encounter", "an area of responsibility"),
    **LINEAGE_BREAKDOWNS,
}
CAVEATS = ("Computed from record-level releases; one person can be encountered several times. Rows flagged "
           "duplicate_likely are not counted. ")
DETAINER = "Detainer"


@metric(
    name="encounters_total", title="ICE ERO encounters",
    definition="ICE ERO encounters, one per encounter record, dated by the event date.",
    unit="count", numerator="encounter records", table="encounters", columns=COLUMNS, sources=SOURCES,
    caveats=CAVEATS,
)
def encounters_total(t: Any) -> Selection:
    return Selection()


@metric(
    name="share_encounters_detainer", title="Share of ICE encounters processed with a detainer",
    definition="Encounters whose processing disposition is 'Detainer', as a share of all encounters.",
    unit="share", numerator="encounter records with disposition 'Detainer'", denominator="encounters_total",
    table="encounters", columns=COLUMNS, sources=SOURCES,
    caveats=CAVEATS + "Records with no disposition stay in the denominator.",
)
def share_encounters_detainer(t: Any) -> Selection:
    return Selection(hits=t.processing_disposition == DETAINER)

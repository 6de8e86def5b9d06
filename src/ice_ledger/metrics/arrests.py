"""ICE administrative arrests and their criminality shares, from record-level arrest files.

ICE's criminality categories: '1 Convicted Criminal', '2 Pending Criminal Charges', '3 Other Immigration
Violator'. The category is matched by its leading digit so label variants across releases count alike.
"""

from __future__ import annotations

from typing import Any

from ice_ledger.metrics.registry import LINEAGE_BREAKDOWNS, Selection, col, metric, month_of, no_place

SOURCES = ("ddp_arrests",)
COLUMNS = {
    "fiscal_year": col("fiscal_year"),
    "calendar_year": col("calendar_year"),
    "month": month_of("apprehension_date"),
    "state": col("apprehension_state"),
    "aor": col("aor"),
    "criminality": col("criminality"),
    "program": col("final_program"),
    "method": col("apprehension_method"),
    **no_place("arrest", "an apprehension state"),
    **LINEAGE_BREAKDOWNS,
}
CAVEATS = (
    "Computed from record-level releases, which ICE updates retroactively; ICE's annual report counts are "
    "taken at a different date and may differ. Rows flagged duplicate_likely are not counted. "
)
CATEGORY = {"convicted": "1", "pending_charges": "2", "other_immigration_violators": "3"}
LABEL = {"convicted": "convicted of a crime ('1 Convicted Criminal')",
         "pending_charges": "with pending criminal charges ('2 Pending Criminal Charges')",
         "other_immigration_violators": "with neither ('3 Other Immigration Violator')"}


def _category(t: Any, key: str) -> Any:
    return t.criminality.startswith(CATEGORY[key])


@metric(
    name="admin_arrests", title="ICE administrative arrests",
    definition="ICE ERO administrative arrests (civil immigration arrests), one per arrest record, dated by "
    "the apprehension date.",
    unit="count", numerator="arrest records", table="arrests", columns=COLUMNS, sources=SOURCES,
    caveats=CAVEATS, official_metric="admin_arrests",
)
def admin_arrests(t: Any) -> Selection:
    return Selection()


def _declare(key: str) -> None:
    official_count = {"convicted": "arrests_convicted", "pending_charges": "arrests_pending_charges",
                      "other_immigration_violators": "arrests_other_immigration_violators"}[key]
    metric(
        name=f"arrests_{key}", title=f"Administrative arrests of people {LABEL[key]}",
        definition=f"ICE administrative arrests of people {LABEL[key]} at the time of arrest.",
        unit="count", numerator=f"arrest records with criminality {CATEGORY[key]}", table="arrests",
        columns=COLUMNS, sources=SOURCES, caveats=CAVEATS + "Criminality is as recorded at arrest.",
        official_metric=official_count,
    )(lambda t: Selection(rows=_category(t, key)))
    metric(
        name=f"share_arrests_{key}", title=f"Share of administrative arrests of people {LABEL[key]}",
        definition=f"Administrative arrests of people {LABEL[key]} as a share of all administrative arrests "
        "(records with no criminality recorded stay in the denominator).",
        unit="share", numerator=f"arrests_{key}", denominator="admin_arrests", table="arrests", columns=COLUMNS,
        sources=SOURCES, caveats=CAVEATS + "Criminality is as recorded at arrest.",
        official_metric=f"share_arrests_{key}" if key != "other_immigration_violators" else None,
    )(lambda t: Selection(hits=_category(t, key)))


for _key in CATEGORY:
    _declare(_key)


@metric(
    name="share_arrests_convicted_or_pending", title="Share of administrative arrests with a conviction or pending charges",
    definition="Administrative arrests of people convicted of a crime or with pending criminal charges "
    "(ICE categories 1 and 2) as a share of all administrative arrests.",
    unit="share", numerator="arrests_convicted + arrests_pending_charges", denominator="admin_arrests",
    table="arrests", columns=COLUMNS, sources=SOURCES,
    caveats=CAVEATS + "ICE's 'criminal history' figures sometimes also count other criminal records; compare "
    "definitions before comparing numbers.",
    official_metric="share_arrests_convicted_or_pending",
)
def share_arrests_convicted_or_pending(t: Any) -> Selection:
    return Selection(hits=_category(t, "convicted") | _category(t, "pending_charges"))

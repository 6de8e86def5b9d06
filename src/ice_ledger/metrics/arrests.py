"""ICE administrative arrests and their criminality shares, from record-level arrest files.

ICE's criminality categories: '1 Convicted Criminal', '2 Pending Criminal Charges', '3 Other Immigration
Violator'. The category is matched by its leading digit so label variants across releases count alike.
The national FY2016-FY2019 files (ice_lesa_national_arrests) release no criminality: criminality metrics leave
them out rather than count their arrests as "not convicted".

Where an arrest happened is read from ICE's apprehension method: at large (in the community: 'Located',
'Non-Custodial Arrest', 'Probation and Parole', the grouping that reproduces the American Immigration
Council's published FY2016 and FY2017 at-large counts exactly from these records), in a jail or prison through
the Criminal Alien Program ('CAP Local/State/Federal Incarceration'), through a 287(g) agreement, or other.
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

SOURCES = ("ddp_arrests", "ice_lesa_national_arrests", "ddp_wa_arrests", "uwchr_seattle_arrests")
# Record series that release no criminality: left out of criminality metrics (not counted as "not convicted").
NO_CRIMINALITY = ("ice_lesa_national_arrests", "uwchr_seattle_arrests")
AT_LARGE_METHODS = ("Located", "Non-Custodial Arrest", "Probation and Parole")
CAP_METHODS = ("CAP Local Incarceration", "CAP State Incarceration", "CAP Federal Incarceration",
               "Criminal Alien Program")
G287_METHODS = ("287(g) Program",)


def _is_method(t: Any, methods: tuple[str, ...]) -> Any:
    return t.apprehension_method.isin(methods)


def method_group(t: Any) -> Any:
    """at_large, cap (jail or prison, Criminal Alien Program), 287g, other, or unknown (no method recorded)."""
    return (_is_method(t, AT_LARGE_METHODS).ifelse("at_large", _is_method(t, CAP_METHODS).ifelse(
        "cap", _is_method(t, G287_METHODS).ifelse("287g", t.apprehension_method.isnull().ifelse(
            "unknown", "other")))))


COLUMNS: dict[str, ColumnFn] = {
    "fiscal_year": col("fiscal_year"),
    "calendar_year": col("calendar_year"),
    "month": month_of("apprehension_date"),
    "state": col("apprehension_state"),
    "aor": col("aor"),
    "aor_states": AOR_STATES,
    "criminality": col("criminality"),
    "program": col("final_program"),
    "method": col("apprehension_method"),
    "apprehension_method": col("apprehension_method"),
    "method_group": method_group,
    "landmark": col("apprehension_site_landmark"),
    "processing_disposition": col("processing_disposition"),
    "citizenship": col("citizenship_country"),
    "gender": col("gender"),
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


def _criminality_released(t: Any) -> Any:
    return ~t.source_id.isin(NO_CRIMINALITY)


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
    )(lambda t: Selection(rows=_criminality_released(t), hits=_category(t, key)))


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
    return Selection(rows=_criminality_released(t), hits=_category(t, "convicted") | _category(t, "pending_charges"))


SETTING = ("Where the arrest happened is read from ICE's apprehension method; records with no method stay in the "
           "denominator of shares. ")


@metric(
    name="at_large_arrests", title="At-large ICE arrests (in the community)",
    definition="ICE administrative arrests made at large, in the community rather than in a jail or prison: "
    f"apprehension method {', '.join(repr(m) for m in AT_LARGE_METHODS)}.",
    unit="count", numerator="arrest records with an at-large apprehension method", table="arrests",
    columns=COLUMNS, sources=SOURCES, caveats=CAVEATS + SETTING + "This grouping reproduces the American "
    "Immigration Council's FY2016 (30,348) and FY2017 (40,066) at-large counts from the national records.",
    official_metric="at_large_arrests",
)
def at_large_arrests(t: Any) -> Selection:
    return Selection(rows=_is_method(t, AT_LARGE_METHODS))


@metric(
    name="share_arrests_at_large", title="Share of ICE arrests made at large",
    definition="At-large administrative arrests as a share of all administrative arrests.",
    unit="share", numerator="at_large_arrests", denominator="admin_arrests", table="arrests", columns=COLUMNS,
    sources=SOURCES, caveats=CAVEATS + SETTING,
)
def share_arrests_at_large(t: Any) -> Selection:
    return Selection(hits=_is_method(t, AT_LARGE_METHODS))


@metric(
    name="cap_arrests", title="ICE arrests in jails and prisons (Criminal Alien Program)",
    definition="ICE administrative arrests of people already in local, state or federal custody through the "
    f"Criminal Alien Program: apprehension method {', '.join(repr(m) for m in CAP_METHODS)}. 287(g) arrests "
    "are counted apart (at_large_arrests, method_group).",
    unit="count", numerator="arrest records with a CAP apprehension method", table="arrests",
    columns=COLUMNS, sources=SOURCES, caveats=CAVEATS + SETTING,
)
def cap_arrests(t: Any) -> Selection:
    return Selection(rows=_is_method(t, CAP_METHODS))


@metric(
    name="share_arrests_cap", title="Share of ICE arrests made in jails and prisons (CAP)",
    definition="CAP (jail and prison) administrative arrests as a share of all administrative arrests.",
    unit="share", numerator="cap_arrests", denominator="admin_arrests", table="arrests", columns=COLUMNS,
    sources=SOURCES, caveats=CAVEATS + SETTING,
)
def share_arrests_cap(t: Any) -> Selection:
    return Selection(hits=_is_method(t, CAP_METHODS))

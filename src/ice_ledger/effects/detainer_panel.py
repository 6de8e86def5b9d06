"""The detainer-policy application: Pennsylvania jails and lock-ups × fiscal year 2008–2015 (FOIA 15-87693 records),
around the first fiscal year a facility is marked as declining ICE detainers.

    from ice_ledger.effects.applications import run
    res = run("detainer-declines", outcome="detainers")

The only detainer-policy timing the ledger holds for 2008–2015 is behavioural (definition
npr_declined_share_ge_0.05: a facility declined >= 5% and >= 10 of its detainers in a fiscal year). Because that
timing is read off the declines themselves, declines are not offered as an outcome (the "effect" would be
mechanical); the outcomes are what ICE and the jail did next: detainers issued to the facility, and detainers
booked into ICE detention.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from ice_ledger.effects.did import estimate
from ice_ledger.effects.panel import EffectInputError
from ice_ledger.effects.result import EffectResult
from ice_ledger.effects.warehouse_inputs import provenance, require_tables
from ice_ledger.warehouse import reader

DECLINE_DEFINITION = "npr_declined_share_ge_0.05"
DETAINER_OUTCOMES = ("detainers", "booked")
FIRST_FY, LAST_FY = 2008, 2015
# Federal prisons and marshals hold people ICE takes at release: not a local cooperation decision.
FEDERAL_FACILITY = r"(\bFCI\b|\bUSP\b|\bFDC\b|FED\.|FED |FEDERAL|U\.S\. ?PEN|US MARSHALS|MOSHANNON|DISTRICT OFFICE)"

PANEL_DETAINER_SQL = f"""
WITH grid AS (  -- every Pennsylvania facility in the records × every fiscal year (no record = none issued)
    SELECT f.facility, fy.fiscal_year
    FROM (SELECT DISTINCT facility FROM detainers
          WHERE source_id = 'pa_detainers' AND facility IS NOT NULL) f
    CROSS JOIN range({FIRST_FY}, {LAST_FY + 1}) fy(fiscal_year)
), counts AS (
    SELECT facility, fiscal_year, count(*) AS detainers,
           count(*) FILTER (WHERE lift_reason = 'Booked into Detention') AS booked,
           count(*) FILTER (WHERE lift_reason = 'Detainer Declined by LEA') AS declined
    FROM detainers  -- FY2015 Pennsylvania rows are kept once, from the national FY15 file (pa_detainers' own
    -- copies are flagged duplicate_likely)
    WHERE facility_state = 'PENNSYLVANIA' AND source_id IN ('pa_detainers', 'npr_detainers_fy15')
      AND fiscal_year BETWEEN {FIRST_FY} AND {LAST_FY} AND NOT coalesce(duplicate_likely, false)
    GROUP BY 1, 2
), marked AS (  -- first fiscal year the behavioural definition marks the facility
    SELECT jurisdiction_name AS facility, min(year(valid_to)) AS first_fy, min(jurisdiction_fips) AS fips
    FROM policies
    WHERE definition_id = '{DECLINE_DEFINITION}' AND state = 'PA'
    GROUP BY 1
)
SELECT g.facility, g.fiscal_year, coalesce(c.detainers, 0) AS detainers, coalesce(c.booked, 0) AS booked,
       coalesce(c.declined, 0) AS declined, m.first_fy, m.fips
FROM grid g
LEFT JOIN counts c USING (facility, fiscal_year)
LEFT JOIN marked m USING (facility)
WHERE NOT regexp_matches(upper(g.facility), '{FEDERAL_FACILITY}')
ORDER BY g.facility, g.fiscal_year
"""


def panel_detainer_declines(*, home: str | Path | None = None) -> pd.DataFrame:
    """Pennsylvania non-federal facilities × fiscal year 2008–2015: detainers issued, booked, declined, first marked FY."""
    with reader.connect(home) as con:
        require_tables(con, (("detainers", "pa_detainers"), ("policies", "npr_detainers_fy15")))
        return con.execute(PANEL_DETAINER_SQL).df()


def run_detainer_declines(outcome: str = "detainers", *, method: str = "did2s", scale: str = "log",
                          balanced: bool = True, home: str | Path | None = None, bootstrap: int | None = None,
                          seed: int = 20260101, **options: Any) -> EffectResult:
    """Event study of detainers issued (or booked) at a Pennsylvania facility around its first marked FY.

    balanced: keep only facilities with at least one detainer in every fiscal year (names are free text and
    change spelling, so a year with none may be a rename rather than a true zero).
    """
    if outcome not in DETAINER_OUTCOMES:
        raise EffectInputError(f"unknown outcome {outcome!r} for detainer-declines; choose one of "
                               f"{', '.join(DETAINER_OUTCOMES)} (declines define the treatment, so they are not "
                               "an outcome)")
    if scale not in ("log", "count"):
        raise EffectInputError(f"scale must be 'log' or 'count', not {scale!r}")
    panel = panel_detainer_declines(home=home)
    if panel.empty:
        raise EffectInputError("no Pennsylvania detainer records (source pa_detainers) in the warehouse")
    dropped_unbalanced = 0
    if balanced:
        present = panel[panel["detainers"] > 0].groupby("facility")["fiscal_year"].nunique()
        keep = present[present == LAST_FY - FIRST_FY + 1].index
        dropped_unbalanced = int(panel["facility"].nunique() - len(keep))
        panel = panel[panel["facility"].isin(keep)].copy()
    counts = panel[outcome].astype(float)
    panel["y"] = np.log1p(counts) if scale == "log" else counts
    result = estimate(panel, "facility", "fiscal_year", "y", "first_fy", method=method, cluster="facility",
                      bootstrap=bootstrap, seed=seed, **options)
    if dropped_unbalanced:
        result.excluded[f"facilities without a detainer in every fiscal year {FIRST_FY}–{LAST_FY} "
                        "(balanced panel)"] = dropped_unbalanced
    result.outcome = (f"{'log(1 + ' + outcome + ')' if scale == 'log' else outcome} per facility-fiscal-year")
    result.description = describe_detainer_declines(outcome, panel) + " " + provenance(home, ("npr_detainers_fy15", "pa_detainers"))
    return result


def describe_detainer_declines(outcome: str, panel: pd.DataFrame) -> str:
    treated = panel.loc[panel["first_fy"].notna()].drop_duplicates("facility")
    names = ", ".join(sorted(treated["facility"]))
    what = {"detainers": "detainers ICE issued to the facility",
            "booked": "detainers that ended 'Booked into Detention' (honoured)"}[outcome]
    return " ".join([
        f"Units: Pennsylvania jails, prisons and police lock-ups named in ICE's detainer records (FOIA 15-87693, "
        f"the Pennsylvania subset published by David Eads: source pa_detainers), fiscal years {FIRST_FY}–{LAST_FY}; "
        "federal prisons, the U.S. Marshals and ICE's own office are set aside.",
        f"Treatment: the first fiscal year the ledger's behavioural definition {DECLINE_DEFINITION} marks the "
        "facility (declined >= 5% and >= 10 of its detainers that year), taken as permanent"
        + (f"; marked: {names}" if names else "") + ".",
        "Comparison: Pennsylvania facilities never marked. Standard errors are clustered by facility.",
        f"Outcome: {what}." + (" A declined detainer is never booked, so part of any fall in bookings is "
                               "the declines that define the treatment, not a separate response."
                               if outcome == "booked" else ""),
        "Limits: the only detainer-policy timing the ledger holds for these years is behavioural, read off the "
        "declines themselves, not a dated policy (Philadelphia's 2014 policy is not in the ledger's policy "
        "tables), so declines cannot be the outcome and the timing may coincide with other changes; every "
        "marked facility joins in the same fiscal year (one cohort, FY2014), most are in Philadelphia and "
        "share one policy, so the clusters are far fewer than the facilities; FY2015 covers only 1 October "
        "2014 to 19 July 2015 (the records end there; the year effect absorbs this for all facilities alike); "
        "facility names are free text. Nationally the records start only in FY2015, so this is one state. "
        "The estimate describes this design; it is not a general causal effect of detainer policies.",
    ])

"""The estimators applied to the ledger's own tables: each application builds its panel from the warehouse in
SQL, runs `did.estimate`, and states the design and its limits beside the numbers.

    from ice_ledger.effects.applications import run
    res = run("287g-crime", outcome="violent_crime")
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from ice_ledger.effects.detainer_panel import DETAINER_OUTCOMES, run_detainer_declines
from ice_ledger.effects.did import estimate
from ice_ledger.effects.panel import EffectInputError
from ice_ledger.effects.result import EffectResult
from ice_ledger.effects.warehouse_inputs import provenance, require_tables
from ice_ledger.warehouse import reader

WAPO_DEFINITION = "wapo_287g_2005_2019"
CRIME_OUTCOMES = ("violent_crime", "property_crime", "murder", "robbery", "aggravated_assault", "burglary",
                  "larceny_theft", "motor_vehicle_theft")


@dataclass(frozen=True)
class Application:
    name: str
    title: str
    run: Callable[..., EffectResult]
    outcomes: tuple[str, ...]


PANEL_287G_CRIME_SQL = f"""
WITH adoption AS (  -- one row per county: first year the Post marks a 287(g) agreement as active
    SELECT jurisdiction_fips AS fips,
           min(year(valid_from)) AS first_year,
           max(valid_to) AS last_active,
           count(*) AS runs,
           string_agg(DISTINCT jurisdiction_name, '; ') AS agreement_agencies
    FROM policies
    WHERE definition_id = '{WAPO_DEFINITION}' AND policy_kind LIKE '287g%'
      AND length(jurisdiction_fips) = 5
    GROUP BY 1
)
SELECT c.fips, c.state, c.agency_name, c.year,
       c.{{outcome}} AS outcome, a.first_year, a.last_active, a.runs, a.agreement_agencies, c.row_id
FROM crime_agency_year c
LEFT JOIN adoption a USING (fips)
WHERE c.table_id = 'T10' AND length(c.fips) = 5 AND c.year BETWEEN 2013 AND 2019
  AND NOT coalesce(c.duplicate_likely, false)
  AND NOT regexp_matches(lower(c.agency_name), 'police|public safety')
ORDER BY c.fips, c.year
"""


def panel_287g_crime(outcome: str = "violent_crime", *, home: str | Path | None = None) -> pd.DataFrame:
    """County sheriff agencies (FBI CIUS Table 10) × year 2013–2019, with the Post's first 287(g) year.

    The unit is the county FIPS (one sheriff row per county and year once county police departments are set
    aside; names are spelled differently across years, e.g. "De Kalb"/"DeKalb"). Rows keep `row_id` so every
    cell of the panel can be traced back to its published table row.
    """
    if outcome not in CRIME_OUTCOMES:
        raise EffectInputError(f"unknown outcome {outcome!r}; choose one of {', '.join(CRIME_OUTCOMES)}")
    with reader.connect(home) as con:
        require_tables(con, (("policies", "wapo_287g_history"), ("crime_agency_year", "crime_fbi_cius")))
        return con.execute(PANEL_287G_CRIME_SQL.format(outcome=outcome)).df()


def run_287g_crime(outcome: str = "violent_crime", *, method: str = "did2s", scale: str = "log",
                   balanced: bool = True, home: str | Path | None = None, bootstrap: int | None = None,
                   seed: int = 20260101, **options: Any) -> EffectResult:
    """Event study of sheriff-reported crime around a county's first 287(g) year (Post panel, 2005–2019).

    scale "log": log(1 + count), so effects read roughly as proportional changes; "count": raw counts.
    balanced: keep only agencies with the outcome in every published year (guards against coverage changes).
    """
    if scale not in ("log", "count"):
        raise EffectInputError(f"scale must be 'log' or 'count', not {scale!r}")
    raw = panel_287g_crime(outcome, home=home)
    if raw.empty:
        raise EffectInputError("no Table 10 agency rows with a county FIPS in 2013–2019")
    panel = raw.copy()
    years = sorted(int(y) for y in panel["year"].unique())
    dropped_unbalanced = 0
    if balanced:
        complete = panel.dropna(subset=["outcome"]).groupby("fips")["year"].nunique()
        keep = complete[complete == len(years)].index
        dropped_unbalanced = int(panel["fips"].nunique() - len(keep))
        panel = panel[panel["fips"].isin(keep)]
    panel["y"] = np.log1p(panel["outcome"].astype(float)) if scale == "log" else panel["outcome"].astype(float)
    result = estimate(panel, "fips", "year", "y", "first_year", method=method, cluster="fips",
                      bootstrap=bootstrap, seed=seed, **options)
    if dropped_unbalanced:
        result.excluded[f"agencies without a published {outcome} in every year {years[0]}–{years[-1]} "
                        f"(balanced panel)"] = dropped_unbalanced
    result.outcome = f"{'log(1 + ' + outcome + ')' if scale == 'log' else outcome} per sheriff agency-year"
    treated = panel[panel["first_year"].between(min(years) + 1, max(years))]
    ended = int(treated.loc[treated["last_active"] < pd.Timestamp(f"{max(years)}-12-31"), "fips"].nunique())
    result.description = (describe_287g_crime(outcome, years, ended, scale) + " "
                          + provenance(home, ("crime_fbi_cius", "wapo_287g_history")))
    return result


def describe_287g_crime(outcome: str, years: list[int], ended: int, scale: str) -> str:
    missing = sorted(set(range(years[0], years[-1] + 1)) - set(years))
    return " ".join([
        f"Units: county sheriff's offices (one per county FIPS; county police departments set aside) in FBI "
        f"Crime in the United States Table 10 (crime_agency_year, T10), "
        f"{years[0]}–{years[-1]}" + (f" without {', '.join(map(str, missing))} (not in the mirror: CIUS 2016 "
                                     f"renumbered its tables)" if missing else "") + ".",
        "Treatment: the first calendar year the Washington Post's curated panel (policies, definition "
        f"{WAPO_DEFINITION}) marks a 287(g) agreement active for an agency in the county; treatment is taken as "
        "permanent from then on" + (f" ({ended} treated counties' agreements ended before the last year)"
                                    if ended else "") + ".",
        "Comparison: sheriff agencies in counties never marked, and counties that join later (not yet treated).",
        "Counties treated before the first crime year have no pre-period and are set aside; standard errors are "
        "clustered by county.",
        f"Outcome: {outcome} ({'log of 1 + count' if scale == 'log' else 'count'}), as published; Table 10 covers "
        "sheriff and county police agencies only, so it is not a county crime total, and its coverage changes "
        "from year to year.",
        "Limits: the Post's panel marks years, not signing dates, and covers sheriffs the Post curated, not every "
        "287(g) agreement; adopters are few and concentrated in 2017–2019, so few post-periods exist; the "
        "missing year removes period -1 for the 2017 cohort; jurisdictions chose to join, so differences in "
        "crime trends that led them to join are not ruled out beyond what the pre-trend test can see. The "
        "estimate describes this design; it is not a general causal effect of 287(g) on crime.",
    ])


APPLICATIONS: dict[str, Application] = {
    "287g-crime": Application("287g-crime", "287(g) sheriff agreements and sheriff-reported crime, 2013–2019",
                              run_287g_crime, CRIME_OUTCOMES),
    "detainer-declines": Application("detainer-declines",
                                     "Pennsylvania facilities marked as declining ICE detainers, FY2008–2015",
                                     run_detainer_declines, DETAINER_OUTCOMES),
}


# Applications the issue asks for that the ledger's data cannot support yet, with the reason (docs/effects.md).
UNAVAILABLE: dict[str, tuple[str, str]] = {
    "secure-communities": (
        "Secure Communities rollout (east_velasquez_exposure, CPUMA × year, 2000–2015)",
        "not estimable from the data the ledger holds: no outcome is held at CPUMA grain, the mirror has no "
        "PUMA↔county crosswalk (nor the county × month exposure file), its county and sheriff crime tables start "
        "in 2013, when 1,049 of 1,078 CPUMAs already had Secure Communities by January (no cohort has a "
        "pre-period), and its only longer crime series covers three city police departments; see "
        "docs/effects.md"),
}


def catalog() -> list[dict[str, Any]]:
    """Every application: name, title, outcomes (the first is the default) and whether it can run, with why not."""
    ready = [{"name": a.name, "title": a.title, "outcomes": list(a.outcomes), "available": True, "reason": None}
             for a in APPLICATIONS.values()]
    return ready + [{"name": name, "title": title, "outcomes": [], "available": False, "reason": reason}
                    for name, (title, reason) in UNAVAILABLE.items()]


def run(name: str, **kwargs: object) -> EffectResult:
    """Run an application; an outcome of None is the application's first (its default)."""
    if name in UNAVAILABLE:
        title, reason = UNAVAILABLE[name]
        raise EffectInputError(f"application {name!r} ({title}) is not available: {reason}")
    if name not in APPLICATIONS:
        raise EffectInputError(f"unknown application {name!r}; known: {', '.join(APPLICATIONS)} (not available: "
                               f"{', '.join(UNAVAILABLE)}; `ice-ledger effect --list` says why)")
    if kwargs.get("outcome") is None:
        kwargs["outcome"] = APPLICATIONS[name].outcomes[0]
    return APPLICATIONS[name].run(**kwargs)

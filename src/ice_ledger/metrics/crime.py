"""Crime metrics: reported violent and property crime counts and rates per 100,000, by agency-year.

The FBI publishes these counts per reporting agency (`crime_agency_year`), with the population each agency
covers. A rate over several agencies is the summed count over the summed population of agencies that report
both (ice_ledger.rates); counts are published aggregates, so small cells are not suppressed.
"""

from __future__ import annotations

from ice_ledger.metrics.registry import LINEAGE_BREAKDOWNS, Selection, col, metric

SOURCES = ("crime_fbi_cius", "crime_kaplan_agencies")
COLUMNS = {
    "calendar_year": col("year"),
    "state": col("state"),
    "agency": col("agency_name"),
    "ori": col("ori"),
    "county": col("fips"),
    "geo_level": col("geo_level"),
    **LINEAGE_BREAKDOWNS,
}
CAVEATS = ("Reported offences only; agencies join and leave the FBI program, and the rape definition changed in "
           "2013, so violent-crime totals across years compare like with like only for the same agencies. ")


def _declare(kind: str, label: str) -> None:
    column = f"{kind}_crime"
    metric(
        name=f"{kind}_crimes", title=f"Reported {label} crimes",
        definition=f"{label.capitalize()} crimes reported to the FBI, summed over agency-years.", unit="count",
        numerator=f"sum of {column}", table="crime_agency_year", columns=COLUMNS, sources=SOURCES,
        caveats=CAVEATS, person_level=False,
    )(lambda t: Selection(rows=t[column].notnull(), amount=t[column]))
    metric(
        name=f"{kind}_crime_rate", title=f"Reported {label} crimes per 100,000 residents",
        definition=f"{label.capitalize()} crimes per 100,000 residents of the reporting agencies' jurisdictions.",
        unit="rate_per_100k", numerator=f"sum of {column}", denominator="sum of the agencies' population",
        table="crime_agency_year", columns=COLUMNS, sources=SOURCES, caveats=CAVEATS, person_level=False,
        population_keys=("population",),
    )(lambda t: Selection(amount=t[column], population=t.population))


_declare("violent", "violent")
_declare("property", "property")

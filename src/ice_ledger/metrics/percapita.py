"""Per-capita versions of count metrics by state: the count beside the state's population that year.

Record-level ICE data carries a state but no county a population could join on, so a count metric per
100,000 residents is computed per state and year, after the count itself (and its suppression) on either
engine. The state population is the sum of its counties' Census estimates (`population` table, July 1 of the
year); a fiscal year is paired with the July 1 inside it (FY2018 with 1 July 2018). Suppressed counts keep a
suppressed rate, since rate × population would give the count back.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

import us

from ice_ledger.errors import QueryError
from ice_ledger.rates import per_100k
from ice_ledger.warehouse import reader

if TYPE_CHECKING:
    import pandas as pd

YEAR_BREAKDOWNS = ("fiscal_year", "calendar_year")


def state_fips(name: object) -> str | None:
    """'TEXAS', 'Texas', 'TX' -> '48'; None for anything that is not a state or DC."""
    if not isinstance(name, str) or not name.strip():
        return None
    found = us.states.lookup(name.strip().title() if len(name.strip()) > 2 else name.strip().upper())
    return found.fips if found is not None else None


def check_request(by: Sequence[str]) -> str:
    """The year breakdown to pair populations with; a clear error when the request cannot have a rate."""
    if "state" not in by:
        raise QueryError("a per-capita count of records needs --by state (records carry a state, not a county)")
    years = [b for b in YEAR_BREAKDOWNS if b in by]
    if not years:
        raise QueryError("a per-capita count needs a year: add --by fiscal_year or --by calendar_year")
    return years[0]


def state_populations(home: str | Path | None) -> pd.DataFrame:
    """state FIPS × year → population, summed from the county estimates."""
    with reader.connect(home) as con:
        return con.execute(
            "SELECT substr(fips, 1, 2) AS state_fips, year, sum(population) AS population, count(*) AS counties "
            "FROM population WHERE level = 'county' AND NOT duplicate_likely GROUP BY ALL"
        ).df()


def add_state_rates(frame: pd.DataFrame, year_column: str, home: str | Path | None) -> tuple[pd.DataFrame, list[str]]:
    """The frame with `population` and `rate_per_100k` columns, and notes on what could not be paired."""
    import pandas as pd

    pops = state_populations(home)
    lookup = {(r.state_fips, int(r.year)): int(r.population) for r in pops.itertuples()}
    out = frame.copy()
    populations, rates, unmatched, no_year = [], [], set(), set()
    for row in out.itertuples(index=False):
        fips = state_fips(row.state)
        year = getattr(row, year_column)
        pop = lookup.get((fips, int(year))) if fips is not None and pd.notna(year) else None
        if fips is None:
            unmatched.add(str(row.state))
        elif pop is None:
            no_year.add(int(year) if pd.notna(year) else -1)
        suppressed = bool(getattr(row, "suppressed", False))
        value = row.value
        populations.append(pop)
        rates.append(None if suppressed or pd.isna(value) else per_100k(float(value), pop))
    out["population"] = pd.array(populations, dtype="Int64")
    out["rate_per_100k"] = pd.array(rates, dtype="Float64")
    years = sorted(pops["year"].unique().tolist()) if not pops.empty else []
    notes = [f"per 100,000 residents: state population = sum of county Census estimates for July 1 of the "
             f"{'fiscal' if year_column == 'fiscal_year' else 'calendar'} year (source population_urban, "
             f"years {years[0]}-{years[-1]})" if years else "no population table in this build"]
    if unmatched:
        notes.append(f"no rate where the state is missing or not a state: {', '.join(sorted(unmatched)[:8])}")
    if no_year:
        notes.append(f"no rate for years without a population estimate: {', '.join(map(str, sorted(no_year)))}")
    return out, notes

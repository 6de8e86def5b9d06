"""The `policy_status` breakdown: was a record's place on a named sanctuary list when it applied?

A record is `listed` when its state, its county or (for a facility matched to a city) its city is a member of
the definition, or — for behavioural definitions, which list jails — its facility is; `location unresolved`
when it is not listed and its facility could be placed in neither a county nor a city; otherwise `not listed`.
A list published once (every member row has the same dates, e.g. DHS May 2025) is applied as of its own date
to records of every date; a list with dated spells (the behavioural definition, one per fiscal year) is
applied as of each record's date. The definition and the rule used are written into the result's filters.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

import ibis

from ice_ledger.errors import IceLedgerError, QueryError
from ice_ledger.geo.names import lookup_state
from ice_ledger.metrics.registry import Joined

if TYPE_CHECKING:
    import pandas as pd

LISTED, NOT_LISTED, UNRESOLVED = "listed", "not listed", "location unresolved"
BREAKDOWN = "policy_status"


@dataclass(frozen=True)
class Spell:
    """Members in force from `start` to `end` (inclusive), keyed the way a record's place is keyed."""

    start: dt.date
    end: dt.date | None
    states: frozenset[str]
    counties: frozenset[str]
    places: frozenset[str]
    facilities: frozenset[str]  # 'FACILITY NAME|state FIPS'; a facility named without a state is no place


@dataclass(frozen=True)
class Membership:
    definition: str
    spells: tuple[Spell, ...]
    snapshot: bool
    members: int
    unplaced: int  # member rows without a FIPS (and not a facility): they can match no record

    def describe(self, date_column: str) -> str:
        """The filters line: which definition, and as of which date membership is judged."""
        if self.snapshot:
            s = self.spells[0]
            when = (f"the list's own date ({s.start}{f' to {s.end}' if s.end and s.end != s.start else ''}), "
                    f"a single snapshot applied to records of every date")
        else:
            when = f"each record's {date_column} (the list's dated spells)"
        return (f"policy_status under definition {self.definition}: listed if the record's state, county, city "
                f"or facility is a member as of {when}")

    def note(self) -> str:
        held = f"{self.definition}: {self.members} member rows"
        if self.unplaced:
            held += (f", {self.unplaced} of them not placed (no FIPS code, or a facility without a state): "
                     "no record can match them")
        return (f"{held}. 'location unresolved' = not listed by state or facility name and the facility "
                "could not be placed in a county or city.")


def _state_fips(text: object) -> str:
    st = lookup_state(str(text)) if isinstance(text, str) and text.strip() else None
    return st.fips if st else ""


def _spell(rows: pd.DataFrame, start: dt.date, end: dt.date | None) -> Spell:
    fips = rows["jurisdiction_fips"].astype(object).where(rows["jurisdiction_fips"].notna(), "")
    facility = rows["jurisdiction_type"] == "facility"
    placed = fips[~facility]
    keys = {f"{name}|{st}" for name, state in rows.loc[facility, ["jurisdiction_name", "state"]]
            .itertuples(index=False, name=None) if (st := _state_fips(state))}
    return Spell(start, end, frozenset(placed[placed.str.len() == 2]), frozenset(placed[placed.str.len() == 5]),
                 frozenset(placed[placed.str.len() == 7]), frozenset(keys))


def membership(definition: str, home: str | Path | None) -> Membership:
    """The members of one definition grouped into dated spells (one spell: a snapshot list)."""
    import pandas as pd

    from ice_ledger.policies.registry import definition_members

    try:
        rows = definition_members(definition, home)
    except IceLedgerError as exc:
        raise QueryError(f"{exc}; {definitions_hint(home)}") from exc
    if rows.empty:
        raise QueryError(f"definition {definition} has no members in this build; {definitions_hint(home)}")
    rows = rows.assign(valid_from=pd.to_datetime(rows["valid_from"]).dt.date,
                       valid_to=pd.to_datetime(rows["valid_to"]).dt.date)
    spells = tuple(_spell(g, start, None if pd.isna(end) else end)
                   for (start, end), g in rows.groupby(["valid_from", "valid_to"], dropna=False, sort=True))
    facility = rows["jurisdiction_type"] == "facility"
    stateless = facility & (rows["state"].map(_state_fips) == "")  # e.g. NPR's 'OTHER-OTHER FACILITY': no place
    unplaced = int(((rows["jurisdiction_fips"].isna() & ~facility) | stateless).sum())
    return Membership(definition, spells, len(spells) == 1, len(rows), unplaced)


def definitions_hint(home: str | Path | None) -> str:
    """Which definitions can classify records, and which cannot (published counts only)."""
    from ice_ledger.policies.registry import sanctuary_definition_ids

    try:
        held, counts = sanctuary_definition_ids(home)
    except IceLedgerError as exc:  # no policy sources in this build
        return str(exc)
    return (f"definitions with members: {', '.join(held)} (or npr_declined_share_ge_<share>[_min<n>]); "
            f"published counts only, members not held (cannot classify records): {', '.join(counts)}")


def _isin(expr: Any, values: frozenset[str]) -> Any:
    return expr.isin(sorted(values)) if values else ibis.literal(False)


@dataclass(frozen=True)
class PolicyStatus(Joined):
    """The policy_status breakdown of one table: its place columns come from `lookup`, its date from `date`.

    Declared unbound in a metric family; `bind` gives it the members of the chosen definition.
    """

    date: str = ""
    members: Membership | None = field(default=None, compare=False)

    def bind(self, members: Membership) -> PolicyStatus:
        return PolicyStatus(self.lookup, self.column, date=self.date, members=members)

    def __call__(self, t: Any) -> Any:
        if self.members is None:
            raise QueryError("the policy_status breakdown needs a sanctuary definition (--definition ID)")
        p = self.lookup.prefix
        state, county, place = t[p + "state_fips"], t[p + "county_fips"], t[p + "place_fips"]
        facility = t.facility.fill_null("") + "|" + state.fill_null("")
        listed = ibis.literal(False)
        for s in self.members.spells:
            hit = (_isin(state, s.states) | _isin(county, s.counties) | _isin(place, s.places)
                   | _isin(facility, s.facilities))
            if not self.members.snapshot:
                day = t[self.date]
                hit = hit & (day >= s.start) & ((day <= s.end) if s.end is not None else ibis.literal(True))
            listed = listed | hit.fill_null(False)
        unplaced = county.isnull() & place.isnull()
        return ibis.cases((listed, LISTED), (unplaced, UNRESOLVED), else_=NOT_LISTED)

"""The states each ICE Area of Responsibility covers, from the county-to-AOR crosswalk: `aor_states`.

Records of the national FY2016-FY2019 files carry an AOR but no state. A breakdown by the AOR's states is
area-level: it says which states the arresting field office covers (Seattle: Alaska, Oregon, Washington), never
that an arrest happened in one of them. Metrics read it through `AOR_STATES` (a left join on `aor`).
"""

from __future__ import annotations

from ice_ledger.metrics.registry import Joined, Lookup
from ice_ledger.warehouse.derive import derivation
from ice_ledger.warehouse.store import BuildDir

LOOKUP = Lookup("aor_states", keys=("aor",), prefix="aor_")
NOTE = ("aor_states is area-level: the states the arresting AOR covers (county crosswalk), not the state of the "
        "arrest")
AOR_STATES = Joined(LOOKUP, "states", note=NOTE)


@derivation("aor_states", needs=("county_aor", "counties"), stage=30,
            description="The states (and counties) each ICE Area of Responsibility covers.")
def build_aor_states(build: BuildDir) -> None:
    build.write_table("aor_states", "aor_states", """
        SELECT a.aor, string_agg(DISTINCT c.state, ', ' ORDER BY c.state) AS states,
               count(DISTINCT a.state_fips) AS n_states, count(*) AS n_counties
        FROM county_aor a LEFT JOIN (SELECT DISTINCT state_fips, state FROM counties) c USING (state_fips)
        WHERE a.aor IS NOT NULL GROUP BY a.aor ORDER BY a.aor""")

"""The policy map: who is a member under one definition (or holds a 287(g) agreement) on a date, drawn by county.

Members are placed by the FIPS code the build resolved: 2 digits shade a state, 5 digits a county. City members
(7-digit place codes) and members the build could not resolve are listed beside the map, never dropped, and so
are counties the 2017 map cannot draw (e.g. Connecticut's 2022 planning regions).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

import pandas as pd

from ice_ledger import api
from ice_ledger.web.maps import atlas, category_map

AGREEMENTS_287G = "287g"
DEFAULT_MAP = "dhs_sanctuary_2025_05"
MAPS: dict[str, str] = {
    "dhs_sanctuary_2025_05": "DHS list of sanctuary jurisdictions (May 2025)",
    "npr_declined_share_ge_0.05": "Jails declining at least 5% of detainers (NPR method), by county",
    AGREEMENTS_287G: "287(g) agreements in force",
}
STATE_COLOUR, COUNTY_COLOUR, CITY_COLOUR = "#fdd0a2", "#d94801", "#7f2704"
MODEL_COLOURS = {"287g_jail_enforcement": "#08519c", "287g_task_force": "#6baed6",
                 "287g_warrant_service_officer": "#9ecae1", "287g_agreement": "#3182bd"}


@dataclass
class PolicyMap:
    key: str
    title: str
    as_of: str
    members_as_of: str | None
    svg: str | None
    counties_drawn: int = 0
    counties_listed: int = 0
    states_drawn: int = 0
    states_listed: int = 0
    legend: list[tuple[str, int]] = field(default_factory=list)
    not_drawn: list[dict[str, Any]] = field(default_factory=list)
    unresolved: list[dict[str, Any]] = field(default_factory=list)

    def summary(self) -> dict[str, Any]:
        """The map's numbers for the JSON twin (everything but the drawing)."""
        return {k: v for k, v in self.__dict__.items() if k != "svg"}


def _label(kind: str) -> str:
    return kind.removeprefix("287g_").replace("_", " ")


def _members(key: str, as_of: dt.date, home: Path | None) -> tuple[pd.DataFrame, str | None]:
    if key == AGREEMENTS_287G:
        df = api.policies(AGREEMENTS_287G, as_of, home=home)
        return df, as_of.isoformat()
    df = api.sanctuaries(as_of, key, home=home)
    on = df["members_as_of"].dropna() if "members_as_of" in df else pd.Series(dtype=object)
    return df, (str(pd.Timestamp(on.iloc[0]).date()) if len(on) else None)


def _row(r: pd.Series, why: str) -> dict[str, Any]:
    return {"name": r.get("jurisdiction_name"), "state": r.get("state"), "type": r.get("jurisdiction_type"),
            "fips": r.get("jurisdiction_fips") if isinstance(r.get("jurisdiction_fips"), str) else None,
            "row_id": r.get("row_id"), "why": why}


def build_map(key: str, as_of: dt.date, home: Path | None, raw_dir: Path) -> PolicyMap:
    """Members on `as_of` drawn by county and state, with everything not drawn listed and said why."""
    df, members_as_of = _members(key, as_of, home)
    topo = atlas(raw_dir)
    county_ids = {g["id"] for g in topo["counties"]["objects"]["counties"]["geometries"]}
    state_ids = {g["id"] for g in topo["states"]["objects"]["states"]["geometries"]}
    fips = df.get("jurisdiction_fips", pd.Series(index=df.index, dtype=object)).astype(object)
    fips = fips.where(fips.map(lambda v: isinstance(v, str) and v.isdigit()), None)
    matched = df.get("match_status", pd.Series("matched", index=df.index)).eq("matched") & fips.notna()
    is_287g = key == AGREEMENTS_287G
    category = (df["policy_kind"].map(_label) if is_287g else
                fips.map(lambda f: "state on the list" if f and len(f) == 2 else "county on the list"))
    if key.startswith("npr_"):
        category = category.str.replace("on the list", "with a member jail", regex=False)
    unresolved = [_row(r, str(r.get("match_reason") or "no FIPS code resolved")) for _, r in df[~matched].iterrows()]
    not_drawn: list[dict[str, Any]] = []
    counties, states = [], []
    for i, r in df[matched].iterrows():
        f = str(fips[i])
        if len(f) == 5 and f in county_ids:
            counties.append((f, category[i]))
        elif len(f) == 2 and r.get("jurisdiction_type") == "city" and f + "001" in county_ids:
            counties.append((f + "001", "city on the list (drawn as its county)"))  # Washington, DC
        elif len(f) == 2 and f in state_ids:
            states.append((f, category[i]))
        elif r.get("jurisdiction_type") == "facility":
            not_drawn.append(_row(r, "a jail: the map draws the counties the definition lists"))
        elif len(f) == 7:
            not_drawn.append(_row(r, "a city or town: the map draws counties and states only"))
        else:
            not_drawn.append(_row(r, f"FIPS {f} is not on the 2017 boundary map"))
    county_frame = pd.DataFrame(counties, columns=["fips", "category"]).drop_duplicates("fips")
    state_frame = pd.DataFrame(states, columns=["fips", "category"]).drop_duplicates("fips")
    if is_287g:  # a county with several models shows its strongest (jail enforcement first)
        order = list(MODEL_COLOURS)
        county_frame = (pd.DataFrame(counties, columns=["fips", "category"])
                        .assign(rank=lambda d: d["category"].map(lambda c: order.index("287g_" + c.replace(" ", "_"))
                                                                 if "287g_" + c.replace(" ", "_") in order else 9))
                        .sort_values("rank").drop_duplicates("fips").drop(columns="rank"))
        legend_pairs = [(_label(k), v) for k, v in MODEL_COLOURS.items()]
    else:
        labels = set(category[matched]) | set(county_frame["category"])
        legend_pairs = [(c, STATE_COLOUR if c.startswith("state") else CITY_COLOUR if c.startswith("city")
                         else COUNTY_COLOUR) for c in sorted(labels, key=lambda c: (not c.startswith("state"), c))]
    shown = {label for label in pd.concat([county_frame["category"], state_frame["category"]])}
    legend_pairs = [(label, colour) for label, colour in legend_pairs if label in shown] or legend_pairs[:1]
    title = f"{MAPS.get(key, key)}, as of {as_of.isoformat()}"
    description = (f"Map: {len(county_frame)} counties and {len(state_frame)} states shaded; "
                   f"{len(not_drawn)} members not drawn and {len(unresolved)} unresolved are listed beside the map.")
    svg = category_map(topo, county_frame, state_frame, title, legend_pairs, description) if len(df) else None
    counts = pd.concat([county_frame["category"], state_frame["category"]]).value_counts()
    types = df.get("jurisdiction_type", pd.Series(dtype=object))
    return PolicyMap(key=key, title=MAPS.get(key, key), as_of=as_of.isoformat(), members_as_of=members_as_of,
                     svg=svg, counties_drawn=len(county_frame), states_drawn=len(state_frame),
                     counties_listed=int((types == "county").sum()), states_listed=int((types == "state").sum()),
                     legend=[(label, int(counts.get(label, 0))) for label, _ in legend_pairs],
                     not_drawn=not_drawn, unresolved=unresolved)


@lru_cache(maxsize=32)
def _cached(build: str, key: str, as_of: dt.date, home: Path) -> PolicyMap:
    return build_map(key, as_of, home, api.paths(home).raw_dir("geo_us_atlas"))


def policy_map(key: str, as_of: dt.date, home: Path | None) -> PolicyMap:
    """The map for one definition and date, computed once per build (a new build gets new maps)."""
    p = api.paths(home)
    return _cached(str(api.current_build(p.home)), key, as_of, p.home)

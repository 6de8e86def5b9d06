"""The reference list the resolver matches against: every county (and equivalent) and Census place.

Built from the warehouse tables `counties` and `places` when a warehouse exists (so the resolver sees what the
build loaded from the official files), or straight from the same files in a mirror or raw directory.
Both paths read the same columns with the same rules (`read_counties`, `read_places`).
"""

from __future__ import annotations

import os
from collections import defaultdict
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

import duckdb

from ice_ledger.config import Paths
from ice_ledger.errors import IceLedgerError
from ice_ledger.geo.names import COUNTY_SUFFIXES, INCORPORATED, PLACE_SUFFIXES, STATES, norm, split_suffix
from ice_ledger.schema.relations import relation_names

if TYPE_CHECKING:
    import pandas as pd

COUNTY_NAMES_FILE = "names-to-fips_county.csv"
COUNTY_AOR_FILE = "county_aor.csv"
GEOCORR_FILE = "geocorr2022_county_place_2022_onwards.csv"
MIRROR_PATHS = {
    COUNTY_NAMES_FILE: "urban-mobility-from-poverty/names-to-fips_county.csv",
    COUNTY_AOR_FILE: "uwchr-ice-enforce/county_aor.csv",
    GEOCORR_FILE: "urban-mobility-from-poverty/geocorr2022_county_place_2022_onwards.csv",
}


@dataclass(frozen=True)
class Entry:
    """One county or place: its FIPS, its own name ('Travis County') and its normalised keys."""

    fips: str
    level: str  # 'county' | 'place'
    local_name: str
    state_fips: str
    key: str
    base: str
    kind_word: str | None

    @property
    def name(self) -> str:
        return f"{self.local_name}, {STATES[self.state_fips].name}"

    @property
    def incorporated(self) -> bool:
        return self.level == "county" or (self.kind_word or "") in INCORPORATED


@dataclass
class Gazetteer:
    """Counties and places indexed by state and normalised name."""

    entries: list[Entry]
    origin: str = ""
    by_key: dict[tuple[str, str], list[Entry]] = field(default_factory=lambda: defaultdict(list))
    by_base: dict[tuple[str, str], list[Entry]] = field(default_factory=lambda: defaultdict(list))
    by_fips: dict[str, Entry] = field(default_factory=dict)
    by_compact: dict[tuple[str, str], list[Entry]] = field(default_factory=lambda: defaultdict(list))
    by_state: dict[str, list[Entry]] = field(default_factory=lambda: defaultdict(list))
    by_key_any_state: dict[str, list[Entry]] = field(default_factory=lambda: defaultdict(list))

    def __post_init__(self) -> None:
        for e in self.entries:
            self.by_key[(e.state_fips, e.key)].append(e)
            self.by_base[(e.state_fips, e.base)].append(e)
            self.by_fips[e.fips] = e
            self.by_state[e.state_fips].append(e)
            self.by_key_any_state[e.key].append(e)
            for k in {e.key.replace(" ", ""), e.base.replace(" ", "")}:
                self.by_compact[(e.state_fips, k)].append(e)

    def in_state(self, state_fips: str, level: str | None = None) -> list[Entry]:
        return [e for e in self.by_state.get(state_fips, []) if level is None or e.level == level]

    # -- constructors ----------------------------------------------------------------------------------
    @classmethod
    def from_frames(cls, counties: pd.DataFrame, places: pd.DataFrame, origin: str = "") -> Gazetteer:
        """From frames with columns (fips, local_name, state_fips) for counties and for places."""
        entries: list[Entry] = []
        for level, frame, suffixes in (("county", counties, COUNTY_SUFFIXES), ("place", places, PLACE_SUFFIXES)):
            for fips, local, st in frame[["fips", "local_name", "state_fips"]].itertuples(index=False):
                if st not in STATES or not isinstance(local, str):
                    continue
                key = norm(local)
                base, kind = split_suffix(key, suffixes)
                entries.append(Entry(str(fips), level, local, st, key, base, kind))
        return cls(entries, origin)

    @classmethod
    def from_files(cls, county_names: Path, county_aor: Path, geocorr: Path) -> Gazetteer:
        return cls.from_frames(read_counties(county_names, county_aor), read_places(geocorr), origin=str(county_names.parent))

    @classmethod
    def from_mirror(cls, mirror: Path) -> Gazetteer:
        paths = [mirror / MIRROR_PATHS[f] for f in (COUNTY_NAMES_FILE, COUNTY_AOR_FILE, GEOCORR_FILE)]
        for p in paths:
            if not p.exists():
                raise IceLedgerError(f"gazetteer file missing: {p}")
        return cls.from_files(*paths)

    @classmethod
    def from_connection(cls, con: duckdb.DuckDBPyConnection, origin: str = "warehouse") -> Gazetteer:
        """From the warehouse tables `counties` (with `county_aor` for county-equivalents it lacks) and `places`."""
        import pandas as pd

        views = relation_names(con)
        if not {"counties", "places"} <= views:
            raise IceLedgerError("the warehouse has no counties/places tables: build source geo_census_names first")
        counties = con.execute("SELECT fips, county_name AS local_name, state_fips FROM counties").df()
        if "county_aor" in views:
            extra = con.execute(
                "SELECT fips, county_name AS local_name, substr(fips, 1, 2) AS state_fips FROM county_aor "
                "WHERE fips NOT IN (SELECT fips FROM counties)").df()
            counties = pd.concat([counties, extra], ignore_index=True)
        places = con.execute("SELECT place_fips AS fips, place_name AS local_name, state_fips FROM places").df()
        return cls.from_frames(counties, places, origin)


def read_counties(county_names: Path, county_aor: Path | None = None) -> pd.DataFrame:
    """Counties from names-to-fips ('Autauga County, Alabama'), plus county_aor's extra county-equivalents
    (Puerto Rico municipios, Connecticut planning regions), title-cased from its lower-case names."""
    import pandas as pd

    df = pd.read_csv(county_names, dtype=str, encoding="utf-8")
    df["fips"] = df["fips"].str.zfill(5)
    out = pd.DataFrame({"fips": df["fips"], "local_name": df["name"].str.rsplit(",", n=1).str[0].str.strip(),
                        "state_fips": df["fips"].str[:2]})
    if county_aor is not None:
        aor = pd.read_csv(county_aor, dtype=str, encoding="utf-8")
        aor["fips"] = aor["geoid"].str.zfill(5)
        aor = aor[~aor["fips"].isin(out["fips"])]
        out = pd.concat([out, pd.DataFrame({
            "fips": aor["fips"], "local_name": aor["name"].str.rsplit(",", n=1).str[0].map(title_name),
            "state_fips": aor["fips"].str[:2]})], ignore_index=True)
    return out


def title_name(text: str) -> str:
    """'capitol planning region' -> 'Capitol Planning Region' (county_aor.csv is all lower case)."""
    return " ".join(w[:1].upper() + w[1:] for w in text.strip().split(" "))


def read_places(geocorr: Path) -> pd.DataFrame:
    """Census places from the Geocorr county-place file (latin-1): one row per place, '[not in a place]' dropped."""
    import pandas as pd

    df = pd.read_csv(geocorr, dtype=str, encoding="latin-1")
    # '[not in a place]' rows are not places; three rows carry only a code for a name (the build quarantines them).
    df = df[(df["place"] != "99999") & df["PlaceName"].str.contains(",", na=False)].drop_duplicates(["state", "place"])
    return pd.DataFrame({
        "fips": df["state"].str.zfill(2) + df["place"].str.zfill(5),
        "local_name": df["PlaceName"].str.rsplit(",", n=1).str[0].str.strip(),
        "state_fips": df["state"].str.zfill(2),
    })


def default_mirror() -> Path:
    """$ICE_LEDGER_MIRROR, else ../shared/data beside the repository checkout."""
    env = os.environ.get("ICE_LEDGER_MIRROR")
    return Path(env) if env else Path(__file__).resolve().parents[3].parent / "shared" / "data"


@cache
def _cached_from_home(build_path: str) -> Gazetteer:
    con = duckdb.connect(str(Path(build_path) / "ledger.duckdb"), read_only=True)
    try:
        return Gazetteer.from_connection(con, origin=build_path)
    finally:
        con.close()


@cache
def _cached_from_mirror(mirror: str) -> Gazetteer:
    return Gazetteer.from_mirror(Path(mirror))


def default_gazetteer(home: str | Path | None = None) -> Gazetteer:
    """The last good build's gazetteer; without a warehouse, the raw files (mirror or fetched raw dir)."""
    paths = Paths.resolve(home)
    # The `current` link of the warehouse (read here, not through warehouse/, which geo/ sits below).
    build = paths.current.resolve() if paths.current.exists() else None
    if build is not None:
        try:
            return _cached_from_home(str(build.resolve()))
        except IceLedgerError:
            pass
    raw = paths.raw_dir("geo_census_names")
    if (raw / COUNTY_NAMES_FILE).exists() and (raw / GEOCORR_FILE).exists():
        aor = paths.raw_dir("geo_uwchr_county_aor") / COUNTY_AOR_FILE
        return Gazetteer.from_frames(read_counties(raw / COUNTY_NAMES_FILE, aor if aor.exists() else None),
                                     read_places(raw / GEOCORR_FILE), origin=str(raw))
    mirror = default_mirror()
    if (mirror / MIRROR_PATHS[COUNTY_NAMES_FILE]).exists():
        return _cached_from_mirror(str(mirror.resolve()))
    raise IceLedgerError(
        "no gazetteer: build the warehouse (`ice-ledger build`) or set ICE_LEDGER_MIRROR to the data mirror")

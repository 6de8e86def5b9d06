"""Time the name resolver: building the gazetteer from the mirror files, and resolving every city name of
FBI CIUS Table 8 (2013, ~9,300 rows; about 13% go through fuzzy matching) and every agency county.

    .venv/bin/python bench/bench_resolve.py [--mirror ../shared/data] [--repeat 3]
"""

from __future__ import annotations

import argparse
import os
import statistics
import time
from pathlib import Path

import pandas as pd

from ice_ledger.geo.gazetteer import Gazetteer
from ice_ledger.geo.resolve import resolve_many
from ice_ledger.sources._fbi_tables import read_table, split_footnotes, state_and_area

REPO = Path(__file__).resolve().parents[1]
T8 = "fbi-cius-2013-2015/Table_8_Offenses_Known_to_Law_Enforcement_by_State_by_City_2013.xls"
AGENCIES = "wapo-sheriffs-287g/ucr_agencies_list.csv"


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--mirror", type=Path, default=Path(os.environ.get("ICE_LEDGER_MIRROR") or REPO.parent / "shared" / "data"))
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()
    times: dict[str, list[float]] = {"gazetteer": [], "t8_2013": [], "agency_counties": []}
    _, parsed = read_table(args.mirror / T8, T8)
    cities = [(split_footnotes(r["agency_name_raw"])[0], state_and_area(r["state_raw"], "T8")[0], "place")
              for r in parsed.rows]
    ag = pd.read_csv(args.mirror / AGENCIES, dtype=str, keep_default_na=False)
    counties = [(c.split(",")[0].split(";")[0].strip(), s, "county") for c, s in zip(ag["county_name"], ag["state_abbr"],
                                                                                    strict=True)
                if c not in ("", "NULL", "N/A")]
    for _ in range(args.repeat):
        t = time.perf_counter()
        gaz = Gazetteer.from_mirror(args.mirror)
        times["gazetteer"].append(time.perf_counter() - t)
        for key, rows in (("t8_2013", cities), ("agency_counties", counties)):
            t = time.perf_counter()
            out = resolve_many(rows, gazetteer=gaz)
            times[key].append(time.perf_counter() - t)
    matched = sum(r.status == "matched" for r in resolve_many(cities, gazetteer=gaz))
    print(f"entries {len(gaz.entries):,}; T8 2013 rows {len(cities):,} ({matched:,} matched); "
          f"agency counties {len(counties):,} ({sum(r.status == 'matched' for r in out):,} matched)")
    for key, vals in times.items():
        print(f"{key:16s} median {statistics.median(vals):.2f} s  (min {min(vals):.2f}, max {max(vals):.2f}, n={len(vals)})")


if __name__ == "__main__":
    main()

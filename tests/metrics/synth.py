"""Synthetic DDP-layout arrest and removal files, for tests and benchmarks of record-level metrics.

The DDP record files are not in the offline mirror (hundreds of MB). These generators write files in DDP's
own snake_case layout, so they load through the real `ddp_arrests` / `ddp_removals` adapters. They are
seeded: the same call writes the same file. (`ice_ledger.testing.ddp_synth` replaces this when it lands.)
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import duckdb

AORS = ("Atlanta", "Boston", "Chicago", "Dallas", "Houston", "Los Angeles", "Miami", "New York City", "Phoenix",
        "San Antonio", "Seattle", "St. Paul")
STATES = ("GEORGIA", "MASSACHUSETTS", "ILLINOIS", "TEXAS", "TEXAS", "CALIFORNIA", "FLORIDA", "NEW YORK", "ARIZONA",
          "TEXAS", "WASHINGTON", "MINNESOTA")
CRIMINALITY = ("1 Convicted Criminal", "2 Pending Criminal Charges", "3 Other Immigration Violator")
PROGRAMS = ("ERO Criminal Alien Program", "Fugitive Operations", "Border Patrol", "Field Operations", "287(g) Program")
START = dt.date(2015, 10, 1)  # FY2016
DAYS = (dt.date(2024, 9, 30) - START).days + 1  # through FY2024


def _cases(name: str, values: tuple[str, ...], key: str) -> str:
    whens = " ".join(f"WHEN {i} THEN '{v}'" for i, v in enumerate(values))
    return f"CASE ({key}) % {len(values)} {whens} END AS {name}"


def write_arrests(path: Path, n_rows: int, seed: int = 1) -> Path:
    """`n_rows` arrests spread over FY2016-FY2024 with skewed AORs and criminality (some small cells)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    h = f"hash(i, {seed})"
    duckdb.sql(f"""
        COPY (
          SELECT CAST(DATE '{START}' + CAST(({h} >> 3) % {DAYS} AS INTEGER) AS VARCHAR) AS apprehension_date,
                 {_cases('apprehension_state', STATES, f'{h} % 97 % 12')},
                 CAST(NULL AS VARCHAR) AS apprehension_county,
                 {_cases('apprehension_aor', tuple(a + ' Area of Responsibility' for a in AORS), f'{h} % 97 % 12')},
                 {_cases('final_program', PROGRAMS, f'{h} >> 11')},
                 {_cases('apprehension_criminality', CRIMINALITY, f'{h} % 89 % 7 % 3')},
                 'P' || CAST(i AS VARCHAR) AS unique_identifier
          FROM range({n_rows}) t(i)
        ) TO '{path}' (FORMAT parquet)""")
    return path


def write_removals(path: Path, n_rows: int, seed: int = 2) -> Path:
    """`n_rows` removals over FY2016-FY2024 with interior/border programs and criminality."""
    path.parent.mkdir(parents=True, exist_ok=True)
    h = f"hash(i, {seed})"
    duckdb.sql(f"""
        COPY (
          SELECT CAST(DATE '{START}' + CAST(({h} >> 3) % {DAYS} AS INTEGER) AS VARCHAR) AS departed_date,
                 {_cases('docket_aor', tuple(a + ' Area of Responsibility' for a in AORS), f'{h} % 97 % 12')},
                 {_cases('apprehension_state', STATES, f'{h} % 97 % 12')},
                 {_cases('case_criminality', CRIMINALITY, f'{h} % 89 % 7 % 3')},
                 {_cases('latest_arrest_program_current', PROGRAMS, f'{h} >> 11')},
                 'MEXICO' AS departure_country,
                 'R' || CAST(i AS VARCHAR) AS unique_identifier
          FROM range({n_rows}) t(i)
        ) TO '{path}' (FORMAT parquet)""")
    return path


def overlay_mirror(real: Path, target: Path) -> Path:
    """A mirror directory that links every top-level entry of the real mirror, so synthetic files can be added."""
    target.mkdir(parents=True, exist_ok=True)
    for entry in real.iterdir():
        link = target / entry.name
        if not link.exists() and entry.name != "deportationdata-ice":
            link.symlink_to(entry)
    (target / "deportationdata-ice").mkdir(exist_ok=True)
    real_ddp = real / "deportationdata-ice"
    if real_ddp.is_dir():
        for entry in real_ddp.iterdir():
            if not (target / "deportationdata-ice" / entry.name).exists():
                (target / "deportationdata-ice" / entry.name).symlink_to(entry)
    return target

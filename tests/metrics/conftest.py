"""Fixtures for the metric tests: the real mirror build, a build with synthetic DDP records, and engines."""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

import pytest

from ice_ledger import api
from ice_ledger.metrics import engine, rollups
from ice_ledger.testing import ddp_synth

sys.path.insert(0, str(Path(__file__).parent))
import synth
from shared_homes import shared_home

SYNTH_SOURCES = ["ddp_arrests", "ddp_removals", "ice_official_figures", "npr_detainers_fy15"]
ARRESTS_ROWS, REMOVALS_ROWS = 30_000, 12_000
FIRST_DAY, LAST_DAY = dt.date(2015, 10, 1), dt.date(2024, 9, 30)  # FY2016-FY2024, the official figures' span


@pytest.fixture(scope="session")
def synth_home(tmp_path_factory: pytest.TempPathFactory, mirror: Path) -> Path:
    """A warehouse of the real FY2015 detainers and official figures plus synthetic DDP arrests and removals
    (built once per run, shared read-only)."""
    return shared_home(tmp_path_factory, "synth_home", lambda home: _build_synth(home, mirror))


def _build_synth(home: Path, mirror: Path) -> None:
    overlay = synth.overlay_mirror(mirror, home.parent / "synth_mirror")
    ddp = overlay / "deportationdata-ice"
    for name in ("arrests-latest.parquet", "removals-latest.csv"):
        (ddp / name).unlink(missing_ok=True)
    ddp_synth.write_arrests(ddp / "arrests-latest.parquet", ARRESTS_ROWS, seed=1, layout="ddp", fmt="parquet",
                            start=FIRST_DAY, end=LAST_DAY)
    # DDP publishes removals as xlsx only (no parquet): a parquet copy would not be a file of the source. CSV is
    # what a user exporting the xlsx would drop in, and the adapter reads it.
    ddp_synth.write_removals(ddp / "removals-latest.csv", REMOVALS_ROWS, seed=2, layout="ddp", fmt="csv",
                             start=FIRST_DAY, end=LAST_DAY)
    # Its rollups are summed from cubes, as a large table's are (the mirror build's tables are summed directly),
    # so test_rollups checks both ways against the full query.
    saved, rollups.CUBE_MIN_ROWS = rollups.CUBE_MIN_ROWS, 0
    try:
        api.build(SYNTH_SOURCES, mirror=overlay, home=home, quiet=True)
    finally:
        rollups.CUBE_MIN_ROWS = saved


@pytest.fixture(scope="session")
def spark_ready() -> None:
    """Spark must run here: without Java the Spark tests fail with the reason (they are never skipped)."""
    if not engine.java_available():
        pytest.fail("Spark parity tests need Java 17 (run .ci/run, which installs openjdk-17-jre-headless)",
                    pytrace=False)
    engine.spark_session()


@pytest.fixture(params=["duckdb", pytest.param("spark", marks=pytest.mark.spark)])
def backend(request: pytest.FixtureRequest) -> str:
    if request.param == "spark":
        request.getfixturevalue("spark_ready")
    return str(request.param)

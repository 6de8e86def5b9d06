"""Shared fixtures: the offline mirror, and the warehouses built from it once per test session.

Each session-wide warehouse (`built_home`, `real_ice_home`, `geo_home`, the metrics' `synth_home`) is built once
for the whole run, even under pytest-xdist: the first worker that needs it builds it under a file lock in the
run's shared temporary folder, and the others wait and reuse it. These homes are read-only: at the end of the
run the controller compares each one with the file list taken right after its build and fails the run if any
test wrote into it. Tests that modify a warehouse build their own in `tmp_path`, or copy one with `home_copy`.

Tests that need one of these full builds (or Spark, or a browser) are marked `slow` here, so that
`make test-fast` (`pytest -m "not slow"`) answers in a minute or two; `make test` runs everything.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from shared_homes import changed_shared_homes, copy_home, shared_home

from ice_ledger import api

REPO = Path(__file__).resolve().parents[1]
# Fixtures that stand for a build of (a large part of) the mirror, a Spark session or a browser: a test that
# uses one is slow whatever it does itself.
# (A test's fixture names include those its fixtures use, so `server` or `example_report` users count too.)
SLOW_FIXTURES = frozenset({"built_home", "real_ice_home", "synth_home", "geo_home", "browser", "spark_ready"})
# Modules whose tests each build a warehouse (mostly through a CLI subprocess, or a module fixture of several
# sources), or pick a shared home by name at run time (request.getfixturevalue, which the rule above cannot see);
# and single tests that take tens of seconds themselves (pytest --durations, docs/benchmarks.md).
SLOW_MODULES = frozenset({
    "tests/test_atomic_build.py", "tests/test_bad_input.py", "tests/test_cli_errors.py", "tests/test_fetch_changes.py",
    "tests/test_policies.py", "tests/test_publish_crash.py", "tests/test_real_ice_bad_input.py",
    "tests/test_row_integrity.py", "tests/metrics/test_rollups.py", "tests/claims/test_example_article.py",
    "tests/warehouse/test_typed_working_set.py",
})
SLOW_TESTS = frozenset({
    "tests/metrics/test_suppression.py::test_no_suppressed_small_cell_is_recoverable",
    "tests/metrics/test_suppression_scaling.py::test_two_way_bridges_match_the_null_space",
})


def mirror_path() -> Path:
    """The offline mirror: $ICE_LEDGER_MIRROR, else ../shared/data beside the repository."""
    return Path(os.environ.get("ICE_LEDGER_MIRROR") or REPO.parent / "shared" / "data").resolve()


@pytest.fixture(scope="session")
def mirror() -> Path:
    path = mirror_path()
    if not (path / "MANIFEST.md").exists():
        pytest.fail(f"the offline mirror is missing at {path} (set ICE_LEDGER_MIRROR)", pytrace=False)
    return path


def pytest_sessionfinish(session: pytest.Session) -> None:
    """On the controller (or a run without xdist): fail the run if a test wrote into a shared home."""
    if os.environ.get("PYTEST_XDIST_WORKER"):
        return
    factory = getattr(session.config, "_tmp_path_factory", None)
    if factory is None:
        return
    problems = changed_shared_homes(factory.getbasetemp())
    if problems:
        reporter = session.config.pluginmanager.get_plugin("terminalreporter")
        for line in problems:
            if reporter is not None:
                reporter.write_line(f"SHARED HOME MODIFIED: {line}", red=True)
        session.exitstatus = pytest.ExitCode.TESTS_FAILED


@pytest.hookimpl(tryfirst=True)  # before `-m "not slow"` deselects
def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Mark slow every test that needs a full mirror build, Spark or a browser (see SLOW_FIXTURES); and put the
    modules in the order the two xdist workers should take them (`make test` runs `--dist loadfile
    --no-loadscope-reorder`: each module on one worker, so its module fixtures and the Spark session are made
    once): the Spark module first (the longest one worker runs), then the other slow modules, and the quick
    ones last, where their small units even out the two workers' finishing times."""
    rank: dict[str, int] = {}
    for item in items:
        module, _, name = item.nodeid.partition("::")
        if (SLOW_FIXTURES.intersection(getattr(item, "fixturenames", ()))
                or any(item.get_closest_marker(m) for m in ("spark", "browser"))
                or module in SLOW_MODULES or f"{module}::{name.split('[')[0]}" in SLOW_TESTS):
            item.add_marker(pytest.mark.slow)
        own = 0 if item.get_closest_marker("spark") else 1 if item.get_closest_marker("slow") else 2
        rank[module] = min(rank.get(module, own), own)
    items.sort(key=lambda item: rank[item.nodeid.partition("::")[0]])  # stable: each module keeps its order


@pytest.fixture()
def home_copy(built_home: Path, tmp_path: Path) -> Path:
    """A writable copy of `built_home`, for a test that changes a warehouse."""
    return copy_home(built_home, tmp_path / "home")


# The real ICE record files (2.7 million rows) have their own home: over them, the small-cell suppression of
# fine breakdowns (fiscal_year x month) takes minutes, which every catalogue-wide test would pay.
REAL_ICE_SOURCES = ["ice_lesa_national_arrests", "ice_lesa_national_removals", "ice_lesa_national_encounters",
                    "ddp_wa_arrests", "uwchr_seattle_arrests", "uwchr_seattle_cap", "uwchr_seattle_removals_bookins",
                    "uwchr_i213_seattle", "uwchr_wa_detainers_joined", "ddp_raw_headers"]


@pytest.fixture(scope="session")
def built_home(tmp_path_factory: pytest.TempPathFactory, mirror: Path) -> Path:
    """A home directory with every source built from the mirror but the real ICE record files (built once per
    run and shared by every worker: read-only)."""
    sources = [s for s in api.source_ids() if s not in REAL_ICE_SOURCES]
    return shared_home(tmp_path_factory, "built_home",
                       lambda home: api.build(sources, mirror=mirror, home=home, quiet=True))


@pytest.fixture(scope="session")
def real_ice_home(tmp_path_factory: pytest.TempPathFactory, mirror: Path) -> Path:
    """The real ICE record files with what they are checked against (official figures) and the AOR crosswalk
    (shared read-only)."""
    sources = ["ice_official_figures", "geo_census_names", "geo_uwchr_county_aor", *REAL_ICE_SOURCES]
    return shared_home(tmp_path_factory, "real_ice_home",
                       lambda home: api.build(sources, mirror=mirror, home=home, quiet=True))


GEO_SOURCES = ["geo_census_names", "geo_uwchr_county_aor", "geo_fbi_agencies", "population_urban",
               "crime_fbi_cius", "crime_kaplan_agencies", "crime_urban_rates"]


@pytest.fixture(scope="session")
def geo_home(tmp_path_factory: pytest.TempPathFactory, mirror: Path) -> Path:
    """A home with only the geography, population and crime sources built (shared read-only)."""
    return shared_home(tmp_path_factory, "geo_home",
                       lambda home: api.build(GEO_SOURCES, mirror=mirror, home=home, quiet=True))


CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]


@pytest.fixture(scope="session")
def browser():  # type: ignore[no-untyped-def]
    """Headless Debian Chromium driven by Playwright (mark tests `@pytest.mark.browser`); fails if missing."""
    if not CHROMIUM.exists():
        pytest.fail(f"browser tests need Debian chromium at {CHROMIUM}: apt-get install -y chromium "
                    "(.ci/run installs it)", pytrace=False)
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        chromium = pw.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        try:
            yield chromium
        finally:
            chromium.close()

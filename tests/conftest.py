"""Shared fixtures: the offline mirror, and one warehouse built from it for the whole session.

Tests that only read the warehouse use `built_home` (built once, read-only by convention). Tests that
modify a warehouse build their own in `tmp_path`.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from ice_ledger import api

REPO = Path(__file__).resolve().parents[1]


def mirror_path() -> Path:
    """The offline mirror: $ICE_LEDGER_MIRROR, else ../shared/data beside the repository."""
    return Path(os.environ.get("ICE_LEDGER_MIRROR") or REPO.parent / "shared" / "data").resolve()


@pytest.fixture(scope="session")
def mirror() -> Path:
    path = mirror_path()
    if not (path / "MANIFEST.md").exists():
        pytest.fail(f"the offline mirror is missing at {path} (set ICE_LEDGER_MIRROR)", pytrace=False)
    return path


# The real ICE record files (2.7 million rows) have their own home: over them, the small-cell suppression of
# fine breakdowns (fiscal_year x month) takes minutes, which every catalogue-wide test would pay.
REAL_ICE_SOURCES = ["ice_lesa_national_arrests", "ice_lesa_national_removals", "ice_lesa_national_encounters",
                    "ddp_wa_arrests", "uwchr_seattle_arrests", "uwchr_seattle_cap", "uwchr_seattle_removals_bookins",
                    "uwchr_i213_seattle", "uwchr_wa_detainers_joined", "ddp_raw_headers"]


@pytest.fixture(scope="session")
def built_home(tmp_path_factory: pytest.TempPathFactory, mirror: Path) -> Path:
    """A home directory with every source built from the mirror but the real ICE record files (shared; do not
    modify)."""
    home = tmp_path_factory.mktemp("home")
    api.build([s for s in api.source_ids() if s not in REAL_ICE_SOURCES], mirror=mirror, home=home, quiet=True)
    return home


@pytest.fixture(scope="session")
def real_ice_home(tmp_path_factory: pytest.TempPathFactory, mirror: Path) -> Path:
    """The real ICE record files with what they are checked against (official figures) and the AOR crosswalk."""
    home = tmp_path_factory.mktemp("real_ice_home")
    api.build(["ice_official_figures", "geo_census_names", "geo_uwchr_county_aor", *REAL_ICE_SOURCES],
              mirror=mirror, home=home, quiet=True)
    return home


GEO_SOURCES = ["geo_census_names", "geo_uwchr_county_aor", "geo_fbi_agencies", "population_urban",
               "crime_fbi_cius", "crime_kaplan_agencies", "crime_urban_rates"]


@pytest.fixture(scope="session")
def geo_home(tmp_path_factory: pytest.TempPathFactory, mirror: Path) -> Path:
    """A home with only the geography, population and crime sources built (shared; do not modify)."""
    home = tmp_path_factory.mktemp("geo_home")
    api.build(GEO_SOURCES, mirror=mirror, home=home, quiet=True)
    return home


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

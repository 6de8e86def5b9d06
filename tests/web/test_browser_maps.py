"""Maps, charts, place pages and accessibility in a real browser (Debian Chromium via Playwright).

axe-core (the npm package, installed by .ci/run into node_modules/) is injected into each page; a page passes
with no serious or critical violation. Screenshots go to the test run's folder (kept as CI artefacts).
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

pytestmark = pytest.mark.browser

REPO = Path(__file__).resolve().parents[2]
AXE = Path(os.environ.get("AXE_CORE_JS") or REPO / "node_modules" / "axe-core" / "axe.min.js")
COUNTY_MARK = 'svg path[aria-label*="status: county on the list"]'


@pytest.fixture(scope="module")
def shots(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.getbasetemp() / "screenshots"
    out.mkdir(exist_ok=True)
    return out


def test_sanctuary_map_switches_definition_and_date(page, shots: Path) -> None:  # type: ignore[no-untyped-def]
    page.goto("/sanctuaries?as_of=2025-06-01")
    fig = page.locator("#policy-map")
    assert fig.locator(COUNTY_MARK).count() >= 385
    assert fig.locator('svg path[aria-label*="status: state on the list"]').count() == 14
    assert page.locator("#unresolved li").count() >= 1
    page.screenshot(path=str(shots / "sanctuaries-dhs-2025.png"), full_page=True)
    page.locator("#map-key").select_option("287g")
    page.locator("#map-form input[name=as_of]").fill("2019-06-30")
    page.locator("#map-form button").click()
    page.wait_for_url("**map=287g**")
    assert "287(g) agreements in force, as of 2019-06-30" in page.locator("#map-title").inner_text()
    drawn = page.locator('#policy-map svg path[aria-label*="status: "]').count()
    assert drawn >= 100 and page.locator(f"#policy-map {COUNTY_MARK}").count() == 0
    assert int(page.locator("#policy-map").get_attribute("data-counties") or 0) + 3 >= drawn
    page.screenshot(path=str(shots / "sanctuaries-287g-2019.png"), full_page=True)


def test_metric_map_and_bars_render(page, shots: Path) -> None:  # type: ignore[no-untyped-def]
    page.goto("/metrics/detainers_declined?by=state")
    fig = page.locator("#metric-figure")
    assert fig.get_attribute("data-kind") == "map"
    assert fig.locator('svg path[aria-label^="count: "]').count() >= 10  # states with a published value
    assert "suppressed" in fig.inner_text()
    page.screenshot(path=str(shots / "metric-state-map.png"), full_page=True)
    page.goto("/metrics/detainers_issued?by=facility")
    assert page.locator("#metric-figure").get_attribute("data-kind") == "top-bars"
    assert page.locator('#metric-figure svg path[aria-roledescription="bar"]').count() == 16
    page.screenshot(path=str(shots / "metric-facility-bars.png"))  # the page holds a 1,600-row table


def test_place_page_draws_locator_crime_and_timeline(page, shots: Path) -> None:  # type: ignore[no-untyped-def]
    page.goto("/places?q=Travis County, TX")
    assert page.locator('#locator svg path[aria-label*="Travis"]').count() == 1
    assert page.locator('#crime-chart svg path[aria-roledescription="point"]').count() >= 6
    assert page.locator('table.enforcement[data-metric="detainers_declined"] tbody tr').count() >= 1
    page.screenshot(path=str(shots / "place-travis.png"), full_page=True)


AXE_PAGES = ["/", "/sources", "/tables/official_figures", "/metrics", "/metrics/detainers_declined?by=state",
             "/metrics/detainers_issued?by=fiscal_year", "/sanctuaries?as_of=2025-06-01",
             "/places?q=Travis County, TX", "/check", "/effects",
             "/effects/287g-crime"]


@pytest.fixture()
def axe_page(browser, server: str):  # type: ignore[no-untyped-def]
    """A page whose context lets the test inject axe-core: the site's CSP (script-src 'self') rightly refuses an
    injected script, so the audit context bypasses it; the pages themselves are served unchanged."""
    context = browser.new_context(base_url=server, viewport={"width": 1280, "height": 900}, bypass_csp=True)
    p = context.new_page()
    p.set_default_timeout(30_000)
    try:
        yield p
    finally:
        context.close()


@pytest.mark.parametrize("path", AXE_PAGES)
def test_no_serious_accessibility_violations(axe_page, path: str) -> None:  # type: ignore[no-untyped-def]
    page = axe_page
    if not AXE.exists():
        pytest.fail(f"axe-core is missing at {AXE}: run `npm install --no-save axe-core@4` in the repository "
                    "(.ci/run does)", pytrace=False)
    page.goto(path)
    page.add_script_tag(path=str(AXE))
    result = page.evaluate("async () => await axe.run(document, {resultTypes: ['violations']})")
    bad = [{"id": v["id"], "impact": v["impact"], "help": v["help"],
            "nodes": [n["target"] for n in v["nodes"][:3]]}
           for v in result["violations"] if v["impact"] in ("serious", "critical")]
    assert not bad, json.dumps(bad, indent=1)

"""The pages in a real browser (Debian Chromium via Playwright) against the real server process."""

from __future__ import annotations

import re

import pytest

pytestmark = pytest.mark.browser


def test_start_page_names_the_build_and_sources(page) -> None:  # type: ignore[no-untyped-def]
    page.goto("/")
    assert page.title().startswith("ice-ledger")
    assert page.locator("h2", has_text="The build").is_visible()
    shas = page.locator("code.sha")
    assert shas.count() > 0 and re.fullmatch(r"[0-9a-f]{64}", shas.first.get_attribute("title") or "")


def test_sources_page_lists_licences(page) -> None:  # type: ignore[no-untyped-def]
    from ice_ledger import api

    page.goto("/sources")
    rows = page.locator("table.data tbody tr")
    assert rows.count() == len(api.source_ids())
    assert page.get_by_text("npr_detainers_fy15", exact=True).is_visible()


def test_table_hides_lineage_then_click_through_to_a_trace(page) -> None:  # type: ignore[no-untyped-def]
    page.goto("/tables/detainers")
    headers = page.locator("#rows thead th").all_inner_texts()
    assert "row_id" in headers and "source_file" not in headers
    page.locator("#toggle-lineage").click()
    assert "source_file" in page.locator("#rows thead th").all_inner_texts()
    link = page.locator("#rows a.trace").first
    row_id = link.inner_text()
    link.click()
    page.wait_for_url(f"**/trace/detainers/{row_id}")
    assert page.locator("#loaded").is_visible() and page.locator("#raw").is_visible()
    assert row_id in page.locator("#loaded").inner_text()


def test_table_filter_form_filters(page) -> None:  # type: ignore[no-untyped-def]
    page.goto("/tables/official_figures")
    page.get_by_label("new filter").fill("fiscal_year=2018")
    page.get_by_role("button", name="Filter").click()
    page.wait_for_url(re.compile(r"where=fiscal_year%3D2018"))
    years = page.locator("#rows tbody td:nth-child(1)")
    assert years.count() > 0
    assert "matching fiscal_year=2018" in page.locator("p.meta").inner_text()


def test_metric_page_draws_a_chart_and_provenance(page) -> None:  # type: ignore[no-untyped-def]
    page.goto("/metrics/detainers_issued")
    assert page.locator("figure.chart svg").count() == 1
    assert page.locator("#values tbody tr").count() > 1
    assert page.locator("#provenance a.trace").count() > 0
    page.locator("#provenance a.trace").first.click()
    page.wait_for_url("**/trace/**")
    assert page.locator("#loaded").is_visible()


def test_screenshots_of_the_main_pages(page, tmp_path_factory) -> None:  # type: ignore[no-untyped-def]
    """One screenshot per main page (for a person to look at); each must render without an error banner."""
    out = tmp_path_factory.mktemp("screenshots")
    requested: list[str] = []
    page.on("request", lambda req: requested.append(req.url))
    for name, path in [("about", "/"), ("sources", "/sources"), ("table", "/tables/detainers"),
                       ("metric", "/metrics/detainers_issued"), ("metrics", "/metrics"), ("places", "/places"),
                       ("sanctuaries", "/sanctuaries"), ("check", "/check"), ("docs", "/docs")]:
        response = page.goto(path)
        assert response is not None and response.status == 200, path
        assert page.locator("p.error").count() == 0, path
        page.screenshot(path=str(out / f"{name}.png"))
        assert (out / f"{name}.png").stat().st_size > 5000
    base = page.url.split("/docs")[0]
    assert requested and all(u.startswith(base) for u in requested), "pages load nothing from other hosts"
    wide = page.evaluate("document.documentElement.scrollWidth")
    assert wide <= 1300, "the page must not be wider than the window (tables scroll inside their box)"


def test_check_highlights_claims_in_a_pasted_article(page) -> None:  # type: ignore[no-untyped-def]
    article = ("ICE removed 256,085 people in fiscal year 2018, the agency said. "
               "Local officials met on Tuesday to discuss the budget.")
    page.goto("/check")
    page.get_by_label("article text").fill(article)
    page.get_by_role("button", name="Check").click()
    page.wait_for_selector("#article")
    marks = page.locator("#article mark.claim")
    assert marks.count() >= 1
    assert "256,085" in marks.first.inner_text()
    card = page.locator(".claim-card").first
    assert card.locator(".verdict").inner_text().strip()
    assert "Local officials" not in marks.all_inner_texts()[0]


def test_check_escapes_pasted_html(page) -> None:  # type: ignore[no-untyped-def]
    page.goto("/check")
    page.get_by_label("article text").fill("<p>ICE made 143,470 arrests in FY2019.</p><img src=x onerror=\"window.pwned=1\">")
    page.get_by_role("button", name="Check").click()
    page.wait_for_selector("#article")
    assert page.evaluate("window.pwned === undefined")
    assert page.locator("#article img").count() == 0


def test_sanctuaries_page_shows_every_definition_side_by_side(page, built_home) -> None:  # type: ignore[no-untyped-def]
    import datetime as dt

    from ice_ledger import policies

    as_of = dt.date(2025, 6, 1)
    expected = set(policies.sanctuary_counts(as_of, home=built_home)["definition_id"])
    assert len(expected) > 1
    page.goto(f"/sanctuaries?as_of={as_of.isoformat()}")
    shown = page.locator("#counts tbody tr.definition-row code").all_inner_texts()
    assert set(shown) == expected
    assert page.locator("#definitions .definition").count() >= len(expected)


def test_place_lookup_shows_a_profile(page) -> None:  # type: ignore[no-untyped-def]
    page.goto("/places")
    page.get_by_label("place").fill("Travis County, TX")
    page.get_by_role("button", name="Look up").click()
    page.wait_for_selector("#place-name")
    assert "Travis" in page.locator("#place-name").inner_text()
    assert "48453" in page.locator("main").inner_text()  # Travis County's FIPS code

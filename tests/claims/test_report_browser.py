"""The HTML report opens in Debian chromium with no network and shows every claim, evidence on demand.

Needs /usr/bin/chromium (apt-get install -y chromium): the test fails loudly when it is missing, never skips.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from ice_ledger.claims.model import Report
from ice_ledger.claims.report import to_html

pytestmark = pytest.mark.browser


def test_report_opens_offline_and_shows_every_claim(example_report_dated: Report, tmp_path: Path,
                                                    browser) -> None:  # type: ignore[no-untyped-def]
    # (the session's one browser: a second sync Playwright in the same worker would clash with its event loop)
    page_file = tmp_path / "report.html"
    page_file.write_text(to_html(example_report_dated), encoding="utf-8")
    requests: list[str] = []
    context = browser.new_context(offline=True)
    try:
        page = context.new_page()
        page.on("request", lambda r: requests.append(r.url))
        errors: list[str] = []
        page.on("pageerror", lambda e: errors.append(str(e)))
        page.goto(page_file.as_uri())
        ids = [c.claim.id for c in example_report_dated.claims]
        assert len(ids) >= 10
        for cid in ids:  # a card and a highlight for every claim
            assert page.locator(f"#card-{cid}").count() == 1
            assert page.locator(f'mark.claim[data-claims~="{cid}"]').count() >= 1
        assert page.evaluate("window.iceLedgerClaims.claims.length") == len(ids)
        # evidence on demand: clicking the 158,581 highlight opens its card's evidence
        target = next(c for c in example_report_dated.claims if "158,581" in c.claim.span.text)
        details = page.locator(f"#card-{target.claim.id} details")
        assert details.get_attribute("open") is None
        page.locator(f'mark.claim[data-claims~="{target.claim.id}"]').first.click()
        assert details.get_attribute("open") is not None
        assert "ice-ledger trace official_figures" in page.locator(f"#card-{target.claim.id}").inner_text()
        assert errors == []
    finally:
        context.close()
    assert all(u.startswith(("file:", "data:", "about:")) for u in requests), requests

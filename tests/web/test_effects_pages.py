"""The policy-effects pages over a real server process: the estimate the page shows is the one the API computes,
with the design's caveats beside it, and a name that is not an application is a 404."""

from __future__ import annotations

from html import unescape
from pathlib import Path

import httpx
import pytest

from ice_ledger import api

pytestmark = pytest.mark.slow


def test_the_effect_page_and_its_json_show_the_ledgers_own_estimate_with_its_caveats(client: httpx.Client,
                                                                                      built_home: Path) -> None:
    listed = client.get("/api/effects").json()
    assert {a["name"] for a in listed} >= {"287g-crime", "detainer-declines"}
    twin = client.get("/api/effects/287g-crime", params={"outcome": "property_crime"})
    assert twin.status_code == 200, twin.text
    expected = api.run_application("287g-crime", outcome="property_crime", home=built_home, bootstrap=0)
    body = twin.json()["result"]
    assert body["att"] == pytest.approx(expected.att, abs=1e-12) and body["se"] == pytest.approx(expected.se)
    assert body["warnings"] == expected.warnings and "wapo_287g_history" in body["description"]
    html = unescape(client.get("/effects/287g-crime", params={"outcome": "property_crime"}).text)
    assert f"{expected.att:.4f}" in html and 'id="caveats"' in html and 'id="effect-figure"' in html
    assert all(w in html for w in expected.warnings)
    assert html.count('id="event-study"') == 1 and html.count("<tr>") > len(expected.event_study)


def test_an_unknown_application_is_a_404_and_a_bad_outcome_a_400(client: httpx.Client) -> None:
    missing = client.get("/api/effects/no-such-application")
    assert missing.status_code == 404 and "287g-crime" in missing.json()["error"]
    bad = client.get("/api/effects/287g-crime", params={"outcome": "parking_tickets"})
    assert bad.status_code == 400 and "violent_crime" in bad.json()["error"]

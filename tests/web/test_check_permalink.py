"""The claim checker page over HTTP (a real server process): frames shown, a permalink that re-checks the same
words, and the report as JSON and standalone HTML downloads."""

from __future__ import annotations

import re

import httpx

ARTICLE = "ICE made 158,581 administrative arrests in fiscal year 2018. DHS listed 20 counties in Minnesota."


def test_a_checked_text_gets_a_permalink_and_downloads(client: httpx.Client) -> None:
    r = client.post("/check", data={"text": ARTICLE, "date": "2025-06-02"})
    assert r.status_code == 200
    assert "what the checker read" in r.text and "FY2018" in r.text  # the frame of the arrests claim
    m = re.search(r'href="/check/([0-9a-f]{16})"', r.text)
    assert m, "no permalink on the page"
    cid = m.group(1)
    again = client.get(f"/check/{cid}")
    assert again.status_code == 200 and "158,581" in again.text and "accurate" in again.text
    doc = client.get(f"/check/{cid}.json")
    assert doc.status_code == 200 and "attachment" in doc.headers["content-disposition"]
    claims = doc.json()["claims"]
    assert any(c["claim"]["frame"]["measure"] == "admin_arrests" and c["verdict"]["label"] == "accurate"
               for c in claims)
    html = client.get(f"/check/{cid}.html")
    assert html.status_code == 200 and "<dl class=\"frame\"" in html.text
    # the same words give the same id: nothing new is stored for a repeat
    r2 = client.post("/check", data={"text": ARTICLE, "date": "2025-06-02"})
    assert f"/check/{cid}" in r2.text


def test_unknown_or_malformed_ids_are_404_pages(client: httpx.Client) -> None:
    for path in ("/check/0123456789abcdef", "/check/..%2F..%2Fetc%2Fpasswd", "/check/0123456789abcdef.exe",
                 "/check/0123456789abcdef.json"):
        r = client.get(path)
        assert r.status_code == 404, path
        assert "Traceback" not in r.text and "/work/" not in r.text and "root:" not in r.text

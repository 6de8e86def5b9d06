"""Place pages and downloads over HTTP from a real server process."""

from __future__ import annotations

import io
import re

import httpx
import pandas as pd

from ice_ledger import metrics


def test_travis_county_page_answers_what_happens_here(client: httpx.Client, built_home) -> None:  # type: ignore[no-untyped-def]
    r = client.get("/places", params={"q": "Travis County, TX"})
    assert r.status_code == 200
    declined = metrics.compute("detainers_declined", by=["fiscal_year"], where=["county=48453"], home=built_home)
    fy15 = int(declined.frame.set_index("fiscal_year").loc[2015, "value"])
    table = re.search(r'<table class="data enforcement" data-metric="detainers_declined" '
                      r'data-scope="county=48453">(.*?)</table>(.*?)</p>', r.text, re.S)
    assert table, "no declined-detainer table for the county"
    assert re.search(rf"FY2015</td><td class=\"num\">{fy15:,}<", table.group(1))
    assert re.search(r'href="/trace/detainers/[0-9a-f]{16}"', table.group(2))  # traceable to rows
    assert 'href="/metrics/detainers_declined?by=fiscal_year&amp;where=county=48453"' in table.group(2)
    statuses = re.search(r'<table class="data" id="list-status">(.*?)</table>', r.text, re.S)
    assert statuses and "dhs_sanctuary_2025_05" in statuses.group(1) and "wapo_287g_2005_2019" in statuses.group(1)
    crime = re.search(r'<figure class="chart small" id="crime-chart">(.*?)</figure>', r.text, re.S)
    assert crime and crime.group(1).count('aria-roledescription="point"') >= 6
    assert re.search(r'<figure class="locator" id="locator"><svg', r.text)
    assert "Nothing in this build" not in r.text


def test_a_county_with_no_placed_jail_says_so(client: httpx.Client) -> None:
    r = client.get("/places", params={"q": "Loving County, TX"})
    assert r.status_code == 200
    assert "No detainer records place a jail in this county." in r.text


def test_metric_downloads_are_exactly_the_suppressed_cells(client: httpx.Client) -> None:
    twin = client.get("/api/metrics/detainers_declined", params={"by": "state"}).json()
    csv = client.get(twin["downloads"]["csv"])
    assert csv.status_code == 200 and csv.headers["content-type"].startswith("text/csv")
    got = pd.read_csv(io.StringIO(csv.text), keep_default_na=False, dtype=str)
    assert len(got) == len(twin["rows"])
    for row, cell in zip(twin["rows"], got.to_dict(orient="records"), strict=True):
        assert cell["suppressed"] == str(row["suppressed"])
        assert cell["value"] == ("" if row["value"] is None else str(row["value"]))  # suppressed: blank, not zero
    parquet = client.get(twin["downloads"]["parquet"])
    frame = pd.read_parquet(io.BytesIO(parquet.content))
    assert list(frame.columns) == ["state", "value", "n_records", "suppressed"]
    assert frame["value"].isna().sum() == twin["suppressed_cells"]


def test_table_page_links_downloads_of_its_rows(client: httpx.Client) -> None:
    page = client.get("/tables/official_figures", params={"where": "fiscal_year=2018", "limit": 5})
    links = [h.replace("&amp;", "&") for h in re.findall(r'class="download" href="([^"]+)"', page.text)]
    assert len(links) == 2
    csv = pd.read_csv(io.StringIO(client.get(links[0]).text))
    twin = client.get("/api/tables/official_figures", params={"where": "fiscal_year=2018", "limit": 5}).json()
    assert list(csv["row_id"]) == [r["row_id"] for r in twin["rows"]]
    assert "source_file" not in csv.columns  # the page hides lineage, so does its download
    full = pd.read_parquet(io.BytesIO(client.get(twin["downloads"]["parquet"]).content))
    assert "source_file" in full.columns and len(full) == 5

"""The HTTP API over a real server process: shapes, status codes, limits and hostile input."""

from __future__ import annotations

import httpx
import pandas as pd
import pytest

from ice_ledger import api


def test_tables_lists_the_warehouse(client: httpx.Client, built_home) -> None:  # type: ignore[no-untyped-def]
    r = client.get("/api/tables")
    assert r.status_code == 200
    assert r.json() == api.tables(built_home)


def test_about_names_the_build_and_every_source_with_sha256(client: httpx.Client) -> None:
    body = client.get("/api/about").json()
    assert body["build"]["build_id"]
    ids = {s["id"] for s in body["sources"]}
    assert set(api.source_ids()) == ids
    fetched = [f for s in body["sources"] for f in s["files"] if f["sha256"]]
    assert fetched and all(len(f["sha256"]) == 64 for f in fetched)
    assert all(s["licence"] for s in body["sources"])


def test_table_page_filters_and_paginates(client: httpx.Client, built_home) -> None:  # type: ignore[no-untyped-def]
    first = client.get("/api/tables/official_figures", params={"limit": 5}).json()
    assert len(first["rows"]) == 5 and first["next_offset"] == 5
    second = client.get("/api/tables/official_figures", params={"limit": 5, "offset": 5}).json()
    assert {r["row_id"] for r in first["rows"]}.isdisjoint(r["row_id"] for r in second["rows"])
    expected = api.table("official_figures", where=["fiscal_year=2018"], limit=None, home=built_home)
    got = client.get("/api/tables/official_figures", params={"where": "fiscal_year=2018", "limit": 1000}).json()
    assert sorted(r["row_id"] for r in got["rows"]) == sorted(expected["row_id"])
    assert got["next_offset"] is None
    assert {"source_id", "source_file", "source_row"} <= set(got["lineage_columns"])


def test_trace_of_a_listed_row_names_its_file_and_row(client: httpx.Client) -> None:
    row = client.get("/api/tables/detainers", params={"limit": 1}).json()["rows"][0]
    t = client.get(f"/api/trace/detainers/{row['row_id']}").json()
    assert t["row_id"] == row["row_id"]
    assert t["source_file"] == row["source_file"] and t["source_row"] == row["source_row"]
    assert t["loaded"]["row_id"] == row["row_id"]
    assert t["raw"], "the raw file is fetched in the test home, so raw cells must be shown"


@pytest.mark.parametrize(("path", "status", "words"), [
    ("/api/tables/no_such_table", 404, "no table 'no_such_table'"),
    ("/api/trace/detainers/0000000000000000", 404, "no row '0000000000000000'"),
    ("/api/trace/no_such_table/abc", 404, "no table"),
    ("/api/metrics/no_such_metric", 404, "no metric 'no_such_metric'"),
    ("/api/metrics/detainers_issued?by=shoe_size", 400, "cannot be broken down by shoe_size"),
    ("/api/metrics/detainers_issued?by=policy_status", 400, "needs a sanctuary definition"),
    ("/api/metrics/detainers_issued?by=policy_status&definition=cis_sanctuary_map", 400, "members not held"),
    ("/api/tables/detainers?where=shoe_size=9", 400, "unknown column 'shoe_size'"),
    ("/api/tables/detainers?where=prepare_date<yesterday", 400, "could not be run"),
    ("/api/tables/detainers?limit=100000000", 422, "limit"),
    ("/api/tables/detainers?limit=-1", 422, "limit"),
    ("/api/tables/detainers?offset=999999999", 422, "offset"),
    ("/api/nothing/here", 404, "no page"),
])
def test_errors_are_json_with_a_message(client: httpx.Client, path: str, status: int, words: str) -> None:
    r = client.get(path)
    assert r.status_code == status, r.text
    assert r.headers["content-type"].startswith("application/json")
    assert words in r.json()["error"]
    assert "Traceback" not in r.text


def test_html_errors_are_friendly_pages(client: httpx.Client) -> None:
    r = client.get("/tables/no_such_table")
    assert r.status_code == 404
    assert r.headers["content-type"].startswith("text/html")
    assert "no table" in r.text and "Traceback" not in r.text


@pytest.mark.parametrize("value", ["'; DROP TABLE detainers; --", "x' OR '1'='1", "\" OR 1=1 --", "%' --"])
def test_sql_in_a_filter_value_is_only_data(client: httpx.Client, built_home, value: str) -> None:  # type: ignore[no-untyped-def]
    before = api.table("detainers", limit=None, columns=["row_id"], home=built_home)
    r = client.get("/api/tables/detainers", params={"where": f"facility_state={value}"})
    assert r.status_code == 200 and r.json()["rows"] == []
    r = client.get("/api/tables/detainers", params={"where": f"facility_state~{value}"})
    assert r.status_code == 200 and r.json()["rows"] == []
    assert len(api.table("detainers", limit=None, columns=["row_id"], home=built_home)) == len(before)


def test_sql_in_a_column_name_is_refused(client: httpx.Client) -> None:
    r = client.get("/api/tables/detainers", params={"where": "row_id;DROP TABLE x=1"})
    assert r.status_code == 400 and "cannot read filter" in r.json()["error"]
    r = client.get('/api/tables/detainers"; DROP TABLE detainers; --')
    assert r.status_code == 404


def test_metric_values_carry_provenance_and_suppression(client: httpx.Client) -> None:
    body = client.get("/api/metrics/detainers_issued", params={"by": "fiscal_year"}).json()
    assert body["by"] == ["fiscal_year"]
    assert body["rows"] and all({"fiscal_year", "value", "n_records", "suppressed"} <= set(r) for r in body["rows"])
    prov = body["provenance"]
    assert prov["sources"] and prov["files"] and prov["query"]
    assert sum(r["n_records"] or 0 for r in body["rows"]) <= prov["n_records"]
    sample = next(iter(prov["sample_row_ids"].values()))[0]
    assert client.get(f"/api/trace/detainers/{sample}").status_code == 200


def test_small_cells_are_suppressed_over_http(client: httpx.Client) -> None:
    from ice_ledger.config import suppression_threshold

    body = client.get("/api/metrics/detainers_issued", params=[("by", "fiscal_year"), ("by", "facility")]).json()
    small = [r for r in body["rows"] if r["suppressed"]]
    assert small, "facility by year has cells below the minimum size in the mirror"
    assert all(r["value"] is None and r["n_records"] is None for r in small)
    shown = [r for r in body["rows"] if not r["suppressed"]]
    assert all(r["n_records"] >= suppression_threshold() for r in shown)
    assert body["suppressed_cells"] == len(small)
    assert any("suppress" in n for n in body["notes"])


def test_metric_by_county_and_policy_status(client: httpx.Client, built_home) -> None:  # type: ignore[no-untyped-def]
    from ice_ledger import metrics

    body = client.get("/api/metrics/detainers_declined",
                      params={"by": ["policy_status"], "definition": "dhs_sanctuary_2025_05"}).json()
    ref = metrics.compute("detainers_declined", by=["policy_status"], definition="dhs_sanctuary_2025_05",
                          home=built_home)
    assert [r["value"] for r in body["rows"]] == [None if pd.isna(v) else int(v) for v in ref.frame["value"]]
    assert any("dhs_sanctuary_2025_05" in f for f in body["provenance"]["filters"])
    rows = client.get("/api/metrics/detainers_declined", params={"by": "county"}).json()["rows"]
    assert {"county", "county_name"} <= set(rows[0]) and rows[-1]["county"] is None
    page = client.get("/metrics/detainers_declined", params={"by": "policy_status",
                                                              "definition": "dhs_sanctuary_2025_05"})
    assert page.status_code == 200 and "location unresolved" in page.text


def test_catalogue_lists_every_metric(client: httpx.Client) -> None:
    from ice_ledger import metrics

    names = [m["name"] for m in client.get("/api/metrics").json()]
    assert names == [m.name for m in metrics.catalogue()]


def test_oversized_body_is_refused_before_it_is_read(client: httpx.Client) -> None:
    r = client.post("/api/check", content=b"x" * (5 * 1024 * 1024 + 1), headers={"content-type": "application/json"})
    assert r.status_code == 413
    assert "too large" in r.json()["error"]


def test_openapi_documents_the_json_api(client: httpx.Client) -> None:
    spec = client.get("/openapi.json").json()
    assert {"/api/tables/{name}", "/api/trace/{table}/{row_id}", "/api/metrics/{name}", "/api/check"} <= set(spec["paths"])
    assert "TableOut" in spec["components"]["schemas"]
    assert not any(p.startswith("/tables") for p in spec["paths"]), "HTML pages stay out of the API schema"


def test_serve_binds_loopback_by_default() -> None:
    import inspect

    from ice_ledger.cli.web import serve

    assert inspect.signature(serve).parameters["host"].default == "127.0.0.1"


def test_check_returns_claims_with_spans_and_verdicts(client: httpx.Client) -> None:
    text = "ICE removed 256,085 people in fiscal year 2018, the agency said."
    body = client.post("/api/check", json={"text": text}).json()
    assert body["available"] is True
    claims = body["report"]["claims"]
    assert claims, body
    span = claims[0]["claim"]["span"]
    assert text[span["start"]:span["end"]] == span["text"]
    assert claims[0]["verdict"]["label"]


@pytest.mark.parametrize(("payload", "status"), [
    ({"text": "ICE arrests rose.", "date": "2999-01-01"}, 400),
    ({"text": "ICE arrests rose.", "date": "yesterday"}, 422),
    ({"date": "2020-01-01"}, 422),
])
def test_check_refuses_bad_input_clearly(client: httpx.Client, payload: dict, status: int) -> None:  # type: ignore[type-arg]
    r = client.post("/api/check", json=payload)
    assert r.status_code == status
    assert r.json()["error"]


def test_place_profile_and_unknown_place(client: httpx.Client) -> None:
    body = client.get("/api/places", params={"q": "Travis County, TX"}).json()
    assert body["available"] and body["profile"]["fips"] == "48453"
    r = client.get("/api/places", params={"q": "Nowhereville Qqq"})
    assert r.status_code == 404 and "Nowhereville" in r.json()["error"]


def test_sanctuaries_match_the_policy_registry(client: httpx.Client, built_home) -> None:  # type: ignore[no-untyped-def]
    import datetime as dt

    from ice_ledger import policies

    body = client.get("/api/sanctuaries", params={"as_of": "2025-06-01"}).json()
    expected = policies.sanctuary_counts(dt.date(2025, 6, 1), home=built_home)
    assert [c["definition_id"] for c in body["counts"]] == list(expected["definition_id"])
    assert [c["total"] for c in body["counts"]] == [None if pd.isna(v) else int(v) for v in expected["total"]]


def test_docs_page_describes_every_api_operation_without_a_cdn(client: httpx.Client) -> None:
    html = client.get("/docs").text
    for path in client.get("/openapi.json").json()["paths"]:
        assert path in html
    assert "<script" not in html and "cdn" not in html.lower()

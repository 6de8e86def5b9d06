"""The example op-ed (early FY2019) end to end on the warehouse built from the mirror."""

from __future__ import annotations

from pathlib import Path

import pytest

from ice_ledger import api
from ice_ledger.claims.model import CheckedClaim, Report
from ice_ledger.claims.report import to_json


def claim(report: Report, words: str) -> CheckedClaim:
    found = [c for c in report.claims if words.lower() in c.claim.span.text.lower()]
    assert found, f"no claim with {words!r}: {[c.claim.span.text for c in report.claims]}"
    return found[0]


def test_arrests_rated_against_fy2018_with_traceable_row(example_report_dated: Report, built_home: Path) -> None:
    c = claim(example_report_dated, "158,581")
    assert c.verdict.label == "accurate"
    assert c.claim.period is not None and c.claim.period.fiscal_year == 2018 and c.claim.period.confidence == "high"
    assert c.claim.measure == "admin_arrests" and c.claim.frame()["period_read_as"] == "FY2018"
    assert c.verdict.evidence_value == 158_581
    assert c.provenance.metric == "admin_arrests" and c.provenance.row_ids
    traced = api.trace("official_figures", c.provenance.row_ids[0], home=built_home)
    assert traced.loaded["fiscal_year"] == 2018 and traced.loaded["value"] == 158_581
    assert c.robustness is not None and c.robustness.checks
    assert "158,581" in c.verdict.explanation and "FY2018" in c.verdict.explanation  # quotable as it stands


def test_without_a_date_last_fiscal_year_is_not_guessed_from_the_figure(example_report: Report) -> None:
    c = claim(example_report, "158,581")
    assert c.verdict.label == "unverifiable"
    assert c.claim.period is None or c.claim.period.fiscal_year is None
    assert any("no article date" in n for n in example_report.notes)


def test_most_were_criminals_shows_each_reading(example_report_dated: Report) -> None:
    c = claim(example_report_dated, "Most of these were criminals")
    values = {d["metric"]: d["value"] for d in c.verdict.definitions}
    assert values["share_arrests_convicted"] == pytest.approx(0.66)
    assert values["share_arrests_convicted_or_pending"] == pytest.approx(0.87)
    # 66% had convictions: "most were criminals" holds even without counting pending charges
    assert c.verdict.label == "accurate"
    assert "66%" in c.verdict.explanation and "87%" in c.verdict.explanation


@pytest.mark.parametrize("which", ["example_report", "example_report_dated"])
def test_sanctuary_count_depends_on_definition(which: str, request: pytest.FixtureRequest) -> None:
    report: Report = request.getfixturevalue(which)
    c = claim(report, "at least 500")
    assert c.verdict.label == "depends_on_definition"
    defs = {d["definition"]: d for d in c.verdict.definitions}
    assert defs["dhs_sanctuary_2025_05"]["cities"] < 500 < defs["dhs_sanctuary_2025_05"]["total"]
    assert defs["ilrc_no_detainer_counties"]["counties"] == 735
    if which == "example_report_dated":  # each list dated against the article
        assert defs["dhs_sanctuary_2025_05"]["existed_at_article_date"] is False
        assert defs["ilrc_no_detainer_counties"]["existed_at_article_date"] is True
        assert "Later:" in c.verdict.explanation


def test_causal_claims_link_to_the_research_registry(example_report_dated: Report) -> None:
    safety = claim(example_report_dated, "contribute to public safety")
    danger = claim(example_report_dated, "sanctuary cities in the United States, and the leadership")
    assert safety.verdict.label == "mixed_research"
    assert danger.verdict.label == "contradicted_by_research"
    for c in (safety, danger):
        ids = {s["study_id"] for s in c.provenance.studies}
        assert "hausman2020" in ids and c.provenance.citations
    reporting = claim(example_report_dated, "discourage immigrants from reporting")
    assert reporting.verdict.label == "supported_by_research"
    assert "jacome2022" in {s["study_id"] for s in reporting.provenance.studies}


def test_json_document_is_versioned_and_complete(example_report: Report) -> None:
    doc = to_json(example_report)
    assert doc["schema_version"] == "2.0"
    assert sum(doc["verdict_counts"].values()) == len(doc["claims"]) >= 10
    first = doc["claims"][0]
    assert {"claim", "verdict", "candidates", "provenance", "robustness"} <= set(first)
    assert {"label", "explanation"} <= set(first["verdict"])

"""The research registry: every study is well-formed, cited, and carries the corrected facts of the reference."""

from __future__ import annotations

from ice_ledger.studies import DIRECTIONS, all_studies, studies, topics


def test_every_study_is_complete_and_cited() -> None:
    rows = all_studies()
    assert len(rows) >= 15
    assert len({s.study_id for s in rows}) == len(rows)
    for s in rows:
        assert s.citation and s.design and s.outcome and s.verification.startswith("VERIFIED"), s.study_id
        assert s.direction in DIRECTIONS
        assert s.cooperation_sign in (-1, 0, 1)


def test_corrected_premises_are_kept() -> None:
    by_id = {s.study_id: s for s in all_studies()}
    assert by_id["hausman2020"].title == "Sanctuary policies reduce deportations without increasing crime"
    assert "Criminology & Public Policy" in by_id["treyger2014"].venue
    assert "4%" in by_id["jacome2022"].estimate  # the published estimate, not the working paper's 10%
    assert "70%" in by_id["theodore2013"].estimate  # not UPI's 77%
    assert by_id["nguyen_gill2016"].design.startswith("qualitative")


def test_topics_filter() -> None:
    sanctuary = studies(topic="sanctuary_crime")
    assert {s.study_id for s in sanctuary} >= {"hausman2020", "wong2017", "martinez_schuldt2019"}
    assert all("sanctuary_crime" in s.topics for s in sanctuary)
    assert "crime_reporting" in topics()

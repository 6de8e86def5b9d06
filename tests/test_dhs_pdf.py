"""The DHS May 2025 sanctuary list parsed from the archived PDF: counts, corrections, and refusal of bad layouts."""

from __future__ import annotations

import csv
import io
from collections import Counter
from pathlib import Path

import pytest

from ice_ledger.errors import SourceFileError
from ice_ledger.sources import dhs_sanctuary_2025 as dhs


@pytest.fixture(scope="module")
def pages(mirror: Path) -> list[str]:
    return dhs.extract_pages(mirror / "dhs-sanctuary-list-2025" / dhs.PDF)


@pytest.fixture(scope="module")
def csv_text(mirror: Path) -> str:
    return (mirror / "dhs-sanctuary-list-2025" / dhs.CSV).read_text(encoding="utf-8")


def test_pdf_parse_counts_by_type(pages: list[str]) -> None:
    parsed = dhs.parse_pages(pages)
    assert len(parsed.entries) == 605
    assert Counter(e.jurisdiction_type for e in parsed.entries) == {"county": 391, "city": 200, "state": 14}
    assert len(parsed.states) == 36 and parsed.states[0] == "Alaska" and parsed.states[-1] == "Wisconsin"
    by_state = Counter(e.state for e in parsed.entries)
    assert (by_state["California"], by_state["Illinois"], by_state["Nebraska"], by_state["Nevada"]) == (112, 104, 10, 1)


def test_kansas_labels_corrected_but_kept(pages: list[str]) -> None:
    kansas = {e.name: e for e in dhs.parse_pages(pages).entries if e.state == "Kansas"}
    assert (kansas["Lawrence"].section_raw, kansas["Lawrence"].jurisdiction_type) == ("County", "city")
    assert (kansas["Douglas County"].section_raw, kansas["Douglas County"].jurisdiction_type) == ("Cities", "county")


def test_page_break_repeat_kept_once(pages: list[str]) -> None:
    parsed = dhs.parse_pages(pages)
    assert sum(e.name == "Nicollet County" and e.state == "Minnesota" for e in parsed.entries) == 1
    assert any("Nicollet County" in n and "page-break" in n for n in parsed.notes)


def test_pdf_agrees_with_derived_csv(pages: list[str], csv_text: str) -> None:
    assert dhs.crosscheck_csv(dhs.parse_pages(pages).entries, csv_text) == []


def test_every_csv_disagreement_is_listed(pages: list[str], csv_text: str) -> None:
    rows = list(csv.DictReader(io.StringIO(csv_text)))
    dropped = rows.pop(10)
    rows[20]["jurisdiction_type"] = "city"  # a county relabelled
    rows.append({"state": "Texas", "section_raw": "Cities", "jurisdiction": "Austin", "jurisdiction_type": "city",
                 "basis": ""})
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=list(rows[0]))
    writer.writeheader()
    writer.writerows(rows)
    diffs = dhs.crosscheck_csv(dhs.parse_pages(pages).entries, out.getvalue())
    assert len(diffs) == 3
    assert any(dropped["jurisdiction"] in d and d.startswith("in PDF, not in CSV") for d in diffs)
    assert any("Austin (Texas)" in d and d.startswith("in CSV, not in PDF") for d in diffs)
    assert any(f"{rows[20]['jurisdiction']} ({rows[20]['state']}): type" in d for d in diffs)


def _doctor(pages: list[str], old: str, new: str, count: int = 1) -> list[str]:
    joined = "\f".join(pages)
    assert joined.count(old) >= count, old
    return joined.replace(old, new, count).split("\f")


def test_missing_heading_is_refused(pages: list[str]) -> None:
    # Kansas's lone "County" heading removed: Lawrence falls into Indiana's block, leaving 35 blocks for 36 states.
    doctored = _doctor(pages, "Monroe County\nCounty\nLawrence", "Monroe County\nLawrence")
    with pytest.raises(SourceFileError, match=r"35 State/County/Cities blocks but 36 state names"):
        dhs.parse_pages(doctored)


def test_out_of_order_headings_are_refused(pages: list[str]) -> None:
    # Swapping Maine's sections makes its Cities heading precede Counties: an extra block appears.
    doctored = _doctor(pages, "Counties\nCumberland County\nHancock County\nCities\nPortland",
                       "Cities\nPortland\nCounties\nCumberland County\nHancock County")
    with pytest.raises(SourceFileError, match="heading is missing or out of order"):
        dhs.parse_pages(doctored)


def test_accordion_out_of_order_is_refused(pages: list[str]) -> None:
    doctored = _doctor(pages, "Alaska\nCalifornia\n", "California\nAlaska\n")
    with pytest.raises(SourceFileError, match="out of alphabetical order"):
        dhs.parse_pages(doctored)


def test_missing_accordion_is_refused(pages: list[str]) -> None:
    doctored = [p.replace("Open all", "").replace("Return to top", "") for p in pages]
    with pytest.raises(SourceFileError, match="accordion of state names is missing"):
        dhs.parse_pages(doctored)


def test_not_the_dhs_page_is_refused() -> None:
    with pytest.raises(SourceFileError, match="no 'Sanctuary Jurisdiction List'"):
        dhs.parse_pages(["some other document\nwith text"])


def test_split_rule_must_give_its_state(pages: list[str]) -> None:
    with pytest.raises(SourceFileError, match="should give Utah"):
        dhs.parse_pages(pages, splits={"Las Vegas City": "Utah"})


def test_latin1_csv_is_read_not_crashed(tmp_path: Path, csv_text: str, pages: list[str]) -> None:
    path = tmp_path / "latin1.csv"
    path.write_bytes(csv_text.replace("Doña Ana County", "Doña Ana County").encode("cp1252"))
    assert b"\xf1" in path.read_bytes()
    assert dhs.crosscheck_csv(dhs.parse_pages(pages).entries, dhs.read_text_any(path)) == []


def test_damaged_pdf_names_the_file(tmp_path: Path) -> None:
    bad = tmp_path / "damaged.pdf"
    bad.write_bytes(b"%PDF-1.4\n this is not really a pdf")
    with pytest.raises(SourceFileError, match=r"damaged\.pdf"):
        dhs.extract_pages(bad)

"""DDP adapters on generated files in the published layouts (ICE Title Case and DDP snake_case; csv/xlsx/parquet).

Files are written by ice_ledger.testing.ddp_synth into a mirror directory at the RemoteFile mirror paths and
built with `api.build(..., mirror=...)`, exactly as a user would drop real DDP files there.
"""

from __future__ import annotations

import csv
from collections.abc import Callable
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from ice_ledger import api
from ice_ledger.sources.ddp import MIRROR_DIR, aor_codes, aor_key, file_name
from ice_ledger.testing import ddp_synth
from ice_ledger.testing.ddp_synth import SynthSummary


def _build(tmp_path: Path, key: str, write: Callable[..., SynthSummary], n: int, layout: str, fmt: str,
           seed: int = 7) -> tuple[Path, SynthSummary]:
    mirror = tmp_path / "mirror"
    summary = write(mirror / MIRROR_DIR / file_name(key, fmt), n, seed=seed, layout=layout, fmt=fmt)
    home = tmp_path / "home"
    api.build([f"ddp_{key}"], mirror=mirror, home=home, quiet=True)
    return home, summary


def _rows(home: Path, sql: str, params: list[object] | None = None) -> list[tuple[object, ...]]:
    with api.connect(home) as con:
        return con.execute(sql, params or []).fetchall()


def _code(aor_name: str) -> str:
    return aor_codes()[aor_key(aor_name)]


CASES = [
    ("arrests", ddp_synth.write_arrests, "criminality", "aor", "ice", "csv", 6_000),
    ("arrests", ddp_synth.write_arrests, "criminality", "aor", "ddp", "csv", 6_000),
    ("arrests", ddp_synth.write_arrests, "criminality", "aor", "ddp", "parquet", 6_000),
    ("arrests", ddp_synth.write_arrests, "criminality", "aor", "ice", "xlsx", 1_500),
    ("detainers", ddp_synth.write_detainers, "criminality", "aor", "ddp", "csv", 4_000),
    ("detainers", ddp_synth.write_detainers, "criminality", "aor", "ice", "parquet", 4_000),
    ("removals", ddp_synth.write_removals, "case_criminality", "aor", "ice", "xlsx", 1_500),
    ("removals", ddp_synth.write_removals, "case_criminality", "aor", "ddp", "csv", 4_000),
]


@pytest.mark.parametrize(("key", "write", "crim_col", "aor_col", "layout", "fmt", "n"), CASES,
                         ids=[f"{c[0]}-{c[4]}-{c[5]}" for c in CASES])
def test_generated_release_loads_with_exact_counts(tmp_path: Path, key: str, write: Callable[..., SynthSummary],
                                                   crim_col: str, aor_col: str, layout: str, fmt: str,
                                                   n: int) -> None:
    home, s = _build(tmp_path, key, write, n, layout, fmt)
    table = "arrests" if key == "arrests" else key
    sid = f"ddp_{key}"
    report = _rows(home, "SELECT sum(rows_read), sum(rows_loaded), sum(rows_quarantined) FROM load_report "
                         "WHERE source_id = ?", [sid])[0]
    assert report == (s.rows, s.rows, 0)
    by_crim = dict(_rows(home, f"SELECT {crim_col}, count(*) FROM {table} GROUP BY 1"))
    assert by_crim == s.by_criminality
    by_aor = dict(_rows(home, f"SELECT {aor_col}, count(*) FROM {table} GROUP BY 1"))
    expected_aor: dict[str, int] = {}
    for name, count in s.by_aor.items():
        expected_aor[_code(name)] = expected_aor.get(_code(name), 0) + count
    assert by_aor == expected_aor
    if layout == "ice":
        exact = _rows(home, f"SELECT count(*) FROM {table} WHERE duplicate_rule = 'exact_copy'")[0][0]
        assert exact == s.exact_duplicates
    else:
        # DDP's copies differ from their originals only in DDP's own flag: our person rule must catch them all
        flagged, missed = _rows(home, f"SELECT count(*) FILTER (WHERE publisher_duplicate_likely), count(*) FILTER "
                                      f"(WHERE publisher_duplicate_likely AND NOT duplicate_likely) FROM {table}")[0]
        assert (flagged, missed) == (s.exact_duplicates, 0)
    redacted = _rows(home, f"SELECT count(*) FROM {table} WHERE redactions LIKE '%birth_year=%' "
                           "AND birth_year IS NULL")[0][0]
    assert redacted == s.redacted["birth_year"]
    if "apprehension_state" in s.missing:
        missing = _rows(home, f"SELECT count(*) FROM {table} WHERE apprehension_state IS NULL")[0][0]
        assert missing == s.missing["apprehension_state"]
    # DDP's NA is missing, never the text 'NA'
    for col in ("citizenship_country", "gender", "unique_identifier", crim_col):
        assert _rows(home, f"SELECT count(*) FROM {table} WHERE {col} = 'NA'")[0][0] == 0


def test_arrest_fiscal_years_span_the_release(tmp_path: Path) -> None:
    home, s = _build(tmp_path, "arrests", ddp_synth.write_arrests, 5_000, "ice", "csv")
    years = dict(_rows(home, "SELECT fiscal_year, count(*) FROM arrests GROUP BY 1"))
    assert set(years) == set(range(2012, 2026)) and sum(years.values()) == s.rows
    # Oct 1 belongs to the next fiscal year
    wrong = _rows(home, "SELECT count(*) FROM arrests WHERE fiscal_year <> year(apprehension_date) + "
                        "CASE WHEN month(apprehension_date) >= 10 THEN 1 ELSE 0 END")[0][0]
    assert wrong == 0


def test_trace_opens_csv_line_and_parquet_record(tmp_path: Path) -> None:
    home, _ = _build(tmp_path / "csv", "arrests", ddp_synth.write_arrests, 2_000, "ddp", "csv")
    row = api.table("arrests", where=["source_row=100"], limit=1, home=home).iloc[0]
    t = api.trace("arrests", str(row["row_id"]), home=home)
    with (tmp_path / "csv" / "mirror" / MIRROR_DIR / "arrests-latest.csv").open(newline="") as fh:
        lines = list(csv.reader(fh))
    assert t.raw == dict(zip(lines[0], lines[99], strict=True))

    home, _ = _build(tmp_path / "pq", "detainers", ddp_synth.write_detainers, 2_000, "ice", "parquet")
    row = api.table("detainers", where=["source_row=1234"], limit=1, home=home).iloc[0]
    t = api.trace("detainers", str(row["row_id"]), home=home)
    record = pq.read_table(tmp_path / "pq" / "mirror" / MIRROR_DIR / "detainers-latest.parquet").slice(1233, 1).to_pylist()[0]
    assert t.raw is not None and t.raw["Unique Identifier"] == record["Unique Identifier"] == row["unique_identifier"]


def test_redaction_markers_become_null_plus_redactions(tmp_path: Path) -> None:
    """A hand-made ICE-layout fixture: each FOIA marker spelling is NULL in the table and kept in `redactions`."""
    path = tmp_path / "mirror" / MIRROR_DIR / "arrests-latest.csv"
    path.parent.mkdir(parents=True)
    rows = [
        ["Apprehension Date", "Apprehension AOR", "Apprehension Criminality", "Birth Year",
         "Apprehension Site Landmark", "Unique Identifier"],
        ["2024-03-01", "St. Paul Area of Responsibility", "1 Convicted Criminal", "(b)(6)", "COUNTY JAIL", "a1"],
        ["2024-03-02", "Seattle Area of Responsibility", "(b)(7)(C)", "1980", "(b)(6), (b)(7)(c)", "a2"],
        ["2024-03-03", "(b)(7)(C)", "3 Other Immigration Violator", "1975", "RESIDENCE", "(b)(6)"],
        ["2024-03-04", "Atlantis Area of Responsibility", "2 Pending Criminal Charges", "1990", "", "a4"],
    ]
    with path.open("w", newline="") as fh:
        csv.writer(fh).writerows(rows)
    home = tmp_path / "home"
    api.build(["ddp_arrests"], mirror=tmp_path / "mirror", home=home, quiet=True)
    got = _rows(home, "SELECT unique_identifier, birth_year, criminality, apprehension_site_landmark, aor, "
                      "apprehension_aor, redactions FROM arrests ORDER BY source_row")
    assert got == [
        ("a1", None, "1 Convicted Criminal", "COUNTY JAIL", "SPM", "St. Paul Area of Responsibility",
         "birth_year=(b)(6)"),
        ("a2", 1980, None, None, "SEA", "Seattle Area of Responsibility",
         "criminality=(b)(7)(C); apprehension_site_landmark=(b)(6), (b)(7)(c)"),
        (None, 1975, "3 Other Immigration Violator", "RESIDENCE", None, None,
         "apprehension_aor=(b)(7)(C); unique_identifier=(b)(6)"),
        ("a4", 1990, "2 Pending Criminal Charges", None, None, "Atlantis Area of Responsibility", None),
    ]
    unmatched = _rows(home, "SELECT value, status FROM qa WHERE check_name = 'aor_names_unmatched'")
    assert unmatched == [("1", "info")]  # the unknown AOR is reported, and its row kept


def test_declared_duplicate_rule_flags_same_person_day_facility(tmp_path: Path) -> None:
    path = tmp_path / "mirror" / MIRROR_DIR / "detainers-latest.csv"
    path.parent.mkdir(parents=True)
    with path.open("w", newline="") as fh:
        csv.writer(fh).writerows([
            ["detainer_prepare_date", "detention_facility", "detainer_lift_reason", "unique_identifier",
             "duplicate_likely"],
            ["2025-02-01", "HARRIS COUNTY JAIL", "NA", "p1", "FALSE"],
            ["2025-02-01", "HARRIS COUNTY JAIL", "Detainer Declined by LEA", "p1", "TRUE"],
            ["2025-02-01", "COOK COUNTY JAIL", "NA", "p1", "FALSE"],
            ["2025-02-02", "HARRIS COUNTY JAIL", "NA", "p1", "FALSE"],
        ])
    home = tmp_path / "home"
    api.build(["ddp_detainers"], mirror=tmp_path / "mirror", home=home, quiet=True)
    got = _rows(home, "SELECT source_row, duplicate_likely, duplicate_rule, publisher_duplicate_likely, lift_reason "
                      "FROM detainers ORDER BY source_row")
    assert got == [
        (2, False, None, False, None),
        (3, True, "same_person_day_facility", True, "Detainer Declined by LEA"),
        (4, False, None, False, None),
        (5, False, None, False, None),
    ]


def test_identical_rows_are_numbered_whether_loaded_or_quarantined(tmp_path: Path) -> None:
    """Identical rows share one content hash: loaded copies are flagged `exact_copy` pointing at the first, and
    identical failing rows are each quarantined under their own row id, none of them taken for a loaded copy."""
    path = tmp_path / "mirror" / MIRROR_DIR / "detainers-latest.csv"
    path.parent.mkdir(parents=True)
    good = ["2025-02-01", "HARRIS COUNTY JAIL", "NA", "p1"]
    placeholder = ["1900-01-01", "COOK COUNTY JAIL", "NA", "q1"]  # a placeholder date: quarantined
    with path.open("w", newline="") as fh:
        csv.writer(fh).writerows([
            ["detainer_prepare_date", "detention_facility", "detainer_lift_reason", "unique_identifier"],
            good, placeholder, good, placeholder, good,
        ])
    home = tmp_path / "home"
    api.build(["ddp_detainers"], mirror=tmp_path / "mirror", home=home, quiet=True)
    loaded = _rows(home, "SELECT source_row, row_id, duplicate_likely, duplicate_rule, duplicate_of "
                         "FROM detainers ORDER BY source_row")
    assert [r[0] for r in loaded] == [2, 4, 6]
    first = str(loaded[0][1])
    assert len(first) == 16 and "-" not in first
    assert loaded == [
        (2, first, False, None, None),
        (4, f"{first}-2", True, "exact_copy", first),
        (6, f"{first}-3", True, "exact_copy", first),
    ]
    held = _rows(home, "SELECT source_row, row_id, reason, column_name FROM quarantine "
                       "WHERE source_id = 'ddp_detainers' ORDER BY source_row")
    failing = str(held[0][1])
    assert failing != first
    assert held == [
        (3, failing, "date_placeholder", "prepare_date"),
        (5, f"{failing}-2", "date_placeholder", "prepare_date"),
    ]
    report = _rows(home, "SELECT rows_read, rows_loaded, rows_quarantined, rows_duplicate FROM load_report "
                         "WHERE source_id = 'ddp_detainers'")
    assert report == [(5, 3, 2, 2)]


def test_aor_table_codes_are_ice_field_offices(mirror: Path) -> None:
    with (mirror / "uwchr-ice-enforce" / "aor_ero_field_office.csv").open(newline="") as fh:
        offices = {r["aor"] for r in csv.DictReader(fh)}
    assert set(aor_codes().values()) <= offices
    assert aor_codes()[aor_key("St. Paul Area of Responsibility")] == "SPM"
    assert aor_codes()[aor_key("  new york city area of responsibility ")] == "NYC"


def test_every_sheet_of_a_multi_sheet_workbook_loads(tmp_path: Path) -> None:
    """ICE's raw releases put one fiscal year per sheet; a notes sheet without the header is passed over."""
    from openpyxl import Workbook

    path = tmp_path / "mirror" / MIRROR_DIR / "detainers-latest.xlsx"
    path.parent.mkdir(parents=True)
    wb = Workbook()
    notes = wb.active
    assert notes is not None
    notes.title = "Notes"
    notes.append(["This workbook lists detainers; see the codebook."])
    header = ["Detainer Prepare Date", "Detention Facility", "Facility AOR", "Detainer Lift Reason", "Unique Identifier"]
    for title, rows in (("FY2024", 3), ("FY2025", 2)):
        ws = wb.create_sheet(title)
        ws.append(["ICE ERO-LESA detainers, " + title])  # a title row above the header
        ws.append(header)
        for i in range(rows):
            ws.append([f"{title[2:]}-03-0{i + 1}", "COOK COUNTY JAIL", "Chicago Area of Responsibility",
                       "Detainer Declined by LEA", f"{title}-{i}"])
    wb.save(path)
    home = tmp_path / "home"
    api.build(["ddp_detainers"], mirror=tmp_path / "mirror", home=home, quiet=True)
    got = _rows(home, "SELECT source_sheet, count(*), min(source_row), max(source_row), min(aor) FROM detainers "
                      "GROUP BY 1 ORDER BY 1")
    assert got == [("FY2024", 3, 3, 5, "CHI"), ("FY2025", 2, 3, 4, "CHI")]
    notes_skipped = _rows(home, "SELECT count(*) FROM build_notes WHERE note LIKE '%sheet ''Notes'' skipped%'")
    assert notes_skipped == [(1,)]


def test_an_html_page_saved_as_csv_is_reported_not_loaded(tmp_path: Path) -> None:
    path = tmp_path / "mirror" / MIRROR_DIR / "encounters-latest.csv"
    path.parent.mkdir(parents=True)
    path.write_text("<!DOCTYPE html><html><body>Deportation Data Project</body></html>\n")
    home = tmp_path / "home"
    api.build(["ddp_encounters"], mirror=tmp_path / "mirror", home=home, quiet=True)
    qa = dict(_rows(home, "SELECT check_name, status FROM qa WHERE source_id = 'ddp_encounters'"))
    assert qa == {"csv_copy_is_html": "info", "release_file_present": "info"}

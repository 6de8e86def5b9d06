"""The Seattle-area ICE workbooks (mirror real_ice/uwchr-ice-enforce-seattle-aor): the CAP workbook that
python-calamine refuses, and the book-in and removal sheets of the UW v. DHS production.

Expected counts are read from the workbooks themselves (rows under each sheet's header, and ICE's own Summary
sheet), not typed in, except where the mirror's README states them.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import load_workbook
from python_calamine import CalamineError, CalamineWorkbook

from ice_ledger import api, metrics
from ice_ledger.errors import SourceFileError
from ice_ledger.sources import get_source
from ice_ledger.sources._workbook import read_any_sheet, read_sheet_openpyxl
from ice_ledger.sources.readers import read_sheet
from ice_ledger.sources.uwchr_seattle_cap import FILE as CAP_FILE
from ice_ledger.sources.uwchr_seattle_cap import SHEETS, sheet_period
from ice_ledger.sources.uwchr_seattle_removals_bookins import FILE as UW_FILE
from ice_ledger.sources.uwchr_seattle_removals_bookins import summary_counts

CAP = "uwchr_seattle_cap"
UW = "uwchr_seattle_removals_bookins"


def _mirror_path(mirror: Path, source: str, name: str) -> Path:
    rel = get_source(source).file(name).mirror_path
    assert rel is not None
    return mirror / rel


def _rows_under_header(path: Path, sheet: str, first_header_cell: str) -> int:
    """Non-empty rows below the header, counted with openpyxl alone (no ice_ledger code)."""
    wb = load_workbook(path, read_only=True, data_only=True)
    ws = wb[sheet]
    ws.reset_dimensions()
    rows = list(ws.iter_rows(values_only=True))
    wb.close()
    h = next(i for i, r in enumerate(rows) if r and r[0] == first_header_cell)
    return sum(1 for r in rows[h + 1:] if any(v not in (None, "") for v in r))


def test_calamine_refuses_the_cap_workbook_and_openpyxl_reads_it(mirror: Path) -> None:
    path = _mirror_path(mirror, CAP, CAP_FILE)
    with pytest.raises(CalamineError, match="column component"):
        CalamineWorkbook.from_path(str(path)).get_sheet_by_name("FY2017 Arrests").to_python()
    with pytest.raises(SourceFileError):  # the shared reader says so, naming the file
        read_sheet(path, "FY2017 Arrests")
    rows, reader = read_any_sheet(path, "FY2017 Arrests", CAP_FILE)
    assert reader == "openpyxl"
    assert rows[5][:2] == ["Event Number", "Area of Responsibility"]  # header under the five banner rows
    with pytest.raises(SourceFileError, match="no sheet named 'FY2016 Arrests'") as err:
        read_sheet_openpyxl(path, "FY2016 Arrests", CAP_FILE)
    assert CAP_FILE in str(err.value)


def test_every_cap_sheet_loads_every_row_traceably(real_ice_home: Path, mirror: Path) -> None:
    path = _mirror_path(mirror, CAP, CAP_FILE)
    with api.connect(real_ice_home) as con:
        loaded = {r[0]: (int(r[1]), int(r[2])) for r in con.execute(
            "SELECT sheet, rows_read, rows_loaded FROM load_report WHERE source_id = ? AND sheet IS NOT NULL",
            [CAP]).fetchall()}
        row = con.execute("SELECT row_id, source_row FROM arrests WHERE source_id = ? AND source_sheet = "
                          "'FY2018 Arrests' ORDER BY source_row LIMIT 1", [CAP]).fetchone()
        redacted = con.execute("SELECT count(*) FROM arrests WHERE source_id = ? AND redactions LIKE "
                               "'birth_date=(b)(6)%'", [CAP]).fetchone()
    for sheet in SHEETS:
        direct = _rows_under_header(path, sheet.name, "Event Number")
        assert loaded[sheet.name] == (direct, direct) == (sheet.expected_rows, sheet.expected_rows)
    assert redacted is not None and redacted[0] == 2_656 + 1_410  # the redaction is kept as a value
    assert row is not None and row[1] == 7  # banner rows 1-5, header row 6
    trace = api.trace("arrests", row[0], home=real_ice_home)
    assert trace.source_sheet == "FY2018 Arrests" and trace.raw is not None
    assert trace.raw["Arrest Method"] == trace.loaded["apprehension_method"]
    assert trace.raw["Date of Birth"] == "(b)(6),(b)(7)(c )"


def test_cap_rows_pair_with_the_national_release_so_nothing_doubles(real_ice_home: Path) -> None:
    with api.connect(real_ice_home) as con:
        unpaired = dict(con.execute(
            "SELECT t, count(*) FROM (SELECT 'arrests' t FROM arrests WHERE source_id = ? AND NOT duplicate_likely "
            "UNION ALL SELECT 'removals' FROM removals WHERE source_id = ? AND NOT duplicate_likely "
            "UNION ALL SELECT 'encounters FY' || fiscal_year FROM encounters WHERE source_id = ? "
            "AND NOT duplicate_likely) GROUP BY 1", [CAP, CAP, CAP]).fetchall())
        pointed = con.execute(
            "SELECT count(*) FROM removals c JOIN removals n ON c.duplicate_of = n.row_id "
            "WHERE c.source_id = ? AND n.source_id = 'ice_lesa_national_removals' AND n.aor = 'SEA' "
            "AND n.fiscal_year = c.fiscal_year", [CAP]).fetchone()
    # every CAP arrest and removal is in the national files; FY2018 national encounters are not in the mirror
    assert unpaired == {"encounters FY2018": 7_829}
    assert pointed is not None and pointed[0] == 1_917 + 1_267
    cmp = metrics.compare_sources("removals_total", home=real_ice_home).set_index("fiscal_year")
    assert int(cmp.loc[2017, "difference"]) == 0 and int(cmp.loc[2018, "difference"]) == 0


def test_cap_sheet_year_must_match_its_title() -> None:
    fy, period = sheet_period("FY2018 Arrests", "FY2018 YTD ERO Administrative Arrests ... through 04/27/2018", "row 5")
    assert fy == 2018 and str(period[1]) == "2018-04-27"
    with pytest.raises(SourceFileError, match="named for FY2017 but its title says") as err:
        sheet_period("FY2017 Arrests", "FY2018 ERO Administrative Arrests", "sheet 'FY2017 Arrests', row 5")
    assert "sheet 'FY2017 Arrests'" in str(err.value)


def test_book_ins_equal_ice_summary_sheet_and_removals_pair_with_national(real_ice_home: Path, mirror: Path) -> None:
    path = _mirror_path(mirror, UW, UW_FILE)
    _, summary_rows = read_sheet(path, "Summary")
    summary = summary_counts(summary_rows)
    with api.connect(real_ice_home) as con:
        book_ins = dict(con.execute("SELECT fiscal_year, count(*) FROM detention_stints WHERE source_id = ? "
                                    "GROUP BY 1", [UW]).fetchall())
        removals = con.execute(
            "SELECT count(*), count(*) FILTER (WHERE duplicate_likely), "
            "count(*) FILTER (WHERE departed_date >= DATE '2015-10-01'), "
            "count(*) FILTER (WHERE departed_date >= DATE '2015-10-01' AND duplicate_likely) "
            "FROM removals WHERE source_id = ?", [UW]).fetchone()
    assert {int(k): int(v) for k, v in book_ins.items()} == summary["Book Ins"]
    assert sum(summary["Book Ins"].values()) == 36_811
    assert removals is not None
    total, flagged, recent, recent_flagged = (int(v) for v in removals)
    assert total == _rows_under_header(path, "Expedited Removals", "Departed Date") + _rows_under_header(
        path, "Other Removals", "Departed Date")
    assert recent == recent_flagged  # every FY2016-FY2019 departure is in the national files (13,335)
    assert flagged >= recent_flagged
    cmp = metrics.compare_sources("removals_total", home=real_ice_home).set_index("fiscal_year")
    assert cmp.loc[2013, "coverage"].startswith("regional records only")
    for fy in (2016, 2017, 2018):
        assert int(cmp.loc[fy, "difference"]) == 0


def test_joined_washington_file_loads_only_field_names_and_values(real_ice_home: Path, mirror: Path) -> None:
    import pandas as pd

    raw = pd.read_csv(mirror / "real_ice/uwchr-deport-data-proj-wa-joined/joined_df_wa.csv", dtype=str,
                      keep_default_na=False)
    with api.connect(real_ice_home) as con:
        headers = con.execute("SELECT count(DISTINCT raw_header) FROM release_field_values").fetchone()
        crim = dict(con.execute(
            "SELECT value, combination_rows FROM release_field_values "
            "WHERE raw_header = 'detainer_prepared_criminality.detainer'").fetchall())
        redacted = con.execute("SELECT count(*) FROM release_field_values WHERE raw_header = 'eid_case_id.detainer' "
                               "AND value IS NULL AND redactions LIKE 'value=(b)(6)%'").fetchone()
        tables = {r[0] for r in con.execute("SELECT view_name FROM duckdb_views()").fetchall()}
        as_records = [con.execute(f"SELECT count(*) FROM {t} WHERE source_id = 'uwchr_wa_detainers_joined'"
                                  ).fetchone() for t in ("detainers", "arrests", "encounters") if t in tables]
    assert headers is not None and headers[0] == raw.shape[1] == 146
    assert crim == raw["detainer_prepared_criminality.detainer"].value_counts().to_dict()
    assert redacted == (1,)
    assert all(r == (0,) for r in as_records)  # combinations are never loaded as detainers or arrests
    assert "not unique detainers" in " ".join(get_source("uwchr_wa_detainers_joined").description.split())


def test_i213_forms_are_their_own_table_and_not_arrests(real_ice_home: Path, mirror: Path) -> None:
    import gzip

    path = mirror / "real_ice/uwchr-i213-seattle/sea-i213s-2026-02-13.csv.gz"
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        import csv

        lines = sum(1 for _ in csv.reader(fh, delimiter="|")) - 1
    with api.connect(real_ice_home) as con:
        n = con.execute("SELECT count(*), count(doc_completion_date), min(doc_completion_date) FROM i213_forms"
                        ).fetchone()
        arrests = con.execute("SELECT count(*) FROM arrests WHERE source_id = 'uwchr_i213_seattle'").fetchone()
        row = con.execute("SELECT row_id FROM i213_forms ORDER BY source_row LIMIT 1").fetchone()
    assert n is not None and n[0] == n[1] == lines == 10_962 and str(n[2]) == "2021-12-01"
    assert arrests == (0,)
    assert row is not None
    trace = api.trace("i213_forms", row[0], home=real_ice_home)
    assert trace.source_row == 2 and trace.raw is not None
    assert trace.raw["apprehension_method_descr"] == trace.loaded["apprehension_method"]


def test_ddp_header_catalogue_lists_every_raw_file(real_ice_home: Path, mirror: Path) -> None:
    import pyarrow.feather as feather

    flags = feather.read_table(str(mirror / "real_ice/ddp-raw-column-catalog/col_names_by_table.feather"))
    with api.connect(real_ice_home) as con:
        files = con.execute("SELECT count(DISTINCT source_row), count(*), count(is_blank_or_redacted) "
                            "FROM raw_file_headers").fetchone()
        listed = con.execute("SELECT value FROM qa WHERE source_id = 'ddp_raw_headers' "
                             "AND check_name = 'files_in_catalogue'").fetchone()
        npr = [r[0] for r in con.execute(
            "SELECT column_name FROM raw_file_headers WHERE file_name = 'detainersfy12_raw.csv' ORDER BY position"
        ).fetchall()]
    assert listed is not None and int(listed[0]) == 239  # 239 files listed, 229 of them with headers
    assert files is not None and files[0] == len(set(flags.column("id").to_pylist())) == 229
    assert files[2] == flags.num_rows  # every header the feather file checks is matched to its file
    assert npr[:3] == ["Prepare Date", "Active Yes No", "Detainer Lift Reason"]

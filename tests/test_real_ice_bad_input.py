"""Bad input for the national ICE record files: banners of any length, a repeated header, trailing spaces and NA,
a truncated .gz, a year that does not match the name, an empty file, and a complete year that stops matching
ICE's published total. Each case gets a clear message naming the file and line, or quarantine rows with their
reason; a failed build leaves the last good warehouse in place.

The small cases are the first records of the real files (banner and header as published), rewritten; the
arrest source is built alone, so the tiny files are not reconciled (official_figures is not in those builds).
"""

from __future__ import annotations

import gzip
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from ice_ledger import api
from ice_ledger.errors import ReconciliationError, SourceFileError
from ice_ledger.sources.ice_lesa_national import ARRESTS, MIRROR_DIR, file_name

SOURCE = "ice_lesa_national_arrests"
RECORDS = 30  # records kept from each real file
YEARS = ARRESTS.years


def real_lines(mirror: Path, fy: int, records: int = RECORDS) -> list[str]:
    """Banner, header and the first records of a real arrest file, as published (with line ends)."""
    with gzip.open(mirror / MIRROR_DIR / file_name(ARRESTS, fy), "rt", encoding="utf-8", newline="") as fh:
        return [line for _, line in zip(range(6 + records), fh, strict=False)]


def make_mirror(tmp: Path, mirror: Path, changed: dict[int, list[str] | bytes]) -> Path:
    """A mirror holding the four arrest files: the changed ones as given, the others cut to RECORDS records."""
    root = tmp / "mirror"
    folder = root / MIRROR_DIR
    folder.mkdir(parents=True, exist_ok=True)
    for fy in YEARS:
        content = changed.get(fy, real_lines(mirror, fy))
        data = content if isinstance(content, bytes) else gzip.compress("".join(content).encode("utf-8"))
        (folder / file_name(ARRESTS, fy)).write_bytes(data)
    return root


def build(root: Path, home: Path) -> None:
    api.build([SOURCE], mirror=root, home=home, quiet=True)


def one(home: Path, sql: str) -> tuple:  # type: ignore[type-arg]
    with api.connect(home) as con:
        row = con.execute(sql).fetchone()
    assert row is not None
    return row


EXTRA_BANNER = ['"Released to UWCHR"||||||||\n', '||||||||\n', '"Second note"||||||||\n', '||||||||\n']


@pytest.fixture(scope="module")
def perturbed(tmp_path_factory: pytest.TempPathFactory, mirror: Path) -> Path:
    """One build of four rewritten files (one build, several cases: each build costs seconds).

    FY2016: no banner at all (the header is line 1; the year comes from the name). FY2017: nine banner lines.
    FY2018: the header repeated as line 17, and three records dated in FY2017. FY2019: trailing spaces, NA.
    """
    tmp = tmp_path_factory.mktemp("bad_national")
    fy16 = real_lines(mirror, 2016)[5:]
    fy17 = EXTRA_BANNER + real_lines(mirror, 2017)
    fy18 = real_lines(mirror, 2018)
    for i in (20, 21, 22):
        cells = fy18[i].split("|")
        cells[1] = "9/30/2017"  # FY2017, in the FY2018 file
        fy18[i] = "|".join(cells)
    fy18.insert(16, fy18[5])  # the header again, as line 17
    fy19 = real_lines(mirror, 2019)
    fy19[6] = fy19[6].replace('"Male"', '"Male   "').replace('"Female"', '"Female   "')
    cells = fy19[7].rstrip("\n").split("|")
    cells[4] = '"NA"'  # Operation
    cells[3] = '"NA "'  # Apprehension Landmark, with a trailing space
    fy19[7] = "|".join(cells) + "\n"
    home = tmp / "home"
    build(make_mirror(tmp, mirror, {2016: fy16, 2017: fy17, 2018: fy18, 2019: fy19}), home)
    return home


def test_banners_of_any_length_and_no_banner(perturbed: Path, mirror: Path) -> None:
    loaded = one(perturbed, f"SELECT count(*) FROM arrests WHERE source_id = '{SOURCE}'")[0]
    assert loaded == RECORDS * len(YEARS) - 3  # three out-of-year records quarantined (below)
    first = one(perturbed, "SELECT source_row, row_id FROM arrests WHERE source_file = "
                           f"'{file_name(ARRESTS, 2017)}' ORDER BY source_row LIMIT 1")
    assert first[0] == 11  # nine banner lines, the header on line 10
    trace = api.trace("arrests", first[1], home=perturbed)
    expected = real_lines(mirror, 2017)[6].split("|")[0].strip('"')
    assert trace.raw is not None and trace.raw["Area of Responsibility"] == expected
    assert one(perturbed, f"SELECT min(source_row) FROM arrests WHERE source_file = '{file_name(ARRESTS, 2016)}'") == (2,)


def test_header_repeated_mid_file_is_quarantined_and_named(perturbed: Path) -> None:
    q = one(perturbed, "SELECT source_row, reason, raw_value FROM quarantine WHERE source_file = "
                       f"'{file_name(ARRESTS, 2018)}' AND reason = 'date_unparseable'")
    assert q == (17, "date_unparseable", "Apprehension Date")
    note = one(perturbed, "SELECT note FROM build_notes WHERE note LIKE '%header is repeated%'")[0]
    assert file_name(ARRESTS, 2018) in note and "17" in note


def test_records_outside_the_files_year_are_quarantined(perturbed: Path) -> None:
    got = one(perturbed, "SELECT count(*), min(column_name), min(raw_value) FROM quarantine "
                         f"WHERE source_file = '{file_name(ARRESTS, 2018)}' AND reason = 'date_out_of_range'")
    assert got == (3, "apprehension_date", "9/30/2017")
    report = one(perturbed, "SELECT rows_read, rows_loaded, rows_quarantined FROM load_report "
                            f"WHERE file = '{file_name(ARRESTS, 2018)}' AND table_name = 'arrests'")
    assert report == (RECORDS + 1, RECORDS - 3, 4)  # every line accounted for


def test_trailing_spaces_and_na_are_trimmed_and_missing(perturbed: Path) -> None:
    name = file_name(ARRESTS, 2019)
    assert one(perturbed, f"SELECT gender FROM arrests WHERE source_file = '{name}' AND source_row = 7")[0] in {
        "Male", "Female"}
    row = one(perturbed, "SELECT operation, apprehension_site_landmark, redactions FROM arrests "
                         f"WHERE source_file = '{name}' AND source_row = 8")
    assert row[0] is None and row[1] is None
    assert "birth_date=(B)(6);(B)(7)(C)" in row[2]  # the redaction is kept as a value, not a blank


def test_title_year_that_contradicts_the_name_is_named_with_its_line(tmp_path: Path, mirror: Path) -> None:
    lines = real_lines(mirror, 2017)
    lines[4] = lines[4].replace("FY2017", "FY2016")
    with pytest.raises(SourceFileError, match=r"EROArrests_FY2017\.csv\.gz \(line 5\).*FY2017.*FY2016"):
        build(make_mirror(tmp_path, mirror, {2017: lines}), tmp_path / "home")


@pytest.mark.parametrize(("content", "needle"), [(b"", "empty (0 bytes)"), (gzip.compress(b"", mtime=0), "holds no text")],
                         ids=["empty-file", "empty-gzip"])
def test_empty_file_stops_with_the_file(tmp_path: Path, mirror: Path, content: bytes, needle: str) -> None:
    with pytest.raises(SourceFileError, match=rf"EROArrests_FY2019\.csv\.gz.*{re.escape(needle)}"):
        build(make_mirror(tmp_path, mirror, {2019: content}), tmp_path / "home")


def test_a_complete_year_that_stops_matching_fails_the_build(tmp_path: Path, mirror: Path) -> None:
    """The real files, one FY2016 record short: the reconciliation check stops the build."""
    home = tmp_path / "home"
    api.build(["ice_official_figures"], mirror=mirror, home=home, quiet=True)
    before = (home / "warehouse" / "current").resolve()
    root = tmp_path / "mirror"
    (root / MIRROR_DIR).mkdir(parents=True)
    for fy in YEARS:
        (root / MIRROR_DIR / file_name(ARRESTS, fy)).symlink_to(mirror / MIRROR_DIR / file_name(ARRESTS, fy))
    short = gzip.decompress((mirror / MIRROR_DIR / file_name(ARRESTS, 2016)).read_bytes())
    short = short[: short.rstrip(b"\n").rfind(b"\n") + 1]  # the last record removed
    target = root / MIRROR_DIR / file_name(ARRESTS, 2016)
    target.unlink()
    target.write_bytes(gzip.compress(short, compresslevel=1))
    with pytest.raises(ReconciliationError, match=r"FY2016: 110,103 records, 110,104 published \(-1\)"):
        api.build([SOURCE], mirror=root, home=home, quiet=True)
    assert (home / "warehouse" / "current").resolve() == before


def test_truncated_gz_stops_with_the_file_and_keeps_the_last_good_warehouse(
        perturbed: Path, tmp_path: Path, mirror: Path) -> None:
    """Last in the file: it replaces the shared home's raw FY2016 copy (its warehouse must not change)."""
    home = perturbed
    before = (home / "warehouse" / "current").resolve()
    whole = (mirror / MIRROR_DIR / file_name(ARRESTS, 2016)).read_bytes()
    bad = make_mirror(tmp_path / "bad", mirror, {2016: whole[: len(whole) // 3]})
    (home / "raw" / SOURCE / file_name(ARRESTS, 2016)).unlink()  # else the good copy of that name is reused
    env = {**os.environ, "COLUMNS": "200", "NO_COLOR": "1"}
    proc = subprocess.run([sys.executable, "-m", "ice_ledger", "build", SOURCE, "--mirror", str(bad),
                           "--home", str(home), "-q"], capture_output=True, text=True, env=env, timeout=600)
    assert proc.returncode == 1 and "Traceback" not in proc.stderr
    # the files that differ from the accepted copies are announced first (issue 17); the error is one line
    message = [x for x in proc.stderr.splitlines() if x.strip() and "changed in the mirror" not in x]
    assert len(message) == 1 and file_name(ARRESTS, 2016) in message[0], proc.stderr
    assert "gzip" in message[0].lower() or "decompress" in message[0].lower()
    assert (home / "warehouse" / "current").resolve() == before

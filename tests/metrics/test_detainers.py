"""detainers_declined on the mirror: the FY2015 figure against a direct count of the source rows."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import duckdb
from python_calamine import CalamineWorkbook

from ice_ledger import api, metrics
from ice_ledger.sources.npr_detainers_fy15 import DECLINED, FILE

REPO = Path(__file__).resolve().parents[2]


def _raw_declined(mirror: Path) -> int:
    """Count 'Detainer Declined by LEA' cells in the FY15 workbook itself, without the pipeline."""
    wb = CalamineWorkbook.from_path(str(mirror / "npr-sanctuary-cities" / FILE))
    rows = wb.get_sheet_by_name("FOIA 15-06333 Detail").to_python()
    col = next(i for i, h in enumerate(rows[0]) if str(h).strip() == "Detainer Lift Reason")
    return sum(1 for r in rows[1:] if str(r[col]).strip() == DECLINED)


def _other_sources_fy2015(home: Path) -> int:
    """Declined rows that other sources (the Pennsylvania file ...) add to FY2015, counted in plain SQL."""
    with api.connect(home) as con:
        row = con.execute(
            "SELECT count(*) FROM detainers WHERE source_id <> 'npr_detainers_fy15' AND lift_reason = ? "
            "AND prepare_date BETWEEN DATE '2014-10-01' AND DATE '2015-09-30' AND duplicate_likely IS NOT TRUE",
            [DECLINED]).fetchone()
    assert row is not None
    return int(row[0])


def test_fy2015_declined_equals_direct_count(built_home: Path, mirror: Path) -> None:
    raw = _raw_declined(mirror)
    assert raw == 5_501  # NPR's published figure for the FY15 file
    result = metrics.compute("detainers_declined", by=["fiscal_year"], home=built_home)
    fy = result.frame.set_index("fiscal_year")
    assert int(fy.loc[2015, "value"]) == raw + _other_sources_fy2015(built_home)
    by_source = metrics.compute("detainers_declined", by=["fiscal_year", "source"], home=built_home).frame
    npr = by_source[(by_source.fiscal_year == 2015) & (by_source.source == "npr_detainers_fy15")]
    assert int(npr["value"].iloc[0]) == raw


def test_provenance_names_files_and_traceable_rows(built_home: Path) -> None:
    result = metrics.compute("detainers_declined", by=["fiscal_year"], where=["fiscal_year=2015"], home=built_home)
    prov = result.provenance
    assert "npr_detainers_fy15" in prov.sources
    assert FILE in prov.files
    assert any("15-87693" in r for r in prov.releases)
    assert prov.n_records == int(result.frame["value"].sum())
    assert "fiscal_year" in prov.query and "Detainer Declined by LEA" in prov.query
    ids = prov.sample_row_ids["detainers"]
    assert ids
    for row_id in ids[:2]:
        t = api.trace("detainers", row_id, home=built_home)
        assert t.loaded["lift_reason"] == DECLINED and t.loaded["fiscal_year"] == 2015


def test_share_declined_matches_counts(built_home: Path) -> None:
    share = metrics.compute("share_detainers_declined", by=["fiscal_year"], home=built_home).frame
    issued = metrics.compute("detainers_issued", by=["fiscal_year"], home=built_home).frame
    declined = metrics.compute("detainers_declined", by=["fiscal_year"], home=built_home).frame
    row = share.set_index("fiscal_year").loc[2015]
    assert int(row["denominator"]) == int(issued.set_index("fiscal_year").loc[2015, "value"])
    assert int(row["numerator"]) == int(declined.set_index("fiscal_year").loc[2015, "value"])
    assert abs(float(row["value"]) - int(row["numerator"]) / int(row["denominator"])) < 1e-12


def test_where_filters_like_table(built_home: Path) -> None:
    pa = metrics.compute("detainers_declined", by=["fiscal_year"], where=["state=PENNSYLVANIA"], home=built_home,
                         suppress=False).frame
    with duckdb.connect(str(built_home / "warehouse" / "current" / "ledger.duckdb"), read_only=True) as con:
        direct = dict(con.execute(
            "SELECT fiscal_year, count(*) FROM detainers WHERE facility_state = 'PENNSYLVANIA' AND lift_reason = ? "
            "AND duplicate_likely IS NOT TRUE GROUP BY 1", [DECLINED]).fetchall())
    assert {int(k): int(v) for k, v in zip(pa.fiscal_year, pa.value, strict=True)} == direct


def _cli(*args: str, home: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "ICE_LEDGER_HOME": str(home), "COLUMNS": "200"}
    return subprocess.run([sys.executable, "-m", "ice_ledger", *args], capture_output=True, text=True, env=env,
                          cwd=REPO, check=False)


def test_cli_prints_fy2015_with_provenance(built_home: Path) -> None:
    out = _cli("metric", "detainers_declined", "--by", "fiscal_year", "--explain", home=built_home)
    assert out.returncode == 0, out.stderr
    fy2015 = next(line for line in out.stdout.splitlines() if "2015" in line and ("│" in line or "\t" in line))
    value = int(metrics.compute("detainers_declined", by=["fiscal_year"], home=built_home)
                .frame.set_index("fiscal_year").loc[2015, "value"])
    assert f"{value:,}" in fy2015 or str(value) in fy2015
    assert FILE in out.stdout and "npr_detainers_fy15" in out.stdout
    assert "ice-ledger trace detainers" in out.stdout
    js = json.loads(_cli("metric", "detainers_declined", "--by", "fiscal_year", "--format", "json",
                         home=built_home).stdout)
    assert js["provenance"]["files"] and js["metric"]["name"] == "detainers_declined"


def test_cli_unknown_metric_is_one_line(built_home: Path) -> None:
    out = _cli("metric", "detainers_declind", home=built_home)
    assert out.returncode == 1
    assert "did you mean detainers_declined" in out.stderr and "Traceback" not in out.stderr
    out = _cli("metric", "detainers_declined", "--by", "zip_code", home=built_home)
    assert out.returncode == 1 and "breakdowns:" in out.stderr

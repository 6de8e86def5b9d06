"""The issue-2 sources built from the offline mirror: rows accounted for, known totals, lineage, QA."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from typer.testing import CliRunner

from ice_ledger import api
from ice_ledger.cli import app
from ice_ledger.sources.base import package_file

DECLINED = "Detainer Declined by LEA"


def _data_rows(path: Path) -> int:
    """Data rows of a CSV counted with the csv module (independently of DuckDB's reader)."""
    with path.open(newline="", encoding="utf-8") as fh:
        return sum(1 for _ in csv.reader(fh)) - 1


def _one(home: Path, sql: str, params: list[object] | None = None) -> object:
    with api.connect(home) as con:
        row = con.execute(sql, params or []).fetchone()
    assert row is not None
    return row[0]


def _accounted(home: Path, source_id: str, file: str) -> tuple[int, int]:
    with api.connect(home) as con:
        row = con.execute(
            "SELECT sum(rows_loaded), sum(rows_quarantined) FROM load_report WHERE source_id = ? AND file = ?",
            [source_id, file],
        ).fetchone()
    assert row is not None and row[0] is not None, f"{source_id}/{file} not in the load report"
    return int(row[0]), int(row[1])


def _qa_failures(home: Path, source_id: str) -> list[tuple[object, ...]]:
    with api.connect(home) as con:
        return con.execute("SELECT * FROM qa WHERE source_id = ? AND status = 'fail'", [source_id]).fetchall()


def _cli(home: Path, *args: str) -> str:
    result = CliRunner().invoke(app, [*args, "--home", str(home)], env={"COLUMNS": "250"})
    assert result.exit_code == 0, result.output
    return result.output


# --- ice_official_figures ------------------------------------------------------------------------------------

def test_official_figures_loads_every_hand_row_with_a_citation(built_home: Path) -> None:
    hand = package_file("hand", "ice_official_figures.csv")
    loaded, quarantined = _accounted(built_home, "ice_official_figures", "ice_official_figures.csv")
    assert (loaded, quarantined) == (_data_rows(hand), 0)
    df = api.table("official_figures", limit=None, home=built_home)
    assert df["citation_url"].str.match(r"https?://").all()
    assert df["quote"].str.len().gt(5).all() and df["definition"].str.len().gt(10).all()
    assert set(df["verification"]) <= {"VERIFIED", "VERIFIED_SECONDHAND", "DERIVED", "UNVERIFIED"}
    assert not df.duplicated(["fiscal_year", "metric"]).any()
    shares = df[df["unit"] == "share"]
    assert shares["value"].between(0, 1).all() and shares["metric"].str.startswith("share_").all()
    # FY2013-FY2024 from ICE's reports, plus two context figures they restate (FY2011 share, FY2012 removals)
    assert set(df["fiscal_year"]) == set(range(2011, 2025))
    assert not _qa_failures(built_home, "ice_official_figures")


def test_fy2018_administrative_arrests_shown_with_citation(built_home: Path) -> None:
    out = _cli(built_home, "table", "official_figures", "--where", "fiscal_year=2018", "--where", "metric=admin_arrests",
               "--columns", "fiscal_year,metric,value,citation_url,verification")
    assert ("158,581" in out or "\t158581\t" in out) and "2018-ICE-Removals-Report.txt" in out and "VERIFIED" in out


def test_fy2017_92_percent_keeps_ices_broad_definition(built_home: Path) -> None:
    df = api.table("official_figures", where=["fiscal_year=2017"], limit=None, home=built_home).set_index("metric")
    assert df.loc["share_arrests_criminal_broad", "value"] == pytest.approx(0.92)
    assert "fugitives" in df.loc["share_arrests_criminal_broad", "definition"]
    assert df.loc["share_arrests_convicted", "value"] == pytest.approx(0.74)


def test_official_figures_agree_with_the_mirrors_curated_table(built_home: Path, mirror: Path) -> None:
    """Second, independently typed copy (mirror §2): every figure both tables hold must agree."""
    names = {
        "ero_administrative_arrests": ("admin_arrests", 1), "ero_removals": ("removals_total", 1),
        "share_arrested_convicted_criminals": ("share_arrests_convicted", 100),
        "share_arrested_pending_criminal_charges": ("share_arrests_pending_charges", 100),
        "share_arrested_convicted_or_pending": ("share_arrests_convicted_or_pending", 100),
        "arrested_with_criminal_history": ("arrests_criminal_history", 1),
        "arrested_other_immigration_violators": ("arrests_other_immigration_violators", 1),
        "ero_removals_ice_arresting_agency": ("removals_interior", 1),
        "ero_removals_with_criminal_history": ("removals_criminal_history", 1),
        "ero_at_large_arrests": ("at_large_arrests", 1), "title42_expulsions": ("title42_expulsions", 1),
    }
    ours = {(int(r.fiscal_year), r.metric): float(r.value)
            for r in api.table("official_figures", limit=None, home=built_home).itertuples()}
    compared = 0
    with (mirror / "ice-ero-annual-curated" / "ice_ero_headline_stats_curated.csv").open(newline="") as fh:
        for row in csv.DictReader(fh):
            metric, scale = names[row["metric"]]
            key = (int(row["fiscal_year"]), metric)
            assert key in ours, f"mirror figure {row['metric']} FY{row['fiscal_year']} missing from official_figures"
            assert ours[key] == pytest.approx(float(row["value"]) / scale), key
            compared += 1
    assert compared == 32


# --- pa_detainers --------------------------------------------------------------------------------------------

def test_pa_detainers_rows_and_declined_totals(built_home: Path, mirror: Path) -> None:
    raw = mirror / "eads-pa-detainers" / "pa_detainers.csv"
    loaded, quarantined = _accounted(built_home, "pa_detainers", "pa_detainers.csv")
    assert loaded + quarantined == _data_rows(raw) == 32_757
    with raw.open(newline="") as fh:
        by_year: dict[str, int] = {}
        for r in csv.DictReader(fh):
            if r["lift_reason"] == DECLINED:
                by_year[r["date"][:4]] = by_year.get(r["date"][:4], 0) + 1
    with api.connect(built_home) as con:
        got = dict(con.execute(
            "SELECT CAST(calendar_year AS VARCHAR), count(*) FROM detainers WHERE source_id = 'pa_detainers' "
            "AND lift_reason = ? GROUP BY 1", [DECLINED]).fetchall())
    assert got == by_year and sum(got.values()) == 225 and got["2014"] == 169
    assert not _qa_failures(built_home, "pa_detainers")


def test_pa_detainer_trace_opens_its_csv_line(built_home: Path, mirror: Path) -> None:
    df = api.table("detainers", where=["source_id=pa_detainers", f"lift_reason={DECLINED}"], limit=1, home=built_home)
    t = api.trace("detainers", str(df.loc[0, "row_id"]), home=built_home)
    with (mirror / "eads-pa-detainers" / "pa_detainers.csv").open(newline="") as fh:
        lines = list(csv.reader(fh))
    header, line = lines[0], lines[t.source_row - 1]
    assert t.raw == dict(zip(header, line, strict=True))
    assert t.raw["lift_reason"] == DECLINED and t.file_sha256


# --- npr_detainer_aggregates ---------------------------------------------------------------------------------

NPR_TABLES = ("detainers_by_year.csv", "all_detainers_by_year.csv", "lifted_detainers_by_year.csv",
              "detainers_by_lift_reason_and_year.csv", "detainers_by_type_and_year.csv",
              "detainers_by_year_and_month.csv", "declined_vs_everythingelse.csv")


@pytest.mark.parametrize("file", NPR_TABLES)
def test_npr_aggregates_account_for_every_published_row(built_home: Path, mirror: Path, file: str) -> None:
    n = _data_rows(mirror / "npr-sanctuary-cities" / file)
    quarantined = _one(built_home, "SELECT count(*) FROM quarantine WHERE source_id = 'npr_detainer_aggregates' "
                                   "AND source_file = ?", [file])
    distinct = _one(built_home, "SELECT count(DISTINCT source_row) FROM published_aggregates "
                                "WHERE source_id = 'npr_detainer_aggregates' AND source_file = ?", [file])
    assert int(distinct) + int(quarantined) == n  # type: ignore[call-overload]


def test_declined_vs_everythingelse_keeps_both_halves_of_the_join(built_home: Path, mirror: Path) -> None:
    with (mirror / "npr-sanctuary-cities" / "declined_vs_everythingelse.csv").open(newline="") as fh:
        rows = list(csv.reader(fh))[1:]
    declined, other = sum(int(r[4]) for r in rows), sum(int(r[7]) for r in rows if r[7])
    with api.connect(built_home) as con:
        got = dict(con.execute(
            "SELECT split_part(dimension_value, '|', 4), sum(count) FROM published_aggregates "
            "WHERE table_name = 'declined_vs_everythingelse.csv' GROUP BY 1").fetchall())
    assert got == {DECLINED: declined, "any other lift reason": other}


def test_npr_2015_declined_matches_the_fy15_records(built_home: Path) -> None:
    published = _one(built_home, "SELECT count FROM published_aggregates WHERE table_name = "
                                 "'detainers_by_lift_reason_and_year.csv' AND period = '2015' AND dimension_value = ?",
                     [DECLINED])
    direct = _one(built_home, "SELECT count(*) FROM detainers WHERE source_id = 'npr_detainers_fy15' "
                              "AND calendar_year = 2015 AND lift_reason = ?", [DECLINED])
    assert published == direct == 2_785
    status = _one(built_home, "SELECT status FROM qa WHERE check_name = 'declined_2015_vs_fy15_records'")
    assert status == "pass"
    assert not _qa_failures(built_home, "npr_detainer_aggregates")


def test_declined_detainer_count_command(built_home: Path) -> None:
    out = _cli(built_home, "count", "detainers", "--where", f"lift_reason={DECLINED}",
               "--where", "source_id=npr_detainers_fy15")
    assert out.strip() == "5,501"


# --- the DDP-layout rows the mirror holds ----------------------------------------------------------------------

def test_st_cloud_detainers_load_in_ddp_layout(built_home: Path, mirror: Path) -> None:
    raw = mirror / "mn-deportation-data" / "st_cloud_denied.csv"
    loaded, quarantined = _accounted(built_home, "ddp_mn_st_cloud_detainers", "st_cloud_denied.csv")
    assert (loaded, quarantined) == (_data_rows(raw), 0) == (22, 0)
    df = api.table("detainers", where=["source_id=ddp_mn_st_cloud_detainers"], limit=None, home=built_home)
    assert df["criminality"].value_counts().to_dict() == {"1 Convicted Criminal": 19, "2 Pending Criminal Charges": 3}
    assert set(df["aor"]) == {"SPM"} and set(df["facility_aor"]) == {"St. Paul Area of Responsibility"}
    assert set(df["lift_reason"]) == {DECLINED}
    assert df["publisher_duplicate_likely"].eq(False).all()
    assert df["prepare_date"].notna().all() and df["unique_identifier"].str.len().eq(40).all()
    # NA is missing, not the text 'NA'
    assert df["facility_code"].ne("NA").all() and not (df.astype(str) == "NA").any().any()


def test_st_cloud_trace_opens_its_row(built_home: Path) -> None:
    df = api.table("detainers", where=["source_id=ddp_mn_st_cloud_detainers"], limit=3, home=built_home)
    t = api.trace("detainers", str(df.loc[2, "row_id"]), home=built_home)
    assert t.raw is not None and t.raw["unique_identifier"] == df.loc[2, "unique_identifier"]
    assert t.raw["detainer_prepared_criminality"] == df.loc[2, "criminality"]


def test_each_ddp_release_is_loaded_or_reported_missing(built_home: Path) -> None:
    """The DDP releases are optional (not in the mirror): each is either loaded or named in QA, never silent."""
    for sid in ("ddp_arrests", "ddp_detainers", "ddp_removals", "ddp_detention_stints", "ddp_encounters"):
        loaded = _one(built_home, "SELECT count(*) FROM load_report WHERE source_id = ?", [sid])
        missing = _one(built_home, "SELECT count(*) FROM qa WHERE source_id = ? AND check_name = "
                                   "'release_file_present' AND status = 'info'", [sid])
        assert (int(loaded) > 0) != (int(missing) > 0), sid  # type: ignore[call-overload]


def test_pennsylvania_fy2015_rows_are_flagged_as_copies_of_the_national_release(built_home: Path) -> None:
    """The national FY2015 file already holds Pennsylvania: those PA rows are flagged, not dropped or double counted."""
    with api.connect(built_home) as con:
        national_pa = con.execute(
            "SELECT count(*) FROM detainers WHERE source_id = 'npr_detainers_fy15' AND facility_state = 'PENNSYLVANIA'"
        ).fetchone()
        flagged = con.execute(
            "SELECT count(*), count(*) FILTER (WHERE prepare_date < DATE '2014-10-01') FROM detainers "
            "WHERE source_id = 'pa_detainers' AND duplicate_rule = 'in_national_fy15_release'"
        ).fetchone()
        mismatched = con.execute(
            "SELECT count(*) FROM detainers p JOIN detainers n ON p.duplicate_of = n.row_id "
            "WHERE p.source_id = 'pa_detainers' AND (n.source_id <> 'npr_detainers_fy15' "
            "OR p.prepare_date <> n.prepare_date OR p.facility IS DISTINCT FROM n.facility)"
        ).fetchone()
        still_counted = con.execute(
            "SELECT count(*) FROM detainers WHERE NOT duplicate_likely AND fiscal_year = 2015 "
            "AND lift_reason = 'Detainer Declined by LEA' AND source_id IN ('npr_detainers_fy15', 'pa_detainers')"
        ).fetchone()
    assert national_pa is not None and flagged is not None and mismatched is not None and still_counted is not None
    assert flagged[0] == national_pa[0] > 0
    assert flagged[1] == 0
    assert mismatched[0] == 0
    assert still_counted[0] == 5_501

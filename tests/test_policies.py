"""The policy registry built from the mirror: as-of semantics, resolution flags, quarantine, definitions."""

from __future__ import annotations

import datetime as dt
import json
import os
import re
import subprocess
import sys
from pathlib import Path

import duckdb
import pytest

from ice_ledger import api
from ice_ledger import policies as registry
from ice_ledger.config import Paths
from ice_ledger.geo.names import lookup_state
from ice_ledger.policies.behavioural import declined_share_members, definition_id
from ice_ledger.policies.records import Record, screen_intervals
from ice_ledger.sources import ice_287g_2025, wapo_287g_history
from ice_ledger.warehouse.pipeline import LoadContext
from ice_ledger.warehouse.store import BuildDir

POLICY_SOURCES = ["dhs_sanctuary_2025", "ice_287g_2025", "wapo_287g_history", "east_velasquez_exposure",
                  "policy_definitions", "npr_detainers_fy15"]
JUNE_1, JULY_18, MID_2019 = dt.date(2025, 6, 1), dt.date(2025, 7, 18), dt.date(2019, 6, 30)


@pytest.fixture(scope="module")
def home(tmp_path_factory: pytest.TempPathFactory, mirror: Path) -> Path:
    h = tmp_path_factory.mktemp("policies_home")
    api.build(POLICY_SOURCES, mirror=mirror, home=h, quiet=True)
    return h


def _con(home: Path) -> duckdb.DuckDBPyConnection:
    return api.connect(home)


def test_287g_as_of_dates_differ_as_the_sources_say(home: Path) -> None:
    mid = registry.policies("287g", MID_2019, home=home)
    july = registry.policies("287g", JULY_18, home=home)
    assert (mid["valid_from"].dt.date <= MID_2019).all()
    assert (mid["valid_to"].isna() | (mid["valid_to"].dt.date >= MID_2019)).all()
    assert set(mid["definition_id"]) == {"wapo_287g_2005_2019", "ice_287g_2025"}
    assert set(july["definition_id"]) == {"ice_287g_2025"}  # the Post's panel ends in 2019
    assert len(july) == 832  # every row of the July list, the 3 with an unreadable SIGNED cell among them
    assert not july["policy_kind"].eq("pending_287g_request").any()
    with _con(home) as con:
        marked_2019 = con.execute("SELECT count(*) FROM policies WHERE definition_id = 'wapo_287g_2005_2019' "
                                  "AND year(valid_from) <= 2019 AND year(valid_to) >= 2019").fetchall()[0][0]
    assert (mid["definition_id"] == "wapo_287g_2005_2019").sum() == marked_2019


def test_agreement_signed_after_the_date_is_excluded(home: Path) -> None:
    with _con(home) as con:
        rid, signed = con.execute("SELECT row_id, valid_from FROM policies WHERE definition_id = 'ice_287g_2025' "
                                  "AND valid_from > DATE '2025-06-01' ORDER BY valid_from LIMIT 1").fetchall()[0]
    before = registry.policies("287g", signed - dt.timedelta(days=1), home=home)
    on = registry.policies("287g", signed, home=home)
    assert rid not in set(before["row_id"]) and rid in set(on["row_id"])


def test_agreements_dropped_between_snapshots_end_before_july(home: Path) -> None:
    with _con(home) as con:
        dropped = con.execute("SELECT row_id, valid_to FROM policies WHERE source_file = ? AND "
                              "policy_kind LIKE '287g_%'", [ice_287g_2025.MAY]).fetchall()
    assert dropped and all(v is not None and v < JULY_18 for _, v in dropped)
    june = set(registry.policies("287g", JUNE_1, home=home)["row_id"])
    july = set(registry.policies("287g", JULY_18, home=home)["row_id"])
    ids = {r for r, v in dropped if v >= JUNE_1}
    assert ids <= june and not ids & july


def test_an_unreadable_signing_date_is_kept_and_counted_from_the_list_that_shows_it(home: Path) -> None:
    with _con(home) as con:
        quarantined = con.execute("SELECT count(*) FROM quarantine WHERE source_id = 'ice_287g_2025'").fetchall()[0][0]
        kept = con.execute("SELECT source_file, valid_from, note FROM policies WHERE source_id = 'ice_287g_2025' "
                           "AND note LIKE '%not a date%' ORDER BY source_file, note").fetchall()
    assert quarantined == 0
    cells = {re.search(r"reads '([^']*)'", note).group(1) for _, _, note in kept}  # type: ignore[union-attr]
    assert cells == {"05/082025", "5025-07-07", "7/72025"} and len(kept) >= 3
    assert all(valid_from == ice_287g_2025.SNAPSHOT[file] for file, valid_from, _ in kept)


def test_every_listed_name_is_resolved_or_flagged(home: Path) -> None:
    with _con(home) as con:
        bad = con.execute(
            """SELECT count(*) FROM policies WHERE source_id IN ('dhs_sanctuary_2025', 'ice_287g_2025')
               AND NOT ((match_status = 'matched' AND jurisdiction_fips IS NOT NULL)
                     OR (match_status IN ('ambiguous', 'unresolved') AND jurisdiction_fips IS NULL
                         AND match_reason LIKE 'name_%'))""").fetchall()[0][0]
        counties = con.execute(
            "SELECT count(*), count(*) FILTER (WHERE length(jurisdiction_fips) = 5) FROM policies "
            "WHERE source_id = 'dhs_sanctuary_2025' AND jurisdiction_type = 'county'").fetchall()[0]
        unmatched = con.execute("SELECT jurisdiction_name, state FROM policies WHERE source_id = 'dhs_sanctuary_2025' "
                                "AND match_status <> 'matched'").fetchall()
        notes = {n for (n,) in con.execute("SELECT note FROM build_notes WHERE source_id = 'dhs_sanctuary_2025'")
                 .fetchall()}
    assert bad == 0
    assert counties[0] == 391 and counties[1] >= 385
    for name, state in unmatched:
        assert any(n.startswith(f"unmatched dhs_list: {name} ({state})") for n in notes), name


def test_source_fips_lost_leading_zero_is_restored(home: Path) -> None:
    with _con(home) as con:
        fips = {f for (f,) in con.execute("SELECT jurisdiction_fips FROM policies WHERE jurisdiction_name = "
                                          "'Etowah County Sheriff''s Office' AND state = 'AL'").fetchall()}
    assert fips == {"01055"}  # the Post's workbook stores 1055


def _ctx(tmp_path: Path, source: object) -> LoadContext:
    build = BuildDir(Paths.resolve(tmp_path), "test-build")
    return LoadContext(source, build.con, tmp_path, build)  # type: ignore[arg-type]


def test_duplicates_and_backwards_intervals_are_quarantined(tmp_path: Path) -> None:
    ctx = _ctx(tmp_path, ice_287g_2025.SOURCE)
    base = {"state": "TX", "jurisdiction_name": "Example County Sheriff's Office",
            "policy_kind": "287g_task_force", "valid_from": dt.date(2025, 3, 1)}
    records = [
        Record(dict(base), "f.xlsx", 2),
        Record(dict(base, jurisdiction_name="EXAMPLE COUNTY SHERIFF'S OFFICE"), "f.xlsx", 3),  # same agreement
        Record(dict(base, policy_kind="287g_jail_enforcement"), "f.xlsx", 4),  # another model: kept
        Record(dict(base, valid_to=dt.date(2025, 2, 1)), "f.xlsx", 5),  # ends before it starts
    ]
    kept = screen_intervals(ctx, "policies", records)
    assert [r.row for r in kept] == [2, 4]
    q = ctx.con.execute("SELECT source_row, reason, column_name FROM quarantine ORDER BY source_row").fetchall()
    assert q == [(3, "agreement_duplicate", "jurisdiction_name"), (5, "agreement_ends_before_start", "valid_to")]
    ctx.build.abandon()


def test_impossible_fips_is_quarantined(tmp_path: Path) -> None:
    ctx = _ctx(tmp_path, wapo_287g_history.SOURCE)
    recs = [Record({"jurisdiction_name": "A", "state": "AL", "_fips": "1055"}, "w.xlsx", 2),
            Record({"jurisdiction_name": "B", "state": "AL", "_fips": "99001"}, "w.xlsx", 3),
            Record({"jurisdiction_name": "C", "state": "AL", "_fips": None}, "w.xlsx", 4)]
    coded, uncoded = wapo_287g_history._fips(ctx, recs)
    assert [r.values["jurisdiction_fips"] for r in coded] == ["01055"] and [r.row for r in uncoded] == [4]
    q = ctx.con.execute("SELECT source_row, reason FROM quarantine").fetchall()
    assert q == [(3, "fips_invalid")]
    ctx.build.abandon()


def test_behavioural_definition_matches_a_direct_count(home: Path) -> None:
    with _con(home) as con:
        direct = con.execute(
            """SELECT facility, facility_state, fiscal_year, count(*) AS n,
                      count(*) FILTER (WHERE lift_reason = 'Detainer Declined by LEA') AS d
               FROM detainers WHERE facility IS NOT NULL GROUP BY ALL
               HAVING d >= 10 AND d / count(*) >= 0.05""").fetchall()
        stored = con.execute(
            "SELECT jurisdiction_name, state, basis FROM policies WHERE definition_id = 'npr_declined_share_ge_0.05' "
            "AND jurisdiction_type = 'facility'").fetchall()
    assert len(stored) == len(direct) > 20
    by_name = {(name, state): basis for name, state, basis in stored}
    for facility, state, fy, n, d in direct:
        st = lookup_state(state)
        key = (facility, st.abbr if st else state)
        assert by_name[key].startswith(f"FY{fy}: {d} of {n} detainers declined"), key
    stricter = declined_share_members(0.2, 10, home=home)
    assert set(stricter["facility"]) < {name for name, _ in by_name}
    assert (stricter["declined_share"] >= 0.2).all() and (stricter["declined"] >= 10).all()
    assert definition_id(0.2, 25) == "npr_declined_share_ge_0.2_min25"


def test_sanctuary_counts_put_lists_side_by_side(home: Path) -> None:
    june = registry.sanctuary_counts(JUNE_1, home=home).set_index("definition_id")
    dhs = june.loc["dhs_sanctuary_2025_05"]
    assert (dhs["states"], dhs["counties"], dhs["cities"], dhs["total"]) == (14, 391, 200, 605)
    assert bool(dhs["member_level"]) and "more than 500" in dhs["count_text"]
    ilrc = june.loc["ilrc_no_detainer_counties"]
    assert not ilrc["member_level"] and ilrc["counties"] == 735
    assert june.loc["doj_sanctuary_2025_08"]["total"] is None or str(june.loc["doj_sanctuary_2025_08"]["total"]) == "<NA>"
    sept = registry.sanctuary_counts(dt.date(2025, 9, 1), home=home).set_index("definition_id")
    doj = sept.loc["doj_sanctuary_2025_08"]
    assert (doj["states"], doj["counties"], doj["cities"], doj["total"]) == (13, 4, 18, 35)
    assert sept.loc["dhs_sanctuary_2025_05"]["period"] == dt.date(2025, 6, 2)  # taken down: last day held
    members = registry.sanctuaries(JUNE_1, "dhs_sanctuary_2025_05", home=home)
    assert len(members) == 605 and (members["evidence_page"].isin([1, 2])).all()


def test_unknown_definition_is_a_clear_error(home: Path) -> None:
    from ice_ledger.errors import IceLedgerError

    with pytest.raises(IceLedgerError, match="no sanctuary definition 'cis_2099'; known: "):
        registry.sanctuaries(JUNE_1, "cis_2099", home=home)


def test_policies_for_a_county_includes_its_state(home: Path) -> None:
    la = registry.policies_for("06037", home=home)
    assert {"this place", "its state"} <= set(la["applies_via"])
    assert (la.loc[la["applies_via"] == "its state", "jurisdiction_fips"] == "06").all()


def _cli(*args: str) -> subprocess.CompletedProcess[str]:
    exe = Path(sys.executable).with_name("ice-ledger")
    return subprocess.run([str(exe), *args], capture_output=True, text=True, timeout=300,
                          env={**os.environ, "COLUMNS": "160"})


def test_cli_all_definitions(home: Path) -> None:
    out = _cli("sanctuaries", "--as-of", "2025-06-01", "--all-definitions", "--home", str(home), "--format", "json")
    assert out.returncode == 0, out.stderr
    rows = {r["definition_id"]: r for r in json.loads(out.stdout)}
    assert rows["dhs_sanctuary_2025_05"]["cities"] == 200 and rows["cis_sanctuary_map"]["member_level"] is False
    table = _cli("sanctuaries", "--as-of", "2025-06-01", "--all-definitions", "--home", str(home))
    assert table.returncode == 0 and "count as published, members not held" in table.stdout
    bad = _cli("sanctuaries", "--as-of", "June 1", "--home", str(home))
    assert bad.returncode == 1 and "YYYY-MM-DD" in bad.stderr and "Traceback" not in bad.stderr
    both = _cli("policies", "--kind", "287g", "--as-of", "2019-06-30", "--home", str(home), "--format", "csv")
    assert both.returncode == 0 and both.stdout.count("\n") == len(registry.policies("287g", MID_2019, home=home)) + 1


def test_trace_reopens_a_pdf_entry(home: Path) -> None:
    with _con(home) as con:
        rid = con.execute("SELECT row_id FROM policies WHERE source_id = 'dhs_sanctuary_2025' AND "
                          "jurisdiction_name = 'Lawrence' AND state = 'KS'").fetchall()[0][0]
    t = api.trace("policies", rid, home=home)
    assert t.raw == {"page": 1, "state block": "Kansas", "heading": "County", "entry": "Lawrence"}
    assert t.loaded["jurisdiction_type"] == "city" and t.file_sha256


def test_unknown_kind_is_a_clear_error(home: Path) -> None:
    from ice_ledger.errors import IceLedgerError

    with pytest.raises(IceLedgerError, match="no policy kind '287h'; kinds held: "):
        registry.policies("287h", JUNE_1, home=home)


def test_scrape_panel_agrees_with_the_may_list(home: Path) -> None:
    with _con(home) as con:
        status = con.execute("SELECT status, value FROM qa WHERE check_name = "
                             "'panel_first_snapshot_matches_may_list'").fetchall()
    assert status == [("pass", "571")]


def test_the_scrape_panel_is_held_day_by_day_with_its_lineage(home: Path) -> None:
    with _con(home) as con:
        per_day = con.execute("SELECT snapshot, count(*) FROM policy_list_snapshots GROUP BY 1 ORDER BY 1").fetchall()
        lineage = con.execute("SELECT DISTINCT source_file FROM policy_list_snapshots").fetchall()
    # ICE's page on its first and last scraped days, as archived (the count grew from 571 to 753)
    assert per_day[0] == ("2025-05-16 am", 571) and per_day[-1] == ("2025-07-03 pm", 753)
    assert lineage == [("agreements.csv",)]


def test_287g_sheet_without_its_columns_is_refused(tmp_path: Path) -> None:
    from openpyxl import Workbook

    from ice_ledger.errors import SourceFileError

    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.append(["STATE", "LAW ENFORCEMENT AGENCY", "TYPE", "COUNTY", "SIGNED"])
    ws.append(["TEXAS", "Example County Sheriff's Office", "County", "Example County", "2025-03-01"])
    path = tmp_path / "participating.xlsx"
    wb.save(path)
    with pytest.raises(SourceFileError, match=r"participating\.xlsx.*SUPPORT TYPE"):
        ice_287g_2025.read_snapshot(path, path.name)


def test_a_new_list_is_a_new_source_and_nothing_else(tmp_path: Path) -> None:
    """A further list (here a made-up two-member list) is one Source writing `definitions` and `policies` rows
    with the shared specs; the registry counts it beside the others without any change to its code."""
    from ice_ledger.policies.records import POLICY_COLUMNS, stage_records
    from ice_ledger.sources import dhs_sanctuary_2025, policy_definitions
    from ice_ledger.sources.base import RemoteFile, Source
    from ice_ledger.warehouse.store import new_build_id

    definition = {"definition_id": "example_list_2026", "title": "Example list", "publisher": "Example publisher",
                  "family": "sanctuary", "counts_what": "counties and cities", "criteria": "example",
                  "coverage_start": dt.date(2026, 1, 1), "member_level": True, "trust": "research",
                  "citation_url": "https://example.org/list"}
    members = [{"jurisdiction_name": name, "state": "OR", "jurisdiction_type": jtype, "policy_kind":
                "sanctuary_list_member", "definition_id": "example_list_2026", "valid_from": dt.date(2026, 1, 1)}
               for name, jtype in (("Multnomah County", "county"), ("Portland", "city"))]

    def load(ctx: LoadContext) -> None:
        ctx.emit("definitions", stage_records(ctx, [Record(definition, "list.csv", 2)], definition), file="list.csv")
        ctx.emit("policies", stage_records(ctx, [Record(m, "list.csv", i + 3) for i, m in enumerate(members)],
                                           POLICY_COLUMNS), file="list.csv")

    source = Source(id="example_list", title="Example", publisher="Example", licence="test", homepage="https://e.org",
                    release="test", files=(RemoteFile("list.csv", "https://example.org/list.csv"),),
                    tables=(policy_definitions.DEFINITIONS, dhs_sanctuary_2025.POLICIES), load=load, kind="policy")
    build = BuildDir(Paths.resolve(tmp_path), new_build_id())
    load(LoadContext(source, build.con, tmp_path / "raw", build))
    build.finish({"started_at": dt.datetime(2026, 1, 1), "sources": ["example_list"], "rebuilt": ["example_list"]})
    row = registry.sanctuary_counts(dt.date(2026, 2, 1), home=tmp_path).set_index("definition_id").loc[
        "example_list_2026"]
    assert (row["counties"], row["cities"], row["total"], bool(row["member_level"])) == (1, 1, 2, True)
    assert set(registry.sanctuaries(dt.date(2026, 2, 1), home=tmp_path)["jurisdiction_name"]) == {
        "Multnomah County", "Portland"}

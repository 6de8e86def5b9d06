"""ICE administrative arrests in Washington State, Sep 2023 - Oct 2025, in the Deportation Data Project layout.

Every row of DDP's processed arrests file (Dec 2025 release; raw file "ERO Admin Arrests_LESA-STU-FINAL
Release_raw.xlsx", sheet "Admin Arrests") with apprehension_state WASHINGTON, as saved by pandas in a class
project (farcoolius/group06_finalproject): exactly DDP's 23 column names and order, so it loads through the DDP
arrests adapter unchanged (birth years as '1994.0', DDP's own duplicate_likely kept as publisher data). Not
checked against DDP's full file: completeness for Washington is plausible, not guaranteed. One state only, so
`record_coverage` marks it regional: a national figure is never compared with it.
"""

from __future__ import annotations

import datetime as dt

from ice_ledger.schema import LoadContext
from ice_ledger.sources.base import RemoteFile, Source, TableSpec
from ice_ledger.sources.ddp import LICENCE, TABLES, DdpTable, _emit, _na_to_null, raw_row
from ice_ledger.sources.ice_lesa_national import COVERAGE, coverage_by_year
from ice_ledger.sources.readers import stage_csv

FILE = "arrests-washington-only.csv"
REPO = "farcoolius/group06_finalproject"
COMMIT = "c138589c780c433d24bef91b396b999f3227d1d8"
DDP_ARRESTS = next(t for t in TABLES if t.key == "arrests")
EXPECTED_ROWS = 3_441
# The period the extract covers (DDP's Dec 2025 arrests release, filtered to Washington).
PERIOD = (dt.date(2023, 9, 1), dt.date(2025, 10, 15))
SPEC = TableSpec(
    table="arrests",
    columns=DDP_ARRESTS.spec.columns,
    description="ICE administrative arrests in Washington State (DDP layout, Dec 2025 release).",
    fiscal_year_from="apprehension_date",
    calendar_year_from="apprehension_date",
    duplicate_rules=DDP_ARRESTS.spec.duplicate_rules,
    expected_rows=(EXPECTED_ROWS, EXPECTED_ROWS),
)
TABLE = DdpTable("arrests", DDP_ARRESTS.title, SPEC, DDP_ARRESTS.aor_from, "")


def load(ctx: LoadContext) -> None:
    stage = ctx.stage_name()
    _, repaired, malformed = stage_csv(ctx.con, stage, ctx.path(FILE), ctx.build.dir)
    _emit(ctx, TABLE, _na_to_null(ctx, stage), FILE, None, malformed=malformed, repaired=repaired)
    coverage_by_year(ctx, table="arrests", file=FILE, period=PERIOD, geography="Washington State",
                     title="DDP arrests (Dec 2025 release), apprehension_state WASHINGTON")
    states = dict(ctx.con.execute(
        "SELECT apprehension_state, count(*) FROM arrests WHERE source_id = ? GROUP BY 1", [ctx.source.id]
    ).fetchall())
    other = sum(int(n) for s, n in states.items() if s != "WASHINGTON")
    ctx.qa("rows_outside_washington", other, 0, "pass" if other == 0 else "fail")


SOURCE = Source(
    id="ddp_wa_arrests",
    title="ICE administrative arrests in Washington, Sep 2023 - Oct 2025 (DDP layout, 3,441 records)",
    publisher="U.S. Immigration and Customs Enforcement (FOIA, via the Deportation Data Project); Washington "
    f"subset by {REPO}",
    licence=LICENCE + "; the subset's repository states no licence",
    homepage=f"https://github.com/{REPO}",
    release=f"DDP arrests, Dec 2025 release (ERO Admin Arrests_LESA-STU-FINAL Release_raw.xlsx); {REPO} @ {COMMIT[:12]}",
    files=(
        RemoteFile(FILE, f"https://raw.githubusercontent.com/{REPO}/{COMMIT}/assets/{FILE}",
                   f"real_ice/ddp-wa-arrests-farcoolius/{FILE}",
                   sha256="0c3cb8c859479610798829adf2a8d5a706ec8596183205c122eccd08c3cd5c78"),
    ),
    tables=(SPEC, COVERAGE),
    load=load,
    kind="records",
    description=__doc__ or "",
    citation="ICE administrative arrests (Deportation Data Project, Dec 2025 release), Washington rows; "
    f"github.com/{REPO}.",
    raw_row=raw_row,
    tags=("ddp", "regional"),
)

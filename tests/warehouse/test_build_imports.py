"""A build of record files loads no pandas, httpx or SciPy: together ~0.5 s of imports in every `ice-ledger build`,
for a build that uses none of them (pandas came through `api.py`, the CLI and the metric modules, and through
`pyarrow.array` staging a workbook sheet). Checked in a fresh interpreter, on the CLI's own path."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import duckdb

RECORDS = ["ice_official_figures", "ddp_wa_arrests", "uwchr_seattle_arrests"]  # a CSV and a workbook


def test_a_record_build_imports_no_pandas(tmp_path: Path, mirror: Path) -> None:
    code = ("import sys; from ice_ledger.cli import app; app(sys.argv[1:], standalone_mode=False); "
            "print('loaded:', sorted(m for m in ('pandas', 'httpx', 'scipy') if m in sys.modules))")
    run = subprocess.run([sys.executable, "-c", code, "build", *RECORDS, "--mirror", str(mirror),
                          "--home", str(tmp_path), "-q"], capture_output=True, text=True, check=True)
    assert run.stdout.strip().splitlines()[-1] == "loaded: []", run.stdout[-2000:] + run.stderr[-2000:]
    # and the build is whole: the workbook's rows staged without pandas are all there
    with duckdb.connect(str(tmp_path / "warehouse" / "current" / "ledger.duckdb"), read_only=True) as con:
        rows = con.execute("SELECT source_id, count(*) FROM arrests GROUP BY 1 ORDER BY 1").fetchall()
    assert rows == [("ddp_wa_arrests", 3441), ("uwchr_seattle_arrests", 32549)]

"""No command line input prints a traceback: usage errors, database errors and bad source files each get one
clear message (naming the option, column or file) and a non-zero exit code.

Each command runs as a real `ice-ledger` process against a small real warehouse built from the mirror.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

SOURCES = ["npr_detainer_aggregates", "ice_official_figures", "pa_detainers"]


def cli(*args: str, home: Path) -> subprocess.CompletedProcess[str]:
    env_home = ["--home", str(home)] if args and args[0] not in ("nosuchcmd", "serve") else []
    cmd = [sys.executable, "-m", "ice_ledger", *args, *env_home]
    return subprocess.run(cmd, capture_output=True, text=True, timeout=300,
                          env={"PATH": "/usr/bin:/bin", "ICE_LEDGER_HOME": str(home), "COLUMNS": "200"})


@pytest.fixture(scope="module")
def small_home(tmp_path_factory: pytest.TempPathFactory, mirror: Path) -> Path:
    home = tmp_path_factory.mktemp("cli_errors")
    proc = cli("build", *SOURCES, "--mirror", str(mirror), "-q", home=home)
    assert proc.returncode == 0, proc.stderr
    return home


# (arguments, exit code, words the message must hold)
CASES = [
    (["nosuchcmd"], 2, ["No such command 'nosuchcmd'"]),
    (["table"], 2, ["Missing argument", "name"]),
    (["table", "official_figures", "--limit", "abc"], 2, ["--limit", "valid integer"]),
    (["table", "official_figures", "--limit", "-5"], 2, ["--limit", "greater than or equal to 0"]),
    (["metric", "detainers_declined", "--engine", "spork"], 2, ["--engine", "spork"]),
    (["serve", "--port", "99999"], 2, ["--port", "65535"]),
    (["table", "official_figures", "--where", "fiscal_year<abc"], 1, ["could not answer", "abc"]),
    (["table", "official_figures", "-c", "nocol"], 1, ["no column 'nocol'", "columns are"]),
    (["table", "no_such_table"], 1, ["no table 'no_such_table'"]),
    (["trace", "qa", "x"], 1, ["qa has no row ids"]),
    (["trace", "official_figures", "nosuchrow"], 1, ["no row 'nosuchrow'"]),
    (["trace", "official_figures", "x", "--build", "../../etc"], 1, ["no complete build"]),
    (["metric", "no_such_metric"], 1, ["no metric 'no_such_metric'"]),
    (["metric", "detainers_declined", "--by", "nocol"], 1, ["nocol"]),
    (["metric", "detainers_declined", "--where", "nocol=1"], 1, ["nocol"]),
    (["metric", "detainers_declined", "--where", "fiscal_year>99999999999999999999999999999"], 1,
     ["99999999999999999999999999999"]),
    (["metric", "detainers_declined", "--where", "fiscal_year<abc"], 1, ["abc"]),
    # `~` finds the text itself: LIKE's wildcards match only themselves (no state holds "_" or "%")
    (["table", "detainers", "--where", "facility_state~_", "-f", "json"], 0, ["[]"]),
    (["table", "detainers", "--where", "facility_state~%", "-f", "json"], 0, ["[]"]),
    (["table", "detainers", "--where", "facility_state~syl", "-n", "1", "-f", "json"], 0,
     ['"facility_state":"PENNSYLVANIA"']),
    (["fetch", "no_such_source"], 1, ["no_such_source"]),
]


@pytest.mark.parametrize(("args", "code", "words"), CASES, ids=[" ".join(c[0]) for c in CASES])
def test_bad_input_gets_a_clear_message(small_home: Path, args: list[str], code: int, words: list[str]) -> None:
    proc = cli(*args, home=small_home)
    out = proc.stdout + proc.stderr
    assert "Traceback" not in out, out
    assert proc.returncode == code, out
    said = " ".join(proc.stderr.split())
    if code == 0:
        assert all(word in "".join(proc.stdout.split()) for word in words), proc.stdout[:500]
        return
    assert said.startswith(("error:", "Usage:")), said
    for word in words:
        assert word in said, said
    assert str(small_home) not in said or args[0] in ("fetch", "build")


def test_a_renamed_header_names_the_file(tmp_path: Path, mirror: Path) -> None:
    bad = tmp_path / "mirror" / "npr-sanctuary-cities"
    shutil.copytree(mirror / "npr-sanctuary-cities", bad, ignore=shutil.ignore_patterns("*.xlsx"))
    target = bad / "all_detainers_by_year.csv"
    target.write_text(target.read_text().replace("year,count", "yr,count", 1))
    proc = cli("build", "npr_detainer_aggregates", "--mirror", str(tmp_path / "mirror"), "-q",
               home=tmp_path / "home")
    assert proc.returncode == 1 and "Traceback" not in proc.stderr, proc.stderr
    said = " ".join(proc.stderr.split())
    assert "all_detainers_by_year.csv" in said and "yr" in said and "year" in said, said

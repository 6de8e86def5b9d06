"""Every command's tables work in a pipe: run as a subprocess with stdout captured (not a terminal)."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

BOX = re.compile("[│┃━┏┡└─╭╰]")
COLOUR = re.compile(r"\x1b\[[0-9;]*(3[0-9]|9[0-7])[0-9;]*m")  # a foreground colour escape


def run(home: Path, *args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    full = {k: v for k, v in os.environ.items() if k not in ("FORCE_COLOR", "NO_COLOR", "TTY_COMPATIBLE")}
    full.update({"ICE_LEDGER_HOME": str(home), "COLUMNS": "80", **(env or {})})
    return subprocess.run([sys.executable, "-m", "ice_ledger", *args], capture_output=True, text=True,
                          timeout=300, env=full)


def test_official_figures_grep_gives_one_whole_line(built_home: Path) -> None:
    r = run(built_home, "table", "official_figures", "--where", "fiscal_year=2018")
    assert r.returncode == 0, r.stderr
    hits = [line for line in r.stdout.splitlines() if "admin_arrests" in line]
    assert len(hits) == 1, r.stdout
    cells = hits[0].split("\t")
    assert "158581" in cells  # the number whole, unformatted, in its own cell
    header = r.stdout.splitlines()[0].split("\t")
    assert header[:3] == ["row_id", "fiscal_year", "metric"]
    assert len(cells) == len(header)
    assert cells[header.index("value")] == "158581"


PIPED_COMMANDS: list[tuple[list[str], str]] = [
    (["sources"], "source"),
    (["table", "detainers", "--limit", "5"], "row_id"),
    (["qa"], "check_name"),
    (["count", "detainers", "--by", "fiscal_year"], "fiscal_year"),
    (["place", "Travis County, TX"], "population"),
    (["resolve", "Travis", "-s", "TX"], "fips"),
    (["unresolved"], "source_table"),
    (["policies", "--as-of", "2019-06-30"], "jurisdiction_name"),
    (["sanctuaries", "--as-of", "2025-06-01"], "definition_id"),
    (["definitions"], "definition_id"),
    (["metrics"], "definition"),
    (["metric", "detainers_declined", "--by", "fiscal_year"], "fiscal_year"),
    (["studies"], "study_id"),
]


@pytest.mark.parametrize(("args", "column"), PIPED_COMMANDS, ids=[" ".join(a) for a, _ in PIPED_COMMANDS])
def test_every_table_is_tab_separated_in_a_pipe(built_home: Path, args: list[str], column: str) -> None:
    r = run(built_home, *args)
    assert r.returncode == 0, r.stderr
    assert not BOX.search(r.stdout), f"a drawn table went into the pipe:\n{r.stdout[:2000]}"
    headers = [line.split("\t") for line in r.stdout.splitlines() if column in line.split("\t")]
    assert headers, f"no tab-separated header with {column!r}:\n{r.stdout[:2000]}"
    lines = r.stdout.splitlines()
    start = lines.index("\t".join(headers[0]))
    width = len(headers[0])
    body = []
    for line in lines[start + 1:]:
        if "\t" not in line:
            break
        body.append(line)
    assert body, "a header with no rows"
    assert all(len(line.split("\t")) == width for line in body), "a record split over lines or cells"
    assert not any(re.fullmatch(r"\d{1,3}(,\d{3})+", cell) for line in body for cell in line.split("\t")), \
        "a number printed with thousands separators"


def test_trace_grid_is_tab_separated(built_home: Path) -> None:
    first = run(built_home, "table", "official_figures", "--where", "fiscal_year=2018", "--columns", "row_id",
                "--limit", "1")
    row_id = first.stdout.splitlines()[1]
    r = run(built_home, "trace", "official_figures", row_id)
    assert r.returncode == 0, r.stderr
    assert not BOX.search(r.stdout)
    assert "column\tloaded value" in r.stdout.splitlines()
    assert f"row_id\t{row_id}" in r.stdout.splitlines()


def test_format_table_forces_the_drawing_at_full_width(built_home: Path) -> None:
    r = run(built_home, "table", "official_figures", "--where", "fiscal_year=2018", "--format", "table")
    assert r.returncode == 0, r.stderr
    assert BOX.search(r.stdout)
    rows = [line for line in r.stdout.splitlines() if "admin_arrests" in line]
    assert len(rows) == 1 and "158,581" in rows[0], "the drawn row wrapped in the pipe"
    url = "https://assets.documentcloud.org/documents/5767387/2018-ICE-Removals-Report.txt"
    assert url in rows[0]


def test_tsv_format_is_always_tab_separated(built_home: Path) -> None:
    r = run(built_home, "count", "detainers", "--by", "fiscal_year", "--format", "tsv", env={"FORCE_COLOR": "1"})
    assert r.returncode == 0, r.stderr
    assert r.stdout.splitlines()[0] == "fiscal_year\trows"
    assert not BOX.search(r.stdout)


def test_no_color_is_respected(built_home: Path) -> None:
    args = ("metric", "detainers_declined", "--by", "fiscal_year")
    coloured = run(built_home, *args, env={"FORCE_COLOR": "1"})
    assert COLOUR.search(coloured.stdout + coloured.stderr), "FORCE_COLOR gave no colour: the check proves nothing"
    plain = run(built_home, *args, env={"FORCE_COLOR": "1", "NO_COLOR": "1"})
    assert plain.returncode == 0, plain.stderr
    assert not COLOUR.search(plain.stdout + plain.stderr)

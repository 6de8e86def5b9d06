"""A build killed (SIGKILL) at every named step of publishing leaves a warehouse whose every build opens, whose
`current` is the last good build, and from which the next build succeeds; retention never removes the last
good build, and a broken directory (views pointing at a vanished path, as the old publish left) is removed.

Each build is a real `ice-ledger build` process over the mirror; $ICE_LEDGER_KILL_AT makes it SIGKILL itself
at the named step (warehouse/store.py PUBLISH_STEPS).
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
from pathlib import Path

import duckdb
import pytest

from ice_ledger.warehouse.store import BUILDING, COMPLETE, KEEP_BUILDS, PUBLISH_STEPS, opens

SOURCES = ["npr_detainer_aggregates", "ice_official_figures"]


def run_build(mirror: Path, home: Path, kill_at: str | None = None) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k != "ICE_LEDGER_KILL_AT"}
    if kill_at:
        env["ICE_LEDGER_KILL_AT"] = kill_at
    cmd = [sys.executable, "-m", "ice_ledger", "build", *SOURCES, "--mirror", str(mirror), "--home", str(home), "-q"]
    return subprocess.run(cmd, capture_output=True, text=True, timeout=600, env=env)


def builds(home: Path) -> list[Path]:
    return sorted(d for d in (home / "warehouse" / "builds").iterdir() if d.is_dir())


def current(home: Path) -> Path:
    return (home / "warehouse" / "current").resolve()


def rows(build: Path) -> int:
    with duckdb.connect(str(build / "ledger.duckdb"), read_only=True) as con:
        got = con.execute("SELECT count(*) FROM published_aggregates").fetchone()
    assert got is not None
    return int(got[0])


@pytest.fixture(scope="module")
def good_home(tmp_path_factory: pytest.TempPathFactory, mirror: Path) -> Path:
    home = tmp_path_factory.mktemp("publish") / "home"
    for _ in range(2):  # two complete builds: the older one must survive every kill as well
        proc = run_build(mirror, home)
        assert proc.returncode == 0, proc.stderr
    assert len(builds(home)) == 2
    return home


@pytest.mark.parametrize("step", PUBLISH_STEPS)
def test_kill_at_every_publishing_step(good_home: Path, mirror: Path, tmp_path: Path, step: str) -> None:
    home = tmp_path / "home"
    shutil.copytree(good_home, home, symlinks=True)
    before = current(home)
    good = {d.name for d in builds(home)}
    expected_rows = rows(before)

    proc = run_build(mirror, home, kill_at=step)
    assert proc.returncode == -signal.SIGKILL, (step, proc.returncode, proc.stderr)

    # Every build that counts (has its marker) opens with every view readable; the ones before survive.
    complete = [d for d in builds(home) if (d / COMPLETE).exists()]
    assert good <= {d.name for d in complete}
    for d in complete:
        assert opens(d), f"{d.name} is marked complete but does not open (killed at {step})"
    # `current` is the last good build: the previous one until the switch, the new (complete) one after it.
    switched = PUBLISH_STEPS.index(step) >= PUBLISH_STEPS.index("current_switched")
    now = current(home)
    if switched:
        assert now != before and (now / COMPLETE).exists() and now.name not in good
    else:
        assert now == before
    assert opens(now) and rows(now) == expected_rows
    # What the kill left is never taken for a build.
    for d in builds(home):
        if not (d / COMPLETE).exists():
            assert (d / BUILDING).exists() or not (d / "ledger.duckdb").exists()

    # The next build succeeds, clears the leftovers and keeps at most KEEP_BUILDS complete builds, newest kept.
    done = run_build(mirror, home)
    assert done.returncode == 0, done.stderr
    after = builds(home)
    assert all((d / COMPLETE).exists() and opens(d) for d in after)
    assert current(home) == after[-1] and current(home).name not in good
    assert len(after) <= KEEP_BUILDS
    assert now in after  # the build that was current before never goes, even when older ones do
    assert rows(current(home)) == expected_rows
    assert not list((home / "warehouse").glob(".current-*"))


def _old_style_broken_copy(build: Path, name: str) -> Path:
    """What the old publish left when killed after its rename: views naming a vanished `.partial` path."""
    partial = build.parent / f"{name}.partial"
    shutil.copytree(build, partial)
    (partial / COMPLETE).unlink()
    with duckdb.connect(str(partial / "ledger.duckdb")) as con:
        for (view,) in con.execute("SELECT view_name FROM duckdb_views() WHERE NOT internal").fetchall():
            pattern = str(partial / "tables" / view / "*.parquet")
            con.execute(f"CREATE OR REPLACE VIEW \"{view}\" AS SELECT * FROM read_parquet('{pattern}', "
                        "union_by_name = true)")
    final = build.parent / name
    partial.rename(final)
    return final


def test_retention_keeps_the_last_good_build_and_drops_broken_ones(good_home: Path, mirror: Path,
                                                                   tmp_path: Path) -> None:
    home = tmp_path / "home"
    shutil.copytree(good_home, home, symlinks=True)
    good = builds(home)
    # Two broken directories newer than every good build, as three kills in the old publish window left them,
    # and one build killed before its marker.
    broken = [_old_style_broken_copy(good[-1], f"29991231T00000{i}-broken") for i in range(2)]
    assert not any(opens(b) for b in broken)
    killed = run_build(mirror, home, kill_at="workfiles_removed")
    assert killed.returncode == -signal.SIGKILL
    # Good builds without a marker (published before markers existed) are adopted, not deleted.
    (good[0] / COMPLETE).unlink()

    done = run_build(mirror, home)
    assert done.returncode == 0, done.stderr
    left = builds(home)
    assert not any(b.exists() for b in broken)
    assert all((d / COMPLETE).exists() and opens(d) for d in left)
    assert good[-1] in left and len(left) == KEEP_BUILDS
    assert current(home) == left[-1]

"""Warehouses built once per test run and shared by every pytest-xdist worker, and the check that they stay
read-only (used by tests/conftest.py and tests/metrics/conftest.py)."""

from __future__ import annotations

import json
import os
import shutil
import traceback
from collections.abc import Callable
from pathlib import Path

import pytest
from filelock import FileLock

SHARED_MARK = ".shared-build.json"  # written beside a finished shared home: its file list, to detect writes


def shared_root(factory: pytest.TempPathFactory) -> Path:
    """The run's temporary folder that every xdist worker sees (a worker's own base folder sits inside it)."""
    base = factory.getbasetemp()
    return base.parent if os.environ.get("PYTEST_XDIST_WORKER") else base


def file_list(home: Path) -> dict[str, list[int]]:
    """Every file under `home` with its size and modification time: what a read-only home must keep."""
    out = {}
    for path in sorted(home.rglob("*")):
        if path.is_file() and not path.is_symlink():
            st = path.stat()
            out[str(path.relative_to(home))] = [st.st_size, st.st_mtime_ns]
    return out


def shared_home(factory: pytest.TempPathFactory, name: str, build: Callable[[Path], None]) -> Path:
    """The home `name`, built by `build(home)` by the first process of the run to ask for it (under a lock)."""
    root = shared_root(factory)
    home, done, failed = root / name, root / f"{name}{SHARED_MARK}", root / f"{name}.failed"
    with FileLock(str(root / f"{name}.lock")):
        if failed.exists():
            pytest.fail(f"the shared build {name} failed in another worker of this run:\n{failed.read_text()}",
                        pytrace=False)
        if not done.exists():
            if home.exists():
                shutil.rmtree(home)
            home.mkdir()
            try:
                build(home)
            except BaseException:
                failed.write_text(traceback.format_exc())
                raise
            done.write_text(json.dumps({"home": str(home), "files": file_list(home)}))
    return home


def changed_shared_homes(root: Path) -> list[str]:
    """What tests wrote into the run's shared homes: one line per home changed, naming a few of the files."""
    problems = []
    for mark in sorted(root.glob(f"*{SHARED_MARK}")):
        saved = json.loads(mark.read_text())
        home = Path(saved["home"])
        now = file_list(home)
        before = saved["files"]
        changed = sorted({*before, *now} - {k for k in before.keys() & now.keys() if before[k] == now[k]})
        if changed:
            problems.append(f"{home.name}: {len(changed)} file(s) added, removed or rewritten by a test "
                            f"(it is shared read-only; copy it with home_copy): {', '.join(changed[:5])}")
    return problems


def copy_home(src: Path, dst: Path) -> Path:
    """A private copy of a shared home that a test may modify (hard links are not used: DuckDB writes in place)."""
    shutil.copytree(src, dst, symlinks=True)
    return dst

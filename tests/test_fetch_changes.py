"""A changed mirror file is noticed (sha256), reported and loaded; a bad one is refused and never replaces the
last good file; and `trace` of an older build still opens the raw cells that build loaded.

Real `ice-ledger` processes over a copy of part of the mirror, so the test can change a file between builds.
"""

from __future__ import annotations

import hashlib
import json
import shutil
import subprocess
import sys
from pathlib import Path

import duckdb
import pytest

from ice_ledger import api

SOURCE = "npr_detainer_aggregates"
FILE = "all_detainers_by_year.csv"
MIRROR_DIR = "npr-sanctuary-cities"


def cli(*args: str, home: Path) -> subprocess.CompletedProcess[str]:
    cmd = [sys.executable, "-m", "ice_ledger", *args, "--home", str(home)]
    return subprocess.run(cmd, capture_output=True, text=True, timeout=600)


def build(mirror: Path | None, home: Path) -> subprocess.CompletedProcess[str]:
    return cli("build", SOURCE, *(("--mirror", str(mirror)) if mirror else ()), "-q", home=home)


def current_id(home: Path) -> str:
    return (home / "warehouse" / "current").resolve().name


def count_2008(home: Path) -> int:
    with duckdb.connect(str(home / "warehouse" / "current" / "ledger.duckdb"), read_only=True) as con:
        row = con.execute("SELECT count FROM published_aggregates WHERE source_file = ? AND period = '2008'",
                          [FILE]).fetchone()
    assert row is not None
    return int(row[0])


def row_id_2008(home: Path) -> str:
    with duckdb.connect(str(home / "warehouse" / "current" / "ledger.duckdb"), read_only=True) as con:
        row = con.execute("SELECT row_id FROM published_aggregates WHERE source_file = ? AND period = '2008'",
                          [FILE]).fetchone()
    assert row is not None
    return str(row[0])


@pytest.fixture
def own_mirror(tmp_path: Path, mirror: Path) -> Path:
    copy = tmp_path / "mirror"
    shutil.copytree(mirror / MIRROR_DIR, copy / MIRROR_DIR, ignore=shutil.ignore_patterns("*.xlsx"))
    return copy


def test_a_changed_mirror_file_is_loaded_and_old_builds_keep_their_raw_cells(own_mirror: Path,
                                                                            tmp_path: Path) -> None:
    home = tmp_path / "home"
    target = own_mirror / MIRROR_DIR / FILE
    first = build(own_mirror, home)
    assert first.returncode == 0, first.stderr
    old_build, old_sha = current_id(home), hashlib.sha256(target.read_bytes()).hexdigest()
    assert count_2008(home) == 228077
    row_id = row_id_2008(home)

    # The publisher revises one figure: same size class, other bytes.
    target.write_text(target.read_text().replace("2008,228077", "2008,228078"))
    new_sha = hashlib.sha256(target.read_bytes()).hexdigest()
    second = build(own_mirror, home)
    assert second.returncode == 0, second.stderr
    said = " ".join(second.stderr.split())
    assert f"{FILE} changed in the mirror" in said and old_sha[:12] in said and new_sha[:12] in said
    assert count_2008(home) == 228078
    with duckdb.connect(str(home / "warehouse" / "current" / "ledger.duckdb"), read_only=True) as con:
        notes = [r[0] for r in con.execute("SELECT note FROM build_notes WHERE source_id = ?", [SOURCE]).fetchall()]
    assert any(FILE in n and "changed" in n for n in notes)

    # Each build's trace opens the bytes it loaded, with their own sha256.
    new = api.trace("published_aggregates", row_id_2008(home), home=home)  # row ids hash the row's content
    assert new.file_sha256 == new_sha and new.raw == {"year": "2008", "count": "228078"}
    old = api.trace("published_aggregates", row_id, home=home, build_id=old_build)
    assert old.build_id == old_build and old.file_sha256 == old_sha
    assert old.raw == {"year": "2008", "count": "228077"}
    traced = cli("trace", "published_aggregates", row_id, "--build", old_build, "-f", "json", home=home)
    assert traced.returncode == 0, traced.stderr
    assert json.loads(traced.stdout)["raw"]["count"] == "228077"
    # The manifest (the accepted files) has moved on; the old build's lineage did not depend on it.
    accepted = {f["name"]: f["sha256"] for f in json.loads((home / "raw" / SOURCE / "manifest.json").read_text())
                ["files"]}
    assert accepted[FILE] == new_sha


def test_a_bad_download_never_replaces_the_last_good_file(own_mirror: Path, tmp_path: Path) -> None:
    home = tmp_path / "home"
    target = own_mirror / MIRROR_DIR / FILE
    good_bytes = target.read_bytes()
    assert build(own_mirror, home).returncode == 0
    good_build = current_id(home)
    manifest = (home / "raw" / SOURCE / "manifest.json").read_text()

    target.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00\xff\xfe\x00\x00")
    bad = build(own_mirror, home)
    assert bad.returncode == 1 and "Traceback" not in bad.stderr, bad.stderr
    said = " ".join(bad.stderr.split())
    assert f"{FILE} changed in the mirror" in said and FILE in said.split("error:")[-1]
    assert current_id(home) == good_build
    # The accepted files did not move: a build without the mirror uses the last good file ...
    assert (home / "raw" / SOURCE / "manifest.json").read_text() == manifest
    assert (home / "raw" / SOURCE / FILE).read_bytes() == good_bytes
    offline = build(None, home)
    assert offline.returncode == 0, offline.stderr
    assert count_2008(home) == 228077
    # ... and once the mirror is restored, the next build is fine.
    target.write_bytes(good_bytes)
    again = build(own_mirror, home)
    assert again.returncode == 0, again.stderr
    assert "changed" not in again.stderr

    # `fetch --force` acquires every file again (the same bytes: nothing reported as changed).
    forced = cli("fetch", SOURCE, "--mirror", str(own_mirror), "--force", home=home)
    assert forced.returncode == 0, forced.stderr
    assert FILE in forced.stdout and "changed" not in forced.stderr

"""Which home the CLI uses when $ICE_LEDGER_HOME is not set: a checkout's built `.ice-ledger`, else XDG."""

from __future__ import annotations

from pathlib import Path

import pytest

from ice_ledger.config import default_home


def _built(folder: Path) -> Path:
    home = folder / ".ice-ledger"
    (home / "warehouse" / "builds" / "b1").mkdir(parents=True)
    (home / "warehouse" / "current").symlink_to(home / "warehouse" / "builds" / "b1")
    return home


def test_a_checkouts_built_home_is_found_from_it_and_below(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("ICE_LEDGER_HOME", raising=False)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    home = _built(tmp_path / "checkout")
    (tmp_path / "checkout" / "docs").mkdir()
    monkeypatch.chdir(tmp_path / "checkout" / "docs")
    assert default_home() == home
    # the variable still wins
    monkeypatch.setenv("ICE_LEDGER_HOME", str(tmp_path / "elsewhere"))
    assert default_home() == tmp_path / "elsewhere"


def test_an_unbuilt_home_is_not_taken(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("ICE_LEDGER_HOME", raising=False)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    (tmp_path / "checkout" / ".ice-ledger" / "raw").mkdir(parents=True)  # fetched, never built
    monkeypatch.chdir(tmp_path / "checkout")
    assert default_home() == tmp_path / "xdg" / "ice-ledger"

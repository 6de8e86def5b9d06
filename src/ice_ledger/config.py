"""Where ice-ledger keeps its files, and the few settings a user may change.

Everything lives under one *home* directory so that a user can see, back up or delete it:

    $ICE_LEDGER_HOME (default: the nearest ./.ice-ledger with a built warehouse, in the working directory or a
    parent, as `make demo` leaves in a checkout; else $XDG_DATA_HOME/ice-ledger, i.e. ~/.local/share/ice-ledger)
      raw/<source_id>/...            downloaded files, never modified, plus manifest.json
      warehouse/current -> builds/<build_id>/   the last good build (atomically swapped)
      warehouse/builds/<build_id>/ledger.duckdb, tables/<table>/<source_id>.parquet
      cache/                         disposable: compiled SQL texts kept between builds
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

DEFAULT_SUPPRESSION_THRESHOLD = 10


PROJECT_HOME = ".ice-ledger"  # the home `make demo` builds in a checkout


def default_home() -> Path:
    """The home directory: $ICE_LEDGER_HOME; else the nearest `.ice-ledger` holding a built warehouse in the working
    directory or a parent (so `ice-ledger check` in a checkout uses the warehouse `make demo` built, as `git` finds
    its `.git`); else the XDG data directory."""
    env = os.environ.get("ICE_LEDGER_HOME")
    if env:
        return Path(env).expanduser()
    here = Path.cwd()
    for folder in (here, *here.parents):
        if (folder / PROJECT_HOME / "warehouse" / "current").exists():
            return folder / PROJECT_HOME
    xdg = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(xdg) / "ice-ledger"


def suppression_threshold() -> int:
    """Cells below this count are suppressed in every public output ($ICE_LEDGER_MIN_CELL)."""
    raw = os.environ.get("ICE_LEDGER_MIN_CELL")
    return int(raw) if raw else DEFAULT_SUPPRESSION_THRESHOLD


@dataclass(frozen=True)
class Paths:
    """The layout of one ice-ledger home directory."""

    home: Path

    @classmethod
    def resolve(cls, home: Path | str | None = None) -> Paths:
        return cls(Path(home).expanduser().resolve() if home else default_home().resolve())

    @property
    def raw(self) -> Path:
        return self.home / "raw"

    def raw_dir(self, source_id: str) -> Path:
        return self.raw / source_id

    @property
    def warehouse(self) -> Path:
        return self.home / "warehouse"

    @property
    def builds(self) -> Path:
        return self.warehouse / "builds"

    @property
    def current(self) -> Path:
        return self.warehouse / "current"

    @property
    def cache(self) -> Path:
        """Derived, disposable files (compiled SQL texts) that only save work; deleting them changes nothing."""
        return self.home / "cache"

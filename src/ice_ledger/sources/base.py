"""What a source declares, as its modules import it: the shared declarations (`ice_ledger.schema`) and the
curated tables shipped in this package (sources/hand/). See docs/architecture.md."""

from __future__ import annotations

from importlib import resources
from pathlib import Path

from ice_ledger.schema import Col, ColType, DuplicateRule, LoadContext, RemoteFile, Source, TableSpec

__all__ = ["Col", "ColType", "DuplicateRule", "LoadContext", "RemoteFile", "Source", "TableSpec", "hand_file",
           "package_file", "shipped_copy"]


def package_file(*parts: str) -> Path:
    """A data file shipped inside the package (hand-curated tables, fixes), read where it is installed."""
    return Path(str(resources.files("ice_ledger.sources").joinpath(*parts)))


def hand_file(name: str) -> Path:
    """A curated hand table (sources/hand/<name>): read from the package, never copied into raw/."""
    return package_file("hand", name)


def shipped_copy(name: str) -> Path | None:
    """The hand table a build loaded under this file name, when the package ships one (for `trace`)."""
    path = hand_file(name)
    return path if path.is_file() else None

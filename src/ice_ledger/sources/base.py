"""What a source declares: where its files live, its licence, and the canonical tables it fills.

A source module builds one `Source` and registers it. Its `load` function reads the raw files (the only code
that knows the file format) and hands staged rows of strings to `LoadContext.emit`, which types, validates,
quarantines, adds lineage and writes them. See docs/architecture.md.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

if TYPE_CHECKING:
    from ice_ledger.warehouse.pipeline import LoadContext

ColType = Literal["text", "int", "float", "date", "bool"]


@dataclass(frozen=True)
class RemoteFile:
    """One file of a source: its official URL and where the offline mirror keeps a copy."""

    name: str
    url: str
    mirror_path: str | None = None
    sha256: str | None = None
    optional: bool = False
    note: str = ""


@dataclass(frozen=True)
class Col:
    """A canonical column: the raw header names it may appear under, its type and its checks.

    `raw` lists header spellings (compared case- and whitespace-insensitively). A `required` column missing
    from the file stops the load with a message naming the file; a missing optional column becomes NULL and
    is recorded in the column profile. `not_null` rows with no value go to quarantine.
    """

    name: str
    type: ColType = "text"
    raw: tuple[str, ...] = ()
    description: str = ""
    required: bool = False
    not_null: bool = False
    values: frozenset[str] | None = None
    min: float | dt.date | None = None
    max: float | dt.date | None = None
    upper: bool = False

    @property
    def aliases(self) -> tuple[str, ...]:
        return self.raw or (self.name,)


@dataclass(frozen=True)
class DuplicateRule:
    """Rows that agree on `keys` are likely the same event; all but the first are flagged, never deleted.

    With `in_source`, the rule looks across releases instead: a row is flagged when the other source (loaded
    earlier; list it in `depends_on`) holds a row with the same keys, paired one to one in file order, and
    `duplicate_of` names that row. Keys compare NULL equal to NULL.
    """

    name: str
    keys: tuple[str, ...]
    description: str = ""
    in_source: str | None = None


@dataclass(frozen=True)
class TableSpec:
    """A canonical table a source writes to, and how to derive its standard columns."""

    table: str
    columns: tuple[Col, ...]
    description: str = ""
    fiscal_year_from: str | None = None
    calendar_year_from: str | None = None
    duplicate_rules: tuple[DuplicateRule, ...] = ()
    # Identical rows are flagged `exact_copy` unless the release has no per-person fields, where identical
    # rows are expected (two detainers for different people on the same day at the same jail).
    flag_exact_copies: bool = True
    expected_rows: tuple[int, int] | None = None

    def column(self, name: str) -> Col:
        for c in self.columns:
            if c.name == name:
                return c
        raise KeyError(name)


@dataclass(frozen=True)
class Source:
    """A public source: who publishes it, under what licence, its files, and how to load them."""

    id: str
    title: str
    publisher: str
    licence: str
    homepage: str
    release: str
    files: tuple[RemoteFile, ...]
    tables: tuple[TableSpec, ...]
    load: Callable[[LoadContext], None]
    description: str = ""
    citation: str = ""
    kind: Literal["records", "aggregate", "curated", "reference", "policy"] = "records"
    depends_on: tuple[str, ...] = ()
    # How `ice-ledger trace` re-reads one CSV row when the generic reader cannot (odd layouts).
    raw_row: Callable[[Path, int], dict[str, Any]] | None = None
    tags: tuple[str, ...] = field(default_factory=tuple)

    def table_spec(self, table: str) -> TableSpec:
        for t in self.tables:
            if t.table == table:
                return t
        raise KeyError(f"source {self.id} declares no table {table!r}")

    def file(self, name: str) -> RemoteFile:
        for f in self.files:
            if f.name == name:
                return f
        raise KeyError(f"source {self.id} declares no file {name!r}")


def package_file(*parts: str) -> Path:
    """A data file shipped inside the package (hand-curated tables, fixes)."""
    return Path(__file__).resolve().parent.joinpath(*parts)


def as_tuple(values: Sequence[str]) -> tuple[str, ...]:
    return tuple(values)

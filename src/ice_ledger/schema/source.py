"""What a source declares (its files, licence and canonical tables) and what its `load` function is handed.

A source module builds one `Source`; its `load` reads the raw files (the only code that knows the file format)
and hands staged rows of strings to `LoadContext.emit`. The warehouse implements `LoadContext`: it types,
validates, quarantines, adds lineage and writes the rows. Both sides import these declarations from here, so
neither imports the other. See docs/architecture.md.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal, NamedTuple, Protocol

import duckdb

from ice_ledger.config import Paths

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


@dataclass
class EmitResult:
    """What one emit did: the counts the build report prints."""

    table: str
    file: str
    sheet: str | None
    rows_read: int
    rows_loaded: int
    rows_quarantined: int
    rows_duplicate: int
    notes: list[str] = field(default_factory=list)


class MalformedLine(NamedTuple):
    """A CSV line the reader could not split into the header's fields: its number, why, and its text."""

    line: int
    message: str
    text: str | None = None


class BuildArea(Protocol):
    """The part of a build in progress a load may use: its identity, working directory and table views."""

    @property
    def build_id(self) -> str: ...

    @property
    def paths(self) -> Paths: ...

    @property
    def dir(self) -> Path: ...

    @property
    def tables_dir(self) -> Path: ...

    def refresh_view(self, table: str) -> None: ...

    def flush_metadata(self) -> None:
        """Write the waiting load report, column profile, QA and note rows (before reading or updating them)."""
        ...


class LoadContext(Protocol):
    """What a source's `load` function gets: its raw files, a DuckDB connection, `emit` and the quarantine."""

    @property
    def source(self) -> Source: ...

    @property
    def con(self) -> duckdb.DuckDBPyConnection: ...

    @property
    def build(self) -> BuildArea: ...

    def path(self, name: str) -> Path:
        """Local path of one of the source's raw files (after fetch)."""
        ...

    def has(self, name: str) -> bool: ...

    def stage_name(self) -> str: ...

    def qa(self, check: str, value: Any, expected: Any, status: str, scope: str | None = None) -> None: ...

    def note(self, message: str) -> None: ...

    def emit(
        self,
        table: str,
        stage: str,
        *,
        file: str,
        sheet: str | None = None,
        constants: dict[str, Any] | None = None,
        malformed: Sequence[MalformedLine] | None = None,
        repaired_lines: list[int] | None = None,
    ) -> EmitResult:
        """Type, validate and write the staged rows of one file into `table`."""
        ...

    def emit_row(self, table: str, values: Mapping[str, str | None], *, file: str, line: int | None = None) -> None:
        """Queue one row of `table` (raw strings by column), emitted as its own emit when the load ends."""
        ...

    def quarantine_query(self, table: str, query: str) -> None:
        """Quarantine the rows of a SELECT whose columns are named as `quarantine`'s (source columns added)."""
        ...

    def quarantine_rows(self, table: str, rows: Sequence[Mapping[str, Any]]) -> None:
        """Quarantine rows built in Python, each a mapping of `quarantine` column names to values."""
        ...

    def for_source(self, source: Source) -> LoadContext:
        """A context writing to the same build under a narrowed declaration of the source (one file's layout)."""
        ...

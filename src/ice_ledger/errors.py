"""Typed errors. The library raises these; the CLI and web turn them into one-line messages."""

from __future__ import annotations


class IceLedgerError(Exception):
    """Base class: a problem the user can act on (never a bug)."""


class SourceFileError(IceLedgerError):
    """A source file cannot be read at all. Names the file and, where known, the place."""

    def __init__(self, file: str, problem: str, where: str | None = None, hint: str | None = None):
        self.file, self.problem, self.where, self.hint = file, problem, where, hint
        msg = f"{file}"
        if where:
            msg += f" ({where})"
        msg += f": {problem}"
        if hint:
            msg += f". {hint[:1].upper()}{hint[1:]}"
        super().__init__(msg)


class FetchError(IceLedgerError):
    """A file could not be fetched from its URL or from the mirror."""


class UnknownSourceError(IceLedgerError):
    """A source id that is not in the registry."""


class NoWarehouseError(IceLedgerError):
    """No successful build yet."""

    def __init__(self, where: str):
        super().__init__(f"no warehouse at {where}: run `ice-ledger build --mirror DIR` (or `ice-ledger build`) first")


class UnknownTableError(IceLedgerError):
    """A table name that the warehouse does not hold."""


class UnknownMetricError(IceLedgerError):
    """A metric name that is not in the catalogue; the message names the closest ones."""


class QueryError(IceLedgerError):
    """A user-supplied filter or breakdown that cannot be applied."""


class ReconciliationError(IceLedgerError):
    """Records of a complete period no longer add up to the figure their publisher released: the build stops."""

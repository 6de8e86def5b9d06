"""ice-ledger: a reproducible, traceable ledger of U.S. immigration enforcement records."""

__version__ = "0.1.0"

"""The quarantine reasons, declared in `ice_ledger.schema.reasons` (shared with sources/); named here too."""

from __future__ import annotations

from ice_ledger.schema.reasons import DESCRIPTIONS, PLACEHOLDER_DATES, Reason

__all__ = ["DESCRIPTIONS", "PLACEHOLDER_DATES", "Reason"]

"""Policy records as the policy sources stage them; they live with the sources (sources/_policy_records.py),
which must not import this package. Named here for code above the warehouse that reads them."""

from __future__ import annotations

from ice_ledger.sources._policy_records import POLICY_COLUMNS, Record, screen_intervals, stage_records

__all__ = ["POLICY_COLUMNS", "Record", "screen_intervals", "stage_records"]

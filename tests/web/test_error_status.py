"""Which HTTP status each kind of ledger error answers with (the mapping every JSON error goes through)."""

from __future__ import annotations

from ice_ledger.errors import IceLedgerError
from ice_ledger.metrics.stopping import ComputationStopped
from ice_ledger.web.errors import status_for


def test_work_stopped_at_its_deadline_is_a_gateway_timeout_not_a_bad_request() -> None:
    assert status_for(ComputationStopped("suppression of detainers_issued passed its deadline")) == 504
    assert status_for(IceLedgerError("fiscal_year must be a number")) == 400

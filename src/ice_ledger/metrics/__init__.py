"""Named, documented, traceable metrics over the warehouse (DuckDB by default, PySpark on request).

    from ice_ledger import metrics
    metrics.catalogue()                                   # every metric with its definition and caveats
    metrics.compute("detainers_declined", by=["fiscal_year"]).frame
    metrics.compare_sources("admin_arrests")              # records vs ICE's published figures
"""

from __future__ import annotations

from ice_ledger.metrics.compare import compare_sources
from ice_ledger.metrics.compute import MetricResult, compute
from ice_ledger.metrics.provenance import Provenance
from ice_ledger.metrics.registry import Metric, Selection, UnknownMetricError, catalogue, get

__all__ = ["Metric", "MetricResult", "Provenance", "Selection", "UnknownMetricError", "catalogue",
           "compare_sources", "compute", "get"]

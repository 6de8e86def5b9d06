"""Plain values for JSON and tables: the one place that decides what counts as missing (None, NA, NaT, NaN).

A leaf module (it imports no other part of ice_ledger), so every layer can use it.
"""

from __future__ import annotations

import math
import sys
from typing import Any


def is_missing(v: Any) -> bool:
    """True for None, pandas NA and NaT, and a float NaN (numpy floats included)."""
    # A pandas value exists only once pandas is imported: it is looked up, not imported (~0.2 s a process).
    pd = sys.modules.get("pandas")
    return (v is None or (pd is not None and (v is pd.NA or v is pd.NaT))
            or (isinstance(v, float) and math.isnan(v)))


def plain(v: Any) -> Any:
    """A JSON-ready value: missing → None, numpy → Python, timestamps → ISO (a midnight timestamp as its date),
    lists and dicts element by element."""
    if is_missing(v):
        return None
    pd = sys.modules.get("pandas")
    if pd is not None and isinstance(v, pd.Timestamp):
        return v.date().isoformat() if v == v.normalize() else v.isoformat()
    if hasattr(v, "isoformat"):
        return v.isoformat()
    if hasattr(v, "item"):
        v = v.item()
        return None if isinstance(v, float) and math.isnan(v) else v
    if isinstance(v, (list, tuple)):
        return [plain(x) for x in v]
    if isinstance(v, dict):
        return {str(k): plain(x) for k, x in v.items()}
    if hasattr(v, "tolist"):
        return plain(v.tolist())
    return v

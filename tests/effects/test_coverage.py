"""A small version of bench/coverage_effects.py: bias and CI coverage against known simulated effects."""

from __future__ import annotations

import sys
import warnings
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bench"))

from coverage_effects import replicate


def test_robust_estimators_are_unbiased_and_cover_while_twfe_is_biased() -> None:
    warnings.simplefilter("ignore")
    res = replicate(10, 80, 100, {"did2s": {"method": "did2s"}, "cs": {"method": "cs"},
                                  "twfe": {"method": "twfe"}})
    for name in ("did2s", "cs"):
        assert abs(res[name]["bias"]) < 0.2, (name, res[name])
        assert res[name]["coverage"] >= 0.8, (name, res[name])
    assert res["twfe"]["bias"] < -0.5  # effects grow with time since adoption: TWFE understates them
    assert res["twfe"]["coverage"] < 0.5

"""Simulated staggered-adoption panels with known effects (the ground truth the estimators must recover)."""

from __future__ import annotations

import numpy as np
import pandas as pd


def staggered_panel(seed: int, *, units: int = 120, years: tuple[int, int] = (2000, 2011),
                    cohorts: dict[float, float] | None = None, effect: str = "zero", size: float = 1.0,
                    pretrend: float = 0.0, noise: float = 1.0) -> pd.DataFrame:
    """One row per unit × year; `first_treated` NaN for never-treated units.

    effect: "zero"; "constant" (size from adoption on); "dynamic" (size × (years since adoption + 1), so early
    cohorts have larger effects in calendar time: the Goodman-Bacon case where TWFE is biased).
    pretrend: slope per year added to treated units before adoption (violates parallel trends).
    """
    rng = np.random.default_rng(seed)
    cohorts = cohorts or {2004.0: 0.25, 2007.0: 0.25, 2009.0: 0.25, np.nan: 0.25}
    keys = list(cohorts)
    g = np.array(keys, dtype=float)[rng.choice(len(keys), size=units, p=np.array(list(cohorts.values())))]
    yrs = np.arange(years[0], years[1] + 1)
    u = np.repeat(np.arange(units), len(yrs))
    t = np.tile(yrs, units)
    gi = g[u]
    treated = np.isfinite(gi) & (t >= gi)
    rel = np.where(np.isfinite(gi), t - gi, 0)
    if effect == "zero":
        tau = np.zeros(len(t))
    elif effect == "constant":
        tau = np.where(treated, size, 0.0)
    else:
        tau = np.where(treated, size * (rel + 1), 0.0)
    pre = np.where(np.isfinite(gi) & ~treated, pretrend * rel, 0.0)
    y = (rng.normal(0, 1, units)[u] + 0.3 * (t - years[0]) + rng.normal(0, 0.5, len(yrs))[t - years[0]]
         + tau + pre + rng.normal(0, noise, len(t)))
    return pd.DataFrame({"unit": [f"u{i:03d}" for i in u], "year": t, "y": y, "first_treated": gi,
                         "true_effect": tau})

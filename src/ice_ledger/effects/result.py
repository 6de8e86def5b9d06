"""What an effect estimate reports: the number, its uncertainty, the design it rests on, and its caveats."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

import pandas as pd

from ice_ledger.values import plain


@dataclass
class Bootstrap:
    """Wild cluster bootstrap (null imposed) for the overall ATT."""

    draws: int
    weights: str
    p_value: float
    ci_low: float
    ci_high: float


@dataclass
class EffectResult:
    method: str
    design: str
    outcome: str
    att: float
    se: float
    ci_low: float
    ci_high: float
    p_value: float
    n_obs: int
    n_units: int
    n_treated_units: int
    n_control_units: int
    n_periods: int
    periods: list[int]
    n_clusters: int
    n_treated_clusters: int
    cohorts: dict[int, int]
    event_study: pd.DataFrame
    pretrend_f: float | None
    pretrend_df: int
    pretrend_p: float | None
    twfe_att: float
    twfe_se: float
    negative_weight_share: float
    bootstrap: Bootstrap | None = None
    excluded: dict[str, int] = field(default_factory=dict)
    dropped_cells: list[str] = field(default_factory=list)
    uniform_critical_value: float | None = None  # sup-t: band_low/band_high in the event study
    imputation_pretrend_f: float | None = None  # Borusyak–Jaravel–Spiess test on untreated rows
    imputation_pretrend_df: int = 0
    imputation_pretrend_p: float | None = None
    control_group: str | None = None  # comparison units: "never" or "notyet" (None: TWFE, which has no choice)
    se_fixed_shares: float | None = None  # Callaway–Sant'Anna: SE if cohort shares were known
    group_time: list[dict[str, Any]] = field(default_factory=list)
    aggregations: dict[str, dict[str, Any]] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)
    description: str = ""

    def to_dict(self) -> dict[str, Any]:
        d = asdict(self)
        d["event_study"] = [{k: plain(v) for k, v in r.items()} for r in self.event_study.to_dict("records")]
        return {k: plain(v) if not isinstance(v, list | dict) else v for k, v in d.items()}

    def summary_lines(self) -> list[str]:
        """Plain-language lines: design, N, estimate with CI, pre-trend test, warnings."""
        lines = [f"Design: {self.design}",
                 f"Outcome: {self.outcome}. Estimator: {self.method}.",
                 f"N: {self.n_obs:,} unit-periods; {self.n_units:,} units ({self.n_treated_units:,} treated, "
                 f"{self.n_control_units:,} never treated in the window); periods {_span(self.periods)}; "
                 f"{self.n_clusters:,} clusters ({self.n_treated_clusters:,} with treated units).",
                 "Cohorts (first treated period: units): "
                 + ", ".join(f"{k}: {v}" for k, v in self.cohorts.items()),
                 f"ATT: {self.att:.4g} (SE {self.se:.3g}; 95% CI {self.ci_low:.4g} to {self.ci_high:.4g}; "
                 f"p = {self.p_value:.3g})."]
        if self.se_fixed_shares is not None:
            lines.append(f"The SE includes the uncertainty of the estimated cohort shares; holding them fixed it "
                         f"would be {self.se_fixed_shares:.3g}. Comparison units: "
                         f"{'never treated' if self.control_group == 'never' else 'not yet treated'}.")
        elif self.method == "did2s":
            lines.append("Comparison: never-treated units only (period effects learned from them; each treated "
                         "unit's level from its own untreated periods)." if self.control_group == "never" else
                         "Comparison: every untreated unit-period (never-treated and not-yet-treated units).")
        for kind, agg in self.aggregations.items():
            if kind != "simple":
                lines.append(f"Aggregation '{kind}': {agg['overall']:.4g} (SE {agg['overall_se']:.3g}).")
        if self.bootstrap:
            b = self.bootstrap
            kind = "Bootstrap" if "multiplier" in b.weights else "Wild cluster bootstrap"
            lines.append(f"{kind} ({b.draws} draws, {b.weights} weights): p = {b.p_value:.3g}; "
                         f"95% CI {b.ci_low:.4g} to {b.ci_high:.4g}.")
        lines.append(f"TWFE (for comparison, biased under staggered heterogeneous effects): {self.twfe_att:.4g} "
                     f"(SE {self.twfe_se:.3g}); {self.negative_weight_share:.0%} of treated unit-periods get a "
                     f"negative TWFE weight.")
        if self.pretrend_p is None:
            lines.append("Pre-trend test: not possible (no lead beyond the reference period).")
        else:
            lines.append(f"Pre-trend test (joint F of {self.pretrend_df} leads = 0): F = {self.pretrend_f:.3g}, "
                         f"p = {self.pretrend_p:.3g}. A large p is not proof of parallel trends.")
        if self.imputation_pretrend_p is not None:
            lines.append(f"Imputation pre-trend test on untreated rows (Borusyak–Jaravel–Spiess; joint F of "
                         f"{self.imputation_pretrend_df} leads = 0): F = {self.imputation_pretrend_f:.3g}, "
                         f"p = {self.imputation_pretrend_p:.3g}.")
        if self.uniform_critical_value is not None:
            lines.append(f"Event-study uniform 95% band (sup-t): estimate ± {self.uniform_critical_value:.3g} SE "
                         f"(band_low, band_high), against ± 1.96 pointwise.")
        for reason, n in self.excluded.items():
            lines.append(f"Excluded: {n:,} {reason}.")
        lines += [f"Warning: {w}" for w in self.warnings]
        return lines


def _span(periods: list[int]) -> str:
    if not periods:
        return "none"
    missing = sorted(set(range(periods[0], periods[-1] + 1)) - set(periods))
    gap = f" (missing {', '.join(map(str, missing))})" if missing else ""
    return f"{periods[0]}–{periods[-1]}{gap}"

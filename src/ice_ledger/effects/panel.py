"""Check and shape a unit × period panel for staggered-adoption estimators.

Every row or unit the estimators cannot use is counted in `PreparedPanel.excluded` with its reason, so a reader
sees what the estimate rests on (flag, never silently drop).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

import numpy as np
import pandas as pd

from ice_ledger.errors import IceLedgerError

# Internal column names: user names may contain spaces or formula operators.
UNIT, TIME, Y, G, D, REL, CLUSTER = "u_", "t_", "y_", "g_", "d_", "rel_", "cl_"
# Relative period without the display window's end bins (estimators that must not depend on the window).
REL_ALL = "rel_all_"
# Integer codes of unit, period and cluster (sorted), made once: the estimators index arrays with them.
UID, TID, CID = "uid_", "tid_", "cid_"
NEVER = np.inf
# A treated unit seen untreated only once fits its own level exactly: the imputation's first stage drops it as a
# singleton and it says nothing about pre-trends, so at least two untreated periods are required.
MIN_PRE = 2


class EffectInputError(IceLedgerError):
    """A panel that the effect estimators cannot use (missing column, no comparison units, ...)."""


@dataclass
class PreparedPanel:
    """A validated panel with internal column names, plus what was set aside and why."""

    data: pd.DataFrame
    covariates: list[str]
    names: dict[str, str]
    excluded: dict[str, int] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)

    @property
    def treated_units(self) -> int:
        return int(self.data.loc[self.data[D] == 1, UNIT].nunique())

    @property
    def control_units(self) -> int:
        """Units never treated inside the window (never-treated or treated only after it)."""
        return int(self.data.loc[~np.isfinite(self.data[G]), UNIT].nunique())

    @property
    def clusters(self) -> int:
        return int(self.data[CLUSTER].nunique())

    @property
    def treated_clusters(self) -> int:
        return int(self.data.loc[self.data[D] == 1, CLUSTER].nunique())

    @property
    def periods(self) -> list[int]:
        return sorted(int(t) for t in self.data[TIME].unique())

    def cohorts(self) -> dict[int, int]:
        """First treated period → number of units."""
        per_unit = self.data.loc[np.isfinite(self.data[G])].groupby(UNIT)[G].first()
        return {int(k): int(v) for k, v in per_unit.value_counts().sort_index().items()}

    def pre_periods(self) -> pd.Series:
        """Observed untreated periods per treated unit (what its counterfactual is learned from)."""
        treated = self.data[np.isfinite(self.data[G])]
        return treated[treated[D] == 0].groupby(UNIT).size().reindex(treated[UNIT].unique(), fill_value=0)


def prepare(panel: pd.DataFrame, unit: str, time: str, outcome: str, first_treated: str, *,
            cluster: str | None = None, covariates: Sequence[str] = (), min_pre: int = MIN_PRE,
            window: tuple[int, int] = (-5, 5)) -> PreparedPanel:
    """Validate the panel and build the treatment indicator and binned relative time.

    `first_treated` holds the first period a unit is treated; NaN, 0 or +inf means never treated. Treatment is
    absorbing (once treated, always treated), as all three estimators assume.
    """
    cluster = cluster or unit
    needed = [unit, time, outcome, first_treated, cluster, *covariates]
    missing = [c for c in dict.fromkeys(needed) if c not in panel.columns]
    if missing:
        raise EffectInputError(f"panel has no column(s) {', '.join(map(repr, missing))}; "
                               f"columns are: {', '.join(map(str, panel.columns))}")
    if panel.empty:
        raise EffectInputError("panel is empty")
    lo, hi = window
    if not (lo <= -2 and hi >= 0):
        raise EffectInputError(f"event window {window} must include at least period -2 and period 0")
    df = pd.DataFrame({
        UNIT: panel[unit].astype(str).to_numpy(),
        TIME: _numeric(panel[time], time),
        Y: _numeric(panel[outcome], outcome, allow_missing=True),
        G: _numeric(panel[first_treated], first_treated, allow_missing=True),
        CLUSTER: panel[cluster].astype(str).to_numpy(),
    })
    for i, c in enumerate(covariates):
        df[f"x{i}_"] = _numeric(panel[c], c, allow_missing=True)
    covs = [f"x{i}_" for i in range(len(covariates))]
    excluded: dict[str, int] = {}
    notes: list[str] = []

    if df[Y].isna().all():
        raise EffectInputError(f"outcome {outcome!r} is missing in every row")
    if (df[TIME] != df[TIME].round()).any():
        raise EffectInputError(f"time column {time!r} must hold whole periods (e.g. years)")
    df[TIME] = df[TIME].astype(int)
    dups = int(df.duplicated([UNIT, TIME]).sum())
    if dups:
        raise EffectInputError(f"{dups} duplicate ({unit}, {time}) rows: the panel needs one row per unit "
                               "and period")
    g = df[G].where(df[G].notna() & (df[G] != 0), NEVER)
    df[G] = g.astype(float)
    varying = df.groupby(UNIT)[G].nunique()
    if (varying > 1).any():
        raise EffectInputError(f"{first_treated!r} varies within unit for {int((varying > 1).sum())} unit(s) "
                               f"(e.g. {varying[varying > 1].index[0]!r}); it must be one value per unit")
    if df.groupby(UNIT)[CLUSTER].nunique().gt(1).any():
        raise EffectInputError(f"cluster {cluster!r} must be constant within each unit")

    nan_rows = df[[Y, *covs]].isna().any(axis=1)
    if nan_rows.any():
        excluded["rows with missing outcome or covariate"] = int(nan_rows.sum())
        df = df[~nan_rows]

    # A unit seen once has no within-unit variation; the fixed-effects fits drop it, so drop it here, counted.
    seen = df.groupby(UNIT)[TIME].transform("size")
    if (seen == 1).any():
        excluded["units observed in only one period"] = int((seen == 1).sum())
        df = df[seen > 1]

    # Units treated after the last observed period are controls inside the window.
    last = df[TIME].max()
    df.loc[df[G] > last, G] = NEVER

    # A treated unit needs untreated periods to learn its own level from.
    pre = df[df[TIME] < df[G]].groupby(UNIT).size()
    treated_units = df.loc[np.isfinite(df[G]), UNIT].unique()
    pre = pre.reindex(treated_units, fill_value=0)
    need = max(min_pre, MIN_PRE)
    short = pre[pre < need].index
    if len(short):
        excluded[f"treated units with fewer than {need} observed pre-treatment periods"] = len(short)
        df = df[~df[UNIT].isin(short)]

    if not np.isfinite(df[G]).any():
        raise EffectInputError("no treated units remain: every unit is never treated, or treated before the "
                               "panel starts")
    if not (~np.isfinite(df[G])).any():
        g_last = df[G].max()
        cut = df[TIME] >= g_last
        if cut.all() or not (df[TIME] < g_last).any():
            raise EffectInputError("no never-treated or not-yet-treated units to compare with")
        reason = f"rows from {int(g_last)} on (no never-treated units; the last cohort is the control)"
        excluded[reason] = int(cut.sum())
        notes.append(f"no never-treated units: the cohort first treated in {int(g_last)} serves as the control, "
                     f"so periods from {int(g_last)} on are not used")
        df = df[~cut].copy()
        df.loc[df[G] == g_last, G] = NEVER
        if not np.isfinite(df[G]).any():
            raise EffectInputError("no never-treated or not-yet-treated units to compare with: all units are "
                                   "treated at the same time")

    df[D] = (df[TIME] >= df[G]).astype(int)
    untreated_per_period = df[df[D] == 0].groupby(TIME).size().reindex(df[TIME].unique(), fill_value=0)
    empty = untreated_per_period[untreated_per_period == 0].index
    if len(empty):
        excluded["rows in periods with no untreated unit"] = int(df[TIME].isin(empty).sum())
        df = df[~df[TIME].isin(empty)]
    prepared = PreparedPanel(df.reset_index(drop=True), covs,
                             {"unit": unit, "time": time, "outcome": outcome, "first_treated": first_treated,
                              "cluster": cluster}, excluded, notes)
    n_treated = prepared.treated_units
    if n_treated == 0:
        raise EffectInputError("no treated unit-periods remain after the checks above")
    if n_treated == 1:
        raise EffectInputError("only one treated unit: an effect could be estimated but its uncertainty cannot "
                               "(cluster-robust inference needs several treated units)")
    rel = (df[TIME] - df[G]).where(np.isfinite(df[G]), -1)
    prepared.data[REL_ALL] = rel.astype(int).to_numpy()
    for col, src in ((UID, UNIT), (TID, TIME), (CID, CLUSTER)):
        prepared.data[col] = pd.factorize(prepared.data[src], sort=True)[0].astype(np.int64)
    prepared.data[REL] = rel.clip(lo, hi).astype(int).to_numpy()
    return prepared


def _numeric(s: pd.Series, name: str, allow_missing: bool = False) -> np.ndarray:
    out = pd.to_numeric(s, errors="coerce")
    bad = out.isna() & s.notna()
    if bad.any():
        raise EffectInputError(f"column {name!r} must be numeric; e.g. {s[bad].iloc[0]!r} is not")
    if not allow_missing and out.isna().any():
        raise EffectInputError(f"column {name!r} has {int(out.isna().sum())} missing value(s)")
    return out.to_numpy(dtype=float)

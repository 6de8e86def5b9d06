"""Policy metrics: 287(g) agreements in force by model, and jurisdictions under each sanctuary definition.

Counts are of policy records in the registry (`policies`), one per jurisdiction and policy spell. They count
jurisdictions, which are public, not people, so small cells are not suppressed. "In force" means the record
has no end date in its source; `--where valid_from<=2020-01-01` and similar narrow it to a date.
"""

from __future__ import annotations

from typing import Any

from ice_ledger.metrics.registry import LINEAGE_BREAKDOWNS, Selection, col, metric

MODELS_287G = ("287g_jail_enforcement", "287g_warrant_service_officer", "287g_task_force", "287g_agreement")
SANCTUARY_KINDS = ("sanctuary_list_member", "detainer_noncompliance_behavioural")
COLUMNS = {
    "model": col("policy_kind"),
    "definition": col("definition_id"),
    "state": col("state"),
    "jurisdiction_type": col("jurisdiction_type"),
    "calendar_year": lambda t: t.valid_from.year(),
    **LINEAGE_BREAKDOWNS,
}


@metric(
    name="agreements_287g", title="287(g) agreements in force, by model",
    definition="Signed 287(g) agreements (jail enforcement, warrant service officer, task force) with no end "
    "date in their source; pending requests are not counted.",
    unit="count", numerator="policy records of a 287(g) model without an end date", table="policies",
    columns=COLUMNS, sources=("ice_287g_2025", "wapo_287g_history"), person_level=False,
    caveats="ICE's list is a snapshot; historical agreements come from other sources with their own coverage. "
    "Break down by model; calendar_year is the year the agreement took effect.",
)
def agreements_287g(t: Any) -> Selection:
    return Selection(rows=t.policy_kind.isin(MODELS_287G) & t.valid_to.isnull())


@metric(
    name="sanctuary_jurisdictions", title="Jurisdictions under each sanctuary definition",
    definition="Jurisdictions (states, counties, cities) that a named sanctuary definition lists or that meet "
    "a behavioural definition (declined-detainer share); break down by `definition` — they disagree.",
    unit="count", numerator="policy records of a sanctuary definition", table="policies", columns=COLUMNS,
    sources=("dhs_sanctuary_2025", "derived_behavioural", "policy_definitions"), person_level=False,
    caveats="Each definition counts something different (a DHS list, a behavioural threshold ...); never add "
    "across definitions. `ice-ledger definitions` describes each one.",
)
def sanctuary_jurisdictions(t: Any) -> Selection:
    return Selection(rows=t.policy_kind.isin(SANCTUARY_KINDS))

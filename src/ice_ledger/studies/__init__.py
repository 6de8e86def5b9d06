"""The research registry: published studies and their reported figures, as data (studies.csv, study_figures.csv).

Its own package because both the effect estimators (effects/) and the claim checker (claims/) read it, and it is
neither's: it depends on nothing but the shared error types.

    from ice_ledger import studies
    studies.studies(topic="sanctuary_crime")
"""

from __future__ import annotations

from ice_ledger.studies.registry import (
    DIRECTIONS,
    EFFECTS,
    FIGURE_COMPARATORS,
    FIGURE_UNITS,
    Study,
    StudyFigure,
    all_studies,
    studies,
    study_figures,
    topics,
)

__all__ = ["DIRECTIONS", "EFFECTS", "FIGURE_COMPARATORS", "FIGURE_UNITS", "Study", "StudyFigure", "all_studies",
           "studies", "study_figures", "topics"]

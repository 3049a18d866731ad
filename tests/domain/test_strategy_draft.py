"""A version of the strategy draft is the whole draft as JSON: it reads back exactly, and a
damaged or newer one is refused with a reason instead of being misread."""

from __future__ import annotations

import json

import pytest

from smartcity_desktop.domain.strategy import (
    DRAFT_FORMAT,
    ActionEntry,
    CriterionEntry,
    DraftFormatError,
    FieldEntry,
    FieldGoalEntry,
    GoalEntry,
    GovernanceEntry,
    ProjectEntry,
    StrategyDraft,
)
from smartcity_desktop.domain.traceability import TraceSummary


def sample() -> StrategyDraft:
    return StrategyDraft(
        title="Smart-City-Strategie Teststadt",
        city="Teststadt",
        vision="Eine **grüne** Stadt.",
        goals=(GoalEntry("Klimaneutral", "bis *2035*", "ISEK-Ziel 3", 4),),
        fields=(
            FieldEntry(
                "Umwelt",
                "Sensoren und Daten",
                goals=(FieldGoalEntry("Bäume gießen", "Klimaneutral", 4),),
                projects=(
                    ProjectEntry("Baumsensoren", cost=12000, utility=7.45, rank=1, project_id=2),
                ),
                trace=TraceSummary(8, (("survey", 5), ("interview", 3)), 26, 2, 1, 1),
                field_id=3,
            ),
        ),
        criteria=(CriterionEntry("Datenschutz", weight=0.25, must=True, threshold=5.0),),
        weighting="AHP (Fachgespräch)",
        weighting_id=1,
        governance=(GovernanceEntry("CDO", "eine Person", "steuert"),),
        actions=(ActionEntry("Pilot starten", "Grünflächenamt", "2027-04-30", "Umwelt", 3),),
        version="Entwurf 1",
        created="2026-10-16T17:30:00",
    )


def test_a_draft_reads_back_from_its_json_exactly():
    draft = sample()
    again = StrategyDraft.from_json(draft.to_json())
    assert again == draft
    assert again.fields[0].trace.sources == (("survey", 5), ("interview", 3))


def test_totals_add_up_the_fields():
    draft = sample()
    second = FieldEntry("Soziales", trace=TraceSummary(4, (("survey", 2), ("own", 2)), 3, 0, 2, 1))
    totals = StrategyDraft("x", fields=(draft.fields[0], second)).totals
    assert (totals.ideas, totals.green, totals.red, totals.projects) == (12, 29, 2, 3)
    assert dict(totals.sources) == {"survey": 7, "interview": 3, "own": 2}
    assert totals.source_count == 3


def test_keys_a_later_version_adds_are_ignored_and_missing_ones_defaulted():
    data = json.loads(sample().to_json())
    data["draft"]["a_new_section"] = "x"
    del data["draft"]["governance"]
    draft = StrategyDraft.from_json(json.dumps(data))
    assert draft.governance == ()
    assert draft.title == "Smart-City-Strategie Teststadt"


@pytest.mark.parametrize(
    "text",
    [
        "",
        "not json",
        "[]",
        json.dumps({"format": 1}),
        json.dumps({"draft": {"title": "x"}}),
        json.dumps({"format": 1, "draft": {"fields": "Umwelt"}}),
        json.dumps({"format": 1, "draft": {"goals": [{"isek": "x"}]}}),
        json.dumps({"format": 1, "draft": {"fields": [{"title": "x", "trace": 5}]}}),
    ],
)
def test_damaged_content_is_refused(text):
    with pytest.raises(DraftFormatError):
        StrategyDraft.from_json(text)


def test_a_newer_format_is_refused_by_name():
    data = json.loads(sample().to_json())
    data["format"] = DRAFT_FORMAT + 1
    with pytest.raises(DraftFormatError, match="newer"):
        StrategyDraft.from_json(json.dumps(data))

"""Comparing two drafts section by section and word by word (`domain.strategy_compare`)."""

from __future__ import annotations

from dataclasses import replace
from itertools import pairwise

import pytest
from hypothesis import given
from hypothesis import strategies as st

from smartcity_desktop.domain.strategy import (
    CriterionEntry,
    DraftFormatError,
    FieldEntry,
    GoalEntry,
    ProjectEntry,
    StrategyDraft,
)
from smartcity_desktop.domain.strategy_compare import Segment, compare, diff_words


def draft(**changes) -> StrategyDraft:
    base = StrategyDraft(
        title="Smart-City-Strategie Musterstadt",
        vision="Musterstadt ist **2035** eine digitale und lebenswerte Stadt.",
        goals_text="Die Ziele leiten sich aus dem ISEK ab.",
        goals=(GoalEntry("Verwaltung digital", "Alle Leistungen online.", "ISEK-Ziel 2"),),
        fields_text="Fünf Handlungsfelder.",
        fields=(
            FieldEntry("E-Government", "Die Verwaltung wird digital.", field_id=1),
            FieldEntry(
                "Umwelt",
                "Sensoren helfen dem Grün.",
                projects=(ProjectEntry("Baumbewässerung"),),
                field_id=4,
            ),
        ),
        criteria=(CriterionEntry("Nutzen", weight=0.4), CriterionEntry("Kosten", must=True)),
        governance_text="Ein Lenkungskreis steuert.",
        next_steps_text="Der Rat beschließt im Frühjahr.",
    )
    return replace(base, **changes)


def by_key(diffs):
    return {d.key: d for d in diffs}


def new_text(segments) -> str:
    return "".join(s.text for s in segments if s.op != "delete")


def old_text(segments) -> str:
    return "".join(s.text for s in segments if s.op != "insert")


def test_identical_drafts_are_the_same_in_every_section() -> None:
    diffs = compare(draft(), draft())

    assert [d.key for d in diffs] == [
        "vision",
        "goals",
        "fields",
        "field:1",
        "field:4",
        "criteria",
        "governance",
        "next_steps",
    ]
    assert {d.status for d in diffs} == {"same"}
    assert not any(d.changed for d in diffs)
    assert all(s.op == "equal" for d in diffs for s in d.segments)
    # formatting is dropped, the words stay
    assert diffs[0].segments == (
        Segment("equal", "Musterstadt ist 2035 eine digitale und lebenswerte Stadt."),
    )


def test_one_changed_word_is_one_delete_and_one_insert() -> None:
    old = draft()
    new = draft(vision=old.vision.replace("lebenswerte", "klimaneutrale"))

    diffs = by_key(compare(old, new))

    vision = diffs["vision"]
    assert vision.status == "changed"
    changes = [s for s in vision.segments if s.op != "equal"]
    assert changes == [Segment("delete", "lebenswerte"), Segment("insert", "klimaneutrale")]
    assert vision.segments[0] == Segment("equal", "Musterstadt ist 2035 eine digitale und ")
    assert vision.segments[-1] == Segment("equal", " Stadt.")
    assert [k for k, d in diffs.items() if d.changed] == ["vision"]


def test_added_and_removed_fields() -> None:
    old = draft()
    new = draft(
        fields=(
            FieldEntry("Digitale Bildung", "Schulen.", field_id=5),
            old.fields[0],
        )
    )

    diffs = compare(old, new)
    statuses = {d.key: d.status for d in diffs}

    assert statuses["field:5"] == "added"
    assert statuses["field:1"] == "same"
    assert statuses["field:4"] == "removed"
    removed = by_key(diffs)["field:4"]
    assert removed.title == "Umwelt"
    assert removed.segments == (
        Segment("delete", "Umwelt\nSensoren helfen dem Grün.\n▸ Baumbewässerung"),
    )
    added = by_key(diffs)["field:5"]
    assert added.segments == (Segment("insert", "Digitale Bildung\nSchulen."),)
    # the removed field stays where it was: after E-Government, before the criteria
    keys = [d.key for d in diffs]
    assert keys.index("field:1") < keys.index("field:4") < keys.index("criteria")


def test_a_renamed_field_is_matched_by_its_id() -> None:
    old = draft()
    renamed = replace(old.fields[1], title="Umwelt und Klima")
    new = draft(fields=(old.fields[0], renamed))

    diffs = by_key(compare(old, new))

    assert "field:4" in diffs
    field = diffs["field:4"]
    assert field.status == "changed"
    assert field.title == "Umwelt und Klima"
    assert field.segments == (
        Segment("equal", "Umwelt"),
        Segment("insert", " und Klima"),
        Segment("equal", "\nSensoren helfen dem Grün.\n▸ Baumbewässerung"),
    )
    assert not any(d.status in ("added", "removed") for d in diffs.values())


def test_fields_without_an_id_are_matched_by_title() -> None:
    old = draft(fields=(FieldEntry("Mobilität", "Busse fahren."),))
    new = draft(fields=(FieldEntry("Mobilität", "Busse und Bahnen fahren."),))

    diffs = by_key(compare(old, new))

    assert diffs["field:Mobilität"].status == "changed"
    assert Segment("insert", " und Bahnen") in diffs["field:Mobilität"].segments


def test_criteria_weights_use_the_given_number_format() -> None:
    old = draft()
    new = draft(criteria=(CriterionEntry("Nutzen", weight=0.5), old.criteria[1]))

    diffs = by_key(compare(old, new, percent=lambda w: f"{w * 100:.0f} Prozent"))

    criteria = diffs["criteria"]
    assert criteria.status == "changed"
    assert Segment("delete", "40") in criteria.segments
    assert Segment("insert", "50") in criteria.segments
    assert "Kosten (K.O.)" in new_text(criteria.segments)


@given(st.text(alphabet="ab \n.", max_size=30), st.text(alphabet="ab \n.", max_size=30))
def test_the_word_diff_rebuilds_both_texts(old: str, new: str) -> None:
    segments = diff_words(old, new)

    assert old_text(segments) == old
    assert new_text(segments) == new
    # neighbours never share an operation (they would be one segment)
    assert all(a.op != b.op for a, b in pairwise(segments))


def test_a_version_with_values_of_the_wrong_kind_is_refused_as_damaged() -> None:
    with pytest.raises(DraftFormatError):
        StrategyDraft.from_json('{"format": 1, "draft": {"title": "x", "vision": null}}')

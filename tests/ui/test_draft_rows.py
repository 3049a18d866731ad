"""What the moderator reads when the draft's lists refuse a change: a sentence in the app's
language saying what to do, never the document's own check in developer English."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from ui_helpers import FakeDialogs

from smartcity_desktop.document import ProjectDocument, board_ops
from smartcity_desktop.document import strategy_ops as ops
from smartcity_desktop.ui.draft_models import FieldGoalsModel, GoalsModel
from smartcity_desktop.ui.draft_rows import RowsPanel, push, refusal_text

REMOVED = "This line was removed meanwhile; nothing was changed."
NEEDS_TEXT = "This line needs a text; nothing was changed."


@pytest.fixture
def document(qapp, demo_path: Path) -> Iterator[ProjectDocument]:
    doc = ProjectDocument.open(demo_path)
    yield doc
    doc.close()


def warned(fake_dialogs: FakeDialogs) -> str:
    (warning,) = fake_dialogs.take("warn")
    return warning.text


def test_an_empty_required_text_is_told_in_plain_words(
    document: ProjectDocument, fake_dialogs: FakeDialogs
) -> None:
    steps = document.undo_stack.count()
    result = push(
        document,
        fake_dialogs,
        "Strategic goals",
        lambda: ops.add_row(document, "strategic_goals", {"title": "   "}),
    )
    assert result is None
    assert warned(fake_dialogs) == NEEDS_TEXT
    assert document.undo_stack.count() == steps


@pytest.mark.parametrize(
    ("due", "told"),
    [
        ("31.2.2027", "“31.2.2027” is not a date. Please write it as 31.12.2027."),
        ("nächste Woche", "“nächste Woche” is not a date. Please write it as 31.12.2027."),
        ("2027-02-31", "This is not a date. Please write it as 31.12.2027."),
    ],
)
def test_a_bad_date_says_how_to_write_one(
    document: ProjectDocument, fake_dialogs: FakeDialogs, due: str, told: str
) -> None:
    before = document.strategy_actions()
    push(
        document,
        fake_dialogs,
        "Next steps",
        lambda: ops.add_row(document, "strategy_actions", {"what": "Beschluss", "due": due}),
    )
    assert warned(fake_dialogs) == told
    assert document.strategy_actions() == before


def test_moving_a_line_that_is_gone_says_so(
    document: ProjectDocument, fake_dialogs: FakeDialogs
) -> None:
    push(
        document,
        fake_dialogs,
        "Strategic goals",
        lambda: ops.move_row(document, "strategic_goals", 987654, 0),
    )
    assert warned(fake_dialogs) == REMOVED


def test_a_goal_typed_for_a_field_deleted_meanwhile_is_refused_in_plain_words(
    qtbot, document: ProjectDocument, fake_dialogs: FakeDialogs
) -> None:
    field = document.fields_of_action()[0].id
    model = FieldGoalsModel(document, field)
    panel = RowsPanel(document, fake_dialogs, model, "Goals", "Type a goal")
    qtbot.addWidget(panel)
    panel.field_id = field
    assert document.push(board_ops.delete_field(document, field))

    panel.new_edit.setText("Alle Anträge online")
    panel.buttons["add"].click()

    assert warned(fake_dialogs) == REMOVED
    assert panel.new_edit.text() == "Alle Anträge online"  # kept, nothing is lost
    assert document.field_goals(field) == []


def test_the_models_own_sentences_are_kept(
    qtbot, document: ProjectDocument, fake_dialogs: FakeDialogs
) -> None:
    assert document.push(ops.add_row(document, "strategic_goals", {"title": "Digitale Teilhabe"}))
    model = GoalsModel(document)
    panel = RowsPanel(document, fake_dialogs, model, "Strategic goals", "Type a goal")
    qtbot.addWidget(panel)
    row = model.rowCount() - 1

    assert not model.setData(model.index(row, 0), "  ")

    assert warned(fake_dialogs) == "A strategic goal needs a title. To remove it, use Delete."
    assert refusal_text(KeyError(5)) == REMOVED
    assert refusal_text("'5'") == REMOVED

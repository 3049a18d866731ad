"""The strategy page: the vision (Leitbild) is saved as typed, merges into one undo step, and
survives closing, undo with the cursor in the field, and a full disk (R8).
"""

from __future__ import annotations

from pathlib import Path

from ui_helpers import (
    KICK_OFF,
    FakeDialogs,
    focus,
    on_disk,
    open_demo,
    properties_child,
    reopened,
    select_workshop,
    strategy_field,
    type_into,
)

from smartcity_desktop.document import ProjectDocument
from smartcity_desktop.ui.main_window import MainWindow
from smartcity_desktop.ui.widgets import CommitLineEdit, CommitTextEdit

# -- the strategy page ----------------------------------------------------------------------


def test_the_vision_is_saved_when_focus_leaves_and_edits_merge_into_one_step(
    qtbot, window: MainWindow, demo_path: Path
) -> None:
    doc = open_demo(window, demo_path)
    original = doc.strategy().vision
    vision = strategy_field(window, CommitTextEdit, "strategyVision")
    assert vision.toPlainText() == original

    focus(qtbot, vision)
    vision.moveCursor(vision.textCursor().MoveOperation.End)
    qtbot.keyClicks(vision, " Erster Zusatz.")
    assert on_disk(demo_path).strategy.vision == original  # not yet: still typing
    focus(qtbot, window.navigator)
    assert on_disk(demo_path).strategy.vision == original + " Erster Zusatz."
    assert window.undo_action.text() == "&Undo Edit vision"

    focus(qtbot, vision)
    vision.moveCursor(vision.textCursor().MoveOperation.End)
    qtbot.keyClicks(vision, " Zweiter.")
    vision.commit()
    assert on_disk(demo_path).strategy.vision == original + " Erster Zusatz. Zweiter."
    assert doc.undo_stack.count() == 1  # consecutive vision edits are one undo step

    focus(qtbot, window.navigator)
    window.undo_action.trigger()
    assert vision.toPlainText() == original
    assert on_disk(demo_path).strategy.vision == original
    assert not window.undo_action.isEnabled()


def test_the_vision_is_saved_after_a_pause_in_typing(
    qtbot, window: MainWindow, demo_path: Path
) -> None:
    doc = open_demo(window, demo_path)
    vision = strategy_field(window, CommitTextEdit, "strategyVision")
    focus(qtbot, vision)
    vision.selectAll()
    qtbot.keyClicks(vision, "Kurz und klar.")
    qtbot.waitUntil(lambda: doc.undo_stack.count() == 1, timeout=3 * CommitTextEdit.IDLE_MS)
    assert vision.hasFocus()
    assert on_disk(demo_path).strategy.vision == "Kurz und klar."


def test_typed_but_uncommitted_vision_is_saved_when_the_project_is_closed(
    qtbot, window: MainWindow, demo_path: Path
) -> None:
    open_demo(window, demo_path)
    vision = strategy_field(window, CommitTextEdit, "strategyVision")
    focus(qtbot, vision)
    vision.selectAll()
    qtbot.keyClicks(vision, "Nicht verlieren!")
    window.close_project()  # well within the idle pause
    assert reopened(demo_path).strategy.vision == "Nicht verlieren!"


def test_undo_from_the_menu_while_the_vision_has_focus(
    qtbot, window: MainWindow, demo_path: Path
) -> None:
    # Regression: show_value() did not show the document's value while the field had focus
    # but took it as "shown", so the field kept the undone text and committed it again when
    # the focus left: the undo was silently re-done.
    doc = open_demo(window, demo_path)
    original = doc.strategy().vision
    vision = strategy_field(window, CommitTextEdit, "strategyVision")
    focus(qtbot, vision)
    vision.selectAll()
    qtbot.keyClicks(vision, "Neu.")
    vision.commit()  # the pause in typing has passed; the cursor is still in the field
    window.undo_action.trigger()  # Edit > Undo with the mouse: the focus stays in the field
    assert on_disk(demo_path).strategy.vision == original
    focus(qtbot, window.navigator)
    assert on_disk(demo_path).strategy.vision == original  # the undo must stick
    assert vision.toPlainText() == original


def test_undo_from_the_menu_while_a_title_field_has_focus(
    qtbot, window: MainWindow, demo_path: Path
) -> None:
    open_demo(window, demo_path)
    workshop_id = select_workshop(window, KICK_OFF)
    title = properties_child(window, CommitLineEdit, "workshopTitle")
    type_into(qtbot, title, "Auftakt")  # Enter commits; the cursor stays in the field
    window.undo_action.trigger()
    focus(qtbot, window.navigator)
    assert on_disk(demo_path).workshop(workshop_id).title == KICK_OFF
    assert title.text() == KICK_OFF


# -- a full disk (R8) -----------------------------------------------------------------------


def fill_the_disk(doc: ProjectDocument) -> None:
    """No page may be added to the file any more: SQLITE_FULL, as on a full USB stick."""
    conn = doc._file.conn
    conn.execute(f"PRAGMA max_page_count = {conn.execute('PRAGMA page_count').fetchone()[0]}")


def free_the_disk(doc: ProjectDocument) -> None:
    doc._file.conn.execute("PRAGMA max_page_count = 1073741823")


LONG_VISION = "Musterstadt teilt ihre Daten offen und sicher. " * 2000  # needs new pages


def test_a_full_disk_is_reported_plainly_and_nothing_saved_is_lost(
    qtbot, window: MainWindow, demo_path: Path, fake_dialogs: FakeDialogs
) -> None:
    doc = open_demo(window, demo_path)
    before = on_disk(demo_path)
    vision = strategy_field(window, CommitTextEdit, "strategyVision")
    focus(qtbot, vision)
    fill_the_disk(doc)
    vision.selectAll()
    vision.insertPlainText(LONG_VISION)
    vision.commit()

    [warning] = fake_dialogs.take("warn")
    assert warning.text.startswith("The disk is full. Your last change was not saved")
    assert window.saved_label.text() == "Last change NOT saved"
    assert doc.undo_stack.count() == 0  # no undo step for a change that is not in the file
    assert not window.undo_action.isEnabled()
    assert on_disk(demo_path) == before

    # Space freed: the app is still working and the next change is saved.
    free_the_disk(doc)
    vision = strategy_field(window, CommitTextEdit, "strategyVision")
    focus(qtbot, vision)
    vision.selectAll()
    vision.insertPlainText(LONG_VISION)
    vision.commit()
    assert on_disk(demo_path).strategy.vision == LONG_VISION
    assert window.saved_label.text().startswith("All changes saved · ")


def test_a_full_disk_keeps_what_was_typed_for_a_retry(
    qtbot, window: MainWindow, demo_path: Path, fake_dialogs: FakeDialogs
) -> None:
    # Regression: MainWindow._write_failed() rebuilt the page, throwing away what was typed.
    doc = open_demo(window, demo_path)
    vision = strategy_field(window, CommitTextEdit, "strategyVision")
    focus(qtbot, vision)
    fill_the_disk(doc)
    vision.selectAll()
    vision.insertPlainText(LONG_VISION)
    vision.commit()
    assert fake_dialogs.take("warn")

    shown = strategy_field(window, CommitTextEdit, "strategyVision")
    assert shown.toPlainText() == LONG_VISION  # still on the screen
    free_the_disk(doc)
    focus(qtbot, window.navigator)  # leaving the field tries again
    assert on_disk(demo_path).strategy.vision == LONG_VISION

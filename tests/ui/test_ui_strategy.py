"""The vision (Leitbild): edited with its formatting in the strategy draft, saved as typed,
merged into one undo step, and it survives closing, undo with the cursor in the field, and a
full disk (R8). The strategy page shows it as it reads and leads to the draft to edit it.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMimeData, Qt
from PySide6.QtGui import QFont, QTextCursor
from PySide6.QtWidgets import QPushButton, QTextEdit
from ui_helpers import (
    KICK_OFF,
    FakeDialogs,
    current_page,
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
from smartcity_desktop.document import strategy_ops as ops
from smartcity_desktop.ui.draft_page import DraftPage
from smartcity_desktop.ui.main_window import MainWindow
from smartcity_desktop.ui.navigator import Node
from smartcity_desktop.ui.rich_text_edit import RichTextEdit
from smartcity_desktop.ui.rich_text_markdown import markdown_of
from smartcity_desktop.ui.widgets import CommitLineEdit

UNDO_EDIT_VISION = "&Undo Edit the strategy draft"


def draft_vision(window: MainWindow) -> RichTextEdit:
    """The vision's editor on the strategy draft page, opened on its vision section if it is
    not shown yet (the page is not rebuilt when it is)."""
    if current_page(window).objectName() != "page_draft":
        window.show_node(Node("draft"))
    page = current_page(window)
    assert isinstance(page, DraftPage)
    page.show_section("vision")
    section = page.pages["vision"]
    assert page.stack.currentWidget() is section
    vision = section.findChild(RichTextEdit)
    assert vision is not None
    return vision


def type_at_end(qtbot, vision: RichTextEdit, text: str) -> None:
    focus(qtbot, vision)
    vision.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.keyClicks(vision, text)


def type_over(qtbot, vision: RichTextEdit, text: str) -> None:
    focus(qtbot, vision)
    vision.selectAll()
    qtbot.keyClicks(vision, text)


def paste_over(vision: RichTextEdit, text: str) -> None:
    """Select everything and paste `text` over it."""
    vision.selectAll()
    pasted = QMimeData()
    pasted.setText(text)
    vision.insertFromMimeData(pasted)


# -- the vision in the strategy draft ------------------------------------------------------


def test_the_vision_is_saved_when_focus_leaves_and_edits_merge_into_one_step(
    qtbot, window: MainWindow, demo_path: Path
) -> None:
    doc = open_demo(window, demo_path)
    original = doc.strategy().vision
    vision = draft_vision(window)
    assert vision.markdown() == original

    type_at_end(qtbot, vision, " Erster Zusatz.")
    assert on_disk(demo_path).strategy.vision == original  # not yet: still typing
    focus(qtbot, window.navigator)
    assert on_disk(demo_path).strategy.vision == original + " Erster Zusatz."
    assert window.undo_action.text() == UNDO_EDIT_VISION

    type_at_end(qtbot, vision, " Zweiter.")
    vision.commit()
    assert on_disk(demo_path).strategy.vision == original + " Erster Zusatz. Zweiter."
    assert doc.undo_stack.count() == 1  # consecutive vision edits are one undo step

    focus(qtbot, window.navigator)
    window.undo_action.trigger()
    assert vision.markdown() == original
    assert on_disk(demo_path).strategy.vision == original
    assert not window.undo_action.isEnabled()


def test_the_vision_is_saved_after_a_pause_in_typing(
    qtbot, window: MainWindow, demo_path: Path
) -> None:
    doc = open_demo(window, demo_path)
    vision = draft_vision(window)
    type_over(qtbot, vision, "Kurz und klar.")
    qtbot.waitUntil(lambda: doc.undo_stack.count() == 1, timeout=3 * RichTextEdit.IDLE_MS)
    assert vision.hasFocus()
    assert on_disk(demo_path).strategy.vision == "Kurz und klar."


def test_typed_but_uncommitted_vision_is_saved_when_the_project_is_closed(
    qtbot, window: MainWindow, demo_path: Path
) -> None:
    open_demo(window, demo_path)
    vision = draft_vision(window)
    type_over(qtbot, vision, "Nicht verlieren!")
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
    vision = draft_vision(window)
    type_over(qtbot, vision, "Neu.")
    vision.commit()  # the pause in typing has passed; the cursor is still in the field
    window.undo_action.trigger()  # Edit > Undo with the mouse: the focus stays in the field
    assert on_disk(demo_path).strategy.vision == original
    focus(qtbot, window.navigator)
    assert on_disk(demo_path).strategy.vision == original  # the undo must stick
    assert vision.markdown() == original


# -- the vision on the strategy page -------------------------------------------------------

FORMATTED = "Eine **starke** Stadt.\n\n- Erstens offen\n- Zweitens sicher"


def test_the_strategy_page_shows_the_vision_formatted_and_leads_to_the_draft(
    qtbot, window: MainWindow, demo_path: Path
) -> None:
    doc = open_demo(window, demo_path)
    assert current_page(window).objectName() == "page_strategy"
    view = strategy_field(window, QTextEdit, "strategyVision")
    assert view.isReadOnly()  # the vision is edited in one place: the draft
    editable = [w for w in current_page(window).findChildren(QTextEdit) if not w.isReadOnly()]
    assert not editable
    assert markdown_of(view.document()) == doc.strategy().vision

    doc.push(ops.edit_text(doc, "vision", FORMATTED))  # the view follows the document
    shown = view.toPlainText()
    assert shown == "Eine starke Stadt.\nErstens offen\nZweitens sicher"  # no marks
    assert "*" not in shown
    assert "- " not in shown
    found = view.document().find("starke")
    assert found.charFormat().fontWeight() >= QFont.Weight.Bold
    assert view.document().find("Eine").charFormat().fontWeight() < QFont.Weight.Bold
    first_item = view.document().find("Erstens").block()
    assert first_item.textList() is not None  # a bullet list, not "- " typed out

    button = strategy_field(window, QPushButton, "editVision")
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    page = current_page(window)
    assert isinstance(page, DraftPage)
    assert window.navigator.current_node() == Node("draft")  # type: ignore[union-attr]
    assert page.current_section() == "vision"
    vision = draft_vision(window)
    assert vision.markdown() == FORMATTED
    qtbot.waitUntil(vision.hasFocus, timeout=2000)  # ready to type


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


# needs new pages; no blank at the end, which the Markdown would not keep
LONG_VISION = " ".join(["Musterstadt teilt ihre Daten offen und sicher."] * 2000)


def test_a_full_disk_is_reported_plainly_and_nothing_saved_is_lost(
    qtbot, window: MainWindow, demo_path: Path, fake_dialogs: FakeDialogs
) -> None:
    doc = open_demo(window, demo_path)
    before = on_disk(demo_path)
    vision = draft_vision(window)
    focus(qtbot, vision)
    fill_the_disk(doc)
    paste_over(vision, LONG_VISION)
    vision.commit()

    [warning] = fake_dialogs.take("warn")
    assert warning.text.startswith("The disk is full. Your last change was not saved")
    assert window.saved_label.text() == "Last change NOT saved"
    assert doc.undo_stack.count() == 0  # no undo step for a change that is not in the file
    assert not window.undo_action.isEnabled()
    assert on_disk(demo_path) == before

    # Space freed: the app is still working and the next change is saved.
    free_the_disk(doc)
    vision = draft_vision(window)
    focus(qtbot, vision)
    paste_over(vision, LONG_VISION)
    vision.commit()
    assert on_disk(demo_path).strategy.vision == LONG_VISION
    assert window.saved_label.text().startswith("All changes saved · ")


def test_a_full_disk_keeps_what_was_typed_for_a_retry(
    qtbot, window: MainWindow, demo_path: Path, fake_dialogs: FakeDialogs
) -> None:
    # Regression: MainWindow._write_failed() rebuilt the page, throwing away what was typed.
    doc = open_demo(window, demo_path)
    vision = draft_vision(window)
    focus(qtbot, vision)
    fill_the_disk(doc)
    paste_over(vision, LONG_VISION)
    vision.commit()
    assert fake_dialogs.take("warn")

    shown = draft_vision(window)
    assert shown is vision
    assert shown.markdown() == LONG_VISION  # still on the screen
    free_the_disk(doc)
    focus(qtbot, window.navigator)  # leaving the field tries again
    assert on_disk(demo_path).strategy.vision == LONG_VISION

"""What the moderator typed on the board survives a change that cannot be saved (R8)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from test_ui_board import board_file, card_editor, focus, no_open_editor, open_board, type_text
from ui_helpers import FakeDialogs

from smartcity_desktop.ui.main_window import MainWindow


def _cap(window: MainWindow) -> None:
    """The file may grow no further: the next change needing a page hits a full disk."""
    conn = window.document._file.conn  # type: ignore[union-attr]
    pages = conn.execute("PRAGMA page_count").fetchone()[0]
    conn.execute(f"PRAGMA max_page_count = {pages}")


def _uncap(window: MainWindow) -> None:
    window.document._file.conn.execute("PRAGMA max_page_count = 1073741823")  # type: ignore[union-attr]


def test_a_new_card_typed_on_a_full_disk_stays_in_its_editor(
    qtbot, window: MainWindow, demo_path: Path, fake_dialogs: FakeDialogs
) -> None:
    page = open_board(qtbot, window, demo_path)
    before = board_file(demo_path, page.board_id)
    focus(qtbot, page.view)
    qtbot.keyClick(page.view, Qt.Key.Key_N)
    editor = card_editor(page)
    long_text = "Eine wichtige Idee, lange getippt " * 300  # needs new pages in the file
    type_text(qtbot, editor, "Idee")
    editor.insertPlainText(long_text)
    _cap(window)

    qtbot.keyClick(editor, Qt.Key.Key_Return)

    [warning] = fake_dialogs.take("warn")
    assert "full" in warning.text.lower()
    assert board_file(demo_path, page.board_id) == before
    again = card_editor(page)  # the text is still there, in a new editor at the same place
    assert again.toPlainText().strip() == ("Idee" + long_text).strip()
    assert window.document.undo_stack.count() == 0  # type: ignore[union-attr]

    _uncap(window)
    qtbot.keyClick(again, Qt.Key.Key_Return)
    after = board_file(demo_path, page.board_id)
    [new_id] = set(after.cards) - set(before.cards)
    assert after.cards[new_id].text == ("Idee" + long_text).strip()
    assert no_open_editor(page)

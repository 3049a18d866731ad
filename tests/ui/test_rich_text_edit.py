"""The Markdown editor of the strategy draft: what the toolbar and shortcuts make is Markdown
that `domain.richtext` reads as the same blocks; pasting keeps only what Markdown can keep;
outside changes show without moving the cursor; commits come after a pause and on focus-out."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QMimeData, Qt
from PySide6.QtWidgets import QTextEdit
from ui_helpers import focus

from smartcity_desktop.domain import richtext
from smartcity_desktop.domain.richtext import Block, Run
from smartcity_desktop.ui.rich_text_edit import RichTextEdit, RichTextEditor
from smartcity_desktop.ui.rich_text_markdown import markdown_of

CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def editor(qtbot) -> RichTextEditor:
    widget = RichTextEditor()
    qtbot.addWidget(widget)
    widget.resize(700, 400)
    widget.show()
    qtbot.waitExposed(widget)
    focus(qtbot, widget.edit)
    return widget


def kinds(markdown: str) -> list[tuple[str, int, str]]:
    return [(b.kind, b.level, b.text) for b in richtext.parse(markdown)]


def trigger(editor: RichTextEditor, name: str) -> None:
    editor.actions_by_name[name].trigger()


def test_toolbar_formats_become_markdown_the_domain_reads(qtbot, editor: RichTextEditor):
    edit = editor.edit
    editor.heading_combo.setCurrentIndex(editor.heading_combo.findData(1))
    editor.heading_combo.activated.emit(editor.heading_combo.currentIndex())
    qtbot.keyClicks(edit, "Unser Leitbild")
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    editor.heading_combo.setCurrentIndex(0)
    editor.heading_combo.activated.emit(0)
    qtbot.keyClicks(edit, "Eine ")
    trigger(editor, "bold")
    qtbot.keyClicks(edit, "lebenswerte")
    trigger(editor, "bold")
    qtbot.keyClicks(edit, " und ")
    trigger(editor, "italic")
    qtbot.keyClicks(edit, "digitale")
    trigger(editor, "italic")
    qtbot.keyClicks(edit, " Stadt.")
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    trigger(editor, "bullets")
    qtbot.keyClicks(edit, "einfach")
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    qtbot.keyClicks(edit, "offen")
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    qtbot.keyClick(edit, Qt.Key.Key_Return)  # Enter on an empty item ends the list
    trigger(editor, "numbers")
    qtbot.keyClicks(edit, "zuerst")

    blocks = richtext.parse(editor.markdown())
    assert blocks[0] == Block("heading", (Run("Unser Leitbild"),), 1)
    assert blocks[1] == Block(
        "paragraph",
        (
            Run("Eine "),
            Run("lebenswerte", bold=True),
            Run(" und "),
            Run("digitale", italic=True),
            Run(" Stadt."),
        ),
    )
    assert [(b.kind, b.text) for b in blocks[2:]] == [
        ("bullet", "einfach"),
        ("bullet", "offen"),
        ("number", "zuerst"),
    ]
    assert blocks[4].number == 1


def test_keyboard_shortcuts_bold_and_italic(qtbot, editor: RichTextEditor):
    edit = editor.edit
    qtbot.keyClicks(edit, "a ")
    qtbot.keyClick(edit, Qt.Key.Key_B, CTRL)
    qtbot.keyClicks(edit, "fett")
    qtbot.keyClick(edit, Qt.Key.Key_B, CTRL)
    qtbot.keyClicks(edit, " b ")
    qtbot.keyClick(edit, Qt.Key.Key_I, CTRL)
    qtbot.keyClicks(edit, "schraeg")
    assert editor.actions_by_name["italic"].isChecked()  # the toolbar shows the format
    qtbot.keyClick(edit, Qt.Key.Key_I, CTRL)
    [block] = richtext.parse(editor.markdown())
    assert block.runs == (
        Run("a "),
        Run("fett", bold=True),
        Run(" b "),
        Run("schraeg", italic=True),
    )


def test_a_bold_word_typed_with_its_blank_stays_bold_when_read_back(qtbot, editor: RichTextEditor):
    """Qt writes "**fett **danach", which its own reader takes as literal asterisks."""
    edit = editor.edit
    trigger(editor, "bold")
    qtbot.keyClicks(edit, "fett ")
    trigger(editor, "bold")
    qtbot.keyClicks(edit, "danach")
    markdown = editor.markdown()
    assert "**fett** danach" in markdown
    again = QTextEdit()
    again.setMarkdown(markdown)
    assert markdown_of(again.document()) == markdown  # stable: loads and saves the same
    assert richtext.parse(markdown)[0].runs == (Run("fett", bold=True), Run(" danach"))


def test_clear_formatting_and_list_toggle(qtbot, editor: RichTextEditor):
    edit = editor.edit
    editor.edit.set_heading(2)
    trigger(editor, "bold")
    qtbot.keyClicks(edit, "Titel")
    assert kinds(editor.markdown()) == [("heading", 2, "Titel")]
    trigger(editor, "plain")
    assert editor.markdown() == "Titel"
    trigger(editor, "bullets")
    assert kinds(editor.markdown()) == [("bullet", 0, "Titel")]
    trigger(editor, "bullets")  # again: a paragraph once more
    assert kinds(editor.markdown()) == [("paragraph", 0, "Titel")]


def test_shift_enter_makes_a_paragraph_not_a_lost_line_break(qtbot, editor: RichTextEditor):
    edit = editor.edit
    qtbot.keyClicks(edit, "eins")
    qtbot.keyClick(edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClicks(edit, "zwei")
    assert kinds(editor.markdown()) == [("paragraph", 0, "eins"), ("paragraph", 0, "zwei")]


@pytest.mark.parametrize(
    "markdown",
    [
        "Nur Text mit * Stern, _Unterstrich_ und # Raute.",
        "# Titel\n\nText mit **fett** und *kursiv* und ***beidem***.",
        "- eins\n- zwei\n  - tiefer\n\n1. erstens\n2. zweitens",
        "## Ziele\n\nE_Government und snake_case bleiben Wörter.\n\n3. drei",
        "\\- kein Aufzählungspunkt\n\n1\\. keine Nummer",
        # longer than Qt's 80 columns, emphasis where Qt's writer would wrap the line
        "Musterstadt will eine **lebenswerte, klimafreundliche und solidarische Stadt** für "
        "alle sein. Die Digitalisierung ist dafür *kein Selbstzweck*, sondern ein Werkzeug.",
        "- Punkt mit **fett**\n    - tiefer mit *kursiv*\n- wieder oben\n\nDanach ein Absatz.",
        "1. eins\n2. zwei\n\n## Titel nach Liste\n\n> kein Zitat",
    ],
)
def test_markdown_round_trips_through_the_editor(qtbot, markdown: str):
    """What the editor loads it saves as the same blocks (the exports read those), and what
    it saves it loads again unchanged (Qt reads our Markdown as we meant it)."""
    edit = RichTextEdit()
    qtbot.addWidget(edit)
    edit.show_value(markdown)
    saved = edit.markdown()
    assert richtext.parse(saved) == richtext.parse(markdown)
    again = RichTextEdit()
    qtbot.addWidget(again)
    again.show_value(saved)
    assert again.markdown() == saved


def test_pasting_keeps_only_what_markdown_can_keep(qtbot, editor: RichTextEditor):
    mime = QMimeData()
    mime.setHtml(
        "<h2>Überschrift</h2>"
        "<p>Normal <b>fett</b> <span style='color:#ff0000; font-family:Comic Sans MS'>rot</span>"
        " <img src='data:image/png;base64,iVBORw0KGgo='> <i>schräg</i></p>"
        "<table><tr><td>Zelle A</td><td>Zelle B</td></tr></table>"
        "<ul><li>Punkt</li></ul>"
    )
    mime.setText("plain fallback")
    editor.edit.insertFromMimeData(mime)
    markdown = editor.markdown()
    for foreign in ("![", "|", "color", "<", "Comic"):
        assert foreign not in markdown
    blocks = richtext.parse(markdown)
    assert blocks[0] == Block("heading", (Run("Überschrift"),), 2)
    assert Run("fett", bold=True) in blocks[1].runs
    assert Run("schräg", italic=True) in blocks[1].runs
    assert "rot" in blocks[1].text
    texts = [b.text for b in blocks]
    assert "Zelle A" in texts
    assert "Zelle B" in texts  # table cells become paragraphs
    assert ("bullet", "Punkt") in [(b.kind, b.text) for b in blocks]
    doc = editor.edit.document()
    assert not any(
        doc.findBlockByNumber(i).blockFormat().background().style() != Qt.BrushStyle.NoBrush
        for i in range(doc.blockCount())
    )


def test_pasting_plain_text_keeps_markers_literal(qtbot, editor: RichTextEditor):
    mime = QMimeData()
    mime.setText("- kein Punkt *kein kursiv*\n# kein Titel")
    editor.edit.insertFromMimeData(mime)
    assert [(b.kind, b.text) for b in richtext.parse(editor.markdown())] == [
        ("paragraph", "- kein Punkt *kein kursiv*"),
        ("paragraph", "# kein Titel"),
    ]


def test_commits_after_a_pause_and_on_focus_out_once(qtbot, editor: RichTextEditor):
    committed: list[str] = []
    editor.committed.connect(committed.append)
    qtbot.keyClicks(editor.edit, "Hallo")
    assert committed == []  # not while typing
    qtbot.waitUntil(lambda: committed == ["Hallo"], timeout=3000)
    editor.edit.show_value("Hallo")  # the document confirms
    editor.edit.clearFocus()
    qtbot.wait(20)
    assert committed == ["Hallo"]  # nothing new: no second commit on focus-out
    focus(qtbot, editor.edit)
    qtbot.keyClicks(editor.edit, " Welt")
    editor.edit.clearFocus()  # leaving commits at once
    assert committed[-1] == "Hallo Welt"


def test_outside_change_keeps_the_cursor_when_the_text_is_the_same(qtbot, editor: RichTextEditor):
    edit = editor.edit
    edit.show_value("Erster Absatz mit **fett**.\n\nZweiter Absatz.")
    cursor = edit.textCursor()
    cursor.setPosition(30)
    edit.setTextCursor(cursor)
    edit.show_value("Erster Absatz mit **fett**.\n\nZweiter Absatz.\n")  # same text
    assert edit.textCursor().position() == 30
    edit.show_value("Erster Absatz mit **fett**.\n\nZweiter Absatz, geändert.")  # e.g. undo
    assert edit.toPlainText().endswith("geändert.")
    assert edit.textCursor().position() == 30  # kept where it was, not thrown to the start


def test_outside_change_does_not_overwrite_what_is_being_typed(qtbot, editor: RichTextEditor):
    edit = editor.edit
    edit.show_value("Alt")
    cursor = edit.textCursor()
    cursor.movePosition(cursor.MoveOperation.End)
    edit.setTextCursor(cursor)
    qtbot.keyClicks(edit, " und neu")
    edit.show_value("Etwas anderes")  # another view changed it meanwhile
    assert edit.toPlainText() == "Alt und neu"
    edit.clearFocus()
    edit.show_value("Noch etwas")  # not typing any more: the document's text shows
    assert edit.toPlainText() == "Noch etwas"


def test_read_only_editor_has_no_working_toolbar(qtbot, editor: RichTextEditor):
    editor.setReadOnly(True)
    assert editor.edit.isReadOnly()
    assert not editor.heading_combo.isEnabled()
    assert not any(a.isEnabled() for a in editor.actions_by_name.values())


# -- typing over a selection ----------------------------------------------------------------

ENDS_IN_A_LIST = "Vorwort mit **Fett**.\n\n- eins\n- zwei"


def select_all(qtbot, edit: RichTextEdit) -> None:
    qtbot.keyClick(edit, Qt.Key.Key_A, CTRL)


def test_typing_over_everything_keeps_the_first_paragraphs_format(qtbot, editor: RichTextEditor):
    # Regression: Qt kept the last paragraph's format, so Ctrl+A and typing over a text that
    # ends in a list made the new text a list item.
    editor.show_value(ENDS_IN_A_LIST)
    select_all(qtbot, editor.edit)
    qtbot.keyClicks(editor.edit, "Neu.")
    assert editor.markdown() == "Neu."


def test_typing_over_everything_keeps_a_heading_at_the_start(qtbot, editor: RichTextEditor):
    editor.show_value("# Titel\n\n- eins")
    select_all(qtbot, editor.edit)
    qtbot.keyClicks(editor.edit, "Anders")
    assert kinds(editor.markdown()) == [("heading", 1, "Anders")]


def test_deleting_everything_leaves_a_plain_paragraph(qtbot, editor: RichTextEditor):
    editor.show_value(ENDS_IN_A_LIST)
    select_all(qtbot, editor.edit)
    qtbot.keyClick(editor.edit, Qt.Key.Key_Delete)
    assert editor.markdown() == ""
    assert editor.edit.list_style() is None
    qtbot.keyClicks(editor.edit, "Neu")
    assert editor.markdown() == "Neu"


def test_typing_over_list_items_keeps_the_list(qtbot, editor: RichTextEditor):
    editor.show_value("Vorwort\n\n1. eins\n2. zwei\n3. drei\n\nSchluss")
    edit = editor.edit
    cursor = edit.textCursor()
    second = edit.document().find("zwei")
    cursor.setPosition(second.selectionStart())
    cursor.setPosition(edit.document().find("Schluss").selectionEnd(), cursor.MoveMode.KeepAnchor)
    edit.setTextCursor(cursor)
    qtbot.keyClicks(edit, "zwo")
    assert editor.markdown() == "Vorwort\n\n1. eins\n2. zwo"


def test_pasting_over_everything_keeps_the_first_paragraphs_format(qtbot, editor: RichTextEditor):
    editor.show_value(ENDS_IN_A_LIST)
    editor.edit.selectAll()
    pasted = QMimeData()
    pasted.setText("Eingefügt.")
    editor.edit.insertFromMimeData(pasted)
    assert editor.markdown() == "Eingefügt."


# -- nested lists ---------------------------------------------------------------------------


def test_list_items_go_in_and_out_with_the_toolbar_and_shortcuts(qtbot, editor: RichTextEditor):
    edit = editor.edit
    qtbot.keyClicks(edit, "Vorab")
    assert not editor.actions_by_name["indent"].isEnabled()  # only for list items
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    trigger(editor, "bullets")
    assert editor.actions_by_name["indent"].isEnabled()
    qtbot.keyClicks(edit, "Mobilitaet")
    trigger(editor, "indent")  # the first item has nothing to go under: it stays
    assert kinds(editor.markdown())[1] == ("bullet", 0, "Mobilitaet")
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    qtbot.keyClicks(edit, "Radwege")
    trigger(editor, "indent")
    qtbot.keyClick(edit, Qt.Key.Key_Return)  # the next item stays at that level
    qtbot.keyClicks(edit, "Busse")
    qtbot.keyClick(edit, Qt.Key.Key_BracketRight, CTRL)
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    qtbot.keyClicks(edit, "Takt")
    qtbot.keyClick(edit, Qt.Key.Key_BracketLeft, CTRL)
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    qtbot.keyClicks(edit, "Energie")
    trigger(editor, "outdent")

    markdown = editor.markdown()
    assert markdown == (
        "Vorab\n\n- Mobilitaet\n    - Radwege\n        - Busse\n    - Takt\n- Energie"
    )
    assert kinds(markdown) == [
        ("paragraph", 0, "Vorab"),
        ("bullet", 0, "Mobilitaet"),
        ("bullet", 1, "Radwege"),
        ("bullet", 2, "Busse"),
        ("bullet", 1, "Takt"),
        ("bullet", 0, "Energie"),
    ]
    again = RichTextEdit()  # Qt reads the nesting back as written
    qtbot.addWidget(again)
    again.show_value(markdown)
    assert again.markdown() == markdown
    trigger(editor, "outdent")  # out of the top level: a paragraph
    assert kinds(editor.markdown())[-1] == ("paragraph", 0, "Energie")


def test_numbered_items_nest_and_keep_their_numbers(qtbot, editor: RichTextEditor):
    edit = editor.edit
    trigger(editor, "numbers")
    for text in ("eins", "zwei", "drei"):
        qtbot.keyClicks(edit, text)
        qtbot.keyClick(edit, Qt.Key.Key_Return)
    qtbot.keyClicks(edit, "vier")
    cursor = edit.textCursor()  # select "zwei" and "drei" and move both in
    cursor.setPosition(edit.document().findBlockByNumber(1).position())
    cursor.setPosition(
        edit.document().findBlockByNumber(2).position() + 2, cursor.MoveMode.KeepAnchor
    )
    edit.setTextCursor(cursor)
    trigger(editor, "indent")
    markdown = editor.markdown()
    assert markdown == "1. eins\n    1. zwei\n    2. drei\n2. vier"
    assert [(b.kind, b.level, b.number, b.text) for b in richtext.parse(markdown)] == [
        ("number", 0, 1, "eins"),
        ("number", 1, 1, "zwei"),
        ("number", 1, 2, "drei"),
        ("number", 0, 2, "vier"),
    ]

"""A small rich-text editor whose value is Markdown: bold, italic, bullet and numbered lists,
headings — what `domain/richtext.py` reads and the exports print, and nothing else.

`RichTextEdit` loads the text with Qt's `setMarkdown` (CommonMark) and writes it back with
`markdown_of` (see there why not with Qt's `toMarkdown`); it commits, like the other commit
fields, after a pause in typing and when it loses the focus. `RichTextEditor` puts a small
toolbar above it; list items go one level in and out with its arrows or Ctrl+] and Ctrl+[
(Tab moves on to the next field, as everywhere else). Pasted text keeps only what Markdown
can keep (no pictures, tables, colours or fonts); a line break inside a paragraph
(Shift+Enter) becomes a new paragraph, because Qt writes it as a soft break that would be
lost.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QMimeData, Qt, QTimer, Signal
from PySide6.QtGui import (
    QAction,
    QFont,
    QKeyEvent,
    QKeySequence,
    QTextBlock,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextDocumentFragment,
    QTextFormat,
    QTextListFormat,
)
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QTextEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from smartcity_desktop.ui.rich_text_markdown import (
    BOLD,
    COMMONMARK,
    LINE_BREAKS,
    load_markdown,
    markdown_of,
)

HEADING_LEVELS = (0, 1, 2, 3)
_ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


class RichTextEdit(QTextEdit):
    """Markdown in, Markdown out: commits after a pause in typing and when the focus leaves.

    `show_value` shows the document's text unless the moderator is typing something not yet
    saved; when the new text is what the editor already shows, nothing moves (the cursor and
    the scroll position stay).
    """

    committed = Signal(str)
    IDLE_MS = 800

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAcceptRichText(True)
        self.setTabChangesFocus(True)  # Tab moves on to the next field, as everywhere else
        self._shown = ""  # the value the document holds
        self._loaded = ""  # markdown_of() the text as last loaded or saved
        self._source = ""  # the document's value that was last loaded
        self._loading = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(self.IDLE_MS)
        self._timer.timeout.connect(self.commit)
        self.textChanged.connect(self._typed)

    def markdown(self) -> str:
        return markdown_of(self.document())

    def is_dirty(self) -> bool:
        """Whether the editor holds something the document does not hold yet."""
        return self.markdown() != self._loaded

    def show_value(self, markdown: str) -> None:
        """Show the document's value without committing anything."""
        markdown = markdown.rstrip()
        self._shown = markdown
        current = self.markdown()
        if current == markdown:  # what the editor shows already: nothing moves
            self._loaded, self._source = current, markdown
            return
        if self.hasFocus() and current != self._loaded:
            return  # the moderator is typing something not yet saved
        if current == self._loaded and markdown == self._source:
            return  # the same text, only written differently than Qt writes it
        self._load(markdown)

    def _load(self, markdown: str) -> None:
        position = self.textCursor().position()
        scroll = self.verticalScrollBar().value()
        self._loading = True
        load_markdown(self.document(), markdown)
        self.document().clearUndoRedoStacks()
        self._loading = False
        self._loaded, self._source = self.markdown(), markdown
        cursor = self.textCursor()
        cursor.setPosition(min(position, max(self.document().characterCount() - 1, 0)))
        self.setTextCursor(cursor)
        self.verticalScrollBar().setValue(scroll)

    def _typed(self) -> None:
        if not self._loading:
            self._timer.start()

    def commit(self) -> None:
        """Report the text now if the moderator changed it since it was shown."""
        self._timer.stop()
        if self._loading:
            return
        text = self.markdown()
        if text == self._shown:
            self._loaded = text
        elif text != self._loaded:
            # `_loaded` changes when the document reports the change (show_value): if saving
            # fails, the text stays changed and the next pause or focus change tries again.
            self.committed.emit(text)

    def focusOutEvent(self, event: Any) -> None:
        self.commit()
        super().focusOutEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self.textCursor().hasSelection() and not self.isReadOnly():
            key = event.key()
            plain_key = not event.modifiers() & (
                Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
            )
            if plain_key and key in (Qt.Key.Key_Backspace, Qt.Key.Key_Delete):
                self._remove_selection()
                return
            if plain_key and ((event.text() and event.text().isprintable()) or key in _ENTER_KEYS):
                self._remove_selection()  # then the key types into the first paragraph
        # Shift+Enter would make a line break that the Markdown keeps only as a space.
        if event.key() in _ENTER_KEYS and (event.modifiers() & Qt.KeyboardModifier.ShiftModifier):
            event = QKeyEvent(
                event.type(),
                event.key(),
                event.modifiers() & ~Qt.KeyboardModifier.ShiftModifier,
                "\r",
            )
        super().keyPressEvent(event)

    def _remove_selection(self) -> None:
        """Delete the selection; what is left keeps the format of the paragraph it starts in.

        Qt keeps the last paragraph's format when the selection starts at the beginning of a
        paragraph: typing over the whole text (Ctrl+A) of a vision that ends in a list would
        make the new text a list item, while it takes its bold or italic from the start."""
        cursor = self.textCursor()
        document = self.document()
        start, end = cursor.selectionStart(), cursor.selectionEnd()
        first = document.findBlock(start)
        if first == document.findBlock(end):
            cursor.removeSelectedText()
            self.setTextCursor(cursor)
            return
        block_format = first.blockFormat()  # with the list it is in, if any
        cursor.beginEditBlock()
        cursor.removeSelectedText()
        cursor.setBlockFormat(block_format)
        cursor.endEditBlock()
        self.setTextCursor(cursor)

    # -- pasting: only what Markdown keeps ---------------------------------------------------

    def canInsertFromMimeData(self, source: QMimeData) -> bool:
        return source.hasText() or source.hasHtml()

    def insertFromMimeData(self, source: QMimeData) -> None:
        if self.textCursor().hasSelection():
            self._remove_selection()
        if source.hasHtml():
            rich = QTextDocument()
            rich.setHtml(source.html())
            markdown = markdown_of(rich)
            clean = QTextDocument()
            clean.setMarkdown(markdown, COMMONMARK)
            self.textCursor().insertFragment(QTextDocumentFragment(clean))
        elif source.hasText():
            text = source.text().translate(LINE_BREAKS)
            cursor = self.textCursor()
            cursor.insertText(text, QTextCharFormat())
        self.ensureCursorVisible()

    # -- formatting --------------------------------------------------------------------------

    def is_bold(self) -> bool:
        return self.fontWeight() >= BOLD

    def toggle_bold(self) -> None:
        fmt = QTextCharFormat()
        fmt.setFontWeight(QFont.Weight.Normal if self.is_bold() else BOLD)
        self._merge(fmt)

    def toggle_italic(self) -> None:
        fmt = QTextCharFormat()
        fmt.setFontItalic(not self.fontItalic())
        self._merge(fmt)

    def _merge(self, fmt: QTextCharFormat) -> None:
        """Format the selection, or (without one) what is typed next."""
        cursor = self.textCursor()
        if cursor.hasSelection():
            cursor.mergeCharFormat(fmt)
        self.mergeCurrentCharFormat(fmt)

    def list_style(self) -> QTextListFormat.Style | None:
        current = self.textCursor().currentList()
        return current.format().style() if current is not None else None

    def toggle_list(self, style: QTextListFormat.Style) -> None:
        """Make the selected paragraphs a list of `style`, or plain paragraphs if they are."""
        cursor = self.textCursor()
        cursor.beginEditBlock()
        current = cursor.currentList()
        if current is not None and current.format().style() == style:
            block = cursor.block()
            end = cursor.selectionEnd()
            block = self.document().findBlock(cursor.selectionStart())
            while block.isValid() and block.position() <= end:
                text_list = block.textList()
                if text_list is not None:
                    text_list.remove(block)
                plain = block.blockFormat()
                plain.setIndent(0)
                walker = QTextCursor(block)
                walker.setBlockFormat(plain)
                block = block.next()
        elif current is not None:
            fmt = current.format()
            fmt.setStyle(style)
            current.setFormat(fmt)
        else:
            self._set_heading(cursor, 0)
            fmt = QTextListFormat()
            fmt.setStyle(style)
            cursor.createList(fmt)
        cursor.endEditBlock()

    def indent_list_items(self, step: int) -> None:
        """Move the selected list items one level in (`step` 1) or out (-1); out of the top
        level they become paragraphs. An item goes in only below one at least as deep: in
        Markdown a nested item needs an item above it."""
        cursor = self.textCursor()
        document = self.document()
        block = document.findBlock(cursor.selectionStart())
        last = document.findBlock(cursor.selectionEnd())
        cursor.beginEditBlock()
        while block.isValid() and block.blockNumber() <= last.blockNumber():
            text_list = block.textList()
            if text_list is not None:
                level = text_list.format().indent() + step
                previous = block.previous().textList()
                deep_enough = previous is not None and previous.format().indent() >= level - 1
                if step < 0 or deep_enough:
                    self._move_to_level(block, level)
            block = block.next()
        cursor.endEditBlock()

    def _move_to_level(self, block: QTextBlock, level: int) -> None:
        """Make `block` an item of the list at `level` above it (or of a new one)."""
        text_list = block.textList()
        fmt = text_list.format()
        text_list.remove(block)
        walker = QTextCursor(block)
        if level < 1:
            plain = block.blockFormat()
            plain.setIndent(0)
            walker.setBlockFormat(plain)
            return
        above = block.previous()
        while above.isValid() and above.textList() is not None:
            if above.textList().format().indent() == level:
                above.textList().add(block)
                return
            if above.textList().format().indent() < level:
                break
            above = above.previous()
        fmt.setIndent(level)
        walker.createList(fmt)

    def heading_level(self) -> int:
        return self.textCursor().blockFormat().headingLevel()

    def set_heading(self, level: int) -> None:
        """Make the selected paragraphs headings of `level` (0: body text)."""
        cursor = self.textCursor()
        cursor.beginEditBlock()
        if level and cursor.currentList() is not None:
            block = cursor.block()
            cursor.currentList().remove(block)  # a heading is no list item
            plain = block.blockFormat()
            plain.setIndent(0)
            cursor.setBlockFormat(plain)
        self._set_heading(cursor, level)
        cursor.endEditBlock()

    def _set_heading(self, cursor: QTextCursor, level: int) -> None:
        block_format = QTextBlockFormat()
        block_format.setHeadingLevel(level)
        cursor.mergeBlockFormat(block_format)
        char_format = QTextCharFormat()
        # as setMarkdown() shows a heading: larger and bold (the Markdown keeps only the level)
        char_format.setProperty(QTextFormat.Property.FontSizeAdjustment, 4 - level if level else 0)
        char_format.setFontWeight(BOLD if level else QFont.Weight.Normal)
        start, end = cursor.selectionStart(), cursor.selectionEnd()
        whole = QTextCursor(self.document())
        whole.setPosition(self.document().findBlock(start).position())
        last = self.document().findBlock(end)
        whole.setPosition(last.position() + last.length() - 1, QTextCursor.MoveMode.KeepAnchor)
        whole.mergeCharFormat(char_format)
        self.mergeCurrentCharFormat(char_format)

    def clear_formatting(self) -> None:
        """Plain paragraphs of plain text: no bold, italic, heading or list."""
        cursor = self.textCursor()
        cursor.beginEditBlock()
        start, end = cursor.selectionStart(), cursor.selectionEnd()
        block = self.document().findBlock(start)
        while block.isValid() and block.position() <= end:
            text_list = block.textList()
            if text_list is not None:
                text_list.remove(block)
            walker = QTextCursor(block)
            walker.setBlockFormat(QTextBlockFormat())
            walker.movePosition(
                QTextCursor.MoveOperation.EndOfBlock, QTextCursor.MoveMode.KeepAnchor
            )
            walker.setCharFormat(QTextCharFormat())
            block = block.next()
        cursor.endEditBlock()
        self.setCurrentCharFormat(QTextCharFormat())


class RichTextEditor(QWidget):
    """A `RichTextEdit` with its toolbar: B, I, bullets, numbers, list item in and out,
    heading level, plain."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edit = RichTextEdit(self)
        self.committed = self.edit.committed
        self.actions_by_name: dict[str, QAction] = {}
        bar = QHBoxLayout()
        bar.setContentsMargins(0, 0, 0, 0)
        bar.setSpacing(2)
        self.heading_combo = QComboBox(self)
        self.heading_combo.setObjectName("headingLevel")
        self.heading_combo.setToolTip(self.tr("Paragraph or heading"))
        for level, text in zip(
            HEADING_LEVELS,
            (self.tr("Text"), self.tr("Heading 1"), self.tr("Heading 2"), self.tr("Heading 3")),
            strict=True,
        ):
            self.heading_combo.addItem(text, level)
        self.heading_combo.activated.connect(self._heading_chosen)
        bar.addWidget(self.heading_combo)
        for name, text, tip, keys, slot in (
            ("bold", self.tr("B"), self.tr("Bold (Ctrl+B)"), "Ctrl+B", self.edit.toggle_bold),
            (
                "italic",
                self.tr("I"),
                self.tr("Italic (Ctrl+I)"),
                "Ctrl+I",
                self.edit.toggle_italic,
            ),
            (
                "bullets",
                self.tr("• List"),
                self.tr("Bullet list (Ctrl+Shift+8)"),
                "Ctrl+Shift+8",
                lambda: self.edit.toggle_list(QTextListFormat.Style.ListDisc),
            ),
            (
                "numbers",
                self.tr("1. List"),
                self.tr("Numbered list (Ctrl+Shift+7)"),
                "Ctrl+Shift+7",
                lambda: self.edit.toggle_list(QTextListFormat.Style.ListDecimal),
            ),
            (
                "indent",
                self.tr("→"),
                self.tr("Indent list item (Ctrl+])"),
                "Ctrl+]",
                lambda: self.edit.indent_list_items(1),
            ),
            (
                "outdent",
                self.tr("←"),
                self.tr("Outdent list item (Ctrl+[)"),
                "Ctrl+[",
                lambda: self.edit.indent_list_items(-1),
            ),
            (
                "plain",
                self.tr("Clear formatting"),
                self.tr("Plain text: no bold, italic, heading or list (Ctrl+Space)"),
                "Ctrl+Space",
                self.edit.clear_formatting,
            ),
        ):
            action = QAction(text, self)
            action.setToolTip(tip)
            action.setShortcut(QKeySequence(keys))
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.setCheckable(name in ("bold", "italic", "bullets", "numbers"))
            action.triggered.connect(lambda _=False, s=slot: self._apply(s))
            self.addAction(action)
            self.actions_by_name[name] = action
            button = QToolButton(self)
            button.setObjectName(f"format_{name}")
            button.setDefaultAction(action)
            button.setAutoRaise(True)
            if name == "bold":
                font = button.font()
                font.setBold(True)
                button.setFont(font)
            elif name == "italic":
                font = button.font()
                font.setItalic(True)
                button.setFont(font)
            bar.addWidget(button)
        bar.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addLayout(bar)
        layout.addWidget(self.edit, 1)
        self.edit.cursorPositionChanged.connect(self._sync)
        self.edit.currentCharFormatChanged.connect(lambda _f: self._sync())
        self._sync()

    def _apply(self, slot: Any) -> None:
        slot()
        self.edit.setFocus(Qt.FocusReason.OtherFocusReason)
        self._sync()

    def _heading_chosen(self, _index: int) -> None:
        self._apply(lambda: self.edit.set_heading(int(self.heading_combo.currentData())))

    def _sync(self) -> None:
        """The toolbar shows the format where the cursor is."""
        edit = self.edit
        self.actions_by_name["bold"].setChecked(edit.is_bold() and not edit.heading_level())
        self.actions_by_name["italic"].setChecked(edit.fontItalic())
        style = edit.list_style()
        self.actions_by_name["bullets"].setChecked(style == QTextListFormat.Style.ListDisc)
        self.actions_by_name["numbers"].setChecked(style == QTextListFormat.Style.ListDecimal)
        for name in ("indent", "outdent"):
            self.actions_by_name[name].setEnabled(style is not None and not edit.isReadOnly())
        level = edit.heading_level()
        self.heading_combo.setCurrentIndex(max(self.heading_combo.findData(min(level, 3)), 0))

    def setReadOnly(self, read_only: bool) -> None:
        self.edit.setReadOnly(read_only)
        self.heading_combo.setEnabled(not read_only)
        for action in self.actions_by_name.values():
            action.setEnabled(not read_only)
        self._sync()

    def setPlaceholderText(self, text: str) -> None:
        self.edit.setPlaceholderText(text)

    def show_value(self, markdown: str) -> None:
        self.edit.show_value(markdown)

    def commit(self) -> None:
        self.edit.commit()

    def markdown(self) -> str:
        return self.edit.markdown()

"""The Markdown the strategy draft's editor writes: the subset `domain/richtext.py` reads
(paragraphs, headings, bullet and numbered lists, bold, italic), from a QTextDocument; and how
that Markdown is loaded into one, for the editor and for views that only show it."""

from __future__ import annotations

import re
import unicodedata

from PySide6.QtGui import (
    QFont,
    QTextBlock,
    QTextBlockFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
    QTextListFormat,
)

from smartcity_desktop.domain import richtext

BOLD = QFont.Weight.Bold
LINE_BREAKS = str.maketrans({"\u2028": "\n", "\u2029": "\n", "\u000b": "\n"})
# what would start formatting Markdown can't keep; an underscore inside a word is a letter
_INLINE_MARKERS = re.compile(r"([\\`*\[\]<>])|(?<![^\W_])_|_(?![^\W_])")
# Plain CommonMark: `_word_` is italic (Qt's default dialect underlines it), and there are no
# tables, task lists or strike-through the rest of the app could not keep.
COMMONMARK = QTextDocument.MarkdownFeature.MarkdownDialectCommonMark
PARAGRAPH_SPACING = 6  # pixels below each paragraph on screen


def load_markdown(document: QTextDocument, markdown: str) -> None:
    """Show `markdown` in `document` as the editor and every view of it do: CommonMark, with
    a little air between paragraphs (on screen only; the Markdown does not keep it)."""
    document.setMarkdown(markdown, COMMONMARK)
    spaced = QTextCursor(document)
    spaced.select(QTextCursor.SelectionType.Document)
    air = QTextBlockFormat()
    air.setBottomMargin(PARAGRAPH_SPACING)
    spaced.mergeBlockFormat(air)


def _escape_inline(text: str) -> str:
    text = _INLINE_MARKERS.sub(lambda m: "\\" + m.group(0), text)
    # "&amp;" typed as such must not come back as "&"
    return richtext.ENTITY.sub(lambda m: "\\" + m.group(0), text)


def _escape_start(text: str) -> str:
    """A paragraph must not start like a heading, a list item, a quote or a code fence."""
    text = re.sub(r"^(\d+)([.)])", r"\1\\\2", text)
    return "\\" + text if text[:1] in ("#", "+", "-") or text.startswith("~~~") else text


_NUMBERED = (
    QTextListFormat.Style.ListDecimal,
    QTextListFormat.Style.ListLowerAlpha,
    QTextListFormat.Style.ListUpperAlpha,
    QTextListFormat.Style.ListLowerRoman,
    QTextListFormat.Style.ListUpperRoman,
)


def _runs(block: QTextBlock, plain: bool) -> list[tuple[str, bool, bool]]:
    """The block's text as (text, bold, italic) runs; neighbours in one style joined."""
    runs: list[tuple[str, bool, bool]] = []
    it = block.begin()
    while not it.atEnd():
        fragment = it.fragment()
        it += 1
        if not fragment.isValid():
            continue
        text = fragment.text().replace("\ufffc", "").translate(LINE_BREAKS)
        text = " ".join(text.split("\n"))
        fmt = fragment.charFormat()
        bold = not plain and fmt.fontWeight() >= BOLD
        italic = not plain and fmt.fontItalic()
        if runs and runs[-1][1:] == (bold, italic):
            runs[-1] = (runs[-1][0] + text, bold, italic)
        elif text:
            runs.append((text, bold, italic))
    return runs


def _kind(ch: str | None) -> str:
    """How CommonMark sees a neighbour of `*`: "space" (also the block's edge), "punct"
    (Unicode punctuation and symbols, as Qt's md4c counts them) or "other"."""
    if ch is None or ch.isspace():
        return "space"
    return "punct" if unicodedata.category(ch)[0] in "PS" else "other"


def _can_open(before: str | None, after: str) -> bool:
    """`*` between these two characters is left-flanking: it can start emphasis."""
    return _kind(after) != "space" and (_kind(after) != "punct" or _kind(before) != "other")


def _can_close(before: str, after: str | None) -> bool:
    """`*` between these two characters is right-flanking: it can end emphasis."""
    return _kind(before) != "space" and (_kind(before) != "punct" or _kind(after) != "other")


def _writable(runs: list[tuple[str, bool, bool]]) -> tuple[str, list[list[bool]]]:
    """The runs' text and each character's [bold, italic], less what Markdown cannot say.

    CommonMark starts emphasis only before a non-blank, and not before punctuation that
    follows a letter (`a**:b**` is no bold); it ends it likewise. So a bold or italic stretch
    that begins or ends with a blank, or with punctuation against a letter or digit
    (`**Ziel:**Text`), gives that character up until its edges can be written: the blank or
    the colon stays plain, the words keep their style. Bold and italic that cross (`a` bold,
    `b` both, `c` italic) are written by closing and reopening the inner one with `_`; where
    that cannot end (right before a letter), the reopened part stays plain.
    """
    text = "".join(run[0] for run in runs)
    flags = [[bold, italic] for run, bold, italic in runs for _ in run]
    while _trim_edge(text, flags) or _settle_crossing(text, flags):
        pass
    return text, flags


def _stretches(flags: list[list[bool]], style: int) -> list[tuple[int, int]]:
    out, start = [], None
    for i, chars in enumerate([*flags, [False, False]]):
        if chars[style] and start is None:
            start = i
        elif not chars[style] and start is not None:
            out.append((start, i))
            start = None
    return out


def _trim_edge(text: str, flags: list[list[bool]]) -> bool:
    """Take the style off one character at an edge that cannot be written; False if none."""
    for style in (0, 1):
        for start, end in _stretches(flags, style):
            if not _can_open(text[start - 1] if start else None, text[start]):
                flags[start][style] = False
                return True
            if not _can_close(text[end - 1], text[end] if end < len(text) else None):
                flags[end - 1][style] = False
                return True
    return False


def _settle_crossing(text: str, flags: list[list[bool]]) -> bool:
    """Make one crossing of bold and italic writable (see `_writable`); False if all are."""
    for style in (0, 1):
        other = 1 - style
        for start, end in _stretches(flags, style):
            if not (start and flags[start - 1][other] and flags[start][other]):
                continue  # not opened inside the other style
            cut = next((i for i in range(start, end) if not flags[i][other]), None)
            if cut is None:
                continue  # ends inside it: nested
            if text[cut].isspace():  # it would reopen before a blank
                flags[cut][style] = False
                return True
            if not _underscore_closes(text, flags, style, end):
                for i in range(cut, end):
                    flags[i][style] = False
                return True
    return False


_MARKS = ("**", "*")  # bold, italic


def _underscore_closes(text: str, flags: list[list[bool]], style: int, end: int) -> bool:
    """A `_` (or `__`) closing `style` at `end` would be read as such: not before a letter
    or digit, unless the other style opens right after it."""
    if end == len(text) or _kind(text[end]) != "other":
        return True
    other = 1 - style  # its opener would come right after the `_` that closes
    return flags[end][other] and not flags[end - 1][other]


def _inline(runs: list[tuple[str, bool, bool]]) -> str:
    """Markdown of the runs that both readers (Qt's and `domain.richtext`) read back as them.

    Where CommonMark's rules for `*` inside a word still defeat the writing (a rare meeting of
    bold and italic between letters), the stretch at fault is written plain instead: the
    moderator may lose that bold or italic, but no reader ever shows a literal star."""
    text, flags = _writable(runs)
    while any(any(chars) for chars in flags):
        wrong = _misread(text, flags, underscores=False)
        if wrong is None:
            return _emphasis(text, flags)
        if _misread(text, flags, underscores=True) is None:
            return _emphasis(text, flags, underscores=True)
        _drop_stretch_at(text, flags, wrong)
    return _emphasis(text, flags)


def _misread(text: str, flags: list[list[bool]], underscores: bool) -> int | None:
    """Where a reader of `_emphasis` differs from what was meant (an index into `text`), or
    None."""
    lead = len(text) - len(text.lstrip())
    meant = [(ch, *flags[lead + i]) for i, ch in enumerate(text.strip())]
    line = _escape_start(_emphasis(text, flags, underscores))
    readings = [
        [
            (ch, run.bold, run.italic)
            for block in richtext.parse(line)
            for run in block.runs
            for ch in run.text
        ]
    ]
    document = QTextDocument()
    document.setMarkdown(line, COMMONMARK)
    qt: list[tuple[str, bool, bool]] = []
    it = document.begin().begin()
    while not it.atEnd():
        fmt = it.fragment().charFormat()
        bold, italic = fmt.fontWeight() >= BOLD, fmt.fontItalic()
        qt += [(ch, bold, italic) for ch in it.fragment().text()]
        it += 1
    readings.append(qt)
    for reading in readings:
        for i, (got, want) in enumerate(zip(reading, meant, strict=False)):
            if got != want:
                return lead + i
        if len(reading) != len(meant):
            return lead + min(len(reading), len(meant)) - 1
    return None


def _drop_stretch_at(text: str, flags: list[list[bool]], index: int) -> None:
    """Write plain the bold or italic stretch a reader misread near `index`: the nearest one
    with an edge where a `*` can both open and close (between two letters, or two
    punctuation marks), else the nearest."""

    def ambiguous(at: int) -> bool:
        return 0 < at < len(text) and _kind(text[at - 1]) == _kind(text[at]) != "space"

    candidates = [
        (
            not (ambiguous(start) or ambiguous(end)),
            max(start - index, index - end + 1, 0),
            style,
            start,
            end,
        )
        for style in (0, 1)
        for start, end in _stretches(flags, style)
    ]
    if candidates:
        _clear, _distance, style, start, end = min(candidates)
        for i in range(start, end):
            flags[i][style] = False


def _emphasis(text: str, flags: list[list[bool]], underscores: bool = False) -> str:
    """The text with its markers, emphasis nested rather than side by side (`***Smart*City**`,
    never `***Smart*****City**`, which no reader takes as emphasis). An opener right after
    closers is written with `_` where it can be, so that the stars do not run together;
    with `underscores`, every opener that can be (inside a word, CommonMark takes a `*`
    that opens for one that closes an outer `*`)."""
    out: list[str] = []
    open_marks: list[tuple[int, str]] = []  # (style, marker), outermost first
    segment_start = 0
    for k in range(len(text) + 1):
        now = flags[k] if k < len(text) else [False, False]
        was = flags[k - 1] if k else [False, False]
        if 0 < k < len(text) and now == was:
            continue
        out.append(_escape_inline(text[segment_start:k]))
        segment_start = k
        last = ""  # the marker written last at this boundary
        reopen: list[int] = []
        while any(not now[style] for style, _mark in open_marks):
            style, last = open_marks.pop()
            out.append(last)
            if now[style]:
                reopen.append(style)
        after_stars = last[-1:] == "*"

        def ends(style: int, k: int = k) -> int:
            j = k
            while j < len(text) and flags[j][style]:
                j += 1
            return j

        # the stretch that lasts longer goes outside, so that it need not be closed first
        starting = reopen + [s for s in (0, 1) if now[s] and not was[s]]
        for style in sorted(starting, key=ends, reverse=True):
            mark = _MARKS[style]
            may = (
                last[-1:] != "_"
                and (last or _kind(text[k - 1] if k else None) != "other")
                and _underscore_closes(text, flags, style, ends(style))
            )
            if may and (after_stars or underscores):
                mark = mark.replace("*", "_")
            after_stars = False
            open_marks.append((style, mark))
            out.append(mark)
            last = mark
    return "".join(out).strip()


def markdown_of(document: QTextDocument) -> str:
    """The document as the Markdown subset of `domain/richtext.py`: paragraphs, headings,
    bullet and numbered lists (nested by indentation), bold and italic.

    Written here rather than by Qt's `toMarkdown()`, which wraps lines at 80 columns (even
    between an emphasis marker and its word) and writes a bold word typed with its blank as
    `**word **`, which its own reader then shows with literal asterisks. Pictures are dropped,
    table cells become paragraphs, colours and fonts go.
    """
    parts: list[str] = []
    previous_list = False
    block = document.begin()
    while block.isValid():
        current, block = block, block.next()
        text_list = current.textList()
        level = current.blockFormat().headingLevel() if text_list is None else 0
        text = _inline(_runs(current, plain=1 <= level <= 6))
        if not text:
            continue
        if text_list is not None:
            fmt = text_list.format()
            indent = "    " * max(fmt.indent() - 1, 0)
            number = max(fmt.start(), 0) + text_list.itemNumber(current)
            marker = f"{number}." if fmt.style() in _NUMBERED else "-"
            item = f"{indent}{marker} {_escape_start(text)}"
            parts.append(("\n" if previous_list else "\n\n") + item)
            previous_list = True
        else:
            # a quote (which Qt reads from "> ") keeps its marks as text, as the exports do
            quoted = current.blockFormat().intProperty(QTextFormat.Property.BlockQuoteLevel)
            if 1 <= level <= 6:
                line = f"{'#' * level} {text}"
            elif quoted > 0:
                line = "\\> " * quoted + text
            else:
                line = _escape_start(text)
            parts.append("\n\n" + line)
            previous_list = False
    return "".join(parts).strip()

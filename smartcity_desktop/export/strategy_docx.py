"""The strategy draft as a Word document (.docx) the city's office goes on editing.

The same outline as the PDF (`strategy_outline`), written with Word's own styles so the file
behaves like one typed in Word: Heading 1–3 (the navigation pane and the table of contents
work), List Bullet / List Number with nesting (each numbered list counts from its own first
number), bold and italic runs, tables with a repeated header row, A4 pages, the document's
title and language in its properties. python-docx is imported on first use; the file is written
atomically.
"""

from __future__ import annotations

from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from smartcity_desktop.domain.richtext import BREAK, Block, Run, parse
from smartcity_desktop.domain.strategy import StrategyDraft
from smartcity_desktop.export.atomic import atomic_write
from smartcity_desktop.export.labels import Labels
from smartcity_desktop.export.strategy_labels import strategy_labels
from smartcity_desktop.export.strategy_outline import (
    Bullets,
    Cell,
    Cover,
    Heading,
    NewPage,
    Node,
    Note,
    Rich,
    Table,
    column_widths,
    cover,
    outline,
    subject,
)

MUTED = (0x5A, 0x5A, 0x5A)
TABLE_PT = 9  # the text size in tables
WIDE_TABLE_PT = 8  # in tables of more than WIDE columns
WIDE = 6
CELL_MARGIN_MM = 1.2  # left and right in every table cell
PT_MM = 0.3528  # millimetres in a point
HEAD_FILL = "E8EEF4"
PAGE_MM = (210, 297)
MARGIN_MM = 20
TOC_NOTE = {
    "de": "Seitenzahlen: Word aktualisiert das Verzeichnis beim Öffnen, sonst mit F9.",
    "en": "Page numbers: Word updates the contents when it opens the file, or with F9.",
}


def write_strategy_docx(
    draft: StrategyDraft,
    target: Path | str,
    *,
    language: str = "de",
    now: datetime | None = None,
) -> Path:
    """Write the draft to `target` as a Word document; its path.

    `now` fixes the creation time and the date of a current draft (tests); by default now.
    """
    lab = strategy_labels(language)
    created = (now or datetime.now(timezone.utc)).replace(microsecond=0)  # noqa: UP017
    today = created.astimezone().date().isoformat()

    def write(tmp: Path) -> None:
        document = build_document(draft, lab, cover(draft, lab, today), created)
        document.save(str(tmp))

    return atomic_write(Path(target), write)


def build_document(draft: StrategyDraft, lab: Labels, front: Cover, created: datetime) -> Any:
    """The whole document in memory (a `docx.Document`)."""
    import docx

    document = docx.Document()
    writer = _Writer(document, lab)
    writer.page_setup()
    writer.properties(front, draft, created)
    writer.cover(front)
    sections = outline(draft, lab)
    writer.contents(
        [n for sec in sections for n in sec.nodes if isinstance(n, Heading) and n.level <= 1]
    )
    for section in sections:
        for node in section.nodes:
            writer.node(node)
    return document


class _Writer:
    """Appends outline nodes to one document, keeping track of numbered lists."""

    def __init__(self, document: Any, lab: Labels) -> None:
        self.doc = document
        self.lab = lab
        self._numbers: dict[int, int] = {}  # list level → the numId its current list counts in

    # -- the document as a whole ---------------------------------------------------------------

    def page_setup(self) -> None:
        from docx.shared import Mm

        for section in self.doc.sections:
            section.page_width, section.page_height = Mm(PAGE_MM[0]), Mm(PAGE_MM[1])
            for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
                setattr(section, side, Mm(MARGIN_MM))

    def properties(self, front: Cover, draft: StrategyDraft, created: datetime) -> None:
        """Title, subject and language; no personal names (the template's author is cleared)."""
        from docx.oxml import OxmlElement
        from docx.oxml.ns import qn

        cp = self.doc.core_properties
        cp.title = front.title
        cp.subject = subject(draft, self.lab)
        cp.language = self.lab.lang_tag
        cp.author = ""
        cp.last_modified_by = ""
        cp.comments = ""
        cp.keywords = ""
        cp.category = ""
        cp.revision = 1
        moment = created.astimezone(timezone.utc).replace(tzinfo=None)  # noqa: UP017
        cp.created = moment
        cp.modified = moment
        # the language of every paragraph (spelling and hyphenation in Word)
        defaults = self.doc.styles.element.find(qn("w:docDefaults"))
        rpr = defaults.find(qn("w:rPrDefault")).find(qn("w:rPr"))
        lang = rpr.find(qn("w:lang"))
        if lang is None:
            lang = OxmlElement("w:lang")
            rpr.append(lang)
        lang.set(qn("w:val"), self.lab.lang_tag)
        # Word offers to fill in the table of contents when it opens the file
        update = OxmlElement("w:updateFields")
        update.set(qn("w:val"), "true")
        # Word refuses settings out of the schema's order
        self.doc.settings.element.insert_element_before(update, *_AFTER_UPDATE_FIELDS)

    def cover(self, front: Cover) -> None:
        from docx.enum.text import WD_BREAK

        self.doc.add_paragraph(front.title, style="Title")
        if front.city:
            self.doc.add_paragraph(front.city, style="Subtitle")
        state = self.doc.add_paragraph()
        state.add_run(front.state).bold = True
        if front.notice:
            self._muted(self.doc.add_paragraph(), front.notice)
        self.doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

    def contents(self, entries: list[Heading]) -> None:
        """A real table-of-contents field (headings 1–2). Word fills in the page numbers when
        it opens the file; until then (and in programs that don't update fields) the field
        shows the headings, and a note how to update it."""
        from docx.enum.text import WD_BREAK
        from docx.shared import Mm

        self.doc.add_paragraph(self.lab["contents"], style="TOC Heading")
        first = self.doc.add_paragraph()
        _field_char(first, "begin")
        _field_code(first, 'TOC \\o "1-2" \\h \\z \\u')
        _field_char(first, "separate")
        self._muted(first, TOC_NOTE.get(self.lab.language, TOC_NOTE["de"]))
        last = first
        for entry in entries:
            last = self.doc.add_paragraph()
            last.paragraph_format.left_indent = Mm(6 * entry.level)
            last.paragraph_format.space_after = 0
            last.add_run(entry.text).bold = entry.level == 0 or None
        _field_char(last, "end")
        self.doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

    # -- nodes ---------------------------------------------------------------------------------

    def node(self, node: Node) -> None:
        if isinstance(node, Heading):
            self.doc.add_heading(node.text, level=min(node.level + 1, 9))
        elif isinstance(node, Rich):
            self.rich(node.markdown, node.level)
        elif isinstance(node, Note):
            self._muted(self.doc.add_paragraph(), node.text)
        elif isinstance(node, Bullets):
            for text, detail in node.items:
                p = self.doc.add_paragraph(text, style="List Bullet")
                if detail:
                    self._muted(p, f" ({detail})")
        elif isinstance(node, Table):
            self.table(node)
        elif isinstance(node, NewPage):
            from docx.enum.text import WD_BREAK

            self.doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        else:
            raise TypeError(f"unknown node {node!r}")

    def rich(self, markdown: str, level: int) -> None:
        """Formatted text; its headings go below the section's (`level` 0: under Heading 1)."""
        self._end_lists(0)
        for block in parse(markdown):
            if block.kind == "heading":
                p = self.doc.add_heading("", level=min(level + 1 + block.level, 9))
            elif block.kind == "bullet":
                p = self.doc.add_paragraph(style=_list_style("List Bullet", block.level))
                self._end_lists(block.level)
            elif block.kind == "number":
                p = self.doc.add_paragraph(style=_list_style("List Number", block.level))
                self._number(p, block)
            else:
                p = self.doc.add_paragraph()
            if block.kind not in ("bullet", "number"):
                self._end_lists(0)
            self._runs(p, block.runs)

    def table(self, node: Table) -> None:
        from docx.enum.text import WD_ALIGN_PARAGRAPH
        from docx.shared import Mm, Pt

        width = PAGE_MM[0] - 2 * MARGIN_MM
        size = WIDE_TABLE_PT if len(node.header) > WIDE else TABLE_PT
        table = self.doc.add_table(rows=1, cols=len(node.header))
        table.style = "Table Grid"
        table.autofit = False
        _cell_margins(table, CELL_MARGIN_MM)
        header = table.rows[0]
        _repeat_header(header)
        for i, text in enumerate(node.header):
            cell = header.cells[i]
            _shade(cell, HEAD_FILL)
            p = cell.paragraphs[0]
            run = p.add_run(text)
            run.bold = True
            run.font.size = Pt(size)
            if i in node.right:
                p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        last = len(node.rows) - 1
        for r, row in enumerate(node.rows):
            cells = table.add_row().cells
            for i, value in enumerate(row):
                self._cell(cells[i], value, i in node.right, node.total and r == last, size)
        widths = column_widths(node, width, lambda word: _word_mm(word, size))
        for i, column in enumerate(table.columns):
            column.width = Mm(widths[i])
        for row in table.rows:
            for i, cell in enumerate(row.cells):
                cell.width = Mm(widths[i])
        self.doc.add_paragraph()

    # -- pieces --------------------------------------------------------------------------------

    def _cell(self, cell: Any, value: Cell, right: bool, total: bool, size: float) -> None:
        from docx.enum.text import WD_ALIGN_PARAGRAPH
        from docx.shared import Pt

        p = cell.paragraphs[0]
        run = p.add_run(value.text)
        run.bold = value.strong or total
        run.font.size = Pt(size)
        if right:
            p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        if value.detail:
            detail = cell.add_paragraph()
            self._muted(detail, value.detail).font.size = Pt(size - 1)

    def _muted(self, paragraph: Any, text: str) -> Any:
        from docx.shared import RGBColor

        run = paragraph.add_run(text)
        run.font.color.rgb = RGBColor(*MUTED)
        return run

    def _runs(self, paragraph: Any, runs: tuple[Run, ...]) -> None:
        for run in runs:
            if run.text == BREAK:
                paragraph.add_run().add_break()
                continue
            r = paragraph.add_run(run.text)
            r.bold = run.bold or None
            r.italic = run.italic or None

    def _number(self, paragraph: Any, block: Block) -> None:
        """Give a numbered item its list: a new one (counting from its own number) where a list
        begins, the current one where it goes on (after deeper items too)."""
        self._end_lists(block.level + 1)
        if block.level not in self._numbers:
            style = _list_style("List Number", block.level)
            self._numbers[block.level] = self._new_list(style, block.number)
        num_pr = paragraph._p.get_or_add_pPr().get_or_add_numPr()
        num_pr.get_or_add_ilvl().val = 0
        num_pr.get_or_add_numId().val = self._numbers[block.level]

    def _end_lists(self, level: int) -> None:
        """The numbered lists at `level` and deeper have ended."""
        for deeper in [lv for lv in self._numbers if lv >= level]:
            del self._numbers[deeper]

    def _new_list(self, style: str, start: int) -> int:
        numbering = self.doc.part.numbering_part.element
        style_num = self.doc.styles[style].element.pPr.numPr.numId.val
        abstract = numbering.num_having_numId(style_num).abstractNumId.val
        num = numbering.add_num(abstract)
        num.add_lvlOverride(ilvl=0).add_startOverride(max(1, start))
        return int(num.numId)


def _word_mm(word: str, size: float) -> float:
    """A bold word's width in a table cell, estimated (the font is Word's choice, and DejaVu
    where Calibri is missing): 0.7 em a letter."""
    return len(word) * 0.7 * size * PT_MM + CELL_MARGIN_MM * 2 + 0.5


# what follows w:updateFields in w:settings (ECMA-376, CT_Settings)
_AFTER_UPDATE_FIELDS = (
    "w:hdrShapeDefaults",
    "w:footnotePr",
    "w:endnotePr",
    "w:compat",
    "w:docVars",
    "w:rsids",
    "w:mathPr",
    "w:attachedSchema",
    "w:themeFontLang",
    "w:clrSchemeMapping",
    "w:doNotIncludeSubdocsInStats",
    "w:doNotAutoCompressPictures",
    "w:forceUpgrade",
    "w:captions",
    "w:readModeInkLockDown",
    "w:smartTagType",
    "w:schemaLibrary",
    "w:shapeDefaults",
    "w:doNotEmbedSmartTags",
    "w:decimalSymbol",
    "w:listSeparator",
)


def _list_style(base: str, level: int) -> str:
    """ "List Bullet", "List Bullet 2", "List Bullet 3" (deeper levels stay at 3)."""
    return base if level <= 0 else f"{base} {min(level + 1, 3)}"


def _cell_margins(table: Any, mm: float) -> None:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    margins = OxmlElement("w:tblCellMar")
    for side in ("left", "right"):
        element = OxmlElement(f"w:{side}")
        element.set(qn("w:w"), str(round(mm / 25.4 * 1440)))  # twentieths of a point
        element.set(qn("w:type"), "dxa")
        margins.append(element)
    table._tbl.tblPr.insert_element_before(margins, "w:tblLook", "w:tblCaption", "w:tblDescription")


def _field_char(paragraph: Any, kind: str) -> None:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    element = OxmlElement("w:fldChar")
    element.set(qn("w:fldCharType"), kind)
    paragraph.add_run()._r.append(element)


def _field_code(paragraph: Any, code: str) -> None:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    element = OxmlElement("w:instrText")
    element.set(qn("xml:space"), "preserve")
    element.text = code
    paragraph.add_run()._r.append(element)


def _repeat_header(row: Any) -> None:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    tr_pr = row._tr.get_or_add_trPr()
    header = OxmlElement("w:tblHeader")
    header.set(qn("w:val"), "true")
    tr_pr.append(header)


def _shade(cell: Any, fill: str) -> None:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    shading = OxmlElement("w:shd")
    shading.set(qn("w:val"), "clear")
    shading.set(qn("w:color"), "auto")
    shading.set(qn("w:fill"), fill)
    cell._tc.get_or_add_tcPr().append(shading)

"""The look of the exported PDFs: paragraph styles, tables whose cells wrap, colours.

Every style names an embedded DejaVu face (see `fonts.py`); reportlab's own defaults (Helvetica)
are never left in place. Cells hold Paragraphs that wrap, break at hyphens and split a word
longer than the cell ("Datensouveränitätsbeauftragte") rather than overflow.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from typing import Any
from xml.sax.saxutils import escape

from smartcity_desktop.domain.model import COLOUR_HEX, CardColour
from smartcity_desktop.export import fonts

INK = "#1a1a1a"
MUTED = "#5a5a5a"
RULE = "#b8b8b8"
HEAD_FILL = "#e8eef4"
ZEBRA = "#f6f6f6"
ACCENT = "#0072B2"

# Card fills: the Okabe–Ito colour, and for "no colour" a light grey card.
CARD_FILL = {c.value: COLOUR_HEX[c] for c in CardColour} | {"": "#f2f2f2"}
# Text on a dark fill is white, otherwise black (contrast on paper and screen).
DARK_FILLS = {"blue", "vermillion", "green"}


_INNER_HYPHEN = re.compile(r"\w-\w")


def paragraph(markup: str, style: Any, **kwargs: Any) -> Any:
    """A Paragraph that never runs past its width and lays itself out once per width.

    reportlab 4 leaves the hyphen out when it measures a word like "Stadtbaum-Bewässerung"
    while breaking lines, so a line holding one can run up to a hyphen's width past the frame
    or cell. Breaking lines a little narrower (one hyphen per hyphenated word, at most three)
    keeps every line inside; the text is unchanged, so it still extracts exactly.

    A table asks each cell for its size several times (heights, splits across pages, every pass
    of the contents), so the line breaking of the last width asked for is kept.
    """
    from reportlab.pdfbase.pdfmetrics import stringWidth

    hyphens = min(3, len(_INNER_HYPHEN.findall(markup)))
    allowance = hyphens * stringWidth("-", style.fontName, style.fontSize) + 0.5 if hyphens else 0
    return _paragraph_class()(markup, style, allowance=allowance, **kwargs)


@functools.cache
def _paragraph_class() -> type:
    from reportlab.platypus import Paragraph

    class SafeParagraph(Paragraph):
        def __init__(self, markup: str, style: Any, allowance: float = 0.0, **kw: Any) -> None:
            super().__init__(markup, style, **kw)
            self._allowance = allowance
            self._laid_out: tuple | None = None

        def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
            cached = self._laid_out
            if cached is not None and cached[0] == available_width:
                _, self.width, self.height, self.blPara = cached
                return self.width, self.height
            width = max(1.0, available_width - self._allowance)
            _, height = super().wrap(width, available_height)
            self._laid_out = (available_width, self.width, height, self.blPara)
            return self.width, height

        def split(self, available_width: float, available_height: float) -> list[Any]:
            self._laid_out = None
            return super().split(max(1.0, available_width - self._allowance), available_height)

    return SafeParagraph


def esc(text: object) -> str:
    """Text for Paragraph markup: &, < and > escaped, line breaks kept."""
    return escape(str(text)).replace("\n", "<br/>")


@dataclass(frozen=True)
class Styles:
    """The paragraph styles of one document."""

    body: Any
    bullet: Any
    small: Any
    muted: Any
    cell: Any
    cell_bold: Any
    cell_right: Any
    head_cell: Any
    head_right: Any
    h1: Any
    h2: Any
    h3: Any
    title: Any
    subtitle: Any
    cover_line: Any
    cover_key: Any
    caption: Any
    toc: tuple[Any, ...]


def make_styles() -> Styles:
    from reportlab.lib import colors
    from reportlab.lib.enums import TA_CENTER, TA_RIGHT
    from reportlab.lib.styles import ParagraphStyle

    fonts.register_fonts()
    ink = colors.HexColor(INK)
    base = ParagraphStyle(
        "body",
        fontName=fonts.REGULAR,
        fontSize=9.5,
        leading=13,
        textColor=ink,
        spaceAfter=4,
        splitLongWords=1,
        uriWasteReduce=0.3,
        bulletFontName=fonts.REGULAR,
    )

    def derive(name: str, **kw: Any) -> ParagraphStyle:
        return ParagraphStyle(name, parent=base, **kw)

    cell = derive("cell", fontSize=8.5, leading=10.5, spaceAfter=0)
    heading = {"fontName": fonts.BOLD, "keepWithNext": 1, "textColor": ink}
    return Styles(
        body=base,
        bullet=derive("bullet", leftIndent=12, bulletIndent=0),
        small=derive("small", fontSize=8, leading=10),
        muted=derive("muted", fontSize=8.5, leading=11, textColor=colors.HexColor(MUTED)),
        cell=cell,
        cell_bold=ParagraphStyle("cell_bold", parent=cell, fontName=fonts.BOLD),
        cell_right=ParagraphStyle("cell_right", parent=cell, alignment=TA_RIGHT),
        head_cell=ParagraphStyle("head_cell", parent=cell, fontName=fonts.BOLD),
        head_right=ParagraphStyle(
            "head_right", parent=cell, fontName=fonts.BOLD, alignment=TA_RIGHT
        ),
        h1=derive("h1", fontSize=16, leading=20, spaceBefore=16, spaceAfter=8, **heading),
        h2=derive("h2", fontSize=12.5, leading=16, spaceBefore=10, spaceAfter=5, **heading),
        h3=derive("h3", fontSize=10.5, leading=13.5, spaceBefore=7, spaceAfter=3, **heading),
        title=derive("title", fontName=fonts.BOLD, fontSize=24, leading=30, spaceAfter=10),
        subtitle=derive("subtitle", fontSize=13, leading=17, textColor=colors.HexColor(MUTED)),
        cover_line=derive("cover_line", fontSize=11, leading=15, spaceAfter=0),
        cover_key=derive("cover_key", fontName=fonts.BOLD, fontSize=11, leading=15, spaceAfter=0),
        caption=derive(
            "caption",
            fontName=fonts.ITALIC,
            fontSize=8.5,
            leading=11,
            alignment=TA_CENTER,
            textColor=colors.HexColor(MUTED),
        ),
        toc=(
            derive("toc0", fontName=fonts.BOLD, fontSize=10.5, leading=15, leftIndent=0),
            derive("toc1", fontSize=9.5, leading=13, leftIndent=14),
        ),
    )


def table(
    rows: list[list[Any]],
    widths: list[float],
    *,
    header_rows: int = 1,
    right_columns: tuple[int, ...] = (),
    zebra: bool = True,
) -> Any:
    """A table with a repeated header row, thin rules and top-aligned cells."""
    from reportlab.lib import colors
    from reportlab.platypus import Table, TableStyle

    t = Table(rows, colWidths=widths, repeatRows=header_rows, hAlign="LEFT")
    commands: list[tuple] = [
        ("FONTNAME", (0, 0), (-1, -1), fonts.REGULAR),
        ("FONTSIZE", (0, 0), (-1, -1), 8.5),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 0), (-1, -1), 0.25, colors.HexColor(RULE)),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
    ]
    if header_rows:
        commands += [
            ("BACKGROUND", (0, 0), (-1, header_rows - 1), colors.HexColor(HEAD_FILL)),
            ("LINEBELOW", (0, header_rows - 1), (-1, header_rows - 1), 0.6, colors.HexColor(INK)),
        ]
    if zebra:
        for r in range(header_rows + 1, len(rows), 2):
            commands.append(("BACKGROUND", (0, r), (-1, r), colors.HexColor(ZEBRA)))
    for c in right_columns:
        commands.append(("ALIGN", (c, 0), (c, -1), "RIGHT"))
    t.setStyle(TableStyle(commands))
    return t

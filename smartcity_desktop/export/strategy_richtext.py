"""A section's formatted text as reportlab flowables, drawn from `domain.richtext` blocks.

Markdown is never read here: `richtext.parse` gives paragraphs, headings and list items made of
runs (bold, italic, hard breaks), and each run's text is escaped for reportlab's Paragraph
markup, so a "<", "&" or "**" the moderator typed prints as typed.
"""

from __future__ import annotations

from typing import Any

from smartcity_desktop.domain.richtext import BREAK, Block, Run, parse
from smartcity_desktop.export.pdf_style import Styles, esc, paragraph

INDENT = 14.0  # per list level, in points
BULLETS = ("•", "–", "◦")


def markup(runs: tuple[Run, ...] | list[Run]) -> str:
    """Paragraph markup for runs: escaped text, <b>/<i> for emphasis, <br/> for hard breaks."""
    out = []
    for run in runs:
        if run.text == BREAK:
            out.append("<br/>")
            continue
        text = esc(run.text)
        if run.bold:
            text = f"<b>{text}</b>"
        if run.italic:
            text = f"<i>{text}</i>"
        out.append(text)
    return "".join(out)


class RichStyles:
    """The paragraph styles formatted text needs, derived once per export from `Styles`."""

    def __init__(self, styles: Styles) -> None:
        from reportlab.lib.styles import ParagraphStyle

        self.styles = styles
        self._list: dict[tuple[str, int], Any] = {}
        self._make = ParagraphStyle
        self.minor = ParagraphStyle(
            "rich_minor",
            parent=styles.body,
            fontName=styles.h3.fontName,
            keepWithNext=1,
            spaceBefore=4,
            spaceAfter=2,
        )

    def heading(self, level: int) -> Any:
        """The style of a heading `level` steps below its section (0: the section's h2)."""
        return (self.styles.h2, self.styles.h3, self.minor)[min(level, 2)]

    def item(self, kind: str, level: int) -> Any:
        key = (kind, level)
        style = self._list.get(key)
        if style is None:
            width = INDENT + (6 if kind == "number" else 0)
            style = self._make(
                f"rich_{kind}_{level}",
                parent=self.styles.body,
                leftIndent=level * INDENT + width,
                bulletIndent=level * INDENT,
                spaceAfter=2,
            )
            self._list[key] = style
        return style


def flowables(markdown: str, rich: RichStyles, level: int = 0) -> list[Any]:
    """The text's blocks as flowables; its headings sit `level` steps below the section's."""
    return [_block(block, rich, level) for block in parse(markdown)]


def _block(block: Block, rich: RichStyles, level: int) -> Any:
    text = markup(block.runs)
    if block.kind == "heading":
        return paragraph(text, rich.heading(level + block.level - 1))
    if block.kind == "bullet":
        bullet = BULLETS[min(block.level, len(BULLETS) - 1)]
        return paragraph(text, rich.item("bullet", block.level), bulletText=bullet)
    if block.kind == "number":
        return paragraph(text, rich.item("number", block.level), bulletText=f"{block.number}.")
    return paragraph(text, rich.styles.body)

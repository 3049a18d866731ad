"""The strategy draft as a PDF/A-2b document the city council can read.

`write_strategy_pdf(draft, target)` draws the outline of `strategy_outline` (cover, contents,
vision, strategic goals, fields of action with their goals and projects, selection criteria,
governance, next steps, and the appendix on where the fields came from) with the minutes'
typography and machinery: the styles of `pdf_style`, the page decoration, contents and two-pass
layout of `minutes_pdf.render`, PDF/A-2b from `pdfa` and the atomic write of `atomic`.
`progress(done, total)` is called after each section; returning False cancels with
`ExportCancelled` and leaves the target as it was.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from smartcity_desktop.domain.strategy import StrategyDraft
from smartcity_desktop.export import minutes_pdf, minutes_sections, pdfa
from smartcity_desktop.export.atomic import atomic_write
from smartcity_desktop.export.labels import Labels
from smartcity_desktop.export.minutes_common import Context, head_row, heading, para, spacer
from smartcity_desktop.export.pdf_style import MUTED, RULE, esc, make_styles, paragraph, table
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
    Section,
    Table,
    column_widths,
    cover,
    outline,
    subject,
)
from smartcity_desktop.export.strategy_richtext import RichStyles, flowables

PRODUCER = minutes_pdf.PRODUCER
SECTION_ROOM = 0.3  # a section starts on a new page unless this share of a page is left
PART_ROOM = 0.15  # the same for a goal or a field of action (its heading and first lines)


def write_strategy_pdf(
    draft: StrategyDraft,
    target: Path | str,
    *,
    language: str = "de",
    progress: Callable[[int, int], bool] | None = None,
    now: datetime | None = None,
    logo: bytes | None = None,
) -> Path:
    """Write the draft to `target` (PDF/A-2b); its path.

    `now` fixes the creation time and the date of a current draft (tests); by default the
    current time in UTC. A version keeps the date it was saved on. `logo` (PNG or JPEG) goes on
    the cover.
    """
    lab = strategy_labels(language)
    created = (now or datetime.now(timezone.utc)).replace(microsecond=0)  # noqa: UP017
    today = created.astimezone().date().isoformat()
    front = cover(draft, lab, today)

    def write(tmp: Path) -> None:
        sections = outline(draft, lab)
        ctx = _context(draft, lab, front, today, logo, progress, len(sections))
        story = build_story(ctx, sections, front)
        minutes_pdf.render(ctx, story, tmp, created)
        ctx.step()
        pdfa.make_pdfa(
            tmp,
            title=front.title,
            subject=subject(draft, lab),
            language=lab.lang_tag,
            created=created,
            producer=PRODUCER,
        )
        ctx.step()

    return atomic_write(Path(target), write)


# -- what the minutes' page machinery reads -------------------------------------------------


@dataclass(frozen=True)
class _Header:
    title: str
    date: str  # ISO date, shown in the header's right corner


@dataclass(frozen=True)
class _Footer:
    title: str


@dataclass(frozen=True)
class _Pages:
    """The draft as `minutes_pdf.render` and its page decoration read a record: the header's
    title and date, the footer's line, the cover's logo, and no names to hide."""

    workshop: _Header
    strategy: _Footer
    logo: bytes | None = None
    people: tuple = ()
    attendance: tuple = ()


def _context(
    draft: StrategyDraft,
    lab: Labels,
    front: Cover,
    today: str,
    logo: bytes | None,
    progress: Callable[[int, int], bool] | None,
    sections: int,
) -> Context:
    width, height = minutes_pdf._page_size()
    when = draft.created[:10] if draft.version else today
    footer = subject(draft, lab)
    pages = _Pages(_Header(front.title, when), _Footer(footer), logo)
    return Context(
        record=pages,  # type: ignore[arg-type]
        labels=lab,
        styles=make_styles(),
        pseudonymise=False,
        frame_width=width - 2 * minutes_pdf.PAGE_MARGIN,
        frame_height=height - 2 * minutes_pdf.PAGE_MARGIN - 2 * minutes_pdf.HEADER_SPACE,
        progress=progress,
        total=2 + sections + 2,  # cover, contents, the sections, layout, PDF/A
    )


# -- the story ------------------------------------------------------------------------------


def build_story(ctx: Context, sections: list[Section], front: Cover) -> list[Any]:
    """Cover, contents and every section's flowables, reporting progress after each."""
    from reportlab.platypus import CondPageBreak

    story = _cover(ctx, front)
    ctx.step()
    story += minutes_sections.contents(ctx)
    ctx.step()
    rich = RichStyles(ctx.styles)
    for n, section in enumerate(sections):
        if n and not isinstance(section.nodes[0], NewPage):
            story.append(CondPageBreak(SECTION_ROOM * ctx.frame_height))
        previous: Node | None = None
        for node in section.nodes:
            if _starts_part(node) and not isinstance(previous, Heading):
                story.append(CondPageBreak(PART_ROOM * ctx.frame_height))
            story += _node(ctx, rich, node)
            previous = node
        ctx.step()
    return story


def _cover(ctx: Context, front: Cover) -> list[Any]:
    from reportlab.platypus import NextPageTemplate, PageBreak

    st, lab = ctx.styles, ctx.labels
    story: list[Any] = []
    logo = minutes_sections._logo(ctx)
    story += [logo, spacer(18)] if logo is not None else [spacer(60)]
    if lab["document"].casefold() not in front.title.casefold():
        story += [paragraph(esc(lab["document"]), st.subtitle), spacer(6)]
    story.append(paragraph(esc(front.title), st.title))
    if front.city:
        story.append(paragraph(esc(front.city), st.subtitle))
    story += [spacer(24), paragraph(esc(front.state), st.cover_key)]
    if front.notice:
        story += [spacer(30), para(ctx, front.notice, st.muted)]
    story += [NextPageTemplate("body"), PageBreak()]
    return story


def _starts_part(node: Node) -> bool:
    return isinstance(node, Heading) and node.level == 1


def _node(ctx: Context, rich: RichStyles, node: Node) -> list[Any]:
    st = ctx.styles
    if isinstance(node, Heading):
        if node.level <= 1:
            return [heading(ctx, node.text, node.level)]
        return [paragraph(esc(node.text), st.h3)]
    if isinstance(node, Rich):
        return flowables(node.markdown, rich, node.level)
    if isinstance(node, Note):
        return [para(ctx, node.text, st.muted)]
    if isinstance(node, Bullets):
        return [
            paragraph(_with_detail(text, detail), rich.item("bullet", 0), bulletText="•")
            for text, detail in node.items
        ]
    if isinstance(node, Table):
        return [_table(ctx, node), spacer(4)]
    if isinstance(node, NewPage):
        from reportlab.platypus import PageBreak

        return [PageBreak()]
    raise TypeError(f"unknown node {node!r}")


def _with_detail(text: str, detail: str) -> str:
    if not detail:
        return esc(text)
    return f'{esc(text)} <font color="{MUTED}">({esc(detail)})</font>'


def _table(ctx: Context, node: Table) -> Any:
    rows: list[list[Any]] = [head_row(ctx, *node.header, right=node.right)]
    last = len(node.rows) - 1
    for r, row in enumerate(node.rows):
        rows.append(
            [_cell(ctx, c, i in node.right, node.total and r == last) for i, c in enumerate(row)]
        )
    t = table(rows, _widths(ctx, node), right_columns=node.right)
    if node.total:
        from reportlab.lib import colors

        t.setStyle([("LINEABOVE", (0, -1), (-1, -1), 0.6, colors.HexColor(RULE))])
    return t


def _widths(ctx: Context, node: Table) -> list[float]:
    from smartcity_desktop.export.fonts import text_width

    head = ctx.styles.head_right
    return column_widths(
        node, ctx.frame_width, lambda word: text_width(word, head.fontName, head.fontSize) + 9
    )


def _cell(ctx: Context, c: Cell, right: bool, total: bool) -> Any:
    st = ctx.styles
    text = esc(c.text)
    if right:
        return paragraph(f"<b>{text}</b>" if total else text, st.cell_right)
    if not c.detail:
        return paragraph(text, st.cell_bold if c.strong or total else st.cell)
    if c.strong:
        text = f"<b>{text}</b>"
    return paragraph(f'{text}<br/><font color="{MUTED}" size="7.5">{esc(c.detail)}</font>', st.cell)

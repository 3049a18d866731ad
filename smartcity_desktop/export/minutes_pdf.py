"""The minutes (Protokoll) of one workshop as an archivable PDF/A-2b file.

`write_minutes_pdf(record, target)` builds the document with reportlab Platypus from section
builders (`minutes_sections`, `minutes_board`, `minutes_results`, `minutes_photos`), renders it
in two passes for the contents' page numbers, turns the result into PDF/A-2b (`pdfa.py`) and
only then puts it at `target` (`atomic_write`). `progress(done, total)` is called after each
section, board, round, weighting and photo; returning False cancels with `ExportCancelled` and
leaves the target as it was.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from smartcity_desktop.domain.minutes import WorkshopRecord
from smartcity_desktop.export import (
    fonts,
    minutes_board,
    minutes_photos,
    minutes_results,
    minutes_sections,
    pdf_charts,
    pdfa,
)
from smartcity_desktop.export.atomic import atomic_write
from smartcity_desktop.export.labels import Labels, labels
from smartcity_desktop.export.minutes_common import Context, heading
from smartcity_desktop.export.pdf_style import MUTED, RULE, make_styles

PRODUCER = "Smart City Werkstatt (reportlab, pikepdf)"

# reportlab's `rl_config.useA85` is process-wide: one build at a time switches it (see `render`)
_A85_LOCK = threading.Lock()


def write_minutes_pdf(
    record: WorkshopRecord,
    target: Path | str,
    *,
    language: str = "de",
    pseudonymise: bool | None = None,
    progress: Callable[[int, int], bool] | None = None,
    now: datetime | None = None,
) -> Path:
    """Write the workshop's minutes to `target` (PDF/A-2b); its path.

    `pseudonymise` None follows the project's switch; people without consent are never named.
    `now` fixes the document's creation time (tests); by default the current time in UTC.
    """
    hide = record.strategy.pseudonymise if pseudonymise is None else bool(pseudonymise)
    lab = labels(language)
    created = (now or datetime.now(timezone.utc)).replace(microsecond=0)  # noqa: UP017

    def write(tmp: Path) -> None:
        ctx = _context(record, lab, hide, progress)
        story = build_story(ctx)
        render(ctx, story, tmp, created)
        ctx.step()
        pdfa.make_pdfa(
            tmp,
            title=ctx.scrub(record.workshop.title),
            subject=ctx.scrub(f"{lab['minutes']} – {record.strategy.title}"),
            language=lab.lang_tag,
            created=created,
            producer=PRODUCER,
        )
        ctx.step()

    return atomic_write(Path(target), write)


# -- layout --------------------------------------------------------------------------------------

PAGE_MARGIN = 56.7  # 2 cm
HEADER_SPACE = 22.0


def _page_size() -> tuple[float, float]:
    from reportlab.lib.pagesizes import A4

    return A4


def _context(
    record: WorkshopRecord, lab: Labels, hide: bool, progress: Callable[[int, int], bool] | None
) -> Context:
    width, height = _page_size()
    total = 9 + len(record.boards) + len(record.rounds) + len(record.weightings)
    total += len(record.photos)
    return Context(
        record=record,
        labels=lab,
        styles=make_styles(),
        pseudonymise=hide,
        frame_width=width - 2 * PAGE_MARGIN,
        frame_height=height - 2 * PAGE_MARGIN - 2 * HEADER_SPACE,
        progress=progress,
        total=total,
    )


def build_story(ctx: Context) -> list[Any]:
    """Every section's flowables, in order, reporting progress after each."""
    from reportlab.platypus import CondPageBreak, PageBreak

    r, lab = ctx.record, ctx.labels
    story: list[Any] = []
    for builder in (minutes_sections.cover, minutes_sections.contents, minutes_sections.attendance):
        story += builder(ctx)
        ctx.step()
    story += [PageBreak(), *minutes_sections.agenda(ctx)]
    ctx.step()
    if r.boards:
        story += [PageBreak(), heading(ctx, lab["boards"], 0)]
        for n, board in enumerate(r.boards):
            if n:
                story.append(PageBreak())
            story += minutes_board.board_section(ctx, board)
            ctx.step()
    if r.rounds:
        story += [PageBreak(), heading(ctx, lab["votings"], 0)]
        for n, rnd in enumerate(r.rounds):
            if n:
                story.append(CondPageBreak(0.45 * ctx.frame_height))
            story += minutes_results.round_section(ctx, rnd)
            ctx.step()
    if r.weightings:
        story += [PageBreak(), heading(ctx, lab["weightings"], 0)]
        for n, ev in enumerate(r.weightings):
            if n:
                story.append(PageBreak())
            story += minutes_results.weighting_section(ctx, ev)
            ctx.step()
    story += [CondPageBreak(0.3 * ctx.frame_height), *minutes_sections.decisions(ctx)]
    ctx.step()
    story += [CondPageBreak(0.3 * ctx.frame_height), *minutes_sections.action_items(ctx)]
    ctx.step()
    if r.photos:
        story += [PageBreak(), heading(ctx, lab["photos"], 0)]
        for n, photo in enumerate(r.photos, start=1):
            story += minutes_photos.photo_block(ctx, n, photo)
            ctx.step()
    remarks = minutes_sections.remarks(ctx)
    if remarks:
        story += [CondPageBreak(0.25 * ctx.frame_height), *remarks]
    ctx.step()
    return story


def _canvas_class(ctx: Context, counts: list[int]) -> type:
    """A canvas that draws "Seite x von y" on each page as it finishes it.

    `y` is the page count of the previous layout pass (`counts`: pages per pass; multiBuild
    makes at least two), so pages are written out at once and bookmarks made during
    layout point at the page they are on. `render` checks that the last pass kept that count.
    """
    from reportlab.lib import colors
    from reportlab.pdfgen.canvas import Canvas

    lab = ctx.labels
    page_w, _ = _page_size()

    class NumberedCanvas(Canvas):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            kwargs.setdefault("initialFontName", fonts.REGULAR)
            super().__init__(*args, **kwargs)
            ctx.passes += 1  # a canvas per layout pass
            self._assumed = counts[-1] if counts else 0
            self._pass = len(counts)
            counts.append(0)

        def showPage(self) -> None:
            number = self.getPageNumber()
            if number > 1:
                self.saveState()
                self.setFont(fonts.REGULAR, 8)
                self.setFillColor(colors.HexColor(MUTED))
                total = self._assumed or number  # first pass: measured only, thrown away
                self.drawRightString(
                    page_w - PAGE_MARGIN,
                    PAGE_MARGIN - 4,
                    lab.t("page_of", page=number, pages=total),
                )
                self.restoreState()
            counts[self._pass] = number
            super().showPage()

    return NumberedCanvas


def _decorate(ctx: Context) -> Callable[[Any, Any], None]:
    """Header (title, date) and footer (strategy) of every page but the cover."""
    from reportlab.lib import colors

    w = ctx.record.workshop
    page_w, page_h = _page_size()
    title = ctx.scrub(w.title)
    when = ctx.labels.date(w.date) if w.date else ""
    footer = ctx.scrub(ctx.record.strategy.title)

    def draw(canvas: Any, doc: Any) -> None:
        canvas.saveState()
        canvas.setFont(fonts.REGULAR, 8)
        canvas.setFillColor(colors.HexColor(MUTED))
        top = page_h - PAGE_MARGIN + 10
        space = page_w - 2 * PAGE_MARGIN - fonts.text_width(when, fonts.REGULAR, 8) - 16
        canvas.drawString(PAGE_MARGIN, top, pdf_charts.fit_text(title, fonts.REGULAR, 8, space))
        canvas.drawRightString(page_w - PAGE_MARGIN, top, when)
        canvas.setStrokeColor(colors.HexColor(RULE))
        canvas.setLineWidth(0.5)
        canvas.line(PAGE_MARGIN, top - 4, page_w - PAGE_MARGIN, top - 4)
        canvas.line(PAGE_MARGIN, PAGE_MARGIN + 8, page_w - PAGE_MARGIN, PAGE_MARGIN + 8)
        room = page_w - 2 * PAGE_MARGIN - 110  # "Seite 123 von 456" goes on the right
        canvas.drawString(
            PAGE_MARGIN, PAGE_MARGIN - 4, pdf_charts.fit_text(footer, fonts.REGULAR, 8, room)
        )
        canvas.restoreState()

    return draw


def render(ctx: Context, story: list[Any], path: Path, created: datetime) -> None:
    """Lay the story out (as many passes as the contents need) and write the PDF to `path`."""
    from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate

    page_w, page_h = _page_size()
    frame = Frame(
        PAGE_MARGIN,
        PAGE_MARGIN + HEADER_SPACE,
        page_w - 2 * PAGE_MARGIN,
        page_h - 2 * PAGE_MARGIN - 2 * HEADER_SPACE,
        id="body",
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
    )
    cover_frame = Frame(
        PAGE_MARGIN, PAGE_MARGIN, page_w - 2 * PAGE_MARGIN, page_h - 2 * PAGE_MARGIN, id="cover"
    )

    class MinutesDoc(BaseDocTemplate):
        def afterPage(self) -> None:
            if self.page % 10 == 0:
                ctx.poll()

        def afterFlowable(self, flowable: Any) -> None:
            level = getattr(flowable, "toc_level", None)
            if level is None:
                return
            key = flowable.toc_key
            self.canv.bookmarkPage(key)
            self.canv.addOutlineEntry(flowable.toc_text, key, level=level, closed=level >= 1)
            if level <= 1:
                self.notify("TOCEntry", (level, flowable.toc_text, self.page, key))

    doc = MinutesDoc(
        str(path),
        pagesize=(page_w, page_h),
        leftMargin=PAGE_MARGIN,
        rightMargin=PAGE_MARGIN,
        topMargin=PAGE_MARGIN,
        bottomMargin=PAGE_MARGIN,
        title=ctx.scrub(ctx.record.workshop.title),
        author="",
        subject=ctx.scrub(f"{ctx.labels['minutes']} – {ctx.record.strategy.title}"),
        creator="Smart City Werkstatt",
        producer=PRODUCER,
        lang=ctx.labels.lang_tag,
        initialFontName=fonts.REGULAR,
        initialFontSize=10,
        initialLeading=12,
    )
    doc.addPageTemplates(
        [
            PageTemplate(id="cover", frames=[cover_frame]),
            PageTemplate(id="body", frames=[frame], onPage=_decorate(ctx)),
        ]
    )
    _expect_contents(story)
    from reportlab import rl_config

    # Streams in binary, not ASCII85: reportlab's pure-Python ASCII85 encoder takes ~0.4 s per
    # photo, and the file is a third smaller. (A process-wide setting of reportlab's, restored.)
    counts: list[int] = []
    canvasmaker = _canvas_class(ctx, counts)
    with _A85_LOCK:
        a85 = rl_config.useA85
        rl_config.useA85 = 0
        try:
            doc.multiBuild(story, canvasmaker=canvasmaker, maxPasses=6)
            if len(counts) < 2 or counts[-1] != counts[-2]:
                # the last pass drew "von y" with the previous pass's count; one more pass
                # with the count it found (the contents' page numbers stay as they are)
                doc._doSave = 1  # multiBuild leaves it off
                doc.build(list(story), canvasmaker=canvasmaker)
        finally:
            rl_config.useA85 = a85


def _expect_contents(story: list[Any]) -> None:
    """Give the contents their entries (with placeholder page numbers) before the first pass.

    The contents then take their final height in the first pass, so its page numbers are the
    final ones and the second pass is the last: two passes instead of three, and the first
    one skips the costly drawings (`deferred`).
    """
    from reportlab.platypus.tableofcontents import TableOfContents

    toc = next((f for f in story if isinstance(f, TableOfContents)), None)
    if toc is None:
        return
    toc._entries = [
        (f.toc_level, f.toc_text, 999, f.toc_key) for f in story if getattr(f, "toc_level", 9) <= 1
    ]

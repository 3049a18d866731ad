"""A board in the minutes: the whole board as a vector drawing, then every cluster with its
cards (text and source), the loose cards, and import areas marked as not yet sorted.

The drawing keeps the board's own coordinates (scene units, y down) and is scaled to fit the
page, so card texts are tiny on paper but sharp when zoomed in. Shapes are plain reportlab
graphics (one rectangle and a few strings per card), which renders 5,000 cards in well under a
second; a card's text is cut after the lines that fit, the full text is in the list below.
"""

from __future__ import annotations

from typing import Any

from smartcity_desktop.domain.board import CARD_HEIGHT, CARD_WIDTH, CLUSTER_HEADER
from smartcity_desktop.domain.minutes import BoardRecord
from smartcity_desktop.export import fonts, pdf_charts
from smartcity_desktop.export.minutes_common import (
    Context,
    cell,
    deferred,
    head_row,
    heading,
    para,
    spacer,
)
from smartcity_desktop.export.pdf_style import CARD_FILL, DARK_FILLS, table

CARD_FONT = 15.0  # scene units
CARD_LEADING = 17.5
CARD_PAD = 9.0
TITLE_FONT = 24.0
MAX_LINES = int((CARD_HEIGHT - 2 * CARD_PAD) // CARD_LEADING)


def _bounds(rec: BoardRecord) -> tuple[float, float, float, float]:
    xs, ys, xe, ye = [], [], [], []
    for c in rec.clusters:
        xs.append(c.x)
        ys.append(c.y)
        xe.append(c.x + c.width)
        ye.append(c.y + c.height)
    for card in rec.cards:
        xs.append(card.x)
        ys.append(card.y)
        xe.append(card.x + CARD_WIDTH)
        ye.append(card.y + CARD_HEIGHT)
    if not xs:
        return 0.0, 0.0, CARD_WIDTH, CARD_HEIGHT
    return min(xs), min(ys), max(xe), max(ye)


def wrap(text: str, font: str, size: float, width: float, max_lines: int) -> list[str]:
    """Greedy word wrap in scene units; a word wider than the line is cut; "…" when cut off."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    lines: list[str] = []
    line = ""
    words = text.split()
    for k, word in enumerate(words):
        candidate = f"{line} {word}" if line else word
        if stringWidth(candidate, font, size) <= width:
            line = candidate
            continue
        if line:
            lines.append(line)
        line = word
        while stringWidth(line, font, size) > width and len(line) > 1:
            cut = len(line) - 1
            while cut > 1 and stringWidth(line[:cut] + "-", font, size) > width:
                cut -= 1
            lines.append(line[:cut] + "-")
            line = line[cut:]
        if len(lines) >= max_lines:
            remaining = bool(line) or k < len(words) - 1
            lines = lines[:max_lines]
            if remaining:
                lines[-1] = _ellipsis(lines[-1], font, size, width)
            return lines
    if line:
        lines.append(line)
    if len(lines) > max_lines:
        lines = lines[:max_lines]
        lines[-1] = _ellipsis(lines[-1], font, size, width)
    return lines


def _ellipsis(line: str, font: str, size: float, width: float) -> str:
    from reportlab.pdfbase.pdfmetrics import stringWidth

    line = line.rstrip("-")
    while line and stringWidth(line + "…", font, size) > width:
        line = line[:-1]
    return line.rstrip() + "…"


def board_drawing(ctx: Context, rec: BoardRecord) -> Any:
    """The board as a Drawing fitting the frame (width, and at most 75 % of its height)."""
    from reportlab.graphics.shapes import Group, Rect, String
    from reportlab.lib import colors

    x0, y0, x1, y1 = _bounds(rec)
    margin = 20.0
    x0, y0, x1, y1 = x0 - margin, y0 - margin, x1 + margin, y1 + margin
    width, height = x1 - x0, y1 - y0
    scale = min(ctx.frame_width / width, 0.75 * ctx.frame_height / height)
    group = Group()
    group.transform = (scale, 0, 0, scale, 0, 0)
    group.add(Rect(0, 0, width, height, fillColor=colors.HexColor("#fbfbf8"), strokeColor=None))
    colour_cache: dict[str, Any] = {}

    def colour(hex_value: str) -> Any:
        if hex_value not in colour_cache:
            colour_cache[hex_value] = colors.HexColor(hex_value)
        return colour_cache[hex_value]

    for c in rec.clusters:
        top = y1 - c.y
        stroke = colour(CARD_FILL.get(c.colour, "#7f7f7f") if c.colour else "#7f7f7f")
        frame = Rect(
            c.x - x0,
            top - c.height,
            c.width,
            c.height,
            rx=8,
            ry=8,
            fillColor=colour("#ffffff"),
            strokeColor=stroke,
            strokeWidth=4,
        )
        if c.is_area:
            frame.strokeDashArray = [14, 8]
        group.add(frame)
        title = c.title
        if c.is_area:
            title = f"{title} – {ctx.labels['area_unsorted']}"
        elif c.id in rec.field_of_cluster:
            title = f"★ {title}"
        lines = wrap(ctx.scrub(title), fonts.BOLD, TITLE_FONT, c.width - 32, 1)
        group.add(
            String(
                c.x - x0 + 16,
                top - CLUSTER_HEADER / 2 - 6,
                lines[0] if lines else "",
                fontName=fonts.BOLD,
                fontSize=TITLE_FONT,
                fillColor=colour("#1a1a1a"),
            )
        )
    for card in rec.cards:
        left, top = card.x - x0, y1 - card.y
        fill = CARD_FILL.get(card.colour, CARD_FILL[""])
        ink = colour("#ffffff") if card.colour in DARK_FILLS else colour("#1a1a1a")
        group.add(
            Rect(
                left,
                top - CARD_HEIGHT,
                CARD_WIDTH,
                CARD_HEIGHT,
                fillColor=colour(fill),
                strokeColor=colour("#555555"),
                strokeWidth=1,
            )
        )
        lines = wrap(
            ctx.scrub(card.text), fonts.REGULAR, CARD_FONT, CARD_WIDTH - 2 * CARD_PAD, MAX_LINES
        )
        for n, line in enumerate(lines):
            group.add(
                String(
                    left + CARD_PAD,
                    top - CARD_PAD - CARD_FONT - n * CARD_LEADING,
                    line,
                    fontName=fonts.REGULAR,
                    fontSize=CARD_FONT,
                    fillColor=ink,
                )
            )
    drawing = pdf_charts.drawing(width * scale, height * scale)
    drawing.add(group)
    drawing.hAlign = "CENTER"
    return drawing


def board_section(ctx: Context, rec: BoardRecord) -> list[Any]:
    """One board: heading, drawing, the clusters with their cards, the loose cards."""
    lab, st = ctx.labels, ctx.styles
    real = [c for c in rec.clusters if not c.is_area]
    story: list[Any] = [heading(ctx, f"{lab['board']}: {rec.board.title}", 1)]
    story.append(deferred(ctx, board_drawing(ctx, rec)))
    story.append(
        para(
            ctx,
            lab.t("board_drawing", title=rec.board.title, cards=len(rec.cards), clusters=len(real)),
            st.caption,
        )
    )
    story.append(spacer(6))
    by_cluster: dict[int | None, list[Any]] = {}
    for card in sorted(rec.cards, key=lambda c: (c.y, c.x, c.id)):
        by_cluster.setdefault(card.cluster_id, []).append(card)
    known = {c.id for c in rec.clusters}
    for cluster in sorted(rec.clusters, key=lambda c: (c.is_area, c.y, c.x, c.id)):
        title = cluster.title
        if cluster.is_area:
            title = f"{title} ({lab['area_unsorted']})"
        story.append(heading(ctx, title, 2))
        if cluster.id in rec.field_of_cluster:
            story.append(
                para(ctx, lab.t("promoted", title=rec.field_of_cluster[cluster.id]), st.muted)
            )
        story.append(_card_table(ctx, by_cluster.get(cluster.id, [])))
    loose = [c for cid, cards in by_cluster.items() if cid not in known for c in cards]
    if loose:
        story.append(heading(ctx, lab["loose_cards"], 2))
        story.append(_card_table(ctx, loose))
    return story


def _card_table(ctx: Context, cards: list[Any]) -> Any:
    lab = ctx.labels
    if not cards:
        return para(ctx, lab["no_cards"], ctx.styles.muted)
    w = ctx.frame_width
    rows = [head_row(ctx, "#", lab["card_text"], lab["source"])]
    for n, card in enumerate(cards, start=1):
        source = ", ".join(lab.source(str(s)) for s in card.sources)
        rows.append([cell(ctx, str(n)), cell(ctx, card.text), cell(ctx, source)])
    return table(rows, [0.07 * w, 0.73 * w, 0.20 * w])

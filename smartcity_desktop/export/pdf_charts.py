"""Charts for the minutes, drawn with reportlab.graphics shapes in the embedded fonts only:
a diverging bar chart of dot votes and a stacked bar chart of weighted utilities."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from smartcity_desktop.export import fonts

GREEN = "#009E73"
RED = "#D55E00"
INK = "#1a1a1a"
AXIS = "#7f7f7f"
# Okabe–Ito without black, then lighter repeats, for criteria in a stacked bar.
SERIES = (
    "#0072B2",
    "#E69F00",
    "#009E73",
    "#CC79A7",
    "#56B4E9",
    "#D55E00",
    "#F0E442",
    "#7f7f7f",
    "#004d7a",
    "#a87400",
    "#006b4f",
    "#9c4f7a",
)
FONT_SIZE = 7.5
ROW = 15.0


def drawing(width: float, height: float) -> Any:
    """A Drawing whose renderer starts in DejaVu Sans: its default (Helvetica) would otherwise be
    selected once per drawing and put a non-embedded font into the PDF."""
    from reportlab.graphics.shapes import Drawing

    d = Drawing(width, height)
    d.initialFontName = fonts.REGULAR
    d.initialFontSize = FONT_SIZE
    return d


def fit_text(text: str, font: str, size: float, width: float) -> str:
    """`text`, cut with "…" where it would be wider than `width`."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    if stringWidth(text, font, size) <= width:
        return text
    while text and stringWidth(text + "…", font, size) > width:
        text = text[:-1]
    return text.rstrip() + "…"


def vote_chart(
    width: float,
    labels: Sequence[str],
    green: Sequence[int],
    red: Sequence[int],
    net_text: str,
    scale: tuple[int, int] | None = None,
) -> Any:
    """Options top to bottom: red dots to the left of the axis, green to the right, net at
    the end of the row. `scale` (most green, most red) keeps the parts of a long chart alike."""
    from reportlab.graphics.shapes import Line, Rect, String
    from reportlab.lib import colors

    n = len(labels)
    label_w = 0.34 * width
    value_w = 34.0
    plot_w = width - label_w - value_w - 8
    top_pad, bottom_pad = (16.0 if net_text else 4.0), 6.0
    height = top_pad + n * ROW + bottom_pad
    d = drawing(width, height)
    most_green = max([*green, 1, (scale or (0, 0))[0]])
    most_red = max([*red, 0, (scale or (0, 0))[1]])
    unit = plot_w / (most_green + most_red)
    axis_x = label_w + 4 + most_red * unit
    d.add(
        String(
            label_w + 4,
            height - 10,
            net_text,
            fontName=fonts.ITALIC,
            fontSize=FONT_SIZE,
            fillColor=colors.HexColor(AXIS),
        )
    )
    for i, label in enumerate(labels):
        y = height - top_pad - (i + 1) * ROW + 3
        d.add(
            String(
                label_w,
                y + 2,
                fit_text(label, fonts.REGULAR, FONT_SIZE, label_w - 4),
                fontName=fonts.REGULAR,
                fontSize=FONT_SIZE,
                textAnchor="end",
                fillColor=colors.HexColor(INK),
            )
        )
        if green[i]:
            d.add(
                Rect(
                    axis_x,
                    y,
                    green[i] * unit,
                    ROW - 5,
                    fillColor=colors.HexColor(GREEN),
                    strokeColor=None,
                )
            )
        if red[i]:
            d.add(
                Rect(
                    axis_x - red[i] * unit,
                    y,
                    red[i] * unit,
                    ROW - 5,
                    fillColor=colors.HexColor(RED),
                    strokeColor=None,
                )
            )
        d.add(
            String(
                width,
                y + 2,
                f"{green[i] - red[i]:+d}".replace("+0", "0"),
                fontName=fonts.BOLD,
                fontSize=FONT_SIZE,
                textAnchor="end",
                fillColor=colors.HexColor(INK),
            )
        )
    d.add(
        Line(
            axis_x,
            bottom_pad,
            axis_x,
            height - top_pad + 2,
            strokeColor=colors.HexColor(AXIS),
            strokeWidth=0.6,
        )
    )
    return d


def utility_chart(
    width: float,
    projects: Sequence[str],
    contributions: Sequence[Sequence[float]],
    criteria: Sequence[str],
    value_text: Any,
    scale_max: float | None = None,
) -> Any:
    """One stacked bar per project (best first); the segments are the criteria's weighted
    scores; a legend of criteria below. `value_text(x)` formats the utility at the bar's end."""
    from reportlab.graphics.shapes import Rect, String
    from reportlab.lib import colors

    n = len(projects)
    label_w = 0.34 * width
    value_w = 34.0
    plot_w = width - label_w - value_w - 8
    most = max([sum(c) for c in contributions] + [scale_max or 0.0, 1e-9])
    unit = plot_w / most
    legend_cols = 2
    legend_rows = -(-len(criteria) // legend_cols)
    legend_h = legend_rows * 11.0 + 6 if criteria else 0.0
    height = n * ROW + 8 + legend_h
    d = drawing(width, height)
    for i, label in enumerate(projects):
        y = height - (i + 1) * ROW
        d.add(
            String(
                label_w,
                y + 2,
                fit_text(label, fonts.REGULAR, FONT_SIZE, label_w - 4),
                fontName=fonts.REGULAR,
                fontSize=FONT_SIZE,
                textAnchor="end",
                fillColor=colors.HexColor(INK),
            )
        )
        x = label_w + 4
        for j, value in enumerate(contributions[i]):
            if value <= 0:
                continue
            d.add(
                Rect(
                    x,
                    y,
                    value * unit,
                    ROW - 5,
                    fillColor=colors.HexColor(SERIES[j % len(SERIES)]),
                    strokeColor=colors.white,
                    strokeWidth=0.3,
                )
            )
            x += value * unit
        d.add(
            String(
                width,
                y + 2,
                value_text(sum(contributions[i])),
                fontName=fonts.BOLD,
                fontSize=FONT_SIZE,
                textAnchor="end",
                fillColor=colors.HexColor(INK),
            )
        )
    col_w = width / legend_cols
    for j, name in enumerate(criteria):
        row, col = divmod(j, legend_cols)
        x = col * col_w
        y = legend_h - 11 - row * 11.0
        d.add(
            Rect(x, y, 7, 7, fillColor=colors.HexColor(SERIES[j % len(SERIES)]), strokeColor=None)
        )
        d.add(
            String(
                x + 10,
                y + 0.5,
                fit_text(name, fonts.REGULAR, 6.8, col_w - 14),
                fontName=fonts.REGULAR,
                fontSize=6.8,
                fillColor=colors.HexColor(INK),
            )
        )
    return d

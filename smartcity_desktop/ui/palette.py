"""How card colours and sources look and are named on screen.

Colours come from the Okabe–Ito palette (domain/model.py); each also has a shape, drawn on the
card and in every menu, so no meaning hangs on colour alone (colour-blind viewers, a washed-out
projector, a black-and-white print of the minutes).
"""

from __future__ import annotations

import math
from functools import cache

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPainterPath, QPen, QPixmap, QPolygonF

from smartcity_desktop.domain.model import COLOUR_HEX, COLOUR_SHAPES, CardColour, CardSource


def colour_label(colour: CardColour | str) -> str:
    return {
        CardColour.NONE: QCoreApplication.translate("Palette", "No colour"),
        CardColour.ORANGE: QCoreApplication.translate("Palette", "Orange (circle)"),
        CardColour.SKY_BLUE: QCoreApplication.translate("Palette", "Sky blue (square)"),
        CardColour.GREEN: QCoreApplication.translate("Palette", "Green (triangle)"),
        CardColour.YELLOW: QCoreApplication.translate("Palette", "Yellow (diamond)"),
        CardColour.BLUE: QCoreApplication.translate("Palette", "Blue (cross)"),
        CardColour.VERMILLION: QCoreApplication.translate("Palette", "Vermillion (star)"),
        CardColour.PURPLE: QCoreApplication.translate("Palette", "Purple (ring)"),
    }[CardColour(colour)]


def source_label(source: CardSource | str) -> str:
    return {
        CardSource.SURVEY: QCoreApplication.translate("Palette", "Survey"),
        CardSource.INTERVIEW: QCoreApplication.translate("Palette", "Interview"),
        CardSource.WORKSHOP: QCoreApplication.translate("Palette", "Workshop"),
        CardSource.BEST_PRACTICE: QCoreApplication.translate("Palette", "Best practice"),
        CardSource.OWN: QCoreApplication.translate("Palette", "Own idea"),
    }[CardSource(source)]


def _colour(colour: str) -> CardColour:
    try:
        return CardColour(colour)
    except ValueError:
        return CardColour.NONE


@cache
def strong(colour: str) -> QColor:
    """The palette colour itself: frames, marks."""
    return QColor(COLOUR_HEX[_colour(colour)])


@cache
def card_fill(colour: str) -> QColor:
    """A light tint of the colour, on which black text stays readable (contrast > 7:1)."""
    c = _colour(colour)
    if c is CardColour.NONE:
        return QColor("#FFFDF2")
    base = QColor(COLOUR_HEX[c])
    mix = 0.30
    return QColor(
        round(255 - (255 - base.red()) * mix),
        round(255 - (255 - base.green()) * mix),
        round(255 - (255 - base.blue()) * mix),
    )


@cache
def cluster_fill(colour: str) -> QColor:
    c = _colour(colour)
    base = QColor("#E8E8E8") if c is CardColour.NONE else QColor(COLOUR_HEX[c])
    base.setAlpha(40)
    return base


@cache
def cluster_fill_opaque(colour: str) -> QColor:
    """The cluster tint blended onto the board's background, for drawing without alpha."""
    tint = cluster_fill(colour)
    alpha = tint.alphaF()
    back = QColor("#F4F4F2")
    return QColor(
        round(tint.red() * alpha + back.red() * (1 - alpha)),
        round(tint.green() * alpha + back.green() * (1 - alpha)),
        round(tint.blue() * alpha + back.blue() * (1 - alpha)),
    )


def shape_of(colour: str) -> str:
    return COLOUR_SHAPES[_colour(colour)]


def draw_shape(painter: QPainter, shape: str, rect: QRectF, colour: QColor) -> None:
    """A small filled mark with a dark outline: circle, square, triangle, diamond, ..."""
    if not shape:
        return
    painter.save()
    painter.setPen(QPen(QColor("#222222"), max(rect.width() / 12, 1.0)))
    painter.setBrush(colour)
    cx, cy, r = rect.center().x(), rect.center().y(), rect.width() / 2
    if shape == "circle":
        painter.drawEllipse(rect)
    elif shape == "square":
        painter.drawRect(rect.adjusted(r * 0.1, r * 0.1, -r * 0.1, -r * 0.1))
    elif shape == "triangle":
        painter.drawPolygon(
            QPolygonF([QPointF(cx, rect.top()), rect.bottomRight(), rect.bottomLeft()])
        )
    elif shape == "diamond":
        painter.drawPolygon(
            QPolygonF(
                [
                    QPointF(cx, rect.top()),
                    QPointF(rect.right(), cy),
                    QPointF(cx, rect.bottom()),
                    QPointF(rect.left(), cy),
                ]
            )
        )
    elif shape == "cross":
        path = QPainterPath()
        w = r * 0.38
        path.addRect(QRectF(cx - w, rect.top(), 2 * w, rect.height()))
        path.addRect(QRectF(rect.left(), cy - w, rect.width(), 2 * w))
        painter.drawPath(path.simplified())
    elif shape == "star":
        points = []
        for i in range(10):
            radius = r if i % 2 == 0 else r * 0.45
            angle = -math.pi / 2 + i * math.pi / 5
            points.append(QPointF(cx + radius * math.cos(angle), cy + radius * math.sin(angle)))
        painter.drawPolygon(QPolygonF(points))
    elif shape == "ring":
        path = QPainterPath()
        path.addEllipse(rect)
        path.addEllipse(rect.adjusted(r * 0.45, r * 0.45, -r * 0.45, -r * 0.45))
        path.setFillRule(Qt.FillRule.OddEvenFill)
        painter.drawPath(path)
    painter.restore()


def colour_icon(colour: str, size: int = 16) -> QIcon:
    """A menu icon: the colour's shape in the colour (a plain swatch for "no colour")."""
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    rect = QRectF(1.5, 1.5, size - 3, size - 3)
    if shape_of(colour):
        draw_shape(painter, shape_of(colour), rect, strong(colour))
    else:
        painter.setPen(QPen(QColor("#888888"), 1))
        painter.setBrush(card_fill(colour))
        painter.drawRect(rect)
    painter.end()
    return QIcon(pixmap)

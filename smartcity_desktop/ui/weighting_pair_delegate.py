"""The pair delegate: a pair of criteria painted as a clickable scale, with sentence and flags."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QCoreApplication,
    QEvent,
    QLocale,
    QPointF,
    QRectF,
    QSize,
    Qt,
)
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QGuiApplication,
    QMouseEvent,
    QPainter,
    QPen,
    QTextDocument,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QToolTip,
)

from smartcity_desktop.domain.model import WeightingMethod
from smartcity_desktop.ui.weighting_scale import (
    ACCENT,
    EQUAL_FILL,
    FLAG_ROLE,
    NAMES_ROLE,
    QUIET,
    ROW_TINT,
    SEGMENT_BORDER,
    SENTENCE_ROLE,
    STEP_ROLE,
    STEPS_ROLE,
    TEXT,
    WARNING,
    Index,
    intensity,
    pair_sentence,
    scale_label,
    step_value,
)

# -- pairs: one sentence per pair on a segmented scale -----------------------------------------


class PairDelegate(QStyledItemDelegate):
    """Paints a pair as a sentence over a segmented scale 9 … 1 … 9, the two criteria named
    under its ends (the first on the left), and sets the judgement when a segment is clicked."""

    PAD = 10.0
    GAP = 3.0

    def _fonts(self, option: QStyleOptionViewItem) -> tuple[QFont, QFont]:
        sentence = QFont(option.font)
        sentence.setPointSizeF(option.font.pointSizeF() * 1.2)
        small = QFont(option.font)
        small.setPointSizeF(option.font.pointSizeF() * 0.92)
        return sentence, small

    def _sentence(self, index: Index, font: QFont, width: float) -> QTextDocument:
        doc = QTextDocument()
        doc.setDefaultFont(font)
        doc.setDocumentMargin(0)
        doc.setTextWidth(max(width, 50.0))
        text = index.data(SENTENCE_ROLE) or ""
        if index.data(STEP_ROLE) is None:
            doc.setHtml(f'<span style="color:{QUIET.name()}"><i>{text}</i></span>')
        else:
            doc.setHtml(f'<span style="color:{TEXT.name()}">{text}</span>')
        return doc

    def _number_width(self, option: QStyleOptionViewItem) -> float:
        return QFontMetricsF(option.font).horizontalAdvance("000.") + 8

    def _segment_height(self, option: QStyleOptionViewItem) -> float:
        return max(28.0, QFontMetricsF(option.font).height() + 12)

    def _row_width(self, option: QStyleOptionViewItem) -> float:
        view = self.parent()
        if isinstance(view, QAbstractItemView):
            return float(view.viewport().width())
        return float(option.rect.width())

    def _text_left(self, option: QStyleOptionViewItem) -> float:
        return option.rect.left() + self.PAD + self._number_width(option)

    def _text_width(self, option: QStyleOptionViewItem) -> float:
        return max(200.0, self._row_width(option) - 2 * self.PAD - self._number_width(option))

    def _sentence_height(self, option: QStyleOptionViewItem, index: Index) -> float:
        sentence_font, _small = self._fonts(option)
        return self._sentence(index, sentence_font, self._text_width(option)).size().height()

    def segment_rects(self, option: QStyleOptionViewItem, index: Index) -> list[QRectF]:
        """The scale's segments, left to right, under the sentence."""
        steps = int(index.data(STEPS_ROLE) or 17)
        metrics = QFontMetricsF(option.font)
        if steps == 3:
            width = max(metrics.horizontalAdvance(t) for t in pairwise_labels()) + 32
        else:
            width = max(32.0, metrics.horizontalAdvance("9") + 20)
        available = self._text_width(option) - 110  # room for a "revisit" tag
        total = steps * width + (steps - 1) * self.GAP
        if total > available:
            width = max(14.0, (available - (steps - 1) * self.GAP) / steps)
        top = option.rect.top() + self.PAD + self._sentence_height(option, index) + 8
        left = self._text_left(option)
        height = self._segment_height(option)
        return [QRectF(left + k * (width + self.GAP), top, width, height) for k in range(steps)]

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        _sentence, small = self._fonts(option)
        height = (
            self.PAD
            + self._sentence_height(option, index)
            + 8
            + self._segment_height(option)
            + 3
            + QFontMetricsF(small).height()
            + self.PAD
        )
        return QSize(int(self._row_width(option)) - 2, int(height + 0.5))

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        r = QRectF(option.rect)
        current = bool(option.state & QStyle.StateFlag.State_Selected)
        flag = index.data(FLAG_ROLE) or ""
        painter.fillRect(r, ROW_TINT if current else QColor("white"))
        if current or flag:
            painter.fillRect(QRectF(r.left(), r.top(), 4, r.height()), WARNING if flag else ACCENT)
        painter.setPen(QPen(QColor("#E3E7EB"), 1))
        painter.drawLine(r.bottomLeft(), r.bottomRight())
        sentence_font, small = self._fonts(option)
        painter.setFont(option.font)
        painter.setPen(QUIET)
        painter.drawText(
            QRectF(r.left() + self.PAD, r.top() + self.PAD, self._number_width(option) - 10, 24),
            int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop),
            f"{index.row() + 1}.",
        )
        doc = self._sentence(index, sentence_font, self._text_width(option))
        painter.save()
        painter.translate(self._text_left(option), r.top() + self.PAD - 2)
        doc.drawContents(painter)
        painter.restore()
        rects = self.segment_rects(option, index)
        self._paint_scale(painter, option, index, rects)
        self._paint_names(painter, index, rects, small)
        if flag:
            tag = revisit_tag() if flag == "revisit" else circular_tag()
            painter.setFont(option.font)
            painter.setPen(WARNING.darker(120))
            painter.drawText(
                QRectF(rects[-1].right() + 12, rects[0].top(), 110, rects[0].height()),
                int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                tag,
            )
        painter.restore()

    def _paint_names(
        self, painter: QPainter, index: Index, rects: list[QRectF], font: QFont
    ) -> None:
        """The first criterion under the scale's left end, the second under its right end."""
        first, second = index.data(NAMES_ROLE) or ("", "")
        metrics = QFontMetricsF(font)
        left, right = rects[0].left(), rects[-1].right()
        half = (right - left) / 2 - 6
        top = rects[0].bottom() + 3
        painter.setFont(font)
        painter.setPen(QColor("#56616B"))
        for text, rect, align in (
            (f"◀ {first}", QRectF(left, top, half, metrics.height()), Qt.AlignmentFlag.AlignLeft),
            (
                f"{second} ▶",
                QRectF(right - half, top, half, metrics.height()),
                Qt.AlignmentFlag.AlignRight,
            ),
        ):
            shown = metrics.elidedText(text, Qt.TextElideMode.ElideMiddle, rect.width())
            painter.drawText(rect, int(align | Qt.AlignmentFlag.AlignVCenter), shown)

    def _paint_scale(
        self, painter: QPainter, option: QStyleOptionViewItem, index: Index, rects: list[QRectF]
    ) -> None:
        steps = len(rects)
        chosen = index.data(STEP_ROLE)
        labels = pairwise_labels() if steps == 3 else ahp_labels()
        enabled = bool(option.state & QStyle.StateFlag.State_Enabled) and bool(
            index.flags() & Qt.ItemFlag.ItemIsEditable
        )  # a finished weighting: the scale shows the answers, quietly
        for k, rect in enumerate(rects):
            selected = chosen == k
            if selected:
                fill, pen, text_colour = ACCENT, ACCENT, QColor("white")
            else:
                middle = k == (steps - 1) // 2
                fill = EQUAL_FILL if middle else QColor("white")
                pen, text_colour = SEGMENT_BORDER, QColor("#4A5560")
            if not enabled and not selected:
                text_colour, pen = QUIET, QColor("#DDE2E6")
            painter.setPen(QPen(pen, 1))
            painter.setBrush(fill)
            painter.drawRoundedRect(rect.adjusted(0.5, 0.5, -0.5, -0.5), 4, 4)
            font = QFont(option.font)
            font.setBold(selected)
            painter.setFont(font)
            painter.setPen(text_colour)
            painter.drawText(rect, int(Qt.AlignmentFlag.AlignCenter), labels[k])

    def helpEvent(self, event: Any, view: QAbstractItemView, option: Any, index: Index) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            steps = int(index.data(STEPS_ROLE) or 17)
            for k, rect in enumerate(self.segment_rects(option, index)):
                if rect.contains(QPointF(event.pos())):
                    QToolTip.showText(event.globalPos(), segment_tooltip(steps, k, index), view)
                    return True
        return super().helpEvent(event, view, option, index)

    def editorEvent(
        self,
        event: QEvent,
        model: QAbstractItemModel,
        option: QStyleOptionViewItem,
        index: Index,
    ) -> bool:
        if (
            event.type() == QEvent.Type.MouseButtonRelease
            and isinstance(event, QMouseEvent)
            and event.button() == Qt.MouseButton.LeftButton
            and model.flags(index) & Qt.ItemFlag.ItemIsEditable
        ):
            for k, rect in enumerate(self.segment_rects(option, index)):
                if rect.contains(event.position()):
                    model.setData(index, k, STEP_ROLE)
                    return True
        return super().editorEvent(event, model, option, index)


def ahp_labels() -> list[str]:
    return [str(k) for k in range(9, 1, -1)] + ["1"] + [str(k) for k in range(2, 10)]


def pairwise_labels() -> list[str]:
    return [
        QCoreApplication.translate("PairDelegate", "◀ more important"),
        QCoreApplication.translate("PairDelegate", "equal"),
        QCoreApplication.translate("PairDelegate", "more important ▶"),
    ]


def revisit_tag() -> str:
    return QCoreApplication.translate("PairDelegate", "⚠ revisit")


def circular_tag() -> str:
    return QCoreApplication.translate("PairDelegate", "⚠ circular")


def segment_tooltip(steps: int, step: int, index: Index) -> str:
    first, second = index.data(NAMES_ROLE) or ("", "")
    method = WeightingMethod.AHP if steps == 17 else WeightingMethod.PAIRWISE
    value = step_value(method, step)
    strength, _winner = intensity(method, value)
    text = pair_sentence(method, first, second, value, rich=False)
    if steps == 17:
        text += f" ({strength}: {scale_label(strength)})"
    return text


# German keyboards put § on Shift+3 and / on Shift+7; US ones @ and & elsewhere.
_SHIFTED_DE = {"!": 1, '"': 2, "§": 3, "$": 4, "%": 5, "&": 6, "/": 7, "(": 8, ")": 9}
_SHIFTED_US = {"!": 1, "@": 2, "#": 3, "$": 4, "%": 5, "^": 6, "&": 7, "*": 8, "(": 9}


def shifted_digit(text: str) -> int | None:
    """The digit under a shifted symbol on the keyboard in use (German or US layout)."""
    language = QGuiApplication.inputMethod().locale().language()
    table = _SHIFTED_DE if language == QLocale.Language.German else _SHIFTED_US
    return table.get(text)

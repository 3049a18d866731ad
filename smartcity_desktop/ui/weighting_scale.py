"""Shared vocabulary of the weighting UI: item roles, colours, the Saaty scale, the sentences
that read a judgement aloud, and the labels of methods, raters and states.
"""

from __future__ import annotations

import html
import math

from PySide6.QtCore import (
    QCoreApplication,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import (
    QColor,
)
from PySide6.QtWidgets import (
    QLabel,
    QWidget,
)

from smartcity_desktop.domain import weighting as wm
from smartcity_desktop.domain.model import (
    WeightingMethod,
)

Index = QModelIndex | QPersistentModelIndex
_D = Qt.ItemDataRole.DisplayRole
_E = Qt.ItemDataRole.EditRole
_TIP = Qt.ItemDataRole.ToolTipRole
_ALIGN = Qt.ItemDataRole.TextAlignmentRole
_FONT = Qt.ItemDataRole.FontRole
_BG = Qt.ItemDataRole.BackgroundRole
_FG = Qt.ItemDataRole.ForegroundRole
_CHECK = Qt.ItemDataRole.CheckStateRole
VALUE_ROLE = Qt.ItemDataRole.UserRole + 30  # a number behind a cell (a weight as 0..1, a score)
STEP_ROLE = Qt.ItemDataRole.UserRole + 31  # a pair's position on the scale, None unanswered
STEPS_ROLE = Qt.ItemDataRole.UserRole + 32  # how many positions the scale has (17 or 3)
SENTENCE_ROLE = Qt.ItemDataRole.UserRole + 33  # a pair's judgement as a sentence, rich text
PAIR_ROLE = Qt.ItemDataRole.UserRole + 34  # (criterion id, criterion id) of a pair or cell
FLAG_ROLE = Qt.ItemDataRole.UserRole + 35  # "revisit" or "circular": a pair worth a look
ID_ROLE = Qt.ItemDataRole.UserRole + 36  # the id behind a row
NAMES_ROLE = Qt.ItemDataRole.UserRole + 37  # a pair's two criterion names

RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
CENTRE = Qt.AlignmentFlag.AlignCenter
EVERYONE = -1  # the rater chooser's "all participants" entry: read-only means and spreads

# Okabe–Ito, as elsewhere in the app: blue for "chosen", vermillion for "look again".
ACCENT = QColor("#0072B2")
WARNING = QColor("#D55E00")
WIN_TINT = QColor("#DCEBF7")
FAIL_TINT = QColor("#FBE3D6")
MUTED = QColor("#6B7680")

AHP_STEPS = 17  # 9 … 2 toward the first criterion, 1 (equal), 2 … 9 toward the second
EQUAL_STEP = 8
PAIRWISE_STEPS = 3  # the first more important, equal, the second more important


# -- the scales ----------------------------------------------------------------------------


def step_count(method: WeightingMethod | str) -> int:
    return AHP_STEPS if WeightingMethod(method) == WeightingMethod.AHP else PAIRWISE_STEPS


def step_value(method: WeightingMethod | str, step: int) -> float:
    """The judgement (as seen from the first criterion) at a position of the scale read left
    to right: AHP 9 … 2, 1, 1/2 … 1/9; 2/1/0: 2, 1, 0."""
    if not 0 <= step < step_count(method):
        raise ValueError(f"no position {step} on the scale")
    if WeightingMethod(method) != WeightingMethod.AHP:
        return float(2 - step)
    if step <= EQUAL_STEP:
        return float(EQUAL_STEP + 1 - step)
    return 1.0 / (step - EQUAL_STEP + 1)


def value_step(method: WeightingMethod | str, value: float) -> int:
    """The position of a judgement on the scale (AHP values are rounded to Saaty's scale)."""
    if WeightingMethod(method) != WeightingMethod.AHP:
        return 2 - round(value)
    rounded = wm.saaty_round(value)
    if rounded >= 1:
        return EQUAL_STEP + 1 - round(rounded)
    return EQUAL_STEP - 1 + round(1 / rounded)


def intensity(method: WeightingMethod | str, value: float) -> tuple[int, int]:
    """(strength 1..9, winner: 0 the first criterion, 1 the second, -1 neither)."""
    if WeightingMethod(method) != WeightingMethod.AHP:
        return (1, -1) if value == 1 else (2, 0 if value > 1 else 1)
    rounded = wm.saaty_round(value)
    if rounded == 1:
        return 1, -1
    return (round(rounded), 0) if rounded > 1 else (round(1 / rounded), 1)


def scale_label(strength: int) -> str:
    """Saaty's verbal label of a strength: equal, moderately, strongly, very strongly,
    extremely; the even ones lie between."""
    return {
        1: QCoreApplication.translate("WeightingModels", "equal"),
        2: QCoreApplication.translate("WeightingModels", "between equal and moderately"),
        3: QCoreApplication.translate("WeightingModels", "moderately"),
        4: QCoreApplication.translate("WeightingModels", "between moderately and strongly"),
        5: QCoreApplication.translate("WeightingModels", "strongly"),
        6: QCoreApplication.translate("WeightingModels", "between strongly and very strongly"),
        7: QCoreApplication.translate("WeightingModels", "very strongly"),
        8: QCoreApplication.translate("WeightingModels", "between very strongly and extremely"),
        9: QCoreApplication.translate("WeightingModels", "extremely"),
    }[strength]


def _sentence_template(strength: int) -> str:
    """%1 matters more than %2 (the strength's words in bold)."""
    return {
        1: QCoreApplication.translate("WeightingModels", "%1 and %2 are <b>equally</b> important"),
        2: QCoreApplication.translate(
            "WeightingModels", "%1 is <b>a little more</b> important than %2"
        ),
        3: QCoreApplication.translate(
            "WeightingModels", "%1 is <b>moderately more</b> important than %2"
        ),
        4: QCoreApplication.translate(
            "WeightingModels", "%1 is <b>moderately to much more</b> important than %2"
        ),
        5: QCoreApplication.translate(
            "WeightingModels", "%1 is <b>much more</b> important than %2"
        ),
        6: QCoreApplication.translate(
            "WeightingModels", "%1 is <b>much to very much more</b> important than %2"
        ),
        7: QCoreApplication.translate(
            "WeightingModels", "%1 is <b>very much more</b> important than %2"
        ),
        8: QCoreApplication.translate(
            "WeightingModels", "%1 is <b>very much to extremely more</b> important than %2"
        ),
        9: QCoreApplication.translate(
            "WeightingModels", "%1 is <b>extremely more</b> important than %2"
        ),
    }[strength]


def pair_sentence(
    method: WeightingMethod | str,
    first: str,
    second: str,
    value: float | None,
    *,
    rich: bool = True,
) -> str:
    """A pair's judgement as a sentence: "Gemeinwohl is <b>much more</b> important than Klima".

    Unanswered pairs ask the question instead. `rich` gives HTML (names escaped, the strength in
    bold); otherwise plain text.
    """
    if value is None:
        template = (
            QCoreApplication.translate(
                "WeightingModels", "%1 or %2: which matters more, and how much?"
            )
            if WeightingMethod(method) == WeightingMethod.AHP
            else QCoreApplication.translate("WeightingModels", "%1 or %2: which matters more?")
        )
        a, b = first, second
    else:
        strength, winner = intensity(method, value)
        if WeightingMethod(method) != WeightingMethod.AHP and strength == 2:
            template = QCoreApplication.translate(
                "WeightingModels", "%1 is <b>more</b> important than %2"
            )
        else:
            template = _sentence_template(strength)
        a, b = (second, first) if winner == 1 else (first, second)
    if rich:
        return template.replace("%1", html.escape(a)).replace("%2", html.escape(b))
    plain = template.replace("<b>", "").replace("</b>", "")
    return plain.replace("%1", a).replace("%2", b)


def ahp_number(value: float) -> str:
    """An AHP judgement as a number: 5, 1/3; a mean that is off the scale as 2.52 or 1/2.52."""
    if value >= 1:
        return plain_number(value, 2)
    return "1/" + plain_number(1.0 / value, 2)


def plain_number(value: float, decimals: int = 1) -> str:
    """A number in the app's locale, without trailing zeros: 7, 7.5 (7,5 in German)."""
    text = QLocale().toString(float(value), "f", decimals)
    point = QLocale().decimalPoint()
    if point in text:
        text = text.rstrip("0").rstrip(point)
    return text


def percent(value: float | None) -> str:
    """A weight (0..1) as shown: 31.2 % (31,2 % in German); — while there is none."""
    if value is None:
        return "—"
    return QLocale().toString(float(value) * 100, "f", 1) + " %"


def parse_score(text: str) -> float | None:
    """A typed or pasted score: 7, 7,5 or 7.5; empty clears. ValueError names what is wrong."""
    cleaned = text.strip().replace(" ", "")
    if not cleaned:
        return None
    try:
        value = float(cleaned.replace(",", "."))
    except ValueError:
        raise ValueError(
            QCoreApplication.translate("WeightingModels", "“%1” is not a number.").replace(
                "%1", text.strip()
            )
        ) from None
    if not math.isfinite(value) or not 0 <= value <= 10:
        raise ValueError(
            QCoreApplication.translate(
                "WeightingModels", "%1 is not a score: scores go from 0 to 10."
            ).replace("%1", text.strip())
        )
    return value


def method_label(method: str) -> str:
    return {
        WeightingMethod.POINTS: QCoreApplication.translate(
            "WeightingModels", "100-point allocation"
        ),
        WeightingMethod.RANK_ROC: QCoreApplication.translate(
            "WeightingModels", "Ranking (rank-order centroid)"
        ),
        WeightingMethod.RANK_SUM: QCoreApplication.translate(
            "WeightingModels", "Ranking (rank sum)"
        ),
        WeightingMethod.PAIRWISE: QCoreApplication.translate(
            "WeightingModels", "Paarvergleich 2/1/0"
        ),
        WeightingMethod.AHP: QCoreApplication.translate("WeightingModels", "AHP (Saaty 1–9)"),
    }[WeightingMethod(method)]


def who_label(who: str) -> str:
    return (
        QCoreApplication.translate("WeightingModels", "each participant")
        if who == "participants"
        else QCoreApplication.translate("WeightingModels", "the group together")
    )


def state_label(state: str) -> str:
    return (
        QCoreApplication.translate("WeightingModels", "finished")
        if state == "finished"
        else QCoreApplication.translate("WeightingModels", "open")
    )


ROW_TINT = QColor("#EEF5FB")
SEGMENT_BORDER = QColor("#C3CCD4")
EQUAL_FILL = QColor("#F2F4F6")
TEXT = QColor("#1A1A1A")
QUIET = QColor("#8A939B")
OK_GREEN = QColor("#007A5A")


def _hint(text: str, parent: QWidget) -> QLabel:
    label = QLabel(text, parent)
    label.setWordWrap(True)
    label.setStyleSheet("color: #5A6570;")
    return label

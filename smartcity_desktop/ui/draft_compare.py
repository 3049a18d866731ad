"""Two drafts of the strategy side by side in words: any two versions (or a version and the
current draft), section by section, with deleted words struck through in red and inserted
words underlined in green (the line, not only the colour, tells them apart)."""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication, QDateTime, QLocale, Qt, QTimer
from PySide6.QtGui import QHideEvent, QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from smartcity_desktop.document import ProjectDocument
from smartcity_desktop.domain.strategy import DraftFormatError, StrategyDraft, StrategyVersion
from smartcity_desktop.domain.strategy_compare import SectionDiff, compare

CURRENT = -1  # the pickers' value for the current draft (versions have ids from 1)

# colours of the marks; each mark also has its line (strikethrough / underline)
_DELETED = "color:#9b1c1c; background-color:#fde4e4; text-decoration:line-through;"
_INSERTED = "color:#0b5d1e; background-color:#dcf2e1; text-decoration:underline;"
_BADGES = {
    "same": ("#4a4a4a", "#ececec"),
    "changed": ("#7a4a00", "#fff0c9"),
    "added": ("#0b5d1e", "#dcf2e1"),
    "removed": ("#9b1c1c", "#fde4e4"),
}


def section_title(key: str, title: str = "") -> str:
    """The heading of a section of the draft in the interface's language."""
    if key.startswith("field:"):
        return QCoreApplication.translate("DraftCompare", "Field of action “%1”").replace(
            "%1", title
        )
    return {
        "vision": QCoreApplication.translate("DraftCompare", "Vision"),
        "goals": QCoreApplication.translate("DraftCompare", "Strategic goals"),
        "fields": QCoreApplication.translate("DraftCompare", "Fields of action"),
        "criteria": QCoreApplication.translate("DraftCompare", "Criteria for selecting projects"),
        "governance": QCoreApplication.translate("DraftCompare", "Governance"),
        "next_steps": QCoreApplication.translate("DraftCompare", "Recommendations and next steps"),
    }.get(key, key)


def status_label(status: str) -> str:
    return {
        "same": QCoreApplication.translate("DraftCompare", "unchanged"),
        "changed": QCoreApplication.translate("DraftCompare", "changed"),
        "added": QCoreApplication.translate("DraftCompare", "added"),
        "removed": QCoreApplication.translate("DraftCompare", "removed"),
    }[status]


def format_created(created: str) -> str:
    """When a version was saved, in the locale's short date and time format."""
    moment = QDateTime.fromString(created, Qt.DateFormat.ISODate)
    if not moment.isValid():
        return created
    return QLocale().toString(moment, QLocale.FormatType.ShortFormat)


def percent(weight: float) -> str:
    return QLocale().toString(weight * 100, "f", 1) + "\u00a0%"


def damaged_text(name: str) -> str:
    return QCoreApplication.translate(
        "DraftCompare",
        "The version “%1” cannot be read: its content is damaged or was saved by a newer "
        "version of Smart City Werkstatt. The other versions and the current draft are not "
        "affected.",
    ).replace("%1", name)


def _text_html(text: str) -> str:
    return html.escape(text).replace("\n", "<br>")


def section_html(diff: SectionDiff) -> str:
    """One section: its heading with a status badge, then its words with the changes marked."""
    fg, bg = _BADGES[diff.status]
    badge = (
        f'<span style="color:{fg}; background-color:{bg}; font-weight:600;">'
        f"&nbsp;{html.escape(status_label(diff.status))}&nbsp;</span>"
    )
    heading = f"<h3>{html.escape(section_title(diff.key, diff.title))}&nbsp;&nbsp;{badge}</h3>"
    parts = []
    previous = None
    for segment in diff.segments:
        text = _text_html(segment.text)
        if (
            previous is not None
            and previous.op == "delete"
            and segment.op == "insert"
            and not previous.text[-1:].isspace()
            and not segment.text[:1].isspace()
        ):
            parts.append(" ")  # a gap between the struck and the new words, on screen only
        previous = segment
        if segment.op == "delete":
            parts.append(f'<span style="{_DELETED}">{text}</span>')
        elif segment.op == "insert":
            parts.append(f'<span style="{_INSERTED}">{text}</span>')
        else:
            parts.append(text)
    empty = html.escape(QCoreApplication.translate("DraftCompare", "(empty)"))
    body = "".join(parts).strip() or f'<i style="color:#6b6b6b;">{empty}</i>'
    return f"{heading}<p>{body}</p>"


class CompareView(QWidget):
    """Pick two drafts; see every section, or only the changed ones, with the words marked."""

    def __init__(self, document: ProjectDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("draftCompare")
        self.document = document
        self.diffs: list[SectionDiff] = []
        self.problem = ""
        self.old_combo = QComboBox(self)
        self.old_combo.setObjectName("compareOld")
        self.new_combo = QComboBox(self)
        self.new_combo.setObjectName("compareNew")
        for combo in (self.old_combo, self.new_combo):
            # the names can be long: the two pickers share the row, the list shows them whole
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(12)
            combo.view().setTextElideMode(Qt.TextElideMode.ElideNone)
            combo.activated.connect(lambda _i: self.refresh())
        self.only_changed = QCheckBox(self.tr("Show only changed sections"), self)
        self.only_changed.setObjectName("onlyChanged")
        self.only_changed.toggled.connect(lambda _on: self._render())
        self.count = QLabel(self)
        self.count.setObjectName("compareCount")
        self.problem_label = QLabel(self)
        self.problem_label.setObjectName("compareProblem")
        self.problem_label.setWordWrap(True)
        self.problem_label.setStyleSheet("color:#9b1c1c; font-weight:600;")
        self.problem_label.hide()
        legend = QLabel(self)
        legend.setObjectName("compareLegend")
        legend.setTextFormat(Qt.TextFormat.RichText)
        deleted = html.escape(self.tr("Deleted words"))
        inserted = html.escape(self.tr("inserted words"))
        legend.setText(
            self.tr("%1 are struck through, %2 are underlined.")
            .replace("%1", f'<span style="{_DELETED}">{deleted}</span>')
            .replace("%2", f'<span style="{_INSERTED}">{inserted}</span>')
        )
        self.browser = QTextBrowser(self)
        self.browser.setObjectName("compareText")
        self.browser.setOpenLinks(False)
        pickers = QHBoxLayout()
        pickers.addWidget(QLabel(self.tr("Compare"), self))
        pickers.addWidget(self.old_combo, 1)
        pickers.addWidget(QLabel(self.tr("with"), self))
        pickers.addWidget(self.new_combo, 1)
        options = QHBoxLayout()
        options.addWidget(self.only_changed)
        options.addStretch(1)
        options.addWidget(self.count)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(pickers)
        layout.addLayout(options)
        layout.addWidget(legend)
        layout.addWidget(self.problem_label)
        layout.addWidget(self.browser, 1)
        # the current draft changes while the moderator types elsewhere: one refresh per burst
        self._stale = False
        self._later = QTimer(self)
        self._later.setSingleShot(True)
        self._later.setInterval(150)
        self._later.timeout.connect(self._current_changed)
        for signal in (
            document.strategy_changed,
            document.draft_changed,
            document.fields_changed,
            document.projects_changed,
            document.weightings_changed,
            document.criteria_changed,
        ):
            signal.connect(self._later.start)
        document.versions_changed.connect(self.fill_choices)
        self.fill_choices()

    # -- choosing ------------------------------------------------------------------------------

    def versions(self) -> list[StrategyVersion]:
        """The versions, newest first."""
        return sorted(self.document.strategy_versions(), key=lambda v: (v.created, v.id))[::-1]

    def fill_choices(self) -> None:
        """Both pickers list the current draft and every version; the picks stay if they can."""
        old, new = self.old_combo.currentData(), self.new_combo.currentData()
        for combo in (self.old_combo, self.new_combo):
            combo.clear()
            combo.addItem(self.tr("Current draft"), CURRENT)
            for v in self.versions():
                combo.addItem(f"{v.name} ({format_created(v.created)})", v.id)
        versions = self.versions()
        default_old = versions[0].id if versions else CURRENT
        self._pick(self.old_combo, old if old is not None else default_old, default_old)
        self._pick(self.new_combo, new if new is not None else CURRENT, CURRENT)
        self.refresh()

    @staticmethod
    def _pick(combo: QComboBox, wanted: int, fallback: int) -> None:
        index = combo.findData(wanted)
        combo.setCurrentIndex(index if index >= 0 else max(0, combo.findData(fallback)))

    def set_pair(self, old: int, new: int = CURRENT) -> None:
        """Compare version `old` (or CURRENT) with `new` (a version or the current draft)."""
        self._pick(self.old_combo, old, CURRENT)
        self._pick(self.new_combo, new, CURRENT)
        self.refresh()

    def pair(self) -> tuple[int, int]:
        return int(self.old_combo.currentData()), int(self.new_combo.currentData())

    # -- showing -------------------------------------------------------------------------------

    def _current_changed(self) -> None:
        if CURRENT not in self.pair():
            return
        if self.isVisible():
            self.refresh()
        else:
            self._stale = True  # refreshed when shown again

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self._stale = False
            self.refresh()

    def hideEvent(self, event: QHideEvent) -> None:
        self._later.stop()
        if CURRENT in self.pair():
            self._stale = True
        super().hideEvent(event)

    def _draft(self, choice: int) -> StrategyDraft:
        if choice == CURRENT:
            return self.document.strategy_draft()
        return self.document.strategy_version(choice)

    def _name(self, choice: int) -> str:
        if choice == CURRENT:
            return self.tr("Current draft")
        return next((v.name for v in self.document.strategy_versions() if v.id == choice), "")

    def refresh(self) -> None:
        old, new = self.pair()
        for combo in (self.old_combo, self.new_combo):
            combo.setToolTip(combo.currentText())  # in full, where the box cuts it
        self.diffs, self.problem = [], ""
        drafts: list[StrategyDraft] = []
        for choice in (old, new):
            try:
                drafts.append(self._draft(choice))
            except (DraftFormatError, KeyError):
                self.problem = damaged_text(self._name(choice))
                break
        if not self.problem:
            try:
                self.diffs = compare(drafts[0], drafts[1], percent=percent)
            except (TypeError, AttributeError, ValueError):
                # well-formed JSON with values of the wrong kind: as unreadable as garbage
                self.problem = damaged_text(
                    ", ".join(self._name(c) for c in (old, new) if c != CURRENT)
                )
        self._render()

    def shown(self) -> list[SectionDiff]:
        """The sections on screen (all, or only the changed ones)."""
        if self.only_changed.isChecked():
            return [d for d in self.diffs if d.changed]
        return list(self.diffs)

    def changed_count(self) -> tuple[int, int]:
        return sum(1 for d in self.diffs if d.changed), len(self.diffs)

    def _render(self) -> None:
        self.problem_label.setText(self.problem)
        self.problem_label.setVisible(bool(self.problem))
        changed, total = self.changed_count()
        self.count.setText(
            self.tr("%1 of %n section(s) changed", "", total).replace("%1", str(changed))
            if total
            else ""
        )
        sections = self.shown()
        if self.problem:
            body = ""
        elif not sections and self.diffs:
            body = "<p><i>{}</i></p>".format(
                html.escape(self.tr("The two drafts say the same in every section."))
            )
        else:
            body = "".join(section_html(d) for d in sections)
        keep = self.browser.verticalScrollBar().value()
        self.browser.setHtml(body)
        self.browser.verticalScrollBar().setValue(keep)

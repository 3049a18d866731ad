"""The properties panel: the fields of what is selected in the navigator."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QVBoxLayout, QWidget

from smartcity_desktop.document import ProjectDocument, commands
from smartcity_desktop.domain.model import WorkshopKind
from smartcity_desktop.domain.rules import clean_title, is_valid_iso_date, is_valid_time
from smartcity_desktop.ui.widgets import CommitLineEdit


class WorkshopProperties(QWidget):
    """Title, kind, date, time, place and moderation of one workshop."""

    def __init__(
        self, document: ProjectDocument, workshop_id: int, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.document = document
        self.workshop_id = workshop_id
        self.title_edit = CommitLineEdit(self, validator=lambda t: bool(clean_title(t)))
        self.title_edit.setObjectName("workshopTitle")
        self.kind_combo = QComboBox(self)
        self.kind_combo.setObjectName("workshopKind")
        self.kind_combo.addItem(self.tr("Workshop"), str(WorkshopKind.WORKSHOP))
        self.kind_combo.addItem(
            self.tr("Expert talk (Fachgespräch)"), str(WorkshopKind.EXPERT_TALK)
        )
        self.date_edit = CommitLineEdit(self, validator=is_valid_iso_date)
        self.date_edit.setObjectName("workshopDate")
        self.date_edit.setPlaceholderText(self.tr("YYYY-MM-DD"))
        self.start_edit = CommitLineEdit(self, validator=is_valid_time)
        self.start_edit.setPlaceholderText(self.tr("HH:MM"))
        self.end_edit = CommitLineEdit(self, validator=is_valid_time)
        self.end_edit.setPlaceholderText(self.tr("HH:MM"))
        self.place_edit = CommitLineEdit(self)
        self.moderators_edit = CommitLineEdit(self)
        self.moderators_edit.setPlaceholderText(self.tr("Names, separated by commas"))

        form = QFormLayout()
        form.addRow(self.tr("Title"), self.title_edit)
        form.addRow(self.tr("Kind"), self.kind_combo)
        form.addRow(self.tr("Date"), self.date_edit)
        form.addRow(self.tr("Start"), self.start_edit)
        form.addRow(self.tr("End"), self.end_edit)
        form.addRow(self.tr("Place"), self.place_edit)
        form.addRow(self.tr("Moderation"), self.moderators_edit)
        layout = QVBoxLayout(self)
        heading = QLabel(self.tr("Workshop"), self)
        heading.setStyleSheet("font-weight: 600;")
        layout.addWidget(heading)
        layout.addLayout(form)
        layout.addStretch(1)

        fields = {
            "title": self.title_edit,
            "date": self.date_edit,
            "start_time": self.start_edit,
            "end_time": self.end_edit,
            "place": self.place_edit,
            "moderators": self.moderators_edit,
        }
        for field, edit in fields.items():
            edit.committed.connect(lambda text, f=field: self._edit(f, text))
            edit.setReadOnly(document.read_only)
        self.kind_combo.setEnabled(not document.read_only)
        self.kind_combo.activated.connect(
            lambda _i: self._edit("kind", self.kind_combo.currentData())
        )
        document.workshop_changed.connect(self._changed)
        self.refresh()

    def _changed(self, workshop_id: int) -> None:
        if workshop_id == self.workshop_id:
            self.refresh()

    def refresh(self) -> None:
        try:
            w = self.document.workshop(self.workshop_id)
        except KeyError:
            return
        self.title_edit.show_value(w.title)
        self.kind_combo.setCurrentIndex(max(self.kind_combo.findData(str(w.kind)), 0))
        self.date_edit.show_value(w.date)
        self.start_edit.show_value(w.start_time)
        self.end_edit.show_value(w.end_time)
        self.place_edit.show_value(w.place)
        self.moderators_edit.show_value(w.moderators)

    def _edit(self, field: str, value: str) -> None:
        value = clean_title(value)
        if getattr(self.document.workshop(self.workshop_id), field) == value:
            return
        if (
            not self.document.push(
                commands.edit_workshop(self.document, self.workshop_id, {field: value})
            )
            and field == "kind"
        ):
            self.refresh()  # a combo box has nothing typed to keep: show the file's value


class ProjectProperties(QWidget):
    """What the project file holds, and where it is."""

    def __init__(self, document: ProjectDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.label = QLabel(self)
        self.label.setObjectName("projectSummary")
        self.label.setWordWrap(True)
        layout = QVBoxLayout(self)
        heading = QLabel(self.tr("Project file"), self)
        heading.setStyleSheet("font-weight: 600;")
        layout.addWidget(heading)
        layout.addWidget(self.label)
        layout.addStretch(1)
        for signal in (
            document.workshop_added,
            document.workshop_removed,
            document.participant_added,
            document.participant_removed,
        ):
            signal.connect(self.refresh)
        self.refresh()

    def refresh(self, *args: object) -> None:
        doc = self.document
        workshops = doc.workshops()
        file_label = self.tr("File")  # outside the f-string, where lupdate can find it
        lines = [
            f"<b>{file_label}</b><br>{doc.path.name}<br><small>{doc.path.parent}</small>",
            self.tr("%n workshop(s)", "", len(workshops)),
            self.tr("%n participant(s)", "", len(doc.participants())),
        ]
        if doc.read_only:
            lines.append("<b>" + self.tr("Opened read-only") + "</b>")
        self.label.setText("<br><br>".join(lines))

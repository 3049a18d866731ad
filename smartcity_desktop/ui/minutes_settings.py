"""Project-wide settings of the minutes, in the properties panel of a minutes page:
"pseudonymise all names" and the logo on the cover."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStandardPaths, Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from smartcity_desktop.document import ProjectDocument
from smartcity_desktop.document import minutes_ops as ops
from smartcity_desktop.ui.dialogs import Dialogs

MAX_LOGO_BYTES = 5 * 1024 * 1024
LOGO_PREVIEW = (240, 120)


class MinutesSettingsPanel(QWidget):
    """Pseudonymisation switch and cover logo (both belong to the project, not one workshop)."""

    def __init__(
        self, document: ProjectDocument, dialogs: Dialogs, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.document = document
        self.dialogs = dialogs
        heading = QLabel(self.tr("Minutes of all workshops"), self)
        heading.setStyleSheet("font-weight: 600;")
        self.pseudonymise_box = QCheckBox(self.tr("Pseudonymise all names in the minutes"), self)
        self.pseudonymise_box.setObjectName("pseudonymiseAll")
        self.pseudonymise_box.setEnabled(not document.read_only)
        self.pseudonymise_box.clicked.connect(self._pseudonymise_clicked)
        explanation = QLabel(
            self.tr(
                "Participants who did not agree to be named always appear as "
                "“Participant (stakeholder group)”."
            ),
            self,
        )
        explanation.setWordWrap(True)
        explanation.setStyleSheet("color: #555;")
        self.logo_label = QLabel(self)
        self.logo_label.setObjectName("logoPreview")
        self.logo_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.logo_label.setMinimumHeight(LOGO_PREVIEW[1])
        self.logo_label.setStyleSheet("border: 1px solid #bbb; color: #777;")
        self.set_logo_button = QPushButton(self.tr("Choose logo…"), self)
        self.set_logo_button.clicked.connect(self.choose_logo)
        self.remove_logo_button = QPushButton(self.tr("Remove logo"), self)
        self.remove_logo_button.clicked.connect(self.remove_logo)
        buttons = QHBoxLayout()
        buttons.addWidget(self.set_logo_button)
        buttons.addWidget(self.remove_logo_button)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.pseudonymise_box)
        layout.addWidget(explanation)
        layout.addSpacing(12)
        layout.addWidget(QLabel(self.tr("Logo on the cover"), self))
        layout.addWidget(self.logo_label)
        layout.addLayout(buttons)
        layout.addStretch(1)
        document.strategy_changed.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        self.pseudonymise_box.setChecked(self.document.strategy().pseudonymise)
        logo = self.document.logo()
        pixmap = QPixmap()
        if logo and pixmap.loadFromData(logo):
            self.logo_label.setPixmap(
                pixmap.scaled(
                    *LOGO_PREVIEW,
                    Qt.AspectRatioMode.KeepAspectRatio,
                    Qt.TransformationMode.SmoothTransformation,
                )
            )
        else:
            self.logo_label.setPixmap(QPixmap())
            self.logo_label.setText(self.tr("(no logo)"))
        self.remove_logo_button.setEnabled(bool(logo) and not self.document.read_only)
        self.set_logo_button.setEnabled(not self.document.read_only)

    def _pseudonymise_clicked(self, checked: bool) -> None:
        command = ops.set_pseudonymise(self.document, checked)
        if command is None or not self.document.push(command):
            self.refresh()

    def choose_logo(self) -> None:
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.PicturesLocation)
        path = self.dialogs.open_path(
            self.tr("Choose logo"), folder, self.tr("Pictures (*.png *.jpg *.jpeg);;All files (*)")
        )
        if not path:
            return
        name = Path(path).name
        try:
            size = Path(path).stat().st_size
            data = Path(path).read_bytes() if size <= MAX_LOGO_BYTES else None
        except OSError:
            self.dialogs.warn(
                self.tr("Choose logo"), self.tr("“%1” cannot be read.").replace("%1", name)
            )
            return
        if data is None:
            self.dialogs.warn(
                self.tr("Choose logo"),
                self.tr("“%1” is larger than 5 MB; a logo needs far less.").replace("%1", name),
            )
            return
        try:
            if not data:
                raise ValueError("empty file")
            command = ops.set_logo(self.document, data)
        except ValueError:
            self.dialogs.warn(
                self.tr("Choose logo"),
                self.tr("“%1” is not a picture (PNG or JPEG are).").replace("%1", name),
            )
            return
        self.document.push(command)

    def remove_logo(self) -> None:
        if self.document.logo():
            self.document.push(ops.set_logo(self.document, None))

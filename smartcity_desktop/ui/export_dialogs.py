"""Exporting the minutes (PDF) and the open data: the options dialog (where to, language,
pseudonymise), then an ExportRunner (export_runner.py) writes the file in a worker thread.

The record is read from the document on the main thread (the project file's connection belongs
to it); only the writing runs in the worker. The writers are imported there, on first use, so the
heavy PDF libraries never load at start-up. Tests inject their own writer function.
"""

from __future__ import annotations

import glob
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QLocale, QObject, QStandardPaths
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from smartcity_desktop.document import ProjectDocument
from smartcity_desktop.ui import settings as prefs
from smartcity_desktop.ui.dialogs import Dialogs
from smartcity_desktop.ui.export_runner import ExportRunner, Progress, running_exports

__all__ = [
    "ExportDialog",
    "ExportRunner",
    "export_data",
    "export_minutes",
    "export_strategy",
    "running_exports",
]

# write_minutes_pdf(record, target, *, language, pseudonymise, progress) -> Path
MinutesWriter = Callable[..., Any]
# write_data(record, target) -> Path
DataWriter = Callable[..., Any]
# write_strategy_pdf(draft, target, *, language, progress) / write_strategy_docx(draft, target,
# *, language) -> Path
StrategyWriter = Callable[..., Any]
STRATEGY_FORMATS = {"pdf": "PDF (*.pdf)", "docx": "Word (*.docx)"}

DATA_FORMATS = (("json", "JSON (*.json)"), ("csv", "CSV (*.csv)"), ("xlsx", "Excel (*.xlsx)"))
_UNSAFE = str.maketrans({":": "", **{c: "-" for c in '/\\*?"<>|'}})


def write_minutes_pdf(record: Any, target: Path, **options: Any) -> Any:
    """The real PDF writer, imported in the worker thread on first use."""
    from smartcity_desktop.export.minutes_pdf import write_minutes_pdf as write

    return write(record, target, **options)


def write_data(record: Any, target: Path) -> Any:
    from smartcity_desktop.export.data import write_data as write

    return write(record, target)


def write_strategy_pdf(draft: Any, target: Path, **options: Any) -> Any:
    """The strategy draft as PDF, imported in the worker thread on first use."""
    from smartcity_desktop.export.strategy_pdf import write_strategy_pdf as write

    return write(draft, target, **options)


def write_strategy_docx(draft: Any, target: Path, **options: Any) -> Any:
    """The strategy draft as a Word document, imported in the worker thread on first use."""
    from smartcity_desktop.export.strategy_docx import write_strategy_docx as write

    return write(draft, target, **options)


def interface_language() -> str:
    """The language the app speaks now (install_translators sets the default locale)."""
    return "de" if QLocale().language() == QLocale.Language.German else "en"


def export_folder(settings: prefs.Settings) -> str:
    folder = settings.get(prefs.LAST_EXPORT_FOLDER) or settings.get(prefs.LAST_FOLDER)
    if folder and Path(folder).is_dir():
        return folder
    return QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)


MAX_FILE_NAME = 120  # characters of a default file name, suffix included


def minutes_file_name(title: str, iso_date: str) -> str:
    """ "Protokoll <title> <date>.pdf", safe as a file name on every system and at most
    MAX_FILE_NAME characters long (a long title is cut). `title` must already be scrubbed of
    names the export may not show (see scrubbed_title)."""
    title = " ".join(title.translate(_UNSAFE).split())
    fixed = len("Protokoll ") + (len(iso_date) + 1 if iso_date else 0) + len(".pdf")
    title = title[: max(MAX_FILE_NAME - fixed, 0)].strip(" .")
    name = " ".join(part for part in ("Protokoll", title, iso_date) if part)
    return name.translate(_UNSAFE).strip(" .") + ".pdf"


def strategy_file_name(title: str, iso_date: str, suffix: str) -> str:
    """ "<title> <date>.<suffix>", safe as a file name and at most MAX_FILE_NAME long."""
    title = " ".join(title.translate(_UNSAFE).split()) or "Smart City"
    fixed = len(iso_date) + 1 + len(suffix) + 1
    title = title[: max(MAX_FILE_NAME - fixed, 1)].strip(" .")
    return f"{title} {iso_date}.{suffix}"


def scrubbed_title(record: Any, pseudonymise: bool, language: str) -> str:
    """The workshop's title without the names of people the export hides (a title may
    mention a participant), with the export's placeholder ("Teilnehmer:in (Verwaltung)")."""
    from smartcity_desktop.domain.minutes import NameScrubber
    from smartcity_desktop.export.labels import labels

    scrub = NameScrubber(record.people, pseudonymise, labels(language).placeholder)
    return scrub(record.workshop.title)


# -- the options dialog ----------------------------------------------------------------------


class ExportDialog(QDialog):
    """Where to write, and (for the minutes) in which language and whether to pseudonymise."""

    def __init__(
        self,
        title: str,
        path: str,
        filters: list[tuple[str, str]],
        *,
        minutes: bool,
        language: str = "de",
        pseudonymise: bool = False,
        pseudonymised_path: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        """`pseudonymise`: the project's switch "pseudonymise all names" — while it is on the
        export always pseudonymises and the box can't be unticked. `pseudonymised_path`: the
        default path when names are pseudonymised (`path` otherwise); ticking the box swaps
        them as long as the path was not edited."""
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setObjectName("exportDialog")
        self._filters = filters  # (suffix, filter text)
        self._project_pseudonymises = pseudonymise
        self._default_paths = (path, pseudonymised_path or path)
        if pseudonymise:
            path = self._default_paths[1]
        self.path_edit = QLineEdit(path, self)
        self.path_edit.setObjectName("exportPath")
        self.path_edit.setMinimumWidth(420)
        self.path_edit.textEdited.connect(lambda _text: self._sync_format())
        choose = QPushButton(self.tr("Choose…"), self)
        choose.clicked.connect(self._choose)
        row = QHBoxLayout()
        row.addWidget(self.path_edit, 1)
        row.addWidget(choose)
        form = QFormLayout()
        form.addRow(self.tr("File"), row)
        self.format_combo = QComboBox(self)
        self.format_combo.setObjectName("exportFormat")
        for suffix, text in filters:
            self.format_combo.addItem(text, suffix)
        self.format_combo.activated.connect(self._format_chosen)
        if len(filters) > 1:
            form.addRow(self.tr("Format"), self.format_combo)
        else:
            self.format_combo.hide()
        self.language_combo = QComboBox(self)
        self.language_combo.setObjectName("exportLanguage")
        self.language_combo.addItem("Deutsch", "de")
        self.language_combo.addItem("English", "en")
        self.language_combo.setCurrentIndex(max(self.language_combo.findData(language), 0))
        self.pseudonymise_box = QCheckBox(self.tr("Pseudonymise all names"), self)
        self.pseudonymise_box.setObjectName("exportPseudonymise")
        self.pseudonymise_box.setChecked(pseudonymise)
        self.pseudonymise_hint = QLabel(self)
        self.pseudonymise_hint.setObjectName("exportPseudonymiseHint")
        self.pseudonymise_hint.setWordWrap(True)
        if pseudonymise:
            self.pseudonymise_box.setEnabled(False)
            self.pseudonymise_hint.setText(
                self.tr(
                    "The project pseudonymises all names (the switch is on the minutes "
                    "page), so this export does too."
                )
            )
        else:
            self.pseudonymise_hint.setText(
                self.tr(
                    "Participants who did not agree to be named are never named, "
                    "whatever is chosen here."
                )
            )
        self.pseudonymise_box.setToolTip(self.pseudonymise_hint.text())
        self.pseudonymise_box.toggled.connect(self._pseudonymise_toggled)
        if minutes:
            form.addRow(self.tr("Language"), self.language_combo)
            form.addRow("", self.pseudonymise_box)
            form.addRow("", self.pseudonymise_hint)
        else:
            self.pseudonymise_hint.hide()
            self.language_combo.hide()
            self.pseudonymise_box.hide()
        self.problem = QLabel(self)
        self.problem.setObjectName("exportProblem")
        self.problem.setStyleSheet("color: #D55E00;")
        self.problem.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Export"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)
        self._sync_format()

    def target(self) -> Path:
        """The chosen path; a typed known suffix wins, else the chosen format's is added."""
        path = Path(self.path_edit.text().strip()).expanduser()
        known = {"." + suffix for suffix, _text in self._filters}
        if path.suffix.lower() in known:
            return path
        return path.with_name(path.name + "." + str(self.format_combo.currentData()))

    def language(self) -> str:
        return str(self.language_combo.currentData())

    def pseudonymise(self) -> bool | None:
        """True: pseudonymise all names; None: as the project says. Never False — the
        dialog can't switch off the project's "pseudonymise all names"."""
        if self._project_pseudonymises or self.pseudonymise_box.isChecked():
            return True
        return None

    def _pseudonymise_toggled(self, on: bool) -> None:
        plain, hidden = self._default_paths
        if self.path_edit.text() == (plain if on else hidden):  # not edited: follow the box
            self.path_edit.setText(hidden if on else plain)
            self._sync_format()

    def check(self) -> str:
        """What is wrong with the chosen path ("" if nothing)."""
        if not self.path_edit.text().strip():
            return self.tr("Choose a file name.")
        target = self.target()
        if not target.parent.is_dir():
            return self.tr("The folder “%1” does not exist.").replace("%1", str(target.parent))
        if target.is_dir():
            return self.tr("“%1” is a folder.").replace("%1", target.name)
        return ""

    def accept(self) -> None:
        problem = self.check()
        self.problem.setText(problem)
        if not problem:
            super().accept()

    def _sync_format(self) -> None:
        suffix = Path(self.path_edit.text().strip()).suffix.lower().lstrip(".")
        index = self.format_combo.findData(suffix)
        if index >= 0:
            self.format_combo.setCurrentIndex(index)

    def _format_chosen(self, _index: int) -> None:
        text = self.path_edit.text().strip()
        if text:
            path = Path(text)
            known = {"." + s for s, _ in self._filters}
            stem = path.with_suffix("") if path.suffix.lower() in known else path
            self.path_edit.setText(str(stem) + "." + str(self.format_combo.currentData()))

    def _choose(self) -> None:
        filters = ";;".join(text for _s, text in self._filters)
        current = self.format_combo.currentText()
        path, chosen = QFileDialog.getSaveFileName(
            self, self.windowTitle(), self.path_edit.text(), filters, current
        )
        if path:
            for i, (suffix, text) in enumerate(self._filters):
                if text == chosen:
                    self.format_combo.setCurrentIndex(i)
                    if not path.lower().endswith("." + suffix):
                        path += "." + suffix
            self.path_edit.setText(path)
            self._sync_format()


# -- the two exports -------------------------------------------------------------------------


class _Texts(QObject):
    """Translated titles (a QObject, so self.tr() puts them in the "_Texts" context)."""

    def minutes_title(self) -> str:
        return self.tr("Export minutes")

    def data_title(self) -> str:
        return self.tr("Export data")

    def strategy_title(self, kind: str) -> str:
        if kind == "docx":
            return self.tr("Export strategy draft as Word")
        return self.tr("Export strategy draft as PDF")

    def replace(self, name: str) -> str:
        return self.tr("“%1” exists already. Replace it?").replace("%1", name)

    def replace_button(self) -> str:
        return self.tr("Replace")

    def csv_kept(self, target: Path) -> str:
        return self.tr(
            "The CSV files are written all or none: any existing files “%1-….csv” were "
            "left unchanged."
        ).replace("%1", target.stem)

    def still_running(self) -> str:
        return self.tr("An export is still running. Wait until it has finished, then export again.")


def _refuse_while_running(parent: QWidget, dialogs: Dialogs, title: str) -> bool:
    """One export at a time: True (and the user is told) if one is still running."""
    if running_exports(parent.window()):
        dialogs.info(title, _Texts().still_running())
        return True
    return False


def written_files(target: Path) -> list[Path]:
    """The files an export to `target` makes: CSV is one file per table beside it
    (`OUT-cards.csv`, ... see export.data_tables.csv_paths); everything else is `target`."""
    if target.suffix.lower() != ".csv":
        return [target]
    return sorted(target.parent.glob(glob.escape(target.stem) + "-*.csv"))


def _ask_target(dialogs: Dialogs, dialog: ExportDialog) -> Path | None:
    texts = _Texts()
    while dialogs.run(dialog):
        target = dialog.target()
        existing = [p for p in written_files(target) if p.exists()]
        if not existing or dialogs.confirm(
            dialog.windowTitle(), texts.replace(existing[0].name), texts.replace_button()
        ):
            return target
    return None


def export_minutes(
    parent: QWidget,
    document: ProjectDocument,
    dialogs: Dialogs,
    settings: prefs.Settings,
    workshop_id: int,
    *,
    writer: MinutesWriter | None = None,
) -> ExportRunner | None:
    """Ask where to, then write the workshop's minutes as PDF in a worker thread."""
    title = _Texts().minutes_title()
    if _refuse_while_running(parent, dialogs, title):
        return None
    record = document.workshop_record(workshop_id)  # on this thread: the file belongs to it
    folder = Path(export_folder(settings))
    language = interface_language()
    day = record.workshop.date or date.today().isoformat()
    names = [
        str(folder / minutes_file_name(scrubbed_title(record, hidden, language), day))
        for hidden in (False, True)
    ]
    dialog = ExportDialog(
        title,
        names[0],
        [("pdf", "PDF (*.pdf)")],
        minutes=True,
        language=language,
        pseudonymise=record.strategy.pseudonymise,
        pseudonymised_path=names[1],
        parent=parent,
    )
    target = _ask_target(dialogs, dialog)
    if target is None:
        return None
    settings.set(prefs.LAST_EXPORT_FOLDER, str(target.parent))
    language, pseudonymise = dialog.language(), dialog.pseudonymise()
    write = writer or write_minutes_pdf

    def task(progress: Progress) -> Any:
        return write(
            record, target, language=language, pseudonymise=pseudonymise, progress=progress
        )

    runner = ExportRunner(dialogs, parent.window(), title, task)
    runner.start()
    return runner


def export_data(
    parent: QWidget,
    document: ProjectDocument,
    dialogs: Dialogs,
    settings: prefs.Settings,
    *,
    writer: DataWriter | None = None,
) -> ExportRunner | None:
    """Ask where to and in which format, then write the project's open data in a worker."""
    title = _Texts().data_title()
    if _refuse_while_running(parent, dialogs, title):
        return None
    folder = Path(export_folder(settings))
    stem = (document.strategy().title or "Smart City").translate(_UNSAFE).strip(" .")
    dialog = ExportDialog(
        title, str(folder / f"{stem}.json"), list(DATA_FORMATS), minutes=False, parent=parent
    )
    target = _ask_target(dialogs, dialog)
    if target is None:
        return None
    settings.set(prefs.LAST_EXPORT_FOLDER, str(target.parent))
    record = document.project_record()
    write = writer or write_data

    def task(progress: Progress) -> Any:
        return write(record, target)

    kept = _Texts().csv_kept(target) if target.suffix.lower() == ".csv" else ""
    runner = ExportRunner(
        dialogs, parent.window(), title, task, cancellable=False, written=written_files, kept=kept
    )
    runner.start()
    return runner


def export_strategy(
    parent: QWidget,
    document: ProjectDocument,
    dialogs: Dialogs,
    settings: prefs.Settings,
    kind: str = "pdf",
    *,
    writer: StrategyWriter | None = None,
) -> ExportRunner | None:
    """Ask where to, then write the current strategy draft as PDF or Word ("pdf" | "docx") in
    a worker thread, in the language of the interface."""
    if kind not in STRATEGY_FORMATS:
        raise ValueError(f"not a strategy export format: {kind}")
    title = _Texts().strategy_title(kind)
    if _refuse_while_running(parent, dialogs, title):
        return None
    draft = document.strategy_draft()  # on this thread: the file belongs to it
    folder = Path(export_folder(settings))
    name = strategy_file_name(draft.title, date.today().isoformat(), kind)
    dialog = ExportDialog(
        title, str(folder / name), [(kind, STRATEGY_FORMATS[kind])], minutes=False, parent=parent
    )
    target = _ask_target(dialogs, dialog)
    if target is None:
        return None
    settings.set(prefs.LAST_EXPORT_FOLDER, str(target.parent))
    language = interface_language()
    if kind == "pdf":
        write = writer or write_strategy_pdf
        logo = document.logo()  # read here too: the worker never touches the file

        def task(progress: Progress) -> Any:
            return write(draft, target, language=language, progress=progress, logo=logo)

    else:
        write = writer or write_strategy_docx

        def task(progress: Progress) -> Any:
            return write(draft, target, language=language)

    runner = ExportRunner(dialogs, parent.window(), title, task, cancellable=kind == "pdf")
    runner.start()
    return runner

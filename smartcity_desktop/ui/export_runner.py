"""A file export in a worker thread: a progress dialog with Cancel, then one message saying
where the file is, that nothing was written (cancelled), or why it failed.

The task runs in a QThread and reports progress through a queued signal; a cancel request is
answered at the task's next progress report (the writers then raise ExportCancelled and leave
the target untouched).
"""

from __future__ import annotations

import errno
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, QThread, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QProgressDialog, QWidget

from smartcity_desktop.ui.dialogs import Dialogs

Progress = Callable[[int, int], bool]
Task = Callable[[Progress], Any]  # runs in the worker; returns the written path


def failure_text(error: BaseException) -> str:
    """Why the export failed, in words the moderator can act on."""
    if isinstance(error, OSError):
        if error.errno in (errno.ENOSPC, errno.EDQUOT):
            return QCoreApplication.translate(
                "Export", "The disk is full. Free some space and export again."
            )
        if error.errno in (errno.EACCES, errno.EPERM, errno.EROFS) or isinstance(
            error, PermissionError
        ):
            return QCoreApplication.translate(
                "Export", "There is no permission to write in this folder. Choose another one."
            )
        if isinstance(error, FileNotFoundError):
            return QCoreApplication.translate("Export", "The folder does not exist (any more).")
        return QCoreApplication.translate("Export", "The file could not be written: %1").replace(
            "%1", error.strerror or str(error)
        )
    return QCoreApplication.translate("Export", "The export failed: %1").replace(
        "%1", str(error) or type(error).__name__
    )


# -- the worker ------------------------------------------------------------------------------


class _Worker(QThread):
    """Runs one task; `progressed` reaches the main thread through a queued connection."""

    progressed = Signal(int, int)

    def __init__(self, task: Task, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._task = task
        self.cancel_requested = threading.Event()
        self.result: Any = None
        self.error: BaseException | None = None

    def _progress(self, done: int, total: int) -> bool:
        self.progressed.emit(int(done), int(total))
        return not self.cancel_requested.is_set()

    def run(self) -> None:
        try:
            self.result = self._task(self._progress)
        except BaseException as error:  # reported on the main thread, never lost
            self.error = error


class ExportRunner(QObject):
    """One export in a worker thread, with a progress dialog (Cancel) and the closing message.

    `outcome` is "ok", "cancelled" or "failed" once `done` was emitted.
    """

    done = Signal(str)

    def __init__(
        self,
        dialogs: Dialogs,
        parent: QWidget,
        title: str,
        task: Task,
        *,
        cancellable: bool = True,
        open_folder: Callable[[Path], Any] | None = None,
        written: Callable[[Path], list[Path]] | None = None,
        kept: str = "",
    ) -> None:
        """`kept`: what a failure leaves, if not "Any existing file of that name was left
        unchanged." (an export of several files says so)."""
        super().__init__(parent)
        self.dialogs = dialogs
        self.title = title
        self.outcome = ""
        self.result: Path | None = None
        self.error: BaseException | None = None
        self._open_folder = open_folder or _open_folder
        self._written = written or (lambda path: [path])  # the files one export made
        self._kept = kept or self.tr("Any existing file of that name was left unchanged.")
        self.worker = _Worker(task, self)
        self.worker.progressed.connect(self._progressed)
        self.worker.finished.connect(self._finished)
        self.progress = QProgressDialog(parent)
        self.progress.setObjectName("exportProgress")
        self.progress.setWindowTitle(title)
        self.progress.setLabelText(self.tr("Writing the file…"))
        self.progress.setWindowModality(Qt.WindowModality.NonModal)  # the app stays usable
        self.progress.setAutoClose(False)
        self.progress.setAutoReset(False)
        self.progress.setMinimumDuration(0)
        self.progress.setRange(0, 0)  # busy until the writer says how much there is
        if cancellable:
            self.progress.canceled.connect(self.cancel)
        else:
            self.progress.setCancelButton(None)

    def start(self) -> None:
        self.progress.show()
        self.worker.start()

    def is_running(self) -> bool:
        return self.worker.isRunning()

    def cancel(self) -> None:
        """Ask the writer to stop at its next progress report; nothing reaches the target."""
        self.worker.cancel_requested.set()
        self.progress.setLabelText(self.tr("Cancelling…"))

    def wait(self, ms: int = 30000) -> bool:
        """Cancel and wait for the worker (the window closes, the project closes)."""
        self.cancel()
        return self.worker.wait(ms)

    def _progressed(self, done: int, total: int) -> None:
        if total > 0:
            self.progress.setRange(0, total)
            self.progress.setValue(min(done, total))

    def _finished(self) -> None:
        self.progress.canceled.disconnect()
        self.progress.hide()
        self.progress.deleteLater()
        error = self.worker.error
        if error is None:
            self.outcome = "ok"
            self.result = Path(self.worker.result) if self.worker.result else None
        elif type(error).__name__ == "ExportCancelled" or self.worker.cancel_requested.is_set():
            self.outcome = "cancelled"
        else:
            self.outcome, self.error = "failed", error
        self.done.emit(self.outcome)
        self._tell()
        self.deleteLater()

    def _tell(self) -> None:
        if self.outcome == "cancelled":
            self.dialogs.info(self.title, self.tr("The export was cancelled. Nothing was written."))
        elif self.outcome == "failed":
            assert self.error is not None
            self.dialogs.warn(
                self.title,
                failure_text(self.error) + "\n\n" + self._kept,
            )
        else:
            files = self._written(self.result) if self.result is not None else []
            answer = self.dialogs.choose(
                self.title,
                self.tr("The export was saved to:\n%1").replace(
                    "%1", "\n".join(str(f) for f in files)
                ),
                [self.tr("Open folder"), self.tr("Close")],
            )
            if answer == 0 and self.result is not None:
                self._open_folder(self.result.parent)


def _open_folder(folder: Path) -> None:
    QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))


def running_exports(window: QWidget) -> list[ExportRunner]:
    return [r for r in window.findChildren(ExportRunner) if r.is_running()]

"""Exporting the minutes (PDF) and the open data from the UI: the options dialog, the worker
thread with its progress dialog and Cancel, the messages, the remembered folder."""

from __future__ import annotations

import errno
import threading
import time
from pathlib import Path

import pytest
from PySide6.QtWidgets import QPushButton
from ui_helpers import FakeDialogs, current_page, open_demo

from smartcity_desktop.export import ExportCancelled
from smartcity_desktop.ui import settings as prefs
from smartcity_desktop.ui.export_dialogs import ExportDialog, ExportRunner, export_minutes
from smartcity_desktop.ui.main_window import MainWindow
from smartcity_desktop.ui.minutes_page import MinutesPage
from smartcity_desktop.ui.navigator import Node

KICK_OFF_ID = 1


@pytest.fixture
def page(window: MainWindow, demo_path: Path) -> MinutesPage:
    open_demo(window, demo_path)
    window.show_node(Node("minutes", 0, KICK_OFF_ID))
    shown = current_page(window)
    assert isinstance(shown, MinutesPage)
    return shown


class SlowWriter:
    """A fake writer: reports progress in steps, records the thread it ran in."""

    def __init__(self, steps: int = 20, pause: float = 0.02, fail: BaseException | None = None):
        self.steps, self.pause, self.fail = steps, pause, fail
        self.thread: threading.Thread | None = None
        self.options: dict = {}
        self.record = None
        self.go_on = threading.Event()
        self.go_on.set()

    def __call__(self, record, target, **options):
        self.thread = threading.current_thread()
        self.record, self.options = record, options
        progress = options.get("progress")
        for done in range(self.steps):
            self.go_on.wait(5)
            time.sleep(self.pause)
            if progress is not None and not progress(done, self.steps):
                raise ExportCancelled()
            if self.fail is not None and done == self.steps // 2:
                raise self.fail
        Path(target).write_bytes(b"%PDF-1.7 fake")
        return Path(target)


def fill(path: Path, *, language: str | None = None, pseudonymise: bool | None = None):
    """A FakeDialogs.run handler that fills in the export dialog and presses Export."""

    def handler(dialog: ExportDialog) -> bool:
        assert isinstance(dialog, ExportDialog)
        handler.seen = (  # type: ignore[attr-defined]
            dialog.path_edit.text(),
            dialog.language(),
            dialog.pseudonymise(),
        )
        dialog.path_edit.setText(str(path))
        if language is not None:
            dialog.language_combo.setCurrentIndex(dialog.language_combo.findData(language))
        if pseudonymise is not None:
            dialog.pseudonymise_box.setChecked(pseudonymise)
        return not dialog.check()

    return handler


def wait_done(qtbot, runner: ExportRunner) -> None:
    qtbot.waitUntil(lambda: runner.outcome != "", timeout=10000)


def test_minutes_export_runs_in_a_worker_with_progress(
    qtbot, window: MainWindow, page: MinutesPage, tmp_path: Path
):
    dialogs: FakeDialogs = window.dialogs  # type: ignore[assignment]
    window.settings.set(prefs.LAST_EXPORT_FOLDER, str(tmp_path))
    target = tmp_path / "out" / "Protokoll.pdf"
    target.parent.mkdir()
    handler = fill(target, language="de", pseudonymise=True)
    dialogs.answer_run(handler).answer_choose(1)  # "Close" on the success message
    writer = SlowWriter()
    writer.go_on.clear()  # hold the worker until the UI has been looked at
    runner = export_minutes(
        page, window.document, dialogs, window.settings, KICK_OFF_ID, writer=writer
    )
    assert runner is not None
    default_path, language, pseudonymise = handler.seen  # type: ignore[attr-defined]
    assert default_path == str(
        tmp_path / "Protokoll Auftaktworkshop Handlungsfelder 2026-10-14.pdf"
    )
    assert language in ("de", "en")
    assert pseudonymise is None  # unticked: as the project says (it does not pseudonymise)
    assert runner.is_running()
    assert runner.progress.isVisible()
    qtbot.wait(30)  # the event loop runs: the UI is not blocked by the export
    writer.go_on.set()
    qtbot.waitUntil(lambda: runner.progress.maximum() == writer.steps, timeout=5000)
    wait_done(qtbot, runner)
    assert runner.outcome == "ok"
    assert writer.thread is not threading.main_thread()
    assert writer.options["language"] == "de"
    assert writer.options["pseudonymise"] is True
    assert writer.record.workshop.title == "Auftaktworkshop: Handlungsfelder"
    assert target.read_bytes().startswith(b"%PDF")
    [message] = [c for c in dialogs.calls if c.kind == "choose"]
    assert str(target) in message.text
    assert window.settings.get(prefs.LAST_EXPORT_FOLDER) == str(target.parent)


def test_cancel_leaves_nothing_at_the_target(
    qtbot, window: MainWindow, page: MinutesPage, tmp_path: Path
):
    dialogs: FakeDialogs = window.dialogs  # type: ignore[assignment]
    target = tmp_path / "Protokoll.pdf"
    dialogs.answer_run(fill(target))
    writer = SlowWriter(steps=200, pause=0.01)
    runner = export_minutes(
        page, window.document, dialogs, window.settings, KICK_OFF_ID, writer=writer
    )
    assert runner is not None
    qtbot.waitUntil(lambda: runner.progress.value() > 2, timeout=5000)
    [cancel] = runner.progress.findChildren(QPushButton)
    cancel.click()
    wait_done(qtbot, runner)
    assert runner.outcome == "cancelled"
    assert not target.exists()
    [message] = dialogs.take("info")
    assert "cancelled" in message.text
    assert "Nothing was written" in message.text


def test_failure_says_why_and_leaves_an_earlier_file(
    qtbot, window: MainWindow, page: MinutesPage, tmp_path: Path
):
    dialogs: FakeDialogs = window.dialogs  # type: ignore[assignment]
    target = tmp_path / "Protokoll.pdf"
    target.write_bytes(b"%PDF earlier version")
    dialogs.answer_run(fill(target)).answer_confirm(True)  # replace the earlier file
    writer = SlowWriter(steps=6, fail=OSError(errno.ENOSPC, "No space left on device"))
    runner = export_minutes(
        page, window.document, dialogs, window.settings, KICK_OFF_ID, writer=writer
    )
    assert runner is not None
    wait_done(qtbot, runner)
    assert runner.outcome == "failed"
    [warning] = dialogs.take("warn")
    assert "disk is full" in warning.text
    assert target.read_bytes() == b"%PDF earlier version"


def test_permission_problem_is_named(qtbot, window: MainWindow, page: MinutesPage, tmp_path: Path):
    dialogs: FakeDialogs = window.dialogs  # type: ignore[assignment]
    dialogs.answer_run(fill(tmp_path / "x.pdf"))
    writer = SlowWriter(steps=2, fail=PermissionError(errno.EACCES, "Permission denied"))
    runner = export_minutes(
        page, window.document, dialogs, window.settings, KICK_OFF_ID, writer=writer
    )
    wait_done(qtbot, runner)
    assert "no permission" in dialogs.take("warn")[0].text
    assert not (tmp_path / "x.pdf").exists()


def test_declining_to_replace_asks_again_and_cancel_exports_nothing(
    window: MainWindow, page: MinutesPage, tmp_path: Path
):
    dialogs: FakeDialogs = window.dialogs  # type: ignore[assignment]
    target = tmp_path / "Protokoll.pdf"
    target.write_bytes(b"keep me")
    dialogs.answer_run(fill(target), lambda dialog: False).answer_confirm(False)
    writer = SlowWriter()
    assert export_minutes(page, window.document, dialogs, window.settings, 1, writer=writer) is None
    assert writer.thread is None
    assert target.read_bytes() == b"keep me"


def test_dialog_refuses_a_missing_folder(window: MainWindow, page: MinutesPage, tmp_path: Path):
    dialog = ExportDialog(
        "t", str(tmp_path / "nope" / "a.pdf"), [("pdf", "PDF (*.pdf)")], minutes=True
    )
    dialog.accept()
    assert "does not exist" in dialog.problem.text()
    assert dialog.result() == 0
    dialog.path_edit.setText(str(tmp_path / "a"))
    assert dialog.target() == tmp_path / "a.pdf"  # the suffix is added
    assert dialog.check() == ""


def test_real_pdf_export_from_the_page(
    qtbot, window: MainWindow, page: MinutesPage, tmp_path: Path
):
    pytest.importorskip("reportlab")
    dialogs: FakeDialogs = window.dialogs  # type: ignore[assignment]
    target = tmp_path / "Protokoll.pdf"
    dialogs.answer_run(fill(target, language="de")).answer_choose(None)
    page.export_button.click()
    runner = page.last_export
    assert runner is not None
    wait_done(qtbot, runner)
    assert runner.outcome == "ok", runner.error
    assert target.read_bytes()[:5] == b"%PDF-"
    qtbot.waitUntil(lambda: not window.findChildren(ExportRunner), timeout=3000)  # cleaned up


def test_data_export_from_the_file_menu(
    qtbot, window: MainWindow, page: MinutesPage, tmp_path: Path
):
    dialogs: FakeDialogs = window.dialogs  # type: ignore[assignment]

    def choose_xlsx(dialog: ExportDialog) -> bool:
        dialog.path_edit.setText(str(tmp_path / "Offene Daten.json"))
        dialog.format_combo.setCurrentIndex(dialog.format_combo.findData("xlsx"))
        dialog._format_chosen(dialog.format_combo.currentIndex())  # as choosing it does
        assert dialog.path_edit.text().endswith("Offene Daten.xlsx")
        return True

    dialogs.answer_run(choose_xlsx).answer_choose(1)
    window.export_data_action.trigger()
    runner = window.findChild(ExportRunner)
    assert runner is not None
    wait_done(qtbot, runner)
    assert runner.outcome == "ok", runner.error
    assert (tmp_path / "Offene Daten.xlsx").read_bytes()[:2] == b"PK"


def test_open_folder_after_export(
    qtbot, window: MainWindow, page: MinutesPage, tmp_path: Path, monkeypatch
):
    from smartcity_desktop.ui import export_runner

    opened: list[Path] = []
    monkeypatch.setattr(export_runner, "_open_folder", opened.append)
    dialogs: FakeDialogs = window.dialogs  # type: ignore[assignment]
    dialogs.answer_run(fill(tmp_path / "a.pdf")).answer_choose(0)  # "Open folder"
    runner = export_minutes(
        page, window.document, dialogs, window.settings, KICK_OFF_ID, writer=SlowWriter(steps=2)
    )
    wait_done(qtbot, runner)
    assert opened == [tmp_path]


def test_file_menu_exports_the_current_workshop_and_is_off_elsewhere(
    qtbot, window: MainWindow, page: MinutesPage, tmp_path: Path, monkeypatch
):
    from smartcity_desktop.ui import export_dialogs

    writer = SlowWriter(steps=3)
    monkeypatch.setattr(export_dialogs, "write_minutes_pdf", writer)
    dialogs: FakeDialogs = window.dialogs  # type: ignore[assignment]
    page.remarks_edit.setPlainText("typed, not yet committed")
    handler = fill(tmp_path / "b.pdf")
    dialogs.answer_run(handler).answer_choose(1)
    window.export_minutes_action.trigger()
    runner = window.findChild(ExportRunner)
    wait_done(qtbot, runner)
    assert "Auftaktworkshop" in handler.seen[0]  # type: ignore[attr-defined]
    assert writer.record.workshop.id == KICK_OFF_ID
    assert writer.record.workshop.remarks == "typed, not yet committed"  # committed first
    window.show_node(Node("strategy"))
    assert not window.export_minutes_action.isEnabled()
    assert window.export_data_action.isEnabled()


def test_closing_the_project_during_an_export_stops_it(
    qtbot, window: MainWindow, page: MinutesPage, tmp_path: Path
):
    dialogs: FakeDialogs = window.dialogs  # type: ignore[assignment]
    target = tmp_path / "c.pdf"
    dialogs.answer_run(fill(target))
    writer = SlowWriter(steps=500, pause=0.01)
    runner = export_minutes(page, window.document, dialogs, window.settings, 1, writer=writer)
    qtbot.waitUntil(lambda: runner.progress.value() > 1, timeout=5000)
    window.close_project()  # waits for the worker: no thread outlives the window's data
    wait_done(qtbot, runner)
    assert runner.outcome == "cancelled"
    assert not target.exists()
    assert "cancelled" in dialogs.take("info")[0].text


def test_pseudonymised_pdf_names_nobody(
    qtbot, window: MainWindow, page: MinutesPage, tmp_path: Path
):
    pypdf = pytest.importorskip("pypdf")
    dialogs: FakeDialogs = window.dialogs  # type: ignore[assignment]
    target = tmp_path / "anonym.pdf"
    dialogs.answer_run(fill(target, language="en", pseudonymise=True)).answer_choose(1)
    page.export_button.click()
    wait_done(qtbot, page.last_export)
    assert page.last_export.outcome == "ok"
    text = "\n".join(p.extract_text() for p in pypdf.PdfReader(target).pages)
    assert "Auftaktworkshop" in text
    names = [p.name for p in window.document.participants()]  # type: ignore[union-attr]
    assert names
    assert [n for n in names if n in text] == []


def test_csv_export_names_every_file_and_asks_before_replacing(
    qtbot, window: MainWindow, page: MinutesPage, tmp_path: Path
):
    dialogs: FakeDialogs = window.dialogs  # type: ignore[assignment]

    def choose_csv(dialog: ExportDialog) -> bool:
        dialog.path_edit.setText(str(tmp_path / "daten.csv"))
        return True

    dialogs.answer_run(choose_csv).answer_choose(1)
    window.export_data_action.trigger()
    runner = window.findChild(ExportRunner)
    wait_done(qtbot, runner)
    assert runner.outcome == "ok", runner.error
    files = sorted(tmp_path.glob("daten-*.csv"))
    assert len(files) > 3
    [message] = [c for c in dialogs.calls if c.kind == "choose"]
    assert all(str(f) in message.text for f in files)
    assert not (tmp_path / "daten.csv").exists()

    before = {f: f.read_bytes() for f in files}
    dialogs.answer_run(choose_csv, lambda dialog: False).answer_confirm(False)
    window.export_data_action.trigger()  # the set exists: not replaced without asking
    assert {f: f.read_bytes() for f in files} == before
    assert "exists already" in [c for c in dialogs.calls if c.kind == "confirm"][-1].text


# -- the project's "pseudonymise all names" can't be switched off -----------------------------


def test_project_switch_on_keeps_the_export_pseudonymised(
    qtbot, window: MainWindow, page: MinutesPage, tmp_path: Path
):
    from smartcity_desktop.document import minutes_ops

    window.document.push(minutes_ops.set_pseudonymise(window.document, True))
    dialogs: FakeDialogs = window.dialogs  # type: ignore[assignment]
    seen: dict = {}

    def untick(dialog: ExportDialog) -> bool:
        seen["checked"] = dialog.pseudonymise_box.isChecked()
        seen["enabled"] = dialog.pseudonymise_box.isEnabled()
        seen["hint"] = dialog.pseudonymise_hint.text()
        dialog.pseudonymise_box.setChecked(False)  # what a click could do if it were enabled
        dialog.path_edit.setText(str(tmp_path / "p.pdf"))
        return True

    dialogs.answer_run(untick).answer_choose(1)
    writer = SlowWriter(steps=2)
    runner = export_minutes(
        page, window.document, dialogs, window.settings, KICK_OFF_ID, writer=writer
    )
    wait_done(qtbot, runner)
    assert seen["checked"] is True
    assert seen["enabled"] is False
    assert "project pseudonymises all names" in seen["hint"]
    assert writer.options["pseudonymise"] is True


def test_unticked_box_never_passes_false(window: MainWindow, page: MinutesPage):
    dialog = ExportDialog("t", "a.pdf", [("pdf", "PDF (*.pdf)")], minutes=True)
    assert dialog.pseudonymise_box.isEnabled()
    assert dialog.pseudonymise() is None
    dialog.pseudonymise_box.setChecked(True)
    assert dialog.pseudonymise() is True


# -- the default file name --------------------------------------------------------------------


def test_default_file_name_hides_names_and_stays_short(
    window: MainWindow, page: MinutesPage, tmp_path: Path
):
    from smartcity_desktop.document.commands import rename_workshop

    doc = window.document
    doc.push(rename_workshop(doc, KICK_OFF_ID, "Rückfragen an Lars Annahme und Anna Beispiel"))
    dialogs: FakeDialogs = window.dialogs  # type: ignore[assignment]
    window.settings.set(prefs.LAST_EXPORT_FOLDER, str(tmp_path))
    seen: list[str] = []

    def look(dialog: ExportDialog) -> bool:
        seen.append(Path(dialog.path_edit.text()).name)
        dialog.pseudonymise_box.setChecked(True)  # the default name follows the box
        seen.append(Path(dialog.path_edit.text()).name)
        dialog.pseudonymise_box.setChecked(False)
        seen.append(Path(dialog.path_edit.text()).name)
        return False

    dialogs.answer_run(look)
    assert export_minutes(page, doc, dialogs, window.settings, KICK_OFF_ID) is None
    plain, hidden, back = seen
    assert "Annahme" not in plain  # no consent: never named
    assert "Teilnehmer" in plain or "Participant" in plain
    assert "Anna Beispiel" in plain  # consented, not pseudonymised
    assert "Annahme" not in hidden
    assert "Beispiel" not in hidden
    assert back == plain

    doc.push(rename_workshop(doc, KICK_OFF_ID, "Lars Annahme " + "sehr langer Titel " * 20))
    seen.clear()
    dialogs.answer_run(look)
    export_minutes(page, doc, dialogs, window.settings, KICK_OFF_ID)
    assert all(len(name) <= 120 for name in seen), [len(n) for n in seen]
    assert all(name.startswith("Protokoll ") and name.endswith(".pdf") for name in seen)
    assert all("Annahme" not in name for name in seen)


def test_minutes_file_name_caps_the_title():
    from smartcity_desktop.ui.export_dialogs import minutes_file_name

    name = minutes_file_name("x" * 500, "2026-10-14")
    assert len(name) == 120
    assert name.endswith(" 2026-10-14.pdf")
    assert minutes_file_name("A/B: C", "2026-10-14") == "Protokoll A-B C 2026-10-14.pdf"


# -- one export at a time ---------------------------------------------------------------------


def test_a_second_export_is_refused_while_one_runs(
    qtbot, window: MainWindow, page: MinutesPage, tmp_path: Path
):
    dialogs: FakeDialogs = window.dialogs  # type: ignore[assignment]
    dialogs.answer_run(fill(tmp_path / "first.pdf")).answer_choose(1)
    writer = SlowWriter(steps=3)
    writer.go_on.clear()  # the first export keeps running
    first = export_minutes(page, window.document, dialogs, window.settings, 1, writer=writer)
    assert first is not None
    assert first.is_running()
    second_writer = SlowWriter(steps=1)
    # no dialog is scripted: asking where to would fail the test
    assert (
        export_minutes(page, window.document, dialogs, window.settings, 1, writer=second_writer)
        is None
    )
    [refused] = dialogs.take("info")
    assert "still running" in refused.text
    page.export_button.click()  # from the page
    window.export_data_action.trigger()  # and the data export from the menu
    assert len(dialogs.take("info")) == 2
    assert window.findChildren(ExportRunner) == [first]
    writer.go_on.set()
    wait_done(qtbot, first)
    assert first.outcome == "ok"
    assert second_writer.thread is None
    assert not (tmp_path / "second.pdf").exists()


def test_a_failed_csv_export_keeps_the_earlier_set_and_says_so(
    qtbot, window: MainWindow, page: MinutesPage, tmp_path: Path, monkeypatch
):
    import os

    from smartcity_desktop.ui.export_dialogs import export_data

    dialogs: FakeDialogs = window.dialogs  # type: ignore[assignment]

    def choose_csv(dialog: ExportDialog) -> bool:
        dialog.path_edit.setText(str(tmp_path / "daten.csv"))
        return True

    dialogs.answer_run(choose_csv).answer_choose(1)
    first = export_data(page, window.document, dialogs, window.settings)
    wait_done(qtbot, first)
    assert first.outcome == "ok", first.error

    def export_files() -> dict[str, bytes]:  # the CSV set and anything temporary beside it
        return {p.name: p.read_bytes() for p in tmp_path.iterdir() if ".scw" not in p.name}

    before = export_files()
    assert len(before) > 3
    real_replace = os.replace
    count = []

    def third_fails(src, dst):
        if str(src).endswith(".tmp"):
            count.append(dst)
            if len(count) == 3:
                raise OSError(errno.EIO, "Input/output error")
        real_replace(src, dst)

    from smartcity_desktop.document.commands import rename_workshop

    window.document.push(rename_workshop(window.document, KICK_OFF_ID, "Neu"))  # new content
    monkeypatch.setattr(os, "replace", third_fails)
    dialogs.answer_run(choose_csv).answer_confirm(True)
    runner = export_data(page, window.document, dialogs, window.settings)
    wait_done(qtbot, runner)
    monkeypatch.undo()
    assert runner.outcome == "failed"
    [warning] = dialogs.take("warn")
    assert "all or none" in warning.text
    assert "daten-….csv" in warning.text
    assert export_files() == before
    assert len(count) == 3  # two new files had been renamed into place, then undone

"""Versions of the strategy draft: save one under a name, see it listed with its date, compare
any two section by section, restore one in one undo step, rename and delete (undoable), and a
version whose content is damaged.

Each check is on what the moderator sees (the list, the marked words) and on the document.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import QRect, QSize
from PySide6.QtGui import QTextDocument
from ui_helpers import FakeDialogs

from smartcity_desktop.document import (
    ProjectDocument,
    board_ops,
    commands,
    strategy_ops,
    weighting_ops,
)
from smartcity_desktop.ui.draft_compare import CURRENT, format_created
from smartcity_desktop.ui.draft_versions import (
    VersionsDialog,
    fitting_size,
    save_version_interactively,
    suggested_name,
)

DEMO_VERSIONS = ["Entwurf 2 nach dem Fachgespräch", "Entwurf 1 nach dem Auftaktworkshop"]


@pytest.fixture
def document(qapp, demo_path: Path) -> Iterator[ProjectDocument]:
    doc = ProjectDocument.open(demo_path)
    yield doc
    doc.close()


@pytest.fixture
def dialog(qtbot, document: ProjectDocument, fake_dialogs: FakeDialogs) -> Iterator[VersionsDialog]:
    dlg = VersionsDialog(document, fake_dialogs)
    qtbot.addWidget(dlg)
    dlg.show()
    yield dlg
    if shiboken6.isValid(dlg):  # closed, it deletes itself
        dlg.close()  # before the document closes


def vision(document: ProjectDocument) -> str:
    return document.strategy().vision


def set_vision(document: ProjectDocument, text: str) -> None:
    command = strategy_ops.edit_text(document, "vision", text)
    assert command is not None
    assert document.push(command)
    document.undo_stack.clear()  # so the typing does not merge with what the test does next


def keep(document: ProjectDocument, name: str) -> int:
    assert document.push(strategy_ops.save_version(document, name))
    return max(v.id for v in document.strategy_versions())


def marked(text_document: QTextDocument) -> list[tuple[str, str]]:
    """The struck-through and underlined runs of what the comparison shows."""
    runs: list[tuple[str, str]] = []
    block = text_document.begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            fragment = it.fragment()
            fmt = fragment.charFormat()
            if fmt.fontStrikeOut():
                runs.append(("struck", fragment.text()))
            elif fmt.fontUnderline():
                runs.append(("underlined", fragment.text()))
            it += 1
        block = block.next()
    return runs


# -- saving ------------------------------------------------------------------------------------


def test_saving_suggests_a_name_and_lists_the_version_newest_first_with_its_date(
    dialog: VersionsDialog, document: ProjectDocument, fake_dialogs: FakeDialogs
) -> None:
    assert [name for name, _ in dialog.versions_shown()] == DEMO_VERSIONS
    suggestion = suggested_name(document)
    assert suggestion == "Draft 3 after Fachgespräch: Kriterien für Digitalisierungsprojekte"
    before = datetime.now().replace(microsecond=0)

    fake_dialogs.answer_text("Entwurf 3 für den Ausschuss")
    dialog.buttons["save"].click()

    asked = fake_dialogs.calls[-1]
    assert asked.kind == "get_text"
    assert asked.text.endswith(f"[{suggestion}]")
    newest = document.strategy_versions()[-1]
    assert newest.name == "Entwurf 3 für den Ausschuss"
    assert datetime.fromisoformat(newest.created) >= before
    rows = dialog.versions_shown()
    assert rows[0] == ("Entwurf 3 für den Ausschuss", format_created(newest.created))
    assert [name for name, _ in rows[1:]] == DEMO_VERSIONS
    assert rows[0][1] != newest.created  # the locale's format, not the stored ISO text
    assert dialog.current_name() == "Entwurf 3 für den Ausschuss"
    # the new version says what the current draft says
    assert dialog.compare.pair() == (newest.id, CURRENT)
    assert dialog.compare.changed_count()[0] == 0

    document.undo_stack.undo()
    assert [name for name, _ in dialog.versions_shown()] == DEMO_VERSIONS


def test_the_suggestion_names_the_workshop_held_last_not_one_still_to_come(
    qapp, document: ProjectDocument
) -> None:
    planned = {"title": "Zukunftswerkstatt", "date": "2099-01-01"}
    assert document.push(commands.add_workshop(document, planned))
    assert "Zukunftswerkstatt" in [w.title for w in document.workshops()]

    assert suggested_name(document) == (
        "Draft 3 after Fachgespräch: Kriterien für Digitalisierungsprojekte"
    )


def test_an_empty_name_is_refused_and_asked_again(
    qapp, document: ProjectDocument, fake_dialogs: FakeDialogs
) -> None:
    fake_dialogs.answer_text("   ", None)

    assert not save_version_interactively(document, fake_dialogs, None)

    (warning,) = fake_dialogs.take("warn")
    assert "needs a name" in warning.text
    assert len(document.strategy_versions()) == 2
    assert [c.kind for c in fake_dialogs.calls] == ["get_text", "warn", "get_text"]


# -- comparing ---------------------------------------------------------------------------------


def test_compare_marks_the_changed_words_and_the_toggle_hides_unchanged_sections(
    dialog: VersionsDialog, document: ProjectDocument
) -> None:
    old_vision = vision(document)
    assert "lebenswerte" in old_vision
    before = keep(document, "Vorher")
    set_vision(document, old_vision.replace("lebenswerte", "lebendige"))
    compare = dialog.compare
    dialog.select(before)
    assert compare.pair() == (before, CURRENT)

    compare.refresh()
    changed = [d.key for d in compare.diffs if d.changed]
    assert changed == ["vision"]
    total = len(compare.diffs)
    assert total == 6 + len(document.fields_of_action())
    assert compare.count.text() == f"1 of {total} section(s) changed"
    runs = marked(compare.browser.document())
    assert ("struck", "lebenswerte") in runs
    assert ("underlined", "lebendige") in runs
    shown = compare.browser.toPlainText()
    assert "Strategic goals" in shown
    assert "unchanged" in shown

    compare.only_changed.setChecked(True)

    assert [d.key for d in compare.shown()] == ["vision"]
    shown = compare.browser.toPlainText()
    assert shown.startswith("Vision")
    assert "changed" in shown
    assert "Strategic goals" not in shown
    assert "unchanged" not in shown
    assert ("struck", "lebenswerte") in marked(compare.browser.document())


def test_any_two_versions_can_be_compared_and_a_field_shows_under_its_title(
    dialog: VersionsDialog, document: ProjectDocument
) -> None:
    first = keep(document, "Eins")
    field = document.fields_of_action()[0]
    assert document.push(board_ops.rename_field(document, field.id, "Digitale Verwaltung"))
    second = keep(document, "Zwei")

    dialog.compare.set_pair(first, second)

    diffs = {d.key: d for d in dialog.compare.diffs}
    renamed = diffs[f"field:{field.id}"]
    assert renamed.status == "changed"
    assert renamed.title == "Digitale Verwaltung"
    # the action plan names the field of each step, so it changed too
    assert [d.key for d in dialog.compare.diffs if d.changed] == [f"field:{field.id}", "next_steps"]
    assert "Field of action “Digitale Verwaltung”" in dialog.compare.browser.toPlainText()
    # both pickers offer the current draft and every version
    combo = dialog.compare.old_combo
    assert combo.count() == 1 + len(document.strategy_versions())
    assert combo.itemText(0) == "Current draft"


# -- restoring ---------------------------------------------------------------------------------


def test_restore_asks_first_then_puts_the_old_text_back_in_one_undo_step(
    dialog: VersionsDialog, document: ProjectDocument, fake_dialogs: FakeDialogs
) -> None:
    old_vision = vision(document)
    version = keep(document, "Stand vor der Klausur")
    newer = old_vision + "\n\nNachtrag aus der Klausur."
    set_vision(document, newer)
    dialog.select(version)

    fake_dialogs.answer_confirm(False)
    dialog.buttons["restore"].click()
    assert vision(document) == newer

    steps = document.undo_stack.count()
    fake_dialogs.answer_confirm(True)
    dialog.buttons["restore"].click()

    question = [c for c in fake_dialogs.calls if c.kind == "confirm"][-1]
    assert "Stand vor der Klausur" in question.text
    assert "fields of action, projects and criteria stay" in question.text
    assert vision(document) == old_vision
    assert document.undo_stack.count() == steps + 1
    assert "restored" in dialog.status.text()
    assert dialog.compare.changed_count()[0] == 0  # the version and the draft agree again

    document.undo_stack.undo()
    assert vision(document) == newer
    document.undo_stack.redo()
    assert vision(document) == old_vision


def test_restore_names_the_fields_that_no_longer_exist(
    dialog: VersionsDialog, document: ProjectDocument, fake_dialogs: FakeDialogs
) -> None:
    version = keep(document, "Mit allen Feldern")
    gone = document.fields_of_action()[-1]
    assert document.push(board_ops.delete_field(document, gone.id))
    set_vision(document, "Ein ganz neuer Leitbildtext.")
    dialog.select(version)

    fake_dialogs.answer_confirm(True)
    dialog.buttons["restore"].click()

    (info,) = fake_dialogs.take("info")
    assert f"“{gone.title}”" in info.text
    assert "no longer exist" in info.text
    assert vision(document) != "Ein ganz neuer Leitbildtext."


def test_restore_says_when_the_versions_agreed_weighting_is_gone(
    dialog: VersionsDialog, document: ProjectDocument, fake_dialogs: FakeDialogs
) -> None:
    agreed = document.strategy().weighting_id
    assert agreed is not None  # the demo names its agreed weighting
    version = keep(document, "Mit Gewichtung")
    assert document.push(weighting_ops.delete_weighting(document, agreed))
    set_vision(document, "Ein anderes Leitbild.")
    dialog.select(version)

    fake_dialogs.answer_confirm(True)
    dialog.buttons["restore"].click()

    (info,) = fake_dialogs.take("info")
    assert "weighting the version names as agreed no longer exists" in info.text
    assert document.strategy().weighting_id is None
    assert vision(document) != "Ein anderes Leitbild."


def test_restoring_what_the_draft_already_says_changes_nothing(
    dialog: VersionsDialog, document: ProjectDocument, fake_dialogs: FakeDialogs
) -> None:
    version = keep(document, "Gleich")
    dialog.select(version)
    steps = document.undo_stack.count()

    dialog.buttons["restore"].click()

    (info,) = fake_dialogs.take("info")
    assert "already says" in info.text
    assert document.undo_stack.count() == steps


# -- renaming and deleting ---------------------------------------------------------------------


def test_rename_and_delete_are_undoable_and_delete_asks_first(
    dialog: VersionsDialog, document: ProjectDocument, fake_dialogs: FakeDialogs
) -> None:
    dialog.select(document.strategy_versions()[0].id)
    assert dialog.current_name() == DEMO_VERSIONS[1]

    fake_dialogs.answer_text("Entwurf 1 (Auftakt)")
    dialog.buttons["rename"].click()
    assert [n for n, _ in dialog.versions_shown()] == [DEMO_VERSIONS[0], "Entwurf 1 (Auftakt)"]
    document.undo_stack.undo()
    assert [n for n, _ in dialog.versions_shown()] == DEMO_VERSIONS

    fake_dialogs.answer_text("  ")
    dialog.buttons["rename"].click()
    (warning,) = fake_dialogs.take("warn")
    assert "stays as it was" in warning.text
    assert [n for n, _ in dialog.versions_shown()] == DEMO_VERSIONS

    fake_dialogs.answer_confirm(False)
    dialog.buttons["delete"].click()
    assert len(document.strategy_versions()) == 2

    fake_dialogs.answer_confirm(True)
    dialog.buttons["delete"].click()
    question = [c for c in fake_dialogs.calls if c.kind == "confirm"][-1]
    assert DEMO_VERSIONS[1] in question.text
    assert [n for n, _ in dialog.versions_shown()] == [DEMO_VERSIONS[0]]
    document.undo_stack.undo()
    assert [n for n, _ in dialog.versions_shown()] == DEMO_VERSIONS


# -- a damaged version -------------------------------------------------------------------------


def damage(path: Path, content: str) -> None:
    with sqlite3.connect(path) as db:
        db.execute(
            "UPDATE strategy_versions SET content = ? WHERE name = ?", (content, DEMO_VERSIONS[1])
        )
    db.close()


def test_a_version_with_values_of_the_wrong_kind_is_shown_as_damaged_too(
    qtbot, demo_path: Path, fake_dialogs: FakeDialogs
) -> None:
    damage(demo_path, '{"format": 1, "draft": {"title": "x", "vision": null}}')
    document = ProjectDocument.open(demo_path)
    try:
        dialog = VersionsDialog(document, fake_dialogs)
        qtbot.addWidget(dialog)
        damaged = next(v.id for v in document.strategy_versions() if v.name == DEMO_VERSIONS[1])

        dialog.select(damaged)

        assert f"“{DEMO_VERSIONS[1]}” cannot be read" in dialog.compare.problem_label.text()
        assert not dialog.compare.problem_label.isHidden()
        dialog.close()
    finally:
        document.close()


def test_a_damaged_version_gets_a_clear_message_and_the_dialog_still_works(
    qtbot, demo_path: Path, fake_dialogs: FakeDialogs
) -> None:
    damage(demo_path, '{"format": 1, "draft": [kaputt')
    document = ProjectDocument.open(demo_path)
    try:
        dialog = VersionsDialog(document, fake_dialogs)
        qtbot.addWidget(dialog)
        damaged = next(v.id for v in document.strategy_versions() if v.name == DEMO_VERSIONS[1])
        intact = next(v.id for v in document.strategy_versions() if v.name == DEMO_VERSIONS[0])

        dialog.select(damaged)
        problem = dialog.compare.problem_label
        assert not problem.isHidden()
        assert f"“{DEMO_VERSIONS[1]}” cannot be read" in problem.text()
        assert dialog.compare.diffs == []

        steps = document.undo_stack.count()
        dialog.buttons["restore"].click()  # no question: there is nothing it could restore
        (warning,) = fake_dialogs.take("warn")
        assert "cannot be read" in warning.text
        assert document.undo_stack.count() == steps

        dialog.buttons["export"].click()  # nothing to export: said, no file dialog
        (warning,) = fake_dialogs.take("warn")
        assert "cannot be read" in warning.text

        dialog.select(intact)
        assert problem.isHidden()
        assert len(dialog.compare.diffs) > 0

        fake_dialogs.answer_text("Neu nach dem Schaden")
        dialog.buttons["save"].click()
        assert dialog.versions_shown()[0][0] == "Neu nach dem Schaden"
        dialog.close()
    finally:
        document.close()


# -- exporting a version -----------------------------------------------------------------------


def test_a_version_is_exported_as_pdf_with_its_own_text(
    qtbot, dialog: VersionsDialog, document: ProjectDocument, fake_dialogs: FakeDialogs, tmp_path
) -> None:
    from pypdf import PdfReader

    version = keep(document, "Fürs Archiv")
    set_vision(document, "Ein völlig neues Leitbild nach der Klausur.")
    dialog.select(version)
    target = tmp_path / "Archiv.pdf"
    seen: list[str] = []

    def fill(export_dialog) -> bool:
        seen.append(export_dialog.path_edit.text())
        export_dialog.path_edit.setText(str(target))
        return True

    fake_dialogs.answer_run(fill).answer_choose(1)  # "Close" on the message saying where
    runner = dialog.export()
    assert runner is not None
    qtbot.waitUntil(lambda: runner.outcome != "", timeout=30000)

    assert runner.outcome == "ok"
    assert seen[0].endswith(".pdf")
    assert "Fürs Archiv" in seen[0]
    text = " ".join(page.extract_text() for page in PdfReader(target).pages)
    text = " ".join(text.split())
    assert "Musterstadt an der Oker will eine" in text
    assert "völlig neues Leitbild" not in text
    message = [c for c in fake_dialogs.calls if c.kind == "choose"][-1]
    assert str(target) in message.text


def test_a_version_export_belongs_to_the_main_window_and_outlives_the_page(
    qtbot, document: ProjectDocument, fake_dialogs: FakeDialogs, tmp_path
) -> None:
    """The moderator closes the versions and opens another page while the PDF is written: the
    page (and the dialog it owned) goes, the export runs on and says where the file is."""
    import threading

    from PySide6.QtWidgets import QMainWindow, QWidget

    from smartcity_desktop.ui.draft_versions import export_version
    from smartcity_desktop.ui.export_runner import running_exports

    window = QMainWindow()
    qtbot.addWidget(window)
    page = QWidget(window)
    window.setCentralWidget(page)
    version = keep(document, "Fürs Archiv")
    dialog = VersionsDialog(document, fake_dialogs, page)
    release = threading.Event()
    target = tmp_path / "Archiv.pdf"

    def writer(draft, path, **options) -> Path:
        release.wait(10)
        path.write_text(draft.version)
        return path

    def fill(export_dialog) -> bool:
        export_dialog.path_edit.setText(str(target))
        return True

    fake_dialogs.answer_run(fill).answer_choose(1)
    runner = export_version(dialog, document, fake_dialogs, version, writer=writer)
    assert runner is not None
    try:
        assert runner.parent() is window
        assert running_exports(window) == [runner]
        dialog.close()
        page.deleteLater()
        qtbot.waitUntil(lambda: not shiboken6.isValid(page))
        assert not shiboken6.isValid(dialog)
        assert runner.is_running()
    finally:
        release.set()
    qtbot.waitUntil(lambda: runner.outcome != "", timeout=10000)
    assert runner.outcome == "ok"
    assert target.read_text() == "Fürs Archiv"


def test_a_closed_versions_dialog_is_gone(
    qtbot, document: ProjectDocument, fake_dialogs: FakeDialogs
) -> None:
    """Opening the versions again and again leaves no hidden dialog comparing on each change."""
    from PySide6.QtWidgets import QWidget

    page = QWidget()
    qtbot.addWidget(page)
    for _ in range(3):
        dialog = VersionsDialog(document, fake_dialogs, page)
        dialog.show()
        dialog.close()
        qtbot.waitUntil(lambda dialog=dialog: not shiboken6.isValid(dialog))
    assert page.findChildren(VersionsDialog) == []
    set_vision(document, "Ein Leitbild, das niemand mehr vergleichen muss.")  # nothing left to call


def test_a_version_is_exported_as_word_from_the_last_export_folder_which_is_remembered(
    qtbot, document: ProjectDocument, fake_dialogs: FakeDialogs, settings, tmp_path
) -> None:
    from docx import Document as WordDocument

    from smartcity_desktop.ui import settings as prefs

    last = tmp_path / "exports"
    last.mkdir()
    chosen = tmp_path / "for the office"
    chosen.mkdir()
    settings.set(prefs.LAST_EXPORT_FOLDER, str(last))
    version = keep(document, "Für das Amt")
    set_vision(document, "Ein völlig neues Leitbild nach der Klausur.")
    dialog = VersionsDialog(document, fake_dialogs, settings=settings)
    qtbot.addWidget(dialog)
    dialog.select(version)
    offered: list[tuple[str, list[str]]] = []

    def fill(export_dialog) -> bool:
        combo = export_dialog.format_combo
        offered.append(
            (export_dialog.path_edit.text(), [combo.itemData(i) for i in range(combo.count())])
        )
        export_dialog.path_edit.setText(str(chosen / "Entwurf"))
        combo.setCurrentIndex(combo.findData("docx"))
        return True

    fake_dialogs.answer_run(fill).answer_choose(1)
    runner = dialog.export()
    assert runner is not None
    qtbot.waitUntil(lambda: runner.outcome != "", timeout=30000)

    assert runner.outcome == "ok"
    (path, formats) = offered[0]
    assert Path(path).parent == last
    assert Path(path).suffix == ".pdf"  # PDF first, Word beside it
    assert formats == ["pdf", "docx"]
    target = chosen / "Entwurf.docx"
    text = " ".join(p.text for p in WordDocument(str(target)).paragraphs)
    assert "Musterstadt an der Oker will eine" in text
    assert "völlig neues Leitbild" not in text
    assert settings.get(prefs.LAST_EXPORT_FOLDER) == str(chosen)
    dialog.close()


def test_leaving_the_draft_page_while_a_version_is_exported_lets_the_export_finish(
    qtbot, monkeypatch: pytest.MonkeyPatch, window, demo_path: Path, fake_dialogs: FakeDialogs
) -> None:
    """Versions… ▸ Export, close the versions, click another navigator entry: the draft page
    is replaced, the export goes on and says where the file is (no abort)."""
    import threading

    from ui_helpers import current_page, open_demo

    from smartcity_desktop.ui import draft_versions
    from smartcity_desktop.ui.draft_page import DraftPage
    from smartcity_desktop.ui.export_runner import running_exports
    from smartcity_desktop.ui.navigator import Node

    open_demo(window, demo_path)
    window.show_node(Node("draft"))
    page = current_page(window)
    assert isinstance(page, DraftPage)
    release = threading.Event()
    target = Path(demo_path).parent / "Archiv.pdf"

    def slow_pdf(draft, path, **options) -> Path:
        release.wait(10)
        path.write_text(draft.version)
        return path

    monkeypatch.setattr(draft_versions, "write_strategy_pdf", slow_pdf)
    started = []

    def export_from_versions(versions: VersionsDialog) -> bool:
        started.append(versions.export())
        return False  # closed while the export runs

    def fill(export_dialog) -> bool:
        export_dialog.path_edit.setText(str(target))
        return True

    fake_dialogs.answer_run(export_from_versions, fill).answer_choose(1)
    page.versions_button.click()
    [runner] = started
    assert runner is not None
    try:
        assert running_exports(window) == [runner]
        window.show_node(Node("fields"))
        qtbot.waitUntil(lambda: not shiboken6.isValid(page))
        assert shiboken6.isValid(runner)
        assert runner.is_running()
    finally:
        release.set()
    qtbot.waitUntil(lambda: runner.outcome != "", timeout=10000)
    assert runner.outcome == "ok"
    assert target.read_text() == DEMO_VERSIONS[0]


# -- size ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("room", "expected"),
    [
        (QRect(0, 0, 1366, 728), QSize(1200, 655)),  # a 1366×768 laptop less its task bar
        (QRect(0, 0, 1024, 560), QSize(921, 504)),
        (QRect(0, 0, 1920, 1040), QSize(1200, 720)),  # room enough: as designed
    ],
)
def test_the_dialog_size_fits_the_usable_screen(room: QRect, expected: QSize):
    assert fitting_size(QSize(1200, 720), room) == expected


def test_the_dialog_opens_within_its_screen(dialog: VersionsDialog):
    room = dialog.screen().availableGeometry()
    assert dialog.height() <= max(room.height() * 0.9, dialog.minimumSizeHint().height())
    assert dialog.width() <= max(room.width() * 0.9, dialog.minimumSizeHint().width())

"""The main window as the moderator uses it: opening, files it must not change, menus, settings.

Each test asserts what the moderator would see (pages, labels, menu texts, messages) and what
the `.scw` file on disk holds, never that a Qt setter was called.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QRect, QSettings, Qt
from PySide6.QtWidgets import QPushButton, QTextEdit
from ui_helpers import (
    DEMO_TITLE,
    EDITING_ACTIONS,
    EXPERT_TALK,
    KICK_OFF,
    FakeDialogs,
    current_page,
    nav_children,
    nav_rows,
    nav_selected,
    nav_workshops,
    on_disk,
    open_demo,
    page_label,
    properties_child,
    reopened,
    select_workshop,
    sha256,
    strategy_field,
    type_into,
)

from smartcity_desktop import APP_NAME
from smartcity_desktop.document import ProjectDocument, commands
from smartcity_desktop.store import FileProblem, ProjectFile, ProjectFileError
from smartcity_desktop.ui import settings as prefs
from smartcity_desktop.ui.draft_page import DraftPage
from smartcity_desktop.ui.main_window import MainWindow
from smartcity_desktop.ui.navigator import Node
from smartcity_desktop.ui.rich_text_edit import RichTextEdit
from smartcity_desktop.ui.settings import Settings
from smartcity_desktop.ui.widgets import CommitLineEdit, CommitTextEdit

# -- opening ---------------------------------------------------------------------------------


def test_welcome_page_shows_when_nothing_is_open(window: MainWindow) -> None:
    assert window.stack.currentWidget() is window.welcome
    assert window.windowTitle() == APP_NAME
    assert window.saved_label.text() == ""
    assert not window.properties_dock.isVisible()
    assert window.navigator is None
    assert [window.welcome.recent.item(i).text() for i in range(window.welcome.recent.count())] == [
        "No recent projects yet"
    ]
    for name in (*EDITING_ACTIONS, "undo_action", "redo_action", "close_action"):
        assert not getattr(window, name).isEnabled(), name


def test_opening_the_demo_shows_strategy_workshops_and_boards(
    window: MainWindow, demo_path: Path
) -> None:
    open_demo(window, demo_path)

    assert window.stack.currentWidget() is window.project_view
    rows = nav_rows(window)
    assert (rows[0].depth, rows[0].text, rows[0].node) == (0, DEMO_TITLE, Node("strategy"))
    disk = on_disk(demo_path)
    assert nav_children(window, Node("strategy")) == [
        "Participants",
        f"Fields of action ({disk.fields})",
        f"Criteria ({disk.criteria})",
        f"Projects ({disk.projects})",
        "Strategy draft",
        "Workshops",
    ]
    assert disk.fields > 0  # the demo has promoted some clusters
    assert disk.criteria > 0  # and has a criteria catalogue and projects
    assert disk.projects > 0
    assert nav_workshops(window) == [KICK_OFF, EXPERT_TALK]
    for workshop in disk.workshops:
        node = Node("workshop", workshop.id, workshop.id)
        assert nav_children(window, node) == ["Boards", "Votings", "Weightings", "Minutes"]
        boards = nav_children(window, Node("boards", 0, workshop.id))
        assert boards == disk.boards[workshop.id]
        assert boards  # the demo has a board in each workshop
        weightings = nav_children(window, Node("weightings", 0, workshop.id))
        assert weightings == disk.weightings[workshop.id]
    assert sum(len(w) for w in disk.weightings.values()) == 1  # in the expert talk
    assert nav_selected(window) == Node("strategy")
    assert current_page(window).objectName() == "page_strategy"
    assert window.saved_label.text() == "All changes are saved automatically"
    assert DEMO_TITLE in window.windowTitle()
    assert window.close_action.isEnabled()
    assert window.new_workshop_action.isEnabled()
    assert not window.undo_action.isEnabled()
    summary = properties_child(window, type(window.saved_label), "projectSummary").text()
    assert "demo.scw" in summary
    assert "2 workshop(s)" in summary


def test_a_board_shows_its_idea_cards(window: MainWindow, demo_path: Path) -> None:
    open_demo(window, demo_path)
    disk = on_disk(demo_path)
    kick_off = disk.workshops[0]
    board = next(r.node for r in nav_rows(window) if r.node.kind == "board")
    window.navigator.setCurrentIndex(window.navigator.nav_model().index_of(board))

    page = current_page(window)
    assert page.objectName() == "page_board"
    assert len(page.scene.cards) == disk.cards[kick_off.id] > 0
    count = page_label(window, "boardCount")
    assert count.startswith(f"{disk.cards[kick_off.id]} card(s) · ")


# -- files the app may not or cannot change ---------------------------------------------------


def test_a_read_only_project_can_be_looked_at_but_not_changed(
    qtbot, window: MainWindow, demo_path: Path, fake_dialogs: FakeDialogs
) -> None:
    before = sha256(demo_path)
    doc = ProjectDocument.open(demo_path, read_only=True)
    window.set_document(doc)

    assert window.saved_label.text() == "Read-only: changes cannot be saved"
    assert nav_workshops(window) == [KICK_OFF, EXPERT_TALK]
    assert not window.new_workshop_action.isEnabled()
    assert not current_page(window).findChildren(CommitTextEdit)  # vision: read, not edited
    assert strategy_field(window, QTextEdit, "strategyVision").isReadOnly()
    assert strategy_field(window, CommitLineEdit, "strategyTitle").isReadOnly()
    qtbot.mouseClick(strategy_field(window, QPushButton, "editVision"), Qt.MouseButton.LeftButton)
    draft = current_page(window)
    assert isinstance(draft, DraftPage)  # the button still leads there: reading is fine
    assert draft.current_section() == "vision"
    vision = draft.pages["vision"].findChild(RichTextEdit)
    assert vision is not None
    assert vision.isReadOnly()
    assert vision.markdown() == doc.strategy().vision
    workshop_id = select_workshop(window, KICK_OFF)
    assert not window.rename_workshop_action.isEnabled()
    assert not window.delete_workshop_action.isEnabled()
    title = properties_child(window, CommitLineEdit, "workshopTitle")
    assert title.isReadOnly()
    type_into(qtbot, title, "Versuch")
    assert title.text() == KICK_OFF
    table = current_page(window).participants
    assert not table.add_button.isEnabled()
    assert not table.delete_button.isEnabled()
    consent = table.model.index(0, table.model.CONSENT)
    assert not table.model.flags(consent) & Qt.ItemFlag.ItemIsUserCheckable
    assert not table.model.setData(
        consent, Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole
    )
    assert "Opened read-only" not in window.saved_label.text()

    # A change that gets through to the document anyway is refused and said so.
    assert not doc.push(commands.rename_workshop(doc, workshop_id, "Versuch"))
    [warning] = fake_dialogs.take("warn")
    assert "read-only" in warning.text
    assert window.saved_label.text() == "Last change NOT saved"
    assert doc.undo_stack.count() == 0
    assert not window.undo_action.isEnabled()
    assert nav_workshops(window) == [KICK_OFF, EXPERT_TALK]

    window.close_project()
    assert sha256(demo_path) == before


def test_a_file_open_elsewhere_is_reported_and_the_welcome_page_stays(
    window: MainWindow, demo_path: Path, fake_dialogs: FakeDialogs
) -> None:
    holder = ProjectFile.open(demo_path)  # another window or program has it open
    try:
        with pytest.raises(ProjectFileError) as second:
            ProjectFile.open(demo_path)
        assert second.value.problem == FileProblem.LOCKED
        before = sha256(demo_path)

        assert not window.open_path(demo_path)

        [warning] = fake_dialogs.take("warn")
        assert warning.text == (
            "“demo.scw” is already open in another window or program. "
            "Close it there first, or open a copy."
        )
        assert window.stack.currentWidget() is window.welcome
        assert window.document is None
        assert sha256(demo_path) == before
    finally:
        holder.close()
    assert window.open_path(demo_path)  # once released it opens normally


def test_a_foreign_file_is_refused_and_left_byte_identical(
    window: MainWindow, tmp_path: Path, fake_dialogs: FakeDialogs, settings: Settings
) -> None:
    foreign = tmp_path / "x.scw"
    foreign.write_text("Protokoll Auftaktworkshop\nTOP 1: Begrüßung\n", encoding="utf-8")
    content = foreign.read_bytes()

    assert not window.open_path(foreign)

    [warning] = fake_dialogs.take("warn")
    assert warning.title == APP_NAME
    assert warning.text == "“x.scw” is not a Smart City Werkstatt file. It was not changed."
    assert foreign.read_bytes() == content
    assert sorted(p.name for p in tmp_path.iterdir()) == ["x.scw"]  # no journal, no copy
    assert window.stack.currentWidget() is window.welcome
    assert str(foreign) not in settings.recent_files()


# -- settings -------------------------------------------------------------------------------


def test_recent_files_remember_the_opened_project(
    window: MainWindow, demo_path: Path, settings: Settings
) -> None:
    open_demo(window, demo_path)
    window.close_project()
    assert settings.recent_files()[0] == str(demo_path)
    recent = window.welcome.recent
    assert recent.item(0).data(Qt.ItemDataRole.UserRole) == str(demo_path)
    assert recent.item(0).text().startswith("demo.scw")
    assert [a.text() for a in window.recent_menu.actions()] == ["demo.scw"]
    window.recent_menu.actions()[0].trigger()  # File > Open recent > demo.scw
    assert window.document is not None
    assert window.document.path == demo_path


def test_a_vanished_recent_file_is_reported_and_forgotten(
    window: MainWindow, demo_path: Path, settings: Settings, fake_dialogs: FakeDialogs
) -> None:
    open_demo(window, demo_path)
    window.close_project()
    demo_path.unlink()
    recent = window.welcome.recent
    recent.itemActivated.emit(recent.item(0))  # a double-click on the entry
    [warning] = fake_dialogs.take("warn")
    assert warning.text == "“demo.scw” does not exist (any more)."
    assert str(demo_path) not in settings.recent_files()
    assert recent.item(0).text() == "No recent projects yet"


def test_window_geometry_is_saved_on_close_and_restored(
    qtbot, window: MainWindow, demo_path: Path, settings: Settings
) -> None:
    open_demo(window, demo_path)
    size = (780, 700)  # fits the offscreen screen (800 x 800), above the window's minimum
    assert window.screen().availableGeometry().contains(QRect(0, 0, *size))
    assert size != (window.width(), window.height())
    window.resize(*size)
    qtbot.waitUntil(lambda: (window.width(), window.height()) == size)
    window.close()
    assert window.document is None  # closing the window closes the project
    assert not settings.get(prefs.GEOMETRY).isEmpty()

    stored = QSettings(QSettings().fileName(), QSettings.Format.IniFormat)  # the file itself
    assert stored.value("window/geometry")
    assert str(demo_path) in stored.value("preferences/recent_files")

    again = MainWindow(Settings(QSettings()), FakeDialogs())
    qtbot.addWidget(again)
    assert (again.width(), again.height()) == size
    assert again.welcome.recent.item(0).data(Qt.ItemDataRole.UserRole) == str(demo_path)


def test_settings_live_in_the_test_profile(settings: Settings, isolated_profile: Path) -> None:
    assert Path(QSettings().fileName()).is_relative_to(isolated_profile)
    from PySide6.QtCore import QStandardPaths

    app_data = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
    assert Path(app_data).is_relative_to(isolated_profile)


def test_the_demo_from_the_file_menu_is_a_fresh_copy_in_app_data(
    window: MainWindow, isolated_profile: Path
) -> None:
    window.open_demo()
    first = window.document.path
    assert first.is_relative_to(isolated_profile)
    assert DEMO_TITLE in window.windowTitle()
    window.open_demo()
    second = window.document.path
    assert second != first
    assert second.parent == first.parent
    assert sorted(p.name for p in first.parent.glob("*.scw")) == sorted([first.name, second.name])


# -- the File and Settings menus ------------------------------------------------------------


def test_new_project_from_the_file_menu(
    window: MainWindow, tmp_path: Path, fake_dialogs: FakeDialogs, settings: Settings
) -> None:
    target = tmp_path / "Teststadt.scw"
    fake_dialogs.answer_save_path(target).answer_text("  Smart-City-Strategie   Teststadt ")
    window.welcome.new_button.click()

    assert window.document is not None
    assert window.document.path == target
    assert window.windowTitle().startswith("Smart-City-Strategie Teststadt")
    assert nav_rows(window)[0].text == "Smart-City-Strategie Teststadt"
    assert nav_children(window, Node("workshops")) == [
        "(none yet — add one with Workshop ▸ New workshop)"
    ]
    window.close_project()
    disk = reopened(target)
    assert disk.strategy.title == "Smart-City-Strategie Teststadt"
    assert disk.workshops == []
    assert disk.participants == []
    assert len(disk.groups) == 7  # the default stakeholder groups
    assert settings.recent_files()[0] == str(target)


def test_a_new_project_never_overwrites_a_file(
    window: MainWindow, demo_path: Path, fake_dialogs: FakeDialogs
) -> None:
    before = sha256(demo_path)
    fake_dialogs.answer_save_path(demo_path).answer_text("Überschreiben?")
    window.new_project()
    [warning] = fake_dialogs.take("warn")
    assert warning.text == "“demo.scw” exists already. Nothing was overwritten."
    assert window.document is None
    assert sha256(demo_path) == before


def test_cancelling_new_project_or_open_does_nothing(
    window: MainWindow, tmp_path: Path, fake_dialogs: FakeDialogs
) -> None:
    fake_dialogs.answer_save_path(None).answer_open_path(None)
    window.welcome.new_button.click()
    window.welcome.open_button.click()
    assert window.stack.currentWidget() is window.welcome
    assert list(tmp_path.iterdir()) == []


def test_open_from_the_file_menu(
    window: MainWindow, demo_path: Path, fake_dialogs: FakeDialogs
) -> None:
    fake_dialogs.answer_open_path(demo_path)
    window.welcome.open_button.click()
    assert window.document is not None
    assert window.document.path == demo_path
    [asked] = [c for c in fake_dialogs.calls if c.kind == "open_path"]
    assert asked.title == "Open project"


def test_save_a_copy_writes_a_complete_project_even_when_read_only(
    window: MainWindow, demo_path: Path, tmp_path: Path, fake_dialogs: FakeDialogs
) -> None:
    before = sha256(demo_path)
    window.set_document(ProjectDocument.open(demo_path, read_only=True))
    copy = tmp_path / "Kopie.scw"
    fake_dialogs.answer_save_path(copy)
    assert window.save_copy_action.isEnabled()
    window.save_copy_action.trigger()
    assert window.statusBar().currentMessage() == f"Copy saved as {copy}"
    assert reopened(copy) == on_disk(demo_path)
    window.close_project()
    assert sha256(demo_path) == before


def test_check_file_reports_the_counts(
    window: MainWindow, demo_path: Path, fake_dialogs: FakeDialogs
) -> None:
    open_demo(window, demo_path)
    window.check_action.trigger()
    [report] = fake_dialogs.take("info")
    assert report.title == "Check file"
    assert report.text.startswith("The file is in order.")
    assert "Workshops: 2" in report.text
    assert "Boards: 2" in report.text


def test_close_returns_to_the_welcome_page_and_releases_the_file(
    window: MainWindow, demo_path: Path
) -> None:
    open_demo(window, demo_path)
    window.close_action.trigger()
    assert window.stack.currentWidget() is window.welcome
    assert window.windowTitle() == APP_NAME
    assert not window.close_action.isEnabled()
    ProjectFile.open(demo_path).close()  # not locked any more


def language_actions(window: MainWindow) -> dict[str, object]:
    settings_menu = next(a for a in window.menuBar().actions() if a.text() == "&Settings")
    language_menu = settings_menu.menu().actions()[0].menu()
    return {a.text(): a for a in language_menu.actions()}


def test_choosing_a_language_is_remembered_for_the_next_start(
    window: MainWindow, settings: Settings, fake_dialogs: FakeDialogs
) -> None:
    actions = language_actions(window)
    assert settings.language() == "de"
    actions["English"].trigger()
    [notice] = fake_dialogs.take("info")
    assert notice.text == "The language changes the next time Smart City Werkstatt starts."
    assert settings.language() == "en"
    actions["Deutsch"].trigger()
    [notice] = fake_dialogs.take("info")  # (told in the language still in use)
    assert notice.text == "The language changes the next time Smart City Werkstatt starts."
    assert settings.language() == "de"


def test_the_language_menu_checks_only_the_chosen_language(
    window: MainWindow, fake_dialogs: FakeDialogs
) -> None:
    # Regression: the checkable actions were not in an exclusive QActionGroup, so after
    # choosing English both languages showed a check mark.
    actions = language_actions(window)
    assert [a.isChecked() for a in actions.values()] == [True, False]
    actions["English"].trigger()
    fake_dialogs.take("info")
    assert [a.isChecked() for a in actions.values()] == [False, True]


def test_with_the_german_translation_the_edit_menu_names_the_command_in_german(
    qtbot, qapp, settings: Settings, demo_path: Path
) -> None:
    from PySide6.QtCore import QLocale

    from smartcity_desktop.app import install_translators

    previous_locale = QLocale()
    translators = install_translators(qapp, "de")
    try:
        assert translators, "smartcity_de.qm did not load"
        fake = FakeDialogs()
        german = MainWindow(settings, fake)
        qtbot.addWidget(german)
        assert german.open_path(demo_path)
        select_workshop(german, KICK_OFF)
        fake.answer_text("Auftakt")
        german.rename_workshop_action.trigger()
        assert german.undo_action.text() == "&Rückgängig: Workshop umbenennen"
        german.close_project()
        fake.assert_done()
    finally:
        for translator in translators:
            qapp.removeTranslator(translator)
        QLocale.setDefault(previous_locale)

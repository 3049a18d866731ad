"""The projects (Maßnahmen) as the moderator keeps them: the table with costs in the app's
language, sorting, filters and search, the detail form, adding, deleting (with a warning naming
the weightings that score a project), moving, creating a project from a card or a cluster on a
board (the link kept), the way back to that board, and the projects of each field of action.

Every change is checked in the `.scw` file on disk (see `catalogue_file`), and undone.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QPoint, Qt
from PySide6.QtWidgets import QApplication, QComboBox, QLabel, QLineEdit
from test_ui_board import (
    board_file,
    board_node,
    centre_of,
    click,
    header_of,
    menu_action,
    type_text,
)
from test_ui_criteria import catalogue_file, redo, settle, show_node, undo
from ui_helpers import FakeDialogs, current_page, focus, nav_children, nav_selected, type_into

from smartcity_desktop.document import ProjectDocument
from smartcity_desktop.document import weighting_ops as wops
from smartcity_desktop.domain.model import ProjectStatus
from smartcity_desktop.ui.board_page import BoardPage
from smartcity_desktop.ui.catalogue_models import (
    SORT_ROLE,
    ProjectsFilter,
    ProjectsModel,
    format_cost,
    parse_cost,
)
from smartcity_desktop.ui.fields_page import FieldsPage
from smartcity_desktop.ui.main_window import MainWindow
from smartcity_desktop.ui.navigator import Node
from smartcity_desktop.ui.projects_page import ProjectsPage

GERMAN = QLocale(QLocale.Language.German, QLocale.Country.Germany)
ENGLISH = QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)
ALT = Qt.KeyboardModifier.AltModifier
CTRL = Qt.KeyboardModifier.ControlModifier
T = ProjectsModel  # the columns


@pytest.fixture
def english() -> Iterator[None]:
    """The app's language as install_translators sets it: English."""
    old = QLocale()
    QLocale.setDefault(ENGLISH)
    yield
    QLocale.setDefault(old)


@pytest.fixture
def german() -> Iterator[None]:
    old = QLocale()
    QLocale.setDefault(GERMAN)
    yield
    QLocale.setDefault(old)


def open_projects(qtbot, window: MainWindow, path: Path) -> ProjectsPage:
    assert window.open_path(path)
    return show_projects(qtbot, window)


def show_projects(qtbot, window: MainWindow) -> ProjectsPage:
    show_node(qtbot, window, Node("projects"))
    page = current_page(window)
    assert isinstance(page, ProjectsPage)
    return page


def column(page: ProjectsPage, col: int, role=Qt.ItemDataRole.DisplayRole) -> list:
    """A column of the table as shown (sorted and filtered)."""
    model = page.view.model()
    return [model.index(r, col).data(role) for r in range(model.rowCount())]


def select_title(qtbot, page: ProjectsPage, title: str) -> int:
    """Click the project's row; returns its id."""
    row = column(page, T.TITLE).index(title)
    rect = page.view.visualRect(page.view.model().index(row, T.TITLE))
    qtbot.mouseClick(page.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    project_id = page.current_id()
    assert project_id is not None
    return project_id


def choose(qtbot, combo: QComboBox, text: str) -> None:
    """Pick an entry of a combo box with the arrow keys, as a keyboard user does."""
    wanted = combo.findText(text)
    assert wanted >= 0, f"{text!r} not in {[combo.itemText(i) for i in range(combo.count())]}"
    focus(qtbot, combo)
    while combo.currentIndex() != wanted:
        down = combo.currentIndex() < wanted
        qtbot.keyClick(combo, Qt.Key.Key_Down if down else Qt.Key.Key_Up)
    settle(qtbot)


def projects_entry(window: MainWindow) -> str:
    return next(t for t in nav_children(window, Node("strategy")) if t.startswith("Projects"))


# -- models and formats ----------------------------------------------------------------------


def test_costs_are_written_and_read_in_the_apps_language() -> None:
    assert format_cost(150000, GERMAN).replace("\xa0", " ") == "150.000 €"
    assert format_cost(150000, ENGLISH) == "€150,000"
    assert format_cost(None, GERMAN) == ""
    assert parse_cost("150.000", GERMAN) == 150000
    assert parse_cost("150.000 €", GERMAN) == 150000
    assert parse_cost(format_cost(1200000, GERMAN), GERMAN) == 1200000
    assert parse_cost("€150,000", ENGLISH) == 150000
    assert parse_cost("150000 EUR", ENGLISH) == 150000
    assert parse_cost("  ", GERMAN) is None
    for bad in ("viel", "-5", "12 Mio. und mehr", "1.2.3,4,5"):
        with pytest.raises(ValueError, match=r"amount|negative"):
            parse_cost(bad, GERMAN)


def test_the_projects_models_pass_the_model_tester(qtmodeltester, demo_path: Path) -> None:
    doc = ProjectDocument.open(demo_path)
    try:
        model = ProjectsModel(doc)
        assert model.rowCount() == len(doc.projects()) == 10
        qtmodeltester.check(model)
        proxy = ProjectsFilter(model)
        proxy.sort(T.COST)
        proxy.set_field(doc.fields_of_action()[1].id)
        qtmodeltester.check(proxy)
        proxy.set_field(ProjectsFilter.ANY)
        proxy.set_text("stadtwerke")
        assert proxy.rowCount() == 3
        doc.push(wops.edit_project(doc, doc.projects()[0].id, {"cost": 999}))
        qtmodeltester.check(model)
        doc.push(wops.delete_projects(doc, [doc.projects()[-1].id]))
        assert model.rowCount() == 9
        qtmodeltester.check(proxy)
    finally:
        doc.close()


# -- the table -------------------------------------------------------------------------------


def test_the_table_shows_the_projects_with_costs_in_english(
    qtbot, window: MainWindow, demo_path: Path, english
) -> None:
    page = open_projects(qtbot, window, demo_path)
    disk = catalogue_file(demo_path)
    fields = {f.id: f.title for f in window.document.fields_of_action()}

    assert projects_entry(window) == f"Projects ({len(disk.projects)})"
    assert column(page, T.TITLE) == disk.titles()
    assert column(page, T.FIELD) == [fields.get(p.field_id, "") for p in disk.projects]
    assert column(page, T.OWNER) == [p.owner for p in disk.projects]
    first = disk.projects[0]
    assert first.cost == 60000
    assert column(page, T.COST)[0] == "€60,000"
    align = page.view.model().index(0, T.COST).data(Qt.ItemDataRole.TextAlignmentRole)
    assert align & Qt.AlignmentFlag.AlignRight
    assert column(page, T.STATUS)[0] == "Shortlisted"
    card_ids = [p.card_id for p in disk.projects if p.card_id is not None]
    cards = {c.id: c for c in window.document.cards_by_ids(card_ids)}
    from_cluster = next(p for p in disk.projects if p.cluster_id and not p.card_id)
    row = disk.projects.index(from_cluster)
    cluster = window.document.clusters_by_ids([from_cluster.cluster_id])[0]
    assert column(page, T.ORIGIN)[row] == f"cluster: {cluster.title}"
    assert column(page, T.ORIGIN)[0].startswith("card: " + cards[first.card_id].text[:20])
    # the first project is chosen and its details shown
    assert page.title_edit.text() == first.title
    assert page.owner_edit.text() == first.owner
    assert page.cost_edit.text() == "60,000"
    assert page.status_combo.currentText() == "Shortlisted"
    assert page.field_combo.currentText() == fields[first.field_id]
    assert page.description_edit.toPlainText() == first.description
    assert page.origin_label.text() == "card: " + " ".join(cards[first.card_id].text.split())
    assert page.count_label.text() == "10 project(s)"


def test_costs_in_german(qtbot, window: MainWindow, demo_path: Path, german) -> None:
    page = open_projects(qtbot, window, demo_path)
    assert column(page, T.COST)[0].replace("\xa0", " ") == "60.000 €"
    assert page.cost_edit.text() == "60.000"
    type_into(qtbot, page.cost_edit, "1.250.000")
    settle(qtbot)
    assert catalogue_file(demo_path).projects[0].cost == 1250000
    assert column(page, T.COST)[0].replace("\xa0", " ") == "1.250.000 €"


def click_header(qtbot, page: ProjectsPage, col: int) -> None:
    header = page.view.horizontalHeader()
    x = header.sectionViewportPosition(col) + header.sectionSize(col) // 2
    qtbot.mouseClick(
        header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, header.height() // 2)
    )
    settle(qtbot)


def test_sorting_by_cost_is_by_amount_and_a_third_click_restores_the_order(
    qtbot, window: MainWindow, demo_path: Path, english
) -> None:
    page = open_projects(qtbot, window, demo_path)
    disk = catalogue_file(demo_path)
    assert page.up_button.isEnabled() is False  # the first row: nothing above
    assert page.down_button.isEnabled()

    click_header(qtbot, page, T.COST)
    by_cost = sorted(disk.projects, key=lambda p: p.cost)
    assert column(page, T.TITLE) == [p.title for p in by_cost]  # €80,000 before €120,000
    assert not page.down_button.isEnabled()  # sorted: the list's own order is hidden
    click_header(qtbot, page, T.COST)
    assert column(page, T.TITLE) == [p.title for p in reversed(by_cost)]
    click_header(qtbot, page, T.COST)
    assert column(page, T.TITLE) == disk.titles()

    click_header(qtbot, page, T.STATUS)  # in the order of the process, not alphabetical
    order = list(ProjectStatus)
    assert column(page, T.STATUS, SORT_ROLE) == sorted(
        order.index(ProjectStatus(p.status)) for p in disk.projects
    )


def test_filters_by_field_and_status_and_search(
    qtbot, window: MainWindow, demo_path: Path, english
) -> None:
    page = open_projects(qtbot, window, demo_path)
    disk = catalogue_file(demo_path)
    fields = {f.title: f.id for f in window.document.fields_of_action()}

    choose(qtbot, page.field_filter, "Infrastruktur")
    wanted = [p.title for p in disk.projects if p.field_id == fields["Infrastruktur"]]
    assert len(wanted) == 3
    assert column(page, T.TITLE) == wanted
    assert page.count_label.text() == f"3 of {len(disk.projects)}"
    assert page.title_edit.text() == wanted[0]  # the form follows the table

    choose(qtbot, page.status_filter, "Idea")
    assert column(page, T.TITLE) == [
        p.title
        for p in disk.projects
        if p.field_id == fields["Infrastruktur"] and p.status == "idea"
    ]
    choose(qtbot, page.field_filter, "No field of action")
    assert column(page, T.TITLE) == [
        p.title for p in disk.projects if p.field_id is None and p.status == "idea"
    ]
    choose(qtbot, page.field_filter, "Any field of action")
    choose(qtbot, page.status_filter, "Any status")
    assert column(page, T.TITLE) == disk.titles()

    focus(qtbot, page.search)
    qtbot.keyClicks(page.search, "stadtwerke")
    assert column(page, T.TITLE) == [p.title for p in disk.projects if "Stadtwerke" in p.owner]
    page.search.clear()
    qtbot.keyClicks(page.search, "Sensor")  # in descriptions and origins too
    assert column(page, T.TITLE) == [
        p.title for p in disk.projects if "ensor" in p.title + p.description
    ]


# -- editing ---------------------------------------------------------------------------------


def test_add_edit_undo_and_redo_a_project(
    qtbot, window: MainWindow, demo_path: Path, english
) -> None:
    page = open_projects(qtbot, window, demo_path)
    before = catalogue_file(demo_path)

    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    settle(qtbot)
    disk = catalogue_file(demo_path)
    assert len(disk.projects) == len(before.projects) + 1
    new = disk.projects[-1]
    assert (new.title, new.status, new.cost, new.field_id) == ("New project", "idea", None, None)
    assert page.current_id() == new.id
    assert page.title_edit.hasFocus()
    assert projects_entry(window) == f"Projects ({len(disk.projects)})"

    type_text(qtbot, page.title_edit, "Smarte Mülltonnen")  # umlauts as a keyboard sends them
    qtbot.keyClick(page.title_edit, Qt.Key.Key_Return)
    type_into(qtbot, page.owner_edit, "Stadtreinigung")
    focus(qtbot, page.cost_edit)
    qtbot.keyClick(page.cost_edit, Qt.Key.Key_A, CTRL)
    type_text(qtbot, page.cost_edit, "€75,000")
    qtbot.keyClick(page.cost_edit, Qt.Key.Key_Return)
    choose(qtbot, page.field_combo, "Umwelt")
    choose(qtbot, page.status_combo, "Selected")
    focus(qtbot, page.description_edit)
    qtbot.keyClicks(page.description_edit, "Fuellstandsensoren in 200 Containern")
    focus(qtbot, page.title_edit)  # leaving the description commits it
    settle(qtbot)

    fields = {f.title: f.id for f in window.document.fields_of_action()}
    p = catalogue_file(demo_path).project(new.id)
    assert p.title == "Smarte Mülltonnen"
    assert p.owner == "Stadtreinigung"
    assert p.cost == 75000
    assert p.field_id == fields["Umwelt"]
    assert p.status == "selected"
    assert p.description == "Fuellstandsensoren in 200 Containern"
    row = column(page, T.TITLE).index("Smarte Mülltonnen")
    assert column(page, T.COST)[row] == "€75,000"
    assert column(page, T.STATUS)[row] == "Selected"
    assert column(page, T.FIELD)[row] == "Umwelt"
    assert page.cost_edit.text() == "75,000"

    for _ in range(6):
        undo(qtbot, window)
    assert catalogue_file(demo_path).project(new.id).title == "New project"
    undo(qtbot, window)
    assert catalogue_file(demo_path).projects == before.projects
    for _ in range(7):
        redo(qtbot, window)
    assert catalogue_file(demo_path).project(new.id) == p


def test_a_bad_cost_and_an_empty_title_are_refused_with_a_message(
    qtbot, window: MainWindow, demo_path: Path, english
) -> None:
    page = open_projects(qtbot, window, demo_path)
    before = catalogue_file(demo_path)
    first = before.projects[0]

    type_into(qtbot, page.cost_edit, "viel Geld")
    settle(qtbot)
    assert page.message.isVisible()
    assert "“viel Geld” is not an amount" in page.message.text()
    assert page.cost_edit.text() == "60,000"
    assert catalogue_file(demo_path) == before
    assert not window.undo_action.isEnabled()

    type_into(qtbot, page.title_edit, " ")
    settle(qtbot)
    assert "needs a title" in page.message.text()
    assert first.title in page.message.text()
    assert page.title_edit.text() == first.title
    assert catalogue_file(demo_path) == before

    # the cost in the table cell: F2, type, Enter
    page.view.setCurrentIndex(page.view.model().index(0, T.COST))
    focus(qtbot, page.view)
    qtbot.keyClick(page.view, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit)
    assert editor.text() == "60,000"
    qtbot.keyClick(editor, Qt.Key.Key_A, CTRL)
    qtbot.keyClicks(editor, "zwei Euro")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    settle(qtbot)
    assert "“zwei Euro” is not an amount" in page.message.text()
    assert catalogue_file(demo_path) == before

    # an empty cost is "not known yet"
    focus(qtbot, page.cost_edit)
    qtbot.keyClick(page.cost_edit, Qt.Key.Key_A, CTRL)
    qtbot.keyClick(page.cost_edit, Qt.Key.Key_Delete)
    qtbot.keyClick(page.cost_edit, Qt.Key.Key_Return)
    settle(qtbot)
    assert not page.message.isVisible()
    assert catalogue_file(demo_path).project(first.id).cost is None
    assert column(page, T.COST)[0] == ""
    assert page.cost_edit.placeholderText() == "not known yet"


def test_f2_renames_a_project_in_place(qtbot, window: MainWindow, demo_path: Path) -> None:
    page = open_projects(qtbot, window, demo_path)
    project_id = select_title(qtbot, page, "LoRaWAN-Netz")
    focus(qtbot, page.view)
    qtbot.keyClick(page.view, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit)
    qtbot.keyClick(editor, Qt.Key.Key_A, CTRL)
    qtbot.keyClicks(editor, "LoRaWAN fuer die ganze Stadt")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    settle(qtbot)
    assert catalogue_file(demo_path).project(project_id).title == "LoRaWAN fuer die ganze Stadt"
    assert page.title_edit.text() == "LoRaWAN fuer die ganze Stadt"
    assert page.current_id() == project_id


def test_deleting_a_scored_project_names_the_weighting(
    qtbot, window: MainWindow, demo_path: Path, fake_dialogs: FakeDialogs
) -> None:
    page = open_projects(qtbot, window, demo_path)
    before = catalogue_file(demo_path)
    weighting = before.weightings[0]
    scored = before.project(weighting.project_ids[0])
    assert [s for s in before.scores[weighting.id] if s.project_id == scored.id]
    select_title(qtbot, page, scored.title)

    fake_dialogs.answer_confirm(False, True)
    focus(qtbot, page.view)
    qtbot.keyClick(page.view, Qt.Key.Key_Delete)
    assert weighting.title in fake_dialogs.calls[-1].text
    assert catalogue_file(demo_path) == before
    qtbot.keyClick(page.view, Qt.Key.Key_Delete)
    settle(qtbot)
    disk = catalogue_file(demo_path)
    assert scored.id not in [p.id for p in disk.projects]
    assert not [s for s in disk.scores[weighting.id] if s.project_id == scored.id]
    assert scored.title not in column(page, T.TITLE)
    undo(qtbot, window)
    assert catalogue_file(demo_path) == before

    unscored = next(p for p in before.projects if p.id not in weighting.project_ids)
    select_title(qtbot, page, unscored.title)
    qtbot.mouseClick(page.delete_button, Qt.MouseButton.LeftButton)  # nothing to ask
    settle(qtbot)
    assert unscored.id not in [p.id for p in catalogue_file(demo_path).projects]


def test_moving_a_project_past_the_neighbour_shown(
    qtbot, window: MainWindow, demo_path: Path
) -> None:
    page = open_projects(qtbot, window, demo_path)
    titles = catalogue_file(demo_path).titles()
    select_title(qtbot, page, titles[3])
    focus(qtbot, page.view)
    qtbot.keyClick(page.view, Qt.Key.Key_Up, ALT)
    settle(qtbot)
    moved = [titles[0], titles[1], titles[3], titles[2], *titles[4:]]
    assert catalogue_file(demo_path).titles() == moved
    assert page.title_edit.text() == titles[3]
    # filtered: it moves past the next project shown, not past a hidden one
    choose(qtbot, page.field_filter, "Infrastruktur")
    shown = column(page, T.TITLE)
    select_title(qtbot, page, shown[0])
    focus(qtbot, page.view)
    qtbot.keyClick(page.view, Qt.Key.Key_Down, ALT)
    settle(qtbot)
    assert column(page, T.TITLE) == [shown[1], shown[0], *shown[2:]]
    undo(qtbot, window)
    undo(qtbot, window)
    assert catalogue_file(demo_path).titles() == titles


# -- from the board and back -----------------------------------------------------------------


def test_a_project_from_a_card_keeps_the_link_and_leads_back_to_the_board(
    qtbot, window: MainWindow, demo_path: Path
) -> None:
    assert window.open_path(demo_path)
    node = board_node(window)
    show_node(qtbot, window, node)
    board_page = current_page(window)
    assert isinstance(board_page, BoardPage)
    qtbot.waitUntil(lambda: board_page.view.zoom() < 1, timeout=2000)
    board = board_file(demo_path, node.id)
    linked = {p.card_id for p in catalogue_file(demo_path).projects}
    card = next(c for c in board.loose() if c.id not in linked)
    click(board_page.view, centre_of(card))
    assert board_page.scene.selected_card_ids() == [card.id]

    menu = board_page.build_context_menu(centre_of(card))
    assert "Create project from cluster" not in [a.text() for a in menu.actions()]
    menu_action(menu, "Create project from card").trigger()
    settle(qtbot)

    disk = catalogue_file(demo_path)
    project = disk.projects[-1]
    assert project.card_id == card.id
    assert project.title == " ".join(card.text.split())
    page = current_page(window)
    assert isinstance(page, ProjectsPage)  # the projects page opens at the new project
    intro = next(x.text() for x in page.findChildren(QLabel) if "right-click" in x.text())
    # the intro says the way just taken, in the menu's own words
    assert "right-click a card or cluster ▸ Create project from card" in intro
    assert nav_selected(window) == Node("projects")
    assert page.current_id() == project.id
    assert page.title_edit.text() == project.title
    assert column(page, T.ORIGIN)[-1].startswith("card: ")

    qtbot.mouseClick(page.board_button, Qt.MouseButton.LeftButton)
    settle(qtbot)
    back = current_page(window)
    assert isinstance(back, BoardPage)
    assert back.board_id == node.id
    assert nav_selected(window) == node

    undo(qtbot, window)
    assert catalogue_file(demo_path).projects == disk.projects[:-1]


def test_a_project_from_a_cluster_takes_its_field_and_cards(
    qtbot, window: MainWindow, demo_path: Path, fake_dialogs: FakeDialogs
) -> None:
    assert window.open_path(demo_path)
    node = board_node(window)
    show_node(qtbot, window, node)
    board_page = current_page(window)
    assert isinstance(board_page, BoardPage)
    qtbot.waitUntil(lambda: board_page.view.zoom() < 1, timeout=2000)
    board = board_file(demo_path, node.id)
    before = catalogue_file(demo_path)
    made = {p.cluster_id for p in before.projects}
    cluster = next(c for c in board.clusters.values() if board.fields_of(c.id) and c.id not in made)
    click(board_page.view, header_of(cluster))
    menu = board_page.build_context_menu(header_of(cluster))
    assert "Create project from card" not in [a.text() for a in menu.actions()]
    menu_action(menu, "Create project from cluster").trigger()
    settle(qtbot)

    project = catalogue_file(demo_path).projects[-1]
    assert project.cluster_id == cluster.id
    assert project.card_id is None
    assert project.title == cluster.title
    assert project.field_id == board.fields_of(cluster.id)[0].id
    for card in board.members(cluster.id):
        assert card.text in project.description
    page = current_page(window)
    assert isinstance(page, ProjectsPage)
    assert page.current_id() == project.id
    assert page.origin_label.text() == f"cluster: {cluster.title}"

    # a second project from the same cluster is asked about
    show_node(qtbot, window, node)
    board_page = current_page(window)
    assert isinstance(board_page, BoardPage)
    click(board_page.view, header_of(cluster))
    fake_dialogs.answer_confirm(False)
    menu_action(
        board_page.build_context_menu(header_of(cluster)), "Create project from cluster"
    ).trigger()
    assert project.title in fake_dialogs.calls[-1].text
    assert len(catalogue_file(demo_path).projects) == len(before.projects) + 1


def test_the_fields_page_lists_each_fields_projects(
    qtbot, window: MainWindow, demo_path: Path, english
) -> None:
    assert window.open_path(demo_path)
    show_node(qtbot, window, Node("fields"))
    page = current_page(window)
    assert isinstance(page, FieldsPage)
    disk = catalogue_file(demo_path)
    for row in range(page.list.count()):
        page.list.setCurrentRow(row)
        field_id = page.current_field_id()
        listed = [
            (page.projects.topLevelItem(i).text(0), page.projects.topLevelItem(i).text(1))
            for i in range(page.projects.topLevelItemCount())
        ]
        assert listed == [
            (p.title, p.status.replace("_", " ").capitalize())
            for p in disk.projects
            if p.field_id == field_id
        ]
    infrastructure = [p for p in disk.projects if p.field_id == 2]
    assert len(infrastructure) == 3
    # a change to a project shows at once
    window.document.push(
        wops.edit_project(window.document, infrastructure[0].id, {"status": "done"})
    )
    page.list.setCurrentRow([f.id for f in window.document.fields_of_action()].index(2))
    assert page.projects.topLevelItem(0).text(1) == "Done"


def test_show_on_board_for_a_project_from_a_cluster(
    qtbot, window: MainWindow, demo_path: Path
) -> None:
    page = open_projects(qtbot, window, demo_path)
    project = next(p for p in catalogue_file(demo_path).projects if p.cluster_id and not p.card_id)
    select_title(qtbot, page, project.title)
    origin = window.document.cluster_origin(project.cluster_id)
    assert page.board_button.isEnabled()
    assert origin["board_title"] in page.board_button.toolTip()
    qtbot.mouseClick(page.board_button, Qt.MouseButton.LeftButton)
    settle(qtbot)
    board = current_page(window)
    assert isinstance(board, BoardPage)
    assert board.board_id == origin["board_id"]
    assert nav_selected(window) == Node("board", origin["board_id"], origin["workshop_id"])


def test_a_project_typed_in_here_has_no_board_to_show(
    qtbot, window: MainWindow, demo_path: Path
) -> None:
    page = open_projects(qtbot, window, demo_path)
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    settle(qtbot)
    assert page.origin_label.text() == "entered here (not from a board)"
    assert not page.board_button.isEnabled()


def test_read_only_projects_cannot_be_changed(qtbot, window: MainWindow, demo_path: Path) -> None:
    window.set_document(ProjectDocument.open(demo_path, read_only=True))
    page = show_projects(qtbot, window)
    assert not page.add_button.isEnabled()
    assert not page.delete_button.isEnabled()
    assert page.title_edit.isReadOnly()
    assert page.cost_edit.isReadOnly()
    assert not page.status_combo.isEnabled()
    assert page.board_button.isEnabled()  # looking is fine
    index = page.view.model().index(0, T.TITLE)
    assert not page.view.model().flags(index) & Qt.ItemFlag.ItemIsEditable

"""Importing survey exports onto a board: the file picker, the preview dialog, the message, and
the cards in the `.scw` file (RELIABILITY.md, R14: imported correctly, or refused clearly and
nothing changed; one undo step removes a whole import).
"""

from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook
from PySide6.QtWidgets import QLabel
from test_ui_board import BoardFile, board_file, board_node, open_board, rect_of, show_node
from ui_helpers import FakeDialogs, current_page, sha256

from smartcity_desktop.document import ProjectDocument
from smartcity_desktop.domain.model import CardSource
from smartcity_desktop.ui.board_page import BoardPage
from smartcity_desktop.ui.import_dialog import ImportDialog
from smartcity_desktop.ui.main_window import MainWindow


def test_the_import_button_asks_for_a_file(
    qtbot, window: MainWindow, demo_path: Path, fake_dialogs: FakeDialogs
) -> None:
    page = open_board(qtbot, window, demo_path)
    before = sha256(demo_path)
    fake_dialogs.answer_open_path(None)  # the moderator cancels the file picker

    page.import_action.trigger()

    [asked] = [c for c in fake_dialogs.calls if c.kind == "open_path"]
    assert asked.title == "Import ideas"
    assert sha256(demo_path) == before


# A survey export as Excel on Windows writes it: Windows-1252, semicolons, German dates.
SURVEY = (
    "Zeitstempel;Altersgruppe;Ihre Idee für Musterstadt?;Stadtteil\r\n"
    "03.03.2025 09:12;30-44;Trinkbrunnen in der Fußgängerzone mit Füllstandsanzeige;Altstadt\r\n"
    "03.03.2025 09:20;60+;Öffentliche Toiletten digital auffindbar machen – mit Öffnungszeiten;"
    "Weststadt\r\n"
    "03.03.2025 09:31;18-29;„Smarte“ Mülleimer, die melden, wenn sie voll sind (ca. 5.000 €);"
    "Oststadt\r\n"
    "03.03.2025 09:40;45-59;;Altstadt\r\n"
    "03.03.2025 09:45;30-44;Mehr kostenloses WLAN in der Innenstadt;Altstadt\r\n"
    "03.03.2025 09:50;18-29;trinkbrunnen in der Fussgängerzone mit Füllstandsanzeige!;Oststadt\r\n"
)
NEW_TEXTS = [
    "Trinkbrunnen in der Fußgängerzone mit Füllstandsanzeige",
    "Öffentliche Toiletten digital auffindbar machen – mit Öffnungszeiten",
    "„Smarte“ Mülleimer, die melden, wenn sie voll sind (ca. 5.000 €)",
]
NEW_TAGS = [
    (("Altersgruppe", "30-44"), ("Stadtteil", "Altstadt")),
    (("Altersgruppe", "60+"), ("Stadtteil", "Weststadt")),
    (("Altersgruppe", "18-29"), ("Stadtteil", "Oststadt")),
]


def survey_csv(folder: Path) -> Path:
    path = folder / "umfrage.csv"
    path.write_bytes(SURVEY.encode("cp1252"))
    return path


def start_import(page: BoardPage) -> None:
    """What the Import… button calls. (The button itself is tested on its own below: it
    passes QAction's `checked` flag on as the file path.)"""
    page.import_file()


def new_cards(before: BoardFile, after: BoardFile) -> list:
    return [after.cards[i] for i in sorted(set(after.cards) - set(before.cards))]


def test_importing_a_windows_1252_semicolon_csv(
    qtbot, window: MainWindow, demo_path: Path, fake_dialogs: FakeDialogs, tmp_path: Path
) -> None:
    page = open_board(qtbot, window, demo_path)
    before = board_file(demo_path, page.board_id)
    assert "Mehr kostenloses WLAN in der Innenstadt" in {c.text for c in before.cards.values()}
    seen: dict[str, object] = {}

    def fill_in(dialog: ImportDialog) -> bool:
        info = dialog.findChild(QLabel, "importInfo").text()
        seen["info"] = info
        seen["rows"] = dialog.preview.rowCount()
        seen["first"] = dialog.preview.item(0, 2).text()
        seen["guessed"] = dialog.text_column.currentData()
        dialog.set_tag_columns([1, 3])
        seen["tags"] = dialog.chosen_tag_columns()
        seen["summary"] = dialog.findChild(QLabel, "importSummary").text()
        return True

    source = survey_csv(tmp_path)
    fake_dialogs.answer_open_path(source).answer_run(fill_in)
    start_import(page)

    assert "cp1252" in seen["info"]
    assert "semicolon" in seen["info"]
    assert "6 row(s)" in seen["info"]
    assert seen["rows"] == 6
    assert seen["first"] == NEW_TEXTS[0]  # umlauts and ß read right
    assert seen["guessed"] == 2  # the free-text column, not the date or the age group
    assert seen["tags"] == [1, 3]
    assert seen["summary"] == "3 new card(s) · 1 empty row(s) skipped · 2 duplicate(s) skipped"
    [message] = fake_dialogs.take("info")
    assert message.text == "3 card(s) added\n1 empty row(s) skipped\n2 duplicate(s) skipped"

    after = board_file(demo_path, page.board_id)
    added = new_cards(before, after)
    assert [c.text for c in added] == NEW_TEXTS
    assert [c.tags for c in added] == NEW_TAGS
    assert {c.source for c in added} == {CardSource.SURVEY}
    # the new cards sit together in an import area named after the file
    [area_id] = {c.cluster_id for c in added}
    assert area_id is not None
    assert area_id not in before.clusters
    area = page.scene.clusters[area_id].cluster
    assert area.is_area
    assert source.name in area.title
    old = [rect_of(c) for c in before.cards.values()]
    old += [page.scene.clusters[cid].sceneBoundingRect() for cid in before.clusters]
    assert not any(rect_of(c).intersects(r) for c in added for r in old)  # in free space
    assert sorted(page.scene.selected_card_ids()) == [c.id for c in added]
    assert window.document.undo_stack.count() == 1

    window.undo_action.trigger()  # one step takes the whole import back
    assert board_file(demo_path, page.board_id) == before
    assert not set(page.scene.cards) - set(before.cards)
    window.redo_action.trigger()
    assert board_file(demo_path, page.board_id) == after


def test_cancelling_the_import_changes_nothing(
    qtbot, window: MainWindow, demo_path: Path, fake_dialogs: FakeDialogs, tmp_path: Path
) -> None:
    page = open_board(qtbot, window, demo_path)
    before = sha256(demo_path)

    fake_dialogs.answer_open_path(None)  # the file picker cancelled
    start_import(page)
    fake_dialogs.answer_open_path(survey_csv(tmp_path)).answer_run(lambda dialog: False)
    start_import(page)

    assert sha256(demo_path) == before
    assert window.document.undo_stack.count() == 0
    assert fake_dialogs.take("info") == []


def test_a_binary_file_named_csv_is_refused(
    qtbot, window: MainWindow, demo_path: Path, fake_dialogs: FakeDialogs, tmp_path: Path
) -> None:
    page = open_board(qtbot, window, demo_path)
    fake = tmp_path / "antworten.csv"
    fake.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 40)
    before = sha256(demo_path)

    fake_dialogs.answer_open_path(fake)
    start_import(page)

    [warning] = fake_dialogs.take("warn")
    assert "antworten.csv" in warning.text
    assert "not a table" in warning.text
    assert sha256(demo_path) == before
    assert window.document.undo_stack.count() == 0


def test_a_csv_with_only_a_header_row_is_refused(
    qtbot, window: MainWindow, demo_path: Path, fake_dialogs: FakeDialogs, tmp_path: Path
) -> None:
    page = open_board(qtbot, window, demo_path)
    path = tmp_path / "leer.csv"
    path.write_text("Zeitstempel;Ihre Idee\r\n", encoding="utf-8")
    before = sha256(demo_path)

    fake_dialogs.answer_open_path(path)
    start_import(page)

    [warning] = fake_dialogs.take("warn")
    assert "leer.csv" in warning.text
    assert "no data rows" in warning.text
    assert sha256(demo_path) == before


def test_an_excel_workbook_imports_too(
    qtbot, window: MainWindow, demo_path: Path, fake_dialogs: FakeDialogs, tmp_path: Path
) -> None:
    page = open_board(qtbot, window, demo_path)
    before = board_file(demo_path, page.board_id)
    workbook = Workbook()
    sheet = workbook.active
    sheet.append(["Nr.", "Ihre Idee", "Ortsteil"])
    sheet.append([1, "Sensoren melden freie Ladesäulen in Echtzeit", "Nordstadt"])
    sheet.append([2, "Kostenlose Kurse zur digitalen Verwaltung für Senioren", "Südstadt"])
    path = tmp_path / "umfrage.xlsx"
    workbook.save(path)
    seen: dict[str, object] = {}

    def fill_in(dialog: ImportDialog) -> bool:
        seen["info"] = dialog.findChild(QLabel, "importInfo").text()
        seen["guessed"] = dialog.text_column.currentData()
        dialog.set_tag_columns([2])
        return True

    fake_dialogs.answer_open_path(path).answer_run(fill_in)
    start_import(page)

    assert "Excel workbook" in seen["info"]
    assert seen["guessed"] == 1
    [message] = fake_dialogs.take("info")
    assert message.text.startswith("2 card(s) added")
    added = new_cards(before, board_file(demo_path, page.board_id))
    assert [(c.text, c.tags) for c in added] == [
        ("Sensoren melden freie Ladesäulen in Echtzeit", (("Ortsteil", "Nordstadt"),)),
        ("Kostenlose Kurse zur digitalen Verwaltung für Senioren", (("Ortsteil", "Südstadt"),)),
    ]
    window.undo_action.trigger()
    assert board_file(demo_path, page.board_id) == before


def test_a_read_only_project_offers_no_import(
    qtbot, window: MainWindow, demo_path: Path, fake_dialogs: FakeDialogs
) -> None:
    before = sha256(demo_path)
    window.set_document(ProjectDocument.open(demo_path, read_only=True))
    show_node(window, board_node(window))
    page = current_page(window)
    assert isinstance(page, BoardPage)

    assert not page.import_action.isEnabled()
    for action in (page.new_card_action, page.cluster_action, page.duplicates_action):
        assert not action.isEnabled()
    page.import_action.trigger()  # a disabled button does nothing

    assert sha256(demo_path) == before
    assert fake_dialogs.calls == []

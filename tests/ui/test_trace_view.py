"""Where a field of action or a project came from (TraceView), checked against the demo project.

The expected numbers are counted here with plain SQL on the `.scw` file, independently of the
app's own reading of it. Before counting, the demo gets what it lacks: a merged duplicate, a
closed round on cards with ballots and paper counts, and an open round whose dots must not
count yet.
"""

from __future__ import annotations

import sqlite3
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QApplication
from test_ui_criteria import show_node
from ui_helpers import current_page, open_demo

from smartcity_desktop.document import ProjectDocument, board_ops, strategy_ops
from smartcity_desktop.domain.traceability import SOURCE_ORDER
from smartcity_desktop.ui.fields_page import FieldsPage
from smartcity_desktop.ui.main_window import MainWindow
from smartcity_desktop.ui.navigator import Node
from smartcity_desktop.ui.projects_page import ProjectsPage
from smartcity_desktop.ui.trace_view import TraceDialog, TraceView

# -- the demo, made richer, and counted with SQL ---------------------------------------------


def enrich(path: Path) -> None:
    """A merged duplicate, a closed card round (ballots + paper) and an open round."""
    with sqlite3.connect(path) as db:
        field_cards = [
            r[0]
            for r in db.execute(
                "SELECT c.id FROM cards c JOIN field_clusters fc ON fc.cluster_id = c.cluster_id "
                "ORDER BY c.id"
            )
        ]
        first, second = field_cards[0], field_cards[-1]
        db.execute(
            "UPDATE cards SET merged = ? WHERE id = ?",
            (
                '[{"text": "Doppelt", "source": "interview"}, {"text": "Auch", "source": "own"}]',
                first,
            ),
        )
        board = db.execute("SELECT board_id FROM cards WHERE id = ?", (first,)).fetchone()[0]
        for state, green, red in (("closed", 3, 1), ("open", 50, 50)):
            rid = db.execute(
                "INSERT INTO voting_rounds (board_id, title, target, red_dots, state) "
                "VALUES (?, ?, 'cards', 1, ?)",
                (board, f"Karten {state}", state),
            ).lastrowid
            options = [
                db.execute(
                    "INSERT INTO round_options (round_id, card_id, label, position) "
                    "VALUES (?, ?, 'x', ?)",
                    (rid, card, i),
                ).lastrowid
                for i, card in enumerate((first, second))
            ]
            ballot = db.execute(
                "INSERT INTO ballots (round_id, voter_no) VALUES (?, 1)", (rid,)
            ).lastrowid
            abstained = db.execute(
                "INSERT INTO ballots (round_id, voter_no, abstained) VALUES (?, 2, 1)", (rid,)
            ).lastrowid
            for option in options:
                db.execute(
                    "INSERT INTO ballot_dots (ballot_id, option_id, green, red) VALUES (?,?,?,?)",
                    (ballot, option, green, red),
                )
                db.execute(
                    "INSERT INTO ballot_dots (ballot_id, option_id, green, red) VALUES (?,?,?,?)",
                    (abstained, option, 100, 100),
                )
            db.execute(
                "INSERT INTO paper_counts (round_id, option_id, green, red) VALUES (?, ?, 2, 0)",
                (rid, options[1]),
            )
    db.close()


@dataclass
class Expected:
    title: str
    cluster_ids: list[int]
    card_texts: dict[int, list[str]]  # cluster id -> card texts, by card id
    ideas: int
    sources: Counter
    green: int
    red: int
    projects: int


def _ids(values: list[int]) -> str:
    return ",".join(str(v) for v in values) or "NULL"


def counted(path: Path) -> list[Expected]:
    """Every field of action, counted with SQL on the file."""
    db = sqlite3.connect(path)
    try:
        result = []
        for fid, title in db.execute(
            "SELECT id, title FROM fields_of_action ORDER BY position, id"
        ).fetchall():
            clusters = [
                r[0]
                for r in db.execute(
                    "SELECT cluster_id FROM field_clusters WHERE field_id = ? ORDER BY id", (fid,)
                )
            ]
            cards = db.execute(
                f"SELECT id, cluster_id, text, source FROM cards WHERE cluster_id IN "
                f"({_ids(clusters)}) ORDER BY id"
            ).fetchall()
            card_ids = [c[0] for c in cards]
            sources = Counter(c[3] for c in cards)
            for (source,) in db.execute(
                f"SELECT json_extract(m.value, '$.source') FROM cards, json_each(cards.merged) m "
                f"WHERE cards.id IN ({_ids(card_ids)})"
            ):
                sources[source] += 1
            on = (
                f"JOIN round_options o ON o.id = x.option_id "
                f"JOIN voting_rounds r ON r.id = o.round_id "
                f"WHERE r.state IN ('closed', 'revealed') AND "
                f"(o.cluster_id IN ({_ids(clusters)}) OR o.card_id IN ({_ids(card_ids)})) "
                # a second round on a shortlist adds nothing to the counted first round's dots
                "AND NOT (o.previous_option_id IS NOT NULL AND o.previous_option_id IN "
                "(SELECT p.id FROM round_options p JOIN voting_rounds pr ON pr.id = p.round_id "
                "WHERE pr.state IN ('closed', 'revealed')))"
            )
            ballots = db.execute(
                "SELECT coalesce(sum(x.green), 0), coalesce(sum(x.red), 0) FROM ballot_dots x "
                "JOIN ballots b ON b.id = x.ballot_id AND b.abstained = 0 " + on
            ).fetchone()
            paper = db.execute(
                "SELECT coalesce(sum(x.green), 0), coalesce(sum(x.red), 0) FROM paper_counts x "
                + on
            ).fetchone()
            projects = db.execute(
                "SELECT count(*) FROM projects WHERE field_id = ?", (fid,)
            ).fetchone()[0]
            result.append(
                Expected(
                    title=title,
                    cluster_ids=clusters,
                    card_texts={cid: [c[2] for c in cards if c[1] == cid] for cid in clusters},
                    ideas=sum(sources.values()),
                    sources=sources,
                    green=ballots[0] + paper[0],
                    red=ballots[1] + paper[1],
                    projects=projects,
                )
            )
        return result
    finally:
        db.close()


@pytest.fixture
def rich_demo(demo_path: Path) -> Path:
    enrich(demo_path)
    return demo_path


@pytest.fixture
def counts(rich_demo: Path) -> list[Expected]:
    """Counted before the app opens the file (it holds it locked while open)."""
    return counted(rich_demo)


@pytest.fixture
def document(qapp, rich_demo: Path, counts: list[Expected]) -> Iterator[ProjectDocument]:
    doc = ProjectDocument.open(rich_demo)
    yield doc
    doc.close()


@pytest.fixture
def view(qtbot, document: ProjectDocument) -> Iterator[TraceView]:
    widget = TraceView(document)
    qtbot.addWidget(widget)
    widget.resize(1000, 600)
    widget.show()
    yield widget
    widget.close()


def field_ids(document: ProjectDocument) -> list[int]:
    return [f.id for f in document.fields_of_action()]


# -- a field's trace ---------------------------------------------------------------------------


def test_the_enriched_demo_has_what_the_counts_must_cover(counts: list[Expected]) -> None:
    expected = counts
    assert len(expected) == 5
    assert any(e.sources["own"] for e in expected)  # the merged duplicate
    assert all(e.cluster_ids for e in expected)
    assert sum(e.red for e in expected) > 0
    assert max(e.green for e in expected) < 50  # the open round's dots are not in


def test_each_fields_headline_counts_ideas_sources_dots_and_projects(
    view: TraceView, document: ProjectDocument, counts: list[Expected]
) -> None:
    for fid, e in zip(field_ids(document), counts, strict=True):
        view.show_field(fid)
        dots = f"{e.green} green and {e.red} red dot(s)" if e.red else f"{e.green} green dot(s)"
        assert view.headline.text() == (
            f"{e.title}: {e.ideas} idea(s) from {len(+e.sources)} source(s), {dots}, "
            f"{e.projects} project(s)"
        )


def test_a_fields_trace_lists_its_clusters_their_cards_sources_and_projects(
    view: TraceView, document: ProjectDocument, counts: list[Expected]
) -> None:
    fid = field_ids(document)[0]
    e = counts[0]

    view.show_field(fid)

    tree = view.tree
    clusters = [tree.topLevelItem(i) for i in range(len(e.cluster_ids))]
    assert [c.data(0, Qt.ItemDataRole.UserRole) for c in clusters] == e.cluster_ids
    for item, cid in zip(clusters, e.cluster_ids, strict=True):
        texts = [item.child(i).text(TraceView.TEXT) for i in range(item.childCount())]
        assert texts == e.card_texts[cid]
        assert f"({len(texts)} card(s))" in item.text(TraceView.TEXT)
        # the second line says where the cluster lies: workshop and board
        workshop_line = item.text(TraceView.TEXT).split("\n")[1]
        assert "▸" in workshop_line
    first_card = clusters[0].child(0)
    # the merged duplicates' sources are named with the card's own
    assert first_card.text(TraceView.SOURCE).endswith("; merged: Interview, Own idea")
    assert first_card.text(TraceView.GREEN_DOTS) == "3"
    assert first_card.text(TraceView.RED_DOTS) == "1"
    projects = tree.topLevelItem(tree.topLevelItemCount() - 1)
    assert projects.text(0) == f"Projects in this field ({e.projects})"
    facts = document.trace_facts()
    assert facts.agreed_weighting_id is not None  # the demo names its agreed weighting
    agreed = {s.project_id: s for s in facts.scores if s.weighting_id == facts.agreed_weighting_id}
    wanted = []
    for p in document.projects():
        if p.field_id != fid:
            continue
        s = agreed.get(p.id)
        if s is None:
            wanted.append(p.title)
        elif s.excluded:
            wanted.append(f"{p.title} — agreed weighting: excluded by K.O. criterion")
        else:
            utility = QLocale().toString(s.utility, "f", 2)
            wanted.append(f"{p.title} — agreed weighting: {utility}, rank {s.rank} of {s.ranked}")
    assert [projects.child(i).text(0) for i in range(projects.childCount())] == wanted
    assert any("agreed weighting" in w for w in wanted)
    assert view.tree.isVisibleTo(view)
    assert not view.table.isVisibleTo(view)


# -- the summary table -------------------------------------------------------------------------


def test_the_summary_has_a_row_per_field_and_a_bold_total_that_adds_them_up(
    view: TraceView, counts: list[Expected]
) -> None:
    view.show_summary()
    expected = counts

    cells = view.summary_cells()
    header = [view.table.horizontalHeaderItem(c).text() for c in range(view.table.columnCount())]
    assert header == [
        "Field of action",
        "Ideas",
        "Survey",
        "Interview",
        "Workshop",
        "Best practice",
        "Own idea",
        "Green",
        "Red",
        "Projects",
    ]
    assert len(cells) == len(expected) + 1
    for row, e in zip(cells, expected, strict=False):
        assert row == [
            e.title,
            str(e.ideas),
            *(str(e.sources[s]) for s in SOURCE_ORDER),
            str(e.green),
            str(e.red),
            str(e.projects),
        ]
    total = cells[-1]
    assert total[0] == "Total"
    for column in range(1, len(header)):
        assert int(total[column]) == sum(int(row[column]) for row in cells[:-1])
    last = view.table.rowCount() - 1
    assert all(view.table.item(last, c).font().bold() for c in range(len(header)))
    assert not view.table.item(0, 0).font().bold()
    ideas = sum(e.ideas for e in expected)
    assert view.headline.text().startswith(f"The whole strategy: {ideas} idea(s) from ")


# -- a project's trace -------------------------------------------------------------------------


def test_a_projects_trace_shows_its_card_and_its_scores_with_the_agreed_weighting_marked(
    view: TraceView, document: ProjectDocument
) -> None:
    project = next(p for p in document.projects() if p.card_id is not None)
    card = document.cards_by_ids([project.card_id])[0]
    weighting = document.weightings()[-1]
    command = strategy_ops.set_agreed_weighting(document, weighting.id)
    if command is not None:  # the demo may name it as agreed already
        assert document.push(command)
    assert document.strategy().weighting_id == weighting.id
    QApplication.processEvents()

    view.show_project(project.id)

    group = view.tree.topLevelItem(0)
    assert group.text(0) == "Grown from the card"
    assert group.child(0).text(TraceView.TEXT).split("\n")[0] == card.text
    field = next(f for f in document.fields_of_action() if f.id == project.field_id)
    assert view.context.text().startswith(f"Project in the field of action “{field.title}”")
    assert view.scores.isVisibleTo(view)
    rows = [view.scores.topLevelItem(i) for i in range(view.scores.topLevelItemCount())]
    facts = document.trace_facts()
    mine = [s for s in facts.scores if s.project_id == project.id]
    assert len(rows) == len(mine) >= 1
    agreed = next(s for s in mine if s.weighting_id == weighting.id)
    top = rows[0]
    assert top.text(0) == f"{agreed.weighting} (agreed)"
    assert top.font(0).bold()
    if agreed.excluded:
        assert top.text(3) == "excluded by K.O. criterion"
    else:
        assert top.text(2) == QLocale().toString(agreed.utility, "f", 2)
        assert top.text(3) == f"rank {agreed.rank} of {agreed.ranked}"


def test_utilities_are_written_in_the_apps_language(
    view: TraceView, document: ProjectDocument
) -> None:
    project = next(p for p in document.projects() if p.card_id is not None)
    old = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.German, QLocale.Country.Germany))
    try:
        view.show_project(project.id)
    finally:
        QLocale.setDefault(old)
    utility = view.scores.topLevelItem(0).text(2)
    assert "," in utility
    assert "." not in utility


# -- following the document --------------------------------------------------------------------


def test_the_trace_follows_changes_to_the_fields(
    qtbot, view: TraceView, document: ProjectDocument
) -> None:
    fid = field_ids(document)[0]
    view.show_field(fid)

    assert document.push(board_ops.rename_field(document, fid, "Verwaltung 4.0"))
    qtbot.waitUntil(lambda: view.headline.text().startswith("Verwaltung 4.0: "), timeout=2000)

    assert document.push(board_ops.delete_field(document, fid))
    qtbot.waitUntil(
        lambda: view.headline.text() == "This field of action no longer exists.", timeout=2000
    )
    assert view.tree.topLevelItemCount() == 0

    document.undo_stack.undo()
    qtbot.waitUntil(lambda: view.headline.text().startswith("Verwaltung 4.0: "), timeout=2000)


def test_a_burst_of_changes_refreshes_once_after_the_pause(
    qtbot, monkeypatch: pytest.MonkeyPatch, view: TraceView, document: ProjectDocument
) -> None:
    """Signals carrying an id (a board, a round, a workshop) must not shorten the pause."""
    view.show_field(field_ids(document)[0])
    interval = view._later.interval()
    refreshes: list[str] = []
    refresh = view.refresh
    monkeypatch.setattr(view, "refresh", lambda: (refreshes.append(view.mode), refresh()))

    document.board_changed.emit(1, None)
    document.votes_changed.emit(5)
    document.boards_changed.emit(3)
    document.fields_changed.emit()
    document.board_changed.emit(2, None)

    assert view._later.interval() == interval
    qtbot.wait(max(interval // 2, 20))
    assert refreshes == []
    qtbot.waitUntil(lambda: refreshes != [], timeout=2000)
    qtbot.wait(interval * 2)
    assert refreshes == ["field"]


# -- the pages' buttons ------------------------------------------------------------------------


def test_the_fields_page_opens_the_trace_of_the_chosen_field(
    qtbot, window: MainWindow, rich_demo: Path
) -> None:
    open_demo(window, rich_demo)
    show_node(qtbot, window, Node("fields"))
    page = current_page(window)
    assert isinstance(page, FieldsPage)
    page.list.setCurrentRow(2)
    chosen = page.current_field_id()

    qtbot.mouseClick(page.trace_button, Qt.MouseButton.LeftButton)

    dialog = page.findChild(TraceDialog)
    assert dialog is not None
    qtbot.waitExposed(dialog)
    assert (dialog.view.mode, dialog.view.subject) == ("field", chosen)
    title = page.list.currentItem().text().split("  (")[0]
    assert dialog.view.headline.text().startswith(f"{title}: ")

    # the same window follows the next choice
    page.list.setCurrentRow(0)
    qtbot.mouseClick(page.trace_button, Qt.MouseButton.LeftButton)
    assert page.findChildren(TraceDialog) == [dialog]
    assert dialog.view.subject == page.current_field_id()
    dialog.close()


def test_the_projects_page_opens_the_trace_of_the_chosen_project(
    qtbot, window: MainWindow, rich_demo: Path
) -> None:
    open_demo(window, rich_demo)
    show_node(qtbot, window, Node("projects"))
    page = current_page(window)
    assert isinstance(page, ProjectsPage)
    chosen = page.current_id()
    assert chosen is not None

    qtbot.mouseClick(page.trace_button, Qt.MouseButton.LeftButton)

    dialog = page.findChild(TraceDialog)
    assert dialog is not None
    assert (dialog.view.mode, dialog.view.subject) == ("project", chosen)
    title = page.current().title
    assert dialog.view.headline.text().startswith(f"{title}: ")
    qtbot.mouseClick(
        dialog.findChild(type(page.trace_button), "traceWhole"), Qt.MouseButton.LeftButton
    )
    assert dialog.view.mode == "summary"
    dialog.close()


def test_draft_trace_panel_opens_wide_with_a_readable_text_column(
    qtbot, window: MainWindow, demo_path: Path
):
    from smartcity_desktop.ui.draft_page import TRACE_WIDTH, DraftPage

    open_demo(window, demo_path)
    window.resize(1920, 1080)
    window.show_node(Node("draft"))
    page = current_page(window)
    assert isinstance(page, DraftPage)
    page.show_section("fields")
    QApplication.processEvents()
    doc = window.document
    assert doc is not None
    page.show_trace("field", doc.fields_of_action()[0].id)
    QApplication.processEvents()
    view = page.trace_view
    assert isinstance(view, TraceView)
    assert page.trace_panel.width() >= TRACE_WIDTH - 10  # opened at its width, not its minimum
    assert view.tree.columnWidth(view.TEXT) >= 200
    header = view.tree.headerItem()
    assert [header.text(c) for c in (view.GREEN_DOTS, view.RED_DOTS)] == ["Green", "Red"]
    assert header.toolTip(view.GREEN_DOTS) == "Green dots"
    card = view.tree.topLevelItem(0).child(0)
    assert card.toolTip(view.TEXT) == card.text(view.TEXT)
    page.show_trace("summary", 0)
    QApplication.processEvents()
    table = view.table
    assert table.columnWidth(0) >= 160
    assert table.horizontalHeaderItem(table.columnCount() - 3).text() == "Green"
    assert table.horizontalHeaderItem(table.columnCount() - 3).toolTip() == "Green dots"

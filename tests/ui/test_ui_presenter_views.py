"""The projector's content views: what each shows, that hidden counts never appear, that the
board view never changes the document."""

from __future__ import annotations

import hashlib
import re
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QPoint, QPointF, QRectF, Qt
from PySide6.QtGui import QHelpEvent
from PySide6.QtWidgets import QAbstractItemView, QApplication, QLabel, QToolTip, QWidget

from smartcity_desktop.document import ProjectDocument
from smartcity_desktop.document import voting_ops as vops
from smartcity_desktop.document import weighting_ops as wops
from smartcity_desktop.domain import voting
from smartcity_desktop.ui import presenter_voting
from smartcity_desktop.ui.presenter_spec import PresenterTheme, PresentKind, PresentSpec
from smartcity_desktop.ui.presenter_views import (
    BlackView,
    BoardView,
    PresenterTimer,
    TimerView,
    TitleView,
    VotingView,
    WeightingView,
    build_view,
)
from smartcity_desktop.ui.weighting_chart import ContributionChart

THEME = PresenterTheme()


@pytest.fixture
def doc(tmp_path: Path) -> ProjectDocument:
    return ProjectDocument.create_demo(tmp_path / "d.scw")


@pytest.fixture(autouse=True)
def _no_animation(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(presenter_voting, "ANIMATION_MS", 0)


def make(qtbot, doc, spec, theme=THEME):
    timer = PresenterTimer()
    timer.beep_on_finish = False
    view = build_view(doc, spec, theme, timer)
    qtbot.addWidget(view)
    view.resize(1280, 720)
    view.show()
    qtbot.waitExposed(view)
    return view


def every_text(view: QWidget) -> list[str]:
    """Labels, item views' data, tooltips, accessible names, and painted texts."""
    texts: list[str] = []
    for widget in [view, *view.findChildren(QWidget)]:
        texts += [widget.toolTip(), widget.accessibleName(), widget.accessibleDescription()]
        if isinstance(widget, QLabel):
            texts.append(widget.text())
        if isinstance(widget, QAbstractItemView) and widget.model() is not None:
            model = widget.model()
            for row in range(model.rowCount()):
                for col in range(model.columnCount()):
                    index = model.index(row, col)
                    for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                        value = model.data(index, role)
                        if value is not None:
                            texts.append(str(value))
        if hasattr(widget, "texts"):
            texts += widget.texts()
    return [t for t in texts if t]


def hidden_round(doc: ProjectDocument) -> tuple[int, dict[int, tuple[int, int]]]:
    """A hidden round on the first board with three ballots; returns its id and the counts."""
    board_id = doc.boards(1)[0].id
    options = vops.options_of_board(doc, board_id, voting.OptionKind.CLUSTERS)[:4]
    settings = voting.RoundSettings(dots=3, red_dots=1, cap=2, hidden=True)
    command = vops.start_round(
        doc,
        board_id,
        "Geheime Runde",
        voting.OptionKind.CLUSTERS,
        options,
        settings,
        voters="count",
        voter_count=20,
    )
    assert doc.push(command)
    round_id = command.new_ids[0]
    ids = [o.id for o in doc.round_options(round_id)]
    ballots = [
        {ids[0]: voting.Dots(2, 0), ids[1]: voting.Dots(1, 0), ids[3]: voting.Dots(0, 1)},
        {ids[0]: voting.Dots(2, 0), ids[2]: voting.Dots(1, 1)},
        {ids[0]: voting.Dots(1, 0), ids[1]: voting.Dots(2, 0), ids[2]: voting.Dots(0, 1)},
    ]
    for number, dots in enumerate(ballots, start=1):
        assert doc.push(vops.cast_ballot(doc, round_id, dots, voter_no=number))
    counts = {r.option_id: (r.green, r.red) for r in vops.results(doc, round_id)}
    return round_id, counts


def test_every_kind_builds_from_the_demo(qtbot, doc) -> None:
    workshop = doc.workshops()[0].id
    board = doc.boards(workshop)[0].id
    round_id = doc.voting_rounds(workshop)[0].id
    weighting = doc.weightings()[0].id
    kinds = {
        PresentSpec(PresentKind.TITLE, workshop_id=workshop): TitleView,
        PresentSpec(PresentKind.BOARD, board, workshop): BoardView,
        PresentSpec(PresentKind.VOTING, round_id, workshop): VotingView,
        PresentSpec(PresentKind.WEIGHTING, weighting, 2): WeightingView,
        PresentSpec(PresentKind.TIMER): TimerView,
        PresentSpec(PresentKind.BLACK): BlackView,
    }
    for spec, kind in kinds.items():
        assert isinstance(make(qtbot, doc, spec), kind)


def test_title_page_shows_workshop_city_and_long_date(qtbot, doc) -> None:
    view = make(qtbot, doc, PresentSpec(PresentKind.TITLE, workshop_id=1))
    texts = view.texts()
    assert "Auftaktworkshop: Handlungsfelder" in texts
    assert "Musterstadt an der Oker" in texts
    assert any("October 2026" in t or "Oktober 2026" in t for t in texts)
    assert any(t.startswith("14") for t in texts)


def test_title_follows_a_renamed_workshop(qtbot, doc) -> None:
    from smartcity_desktop.document.commands import rename_workshop

    view = make(qtbot, doc, PresentSpec(PresentKind.TITLE, workshop_id=1))
    assert doc.push(rename_workshop(doc, 1, "Zukunftswerkstatt"))
    assert "Zukunftswerkstatt" in view.texts()
    assert "Auftaktworkshop: Handlungsfelder" not in view.texts()


def test_title_date_in_german(qtbot, doc) -> None:
    from PySide6.QtCore import QLocale

    previous = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.German, QLocale.Country.Germany))
    try:
        view = make(qtbot, doc, PresentSpec(PresentKind.TITLE, workshop_id=1))
        assert "14. Oktober 2026" in view.texts()
    finally:
        QLocale.setDefault(previous)


def test_progress_follows_new_ballots(qtbot, doc) -> None:
    round_id, _counts = hidden_round(doc)
    view = make(qtbot, doc, PresentSpec(PresentKind.VOTING, round_id, 1))
    option = doc.round_options(round_id)[0].id
    assert doc.push(vops.cast_ballot(doc, round_id, {option: voting.Dots(1, 0)}, voter_no=4))
    assert "4 of 20 have voted" in view.progress_text.text()
    assert view.dots.voted == 4


def test_hidden_round_shows_progress_but_never_a_count(qtbot, doc) -> None:
    round_id, counts = hidden_round(doc)
    view = make(qtbot, doc, PresentSpec(PresentKind.VOTING, round_id, 1))
    texts = every_text(view)
    joined = "\n".join(texts)
    assert "3 of 20 have voted" in joined
    assert "Geheime Runde" in joined
    labels = {o.id: o.label for o in doc.round_options(round_id)}
    for option_id, (green, red) in counts.items():
        # no option label at all (so no "label: count") and no per-option number pattern
        assert labels[option_id] not in joined
        assert f"+{green}" not in joined
        if red:
            assert f"−{red}" not in joined
    assert not re.search(r"[+−]\d", joined)
    assert not view.bars.isVisibleTo(view)
    assert view.bars.rows == []

    # closed but not revealed: still hidden
    assert doc.push(vops.set_state(doc, round_id, "closed"))
    assert not re.search(r"[+−]\d", "\n".join(every_text(view)))
    assert all(labels[o] not in "\n".join(every_text(view)) for o in counts)

    # revealed: the counts appear
    assert doc.push(vops.set_state(doc, round_id, "revealed"))
    joined = "\n".join(every_text(view))
    best = max(counts, key=lambda o: counts[o][0] - counts[o][1])
    assert labels[best] in joined
    assert f"+{counts[best][0]}" in joined
    assert "1." in view.bars.texts()


def test_reveal_animates_the_bars(qtbot, doc, monkeypatch) -> None:
    monkeypatch.setattr(presenter_voting, "ANIMATION_MS", 200)
    round_id, _counts = hidden_round(doc)
    view = make(qtbot, doc, PresentSpec(PresentKind.VOTING, round_id, 1))
    doc.push(vops.set_state(doc, round_id, "revealed"))
    assert view.bars.progress < 1.0
    qtbot.waitUntil(lambda: view.bars.progress >= 1.0, timeout=2000)
    assert view.bars.rows


def test_ties_are_named(qtbot, doc) -> None:
    round_id = doc.voting_rounds(1)[1].id  # the demo's second round has a shared 2nd place
    view = make(qtbot, doc, PresentSpec(PresentKind.VOTING, round_id, 1))
    assert any("(shared)" in t for t in view.texts())


def _file_hash(doc: ProjectDocument) -> str:
    return hashlib.sha256(Path(doc.path).read_bytes()).hexdigest()


def test_board_view_never_changes_the_document(qtbot, doc) -> None:
    view = make(qtbot, doc, PresentSpec(PresentKind.BOARD, doc.boards(1)[0].id, 1, follow=False))
    assert isinstance(view, BoardView)
    before = (doc.undo_stack.count(), _file_hash(doc))
    items = list(view.scene.cards.values())[:3]
    viewport = view.view.viewport()
    for item in items:
        point = view.view.mapFromScene(item.sceneBoundingRect().center())
        qtbot.mousePress(viewport, Qt.MouseButton.LeftButton, pos=point)
        qtbot.mouseMove(viewport, point + QPoint(120, 80))
        qtbot.mouseRelease(viewport, Qt.MouseButton.LeftButton, pos=point + QPoint(120, 80))
        qtbot.mouseDClick(viewport, Qt.MouseButton.LeftButton, pos=point)
    for key in (Qt.Key.Key_Delete, Qt.Key.Key_A, Qt.Key.Key_Z):
        qtbot.keyClick(view.view, key, Qt.KeyboardModifier.ControlModifier)
        qtbot.keyClick(view.view, Qt.Key.Key_Delete)
    assert (doc.undo_stack.count(), _file_hash(doc)) == before
    assert not view.scene.selectedItems()
    for item in view.scene.items():
        assert not item.flags() & item.GraphicsItemFlag.ItemIsMovable
        assert not item.flags() & item.GraphicsItemFlag.ItemIsSelectable
        assert item.toolTip() == ""
    assert all(item.pos() == QPointF(item.card.x, item.card.y) for item in items)


def test_board_follows_the_viewport_or_fits_all(qtbot, doc) -> None:
    view = make(qtbot, doc, PresentSpec(PresentKind.BOARD, doc.boards(1)[0].id, 1, follow=True))
    content = view.scene.content_rect()
    corner = QRectF(content.left(), content.top(), 400, 225)
    view.set_viewport(corner)
    shown = view.visible_scene_rect()
    assert shown.width() < content.width() / 2
    assert shown.intersects(corner)
    assert abs(shown.center().x() - corner.center().x()) < 60
    view.set_follow(False)
    shown = view.visible_scene_rect()
    assert shown.contains(content)
    view.set_viewport(corner)  # fixed: a new viewport changes nothing
    assert view.visible_scene_rect().contains(content)


def test_board_view_reloads_on_board_changes(qtbot, doc) -> None:
    from smartcity_desktop.document import board_ops

    board_id = doc.boards(1)[0].id
    view = make(qtbot, doc, PresentSpec(PresentKind.BOARD, board_id, 1))
    count = len(view.scene.cards)
    card = doc.cards(board_id)[0]
    command = board_ops.delete_items(doc, [card.id])
    assert doc.push(command)
    assert len(view.scene.cards) == count - 1
    assert card.id not in view.scene.cards
    doc.undo_stack.undo()  # the card comes back, locked like the others
    item = view.scene.cards[card.id]
    assert not item.flags() & item.GraphicsItemFlag.ItemIsMovable
    assert item.toolTip() == ""


def test_weighting_view_shows_ranking_ties_and_sensitivity(qtbot, doc) -> None:
    weighting = doc.weightings()[0].id
    view = make(qtbot, doc, PresentSpec(PresentKind.WEIGHTING, weighting, 2))
    texts = view.texts()
    joined = "\n".join(texts)
    assert "First place" in joined
    assert "Sensorik für Stadtbaum-Bewässerung" in joined
    assert "most sensitive" in joined
    assert "Smartes Parken" in joined
    assert "K.O." in joined
    assert view.chart.bars[0].rank == "1"
    assert len(view.chart.bars) == 7


@pytest.mark.parametrize("dark", [False, True])
def test_theme_is_applied(qtbot, doc, dark) -> None:
    theme = PresenterTheme(dark=dark, font_scale=2.0)
    view = make(qtbot, doc, PresentSpec(PresentKind.TITLE, workshop_id=1), theme)
    image = view.grab().toImage()
    corner = image.pixelColor(3, 3).name().upper()
    assert corner == theme.background.upper()
    assert view.workshop.palette().windowText().color().name().upper() == theme.foreground
    small = make(
        qtbot,
        doc,
        PresentSpec(PresentKind.TITLE, workshop_id=1),
        PresenterTheme(dark=dark, font_scale=1.0),
    )
    assert view.workshop.font().pixelSize() > small.workshop.font().pixelSize()


def test_black_is_plain_black(qtbot, doc) -> None:
    view = make(qtbot, doc, PresentSpec(PresentKind.BLACK))
    image = view.grab().toImage()
    for x, y in ((5, 5), (640, 360), (1200, 700)):
        assert image.pixelColor(x, y).name() == "#000000"
    assert every_text(view) == []


def test_a_deleted_board_leaves_the_projector_and_comes_back_with_undo(qtbot, doc) -> None:
    from smartcity_desktop.document import board_ops

    workshop = doc.workshops()[0].id
    board = doc.boards(workshop)[0].id
    view = make(qtbot, doc, PresentSpec(PresentKind.BOARD, board, workshop))
    cards = len(doc.cards(board))
    assert len(view.scene.cards) == cards
    assert doc.push(board_ops.delete_board(doc, board))
    assert view.scene.cards == {}
    doc.undo_stack.undo()
    assert len(view.scene.cards) == cards


def test_a_round_deleted_and_brought_back_shows_its_status_again(qtbot, doc) -> None:
    from smartcity_desktop.document import voting_ops

    workshop = doc.workshops()[0].id
    round_id = doc.voting_rounds(workshop)[0].id
    view = make(qtbot, doc, PresentSpec(PresentKind.VOTING, round_id, workshop))
    assert view.status.isVisibleTo(view)
    assert doc.push(voting_ops.delete_round(doc, round_id))
    assert not view.status.isVisibleTo(view)
    doc.undo_stack.undo()
    assert view.status.isVisibleTo(view)


# -- the weighting on the projector: theme, as many rows as fit, no tooltips ------------------

PROJECTOR = 1.6  # the presenter's default text size


def twenty_projects(doc: ProjectDocument) -> tuple[int, int]:
    """A points weighting in the second workshop over three criteria and 20 new projects, each
    with its own utility; returns (workshop, weighting)."""
    workshop = doc.workshops()[1].id
    criteria = push(
        doc, wops.add_criteria(doc, [{"name": n} for n in ("Nutzen", "Klima", "Kosten")])
    )
    projects = [
        push(doc, wops.add_project(doc, f"Vorhaben {k + 1:02d}")).new_ids[0] for k in range(20)
    ]
    command = push(
        doc,
        wops.start_weighting(
            doc, workshop, "Zwanzig Vorhaben", "points", criteria.new_ids, projects
        ),
    )
    weighting = command.new_ids[0]
    points = dict(zip(criteria.new_ids, (50, 30, 20), strict=True))
    push(doc, wops.set_judgements(doc, weighting, None, {(c, None): p for c, p in points.items()}))
    scores = {
        (p, c): round(10 - k * 0.45, 2) if j == 0 else float((k * (3 + j * 4)) % 10)
        for k, p in enumerate(projects)
        for j, c in enumerate(criteria.new_ids)
    }
    push(doc, wops.set_scores(doc, weighting, None, scores))
    return workshop, weighting


def push(doc: ProjectDocument, command):
    assert command is not None
    assert doc.push(command), doc.last_error
    return command


def weighting_view(qtbot, doc, dark: bool, weighting: int | None = None, workshop: int = 2):
    weighting = doc.weightings()[0].id if weighting is None else weighting
    theme = PresenterTheme(dark=dark, font_scale=PROJECTOR)
    view = make(qtbot, doc, PresentSpec(PresentKind.WEIGHTING, weighting, workshop), theme)
    assert isinstance(view, WeightingView)
    return view


@pytest.mark.parametrize("dark", [False, True])
def test_weighting_chart_and_legend_follow_the_theme(qtbot, doc, dark) -> None:
    view = weighting_view(qtbot, doc, dark)
    background = PresenterTheme(dark=dark).background.lower()
    for widget in (view.chart, view.legend):
        image = widget.grab().toImage()
        corner = image.pixelColor(image.width() - 3, 3)
        assert corner.name() == background, widget.objectName()
    # the type is drawn in the theme's foreground: the project titles in the second row (not
    # the leader's band) hold pixels close to it, and none of the other extreme
    image = view.chart.grab().toImage()
    row = view.chart.bar_geometry()[1].rect
    lightness = [
        image.pixelColor(x, y).lightness()
        for x in range(12, int(row.left()) - 4)
        for y in range(int(row.top()), int(row.bottom()))
    ]
    if dark:
        assert max(lightness) > 200
    else:
        assert min(lightness) < 60
    # the laptop's chart keeps its white background
    laptop = ContributionChart()
    qtbot.addWidget(laptop)
    laptop.set_bars(view.chart.bars, view.chart.criteria)
    laptop.resize(800, laptop.height())
    assert laptop.grab().toImage().pixelColor(797, 3).name() == "#ffffff"


def visible_bottom(view: QWidget, widget: QWidget) -> int:
    return widget.mapTo(view, QPoint(0, widget.height())).y()


@pytest.mark.parametrize("dark", [False, True])
def test_many_projects_show_the_best_that_fit_and_name_the_rest(qtbot, doc, dark) -> None:
    workshop, weighting = twenty_projects(doc)
    ev = wops.evaluate(doc, weighting)
    assert len(ev.ranked) == 20
    view = weighting_view(qtbot, doc, dark, weighting, workshop)
    assert view.size().height() == 720  # the view did not grow past the screen
    shown = len(view.chart.bars)
    assert 4 <= shown < 20
    best = [ev.projects[i].title for i in ev.ranked[:shown]]
    assert [b.title for b in view.chart.bars] == best
    # whole rows only: the chart is as tall as its rows and ends inside the view, and so does
    # every label under it
    assert view.chart.height() == view.chart.sizeHint().height()
    assert visible_bottom(view, view.chart) <= 720
    for label in view.findChildren(QLabel):
        if label.isVisibleTo(view):
            assert visible_bottom(view, label) <= 720, label.objectName()
    more = view.more.text()
    assert view.more.isVisibleTo(view)
    assert re.search(rf"\b{20 - shown}\b", more)
    assert more == view.more_text(20 - shown)
    texts = view.texts()
    assert more in texts
    assert ev.projects[ev.ranked[shown]].title not in "\n".join(texts)  # the first one left out

    # a taller screen shows all twenty and no "more" line
    view.resize(1280, 1600)
    qtbot.waitUntil(lambda: len(view.chart.bars) == 20)
    assert not view.more.isVisibleTo(view)
    assert all(not t.startswith("…") for t in view.texts())


def test_the_demo_weighting_shows_all_its_projects_at_720_lines(qtbot, doc) -> None:
    view = weighting_view(qtbot, doc, dark=True)
    assert len(view.chart.bars) == 7
    assert not view.more.isVisibleTo(view)
    assert visible_bottom(view, view.not_ranked) <= 720


def test_the_projector_chart_shows_no_tooltips(qtbot, doc) -> None:
    view = weighting_view(qtbot, doc, dark=True)

    def tooltip_at(chart: ContributionChart) -> str:
        QToolTip.hideText()  # takes a moment
        qtbot.waitUntil(lambda: not QToolTip.isVisible())
        point = chart.bar_geometry()[0].segments[0].rect.center().toPoint()
        event = QHelpEvent(QEvent.Type.ToolTip, point, chart.mapToGlobal(point))
        QApplication.sendEvent(chart, event)
        return QToolTip.text() if QToolTip.isVisible() else ""

    # the laptop's chart answers the same question with its segment's numbers
    laptop = ContributionChart()
    qtbot.addWidget(laptop)
    laptop.set_bars(view.chart.bars, view.chart.criteria)
    laptop.resize(1000, laptop.height())
    laptop.show()
    qtbot.waitExposed(laptop)
    assert view.chart.bars[0].title in tooltip_at(laptop)

    assert tooltip_at(view.chart) == ""
    QToolTip.hideText()
    assert view.chart.toolTip() == ""
    assert all(not w.toolTip() for w in view.findChildren(QWidget))

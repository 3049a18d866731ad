"""The projector's content views: what each shows, that hidden counts never appear, that the
board view never changes the document."""

from __future__ import annotations

import hashlib
import re
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QPointF, QRectF, Qt
from PySide6.QtWidgets import QAbstractItemView, QLabel, QWidget

from smartcity_desktop.document import ProjectDocument
from smartcity_desktop.document import voting_ops as vops
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

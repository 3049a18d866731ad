"""The weighting's Qt models over the document: they pass the Qt model tester (with the demo and
with empty weightings), every edit is one undo step on disk, refused values change nothing, the
weights they show are the domain's, and a change of values refreshes the grid without a reset.
"""

from __future__ import annotations

import itertools
import math
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QModelIndex, Qt

from smartcity_desktop.document import ProjectDocument
from smartcity_desktop.document import weighting_ops as wops
from smartcity_desktop.domain import weighting as wm
from smartcity_desktop.domain.model import Attendance, WeightingMethod
from smartcity_desktop.ui.weighting_list import WeightingsModel
from smartcity_desktop.ui.weighting_matrix import MatrixModel
from smartcity_desktop.ui.weighting_pairs import PairsModel
from smartcity_desktop.ui.weighting_points import PointsModel
from smartcity_desktop.ui.weighting_ranking_entry import RANKING_MIME, RankingModel
from smartcity_desktop.ui.weighting_scale import (
    EVERYONE,
    FLAG_ROLE,
    PAIR_ROLE,
    SENTENCE_ROLE,
    STEP_ROLE,
    VALUE_ROLE,
    pair_sentence,
    parse_score,
    percent,
    step_value,
    value_step,
)
from smartcity_desktop.ui.weighting_scores import ScoresModel
from smartcity_desktop.ui.weighting_source import WeightingSource
from smartcity_desktop.ui.weighting_weights import RatersModel, WeightsModel

D = Qt.ItemDataRole.DisplayRole
E = Qt.ItemDataRole.EditRole
MODELS = (
    PairsModel,
    PointsModel,
    RankingModel,
    MatrixModel,
    ScoresModel,
    WeightsModel,
    RatersModel,
)


# -- fixtures ----------------------------------------------------------------------------------


@pytest.fixture
def doc(qapp, demo_path: Path) -> Iterator[ProjectDocument]:
    document = ProjectDocument.open(demo_path)
    yield document
    document.close()


def demo_weighting(doc: ProjectDocument):
    """The demo's finished group AHP weighting in the second workshop."""
    return doc.weightings()[0]


def start(doc: ProjectDocument, method: str, n: int = 4, **who: str) -> int:
    """A new open weighting over the first n criteria and the first three projects."""
    demo = demo_weighting(doc)
    command = wops.start_weighting(
        doc,
        demo.workshop_id,
        f"Test {method}",
        method,
        [c.id for c in doc.criteria()[:n]],
        [p.id for p in doc.projects()[:3]],
        **who,
    )
    assert doc.push(command)
    return command.new_ids[0]


def reopen(doc: ProjectDocument, weighting_id: int) -> None:
    assert doc.push(wops.edit_weighting(doc, weighting_id, {"state": "open"}))


def present(doc: ProjectDocument, workshop_id: int) -> list[int]:
    return [
        a.participant_id for a in doc.attendance(workshop_id) if a.attendance == Attendance.PRESENT
    ]


def on_disk(path: Path, weighting_id: int) -> tuple:
    """(judgements as {(rater, a, b): value}, scores as {(rater, p, c): value}) from a copy of
    the file as it is on disk now."""
    folder = Path(tempfile.mkdtemp(prefix="scw-weighting-"))
    try:
        copy = folder / "copy.scw"
        shutil.copyfile(path, copy)
        other = ProjectDocument.open(copy, read_only=True)
        try:
            judgements = {
                (j.participant_id, j.criterion_id, j.other_id): j.value
                for j in other.judgements(weighting_id)
            }
            scores = {
                (s.participant_id, s.project_id, s.criterion_id): s.value
                for s in other.scores(weighting_id)
            }
            return judgements, scores
        finally:
            other.close()
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def number(value: float) -> str:
    """A CR as shown: three decimals, trailing zeros dropped."""
    return f"{value:.3f}".rstrip("0").rstrip(".")


def column(model, col: int, role: int = D) -> list:
    return [model.index(row, col).data(role) for row in range(model.rowCount())]


# -- the model tester --------------------------------------------------------------------------


def test_every_model_passes_the_model_tester_with_the_demo(qtmodeltester, doc) -> None:
    source = WeightingSource(doc, demo_weighting(doc).id)
    for cls in MODELS:
        model = cls(source)
        qtmodeltester.check(model)
    weightings = WeightingsModel(doc, demo_weighting(doc).workshop_id)
    qtmodeltester.check(weightings)
    assert weightings.rowCount() == 1


@pytest.mark.parametrize("method", [str(m) for m in WeightingMethod])
def test_every_model_passes_the_model_tester_with_an_empty_weighting(
    qtmodeltester, doc, method: str
) -> None:
    weighting_id = start(doc, method, judged_by="participants", scored_by="participants")
    source = WeightingSource(doc, weighting_id)
    for cls in MODELS:
        for rater in (None, EVERYONE, present(doc, demo_weighting(doc).workshop_id)[0]):
            model = cls(source)
            model.set_rater(rater)
            qtmodeltester.check(model)


def test_models_of_a_weighting_without_criteria_or_projects_are_empty(qtmodeltester, doc) -> None:
    demo = demo_weighting(doc)
    command = wops.start_weighting(doc, demo.workshop_id, "Leer", "ahp", [], [])
    assert doc.push(command)
    source = WeightingSource(doc, command.new_ids[0])
    for cls in MODELS:
        model = cls(source)
        qtmodeltester.check(model)
        if cls is not RatersModel:
            assert model.rowCount() == 0, cls


def test_models_follow_changes_and_pass_the_tester_after_them(qtmodeltester, doc) -> None:
    weighting_id = start(doc, "ahp")
    source = WeightingSource(doc, weighting_id)
    models = [cls(source) for cls in MODELS]
    ids = [c.id for c in doc.criteria()]
    assert doc.push(wops.set_judgement(doc, weighting_id, None, ids[0], ids[1], 3))
    assert doc.push(wops.set_weighting_criteria(doc, weighting_id, ids[:5]))  # a new shape
    assert doc.push(wops.edit_weighting(doc, weighting_id, {"method": "pairwise"}))
    for model in models:
        qtmodeltester.check(model)
    assert models[0].rowCount() == 10  # 5 criteria: 10 pairs


# -- pairs -------------------------------------------------------------------------------------


def test_the_scale_reads_9_to_1_to_9_from_left_to_right() -> None:
    values = [step_value("ahp", s) for s in range(17)]
    assert values[:9] == [9, 8, 7, 6, 5, 4, 3, 2, 1]
    assert values[9:] == pytest.approx([1 / k for k in range(2, 10)])
    assert [value_step("ahp", v) for v in values] == list(range(17))
    assert value_step("ahp", 0.333) == 10  # a typed 1/3 is the same position
    assert [step_value("pairwise", s) for s in range(3)] == [2, 1, 0]


def test_sentences_name_the_winner_first_with_the_strength_in_bold() -> None:
    assert (
        pair_sentence("ahp", "Gemeinwohl", "Klima", 5.0)
        == "Gemeinwohl is <b>much more</b> important than Klima"
    )
    assert (
        pair_sentence("ahp", "Gemeinwohl", "Klima", 1 / 3, rich=False)
        == "Klima is moderately more important than Gemeinwohl"
    )
    assert pair_sentence("ahp", "A & B", "C", 1.0) == "A &amp; B and C are <b>equally</b> important"
    assert pair_sentence("pairwise", "A", "B", 0.0, rich=False) == "B is more important than A"
    assert "which matters more" in pair_sentence("ahp", "A", "B", None)


def test_a_pair_set_through_the_model_is_one_undo_step_on_disk(doc, demo_path) -> None:
    weighting_id = start(doc, "ahp")
    model = PairsModel(WeightingSource(doc, weighting_id))
    assert model.rowCount() == 6
    first, second = model.pair(0)
    index = model.index(0, PairsModel.JUDGEMENT)
    steps = doc.undo_stack.count()

    assert model.setData(index, 1 / 5)

    assert doc.undo_stack.count() == steps + 1
    stored = on_disk(demo_path, weighting_id)[0]
    a, b = sorted((first.id, second.id))
    value = stored[(None, a, b)]
    assert (value if a == first.id else 1 / value) == pytest.approx(1 / 5)
    assert index.data(E) == pytest.approx(0.2)
    assert index.data(STEP_ROLE) == 12  # B strongly: the 5 right of the middle
    assert index.data(D) == f"{second.name} is much more important than {first.name}"
    assert "<b>much more</b>" in index.data(SENTENCE_ROLE)
    assert model.set_step(0, 8)  # equal
    assert index.data(E) == 1.0
    doc.undo_stack.undo()
    assert index.data(E) == pytest.approx(0.2)
    doc.undo_stack.undo()
    assert index.data(E) is None
    assert on_disk(demo_path, weighting_id)[0] == {}
    doc.undo_stack.redo()
    assert index.data(E) == pytest.approx(0.2)


def test_a_refused_judgement_changes_nothing_and_says_why(qtbot, doc, demo_path) -> None:
    weighting_id = start(doc, "ahp")
    source = WeightingSource(doc, weighting_id)
    model = PairsModel(source)
    steps = doc.undo_stack.count()
    with qtbot.waitSignal(source.message) as said:
        assert not model.setData(model.index(0, PairsModel.JUDGEMENT), 12.0)
    assert "between 1/9 and 9" in said.args[0]
    assert doc.undo_stack.count() == steps
    assert on_disk(demo_path, weighting_id)[0] == {}


def test_a_changed_value_refreshes_the_grid_without_a_reset(qtbot, doc) -> None:
    weighting_id = start(doc, "ahp")
    source = WeightingSource(doc, weighting_id)
    pairs, matrix, weights = PairsModel(source), MatrixModel(source), WeightsModel(source)
    scores = ScoresModel(source)
    with (
        qtbot.assertNotEmitted(pairs.modelReset),
        qtbot.assertNotEmitted(matrix.modelReset),
        qtbot.assertNotEmitted(weights.modelReset),
        qtbot.assertNotEmitted(scores.modelReset),
        qtbot.waitSignals([pairs.dataChanged, matrix.dataChanged, scores.dataChanged]),
    ):
        assert pairs.setData(pairs.index(2, PairsModel.JUDGEMENT), 3.0)
    assert pairs.index(2, PairsModel.JUDGEMENT).data(E) == 3.0
    # one more criterion changes the shape: then a reset
    with qtbot.waitSignal(pairs.modelReset):
        ids = [c.id for c in doc.criteria()[:5]]
        assert doc.push(wops.set_weighting_criteria(doc, weighting_id, ids))
    assert pairs.rowCount() == 10


def test_a_finished_weighting_is_read_only(doc, demo_path) -> None:
    demo = demo_weighting(doc)
    source = WeightingSource(doc, demo.id)
    before = on_disk(demo_path, demo.id)
    pairs, scores = PairsModel(source), ScoresModel(source)
    for model, index in (
        (pairs, pairs.index(0, PairsModel.JUDGEMENT)),
        (scores, scores.index(0, 0)),
    ):
        assert not model.flags(index) & Qt.ItemFlag.ItemIsEditable
        assert not model.setData(index, 3)
    assert not scores.set_block(0, 0, "1\t2")
    assert doc.undo_stack.count() == 0
    assert on_disk(demo_path, demo.id) == before
    reopen(doc, demo.id)
    assert pairs.flags(pairs.index(0, PairsModel.JUDGEMENT)) & Qt.ItemFlag.ItemIsEditable


# -- the weights of every method are the domain's ------------------------------------------------


def weights_shown(source: WeightingSource) -> list[float]:
    model = WeightsModel(source)
    return column(model, WeightsModel.WEIGHT, VALUE_ROLE)


def test_points_give_the_normalised_allocation(doc) -> None:
    weighting_id = start(doc, "points")
    source = WeightingSource(doc, weighting_id)
    model = PointsModel(source)
    for row, points in enumerate((40, 30, 20, 0)):
        assert model.setData(model.index(row, PointsModel.POINTS), points)
    assert model.allocated() == 90
    expected = wm.points_weights([40, 30, 20, 0])
    assert weights_shown(source) == pytest.approx(expected)
    assert column(model, PointsModel.WEIGHT) == [percent(w) for w in expected]
    assert column(model, PointsModel.POINTS) == ["40", "30", "20", "0"]
    assert not model.setData(model.index(0, PointsModel.POINTS), 101)  # refused


@pytest.mark.parametrize(("method", "kind"), [("rank_roc", "roc"), ("rank_sum", "rank_sum")])
def test_a_ranking_with_a_tie_gives_the_rank_weights(doc, method: str, kind: str) -> None:
    weighting_id = start(doc, method)
    source = WeightingSource(doc, weighting_id)
    model = RankingModel(source)
    names = column(model, RankingModel.CRITERION)
    assert not model.complete()
    assert column(model, RankingModel.RANK) == ["–"] * 4
    steps = doc.undo_stack.count()

    assert model.move(3, 0)  # the last one to the top: every criterion is ranked in one step
    assert doc.undo_stack.count() == steps + 1
    assert column(model, RankingModel.CRITERION) == [names[3], *names[:3]]
    assert model.setData(
        model.index(2, RankingModel.TIED), Qt.CheckState.Checked, Qt.ItemDataRole.CheckStateRole
    )
    assert column(model, RankingModel.RANK) == ["1.", "2.", "2.", "4."]
    assert (
        model.index(2, RankingModel.TIED).data(Qt.ItemDataRole.CheckStateRole)
        == Qt.CheckState.Checked
    )
    # weights in the weighting's order: names[0..3] have ranks 2, 2, 4, 1
    expected = wm.rank_weights([2, 2, 4, 1], kind)
    assert weights_shown(source) == pytest.approx(expected)
    assert column(model, RankingModel.WEIGHT, VALUE_ROLE) == pytest.approx(
        [expected[3], expected[0], expected[1], expected[2]]
    )


def test_dragging_a_row_in_the_ranking_moves_it(doc) -> None:
    weighting_id = start(doc, "rank_roc")
    model = RankingModel(WeightingSource(doc, weighting_id))
    assert model.rank_as_listed()
    names = column(model, RankingModel.CRITERION)
    data = model.mimeData([model.index(0, RankingModel.CRITERION)])
    assert data.hasFormat(RANKING_MIME)
    # dropped between the third and fourth row: the view must not remove the row itself
    assert not model.dropMimeData(data, Qt.DropAction.MoveAction, 3, 0, QModelIndex())
    assert column(model, RankingModel.CRITERION) == [names[1], names[2], names[0], names[3]]
    assert not model.dropMimeData(QMimeData(), Qt.DropAction.MoveAction, 0, 0, QModelIndex())


def test_paarvergleich_gives_row_sums_and_names_circles_and_zero_weights(doc) -> None:
    weighting_id = start(doc, "pairwise")
    source = WeightingSource(doc, weighting_id)
    model = PairsModel(source)
    # A>B, B>C, C>A (a circle), D loses everything
    points = {(0, 1): 2, (0, 2): 0, (0, 3): 2, (1, 2): 2, (1, 3): 2, (2, 3): 2}
    for row, (i, j) in enumerate(source.snapshot.pairs):
        assert model.setData(model.index(row, PairsModel.JUDGEMENT), points[(i, j)])
    matrix = [[0] * 4 for _ in range(4)]
    for (i, j), p in points.items():
        matrix[i][j], matrix[j][i] = p, 2 - p
    assert weights_shown(source) == pytest.approx(wm.pairwise_210_weights(matrix))
    outcome = source.snapshot.evaluation.weights
    assert outcome.circular_triads == ((0, 1, 2),)
    assert outcome.zero_weight == (3,)
    flags = column(model, PairsModel.JUDGEMENT, FLAG_ROLE)
    assert flags == ["circular", "circular", "", "circular", "", ""]
    shown = MatrixModel(source)
    assert [shown.index(3, j).data() for j in range(4)] == ["0", "0", "0", "—"]
    assert shown.index(0, 4).data() == "4"  # the row's points
    assert shown.index(0, 1).data(Qt.ItemDataRole.FontRole).bold()


def ahp_matrix(n: int, upper: list[float]) -> list[list[float]]:
    return wm.matrix_from_upper(n, upper)


def enter_ahp(model: PairsModel, upper: list[float]) -> None:
    for row, value in enumerate(upper):
        assert model.setData(model.index(row, PairsModel.JUDGEMENT), value)


def test_ahp_weights_consistency_and_the_matrix_are_the_domains(doc) -> None:
    """Saaty's example (DOMAIN.md): 4, 3, 7, 1/3, 3, 5 → 0.548, 0.127, 0.270, 0.056."""
    weighting_id = start(doc, "ahp")
    source = WeightingSource(doc, weighting_id)
    upper = [4, 3, 7, 1 / 3, 3, 5]
    enter_ahp(PairsModel(source), upper)
    result = wm.ahp(ahp_matrix(4, upper))
    assert weights_shown(source) == pytest.approx(result.weights)
    assert weights_shown(source) == pytest.approx([0.548, 0.127, 0.270, 0.056], abs=1e-3)
    assert source.snapshot.evaluation.weights.ahp.cr == pytest.approx(0.044, abs=1e-3)
    matrix = MatrixModel(source)
    assert [matrix.index(1, j).data() for j in range(4)] == ["1/4", "1", "1/3", "3"]
    assert matrix.index(0, 0).data() == "1"
    assert matrix.index(0, 4).data() == percent(result.weights[0])
    assert matrix.index(0, 1).data(Qt.ItemDataRole.FontRole).bold()  # the row's criterion wins
    assert matrix.index(1, 0).data(Qt.ItemDataRole.FontRole) is None
    ids = [c.id for c in source.snapshot.criteria]
    assert matrix.index(1, 2).data(PAIR_ROLE) == (ids[1], ids[2])
    assert matrix.index(1, 1).data(PAIR_ROLE) is None


def test_each_participant_ahp_is_the_geometric_mean_with_the_spread(doc) -> None:
    workshop_id = demo_weighting(doc).workshop_id
    weighting_id = start(doc, "ahp", n=3, judged_by="participants")
    anna, bernd = present(doc, workshop_id)[:2]
    source = WeightingSource(doc, weighting_id)
    pairs = PairsModel(source)
    judgements = {anna: [3, 5, 2], bernd: [1 / 2, 4, 7]}
    for person, upper in judgements.items():
        pairs.set_rater(person)
        enter_ahp(pairs, upper)
    matrices = [ahp_matrix(3, upper) for upper in judgements.values()]
    group = wm.ahp(wm.geometric_mean_matrix(matrices))
    weights = WeightsModel(source)
    weights.set_rater(anna)
    assert weights.headerData(2, Qt.Orientation.Horizontal) == source.snapshot.person(anna)
    assert column(weights, WeightsModel.WEIGHT, VALUE_ROLE) == pytest.approx(group.weights)
    own = wm.ahp(matrices[0]).weights
    assert column(weights, 2, VALUE_ROLE) == pytest.approx(own)
    low = [min(a, b) for a, b in zip(own, wm.ahp(matrices[1]).weights, strict=True)]
    high = [max(a, b) for a, b in zip(own, wm.ahp(matrices[1]).weights, strict=True)]
    spread = column(weights, 3)
    assert spread[0].endswith(percent(high[0]))
    assert spread[0].startswith(percent(low[0])[:-2])
    assert column(weights, 4) == ["2", "2", "2"]
    matrix = MatrixModel(source)
    matrix.set_rater(EVERYONE)
    mean = math.sqrt(3 * (1 / 2))
    assert matrix.index(0, 1).data(VALUE_ROLE) == pytest.approx(mean)
    raters = RatersModel(source)
    shown = {raters.index(r, 0).data(): raters.index(r, 2).data() for r in range(raters.rowCount())}
    names = {p.id: p.name for p in doc.participants()}
    for person, matrix_of in zip((anna, bernd), matrices, strict=True):
        cr = wm.ahp(matrix_of).cr
        assert shown[names[person]] == number(cr) + ("" if cr <= 0.1 else " ⚠")
    assert raters.index(0, 1).data() == "3/3 ✓"


def test_the_pair_most_worth_revisiting_is_flagged(doc) -> None:
    weighting_id = start(doc, "ahp")
    source = WeightingSource(doc, weighting_id)
    upper = [3, 5, 1 / 7, 2, 3, 9]  # the third answer contradicts the others
    enter_ahp(PairsModel(source), upper)
    outcome = source.snapshot.evaluation.weights
    assert outcome.ahp.cr > 0.1
    pair = outcome.inconsistent_pair
    rows = column(PairsModel(source), PairsModel.JUDGEMENT, FLAG_ROLE)
    row = source.snapshot.pairs.index((pair.i, pair.j))
    assert rows[row] == "revisit"
    assert rows.count("revisit") == 1


# -- scores --------------------------------------------------------------------------------------


def test_parse_score_takes_comma_or_point_and_refuses_what_is_not_a_score() -> None:
    assert parse_score("7,5") == 7.5
    assert parse_score(" 7.5 ") == 7.5
    assert parse_score("10") == 10
    assert parse_score("") is None
    for bad in ("12", "-1", "nan"):
        with pytest.raises(ValueError, match="from 0 to 10"):
            parse_score(bad)
    with pytest.raises(ValueError, match="not a number"):
        parse_score("sieben")


def test_a_score_is_one_step_and_a_bad_one_changes_nothing(qtbot, doc, demo_path) -> None:
    weighting_id = start(doc, "ahp")
    source = WeightingSource(doc, weighting_id)
    model = ScoresModel(source)
    project, criterion = source.snapshot.projects[1], source.snapshot.criteria[2]
    index = model.index(1, 2)
    steps = doc.undo_stack.count()

    assert model.setData(index, "7,5")

    assert doc.undo_stack.count() == steps + 1
    assert on_disk(demo_path, weighting_id)[1] == {(None, project.id, criterion.id): 7.5}
    assert index.data(D) == "7.5"
    with qtbot.waitSignal(source.message) as said:
        assert not model.setData(index, "11")
    assert "from 0 to 10" in said.args[0]
    assert doc.undo_stack.count() == steps + 1
    assert on_disk(demo_path, weighting_id)[1] == {(None, project.id, criterion.id): 7.5}
    assert model.clear([(1, 2)])
    assert index.data(D) == ""
    doc.undo_stack.undo()
    assert index.data(E) == 7.5


def test_pasting_a_block_is_one_step_and_refused_whole_if_one_cell_is_bad(
    qtbot, doc, demo_path
) -> None:
    weighting_id = start(doc, "ahp")
    source = WeightingSource(doc, weighting_id)
    model = ScoresModel(source)
    steps = doc.undo_stack.count()

    assert model.set_block(1, 1, "7\t8,5\t\n3\t4\t5\t6\n")

    assert doc.undo_stack.count() == steps + 1
    assert [model.index(1, c).data(E) for c in range(4)] == [None, 7, 8.5, None]
    assert [model.index(2, c).data(E) for c in range(4)] == [None, 3, 4, 5]  # 6 was outside
    messages = []
    source.message.connect(messages.append)
    assert not model.set_block(0, 0, "1\t2\n3\t99")
    assert "Row 2, column 2" in messages[-1]
    assert "Nothing was pasted" in messages[-1]
    assert model.index(0, 0).data(E) is None
    assert doc.undo_stack.count() == steps + 1
    doc.undo_stack.undo()
    assert on_disk(demo_path, weighting_id)[1] == {}


def test_scores_show_musts_excluded_projects_and_everyone_as_mean_and_range(doc) -> None:
    demo = demo_weighting(doc)
    source = WeightingSource(doc, demo.id)
    model = ScoresModel(source)
    must = next(j for j, c in enumerate(source.snapshot.criteria) if c.must)
    header = model.headerData(must, Qt.Orientation.Horizontal)
    assert header.endswith("K.O. ≥ 5")
    parking = next(r for r, p in enumerate(source.snapshot.projects) if p.title == "Smartes Parken")
    assert model.headerData(parking, Qt.Orientation.Vertical).endswith("✕ K.O.")
    assert "Excluded (K.O.)" in model.excluded_reason(parking)
    assert model.index(parking, must).data(Qt.ItemDataRole.BackgroundRole) is not None
    others = [r for r in range(model.rowCount()) if r != parking]
    assert all(not model.excluded_reason(r) for r in others)
    # per participant: everyone's cell is the mean with the range
    reopen(doc, demo.id)
    assert doc.push(wops.edit_weighting(doc, demo.id, {"scored_by": "participants"}))
    anna, bernd = present(doc, demo.workshop_id)[:2]
    for person, value in ((anna, 6), (bernd, 9)):
        model.set_rater(person)
        assert model.setData(model.index(0, 0), value)
    model.set_rater(EVERYONE)
    assert model.index(0, 0).data(D) == "7.5  (6–9)"
    assert not model.flags(model.index(0, 0)) & Qt.ItemFlag.ItemIsEditable
    assert not model.setData(model.index(0, 0), 3)


def test_the_weightings_list_shows_method_state_size_and_cr(doc) -> None:
    demo = demo_weighting(doc)
    model = WeightingsModel(doc, demo.workshop_id)
    row = [model.index(0, c).data() for c in range(model.columnCount())]
    evaluation = wops.evaluate(doc, demo.id)
    assert row[WeightingsModel.TITLE] == demo.title
    assert row[WeightingsModel.METHOD] == "AHP (Saaty 1–9)"
    assert row[WeightingsModel.STATE] == "finished"
    assert row[WeightingsModel.CRITERIA : WeightingsModel.CR] == ["6", "8"]
    assert row[WeightingsModel.CR] == number(evaluation.weights.ahp.cr)
    start(doc, "points")
    assert model.rowCount() == 2
    assert model.index(1, WeightingsModel.CR).data() == ""


def test_all_judgements_of_a_new_ahp_weighting_fill_the_matrix(doc) -> None:
    weighting_id = start(doc, "ahp", n=5)
    source = WeightingSource(doc, weighting_id)
    pairs = PairsModel(source)
    values = [2, 3, 1 / 2, 4, 1, 1 / 3, 2, 5, 1, 2]
    enter_ahp(pairs, values)
    assert pairs.answered() == 10
    matrix = MatrixModel(source)
    expected = wm.matrix_from_upper(5, values)
    for i, j in itertools.product(range(5), repeat=2):
        assert matrix.index(i, j).data(VALUE_ROLE) == pytest.approx(expected[i][j])

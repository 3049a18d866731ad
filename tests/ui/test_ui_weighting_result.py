"""The result view of a weighting: ranking with ties, exclusions and missing scores, the
stacked bar chart, sensitivity sentences checked against the domain's maths, and the what-if
slider that changes what is shown but never the file.

Weightings are built through `weighting_ops` on a new project file (or taken from the demo);
expected numbers are recomputed from the domain functions, never copied from the screen.
"""

from __future__ import annotations

import math
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QPointF, Qt
from ui_helpers import FakeDialogs, focus, sha256

from smartcity_desktop.document import ProjectDocument, commands
from smartcity_desktop.document import weighting_ops as wo
from smartcity_desktop.domain import weighting as wm
from smartcity_desktop.ui.weighting_ranking import RankingModel
from smartcity_desktop.ui.weighting_result import SLIDER_STEPS, WeightingResultView

CRITERIA = ("Klima", "Kosten", "Datenschutz")
POINTS = {"Klima": 50, "Kosten": 30, "Datenschutz": 20}  # weights 0.5, 0.3, 0.2
SCORES = {  # Klima, Kosten, Datenschutz (must-criterion, threshold 5)
    "Sensorik": (8, 6, 7),  # 7.2
    "Digitallotsen": (6, 7, 8),  # 6.7 — shares rank 2
    "Zwilling": (6, 7, 8),  # 6.7 — shares rank 2
    "WLAN": (5, 5, 6),  # 5.2 — rank 4
    "Parken": (9, 9, 4),  # excluded: Datenschutz 4 < 5
    "Plattform": (7, None, None),  # 2 scores missing
}


@pytest.fixture
def english() -> Iterator[None]:
    """Numbers as in English ("7.20"), whatever the machine's locale; restored afterwards."""
    previous = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    yield
    QLocale.setDefault(previous)


@dataclass
class Built:
    doc: ProjectDocument
    path: Path
    weighting_id: int
    criteria: dict[str, int]
    projects: dict[str, int]


def push(doc: ProjectDocument, command) -> None:
    assert command is not None
    assert doc.push(command), doc.last_error


def build(
    tmp_path: Path,
    scores: dict[str, tuple[float | None, ...]] = SCORES,
    method: str = "points",
    points: dict[str, float] | None = POINTS,
) -> Built:
    """A new project: one workshop, the criteria, the projects, a weighting with its entries."""
    path = tmp_path / "weighting.scw"
    doc = ProjectDocument.create(path, title="Test", city="Teststadt")
    add = commands.add_workshop(doc, {"title": "Fachgespräch"})
    push(doc, add)
    workshop_id = add.row_id
    command = wo.add_criteria(
        doc,
        [
            {"name": "Klima"},
            {"name": "Kosten"},
            {"name": "Datenschutz", "must": True, "threshold": 5},
        ],
    )
    push(doc, command)
    criteria = dict(zip(CRITERIA, command.new_ids, strict=True))
    projects = {}
    for title in scores:
        command = wo.add_project(doc, title)
        push(doc, command)
        projects[title] = command.new_ids[0]
    command = wo.start_weighting(
        doc, workshop_id, "Auswahl", method, list(criteria.values()), list(projects.values())
    )
    push(doc, command)
    wid = command.new_ids[0]
    if points:
        push(
            doc,
            wo.set_judgements(doc, wid, None, {(criteria[c], None): p for c, p in points.items()}),
        )
    entries = {
        (projects[title], criteria[c]): value
        for title, values in scores.items()
        for c, value in zip(CRITERIA, values, strict=True)
        if value is not None
    }
    push(doc, wo.set_scores(doc, wid, None, entries))
    return Built(doc, path, wid, criteria, projects)


@pytest.fixture
def built(tmp_path: Path, qapp, english) -> Iterator[Built]:
    b = build(tmp_path)
    yield b
    b.doc.close()


def show(qtbot, b: Built) -> WeightingResultView:
    view = WeightingResultView(b.doc, FakeDialogs(), b.weighting_id)
    qtbot.addWidget(view)
    view.resize(1400, 900)
    view.show()
    qtbot.waitExposed(view)
    return view


def judgements_and_scores(doc: ProjectDocument, wid: int) -> tuple[list, list]:
    return doc.judgements(wid), doc.scores(wid)


# -- the ranking -----------------------------------------------------------------------------


def test_ranking_names_ties_with_competition_ranks(qtbot, built: Built) -> None:
    view = show(qtbot, built)
    assert view.shown_ranking() == [
        ("1", "Sensorik", "7.20", "—", ""),
        ("2 (shared)", "Digitallotsen", "6.70", "—", ""),
        ("2 (shared)", "Zwilling", "6.70", "—", ""),
        ("4", "WLAN", "5.20", "—", ""),
    ]
    assert view.table.isVisible()
    assert not view.message.isVisible()
    assert "Rank 2 (shared): Digitallotsen, Zwilling" in view.not_ranked.text()
    assert view.summary.text().startswith("First place: Sensorik with a utility of 7.20.")
    # the leader is highlighted, the others are not
    model = view.model
    assert model.data(model.index(0, RankingModel.PROJECT), Qt.ItemDataRole.FontRole).bold()
    assert model.data(model.index(1, RankingModel.PROJECT), Qt.ItemDataRole.FontRole) is None
    # the what-if column only appears during a what-if
    assert view.table.isColumnHidden(RankingModel.MOVE)


def test_excluded_and_unscored_projects_are_listed_with_the_reason(qtbot, built: Built) -> None:
    view = show(qtbot, built)
    text = view.not_ranked.text()
    assert "Parken: excluded: Datenschutz 4.0 < 5 (K.O.)" in text
    plattform = next(line for line in text.splitlines() if "Plattform" in line)
    assert "2 score" in plattform
    assert "missing" in plattform
    shown = {row[1] for row in view.shown_ranking()}
    assert {"Parken", "Plattform"}.isdisjoint(shown)
    assert "1 excluded by a must-criterion" in view.counts.text()
    assert "1 not fully scored" in view.counts.text()


def test_the_demo_names_smartes_parken_as_excluded(qtbot, tmp_path: Path, qapp, english) -> None:
    doc = ProjectDocument.create_demo(tmp_path / "demo.scw")
    try:
        wid = doc.weightings()[0].id
        view = WeightingResultView(doc, FakeDialogs(), wid)
        qtbot.addWidget(view)
        ev = wo.evaluate(doc, wid)
        assert len(view.shown_ranking()) == len(ev.ranked) == 7
        # every excluded project is listed with each failed must-criterion, from the file
        excluded = [(i, o) for i, o in enumerate(ev.outcomes) if o.excluded]
        assert [ev.projects[i].title for i, _o in excluded] == ["Smartes Parken"]
        for i, outcome in excluded:
            for j in outcome.failed_must:
                criterion = ev.criteria[j]
                score, threshold = outcome.scores[j], criterion.threshold
                assert score is not None
                assert threshold is not None
                assert score < threshold
                reason = f"{criterion.name} {score:.1f} < {threshold:g} (K.O.)"
                assert f"{ev.projects[i].title}: excluded: {reason}" in view.not_ranked.text()
        titles = {p.id: p.title for p in doc.projects()}
        assert ev.leader is not None
        assert view.shown_ranking()[0][:2] == ("1", titles[ev.leader.project_id])
        # fields of action come from the file
        fields = {f.id: f.title for f in doc.fields_of_action()}
        by_title = {p.title: p for p in doc.projects()}
        for _rank, title, _utility, field, _move in view.shown_ranking():
            field_id = by_title[title].field_id
            assert field == (fields[field_id] if field_id else "—")
    finally:
        doc.close()


def test_incomplete_weights_say_what_is_missing_instead_of_a_ranking(
    qtbot, tmp_path: Path, qapp, english
) -> None:
    b = build(tmp_path, method="ahp", points=None)
    try:
        klima, kosten, datenschutz = (b.criteria[c] for c in CRITERIA)
        push(b.doc, wo.set_judgement(b.doc, b.weighting_id, None, klima, kosten, 3))
        view = show(qtbot, b)
        assert view.message.isVisible()
        assert "2 comparison" in view.message.text()
        assert "missing" in view.message.text()
        assert not view.table.isVisible()
        assert not view.chart.isVisible()
        assert view.shown_ranking() == []
        assert view.chart.bars == []
        assert not view.whatif_bar.isVisible()
        # the last two comparisons complete the weights: the ranking appears by itself
        push(
            b.doc,
            wo.set_judgements(
                b.doc, b.weighting_id, None, {(klima, datenschutz): 5, (kosten, datenschutz): 2}
            ),
        )
        assert not view.message.isVisible()
        assert view.table.isVisible()
        assert next(r[1] for r in view.shown_ranking()) == "Sensorik"
    finally:
        b.doc.close()


def test_the_view_follows_the_document_and_its_undo(qtbot, built: Built) -> None:
    view = show(qtbot, built)
    wlan, klima = built.projects["WLAN"], built.criteria["Klima"]
    push(built.doc, wo.set_score(built.doc, built.weighting_id, None, wlan, klima, 10))
    assert view.shown_ranking()[0][:3] == ("1", "WLAN", "7.70")  # 5 + 1.5 + 1.2
    push(built.doc, wo.edit_project(built.doc, wlan, {"title": "WLAN Innenstadt"}))
    assert view.shown_ranking()[0][1] == "WLAN Innenstadt"
    built.doc.undo_stack.undo()
    built.doc.undo_stack.undo()
    assert view.shown_ranking()[0][:2] == ("1", "Sensorik")


# -- sensitivity sentences ---------------------------------------------------------------------


def _check_sentences_against_the_domain(view: WeightingResultView, doc, wid: int) -> None:
    ev = wo.evaluate(doc, wid)
    weights, scores = ev.weights.weights, ev.score_matrix
    texts = view.texts
    assert weights is not None
    utilities = wm.weighted_sum(weights, scores)
    lead, second = sorted(range(len(utilities)), key=lambda i: -utilities[i])[:2]
    head, lines = texts.sensitivity(ev)
    assert len(lines) == len(ev.criteria)
    changes = {}
    for k, line in enumerate(lines):
        low, high = wm.stability_interval(weights, scores, k)
        name = ev.criteria[k].name
        assert line.interval.startswith(f"{name} (now {texts.percent(weights[k])})")
        if high < 1 - 1e-9:
            assert texts.percent(high, "down") in line.interval
            changes[k] = high - weights[k]
        else:
            assert "to 100" in line.interval
        if low > 1e-9:
            assert texts.percent(low, "up") in line.interval
            changes[k] = min(changes.get(k, math.inf), weights[k] - low)
        # the points the leader could lose on k: (N_a − N_b) / w_k, rounded down
        margin = (utilities[lead] - utilities[second]) / weights[k]
        if margin < scores[lead][k]:
            floor = math.floor(margin * 10 + 1e-9) / 10
            assert f"could lose {QLocale().toString(floor, 'f', 1)} points on {name}" in (
                line.margin
            )
        assert line.interval in view.sensitivity.text().replace("&amp;", "&")
    critical = min(changes, key=changes.get)
    assert head[0].startswith(f"The result is most sensitive to {ev.criteria[critical].name}:")
    assert texts.points(changes[critical]) + " percentage points" in head[0]


def test_sensitivity_sentences_match_the_stability_intervals(qtbot, built: Built) -> None:
    view = show(qtbot, built)
    _check_sentences_against_the_domain(view, built.doc, built.weighting_id)
    # Sensorik leads Digitallotsen and Zwilling (scored alike) by 0.5; Klima weighs 0.5
    assert (
        "Sensorik could lose 1.0 points on Klima before being overtaken by Digitallotsen and "
        "Zwilling." in view.sentences
    )
    # with Klima at t: Sensorik 8t + 6.4(1 − t), Digitallotsen 6t + 7.4(1 − t), equal at t = 1/3
    # (shown rounded inwards, 33.4 %); the two scored alike take over together
    assert (
        "Klima (now 50.0\u00a0%) may range from 33.4\u00a0% to 100 % without changing first "
        "place (below that, Digitallotsen and Zwilling share first place)." in view.sentences
    )


def test_sensitivity_sentences_of_the_demo(qtbot, tmp_path: Path, qapp, english) -> None:
    doc = ProjectDocument.create_demo(tmp_path / "demo.scw")
    try:
        wid = doc.weightings()[0].id
        view = WeightingResultView(doc, FakeDialogs(), wid)
        qtbot.addWidget(view)
        _check_sentences_against_the_domain(view, doc, wid)
    finally:
        doc.close()


def test_a_shared_first_place_is_said_as_such(qtbot, tmp_path: Path, qapp, english) -> None:
    b = build(
        tmp_path, scores={"Sensorik": (8, 6, 7), "Digitallotsen": (8, 6, 7), "WLAN": (5, 5, 6)}
    )
    try:
        view = show(qtbot, b)
        assert [r[0] for r in view.shown_ranking()] == ["1 (shared)", "1 (shared)", "3"]
        assert (
            view.summary.text() == "First place is shared: Sensorik and Digitallotsen (7.20 each)."
        )
        assert view.sentences[0].startswith("First place is shared by Sensorik and Digitallotsen")
        # identical scores: no single weight decides between them
        assert all("does not decide between them" in s for s in view.sentences[1:])
    finally:
        b.doc.close()


def test_a_tie_on_top_says_which_weight_would_tip_it(qtbot, tmp_path: Path, qapp, english) -> None:
    # A: 10·0.5 + 4·0.3 + 5·0.2 = 7.2; B: 8·0.5 + 6·0.3 + 7·0.2 = 7.2
    b = build(tmp_path, scores={"A": (10, 4, 5), "B": (8, 6, 7), "C": (1, 1, 6)})
    try:
        view = show(qtbot, b)
        assert view.shown_ranking()[0][0] == "1 (shared)"
        klima = next(s for s in view.sentences if "Klima" in s)
        # more weight on Klima favours A (10 > 8), less favours B
        assert klima == "More weight on Klima (now 50.0\u00a0%) would put A first; less, B."
    finally:
        b.doc.close()


def test_a_tie_that_only_less_weight_would_tip(qtbot, tmp_path: Path, qapp, english) -> None:
    # all three 7.2; on Klima A and B share the top score, C alone has the lowest
    b = build(tmp_path, scores={"A": (8, 6, 7), "B": (8, 6, 7), "C": (5, 9, 10)})
    try:
        view = show(qtbot, b)
        assert [r[0] for r in view.shown_ranking()] == ["1 (shared)"] * 3
        sentences = {s.split(" (now")[0]: s for s in view.sentences[1:]}
        assert sentences["Less weight on Klima"] == (
            "Less weight on Klima (now 50.0\u00a0%) would put C first."
        )
        assert sentences["More weight on Kosten"] == (
            "More weight on Kosten (now 30.0\u00a0%) would put C first."
        )
    finally:
        b.doc.close()


def test_percentages_follow_the_app_locale(qapp) -> None:
    from smartcity_desktop.ui.weighting_sentences import WeightingSentences

    previous = QLocale()
    try:
        QLocale.setDefault(QLocale(QLocale.Language.German))
        texts = WeightingSentences()
        assert texts.percent(0.2094) == "20,9\u00a0%"
        assert texts.percent(0.2094, "down") == "20,9\u00a0%"
        assert texts.percent(0.2094, "up") == "21,0\u00a0%"
        assert texts.percent(1.0) == "100\u00a0%"
        assert texts.percent(0.0) == "0\u00a0%"
        assert texts.utility(7.308) == "7,31"
        QLocale.setDefault(QLocale(QLocale.Language.English))
        assert texts.percent(0.2094) == "20.9\u00a0%"
    finally:
        QLocale.setDefault(previous)


# -- the chart ---------------------------------------------------------------------------------


def _check_bars(view: WeightingResultView) -> None:
    geometry = view.chart.bar_geometry()
    assert [g.project_id for g in geometry] == [b.project_id for b in view.chart.bars]
    scale = None
    for bar, g in zip(view.chart.bars, geometry, strict=True):
        assert math.isclose(sum(s.value for s in g.segments), g.utility, abs_tol=1e-9)
        assert len(g.segments) == len(CRITERIA)
        for left, right in zip(g.segments, g.segments[1:], strict=False):
            assert math.isclose(left.rect.right(), right.rect.left(), abs_tol=1e-6)
        assert math.isclose(g.segments[0].rect.left(), g.rect.left())
        assert math.isclose(g.segments[-1].rect.right(), g.rect.right(), abs_tol=1e-6)
        # one scale for every bar: width proportional to the utility
        per_point = g.rect.width() / bar.utility
        scale = scale or per_point
        assert math.isclose(per_point, scale, rel_tol=1e-9)


def test_chart_segments_add_up_to_the_utility(qtbot, built: Built) -> None:
    view = show(qtbot, built)
    ev = wo.evaluate(built.doc, built.weighting_id)
    assert [b.title for b in view.chart.bars] == ["Sensorik", "Digitallotsen", "Zwilling", "WLAN"]
    first = view.chart.bar_geometry()[0]
    # Sensorik: 0.5·8, 0.3·6, 0.2·7
    assert [round(s.value, 9) for s in first.segments] == [4.0, 1.8, 1.4]
    assert view.chart.bars[0].leader
    assert not view.chart.bars[1].leader
    assert [e.weight for e in view.legend.entries] == ["50.0\u00a0%", "30.0\u00a0%", "20.0\u00a0%"]
    saved = {ev.outcomes[i].project_id: ev.outcomes[i].contributions for i in ev.ranked}
    for g in view.chart.bar_geometry():
        assert [s.value for s in g.segments] == pytest.approx(saved[g.project_id])
    _check_bars(view)
    view.set_whatif(0, 0.2)
    _check_bars(view)
    view.chart.grab()  # paints without error


# -- what-if ------------------------------------------------------------------------------------


def test_whatif_changes_the_ranking_shown_but_not_the_file(qtbot, built: Built) -> None:
    view = show(qtbot, built)
    doc, wid = built.doc, built.weighting_id
    undo_count = doc.undo_stack.count()
    before = judgements_and_scores(doc, wid)
    digest = sha256(built.path)
    assert view.criterion_combo.currentText() == "Klima"
    assert not view.reset_button.isEnabled()
    assert not view.whatif_note.isVisible()
    # Klima down to 10 %: Kosten 0.54, Datenschutz 0.36 (rescaled in proportion)
    view.slider.setValue(100)
    assert view.shown_ranking() == [
        ("1 (shared)", "Digitallotsen", "7.26", "—", "↑1"),
        ("1 (shared)", "Zwilling", "7.26", "—", "↑1"),
        ("3", "Sensorik", "6.56", "—", "↓2"),
        ("4", "WLAN", "5.36", "—", "–"),
    ]
    assert not view.table.isColumnHidden(RankingModel.MOVE)
    assert view.whatif_note.isVisible()
    assert view.reset_button.isEnabled()
    assert view.whatif_note.text() == "what-if — not saved"
    assert view.slider_value.text() == "10.0\u00a0% (saved: 50.0\u00a0%)"
    assert [e.weight for e in view.legend.entries] == [
        "50.0\u00a0% → 10.0\u00a0%",
        "30.0\u00a0% → 54.0\u00a0%",
        "20.0\u00a0% → 36.0\u00a0%",
    ]
    assert view.summary.text().startswith("What-if (not saved): with Klima at 10.0\u00a0%")
    assert [b.leader for b in view.chart.bars] == [True, True, False, False]
    # nothing was written: no undo step, the same entries, the same bytes
    assert doc.undo_stack.count() == undo_count
    assert judgements_and_scores(doc, wid) == before
    assert sha256(built.path) == digest
    view.reset_button.click()
    assert view.shown_ranking()[0] == ("1", "Sensorik", "7.20", "—", "")
    assert view.slider.value() == 500
    assert view.table.isColumnHidden(RankingModel.MOVE)
    assert doc.undo_stack.count() == undo_count


def test_arrow_keys_move_the_weight_one_point_at_a_time(qtbot, built: Built) -> None:
    view = show(qtbot, built)
    focus(qtbot, view.slider)
    qtbot.keyClick(view.slider, Qt.Key.Key_Left)
    assert view.slider.value() == 490
    assert view.whatif == (0, 0.49)
    assert view.slider_value.text().startswith("49.0\u00a0%")
    for _ in range(20):
        qtbot.keyClick(view.slider, Qt.Key.Key_Left)
    assert view.whatif == (0, 0.29)
    qtbot.keyClick(view.slider, Qt.Key.Key_Right)
    assert view.whatif == (0, 0.30)
    # back on the saved weight: the saved result again, without arrows
    view.slider.setValue(500)
    assert view.whatif is None
    assert view.shown_ranking()[0][4] == ""


def test_choosing_another_criterion_starts_from_the_saved_result(qtbot, built: Built) -> None:
    view = show(qtbot, built)
    view.slider.setValue(100)
    view.criterion_combo.setCurrentIndex(1)
    assert view.whatif is None
    assert view.slider.value() == round(0.3 * SLIDER_STEPS)
    assert view.shown_ranking()[0][:2] == ("1", "Sensorik")


def test_a_running_whatif_survives_a_change_in_the_file(qtbot, built: Built) -> None:
    view = show(qtbot, built)
    view.slider.setValue(100)
    wlan, klima = built.projects["WLAN"], built.criteria["Klima"]
    push(built.doc, wo.set_score(built.doc, built.weighting_id, None, wlan, klima, 6))
    assert view.whatif == (0, 0.1)
    # WLAN (6, 5, 6) at 0.1/0.54/0.36: 0.6 + 2.7 + 2.16 = 5.46
    assert ("4", "WLAN", "5.46", "—", "–") in view.shown_ranking()


def test_ranking_model_passes_the_model_tester_while_rows_move(
    qtbot, qtmodeltester, built: Built
) -> None:
    view = show(qtbot, built)
    qtmodeltester.check(view.model)
    for value in (100, 0, 1000, 300, 500, 100):
        view.slider.setValue(value)
    qtmodeltester.check(view.model)
    push(
        built.doc,
        wo.set_score(
            built.doc,
            built.weighting_id,
            None,
            built.projects["Plattform"],
            built.criteria["Kosten"],
            5,
        ),
    )
    push(
        built.doc,
        wo.set_score(
            built.doc,
            built.weighting_id,
            None,
            built.projects["Plattform"],
            built.criteria["Datenschutz"],
            5,
        ),
    )
    assert len(view.shown_ranking()) == 5
    qtmodeltester.check(view.model)


def test_a_hidden_view_catches_up_when_shown(qtbot, built: Built) -> None:
    view = show(qtbot, built)
    view.hide()
    wlan, klima = built.projects["WLAN"], built.criteria["Klima"]
    push(built.doc, wo.set_score(built.doc, built.weighting_id, None, wlan, klima, 10))
    assert view.shown_ranking()[0][1] == "Sensorik"  # not recomputed while hidden
    view.show()
    qtbot.waitExposed(view)
    assert view.shown_ranking()[0][:3] == ("1", "WLAN", "7.70")


def test_a_segment_under_the_mouse_names_its_criterion(qtbot, built: Built) -> None:
    view = show(qtbot, built)
    first = view.chart.bar_geometry()[0]
    kosten = first.segments[1]
    hit = view.chart.segment_at(kosten.rect.center())
    assert hit is not None
    assert hit[0] == 0
    assert hit[1].criterion == 1
    assert math.isclose(hit[1].value, 0.3 * 6)
    assert view.chart.segment_at(first.rect.topRight() + QPointF(40, 0)) is None

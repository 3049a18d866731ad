"""Criteria, projects and weightings without widgets: push, undo, redo, what the file holds,
what is announced, and the result `evaluate()` reads back from the file.

Every check reads the weighting tables afresh from the file; the tests that change things end
by closing and reopening the file, which must show the same rows.
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import math
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import Any

import pytest

from smartcity_desktop.document import board_ops
from smartcity_desktop.document import weighting_ops as wops
from smartcity_desktop.document.document import ProjectDocument
from smartcity_desktop.domain import weighting as wm
from smartcity_desktop.domain.model import Attendance

TABLES = (
    "criteria",
    "projects",
    "weightings",
    "weighting_criteria",
    "weighting_projects",
    "judgements",
    "scores",
)
WEIGHTING_SIGNALS = ("criteria_changed", "projects_changed", "weightings_changed")


def rows(doc: ProjectDocument, tables: tuple[str, ...] = TABLES) -> dict[str, list]:
    conn = doc._file.conn
    return {t: [tuple(r) for r in conn.execute(f"SELECT * FROM {t} ORDER BY id")] for t in tables}


def push(doc: ProjectDocument, command: Any) -> Any:
    assert command is not None
    assert doc.push(command), doc.last_error
    return command


class Signals:
    def __init__(self, doc: ProjectDocument) -> None:
        self.seen: list[str] = []
        for name in WEIGHTING_SIGNALS:
            getattr(doc, name).connect(partial(self.seen.append, name))

    def take(self) -> set[str]:
        seen, self.seen = set(self.seen), []
        return seen


@dataclass
class Setup:
    doc: ProjectDocument
    path: Path
    workshop: int
    criteria: list[int]  # Klima, Kosten, Teilhabe
    projects: list[int]  # Radweg, Sensorik, Portal
    anna: int
    ben: int


@pytest.fixture
def setup(tmp_path: Path):
    path = tmp_path / "w.scw"
    doc = ProjectDocument.create(path, title="Teststadt")
    from smartcity_desktop.document import commands

    push(doc, commands.InsertCommand(doc, "workshop", {"title": "Fachgespräch"}, "add"))
    workshop = doc.workshops()[0].id
    people = []
    for name in ("Anna Beispiel", "Ben Muster"):
        doc.add_participant({"name": name}, workshop, Attendance.PRESENT)
        people.append(next(p.id for p in doc.participants() if p.name == name))
    add = push(doc, wops.add_criteria(doc, [{"name": n} for n in ("Klima", "Kosten", "Teilhabe")]))
    projects = []
    for title in ("Radweg-Sensorik", "Baumsensorik", "Datenportal"):
        projects.append(push(doc, wops.add_project(doc, title)).new_ids[0])
    doc.undo_stack.clear()
    s = Setup(doc, path, workshop, list(add.new_ids), projects, *people)
    yield s
    doc.close()


def start(s: Setup, method: str = "ahp", **kw: Any) -> int:
    command = wops.start_weighting(
        s.doc, s.workshop, "Gewichtung", method, s.criteria, s.projects, **kw
    )
    return push(s.doc, command).new_ids[0]


def reopened(s: Setup) -> dict[str, list]:
    before = rows(s.doc)
    s.doc.close()
    doc = ProjectDocument.open(s.path)
    try:
        assert rows(doc) == before
        return before
    finally:
        doc.close()


# -- the criteria catalogue ------------------------------------------------------------------


def test_criteria_are_added_in_order_and_the_step_undoes(setup: Setup) -> None:
    doc = setup.doc
    signals = Signals(doc)
    command = push(doc, wops.add_criteria(doc, wops.demo_catalogue()))
    assert len(command.new_ids) == 10
    names = [c.name for c in doc.criteria()]
    assert names[:3] == ["Klima", "Kosten", "Teilhabe"]
    assert names[3] == "Gemeinwohl & Bürgernutzen"
    assert [c.position for c in doc.criteria()] == list(range(13))
    must = [c for c in doc.criteria() if c.must]
    assert [(c.name[:11], c.threshold) for c in must] == [("Datenschutz", 5.0)]
    assert all(c.anchor_low and c.anchor_mid and c.anchor_high for c in doc.criteria()[3:])
    assert signals.take() == {"criteria_changed"}
    doc.undo_stack.undo()
    assert [c.name for c in doc.criteria()] == ["Klima", "Kosten", "Teilhabe"]
    doc.undo_stack.redo()
    assert len(doc.criteria()) == 13


def test_typing_a_criterion_name_merges_into_one_step(setup: Setup) -> None:
    doc, klima = setup.doc, setup.criteria[0]
    for text in ("K", "Kl", "Klima & Umwelt"):
        push(doc, wops.edit_criterion(doc, klima, {"name": text}))
    assert doc.undo_stack.count() == 1
    assert doc.criteria()[0].name == "Klima & Umwelt"
    doc.undo_stack.undo()
    assert doc.criteria()[0].name == "Klima"
    assert wops.edit_criterion(doc, klima, {"name": "Klima"}) is None  # nothing changes


@pytest.mark.parametrize(
    ("values", "message"),
    [({"name": "  "}, "needs a name"), ({"threshold": 11}, "0 to 10"), ({"threshold": -1}, "0 to")],
)
def test_bad_criterion_values_are_refused_before_anything_is_written(
    setup: Setup, values: dict, message: str
) -> None:
    before = rows(setup.doc)
    with pytest.raises(ValueError, match=message):
        wops.edit_criterion(setup.doc, setup.criteria[0], values)
    assert rows(setup.doc) == before


def test_a_must_criterion_with_threshold_is_stored(setup: Setup) -> None:
    doc, kosten = setup.doc, setup.criteria[1]
    push(doc, wops.edit_criterion(doc, kosten, {"must": True, "threshold": "4.5"}))
    c = doc.criteria()[1]
    assert (c.must, c.threshold) == (True, 4.5)
    push(doc, wops.edit_criterion(doc, kosten, {"threshold": ""}))
    assert doc.criteria()[1].threshold is None


def test_moving_a_criterion_renumbers_positions(setup: Setup) -> None:
    doc = setup.doc
    push(doc, wops.move_criterion(doc, setup.criteria[2], 0))
    assert [c.name for c in doc.criteria()] == ["Teilhabe", "Klima", "Kosten"]
    assert wops.move_criterion(doc, setup.criteria[2], 0) is None
    doc.undo_stack.undo()
    assert [c.name for c in doc.criteria()] == ["Klima", "Kosten", "Teilhabe"]


def test_deleting_a_used_criterion_takes_its_entries_along_and_undo_restores_them(
    setup: Setup,
) -> None:
    doc = setup.doc
    wid = start(setup)
    klima, kosten, teilhabe = setup.criteria
    push(doc, wops.set_judgements(doc, wid, None, {(klima, kosten): 3, (klima, teilhabe): 5}))
    push(doc, wops.set_score(doc, wid, None, setup.projects[0], klima, 7))
    push(doc, wops.set_score(doc, wid, None, setup.projects[0], kosten, 4))
    assert wops.uses_of_criteria(doc, [klima]) == ["Gewichtung"]
    before = rows(doc)
    signals = Signals(doc)
    push(doc, wops.delete_criteria(doc, [klima]))
    assert signals.take() == {"criteria_changed", "weightings_changed"}
    assert doc.judgements(wid) == []
    assert [(s.criterion_id, s.value) for s in doc.scores(wid)] == [(kosten, 4.0)]
    assert doc.weighting(wid).criterion_ids == (kosten, teilhabe)
    doc.undo_stack.undo()
    assert rows(doc) == before
    doc.undo_stack.redo()
    assert doc.weighting(wid).criterion_ids == (kosten, teilhabe)
    reopened(setup)


# -- projects --------------------------------------------------------------------------------


def test_a_project_from_a_card_and_from_a_cluster_keeps_the_link(setup: Setup) -> None:
    doc = setup.doc
    board = push(doc, board_ops.add_board(doc, setup.workshop, "Ideen")).row_id
    text = "Bodenfeuchte an Stadtbäumen messen"
    card = push(doc, board_ops.add_card(doc, board, board_ops.NewCard(text), 10, 60)).new_ids[0]
    cluster = push(doc, board_ops.create_cluster(doc, board, [card], "Umwelt")).new_ids[0]
    [card_row] = doc.cards_by_ids([card])
    assert card_row.cluster_id == cluster
    push(doc, board_ops.promote_clusters(doc, [cluster]))
    field = doc.fields_of_action()[0]
    from_card = push(doc, wops.project_from_card(doc, card)).new_ids[0]
    from_cluster = push(doc, wops.project_from_cluster(doc, cluster)).new_ids[0]
    by_id = {p.id: p for p in doc.projects()}
    p = by_id[from_card]
    assert (p.title, p.card_id, p.cluster_id) == (card_row.text, card, card_row.cluster_id)
    assert p.field_id == field.id
    q = by_id[from_cluster]
    assert (q.title, q.cluster_id, q.card_id, q.field_id) == ("Umwelt", cluster, None, field.id)
    assert [x.id for x in wops.projects_of(doc, card_id=card)] == [from_card]
    assert [x.id for x in wops.projects_of(doc, cluster_id=cluster)] == [from_cluster]
    # deleting the card keeps the project, without the link; undo brings the link back
    push(doc, board_ops.delete_items(doc, [card]))
    assert {p.id: p.card_id for p in doc.projects()}[from_card] is None
    doc.undo_stack.undo()
    assert {p.id: p.card_id for p in doc.projects()}[from_card] == card


def test_a_long_card_text_becomes_a_short_title_with_the_text_as_description(
    setup: Setup,
) -> None:
    doc = setup.doc
    board = push(doc, board_ops.add_board(doc, setup.workshop, "Ideen")).row_id
    text = "Eine sehr lange Idee " * 10
    card = push(doc, board_ops.add_card(doc, board, board_ops.NewCard(text), 0, 0)).new_ids[0]
    project = push(doc, wops.project_from_card(doc, card)).new_ids[0]
    p = next(p for p in doc.projects() if p.id == project)
    assert len(p.title) <= 120
    assert p.title.endswith("…")
    assert p.description == doc.cards_by_ids([card])[0].text


def test_project_fields_are_checked_and_typing_merges(setup: Setup) -> None:
    doc, radweg = setup.doc, setup.projects[0]
    push(doc, wops.edit_project(doc, radweg, {"cost": "150000"}))
    push(doc, wops.edit_project(doc, radweg, {"status": "selected"}))
    for text in ("T", "Tiefbauamt"):
        push(doc, wops.edit_project(doc, radweg, {"owner": text}))
    p = doc.projects()[0]
    assert (p.cost, p.status, p.owner) == (150000, "selected", "Tiefbauamt")
    assert doc.undo_stack.count() == 3
    before = rows(doc)
    for bad, message in (
        ({"cost": "-5"}, "between 0 and"),
        ({"cost": "viel"}, "could not convert"),
        ({"cost": 2.5}, "whole number"),
        ({"cost": 10**13}, "between 0 and"),
        ({"title": ""}, "needs a title"),
        ({"status": "vielleicht"}, "not a valid ProjectStatus"),
    ):
        with pytest.raises(ValueError, match=message):
            wops.edit_project(doc, radweg, bad)
    assert rows(doc) == before


def test_deleting_a_project_removes_its_scores_undoably(setup: Setup) -> None:
    doc = setup.doc
    wid = start(setup)
    push(doc, wops.set_score(doc, wid, None, setup.projects[1], setup.criteria[0], 9))
    before = rows(doc)
    assert wops.uses_of_projects(doc, [setup.projects[1]]) == ["Gewichtung"]
    push(doc, wops.delete_projects(doc, [setup.projects[1]]))
    assert doc.scores(wid) == []
    assert doc.weighting(wid).project_ids == (setup.projects[0], setup.projects[2])
    doc.undo_stack.undo()
    assert rows(doc) == before


# -- weightings ------------------------------------------------------------------------------


def test_starting_a_weighting_is_one_step(setup: Setup) -> None:
    doc = setup.doc
    signals = Signals(doc)
    wid = start(setup, "points", judged_by="participants")
    w = doc.weighting(wid)
    assert (w.title, w.method, w.judged_by, w.scored_by, w.state) == (
        "Gewichtung",
        "points",
        "participants",
        "group",
        "open",
    )
    assert w.criterion_ids == tuple(setup.criteria)
    assert w.project_ids == tuple(setup.projects)
    assert signals.take() == {"weightings_changed"}
    assert doc.weightings(setup.workshop) == [w]
    doc.undo_stack.undo()
    assert rows(doc, TABLES[2:]) == {t: [] for t in TABLES[2:]}
    with pytest.raises(ValueError, match="not a valid WeightingMethod"):
        wops.start_weighting(doc, setup.workshop, "x", "dart", setup.criteria)


def test_a_pair_given_either_way_round_is_one_judgement(setup: Setup) -> None:
    doc = setup.doc
    wid = start(setup)
    steps = doc.undo_stack.count()
    klima, kosten, _ = setup.criteria
    push(doc, wops.set_judgement(doc, wid, None, kosten, klima, 1 / 5))  # Klima 5× Kosten
    [j] = doc.judgements(wid)
    assert (j.criterion_id, j.other_id) == (klima, kosten)
    assert j.value == pytest.approx(5.0)
    push(doc, wops.set_judgement(doc, wid, None, klima, kosten, 3))
    assert [j.value for j in doc.judgements(wid)] == [3.0]
    assert doc.undo_stack.count() == steps + 2
    push(doc, wops.set_judgement(doc, wid, None, klima, kosten, None))
    assert doc.judgements(wid) == []
    doc.undo_stack.undo()
    assert [j.value for j in doc.judgements(wid)] == [3.0]


@pytest.mark.parametrize(
    ("method", "entry", "message"),
    [
        ("ahp", (0, 1, 10), "between 1/9 and 9"),
        ("ahp", (0, 1, 0.1), "between 1/9 and 9"),
        ("ahp", (0, None, 3), "judges pairs"),
        ("pairwise", (0, 1, 1.5), "2, 1 or 0"),
        ("points", (0, None, -3), "between 0 and 1000"),
        ("points", (0, None, float("inf")), "finite"),
        ("ahp", (1, 0, 0), "between 1/9 and 9"),
        ("rank_roc", (0, None, float("inf")), "finite"),
        ("points", (0, 1, 3), "judges criteria"),
        ("rank_roc", (0, None, 0), "rank"),
        ("rank_sum", (0, None, 1.5), "rank"),
        ("ahp", (0, 0, 3), "itself"),
    ],
)
def test_judgements_outside_the_method_are_refused(
    setup: Setup, method: str, entry: tuple, message: str
) -> None:
    wid = start(setup, method)
    c = setup.criteria
    a, b, value = entry
    before = rows(setup.doc)
    with pytest.raises(ValueError, match=message):
        wops.set_judgement(setup.doc, wid, None, c[a], None if b is None else c[b], value)
    assert rows(setup.doc) == before


def test_a_criterion_outside_the_weighting_is_refused(setup: Setup) -> None:
    doc = setup.doc
    other = push(doc, wops.add_criterion(doc, "Risiko")).new_ids[0]
    wid = start(setup, "points")
    with pytest.raises(KeyError):
        wops.set_judgement(doc, wid, None, other, None, 10)
    with pytest.raises(KeyError):
        wops.set_score(doc, wid, None, setup.projects[0], other, 5)


def test_changing_the_method_drops_judgements_in_the_same_step(setup: Setup) -> None:
    doc = setup.doc
    wid = start(setup, "points")
    push(doc, wops.set_judgement(doc, wid, None, setup.criteria[0], None, 60))
    before = rows(doc)
    push(doc, wops.edit_weighting(doc, wid, {"method": "rank_sum"}))
    assert doc.weighting(wid).method == "rank_sum"
    assert doc.judgements(wid) == []
    doc.undo_stack.undo()
    assert rows(doc) == before
    with pytest.raises(ValueError, match="needs a title"):
        wops.edit_weighting(doc, wid, {"title": " "})


def test_finishing_and_renaming(setup: Setup) -> None:
    doc = setup.doc
    wid = start(setup)
    steps = doc.undo_stack.count()
    push(doc, wops.edit_weighting(doc, wid, {"state": "finished"}))
    assert doc.undo_stack.undoText() == "Finish weighting"
    for text in ("G", "Gewichtung Kriterien"):
        push(doc, wops.edit_weighting(doc, wid, {"title": text}))
    assert doc.undo_stack.count() == steps + 2
    assert doc.weighting(wid).title == "Gewichtung Kriterien"


def test_changing_the_criteria_of_a_weighting_removes_their_entries(setup: Setup) -> None:
    doc = setup.doc
    wid = start(setup)
    klima, kosten, teilhabe = setup.criteria
    push(doc, wops.set_judgements(doc, wid, None, {(klima, kosten): 3, (kosten, teilhabe): 2}))
    push(doc, wops.set_scores(doc, wid, None, {(setup.projects[0], klima): 5}))
    before = rows(doc)
    push(doc, wops.set_weighting_criteria(doc, wid, [teilhabe, kosten]))
    assert doc.weighting(wid).criterion_ids == (teilhabe, kosten)
    assert [(j.criterion_id, j.other_id) for j in doc.judgements(wid)] == [(kosten, teilhabe)]
    assert doc.scores(wid) == []
    push(doc, wops.set_weighting_criteria(doc, wid, [teilhabe, kosten, klima]))
    assert doc.weighting(wid).criterion_ids == (teilhabe, kosten, klima)
    doc.undo_stack.undo()
    doc.undo_stack.undo()
    assert rows(doc) == before
    push(doc, wops.set_weighting_projects(doc, wid, [setup.projects[2]]))
    assert doc.weighting(wid).project_ids == (setup.projects[2],)
    assert doc.scores(wid) == []
    assert wops.set_weighting_projects(doc, wid, [setup.projects[2]]) is None


def test_scores_are_checked_and_a_block_is_one_step(setup: Setup) -> None:
    doc = setup.doc
    wid = start(setup)
    p, c = setup.projects, setup.criteria
    block = {(pi, ci): float(k % 11) for k, (pi, ci) in enumerate((a, b) for a in p for b in c)}
    signals = Signals(doc)
    steps = doc.undo_stack.count()
    push(doc, wops.set_scores(doc, wid, None, block))
    assert doc.undo_stack.count() == steps + 1
    assert signals.take() == {"weightings_changed"}
    assert {(s.project_id, s.criterion_id): s.value for s in doc.scores(wid)} == block
    before = rows(doc)
    for bad in (10.5, -1, float("nan")):
        with pytest.raises(ValueError, match="between 0 and 10"):
            wops.set_score(doc, wid, None, p[0], c[0], bad)
    assert rows(doc) == before
    assert wops.set_score(doc, wid, None, p[0], c[0], block[(p[0], c[0])]) is None
    doc.undo_stack.undo()
    assert doc.scores(wid) == []
    reopened(setup)


# -- results ---------------------------------------------------------------------------------


def fill_group_ahp(s: Setup, wid: int) -> None:
    klima, kosten, teilhabe = s.criteria
    push(
        s.doc,
        wops.set_judgements(
            s.doc, wid, None, {(klima, kosten): 3, (klima, teilhabe): 5, (kosten, teilhabe): 2}
        ),
    )
    scores = {
        s.projects[0]: (6, 8, 5),
        s.projects[1]: (9, 5, 6),
        s.projects[2]: (4, 9, 8),
    }
    push(
        s.doc,
        wops.set_scores(
            s.doc,
            wid,
            None,
            {(p, c): v for p, vs in scores.items() for c, v in zip(s.criteria, vs, strict=True)},
        ),
    )


def test_evaluate_a_group_ahp_weighting(setup: Setup) -> None:
    wid = start(setup)
    fill_group_ahp(setup, wid)
    ev = wops.evaluate(setup.doc, wid)
    expected = wm.ahp(wm.matrix_from_upper(3, [3, 5, 2]))
    assert ev.weights.weights == pytest.approx(expected.weights)
    assert ev.weights.ahp.cr == pytest.approx(expected.cr)
    utilities = wm.weighted_sum(expected.weights, [[6, 8, 5], [9, 5, 6], [4, 9, 8]])
    assert [o.utility for o in ev.outcomes] == pytest.approx(list(utilities))
    assert [o.rank for o in ev.outcomes] == wm.competition_ranks(list(utilities))
    best = max(range(3), key=lambda i: utilities[i])
    assert ev.leader is not None
    assert ev.leader.project_id == setup.projects[best]
    for o in ev.outcomes:
        assert sum(o.contributions) == pytest.approx(o.utility)
    stability = [wm.stability_interval(ev.weights.weights, ev.score_matrix, k) for k in range(3)]
    bounds = [b for c in ev.sensitivity.criteria for b in (c.low, c.high)]
    assert bounds == pytest.approx([b for pair in stability for b in pair])


def test_the_criterion_order_of_a_weighting_doesnt_change_its_weights(setup: Setup) -> None:
    wid = start(setup)
    fill_group_ahp(setup, wid)
    before = dict(
        zip(
            setup.doc.weighting(wid).criterion_ids,
            wops.evaluate(setup.doc, wid).weights.weights,
            strict=True,
        )
    )
    push(setup.doc, wops.set_weighting_criteria(setup.doc, wid, setup.criteria[::-1]))
    ev = wops.evaluate(setup.doc, wid)
    after = dict(zip(ev.weighting.criterion_ids, ev.weights.weights, strict=True))
    assert after == pytest.approx(before)


def test_a_must_criterion_excludes_and_missing_scores_leave_a_project_unranked(
    setup: Setup,
) -> None:
    doc = setup.doc
    wid = start(setup)
    fill_group_ahp(setup, wid)
    kosten = setup.criteria[1]
    push(doc, wops.edit_criterion(doc, kosten, {"must": True, "threshold": 6}))
    push(doc, wops.set_score(doc, wid, None, setup.projects[2], setup.criteria[2], None))
    ev = wops.evaluate(doc, wid)
    radweg, baum, portal = ev.outcomes
    assert (baum.excluded, baum.failed_must, baum.rank) == (True, (1,), None)  # 5 < 6
    assert (portal.missing, portal.rank) == (1, None)
    assert (radweg.rank, ev.ranked) == (1, (0,))


def test_judged_by_participants_uses_the_geometric_mean_and_shows_the_spread(
    setup: Setup,
) -> None:
    doc = setup.doc
    wid = start(setup, judged_by="participants")
    klima, kosten, teilhabe = setup.criteria
    anna = {(klima, kosten): 3, (klima, teilhabe): 5, (kosten, teilhabe): 2}
    ben = {(klima, kosten): 1 / 2, (klima, teilhabe): 2, (kosten, teilhabe): 4}
    push(doc, wops.set_judgements(doc, wid, setup.anna, anna))
    push(doc, wops.set_judgements(doc, wid, setup.ben, ben))
    push(doc, wops.set_judgement(doc, wid, None, klima, kosten, 9))  # the group's: not used
    ev = wops.evaluate(doc, wid)
    ma = wm.matrix_from_upper(3, [3, 5, 2])
    mb = wm.matrix_from_upper(3, [1 / 2, 2, 4])
    group = wm.ahp(wm.geometric_mean_matrix([ma, mb]))
    assert ev.weights.weights == pytest.approx(group.weights)
    assert [r.participant_id for r in ev.weights.raters] == [setup.anna, setup.ben]
    assert ev.weights.raters[1].ahp.cr == pytest.approx(wm.ahp(mb).cr)
    wa, wb = wm.ahp(ma).weights, wm.ahp(mb).weights
    for k, stats in enumerate(ev.weights.spread):
        assert (stats.minimum, stats.maximum) == pytest.approx(
            (min(wa[k], wb[k]), max(wa[k], wb[k]))
        )
    assert wops.raters(doc, wid) == [setup.anna, setup.ben]
    # a participant leaves the project: their judgements go, undo brings them back
    signals = Signals(doc)
    from smartcity_desktop.document import commands

    push(doc, commands.DeleteCommand(doc, "participant", [setup.ben], "delete"))
    assert "weightings_changed" in signals.take()
    assert wops.evaluate(doc, wid).weights.weights == pytest.approx(wm.ahp(ma).weights)
    doc.undo_stack.undo()
    assert wops.evaluate(doc, wid).weights.weights == pytest.approx(group.weights)


def test_an_incomplete_ahp_has_no_weights_and_counts_the_missing_pairs(setup: Setup) -> None:
    wid = start(setup)
    klima, kosten, _ = setup.criteria
    push(setup.doc, wops.set_judgement(setup.doc, wid, None, klima, kosten, 3))
    ev = wops.evaluate(setup.doc, wid)
    assert (ev.weights.complete, ev.weights.missing, ev.ranked) == (False, 2, ())


@pytest.mark.parametrize(
    ("method", "entries", "expected"),
    [
        ("points", {0: 50, 1: 30, 2: 20}, (0.5, 0.3, 0.2)),
        ("rank_roc", {0: 2, 1: 1, 2: 3}, tuple(wm.rank_weights([2, 1, 3], "roc"))),
        ("rank_sum", {0: 1, 1: 1, 2: 3}, tuple(wm.rank_weights([1, 1, 3], "rank_sum"))),
    ],
)
def test_points_and_ranks(setup: Setup, method: str, entries: dict, expected: tuple) -> None:
    wid = start(setup, method)
    c = setup.criteria
    push(
        setup.doc,
        wops.set_judgements(setup.doc, wid, None, {(c[k], None): v for k, v in entries.items()}),
    )
    assert wops.evaluate(setup.doc, wid).weights.weights == pytest.approx(expected)


def test_pairwise_210_with_a_circle(setup: Setup) -> None:
    wid = start(setup, "pairwise")
    klima, kosten, teilhabe = setup.criteria
    # Klima beats Kosten, Kosten beats Teilhabe, Teilhabe beats Klima
    entries = {(klima, kosten): 2, (kosten, teilhabe): 2, (teilhabe, klima): 2}
    push(setup.doc, wops.set_judgements(setup.doc, wid, None, entries))
    ev = wops.evaluate(setup.doc, wid)
    assert ev.weights.weights == pytest.approx((1 / 3, 1 / 3, 1 / 3))
    assert ev.weights.circular_triads == ((0, 1, 2),)


def test_the_demo_weighting_is_finished_consistent_and_ranks_seven_projects(
    tmp_path: Path,
) -> None:
    doc = ProjectDocument.create_demo(tmp_path / "demo.scw")
    try:
        [w] = doc.weightings()
        workshop = next(x for x in doc.workshops() if x.id == w.workshop_id)
        assert workshop.title.startswith("Fachgespräch")
        assert (w.method, w.judged_by, w.scored_by, w.state) == (
            "ahp",
            "group",
            "group",
            "finished",
        )
        assert len(doc.criteria()) == 10
        assert 6 <= len(doc.projects()) <= 10
        ev = wops.evaluate(doc, w.id)
        assert ev.weights.complete
        assert ev.weights.ahp.cr <= 0.10
        assert math.isclose(sum(ev.weights.weights), 1.0)
        excluded = [ev.projects[i].title for i, o in enumerate(ev.outcomes) if o.excluded]
        assert excluded == ["Smartes Parken"]
        assert len(ev.ranked) == 7
        assert ev.sensitivity is not None
        assert all(p.card_id or p.cluster_id for p in doc.projects())
    finally:
        doc.close()


def test_a_pair_given_twice_differently_in_one_step_is_refused(setup: Setup) -> None:
    wid = start(setup)
    klima, kosten, _ = setup.criteria
    before = rows(setup.doc)
    with pytest.raises(ValueError, match="two different judgements"):
        wops.set_judgements(setup.doc, wid, None, {(klima, kosten): 3, (kosten, klima): 3})
    # the same judgement seen from both sides is one entry
    push(
        setup.doc,
        wops.set_judgements(setup.doc, wid, None, {(klima, kosten): 3, (kosten, klima): 1 / 3}),
    )
    assert len(setup.doc.judgements(wid)) == 1
    setup.doc.undo_stack.undo()
    assert rows(setup.doc) == before


def test_ahp_is_refused_for_more_criteria_than_the_random_index_knows(setup: Setup) -> None:
    doc = setup.doc
    many = push(doc, wops.add_criteria(doc, [{"name": f"K{i}"} for i in range(14)])).new_ids
    ids = [*setup.criteria, *many]  # 17 criteria
    with pytest.raises(ValueError, match="at most 15"):
        wops.start_weighting(doc, setup.workshop, "Groß", "ahp", ids)
    wid = push(doc, wops.start_weighting(doc, setup.workshop, "Groß", "points", ids)).new_ids[0]
    with pytest.raises(ValueError, match="at most 15"):
        wops.edit_weighting(doc, wid, {"method": "ahp"})
    ahp = start(setup)
    with pytest.raises(ValueError, match="at most 15"):
        wops.set_weighting_criteria(doc, ahp, ids)


def test_switching_between_the_ranking_methods_keeps_the_ranks(setup: Setup) -> None:
    doc = setup.doc
    wid = start(setup, "rank_roc")
    c = setup.criteria
    push(
        doc,
        wops.set_judgements(doc, wid, None, {(c[0], None): 2, (c[1], None): 1, (c[2], None): 3}),
    )
    push(doc, wops.edit_weighting(doc, wid, {"method": "rank_sum"}))
    assert len(doc.judgements(wid)) == 3
    assert wops.evaluate(doc, wid).weights.weights == pytest.approx(
        wm.rank_weights([2, 1, 3], "rank_sum")
    )


def test_points_count_as_complete_once_every_criterion_has_points_or_all_100_are_spread(
    setup: Setup,
) -> None:
    doc = setup.doc
    wid = start(setup, "points")
    c = setup.criteria
    push(doc, wops.set_judgement(doc, wid, None, c[0], None, 40))
    ev = wops.evaluate(doc, wid)
    assert (ev.weights.complete, ev.weights.missing) == (False, 2)
    push(doc, wops.set_judgement(doc, wid, None, c[1], None, 60))  # 100 spread: done
    assert wops.evaluate(doc, wid).weights.weights == pytest.approx((0.4, 0.6, 0.0))
    push(doc, wops.set_judgement(doc, wid, None, c[1], None, 30))
    assert wops.evaluate(doc, wid).weights.missing == 1
    push(doc, wops.set_judgement(doc, wid, None, c[2], None, 10))  # all entered: normalised
    assert wops.evaluate(doc, wid).weights.weights == pytest.approx((0.5, 0.375, 0.125))


def test_entries_another_tool_wrote_wrongly_leave_the_weights_incomplete(setup: Setup) -> None:
    doc = setup.doc
    wid = start(setup, "pairwise")
    klima, kosten, teilhabe = setup.criteria
    push(doc, wops.set_judgements(doc, wid, None, {(klima, kosten): 2, (klima, teilhabe): 2}))
    with doc._file.transaction() as conn:  # a 2/1/0 value the method can't read
        conn.execute(
            "INSERT INTO judgements (weighting_id, criterion_id, other_id, value)"
            " VALUES (?, ?, ?, 1.5)",
            (wid, kosten, teilhabe),
        )
    ev = wops.evaluate(doc, wid)
    assert ev.weights.complete is False
    assert ev.weights.raters[0].invalid
    with pytest.raises(Exception, match="CHECK constraint"), doc._file.transaction() as conn:
        conn.execute(
            "INSERT INTO judgements (weighting_id, criterion_id, other_id, value)"
            " VALUES (?, ?, ?, 2)",
            (wid, teilhabe, klima),  # the larger id first
        )

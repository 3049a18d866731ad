"""Dot-voting in the file: the m004 migration, the schema's rules, reading, cascades, the demo.

The "file" is compared as every row of the voting tables, read with plain SQL, so a cascade or a
restore that puts back almost everything (a cleared link, a paper count, an id) is caught.
"""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path
from typing import Any

import pytest
from store_helpers import columns_of, dump

from smartcity_desktop import cli
from smartcity_desktop.domain import voting
from smartcity_desktop.store import records, schema
from smartcity_desktop.store import voting as store_voting
from smartcity_desktop.store.board import Delete, Insert, apply_changes
from smartcity_desktop.store.check import check_file
from smartcity_desktop.store.connection import ProjectFile
from smartcity_desktop.store.demo import build_demo, demo_source_dir
from smartcity_desktop.store.errors import FileProblem, ProjectFileError

VOTING_TABLES = ("voting_rounds", "round_options", "ballots", "ballot_dots", "paper_counts")
OLD_TABLES = (
    "strategy",
    "stakeholder_groups",
    "workshops",
    "participants",
    "workshop_participants",
    "agenda_items",
    "boards",
    "cards",
    "clusters",
    "fields_of_action",
    "field_clusters",
)

# The fixture's rows (ids fixed, so the tests can name them).
WORKSHOP, BOARD, OTHER_BOARD = 1, 1, 2
MOBILITY, ENVIRONMENT, EDUCATION = 1, 2, 3  # clusters on BOARD
CARD = 1  # in MOBILITY
ANNA, BEN = 1, 2
FIRST, SECOND, OTHER = 1, 2, 3  # rounds: FIRST and its SECOND on BOARD, OTHER on OTHER_BOARD
OPT_MOB, OPT_ENV, OPT_EDU = 1, 2, 3  # FIRST's options
OPT2_MOB, OPT2_ENV = 4, 5  # SECOND's options, linked to FIRST's
OPT_OTHER = 6


def _insert(conn: Any, table: str, **values: Any) -> int:
    return records.insert_in(conn, table, values)


@pytest.fixture
def pf(tmp_path: Path):
    """A workshop with two boards and three rounds with ballots, dots and paper counts."""
    project = ProjectFile.create(
        tmp_path / "punkte.scw", title="Teststadt", stakeholder_groups=["Verwaltung", "Politik"]
    )
    with project.transaction() as conn:
        _insert(conn, "workshops", id=WORKSHOP, title="Auftakt")
        _insert(conn, "boards", id=BOARD, workshop_id=WORKSHOP, title="Ideen", position=0)
        _insert(conn, "boards", id=OTHER_BOARD, workshop_id=WORKSHOP, title="Mehr", position=1)
        for cid, title in (
            (MOBILITY, "Mobilität"),
            (ENVIRONMENT, "Umwelt"),
            (EDUCATION, "Bildung"),
        ):
            _insert(conn, "clusters", id=cid, board_id=BOARD, title=title)
        _insert(conn, "cards", id=CARD, board_id=BOARD, text="Leihräder", cluster_id=MOBILITY)
        _insert(conn, "participants", id=ANNA, name="Anna", group_id=1)
        _insert(conn, "participants", id=BEN, name="Ben", group_id=2)
        _insert(conn, "voting_rounds", id=FIRST, board_id=BOARD, title="Erste", red_dots=1, cap=2)
        _insert(
            conn,
            "voting_rounds",
            id=SECOND,
            board_id=BOARD,
            title="Zweite",
            dots=1,
            previous_round_id=FIRST,
            position=1,
            anonymous=0,
        )
        # positions count per board, as start_round writes them
        _insert(conn, "voting_rounds", id=OTHER, board_id=OTHER_BOARD, title="Andere", position=0)
        for oid, rid, cid, label, prev, pos in (
            (OPT_MOB, FIRST, MOBILITY, "Mobilität", None, 0),
            (OPT_ENV, FIRST, ENVIRONMENT, "Umwelt", None, 1),
            (OPT_EDU, FIRST, EDUCATION, "Bildung", None, 2),
            (OPT2_MOB, SECOND, MOBILITY, "Mobilität", OPT_MOB, 0),
            (OPT2_ENV, SECOND, ENVIRONMENT, "Umwelt", OPT_ENV, 1),
        ):
            _insert(
                conn,
                "round_options",
                id=oid,
                round_id=rid,
                cluster_id=cid,
                label=label,
                previous_option_id=prev,
                position=pos,
            )
        _insert(conn, "round_options", id=OPT_OTHER, round_id=OTHER, label="Sonstiges")
        _insert(conn, "ballots", id=1, round_id=FIRST, voter_no=1, group_id=1)
        _insert(conn, "ballots", id=2, round_id=FIRST, voter_no=2, abstained=1)
        _insert(conn, "ballots", id=3, round_id=SECOND, participant_id=ANNA)
        _insert(conn, "ballots", id=4, round_id=OTHER, voter_no=1)
        _insert(conn, "ballot_dots", id=1, ballot_id=1, option_id=OPT_MOB, green=2, red=0)
        _insert(conn, "ballot_dots", id=2, ballot_id=1, option_id=OPT_ENV, green=1, red=1)
        _insert(conn, "ballot_dots", id=3, ballot_id=3, option_id=OPT2_ENV, green=1)
        _insert(conn, "ballot_dots", id=4, ballot_id=4, option_id=OPT_OTHER, green=1)
        _insert(conn, "paper_counts", id=1, round_id=FIRST, option_id=OPT_MOB, green=4, red=1)
        _insert(conn, "paper_counts", id=2, round_id=FIRST, option_id=OPT_MOB, group_id=2, green=3)
        _insert(conn, "paper_counts", id=3, round_id=SECOND, option_id=OPT2_MOB, green=2)
    yield project
    project.close()


def voting_rows(pf: ProjectFile) -> dict[str, list[tuple]]:
    return dump(pf.conn, VOTING_TABLES)


def refused(pf: ProjectFile, statement: tuple[str, tuple]) -> str:
    """Run one statement in a transaction, which the file must refuse; returns why."""
    with pytest.raises(ProjectFileError) as caught, pf.transaction() as conn:
        conn.execute(*statement)
    assert caught.value.problem is FileProblem.REFUSED
    return str(caught.value)


def _insert_sql(table: str, values: dict[str, Any]) -> tuple[str, tuple]:
    marks = ", ".join("?" for _ in values)
    return f"INSERT INTO {table} ({', '.join(values)}) VALUES ({marks})", tuple(values.values())


def _count(pf: ProjectFile, table: str) -> int:
    return pf.conn.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0]


# -- migration from version 3 ----------------------------------------------------------------------


def _make_v3(path: Path) -> None:
    """A version-3 file with a row in every table it has."""
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        conn.execute("PRAGMA foreign_keys = ON")
        schema.migrate(conn, stop_before="m004_voting")
        conn.execute("BEGIN")
        conn.execute("INSERT INTO strategy (id, title, vision) VALUES (1, 'Altstadt', 'Vision')")
        conn.execute("INSERT INTO stakeholder_groups (id, name, position) VALUES (1, 'Politik', 0)")
        conn.execute("INSERT INTO workshops (id, title, date) VALUES (1, 'Auftakt', '2024-05-02')")
        conn.execute("INSERT INTO participants (id, name, group_id) VALUES (1, 'Anna', 1)")
        conn.execute(
            "INSERT INTO workshop_participants (workshop_id, participant_id) VALUES (1, 1)"
        )
        conn.execute("INSERT INTO agenda_items (id, workshop_id, title) VALUES (1, 1, 'Begrüßung')")
        conn.execute("INSERT INTO boards (id, workshop_id, title) VALUES (1, 1, 'Ideen')")
        conn.execute(
            "INSERT INTO clusters (id, board_id, title, x, y, width, height)"
            " VALUES (1, 1, 'Mobilität', 0, 0, 448, 188)"
        )
        conn.executemany(
            "INSERT INTO cards (id, board_id, text, source, x, y, cluster_id, tags, merged)"
            " VALUES (?, 1, ?, ?, ?, ?, ?, ?, ?)",
            [
                (1, "WLAN am Markt", "survey", 16.0, 52.0, 1, '{"Frage": "3"}', "[]"),
                (2, "Open Data", "best_practice", -30.5, 412.25, None, "{}", '[{"text": "x"}]'),
            ],
        )
        conn.execute("INSERT INTO fields_of_action (id, title) VALUES (1, 'Mobilität')")
        conn.execute("INSERT INTO field_clusters (id, field_id, cluster_id) VALUES (1, 1, 1)")
        conn.execute("COMMIT")
    finally:
        conn.close()


def test_migrating_a_v3_file_to_v4_keeps_every_row(tmp_path: Path) -> None:
    path = tmp_path / "alt.scw"
    _make_v3(path)
    old = dump(path, OLD_TABLES)
    old_columns = columns_of(path, OLD_TABLES)
    assert all(old[t] for t in OLD_TABLES)
    assert int.from_bytes(path.read_bytes()[60:64], "big") == 3
    assert not set(dump(path, VOTING_TABLES))  # none of the voting tables exists yet

    pf = ProjectFile.open(path)
    try:
        assert pf.schema_version == schema.CURRENT_VERSION >= 4
        assert "m004_voting" in schema.applied_names(pf.conn)
        assert schema.pending_names(pf.conn) == []
        assert pf.snapshot_taken is not None
        assert dump(pf.conn, OLD_TABLES, old_columns) == old
        assert voting_rows(pf) == {t: [] for t in VOTING_TABLES}
        assert pf.integrity_check() == []
        # the new tables take a round on the old board and cluster
        apply_changes(
            pf,
            [
                Insert("voting_rounds", ({"id": 1, "board_id": 1, "title": "Punktabfrage"},)),
                Insert(
                    "round_options",
                    ({"id": 1, "round_id": 1, "cluster_id": 1, "label": "Mobilität"},),
                ),
            ],
        )
        (r,) = store_voting.list_rounds(pf, 1)
        assert (r.dots, r.red_dots, r.cap, r.anonymous, r.hidden, r.state) == (
            3,
            0,
            1,
            True,
            True,
            "open",
        )
        assert [o.cluster_id for o in store_voting.list_options(pf, 1)] == [1]
    finally:
        pf.close()
    # the snapshot is the untouched version-3 file
    assert dump(pf.snapshot_taken, OLD_TABLES) == old


# -- what the schema refuses -----------------------------------------------------------------------


def test_deleting_a_stakeholder_group_keeps_its_paper_counts_without_a_group(
    pf: ProjectFile,
) -> None:
    # the fixture has (OPT_MOB, no group) and (OPT_MOB, group 2): the dots were cast all the
    # same, so deleting group 2 moves its counts to "no group" instead of dropping them
    before = {
        (r["option_id"], r["group_id"]): (r["green"], r["red"])
        for r in store_voting.list_paper(pf, FIRST)
    }
    assert (OPT_MOB, 2) in before
    assert (OPT_MOB, None) in before
    with pf.transaction() as conn:
        snapshot = records.delete_in(conn, "stakeholder_groups", [2])
    after = store_voting.list_paper(pf, FIRST)
    assert all(r["group_id"] != 2 for r in after)
    mob = [r for r in after if r["option_id"] == OPT_MOB and r["group_id"] is None]
    assert len(mob) == 2
    assert sum(r["green"] for r in mob) == before[(OPT_MOB, None)][0] + before[(OPT_MOB, 2)][0]
    with pf.transaction() as conn:
        records.restore_in(conn, snapshot)
    restored = {
        (r["option_id"], r["group_id"]): (r["green"], r["red"])
        for r in store_voting.list_paper(pf, FIRST)
    }
    assert restored == before


@pytest.mark.parametrize(
    ("table", "values", "why"),
    [
        ("ballot_dots", {"ballot_id": 1, "option_id": OPT_EDU, "green": -1}, "green >= 0"),
        ("ballot_dots", {"ballot_id": 1, "option_id": OPT_EDU, "red": -1}, "red >= 0"),
        ("paper_counts", {"round_id": FIRST, "option_id": OPT_EDU, "green": -1}, "green >= 0"),
        ("paper_counts", {"round_id": FIRST, "option_id": OPT_EDU, "red": -2}, "red >= 0"),
        ("voting_rounds", {"board_id": BOARD, "title": "x", "dots": 0}, "dots >= 1"),
        ("voting_rounds", {"board_id": BOARD, "title": "x", "red_dots": -1}, "red_dots >= 0"),
        ("voting_rounds", {"board_id": BOARD, "title": "x", "cap": 0}, "cap >= 1"),
        ("voting_rounds", {"board_id": BOARD, "title": "x", "voter_count": -1}, "voter_count"),
        ("voting_rounds", {"board_id": BOARD, "title": "x", "state": "counting"}, "state IN"),
        ("voting_rounds", {"board_id": BOARD, "title": "x", "target": "fields"}, "target IN"),
        ("voting_rounds", {"board_id": BOARD, "title": "x", "voters": "all"}, "voters IN"),
        ("voting_rounds", {"board_id": BOARD, "title": "x", "anonymous": 2}, "anonymous IN"),
        ("ballots", {"round_id": FIRST, "abstained": 2}, "abstained IN"),
        ("ballots", {"round_id": 99}, "FOREIGN KEY"),
        ("ballot_dots", {"ballot_id": 1, "option_id": 99, "green": 1}, "FOREIGN KEY"),
    ],
)
def test_the_schema_refuses_impossible_rows(
    pf: ProjectFile, table: str, values: dict, why: str
) -> None:
    before = voting_rows(pf)
    assert why in refused(pf, _insert_sql(table, values))
    assert voting_rows(pf) == before


def test_the_schema_refuses_negative_dots_on_update(pf: ProjectFile) -> None:
    before = voting_rows(pf)
    assert "green >= 0" in refused(pf, ("UPDATE ballot_dots SET green = -1 WHERE id = 1", ()))
    assert "red >= 0" in refused(pf, ("UPDATE paper_counts SET red = -1 WHERE id = 1", ()))
    assert voting_rows(pf) == before


# -- reading ---------------------------------------------------------------------------------------


def test_the_rounds_of_a_workshop_are_listed_in_the_order_they_were_started(
    pf: ProjectFile,
) -> None:
    # FIRST and SECOND on one board (positions 0, 1), then OTHER on another board (position 0)
    assert [r.id for r in store_voting.list_rounds(pf, WORKSHOP)] == [FIRST, SECOND, OTHER]


def test_reading_rounds_options_ballots_and_paper(pf: ProjectFile) -> None:
    assert {r.id for r in store_voting.list_rounds(pf, WORKSHOP)} == {FIRST, SECOND, OTHER}
    assert store_voting.list_rounds(pf, 99) == []
    assert [r.id for r in store_voting.board_rounds(pf, BOARD)] == [FIRST, SECOND]
    second = store_voting.get_round(pf, SECOND)
    assert (second.previous_round_id, second.anonymous, second.dots, second.position) == (
        FIRST,
        False,
        1,
        1,
    )
    with pytest.raises(KeyError):
        store_voting.get_round(pf, 99)
    options = store_voting.list_options(pf, SECOND)
    assert [(o.id, o.label, o.cluster_id, o.previous_option_id) for o in options] == [
        (OPT2_MOB, "Mobilität", MOBILITY, OPT_MOB),
        (OPT2_ENV, "Umwelt", ENVIRONMENT, OPT_ENV),
    ]
    ballots = store_voting.list_ballots(pf, FIRST)
    assert [(b.id, b.voter_no, b.group_id, b.abstained, b.dots) for b in ballots] == [
        (1, 1, 1, False, ((OPT_MOB, 2, 0), (OPT_ENV, 1, 1))),
        (2, 2, None, True, ()),
    ]
    assert [b.participant_id for b in store_voting.list_ballots(pf, SECOND)] == [ANNA]
    paper = store_voting.list_paper(pf, FIRST)
    assert [(p["option_id"], p["group_id"], p["green"], p["red"]) for p in paper] == [
        (OPT_MOB, None, 4, 1),
        (OPT_MOB, 2, 3, 0),
    ]


@pytest.mark.parametrize(
    ("table", "row_id", "round_id"),
    [
        ("voting_rounds", SECOND, SECOND),
        ("round_options", OPT2_ENV, SECOND),
        ("ballots", 4, OTHER),
        ("ballot_dots", 2, FIRST),
        ("ballot_dots", 3, SECOND),
        ("paper_counts", 3, SECOND),
        ("paper_counts", 99, None),
    ],
)
def test_round_of_a_row(pf: ProjectFile, table: str, row_id: int, round_id: int | None) -> None:
    assert store_voting.round_of(pf, table, row_id) == round_id


# -- deleting and restoring ------------------------------------------------------------------------


def _round_trip(pf: ProjectFile, ops: list) -> tuple[dict, dict]:
    """Apply `ops`, their inverse and the inverse's inverse: before -> after -> before -> after,
    row for row, in every voting and board table."""
    tables = (*VOTING_TABLES, "boards", "clusters", "cards")
    before = dump(pf.conn, tables)
    inverse = apply_changes(pf, ops)
    after = dump(pf.conn, tables)
    assert after != before
    redo = apply_changes(pf, inverse)
    assert dump(pf.conn, tables) == before
    apply_changes(pf, redo)
    assert dump(pf.conn, tables) == after
    assert pf.integrity_check() == []
    return before, after


def test_deleting_a_round_cascades_and_unlinks_its_second_round(pf: ProjectFile) -> None:
    before, after = _round_trip(pf, [Delete("voting_rounds", (FIRST,))])
    assert [r[0] for r in after["voting_rounds"]] == [SECOND, OTHER]
    assert {r[1] for r in after["round_options"]} == {SECOND, OTHER}
    assert {r[1] for r in after["ballots"]} == {SECOND, OTHER}
    assert sorted(r[0] for r in after["ballot_dots"]) == [3, 4]
    assert [r[0] for r in after["paper_counts"]] == [3]
    second = store_voting.get_round(pf, SECOND)
    assert second.previous_round_id is None
    assert [o.previous_option_id for o in store_voting.list_options(pf, SECOND)] == [None, None]
    assert len(before["ballot_dots"]) == 4


def test_deleting_a_cluster_keeps_the_option_its_label_and_its_votes(pf: ProjectFile) -> None:
    before, after = _round_trip(pf, [Delete("clusters", (MOBILITY,))])
    options = {o.id: o for o in store_voting.list_options(pf, FIRST)}
    assert (options[OPT_MOB].label, options[OPT_MOB].cluster_id) == ("Mobilität", None)
    assert store_voting.list_options(pf, SECOND)[0].cluster_id is None
    for table in ("voting_rounds", "ballots", "ballot_dots", "paper_counts"):
        assert after[table] == before[table], table
    assert after["cards"][0][9] is None  # the card is loose now


def test_deleting_a_card_keeps_the_option_it_was(pf: ProjectFile) -> None:
    with pf.transaction() as conn:
        _insert(conn, "round_options", id=10, round_id=OTHER, card_id=CARD, label="Leihräder")
        _insert(conn, "ballot_dots", id=10, ballot_id=4, option_id=10, green=1)
    before, after = _round_trip(pf, [Delete("cards", (CARD,))])
    assert [(o.label, o.card_id) for o in store_voting.list_options(pf, OTHER) if o.id == 10] == [
        ("Leihräder", None)
    ]
    assert after["ballot_dots"] == before["ballot_dots"]


@pytest.mark.parametrize(("entity", "row_id"), [("board", BOARD), ("workshop", WORKSHOP)])
def test_deleting_a_board_or_workshop_and_restoring_every_voting_row(
    pf: ProjectFile, entity: str, row_id: int
) -> None:
    before = voting_rows(pf)
    snapshot = records.delete_rows(pf, entity, [row_id])
    after = voting_rows(pf)
    if entity == "board":
        assert [r[0] for r in after["voting_rounds"]] == [OTHER]
        assert [r[0] for r in after["ballots"]] == [4]
        assert [r[0] for r in after["ballot_dots"]] == [4]
        assert after["paper_counts"] == []
    else:
        assert after == {t: [] for t in VOTING_TABLES}
    # every row is in the snapshot once, however many parents it hung on
    kept = sum(len(v) for v in after.values())
    taken = [(t, row["id"]) for t, row in snapshot.rows if t in VOTING_TABLES]
    assert len(taken) == len(set(taken)) == sum(len(v) for v in before.values()) - kept
    records.restore_rows(pf, snapshot)
    assert voting_rows(pf) == before
    assert pf.integrity_check() == []


# -- the demo --------------------------------------------------------------------------------------


def _source_rounds() -> list[dict[str, Any]]:
    return json.loads((demo_source_dir() / "voting.json").read_text(encoding="utf-8"))["rounds"]


def _totals(spec: dict[str, Any]) -> dict[str, tuple[int, int]]:
    """Option title → (green, red) over the round's ballots in the source file."""
    totals = {title: [0, 0] for title in spec["options"]}
    for ballot in spec["ballots"]:
        for title, n in ballot["green"].items():
            totals[title][0] += n
        for title, n in ballot["red"].items():
            totals[title][1] += n
    return {t: (g, r) for t, (g, r) in totals.items()}


def test_the_demo_has_two_revealed_rounds_with_the_source_counts(tmp_path: Path) -> None:
    spec = _source_rounds()
    pf = build_demo(tmp_path / "demo.scw")
    try:
        assert _count(pf, "voting_rounds") == 2 == len(spec)
        assert _count(pf, "ballots") == 40 == sum(len(r["ballots"]) for r in spec)
        workshop = pf.conn.execute("SELECT id FROM workshops ORDER BY position").fetchone()[0]
        first, second = store_voting.list_rounds(pf, workshop)
        assert first.state == "revealed"
        assert (first.dots, first.red_dots, first.cap, first.anonymous) == (3, 1, 2, True)
        assert first.voter_count == 20
        assert second.previous_round_id == first.id
        groups = {g: n for g, n in pf.conn.execute("SELECT id, name FROM stakeholder_groups")}
        results = {}
        for r, source in zip((first, second), spec, strict=True):
            options = store_voting.list_options(pf, r.id)
            labels = {o.id: o.label for o in options}
            ballots = store_voting.list_ballots(pf, r.id)
            assert [groups[b.group_id] for b in ballots] == [b["group"] for b in source["ballots"]]
            tally = voting.tally(
                [o.id for o in options],
                [
                    voting.CastBallot(
                        b.id, b.group_id, {o: voting.Dots(g, x) for o, g, x in b.dots}
                    )
                    for b in ballots
                ],
                [],
            )
            assert {labels[t.option_id]: (t.green, t.red) for t in tally} == _totals(source)
            results[r.id] = tally
        assert voting.tie_text_groups(results[second.id])  # round 2 has a shared rank
        assert pf.integrity_check() == []
    finally:
        pf.close()


def test_check_json_counts_the_demo_rounds_and_ballots(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    spec = _source_rounds()
    path = tmp_path / "demo.scw"
    build_demo(path).close()
    assert check_file(path).counts["voting_rounds"] == len(spec)
    assert cli.main(["check", str(path), "--json"]) == 0
    counts = json.loads(capsys.readouterr().out)["counts"]
    assert counts["voting_rounds"] == len(spec) == 2
    assert counts["ballots"] == sum(len(r["ballots"]) for r in spec) == 40

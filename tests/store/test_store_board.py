"""Board change sets: every op and its inverse, atomicity, cancelling, size, and the v3 migration.

The "file" is compared as every row of the board tables, read with plain SQL, so an inverse that
puts back almost everything (a cleared reference, a cascaded link, an id) is caught.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from store_helpers import dump, sha256_elsewhere

from smartcity_desktop.domain.model import CardSource, MergedCard
from smartcity_desktop.store import schema
from smartcity_desktop.store.board import (
    CancelledError,
    Delete,
    Insert,
    Restore,
    Touched,
    Update,
    apply_changes,
    encode_merged,
    encode_tags,
    list_cards,
    list_clusters,
    list_fields,
    next_id,
)
from smartcity_desktop.store.connection import ProjectFile
from smartcity_desktop.store.errors import FileProblem, ProjectFileError

BOARD_TABLES = ("workshops", "boards", "cards", "clusters", "fields_of_action", "field_clusters")

# The fixture's rows (ids fixed, so the tests can name them).
WORKSHOP, BOARD, OTHER_BOARD = 1, 1, 2
MOBILITY, ENVIRONMENT = 1, 2  # clusters on BOARD
FIELD = 1  # "Mobilität", linked to MOBILITY
LINK = 1
IN_MOBILITY = (1, 2)
IN_ENVIRONMENT = (3,)
LOOSE = (4, 5)


def _card(card_id: int, cluster_id: int | None, x: float, y: float, **extra) -> dict:
    return {
        "id": card_id,
        "board_id": BOARD,
        "text": f"Idee {card_id}",
        "source": "survey",
        "x": x,
        "y": y,
        "cluster_id": cluster_id,
        **extra,
    }


@pytest.fixture
def pf(tmp_path: Path):
    """A project with one board: two clusters, cards in them and loose, one field of action."""
    project = ProjectFile.create(tmp_path / "tafel.scw", title="Teststadt", city="Teststadt")
    with project.transaction() as conn:
        conn.execute("INSERT INTO workshops (id, title) VALUES (?, 'Auftakt')", (WORKSHOP,))
        for board_id in (BOARD, OTHER_BOARD):
            conn.execute(
                "INSERT INTO boards (id, workshop_id, title) VALUES (?, ?, ?)",
                (board_id, WORKSHOP, f"Tafel {board_id}"),
            )
        conn.execute(
            "INSERT INTO clusters (id, board_id, title, colour, x, y, width, height)"
            " VALUES (?, ?, 'Mobilität', 'green', 0, 0, 448, 188)",
            (MOBILITY, BOARD),
        )
        conn.execute(
            "INSERT INTO clusters (id, board_id, title, x, y, width, height)"
            " VALUES (?, ?, 'Umwelt', 600, 0, 232, 188)",
            (ENVIRONMENT, BOARD),
        )
        rows = [
            _card(1, MOBILITY, 16, 52, tags=encode_tags({"Stadtteil": "Nord"})),
            _card(2, MOBILITY, 232, 52),
            _card(3, ENVIRONMENT, 616, 52),
            _card(4, None, 0, 400),
            _card(5, None, 216, 400, merged=encode_merged([MergedCard("Idee 5a")])),
        ]
        for row in rows:
            cols = ", ".join(row)
            marks = ", ".join("?" for _ in row)
            conn.execute(f"INSERT INTO cards ({cols}) VALUES ({marks})", tuple(row.values()))
        conn.execute(
            "INSERT INTO fields_of_action (id, title, description) VALUES (?, 'Mobilität', 'x')",
            (FIELD,),
        )
        conn.execute(
            "INSERT INTO field_clusters (id, field_id, cluster_id) VALUES (?, ?, ?)",
            (LINK, FIELD, MOBILITY),
        )
    yield project
    project.close()


def rows(pf: ProjectFile) -> dict[str, list[tuple]]:
    """Every row of the board tables, as the file holds them now."""
    return dump(pf.conn, BOARD_TABLES)


def _cluster_of(pf: ProjectFile, card_id: int) -> int | None:
    return pf.conn.execute("SELECT cluster_id FROM cards WHERE id = ?", (card_id,)).fetchone()[0]


def _count(pf: ProjectFile, table: str) -> int:
    return pf.conn.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0]


def _round_trip(pf: ProjectFile, ops) -> tuple[dict, dict, list]:
    """Apply `ops`, then their inverse, then the inverse's inverse; the file must go
    before -> after -> before -> after exactly. Returns (before, after, inverse)."""
    before = rows(pf)
    inverse = apply_changes(pf, ops)
    after = rows(pf)
    assert after != before
    redo = apply_changes(pf, inverse)
    assert rows(pf) == before
    apply_changes(pf, redo)
    assert rows(pf) == after
    assert pf.integrity_check() == []
    return before, after, inverse


# -- each op and its inverse -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("table", "row"),
    [
        ("cards", _card(10, MOBILITY, 16, 188)),
        ("cards", {"board_id": OTHER_BOARD, "text": "ohne id"}),
        ("clusters", {"id": 9, "board_id": BOARD, "title": "Bildung", "x": 0, "y": 900}),
        ("fields_of_action", {"id": 7, "title": "Umwelt", "description": "Klima", "position": 1}),
        ("field_clusters", {"id": 5, "field_id": FIELD, "cluster_id": ENVIRONMENT}),
    ],
)
def test_insert_and_its_inverse(pf: ProjectFile, table: str, row: dict) -> None:
    count = _count(pf, table)
    _before, after, inverse = _round_trip(pf, [Insert(table, (row,))])
    assert len(after[table]) == count + 1
    new_id = next_id(pf, table) - 1
    assert inverse == [Delete(table, (new_id,))]
    stored = dict(pf.query(f"SELECT * FROM {table} WHERE id = ?", (new_id,))[0])
    assert {k: stored[k] for k in row if k != "id"} == {k: v for k, v in row.items() if k != "id"}


def test_insert_of_several_tables_is_undone_in_reverse_order(pf: ProjectFile) -> None:
    # The inverse must delete the link before the cluster: the other way round the cluster's
    # delete would take the link with it and the link's delete would find nothing.
    ops = [
        Insert("clusters", ({"id": 9, "board_id": BOARD, "title": "Bildung"},)),
        Insert("field_clusters", ({"id": 5, "field_id": FIELD, "cluster_id": 9},)),
        Update("cards", 4, {"cluster_id": 9, "x": 16.0, "y": 952.0}),
    ]
    _before, _after, inverse = _round_trip(pf, ops)
    assert [type(op) for op in inverse] == [Update, Delete, Delete]
    assert [op.table for op in inverse] == ["cards", "field_clusters", "clusters"]


@pytest.mark.parametrize(
    ("table", "row_id", "values"),
    [
        ("cards", 4, {"x": 1000.5, "y": -20.0, "cluster_id": ENVIRONMENT}),
        ("cards", 1, {"cluster_id": None}),
        ("cards", 2, {"text": "Neu", "note": "n", "colour": "orange", "source": "own"}),
        ("cards", 3, {"merged": encode_merged([MergedCard("b", CardSource.INTERVIEW)])}),
        ("cards", 1, {"tags": "{}"}),
        ("clusters", MOBILITY, {"title": "Verkehr", "width": 900.0, "height": 500.0}),
        ("fields_of_action", FIELD, {"title": "Verkehr", "description": "Neu"}),
    ],
)
def test_update_and_its_inverse(pf: ProjectFile, table: str, row_id: int, values: dict) -> None:
    old = dict(pf.query(f"SELECT * FROM {table} WHERE id = ?", (row_id,))[0])
    _before, _after, inverse = _round_trip(pf, [Update(table, row_id, values)])
    assert inverse == [Update(table, row_id, {k: old[k] for k in values})]


def test_update_refuses_a_field_that_is_not_editable(pf: ProjectFile) -> None:
    before = rows(pf)
    with pytest.raises(ValueError, match="board_id"):
        apply_changes(pf, [Update("cards", 1, {"board_id": OTHER_BOARD})])
    assert rows(pf) == before


@pytest.mark.parametrize(
    ("table", "ids"),
    [
        ("cards", (1, 4)),
        ("clusters", (ENVIRONMENT,)),
        ("fields_of_action", (FIELD,)),
        ("field_clusters", (LINK,)),
        ("clusters", (MOBILITY, ENVIRONMENT)),
    ],
)
def test_delete_and_its_inverse_restore(pf: ProjectFile, table: str, ids: tuple) -> None:
    before, after, inverse = _round_trip(pf, [Delete(table, ids)])
    assert len(inverse) == 1
    assert isinstance(inverse[0], Restore)
    assert (inverse[0].table, inverse[0].ids) == (table, ids)
    remaining = {r[0] for r in after[table]}
    assert remaining.isdisjoint(ids)
    assert {r[0] for r in before[table]} - remaining == set(ids)


def test_inverse_of_the_inverse_recreates_the_same_ids(pf: ProjectFile) -> None:
    new = [{"board_id": BOARD, "text": f"Neu {i}"} for i in range(3)]
    undo = apply_changes(pf, [Insert("cards", tuple(new))])
    (delete,) = undo
    assert isinstance(delete, Delete)
    ids = delete.ids
    assert ids == (6, 7, 8)
    after = rows(pf)
    for _ in range(3):  # undo, redo, undo, redo, ...: always the same rows with the same ids
        redo = apply_changes(pf, undo)
        assert [c.id for c in list_cards(pf, BOARD)] == [1, 2, 3, 4, 5]
        undo = apply_changes(pf, redo)
        assert [c.id for c in list_cards(pf, BOARD)] == [1, 2, 3, 4, 5, *ids]
        assert rows(pf) == after


def test_update_of_a_missing_row_raises_and_changes_nothing(pf: ProjectFile) -> None:
    before = rows(pf)
    with pytest.raises(KeyError):
        apply_changes(pf, [Update("cards", 999, {"x": 1.0})])
    with pytest.raises(KeyError):
        apply_changes(pf, [Delete("cards", (1, 999))])
    assert rows(pf) == before


# -- cascades and cleared references ---------------------------------------------------------------


def test_deleting_a_cluster_makes_its_cards_loose_and_restore_puts_them_back(
    pf: ProjectFile,
) -> None:
    before = rows(pf)
    touched = Touched()
    inverse = apply_changes(pf, [Delete("clusters", (MOBILITY,))], touched)

    assert [c.id for c in list_clusters(pf, BOARD)] == [ENVIRONMENT]
    assert [_cluster_of(pf, i) for i in IN_MOBILITY] == [None, None]
    assert _cluster_of(pf, 3) == ENVIRONMENT
    assert touched.of("cards") == set(IN_MOBILITY)  # the cards whose reference was cleared
    assert touched.of("clusters") == {MOBILITY}
    assert touched.boards == {BOARD}

    touched = Touched()
    apply_changes(pf, inverse, touched)
    assert rows(pf) == before
    assert [_cluster_of(pf, i) for i in IN_MOBILITY] == [MOBILITY, MOBILITY]
    assert touched.of("cards") == set(IN_MOBILITY)
    assert touched.boards == {BOARD}


def test_deleting_a_cluster_cascades_its_field_links_and_restore_brings_them_back(
    pf: ProjectFile,
) -> None:
    before = rows(pf)
    touched = Touched()
    inverse = apply_changes(pf, [Delete("clusters", (MOBILITY,))], touched)

    assert _count(pf, "field_clusters") == 0
    assert touched.of("field_clusters") == {LINK}
    (field,) = list_fields(pf)
    assert (field.id, field.cluster_ids) == (FIELD, ())  # the field of action itself stays

    apply_changes(pf, inverse)
    assert rows(pf) == before
    assert list_fields(pf)[0].cluster_ids == (MOBILITY,)


def test_deleting_a_field_of_action_cascades_its_links_and_restore(pf: ProjectFile) -> None:
    before = rows(pf)
    inverse = apply_changes(pf, [Delete("fields_of_action", (FIELD,))])
    assert _count(pf, "field_clusters") == 0
    assert _count(pf, "clusters") == 2  # clusters stay on the board
    apply_changes(pf, inverse)
    assert rows(pf) == before


def test_deleting_a_board_with_clustered_cards_and_restoring_it(pf: ProjectFile) -> None:
    """A board's snapshot lists its cards before its clusters; putting them back must not trip
    over the cards' references to clusters that are not back yet."""
    before = rows(pf)
    inverse = apply_changes(pf, [Delete("boards", (BOARD,))])
    assert list_cards(pf, BOARD) == []
    assert list_clusters(pf, BOARD) == []
    assert _count(pf, "field_clusters") == 0

    apply_changes(pf, inverse)
    assert rows(pf) == before
    assert pf.integrity_check() == []


# -- touched ---------------------------------------------------------------------------------------


def test_touched_names_rows_and_boards_of_inserts_and_deletes(pf: ProjectFile) -> None:
    touched = Touched()
    apply_changes(
        pf,
        [
            Insert("cards", ({"id": 20, "board_id": OTHER_BOARD, "text": "neu"},)),
            Delete("cards", (4,)),
        ],
        touched,
    )
    assert touched.of("cards") == {20, 4}
    assert touched.boards == {BOARD, OTHER_BOARD}


@pytest.mark.parametrize(
    ("table", "row_id", "values"),
    [("cards", 4, {"x": 50.0}), ("clusters", ENVIRONMENT, {"title": "Klima"})],
)
def test_touched_names_the_board_of_an_update(
    pf: ProjectFile, table: str, row_id: int, values: dict
) -> None:
    """A moved card or a renamed cluster changes its board: the board must be named, or the
    document announces nothing and the board on screen is stale."""
    touched = Touched()
    inverse = apply_changes(pf, [Update(table, row_id, values)], touched)
    assert touched.of(table) == {row_id}
    assert touched.boards == {BOARD}
    touched = Touched()
    apply_changes(pf, inverse, touched)
    assert touched.boards == {BOARD}


# -- all or nothing --------------------------------------------------------------------------------


def test_a_change_set_failing_half_way_leaves_the_file_unchanged(pf: ProjectFile) -> None:
    before = rows(pf)
    digest = sha256_elsewhere(pf.path)
    ops = [
        Insert("cards", (_card(10, None, 0, 0),)),
        Update("cards", 1, {"x": 99.0}),
        Delete("clusters", (ENVIRONMENT,)),
        Update("cards", 999, {"x": 1.0}),  # does not exist
    ]
    with pytest.raises(KeyError):
        apply_changes(pf, ops)
    assert not pf.conn.in_transaction
    assert rows(pf) == before
    assert sha256_elsewhere(pf.path) == digest


def test_a_change_set_refused_by_the_schema_leaves_the_file_unchanged(pf: ProjectFile) -> None:
    before = rows(pf)
    ops = [
        Update("cards", 1, {"x": 99.0}),
        Insert("cards", ({"board_id": BOARD, "text": "x", "source": "gerücht"},)),  # CHECK fails
    ]
    with pytest.raises(ProjectFileError) as caught:
        apply_changes(pf, ops)
    assert caught.value.problem is FileProblem.REFUSED
    assert rows(pf) == before


def test_an_insert_that_reuses_an_id_is_refused_whole(pf: ProjectFile) -> None:
    before = rows(pf)
    with pytest.raises(ProjectFileError):
        apply_changes(pf, [Insert("cards", (_card(10, None, 0, 0), _card(1, None, 0, 0)))])
    assert rows(pf) == before


def test_progress_returning_false_cancels_and_writes_nothing(pf: ProjectFile) -> None:
    before = rows(pf)
    digest = sha256_elsewhere(pf.path)
    new = tuple({"board_id": BOARD, "text": f"Import {i}"} for i in range(1200))
    calls: list[tuple[int, int]] = []

    def progress(done: int, total: int) -> bool:
        calls.append((done, total))
        return len(calls) < 2  # cancel on the second report, half-way through the insert

    with pytest.raises(CancelledError):
        apply_changes(pf, [Update("cards", 1, {"x": 5.0}), Insert("cards", new)], None, progress)
    assert calls == [(1, 1201), (501, 1201)]
    assert not pf.conn.in_transaction
    assert rows(pf) == before
    assert sha256_elsewhere(pf.path) == digest


def test_progress_reports_up_to_the_total_when_not_cancelled(pf: ProjectFile) -> None:
    calls: list[tuple[int, int]] = []
    new = tuple({"board_id": BOARD, "text": f"Import {i}"} for i in range(1200))
    apply_changes(
        pf,
        [Insert("cards", new), Delete("cards", (1,))],
        None,
        lambda done, total: calls.append((done, total)) is None,
    )
    assert calls == [(500, 1201), (1000, 1201), (1200, 1201), (1201, 1201)]
    assert _count(pf, "cards") == 5 + 1200 - 1


def test_cancelling_after_the_last_op_still_writes_nothing(pf: ProjectFile) -> None:
    before = rows(pf)
    with pytest.raises(CancelledError):
        apply_changes(pf, [Delete("clusters", (MOBILITY,))], None, lambda done, total: False)
    assert rows(pf) == before


# -- size ------------------------------------------------------------------------------------------


def _strict_parameter_limit(pf: ProjectFile) -> None:
    # SQLite builds differ (999, 32766, 250000); hold this connection to the smallest, so an
    # unchunked IN (...) over thousands of ids fails here whatever the build.
    pf.conn.setlimit(sqlite3.SQLITE_LIMIT_VARIABLE_NUMBER, 999)


def test_twenty_thousand_rows_and_their_inverse(pf: ProjectFile) -> None:
    """Far beyond SQLite's limit on host parameters in one statement: ids must be chunked."""
    _strict_parameter_limit(pf)
    before = rows(pf)
    new = tuple(
        {"board_id": OTHER_BOARD, "text": f"Antwort {i}", "x": float(i % 100), "y": float(i)}
        for i in range(20_000)
    )
    touched = Touched()
    inverse = apply_changes(pf, [Insert("cards", new)], touched)
    assert _count(pf, "cards") == 20_005
    assert len(touched.of("cards")) == 20_000
    assert touched.boards == {OTHER_BOARD}
    (delete,) = inverse
    assert isinstance(delete, Delete)
    assert len(delete.ids) == 20_000

    touched = Touched()
    redo = apply_changes(pf, inverse, touched)
    assert rows(pf) == before
    assert touched.boards == {OTHER_BOARD}
    assert len(touched.of("cards")) == 20_000

    apply_changes(pf, redo)
    assert _count(pf, "cards") == 20_005
    assert [c.text for c in list_cards(pf, OTHER_BOARD)[:2]] == ["Antwort 0", "Antwort 1"]
    assert pf.integrity_check() == []


def test_deleting_a_cluster_with_thousands_of_cards_and_restoring(pf: ProjectFile) -> None:
    _strict_parameter_limit(pf)
    new = tuple(_card(100 + i, ENVIRONMENT, 0, 0) for i in range(3000))
    apply_changes(pf, [Insert("cards", new)])
    before = rows(pf)
    inverse = apply_changes(pf, [Delete("clusters", (ENVIRONMENT,))])
    loose = pf.conn.execute("SELECT COUNT(*) FROM cards WHERE cluster_id IS NULL").fetchone()[0]
    assert loose == 3001 + len(LOOSE)
    apply_changes(pf, inverse)
    assert rows(pf) == before


# -- reading ---------------------------------------------------------------------------------------


def test_cards_read_back_with_tags_merged_and_sources(pf: ProjectFile) -> None:
    cards = {c.id: c for c in list_cards(pf, BOARD)}
    assert cards[1].tags == (("Stadtteil", "Nord"),)
    assert cards[1].cluster_id == MOBILITY
    assert cards[4].cluster_id is None
    assert cards[5].merged == (MergedCard("Idee 5a"),)
    assert cards[5].sources == (CardSource.SURVEY, CardSource.OWN)
    assert cards[2].tags == ()
    assert cards[2].merged == ()


# -- migration from version 2 ----------------------------------------------------------------------


def _make_v2(path: Path) -> None:
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        conn.execute("PRAGMA foreign_keys = ON")
        schema.migrate(conn, stop_before="m003_clusters_fields")
        conn.execute("BEGIN")
        conn.execute("INSERT INTO strategy (id, title) VALUES (1, 'Altstadt')")
        conn.execute("INSERT INTO workshops (id, title) VALUES (1, 'Auftakt')")
        conn.execute("INSERT INTO boards (id, workshop_id, title) VALUES (1, 1, 'Ideen')")
        conn.executemany(
            "INSERT INTO cards (id, board_id, text, source, author, note, colour, x, y)"
            " VALUES (?, 1, ?, ?, ?, ?, ?, ?, ?)",
            [
                (1, "WLAN am Markt", "survey", "", "häufig", "", 0.0, 0.0),
                (2, "Digitallotsen", "workshop", "Tischgruppe 1", "", "orange", 216.0, 0.0),
                (7, "Open Data", "best_practice", "", "", "", -30.5, 412.25),
            ],
        )
        conn.execute("COMMIT")
    finally:
        conn.close()


def test_migrating_a_v2_file_keeps_every_card_loose_without_tags(tmp_path: Path) -> None:
    path = tmp_path / "alt.scw"
    _make_v2(path)
    old = dump(path, ("cards",))["cards"]
    assert len(old) == 3
    assert int.from_bytes(path.read_bytes()[60:64], "big") == 2

    pf = ProjectFile.open(path)
    try:
        assert pf.schema_version == schema.CURRENT_VERSION
        assert pf.snapshot_taken is not None
        assert schema.pending_names(pf.conn) == []
        new = sorted(
            pf.conn.execute(
                "SELECT id, board_id, text, source, author, note, colour, x, y, cluster_id,"
                " tags, merged FROM cards"
            ).fetchall()
        )
        assert [row[:9] for row in new] == sorted(old)
        assert all(row[9:] == (None, "{}", "[]") for row in new)
        cards = list_cards(pf, 1)
        assert [(c.id, c.cluster_id, c.tags, c.merged) for c in cards] == [
            (1, None, (), ()),
            (2, None, (), ()),
            (7, None, (), ()),
        ]
        assert list_clusters(pf, 1) == []
        assert list_fields(pf) == []
        assert pf.integrity_check() == []
        # and the new tables take rows
        apply_changes(
            pf,
            [
                Insert("clusters", ({"id": 1, "board_id": 1, "title": "Infrastruktur"},)),
                Update("cards", 1, {"cluster_id": 1}),
            ],
        )
        assert list_cards(pf, 1)[0].cluster_id == 1
    finally:
        pf.close()

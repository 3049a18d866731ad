"""The schema of a `.scw` file and its migrations, one transaction each.

Migrations are recorded by sqlite-utils in `_sqlite_migrations`; each one also sets
`PRAGMA user_version` to its number inside the same transaction, so a file is always at one
version or the next, never in between. sqlite-utils is imported only when something must be
created or migrated: opening an up-to-date file needs nothing but sqlite3.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from smartcity_desktop.store.header import APPLICATION_ID

if TYPE_CHECKING:
    from sqlite_utils import Database

MIGRATION_SET = "smartcity_desktop"

_V1 = """
CREATE TABLE strategy (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    title TEXT NOT NULL,
    city TEXT NOT NULL DEFAULT '',
    vision TEXT NOT NULL DEFAULT '',
    notice TEXT NOT NULL DEFAULT ''
);
CREATE TABLE stakeholder_groups (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    position INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE workshops (
    id INTEGER PRIMARY KEY,
    title TEXT NOT NULL,
    kind TEXT NOT NULL DEFAULT 'workshop' CHECK (kind IN ('workshop', 'expert_talk')),
    date TEXT NOT NULL DEFAULT '',
    start_time TEXT NOT NULL DEFAULT '',
    end_time TEXT NOT NULL DEFAULT '',
    place TEXT NOT NULL DEFAULT '',
    moderators TEXT NOT NULL DEFAULT '',
    position INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE participants (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    organisation TEXT NOT NULL DEFAULT '',
    group_id INTEGER REFERENCES stakeholder_groups(id) ON DELETE SET NULL,
    consent_named INTEGER NOT NULL DEFAULT 0 CHECK (consent_named IN (0, 1))
);
CREATE TABLE workshop_participants (
    workshop_id INTEGER NOT NULL REFERENCES workshops(id) ON DELETE CASCADE,
    participant_id INTEGER NOT NULL REFERENCES participants(id) ON DELETE CASCADE,
    attendance TEXT NOT NULL DEFAULT 'present' CHECK (attendance IN ('present', 'excused')),
    PRIMARY KEY (workshop_id, participant_id)
);
CREATE INDEX participants_group ON participants(group_id);
CREATE INDEX workshop_participants_participant ON workshop_participants(participant_id);
"""

_V2 = """
CREATE TABLE agenda_items (
    id INTEGER PRIMARY KEY,
    workshop_id INTEGER NOT NULL REFERENCES workshops(id) ON DELETE CASCADE,
    title TEXT NOT NULL,
    planned_minutes INTEGER NOT NULL DEFAULT 0,
    notes TEXT NOT NULL DEFAULT '',
    position INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE boards (
    id INTEGER PRIMARY KEY,
    workshop_id INTEGER NOT NULL REFERENCES workshops(id) ON DELETE CASCADE,
    title TEXT NOT NULL,
    position INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE cards (
    id INTEGER PRIMARY KEY,
    board_id INTEGER NOT NULL REFERENCES boards(id) ON DELETE CASCADE,
    text TEXT NOT NULL,
    source TEXT NOT NULL DEFAULT 'own'
        CHECK (source IN ('survey', 'interview', 'workshop', 'best_practice', 'own')),
    author TEXT NOT NULL DEFAULT '',
    note TEXT NOT NULL DEFAULT '',
    colour TEXT NOT NULL DEFAULT '',
    x REAL NOT NULL DEFAULT 0,
    y REAL NOT NULL DEFAULT 0
);
CREATE INDEX agenda_items_workshop ON agenda_items(workshop_id, position);
CREATE INDEX boards_workshop ON boards(workshop_id, position);
CREATE INDEX cards_board ON cards(board_id);
"""

_V3 = """
CREATE TABLE clusters (
    id INTEGER PRIMARY KEY,
    board_id INTEGER NOT NULL REFERENCES boards(id) ON DELETE CASCADE,
    title TEXT NOT NULL,
    colour TEXT NOT NULL DEFAULT '',
    x REAL NOT NULL DEFAULT 0,
    y REAL NOT NULL DEFAULT 0,
    width REAL NOT NULL DEFAULT 0,
    height REAL NOT NULL DEFAULT 0,
    kind TEXT NOT NULL DEFAULT 'cluster' CHECK (kind IN ('cluster', 'area'))
);
ALTER TABLE cards ADD COLUMN cluster_id INTEGER REFERENCES clusters(id) ON DELETE SET NULL;
ALTER TABLE cards ADD COLUMN tags TEXT NOT NULL DEFAULT '{}';
ALTER TABLE cards ADD COLUMN merged TEXT NOT NULL DEFAULT '[]';
CREATE TABLE fields_of_action (
    id INTEGER PRIMARY KEY,
    title TEXT NOT NULL,
    description TEXT NOT NULL DEFAULT '',
    position INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE field_clusters (
    id INTEGER PRIMARY KEY,
    field_id INTEGER NOT NULL REFERENCES fields_of_action(id) ON DELETE CASCADE,
    cluster_id INTEGER NOT NULL REFERENCES clusters(id) ON DELETE CASCADE,
    UNIQUE (field_id, cluster_id)
);
CREATE INDEX clusters_board ON clusters(board_id);
CREATE INDEX cards_cluster ON cards(cluster_id);
CREATE INDEX field_clusters_cluster ON field_clusters(cluster_id)
"""

_V4 = """
CREATE TABLE voting_rounds (
    id INTEGER PRIMARY KEY,
    board_id INTEGER NOT NULL REFERENCES boards(id) ON DELETE CASCADE,
    title TEXT NOT NULL,
    target TEXT NOT NULL DEFAULT 'clusters' CHECK (target IN ('clusters', 'cards')),
    dots INTEGER NOT NULL DEFAULT 3 CHECK (dots >= 1),
    red_dots INTEGER NOT NULL DEFAULT 0 CHECK (red_dots >= 0),
    cap INTEGER NOT NULL DEFAULT 1 CHECK (cap >= 1),
    anonymous INTEGER NOT NULL DEFAULT 1 CHECK (anonymous IN (0, 1)),
    hidden INTEGER NOT NULL DEFAULT 1 CHECK (hidden IN (0, 1)),
    voters TEXT NOT NULL DEFAULT 'participants' CHECK (voters IN ('participants', 'count')),
    voter_count INTEGER NOT NULL DEFAULT 0 CHECK (voter_count >= 0),
    state TEXT NOT NULL DEFAULT 'open' CHECK (state IN ('open', 'closed', 'revealed')),
    previous_round_id INTEGER REFERENCES voting_rounds(id) ON DELETE SET NULL,
    position INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE round_options (
    id INTEGER PRIMARY KEY,
    round_id INTEGER NOT NULL REFERENCES voting_rounds(id) ON DELETE CASCADE,
    card_id INTEGER REFERENCES cards(id) ON DELETE SET NULL,
    cluster_id INTEGER REFERENCES clusters(id) ON DELETE SET NULL,
    label TEXT NOT NULL,
    previous_option_id INTEGER REFERENCES round_options(id) ON DELETE SET NULL,
    position INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE ballots (
    id INTEGER PRIMARY KEY,
    round_id INTEGER NOT NULL REFERENCES voting_rounds(id) ON DELETE CASCADE,
    participant_id INTEGER REFERENCES participants(id) ON DELETE SET NULL,
    voter_no INTEGER NOT NULL DEFAULT 0,
    group_id INTEGER REFERENCES stakeholder_groups(id) ON DELETE SET NULL,
    abstained INTEGER NOT NULL DEFAULT 0 CHECK (abstained IN (0, 1))
);
CREATE TABLE ballot_dots (
    id INTEGER PRIMARY KEY,
    ballot_id INTEGER NOT NULL REFERENCES ballots(id) ON DELETE CASCADE,
    option_id INTEGER NOT NULL REFERENCES round_options(id) ON DELETE CASCADE,
    green INTEGER NOT NULL DEFAULT 0 CHECK (green >= 0),
    red INTEGER NOT NULL DEFAULT 0 CHECK (red >= 0)
);
CREATE TABLE paper_counts (
    id INTEGER PRIMARY KEY,
    round_id INTEGER NOT NULL REFERENCES voting_rounds(id) ON DELETE CASCADE,
    option_id INTEGER NOT NULL REFERENCES round_options(id) ON DELETE CASCADE,
    group_id INTEGER REFERENCES stakeholder_groups(id) ON DELETE SET NULL,
    green INTEGER NOT NULL DEFAULT 0 CHECK (green >= 0),
    red INTEGER NOT NULL DEFAULT 0 CHECK (red >= 0)
);
CREATE INDEX voting_rounds_board ON voting_rounds(board_id, position);
CREATE INDEX round_options_round ON round_options(round_id, position);
CREATE INDEX ballots_round ON ballots(round_id);
CREATE INDEX ballot_dots_ballot ON ballot_dots(ballot_id);
CREATE INDEX ballot_dots_option ON ballot_dots(option_id);
CREATE INDEX paper_counts_cell ON paper_counts(option_id, group_id)
"""

_V5 = """
CREATE TABLE criteria (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    description TEXT NOT NULL DEFAULT '',
    anchor_low TEXT NOT NULL DEFAULT '',
    anchor_mid TEXT NOT NULL DEFAULT '',
    anchor_high TEXT NOT NULL DEFAULT '',
    must INTEGER NOT NULL DEFAULT 0 CHECK (must IN (0, 1)),
    threshold REAL CHECK (threshold IS NULL OR (threshold >= 0 AND threshold <= 10)),
    position INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE projects (
    id INTEGER PRIMARY KEY,
    title TEXT NOT NULL,
    field_id INTEGER REFERENCES fields_of_action(id) ON DELETE SET NULL,
    description TEXT NOT NULL DEFAULT '',
    owner TEXT NOT NULL DEFAULT '',
    cost INTEGER CHECK (cost IS NULL OR (cost >= 0 AND cost <= 1000000000000)),
    status TEXT NOT NULL DEFAULT 'idea'
        CHECK (status IN ('idea', 'shortlisted', 'selected', 'in_progress', 'done', 'deferred')),
    card_id INTEGER REFERENCES cards(id) ON DELETE SET NULL,
    cluster_id INTEGER REFERENCES clusters(id) ON DELETE SET NULL,
    position INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE weightings (
    id INTEGER PRIMARY KEY,
    workshop_id INTEGER NOT NULL REFERENCES workshops(id) ON DELETE CASCADE,
    title TEXT NOT NULL,
    method TEXT NOT NULL DEFAULT 'ahp'
        CHECK (method IN ('points', 'rank_roc', 'rank_sum', 'pairwise', 'ahp')),
    judged_by TEXT NOT NULL DEFAULT 'group' CHECK (judged_by IN ('group', 'participants')),
    scored_by TEXT NOT NULL DEFAULT 'group' CHECK (scored_by IN ('group', 'participants')),
    state TEXT NOT NULL DEFAULT 'open' CHECK (state IN ('open', 'finished')),
    position INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE weighting_criteria (
    id INTEGER PRIMARY KEY,
    weighting_id INTEGER NOT NULL REFERENCES weightings(id) ON DELETE CASCADE,
    criterion_id INTEGER NOT NULL REFERENCES criteria(id) ON DELETE CASCADE,
    position INTEGER NOT NULL DEFAULT 0,
    UNIQUE (weighting_id, criterion_id)
);
CREATE TABLE weighting_projects (
    id INTEGER PRIMARY KEY,
    weighting_id INTEGER NOT NULL REFERENCES weightings(id) ON DELETE CASCADE,
    project_id INTEGER NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
    position INTEGER NOT NULL DEFAULT 0,
    UNIQUE (weighting_id, project_id)
);
CREATE TABLE judgements (
    id INTEGER PRIMARY KEY,
    weighting_id INTEGER NOT NULL REFERENCES weightings(id) ON DELETE CASCADE,
    participant_id INTEGER REFERENCES participants(id) ON DELETE CASCADE,
    criterion_id INTEGER NOT NULL REFERENCES criteria(id) ON DELETE CASCADE,
    other_id INTEGER REFERENCES criteria(id) ON DELETE CASCADE,
    value REAL NOT NULL CHECK (value >= 0 AND value <= 1000),
    CHECK (other_id IS NULL OR criterion_id < other_id)
);
CREATE TABLE scores (
    id INTEGER PRIMARY KEY,
    weighting_id INTEGER NOT NULL REFERENCES weightings(id) ON DELETE CASCADE,
    participant_id INTEGER REFERENCES participants(id) ON DELETE CASCADE,
    project_id INTEGER NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
    criterion_id INTEGER NOT NULL REFERENCES criteria(id) ON DELETE CASCADE,
    value REAL NOT NULL CHECK (value >= 0 AND value <= 10)
);
CREATE INDEX projects_field ON projects(field_id);
CREATE INDEX projects_card ON projects(card_id);
CREATE INDEX projects_cluster ON projects(cluster_id);
CREATE INDEX weightings_workshop ON weightings(workshop_id, position);
CREATE INDEX weighting_criteria_criterion ON weighting_criteria(criterion_id);
CREATE INDEX weighting_projects_project ON weighting_projects(project_id);
CREATE UNIQUE INDEX judgements_cell
    ON judgements(weighting_id, IFNULL(participant_id, 0), criterion_id, IFNULL(other_id, 0));
CREATE INDEX judgements_participant ON judgements(participant_id);
CREATE INDEX judgements_criterion ON judgements(criterion_id);
CREATE INDEX judgements_other ON judgements(other_id);
CREATE UNIQUE INDEX scores_cell
    ON scores(weighting_id, IFNULL(participant_id, 0), project_id, criterion_id);
CREATE INDEX scores_participant ON scores(participant_id);
CREATE INDEX scores_project ON scores(project_id);
CREATE INDEX scores_criterion ON scores(criterion_id)
"""

_V6 = """
ALTER TABLE strategy ADD COLUMN logo BLOB;
ALTER TABLE strategy ADD COLUMN pseudonymise INTEGER NOT NULL DEFAULT 0
    CHECK (pseudonymise IN (0, 1));
ALTER TABLE workshops ADD COLUMN minute_taker TEXT NOT NULL DEFAULT '';
ALTER TABLE workshops ADD COLUMN remarks TEXT NOT NULL DEFAULT '';
CREATE TABLE decisions (
    id INTEGER PRIMARY KEY,
    workshop_id INTEGER NOT NULL REFERENCES workshops(id) ON DELETE CASCADE,
    text TEXT NOT NULL,
    agenda_item_id INTEGER REFERENCES agenda_items(id) ON DELETE SET NULL,
    position INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE action_items (
    id INTEGER PRIMARY KEY,
    workshop_id INTEGER NOT NULL REFERENCES workshops(id) ON DELETE CASCADE,
    what TEXT NOT NULL,
    who TEXT NOT NULL DEFAULT '',
    due TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'in_progress', 'done')),
    position INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE photos (
    id INTEGER PRIMARY KEY,
    workshop_id INTEGER NOT NULL REFERENCES workshops(id) ON DELETE CASCADE,
    caption TEXT NOT NULL DEFAULT '',
    data BLOB NOT NULL,
    mime TEXT NOT NULL CHECK (mime IN ('image/jpeg', 'image/png')),
    width INTEGER NOT NULL CHECK (width > 0),
    height INTEGER NOT NULL CHECK (height > 0),
    rotation INTEGER NOT NULL DEFAULT 0 CHECK (rotation IN (0, 90, 180, 270)),
    position INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX decisions_workshop ON decisions(workshop_id, position);
CREATE INDEX decisions_agenda ON decisions(agenda_item_id);
CREATE INDEX action_items_workshop ON action_items(workshop_id, position);
CREATE INDEX photos_workshop ON photos(workshop_id, position)
"""

_V7 = """
ALTER TABLE strategy ADD COLUMN goals_text TEXT NOT NULL DEFAULT '';
ALTER TABLE strategy ADD COLUMN fields_text TEXT NOT NULL DEFAULT '';
ALTER TABLE strategy ADD COLUMN criteria_text TEXT NOT NULL DEFAULT '';
ALTER TABLE strategy ADD COLUMN governance_text TEXT NOT NULL DEFAULT '';
ALTER TABLE strategy ADD COLUMN next_steps_text TEXT NOT NULL DEFAULT '';
ALTER TABLE strategy ADD COLUMN weighting_id INTEGER
    REFERENCES weightings(id) ON DELETE SET NULL;
CREATE TABLE strategic_goals (
    id INTEGER PRIMARY KEY,
    title TEXT NOT NULL,
    text TEXT NOT NULL DEFAULT '',
    isek TEXT NOT NULL DEFAULT '',
    position INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE field_goals (
    id INTEGER PRIMARY KEY,
    field_id INTEGER NOT NULL REFERENCES fields_of_action(id) ON DELETE CASCADE,
    text TEXT NOT NULL,
    goal_id INTEGER REFERENCES strategic_goals(id) ON DELETE SET NULL,
    position INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE governance_bodies (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    members TEXT NOT NULL DEFAULT '',
    tasks TEXT NOT NULL DEFAULT '',
    position INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE strategy_actions (
    id INTEGER PRIMARY KEY,
    what TEXT NOT NULL,
    who TEXT NOT NULL DEFAULT '',
    due TEXT NOT NULL DEFAULT '',
    field_id INTEGER REFERENCES fields_of_action(id) ON DELETE SET NULL,
    position INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE strategy_versions (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    created TEXT NOT NULL,
    content TEXT NOT NULL,
    position INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX strategy_weighting ON strategy(weighting_id);
CREATE INDEX field_goals_field ON field_goals(field_id, position);
CREATE INDEX field_goals_goal ON field_goals(goal_id);
CREATE INDEX strategy_actions_field ON strategy_actions(field_id)
"""


def _run_script(db: Database, script: str, version: int) -> None:
    # executescript() would commit the migration's transaction, so run statement by statement.
    for statement in script.split(";"):
        if statement.strip():
            db.execute(statement)
    db.execute(f"PRAGMA user_version = {int(version)}")


def m001_initial(db: Database) -> None:
    """Strategy, stakeholder groups, workshops, participants and attendance."""
    db.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    _run_script(db, _V1, 1)


def m002_agenda_boards_cards(db: Database) -> None:
    """Agenda items of a workshop, its boards and their idea cards."""
    _run_script(db, _V2, 2)


def m003_clusters_fields(db: Database) -> None:
    """Clusters on boards, cards in clusters (with import tags and merged duplicates), and the
    strategy's fields of action linked to the clusters they grew from."""
    _run_script(db, _V3, 3)


def m004_voting(db: Database) -> None:
    """Dot-voting rounds on a board: their options, ballots cast at the laptop with their
    dots, and counts typed from paper."""
    _run_script(db, _V4, 4)


def m005_weighting(db: Database) -> None:
    """The criteria catalogue, projects, and weightings in a workshop: the criteria and
    projects they cover, judgements (points, ranks or pairwise comparisons, by the group or
    per participant) and scores 0–10."""
    _run_script(db, _V5, 5)


def m006_minutes(db: Database) -> None:
    """The minutes of a workshop: minute-taker and remarks, decisions, action items and
    photos of flipcharts; the strategy's logo for the cover and whether the minutes name
    participants at all."""
    _run_script(db, _V6, 6)


def m007_strategy_draft(db: Database) -> None:
    """The strategy draft: texts for its sections, the weighting whose weights were agreed,
    strategic goals (citing the ISEK), goals of each field of action, the governance bodies,
    the action plan, and named versions (snapshots of the whole draft as JSON). The vision and
    the fields' descriptions become Markdown: what was typed as plain text is escaped, so it
    reads as the same words and lines."""
    from smartcity_desktop.domain.richtext import plain_to_markdown

    _run_script(db, _V7, 7)
    for table, column in (("strategy", "vision"), ("fields_of_action", "description")):
        rows = db.execute(f"SELECT id, {column} FROM {table}").fetchall()
        for row_id, text in rows:
            markdown = plain_to_markdown(text or "")
            if markdown != (text or ""):
                db.execute(f"UPDATE {table} SET {column} = ? WHERE id = ?", (markdown, row_id))


MIGRATIONS: tuple[tuple[str, Callable[[Database], None]], ...] = (
    ("m001_initial", m001_initial),
    ("m002_agenda_boards_cards", m002_agenda_boards_cards),
    ("m003_clusters_fields", m003_clusters_fields),
    ("m004_voting", m004_voting),
    ("m005_weighting", m005_weighting),
    ("m006_minutes", m006_minutes),
    ("m007_strategy_draft", m007_strategy_draft),
)
CURRENT_VERSION = len(MIGRATIONS)
KNOWN_NAMES = frozenset(name for name, _ in MIGRATIONS)


def applied_names(conn: sqlite3.Connection) -> list[str]:
    """Names of the migrations recorded in the file, oldest first (plain SQL, no writes)."""
    exists = conn.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = '_sqlite_migrations'"
    ).fetchone()
    if not exists:
        return []
    rows = conn.execute(
        "SELECT name FROM _sqlite_migrations WHERE migration_set = ? ORDER BY rowid",
        (MIGRATION_SET,),
    ).fetchall()
    return [row[0] for row in rows]


def pending_names(conn: sqlite3.Connection) -> list[str]:
    """Migrations this version knows and the file has not had yet."""
    done = set(applied_names(conn))
    return [name for name, _ in MIGRATIONS if name not in done]


def unknown_names(conn: sqlite3.Connection) -> list[str]:
    """Migrations recorded in the file that this version does not know: a newer file."""
    return [name for name in applied_names(conn) if name not in KNOWN_NAMES]


def _migrations():  # type: ignore[no-untyped-def]
    from sqlite_utils.migrations import Migrations

    migrations = Migrations(MIGRATION_SET)
    for name, fn in MIGRATIONS:
        migrations(name=name)(fn)
    return migrations


def migrate(conn: sqlite3.Connection, stop_before: str | None = None) -> None:
    """Apply every pending migration, each in its own transaction."""
    from sqlite_utils import Database

    db = Database(conn, execute_plugins=False)
    _migrations().apply(db, stop_before=stop_before)


def write_version_1_file(path: Path | str, title: str, workshop: str) -> int:
    """A project file as the first version of the app wrote it (a strategy and one workshop),
    for checking an installation's migrations; returns the file's `user_version`."""
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
        conn.execute("PRAGMA journal_mode = DELETE")
        migrate(conn, stop_before=MIGRATIONS[1][0])
        conn.execute("INSERT INTO strategy (id, title, city) VALUES (1, ?, ?)", (title, title))
        conn.execute("INSERT INTO workshops (title, kind) VALUES (?, 'workshop')", (workshop,))
        return int(conn.execute("PRAGMA user_version").fetchone()[0])
    finally:
        conn.close()

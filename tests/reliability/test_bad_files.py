"""R4 damaged, R5 foreign and R6 newer files: a clear error and the file stays byte-identical."""

from __future__ import annotations

import random
import shutil
import sqlite3
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "store"))
from store_helpers import leftovers, make_project, sha256

from smartcity_desktop.store import schema
from smartcity_desktop.store.check import check_file
from smartcity_desktop.store.connection import ProjectFile
from smartcity_desktop.store.errors import FileProblem, ProjectFileError

MODES = ["edit", "read_only", "check"]


def open_as(path: Path, mode: str) -> None:
    """Open `path` for editing, read-only, or through check_file, and close it again."""
    if mode == "check":
        check_file(path)
    else:
        ProjectFile.open(path, read_only=(mode == "read_only")).close()


def attempt(path: Path, mode: str) -> ProjectFileError:
    """Open `path` the way `mode` says and return the ProjectFileError it must raise."""
    with pytest.raises(ProjectFileError) as info:
        open_as(path, mode)
    return info.value


def outcome(path: Path, mode: str) -> ProjectFileError | None:
    """The ProjectFileError opening raises, or None if it opened (an edit open must not)."""
    try:
        if mode == "read_only":
            pf = ProjectFile.open(path, read_only=True)
            pf.close()
            if not pf.read_only:
                raise AssertionError("opened for editing")
        else:
            open_as(path, mode)
    except ProjectFileError as exc:
        return exc
    return None


# -- R4: damaged ---------------------------------------------------------------------------


@pytest.fixture(scope="module")
def full_project(tmp_path_factory) -> Path:
    """A project with 2,000 workshops, so damage hits real b-tree pages."""
    path = tmp_path_factory.mktemp("full") / "voll.scw"
    pf = ProjectFile.create(path, title="Voll")
    with pf.transaction() as conn:
        conn.executemany(
            "INSERT INTO workshops (title, place, moderators) VALUES (?, ?, ?)",
            [(f"Werkstatt {i}", f"Raum {i % 17}", "Jana Muster") for i in range(2000)],
        )
    pf.close()
    return path


def workshop_leaf_page(path: Path) -> tuple[int, int]:
    """(page size, number of a leaf page in the middle of the workshops table, past page 1)."""
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        page_size = conn.execute("PRAGMA page_size").fetchone()[0]
        root = conn.execute(
            "SELECT rootpage FROM sqlite_master WHERE name = 'workshops'"
        ).fetchone()[0]
    finally:
        conn.close()
    data = path.read_bytes()
    page = data[(root - 1) * page_size : root * page_size]
    assert page[0] == 0x05, "with 2,000 rows the table's root is an interior page"
    cells = int.from_bytes(page[3:5], "big")
    offsets = [int.from_bytes(page[12 + 2 * i : 14 + 2 * i], "big") for i in range(cells)]
    children = [int.from_bytes(page[o : o + 4], "big") for o in offsets]
    leaf = children[len(children) // 2]
    assert leaf > 1
    assert data[(leaf - 1) * page_size] == 0x0D, "a table leaf page"
    return page_size, leaf


def flipped(data: bytes, start: int, count: int) -> bytes:
    out = bytearray(data)
    for i in range(start, start + count):
        out[i] ^= 0xFF
    return bytes(out)


def damage(kind: str, source: Path, target: Path) -> None:
    data = source.read_bytes()
    if kind == "truncated_half":
        out = data[: len(data) // 2]
    elif kind == "header_only":
        out = data[:100]
    else:
        page_size, leaf = workshop_leaf_page(source)
        base = (leaf - 1) * page_size
        if kind == "flipped_page_header":
            out = flipped(data, base, 8)
        else:  # flipped_mid_page: the start of the middle cell of the page (size, rowid)
            cells = int.from_bytes(data[base + 3 : base + 5], "big")
            slot = base + 8 + 2 * (cells // 2)
            cell = int.from_bytes(data[slot : slot + 2], "big")
            assert page_size // 4 < cell < page_size * 3 // 4, "the cell lies mid-page"
            out = flipped(data, base + cell, 4)
    target.write_bytes(out)


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize(
    "kind", ["truncated_half", "header_only", "flipped_page_header", "flipped_mid_page"]
)
def test_damaged_file_is_refused_and_untouched(full_project, tmp_path, kind, mode):
    path = tmp_path / "kaputt.scw"
    damage(kind, full_project, path)
    before = sha256(path)
    size = path.stat().st_size

    error = attempt(path, mode)

    assert error.problem is FileProblem.DAMAGED, str(error)
    assert "damaged" in str(error)
    assert sha256(path) == before
    assert path.stat().st_size == size
    assert leftovers(tmp_path) == []


def test_undamaged_base_file_opens(full_project):
    """Control for the damage tests: the source file itself is sound."""
    pf = ProjectFile.open(full_project, read_only=True)
    try:
        assert pf.integrity_check() == []
        assert pf.query("SELECT count(*) FROM workshops")[0][0] == 2000
    finally:
        pf.close()


# -- R5: foreign ---------------------------------------------------------------------------


def make_foreign(kind: str, path: Path) -> None:
    if kind == "empty":
        path.write_bytes(b"")
    elif kind == "text":
        path.write_text("Protokoll der Lenkungsgruppe\nTOP 1: Begrüßung\n" * 50, encoding="utf-8")
    elif kind == "png":
        path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + random.Random(1).randbytes(5000))
    elif kind == "random":
        path.write_bytes(random.Random(2).randbytes(16384))
    elif kind == "other_sqlite":
        conn = sqlite3.connect(path)
        conn.execute("CREATE TABLE recipes (id INTEGER PRIMARY KEY, name TEXT)")
        conn.execute("INSERT INTO recipes (name) VALUES ('Apfelstrudel')")
        conn.commit()
        conn.close()
    elif kind == "other_sqlite_with_user_version":
        conn = sqlite3.connect(path)
        conn.execute("CREATE TABLE strategy (id INTEGER PRIMARY KEY, title TEXT)")
        conn.execute("PRAGMA user_version = 1")
        conn.commit()
        conn.close()
    elif kind == "ours_but_empty":
        # Our application_id but no schema at all (user_version 0).
        conn = sqlite3.connect(path)
        conn.execute(f"PRAGMA application_id = {0x5343574B}")
        conn.execute("CREATE TABLE t (x)")
        conn.commit()
        conn.close()
    else:
        raise AssertionError(kind)


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize(
    "kind",
    [
        "empty",
        "text",
        "png",
        "random",
        "other_sqlite",
        "other_sqlite_with_user_version",
        "ours_but_empty",
    ],
)
def test_foreign_file_is_not_a_project_and_untouched(tmp_path, kind, mode):
    path = tmp_path / "fremd.scw"
    make_foreign(kind, path)
    before = sha256(path)
    size = path.stat().st_size

    error = attempt(path, mode)

    assert error.problem is FileProblem.NOT_A_PROJECT, str(error)
    assert "not a Smart City Werkstatt file" in str(error)
    assert sha256(path) == before
    assert path.stat().st_size == size
    if kind == "empty":
        assert size == 0
    assert sorted(p.name for p in tmp_path.iterdir()) == ["fremd.scw"]


@pytest.mark.parametrize("mode", MODES)
def test_directory_is_refused(tmp_path, mode):
    folder = tmp_path / "ordner.scw"
    folder.mkdir()
    (folder / "inhalt.txt").write_text("bleibt")

    error = attempt(folder, mode)

    assert error.problem is FileProblem.IS_DIRECTORY
    assert sorted(p.name for p in folder.iterdir()) == ["inhalt.txt"]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["ordner.scw"]


@pytest.mark.parametrize("mode", MODES)
def test_missing_file_is_not_found_and_not_created(tmp_path, mode):
    path = tmp_path / "gibt-es-nicht.scw"

    error = attempt(path, mode)

    assert error.problem is FileProblem.NOT_FOUND
    assert not path.exists()
    assert list(tmp_path.iterdir()) == []


# -- R6: newer -----------------------------------------------------------------------------


def newer_by_header(path: Path) -> None:
    data = bytearray(path.read_bytes())
    data[60:64] = (schema.CURRENT_VERSION + 1).to_bytes(4, "big")
    path.write_bytes(bytes(data))


def newer_by_pragma(path: Path) -> None:
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute(f"PRAGMA user_version = {schema.CURRENT_VERSION + 5}")
    conn.close()


def newer_by_migration(path: Path, migration_set: str = schema.MIGRATION_SET) -> None:
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute(
        "INSERT INTO _sqlite_migrations (migration_set, name, applied_at)"
        " VALUES (?, 'm099_from_the_future', '2031-01-01 00:00:00+00:00')",
        (migration_set,),
    )
    conn.close()


@pytest.fixture(scope="module")
def current_project(tmp_path_factory) -> Path:
    return make_project(tmp_path_factory.mktemp("current") / "aktuell.scw")


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("how", [newer_by_header, newer_by_pragma, newer_by_migration])
def test_newer_file_is_refused_and_untouched(current_project, tmp_path, how, mode):
    path = tmp_path / "neuer.scw"
    shutil.copyfile(current_project, path)
    how(path)
    before = sha256(path)

    if mode == "edit":
        error = attempt(path, mode)
        assert error.problem is FileProblem.NEWER
        assert "newer version" in str(error)
    else:
        # R6 allows "refused or read-only"; either way nothing may be written.
        error = outcome(path, mode)
        assert error is None or error.problem is FileProblem.NEWER

    assert sha256(path) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["neuer.scw"]


def test_unknown_migration_of_another_set_is_not_newer(current_project, tmp_path):
    """Control for the migration case: only our own migration set decides 'newer'."""
    path = tmp_path / "plugin.scw"
    shutil.copyfile(current_project, path)
    newer_by_migration(path, migration_set="some_plugin")
    before = sha256(path)
    pf = ProjectFile.open(path)
    try:
        assert pf.schema_version == schema.CURRENT_VERSION
    finally:
        pf.close()
    assert sha256(path) == before

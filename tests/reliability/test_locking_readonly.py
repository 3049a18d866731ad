"""R9 read-only files and folders, R10 the same file opened twice and stale locks, hot journals.

As root, file modes are ignored, so the read-only cases run the opening in a subprocess with
privileges dropped to nobody (`setpriv`); the files live in a world-readable folder under /tmp
because pytest's tmp_path is private to root.
"""

from __future__ import annotations

import functools
import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "store"))
from store_helpers import (
    ALL_TABLES,
    Child,
    dump,
    leftovers,
    make_project,
    run_py,
    sha256,
    sha256_elsewhere,
)

from smartcity_desktop.store.check import check_file
from smartcity_desktop.store.connection import ProjectFile
from smartcity_desktop.store.errors import FileProblem, ProjectFileError
from smartcity_desktop.store.header import hot_journal_exists
from smartcity_desktop.store.records import update_fields
from smartcity_desktop.store.strategy import load_strategy

NOBODY = 65534


@functools.cache
def _drop_privileges() -> list[str]:
    """The command prefix that runs a program as nobody, or a skip if that is impossible here."""
    setpriv = shutil.which("setpriv")
    if setpriv is None:
        pytest.skip("running as root and setpriv (util-linux) is missing: cannot drop privileges")
    prefix = [setpriv, f"--reuid={NOBODY}", f"--regid={NOBODY}", "--clear-groups"]
    probe = subprocess.run([*prefix, "true"], capture_output=True, text=True, timeout=30)
    if probe.returncode != 0:
        pytest.skip(f"setpriv cannot drop privileges here: {probe.stderr.strip()}")
    return prefix


def run_py_as_nobody(script: str, *args: object) -> dict:
    """Run `script` as nobody when we are root (file modes bind only then), else as we are;
    the script's last line of output is JSON with at least its "uid"."""
    prefix = _drop_privileges() if os.geteuid() == 0 else []
    proc = subprocess.run(
        [*prefix, sys.executable, "-c", script, *map(str, args)],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr
    result = json.loads(proc.stdout.strip().splitlines()[-1])
    assert result["uid"] == (NOBODY if os.geteuid() == 0 else os.geteuid())
    return result


@pytest.fixture
def shared_dir():
    """A folder under /tmp that nobody can read (and, inside, write where we allow it)."""
    folder = Path(tempfile.mkdtemp(prefix="scw-readonly-", dir="/tmp"))
    folder.chmod(0o755)
    yield folder
    for path in [folder, *folder.rglob("*")]:
        if path.is_dir() and not path.is_symlink():
            path.chmod(0o755)
    shutil.rmtree(folder)


_READ_ONLY_SESSION = r"""
import json, os, sys
from pathlib import Path
from smartcity_desktop.store.connection import ProjectFile
from smartcity_desktop.store.errors import ProjectFileError
from smartcity_desktop.store.records import update_fields
from smartcity_desktop.store.strategy import load_strategy

out = {"uid": os.getuid()}
pf = ProjectFile.open(sys.argv[1])
out["read_only"] = pf.read_only
out["title"] = load_strategy(pf).title
try:
    with pf.transaction() as conn:
        conn.execute("INSERT INTO workshops (title) VALUES ('darf nicht')")
    out["transaction"] = "written"
except ProjectFileError as exc:
    out["transaction"] = str(exc.problem)
try:
    update_fields(pf, "strategy", 1, {"title": "geändert"})
    out["update"] = "written"
except ProjectFileError as exc:
    out["update"] = str(exc.problem)
out["copy"] = str(pf.save_copy(Path(sys.argv[2])))
pf.close()
print(json.dumps(out))
"""


@pytest.mark.parametrize("case", ["read_only_file", "read_only_folder"])
def test_read_only_file_or_folder_opens_read_only(shared_dir, case):
    """R9: opens read-only, reads, refuses writes, Save as works, the file is unchanged."""
    project_dir = shared_dir / "projekt"
    project_dir.mkdir()
    path = make_project(project_dir / "strategie.scw", title="Strategie Nur-Lesen")
    if case == "read_only_file":
        path.chmod(0o444)
        project_dir.chmod(0o755)
    else:  # the file itself is writable, its folder (where the journal would go) is not
        path.chmod(0o666)
        project_dir.chmod(0o555)
    out_dir = shared_dir / "ausgabe"
    out_dir.mkdir()
    out_dir.chmod(0o777)
    target = out_dir / "kopie.scw"
    before = sha256(path)

    result = run_py_as_nobody(_READ_ONLY_SESSION, path, target)

    assert result["read_only"] is True
    assert result["title"] == "Strategie Nur-Lesen"
    assert result["transaction"] == FileProblem.READ_ONLY
    assert result["update"] == FileProblem.READ_ONLY
    assert result["copy"] == str(target)
    assert sha256(path) == before
    assert sorted(p.name for p in project_dir.iterdir()) == ["strategie.scw"]
    copy = ProjectFile.open(target)
    try:
        assert copy.integrity_check() == []
        assert dump(copy.conn) == dump(path)
    finally:
        copy.close()


_SNAPSHOT_READ_ONLY = r"""
import json, os, sys
from smartcity_desktop.store.connection import ProjectFile
pf = ProjectFile.open(sys.argv[1])
try:
    pf.snapshot()
    outcome = "snapshot written"
except Exception as exc:
    outcome = type(exc).__name__
print(json.dumps({"uid": os.getuid(), "outcome": outcome, "read_only": pf.read_only}))
"""


def test_snapshot_of_project_in_read_only_folder_raises_project_file_error(shared_dir):
    project_dir = shared_dir / "projekt"
    project_dir.mkdir()
    path = make_project(project_dir / "strategie.scw")
    project_dir.chmod(0o555)

    result = run_py_as_nobody(_SNAPSHOT_READ_ONLY, path)

    assert result["read_only"] is True
    assert result["outcome"] == "ProjectFileError"


# -- R10: opened twice ---------------------------------------------------------------------

_SECOND_OPEN = r"""
import json, sys
from smartcity_desktop.store.check import check_file
from smartcity_desktop.store.connection import ProjectFile
from smartcity_desktop.store.errors import ProjectFileError

out = {}
for label, call in [
    ("edit", lambda: ProjectFile.open(sys.argv[1])),
    ("read_only", lambda: ProjectFile.open(sys.argv[1], read_only=True)),
    ("check", lambda: check_file(sys.argv[1])),
]:
    try:
        result = call()
        out[label] = "opened"
        if hasattr(result, "close"):
            result.close()
    except ProjectFileError as exc:
        out[label] = str(exc.problem)
print(json.dumps(out))
"""


def test_second_process_is_told_the_file_is_open(tmp_path):
    """R10. Hashes are taken in other processes: a plain open()/close() of the file in this
    process would drop the POSIX locks SQLite holds on it."""
    path = make_project(tmp_path / "p.scw")
    first = ProjectFile.open(path)
    try:
        update_fields(first, "strategy", 1, {"city": "Erststadt"})
        before = sha256_elsewhere(path)

        proc = run_py(_SECOND_OPEN, path)

        assert proc.returncode == 0, proc.stderr
        assert json.loads(proc.stdout) == {
            "edit": FileProblem.LOCKED,
            "read_only": FileProblem.LOCKED,
            "check": FileProblem.LOCKED,
        }
        assert sha256_elsewhere(path) == before
        # The first instance is unaffected, keeps working and still holds the lock.
        update_fields(first, "strategy", 1, {"city": "Erststadt 2"})
        assert first.integrity_check() == []
        assert json.loads(run_py(_SECOND_OPEN, path).stdout)["edit"] == FileProblem.LOCKED
    finally:
        first.close()
    assert dump(path, ["strategy"])["strategy"][0][2] == "Erststadt 2"


@pytest.mark.parametrize("read_only", [False, True])
def test_second_open_in_the_same_process_is_locked(tmp_path, read_only):
    path = make_project(tmp_path / "p.scw")
    before = sha256(path)
    first = ProjectFile.open(path)
    try:
        with pytest.raises(ProjectFileError) as info:
            ProjectFile.open(path, read_only=read_only)
        assert info.value.problem is FileProblem.LOCKED
        assert "already open" in str(info.value)
    finally:
        first.close()
    assert sha256(path) == before


def test_failed_second_open_in_process_keeps_other_processes_out(tmp_path):
    path = make_project(tmp_path / "p.scw")
    first = ProjectFile.open(path)
    try:
        with pytest.raises(ProjectFileError) as info:
            ProjectFile.open(path)  # e.g. the moderator picks the open file under "Recent"
        assert info.value.problem is FileProblem.LOCKED

        proc = run_py(_SECOND_OPEN, path)

        assert proc.returncode == 0, proc.stderr
        assert json.loads(proc.stdout)["edit"] == FileProblem.LOCKED
    finally:
        first.close()


def test_read_only_viewer_blocks_an_editor(tmp_path):
    """A read-only open holds a shared lock; an editor then gets LOCKED, not a half-open file."""
    path = make_project(tmp_path / "p.scw")
    before = sha256(path)
    viewer = ProjectFile.open(path, read_only=True)
    try:
        proc = run_py(_SECOND_OPEN, path)
        assert proc.returncode == 0, proc.stderr
        assert json.loads(proc.stdout) == {
            "edit": FileProblem.LOCKED,
            "read_only": "opened",  # readers may share
            "check": "opened",
        }
    finally:
        viewer.close()
    assert sha256(path) == before
    ProjectFile.open(path).close()
    assert sha256(path) == before


_EDIT_THEN_IDLE = r"""
import sys, time
from smartcity_desktop.store.connection import ProjectFile
from smartcity_desktop.store.records import insert_row, update_fields

pf = ProjectFile.open(sys.argv[1])
update_fields(pf, "strategy", 1, {"title": "vom abgestürzten Fenster"})
insert_row(pf, "workshops", {"title": "Werkstatt vor dem Absturz"})
print("ready", flush=True)
time.sleep(120)
"""


def test_stale_lock_after_kill_is_recognised_and_edits_kept(tmp_path):
    """R10: a crashed instance's lock goes with it; its acknowledged edits are in the file."""
    path = make_project(tmp_path / "p.scw")
    with Child(_EDIT_THEN_IDLE, str(path)) as child:
        child.wait_for("ready")
        with pytest.raises(ProjectFileError) as info:
            ProjectFile.open(path)
        assert info.value.problem is FileProblem.LOCKED
        child.kill()

    assert not hot_journal_exists(path)
    pf = ProjectFile.open(path)
    try:
        assert load_strategy(pf).title == "vom abgestürzten Fenster"
        titles = [r["title"] for r in pf.query("SELECT title FROM workshops")]
        assert titles == ["Werkstatt vor dem Absturz"]
        assert pf.integrity_check() == []
    finally:
        pf.close()
    assert check_file(path).ok


# -- hot journal -----------------------------------------------------------------------------

_KILLED_MID_TRANSACTION = r"""
import sys, time
from smartcity_desktop.store.connection import ProjectFile

pf = ProjectFile.open(sys.argv[1])
with pf.transaction() as conn:
    conn.executemany(
        "INSERT INTO workshops (title, place) VALUES (?, ?)",
        [(f"ungespeichert {i}", "x" * 200) for i in range(20000)],
    )
    print("ready", flush=True)
    time.sleep(120)
"""


def test_kill_mid_transaction_leaves_a_hot_journal_that_open_rolls_back(tmp_path):
    path = make_project(tmp_path / "p.scw")
    pf = ProjectFile.open(path)
    update_fields(pf, "strategy", 1, {"vision": "bestätigt vor dem Absturz"})
    pf.close()
    committed = sha256(path)
    committed_rows = dump(path)

    with Child(_KILLED_MID_TRANSACTION, str(path)) as child:
        child.wait_for("ready")
        child.kill()

    # 4 MB of inserts spill the page cache: the file was written and the journal is hot.
    assert hot_journal_exists(path)
    assert sha256(path) != committed
    interrupted = sha256(path)

    # Read-only cannot roll back, so it refuses without touching anything.
    with pytest.raises(ProjectFileError) as info:
        ProjectFile.open(path, read_only=True)
    assert info.value.problem is FileProblem.DAMAGED
    assert hot_journal_exists(path)
    assert sha256(path) == interrupted

    pf = ProjectFile.open(path)
    try:
        assert pf.integrity_check() == []
        assert pf.query("SELECT count(*) FROM workshops")[0][0] == 0
        assert load_strategy(pf).vision == "bestätigt vor dem Absturz"
        assert dump(pf.conn) == committed_rows
    finally:
        pf.close()

    assert not hot_journal_exists(path)
    assert leftovers(tmp_path) == []
    assert sha256(path) == committed  # the rollback restored the committed file exactly
    assert set(dump(path)) == set(ALL_TABLES)

"""R12: a copy of the file taken with file tools while the app sits idle is a complete project.

The copy is made by another process, as a file manager or a backup tool would: a plain
open()/close() of the file inside this process would drop SQLite's POSIX locks on it.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "store"))
from store_helpers import dump, make_project, run_py

from smartcity_desktop.store import schema
from smartcity_desktop.store.connection import ProjectFile
from smartcity_desktop.store.records import insert_row, update_fields

_COPY = "import shutil, sys; shutil.copyfile(sys.argv[1], sys.argv[2])"


def test_copy_of_idle_open_project_has_every_commit(tmp_path):
    path = make_project(tmp_path / "live.scw")
    pf = ProjectFile.open(path)
    try:
        for i in range(200):
            with pf.transaction() as conn:
                conn.execute(
                    "INSERT INTO workshops (title, position) VALUES (?, ?)", (f"Runde {i}", i)
                )
        update_fields(pf, "strategy", 1, {"vision": "zuletzt geändert"})
        expected = dump(pf.conn)

        copy = tmp_path / "kopie" / "live.scw"
        copy.parent.mkdir()
        proc = run_py(_COPY, path, copy)
        assert proc.returncode == 0, proc.stderr

        # The original stays open and usable after being copied.
        insert_row(pf, "workshops", {"title": "nach der Kopie"})
    finally:
        pf.close()

    assert sorted(p.name for p in copy.parent.iterdir()) == ["live.scw"]
    copied = ProjectFile.open(copy)
    try:
        assert copied.integrity_check() == []
        assert copied.schema_version == schema.CURRENT_VERSION
        titles = [r["title"] for r in copied.query("SELECT title FROM workshops ORDER BY id")]
        assert titles == [f"Runde {i}" for i in range(200)]
        assert dump(copied.conn) == expected
    finally:
        copied.close()

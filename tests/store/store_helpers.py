"""Shared helpers for the store tests (a plain module: tests/store is on sys.path under pytest).

Named `store_helpers` rather than `helpers` so it cannot shadow another test folder's helpers
module in pytest's default import mode.
"""

from __future__ import annotations

import hashlib
import queue
import sqlite3
import subprocess
import sys
import threading
from pathlib import Path

from smartcity_desktop.store.connection import ProjectFile

TESTS_DIR = Path(__file__).resolve().parents[1]
FIXTURE_V1 = TESTS_DIR / "fixtures" / "v1" / "strategy_v1.scw"

# The tables schema version 1 has, and their order for dumps.
V1_TABLES = ("strategy", "stakeholder_groups", "workshops", "participants", "workshop_participants")
V2_TABLES = ("agenda_items", "boards", "cards")
ALL_TABLES = V1_TABLES + V2_TABLES


def sha256(path: Path) -> str:
    """SHA-256 of a file. Never call it on a file this process holds open with SQLite: closing
    any descriptor of a file drops all of the process's POSIX locks on it (see sha256_elsewhere).
    """
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


def sha256_elsewhere(path: Path) -> str:
    """SHA-256 computed in another process, so this process's SQLite locks on it survive."""
    proc = run_py(
        "import hashlib, sys; print(hashlib.sha256(open(sys.argv[1], 'rb').read()).hexdigest())",
        str(path),
    )
    assert proc.returncode == 0, proc.stderr
    return proc.stdout.strip()


def header_elsewhere(path: Path) -> bytes:
    """The first 100 bytes of a file, read in another process (see sha256_elsewhere)."""
    proc = run_py("import sys; print(open(sys.argv[1], 'rb').read(100).hex())", str(path))
    assert proc.returncode == 0, proc.stderr
    return bytes.fromhex(proc.stdout.strip())


def make_project(path: Path, *, title: str = "Smart-City-Strategie Teststadt", **kw) -> Path:
    """Create a project at `path` and close it again."""
    ProjectFile.create(path, title=title, city=kw.pop("city", "Teststadt"), **kw).close()
    return path


def _cols(columns: dict | None, table: str) -> str:
    if not columns or table not in columns:
        return "*"
    return ", ".join(f'"{c}"' for c in columns[table])


def columns_of(source: Path, tables) -> dict[str, list[str]]:
    """The columns each of `tables` has in a file (to compare a migrated file on them)."""
    conn = sqlite3.connect(f"file:{Path(source).resolve()}?mode=ro", uri=True)
    try:
        return {t: [r[1] for r in conn.execute(f'PRAGMA table_info("{t}")')] for t in tables}
    finally:
        conn.close()


def dump(
    source: Path | sqlite3.Connection, tables=ALL_TABLES, columns: dict | None = None
) -> dict[str, list[tuple]]:
    """Every row of `tables`, sorted, read with plain sqlite3 (read-only URI for a path);
    `columns` narrows a table to the columns an older file had."""
    if isinstance(source, sqlite3.Connection):
        conn, close = source, False
    else:
        conn = sqlite3.connect(f"file:{Path(source).resolve()}?mode=ro", uri=True)
        close = True
    try:
        present = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        return {
            table: sorted(
                conn.execute(f'SELECT {_cols(columns, table)} FROM "{table}"').fetchall(), key=repr
            )
            for table in tables
            if table in present
        }
    finally:
        if close:
            conn.close()


def leftovers(folder: Path) -> list[str]:
    """Side files a failed or finished operation must not leave: journals and temp files."""
    return sorted(
        p.name
        for p in Path(folder).iterdir()
        if p.name.endswith(("-journal", "-wal", "-shm", ".tmp", ".creating", ".building"))
    )


def run_py(script: str, *args: str, timeout: float = 60, **kw) -> subprocess.CompletedProcess:
    """Run `script` with this interpreter (`python -c`), bounded by `timeout`."""
    return subprocess.run(
        [sys.executable, "-c", script, *map(str, args)],
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
        **kw,
    )


class Child:
    """A `python -c` subprocess whose stdout lines can be awaited with a timeout."""

    def __init__(self, script: str, *args: str) -> None:
        self.proc = subprocess.Popen(
            [sys.executable, "-c", script, *map(str, args)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        self._lines: queue.Queue[str | None] = queue.Queue()
        self._pumper = threading.Thread(target=self._pump, daemon=True)
        self._pumper.start()

    def _pump(self) -> None:
        for line in self.proc.stdout:
            self._lines.put(line.rstrip("\n"))
        self._lines.put(None)

    def wait_for(self, expected: str, timeout: float = 30) -> None:
        """Block until the child prints `expected`; fail with its stderr if it never does."""
        try:
            while True:
                line = self._lines.get(timeout=timeout)
                if line is None:
                    break
                if line == expected:
                    return
        except queue.Empty:
            pass
        self.kill()
        raise AssertionError(
            f"child never printed {expected!r}; stderr:\n{self.proc.stderr.read()}"
        )

    def kill(self) -> int:
        """SIGKILL the child and reap it; returns its exit status."""
        if self.proc.poll() is None:
            self.proc.kill()
        return self.proc.wait(timeout=30)

    def __enter__(self) -> Child:
        return self

    def __exit__(self, *exc: object) -> None:
        self.kill()
        self._pumper.join(timeout=10)
        self.proc.stdout.close()
        self.proc.stderr.close()

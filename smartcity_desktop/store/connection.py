"""Open, create, copy and close a `.scw` project file safely (see RELIABILITY.md)."""

from __future__ import annotations

import contextlib
import os
import sqlite3
import urllib.parse
from collections.abc import Callable, Iterable, Iterator
from datetime import datetime
from pathlib import Path

from smartcity_desktop.store import schema
from smartcity_desktop.store.errors import FileProblem, ProjectFileError
from smartcity_desktop.store.header import hot_journal_exists, is_writable, read_header

# Applied in this order; locking_mode must come before anything reads the file.
_PRAGMAS = (
    "PRAGMA locking_mode = EXCLUSIVE",
    "PRAGMA synchronous = FULL",
    "PRAGMA foreign_keys = ON",
    "PRAGMA trusted_schema = OFF",
    "PRAGMA cell_size_check = ON",
    "PRAGMA secure_delete = ON",
)
_BUSY_TIMEOUT_S = 0.2

# Files this process has open, by (device, inode). SQLite's locks are POSIX locks, which the
# kernel drops for the whole process as soon as *any* descriptor of the file is closed: so a
# second open of an already open file must be refused before we so much as read its header.
_OPEN_FILES: set[tuple[int, int]] = set()

# sqlite3 primary result codes we turn into plain messages.
_SQLITE_READONLY = 8
_SQLITE_IOERR = 10
_SQLITE_CORRUPT = 11
_SQLITE_FULL = 13
_SQLITE_CONSTRAINT = 19
_SQLITE_NOTADB = 26
_SQLITE_BUSY = 5
_SQLITE_LOCKED = 6


def _uri(path: Path, mode: str) -> str:
    return f"file:{urllib.parse.quote(str(path.resolve()))}?mode={mode}"


def classify(exc: sqlite3.Error, path: Path) -> ProjectFileError:
    """Turn an sqlite3 error into a ProjectFileError the moderator can understand."""
    code = getattr(exc, "sqlite_errorcode", 0) & 0xFF
    text = str(exc)
    if code in (_SQLITE_BUSY, _SQLITE_LOCKED) or "locked" in text:
        return ProjectFileError(FileProblem.LOCKED, path)
    if code == _SQLITE_CONSTRAINT:
        return ProjectFileError(FileProblem.REFUSED, path, text)
    if code == _SQLITE_FULL:
        return ProjectFileError(FileProblem.DISK_FULL, path)
    if code == _SQLITE_READONLY:
        return ProjectFileError(FileProblem.READ_ONLY, path)
    if code in (_SQLITE_CORRUPT, _SQLITE_NOTADB) or "malformed" in text:
        return ProjectFileError(FileProblem.DAMAGED, path, text)
    if code == _SQLITE_IOERR:
        return ProjectFileError(FileProblem.IO_ERROR, path, text)
    return ProjectFileError(FileProblem.IO_ERROR, path, text)


def _fsync_dir(folder: Path) -> None:
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


class ProjectFile:
    """One open `.scw` file: a locked SQLite connection plus what we know about the file."""

    def __init__(self, path: Path, conn: sqlite3.Connection, *, read_only: bool) -> None:
        self.path = path
        self.conn = conn
        self.read_only = read_only
        self.snapshot_taken: Path | None = None
        self._key: tuple[int, int] | None = None
        self._closed = False

    # -- opening -------------------------------------------------------------------------

    @classmethod
    def open(
        cls,
        path: Path | str,
        *,
        read_only: bool = False,
        migrate: bool = True,
        snapshot_dir: Path | None = None,
    ) -> ProjectFile:
        """Open an existing project; never create a file, never write to one we cannot vouch for.

        A file that is not writable (or whose folder is not) is opened read-only. An older file
        is snapshotted and migrated unless `read_only` or not `migrate`.
        """
        path = Path(path)
        key = _file_key(path)
        if key is not None and key in _OPEN_FILES:
            raise ProjectFileError(FileProblem.LOCKED, path)
        header = read_header(path)  # raises for missing, foreign, cut-short files
        if header.user_version > schema.CURRENT_VERSION:
            raise ProjectFileError(
                FileProblem.NEWER,
                path,
                f"schema {header.user_version}, this version reads up to {schema.CURRENT_VERSION}",
            )
        if not read_only and not is_writable(path):
            read_only = True
        if read_only and hot_journal_exists(path):
            # An interrupted write must be rolled back before anything can be read reliably.
            raise ProjectFileError(
                FileProblem.DAMAGED,
                path,
                "an interrupted change must be recovered; open it for editing",
            )
        conn = cls._connect(path, read_only)
        project = cls(path, conn, read_only=read_only)
        try:
            project._verify()
            if not read_only:
                project._lock()
                if migrate and schema.pending_names(conn):
                    project._migrate(snapshot_dir)
        except BaseException:
            conn.close()
            raise
        if key is not None:
            _OPEN_FILES.add(key)
            project._key = key
        return project

    @classmethod
    def open_for_reading(cls, path: Path | str) -> ProjectFile:
        """A project opened only to read (exports, checks): never locked for writing, never
        migrated on disk. A file from an older version is migrated in a copy in memory, so it
        reads like a current one and stays byte-identical."""
        pf = cls.open(path, read_only=True, migrate=False)
        if not schema.pending_names(pf.conn):
            return pf
        memory = sqlite3.connect(":memory:", isolation_level=None, check_same_thread=False)
        try:
            pf.conn.backup(memory)
        finally:
            pf.close()
        schema.migrate(memory)
        return cls(Path(path), memory, read_only=True)

    @staticmethod
    def _connect(path: Path, read_only: bool) -> sqlite3.Connection:
        try:
            conn = sqlite3.connect(
                _uri(path, "ro" if read_only else "rw"),
                uri=True,
                timeout=_BUSY_TIMEOUT_S,
                isolation_level=None,
                check_same_thread=False,
            )
        except sqlite3.Error as exc:
            raise classify(exc, path) from None
        try:
            for pragma in _PRAGMAS:
                conn.execute(pragma)
        except sqlite3.Error as exc:
            conn.close()
            raise classify(exc, path) from None
        return conn

    def _verify(self) -> None:
        """First read: takes the shared lock, rolls back a hot journal, runs quick_check."""
        try:
            result = self.conn.execute("PRAGMA quick_check").fetchall()
            journal = self.conn.execute("PRAGMA journal_mode").fetchone()[0]
            if not self.read_only and journal.lower() != "delete":
                self.conn.execute("PRAGMA journal_mode = DELETE")
        except sqlite3.Error as exc:
            raise classify(exc, self.path) from None
        if [tuple(row) for row in result] != [("ok",)]:
            raise ProjectFileError(FileProblem.DAMAGED, self.path, str(result[0][0]))
        try:
            unknown = schema.unknown_names(self.conn)
            version = self.schema_version
        except sqlite3.Error as exc:
            raise classify(exc, self.path) from None
        if unknown or version > schema.CURRENT_VERSION:
            raise ProjectFileError(FileProblem.NEWER, self.path, ", ".join(unknown))
        if version < 1:
            raise ProjectFileError(FileProblem.NOT_A_PROJECT, self.path)

    def _lock(self) -> None:
        """Take the exclusive lock now and keep it: a second instance is told the file is open."""
        try:
            self.conn.execute("BEGIN EXCLUSIVE")
            self.conn.execute("COMMIT")
        except sqlite3.Error as exc:
            raise classify(exc, self.path) from None

    def _migrate(self, snapshot_dir: Path | None) -> None:
        self.snapshot_taken = self.snapshot(snapshot_dir, reason=f"v{self.schema_version}")
        try:
            schema.migrate(self.conn)
        except sqlite3.Error as exc:
            raise classify(exc, self.path) from None

    # -- creating ------------------------------------------------------------------------

    @classmethod
    def create(
        cls,
        path: Path | str,
        *,
        title: str,
        city: str = "",
        stakeholder_groups: Iterable[str] = (),
        populate: Callable[[ProjectFile], None] | None = None,
    ) -> ProjectFile:
        """Create a new project at `path`, refusing to overwrite anything.

        The file is built under a temporary name and only appears at `path` once complete.
        `populate`, if given, is called with the open ProjectFile before it is moved into place.
        """
        path = Path(path)
        if path.exists() or path.is_symlink():
            raise ProjectFileError(FileProblem.EXISTS, path)
        if not path.parent.is_dir():
            raise ProjectFileError(FileProblem.NOT_FOUND, path.parent)
        tmp = path.with_name(f".{path.name}.{os.getpid()}.creating")
        try:
            conn = sqlite3.connect(tmp, isolation_level=None)
            try:
                for pragma in _PRAGMAS[1:]:
                    conn.execute(pragma)
                conn.execute("PRAGMA journal_mode = DELETE")
                schema.migrate(conn)
                project = cls(tmp, conn, read_only=False)
                with project.transaction():
                    conn.execute(
                        "INSERT INTO strategy (id, title, city) VALUES (1, ?, ?)", (title, city)
                    )
                    conn.executemany(
                        "INSERT INTO stakeholder_groups (name, position) VALUES (?, ?)",
                        [(name, i) for i, name in enumerate(stakeholder_groups)],
                    )
                if populate is not None:
                    populate(project)
            finally:
                conn.close()
            with open(tmp, "rb+") as fh:
                os.fsync(fh.fileno())
            _place_without_overwrite(tmp, path)
            _fsync_dir(path.parent)
        except sqlite3.Error as exc:
            raise classify(exc, path) from None
        except OSError as exc:
            raise ProjectFileError(FileProblem.IO_ERROR, path, exc.strerror or str(exc)) from None
        finally:
            for leftover in (tmp, tmp.with_name(tmp.name + "-journal")):
                with contextlib.suppress(FileNotFoundError):
                    leftover.unlink()
        return cls.open(path)

    # -- working -------------------------------------------------------------------------

    @property
    def schema_version(self) -> int:
        return int(self.conn.execute("PRAGMA user_version").fetchone()[0])

    @contextlib.contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """One durable transaction: on return the change is on disk; on error nothing changed."""
        if self.read_only:
            raise ProjectFileError(FileProblem.READ_ONLY, self.path)
        conn = self.conn
        if conn.in_transaction:
            # A nested unit of work (e.g. a macro of commands) becomes a savepoint.
            conn.execute("SAVEPOINT nested")
            try:
                yield conn
            except BaseException:
                # SQLITE_FULL or an I/O error may have rolled back the whole transaction (and
                # the savepoint with it): keep the original error for the outer level to report.
                if conn.in_transaction:
                    with contextlib.suppress(sqlite3.Error):
                        conn.execute("ROLLBACK TO nested")
                        conn.execute("RELEASE nested")
                raise
            conn.execute("RELEASE nested")
            return
        try:
            conn.execute("BEGIN IMMEDIATE")
        except sqlite3.Error as exc:
            raise classify(exc, self.path) from None
        try:
            yield conn
            conn.execute("COMMIT")
        except sqlite3.Error as exc:
            self._rollback()
            raise classify(exc, self.path) from None
        except BaseException:
            self._rollback()
            raise

    def _rollback(self) -> None:
        if self.conn.in_transaction:
            with contextlib.suppress(sqlite3.Error):
                self.conn.execute("ROLLBACK")

    def query(self, sql: str, params: Iterable[object] = ()) -> list[sqlite3.Row]:
        """Rows of a read-only query, as sqlite3.Row (indexable by column name)."""
        cursor = self.conn.cursor()
        cursor.row_factory = sqlite3.Row
        try:
            return cursor.execute(sql, tuple(params)).fetchall()
        except sqlite3.Error as exc:
            raise classify(exc, self.path) from None

    def integrity_check(self) -> list[str]:
        """Problems `PRAGMA integrity_check` reports; empty when the file is sound."""
        rows = [row[0] for row in self.conn.execute("PRAGMA integrity_check").fetchall()]
        fk = self.conn.execute("PRAGMA foreign_key_check").fetchall()
        problems = [] if rows == ["ok"] else rows
        problems += [f"broken reference in {row[0]} row {row[1]}" for row in fk]
        return problems

    # -- copies --------------------------------------------------------------------------

    def save_copy(self, target: Path | str) -> Path:
        """Write a complete, checked copy with SQLite's backup API; replaces `target` atomically."""
        target = Path(target)
        if target.resolve() == self.path.resolve():
            raise ProjectFileError(FileProblem.EXISTS, target)
        tmp = target.with_name(f".{target.name}.{os.getpid()}.tmp")
        try:
            dst = sqlite3.connect(tmp, isolation_level=None)
            try:
                self.conn.backup(dst)
                dst.execute("PRAGMA journal_mode = DELETE")
                ok = dst.execute("PRAGMA integrity_check").fetchone()[0]
            finally:
                dst.close()
            if ok != "ok":
                raise ProjectFileError(FileProblem.IO_ERROR, target, f"copy failed its check: {ok}")
            with open(tmp, "rb+") as fh:
                os.fsync(fh.fileno())
            os.replace(tmp, target)
            _fsync_dir(target.parent)
        except sqlite3.Error as exc:
            raise classify(exc, target) from None
        except OSError as exc:
            raise ProjectFileError(FileProblem.IO_ERROR, target, exc.strerror or str(exc)) from None
        finally:
            with contextlib.suppress(FileNotFoundError):
                tmp.unlink()
        return target

    def snapshot(self, folder: Path | None = None, reason: str = "") -> Path:
        """A dated copy in the snapshot folder (beside the file unless told otherwise)."""
        folder = folder or snapshot_folder(self.path)
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise ProjectFileError(FileProblem.IO_ERROR, folder, exc.strerror or str(exc)) from None
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S-%f")
        suffix = f"-{reason}" if reason else ""
        target = folder / f"{self.path.stem}-{stamp}{suffix}.scw"
        n = 2
        while target.exists():  # never replace an earlier snapshot
            target = folder / f"{self.path.stem}-{stamp}{suffix}-{n}.scw"
            n += 1
        return self.save_copy(target)

    def close(self) -> None:
        """Release the lock; the file is complete already, there is nothing to flush."""
        if self._closed:
            return
        self._closed = True
        self._rollback()
        self.conn.close()
        if self._key is not None:
            _OPEN_FILES.discard(self._key)


def _file_key(path: Path) -> tuple[int, int] | None:
    try:
        st = path.stat()
    except OSError:
        return None
    return (st.st_dev, st.st_ino)


def snapshot_folder(path: Path) -> Path:
    """Where snapshots of `path` go: a folder beside it that travels with the project."""
    return path.with_name(f"{path.stem}-snapshots")


def list_snapshots(path: Path) -> list[Path]:
    """Snapshots of `path`, newest first."""
    folder = snapshot_folder(Path(path))
    if not folder.is_dir():
        return []
    return sorted(folder.glob("*.scw"), key=lambda p: p.stat().st_mtime, reverse=True)


def _place_without_overwrite(tmp: Path, path: Path) -> None:
    try:
        os.link(tmp, path)  # fails if `path` appeared meanwhile: never overwrite
    except FileExistsError:
        raise ProjectFileError(FileProblem.EXISTS, path) from None
    except OSError:
        # Filesystems without hard links (FAT sticks): check, then rename.
        if path.exists():
            raise ProjectFileError(FileProblem.EXISTS, path) from None
        os.replace(tmp, path)

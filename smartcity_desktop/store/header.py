"""Read the 100-byte SQLite header and decide, without opening the database, whose file it is."""

from __future__ import annotations

import os
import stat
from dataclasses import dataclass
from pathlib import Path

from smartcity_desktop.store.errors import FileProblem, ProjectFileError

SQLITE_MAGIC = b"SQLite format 3\x00"
# "SCWK": marks a Smart City Werkstatt file in the header's application_id field.
APPLICATION_ID = 0x5343574B
HEADER_SIZE = 100


@dataclass(frozen=True, slots=True)
class Header:
    """The parts of the header that matter for deciding whether to open a file."""

    page_size: int
    page_count: int  # 0 when the header's count is not valid for this SQLite version
    user_version: int
    application_id: int
    file_size: int


def read_header(path: Path) -> Header:
    """Read and sanity-check the header of `path`; raise ProjectFileError if it is not ours."""
    try:
        st = path.stat()
    except FileNotFoundError:
        raise ProjectFileError(FileProblem.NOT_FOUND, path) from None
    except OSError as exc:
        raise ProjectFileError(FileProblem.IO_ERROR, path, exc.strerror or str(exc)) from None
    if stat.S_ISDIR(st.st_mode):
        raise ProjectFileError(FileProblem.IS_DIRECTORY, path)
    if not stat.S_ISREG(st.st_mode):
        raise ProjectFileError(FileProblem.NOT_A_PROJECT, path)
    try:
        with open(path, "rb") as fh:
            raw = fh.read(HEADER_SIZE)
    except OSError as exc:
        raise ProjectFileError(FileProblem.IO_ERROR, path, exc.strerror or str(exc)) from None
    if len(raw) < len(SQLITE_MAGIC) or raw[: len(SQLITE_MAGIC)] != SQLITE_MAGIC:
        raise ProjectFileError(FileProblem.NOT_A_PROJECT, path)
    if len(raw) < HEADER_SIZE:
        raise ProjectFileError(FileProblem.DAMAGED, path, "header cut short")
    header = _parse(raw, st.st_size)
    if header.application_id != APPLICATION_ID:
        raise ProjectFileError(FileProblem.NOT_A_PROJECT, path)
    _check_size(path, header)
    return header


def _parse(raw: bytes, file_size: int) -> Header:
    page_size = int.from_bytes(raw[16:18], "big")
    if page_size == 1:
        page_size = 65536
    change_counter = int.from_bytes(raw[24:28], "big")
    page_count = int.from_bytes(raw[28:32], "big")
    version_valid_for = int.from_bytes(raw[92:96], "big")
    if version_valid_for != change_counter:
        page_count = 0
    return Header(
        page_size=page_size,
        page_count=page_count,
        user_version=int.from_bytes(raw[60:64], "big", signed=True),
        application_id=int.from_bytes(raw[68:72], "big"),
        file_size=file_size,
    )


def _check_size(path: Path, header: Header) -> None:
    size = header.page_size
    if size < 512 or size > 65536 or size & (size - 1):
        raise ProjectFileError(FileProblem.DAMAGED, path, "invalid page size")
    if header.file_size % size:
        raise ProjectFileError(FileProblem.DAMAGED, path, "file is cut short")
    if header.page_count and header.file_size < header.page_count * size:
        raise ProjectFileError(FileProblem.DAMAGED, path, "file is cut short")


_JOURNAL_MAGIC = bytes.fromhex("d9d505f920a163d7")


def hot_journal_exists(path: Path) -> bool:
    """A live rollback journal beside the file: a write was interrupted and must be undone.

    In exclusive locking mode SQLite keeps the journal between writes with a zeroed header;
    only a journal that starts with its magic number holds pages to roll back.
    """
    journal = path.with_name(path.name + "-journal")
    try:
        with open(journal, "rb") as fh:
            return fh.read(len(_JOURNAL_MAGIC)) == _JOURNAL_MAGIC
    except OSError:
        return False


def is_writable(path: Path) -> bool:
    """Whether we may change `path`: the file and its folder (for the journal) must be writable."""
    return os.access(path, os.W_OK) and os.access(path.parent, os.W_OK)

"""Atomic writes: the target holds the old file or the complete new one, never a part; no
temporary file is left behind; the minutes export goes through it."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
from minutes_pdf_helpers import record

from smartcity_desktop.export import ExportCancelled, minutes_sections
from smartcity_desktop.export.atomic import atomic_write
from smartcity_desktop.export.minutes_pdf import write_minutes_pdf


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_writes_and_replaces(tmp_path: Path) -> None:
    target = tmp_path / "out.txt"
    assert atomic_write(target, lambda tmp: tmp.write_text("eins")) == target
    assert target.read_text() == "eins"
    atomic_write(target, lambda tmp: tmp.write_text("zwei"))
    assert target.read_text() == "zwei"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.txt"]


def test_temp_file_is_in_the_target_folder(tmp_path: Path) -> None:
    seen: list[Path] = []

    def write(tmp: Path) -> None:
        seen.append(tmp)
        tmp.write_bytes(b"x")

    atomic_write(tmp_path / "a.bin", write)
    assert seen[0].parent == tmp_path
    assert seen[0] != tmp_path / "a.bin"


@pytest.mark.parametrize("error", [RuntimeError("boom"), KeyboardInterrupt()])
def test_failure_keeps_old_file_and_leaves_no_temp(tmp_path: Path, error: BaseException) -> None:
    target = tmp_path / "out.txt"
    target.write_text("alt")
    before = _sha(target)

    def write(tmp: Path) -> None:
        tmp.write_text("halb geschrieben")
        raise error

    with pytest.raises(type(error)):
        atomic_write(target, write)
    assert _sha(target) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.txt"]


def test_missing_folder_and_folder_target(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError):
        atomic_write(tmp_path / "nope" / "x.pdf", lambda tmp: tmp.write_text(""))
    with pytest.raises(IsADirectoryError):
        atomic_write(tmp_path, lambda tmp: tmp.write_text(""))
    assert list(tmp_path.iterdir()) == []


@pytest.fixture
def earlier(tmp_path: Path) -> tuple[Path, str]:
    target = tmp_path / "protokoll.pdf"
    write_minutes_pdf(record(2), target)
    return target, _sha(target)


def test_section_error_mid_export_keeps_earlier_pdf(
    earlier: tuple[Path, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    target, before = earlier

    def broken(ctx: object) -> list:
        raise RuntimeError("section failed")

    monkeypatch.setattr(minutes_sections, "decisions", broken)
    with pytest.raises(RuntimeError, match="section failed"):
        write_minutes_pdf(record(1), target)
    assert _sha(target) == before
    assert [p.name for p in target.parent.iterdir()] == [target.name]


def test_progress_raising_keeps_earlier_pdf(earlier: tuple[Path, str]) -> None:
    target, before = earlier

    def progress(done: int, total: int) -> bool:
        if done >= total - 1:  # after rendering, before PDF/A and the rename
            raise OSError("disk went away")
        return True

    with pytest.raises(OSError, match="disk went away"):
        write_minutes_pdf(record(1), target, progress=progress)
    assert _sha(target) == before
    assert [p.name for p in target.parent.iterdir()] == [target.name]


def test_cancel_keeps_earlier_pdf(earlier: tuple[Path, str]) -> None:
    target, before = earlier
    with pytest.raises(ExportCancelled):
        write_minutes_pdf(record(1), target, progress=lambda done, total: done < 5)
    assert _sha(target) == before
    assert [p.name for p in target.parent.iterdir()] == [target.name]


def test_a_long_target_name_still_gets_a_temp_file(tmp_path: Path) -> None:
    """The temp name doesn't grow with the target's: 250 bytes leave no room for more."""
    name = "ä" * 50 + "p" * 146 + ".pdf"  # 250 bytes in UTF-8
    assert len(name.encode("utf-8")) == 250
    seen: list[Path] = []

    def write(tmp: Path) -> None:
        seen.append(tmp)
        tmp.write_bytes(b"x")

    target = atomic_write(tmp_path / name, write)
    assert target.read_bytes() == b"x"
    assert seen[0].name.startswith(".scw-export-")
    assert seen[0].name.isascii()
    out = write_minutes_pdf(record(2), tmp_path / name)
    assert out.read_bytes()[:8] == b"%PDF-1.7"
    assert sorted(p.name for p in tmp_path.iterdir()) == [name]

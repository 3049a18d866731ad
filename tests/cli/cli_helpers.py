"""Shared helpers for the command-line tests (a plain module: tests/cli is on sys.path).

Named `cli_helpers` so it cannot shadow another test folder's helpers module in pytest's
default import mode.
"""

from __future__ import annotations

import hashlib
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest

from smartcity_desktop import cli
from smartcity_desktop.store import schema

PROG = "smartcity-desktop"


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def run(capsys: pytest.CaptureFixture[str], *args: str | Path) -> tuple[int, str, str]:
    """A sub-command run in this process: exit code, stdout, stderr."""
    capsys.readouterr()
    code = cli.main([str(a) for a in args])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def one_error_line(code: int, out: str, err: str) -> str:
    """The one plain line a refused command prints (exit 2, no traceback)."""
    assert code == 2, (code, out, err)
    lines = err.splitlines()
    assert len(lines) == 1, err
    assert lines[0].startswith(f"{PROG}: ")
    assert "Traceback" not in err
    return lines[0]


def _truncated(tmp: Path, demo: Path) -> Path:
    path = tmp / "halb.scw"
    data = demo.read_bytes()
    path.write_bytes(data[: len(data) // 2])
    return path


def _newer(tmp: Path, demo: Path) -> Path:
    path = tmp / "neuer.scw"
    data = bytearray(demo.read_bytes())
    data[60:64] = (schema.CURRENT_VERSION + 1).to_bytes(4, "big")
    path.write_bytes(bytes(data))
    return path


def _text(tmp: Path, demo: Path) -> Path:
    path = tmp / "text.scw"
    path.write_text("Workshop-Protokoll\n", encoding="utf-8")
    return path


def _foreign(tmp: Path, demo: Path) -> Path:
    path = tmp / "fremd.scw"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE kontakte (name TEXT)")
    conn.commit()
    conn.close()
    return path


# What an export is given instead of a project, made from the demo: (maker, expected message).
BAD_FILES: dict[str, tuple[Callable[[Path, Path], Path], str]] = {
    "missing": (lambda tmp, demo: tmp / "fehlt.scw", "no such file"),
    "text": (_text, "not a Smart City Werkstatt file"),
    "foreign sqlite": (_foreign, "not a Smart City Werkstatt file"),
    "truncated": (_truncated, "damaged"),
    "newer": (_newer, "newer version"),
}

"""`smartcity-desktop export-strategy`, checked from outside.

The contract: `export-strategy FILE.scw -o OUT.pdf|OUT.docx [--version NAME] [--lang de|en]`
writes the current draft or a saved version in the format its suffix names, one line on stdout,
exit 0; exit 2 with one plain line on stderr for an unknown version, an unknown suffix, a
missing folder, a foreign, damaged or newer project; an earlier file at the target stays
byte-identical, and the project is only read.
"""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pypdf
import pytest
from cli_helpers import BAD_FILES, one_error_line, run, sha256

from smartcity_desktop import cli

TIMEOUT = 60
VERSION_A = "Prüfversion A nach dem Auftakt"
VERSION_B = "Prüfversion B nach dem Fachgespräch"


def pdf_text(path: Path) -> str:
    return " ".join(" ".join(p.extract_text().split()) for p in pypdf.PdfReader(path).pages)


def docx_text(path: Path) -> str:
    import docx

    document = docx.Document(str(path))
    cells = [c.text for t in document.tables for r in t.rows for c in r.cells]
    return "\n".join([*(p.text for p in document.paragraphs), *cells])


@pytest.fixture(scope="module")
def master(tmp_path_factory) -> Path:
    """The demo with two saved versions of the goals' text and a third, current one."""
    from smartcity_desktop.document import strategy_ops
    from smartcity_desktop.document.document import ProjectDocument

    path = tmp_path_factory.mktemp("demo") / "demo.scw"
    assert cli.main(["demo", str(path)]) == 0
    doc = ProjectDocument.open(path)
    try:
        for text, version, when in (
            ("Zielbild **Fassung A** der Werkstatt.", VERSION_A, "2026-10-01T10:00:00"),
            ("Zielbild **Fassung B** der Werkstatt.", VERSION_B, "2026-11-12T16:30:00"),
        ):
            doc.push(strategy_ops.edit_text(doc, "goals", text))
            doc.push(strategy_ops.save_version(doc, version, now=when))
        doc.push(strategy_ops.edit_text(doc, "goals", "Zielbild **aktuelle Fassung**."))
    finally:
        doc.close()
    return path


@pytest.fixture
def demo(tmp_path: Path, master: Path) -> Iterator[Path]:
    """A copy of the project in this test's folder, checked byte-identical afterwards."""
    path = tmp_path / "Musterstadt.scw"
    path.write_bytes(master.read_bytes())
    digest = sha256(path)
    yield path
    assert sha256(path) == digest, "the project file was changed"
    leftovers = [p.name for p in tmp_path.iterdir() if p.name.endswith((".tmp", "-journal"))]
    assert leftovers == []


# -- the good paths --------------------------------------------------------------------------


def test_current_draft_as_pdf(tmp_path: Path, demo: Path, capsys) -> None:
    out = tmp_path / "Strategie.pdf"
    code, stdout, stderr = run(capsys, "export-strategy", demo, "-o", out)
    assert (code, stderr) == (0, "")
    assert stdout.splitlines() == [
        f'Strategy "Smart-City-Strategie Musterstadt an der Oker" (current draft) written to '
        f"{out} (PDF/A)"
    ]
    text = pdf_text(out)
    assert "Zielbild aktuelle Fassung." in text
    assert "Fassung A" not in text
    assert "Fassung B" not in text
    for heading in ("Leitbild", "Strategische Ziele", "Handlungsfelder", "Governance"):
        assert heading in text
    assert "E-Government" in text


def test_a_version_shows_its_own_text(tmp_path: Path, demo: Path, capsys) -> None:
    out = tmp_path / "A.pdf"
    # the name is found whatever its case and surrounding blanks
    code, stdout, _ = run(
        capsys, "export-strategy", demo, "-o", out, "--version", f"  {VERSION_A.upper()} "
    )
    assert code == 0
    assert f'(version "{VERSION_A}")' in stdout
    text = pdf_text(out)
    assert "Zielbild Fassung A der Werkstatt." in text
    assert "aktuelle Fassung" not in text
    assert "Fassung B" not in text
    assert f"{VERSION_A}, gespeichert am 1. Oktober 2026" in text


def test_a_version_as_word_in_english(tmp_path: Path, demo: Path, capsys) -> None:
    out = tmp_path / "B.docx"
    code, stdout, _ = run(
        capsys, "export-strategy", demo, "--version", VERSION_B, "--lang", "en", "-o", out
    )
    assert code == 0
    assert stdout.strip().endswith(f"written to {out} (Word)")
    text = docx_text(out)
    assert "Zielbild Fassung B der Werkstatt." in text
    assert "aktuelle Fassung" not in text
    assert "Strategic goals" in text
    assert f"{VERSION_B}, saved on 12 November 2026" in text


def test_current_draft_as_word_overwrites_an_earlier_export(
    tmp_path: Path, demo: Path, capsys
) -> None:
    out = tmp_path / "Strategie.DOCX"
    out.write_bytes(b"earlier")
    assert run(capsys, "export-strategy", demo, "-o", out)[0] == 0
    assert out.read_bytes()[:2] == b"PK"
    assert "Zielbild aktuelle Fassung." in docx_text(out)


# -- bad input -------------------------------------------------------------------------------


def test_unknown_version_lists_the_versions(tmp_path: Path, demo: Path, capsys) -> None:
    out = tmp_path / "x.pdf"
    out.write_bytes(b"earlier")
    line = one_error_line(
        *run(capsys, "export-strategy", demo, "-o", out, "--version", "Entwurf 9")
    )
    assert "no version 'Entwurf 9'" in line
    assert f"'{VERSION_A}'" in line
    assert f"'{VERSION_B}'" in line
    assert out.read_bytes() == b"earlier"


def test_a_project_without_versions(tmp_path: Path, capsys) -> None:
    path = tmp_path / "neu.scw"
    assert cli.main(["new", str(path)]) == 0
    line = one_error_line(
        *run(capsys, "export-strategy", path, "-o", tmp_path / "x.pdf", "--version", "1")
    )
    assert "there are no versions" in line
    assert not (tmp_path / "x.pdf").exists()


def test_a_damaged_version(tmp_path: Path, demo: Path, capsys) -> None:
    damaged = tmp_path / "kaputt.scw"
    damaged.write_bytes(demo.read_bytes())
    conn = sqlite3.connect(damaged)
    conn.execute(
        "UPDATE strategy_versions SET content = '{\"format\": 99}' WHERE name = ?", (VERSION_A,)
    )
    conn.commit()
    conn.close()
    out = tmp_path / "x.pdf"
    line = one_error_line(
        *run(capsys, "export-strategy", damaged, "-o", out, "--version", VERSION_A)
    )
    assert f"the version '{VERSION_A}' cannot be read" in line
    assert not out.exists()
    # the other version and the current draft still export
    assert run(capsys, "export-strategy", damaged, "-o", out, "--version", VERSION_B)[0] == 0


@pytest.mark.parametrize("name", ["x.txt", "x", "x.doc", "x.odt", "x.json"])
def test_unsupported_suffix(tmp_path: Path, demo: Path, capsys, name: str) -> None:
    out = tmp_path / name
    out.write_bytes(b"earlier")
    line = one_error_line(*run(capsys, "export-strategy", demo, "-o", out))
    assert "*.pdf or *.docx" in line
    assert out.read_bytes() == b"earlier"


def test_missing_folder_and_folder_target(tmp_path: Path, demo: Path, capsys) -> None:
    line = one_error_line(*run(capsys, "export-strategy", demo, "-o", tmp_path / "fehlt" / "x.pdf"))
    assert "does not exist" in line
    folder = tmp_path / "ordner.docx"
    folder.mkdir()
    line = one_error_line(*run(capsys, "export-strategy", demo, "-o", folder))
    assert "is a folder" in line


def test_unwritable_target(tmp_path: Path, demo: Path, capsys, monkeypatch) -> None:
    import tempfile

    out = tmp_path / "x.docx"
    out.write_bytes(b"earlier")

    def refuse(*args, **kwargs):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(tempfile, "mkstemp", refuse)
    for name in ("x.pdf", "x.docx"):
        line = one_error_line(*run(capsys, "export-strategy", demo, "-o", tmp_path / name))
        assert "cannot write the file (Permission denied)" in line
    assert out.read_bytes() == b"earlier"


@pytest.mark.parametrize("kind", list(BAD_FILES))
@pytest.mark.parametrize("suffix", [".pdf", ".docx"])
def test_bad_project_files(tmp_path: Path, demo: Path, capsys, kind: str, suffix: str) -> None:
    make, expected = BAD_FILES[kind]
    path = make(tmp_path, demo)
    before = sha256(path) if path.exists() else None
    out = tmp_path / f"out{suffix}"
    out.write_bytes(b"earlier")
    line = one_error_line(*run(capsys, "export-strategy", path, "-o", out))
    assert expected in line
    assert (sha256(path) if path.exists() else None) == before
    assert out.read_bytes() == b"earlier"


def test_missing_output_option(demo: Path, capsys) -> None:
    line = one_error_line(*run(capsys, "export-strategy", demo))
    assert "-o/--output" in line


# -- from outside ----------------------------------------------------------------------------


def run_cli(*args: str | Path) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if k != "QT_QPA_PLATFORM"}
    return subprocess.run(
        [sys.executable, "-m", "smartcity_desktop", *map(str, args)],
        capture_output=True,
        text=True,
        timeout=TIMEOUT,
        env=env,
        check=False,
    )


def test_help_names_the_command() -> None:
    result = run_cli("--help")
    assert result.returncode == 0
    text = " ".join(result.stdout.replace("-\n", "-").split())
    assert "export-strategy FILE.scw -o OUT.pdf|OUT.docx [--version NAME]" in text
    sub = run_cli("export-strategy", "--help")
    assert sub.returncode == 0
    for option in ("--output", "--version", "--lang"):
        assert option in sub.stdout


NO_QT = r"""
import sys
from smartcity_desktop import cli
code = cli.main(sys.argv[1:])
qt = sorted(m for m in sys.modules if m.startswith(("PySide6", "shiboken6")))
assert not qt, qt
assert not any(m.startswith(("smartcity_desktop.ui", "smartcity_desktop.document"))
               for m in sys.modules)
print("exit", code, "docx" in sys.modules)
"""


@pytest.mark.parametrize(("suffix", "docx_loaded"), [(".pdf", "False"), (".docx", "True")])
def test_never_imports_qt(tmp_path: Path, demo: Path, suffix: str, docx_loaded: str) -> None:
    result = subprocess.run(
        [
            sys.executable,
            "-c",
            NO_QT,
            "export-strategy",
            str(demo),
            "-o",
            str(tmp_path / f"x{suffix}"),
        ],
        capture_output=True,
        text=True,
        timeout=TIMEOUT,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[-1] == f"exit 0 {docx_loaded}"


def test_errors_in_a_real_process_have_no_traceback(tmp_path: Path, demo: Path) -> None:
    result = run_cli("export-strategy", demo, "-o", tmp_path / "x.pdf", "--version", "fehlt")
    line = one_error_line(result.returncode, result.stdout, result.stderr)
    assert "no version 'fehlt'" in line

"""`smartcity-desktop export-data` and `export-minutes`, checked from outside.

The contract: the sub-commands' names and options, one line on stdout saying what was written,
exit 0; exit 2 with one plain line on stderr for a missing, foreign, damaged, newer or locked
project, an unknown workshop, an unknown suffix or an output that can't be written; and the
project file byte-identical afterwards in every case (the commands only read). Most cases call
`cli.main()` in-process; the traceback-free error and "no Qt" run the real command.
"""

from __future__ import annotations

import csv
import json
import os
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from cli_helpers import BAD_FILES, one_error_line, run, sha256

from smartcity_desktop import cli
from smartcity_desktop.export import data as export
from smartcity_desktop.export import data_tables
from smartcity_desktop.store import schema
from smartcity_desktop.store.connection import ProjectFile
from smartcity_desktop.store.minutes import load_project_record

TIMEOUT = 60
FIXTURE_V1 = Path(__file__).resolve().parents[1] / "fixtures" / "v1" / "strategy_v1.scw"
WORKSHOP_1 = "Auftaktworkshop: Handlungsfelder"


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


@pytest.fixture(scope="module")
def demo_master(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("demo") / "demo.scw"
    assert cli.main(["demo", str(path)]) == 0
    return path


@pytest.fixture
def demo(tmp_path: Path, demo_master: Path) -> Iterator[Path]:
    """A copy of the demo in this test's folder, checked byte-identical afterwards."""
    path = tmp_path / "Musterstadt.scw"
    path.write_bytes(demo_master.read_bytes())
    digest = sha256(path)
    yield path
    assert sha256(path) == digest, "the project file was changed"
    leftovers = [p.name for p in tmp_path.iterdir() if p.name.endswith((".tmp", "-journal"))]
    assert leftovers == []


def _record(path: Path):
    pf = ProjectFile.open(path, read_only=True, migrate=False)
    try:
        return load_project_record(pf)
    finally:
        pf.close()


def _minutes_writer_exists() -> bool:
    try:
        from smartcity_desktop.export import minutes_pdf  # noqa: F401
    except ImportError:
        return False
    return True


needs_pdf = pytest.mark.skipif(
    not _minutes_writer_exists(), reason="export/minutes_pdf.py is not there yet"
)


# -- export-data: the good paths -----------------------------------------------------------


def test_export_data_json(tmp_path: Path, demo: Path, capsys) -> None:
    out = tmp_path / "offene-daten.json"
    code, stdout, stderr = run(capsys, "export-data", demo, "-o", out)
    assert (code, stderr) == (0, "")
    assert stdout == f"Open data written to {out}\n"
    assert json.loads(out.read_text(encoding="utf-8")) == export.export_data(_record(demo))


def test_export_data_csv(tmp_path: Path, demo: Path, capsys) -> None:
    out = tmp_path / "offene-daten.csv"
    code, stdout, stderr = run(capsys, "export-data", demo, "--output", out)
    assert (code, stderr) == (0, "")
    assert len(stdout.splitlines()) == 1
    assert f"{len(data_tables.TABLES)} CSV files" in stdout
    assert str(tmp_path / "offene-daten-*.csv") in stdout
    assert not out.exists()  # the tables are beside it, one per file
    tables = data_tables.tables(export.export_data(_record(demo)))
    for name, (columns, rows) in tables.items():
        path = tmp_path / f"offene-daten-{name}.csv"
        with path.open(encoding="utf-8-sig", newline="") as fh:
            loaded = list(csv.DictReader(fh))
        assert loaded == [{c: data_tables.csv_cell(row[c]) for c in columns} for row in rows]


def test_export_data_xlsx(tmp_path: Path, demo: Path, capsys) -> None:
    from openpyxl import load_workbook

    out = tmp_path / "offene-daten.xlsx"
    code, stdout, _ = run(capsys, "export-data", demo, "-o", out)
    assert code == 0
    assert stdout == f"Open data written to {out}\n"
    workbook = load_workbook(out, read_only=True)
    assert workbook.sheetnames == [spec.name for spec in data_tables.TABLES]
    cards = list(workbook["cards"].iter_rows(values_only=True))
    assert len(cards) == 1 + 95
    workbook.close()


def test_export_data_overwrites_an_earlier_export(tmp_path: Path, demo: Path, capsys) -> None:
    out = tmp_path / "offene-daten.json"
    out.write_text("alt", encoding="utf-8")
    assert run(capsys, "export-data", demo, "-o", out)[0] == 0
    assert json.loads(out.read_text(encoding="utf-8"))["schema_version"] == 1


def test_export_data_of_an_older_file_leaves_it_alone(tmp_path: Path, capsys) -> None:
    old = tmp_path / "alt.scw"
    old.write_bytes(FIXTURE_V1.read_bytes())
    digest = sha256(old)
    out = tmp_path / "alt.json"
    code, _stdout, stderr = run(capsys, "export-data", old, "-o", out)
    assert (code, stderr) == (0, "")
    assert sha256(old) == digest  # read as it is now, migrated only in memory
    assert [p.name for p in tmp_path.iterdir() if p.name != "alt.json"] == ["alt.scw"]
    document = json.loads(out.read_text(encoding="utf-8"))
    assert document["schema_version"] == 1
    conn = sqlite3.connect(f"file:{old}?mode=ro", uri=True)
    try:
        assert schema.pending_names(conn)  # still the old version on disk
    finally:
        conn.close()


def test_export_data_of_a_read_only_file(tmp_path: Path, demo: Path, capsys) -> None:
    demo.chmod(0o444)
    try:
        code, _, stderr = run(capsys, "export-data", demo, "-o", tmp_path / "x.json")
    finally:
        demo.chmod(0o644)
    assert (code, stderr) == (0, "")


# -- export-data: bad input ----------------------------------------------------------------


@pytest.mark.parametrize("name", ["x.txt", "x.pdf", "x", "x.xls", "x.scw"])
def test_export_data_unknown_suffix(tmp_path: Path, demo: Path, capsys, name: str) -> None:
    line = one_error_line(*run(capsys, "export-data", demo, "-o", tmp_path / name))
    assert "use .json, .csv or .xlsx" in line
    assert not (tmp_path / name).exists()


@pytest.mark.parametrize("command", ["export-data", "export-minutes"])
def test_output_into_a_missing_folder(tmp_path: Path, demo: Path, capsys, command: str) -> None:
    out = tmp_path / "fehlt" / ("x.json" if command == "export-data" else "x.pdf")
    extra = ["--workshop", "1"] if command == "export-minutes" else []
    line = one_error_line(*run(capsys, command, demo, *extra, "-o", out))
    assert "does not exist" in line
    assert not out.parent.exists()


@pytest.mark.parametrize("command", ["export-data", "export-minutes"])
def test_output_is_a_folder(tmp_path: Path, demo: Path, capsys, command: str) -> None:
    out = tmp_path / ("ordner.json" if command == "export-data" else "ordner.pdf")
    out.mkdir()
    extra = ["--workshop", "1"] if command == "export-minutes" else []
    line = one_error_line(*run(capsys, command, demo, *extra, "-o", out))
    assert "is a folder" in line
    assert list(out.iterdir()) == []


def test_output_not_writable(tmp_path: Path, demo: Path, capsys, monkeypatch) -> None:
    # Root ignores file modes, so the refusal is simulated where the file is created.
    import tempfile

    def refuse(*args, **kwargs):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(tempfile, "mkstemp", refuse)
    for name in ("x.json", "x.csv", "x.xlsx"):
        line = one_error_line(*run(capsys, "export-data", demo, "-o", tmp_path / name))
        assert "cannot write the file (Permission denied)" in line
        assert "unchanged" in line


def test_a_failed_csv_export_keeps_the_earlier_set(
    tmp_path: Path, demo: Path, capsys, monkeypatch
) -> None:
    out = tmp_path / "daten.csv"
    assert run(capsys, "export-data", demo, "-o", out)[0] == 0
    before = {p.name: p.read_bytes() for p in tmp_path.iterdir()}
    changed = _retitled(demo, tmp_path / "changed", "Neuer Titel")  # new content
    real_replace = os.replace
    calls: list[object] = []

    def third_fails(src, dst) -> None:
        if str(src).endswith(".tmp"):
            calls.append(dst)
            if len(calls) == 3:
                raise OSError(5, "Input/output error")
        real_replace(src, dst)

    monkeypatch.setattr(os, "replace", third_fails)
    line = one_error_line(*run(capsys, "export-data", changed, "-o", out))
    monkeypatch.undo()
    assert len(calls) == 3  # two new files had been renamed into place, then undone
    assert "the earlier daten-*.csv files, if any, are unchanged" in line
    assert {p.name: p.read_bytes() for p in tmp_path.iterdir() if p.is_file()} == before


@pytest.mark.parametrize("kind", list(BAD_FILES))
@pytest.mark.parametrize("command", ["export-data", "export-minutes"])
def test_bad_project_files(tmp_path: Path, demo: Path, capsys, kind: str, command: str) -> None:
    make, expected = BAD_FILES[kind]
    path = make(tmp_path, demo)
    before = sha256(path) if path.exists() else None
    out = tmp_path / ("out.json" if command == "export-data" else "out.pdf")
    extra = ["--workshop", "1"] if command == "export-minutes" else []
    line = one_error_line(*run(capsys, command, path, *extra, "-o", out))
    assert expected in line
    assert (sha256(path) if path.exists() else None) == before
    assert not out.exists()


HOLDER = r"""
import sys, time
from smartcity_desktop.store.connection import ProjectFile
project = ProjectFile.open(sys.argv[1])
print("open", flush=True)
time.sleep(60)
"""


def test_a_file_open_in_another_process(tmp_path: Path, demo: Path) -> None:
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(demo)], stdout=subprocess.PIPE, text=True
    )
    try:
        assert holder.stdout is not None
        assert holder.stdout.readline().strip() == "open"
        result = run_cli("export-data", demo, "-o", tmp_path / "x.json")
    finally:
        holder.kill()
        holder.wait(timeout=TIMEOUT)
    line = one_error_line(result.returncode, result.stdout, result.stderr)
    assert "already open" in line
    assert not (tmp_path / "x.json").exists()


def test_missing_output_option(tmp_path: Path, demo: Path, capsys) -> None:
    line = one_error_line(*run(capsys, "export-data", demo))
    assert "-o/--output" in line


def test_errors_in_a_real_process_have_no_traceback(tmp_path: Path) -> None:
    result = run_cli("export-data", tmp_path / "fehlt.scw", "-o", tmp_path / "x.json")
    line = one_error_line(result.returncode, result.stdout, result.stderr)
    assert "no such file" in line
    debug = run_cli("export-data", tmp_path / "fehlt.scw", "-o", tmp_path / "x.json", "--debug")
    assert "Traceback" in debug.stderr


def test_help_names_the_export_commands() -> None:
    result = run_cli("--help")
    assert result.returncode == 0
    text = " ".join(result.stdout.replace("-\n", "-").split())  # as argparse wrapped it
    assert "export-data FILE.scw -o OUT.json|OUT.csv|OUT.xlsx" in text
    assert "export-minutes FILE.scw --workshop W -o OUT.pdf" in text
    for command in ("export-data", "export-minutes"):
        sub = run_cli(command, "--help")
        assert sub.returncode == 0
        assert "--output" in sub.stdout


NO_QT = r"""
import sys
from smartcity_desktop import cli
code = cli.main(sys.argv[1:])
qt = sorted(m for m in sys.modules if m.startswith(("PySide6", "shiboken6")))
assert not qt, qt
assert not any(m.startswith(("smartcity_desktop.ui", "smartcity_desktop.document"))
               for m in sys.modules)
print("exit", code)
"""


@pytest.mark.parametrize("suffix", [".json", ".csv", ".xlsx"])
def test_export_data_never_imports_qt(tmp_path: Path, demo: Path, suffix: str) -> None:
    result = subprocess.run(
        [sys.executable, "-c", NO_QT, "export-data", str(demo), "-o", str(tmp_path / f"x{suffix}")],
        capture_output=True,
        text=True,
        timeout=TIMEOUT,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[-1] == "exit 0"


# -- export-minutes ------------------------------------------------------------------------


def test_export_minutes_unknown_workshop(tmp_path: Path, demo: Path, capsys) -> None:
    out = tmp_path / "protokoll.pdf"
    line = one_error_line(
        *run(capsys, "export-minutes", demo, "--workshop", "Abschlussworkshop", "-o", out)
    )
    assert "no workshop 'Abschlussworkshop'" in line
    assert WORKSHOP_1 in line  # the ones there are, to pick from
    assert not out.exists()


@pytest.mark.parametrize("name", ["protokoll.txt", "protokoll", "protokoll.json"])
def test_export_minutes_wants_a_pdf(tmp_path: Path, demo: Path, capsys, name: str) -> None:
    line = one_error_line(
        *run(capsys, "export-minutes", demo, "--workshop", "1", "-o", tmp_path / name)
    )
    assert "PDF" in line


@pytest.mark.parametrize(
    "args",
    [
        ["--workshop", "1"],  # no -o
        ["-o", "x.pdf"],  # no --workshop
        ["--workshop", "1", "-o", "x.pdf", "--lang", "fr"],
    ],
)
def test_export_minutes_usage(tmp_path: Path, demo: Path, capsys, args: list[str]) -> None:
    one_error_line(*run(capsys, "export-minutes", demo, *args))


def _pdf_text(path: Path) -> str:
    from pypdf import PdfReader

    reader = PdfReader(path)
    text = "\n".join(page.extract_text() or "" for page in reader.pages)
    meta = " ".join(str(v) for v in (reader.metadata or {}).values())
    return text + "\n" + meta


@needs_pdf
@pytest.mark.parametrize("workshop", [WORKSHOP_1, "auftaktworkshop: handlungsfelder", "1"])
def test_export_minutes(tmp_path: Path, demo: Path, capsys, workshop: str) -> None:
    out = tmp_path / "protokoll.pdf"
    code, stdout, stderr = run(capsys, "export-minutes", demo, "--workshop", workshop, "-o", out)
    assert (code, stderr) == (0, "")
    assert stdout == f'Minutes of "{WORKSHOP_1}" written to {out} (PDF/A)\n'
    assert out.read_bytes().startswith(b"%PDF-")
    text = _pdf_text(out)
    assert WORKSHOP_1 in text
    # Consenting participants are named (the project isn't pseudonymised)...
    record = _record(demo)
    named = [p.name for p in record.participants if p.consent_named]
    assert any(name in text for name in named)
    # ...the others never.
    for p in record.participants:
        if not p.consent_named:
            assert p.name not in text


@needs_pdf
def test_export_minutes_pseudonymised(tmp_path: Path, demo: Path, capsys) -> None:
    out = tmp_path / "protokoll.pdf"
    code, stdout, _ = run(
        capsys, "export-minutes", demo, "--workshop", "1", "-o", out, "--pseudonymise"
    )
    assert code == 0
    assert "(pseudonymised PDF/A)" in stdout
    text = _pdf_text(out)
    assert WORKSHOP_1 in text
    for p in _record(demo).participants:
        assert p.name not in text


@needs_pdf
def test_export_minutes_in_english(tmp_path: Path, demo: Path, capsys) -> None:
    out = tmp_path / "minutes.pdf"
    code, _, _ = run(capsys, "export-minutes", demo, "--workshop", "2", "--lang", "en", "-o", out)
    assert code == 0
    assert "Fachgespräch" in _pdf_text(out)


@needs_pdf
def test_export_minutes_never_imports_qt(tmp_path: Path, demo: Path) -> None:
    args = ["export-minutes", str(demo), "--workshop", "1", "-o", str(tmp_path / "p.pdf")]
    result = subprocess.run(
        [sys.executable, "-c", NO_QT, *args],
        capture_output=True,
        text=True,
        timeout=TIMEOUT,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[-1] == "exit 0"


def _retitled(master: Path, folder: Path, title: str) -> Path:
    """A copy of the demo whose first workshop has `title`."""
    folder.mkdir()
    path = folder / "retitled.scw"
    path.write_bytes(master.read_bytes())
    con = sqlite3.connect(path)
    with con:
        con.execute("UPDATE workshops SET title = ? WHERE id = 1", (title,))
    con.close()
    return path


@needs_pdf
def test_export_minutes_success_line_hides_names(tmp_path: Path, demo_master: Path, capsys) -> None:
    # Lars Annahme did not agree to be named; Anna Beispiel did.
    project = _retitled(demo_master, tmp_path / "p", "Rückfragen an Lars Annahme und Anna Beispiel")
    out = tmp_path / "protokoll.pdf"
    code, stdout, stderr = run(capsys, "export-minutes", project, "--workshop", "1", "-o", out)
    assert (code, stderr) == (0, "")
    assert "Annahme" not in stdout
    assert "Teilnehmer:in (Städtische Gesellschaften)" in stdout
    assert "Anna Beispiel" in stdout
    code, stdout, _ = run(
        capsys, "export-minutes", project, "--workshop", "1", "-o", out, "--pseudonymise"
    )
    assert code == 0
    assert "Annahme" not in stdout
    assert "Beispiel" not in stdout


@needs_pdf
def test_export_minutes_on_an_ascii_console(tmp_path: Path, demo_master: Path) -> None:
    project = _retitled(demo_master, tmp_path / "p", "„Auftakt“ – Handlungsfelder")
    out = tmp_path / "protokoll.pdf"
    env = {k: v for k, v in os.environ.items() if k != "QT_QPA_PLATFORM"}
    env["PYTHONIOENCODING"] = "ascii"
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "smartcity_desktop",
            "export-minutes",
            str(project),
            "--workshop",
            "1",
            "-o",
            str(out),
        ],
        capture_output=True,
        timeout=TIMEOUT,
        env=env,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert b"Traceback" not in result.stderr
    assert result.stdout.startswith(b'Minutes of "?Auftakt? ? Handlungsfelder" written to ')
    assert out.read_bytes().startswith(b"%PDF-")

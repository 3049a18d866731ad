"""`smartcity-desktop import-cards`: idea cards from a survey export, checked from outside.

The contract: the sub-command's name, options, output and exit codes (0 done, also when every
row was a duplicate; 2 with one plain line on stderr for an unusable source, workshop, column or
project file), one transaction for all cards, a valid and, after a failure, byte-identical
`.scw`, and new cards in free space. Most cases call `cli.main()` in-process (quick, and the
same code a user runs); the entry point, the help and the bad project files run the real
command in a subprocess, where "no traceback" and "no Qt" can be seen from outside.
"""

from __future__ import annotations

import codecs
import csv
import hashlib
import importlib.metadata
import io
import itertools
import json
import os
import re
import shutil
import sqlite3
import subprocess
import sys
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from smartcity_desktop import cli
from smartcity_desktop.domain.board import CARD_HEIGHT, CARD_WIDTH
from smartcity_desktop.domain.model import Card, CardSource
from smartcity_desktop.store import connection as store_connection
from smartcity_desktop.store import records, schema
from smartcity_desktop.store.board import list_cards, list_clusters
from smartcity_desktop.store.connection import ProjectFile

PROG = "smartcity-desktop"
TIMEOUT = 60
SAMPLE = (
    Path(__file__).resolve().parents[2] / "data" / "samples" / "umfrage-export-semikolon-cp1252.csv"
)
SAMPLE_HEADER = "Ihre Idee für die digitale Stadt"
SAMPLE_EMAIL = "E-Mail für Rückfragen (freiwillig)"
PNG = bytes.fromhex(
    "89504e470d0a1a0a0000000d4948445200000001000000010806000000"
    "1f15c4890000000d49444154789c6360000002000154a24f5d0000000049454e44ae426082"
)
OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


# -- helpers ---------------------------------------------------------------------------------


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def side_files(folder: Path) -> list[str]:
    return sorted(
        p.name
        for p in folder.iterdir()
        if p.name.endswith(("-journal", "-wal", "-shm", ".tmp", ".creating"))
    )


def run(capsys: pytest.CaptureFixture[str], *args: str | Path) -> tuple[int, str, str]:
    """`smartcity-desktop ARGS` in-process: (exit code, stdout, stderr)."""
    capsys.readouterr()  # drop what set-up printed
    code = cli.main([str(a) for a in args])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def run_cli(*args: str | Path, env: dict[str, str] | None = None) -> subprocess.CompletedProcess:
    """The real command in a subprocess, as a user or a script would run it."""
    full_env = {k: v for k, v in os.environ.items() if k != "QT_QPA_PLATFORM"}
    full_env["QT_QPA_PLATFORM"] = "offscreen"  # should a GUI start by mistake, it must not hang
    full_env.update(env or {})
    return subprocess.run(
        [sys.executable, "-m", "smartcity_desktop", *map(str, args)],
        capture_output=True,
        text=True,
        timeout=TIMEOUT,
        check=False,
        env=full_env,
    )


def assert_refused(code: int, out: str, err: str) -> str:
    """Exit 2, nothing on stdout, one plain line on stderr; returns that line."""
    assert code == 2, (code, out, err)
    assert out == ""
    assert "Traceback" not in err
    lines = err.splitlines()
    assert len(lines) == 1, err
    assert lines[0].startswith(f"{PROG}: ")
    return lines[0]


_ADDED = re.compile(
    r'Added (\d+) cards to board "(.*)" of workshop "(.*)"'
    r"(?: \((new workshop, new board|new workshop|new board)\))?"
)
_SKIPPED = re.compile(
    r'Skipped (\d+) rows: (\d+) empty, (\d+) duplicates; (\d+) rows read, text from "(.*)"'
)


@dataclass(frozen=True)
class Report:
    added: int
    board: str
    workshop: str
    created: str  # "", "new board", "new workshop, new board"
    skipped: int
    empty: int
    duplicates: int
    rows: int
    header: str


def parse_report(out: str) -> Report:
    """The two lines `import-cards` prints on success (format of cli.cmd_import_cards)."""
    lines = out.splitlines()
    assert len(lines) == 2, out
    added = _ADDED.fullmatch(lines[0])
    skipped = _SKIPPED.fullmatch(lines[1])
    assert added is not None, lines[0]
    assert skipped is not None, lines[1]
    report = Report(
        added=int(added[1]),
        board=added[2],
        workshop=added[3],
        created=added[4] or "",
        skipped=int(skipped[1]),
        empty=int(skipped[2]),
        duplicates=int(skipped[3]),
        rows=int(skipped[4]),
        header=skipped[5],
    )
    assert report.skipped == report.empty + report.duplicates
    assert report.rows == report.added + report.skipped
    return report


def import_ok(capsys: pytest.CaptureFixture[str], *args: str | Path) -> Report:
    code, out, err = run(capsys, "import-cards", *args)
    assert code == 0, (out, err)
    assert err == ""
    return parse_report(out)


def query(path: Path, sql: str, params: Sequence[Any] = ()) -> list[dict[str, Any]]:
    project = ProjectFile.open(path, read_only=True)
    try:
        return [dict(r) for r in project.query(sql, tuple(params))]
    finally:
        project.close()


def cards_of(path: Path, board_id: int) -> list[Card]:
    project = ProjectFile.open(path, read_only=True)
    try:
        return list_cards(project, board_id)
    finally:
        project.close()


def board_id_of(path: Path, workshop_title: str, board_title: str) -> int:
    rows = query(
        path,
        "SELECT b.id FROM boards b JOIN workshops w ON w.id = b.workshop_id"
        " WHERE w.title = ? AND b.title = ?",
        (workshop_title, board_title),
    )
    assert len(rows) == 1, rows
    return int(rows[0]["id"])


def count(path: Path, table: str) -> int:
    return int(query(path, f"SELECT COUNT(*) AS n FROM {table}")[0]["n"])


def assert_check_ok(capsys: pytest.CaptureFixture[str], path: Path) -> dict[str, Any]:
    code, out, err = run(capsys, "check", path, "--json")
    assert code == 0, (out, err)
    report = json.loads(out)
    assert report["ok"] is True
    assert report["problems"] == []
    return report


def add_workshops(path: Path, workshops: Sequence[tuple[str, str]]) -> None:
    """Workshops (title, date) created in this order, so later ones are "created later"."""
    project = ProjectFile.open(path)
    try:
        with project.transaction() as conn:
            for position, (title, date) in enumerate(workshops):
                records.insert_in(
                    conn, "workshops", {"title": title, "date": date, "position": position}
                )
    finally:
        project.close()


# -- source files ------------------------------------------------------------------------------

HEADERS = ["Nr", "Name", "Idee", "Bereich"]
IDEAS = [
    ["1", "Erika Mustermann", "Mehr Grün in der Innenstadt, mit Bänken und Schatten", "Umwelt"],
    ["2", "Jörg Weiß", "Ein digitales Bürgerbüro – spart 10 € pro Antrag", "Verwaltung"],
    ["3", "Paul Leer", "", "Umwelt"],  # a blank answer
    ["4", "Anna Ölmann", "mehr grün in der Innenstadt mit Bänken und Schatten!", "Umwelt"],
    ["5", "Zoë Straßer", "Öffentliches WLAN in Straßenbahnen; auch nachts", "Mobilität"],
]
IDEA_TEXTS = [IDEAS[0][2], IDEAS[1][2], IDEAS[4][2]]  # what lands on the board


def csv_text(rows: Sequence[Sequence[str]], delimiter: str) -> str:
    buffer = io.StringIO()
    csv.writer(buffer, delimiter=delimiter, lineterminator="\r\n").writerows(rows)
    return buffer.getvalue()


def write_xlsx(path: Path, rows: Sequence[Sequence[Any]]) -> Path:
    from openpyxl import Workbook

    workbook = Workbook()
    sheet = workbook.active
    for row in rows:
        sheet.append(list(row))
    workbook.save(path)
    return path


def _utf8_bom_comma(folder: Path, stem: str) -> Path:
    path = folder / f"{stem}.csv"
    data = csv_text([HEADERS, *IDEAS], ",").encode("utf-8")
    path.write_bytes(codecs.BOM_UTF8 + data)
    return path


def _cp1252_semicolon(folder: Path, stem: str) -> Path:
    path = folder / f"{stem}.csv"
    path.write_bytes(csv_text([HEADERS, *IDEAS], ";").encode("cp1252"))
    return path


def _utf16_tab(folder: Path, stem: str) -> Path:
    """What Excel saves as "Unicode text": UTF-16 with a BOM, tab-delimited, CRLF."""
    path = folder / f"{stem}.txt"
    path.write_bytes(csv_text([HEADERS, *IDEAS], "\t").encode("utf-16"))
    return path


def _xlsx_rows() -> list[list[Any]]:
    return [HEADERS] + [[int(r[0]), r[1], r[2] or None, r[3]] for r in IDEAS]


def _xlsx(folder: Path, stem: str) -> Path:
    return write_xlsx(folder / f"{stem}.xlsx", _xlsx_rows())


def _xlsx_named_csv(folder: Path, stem: str) -> Path:
    """A workbook someone renamed to .csv: read by its content, not its extension."""
    return write_xlsx(folder / f"{stem}.csv", _xlsx_rows())


FORMATS: dict[str, Callable[[Path, str], Path]] = {
    "utf8-bom-comma": _utf8_bom_comma,
    "cp1252-semicolon": _cp1252_semicolon,
    "utf16-tab": _utf16_tab,
    "xlsx": _xlsx,
    "xlsx-named-csv": _xlsx_named_csv,
}


# -- projects ----------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One demo project written by the command itself; tests work on copies."""
    path = tmp_path_factory.mktemp("demo") / "demo.scw"
    assert cli.main(["demo", str(path)]) == 0
    return path


@pytest.fixture
def demo(tmp_path: Path, demo_template: Path) -> Path:
    path = tmp_path / "Musterstadt.scw"
    shutil.copyfile(demo_template, path)
    return path


@pytest.fixture
def empty_project(tmp_path: Path) -> Path:
    """A new project: no workshops, no boards."""
    path = tmp_path / "neu.scw"
    assert cli.main(["new", str(path)]) == 0
    return path


def latest_workshop(path: Path) -> dict[str, Any]:
    rows = query(path, "SELECT id, title, date FROM workshops")
    return max(rows, key=lambda r: (r["date"], r["id"]))


def clustered_board(path: Path) -> dict[str, Any]:
    """The demo's board with the most clusters (and its workshop)."""
    rows = query(
        path,
        "SELECT b.id, b.title, b.workshop_id, w.title AS workshop_title,"
        " (SELECT COUNT(*) FROM clusters c WHERE c.board_id = b.id) AS clusters"
        " FROM boards b JOIN workshops w ON w.id = b.workshop_id ORDER BY clusters DESC, b.id",
    )
    assert rows
    assert rows[0]["clusters"] > 0, "the demo should have a clustered board"
    return rows[0]


# -- the good path -----------------------------------------------------------------------------


def test_sample_into_the_demo(capsys, demo: Path) -> None:
    workshop = latest_workshop(demo)
    cards_before = count(demo, "cards")
    boards_before = count(demo, "boards")

    report = import_ok(capsys, demo, "--board", "Bürgerumfrage", SAMPLE)

    # 24 answers: one blank, two near-duplicates (see data/samples/README.md).
    assert report == Report(
        added=21,
        board="Bürgerumfrage",
        workshop=workshop["title"],
        created="new board",
        skipped=3,
        empty=1,
        duplicates=2,
        rows=24,
        header=SAMPLE_HEADER,
    )
    assert count(demo, "cards") == cards_before + 21
    assert count(demo, "boards") == boards_before + 1
    board = board_id_of(demo, workshop["title"], "Bürgerumfrage")
    cards = cards_of(demo, board)
    assert len(cards) == 21
    assert all(c.source == CardSource.SURVEY for c in cards)  # the default --card-source
    assert all(c.tags == () for c in cards)
    # all in one import area named after the file
    project = ProjectFile.open(demo, read_only=True)
    try:
        (area,) = list_clusters(project, board)
    finally:
        project.close()
    assert area.is_area
    assert area.title == f"Import: {SAMPLE.name}"
    assert all(c.cluster_id == area.id for c in cards)
    texts = [c.text for c in cards]
    # In file order, Windows-1252 decoded, the first of each pair of near-duplicates kept.
    assert texts[0] == (
        "Termine im Bürgerbüro online buchen können, ohne stundenlang in der Warteschleife "
        "zu hängen."
    )
    assert texts[1] == "Freies WLAN am Marktplatz und in der Stadtbibliothek"
    assert texts[2] == (
        "Eine App, die anzeigt, wo gerade Parkplätze frei sind.\n"
        "Am besten mit den Ladesäulen für E-Autos zusammen."
    )
    assert texts[-1] == (
        "Co-Working-Räume im leer stehenden Kaufhaus am Markt, mit schnellem Glasfaser-Internet"
    )
    assert not any(t.startswith("freies wlan") for t in texts)
    assert assert_check_ok(capsys, demo)["counts"]["cards"] == cards_before + 21
    assert side_files(demo.parent) == []


def test_a_second_run_adds_nothing_and_exits_0(capsys, demo: Path) -> None:
    first = import_ok(capsys, demo, "--board", "Bürgerumfrage", SAMPLE)
    assert (first.added, first.created) == (21, "new board")
    boards = count(demo, "boards")
    cards = count(demo, "cards")

    # Board titles match case-insensitively within the workshop.
    second = import_ok(capsys, demo, "--board", "BÜRGERUMFRAGE", SAMPLE)

    assert second.added == 0
    assert second.created == ""
    assert (second.skipped, second.empty, second.duplicates, second.rows) == (24, 1, 23, 24)
    assert count(demo, "boards") == boards
    assert count(demo, "cards") == cards
    assert_check_ok(capsys, demo)
    assert side_files(demo.parent) == []


def test_duplicates_of_cards_already_on_the_board_are_skipped(
    capsys, demo: Path, tmp_path: Path
) -> None:
    board = clustered_board(demo)
    existing = cards_of(demo, board["id"])
    source = tmp_path / "nachtrag.csv"
    rows = [
        ["Idee", "Von"],
        [existing[0].text.upper() + " !", "a"],  # near-identical to a card on the board
        ["Ein Zeppelin-Landeplatz auf dem Rathausdach für Lieferdrohnen", "b"],
        ["", "c"],
        ["  " + existing[1].text.replace(" ", "   ") + ".", "d"],
        ["Sitzbänke mit Solarpanel und USB-Anschluss im Kurpark am Weiher", "e"],
    ]
    source.write_text(csv_text(rows, ";"), encoding="utf-8")

    report = import_ok(
        capsys,
        demo,
        "--workshop",
        str(board["workshop_id"]),
        "--board",
        board["title"],
        "--column",
        "Idee",
        source,
    )

    assert (report.added, report.empty, report.duplicates, report.rows) == (2, 1, 2, 5)
    assert report.created == ""
    assert report.workshop == board["workshop_title"]
    after = cards_of(demo, board["id"])
    assert len(after) == len(existing) + 2
    assert [c.text for c in after[len(existing) :]] == [rows[2][0], rows[5][0]]


@pytest.mark.parametrize("kind", [s.value for s in CardSource])
def test_tags_and_card_source(capsys, demo: Path, kind: str) -> None:
    workshop = latest_workshop(demo)
    report = import_ok(
        capsys,
        demo,
        "--board",
        "Umfrage",
        "--tag",
        "Stadtteil",
        "--tag",
        "2",
        "--tag",
        SAMPLE_EMAIL,
        "--card-source",
        kind,
        SAMPLE,
    )
    assert report.added == 21
    cards = cards_of(demo, board_id_of(demo, workshop["title"], "Umfrage"))
    assert {c.source for c in cards} == {CardSource(kind)}
    # Tag names are the headers, in the order given; empty values are left out.
    assert cards[0].tags == (("Stadtteil", "Altstadt"), ("Altersgruppe", "30 bis 44 Jahre"))
    assert cards[1].tags == (
        ("Stadtteil", "Lindenhain-Nord"),
        ("Altersgruppe", "45 bis 64 Jahre"),
        (SAMPLE_EMAIL, "k.birnbaum@example.org"),
    )
    assert cards[2].tags == (("Stadtteil", "Am Mühlbach"), ("Altersgruppe", "18 bis 29 Jahre"))
    assert all(dict(c.tags).keys() >= {"Stadtteil", "Altersgruppe"} for c in cards)
    assert sum(1 for c in cards if SAMPLE_EMAIL in dict(c.tags)) == 4


@pytest.mark.parametrize("fmt", list(FORMATS))
def test_formats_into_a_project_without_workshops(
    capsys, empty_project: Path, tmp_path: Path, fmt: str
) -> None:
    source = FORMATS[fmt](tmp_path, "Bürgerumfrage März 2025")

    report = import_ok(
        capsys, empty_project, "--board", "Ideen", "--tag", "Bereich", "--tag", "1", source
    )

    # No workshop yet: one is created, named after the source file's stem.
    assert report == Report(
        added=3,
        board="Ideen",
        workshop="Bürgerumfrage März 2025",
        created="new workshop, new board",
        skipped=2,
        empty=1,
        duplicates=1,
        rows=5,
        header="Idee",  # the first column with free text ("Name" holds names, not ideas)
    )
    workshops = query(empty_project, "SELECT id, title FROM workshops")
    assert [w["title"] for w in workshops] == ["Bürgerumfrage März 2025"]
    cards = cards_of(empty_project, board_id_of(empty_project, "Bürgerumfrage März 2025", "Ideen"))
    assert [c.text for c in cards] == IDEA_TEXTS
    assert [c.tags for c in cards] == [
        (("Bereich", "Umwelt"), ("Nr", "1")),
        (("Bereich", "Verwaltung"), ("Nr", "2")),
        (("Bereich", "Mobilität"), ("Nr", "5")),
    ]
    assert_check_ok(capsys, empty_project)
    assert side_files(tmp_path) == []


def test_the_created_workshop_is_used_next_time(capsys, empty_project: Path) -> None:
    first = import_ok(capsys, empty_project, "--board", "Umfrage", SAMPLE)
    assert first.workshop == "umfrage-export-semikolon-cp1252"
    assert first.created == "new workshop, new board"
    assert first.added == 21

    second = import_ok(capsys, empty_project, "--board", "umfrage", SAMPLE)

    assert second.workshop == "umfrage-export-semikolon-cp1252"
    assert second.created == ""
    assert (second.added, second.duplicates) == (0, 23)
    assert count(empty_project, "workshops") == 1
    assert count(empty_project, "boards") == 1
    assert count(empty_project, "cards") == 21
    assert_check_ok(capsys, empty_project)


# -- which workshop, which board ---------------------------------------------------------------

DATED = [
    ("Frühjahr", "2025-03-01"),
    ("Sommer A", "2025-06-01"),
    ("Sommer B", "2025-06-01"),  # same date as "Sommer A", created later
    ("Nachtrag Januar", "2025-01-15"),  # created last, but an earlier date
]


@pytest.mark.parametrize(
    ("workshops", "expected"),
    [
        (DATED, "Sommer B"),
        ([("Erster", ""), ("Zweiter", "")], "Zweiter"),
        ([("Einziger", "2024-12-01")], "Einziger"),
    ],
    ids=["latest-date-then-latest-created", "undated-latest-created", "only-one"],
)
def test_default_workshop_is_the_most_recent(
    capsys, empty_project: Path, workshops: list[tuple[str, str]], expected: str
) -> None:
    add_workshops(empty_project, workshops)

    report = import_ok(capsys, empty_project, "--board", "Umfrage", SAMPLE)

    assert report.workshop == expected
    assert report.created == "new board"
    assert count(empty_project, "workshops") == len(workshops)
    board_id_of(empty_project, expected, "Umfrage")  # the board is in that workshop


def test_default_workshop_of_the_demo(capsys, demo: Path) -> None:
    expected = latest_workshop(demo)["title"]
    assert import_ok(capsys, demo, "--board", "Umfrage", SAMPLE).workshop == expected


@pytest.mark.parametrize(
    ("spec", "expected"),
    [
        ("Frühjahr", "Frühjahr"),
        ("1", "Frühjahr"),
        ("2", "Sommer A"),
        ("4", "Nachtrag Januar"),
        ("Sommer B", "Sommer B"),
        ("sommer a", "Sommer A"),
    ],
)
def test_workshop_by_title_or_id(capsys, empty_project: Path, spec: str, expected: str) -> None:
    add_workshops(empty_project, DATED)
    report = import_ok(capsys, empty_project, "--workshop", spec, "--board", "Umfrage", SAMPLE)
    assert report.workshop == expected
    assert count(empty_project, "workshops") == len(DATED)
    assert len(cards_of(empty_project, board_id_of(empty_project, expected, "Umfrage"))) == 21


def test_a_board_title_matches_only_within_its_workshop(capsys, demo: Path) -> None:
    board = clustered_board(demo)
    other = next(
        w for w in query(demo, "SELECT id, title FROM workshops") if w["id"] != board["workshop_id"]
    )
    cards_on_board = len(cards_of(demo, board["id"]))

    report = import_ok(
        capsys, demo, "--workshop", other["title"], "--board", board["title"].upper(), SAMPLE
    )

    assert report.workshop == other["title"]
    assert report.created == "new board"
    assert report.added == 21
    assert len(cards_of(demo, board["id"])) == cards_on_board  # the namesake is untouched
    rows = query(
        demo,
        "SELECT id FROM boards WHERE workshop_id = ? AND title = ?",
        (other["id"], board["title"].upper()),
    )
    assert len(rows) == 1
    assert len(cards_of(demo, rows[0]["id"])) == 21


# -- which column ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "spec",
    [SAMPLE_HEADER, "4", "  ihre IDEE für die   digitale stadt "],
    ids=["name", "number", "loose"],
)
def test_column_by_header_or_number(capsys, demo: Path, spec: str) -> None:
    report = import_ok(capsys, demo, "--board", "Umfrage", "--column", spec, SAMPLE)
    assert (report.added, report.empty, report.duplicates, report.header) == (
        21,
        1,
        2,
        SAMPLE_HEADER,
    )


def test_a_column_of_choices(capsys, demo: Path) -> None:
    report = import_ok(capsys, demo, "--board", "Stadtteile", "--column", "Stadtteil", SAMPLE)
    # Six districts, each answer naming one of them.
    assert (report.added, report.empty, report.duplicates, report.rows) == (6, 0, 18, 24)
    assert report.header == "Stadtteil"


# -- refusals: exit 2, one line, the project byte-identical --------------------------------------


def _missing(tmp: Path) -> Path:
    return tmp / "fehlt.csv"


def _missing_with_line_break(tmp: Path) -> Path:
    return tmp / "Zeile\nUmbruch.csv"


def _folder(tmp: Path) -> Path:
    path = tmp / "ordner.csv"
    path.mkdir()
    return path


def _zero_bytes(tmp: Path) -> Path:
    path = tmp / "leer.csv"
    path.write_bytes(b"")
    return path


def _blank(tmp: Path) -> Path:
    path = tmp / "leerzeilen.csv"
    path.write_bytes(b"\r\n  \r\n;;\r\n")
    return path


def _header_only(tmp: Path) -> Path:
    path = tmp / "kopf.csv"
    path.write_bytes("Zeitstempel;Ihre Idee für die Stadt\r\n".encode("cp1252"))
    return path


def _header_and_blank_rows(tmp: Path) -> Path:
    path = tmp / "kopf-leer.csv"
    path.write_text("Zeitstempel,Idee\n,\n\n , \n", encoding="utf-8")
    return path


def _png(tmp: Path) -> Path:
    path = tmp / "foto.csv"
    path.write_bytes(PNG)
    return path


def _random(tmp: Path) -> Path:
    path = tmp / "zufall.csv"
    path.write_bytes(bytes((i * 7919 + 13) % 256 for i in range(8192)))
    return path


def _pdf(tmp: Path) -> Path:
    path = tmp / "bericht.csv"
    path.write_bytes(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n")
    return path


def _project_as_csv(tmp: Path) -> Path:
    """A project file picked by mistake (SQLite), renamed .csv."""
    path = tmp / "projekt.csv"
    sqlite3.connect(path).execute("CREATE TABLE t (x)").connection.close()
    return path


def _xls(tmp: Path) -> Path:
    path = tmp / "umfrage.xls"
    path.write_bytes(OLE2 + bytes(504))
    return path


def _xls_named_csv(tmp: Path) -> Path:
    path = tmp / "umfrage-xls.csv"
    path.write_bytes(OLE2 + bytes(504))
    return path


def _broken_zip(tmp: Path) -> Path:
    path = tmp / "kaputt.xlsx"
    path.write_bytes(b"PK\x03\x04" + bytes(range(256)) * 4)
    return path


def _empty_xlsx(tmp: Path) -> Path:
    return write_xlsx(tmp / "leer.xlsx", [])


def _header_only_xlsx(tmp: Path) -> Path:
    return write_xlsx(tmp / "kopf.xlsx", [["Zeitstempel", "Idee"]])


BAD_SOURCES: dict[str, tuple[Callable[[Path], Path], str]] = {
    "missing": (_missing, "does not exist"),
    "missing-line-break": (_missing_with_line_break, "does not exist"),
    "folder": (_folder, "folder"),
    "zero-bytes": (_zero_bytes, "holds no data"),
    "blank-lines": (_blank, "holds no data"),
    "header-only": (_header_only, "no data rows"),
    "header-and-blank-rows": (_header_and_blank_rows, "no data rows"),
    "png-named-csv": (_png, "not a text or spreadsheet file"),
    "random-bytes": (_random, "not a text or spreadsheet file"),
    "pdf-named-csv": (_pdf, "not a text or spreadsheet file"),
    "sqlite-named-csv": (_project_as_csv, "not a text or spreadsheet file"),
    "xls": (_xls, ".xls"),
    "xls-named-csv": (_xls_named_csv, ".xls"),
    "broken-zip": (_broken_zip, "not a readable Excel workbook"),
    "empty-xlsx": (_empty_xlsx, "holds no data"),
    "header-only-xlsx": (_header_only_xlsx, "no data rows"),
}


@pytest.mark.parametrize("kind", list(BAD_SOURCES))
def test_an_unusable_source_is_refused(capsys, demo: Path, tmp_path: Path, kind: str) -> None:
    make, expected = BAD_SOURCES[kind]
    folder = tmp_path / "quelle"
    folder.mkdir()
    source = make(folder)
    digest = sha256(demo)

    line = assert_refused(*run(capsys, "import-cards", demo, "--board", "Umfrage", source))

    assert expected in line
    assert source.name.replace("\n", " ") in line
    assert sha256(demo) == digest
    assert side_files(tmp_path) == []


def test_an_unusable_source_creates_no_workshop(capsys, empty_project: Path, tmp_path: Path):
    digest = sha256(empty_project)
    source = _header_only(tmp_path)
    assert_refused(*run(capsys, "import-cards", empty_project, "--board", "Umfrage", source))
    assert sha256(empty_project) == digest
    assert count(empty_project, "workshops") == 0


REFUSED_ARGS: dict[str, tuple[list[str], str]] = {
    "unknown-workshop-title": (["--workshop", "Gibt es nicht", "--board", "U"], "Gibt es nicht"),
    "unknown-workshop-id": (["--workshop", "99", "--board", "U"], "99"),
    "empty-workshop": (["--workshop", "", "--board", "U"], "workshop"),
    "unknown-column": (["--board", "U", "--column", "Wunsch"], "Wunsch"),
    "column-0": (["--board", "U", "--column", "0"], "'0'"),
    "column-6": (["--board", "U", "--column", "6"], "'6'"),
    "blank-column": (["--board", "U", "--column", "  "], "column"),
    "unknown-tag-column": (["--board", "U", "--tag", "Stadtteil", "--tag", "PLZ"], "PLZ"),
    "missing-board": ([], "--board"),
    "empty-board": (["--board", "   "], "--board"),
    "bad-card-source": (["--board", "U", "--card-source", "gerücht"], "--card-source"),
    "unknown-option": (["--board", "U", "--frobnicate"], "--frobnicate"),
}


@pytest.mark.parametrize("case", list(REFUSED_ARGS))
def test_bad_arguments_are_refused(capsys, demo: Path, tmp_path: Path, case: str) -> None:
    args, expected = REFUSED_ARGS[case]
    digest = sha256(demo)

    line = assert_refused(*run(capsys, "import-cards", demo, *args, SAMPLE))

    assert expected in line
    assert sha256(demo) == digest
    assert side_files(tmp_path) == []


def test_an_unknown_workshop_in_a_project_without_workshops(
    capsys, empty_project: Path, tmp_path: Path
) -> None:
    digest = sha256(empty_project)
    line = assert_refused(
        *run(capsys, "import-cards", empty_project, "--workshop", "Auftakt", "--board", "U", SAMPLE)
    )
    assert "Auftakt" in line
    assert sha256(empty_project) == digest
    assert count(empty_project, "workshops") == 0


def test_a_read_only_project_is_refused(capsys, demo: Path, monkeypatch) -> None:
    # As if the file (or its folder) were not writable; chmod would not stop root.
    monkeypatch.setattr(store_connection, "is_writable", lambda path: False)
    digest = sha256(demo)
    line = assert_refused(*run(capsys, "import-cards", demo, "--board", "Umfrage", SAMPLE))
    assert "read-only" in line
    assert sha256(demo) == digest


def test_all_cards_in_one_transaction(
    capsys, empty_project: Path, tmp_path: Path, monkeypatch
) -> None:
    """A write that fails at the fifth card leaves no card, no board, no workshop behind."""
    digest = sha256(empty_project)
    card_inserts: list[str] = []
    original_open = ProjectFile.open.__func__  # type: ignore[attr-defined]

    def open_and_fail_later(cls, path, **kwargs):  # type: ignore[no-untyped-def]
        project = original_open(cls, path, **kwargs)

        def trace(sql: str) -> None:
            if sql.lstrip().upper().startswith("INSERT INTO CARDS"):
                card_inserts.append(sql)

        project.conn.set_trace_callback(trace)
        # A non-zero answer interrupts the running statement: the fifth card's INSERT.
        project.conn.set_progress_handler(lambda: int(len(card_inserts) >= 5), 1)
        return project

    monkeypatch.setattr(ProjectFile, "open", classmethod(open_and_fail_later))
    code, out, err = run(capsys, "import-cards", empty_project, "--board", "Umfrage", SAMPLE)
    monkeypatch.undo()

    assert len(card_inserts) == 5  # four cards were written inside the transaction ...
    assert code != 0, out
    assert "Traceback" not in err
    assert len(err.splitlines()) == 1
    assert sha256(empty_project) == digest  # ... and rolled back with everything else
    assert count(empty_project, "cards") == 0
    assert count(empty_project, "boards") == 0
    assert count(empty_project, "workshops") == 0
    assert side_files(tmp_path) == []


# -- bad project files (as `check` and the other commands refuse them) --------------------------


def _scw_missing(tmp: Path, demo: Path) -> Path:
    return tmp / "fehlt.scw"


def _scw_empty(tmp: Path, demo: Path) -> Path:
    path = tmp / "leer.scw"
    path.write_bytes(b"")
    return path


def _scw_text(tmp: Path, demo: Path) -> Path:
    path = tmp / "text.scw"
    path.write_text("Workshop-Protokoll\nTeilnehmende: 30\n", encoding="utf-8")
    return path


def _scw_folder(tmp: Path, demo: Path) -> Path:
    path = tmp / "ordner.scw"
    path.mkdir()
    return path


def _scw_png(tmp: Path, demo: Path) -> Path:
    path = tmp / "foto.scw"
    path.write_bytes(PNG)
    return path


def _scw_foreign(tmp: Path, demo: Path) -> Path:
    path = tmp / "fremd.scw"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE kontakte (name TEXT)")
    conn.execute("INSERT INTO kontakte VALUES ('Erika')")
    conn.commit()
    conn.close()
    return path


def _scw_truncated(tmp: Path, demo: Path) -> Path:
    path = tmp / "halb.scw"
    data = demo.read_bytes()
    path.write_bytes(data[: len(data) // 2])
    return path


def _scw_flipped(tmp: Path, demo: Path) -> Path:
    path = tmp / "kaputt.scw"
    data = bytearray(demo.read_bytes())
    page_size = int.from_bytes(data[16:18], "big")
    for i in range(2 * page_size, 2 * page_size + 8):
        data[i] ^= 0xFF
    path.write_bytes(bytes(data))
    return path


def _scw_newer(tmp: Path, demo: Path) -> Path:
    path = tmp / "neuer.scw"
    data = bytearray(demo.read_bytes())
    data[60:64] = (schema.CURRENT_VERSION + 1).to_bytes(4, "big")
    path.write_bytes(bytes(data))
    return path


BAD_PROJECTS: dict[str, tuple[Callable[[Path, Path], Path], str]] = {
    "missing": (_scw_missing, "no such file"),
    "empty": (_scw_empty, "not a Smart City Werkstatt file"),
    "text": (_scw_text, "not a Smart City Werkstatt file"),
    "folder": (_scw_folder, "is a folder"),
    "png": (_scw_png, "not a Smart City Werkstatt file"),
    "foreign-sqlite": (_scw_foreign, "not a Smart City Werkstatt file"),
    "truncated": (_scw_truncated, "damaged"),
    "flipped-bytes": (_scw_flipped, "damaged"),
    "newer": (_scw_newer, "newer version"),
}


def _fingerprint(path: Path) -> str | None:
    if path.is_dir():
        return "dir:" + ",".join(sorted(p.name for p in path.iterdir()))
    return sha256(path) if path.exists() else None


@pytest.mark.parametrize("kind", list(BAD_PROJECTS))
def test_a_bad_project_file_is_refused(tmp_path: Path, demo_template: Path, kind: str) -> None:
    make, expected = BAD_PROJECTS[kind]
    path = make(tmp_path, demo_template)
    before = _fingerprint(path)

    result = run_cli("import-cards", path, "--board", "Umfrage", SAMPLE)

    line = assert_refused(result.returncode, result.stdout, result.stderr)
    assert expected in line
    assert _fingerprint(path) == before  # a missing file is not created, nothing is changed
    assert side_files(tmp_path) == []


HOLDER = r"""
import sys, time
from smartcity_desktop.store.connection import ProjectFile
project = ProjectFile.open(sys.argv[1])
print("open", flush=True)
time.sleep(60)
"""


@pytest.fixture
def locked_demo(tmp_path: Path, demo_template: Path) -> Iterator[Path]:
    """A copy of the demo held open (and so locked) by another process."""
    path = tmp_path / "offen.scw"
    shutil.copyfile(demo_template, path)
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(path)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None
        assert holder.stdout.readline().strip() == "open", holder.stderr
        yield path
    finally:
        holder.kill()
        holder.wait(timeout=TIMEOUT)


def test_a_project_open_elsewhere_is_refused(locked_demo: Path) -> None:
    digest = sha256(locked_demo)
    result = run_cli("import-cards", locked_demo, "--board", "Umfrage", SAMPLE)
    line = assert_refused(result.returncode, result.stdout, result.stderr)
    assert "already open" in line
    assert sha256(locked_demo) == digest


# -- where the cards land ------------------------------------------------------------------------


def _overlap(a: tuple[float, float, float, float], b: tuple[float, float, float, float]) -> bool:
    """Whether two rectangles (x, y, width, height) share area (touching edges do not)."""
    ax, ay, aw, ah = a
    bx, by, bw, bh = b
    return ax < bx + bw and bx < ax + aw and ay < by + bh and by < ay + ah


def _card_box(card: Card) -> tuple[float, float, float, float]:
    return (card.x, card.y, CARD_WIDTH, CARD_HEIGHT)


def assert_no_overlap_among(cards: Sequence[Card]) -> None:
    """Cards of one size overlap nothing of each other if their corners are distinct and the
    distinct x (y) values are at least a card's width (height) apart."""
    corners = [(c.x, c.y) for c in cards]
    assert len(set(corners)) == len(corners)
    xs = sorted({c.x for c in cards})
    ys = sorted({c.y for c in cards})
    assert all(b - a >= CARD_WIDTH for a, b in itertools.pairwise(xs))
    assert all(b - a >= CARD_HEIGHT for a, b in itertools.pairwise(ys))


def test_cards_land_in_free_space_on_a_clustered_board(capsys, demo: Path, tmp_path: Path):
    assert (CARD_WIDTH, CARD_HEIGHT) == (200.0, 120.0)
    board = clustered_board(demo)
    project = ProjectFile.open(demo, read_only=True)
    try:
        old_cards = list_cards(project, board["id"])
        clusters = list_clusters(project, board["id"])
    finally:
        project.close()
    assert clusters
    assert any(c.cluster_id is not None for c in old_cards)
    occupied = [_card_box(c) for c in old_cards] + [(c.x, c.y, c.width, c.height) for c in clusters]
    known = {c.id for c in old_cards}
    args = ["--workshop", str(board["workshop_id"]), "--board", board["title"]]

    for source, added in ((SAMPLE, 21), (_utf16_tab(tmp_path, "nachtrag"), 3)):
        report = import_ok(capsys, demo, *args, source)
        assert report.added == added
        assert report.created == ""
        cards = cards_of(demo, board["id"])
        new = [c for c in cards if c.id not in known]
        assert len(new) == added
        for card in new:
            assert card.cluster_id not in {c.id for c in clusters}  # in a new import area
            hits = [box for box in occupied if _overlap(_card_box(card), box)]
            assert hits == [], (card.text, card.x, card.y, hits)
        assert_no_overlap_among(new)
        occupied += [_card_box(c) for c in new]
        known |= {c.id for c in new}

    # What was on the board stays where it was.
    by_id = {c.id: c for c in cards_of(demo, board["id"])}
    assert [(by_id[c.id].x, by_id[c.id].y, by_id[c.id].cluster_id) for c in old_cards] == [
        (c.x, c.y, c.cluster_id) for c in old_cards
    ]
    assert_check_ok(capsys, demo)


def test_a_large_import(capsys, empty_project: Path, tmp_path: Path) -> None:
    source = tmp_path / "gross.csv"
    rows = [["Zeitstempel", "Antwort"]]
    for n in range(3000):
        text = f"Vorschlag Nummer {n // 2} für eine bessere Stadt" if n % 10 else ""
        rows.append([f"2025-03-{n % 28 + 1:02d}", text])
    source.write_text(csv_text(rows, ","), encoding="utf-8")

    report = import_ok(capsys, empty_project, "--board", "Alle", source)

    # 300 blank; of the rest, pairs (2k, 2k+1) share a text unless one of them is blank.
    texts = [r[1] for r in rows[1:] if r[1]]
    assert report.empty == 300
    assert report.added == len(set(texts))
    assert report.duplicates == len(texts) - len(set(texts))
    board = query(empty_project, "SELECT id FROM boards")[0]["id"]
    cards = cards_of(empty_project, board)
    assert len(cards) == report.added
    assert_no_overlap_among(cards)
    assert_check_ok(capsys, empty_project)


# -- the real command ----------------------------------------------------------------------------


def test_help_lists_the_options() -> None:
    result = run_cli("import-cards", "--help")
    assert result.returncode == 0, result.stderr
    for option in ("--workshop", "--board", "--column", "--tag", "--card-source", "SOURCE"):
        assert option in result.stdout


def test_the_console_script_imports_without_qt(tmp_path: Path, demo_template: Path) -> None:
    (entry,) = importlib.metadata.entry_points(group="console_scripts", name=PROG)
    assert entry.value == "smartcity_desktop.cli:main"
    script = Path(sys.executable).parent / PROG
    assert script.is_file(), f"{script} is not installed"
    project = tmp_path / "Musterstadt.scw"
    shutil.copyfile(demo_template, project)
    env = {k: v for k, v in os.environ.items() if k != "QT_QPA_PLATFORM"}
    env["PYTHONPROFILEIMPORTTIME"] = "1"  # every module imported, listed on stderr

    result = subprocess.run(
        [str(script), "import-cards", str(project), "--board", "Umfrage", str(SAMPLE)],
        capture_output=True,
        text=True,
        timeout=TIMEOUT,
        check=False,
        env=env,
    )

    assert result.returncode == 0, result.stderr[-2000:]
    report = parse_report(result.stdout)
    assert (report.added, report.empty, report.duplicates) == (21, 1, 2)
    lines = result.stderr.splitlines()
    assert [line for line in lines if not line.startswith("import time:")] == []
    modules = [line.rsplit("|", 1)[-1].strip() for line in lines[1:]]
    assert "smartcity_desktop.imports.tabular" in modules  # the listing is complete
    assert [m for m in modules if m.startswith(("PySide6", "shiboken6"))] == []

    check = subprocess.run(
        [str(script), "check", str(project), "--json"],
        capture_output=True,
        text=True,
        timeout=TIMEOUT,
        check=False,
    )
    assert check.returncode == 0, check.stderr
    assert json.loads(check.stdout)["ok"] is True


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


@pytest.mark.parametrize("case", ["csv", "xlsx", "bad-source", "unknown-workshop"])
def test_import_cards_never_imports_qt(tmp_path: Path, demo_template: Path, case: str) -> None:
    project = tmp_path / "Musterstadt.scw"
    shutil.copyfile(demo_template, project)
    source = {
        "csv": SAMPLE,
        "xlsx": _xlsx(tmp_path, "ideen"),
        "bad-source": _xls(tmp_path),
        "unknown-workshop": SAMPLE,
    }[case]
    extra = ["--workshop", "Gibt es nicht"] if case == "unknown-workshop" else []
    args = ["import-cards", str(project), *extra, "--board", "Umfrage", str(source)]

    result = subprocess.run(
        [sys.executable, "-c", NO_QT, *args],
        capture_output=True,
        text=True,
        timeout=TIMEOUT,
        check=False,
    )

    assert result.returncode == 0, result.stderr
    expected = 0 if case in ("csv", "xlsx") else 2
    assert result.stdout.splitlines()[-1] == f"exit {expected}"


# -- names that are not valid UTF-8 ----------------------------------------------------------------


@pytest.mark.skipif(sys.platform != "linux", reason="file names are bytes only on Linux")
@pytest.mark.parametrize("where", ["source-file-name", "board-argument"])
def test_a_name_in_another_encoding(tmp_path: Path, demo_template: Path, where: str) -> None:
    """A Latin-1 "ä" in a file name (from an old ZIP) or typed in a Latin-1 terminal reaches
    Python as a lone surrogate; the import must still work (the source itself is readable)."""
    project = tmp_path / "neu.scw"
    assert cli.main(["new", str(project)]) == 0  # no workshop: one is named after the file
    if where == "source-file-name":
        source = os.fsencode(tmp_path) + b"/umfrage-m\xe4rz.csv"
        board = b"Umfrage"
    else:
        source = os.fsencode(tmp_path) + b"/umfrage.csv"
        board = b"Ideen M\xe4rz"
    try:
        shutil.copyfile(SAMPLE, source)
    except OSError as exc:  # a file system that wants UTF-8 names
        pytest.skip(f"cannot create a non-UTF-8 file name here: {exc}")
    digest = sha256(project)

    args = ["import-cards", os.fsencode(project), b"--board", board, source]
    result = subprocess.run(
        [sys.executable, "-m", "smartcity_desktop", *args],
        capture_output=True,
        timeout=TIMEOUT,
        check=False,
    )

    stderr = result.stderr.decode("utf-8", errors="replace")
    assert "Traceback" not in stderr, stderr[-1500:]
    assert result.returncode == 0, stderr
    assert sha256(project) != digest
    report = parse_report(result.stdout.decode("utf-8"))
    assert report.added == 21
    titles = [r["title"] for r in query(project, "SELECT title FROM workshops")]
    titles += [r["title"] for r in query(project, "SELECT title FROM boards")]
    assert len(titles) == 2
    for title in titles:
        title.encode("utf-8")  # stored as text, not as undecodable bytes
    assert titles[0].startswith("umfrage")
    assert titles[1].startswith("Umfrage" if where == "source-file-name" else "Ideen M")

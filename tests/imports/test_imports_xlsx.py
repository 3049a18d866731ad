"""`imports.tabular.read_table` on workbooks made with openpyxl, and openpyxl loaded only then."""

from __future__ import annotations

import ast
import subprocess
import sys
from datetime import date, datetime, time
from pathlib import Path

import openpyxl
import pytest

from smartcity_desktop.imports import tabular
from smartcity_desktop.imports.tabular import PROGRESS_EVERY, Cancelled, read_table


def make_workbook(path: Path, rows: list[list[object]], *, title: str = "Umfrage") -> Path:
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.title = title
    for row in rows:
        sheet.append(row)
    workbook.save(path)
    return path


def test_values_become_the_text_a_person_reads(tmp_path: Path) -> None:
    path = make_workbook(
        tmp_path / "umfrage.xlsx",
        [
            [None, None, None],  # a blank first row is skipped
            ["Zeitstempel", "Anzahl", None, "  Idee  ", "Anteil"],
            [datetime(2025, 3, 3, 8, 12, 41), 12, "x", "Freies WLAN ", 0.25],
            [datetime(2025, 3, 4), 12.0, None, None, 3],
            [date(2025, 3, 5), -7.5, None, "Bänke\nim Park", None],
            [time(14, 5), None, None, "Kita online", True],
        ],
    )
    table = read_table(path)
    assert table.kind == "xlsx"
    assert table.encoding is None
    assert table.delimiter is None
    assert table.headers == ["Zeitstempel", "Anzahl", "", "Idee", "Anteil"]
    assert table.rows == [
        ["2025-03-03 08:12:41", "12", "x", "Freies WLAN", "0.25"],
        ["2025-03-04", "12", "", "", "3"],
        ["2025-03-05", "-7.5", "", "Bänke\nim Park", ""],
        ["14:05:00", "", "", "Kita online", "True"],
    ]


def test_a_workbook_is_told_by_content_not_by_name(tmp_path: Path) -> None:
    path = make_workbook(tmp_path / "umfrage.csv", [["Idee"], ["Freies WLAN"]])
    table = read_table(path)
    assert table.kind == "xlsx"
    assert table.rows == [["Freies WLAN"]]


def test_the_active_sheet_is_read(tmp_path: Path) -> None:
    workbook = openpyxl.Workbook()
    workbook.active.append(["Erstes Blatt"])
    second = workbook.create_sheet("Antworten")
    second.append(["Idee"])
    second.append(["Mehr Bänke"])
    workbook.active = 1
    workbook.save(tmp_path / "zwei.xlsx")
    table = read_table(tmp_path / "zwei.xlsx")
    assert table.headers == ["Idee"]
    assert table.rows == [["Mehr Bänke"]]


def test_rows_longer_than_the_header_widen_it_and_trailing_blanks_go(tmp_path: Path) -> None:
    path = make_workbook(
        tmp_path / "ragged.xlsx",
        [["a", "b"], ["1", "2", "3"], ["4"], [None, None], [None]],
    )
    table = read_table(path)
    assert table.headers == ["a", "b", ""]
    assert table.rows == [["1", "2", "3"], ["4", "", ""]]


def test_an_empty_workbook_is_empty(tmp_path: Path) -> None:
    path = make_workbook(tmp_path / "leer.xlsx", [])
    with pytest.raises(tabular.SourceError) as caught:
        read_table(path)
    assert caught.value.problem is tabular.SourceProblem.EMPTY


def test_progress_and_cancel(tmp_path: Path) -> None:
    rows = 2 * PROGRESS_EVERY + 5
    path = make_workbook(tmp_path / "gross.xlsx", [["Nr"]] + [[n] for n in range(rows)])
    calls: list[tuple[int, int]] = []
    table = read_table(path, progress=lambda done, total: calls.append((done, total)) or True)
    assert len(table.rows) == rows
    assert calls[-1] == (rows + 1, rows + 1)  # sheet rows, header included
    assert [done for done, _ in calls] == sorted(done for done, _ in calls)
    with pytest.raises(Cancelled):
        read_table(path, progress=lambda done, total: False)


def test_openpyxl_is_imported_only_inside_a_function() -> None:
    tree = ast.parse(Path(tabular.__file__).read_text(encoding="utf-8"))
    top_level = [
        node
        for node in tree.body
        if isinstance(node, ast.Import | ast.ImportFrom)
        and any(
            (alias.name if isinstance(node, ast.Import) else node.module or "").startswith(
                "openpyxl"
            )
            for alias in node.names
        )
    ]
    assert top_level == []


def test_reading_a_csv_does_not_load_openpyxl(tmp_path: Path) -> None:
    path = tmp_path / "a.csv"
    path.write_bytes(b"Idee\nFreies WLAN\n")
    code = (
        "import sys; from smartcity_desktop.imports.tabular import read_table;"
        f"read_table({str(path)!r}); print('openpyxl' in sys.modules)"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60
    )
    assert out.stdout.strip() == "False"

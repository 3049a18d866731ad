"""`imports.tabular.read_table` on text files: encodings, delimiters, quoting, shapes, bad files."""

from __future__ import annotations

import codecs
import zipfile
from pathlib import Path

import pytest

from smartcity_desktop.imports.tabular import (
    PROGRESS_EVERY,
    Cancelled,
    SourceError,
    SourceProblem,
    read_table,
)

HEADERS = ["Stadtteil", "Idee", "Kommentar"]
ROWS = [
    ["Altstadt", "Grüne Straßen für Ältere", "Öfter „Bänke“ – bitte"],
    ["Am Mühlbach", "Freies WLAN", "Kosten: 5 €"],
]


def write(tmp_path: Path, data: bytes, name: str = "export.csv") -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


def as_text(rows: list[list[str]], delimiter: str = ";", newline: str = "\r\n") -> str:
    return "".join(delimiter.join(row) + newline for row in rows)


# -- encodings ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        (as_text([HEADERS, *ROWS]).encode("utf-8"), "utf-8"),
        (codecs.BOM_UTF8 + as_text([HEADERS, *ROWS]).encode("utf-8"), "utf-8-sig"),
        (as_text([HEADERS, *ROWS]).encode("cp1252"), "cp1252"),
        (codecs.BOM_UTF16_LE + as_text([HEADERS, *ROWS], "\t").encode("utf-16-le"), "utf-16"),
        (codecs.BOM_UTF16_BE + as_text([HEADERS, *ROWS], "\t").encode("utf-16-be"), "utf-16"),
        (as_text([HEADERS, *ROWS], "\t").encode("utf-16-le"), "utf-16-le"),  # no BOM
    ],
    ids=["utf-8", "utf-8-bom", "cp1252", "utf-16-le-bom-tabs", "utf-16-be-bom-tabs", "utf-16-le"],
)
def test_each_encoding_reads_the_same_table(tmp_path: Path, data: bytes, encoding: str) -> None:
    table = read_table(write(tmp_path, data))
    assert table.encoding == encoding
    assert table.kind == "csv"
    assert table.headers == HEADERS  # no BOM left in the first header
    assert table.rows == ROWS


def test_cp1252_typographic_quotes_euro_and_sharp_s(tmp_path: Path) -> None:
    answer = "Das „Bürgerbüro“ sagt: “Öffnungszeiten” – Straße, 20 € … ok"
    table = read_table(write(tmp_path, f"Idee\r\n{answer}\r\n".encode("cp1252")))
    assert table.encoding == "cp1252"
    assert table.rows == [[answer]]


def test_a_byte_that_cp1252_lacks_is_read_as_latin_1(tmp_path: Path) -> None:
    data = "Gruß;Wert\r\nSchöne Grüße;1\r\n".encode("latin-1") + b"A\x8dB;2\r\n"
    table = read_table(write(tmp_path, data))
    assert table.encoding == "latin-1"
    assert table.rows == [["Schöne Grüße", "1"], ["A\x8dB", "2"]]


def test_utf_8_with_one_broken_byte_stays_utf_8(tmp_path: Path) -> None:
    good = "Idee\nGrüne Straßen für Ältere\nÖffentliches WLAN überall\n".encode()
    table = read_table(write(tmp_path, good + b"kaputt \xe4 hier\n"))
    assert table.encoding == "utf-8"
    assert table.rows[:2] == [["Grüne Straßen für Ältere"], ["Öffentliches WLAN überall"]]
    assert table.rows[2] == ["kaputt \ufffd hier"]


# -- delimiters and quoting ---------------------------------------------------------------------


@pytest.mark.parametrize("delimiter", [",", ";", "\t"])
def test_each_delimiter_with_quoted_fields_holding_every_delimiter(
    tmp_path: Path, delimiter: str
) -> None:
    tricky = 'Bänke, Bäume; Wasser\tund "mehr"'
    quoted = '"' + tricky.replace('"', '""') + '"'
    lines = [
        delimiter.join(["Zeit", "Idee", "Gruppe"]),
        delimiter.join(["10:00", quoted, "Jugend"]),
        delimiter.join(["10:05", "Freies WLAN", "Senioren"]),
        delimiter.join(["10:07", '"zwei\nZeilen"', '"drei\r\nZei\r\nlen"']),
    ]
    table = read_table(write(tmp_path, "\r\n".join(lines).encode()))
    assert table.delimiter == delimiter
    assert table.headers == ["Zeit", "Idee", "Gruppe"]
    assert table.rows == [
        ["10:00", tricky, "Jugend"],
        ["10:05", "Freies WLAN", "Senioren"],
        ["10:07", "zwei\nZeilen", "drei\nZei\nlen"],
    ]


def test_a_single_column_with_commas_in_the_answers(tmp_path: Path) -> None:
    answers = [
        "Mehr Bänke, mehr Bäume",
        "Freies WLAN",
        '"Eine Idee\nüber zwei Zeilen"',
        "Ampeln, Laternen, Sensoren; alles vernetzt",
        "Kita online anmelden",
    ]
    table = read_table(write(tmp_path, ("Ihre Idee\n" + "\n".join(answers)).encode()))
    assert table.delimiter is None
    assert table.headers == ["Ihre Idee"]
    assert [row[0] for row in table.rows] == [
        "Mehr Bänke, mehr Bäume",
        "Freies WLAN",
        "Eine Idee\nüber zwei Zeilen",
        "Ampeln, Laternen, Sensoren; alles vernetzt",
        "Kita online anmelden",
    ]


def test_semicolons_win_over_commas_inside_unquoted_answers(tmp_path: Path) -> None:
    rows = [["Nr", "Idee"]] + [
        [str(n), f"Idee {n}, mit Komma, und noch {n % 3} mehr"] for n in range(9)
    ]
    table = read_table(write(tmp_path, as_text(rows).encode()))
    assert table.delimiter == ";"
    assert table.rows == rows[1:]


def test_excel_sep_hint_line_names_the_delimiter(tmp_path: Path) -> None:
    data = "sep=,\r\nIdee,Ort\r\nBänke; Bäume,Altstadt\r\n".encode("cp1252")
    table = read_table(write(tmp_path, data))
    assert table.delimiter == ","
    assert table.headers == ["Idee", "Ort"]
    assert table.rows == [["Bänke; Bäume", "Altstadt"]]


@pytest.mark.parametrize("newline", ["\n", "\r\n", "\r"])
def test_line_endings(tmp_path: Path, newline: str) -> None:
    data = newline.join(["a;b", '1;"x' + newline + 'y"', "2;z"]) + newline
    table = read_table(write(tmp_path, data.encode()))
    assert table.headers == ["a", "b"]
    assert table.rows == [["1", "x\ny"], ["2", "z"]]


def test_cells_are_stripped(tmp_path: Path) -> None:
    table = read_table(write(tmp_path, b'  a ; b\t\n 1 ;  " zwei "  \n'))
    assert table.headers == ["a", "b"]
    assert table.rows == [["1", "zwei"]]


# -- the table's shape --------------------------------------------------------------------------


def test_trailing_empty_lines_are_not_rows(tmp_path: Path) -> None:
    table = read_table(write(tmp_path, b"a;b\r\n1;2\r\n\r\n;\r\n\r\n   \r\n"))
    assert table.rows == [["1", "2"]]


def test_blank_rows_before_the_header_are_skipped(tmp_path: Path) -> None:
    table = read_table(write(tmp_path, b"\r\n;;\r\n\r\nZeit;Idee;Ort\r\n1;x;y\r\n"))
    assert table.headers == ["Zeit", "Idee", "Ort"]
    assert table.rows == [["1", "x", "y"]]


def test_blank_rows_in_between_stay_as_empty_rows(tmp_path: Path) -> None:
    table = read_table(write(tmp_path, b"a;b\n1;x\n\n;\n2;y\n"))
    assert table.rows == [["1", "x"], ["", ""], ["", ""], ["2", "y"]]


def test_ragged_rows_are_padded_and_longer_rows_widen_the_headers(tmp_path: Path) -> None:
    data = b"a;b;c\n1\n1;2;3;4;5\n1;2;3;;\n1;2\n"
    table = read_table(write(tmp_path, data))
    assert table.headers == ["a", "b", "c", "", ""]
    assert table.rows == [
        ["1", "", "", "", ""],
        ["1", "2", "3", "4", "5"],
        ["1", "2", "3", "", ""],
        ["1", "2", "", "", ""],
    ]


def test_trailing_separators_do_not_add_columns(tmp_path: Path) -> None:
    table = read_table(write(tmp_path, b"a;b;\n1;2;\n3;4;;\n"))
    assert table.headers == ["a", "b"]
    assert table.rows == [["1", "2"], ["3", "4"]]


def test_blank_header_cells_stay_blank(tmp_path: Path) -> None:
    table = read_table(write(tmp_path, b"a;;c\n1;2;3\n"))
    assert table.headers == ["a", "", "c"]
    assert table.rows == [["1", "2", "3"]]


def test_a_header_without_data_rows(tmp_path: Path) -> None:
    table = read_table(write(tmp_path, b"Zeit;Idee\n"))
    assert table.headers == ["Zeit", "Idee"]
    assert table.rows == []


# -- files that cannot be imported --------------------------------------------------------------


def problem_of(path: Path) -> SourceError:
    with pytest.raises(SourceError) as caught:
        read_table(path)
    assert caught.value.path == path
    message = str(caught.value)
    assert "\n" not in message
    assert path.name in message
    return caught.value


@pytest.mark.parametrize(
    "data",
    [b"", b"   \r\n\r\n\t\n", b";;;\r\n;\r\n", codecs.BOM_UTF8, codecs.BOM_UTF16_LE],
    ids=["zero-bytes", "whitespace", "only-delimiters", "utf-8-bom-only", "utf-16-bom-only"],
)
def test_files_without_content_are_empty(tmp_path: Path, data: bytes) -> None:
    assert problem_of(write(tmp_path, data)).problem is SourceProblem.EMPTY


def test_a_png_named_csv_is_binary(tmp_path: Path) -> None:
    png = (
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00"
        b"\x00\x1f\x15\xc4\x89\x00\x00\x00\rIDATx\x9cc\xf8\x0f\x00\x00\x01\x01\x00\x05\x18\xd8N"
        b"\x00\x00\x00\x00IEND\xaeB`\x82"
    )
    assert problem_of(write(tmp_path, png)).problem is SourceProblem.BINARY


@pytest.mark.parametrize(
    "data",
    [
        bytes(range(256)) * 8,  # NUL bytes, no known signature
        bytes(c for c in range(1, 32) if c not in b"\t\n\r\x0b\x0c") * 50 + b"a;b\n",  # controls
        b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\n",
    ],
    ids=["nul-bytes", "control-characters", "pdf"],
)
def test_other_binaries(tmp_path: Path, data: bytes) -> None:
    assert problem_of(write(tmp_path, data)).problem is SourceProblem.BINARY


def test_an_old_excel_file_is_named_as_such(tmp_path: Path) -> None:
    xls = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(504)
    error = problem_of(write(tmp_path, xls, "umfrage.csv"))
    assert error.problem is SourceProblem.OLD_EXCEL
    assert ".xls" in str(error)


def test_a_zip_that_is_not_a_workbook_is_a_damaged_xlsx(tmp_path: Path) -> None:
    path = tmp_path / "umfrage.xlsx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("readme.txt", "kein Arbeitsblatt")
    assert problem_of(path).problem is SourceProblem.DAMAGED_XLSX


def test_a_cut_off_zip_is_a_damaged_xlsx(tmp_path: Path) -> None:
    source = tmp_path / "full.zip"
    with zipfile.ZipFile(source, "w") as archive:
        archive.writestr("xl/workbook.xml", "<workbook/>" * 200)
    path = write(tmp_path, source.read_bytes()[:60], "umfrage.xlsx")
    assert problem_of(path).problem is SourceProblem.DAMAGED_XLSX


def test_a_missing_file(tmp_path: Path) -> None:
    assert problem_of(tmp_path / "weg.csv").problem is SourceProblem.NOT_FOUND


def test_a_folder(tmp_path: Path) -> None:
    folder = tmp_path / "export.csv"
    folder.mkdir()
    assert problem_of(folder).problem is SourceProblem.UNREADABLE


@pytest.mark.parametrize("error", [PermissionError(13, "Permission denied"), OSError(5, "I/O")])
def test_unreadable_files(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, error: OSError) -> None:
    # Simulated: the tests may run as root, who may read anything.
    path = write(tmp_path, b"a;b\n1;2\n")

    def refuse(self: Path) -> bytes:
        raise error

    monkeypatch.setattr(Path, "read_bytes", refuse)
    assert problem_of(path).problem is SourceProblem.UNREADABLE


# -- progress -----------------------------------------------------------------------------------


def test_progress_counts_lines_up_to_the_total(tmp_path: Path) -> None:
    rows = 3 * PROGRESS_EVERY + 17
    lines = ["Nr;Idee"] + [
        f'{n};"Idee\n{n}"' if n % 10 == 0 else f"{n};Idee {n}" for n in range(rows)
    ]
    path = write(tmp_path, ("\n".join(lines) + "\n").encode())
    physical = len(lines) + rows // 10 + (1 if rows % 10 else 0)
    calls: list[tuple[int, int]] = []
    table = read_table(path, progress=lambda done, total: calls.append((done, total)) or True)
    assert len(table.rows) == rows
    assert len(calls) == rows // PROGRESS_EVERY + 1
    assert all(total == physical for _, total in calls)
    assert [done for done, _ in calls] == sorted(done for done, _ in calls)
    assert calls[-1] == (physical, physical)


def test_progress_returning_false_cancels(tmp_path: Path) -> None:
    path = write(tmp_path, "".join(f"{n};Idee {n}\n" for n in range(5 * PROGRESS_EVERY)).encode())
    calls: list[int] = []

    def stop_at_second(done: int, total: int) -> bool:
        calls.append(done)
        return len(calls) < 2

    with pytest.raises(Cancelled):
        read_table(path, progress=stop_at_second)
    assert len(calls) == 2

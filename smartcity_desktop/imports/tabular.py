"""Read a survey export (CSV in any common encoding and delimiter, or XLSX) into a plain table.

The kind of file is told by its first bytes, never by its extension: people rename files, and a
".csv" from a survey tool is sometimes a workbook, sometimes UTF-16 text from Excel.
"""

from __future__ import annotations

import codecs
import csv
import io
import re
import warnings
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import date, datetime, time
from enum import StrEnum
from pathlib import Path

Progress = Callable[[int, int], bool]
"""Called with (done, total) now and then during `read_table`; returning False cancels."""

PROGRESS_EVERY = 2000  # rows between two calls of a `Progress` callback

_SAMPLE_CHARS = 64 * 1024  # text looked at to tell binary from text and to find the delimiter
_SNIFF_RECORDS = 100  # records looked at to find the delimiter
_DELIMITERS = ";\t,"  # the order breaks ties: ";" is the German Excel default
_XLSX_MAGIC = (b"PK\x03\x04", b"PK\x05\x06")  # a zip with entries, an empty zip
_OLE2_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # .xls, .doc, password-protected .xlsx
_OTHER_BINARY_MAGIC = (
    b"\x89PNG",
    b"\xff\xd8\xff",  # JPEG
    b"GIF8",
    b"%PDF-",
    b"\x1f\x8b",  # gzip
    b"7z\xbc\xaf",
    b"Rar!",
    b"\x7fELF",
    b"SQLite format 3\x00",  # e.g. a project file picked by mistake
)
# Control characters that have no business in a text file (tab, line breaks and form feed do).
_CONTROLS = "".join(chr(c) for c in (*range(32), *range(127, 160)) if chr(c) not in "\t\n\r\f\v")
_DROP_CONTROLS = str.maketrans("", "", _CONTROLS)
_SEP_HINT = re.compile(r"sep=(\t|[^\w\s\"'])[ \t]*(?:\n|$)", re.IGNORECASE)


class SourceProblem(StrEnum):
    """Why a source file could not be read; the UI translates by this value."""

    NOT_FOUND = "not_found"
    UNREADABLE = "unreadable"
    EMPTY = "empty"
    BINARY = "binary"
    OLD_EXCEL = "old_excel"
    DAMAGED_XLSX = "damaged_xlsx"
    NO_SUCH_COLUMN = "no_such_column"


_MESSAGES = {
    SourceProblem.NOT_FOUND: "{name} does not exist",
    SourceProblem.UNREADABLE: "{name} cannot be read",
    SourceProblem.EMPTY: "{name} holds no data",
    SourceProblem.BINARY: "{name} is not a text or spreadsheet file",
    SourceProblem.OLD_EXCEL: (
        "{name} is an old Excel workbook (.xls) or a password-protected one; "
        "save it as .xlsx or CSV and import that"
    ),
    SourceProblem.DAMAGED_XLSX: "{name} is a ZIP file but not a readable Excel workbook (.xlsx)",
    SourceProblem.NO_SUCH_COLUMN: "no such column",
}


class SourceError(Exception):
    """A source file that cannot be imported; `str()` is one plain English line."""

    def __init__(
        self,
        problem: SourceProblem,
        path: str | Path | None = None,
        detail: str = "",
        *,
        available: Iterable[str] = (),
    ) -> None:
        self.problem = problem
        self.path = Path(path) if path is not None else None
        self.detail = detail
        self.available = tuple(available)  # the headers, for NO_SUCH_COLUMN
        name = f'"{self.path}"' if self.path is not None else "the file"
        text = _MESSAGES[problem].format(name=name)
        super().__init__(f"{text}: {detail}" if detail else text)


class Cancelled(Exception):  # noqa: N818 - a request, not an error
    """The progress callback asked to stop."""


@dataclass(frozen=True)
class Table:
    """A rectangular table of stripped strings: the header row and the data rows below it."""

    headers: list[str]
    rows: list[list[str]]
    kind: str  # "csv" or "xlsx"
    encoding: str | None = None  # of a CSV: "utf-8-sig", "utf-8", "utf-16", "cp1252", ...
    delimiter: str | None = None  # of a CSV with more than one column


def read_table(path: str | Path, *, progress: Progress | None = None) -> Table:
    """Read a CSV or XLSX file into a `Table`; raise `SourceError` if it cannot be imported.

    `progress(done, total)` is called every `PROGRESS_EVERY` rows and at the end. For text the
    figures are physical lines of the file (a quoted field with line breaks spans several);
    for a workbook they are sheet rows, with `total` 0 when the workbook does not say how
    many. Returning False raises `Cancelled`.
    """
    path = Path(path)
    data = _read_bytes(path)
    if not data.strip():
        raise SourceError(SourceProblem.EMPTY, path)
    if data.startswith(_XLSX_MAGIC):
        return _read_xlsx(path, data, progress)
    if data.startswith(_OLE2_MAGIC):
        raise SourceError(SourceProblem.OLD_EXCEL, path)
    if data.startswith(_OTHER_BINARY_MAGIC):
        raise SourceError(SourceProblem.BINARY, path)
    text, encoding = _decode(path, data)
    del data
    return _read_text(path, text, encoding, progress)


def _read_bytes(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except FileNotFoundError as exc:
        raise SourceError(SourceProblem.NOT_FOUND, path) from exc
    except IsADirectoryError as exc:
        raise SourceError(SourceProblem.UNREADABLE, path, "it is a folder") from exc
    except PermissionError as exc:
        detail = "it is a folder" if path.is_dir() else "permission denied"  # Windows: a folder
        raise SourceError(SourceProblem.UNREADABLE, path, detail) from exc
    except OSError as exc:
        raise SourceError(SourceProblem.UNREADABLE, path, exc.strerror or str(exc)) from exc


def resolve_column(table: Table, spec: str) -> int:
    """The 0-based index of the column `spec` names: a header, or a 1-based column number.

    A header matches exactly first, then ignoring case and surrounding whitespace; a number
    counts only when no header matches. Raises SourceError(NO_SUCH_COLUMN) otherwise.
    """
    wanted = " ".join(spec.split()).casefold()
    if wanted:  # a blank spec names no column, not the first one without a header
        if spec in table.headers:
            return table.headers.index(spec)
        for index, header in enumerate(table.headers):
            if " ".join(header.split()).casefold() == wanted:
                return index
    number = spec.strip()
    if number.isascii() and number.isdigit() and 1 <= int(number) <= len(table.headers):
        return int(number) - 1
    shown = ", ".join(
        f"{n} {header!r}" if header else f"{n} (no header)"
        for n, header in enumerate(table.headers, start=1)
    )
    raise SourceError(
        SourceProblem.NO_SUCH_COLUMN,
        detail=f"{spec!r} is neither a header nor a column number; the columns are {shown}",
        available=table.headers,
    )


def guess_text_column(table: Table) -> int:
    """The index of the first column that holds free text, such as the answers to "Your idea?".

    Over the first `_GUESS_SAMPLE` rows, a column qualifies if at least a tenth of the rows fill
    it, most of its cells are wording (two or more words with letters, not a date, number,
    e-mail or web address), the cells average three words or more (which rules out names) and
    most of them differ (which rules out choices like age groups). The first qualifying column
    from the left wins; if none does, the one with the longest mean text that is not mostly
    dates, numbers or addresses, and failing that the longest of all.
    """
    width = len(table.headers)
    if width <= 1:
        return 0
    sample = table.rows[:_GUESS_SAMPLE]
    means: list[float] = []
    plain: list[bool] = []  # not mostly dates, numbers, e-mail or web addresses
    for index in range(width):
        cells = [row[index] for row in sample if row[index]]
        if not cells:
            means.append(0.0)
            plain.append(False)
            continue
        wording = sum(1 for cell in cells if _is_wording(cell))
        words = sum(len(cell.split()) for cell in cells) / len(cells)
        if (
            len(cells) >= max(1, len(sample) // 10)
            and wording >= 0.6 * len(cells)
            and words >= 3
            and len(set(cells)) >= 0.6 * len(cells)
        ):
            return index
        means.append(sum(len(cell) for cell in cells) / len(cells))
        plain.append(sum(1 for cell in cells if _is_data(cell)) < 0.5 * len(cells))
    candidates = [i for i in range(width) if plain[i]] or list(range(width))
    return max(candidates, key=lambda i: (means[i], -i))


_GUESS_SAMPLE = 500
_LETTERS = re.compile(r"[^\W\d_]{2}")  # two letters in a row, in any script
_DATA = re.compile(
    r"""[^@\s]+@[^@\s]+\.\w+"""  # an e-mail address
    r"""|(?:https?://|www\.)\S+"""  # a web address
    r"""|[+-]?[\d.,' ]+\s*(?:%|€|EUR)?"""  # a number, an amount
    r"""|\d{1,4}[./-]\d{1,2}[./-]\d{1,4}(?:[ T,]+\d{1,2}:\d{2}\S*)?(?:\s*Uhr)?"""  # date, time
    r"""|\d{1,2}:\d{2}(?::\d{2})?(?:\s*Uhr)?""",
    re.IGNORECASE,
)


def _is_data(cell: str) -> bool:
    return _DATA.fullmatch(cell) is not None


def _is_wording(cell: str) -> bool:
    """Two or more words with letters in them, and not data that happens to hold words."""
    words = cell.split()
    return (
        len(words) >= 2
        and sum(1 for word in words if _LETTERS.search(word)) >= 2
        and not _is_data(cell)
    )


# -- text -----------------------------------------------------------------------------------


def _decode(path: Path, data: bytes) -> tuple[str, str]:
    """The text of `data` and the name of its encoding, or SourceError(BINARY)."""
    encoding = _bom_encoding(data)
    if encoding is None and b"\x00" in data[:_SAMPLE_CHARS]:
        encoding = _bomless_utf16(data[:_SAMPLE_CHARS])
        if encoding is None:
            raise SourceError(SourceProblem.BINARY, path)
    if encoding is not None:
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            text = data.decode(encoding, errors="replace")
    else:
        text, encoding = _decode_8bit(data)
    sample = text[:_SAMPLE_CHARS]
    controls = len(sample) - len(sample.translate(_DROP_CONTROLS))
    if "\x00" in sample or controls > len(sample) // 10:
        raise SourceError(SourceProblem.BINARY, path)
    # Line breaks made uniform here, so cells hold "\n" whatever the file used.
    text = text.replace("\x00", "").replace("\r\n", "\n").replace("\r", "\n")
    return text, encoding


def _bom_encoding(data: bytes) -> str | None:
    if data.startswith(codecs.BOM_UTF8):
        return "utf-8-sig"
    if data.startswith((codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE)):
        return "utf-32"
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16"  # Excel's "Unicode text"; the codec reads the byte order from the BOM
    return None


def _bomless_utf16(sample: bytes) -> str | None:
    """UTF-16 without a byte order mark: NULs in every other byte, as ASCII text has there."""
    half = len(sample) // 2
    if half < 2:
        return None
    even_nuls = sample[0 : half * 2 : 2].count(0)
    odd_nuls = sample[1 : half * 2 : 2].count(0)
    if odd_nuls > 0.6 * half and even_nuls < 0.1 * half:
        return "utf-16-le"
    if even_nuls > 0.6 * half and odd_nuls < 0.1 * half:
        return "utf-16-be"
    return None


def _decode_8bit(data: bytes) -> tuple[str, str]:
    """Strict UTF-8, else Windows-1252, else Latin-1 (which decodes any byte)."""
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    # A UTF-8 file with a few broken bytes (cut off, or one pasted line in another encoding)
    # still reads best as UTF-8: its umlauts decode, where Windows-1252 would garble each one.
    lenient = data.decode("utf-8", errors="replace")
    broken = lenient.count("\ufffd")
    decoded = len(lenient) - len(lenient.encode("ascii", errors="ignore")) - broken
    if decoded > 4 * broken:  # non-ASCII characters that were valid UTF-8
        return lenient, "utf-8"
    try:
        return data.decode("cp1252"), "cp1252"
    except UnicodeDecodeError:
        return data.decode("latin-1"), "latin-1"


def _read_text(path: Path, text: str, encoding: str, progress: Progress | None) -> Table:
    total = text.count("\n") + (0 if text.endswith("\n") else 1)
    hint = _SEP_HINT.match(text)  # Excel's "sep=;" first line
    if hint:
        text = text[hint.end() :]
    delimiter = hint.group(1) if hint else _detect_delimiter(text)
    # A single column is read with a separator the text does not hold, so quoted fields with
    # line breaks still work and commas inside an answer do not split it.
    unused = (c for c in "\x1f\x1e\x1d\x1c\x01" if c not in text)
    separator = delimiter or next(unused, "\x1f")
    reader = csv.reader(io.StringIO(text), delimiter=separator, skipinitialspace=True)
    try:
        records = _stripped_rows(reader, lambda: reader.line_num, total, progress)
        table = _shape(records, kind="csv", encoding=encoding, delimiter=delimiter)
    except csv.Error as exc:  # a field beyond csv.field_size_limit(): a quote never closed
        raise SourceError(SourceProblem.UNREADABLE, path, f"not valid CSV ({exc})") from exc
    if table is None:
        raise SourceError(SourceProblem.EMPTY, path)
    return table


def _stripped_rows(
    rows: Iterable[Iterable[str]], done: Callable[[], int], total: int, progress: Progress | None
) -> Iterator[list[str]]:
    """Rows of stripped cells; calls `progress` every `PROGRESS_EVERY` rows and at the end."""
    for count, row in enumerate(rows, start=1):
        yield [cell.strip() for cell in row]
        if progress is not None and count % PROGRESS_EVERY == 0 and not progress(done(), total):
            raise Cancelled
    if progress is not None and not progress(max(done(), total), total):
        raise Cancelled


def _detect_delimiter(text: str) -> str | None:
    """`;`, tab or `,`: the one that splits the first records most consistently, or None.

    Each candidate parses a sample with the csv module (so quoted sections are ignored); it
    counts if it splits the header into several columns, or at least 80% of the records into
    the same number of columns (more than one). The highest share of records with the most
    common column count wins; csv.Sniffer breaks ties, then the wider split, then `;` `\t` `,`.
    """
    sample = text[:_SAMPLE_CHARS]
    complete = len(sample) == len(text)
    scores: dict[str, tuple[float, int]] = {}
    for candidate in _DELIMITERS:
        if candidate not in sample:
            continue
        reader = csv.reader(io.StringIO(sample), delimiter=candidate, skipinitialspace=True)
        records = [row for row in _first(reader, _SNIFF_RECORDS + 1) if any(c.strip() for c in row)]
        if not complete and len(records) > 1:
            records.pop()  # may be cut in the middle
        if not records:  # nothing but delimiters and blanks: this one makes the file empty
            return candidate
        widths = [len(row) for row in records]
        mode = max(set(widths), key=lambda w: (widths.count(w), w))
        share = widths.count(mode) / len(widths)
        if mode > 1 and (widths[0] > 1 or share >= 0.8):
            scores[candidate] = (share, mode)
    if not scores:
        return None
    best = max(scores.values())[0]
    tied = [c for c in _DELIMITERS if c in scores and scores[c][0] == best]
    if len(tied) > 1:
        sniffed = _sniff(sample, "".join(tied))
        if sniffed is not None:
            return sniffed
    return max(tied, key=lambda c: scores[c][1])  # max() keeps the first of equals


def _first(rows: Iterator[list[str]], limit: int) -> Iterator[list[str]]:
    for n, row in enumerate(rows):
        if n >= limit:
            return
        yield row


def _sniff(sample: str, candidates: str) -> str | None:
    lines = sample.split("\n", 30)[:30]
    try:
        return csv.Sniffer().sniff("\n".join(lines), delimiters=candidates).delimiter
    except csv.Error:
        return None


# -- the table's shape ------------------------------------------------------------------------


def _shape(
    records: Iterable[list[str]], *, kind: str, encoding: str | None, delimiter: str | None
) -> Table | None:
    """The first row with content as headers, the rest as rows, all of one width; None if empty.

    Blank rows before the header and after the last row with content are dropped; blank rows in
    between stay (an empty answer is still an answer). Trailing columns that are blank in every
    row and the header are dropped; cells beyond the header are kept under a "" header.
    """
    headers: list[str] | None = None
    rows: list[list[str]] = []
    filled = 0  # rows up to the last one with content
    for row in records:
        if headers is None:
            if any(row):
                headers = row
            continue
        rows.append(row)
        if any(row):
            filled = len(rows)
    if headers is None:
        return None
    del rows[filled:]
    width = _last_filled(headers, 0)
    for row in rows:
        if len(row) > width:
            width = _last_filled(row, width)
    headers = _fit(headers, width)
    for n, row in enumerate(rows):
        if len(row) != width:
            rows[n] = _fit(row, width)
    return Table(headers, rows, kind, encoding, delimiter)


def _last_filled(row: list[str], floor: int) -> int:
    """The width up to the last non-empty cell of `row`, but at least `floor`."""
    for n in range(len(row), floor, -1):
        if row[n - 1]:
            return n
    return floor


def _fit(row: list[str], width: int) -> list[str]:
    return row[:width] if len(row) >= width else row + [""] * (width - len(row))


# -- xlsx -----------------------------------------------------------------------------------


def _read_xlsx(path: Path, data: bytes, progress: Progress | None) -> Table:
    import openpyxl  # here, not at the top: slow to import, and most imports are CSV

    try:
        with warnings.catch_warnings():
            # "Workbook contains no default style", unsupported extensions: nothing to act on.
            warnings.simplefilter("ignore")
            # From memory: the bytes are read already, and openpyxl refuses a path whose
            # extension is not .xlsx, while we go by content.
            workbook = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except Exception as exc:  # zipfile's, XML parsers' and openpyxl's own errors alike
        raise SourceError(SourceProblem.DAMAGED_XLSX, path, _reason(exc)) from exc
    try:
        sheet = workbook.active
        if not hasattr(sheet, "iter_rows"):  # a chart sheet is active
            sheet = next(iter(workbook.worksheets), None)
        if sheet is None:
            raise SourceError(SourceProblem.EMPTY, path)
        total = sheet.max_row or 0
        # The stored dimensions are sometimes wrong (too small from some generators, a million
        # rows from formatting): read what the sheet holds instead.
        sheet.reset_dimensions()
        done = 0

        def texts() -> Iterator[list[str]]:
            nonlocal done
            for values in sheet.iter_rows(values_only=True):
                done += 1
                yield [_cell_text(value) for value in values]

        records = _stripped_rows(texts(), lambda: done, total, progress)
        table = _shape(records, kind="xlsx", encoding=None, delimiter=None)
    except (SourceError, Cancelled):
        raise
    except Exception as exc:
        raise SourceError(SourceProblem.DAMAGED_XLSX, path, _reason(exc)) from exc
    finally:
        workbook.close()
    if table is None:
        raise SourceError(SourceProblem.EMPTY, path)
    return table


def _cell_text(value: object) -> str:
    """A cell's value as the text a person reads: 12 not 12.0, dates as ISO 8601."""
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, datetime):
        if value.time() == time(0, 0):
            return value.date().isoformat()
        return value.isoformat(sep=" ", timespec="seconds")
    if isinstance(value, date | time):
        return value.isoformat()
    return str(value)


def _reason(exc: Exception) -> str:
    return f"{type(exc).__name__}: {exc}" if str(exc) else type(exc).__name__

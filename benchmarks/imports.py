"""The cost of reading a large survey export into card drafts, without the database.

Writes a semicolon CSV in Windows-1252 (as German Excel saves one) with 100,000 answers, some
of them quoted with line breaks, semicolons and doubled quotes, every 50th a repeat, every
200th blank; then times `read_table` ("parse") and `guess_text_column` + `cards_from_table`
("drafts") with ``time.perf_counter()``. The file goes where ``tempfile`` puts it (``TMPDIR``).
"""

from __future__ import annotations

import csv
import sys
import tempfile
import time
from pathlib import Path

from benchmarks import Figure, report

ROWS = 100_000
GOAL_PARSE = "< 3 s"
_GROUPS = ("unter 18 Jahre", "18 bis 29 Jahre", "30 bis 44 Jahre", "45 bis 64 Jahre", "65+")
_DISTRICTS = ("Altstadt", "Lindenhain-Nord", "Lindenhain-Süd", "Am Mühlbach", "Schlossviertel")
_IDEAS = (
    "Freies WLAN am Marktplatz und in der Stadtbibliothek, Nummer {n}",
    "Termine im Bürgerbüro online buchen können ({n}), ohne „Warteschleife“",
    'Sensoren an der Wipper; sie warnen bei Hochwasser.\nPush-Nachricht "aufs Handy" – {n}',
    "Die Straßenlaternen nachts dimmen, das spart {n} € im Jahr",
    "Eine App für Parkplätze und Ladesäulen,\r\nmit Anzeige der freien Plätze ({n})",
)


def write_export(path: Path, rows: int = ROWS) -> None:
    """A survey export of `rows` answers: timestamp; group; district; idea; e-mail."""
    with path.open("w", encoding="cp1252", newline="") as fh:
        writer = csv.writer(fh, delimiter=";", lineterminator="\r\n")
        writer.writerow(
            ["Zeitstempel", "Altersgruppe", "Stadtteil", "Ihre Idee für die Stadt", "E-Mail"]
        )
        for n in range(rows):
            idea = "" if n % 200 == 7 else _IDEAS[n % len(_IDEAS)].format(n=n)
            if n % 50 == 49:
                idea = _IDEAS[0].format(n=0)  # a repeat of an earlier answer
            minute, second = divmod(n % 3600, 60)
            writer.writerow(
                [
                    f"0{1 + n % 9}.03.2025 {8 + n % 10:02d}:{minute:02d}:{second:02d}",
                    _GROUPS[n % len(_GROUPS)],
                    _DISTRICTS[n % len(_DISTRICTS)],
                    idea,
                    f"person{n}@example.org" if n % 7 == 0 else "",
                ]
            )


def bench_import_parse(rows: int = ROWS) -> dict[str, float | int]:
    """Write an export of `rows` answers and time parsing it and turning it into drafts."""
    from smartcity_desktop.imports.cards import cards_from_table
    from smartcity_desktop.imports.tabular import guess_text_column, read_table

    with tempfile.TemporaryDirectory(prefix="scw-bench-imports-") as tmp:
        path = Path(tmp) / "umfrage.csv"
        write_export(path, rows)
        size = path.stat().st_size
        started = time.perf_counter()
        table = read_table(path)
        parsed = time.perf_counter()
        result = cards_from_table(table, guess_text_column(table), tag_columns=(1, 2))
        drafted = time.perf_counter()
    if len(table.rows) != rows:
        raise RuntimeError(f"read {len(table.rows)} rows of {rows}")
    return {
        "rows": len(table.rows),
        "bytes": size,
        "parse_s": parsed - started,
        "drafts_s": drafted - parsed,
        "cards": len(result.drafts),
        "empty": result.empty,
        "duplicates": result.duplicates,
    }


def run(rows: int = ROWS) -> list[Figure]:
    figures = bench_import_parse(rows)
    scenario = f"imports ({figures['rows']:,} rows CSV)"
    return [
        Figure(scenario, "file size", figures["bytes"] / 1e6, "MB"),
        Figure(scenario, "parse (read_table)", figures["parse_s"], "s", GOAL_PARSE),
        Figure(scenario, "drafts (guess column + cards)", figures["drafts_s"], "s"),
        Figure(scenario, "cards / empty / duplicates", _counts(figures)),
    ]


def _counts(figures: dict[str, float | int]) -> str:
    return f"{figures['cards']:,} / {figures['empty']:,} / {figures['duplicates']:,}"


def main() -> int:
    return report(run(), as_json="--json" in sys.argv[1:])


if __name__ == "__main__":
    sys.exit(main())

"""`imports.tabular.resolve_column` and `guess_text_column`."""

from __future__ import annotations

import pytest

from smartcity_desktop.imports.tabular import (
    SourceError,
    SourceProblem,
    Table,
    guess_text_column,
    resolve_column,
)


def table(headers: list[str], rows: list[list[str]] | None = None) -> Table:
    return Table(headers, rows or [], "csv", "utf-8", ";")


# -- resolve_column -----------------------------------------------------------------------------

SURVEY = table(["Zeitstempel", "Stadtteil", "Ihre Idee", "", "2"])


@pytest.mark.parametrize(
    ("spec", "index"),
    [
        ("Ihre Idee", 2),  # exact
        ("ihre idee", 2),  # any case
        ("  IHRE   Idee ", 2),  # surrounding and inner whitespace
        ("Stadtteil", 1),
        ("1", 0),  # 1-based numbers
        ("4", 3),  # the column without a header
        (" 3 ", 2),
        ("2", 4),  # a header that looks like a number wins over the number
    ],
)
def test_resolve_column(spec: str, index: int) -> None:
    assert resolve_column(SURVEY, spec) == index


def test_an_exact_match_wins_over_a_case_insensitive_one() -> None:
    assert resolve_column(table(["idee", "Idee"]), "Idee") == 1
    assert resolve_column(table(["idee", "Idee"]), "IDEE") == 0


@pytest.mark.parametrize("spec", ["Idee", "0", "6", "-1", "1.0", "", "²"])
def test_unknown_columns_name_the_available_headers(spec: str) -> None:
    with pytest.raises(SourceError) as caught:
        resolve_column(SURVEY, spec)
    error = caught.value
    assert error.problem is SourceProblem.NO_SUCH_COLUMN
    assert error.available == tuple(SURVEY.headers)
    message = str(error)
    assert "\n" not in message
    assert repr(spec) in message
    assert "'Zeitstempel'" in message
    assert "'Ihre Idee'" in message


# -- guess_text_column --------------------------------------------------------------------------

_GROUPS = ["Bürgerinnen und Bürger", "Verwaltung", "Wirtschaft und Handel", "Schule und Jugend"]
_DISTRICTS = ["Altstadt", "Am Mühlbach", "Lindenhain Nord", "Schlossviertel", "Gewerbegebiet West"]
_IDEAS = [
    "Termine im Bürgerbüro online buchen",
    "Freies WLAN am Marktplatz und in der Bibliothek",
    "Eine App, die freie Parkplätze anzeigt",
    "Sensoren an der Wipper warnen vor Hochwasser",
    "Echtzeit-Anzeige an jeder Bushaltestelle",
    "Straßenlaternen nachts dimmen, wenn niemand unterwegs ist",
    "Mängelmelder: Schlagloch fotografieren und melden",
    "Kita-Platz online anmelden",
]


def survey_rows(count: int) -> list[list[str]]:
    """Timestamp; respondent group; district; free text (some blank); e-mail (mostly blank)."""
    return [
        [
            f"{1 + n % 28:02d}.03.2025 {8 + n % 10:02d}:{n % 60:02d}:07",
            _GROUPS[n % len(_GROUPS)],
            _DISTRICTS[n % len(_DISTRICTS)],
            "" if n % 6 == 5 else f"{_IDEAS[n % len(_IDEAS)]} (Nr. {n})",
            f"person{n}@example.org" if n % 3 == 0 else "",
        ]
        for n in range(count)
    ]


HEADERS = ["Zeitstempel", "Gruppe", "Stadtteil", "Ihre Idee für die digitale Stadt", "E-Mail"]


@pytest.mark.parametrize("count", [3, 25, 600])
def test_the_free_text_of_a_survey_export(count: int) -> None:
    assert guess_text_column(table(HEADERS, survey_rows(count))) == 3


def test_a_name_column_before_the_ideas_is_passed_over() -> None:
    rows = [[f"Anna Beispiel{n}", idea] for n, idea in enumerate(_IDEAS)]
    assert guess_text_column(table(["Name", "Idee"], rows)) == 1


def test_a_sparse_free_text_column_still_counts() -> None:
    rows = [[g, ""] for g in _GROUPS * 5]
    rows[3][1] = "Mehr Bänke und Bäume in der Altstadt"
    rows[11][1] = "Freies WLAN im ganzen Rathaus"
    rows[17][1] = "Eine App für den Müllkalender"
    assert guess_text_column(table(["Gruppe", "Anmerkung"], rows)) == 1


def test_without_free_text_the_longest_plain_column_wins() -> None:
    rows = [
        ["2025-03-03 08:00:00", "WLAN", "ein.sehr.langer.name@example.org", "12"],
        ["2025-03-03 08:05:00", "Parkplätze", "noch.jemand@example.org", "7"],
        ["2025-03-03 08:09:00", "Laternen", "dritte.person@example.org", "3"],
    ]
    assert guess_text_column(table(["Zeit", "Stichwort", "E-Mail", "Zahl"], rows)) == 1


def test_a_single_column() -> None:
    assert guess_text_column(table(["Idee"], [["x"]])) == 0


def test_no_rows_at_all() -> None:
    assert guess_text_column(table(["Zeit", "Idee"])) == 0

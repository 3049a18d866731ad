"""`imports.cards`: rows to card drafts, blank answers and duplicates counted, not drafted."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from smartcity_desktop.imports.cards import (
    MAX_CARD_CHARS,
    CardDraft,
    card_text,
    cards_from_table,
)
from smartcity_desktop.imports.tabular import Table, guess_text_column, read_table

SAMPLE = Path(__file__).resolve().parents[2] / "data" / "samples"
SAMPLE_CSV = SAMPLE / "umfrage-export-semikolon-cp1252.csv"


def table(headers: list[str], rows: list[list[str]]) -> Table:
    return Table(headers, rows, "csv", "utf-8", ";")


# -- card text ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("cell", "text"),
    [
        ("Freies WLAN", "Freies WLAN"),
        ("  Freies \t WLAN\u00a0 am  Markt ", "Freies WLAN am Markt"),
        ("Erste Zeile  \n   zweite   Zeile", "Erste Zeile\nzweite Zeile"),
        ("Absatz eins\n\n\n\n  \nAbsatz zwei", "Absatz eins\n\nAbsatz zwei"),
        ("Windows\r\nZeilen\r\rund Mac", "Windows\nZeilen\n\nund Mac"),
        ("\n\n  Rand  \n\n", "Rand"),
        ("   \n \t ", ""),
    ],
)
def test_card_text_folds_spaces_and_keeps_line_breaks(cell: str, text: str) -> None:
    assert card_text(cell) == text


def test_long_text_is_cut_at_a_word_boundary() -> None:
    words = [f"Wort{n}" for n in range(1000)]  # far beyond the limit
    text = card_text(" ".join(words))
    assert len(text) <= MAX_CARD_CHARS
    assert text.endswith("…")
    kept = text.removesuffix("…").split(" ")
    assert kept == words[: len(kept)]  # whole words only
    assert len(" ".join(words[: len(kept) + 1])) > MAX_CARD_CHARS - 1  # and as many as fit


def test_a_word_ending_right_at_the_limit_is_kept() -> None:
    first = "a" * (MAX_CARD_CHARS - 1)
    assert card_text(first + " b c") == first + "…"


def test_one_giant_word_is_cut_hard() -> None:
    text = card_text("x" * (MAX_CARD_CHARS * 2))
    assert text == "x" * (MAX_CARD_CHARS - 1) + "…"


def test_text_at_the_limit_stays_whole() -> None:
    text = "ab " * (MAX_CARD_CHARS // 3) + "c" * (MAX_CARD_CHARS % 3)
    assert len(text) == MAX_CARD_CHARS
    assert card_text(text) == text.strip()


# -- drafts -------------------------------------------------------------------------------------


def test_drafts_carry_text_and_non_empty_tags() -> None:
    source = table(
        ["Zeit", "", "Idee", "Stadtteil"],
        [
            ["08:00", "Jugend", "Freies  WLAN", "Altstadt"],
            ["08:05", "", "Mehr Bänke", "Am\nMühlbach"],
        ],
    )
    result = cards_from_table(source, 2, tag_columns=(1, 3))
    assert result.drafts == [
        CardDraft("Freies WLAN", {"Column 2": "Jugend", "Stadtteil": "Altstadt"}),
        CardDraft("Mehr Bänke", {"Stadtteil": "Am Mühlbach"}),
    ]
    assert (result.rows, result.empty, result.duplicates) == (2, 0, 0)


def test_tag_columns_with_the_same_header_keep_both_values() -> None:
    source = table(["Idee", "Sonstiges", "Sonstiges"], [["WLAN", "a", "b"]])
    result = cards_from_table(source, 0, tag_columns=(1, 2))
    assert result.drafts[0].tags == {"Sonstiges": "a", "Sonstiges (Column 3)": "b"}


def test_blank_answers_are_counted_not_drafted() -> None:
    source = table(["Idee"], [["WLAN"], [""], ["   "], ["Bänke"], [""]])
    result = cards_from_table(source, 0)
    assert [d.text for d in result.drafts] == ["WLAN", "Bänke"]
    assert (result.rows, result.empty, result.duplicates) == (5, 3, 0)


def test_duplicates_within_the_file_and_against_existing_cards() -> None:
    source = table(
        ["Idee"],
        [
            ["Freies WLAN am Markt"],
            ["Termine online buchen"],
            ["freies wlan am markt!"],  # an earlier row, written otherwise
            ["Mehr Bänke im Park"],  # an existing card
            ["MEHR BAENKE IM PARK"],  # that card again
            ["Kita online anmelden"],
            ["Termine  online buchen."],
        ],
    )
    existing = ["Mehr Bänke im Park", "Etwas ganz anderes", ""]
    result = cards_from_table(source, 0, existing_texts=existing)
    assert [d.text for d in result.drafts] == [
        "Freies WLAN am Markt",
        "Termine online buchen",
        "Kita online anmelden",
    ]
    assert (result.rows, result.empty, result.duplicates) == (7, 0, 4)


def test_texts_of_punctuation_only_are_never_duplicates() -> None:
    result = cards_from_table(table(["Idee"], [["?"], ["?"], ["–"]]), 0)
    assert [d.text for d in result.drafts] == ["?", "?", "–"]
    assert result.duplicates == 0


@pytest.mark.parametrize(("text_column", "tags"), [(2, ()), (-1, ()), (0, (5,))])
def test_columns_out_of_range_are_refused(text_column: int, tags: tuple[int, ...]) -> None:
    with pytest.raises(ValueError, match="column"):
        cards_from_table(table(["a", "b"], [["1", "2"]]), text_column, tags)


# -- whole files --------------------------------------------------------------------------------


def test_the_sample_export(tmp_path: Path) -> None:
    with SAMPLE_CSV.open(encoding="cp1252", newline="") as fh:
        expected = list(csv.reader(fh, delimiter=";"))
    table_ = read_table(SAMPLE_CSV)
    assert (table_.encoding, table_.delimiter) == ("cp1252", ";")
    assert table_.headers == expected[0]
    assert len(table_.rows) == len(expected) - 1
    column = guess_text_column(table_)
    assert table_.headers[column] == "Ihre Idee für die digitale Stadt"
    result = cards_from_table(table_, column, tag_columns=(1, 2))
    answers = [row[column] for row in expected[1:]]
    assert result.empty == answers.count("")
    assert result.empty >= 1
    assert result.duplicates == 2  # the README's two near-duplicates (WLAN, Bürgerbüro)
    assert len(result.drafts) + result.empty + result.duplicates == len(answers)
    assert any("\n" in draft.text for draft in result.drafts)


def test_a_hundred_thousand_rows(tmp_path: Path) -> None:
    rows, distinct = 100_000, 80_000
    path = tmp_path / "gross.csv"
    with path.open("w", encoding="cp1252", newline="") as fh:
        writer = csv.writer(fh, delimiter=";", lineterminator="\r\n")
        writer.writerow(["Zeitstempel", "Gruppe", "Idee"])
        for n in range(rows):
            idea = n % distinct
            text = f"Idee Nr. {idea}: mehr Grün" if idea % 2 else f"Idee Nr. {idea};\n„mehr“ Grün"
            writer.writerow([f"03.03.2025 {n % 24:02d}:00", "Bürger", "" if n == 5 else text])
    table_ = read_table(path)
    assert len(table_.rows) == rows
    assert table_.rows[-1][2] == f"Idee Nr. {(rows - 1) % distinct}: mehr Grün"
    result = cards_from_table(table_, guess_text_column(table_))
    assert result.rows == rows
    assert result.empty == 1
    # Every row from `distinct` on repeats an earlier one; row 5, whose twin is 80,005, is blank.
    assert result.duplicates == rows - distinct - 1
    assert len(result.drafts) == distinct

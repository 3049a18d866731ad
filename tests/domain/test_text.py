"""`domain.text`: the key for near-identical card texts, and grouping by it."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from smartcity_desktop.domain.text import duplicate_groups, normalise_text

# Words of German card texts, plus the punctuation and spacing people vary between copies.
_GERMAN_LETTERS = "abcdefghijklmnopqrstuvwxyzäöüß"
_german_words = st.lists(st.text(_GERMAN_LETTERS, min_size=1, max_size=8), min_size=1, max_size=6)
_separators = st.sampled_from([" ", "  ", ", ", " – ", "! ", "\n", "\t", " „", "“ ", "... "])


# -- normalise_text -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("Bürgerbüro", "BÜRGERBÜRO"),
        ("Bürgerbüro", "Buergerbuero"),  # umlauts written out
        ("Öffnungszeiten", "Oeffnungszeiten"),
        ("Ärger", "aerger"),
        ("Straße", "STRASSE"),  # ß casefolds to ss
        ("Straße", "Strasse"),
        ("Café", "Cafe"),  # other diacritics are stripped
        ("Café", "Cafe\u0301"),  # combining acute accent
        ("Freies WLAN!", "freies wlan"),
        ("„Smart City“ – jetzt!", '"Smart City" - jetzt'),
        ("Bürger-Büro", "Bürgerbüro"),  # punctuation is dropped, not turned into a space
        ("Mehr   Bänke\n im\tPark ", "mehr bänke im park"),
        ("ﬁnanzielle Förderung", "finanzielle Förderung"),  # NFKC: the ligature
        ("Smart\u00adCity", "SmartCity"),  # soft hyphen
        ("Grün ♥ 🙂", "grün"),  # symbols
        ("Ｓｍａｒｔ", "smart"),  # full-width letters
    ],
)
def test_near_identical_texts_share_a_key(one: str, other: str) -> None:
    assert normalise_text(one) == normalise_text(other)
    assert normalise_text(one)  # and the key is not empty


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("Mehr Bänke", "Mehr Bäume"),
        ("WLAN am Markt", "WLAN am Marktplatz"),
        ("Ampel 12", "Ampel 13"),  # digits are kept
        ("Bürger", "Burger"),  # ü is ue, not u
        ("Mehr Bänke", "MehrBänke"),  # a space between words is kept
    ],
)
def test_different_texts_have_different_keys(one: str, other: str) -> None:
    assert normalise_text(one) != normalise_text(other)


def test_key_examples() -> None:
    assert normalise_text("  Freies WLAN – überall!  ") == "freies wlan ueberall"
    assert normalise_text("Straßen-Beleuchtung (LED)") == "strassenbeleuchtung led"
    assert normalise_text("?!…") == ""
    assert normalise_text("") == ""
    assert normalise_text("Привет, мир") == "привет мир"  # other scripts keep their letters


@given(st.text())
def test_key_is_idempotent(text: str) -> None:
    key = normalise_text(text)
    assert normalise_text(key) == key


@given(st.text())
def test_key_has_single_spaces_and_no_punctuation(text: str) -> None:
    key = normalise_text(text)
    assert key == key.strip()
    assert "  " not in key
    assert all(c == " " or c.isalnum() for c in key)


@given(_german_words, st.data())
def test_key_ignores_case_punctuation_and_spacing_of_german_texts(
    words: list[str], data: st.DataObject
) -> None:
    plain = " ".join(words)
    varied = "".join(word + data.draw(_separators) for word in words)
    assert normalise_text(varied.upper()) == normalise_text(plain)


# -- duplicate_groups ---------------------------------------------------------------------------


def test_groups_hold_ids_in_input_order_and_are_sorted_by_first_id() -> None:
    items = [
        (1, "Freies WLAN am Markt"),
        (2, "Mehr Bänke"),
        (3, "freies WLAN am Markt!"),
        (4, "Kita-Anmeldung online"),
        (5, "MEHR BAENKE"),
        (6, "Freies Wlan am Markt"),
        (7, "Einzelidee"),
    ]
    assert duplicate_groups(items) == [[1, 3, 6], [2, 5]]


def test_groups_are_sorted_by_first_id_when_ids_come_unsorted() -> None:
    items = [(9, "b"), (2, "a"), (5, "B"), (3, "A")]
    assert duplicate_groups(items) == [[2, 3], [9, 5]]


def test_empty_keys_never_form_a_group() -> None:
    assert duplicate_groups([(1, ""), (2, "   "), (3, "!!!"), (4, "–")]) == []


def test_no_duplicates_no_groups() -> None:
    assert duplicate_groups((n, f"Idee {n}") for n in range(100)) == []


def test_a_hundred_thousand_items() -> None:
    # 100,000 cards, 20,000 distinct ideas each written five ways.
    variants = ("Idee {} für mehr Grün", "IDEE {} FÜR MEHR GRÜN", "idee {} fuer mehr gruen!")
    variants += ("Idee {}: für mehr Grün", "Idee {} für  mehr Grün.")
    items = [(n, variants[n % 5].format(n // 5)) for n in range(100_000)]
    groups = duplicate_groups(items)
    assert len(groups) == 20_000
    assert all(len(group) == 5 for group in groups)
    assert groups[0] == [0, 1, 2, 3, 4]
    assert groups[-1] == [99_995, 99_996, 99_997, 99_998, 99_999]

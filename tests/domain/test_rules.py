"""The small validation rules in `domain.rules`: examples plus hypothesis properties."""

from __future__ import annotations

import re
from datetime import date, datetime

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from smartcity_desktop.domain.rules import (
    clean_due_date,
    clean_title,
    is_valid_iso_date,
    is_valid_time,
    suggest_copy_name,
)

# Characters that make date and time strings interesting: digits (ASCII and not), separators,
# the ISO week marker, whitespace and line breaks.
_DATE_TIME_ALPHABET = "0123456789-:WT +\n\t٢２"


# -- clean_title ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "cleaned"),
    [
        ("Werkstatt Mobilität", "Werkstatt Mobilität"),
        ("  Werkstatt   Mobilität  ", "Werkstatt Mobilität"),
        ("Werkstatt\tMobilität\n", "Werkstatt Mobilität"),
        ("Werkstatt\r\n\r\nMobilität", "Werkstatt Mobilität"),
        ("Werkstatt\u00a0\u2003Mobilität", "Werkstatt Mobilität"),  # no-break and em space
        ("", ""),
        ("   \n\t ", ""),
        ("Straße „Zukunft“ – 2030", "Straße „Zukunft“ – 2030"),
    ],
)
def test_clean_title_examples(raw: str, cleaned: str) -> None:
    assert clean_title(raw) == cleaned


@given(st.text())
def test_clean_title_is_idempotent(text: str) -> None:
    once = clean_title(text)
    assert clean_title(once) == once


@given(st.text())
def test_clean_title_has_no_runs_of_spaces_and_no_other_whitespace(text: str) -> None:
    result = clean_title(text)
    assert "  " not in result
    assert result == result.strip()
    assert all(c == " " or not c.isspace() for c in result)


@given(st.text())
def test_clean_title_keeps_every_visible_character_in_order(text: str) -> None:
    visible = [c for c in text if not c.isspace()]
    assert [c for c in clean_title(text) if c != " "] == visible


# -- is_valid_iso_date ---------------------------------------------------------------------


def _date_oracle(text: str) -> bool:
    """What the field means: empty, or exactly YYYY-MM-DD (ASCII digits) naming a real day."""
    if text == "":
        return True
    try:
        parsed = datetime.strptime(text, "%Y-%m-%d").date()
    except ValueError:
        return False
    return parsed.isoformat() == text


@pytest.mark.parametrize(
    "text", ["", "2026-11-26", "2024-02-29", "2026-01-01", "2026-12-31", "0999-01-01"]
)
def test_valid_dates(text: str) -> None:
    assert is_valid_iso_date(text)


@pytest.mark.parametrize(
    "text",
    [
        "2026-02-29",  # not a leap year
        "2026-13-01",
        "2026-11-31",
        "2026-00-10",
        "26.11.2026",  # German notation is for display, not for the file
        "2026-11-2",
        "20261126",  # ISO basic format: valid ISO 8601, but not how the file stores dates
        "2026-11-26 ",
        " 2026-11-26",
        "2026-11-26\n",
        "2026-11-26T10:00",
        "2026-W48-4",  # ISO week date: the same length as YYYY-MM-DD
        "2026-W48",
        "2026-330",  # ISO ordinal date
        "２０２６-１１-２６",  # full-width digits
        "2026-11-2٦",  # an Arabic-Indic digit
        "heute",
    ],
)
def test_invalid_dates(text: str) -> None:
    assert not is_valid_iso_date(text)


@given(st.dates())
def test_every_real_date_in_iso_form_is_valid(day: date) -> None:
    assert is_valid_iso_date(day.isoformat())


@given(st.text(alphabet=_DATE_TIME_ALPHABET, max_size=12))
@example("2026-W48-4")
@example("2026-11-26\n")
def test_is_valid_iso_date_accepts_exactly_yyyy_mm_dd(text: str) -> None:
    assert is_valid_iso_date(text) == _date_oracle(text)


# -- is_valid_time -------------------------------------------------------------------------


def _time_oracle(text: str) -> bool:
    """Empty, or exactly HH:MM in 24-hour form with ASCII digits."""
    if text == "":
        return True
    try:
        parsed = datetime.strptime(text, "%H:%M")
    except ValueError:
        return False
    return parsed.strftime("%H:%M") == text


@pytest.mark.parametrize("text", ["", "00:00", "09:30", "13:05", "19:59", "23:59"])
def test_valid_times(text: str) -> None:
    assert is_valid_time(text)


@pytest.mark.parametrize(
    "text",
    [
        "24:00",
        "23:60",
        "9:30",  # the file keeps two digits
        "09:3",
        "0930",
        "09.30",
        "09:30:00",
        " 09:30",
        "09:30 ",
        "09:30\n",  # `$` in a regex also matches before a final line break
        "1٢:30",  # `\d` also matches non-ASCII digits
        "١٢:٣٠",
        "mittags",
    ],
)
def test_invalid_times(text: str) -> None:
    assert not is_valid_time(text)


@given(st.integers(0, 23), st.integers(0, 59))
def test_every_clock_time_is_valid(hour: int, minute: int) -> None:
    assert is_valid_time(f"{hour:02d}:{minute:02d}")


@given(st.text(alphabet=_DATE_TIME_ALPHABET, max_size=7))
@example("12:30\n")
@example("1٢:30")
def test_is_valid_time_accepts_exactly_hh_mm(text: str) -> None:
    assert is_valid_time(text) == _time_oracle(text)


# -- suggest_copy_name ---------------------------------------------------------------------


def test_suggest_copy_name_examples() -> None:
    assert suggest_copy_name(set(), "Ideen") == "Ideen"
    assert suggest_copy_name({"Ideen"}, "Ideen") == "Ideen (2)"
    assert suggest_copy_name({"Ideen", "Ideen (2)"}, "Ideen") == "Ideen (3)"
    assert suggest_copy_name({"Ideen", "Ideen (3)"}, "Ideen") == "Ideen (2)"
    assert suggest_copy_name({"Ideen (2)"}, "Ideen") == "Ideen"


@given(st.sets(st.text(max_size=12), max_size=20), st.text(max_size=12))
def test_suggest_copy_name_never_returns_an_existing_name(existing: set[str], base: str) -> None:
    assert suggest_copy_name(existing, base) not in existing


@given(st.text(min_size=1, max_size=12), st.integers(0, 30), st.sets(st.integers(2, 40)))
def test_suggest_copy_name_takes_the_lowest_free_number(
    base: str, taken_run: int, others: set[int]
) -> None:
    existing = {base} | {f"{base} ({n})" for n in range(2, 2 + taken_run)}
    existing |= {f"{base} ({n})" for n in others}
    result = suggest_copy_name(existing, base)
    match = re.fullmatch(re.escape(base) + r" \((\d+)\)", result)
    assert match is not None
    number = int(match.group(1))
    assert f"{base} ({number})" not in existing
    assert all(f"{base} ({n})" in existing for n in range(2, number))


@given(st.sets(st.text(max_size=12), max_size=20), st.text(max_size=12))
def test_suggest_copy_name_keeps_a_free_base(existing: set[str], base: str) -> None:
    existing.discard(base)
    assert suggest_copy_name(existing, base) == base


@pytest.mark.parametrize(
    ("typed", "stored"), [("", ""), ("  ", ""), (None, ""), (" 2027-12-31 ", "2027-12-31")]
)
def test_a_due_date_is_stored_as_iso_or_empty(typed, stored):
    assert clean_due_date(typed) == stored


@pytest.mark.parametrize("typed", ["31.12.2027", "2027-02-30", "20271231", "morgen"])
def test_anything_else_as_due_date_is_refused_naming_it(typed):
    with pytest.raises(ValueError, match=r"isoformat|out of range|must be in"):
        clean_due_date(typed)

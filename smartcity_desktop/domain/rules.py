"""Small validation rules shared by the store, the document and the UI."""

from __future__ import annotations

import re
from datetime import date

# ASCII digits only (`\d` matches any Unicode digit) and fullmatch (`$` allows a final "\n").
_TIME = re.compile(r"([01][0-9]|2[0-3]):[0-5][0-9]")
_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")  # not the week or ordinal forms


def clean_title(text: str) -> str:
    """A title as stored: trimmed, inner whitespace folded to single spaces."""
    return " ".join(text.split())


def is_valid_iso_date(text: str) -> bool:
    """True for "" (not fixed yet) and for a real ISO date such as 2026-11-26."""
    if not text:
        return True
    if not _DATE.fullmatch(text):
        return False
    try:
        date.fromisoformat(text)
    except ValueError:
        return False
    return True


def clean_due_date(value: object) -> str:
    """A due date as stored: an ISO date such as 2027-12-31, or "" when open-ended.

    Anything else raises ValueError in the words of `date.fromisoformat` ("Invalid isoformat
    string: '31.2.'", "day is out of range for month"), which name what was typed.
    """
    text = str(value or "").strip()
    if not is_valid_iso_date(text):
        date.fromisoformat(text)
        raise ValueError(f"Invalid isoformat string: {text!r}")  # a form only Python reads
    return text


def is_valid_time(text: str) -> bool:
    """True for "" and for a 24-hour HH:MM time."""
    return not text or _TIME.fullmatch(text) is not None


def suggest_copy_name(existing: set[str], base: str) -> str:
    """`base`, or `base (2)`, `base (3)` ... whichever is not taken yet."""
    if base not in existing:
        return base
    n = 2
    while f"{base} ({n})" in existing:
        n += 1
    return f"{base} ({n})"

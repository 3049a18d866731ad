"""Which names free text in the minutes and the open data may show."""

from __future__ import annotations

import pytest

from smartcity_desktop.domain.minutes import NameScrubber, PersonName, long_date

PEOPLE = (
    PersonName("Dieter Exempel", "Verwaltung", consent_named=False),
    PersonName("Ben Ott", "", consent_named=False),
    PersonName("Anna Maria Beispiel", "Politik", consent_named=False),
    PersonName("Max Named", "Wirtschaft", consent_named=True),
)


def placeholder(group: str) -> str:
    return f"TN ({group})" if group else "TN"


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        ("Vorschlag von Dieter Exempel", "Vorschlag von TN (Verwaltung)"),
        ("dieter  exempel meint", "TN (Verwaltung) meint"),
        ("Dieter\nExempel", "TN (Verwaltung)"),
        ("D. Exempel und Exempel", "TN (Verwaltung) und TN (Verwaltung)"),
        ("Exempelhaft, Benutzer", "Exempelhaft, Benutzer"),  # whole words only
        ("Ben Ott fragt", "TN fragt"),
        ("Ott", "Ott"),  # a surname of three letters alone is too likely a word
        ("Anna Maria Beispiel", "TN (Politik)"),
        ("Max Named dankt", "Max Named dankt"),  # agreed to be named
    ],
)
def test_names_without_consent_are_replaced(text: str, shown: str) -> None:
    assert NameScrubber(PEOPLE, False, placeholder)(text) == shown


def test_pseudonymising_hides_everyone() -> None:
    scrub = NameScrubber(PEOPLE, True, placeholder)
    assert scrub("Max Named dankt Ben Ott") == "TN (Wirtschaft) dankt TN"


def test_long_dates() -> None:
    assert long_date("2026-11-26") == "26. November 2026"
    assert long_date("2026-03-01", "en") == "1 March 2026"
    assert long_date("") == ""

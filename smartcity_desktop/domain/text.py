"""Text keys for spotting near-identical idea cards (case, umlauts, accents, punctuation)."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable

# Everything that is neither a word character nor whitespace (punctuation, symbols, combining
# marks, control and format characters such as the soft hyphen), and the underscore.
_NOT_WORDING = re.compile(r"[^\w\s]|_")
_ASCII_NOT_WORDING = bytes(c for c in range(128) if not (chr(c).isalnum() or chr(c).isspace()))


def normalise_text(text: str) -> str:
    """The comparison key of a card text: equal keys mean "the same idea, written alike".

    NFKC, casefold (ß → ss), ä/ö/ü → ae/oe/ue (so "Buerger" meets "Bürger"), other diacritics
    stripped (é → e), punctuation and symbols dropped (so "Bürger-Büro" meets "Bürgerbüro"),
    whitespace collapsed and trimmed.
    """
    # Umlauts go before the diacritics are stripped, which would turn "ü" into "u".
    folded = (
        unicodedata.normalize("NFKC", text)
        .casefold()
        .replace("ä", "ae")
        .replace("ö", "oe")
        .replace("ü", "ue")
    )
    if folded.isascii():  # most German texts, once ß and the umlauts are written out
        kept = folded.encode("ascii").translate(None, _ASCII_NOT_WORDING).decode("ascii")
    else:
        kept = _NOT_WORDING.sub("", unicodedata.normalize("NFKD", folded))
    return " ".join(kept.split())


def duplicate_groups(
    items: Iterable[tuple[int, str]], key: Callable[[str], str] = normalise_text
) -> list[list[int]]:
    """Groups of two or more ids whose texts have the same non-empty `key` (by default
    `normalise_text`; a caller may pass a cached version of it).

    Ids keep their input order inside a group; groups are sorted by their first id.
    """
    by_key: dict[str, list[int]] = {}
    for item_id, text in items:
        key_of_text = key(text)
        if key_of_text:
            by_key.setdefault(key_of_text, []).append(item_id)
    groups = [ids for ids in by_key.values() if len(ids) > 1]
    groups.sort(key=lambda ids: ids[0])
    return groups

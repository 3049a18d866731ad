"""Turn the rows of an imported table into idea-card drafts, leaving out blanks and duplicates."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from smartcity_desktop.domain.text import normalise_text
from smartcity_desktop.imports.tabular import Table

MAX_CARD_CHARS = 2000
_MANY_BLANK_LINES = re.compile(r"\n{3,}")


@dataclass(frozen=True)
class CardDraft:
    """The text of a card to be, with the row's values of the chosen tag columns."""

    text: str
    tags: dict[str, str]  # header → value (whitespace folded); empty values left out


@dataclass(frozen=True)
class DraftResult:
    """The drafts of one import and what was left out: rows == len(drafts) + empty + duplicates."""

    drafts: list[CardDraft]
    empty: int  # rows whose text cell is blank
    duplicates: int  # rows whose text matches an earlier row or an existing card
    rows: int  # data rows read


def cards_from_table(
    table: Table,
    text_column: int,
    tag_columns: Sequence[int] = (),
    existing_texts: Iterable[str] = (),
) -> DraftResult:
    """One draft per row with text, in file order; near-identical texts (`normalise_text`) to
    an earlier row or to one of `existing_texts` are counted as duplicates, not drafted.
    """
    width = len(table.headers)
    for column in (text_column, *tag_columns):
        if not 0 <= column < width:
            raise ValueError(f"column {column} is not between 0 and {width - 1}")
    names = tag_names(table, tag_columns)
    seen = {key for key in map(normalise_text, existing_texts) if key}
    drafts: list[CardDraft] = []
    empty = duplicates = 0
    for row in table.rows:
        text = card_text(row[text_column])
        if not text:
            empty += 1
            continue
        key = normalise_text(text)
        if key in seen:
            duplicates += 1
            continue
        if key:  # a text of punctuation only has no key and is never a duplicate
            seen.add(key)
        tags = {
            name: " ".join(row[column].split())
            for name, column in zip(names, tag_columns, strict=True)
            if row[column]
        }
        drafts.append(CardDraft(text, tags))
    return DraftResult(drafts, empty, duplicates, len(table.rows))


def tag_names(table: Table, tag_columns: Sequence[int]) -> list[str]:
    """The tag name of each column: its header, "Column N" (1-based) if blank, made unique."""
    names: list[str] = []
    for column in tag_columns:
        name = table.headers[column] or f"Column {column + 1}"
        if name in names:
            name = f"{name} (Column {column + 1})"
        names.append(name)
    return names


def card_text(cell: str) -> str:
    """A cell as card text: spaces folded, line breaks kept (at most one blank line), at most
    `MAX_CARD_CHARS` characters, cut at a word boundary with "…".
    """
    if "\n" in cell or "\r" in cell:
        lines = cell.replace("\r\n", "\n").replace("\r", "\n").split("\n")
        text = _MANY_BLANK_LINES.sub("\n\n", "\n".join(" ".join(line.split()) for line in lines))
        text = text.strip()
    else:
        text = " ".join(cell.split())
    if len(text) <= MAX_CARD_CHARS:
        return text
    # Room for the "…": the last whitespace among the first MAX_CARD_CHARS characters is at
    # most at index MAX_CARD_CHARS - 1, so the words before it fit.
    head = text[:MAX_CARD_CHARS]
    space = max(head.rfind(" "), head.rfind("\n"))
    cut = head[:space] if space > MAX_CARD_CHARS // 2 else head[: MAX_CARD_CHARS - 1]
    return cut.rstrip() + "…"

"""Comparing two versions of the strategy draft, section by section, word by word.

Each section becomes plain text (formatting dropped, list items one per line); a field of action
is a section of its own, matched across versions by its id (so a renamed field is "changed", not
"removed" and "added"). The words that differ are marked as inserted or deleted.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Callable
from dataclasses import dataclass

from smartcity_desktop.domain.richtext import plain_text
from smartcity_desktop.domain.strategy import FieldEntry, StrategyDraft, same_field

_TOKEN = re.compile(r"\s+|\w+|[^\w\s]")  # whitespace, a word, or one punctuation mark


@dataclass(frozen=True)
class Segment:
    """A piece of a section's text: kept, inserted (only in the newer) or deleted."""

    op: str  # equal | insert | delete
    text: str


@dataclass(frozen=True)
class SectionDiff:
    """One section in both versions."""

    key: str  # vision | goals | fields | field:<id or title> | criteria | governance | next_steps
    title: str  # a field's title (the newer one); "" for the fixed sections
    status: str  # same | changed | added | removed
    segments: tuple[Segment, ...]
    formatting_only: bool = False  # the words are the same; bold, italic, lists or headings not

    @property
    def changed(self) -> bool:
        return self.status != "same"


def _percent(weight: float) -> str:
    return f"{weight * 100:.1f} %"


def _join(*parts: str) -> str:
    return "\n".join(p for p in parts if p)


def _field_text(f: FieldEntry, plain: Callable[[str], str] = plain_text) -> str:
    lines = [f.title, plain(f.description)]
    for g in f.goals:
        lines.append(f"• {g.text}" + (f" → {g.goal}" if g.goal else ""))
    for p in f.projects:
        lines.append(f"▸ {p.title}")
    return _join(*lines)


def _field_key(f: FieldEntry) -> str:
    return f"field:{f.field_id}" if f.field_id is not None else f"field:{f.title}"


def _markdown(text: str) -> str:
    return text


def section_texts(
    draft: StrategyDraft,
    percent: Callable[[float], str] = _percent,
    key_of: Callable[[FieldEntry], str] = _field_key,
    plain: Callable[[str], str] = plain_text,
) -> list[tuple[str, str, str]]:
    """(key, title, plain text) of every section, in the document's order (with `plain` =
    `_markdown`, the texts keep their formatting marks)."""
    goals = [plain(draft.goals_text)]
    for g in draft.goals:
        goals.append(g.title + (f" (ISEK: {g.isek})" if g.isek else ""))
        goals.append(plain(g.text))
    criteria = [plain(draft.criteria_text)]
    if draft.weighting:
        criteria.append(draft.weighting)
    for c in draft.criteria:
        weight = f" – {percent(c.weight)}" if c.weight is not None else ""
        must = " (K.O.)" if c.must else ""
        criteria.append(f"{c.name}{must}{weight}")
    governance = [plain(draft.governance_text)]
    for b in draft.governance:
        governance.append(" – ".join(x for x in (b.name, b.members, b.tasks) if x))
    steps = [plain(draft.next_steps_text)]
    for a in draft.actions:
        steps.append(" – ".join(x for x in (a.what, a.who, a.due, a.field) if x))
    sections = [
        ("vision", "", plain(draft.vision)),
        ("goals", "", _join(*goals)),
        ("fields", "", plain(draft.fields_text)),
    ]
    sections += [(key_of(f), f.title, _field_text(f, plain)) for f in draft.fields]
    sections += [
        ("criteria", "", _join(*criteria)),
        ("governance", "", _join(*governance)),
        ("next_steps", "", _join(*steps)),
    ]
    return sections


def _words(old: str, new: str, add: Callable[[str, str], None]) -> None:
    a, b = _TOKEN.findall(old), _TOKEN.findall(new)
    matcher = difflib.SequenceMatcher(None, a, b, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            add("equal", "".join(b[j1:j2]))
        else:
            add("delete", "".join(a[i1:i2]))
            add("insert", "".join(b[j1:j2]))


def diff_words(old: str, new: str) -> tuple[Segment, ...]:
    """The words of `new` with those of `old` that differ marked (whitespace kept).

    Lines are matched first, so a list that gained an item shows that item inserted rather
    than words shuffled across lines; lines replaced one for one are compared word by word.
    """
    segments: list[Segment] = []

    def add(op: str, text: str) -> None:
        if not text:
            return
        if segments and segments[-1].op == op:
            segments[-1] = Segment(op, segments[-1].text + text)
        else:
            segments.append(Segment(op, text))

    # Lines are compared without their "\n", so a last line matches the same line followed by
    # more; where only the "\n" differs, it is marked on its own.
    a, b = old.splitlines(keepends=True), new.splitlines(keepends=True)
    matcher = difflib.SequenceMatcher(
        None, [x.rstrip("\n") for x in a], [y.rstrip("\n") for y in b], autojunk=False
    )
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            for x, y in zip(a[i1:i2], b[j1:j2], strict=True):
                add("equal", y.rstrip("\n") if x != y else y)
                if x != y:
                    add("delete" if x.endswith("\n") else "insert", "\n")
        elif tag == "replace":
            _pair_lines(a[i1:i2], b[j1:j2], add)
        else:
            add("delete", "".join(a[i1:i2]))
            add("insert", "".join(b[j1:j2]))
    return tuple(segments)


SIMILAR = 0.5  # lines at least this alike are one line edited, not one removed and one added


def _pair_lines(old: list[str], new: list[str], add: Callable[[str, str], None]) -> None:
    """Replaced lines: each old line is paired, in order, with the most similar new line left
    (compared word by word); lines without a partner are deleted or inserted whole."""
    j = 0
    for x in old:
        best, best_ratio = None, SIMILAR
        for k in range(j, len(new)):
            ratio = difflib.SequenceMatcher(
                None, _TOKEN.findall(x), _TOKEN.findall(new[k]), autojunk=False
            ).ratio()
            if ratio >= best_ratio:
                best, best_ratio = k, ratio
        if best is None:
            add("delete", x)
            continue
        add("insert", "".join(new[j:best]))
        _words(x, new[best], add)
        j = best + 1
    add("insert", "".join(new[j:]))


def compare(
    old: StrategyDraft, new: StrategyDraft, percent: Callable[[float], str] = _percent
) -> list[SectionDiff]:
    """Every section of both drafts in the newer one's order (removed fields where they were).

    A field of action is matched by its id, unless the newer draft's field with that id is
    another field (a deleted field's id handed out again: other title, no cluster in common).
    """
    newer = {f.field_id: f for f in new.fields if f.field_id is not None}

    def old_key(f: FieldEntry) -> str:
        other = newer.get(f.field_id)
        if other is not None and not same_field(
            f.title, f.cluster_ids, other.title, other.cluster_ids
        ):
            return f"field:{f.field_id}:{f.title}"
        return _field_key(f)

    old_sections = section_texts(old, percent, old_key)
    before = {key: (title, text) for key, title, text in old_sections}
    old_marked = {k: t for k, _n, t in section_texts(old, percent, old_key, _markdown)}
    new_marked = {k: t for k, _n, t in section_texts(new, percent, plain=_markdown)}
    after = section_texts(new, percent)
    after_keys = {key for key, _t, _x in after}
    result: list[SectionDiff] = []
    old_order = [key for key, _t, _x in old_sections]
    emitted: set[str] = set()

    def removed(key: str) -> SectionDiff:
        title, text = before[key]
        return SectionDiff(key, title, "removed", (Segment("delete", text),))

    def emit_removed_before(key: str) -> None:
        # fields only the older version had go right after the field that preceded them there
        if key not in old_order:
            return
        for k in old_order[: old_order.index(key)]:
            if k not in after_keys and k not in emitted:
                result.append(removed(k))
                emitted.add(k)

    for key, title, text in after:
        emit_removed_before(key)
        if key not in before:
            result.append(
                SectionDiff(key, title, "added", (Segment("insert", text),) if text else ())
            )
        elif before[key][1] != text:
            result.append(SectionDiff(key, title, "changed", diff_words(before[key][1], text)))
        elif old_marked.get(key) != new_marked.get(key):
            segments = (Segment("equal", text),)
            result.append(SectionDiff(key, title, "changed", segments, formatting_only=True))
        else:
            result.append(SectionDiff(key, title, "same", (Segment("equal", text),)))
        emitted.add(key)
    result.extend(removed(k) for k in old_order if k not in after_keys and k not in emitted)
    return result

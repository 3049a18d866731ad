"""The strategy draft as a document outline, shared by the PDF and the Word export.

`outline(draft, labels, today)` decides what the document says and in which order: the cover,
then per section its heading, its text (Markdown, drawn from `domain.richtext` blocks by each
writer), its tables and the short line that stands in for an empty part. The writers only draw
these nodes, so the PDF and the Word file always hold the same content. Plain Python.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass

from smartcity_desktop.domain.strategy import FieldEntry, StrategyDraft
from smartcity_desktop.domain.traceability import SOURCE_ORDER, TraceSummary
from smartcity_desktop.export.labels import Labels
from smartcity_desktop.export.strategy_labels import count, money, number, project_status


@dataclass(frozen=True)
class Cover:
    title: str
    city: str
    state: str  # "Entwurf, Stand 26. November 2026" or the version's name and date
    notice: str


@dataclass(frozen=True)
class Heading:
    """A heading of the document's structure: 0 a section, 1 a goal or field, 2 below."""

    text: str
    level: int


@dataclass(frozen=True)
class Rich:
    """A section's formatted text (Markdown); its own headings go below `level`."""

    markdown: str
    level: int


@dataclass(frozen=True)
class Note:
    """A quiet line: what stands in for an empty part, or explains a table."""

    text: str


@dataclass(frozen=True)
class Bullets:
    """A plain list: (text, detail) per item; the detail follows in a quieter face."""

    items: tuple[tuple[str, str], ...]


@dataclass(frozen=True)
class Cell:
    text: str
    detail: str = ""  # a second, quieter line (a project's description)
    strong: bool = False


@dataclass(frozen=True)
class Table:
    header: tuple[str, ...]
    rows: tuple[tuple[Cell, ...], ...]
    widths: tuple[float, ...]  # shares of the text width, adding up to 1
    right: tuple[int, ...] = ()  # numeric columns
    total: bool = False  # the last row sums the others


def column_widths(table: Table, total: float, measure: Callable[[str], float]) -> list[float]:
    """The columns' widths: their shares of `total`, except that a numeric column is widened to
    hold its header's longest word (`measure` gives a word's width with the cell's padding).
    The room comes from the text columns, which keep at least half of their share."""
    widths = [share * total for share in table.widths]
    text = [j for j in range(len(widths)) if j not in table.right]
    wanted = {
        i: max(widths[i], max((measure(w) for w in table.header[i].split()), default=0.0))
        for i in table.right
    }
    extra = sum(wanted[i] - widths[i] for i in wanted)
    spare = sum(widths[j] / 2 for j in text)
    if extra <= 0 or not text:
        return widths
    scale = min(1.0, spare / extra)
    for i, width in wanted.items():
        widths[i] += (width - widths[i]) * scale
    taken = extra * scale
    room = sum(widths[j] for j in text)
    for j in text:
        widths[j] -= taken * widths[j] / room
    return widths


@dataclass(frozen=True)
class NewPage:
    """The appendix starts on a new page (the Word file too)."""


Node = Heading | Rich | Note | Bullets | Table | NewPage


@dataclass(frozen=True)
class Section:
    """One top-level part of the document, for the writers' progress."""

    key: str
    nodes: tuple[Node, ...]


def cover(draft: StrategyDraft, lab: Labels, today: str) -> Cover:
    """The cover; `today` (ISO date) dates the current draft, a version keeps its own date."""
    if draft.version and draft.created:
        state = lab.t("version_of", version=draft.version, date=lab.date(draft.created[:10]))
    elif draft.version:
        state = draft.version
    else:
        state = lab.t("draft_as_of", date=lab.date(today))
    return Cover(draft.title or lab["document"], draft.city, state, draft.notice)


def subject(draft: StrategyDraft, lab: Labels) -> str:
    """ "Entwurf – Musterstadt", or a version's name (which usually says "Entwurf" itself)."""
    if draft.version and lab["draft"].casefold() in draft.version.casefold():
        return draft.version
    return " – ".join(x for x in (lab["draft"], draft.version or draft.city) if x)


def outline(draft: StrategyDraft, lab: Labels) -> list[Section]:
    """The sections in document order (those of `SECTIONS`, then the appendix)."""
    return [
        Section("vision", tuple(_vision(draft, lab))),
        Section("goals", tuple(_goals(draft, lab))),
        Section("fields", tuple(_fields(draft, lab))),
        Section("criteria", tuple(_criteria(draft, lab))),
        Section("governance", tuple(_governance(draft, lab))),
        Section("next_steps", tuple(_next_steps(draft, lab))),
        Section("origin", tuple(_origin(draft, lab))),
    ]


def _text(markdown: str, level: int) -> list[Node]:
    return [Rich(markdown, level)] if markdown.strip() else []


def _vision(draft: StrategyDraft, lab: Labels) -> Iterator[Node]:
    yield Heading(lab["section.vision"], 0)
    yield from _text(draft.vision, 0) or [Note(lab["empty.vision"])]


def _goals(draft: StrategyDraft, lab: Labels) -> Iterator[Node]:
    yield Heading(lab["section.goals"], 0)
    yield from _text(draft.goals_text, 0)
    if not draft.goals:
        yield Note(lab["empty.goals"])
    for goal in draft.goals:
        yield Heading(goal.title, 1)
        if goal.isek.strip():
            yield Note(lab.t("isek", isek=goal.isek.strip()))
        yield from _text(goal.text, 1)


def origin_line(lab: Labels, trace: TraceSummary) -> str:
    """ "46 Ideen aus 3 Quellen, 31 Punkte, 4 Projekte" (red dots only when there are any)."""
    parts = [f"{count(lab, 'ideas', trace.ideas)} {count(lab, 'sources', trace.source_count)}"]
    parts.append(count(lab, "green", trace.green))
    if trace.red:
        parts.append(count(lab, "red", trace.red))
    parts.append(count(lab, "projects", trace.projects))
    return ", ".join(parts)


def _fields(draft: StrategyDraft, lab: Labels) -> Iterator[Node]:
    yield Heading(lab["section.fields"], 0)
    yield from _text(draft.fields_text, 0)
    if not draft.fields:
        yield Note(lab["empty.fields"])
    elif any(f.projects for f in draft.fields):
        if not draft.weighting:
            yield Note(lab["not_ranked"])
        else:
            scored = lab.t("ranked_in", weighting=draft.weighting)
            if any(p.excluded for f in draft.fields for p in f.projects):
                scored = f"{scored} {lab['ko_explained']}"
            yield Note(scored)
    for f in draft.fields:
        yield from _field(draft, lab, f)


def _field(draft: StrategyDraft, lab: Labels, f: FieldEntry) -> Iterator[Node]:
    yield Heading(f.title, 1)
    yield Note(origin_line(lab, f.trace))
    yield from _text(f.description, 1)
    yield Heading(lab["field_goals"], 2)
    if f.goals:
        yield Bullets(
            tuple((g.text, lab.t("serves", goal=g.goal) if g.goal else "") for g in f.goals)
        )
    else:
        yield Note(lab["empty.field_goals"])
    yield Heading(lab["projects"], 2)
    if not f.projects:
        yield Note(lab["empty.projects"])
        return
    yield _projects_table(draft, lab, f)


def _projects_table(draft: StrategyDraft, lab: Labels, f: FieldEntry) -> Table:
    scored = bool(draft.weighting)
    header = [lab["project"], lab["owner"], lab["cost"], lab["status"]]
    widths = [0.40, 0.24, 0.15, 0.21]
    right = [2]
    if scored:
        header = [lab["rank"], *header, lab["utility"]]
        widths = [0.07, 0.33, 0.19, 0.14, 0.15, 0.12]
        right = [0, 3, 5]
    rows = []
    for p in f.projects:
        row = [
            Cell(p.title, p.description, strong=True),
            Cell(p.owner),
            Cell(money(lab, p.cost)),
            Cell(project_status(lab, p.status)),
        ]
        if scored:
            rank = lab["ko"] if p.excluded else (str(p.rank) if p.rank else lab["no_score"])
            utility = lab.number(p.utility, 2) if p.utility is not None else lab["no_score"]
            row = [Cell(rank), *row, Cell(utility)]
        rows.append(tuple(row))
    return Table(tuple(header), tuple(rows), tuple(widths), tuple(right))


def _criteria(draft: StrategyDraft, lab: Labels) -> Iterator[Node]:
    yield Heading(lab["section.criteria"], 0)
    yield from _text(draft.criteria_text, 0)
    if draft.weighting:
        method = lab.texts.get(f"method.{draft.weighting_method}", "")
        if method:
            yield Note(lab.t("weights_from", weighting=draft.weighting, method=method))
        else:
            yield Note(lab.t("weights_from_plain", weighting=draft.weighting))
    else:
        yield Note(lab["no_weighting"])
    if not draft.criteria:
        yield Note(lab["empty.criteria"])
        return
    rows = []
    for c in draft.criteria:
        ko = lab.t("ko_threshold", n=number(lab, c.threshold)) if c.must and c.threshold else ""
        if c.must and not ko:
            ko = lab["ko"]
        weight = lab.percent(c.weight) if c.weight is not None else lab["no_score"]
        rows.append((Cell(c.name, c.description, strong=True), Cell(ko or "–"), Cell(weight)))
    yield Table(
        (lab["criterion"], lab["threshold"], lab["weight"]),
        tuple(rows),
        (0.64, 0.20, 0.16),
        right=(2,),
    )


def _governance(draft: StrategyDraft, lab: Labels) -> Iterator[Node]:
    yield Heading(lab["section.governance"], 0)
    yield from _text(draft.governance_text, 0)
    if not draft.governance:
        yield Note(lab["empty.governance"])
        return
    rows = tuple(
        (Cell(b.name, strong=True), Cell(b.members), Cell(b.tasks)) for b in draft.governance
    )
    yield Table((lab["body"], lab["members"], lab["tasks"]), rows, (0.26, 0.32, 0.42))


def _next_steps(draft: StrategyDraft, lab: Labels) -> Iterator[Node]:
    yield Heading(lab["section.next_steps"], 0)
    yield from _text(draft.next_steps_text, 0)
    if not draft.actions:
        yield Note(lab["empty.next_steps"])
        return
    rows = tuple(
        (
            Cell(str(n)),
            Cell(a.what),
            Cell(a.who),
            Cell(lab.date(a.due) if a.due else "–"),
            Cell(a.field or lab["whole_strategy"]),
        )
        for n, a in enumerate(draft.actions, start=1)
    )
    yield Table(
        ("#", lab["what"], lab["who"], lab["due"], lab["field"]),
        rows,
        (0.05, 0.38, 0.22, 0.17, 0.18),
        right=(0,),
    )


def _origin(draft: StrategyDraft, lab: Labels) -> Iterator[Node]:
    yield NewPage()
    yield Heading(lab["section.origin"], 0)
    if not draft.fields:
        yield Note(lab["origin_none"])
        return
    totals = draft.totals
    present = {s for s, _ in totals.sources}
    sources = [s for s in SOURCE_ORDER if s in present]
    header = (
        lab["field"],
        lab["ideas"],
        *(lab.source(s) for s in sources),
        lab["green_dots"],
        lab["red_dots"],
        lab["projects"],
    )
    numeric = 4 + len(sources)
    share = min(0.1, 0.78 / numeric)
    widths = (1 - share * numeric, *([share] * numeric))

    def row(title: str, t: TraceSummary, strong: bool = False) -> tuple[Cell, ...]:
        by_source = dict(t.sources)
        values = [t.ideas, *(by_source.get(s, 0) for s in sources), t.green, t.red, t.projects]
        return (Cell(title, strong=strong), *(Cell(lab.number(v, 0)) for v in values))

    rows = [row(f.title, f.trace) for f in draft.fields]
    rows.append(row(lab["total"], totals, strong=True))
    yield Table(header, tuple(rows), widths, right=tuple(range(1, numeric + 1)), total=True)
    yield Note(lab["origin_note"])

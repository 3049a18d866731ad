"""What every section builder of the minutes shares: the context and small flowable helpers."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from smartcity_desktop.domain.minutes import NameScrubber, PersonName, WorkshopRecord
from smartcity_desktop.export import ExportCancelled
from smartcity_desktop.export.labels import Labels
from smartcity_desktop.export.pdf_style import Styles, esc, paragraph


@dataclass
class Context:
    """One export: the record, the language, the styles, the page's frame and progress."""

    record: WorkshopRecord
    labels: Labels
    styles: Styles
    pseudonymise: bool
    frame_width: float
    frame_height: float
    progress: Callable[[int, int], bool] | None = None
    total: int = 1
    done: int = 0
    passes: int = 0  # layout passes begun; the first only measures (see `deferred`)
    _keys: dict[str, int] = field(default_factory=dict)
    _scrubber: Callable[[object], str] = str

    def step(self, count: int = 1) -> None:
        """One unit of work done; the callback returning False cancels the export."""
        self.done = min(self.total, self.done + count)
        if self.progress is not None and self.progress(self.done, self.total) is False:
            raise ExportCancelled("the export was cancelled")

    def poll(self) -> None:
        """Ask again without new progress (during layout), so a cancel is honoured there too."""
        if self.progress is not None and self.progress(self.done, self.total) is False:
            raise ExportCancelled("the export was cancelled")

    def key(self, stem: str) -> str:
        """A unique bookmark key."""
        n = self._keys.get(stem, 0) + 1
        self._keys[stem] = n
        return f"{stem}-{n}"

    def __post_init__(self) -> None:
        self._scrubber = NameScrubber(self._people(), self.pseudonymise, self.labels.placeholder)

    def _people(self) -> list[PersonName]:
        """Everyone free text may mention: the project's participants (`record.people`) and,
        should a record lack them, this workshop's attendance."""
        people = list(self.record.people)
        known = {p.name for p in people}
        people += [
            PersonName(a.name, a.group, a.consent_named)
            for a in self.record.attendance
            if a.name not in known
        ]
        return people

    def scrub(self, text: object) -> str:
        """Free text (notes, cards, remarks, titles) with any name it may not show replaced."""
        return self._scrubber(text)

    def name_of(self, entry: Any) -> str:
        """A participant's name as this document may show it."""
        return entry.shown_name(self.pseudonymise, self.labels.placeholder(entry.group))


def heading(ctx: Context, text: str, level: int) -> Any:
    """A heading that appears in the contents (levels 0, 1) and as a PDF bookmark."""

    style = (ctx.styles.h1, ctx.styles.h2, ctx.styles.h3)[min(level, 2)]
    text = ctx.scrub(text)
    p = paragraph(esc(text), style)
    p.toc_level = level  # type: ignore[attr-defined]
    p.toc_text = text  # type: ignore[attr-defined]
    p.toc_key = ctx.key("h")  # type: ignore[attr-defined]
    return p


def para(ctx: Context, text: str, style: Any | None = None) -> Any:
    """A paragraph of (scrubbed) plain text."""

    return paragraph(esc(ctx.scrub(text)), style or ctx.styles.body)


def cell(ctx: Context, text: object, style: Any | None = None) -> Any:
    """A table cell that wraps (and splits an over-long word) instead of overflowing."""

    return paragraph(esc(ctx.scrub(text)), style or ctx.styles.cell)


def head_row(ctx: Context, *texts: str, right: tuple[int, ...] = ()) -> list[Any]:
    """A header row; the columns in `right` (numbers) right-aligned like their values."""
    st = ctx.styles
    return [
        cell(ctx, t, st.head_right if i in right else st.head_cell) for i, t in enumerate(texts)
    ]


def spacer(height: float = 6) -> Any:
    from reportlab.platypus import Spacer

    return Spacer(1, height)


def deferred(ctx: Context, inner: Any) -> Any:
    """`inner` (a drawing or an image, costly to draw) drawn only from the second layout pass
    on: the first pass only measures where everything goes, for the contents' page numbers,
    and its output is thrown away."""
    from reportlab.platypus import Flowable

    class Deferred(Flowable):
        def __init__(self) -> None:
            super().__init__()
            self.hAlign = getattr(inner, "hAlign", "LEFT")

        def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
            self.width, self.height = inner.wrap(available_width, available_height)
            return self.width, self.height

        def draw(self) -> None:
            if ctx.passes >= 2:
                inner.drawOn(self.canv, 0, 0)

    return Deferred()

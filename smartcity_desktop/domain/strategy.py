"""The strategy draft as plain data: what the editor shows, a version keeps and the exports print.

`store/strategy_draft.py` reads the current draft from the file (`StrategyDraft`); a named
version is the same object frozen as JSON inside the file (`to_json` / `from_json`), so an old
version prints exactly as it was, even after projects were renamed or scores changed. Section
texts are Markdown (see `domain/richtext.py`).
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field, fields, is_dataclass
from typing import Any

from smartcity_desktop.domain.traceability import TraceSummary

DRAFT_FORMAT = 1  # the format of a version's JSON; a newer one is refused, never misread

# The sections of the draft, in the order of the document; the UI and the exports name them.
SECTIONS: tuple[str, ...] = (
    "vision",
    "goals",
    "fields",
    "criteria",
    "governance",
    "next_steps",
)


class DraftFormatError(ValueError):
    """A version's content that this version of the app cannot read (damaged or newer)."""


@dataclass(frozen=True)
class GoalEntry:
    """A strategic goal, optionally citing a goal of the city's ISEK."""

    title: str
    text: str = ""  # Markdown
    isek: str = ""  # e.g. "ISEK-Ziel 3: Klimaneutrale Stadt 2035"
    goal_id: int | None = None


@dataclass(frozen=True)
class FieldGoalEntry:
    """A goal of one field of action and the strategic goal it serves (by title, "" = none)."""

    text: str
    goal: str = ""
    goal_id: int | None = None


@dataclass(frozen=True)
class ProjectEntry:
    """A project of a field of action, with its score in the agreed weighting."""

    title: str
    description: str = ""
    owner: str = ""
    cost: int | None = None
    status: str = "idea"
    utility: float | None = None  # weighted sum 0–10 in the agreed weighting
    rank: int | None = None
    excluded: bool = False  # below a K.O. criterion's threshold
    project_id: int | None = None


@dataclass(frozen=True)
class FieldEntry:
    """A field of action in the draft."""

    title: str
    description: str = ""  # Markdown
    goals: tuple[FieldGoalEntry, ...] = ()
    projects: tuple[ProjectEntry, ...] = ()
    trace: TraceSummary = field(default_factory=TraceSummary)
    field_id: int | None = None
    cluster_ids: tuple[int, ...] = ()  # the clusters it grew from, to recognise it later


@dataclass(frozen=True)
class CriterionEntry:
    """A criterion for choosing projects, with its agreed weight (None: no weighting agreed)."""

    name: str
    description: str = ""
    weight: float | None = None
    must: bool = False
    threshold: float | None = None


@dataclass(frozen=True)
class GovernanceEntry:
    """A role or body that steers the strategy (CDO, Smart City unit, board, forum)."""

    name: str
    members: str = ""
    tasks: str = ""


@dataclass(frozen=True)
class ActionEntry:
    """A recommendation or next step of the action plan."""

    what: str
    who: str = ""
    due: str = ""  # ISO date or ""
    field: str = ""  # the field of action's title, "" = the whole strategy
    field_id: int | None = None


@dataclass(frozen=True)
class StrategyDraft:
    """The whole draft, current or as a version kept it."""

    title: str
    city: str = ""
    notice: str = ""
    vision: str = ""
    goals_text: str = ""
    goals: tuple[GoalEntry, ...] = ()
    fields_text: str = ""
    fields: tuple[FieldEntry, ...] = ()
    criteria_text: str = ""
    criteria: tuple[CriterionEntry, ...] = ()
    weighting: str = ""  # the agreed weighting's title and workshop, "" = none agreed
    weighting_method: str = ""
    weighting_id: int | None = None
    governance_text: str = ""
    governance: tuple[GovernanceEntry, ...] = ()
    next_steps_text: str = ""
    actions: tuple[ActionEntry, ...] = ()
    version: str = ""  # the version's name; "" for the current draft
    created: str = ""  # when the version was saved (ISO 8601, local time)

    @property
    def totals(self) -> TraceSummary:
        """The summary row over all fields of action."""
        return TraceSummary.total(f.trace for f in self.fields)

    def to_json(self) -> str:
        data = {"format": DRAFT_FORMAT, "draft": asdict(self)}
        return json.dumps(data, ensure_ascii=False, sort_keys=True)

    @classmethod
    def from_json(cls, text: str) -> StrategyDraft:
        """A version's draft; raises DraftFormatError for damaged or newer content."""
        try:
            data = json.loads(text)
        except (TypeError, ValueError) as error:
            raise DraftFormatError(f"not JSON: {error}") from None
        if not isinstance(data, dict) or not isinstance(data.get("draft"), dict):
            raise DraftFormatError("no draft in the version")
        version = data.get("format")
        if not isinstance(version, int) or version < 1:
            raise DraftFormatError("no format number")
        if version > DRAFT_FORMAT:
            raise DraftFormatError(f"format {version} is newer than {DRAFT_FORMAT}")
        try:
            return _build(cls, data["draft"])
        except (TypeError, ValueError, KeyError, AttributeError) as error:
            raise DraftFormatError(f"damaged draft: {error}") from None


_NESTED: dict[tuple[type, str], type] = {}


def _build(cls: type, data: Any) -> Any:
    """A dataclass from its `asdict()` form; unknown keys are ignored, missing ones defaulted."""
    if not isinstance(data, dict):
        raise TypeError(f"{cls.__name__} expects an object")
    values: dict[str, Any] = {}
    for f in fields(cls):
        if f.name not in data:
            continue
        value = data[f.name]
        inner = _NESTED.get((cls, f.name))
        if inner is not None and f.name == "trace":
            value = _build(inner, value)
        elif inner is not None:
            if not isinstance(value, list):
                raise TypeError(f"{f.name} expects a list")
            value = tuple(_build(inner, v) for v in value)
        elif f.name == "sources":
            value = _sources(value)
        elif f.name == "cluster_ids":
            if not isinstance(value, list) or not all(
                isinstance(v, int) and not isinstance(v, bool) for v in value
            ):
                raise TypeError("cluster_ids expects a list of numbers")
            value = tuple(value)
        else:
            _check_kind(f.name, str(f.type), value)
        values[f.name] = value
    return cls(**values)


# The kinds of plain values a draft holds, by their annotation.
_KINDS: dict[str, tuple[type, ...]] = {
    "str": (str,),
    "bool": (bool,),
    "int": (int,),
    "int | None": (int, type(None)),
    "float | None": (int, float, type(None)),
}


def _check_kind(name: str, annotation: str, value: Any) -> None:
    kinds = _KINDS.get(annotation)
    if kinds is None:
        raise TypeError(f"{name}: unexpected field")
    # JSON has no separate kind for yes/no: true is not a number here, and 1 is not yes.
    if isinstance(value, bool) != (bool in kinds) or not isinstance(value, kinds):
        raise TypeError(f"{name}: {type(value).__name__} where {annotation} belongs")


def _sources(value: Any) -> tuple[tuple[str, int], ...]:
    if not isinstance(value, list):
        raise TypeError("sources expects a list")
    pairs = []
    for item in value:
        if not (
            isinstance(item, list)
            and len(item) == 2
            and isinstance(item[0], str)
            and isinstance(item[1], int)
            and not isinstance(item[1], bool)
        ):
            raise TypeError("sources expects (source, count) pairs")
        pairs.append((item[0], item[1]))
    return tuple(pairs)


_NESTED.update(
    {
        (StrategyDraft, "goals"): GoalEntry,
        (StrategyDraft, "fields"): FieldEntry,
        (StrategyDraft, "criteria"): CriterionEntry,
        (StrategyDraft, "governance"): GovernanceEntry,
        (StrategyDraft, "actions"): ActionEntry,
        (FieldEntry, "goals"): FieldGoalEntry,
        (FieldEntry, "projects"): ProjectEntry,
        (FieldEntry, "trace"): TraceSummary,
    }
)
assert all(is_dataclass(t) for t in _NESTED.values())


def same_field(
    title: str, cluster_ids: tuple[int, ...], other_title: str, other_clusters: tuple[int, ...]
) -> bool:
    """Whether two fields of action with the same id are the same field, not a new one that
    was given the id of a deleted one: the same title (renamed fields keep their clusters), or
    clusters in common, or no clusters on one side to tell them apart."""
    if title == other_title or not cluster_ids or not other_clusters:
        return True
    return bool(set(cluster_ids) & set(other_clusters))


@dataclass(frozen=True)
class StrategyVersion:
    """A named version kept in the file (its content is read only when needed)."""

    id: int
    name: str
    created: str  # ISO 8601, local time, seconds
    position: int = 0

"""Where a field of action or a project came from: clusters, idea cards, their sources, the
dots they got and the scores of the project.

`store/strategy_draft.py` reads the facts (`TraceFacts`) in one go; the functions here follow
the chain from a field of action to the clusters it grew from, to their cards and the sources of
those cards (survey, interview, workshop …), and add up the dots of every voting round that is
closed or revealed (an open round's dots are still being cast); a second round that voted
again on a shortlist adds nothing to the first round's dots, where all options competed. An
idea is a card, and each duplicate merged into a card is an idea of its own (it was written by
someone else, often from another source).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field

from smartcity_desktop.domain.model import Card, CardSource, Cluster, FieldOfAction, Project

SOURCE_ORDER: tuple[str, ...] = tuple(str(s) for s in CardSource)


@dataclass(frozen=True)
class TraceSummary:
    """The counts of one row of the summary table."""

    ideas: int = 0
    sources: tuple[tuple[str, int], ...] = ()  # (source, ideas) in SOURCE_ORDER, none empty
    green: int = 0  # green dots in closed or revealed rounds
    red: int = 0
    projects: int = 0
    clusters: int = 0

    @property
    def source_count(self) -> int:
        return len(self.sources)

    @staticmethod
    def total(rows: Iterable[TraceSummary]) -> TraceSummary:
        rows = list(rows)
        sources: Counter[str] = Counter()
        for row in rows:
            sources.update(dict(row.sources))
        return TraceSummary(
            ideas=sum(r.ideas for r in rows),
            sources=_ordered(sources),
            green=sum(r.green for r in rows),
            red=sum(r.red for r in rows),
            projects=sum(r.projects for r in rows),
            clusters=sum(r.clusters for r in rows),
        )


@dataclass(frozen=True)
class Place:
    """Where a card or cluster lies: its board and workshop."""

    board: str = ""
    workshop: str = ""
    workshop_date: str = ""


@dataclass(frozen=True)
class IdeaTrace:
    """One idea card, its merged duplicates' sources, and its own dots."""

    card_id: int
    text: str
    source: str
    merged_sources: tuple[str, ...] = ()
    place: Place = field(default_factory=Place)
    green: int = 0
    red: int = 0

    @property
    def ideas(self) -> int:
        return 1 + len(self.merged_sources)


@dataclass(frozen=True)
class ClusterTrace:
    """A cluster, its cards, and the dots on the cluster itself (a round on clusters)."""

    cluster_id: int
    title: str
    place: Place = field(default_factory=Place)
    cards: tuple[IdeaTrace, ...] = ()
    green: int = 0
    red: int = 0


@dataclass(frozen=True)
class ScoreTrace:
    """A project's result in one weighting."""

    weighting_id: int
    weighting: str
    workshop: str
    utility: float | None
    rank: int | None
    ranked: int  # how many projects that weighting ranked
    excluded: bool = False
    agreed: bool = False  # the weighting the strategy names as agreed


@dataclass(frozen=True)
class Trace:
    """The whole chain behind a field of action or a project."""

    kind: str  # field | project
    title: str
    field: str = ""  # a project's field of action
    clusters: tuple[ClusterTrace, ...] = ()
    cards: tuple[IdeaTrace, ...] = ()  # cards outside those clusters (a project grown from one)
    projects: tuple[str, ...] = ()  # a field's projects
    scores: tuple[ScoreTrace, ...] = ()

    def all_ideas(self) -> list[IdeaTrace]:
        seen: dict[int, IdeaTrace] = {}
        for cluster in self.clusters:
            for card in cluster.cards:
                seen.setdefault(card.card_id, card)
        for card in self.cards:
            seen.setdefault(card.card_id, card)
        return list(seen.values())

    @property
    def summary(self) -> TraceSummary:
        ideas = self.all_ideas()
        sources: Counter[str] = Counter()
        for idea in ideas:
            sources[idea.source] += 1
            sources.update(idea.merged_sources)
        return TraceSummary(
            ideas=sum(i.ideas for i in ideas),
            sources=_ordered(sources),
            green=sum(c.green for c in self.clusters) + sum(i.green for i in ideas),
            red=sum(c.red for c in self.clusters) + sum(i.red for i in ideas),
            projects=len(self.projects),
            clusters=len(self.clusters),
        )


@dataclass(frozen=True)
class ProjectScore:
    """A project's outcome in one weighting (from `domain/evaluation`)."""

    weighting_id: int
    weighting: str
    workshop: str
    project_id: int
    utility: float | None
    rank: int | None
    ranked: int
    excluded: bool


@dataclass(frozen=True)
class TraceFacts:
    """Everything the chain needs, read from the file in one go."""

    fields: tuple[FieldOfAction, ...] = ()
    clusters: Mapping[int, Cluster] = field(default_factory=dict)
    cards: Mapping[int, Card] = field(default_factory=dict)  # cards of linked clusters and projects
    places: Mapping[int, Place] = field(default_factory=dict)  # board id → place
    projects: tuple[Project, ...] = ()
    # dots of closed or revealed rounds, per cluster id and per card id: (green, red)
    cluster_dots: Mapping[int, tuple[int, int]] = field(default_factory=dict)
    card_dots: Mapping[int, tuple[int, int]] = field(default_factory=dict)
    scores: tuple[ProjectScore, ...] = ()
    agreed_weighting_id: int | None = None


def _ordered(counts: Mapping[str, int]) -> tuple[tuple[str, int], ...]:
    known = [(s, counts[s]) for s in SOURCE_ORDER if counts.get(s)]
    other = sorted((s, n) for s, n in counts.items() if n and s not in SOURCE_ORDER)
    return tuple(known + other)


def _idea(facts: TraceFacts, card: Card) -> IdeaTrace:
    green, red = facts.card_dots.get(card.id, (0, 0))
    return IdeaTrace(
        card_id=card.id,
        text=card.text,
        source=str(card.source),
        merged_sources=tuple(str(m.source) for m in card.merged),
        place=facts.places.get(card.board_id, Place()),
        green=green,
        red=red,
    )


def _cluster(facts: TraceFacts, cluster_id: int) -> ClusterTrace | None:
    cluster = facts.clusters.get(cluster_id)
    if cluster is None:
        return None
    cards = sorted(
        (c for c in facts.cards.values() if c.cluster_id == cluster_id), key=lambda c: c.id
    )
    green, red = facts.cluster_dots.get(cluster_id, (0, 0))
    return ClusterTrace(
        cluster_id=cluster.id,
        title=cluster.title,
        place=facts.places.get(cluster.board_id, Place()),
        cards=tuple(_idea(facts, c) for c in cards),
        green=green,
        red=red,
    )


def _scores(facts: TraceFacts, project_id: int) -> tuple[ScoreTrace, ...]:
    rows = [
        ScoreTrace(
            weighting_id=s.weighting_id,
            weighting=s.weighting,
            workshop=s.workshop,
            utility=s.utility,
            rank=s.rank,
            ranked=s.ranked,
            excluded=s.excluded,
            agreed=s.weighting_id == facts.agreed_weighting_id,
        )
        for s in facts.scores
        if s.project_id == project_id
    ]
    rows.sort(key=lambda s: (not s.agreed, s.weighting_id))
    return tuple(rows)


def field_trace(facts: TraceFacts, field_id: int) -> Trace:
    """The chain behind a field of action; KeyError if there is no such field."""
    fld = next((f for f in facts.fields if f.id == field_id), None)
    if fld is None:
        raise KeyError(field_id)
    clusters = [_cluster(facts, cid) for cid in fld.cluster_ids]
    return Trace(
        kind="field",
        title=fld.title,
        clusters=tuple(c for c in clusters if c is not None),
        projects=tuple(p.title for p in facts.projects if p.field_id == field_id),
    )


def project_trace(facts: TraceFacts, project_id: int) -> Trace:
    """The chain behind a project: the card or cluster it grew from, its field of action and
    its scores; KeyError if there is no such project."""
    project = next((p for p in facts.projects if p.id == project_id), None)
    if project is None:
        raise KeyError(project_id)
    fld = next((f for f in facts.fields if f.id == project.field_id), None)
    clusters: list[ClusterTrace] = []
    cards: list[IdeaTrace] = []
    if project.cluster_id is not None:
        cluster = _cluster(facts, project.cluster_id)
        if cluster is not None:
            clusters.append(cluster)
    if project.card_id is not None and project.card_id in facts.cards:
        card = facts.cards[project.card_id]
        if not any(c.card_id == card.id for cl in clusters for c in cl.cards):
            cards.append(_idea(facts, card))
    return Trace(
        kind="project",
        title=project.title,
        field=fld.title if fld else "",
        clusters=tuple(clusters),
        cards=tuple(cards),
        scores=_scores(facts, project_id),
    )


def summary(facts: TraceFacts) -> list[tuple[FieldOfAction, TraceSummary]]:
    """One row per field of action, in the strategy's order."""
    return [(f, field_trace(facts, f.id).summary) for f in facts.fields]


def project_scores(facts: TraceFacts, weighting_id: int | None) -> dict[int, ProjectScore]:
    """Each project's outcome in one weighting, by project id."""
    if weighting_id is None:
        return {}
    return {s.project_id: s for s in facts.scores if s.weighting_id == weighting_id}


def field_projects(projects: Sequence[Project], field_id: int) -> list[Project]:
    return [p for p in projects if p.field_id == field_id]

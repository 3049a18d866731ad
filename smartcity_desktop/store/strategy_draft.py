"""Reading the strategy draft: its goals, field goals, governance, action plan, versions, the
facts behind its traceability, and the whole draft as one `StrategyDraft`."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from smartcity_desktop.domain import evaluation
from smartcity_desktop.domain.model import (
    FieldGoal,
    GovernanceBody,
    Project,
    StrategicGoal,
    StrategyAction,
    Weighting,
)
from smartcity_desktop.domain.strategy import (
    ActionEntry,
    CriterionEntry,
    DraftFormatError,
    FieldEntry,
    FieldGoalEntry,
    GoalEntry,
    GovernanceEntry,
    ProjectEntry,
    StrategyDraft,
    StrategyVersion,
)
from smartcity_desktop.domain.traceability import (
    Place,
    ProjectScore,
    TraceFacts,
    field_trace,
    project_scores,
)
from smartcity_desktop.store import board as store_board
from smartcity_desktop.store import strategy as store_strategy
from smartcity_desktop.store import voting as store_voting
from smartcity_desktop.store import weighting as store_weighting
from smartcity_desktop.store import workshops as store_workshops
from smartcity_desktop.store.connection import ProjectFile
from smartcity_desktop.store.minutes import round_results

COUNTED_STATES = ("closed", "revealed")  # rounds whose dots count for the strategy


def list_goals(pf: ProjectFile) -> list[StrategicGoal]:
    rows = pf.query("SELECT * FROM strategic_goals ORDER BY position, id")
    return [StrategicGoal(r["id"], r["title"], r["text"], r["isek"], r["position"]) for r in rows]


def list_field_goals(pf: ProjectFile, field_id: int | None = None) -> list[FieldGoal]:
    where, params = ("WHERE field_id = ?", (field_id,)) if field_id is not None else ("", ())
    rows = pf.query(f"SELECT * FROM field_goals {where} ORDER BY field_id, position, id", params)
    return [FieldGoal(r["id"], r["field_id"], r["text"], r["goal_id"], r["position"]) for r in rows]


def list_governance(pf: ProjectFile) -> list[GovernanceBody]:
    rows = pf.query("SELECT * FROM governance_bodies ORDER BY position, id")
    return [
        GovernanceBody(r["id"], r["name"], r["members"], r["tasks"], r["position"]) for r in rows
    ]


def list_actions(pf: ProjectFile) -> list[StrategyAction]:
    rows = pf.query("SELECT * FROM strategy_actions ORDER BY position, id")
    return [
        StrategyAction(r["id"], r["what"], r["who"], r["due"], r["field_id"], r["position"])
        for r in rows
    ]


def list_versions(pf: ProjectFile) -> list[StrategyVersion]:
    """The named versions, oldest first (without their content)."""
    rows = pf.query("SELECT id, name, created, position FROM strategy_versions ORDER BY id")
    return [StrategyVersion(r["id"], r["name"], r["created"], r["position"]) for r in rows]


def version_content(pf: ProjectFile, version_id: int) -> StrategyDraft:
    """A version's draft; KeyError if there is none, DraftFormatError if it cannot be read."""
    rows = pf.query("SELECT content FROM strategy_versions WHERE id = ?", (version_id,))
    if not rows:
        raise KeyError(version_id)
    return StrategyDraft.from_json(rows[0]["content"])


def find_version(pf: ProjectFile, name: str) -> int | None:
    """The newest version called `name` (case and surrounding blanks ignored)."""
    wanted = name.strip().casefold()
    for version in reversed(list_versions(pf)):
        if version.name.strip().casefold() == wanted:
            return version.id
    return None


# -- traceability ----------------------------------------------------------------------------


def _places(pf: ProjectFile) -> dict[int, Place]:
    workshops = {w.id: w for w in store_workshops.list_workshops(pf)}
    places = {}
    for r in pf.query("SELECT id, workshop_id, title FROM boards"):
        w = workshops.get(r["workshop_id"])
        places[r["id"]] = Place(r["title"], w.title if w else "", w.date if w else "")
    return places


def _dots(pf: ProjectFile) -> tuple[dict[int, tuple[int, int]], dict[int, tuple[int, int]]]:
    """Dots per cluster and per card, from rounds that are closed or revealed.

    A second round (a run-off) votes again on a shortlist of an earlier round's options: its
    dots are not added to the first round's, where every option was weighed against all the
    others, so fields of action stay comparable and no support is counted twice.
    """
    clusters: dict[int, tuple[int, int]] = {}
    cards: dict[int, tuple[int, int]] = {}
    rows = pf.query(
        "SELECT id FROM voting_rounds WHERE state IN (?, ?) ORDER BY id", COUNTED_STATES
    )
    options = {r["id"]: store_voting.list_options(pf, r["id"]) for r in rows}
    counted = {o.id for opts in options.values() for o in opts}
    superseded = {
        o.id
        for opts in options.values()
        for o in opts
        if o.previous_option_id is not None and o.previous_option_id in counted
    }
    for round_id, opts in options.items():
        by_id = {o.id: o for o in opts}
        for result in round_results(pf, round_id):
            option = by_id.get(result.option_id)
            if option is None or option.id in superseded:
                continue
            for key, target in ((option.cluster_id, clusters), (option.card_id, cards)):
                if key is not None:
                    green, red = target.get(key, (0, 0))
                    target[key] = (green + result.green, red + result.red)
    return clusters, cards


def _weighting_label(weighting: Weighting, workshops: dict[int, str]) -> tuple[str, str]:
    return weighting.title, workshops.get(weighting.workshop_id, "")


def _scores(pf: ProjectFile) -> tuple[ProjectScore, ...]:
    criteria = store_weighting.list_criteria(pf)
    projects = store_weighting.list_projects(pf)
    workshops = {w.id: w.title for w in store_workshops.list_workshops(pf)}
    rows: list[ProjectScore] = []
    for w in store_weighting.all_weightings(pf):
        result = evaluation.evaluate(
            w,
            criteria,
            projects,
            store_weighting.list_judgements(pf, w.id),
            store_weighting.list_scores(pf, w.id),
        )
        title, workshop = _weighting_label(w, workshops)
        for outcome in result.outcomes:
            rows.append(
                ProjectScore(
                    weighting_id=w.id,
                    weighting=title,
                    workshop=workshop,
                    project_id=outcome.project_id,
                    utility=outcome.utility,
                    rank=outcome.rank,
                    ranked=len(result.ranked),
                    excluded=outcome.excluded,
                )
            )
    return tuple(rows)


def load_trace_facts(pf: ProjectFile) -> TraceFacts:
    """Everything traceability needs, read in one go."""
    fields = tuple(store_board.list_fields(pf))
    projects = tuple(store_weighting.list_projects(pf))
    cluster_ids = {cid for f in fields for cid in f.cluster_ids}
    cluster_ids |= {p.cluster_id for p in projects if p.cluster_id is not None}
    clusters = {c.id: c for c in store_board.clusters_by_ids(pf, cluster_ids)}
    cards = {
        c.id: c
        for c in _cards_in(pf, clusters)
        + store_board.cards_by_ids(pf, (p.card_id for p in projects if p.card_id is not None))
    }
    cluster_dots, card_dots = _dots(pf)
    return TraceFacts(
        fields=fields,
        clusters=clusters,
        cards=cards,
        places=_places(pf),
        projects=projects,
        cluster_dots=cluster_dots,
        card_dots=card_dots,
        scores=_scores(pf),
        agreed_weighting_id=store_strategy.load_strategy(pf).weighting_id,
    )


def _cards_in(pf: ProjectFile, clusters: Iterable[int]) -> list[Any]:
    return [card for cid in sorted(clusters) for card in store_board.cluster_cards(pf, cid)]


# -- the whole draft -------------------------------------------------------------------------


def _criteria(pf: ProjectFile, weighting_id: int | None) -> tuple[list[CriterionEntry], str, str]:
    """The criteria with their agreed weights (those of the agreed weighting, in its order), or
    the whole catalogue without weights when no weighting is agreed."""
    catalogue = store_weighting.list_criteria(pf)
    if weighting_id is not None:
        try:
            weighting = store_weighting.get_weighting(pf, weighting_id)
        except KeyError:
            weighting = None
        if weighting is not None:
            weights = evaluation.evaluate_weights(
                weighting, store_weighting.list_judgements(pf, weighting_id)
            ).weights
            by_id = {c.id: c for c in catalogue}
            entries = []
            for i, cid in enumerate(weighting.criterion_ids):
                c = by_id.get(cid)
                if c is None:
                    continue
                w = weights[i] if weights and i < len(weights) else None
                entries.append(CriterionEntry(c.name, c.description, w, c.must, c.threshold))
            workshops = {w.id: w.title for w in store_workshops.list_workshops(pf)}
            label = weighting.title
            if workshops.get(weighting.workshop_id):
                label = f"{weighting.title} ({workshops[weighting.workshop_id]})"
            return entries, label, str(weighting.method)
    entries = [CriterionEntry(c.name, c.description, None, c.must, c.threshold) for c in catalogue]
    return entries, "", ""


def _project_entries(
    projects: Iterable[Project], field_id: int, scores: dict[int, ProjectScore]
) -> list[ProjectEntry]:
    """A field's projects with their result in the agreed weighting, best ranked first."""
    entries = []
    for p in projects:
        if p.field_id != field_id:
            continue
        s = scores.get(p.id)
        entries.append(
            ProjectEntry(
                title=p.title,
                description=p.description,
                owner=p.owner,
                cost=p.cost,
                status=str(p.status),
                utility=s.utility if s else None,
                rank=s.rank if s else None,
                excluded=bool(s and s.excluded),
                project_id=p.id,
            )
        )
    entries.sort(key=lambda e: (e.rank is None, e.rank or 0))
    return entries


def field_projects(pf: ProjectFile, field_id: int) -> list[ProjectEntry]:
    """One field's projects as the draft shows them, without reading its traceability."""
    weighting_id = store_strategy.load_strategy(pf).weighting_id
    scores = {s.project_id: s for s in _scores(pf) if s.weighting_id == weighting_id}
    return _project_entries(store_weighting.list_projects(pf), field_id, scores)


def agreed_criteria(pf: ProjectFile) -> list[CriterionEntry]:
    """The criteria section as the draft shows it, without reading its traceability."""
    return _criteria(pf, store_strategy.load_strategy(pf).weighting_id)[0]


def load_draft(pf: ProjectFile) -> StrategyDraft:
    """The current draft, as an export prints it and a version keeps it."""
    strategy = store_strategy.load_strategy(pf)
    goals = list_goals(pf)
    goal_titles = {g.id: g.title for g in goals}
    facts = load_trace_facts(pf)
    scores = project_scores(facts, strategy.weighting_id)
    field_goals: dict[int, list[FieldGoal]] = {}
    for fg in list_field_goals(pf):
        field_goals.setdefault(fg.field_id, []).append(fg)
    fields = []
    for f in facts.fields:
        projects = _project_entries(facts.projects, f.id, scores)
        fields.append(
            FieldEntry(
                title=f.title,
                description=f.description,
                goals=tuple(
                    FieldGoalEntry(g.text, goal_titles.get(g.goal_id, ""), g.goal_id)
                    for g in field_goals.get(f.id, [])
                ),
                projects=tuple(projects),
                trace=field_trace(facts, f.id).summary,
                field_id=f.id,
                cluster_ids=tuple(f.cluster_ids),
            )
        )
    field_titles = {f.id: f.title for f in facts.fields}
    criteria, weighting_label, method = _criteria(pf, strategy.weighting_id)
    return StrategyDraft(
        title=strategy.title,
        city=strategy.city,
        notice=strategy.notice,
        vision=strategy.vision,
        goals_text=strategy.goals_text,
        goals=tuple(GoalEntry(g.title, g.text, g.isek, g.id) for g in goals),
        fields_text=strategy.fields_text,
        fields=tuple(fields),
        criteria_text=strategy.criteria_text,
        criteria=tuple(criteria),
        weighting=weighting_label,
        weighting_method=method,
        weighting_id=strategy.weighting_id if weighting_label else None,
        governance_text=strategy.governance_text,
        governance=tuple(GovernanceEntry(b.name, b.members, b.tasks) for b in list_governance(pf)),
        next_steps_text=strategy.next_steps_text,
        actions=tuple(
            ActionEntry(a.what, a.who, a.due, field_titles.get(a.field_id, ""), a.field_id)
            for a in list_actions(pf)
        ),
    )


def load_version_or_current(pf: ProjectFile, name: str | None) -> StrategyDraft:
    """The draft a named version keeps, or the current one when `name` is None.

    KeyError if no version has that name; DraftFormatError if its content cannot be read.
    """
    if name is None:
        return load_draft(pf)
    version_id = find_version(pf, name)
    if version_id is None:
        raise KeyError(name)
    return version_content(pf, version_id)


__all__ = [
    "DraftFormatError",
    "find_version",
    "list_actions",
    "list_field_goals",
    "list_goals",
    "list_governance",
    "list_versions",
    "load_draft",
    "load_trace_facts",
    "load_version_or_current",
    "version_content",
]

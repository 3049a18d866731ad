"""The criteria catalogue, projects and weightings as undoable change sets.

A judgement or a score is one command, so a workshop can take back any entry; the maths lives in
`domain/weighting.py` and `domain/evaluation.py`, and `evaluate()` here runs it over the file.
"""

from __future__ import annotations

import json
import math
from collections.abc import Mapping, Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject

from smartcity_desktop.document.commands import ChangeSetCommand, move_ops
from smartcity_desktop.document.document import Delete, Insert, Op, ProjectDocument, Update
from smartcity_desktop.domain import evaluation
from smartcity_desktop.domain.model import Criterion, Project, ProjectStatus, WeightingMethod
from smartcity_desktop.domain.weighting import SAATY_1980_RI

SCORE_RANGE = (0.0, 10.0)
AHP_RANGE = (1.0 / 9.0, 9.0)
MAX_POINTS = 1000.0  # per criterion: 100 points are shared, a little slack for other budgets
MAX_RANK = 1000
MAX_AHP_CRITERIA = max(SAATY_1980_RI)
MAX_COST = 10**12  # euros: a rough cost above a trillion is a typing error


class WeightingTexts(QObject):
    """Undo texts with a count (self.tr(), so lupdate records their plural forms)."""

    def delete_criteria(self, n: int) -> str:
        return self.tr("Delete %n criterion/criteria", "", n)

    def delete_projects(self, n: int) -> str:
        return self.tr("Delete %n project(s)", "", n)

    def add_criteria(self, n: int) -> str:
        return self.tr("Add %n criterion/criteria", "", n)

    def enter_scores(self, n: int) -> str:
        return self.tr("Enter %n score(s)", "", n)


# -- the criteria catalogue ----------------------------------------------------------------


def criterion_row(doc: ProjectDocument, values: Mapping[str, Any], row_id: int) -> dict:
    row: dict[str, Any] = {
        "id": row_id,
        "name": str(values.get("name", "")).strip()
        or QCoreApplication.translate("Commands", "New criterion"),
        "description": str(values.get("description", "")),
        "anchor_low": str(values.get("anchor_low", "")),
        "anchor_mid": str(values.get("anchor_mid", "")),
        "anchor_high": str(values.get("anchor_high", "")),
        "must": int(bool(values.get("must", False))),
        "threshold": _threshold(values.get("threshold")),
        "position": values.get("position", 0),
    }
    return row


def _threshold(value: Any) -> float | None:
    if value is None or value == "":
        return None
    number = float(value)
    if not SCORE_RANGE[0] <= number <= SCORE_RANGE[1]:
        raise ValueError(f"a threshold is a score from 0 to 10, not {value!r}")
    return number


def add_criteria(
    doc: ProjectDocument, entries: Sequence[Mapping[str, Any]]
) -> ChangeSetCommand | None:
    """New criteria at the end of the catalogue; `new_ids` are their ids."""
    if not entries:
        return None
    first = doc.next_id("criteria")
    position = doc.next_position("criteria")
    rows = tuple(
        criterion_row(doc, {**e, "position": position + k}, first + k)
        for k, e in enumerate(entries)
    )
    if len(rows) == 1:
        text = QCoreApplication.translate("Commands", "Add criterion “%1”").replace(
            "%1", rows[0]["name"]
        )
    else:
        text = WeightingTexts().add_criteria(len(rows))
    command = ChangeSetCommand(doc, [Insert("criteria", rows)], text)
    command.new_ids = [r["id"] for r in rows]
    return command


def add_criterion(doc: ProjectDocument, name: str, **values: Any) -> ChangeSetCommand:
    command = add_criteria(doc, [{"name": name, **values}])
    assert command is not None
    return command


def edit_criterion(
    doc: ProjectDocument, criterion_id: int, values: Mapping[str, Any]
) -> ChangeSetCommand | None:
    """Change fields of a criterion; typing into one field merges into one step."""
    values = dict(values)
    if "name" in values:
        values["name"] = str(values["name"]).strip()
        if not values["name"]:
            raise ValueError("a criterion needs a name")
    if "threshold" in values:
        values["threshold"] = _threshold(values["threshold"])
    if "must" in values:
        values["must"] = int(bool(values["must"]))
    current = doc.row("criterion", criterion_id)
    values = {k: v for k, v in values.items() if current.get(k) != v}
    if not values:
        return None
    command = ChangeSetCommand(
        doc,
        [Update("criteria", criterion_id, values)],
        QCoreApplication.translate("Commands", "Edit criterion"),
    )
    if len(values) == 1:
        command.merge_key = ("criterion", criterion_id, next(iter(values)))
    return command


def delete_criteria(doc: ProjectDocument, criterion_ids: Sequence[int]) -> ChangeSetCommand | None:
    """Delete criteria with their judgements and scores in every weighting (undoable)."""
    ids = tuple(sorted(set(criterion_ids)))
    if not ids:
        return None
    return ChangeSetCommand(
        doc, [Delete("criteria", ids)], WeightingTexts().delete_criteria(len(ids))
    )


def uses_of_criteria(doc: ProjectDocument, criterion_ids: Sequence[int]) -> list[str]:
    """Titles of the weightings that use any of the criteria (to warn before deleting)."""
    wanted = set(criterion_ids)
    return [w.title for w in doc.weightings() if wanted & set(w.criterion_ids)]


def uses_of_projects(doc: ProjectDocument, project_ids: Sequence[int]) -> list[str]:
    wanted = set(project_ids)
    return [w.title for w in doc.weightings() if wanted & set(w.project_ids)]


def move_criterion(doc: ProjectDocument, criterion_id: int, index: int) -> ChangeSetCommand | None:
    """Move a criterion to `index` in the catalogue."""
    ops = move_ops("criteria", doc.criteria(), criterion_id, index)
    return (
        ChangeSetCommand(doc, ops, QCoreApplication.translate("Commands", "Move criterion"))
        if ops
        else None
    )


def demo_catalogue() -> list[dict[str, Any]]:
    """The demo strategy's criteria (name, description, anchors, must/threshold)."""
    from smartcity_desktop.store.demo import demo_source_dir

    path = demo_source_dir() / "criteria.json"
    return list(json.loads(path.read_text(encoding="utf-8"))["criteria"])


# -- projects --------------------------------------------------------------------------------


def project_row(values: Mapping[str, Any], row_id: int) -> dict[str, Any]:
    cost = values.get("cost")
    if cost is not None and cost != "":
        number = float(cost) if not isinstance(cost, int) else cost
        if isinstance(number, float) and not number.is_integer():
            raise ValueError(f"a cost is a whole number of euros, not {cost!r}")
        cost = int(number)
        if not 0 <= cost <= MAX_COST:
            raise ValueError(f"a cost lies between 0 and {MAX_COST:,} euros, not {cost:,}")
    else:
        cost = None
    return {
        "id": row_id,
        "title": str(values.get("title", "")).strip()
        or QCoreApplication.translate("Commands", "New project"),
        "field_id": values.get("field_id"),
        "description": str(values.get("description", "")),
        "owner": str(values.get("owner", "")),
        "cost": cost,
        "status": str(ProjectStatus(values.get("status", ProjectStatus.IDEA))),
        "card_id": values.get("card_id"),
        "cluster_id": values.get("cluster_id"),
        "position": values.get("position", 0),
    }


def add_project(doc: ProjectDocument, title: str, **values: Any) -> ChangeSetCommand:
    row = project_row(
        {"title": title, **values, "position": doc.next_position("projects")},
        doc.next_id("projects"),
    )
    command = ChangeSetCommand(
        doc,
        [Insert("projects", (row,))],
        QCoreApplication.translate("Commands", "Add project “%1”").replace("%1", row["title"]),
    )
    command.new_ids = [row["id"]]
    return command


def _field_of_cluster(doc: ProjectDocument, cluster_id: int | None) -> int | None:
    if cluster_id is None:
        return None
    links = doc.field_links([cluster_id]).get(cluster_id, [])
    return links[0][1] if links else None


def project_from_card(doc: ProjectDocument, card_id: int) -> ChangeSetCommand:
    """A project from an idea card: its text as title, its cluster's field of action."""
    cards = doc.cards_by_ids([card_id])
    if not cards:
        raise KeyError(f"card {card_id} does not exist")
    card = cards[0]
    title = " ".join(card.text.split())
    short = title if len(title) <= 120 else title[:119].rstrip() + "…"
    return add_project(
        doc,
        short,
        description=card.text if short != title else "",
        card_id=card.id,
        cluster_id=card.cluster_id,
        field_id=_field_of_cluster(doc, card.cluster_id),
    )


def project_from_cluster(doc: ProjectDocument, cluster_id: int) -> ChangeSetCommand:
    """A project from a cluster: its title, its cards as the description, its field."""
    clusters = doc.clusters_by_ids([cluster_id])
    if not clusters:
        raise KeyError(f"cluster {cluster_id} does not exist")
    cluster = clusters[0]
    cards = doc.cluster_cards(cluster_id)
    description = "\n".join(f"• {c.text}" for c in sorted(cards, key=lambda c: (c.y, c.x)))
    return add_project(
        doc,
        cluster.title,
        description=description,
        cluster_id=cluster.id,
        field_id=_field_of_cluster(doc, cluster.id),
    )


def projects_of(
    doc: ProjectDocument, *, card_id: int | None = None, cluster_id: int | None = None
) -> list[Project]:
    """Projects that grew from a card or a cluster."""
    return [
        p
        for p in doc.projects()
        if (card_id is not None and p.card_id == card_id)
        or (cluster_id is not None and p.cluster_id == cluster_id and p.card_id is None)
    ]


def edit_project(
    doc: ProjectDocument, project_id: int, values: Mapping[str, Any]
) -> ChangeSetCommand | None:
    values = dict(values)
    if "title" in values:
        values["title"] = str(values["title"]).strip()
        if not values["title"]:
            raise ValueError("a project needs a title")
    if "cost" in values:
        values["cost"] = project_row({"cost": values["cost"]}, 0)["cost"]
    if "status" in values:
        values["status"] = str(ProjectStatus(values["status"]))
    current = doc.row("project", project_id)
    values = {k: v for k, v in values.items() if current.get(k) != v}
    if not values:
        return None
    command = ChangeSetCommand(
        doc,
        [Update("projects", project_id, values)],
        QCoreApplication.translate("Commands", "Edit project"),
    )
    if len(values) == 1:
        command.merge_key = ("project", project_id, next(iter(values)))
    return command


def delete_projects(doc: ProjectDocument, project_ids: Sequence[int]) -> ChangeSetCommand | None:
    ids = tuple(sorted(set(project_ids)))
    if not ids:
        return None
    return ChangeSetCommand(
        doc, [Delete("projects", ids)], WeightingTexts().delete_projects(len(ids))
    )


def move_project(doc: ProjectDocument, project_id: int, index: int) -> ChangeSetCommand | None:
    ops = move_ops("projects", doc.projects(), project_id, index)
    return (
        ChangeSetCommand(doc, ops, QCoreApplication.translate("Commands", "Move project"))
        if ops
        else None
    )


# -- weightings ------------------------------------------------------------------------------


def start_weighting(
    doc: ProjectDocument,
    workshop_id: int,
    title: str,
    method: str,
    criterion_ids: Sequence[int],
    project_ids: Sequence[int] = (),
    *,
    judged_by: str = "group",
    scored_by: str = "group",
) -> ChangeSetCommand:
    """A new weighting in a workshop over the given criteria and projects; `new_ids[0]` is its
    id."""
    method = str(WeightingMethod(method))
    _check_ahp_size(method, len(set(criterion_ids)))
    if judged_by not in ("group", "participants") or scored_by not in ("group", "participants"):
        raise ValueError("judged/scored by the group or by participants")
    title = title.strip() or QCoreApplication.translate("Commands", "Weighting")
    weighting_id = doc.next_id("weightings")
    position = len(doc.weightings(workshop_id))
    ops: list[Op] = [
        Insert(
            "weightings",
            (
                {
                    "id": weighting_id,
                    "workshop_id": workshop_id,
                    "title": title,
                    "method": method,
                    "judged_by": judged_by,
                    "scored_by": scored_by,
                    "state": "open",
                    "position": position,
                },
            ),
        )
    ]
    ops += _member_inserts(doc, "weighting_criteria", "criterion_id", weighting_id, criterion_ids)
    ops += _member_inserts(doc, "weighting_projects", "project_id", weighting_id, project_ids)
    command = ChangeSetCommand(
        doc,
        ops,
        QCoreApplication.translate("Commands", "Start weighting “%1”").replace("%1", title),
    )
    command.new_ids = [weighting_id]
    return command


def _member_inserts(
    doc: ProjectDocument,
    table: str,
    column: str,
    weighting_id: int,
    ids: Sequence[int],
    first_position: int = 0,
) -> list[Op]:
    unique = list(dict.fromkeys(ids))
    if not unique:
        return []
    first = doc.next_id(table)
    return [
        Insert(
            table,
            tuple(
                {
                    "id": first + k,
                    "weighting_id": weighting_id,
                    column: member,
                    "position": first_position + k,
                }
                for k, member in enumerate(unique)
            ),
        )
    ]


def edit_weighting(
    doc: ProjectDocument, weighting_id: int, values: Mapping[str, Any]
) -> ChangeSetCommand | None:
    """Rename, finish or reopen a weighting, or change who judges and scores.

    Changing the method drops the judgements made with the old one (in the same step, so undo
    brings them back): points, ranks and pairs can't be read as one another.
    """
    values = dict(values)
    current = doc.row("weighting", weighting_id)
    if "title" in values:
        values["title"] = str(values["title"]).strip()
        if not values["title"]:
            raise ValueError("a weighting needs a title")
    if "method" in values:
        values["method"] = str(WeightingMethod(values["method"]))
        _check_ahp_size(values["method"], len(doc.weighting(weighting_id).criterion_ids))
    for key, allowed in (
        ("state", ("open", "finished")),
        ("judged_by", ("group", "participants")),
        ("scored_by", ("group", "participants")),
    ):
        if key in values and values[key] not in allowed:
            raise ValueError(f"{key} is one of {', '.join(allowed)}, not {values[key]!r}")
    values = {k: v for k, v in values.items() if current.get(k) != v}
    if not values:
        return None
    ops: list[Op] = [Update("weightings", weighting_id, values)]
    if "method" in values and not _same_kind(
        WeightingMethod(current["method"]), WeightingMethod(values["method"])
    ):
        stale = tuple(j.id for j in doc.judgements(weighting_id))
        if stale:
            ops.append(Delete("judgements", stale))
    text = {
        "title": QCoreApplication.translate("Commands", "Rename weighting"),
        "state": QCoreApplication.translate("Commands", "Finish weighting")
        if values.get("state") == "finished"
        else QCoreApplication.translate("Commands", "Reopen weighting"),
        "method": QCoreApplication.translate("Commands", "Change the weighting method"),
    }.get(
        next(iter(values)) if len(values) == 1 else "",
        QCoreApplication.translate("Commands", "Change the weighting"),
    )
    command = ChangeSetCommand(doc, ops, text)
    if set(values) == {"title"}:
        command.merge_key = ("weighting", weighting_id, "title")
    return command


def set_weighting_criteria(
    doc: ProjectDocument, weighting_id: int, criterion_ids: Sequence[int]
) -> ChangeSetCommand | None:
    """The weighting's criteria, in this order; the judgements and scores of a criterion taken
    out are removed with it (undoable)."""
    return _set_members(
        doc,
        weighting_id,
        "weighting_criteria",
        "criterion_id",
        criterion_ids,
        QCoreApplication.translate("Commands", "Choose the criteria of the weighting"),
    )


def set_weighting_projects(
    doc: ProjectDocument, weighting_id: int, project_ids: Sequence[int]
) -> ChangeSetCommand | None:
    return _set_members(
        doc,
        weighting_id,
        "weighting_projects",
        "project_id",
        project_ids,
        QCoreApplication.translate("Commands", "Choose the projects of the weighting"),
    )


def _set_members(
    doc: ProjectDocument,
    weighting_id: int,
    table: str,
    column: str,
    wanted_ids: Sequence[int],
    text: str,
) -> ChangeSetCommand | None:
    weighting = doc.weighting(weighting_id)
    current = list(
        weighting.criterion_ids if table == "weighting_criteria" else weighting.project_ids
    )
    wanted = list(dict.fromkeys(wanted_ids))
    if table == "weighting_criteria":
        _check_ahp_size(weighting.method, len(wanted))
    if wanted == current:
        return None
    rows = {r[column]: r for r in doc.weighting_members(weighting_id, table)}
    ops: list[Op] = []
    removed = [m for m in current if m not in wanted]
    if removed:
        ops.append(Delete(table, tuple(rows[m]["id"] for m in removed)))
        gone = set(removed)
        if table == "weighting_criteria":
            judgements = tuple(
                j.id
                for j in doc.judgements(weighting_id)
                if j.criterion_id in gone or j.other_id in gone
            )
            if judgements:
                ops.append(Delete("judgements", judgements))
            scores = tuple(s.id for s in doc.scores(weighting_id) if s.criterion_id in gone)
        else:
            scores = tuple(s.id for s in doc.scores(weighting_id) if s.project_id in gone)
        if scores:
            ops.append(Delete("scores", scores))
    new = [m for m in wanted if m not in rows]
    next_id = doc.next_id(table)
    inserts = []
    for position, member in enumerate(wanted):
        if member in rows:
            if rows[member]["position"] != position:
                ops.append(Update(table, rows[member]["id"], {"position": position}))
        else:
            inserts.append(
                {
                    "id": next_id + len(inserts),
                    "weighting_id": weighting_id,
                    column: member,
                    "position": position,
                }
            )
    if new:
        ops.append(Insert(table, tuple(inserts)))
    return ChangeSetCommand(doc, ops, text) if ops else None


def delete_weighting(doc: ProjectDocument, weighting_id: int) -> ChangeSetCommand:
    return ChangeSetCommand(
        doc,
        [Delete("weightings", (weighting_id,))],
        QCoreApplication.translate("Commands", "Delete weighting"),
    )


# -- judgements and scores -------------------------------------------------------------------


def _check_judgement(method: WeightingMethod, other_id: int | None, value: float) -> None:
    """Refuse a value the method can't read (checked on the value as entered, before a pair
    is turned round)."""
    if method.is_pairwise != (other_id is not None):
        raise ValueError("this method judges " + ("pairs" if method.is_pairwise else "criteria"))
    if not math.isfinite(value):
        raise ValueError(f"a judgement is a finite number, not {value}")
    if method == WeightingMethod.AHP and not (AHP_RANGE[0] - 1e-9 <= value <= AHP_RANGE[1] + 1e-9):
        raise ValueError(f"an AHP judgement lies between 1/9 and 9, not {value}")
    if method == WeightingMethod.PAIRWISE and value not in (0, 1, 2):
        raise ValueError(f"a pairwise comparison gives 2, 1 or 0 points, not {value}")
    if method == WeightingMethod.POINTS and not 0 <= value <= MAX_POINTS:
        raise ValueError(f"points lie between 0 and {MAX_POINTS}, not {value}")
    if method.is_ranking and not (1 <= value <= MAX_RANK and value.is_integer()):
        raise ValueError(f"a rank is a whole number from 1: {value}")


def _same_kind(old: WeightingMethod, new: WeightingMethod) -> bool:
    """Whether judgements made with one method read the same with the other (both rankings)."""
    return old == new or (old.is_ranking and new.is_ranking)


def _check_ahp_size(method: str, n: int) -> None:
    if method == WeightingMethod.AHP and n > MAX_AHP_CRITERIA:
        raise ValueError(
            f"AHP compares at most {MAX_AHP_CRITERIA} criteria (Saaty's Random Index ends there),"
            f" not {n}"
        )


def judgement_ops(
    doc: ProjectDocument,
    weighting_id: int,
    participant_id: int | None,
    entries: Mapping[tuple[int, int | None], float | None],
) -> list[Op]:
    """Ops setting (or, for None, clearing) judgements of one rater.

    Keys are (criterion id, other criterion id or None); a pair may be given in either order,
    the value as seen from the first (AHP: how much more important; 2/1/0: its points).
    """
    weighting = doc.weighting(weighting_id)
    method = WeightingMethod(weighting.method)
    members = set(weighting.criterion_ids)
    existing = {
        (j.criterion_id, j.other_id): j
        for j in doc.judgements(weighting_id)
        if j.participant_id == participant_id
    }
    ops: list[Op] = []
    inserts: list[dict[str, Any]] = []
    next_id = doc.next_id("judgements")
    seen: dict[tuple[int, int | None], float | None] = {}
    for (criterion_id, other_id), raw in entries.items():
        if criterion_id not in members or (other_id is not None and other_id not in members):
            raise KeyError(f"criterion not in weighting {weighting_id}")
        value = None if raw is None else float(raw)
        if value is not None:
            _check_judgement(method, other_id, value)
        if other_id is not None:
            if other_id == criterion_id:
                raise ValueError("a criterion is not compared with itself")
            first, second, flipped = evaluation.pair_key(criterion_id, other_id)
            if value is not None:
                value = evaluation.judgement_value(value, flipped, method)
            key: tuple[int, int | None] = (first, second)
        else:
            key = (criterion_id, None)
        if key in seen:
            if seen[key] != value:
                raise ValueError("one pair was given two different judgements")
            continue
        seen[key] = value
        old = existing.get(key)
        if value is None:
            if old is not None:
                ops.append(Delete("judgements", (old.id,)))
        elif old is None:
            inserts.append(
                {
                    "id": next_id + len(inserts),
                    "weighting_id": weighting_id,
                    "participant_id": participant_id,
                    "criterion_id": key[0],
                    "other_id": key[1],
                    "value": value,
                }
            )
        elif old.value != value:
            ops.append(Update("judgements", old.id, {"value": value}))
    if inserts:
        ops.append(Insert("judgements", tuple(inserts)))
    return ops


def set_judgement(
    doc: ProjectDocument,
    weighting_id: int,
    participant_id: int | None,
    criterion_id: int,
    other_id: int | None,
    value: float | None,
) -> ChangeSetCommand | None:
    """One entry: points or a rank of a criterion, or the comparison of a pair."""
    ops = judgement_ops(doc, weighting_id, participant_id, {(criterion_id, other_id): value})
    if not ops:
        return None
    text = (
        QCoreApplication.translate("Commands", "Clear a judgement")
        if value is None
        else QCoreApplication.translate("Commands", "Enter a judgement")
    )
    return ChangeSetCommand(doc, ops, text)


def set_judgements(
    doc: ProjectDocument,
    weighting_id: int,
    participant_id: int | None,
    entries: Mapping[tuple[int, int | None], float | None],
    text: str = "",
) -> ChangeSetCommand | None:
    """Several entries in one step (a new ranking, points spread evenly)."""
    ops = judgement_ops(doc, weighting_id, participant_id, entries)
    if not ops:
        return None
    return ChangeSetCommand(
        doc, ops, text or QCoreApplication.translate("Commands", "Enter judgements")
    )


def score_ops(
    doc: ProjectDocument,
    weighting_id: int,
    participant_id: int | None,
    entries: Mapping[tuple[int, int], float | None],
) -> list[Op]:
    """Ops setting (None: clearing) scores, keyed by (project id, criterion id)."""
    weighting = doc.weighting(weighting_id)
    projects, criteria = set(weighting.project_ids), set(weighting.criterion_ids)
    existing = {
        (s.project_id, s.criterion_id): s
        for s in doc.scores(weighting_id)
        if s.participant_id == participant_id
    }
    ops: list[Op] = []
    inserts: list[dict[str, Any]] = []
    next_id = doc.next_id("scores")
    for (project_id, criterion_id), raw in entries.items():
        if project_id not in projects or criterion_id not in criteria:
            raise KeyError(f"project or criterion not in weighting {weighting_id}")
        old = existing.get((project_id, criterion_id))
        if raw is None:
            if old is not None:
                ops.append(Delete("scores", (old.id,)))
            continue
        value = float(raw)
        if not SCORE_RANGE[0] <= value <= SCORE_RANGE[1]:
            raise ValueError(f"a score lies between 0 and 10, not {raw!r}")
        if old is None:
            inserts.append(
                {
                    "id": next_id + len(inserts),
                    "weighting_id": weighting_id,
                    "participant_id": participant_id,
                    "project_id": project_id,
                    "criterion_id": criterion_id,
                    "value": value,
                }
            )
        elif old.value != value:
            ops.append(Update("scores", old.id, {"value": value}))
    if inserts:
        ops.append(Insert("scores", tuple(inserts)))
    return ops


def set_score(
    doc: ProjectDocument,
    weighting_id: int,
    participant_id: int | None,
    project_id: int,
    criterion_id: int,
    value: float | None,
) -> ChangeSetCommand | None:
    ops = score_ops(doc, weighting_id, participant_id, {(project_id, criterion_id): value})
    if not ops:
        return None
    text = (
        QCoreApplication.translate("Commands", "Clear a score")
        if value is None
        else QCoreApplication.translate("Commands", "Enter a score")
    )
    return ChangeSetCommand(doc, ops, text)


def set_scores(
    doc: ProjectDocument,
    weighting_id: int,
    participant_id: int | None,
    entries: Mapping[tuple[int, int], float | None],
) -> ChangeSetCommand | None:
    """Several scores in one step (pasted from a spreadsheet, or a row filled)."""
    ops = score_ops(doc, weighting_id, participant_id, entries)
    if not ops:
        return None
    return ChangeSetCommand(doc, ops, WeightingTexts().enter_scores(len(entries)))


# -- results ---------------------------------------------------------------------------------


def evaluate(doc: ProjectDocument, weighting_id: int) -> evaluation.Evaluation:
    """The weighting's result from what is in the file now."""
    return evaluation.evaluate(
        doc.weighting(weighting_id),
        doc.criteria(),
        doc.projects(),
        doc.judgements(weighting_id),
        doc.scores(weighting_id),
    )


def raters(doc: ProjectDocument, weighting_id: int) -> list[int]:
    """Participants with judgements or scores in the weighting, in order of their ids."""
    ids = {j.participant_id for j in doc.judgements(weighting_id)}
    ids |= {s.participant_id for s in doc.scores(weighting_id)}
    return sorted(i for i in ids if i is not None)


def criterion_by_id(doc: ProjectDocument) -> dict[int, Criterion]:
    return {c.id: c for c in doc.criteria()}

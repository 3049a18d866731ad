"""The open-data export: the whole project as one JSON document, or its tables as CSV/XLSX.

`export_data(record)` builds the JSON document (schema in docs/export-schema.md);
`write_data(record, target)` writes it as .json, as one .csv per table beside the target
(`OUT-cards.csv`, ...) or as one .xlsx with a sheet per table. The tables are derived from the
JSON document by `export/data_tables.py`, so the three formats always carry the same values.

Open data holds no personal data: no participant's name or organisation, no card author, no
moderator or minute-taker. The one exception is a named voting round (or a weighting judged
per participant), where a participant who consented to be named appears by name unless the
project is pseudonymised; everyone else there is a stable pseudonym "P-07" (from the
participant's id, the same in every round of the export). Anonymous rounds have per-round voter
numbers "V-01" only. Free text (card texts, tags, titles, labels, descriptions) may mention a
participant: `text_scrubber` replaces those names as the minutes do — a participant without
consent always, everyone when the project is pseudonymised — by "Teilnehmer:in (<group>)".
A round whose results are hidden and not yet revealed exports its settings and options but no
ballots, paper counts or results: the export never reveals what the room has not seen.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

from smartcity_desktop import APP_NAME, __version__
from smartcity_desktop.domain.evaluation import Evaluation
from smartcity_desktop.domain.minutes import (
    NameScrubber,
    PersonName,
    ProjectRecord,
    RoundRecord,
    WorkshopRecord,
)
from smartcity_desktop.domain.model import Participant

SCHEMA_VERSION = 1
FORMATS = ("json", "csv", "xlsx")

JsonObject = dict[str, Any]
Scrub = Callable[[Any], Any]  # free text → the same text without hidden names; None stays None
PLACEHOLDER_LANGUAGE = "de"  # the open data of a German municipality: German placeholders


class PersonLabels:
    """How a participant appears in the export: by name (named round, consent, project not
    pseudonymised) or as the stable pseudonym "P-07"."""

    def __init__(self, participants: tuple[Participant, ...], pseudonymise: bool) -> None:
        self._people = {p.id: p for p in participants}
        self._pseudonymise = pseudonymise

    def __call__(self, participant_id: int | None) -> str | None:
        if participant_id is None:
            return None
        person = self._people.get(participant_id)
        if person is not None and person.consent_named and not self._pseudonymise:
            return person.name
        return pseudonym(participant_id)


def pseudonym(participant_id: int) -> str:
    """ "P-07": stable for a participant across rounds, weightings and exports."""
    return f"P-{participant_id:02d}"


def _num(value: float | None) -> float | None:
    """A float for JSON; never NaN or infinity (not valid JSON), those become null."""
    if value is None:
        return None
    value = float(value)
    return value if math.isfinite(value) else None


def text_scrubber(record: ProjectRecord) -> Scrub:
    """Replaces, in free text, the names of the participants the export may not show (no
    consent; everyone when the project is pseudonymised) by "Teilnehmer:in (<group>)"."""
    from smartcity_desktop.export.labels import labels

    group_names = _group_names(record)
    people = [
        PersonName(
            p.name,
            "" if p.group_id is None else group_names.get(p.group_id, ""),
            p.consent_named,
        )
        for p in record.participants
    ]
    scrubber = NameScrubber(
        people, record.strategy.pseudonymise, labels(PLACEHOLDER_LANGUAGE).placeholder
    )

    def scrub(text: Any) -> Any:
        return scrubber(text) if isinstance(text, str) and text else text

    return scrub


def export_data(record: ProjectRecord) -> JsonObject:
    """The whole project as the open-data JSON document (schema_version 1)."""
    people = PersonLabels(record.participants, record.strategy.pseudonymise)
    group_names = _group_names(record)
    workshops = record.workshops
    t = text_scrubber(record)
    return {
        "schema_version": SCHEMA_VERSION,
        "generator": {"name": APP_NAME, "version": __version__},
        "strategy": {
            "title": t(record.strategy.title),
            "city": t(record.strategy.city),
            "vision": t(record.strategy.vision),
            "notice": t(record.strategy.notice),
            "pseudonymised": record.strategy.pseudonymise,
        },
        "workshops": [_workshop(w, t) for w in workshops],
        "boards": [
            {"id": b.board.id, "workshop_id": w.workshop.id, "title": t(b.board.title)}
            for w in workshops
            for b in w.boards
        ],
        "clusters": _clusters(record, t),
        "fields_of_action": [
            {"id": f.id, "title": t(f.title), "description": t(f.description)}
            for f in record.fields
        ],
        "cards": _cards(record, t),
        "criteria": [
            {
                "id": c.id,
                "name": t(c.name),
                "description": t(c.description),
                "anchor_low": t(c.anchor_low),
                "anchor_mid": t(c.anchor_mid),
                "anchor_high": t(c.anchor_high),
                "must": c.must,
                "threshold": _num(c.threshold),
            }
            for c in record.criteria
        ],
        "projects": [
            {
                "id": p.id,
                "title": t(p.title),
                "field_of_action_id": p.field_id,
                "description": t(p.description),
                "owner": t(p.owner),
                "cost": p.cost,
                "status": str(p.status),
                "card_id": p.card_id,
                "cluster_id": p.cluster_id,
            }
            for p in record.projects
        ],
        "voting_rounds": [
            _voting_round(w, r, people, group_names, t) for w in workshops for r in w.rounds
        ],
        "weightings": [_weighting(w, ev, people, t) for w in workshops for ev in w.weightings],
    }


def _group_names(record: ProjectRecord) -> Mapping[int, str]:
    """Stakeholder group id → name."""
    return {g.id: g.name for g in record.stakeholder_groups}


def _workshop(w: WorkshopRecord, t: Scrub) -> JsonObject:
    ws = w.workshop
    return {
        "id": ws.id,
        "title": t(ws.title),
        "kind": str(ws.kind),
        "date": ws.date or None,
        "start_time": ws.start_time or None,
        "end_time": ws.end_time or None,
        "place": t(ws.place),
    }


def _clusters(record: ProjectRecord, t: Scrub) -> list[JsonObject]:
    field_of = {cid: f.id for f in record.fields for cid in f.cluster_ids}
    return [
        {
            "id": c.id,
            "board_id": b.board.id,
            "title": t(c.title),
            "kind": c.kind,
            "field_of_action_id": field_of.get(c.id),
        }
        for w in record.workshops
        for b in w.boards
        for c in b.clusters
    ]


def _cards(record: ProjectRecord, t: Scrub) -> list[JsonObject]:
    rows = []
    for w in record.workshops:
        for b in w.boards:
            titles = {c.id: t(c.title) for c in b.clusters}
            for card in sorted(b.cards, key=lambda c: c.id):
                rows.append(
                    {
                        "id": card.id,
                        "board_id": b.board.id,
                        "workshop_id": w.workshop.id,
                        "cluster_id": card.cluster_id,
                        "cluster": titles.get(card.cluster_id) if card.cluster_id else None,
                        "text": t(card.text),
                        "source": str(card.source),
                        "sources": [str(s) for s in card.sources],
                        "merged_duplicates": len(card.merged),
                        "tags": [{"column": t(k), "value": t(v)} for k, v in card.tags],
                    }
                )
    return rows


def _voting_round(
    w: WorkshopRecord,
    rr: RoundRecord,
    people: PersonLabels,
    group_names: Mapping[int, str],
    t: Scrub,
) -> JsonObject:
    r = rr.round
    published = rr.revealed
    return {
        "id": r.id,
        "workshop_id": w.workshop.id,
        "board_id": r.board_id,
        "title": t(r.title),
        "target": r.target,
        "state": r.state,
        "previous_round_id": r.previous_round_id,
        "settings": {
            "dots_per_voter": r.dots,
            "red_dots_per_voter": r.red_dots,
            "cap_per_option": r.cap,
            "anonymous": r.anonymous,
            "hidden_until_revealed": r.hidden,
            "voters": r.voters,
            "voter_count": r.voter_count if r.voters == "count" else None,
        },
        "results_published": published,
        "options": [
            {
                "id": o.id,
                "label": t(o.label),
                "card_id": o.card_id,
                "cluster_id": o.cluster_id,
                "previous_option_id": o.previous_option_id,
            }
            for o in rr.options
        ],
        "ballots": _ballots(rr, people) if published else [],
        "paper_counts": _paper(rr, group_names) if published else [],
        "results": _results(rr, t) if published else [],
        "results_by_group": _results_by_group(rr, group_names) if published else [],
    }


def _ballots(rr: RoundRecord, people: PersonLabels) -> list[JsonObject]:
    """One row per ballot and option it put dots on; an abstention or an empty ballot is one
    row without an option. Anonymous rounds: "V-01"... in the order the ballots were cast."""
    rows = []
    for number, ballot in enumerate(sorted(rr.ballots, key=lambda b: b.id), start=1):
        if rr.round.anonymous or ballot.participant_id is None:
            voter = f"V-{number:02d}"
        else:
            voter = people(ballot.participant_id)
        dots = [] if ballot.abstained else [d for d in ballot.dots if d[1] or d[2]]
        if not dots:
            rows.append(
                {
                    "voter": voter,
                    "option": None,
                    "green": 0,
                    "red": 0,
                    "abstained": ballot.abstained,
                }
            )
        for option_id, green, red in dots:
            rows.append(
                {
                    "voter": voter,
                    "option": option_id,
                    "green": green,
                    "red": red,
                    "abstained": False,
                }
            )
    return rows


def _group(group_id: int | None, group_names: Mapping[int, str]) -> str | None:
    return None if group_id is None else group_names.get(group_id) or f"group {group_id}"


def _paper(rr: RoundRecord, group_names: Mapping[int, str]) -> list[JsonObject]:
    rows: list[Mapping[str, Any]] = list(rr.paper)
    return [
        {
            "option": int(p["option_id"]),
            "group": _group(p.get("group_id"), group_names),
            "green": int(p.get("green") or 0),
            "red": int(p.get("red") or 0),
        }
        for p in rows
    ]


def _results(rr: RoundRecord, t: Scrub) -> list[JsonObject]:
    return [
        {
            "option": res.option_id,
            "label": t(rr.label(res.option_id)),
            "green": res.green,
            "red": res.red,
            "net": res.net,
            "share": _num(res.share),
            "green_share": _num(res.green_share),
            "breadth": res.breadth,
            "rank": res.rank,
            "tied_with": list(res.tied_with),
        }
        for res in rr.results
    ]


def _results_by_group(rr: RoundRecord, group_names: Mapping[int, str]) -> list[JsonObject]:
    return [
        {
            "option": res.option_id,
            "group": _group(group_id, group_names),
            "green": dots.green,
            "red": dots.red,
        }
        for res in rr.results
        for group_id, dots in sorted(
            res.by_group.items(), key=lambda kv: (kv[0] is None, kv[0] or 0)
        )
    ]


def _weighting(w: WorkshopRecord, ev: Evaluation, people: PersonLabels, t: Scrub) -> JsonObject:
    wt = ev.weighting
    crit_ids = [c.id for c in ev.criteria]
    weights = ev.weights.weights
    rater = _rater_label(people)
    outcomes = ev.outcomes
    return {
        "id": wt.id,
        "workshop_id": w.workshop.id,
        "title": t(wt.title),
        "method": str(wt.method),
        "judged_by": wt.judged_by,
        "scored_by": wt.scored_by,
        "state": wt.state,
        "complete": weights is not None,
        "criteria": [{"id": c.id, "name": t(c.name)} for c in ev.criteria],
        "projects": [{"id": p.id, "title": t(p.title)} for p in ev.projects],
        "judgements": [
            {"rater": rater(j.participant_id), "criterion": j.criterion_id, "other": j.other_id}
            | {"value": _num(j.value)}
            for j in sorted(w.judgements.get(wt.id, ()), key=lambda j: j.id)
        ],
        "weights": []
        if weights is None
        else [{"criterion": c, "weight": _num(x)} for c, x in zip(crit_ids, weights, strict=True)],
        "cr": _num(ev.weights.ahp.cr) if ev.weights.ahp is not None else None,
        "scores": [
            {
                "rater": rater(s.participant_id),
                "project": s.project_id,
                "criterion": s.criterion_id,
                "value": _num(s.value),
            }
            for s in sorted(w.scores.get(wt.id, ()), key=lambda s: s.id)
        ],
        "mean_scores": [
            {"project": o.project_id, "criterion": c, "mean": _num(mean)}
            for o in outcomes
            for c, mean in zip(crit_ids, o.scores, strict=True)
            if mean is not None
        ],
        "utilities": [{"project": o.project_id, "utility": _num(o.utility)} for o in outcomes],
        "ranks": [
            {
                "project": o.project_id,
                "rank": o.rank,
                "excluded_by": [crit_ids[j] for j in o.failed_must],
                "missing_scores": o.missing,
            }
            for o in outcomes
        ],
        "stability_intervals": _stability(ev, crit_ids),
    }


def _rater_label(people: PersonLabels) -> Callable[[int | None], str | None]:
    """A judgement's or score's rater: "group", or the participant as in named rounds."""

    def label(participant_id: int | None) -> str | None:
        return "group" if participant_id is None else people(participant_id)

    return label


def _stability(ev: Evaluation, crit_ids: list[int]) -> list[JsonObject]:
    """Per criterion, the range of its weight in which first place stays; the runner-up that
    takes over beyond each end (project id), or null where nothing changes."""
    if ev.sensitivity is None:
        return []

    def project(index: int | None) -> int | None:
        return None if index is None else ev.outcomes[ev.ranked[index]].project_id

    return [
        {
            "criterion": crit_ids[s.criterion],
            "weight": _num(s.weight),
            "low": _num(s.low),
            "high": _num(s.high),
            "first_place_changes_to_below_low": project(s.runner_up_at_low),
            "first_place_changes_to_above_high": project(s.runner_up_at_high),
        }
        for s in ev.sensitivity.criteria
    ]


def format_of(target: Path | str, fmt: str | None = None) -> str:
    """ "json", "csv" or "xlsx" from `fmt` or the target's suffix; ValueError otherwise."""
    chosen = (fmt or Path(target).suffix.lstrip(".")).lower()
    if chosen not in FORMATS:
        raise ValueError(
            f"unknown export format {Path(target).suffix or fmt!r}: use .json, .csv or .xlsx"
        )
    return chosen


def write_data(record: ProjectRecord, target: Path | str, fmt: str | None = None) -> Path:
    """Write the open data to `target`, atomically; returns `target`.

    .json: the document. .xlsx: one sheet per table. .csv: one file per table beside the
    target, named `<stem>-<table>.csv` (`csv_paths(target)`); all of them or none are replaced.
    """
    from smartcity_desktop.export import data_tables

    target = Path(target)
    chosen = format_of(target, fmt)
    document = export_data(record)
    if chosen == "json":
        data_tables.write_json(document, target)
    elif chosen == "csv":
        data_tables.write_csv(document, target)
    else:
        data_tables.write_xlsx(document, target)
    return target

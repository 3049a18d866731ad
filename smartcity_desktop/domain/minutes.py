"""What the minutes (Protokoll) of a workshop and the open-data export show, as plain data.

`store/minutes.py` reads a `WorkshopRecord` from the file in one go; `export/` turns it into a
PDF or a data file without touching the file or Qt. The names of people appear only through
`AttendanceEntry.shown_name`, so pseudonymising is decided in one place.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date

from smartcity_desktop.domain.evaluation import Evaluation
from smartcity_desktop.domain.model import (
    ActionItem,
    AgendaItem,
    BallotRecord,
    Board,
    Card,
    Cluster,
    Criterion,
    Decision,
    FieldOfAction,
    Judgement,
    Participant,
    Photo,
    Project,
    RoundOption,
    Score,
    StakeholderGroup,
    Strategy,
    VotingRound,
    Workshop,
)
from smartcity_desktop.domain.voting import OptionResult

GERMAN_MONTHS = (
    "Januar",
    "Februar",
    "März",
    "April",
    "Mai",
    "Juni",
    "Juli",
    "August",
    "September",
    "Oktober",
    "November",
    "Dezember",
)
ENGLISH_MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)


def long_date(iso: str, language: str = "de") -> str:
    """ "26. November 2026" (German) or "26 November 2026"; the text itself if not a date."""
    try:
        day = date.fromisoformat(iso)
    except (TypeError, ValueError):
        return iso
    if language == "de":
        return f"{day.day}. {GERMAN_MONTHS[day.month - 1]} {day.year}"
    return f"{day.day} {ENGLISH_MONTHS[day.month - 1]} {day.year}"


@dataclass(frozen=True)
class PersonName:
    """A participant of the project as free text may mention them: name, group, consent."""

    name: str
    group: str
    consent_named: bool


class NameScrubber:
    """Replaces the names a document may not show wherever free text mentions them.

    A name is found case-insensitively, with any whitespace (also line breaks) between its
    parts, as a whole word; its surname alone and "D. Surname" count too. Longer names are
    replaced first, so "Anna Maria Beispiel" doesn't leave "Maria" behind.
    """

    def __init__(
        self, people: Iterable[PersonName], pseudonymise: bool, placeholder: Callable[[str], str]
    ) -> None:
        hidden = [p for p in people if p.name.strip() and (pseudonymise or not p.consent_named)]
        self._rules: list[tuple[re.Pattern[str], str]] = []
        for person in sorted(hidden, key=lambda p: -len(p.name)):
            parts = person.name.split()
            forms = [r"\s+".join(re.escape(x) for x in parts)]
            if len(parts) >= 2:
                surname = re.escape(parts[-1])
                forms.append(rf"{re.escape(parts[0][0])}\.\s*{surname}")
                if len(parts[-1]) >= 4:  # a surname alone, unless short enough to be a word
                    forms.append(surname)
            pattern = re.compile(r"(?<!\w)(?:" + "|".join(forms) + r")(?!\w)", re.IGNORECASE)
            self._rules.append((pattern, placeholder(person.group)))

    def __call__(self, text: object) -> str:
        out = str(text)
        for pattern, replacement in self._rules:
            out = pattern.sub(replacement, out)
        return out


@dataclass(frozen=True)
class AttendanceEntry:
    """One invited person at a workshop, with what the minutes may say about them."""

    participant_id: int
    name: str
    organisation: str
    group: str  # stakeholder group name, "" if none
    consent_named: bool
    attendance: str  # present | excused

    def shown_name(self, pseudonymise: bool, placeholder: str) -> str:
        """The name, or `placeholder` ("Participant (Verwaltung)") without consent or when the
        whole document is pseudonymised."""
        if pseudonymise or not self.consent_named:
            return placeholder
        return self.name


@dataclass(frozen=True)
class BoardRecord:
    """A board with its cards and clusters, and the field of action each cluster became."""

    board: Board
    cards: tuple[Card, ...]
    clusters: tuple[Cluster, ...]
    field_of_cluster: Mapping[int, str] = field(default_factory=dict)  # cluster id → field title

    def cards_of(self, cluster_id: int | None) -> list[Card]:
        """A cluster's cards (None: the loose ones) in reading order."""
        return sorted(
            (c for c in self.cards if c.cluster_id == cluster_id), key=lambda c: (c.y, c.x, c.id)
        )


@dataclass(frozen=True)
class RoundRecord:
    """A voting round with its options, raw ballots, paper counts and results."""

    round: VotingRound
    options: tuple[RoundOption, ...]
    ballots: tuple[BallotRecord, ...]
    paper: tuple[Mapping[str, object], ...]
    results: tuple[OptionResult, ...]

    @property
    def revealed(self) -> bool:
        """Results may be shown: revealed, or never hidden."""
        return self.round.state == "revealed" or not self.round.hidden

    def label(self, option_id: int) -> str:
        return next((o.label for o in self.options if o.id == option_id), "")


@dataclass(frozen=True)
class WorkshopRecord:
    """Everything the minutes of one workshop show."""

    strategy: Strategy
    workshop: Workshop
    attendance: tuple[AttendanceEntry, ...]
    agenda: tuple[AgendaItem, ...]
    boards: tuple[BoardRecord, ...]
    rounds: tuple[RoundRecord, ...]
    weightings: tuple[Evaluation, ...]
    judgements: Mapping[int, tuple[Judgement, ...]]  # weighting id → its judgements
    scores: Mapping[int, tuple[Score, ...]]  # weighting id → its scores
    decisions: tuple[Decision, ...]
    action_items: tuple[ActionItem, ...]
    photos: tuple[Photo, ...]
    logo: bytes | None = None
    groups: tuple[str, ...] = ()  # stakeholder group names in their order
    people: tuple[PersonName, ...] = ()  # every participant of the project (for scrubbing)

    def present(self) -> list[AttendanceEntry]:
        return [a for a in self.attendance if a.attendance == "present"]

    def excused(self) -> list[AttendanceEntry]:
        return [a for a in self.attendance if a.attendance == "excused"]

    def by_group(self, entries: list[AttendanceEntry]) -> list[tuple[str, list[AttendanceEntry]]]:
        """Entries grouped by stakeholder group, in the groups' order ("" last)."""
        order = {name: i for i, name in enumerate(self.groups)}
        grouped: dict[str, list[AttendanceEntry]] = {}
        for entry in entries:
            grouped.setdefault(entry.group, []).append(entry)
        return sorted(grouped.items(), key=lambda kv: order.get(kv[0], len(order)))


@dataclass(frozen=True)
class ProjectRecord:
    """The whole project, for the open-data export."""

    strategy: Strategy
    workshops: tuple[WorkshopRecord, ...]
    criteria: tuple[Criterion, ...]
    projects: tuple[Project, ...]
    fields: tuple[FieldOfAction, ...]
    participants: tuple[Participant, ...]
    stakeholder_groups: tuple[StakeholderGroup, ...] = ()

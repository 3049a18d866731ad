"""The entities of a strategy project: plain, immutable dataclasses."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class WorkshopKind(StrEnum):
    """What kind of meeting a workshop is."""

    WORKSHOP = "workshop"
    EXPERT_TALK = "expert_talk"  # Fachgespräch


class Attendance(StrEnum):
    """Whether an invited participant came."""

    PRESENT = "present"
    EXCUSED = "excused"


class CardSource(StrEnum):
    """Where an idea or statement came from."""

    SURVEY = "survey"
    INTERVIEW = "interview"
    WORKSHOP = "workshop"
    BEST_PRACTICE = "best_practice"
    OWN = "own"


# The stakeholder groups (Anspruchsgruppen) a new project starts with; the list is editable.
DEFAULT_STAKEHOLDER_GROUPS: tuple[str, ...] = (
    "Verwaltung",
    "Politik",
    "Städtische Gesellschaften",
    "Wirtschaft",
    "Wissenschaft",
    "Zivilgesellschaft",
    "Bürgerschaft",
)


@dataclass(frozen=True, slots=True)
class Strategy:
    """The strategy a project works out: one per file."""

    title: str
    city: str = ""
    vision: str = ""  # Leitbild
    notice: str = ""  # e.g. "invented data" for the demo
    pseudonymise: bool = False  # the minutes name nobody, consent or not
    # the strategy draft: an introduction per section (Markdown), the agreed weighting
    goals_text: str = ""
    fields_text: str = ""
    criteria_text: str = ""
    governance_text: str = ""
    next_steps_text: str = ""
    weighting_id: int | None = None


@dataclass(frozen=True, slots=True)
class StakeholderGroup:
    """A stakeholder group (Anspruchsgruppe) participants belong to."""

    id: int
    name: str
    position: int = 0


@dataclass(frozen=True, slots=True)
class Workshop:
    """A workshop or expert talk (Fachgespräch) of the strategy process."""

    id: int
    title: str
    kind: WorkshopKind = WorkshopKind.WORKSHOP
    date: str = ""  # ISO 8601 date, "" when not yet fixed
    start_time: str = ""  # "HH:MM"
    end_time: str = ""
    place: str = ""
    moderators: str = ""
    position: int = 0
    minute_taker: str = ""
    remarks: str = ""  # free remarks for the minutes


@dataclass(frozen=True, slots=True)
class Participant:
    """A person taking part in the process. Personal data: stored once, referenced by id."""

    id: int
    name: str
    organisation: str = ""
    group_id: int | None = None
    consent_named: bool = False  # may be named in the minutes


@dataclass(frozen=True, slots=True)
class WorkshopParticipant:
    """A participant's attendance at one workshop."""

    workshop_id: int
    participant_id: int
    attendance: Attendance = Attendance.PRESENT


@dataclass(frozen=True, slots=True)
class AgendaItem:
    """One item of a workshop's agenda."""

    id: int
    workshop_id: int
    title: str
    planned_minutes: int = 0
    notes: str = ""
    position: int = 0


@dataclass(frozen=True, slots=True)
class Board:
    """A board of a workshop on which idea cards are collected and clustered."""

    id: int
    workshop_id: int
    title: str
    position: int = 0


class CardColour(StrEnum):
    """The colours a card or cluster can have: the Okabe–Ito palette, distinct for colour-blind
    viewers. Each colour also has a shape (see `COLOUR_SHAPES`) so it never carries meaning alone.
    """

    NONE = ""
    ORANGE = "orange"
    SKY_BLUE = "sky_blue"
    GREEN = "green"
    YELLOW = "yellow"
    BLUE = "blue"
    VERMILLION = "vermillion"
    PURPLE = "purple"


# Okabe & Ito (2008), "Color Universal Design": the strong tone, for marks and frames.
COLOUR_HEX: dict[CardColour, str] = {
    CardColour.NONE: "#7f7f7f",
    CardColour.ORANGE: "#E69F00",
    CardColour.SKY_BLUE: "#56B4E9",
    CardColour.GREEN: "#009E73",
    CardColour.YELLOW: "#F0E442",
    CardColour.BLUE: "#0072B2",
    CardColour.VERMILLION: "#D55E00",
    CardColour.PURPLE: "#CC79A7",
}

# A shape drawn beside each colour, so that colour is never the only carrier of meaning.
COLOUR_SHAPES: dict[CardColour, str] = {
    CardColour.NONE: "",
    CardColour.ORANGE: "circle",
    CardColour.SKY_BLUE: "square",
    CardColour.GREEN: "triangle",
    CardColour.YELLOW: "diamond",
    CardColour.BLUE: "cross",
    CardColour.VERMILLION: "star",
    CardColour.PURPLE: "ring",
}


@dataclass(frozen=True, slots=True)
class MergedCard:
    """A card merged into another as a duplicate: kept so both sources stay traceable."""

    text: str
    source: CardSource = CardSource.OWN
    author: str = ""
    note: str = ""
    tags: tuple[tuple[str, str], ...] = ()  # its import tags (respondent group, district, ...)


@dataclass(frozen=True, slots=True)
class Card:
    """An idea or statement on a board, with where it came from."""

    id: int
    board_id: int
    text: str
    source: CardSource = CardSource.OWN
    author: str = ""
    note: str = ""
    colour: str = ""
    x: float = 0.0
    y: float = 0.0
    cluster_id: int | None = None
    tags: tuple[tuple[str, str], ...] = ()  # (column, value) kept from an import
    merged: tuple[MergedCard, ...] = ()  # duplicates merged into this card

    @property
    def sources(self) -> tuple[CardSource, ...]:
        """This card's source and those of the duplicates merged into it, without repeats."""
        seen = [self.source]
        for m in self.merged:
            if m.source not in seen:
                seen.append(m.source)
        return tuple(seen)


@dataclass(frozen=True, slots=True)
class Cluster:
    """A titled frame on a board grouping cards; may be promoted to a field of action."""

    id: int
    board_id: int
    title: str
    colour: str = ""
    x: float = 0.0
    y: float = 0.0
    width: float = 0.0
    height: float = 0.0
    kind: str = "cluster"  # cluster | area (where an import put its cards, still to be sorted)

    @property
    def is_area(self) -> bool:
        return self.kind == "area"


@dataclass(frozen=True, slots=True)
class FieldOfAction:
    """A field of action (Handlungsfeld) of the strategy, grown from one or more clusters."""

    id: int
    title: str
    description: str = ""
    position: int = 0
    cluster_ids: tuple[int, ...] = ()


@dataclass(frozen=True, slots=True)
class StrategicGoal:
    """A strategic goal of the draft; `isek` cites the goal of the city's ISEK it serves."""

    id: int
    title: str
    text: str = ""  # Markdown
    isek: str = ""
    position: int = 0


@dataclass(frozen=True, slots=True)
class FieldGoal:
    """A goal of one field of action, serving a strategic goal (`goal_id`) or none."""

    id: int
    field_id: int
    text: str
    goal_id: int | None = None
    position: int = 0


@dataclass(frozen=True, slots=True)
class GovernanceBody:
    """A role or body of the strategy's governance (CDO, Smart City unit, board, forum)."""

    id: int
    name: str
    members: str = ""
    tasks: str = ""
    position: int = 0


@dataclass(frozen=True, slots=True)
class StrategyAction:
    """A recommendation or next step of the strategy's action plan."""

    id: int
    what: str
    who: str = ""
    due: str = ""  # ISO date or ""
    field_id: int | None = None
    position: int = 0


# Fields a command may change, per entity; anything else is refused before it reaches the file.
EDITABLE_FIELDS: dict[str, frozenset[str]] = {
    "strategy": frozenset(
        {
            "title",
            "city",
            "vision",
            "notice",
            "logo",
            "pseudonymise",
            "goals_text",
            "fields_text",
            "criteria_text",
            "governance_text",
            "next_steps_text",
            "weighting_id",
        }
    ),
    "workshop": frozenset(
        {
            "title",
            "kind",
            "date",
            "start_time",
            "end_time",
            "place",
            "moderators",
            "minute_taker",
            "remarks",
        }
    ),
    "participant": frozenset({"name", "organisation", "group_id", "consent_named"}),
    "stakeholder_group": frozenset({"name"}),
    "agenda_item": frozenset({"title", "planned_minutes", "notes"}),
    "board": frozenset({"title"}),
    "card": frozenset(
        {"text", "source", "author", "note", "colour", "x", "y", "cluster_id", "merged", "tags"}
    ),
    "cluster": frozenset({"title", "colour", "x", "y", "width", "height"}),
    "field_of_action": frozenset({"title", "description"}),
    "voting_round": frozenset(
        {
            "title",
            "dots",
            "red_dots",
            "cap",
            "anonymous",
            "hidden",
            "voters",
            "voter_count",
            "state",
        }
    ),
    "round_option": frozenset({"label", "position"}),
    "ballot": frozenset({"participant_id", "group_id", "abstained", "voter_no"}),
    "ballot_dot": frozenset({"green", "red"}),
    "paper_count": frozenset({"green", "red"}),
    "criterion": frozenset(
        {
            "name",
            "description",
            "anchor_low",
            "anchor_mid",
            "anchor_high",
            "must",
            "threshold",
            "position",
        }
    ),
    "project": frozenset(
        {
            "title",
            "field_id",
            "description",
            "owner",
            "cost",
            "status",
            "card_id",
            "cluster_id",
            "position",
        }
    ),
    "weighting": frozenset({"title", "method", "judged_by", "scored_by", "state", "position"}),
    "weighting_criterion": frozenset({"position"}),
    "weighting_project": frozenset({"position"}),
    "judgement": frozenset({"value"}),
    "score": frozenset({"value"}),
    "decision": frozenset({"text", "agenda_item_id", "position"}),
    "action_item": frozenset({"what", "who", "due", "status", "position"}),
    "photo": frozenset({"caption", "rotation", "position"}),
    "strategic_goal": frozenset({"title", "text", "isek", "position"}),
    "field_goal": frozenset({"text", "goal_id", "position"}),
    "governance_body": frozenset({"name", "members", "tasks", "position"}),
    "strategy_action": frozenset({"what", "who", "due", "field_id", "position"}),
    "strategy_version": frozenset({"name"}),
}


@dataclass(frozen=True, slots=True)
class VotingRound:
    """A dot-voting round (Punktabfrage) on the clusters or cards of a board."""

    id: int
    board_id: int
    title: str
    target: str = "clusters"  # clusters | cards
    dots: int = 3  # green dots per voter
    red_dots: int = 0  # red dots (concerns) per voter; 0 = green only
    cap: int = 1  # dots of one colour one voter may put on one option
    anonymous: bool = True
    hidden: bool = True  # results hidden until revealed
    voters: str = "participants"  # participants (present ones, by name) | count
    voter_count: int = 0  # for voters == "count": how many vote
    state: str = "open"  # open | closed | revealed
    previous_round_id: int | None = None  # the round this one is a second round of
    position: int = 0


@dataclass(frozen=True, slots=True)
class RoundOption:
    """One option of a round: a cluster or card, with its label as it was when voted on."""

    id: int
    round_id: int
    label: str
    card_id: int | None = None
    cluster_id: int | None = None
    previous_option_id: int | None = None
    position: int = 0


@dataclass(frozen=True, slots=True)
class BallotRecord:
    """A ballot cast at the laptop: who (or which anonymous voter) and their dots."""

    id: int
    round_id: int
    participant_id: int | None
    voter_no: int
    group_id: int | None
    abstained: bool
    dots: tuple[tuple[int, int, int], ...] = ()  # (option id, green, red)


class ProjectStatus(StrEnum):
    """Where a digitalisation project (Maßnahme) stands."""

    IDEA = "idea"
    SHORTLISTED = "shortlisted"
    SELECTED = "selected"
    IN_PROGRESS = "in_progress"
    DONE = "done"
    DEFERRED = "deferred"


class WeightingMethod(StrEnum):
    """How a workshop weights its criteria."""

    POINTS = "points"  # 100 points allocated
    RANK_ROC = "rank_roc"  # ranking, rank-order centroid weights
    RANK_SUM = "rank_sum"  # ranking, rank-sum weights
    PAIRWISE = "pairwise"  # Paarvergleich 2/1/0
    AHP = "ahp"  # Saaty's 1–9 scale

    @property
    def is_pairwise(self) -> bool:
        return self in (WeightingMethod.PAIRWISE, WeightingMethod.AHP)

    @property
    def is_ranking(self) -> bool:
        return self in (WeightingMethod.RANK_ROC, WeightingMethod.RANK_SUM)


@dataclass(frozen=True, slots=True)
class Criterion:
    """A criterion for choosing projects, scored 0–10 with verbal anchors.

    A must-criterion (K.O.) excludes every project scoring below its threshold.
    """

    id: int
    name: str
    description: str = ""
    anchor_low: str = ""  # what 0 means
    anchor_mid: str = ""  # what 5 means
    anchor_high: str = ""  # what 10 means
    must: bool = False
    threshold: float | None = None
    position: int = 0


@dataclass(frozen=True, slots=True)
class Project:
    """A digitalisation project (Maßnahme), tied to a field of action and to the card or
    cluster it grew from."""

    id: int
    title: str
    field_id: int | None = None
    description: str = ""
    owner: str = ""
    cost: int | None = None  # rough cost in euros
    status: str = ProjectStatus.IDEA
    card_id: int | None = None
    cluster_id: int | None = None
    position: int = 0


@dataclass(frozen=True, slots=True)
class Weighting:
    """A weighting of criteria and scoring of projects in a workshop (Nutzwertanalyse)."""

    id: int
    workshop_id: int
    title: str
    method: str = WeightingMethod.AHP
    judged_by: str = "group"  # group | participants: who weights the criteria
    scored_by: str = "group"  # group | participants: who scores the projects
    state: str = "open"  # open | finished
    position: int = 0
    criterion_ids: tuple[int, ...] = ()  # in the weighting's order
    project_ids: tuple[int, ...] = ()


@dataclass(frozen=True, slots=True)
class Judgement:
    """One entry of a weighting: points or a rank for a criterion (`other_id` None), or the
    comparison of a pair (criterion_id < other_id): AHP's a_ij, or the 2/1/0 points of the
    first. `participant_id` None is the group's judgement."""

    id: int
    weighting_id: int
    participant_id: int | None
    criterion_id: int
    other_id: int | None
    value: float


@dataclass(frozen=True, slots=True)
class Score:
    """A project's score 0–10 on a criterion, by a participant or the group (None)."""

    id: int
    weighting_id: int
    participant_id: int | None
    project_id: int
    criterion_id: int
    value: float


class ActionStatus(StrEnum):
    """Where an action item (Handlungsempfehlung, next step) stands."""

    OPEN = "open"
    IN_PROGRESS = "in_progress"
    DONE = "done"


@dataclass(frozen=True, slots=True)
class Decision:
    """A decision recorded in a workshop's minutes, optionally under an agenda item."""

    id: int
    workshop_id: int
    text: str
    agenda_item_id: int | None = None
    position: int = 0


@dataclass(frozen=True, slots=True)
class ActionItem:
    """An action item or recommendation: what, who, by when, and its status."""

    id: int
    workshop_id: int
    what: str
    who: str = ""
    due: str = ""  # ISO 8601 date, "" when open-ended
    status: str = ActionStatus.OPEN
    position: int = 0


@dataclass(frozen=True, slots=True)
class Photo:
    """A photo of a flipchart or pin board, stored in the project file (JPEG or PNG)."""

    id: int
    workshop_id: int
    caption: str
    mime: str
    width: int  # of the stored image, before rotation
    height: int
    rotation: int = 0  # clockwise degrees to show it upright: 0, 90, 180, 270
    position: int = 0
    data: bytes = b""  # left empty where only the list is needed

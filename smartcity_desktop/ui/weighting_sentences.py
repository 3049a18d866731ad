"""A weighting's result as sentences a council member understands.

Numbers follow the app's locale ("20,9 %" in German). Bounds are rounded towards the inside of
the stable range (a lower bound up, an upper bound down), so every sentence stays true at the
number it shows: at "may rise to 20,9 %" the leader is still first. The weight at which first
place has changed is rounded the other way.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QLocale, QObject

from smartcity_desktop.domain import weighting as wm
from smartcity_desktop.domain.evaluation import Evaluation, ProjectOutcome
from smartcity_desktop.domain.model import WeightingMethod
from smartcity_desktop.domain.sensitivity import round_down, round_up
from smartcity_desktop.ui.weighting_scale import plain_number

_EDGE = 1e-9  # a bound this close to 0 or 1 is the end of the scale, not a crossover


@dataclass(frozen=True)
class CriterionLine:
    """What the result says about one criterion's weight."""

    criterion: int
    interval: str  # how far the weight may move
    margin: str  # how many points the leader could lose on it


class WeightingSentences(QObject):
    """Turns an `Evaluation` into translated, locale-formatted texts (plurals via self.tr)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._matrix_of: Evaluation | None = None
        self._matrix: list[list[float]] = []

    # -- numbers ---------------------------------------------------------------------------

    def number(self, value: float, decimals: int = 2) -> str:
        return QLocale().toString(float(value), "f", decimals)

    def percent(self, share: float, rounding: str = "nearest") -> str:
        """A weight (0–1) as "20,9 %"; the ends of the scale as "0 %" and "100 %".

        `rounding` "down" or "up" rounds to the shown decimal in that direction.
        """
        value = share * 100
        if rounding == "down":
            value = round_down(value, 1)
        elif rounding == "up":
            value = round_up(value, 1)
        if abs(value) < 1e-9 or abs(value - 100) < 1e-9:
            return f"{round(value):d}\u00a0%"
        return f"{QLocale().toString(value, 'f', 1)}\u00a0%"

    def points(self, value: float) -> str:
        """Percentage points of a weight change, rounded up (the change that is enough)."""
        value = round_up(value * 100, 1)
        return QLocale().toString(value, "f", 1)

    def utility(self, value: float) -> str:
        return self.number(value, 2)

    # -- names -------------------------------------------------------------------------------

    @staticmethod
    def title(ev: Evaluation, outcome: int) -> str:
        """The title of the project at outcome index `outcome`."""
        return ev.projects[outcome].title

    @staticmethod
    def ranked_title(ev: Evaluation, ranked: int) -> str:
        """The title of the project at index `ranked` into `ev.ranked` (sensitivity indexes)."""
        return ev.projects[ev.ranked[ranked]].title

    def rank_text(self, rank: int, shared: bool) -> str:
        return self.tr("%1 (shared)").replace("%1", str(rank)) if shared else str(rank)

    def move_text(self, move: int | None) -> str:
        """A rank movement against the saved result: "↑2", "↓1", "–"."""
        if move is None or move == 0:
            return "–"
        return f"↑{move}" if move > 0 else f"↓{-move}"

    # -- why a project is not ranked ---------------------------------------------------------

    def exclusion_reason(self, ev: Evaluation, outcome: ProjectOutcome) -> str:
        """ "excluded: Datenschutz … 4,0 < 5 (K.O.)" for each must-criterion it fails."""
        reasons = []
        for j in outcome.failed_must:
            criterion = ev.criteria[j]
            score = outcome.scores[j]
            reasons.append(
                self.tr("%1 %2 < %3 (K.O.)")
                .replace("%1", criterion.name)
                .replace("%2", self.number(score if score is not None else 0.0, 1))
                .replace("%3", plain_number(criterion.threshold or 0.0))
            )
        return self.tr("excluded: %1").replace("%1", "; ".join(reasons))

    def missing_scores(self, n: int) -> str:
        return self.tr("%n score(s) missing", "", n)

    def not_ranked(self, ev: Evaluation) -> list[str]:
        """One line per project left out of the ranking, with the reason."""
        lines = []
        for i, outcome in enumerate(ev.outcomes):
            if outcome.ranked:
                continue
            reasons = []
            if outcome.excluded:
                reasons.append(self.exclusion_reason(ev, outcome))
            if outcome.missing:
                reasons.append(self.missing_scores(outcome.missing))
            if not reasons:
                reasons.append(self.tr("not ranked until the weights are complete"))
            lines.append(f"{self.title(ev, i)}: {'; '.join(reasons)}")
        return lines

    def shared_ranks(self, ev: Evaluation) -> list[str]:
        """ "Rank 2 (shared): A, B" for each rank held by several projects."""
        return [
            self.tr("Rank %1 (shared): %2")
            .replace("%1", str(rank))
            .replace("%2", ", ".join(self.title(ev, i) for i in members))
            for rank, members in sorted(ev.ties.items())
        ]

    # -- what is missing before there is a ranking --------------------------------------------

    def incomplete(self, ev: Evaluation) -> str | None:
        """Why there is no ranking yet, or None when there is one to show."""
        if not ev.criteria:
            return self.tr("This weighting has no criteria yet. Choose the criteria first.")
        if not ev.weights.complete:
            return self._weights_missing(ev)
        if not ev.projects:
            return self.tr("The criteria are weighted. Add the projects to score next.")
        if not ev.ranked:
            return self.tr(
                "The criteria are weighted, but no project has all its scores yet (or every "
                "scored project is excluded). The list below says what is missing."
            )
        return None

    def _weights_missing(self, ev: Evaluation) -> str:
        method = ev.weights.method
        missing = ev.weights.missing
        if ev.weighting.judged_by == "participants":
            if not ev.weights.raters:
                return self.tr(
                    "The ranking appears once the criteria are weighted: nobody has "
                    "weighted them yet."
                )
            return self.tr(
                "The ranking appears once the criteria are weighted: no participant has "
                "finished yet (%n entry/entries missing).",
                "",
                missing,
            )
        if method == WeightingMethod.POINTS:
            return self.tr(
                "The ranking appears once the criteria are weighted: no points have been "
                "allocated yet."
            )
        if method.is_ranking:
            return self.tr(
                "The ranking appears once the criteria are weighted: %n criterion/criteria "
                "still without a rank.",
                "",
                missing,
            )
        return self.tr(
            "The ranking appears once the criteria are weighted: %n comparison(s) still missing.",
            "",
            missing,
        )

    # -- the headline --------------------------------------------------------------------------

    def summary(
        self,
        ev: Evaluation,
        titles: Sequence[str],
        utilities: Sequence[float],
        ranks: Sequence[int],
    ) -> str:
        """Who leads, by how much; `titles`, `utilities`, `ranks` in any one order."""
        order = sorted(range(len(ranks)), key=lambda m: (ranks[m], m))
        if not order:
            return ""
        first = [m for m in order if ranks[m] == 1]
        if len(first) > 1:
            return (
                self.tr("First place is shared: %1 (%2 each).")
                .replace("%1", self._and(titles[m] for m in first))
                .replace("%2", self.utility(utilities[first[0]]))
            )
        lead = order[0]
        text = (
            self.tr("First place: %1 with a utility of %2.")
            .replace("%1", titles[lead])
            .replace("%2", self.utility(utilities[lead]))
        )
        if len(order) > 1:
            second = order[1]
            text += " " + self.tr("Second: %1 (%2).").replace("%1", titles[second]).replace(
                "%2", self.utility(utilities[second])
            )
        return text

    def whatif_summary(
        self,
        criterion: str,
        weight: float,
        titles: Sequence[str],
        utilities: Sequence[float],
        ranks: Sequence[int],
        saved_leader: str,
    ) -> str:
        """ "What-if (not saved): with Klima at 25,0 %, Digitallotsen would come first …"."""
        first = [m for m in range(len(ranks)) if ranks[m] == 1]
        if not first:
            return ""
        if len(first) > 1:
            text = self.tr("What-if (not saved): with %1 at %2, first place would be shared by %3.")
            names = self._and(titles[m] for m in first)
        elif titles[first[0]] == saved_leader:
            text = self.tr("What-if (not saved): with %1 at %2, %3 stays first (%4).")
            names = titles[first[0]]
        else:
            text = self.tr(
                "What-if (not saved): with %1 at %2, %3 would come first (%4) instead of %5."
            )
            names = titles[first[0]]
        return (
            text.replace("%1", criterion)
            .replace("%2", self.percent(weight))
            .replace("%3", names)
            .replace("%4", self.utility(utilities[first[0]]))
            .replace("%5", saved_leader)
        )

    def counts(self, ev: Evaluation) -> str:
        ranked = len(ev.ranked)
        excluded = sum(1 for o in ev.outcomes if o.excluded)
        unscored = sum(1 for o in ev.outcomes if o.missing and not o.excluded)
        parts = [self.tr("%n project(s) ranked", "", ranked)]
        if excluded:
            parts.append(self.tr("%n excluded by a must-criterion", "", excluded))
        if unscored:
            parts.append(self.tr("%n not fully scored", "", unscored))
        return " · ".join(parts)

    def _and(self, names: Iterable[str]) -> str:
        items = list(names)
        if len(items) <= 1:
            return "".join(items)
        return self.tr("%1 and %2").replace("%1", ", ".join(items[:-1])).replace("%2", items[-1])

    # -- sensitivity ---------------------------------------------------------------------------

    def sensitivity(self, ev: Evaluation) -> tuple[list[str], list[CriterionLine]]:
        """Headline sentences (most critical criterion, ties) and one line per criterion."""
        sens = ev.sensitivity
        if sens is None or not ev.ranked:
            return [], []
        if len(ev.ranked) == 1:
            return [self.tr("Only one project is ranked: there is no first place to lose.")], []
        if len(ev.criteria) == 1:
            return [self.tr("With a single criterion its weight is always 100 %.")], []
        if sens.tied:
            return self._tied(ev, sens)
        head = [self.critical(ev, sens)]
        lines = [
            CriterionLine(c.criterion, self.interval(ev, c), self.margin(ev, sens, c))
            for c in sens.criteria
        ]
        return head, lines

    def interval(self, ev: Evaluation, c: wm.CriterionSensitivity) -> str:
        """ "Klima (now 21,4 %) may range from 12,0 % to 100 % without changing first place."""
        sens = ev.sensitivity
        assert sens is not None
        name = ev.criteria[c.criterion].name
        now = self.percent(c.weight)
        low_change = c.runner_up_at_low is not None and c.low > _EDGE
        high_change = c.runner_up_at_high is not None and c.high < 1 - _EDGE
        if not low_change and not high_change:
            return (
                self.tr(
                    "%1 (now %2) may take any weight from 0 % to 100 % without changing "
                    "first place."
                )
                .replace("%1", name)
                .replace("%2", now)
            )
        if high_change and not low_change:
            assert c.runner_up_at_high is not None
            return (
                self.tr("%1 (now %2) may rise to %3 before first place changes (then %4).")
                .replace("%1", name)
                .replace("%2", now)
                .replace("%3", self.percent(c.high, "down"))
                .replace("%4", self.leads(ev, c.runner_up_at_high))
            )
        assert c.runner_up_at_low is not None
        below = self.leads(ev, c.runner_up_at_low)
        if not high_change:
            return (
                self.tr(
                    "%1 (now %2) may range from %3 to 100 % without changing first place "
                    "(below that, %4)."
                )
                .replace("%1", name)
                .replace("%2", now)
                .replace("%3", self.percent(c.low, "up"))
                .replace("%4", below)
            )
        assert c.runner_up_at_high is not None
        return (
            self.tr(
                "%1 (now %2) may range from %3 to %4 without changing first place (below "
                "that, %5; above, %6)."
            )
            .replace("%1", name)
            .replace("%2", now)
            .replace("%3", self.percent(c.low, "up"))
            .replace("%4", self.percent(c.high, "down"))
            .replace("%5", below)
            .replace("%6", self.leads(ev, c.runner_up_at_high))
        )

    def _scores(self, ev: Evaluation) -> list[list[float]]:
        """`ev.score_matrix`, built once per evaluation (it is a property that copies)."""
        if self._matrix_of is not ev:
            self._matrix_of, self._matrix = ev, ev.score_matrix
        return self._matrix

    def alike(self, ev: Evaluation, ranked: int) -> str:
        """The project's title, joined by every ranked project with exactly the same scores
        (they rise and fall together, so they take over together)."""
        matrix = self._scores(ev)
        same = [m for m, row in enumerate(matrix) if row == matrix[ranked]]
        return self._and(self.ranked_title(ev, m) for m in same)

    def leads(self, ev: Evaluation, ranked: int) -> str:
        """ "Digitallotsen leads", or with projects scored alike "A and B share first place"."""
        matrix = self._scores(ev)
        if sum(1 for row in matrix if row == matrix[ranked]) > 1:
            return self.tr("%1 share first place").replace("%1", self.alike(ev, ranked))
        return self.tr("%1 leads").replace("%1", self.ranked_title(ev, ranked))

    def margin(self, ev: Evaluation, sens: wm.Sensitivity, c: wm.CriterionSensitivity) -> str:
        """ "Sensorik could lose 1,4 points on Klima before being overtaken by Digitallotsen."""
        name = ev.criteria[c.criterion].name
        leader = self.ranked_title(ev, sens.leader)
        if c.margin_points is None or sens.runner_up is None:
            return self.tr("Scores on %1 do not count at this weight.").replace("%1", name)
        runner_up = self.alike(ev, sens.runner_up)
        own = self._scores(ev)[sens.leader][c.criterion]
        if c.margin_points >= own:
            return (
                self.tr("Even with 0 points on %2, %1 would stay ahead of %3.")
                .replace("%1", leader)
                .replace("%2", name)
                .replace("%3", runner_up)
            )
        points = round_down(c.margin_points, 1)
        shown = (
            self.tr("less than %1").replace("%1", self.number(0.1, 1))
            if points <= 0
            else self.number(points, 1)
        )
        return (
            self.tr("%1 could lose %2 points on %3 before being overtaken by %4.")
            .replace("%1", leader)
            .replace("%2", shown)
            .replace("%3", name)
            .replace("%4", runner_up)
        )

    def critical(self, ev: Evaluation, sens: wm.Sensitivity) -> str:
        """ "The result is most sensitive to Klima: a change of 3,2 percentage points …"."""
        if sens.most_critical is None:
            return self.tr("No change of a single weight changes first place.")
        c = sens.criteria[sens.most_critical]
        change = c.smallest_change or 0.0
        down = c.runner_up_at_low is not None and (
            c.runner_up_at_high is None or c.weight - c.low <= c.high - c.weight
        )
        target = self.percent(c.low, "down") if down else self.percent(c.high, "up")
        return (
            self.tr(
                "The result is most sensitive to %1: a change of %2 percentage points "
                "(from %3 to %4) changes first place."
            )
            .replace("%1", ev.criteria[c.criterion].name)
            .replace(
                "%2",
                self.points(change)
                if change >= 0.0005
                else self.tr("less than %1").replace("%1", self.number(0.1, 1)),
            )
            .replace("%3", self.percent(c.weight))
            .replace("%4", target)
        )

    def _tied(self, ev: Evaluation, sens: wm.Sensitivity) -> tuple[list[str], list[CriterionLine]]:
        """First place is shared: say so, and which way each weight would tip it."""
        tied = list(sens.first_place)
        names = self._and(self.ranked_title(ev, m) for m in tied)
        head = [
            self.tr(
                "First place is shared by %1: the weights as they are do not decide "
                "between them. A runoff or a recorded decision does."
            ).replace("%1", names)
        ]
        matrix = self._scores(ev)
        weights = ev.weights.weights or ()
        lines = []
        for k, c in enumerate(sens.criteria):
            name = ev.criteria[k].name
            slopes = tipping_slopes(weights, matrix, sens.utilities, tied, k)
            up = _unique_extreme(slopes, max)
            down = _unique_extreme(slopes, min)
            projects: list[int] = []  # what more weight, then less, would put first
            if up is None and down is None:
                text = self.tr("%1 (now %2) does not decide between them.")
            elif up is not None and down is not None:
                text = self.tr("More weight on %1 (now %2) would put %3 first; less, %4.")
                projects = [tied[up], tied[down]]
            elif up is not None:
                text = self.tr("More weight on %1 (now %2) would put %3 first.")
                projects = [tied[up]]
            else:
                assert down is not None
                text = self.tr("Less weight on %1 (now %2) would put %3 first.")
                projects = [tied[down]]
            text = text.replace("%1", name).replace("%2", self.percent(c.weight))
            for number, outcome in enumerate(projects, start=3):
                text = text.replace(f"%{number}", self.ranked_title(ev, outcome))
            lines.append(CriterionLine(k, text, ""))
        return head, lines


def tipping_slopes(
    weights: Sequence[float],
    scores: Sequence[Sequence[float]],
    utilities: Sequence[float],
    projects: Sequence[int],
    k: int,
) -> list[float]:
    """dN_i/dt for each of `projects` when criterion k's weight t moves (others rescaled).

    N_i(t) = t·s_ik + (1 − t)·B_i with B_i = (N_i − w_k·s_ik)/(1 − w_k), so the slope is
    s_ik − B_i; among projects level now, the steepest leads once t rises.
    """
    w_k = weights[k]
    if w_k >= 1.0 - 1e-12:
        return [0.0 for _ in projects]
    return [scores[i][k] - (utilities[i] - w_k * scores[i][k]) / (1.0 - w_k) for i in projects]


def _unique_extreme(values: list[float], pick: Callable[[list[float]], float]) -> int | None:
    """The index of the single largest (or smallest) value, None when it is shared."""
    if not values:
        return None
    best = pick(values)
    at = [i for i, v in enumerate(values) if abs(v - best) <= 1e-9]
    return at[0] if len(at) == 1 else None

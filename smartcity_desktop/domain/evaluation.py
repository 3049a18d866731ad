"""A weighting's result: from the judgements and scores in the file to weights, consistency,
utilities, ranks, exclusions and sensitivity.

`domain/weighting.py` holds the methods over plain floats; this module applies them to one
`Weighting` with its criteria, projects, judgements and scores (who judged, what is missing), so
the screen, the minutes and the data export all show the same result.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import cached_property

from smartcity_desktop.domain import weighting as wm
from smartcity_desktop.domain.model import (
    Criterion,
    Judgement,
    Project,
    Score,
    Weighting,
    WeightingMethod,
)

GROUP = None  # the rater id of the group's own judgements and scores
POINTS_BUDGET = 100.0


@dataclass(frozen=True)
class RaterWeights:
    """One rater's (or the group's) weights, or what is missing for them."""

    participant_id: int | None
    weights: tuple[float, ...] | None  # None while incomplete
    missing: int = 0  # entries (criteria or pairs) still without a value
    ahp: wm.AhpResult | None = None
    inconsistent_pair: wm.InconsistentPair | None = None
    circular_triads: tuple[tuple[int, int, int], ...] = ()
    invalid: bool = False  # entries that can't be read (not written by this app)


@dataclass(frozen=True)
class WeightsOutcome:
    """The weights a weighting arrives at (criteria in the weighting's order)."""

    method: WeightingMethod
    weights: tuple[float, ...] | None  # None until at least one rater is complete
    raters: tuple[RaterWeights, ...] = ()
    ahp: wm.AhpResult | None = None  # of the (aggregated) matrix
    inconsistent_pair: wm.InconsistentPair | None = None
    circular_triads: tuple[tuple[int, int, int], ...] = ()
    zero_weight: tuple[int, ...] = ()  # criteria (indexes) that got no weight at all
    spread: tuple[wm.CellStats, ...] = ()  # of individual weights, when judged per participant
    missing: int = 0  # of the group, or of all participants together

    @property
    def complete(self) -> bool:
        return self.weights is not None


@dataclass(frozen=True)
class ProjectOutcome:
    """One project in the result."""

    project_id: int
    scores: tuple[float | None, ...]  # mean score per criterion, None where missing
    stats: tuple[wm.CellStats | None, ...]  # mean and spread per criterion
    missing: int  # criteria without a score
    failed_must: tuple[int, ...] = ()  # criteria (indexes) below their threshold
    utility: float | None = None
    rank: int | None = None
    contributions: tuple[float, ...] = ()  # w_j · s_ij per criterion

    @property
    def excluded(self) -> bool:
        return bool(self.failed_must)

    @property
    def ranked(self) -> bool:
        return self.rank is not None


@dataclass(frozen=True)
class Evaluation:
    """Everything a weighting's result shows."""

    weighting: Weighting
    criteria: tuple[Criterion, ...]
    projects: tuple[Project, ...]
    weights: WeightsOutcome
    outcomes: tuple[ProjectOutcome, ...]  # in the weighting's project order
    ranked: tuple[int, ...] = ()  # indexes into `outcomes` of the ranked projects, best first
    sensitivity: wm.Sensitivity | None = None  # over the ranked projects (indexes into `ranked`)
    ties: dict[int, list[int]] = field(default_factory=dict)  # rank → outcome indexes

    @cached_property
    def score_matrix(self) -> list[list[float]]:
        """The mean scores of the ranked projects, best first (for a what-if recompute)."""
        return [[s or 0.0 for s in self.outcomes[i].scores] for i in self.ranked]

    @property
    def leader(self) -> ProjectOutcome | None:
        return self.outcomes[self.ranked[0]] if self.ranked else None


def pair_key(a: int, b: int) -> tuple[int, int, bool]:
    """The stored order of a pair of criterion ids (smaller id first), and whether it flips."""
    return (a, b, False) if a < b else (b, a, True)


def judgement_value(judgement_value: float, flipped: bool, method: WeightingMethod) -> float:
    """A stored pair judgement seen from the other criterion."""
    if not flipped:
        return judgement_value
    if method == WeightingMethod.AHP:
        return 1.0 / judgement_value
    return 2.0 - judgement_value


def _by_rater(items: Iterable[Judgement | Score]) -> dict[int | None, list]:
    grouped: dict[int | None, list] = {}
    for item in items:
        grouped.setdefault(item.participant_id, []).append(item)
    return grouped


def _rater_weights(
    method: WeightingMethod,
    criterion_ids: Sequence[int],
    participant_id: int | None,
    judgements: Sequence[Judgement],
) -> tuple[RaterWeights, list[list[float]] | None]:
    """One rater's weights, and (AHP) the complete matrix they come from."""
    n = len(criterion_ids)
    index = {c: i for i, c in enumerate(criterion_ids)}
    if not method.is_pairwise:
        values: dict[int, float] = {}
        for j in judgements:
            if j.other_id is None and j.criterion_id in index:
                values[index[j.criterion_id]] = j.value
        if method == WeightingMethod.POINTS:
            # Complete once every criterion has its points, or once the whole budget is
            # spread (the criteria left out then get none).
            points = [values.get(i, 0.0) for i in range(n)]
            total = math.fsum(points)
            missing = 0 if total >= POINTS_BUDGET - 1e-9 else n - len(values)
            if n == 0 or missing or total <= 0:
                return RaterWeights(participant_id, None, missing=missing), None
            return RaterWeights(participant_id, wm.points_weights(points)), None
        missing = n - len(values)
        if missing or n == 0:
            return RaterWeights(participant_id, None, missing=missing), None
        kind = "roc" if method == WeightingMethod.RANK_ROC else "rank_sum"
        ranks = [round(values[i]) for i in range(n)]
        return RaterWeights(participant_id, wm.rank_weights(ranks, kind)), None
    pairs: dict[tuple[int, int], float] = {}
    for j in judgements:
        if j.other_id is None or j.criterion_id not in index or j.other_id not in index:
            continue
        a, b = index[j.criterion_id], index[j.other_id]
        pairs[(a, b)] = j.value
    total = n * (n - 1) // 2
    missing = total - sum(1 for (a, b) in pairs if a != b)
    if n == 0 or missing > 0:
        return RaterWeights(participant_id, None, missing=max(missing, 0) if n else 0), None
    if method == WeightingMethod.AHP:
        matrix = wm.matrix_from_judgements(n, pairs)
        result = wm.ahp(matrix)
        return (
            RaterWeights(
                participant_id,
                result.weights,
                ahp=result,
                inconsistent_pair=wm.most_inconsistent_pair(matrix, result.weights),
            ),
            matrix,
        )
    matrix = [[0.0] * n for _ in range(n)]
    for (a, b), value in pairs.items():
        matrix[a][b] = value
        matrix[b][a] = 2.0 - value
    return (
        RaterWeights(
            participant_id,
            wm.pairwise_210_weights(matrix),
            circular_triads=tuple(wm.circular_triads(matrix)),
        ),
        None,
    )


def _safe_rater_weights(
    method: WeightingMethod,
    criterion_ids: Sequence[int],
    participant_id: int | None,
    judgements: Sequence[Judgement],
) -> tuple[RaterWeights, list[list[float]] | None]:
    """As `_rater_weights`, but entries the methods can't read (a pair stored twice or the
    wrong way round by another tool, a zero on the AHP scale) leave the rater incomplete
    instead of breaking the whole result."""
    try:
        return _rater_weights(method, criterion_ids, participant_id, judgements)
    except (ValueError, ArithmeticError):
        return RaterWeights(participant_id, None, invalid=True), None


def oriented_judgements(
    method: WeightingMethod, criterion_ids: Sequence[int], judgements: Iterable[Judgement]
) -> list[Judgement]:
    """Pair judgements turned so that `criterion_id` comes first in the weighting's order."""
    order = {c: i for i, c in enumerate(criterion_ids)}
    result = []
    for j in judgements:
        if (
            j.other_id is not None
            and j.criterion_id in order
            and j.other_id in order
            and order[j.criterion_id] > order[j.other_id]
        ):
            j = Judgement(
                j.id,
                j.weighting_id,
                j.participant_id,
                j.other_id,
                j.criterion_id,
                judgement_value(j.value, True, method),
            )
        result.append(j)
    return result


def evaluate_weights(weighting: Weighting, judgements: Sequence[Judgement]) -> WeightsOutcome:
    """The weights of the weighting's criteria from its judgements."""
    method = WeightingMethod(weighting.method)
    ids = list(weighting.criterion_ids)
    judgements = oriented_judgements(method, ids, judgements)
    by_rater = _by_rater(judgements)
    if weighting.judged_by == "group":
        rater, _matrix = _safe_rater_weights(method, ids, GROUP, by_rater.get(GROUP, []))
        weights = rater.weights
        return WeightsOutcome(
            method=method,
            weights=weights,
            raters=(rater,),
            ahp=rater.ahp,
            inconsistent_pair=rater.inconsistent_pair,
            circular_triads=rater.circular_triads,
            zero_weight=tuple(wm.zero_weight_criteria(weights)) if weights else (),
            missing=rater.missing,
        )
    raters: list[RaterWeights] = []
    matrices: list[list[list[float]]] = []
    for participant_id in sorted(p for p in by_rater if p is not None):
        rater, matrix = _safe_rater_weights(method, ids, participant_id, by_rater[participant_id])
        raters.append(rater)
        if matrix is not None:
            matrices.append(matrix)
    complete = [r.weights for r in raters if r.weights is not None]
    missing = sum(r.missing for r in raters)
    if not complete:
        return WeightsOutcome(method=method, weights=None, raters=tuple(raters), missing=missing)
    spread = tuple(wm.weight_spread(complete))
    if method == WeightingMethod.AHP:
        group = wm.ahp(wm.geometric_mean_matrix(matrices))
        weights = group.weights
        pair = wm.most_inconsistent_pair(wm.geometric_mean_matrix(matrices), weights)
        return WeightsOutcome(
            method=method,
            weights=weights,
            raters=tuple(raters),
            ahp=group,
            inconsistent_pair=pair,
            zero_weight=tuple(wm.zero_weight_criteria(weights)),
            spread=spread,
            missing=missing,
        )
    mean = [sum(w[j] for w in complete) / len(complete) for j in range(len(ids))]
    weights = wm.points_weights(mean)
    return WeightsOutcome(
        method=method,
        weights=weights,
        raters=tuple(raters),
        circular_triads=tuple(t for r in raters for t in r.circular_triads),
        zero_weight=tuple(wm.zero_weight_criteria(weights)),
        spread=spread,
        missing=missing,
    )


def evaluate(
    weighting: Weighting,
    criteria: Sequence[Criterion],
    projects: Sequence[Project],
    judgements: Sequence[Judgement],
    scores: Sequence[Score],
    tolerance: float = 1e-9,
) -> Evaluation:
    """The whole result of a weighting.

    `criteria` and `projects` may be the whole catalogue; the weighting's own selection and order
    are used. A project is ranked once every criterion has a score and it passes every
    must-criterion; one failing a must-criterion is excluded with the reason, never dropped.
    """
    by_criterion = {c.id: c for c in criteria}
    by_project = {p.id: p for p in projects}
    crits = tuple(by_criterion[i] for i in weighting.criterion_ids if i in by_criterion)
    projs = tuple(by_project[i] for i in weighting.project_ids if i in by_project)
    weighting = _narrowed(weighting, crits, projs)
    weights = evaluate_weights(weighting, judgements)
    c_index = {c.id: j for j, c in enumerate(crits)}
    p_index = {p.id: i for i, p in enumerate(projs)}
    use_group = weighting.scored_by == "group"
    cells: list[list[list[float]]] = [[[] for _ in crits] for _ in projs]
    for s in scores:
        if (s.participant_id is None) != use_group:
            continue
        i, j = p_index.get(s.project_id), c_index.get(s.criterion_id)
        if i is not None and j is not None:
            cells[i][j].append(s.value)
    thresholds = {j: c.threshold for j, c in enumerate(crits) if c.must and c.threshold is not None}
    outcomes: list[ProjectOutcome] = []
    for i, project in enumerate(projs):
        stats = tuple(_cell_stats(v) for v in cells[i])
        means = tuple(s.mean if s is not None else None for s in stats)
        failed = tuple(j for j, t in thresholds.items() if means[j] is not None and means[j] < t)
        outcomes.append(
            ProjectOutcome(
                project_id=project.id,
                scores=means,
                stats=stats,
                missing=sum(1 for m in means if m is None),
                failed_must=tuple(sorted(failed)),
            )
        )
    eligible = [i for i, o in enumerate(outcomes) if not o.missing and not o.excluded and crits]
    if weights.weights is None or not eligible:
        return Evaluation(weighting, crits, projs, weights, tuple(outcomes))
    matrix = [[float(s) for s in outcomes[i].scores] for i in eligible]  # type: ignore[arg-type]
    utilities = wm.weighted_sum(weights.weights, matrix)
    ranks = wm.competition_ranks(utilities, tolerance)
    for k, i in enumerate(eligible):
        o = outcomes[i]
        outcomes[i] = ProjectOutcome(
            project_id=o.project_id,
            scores=o.scores,
            stats=o.stats,
            missing=o.missing,
            failed_must=o.failed_must,
            utility=utilities[k],
            rank=ranks[k],
            contributions=tuple(w * s for w, s in zip(weights.weights, matrix[k], strict=True)),
        )
    order = sorted(range(len(eligible)), key=lambda k: (ranks[k], k))
    ranked = tuple(eligible[k] for k in order)
    sorted_matrix = [matrix[k] for k in order]
    sensitivity = wm.sensitivity(weights.weights, sorted_matrix, tolerance)
    ties = {
        rank: [ranked[k] for k in members]
        for rank, members in wm.tie_groups([ranks[k] for k in order]).items()
    }
    return Evaluation(weighting, crits, projs, weights, tuple(outcomes), ranked, sensitivity, ties)


def _cell_stats(values: list[float]) -> wm.CellStats | None:
    """Mean and spread of one cell; a single score (the group's) needs no arithmetic."""
    if not values:
        return None
    if len(values) == 1:
        v = values[0]
        return wm.CellStats(v, v, v, 0.0, 1)
    return wm.mean_and_spread(values)


def _narrowed(
    weighting: Weighting, criteria: Sequence[Criterion], projects: Sequence[Project]
) -> Weighting:
    """The weighting with only the criteria and projects that still exist."""
    return Weighting(
        id=weighting.id,
        workshop_id=weighting.workshop_id,
        title=weighting.title,
        method=weighting.method,
        judged_by=weighting.judged_by,
        scored_by=weighting.scored_by,
        state=weighting.state,
        position=weighting.position,
        criterion_ids=tuple(c.id for c in criteria),
        project_ids=tuple(p.id for p in projects),
    )


def whatif(
    evaluation: Evaluation, criterion: int, weight: float
) -> tuple[tuple[float, ...], list[float], list[int]]:
    """Weights, utilities and ranks of the ranked projects (best-first order of the real
    result) with `criterion`'s weight set to `weight` and the others rescaled proportionally."""
    base = evaluation.weights.weights
    if base is None:
        raise ValueError("the weighting has no weights yet")
    weights = wm.whatif_weights(base, criterion, weight)
    utilities = list(wm.weighted_sum(weights, evaluation.score_matrix))
    return weights, utilities, wm.competition_ranks(utilities)

"""Dot-voting in `domain.voting`: ballot checks, the tally, shortlists, progress."""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Mapping

import pytest
from hypothesis import given
from hypothesis import strategies as st

from smartcity_desktop.domain.voting import (
    Ballot,
    BallotError,
    BallotProblem,
    CastBallot,
    Dots,
    OptionResult,
    PaperCount,
    Progress,
    RoundSettings,
    progress,
    rank_moves,
    ranked,
    remaining,
    shortlist_tied,
    shortlist_top_third,
    suggest_dots,
    tally,
    tie_text_groups,
    validate_ballot,
)

A, B, C, D, E, F = 11, 12, 13, 14, 15, 16
NAMES = {A: "A", B: "B", C: "C", D: "D", E: "E", F: "F"}
VERWALTUNG, WIRTSCHAFT = 1, 2


def _vote(voter: int, group_id: int | None = None, **dots: tuple[int, int]) -> CastBallot:
    """A ballot from keyword arguments such as A=(1, 0): option name → (green, red)."""
    ids = {name: option_id for option_id, name in NAMES.items()}
    return CastBallot(voter, group_id, {ids[n]: Dots(g, r) for n, (g, r) in dots.items()})


def _results(nets: Mapping[int, int]) -> list[OptionResult]:
    """Results whose nets are given, from one green dot per point of net."""
    ballots = [
        CastBallot(voter, None, {option_id: Dots(1)})
        for option_id, net in nets.items()
        for voter in range(net)
    ]
    return tally(list(nets), ballots)


def _by_id(results: list[OptionResult]) -> dict[int, OptionResult]:
    return {r.option_id: r for r in results}


# -- settings and the suggested budget -------------------------------------------------------


@pytest.mark.parametrize(
    ("options", "dots"), [(0, 1), (1, 1), (2, 1), (3, 2), (5, 2), (10, 4), (12, 5)]
)
def test_suggest_dots_is_a_third_plus_one(options: int, dots: int) -> None:
    assert suggest_dots(options) == dots


def test_suggest_dots_rejects_a_negative_count() -> None:
    with pytest.raises(ValueError, match="option_count"):
        suggest_dots(-1)


@pytest.mark.parametrize(
    ("kwargs", "field"),
    [
        ({"dots": 0}, "dots"),
        ({"dots": 3, "red_dots": -1}, "red_dots"),
        ({"dots": 3, "cap": 0}, "cap"),
    ],
)
def test_impossible_settings_are_rejected(kwargs: dict[str, int], field: str) -> None:
    with pytest.raises(ValueError, match=field):
        RoundSettings(**kwargs)


def test_settings_defaults_are_green_only_one_per_option_anonymous_hidden() -> None:
    settings = RoundSettings(dots=3)
    assert (settings.red_dots, settings.cap, settings.anonymous, settings.hidden) == (
        0,
        1,
        True,
        True,
    )


# -- validate_ballot and remaining ---------------------------------------------------------

GREEN_ONLY = RoundSettings(dots=3)
WITH_RED = RoundSettings(dots=3, red_dots=2, cap=2)
OPTIONS = (A, B, C, D)


def test_a_full_ballot_is_valid() -> None:
    assert validate_ballot({A: Dots(1), B: Dots(1), C: Dots(1)}, GREEN_ONLY, OPTIONS) == []


def test_unused_dots_are_allowed() -> None:
    assert validate_ballot({}, GREEN_ONLY, OPTIONS) == []
    assert validate_ballot({A: Dots(1), B: Dots(0)}, GREEN_ONLY, OPTIONS) == []


def test_over_the_green_budget() -> None:
    ballot = {A: Dots(1), B: Dots(1), C: Dots(1), D: Dots(1)}
    assert validate_ballot(ballot, GREEN_ONLY, OPTIONS) == [
        BallotError(BallotProblem.OVER_BUDGET_GREEN, None, limit=3, value=4)
    ]


def test_cap_one_forbids_cumulating() -> None:
    assert validate_ballot({A: Dots(2)}, GREEN_ONLY, OPTIONS) == [
        BallotError(BallotProblem.OVER_CAP, A, limit=1, value=2)
    ]


def test_a_higher_cap_allows_cumulating_up_to_it() -> None:
    settings = RoundSettings(dots=5, cap=3)
    assert validate_ballot({A: Dots(3), B: Dots(2)}, settings, OPTIONS) == []
    assert validate_ballot({A: Dots(4)}, settings, OPTIONS) == [
        BallotError(BallotProblem.OVER_CAP, A, limit=3, value=4)
    ]


def test_red_dots_need_a_red_budget() -> None:
    assert validate_ballot({A: Dots(1, 1)}, GREEN_ONLY, OPTIONS) == [
        BallotError(BallotProblem.RED_NOT_ALLOWED, A, limit=0, value=1)
    ]


def test_red_dots_have_their_own_budget_and_cap() -> None:
    assert validate_ballot({A: Dots(2, 0), B: Dots(1, 2)}, WITH_RED, OPTIONS) == []
    assert validate_ballot({A: Dots(0, 3)}, WITH_RED, OPTIONS) == [
        BallotError(BallotProblem.OVER_CAP, A, limit=2, value=3),
        BallotError(BallotProblem.OVER_BUDGET_RED, None, limit=2, value=3),
    ]
    assert validate_ballot({A: Dots(0, 2), B: Dots(0, 1)}, WITH_RED, OPTIONS) == [
        BallotError(BallotProblem.OVER_BUDGET_RED, None, limit=2, value=3)
    ]


def test_green_and_red_budgets_are_separate() -> None:
    # 3 green + 2 red = 5 dots is fine; 4 green is not, even with red unused.
    assert validate_ballot({A: Dots(2, 1), B: Dots(1, 1)}, WITH_RED, OPTIONS) == []
    assert validate_ballot({A: Dots(2), B: Dots(2)}, WITH_RED, OPTIONS) == [
        BallotError(BallotProblem.OVER_BUDGET_GREEN, None, limit=3, value=4)
    ]


def test_negative_counts_are_reported_per_colour() -> None:
    assert validate_ballot({A: Dots(-1, -2)}, WITH_RED, OPTIONS) == [
        BallotError(BallotProblem.NEGATIVE, A, limit=0, value=-1),
        BallotError(BallotProblem.NEGATIVE, A, limit=0, value=-2),
    ]


def test_a_negative_count_does_not_pay_for_another_option() -> None:
    ballot = {A: Dots(-1), B: Dots(1), C: Dots(1), D: Dots(1), E: Dots(1)}
    errors = validate_ballot(ballot, GREEN_ONLY, (*OPTIONS, E))
    assert [e.problem for e in errors] == [
        BallotProblem.NEGATIVE,
        BallotProblem.OVER_BUDGET_GREEN,
    ]


def test_unknown_option_is_reported_and_still_spends_budget() -> None:
    ballot = {A: Dots(1), B: Dots(1), F: Dots(1)}
    assert validate_ballot(ballot, GREEN_ONLY, OPTIONS) == [
        BallotError(BallotProblem.UNKNOWN_OPTION, F)
    ]
    errors = validate_ballot({**ballot, C: Dots(1)}, GREEN_ONLY, OPTIONS)
    assert [e.problem for e in errors] == [
        BallotProblem.UNKNOWN_OPTION,
        BallotProblem.OVER_BUDGET_GREEN,
    ]


@pytest.mark.parametrize(
    ("ballot", "left"),
    [
        ({}, Dots(3, 2)),
        ({A: Dots(1, 1)}, Dots(2, 1)),
        ({A: Dots(2, 2), B: Dots(1)}, Dots(0, 0)),
        ({A: Dots(2, 2), B: Dots(2, 1)}, Dots(0, 0)),  # overspent: nothing left, not negative
        ({A: Dots(-1), B: Dots(1)}, Dots(2, 2)),  # a negative count gives nothing back
    ],
)
def test_remaining(ballot: Ballot, left: Dots) -> None:
    assert remaining(ballot, WITH_RED) == left


# -- tally ---------------------------------------------------------------------------------


def test_tally_counts_green_red_and_net_in_option_order() -> None:
    ballots = [_vote(1, A=(1, 0), B=(1, 1)), _vote(2, A=(1, 0), C=(1, 0)), _vote(3, B=(1, 0))]
    results = tally([C, B, A], ballots)
    assert [(r.option_id, r.green, r.red, r.net) for r in results] == [
        (C, 1, 0, 1),
        (B, 2, 1, 1),
        (A, 2, 0, 2),
    ]
    assert [r.rank for r in results] == [2, 2, 1]


def test_ranks_go_by_net_not_by_green() -> None:
    ballots = [_vote(1, A=(1, 1), B=(1, 0)), _vote(2, A=(1, 1), C=(0, 1))]
    results = _by_id(tally([A, B, C], ballots))
    assert (results[A].green, results[A].net, results[A].rank) == (2, 0, 2)
    assert (results[B].net, results[B].rank) == (1, 1)
    assert (results[C].net, results[C].rank) == (-1, 3)


def test_tied_options_name_each_other() -> None:
    results = _by_id(_results({A: 3, B: 2, C: 2, D: 1}))
    assert [results[o].rank for o in (A, B, C, D)] == [1, 2, 2, 4]
    assert results[B].tied_with == (C,)
    assert results[C].tied_with == (B,)
    assert results[A].tied_with == ()


def test_paper_and_ballots_are_added_up() -> None:
    paper = [
        PaperCount(A, VERWALTUNG, green=4, red=1),
        PaperCount(A, None, green=2, red=0),
        PaperCount(B, WIRTSCHAFT, green=1, red=0),
    ]
    ballots = [_vote(1, VERWALTUNG, A=(1, 0)), _vote(2, None, B=(1, 1))]
    results = _by_id(tally([A, B], ballots, paper))
    assert (results[A].green, results[A].red) == (7, 1)
    assert (results[B].green, results[B].red) == (2, 1)
    # Breadth counts the laptop ballots only: paper dots carry no voter.
    assert (results[A].breadth, results[B].breadth) == (1, 1)


def test_by_group_breakdown() -> None:
    paper = [
        PaperCount(A, WIRTSCHAFT, green=2, red=1),
        PaperCount(B, VERWALTUNG, 0, 0),
        PaperCount(C, WIRTSCHAFT, 0, 0),  # a group that placed nothing is left out
    ]
    ballots = [
        _vote(1, VERWALTUNG, A=(1, 0)),
        _vote(2, VERWALTUNG, A=(1, 0), B=(1, 0)),
        _vote(3, None, A=(0, 1)),
        _vote(4, WIRTSCHAFT, A=(1, 0)),
    ]
    results = _by_id(tally([A, B, C], ballots, paper))
    assert results[A].by_group == {VERWALTUNG: Dots(2), WIRTSCHAFT: Dots(3, 1), None: Dots(0, 1)}
    assert list(results[A].by_group) == [VERWALTUNG, WIRTSCHAFT, None]  # unknown group last
    assert results[B].by_group == {VERWALTUNG: Dots(1)}
    assert results[C].by_group == {}


def test_shares_of_all_dots_cast() -> None:
    ballots = [_vote(1, A=(2, 0), B=(1, 1)), _vote(2, A=(1, 0), C=(0, 1))]
    results = _by_id(tally([A, B, C, D], [*ballots, _vote(3, B=(1, 0))]))
    # 7 dots in all, 5 of them green.
    assert [results[o].share for o in (A, B, C, D)] == [3 / 7, 3 / 7, 1 / 7, 0.0]
    assert [results[o].green_share for o in (A, B, C, D)] == [3 / 5, 2 / 5, 0.0, 0.0]
    assert math.isclose(sum(r.share for r in results.values()), 1.0)


def test_nothing_cast_gives_zero_shares_and_a_shared_first_rank() -> None:
    results = tally([A, B, C], [_vote(1), CastBallot(2, None, {}, abstained=True)])
    assert [(r.share, r.green_share, r.breadth, r.rank) for r in results] == [(0.0, 0.0, 0, 1)] * 3
    assert results[0].tied_with == (B, C)


def test_tally_of_no_options_is_empty() -> None:
    assert tally([], [_vote(1, A=(1, 0))]) == []


def test_breadth_counts_voters_not_dots() -> None:
    ballots = [_vote(1, A=(3, 0)), _vote(2, A=(1, 0), B=(1, 0)), _vote(3, B=(0, 1))]
    results = _by_id(tally([A, B, C], ballots))
    assert (results[A].green, results[A].breadth) == (4, 2)
    assert (results[B].green + results[B].red, results[B].breadth) == (2, 2)  # red counts too
    assert results[C].breadth == 0


def test_breadth_is_unknown_for_a_paper_only_round() -> None:
    results = tally([A, B], [], [PaperCount(A, None, 3, 0)])
    assert [r.breadth for r in results] == [None, None]
    assert results[0].green == 3


def test_dots_on_deleted_options_are_ignored() -> None:
    ballots = [_vote(1, A=(1, 0), F=(2, 0))]
    results = tally([A, B], ballots, [PaperCount(E, None, 5, 5)])
    assert [(r.option_id, r.green, r.red) for r in results] == [(A, 1, 0), (B, 0, 0)]
    assert results[0].share == 1.0


def test_an_abstention_places_no_dots() -> None:
    abstention = CastBallot(2, VERWALTUNG, {A: Dots(1)}, abstained=True)
    results = tally([A, B], [_vote(1, B=(1, 0)), abstention])
    assert [(r.green, r.breadth) for r in results] == [(0, 0), (1, 1)]


def test_tally_rejects_duplicate_option_ids() -> None:
    with pytest.raises(ValueError, match="duplicates"):
        tally([A, B, A], [])


# -- display order, tie texts, shortlists ---------------------------------------------------


def test_ranked_orders_by_rank_then_green_then_input_without_changing_ranks() -> None:
    ballots = [_vote(1, A=(1, 0)), _vote(2, B=(2, 1)), _vote(3, C=(1, 0)), _vote(4, D=(3, 0))]
    results = tally([A, B, C, D], ballots)
    order = ranked(results)
    assert [r.option_id for r in order] == [D, B, A, C]
    assert [r.rank for r in order] == [1, 2, 2, 2]
    assert sorted(order, key=lambda r: r.option_id) == results  # the same objects, ranks intact


def _ordinal(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def test_tie_text_from_domain_md() -> None:
    results = _results({C: 5, A: 3, B: 3, D: 1})
    texts = [
        f"{_ordinal(rank)} (shared): {', '.join(NAMES[o] for o in ids)}"
        for rank, ids in tie_text_groups(results)
    ]
    assert texts == ["2nd (shared): A, B"]


def test_tie_text_groups_are_in_rank_order() -> None:
    results = _results({A: 1, B: 4, C: 1, D: 4, E: 2})
    assert tie_text_groups(results) == [(1, [B, D]), (4, [A, C])]
    assert tie_text_groups(_results({A: 3, B: 2})) == []


@pytest.mark.parametrize(
    ("nets", "shortlist"),
    [
        ({}, []),
        ({A: 1}, [A]),
        ({A: 1, B: 5}, [B]),
        ({A: 6, B: 5, C: 4, D: 3, E: 2, F: 1}, [A, B]),  # ⌈6/3⌉ = 2
        ({A: 4, B: 3, C: 2, D: 1}, [A, B]),  # ⌈4/3⌉ = 2
        ({A: 6, B: 5, C: 5, D: 5, E: 2, F: 1}, [A, B, C, D]),  # tie at the boundary: all in
        ({A: 2, B: 2, C: 2}, [A, B, C]),  # everybody shares rank 1
        ({A: 1, B: 5, C: 5, D: 0}, [B, C]),  # the tie at rank 1 already fills the third
    ],
)
def test_shortlist_top_third(nets: dict[int, int], shortlist: list[int]) -> None:
    assert shortlist_top_third(_results(nets)) == shortlist


@pytest.mark.parametrize(
    ("nets", "shortlist"),
    [
        ({A: 3, B: 3, C: 1, D: 1}, [A, B]),  # rank 1 shared: only that group
        ({A: 5, B: 3, C: 3, D: 2, E: 2}, [B, C]),  # rank 1 alone: the first shared group
        ({A: 3, B: 2, C: 1}, []),
        ({}, []),
    ],
)
def test_shortlist_tied(nets: dict[int, int], shortlist: list[int]) -> None:
    assert shortlist_tied(_results(nets)) == shortlist


# -- rank moves ----------------------------------------------------------------------------


def test_rank_moves_between_rounds() -> None:
    previous = _results({A: 5, B: 4, C: 3, D: 2})  # ranks 1, 2, 3, 4
    # Round 2 on new option ids E, F, and D carried over under its old id.
    current = _results({E: 1, F: 6, D: 3})
    moves = rank_moves(previous, current, {E: A, F: C, D: D})
    assert moves == {E: -2, F: 2, D: 2}
    assert list(moves) == [E, F, D]


def test_rank_moves_without_counterpart_are_none() -> None:
    previous = _results({A: 2, B: 1})
    current = _results({C: 2, D: 1, E: 1})
    assert rank_moves(previous, current, {C: A, E: F}) == {C: 0, D: None, E: None}


def test_rank_moves_only_follow_the_mapping() -> None:
    previous = _results({A: 2, B: 1})
    current = _results({A: 1, B: 2})
    # A kept its id but is not mapped: no counterpart, even though A was in the last round.
    assert rank_moves(previous, current, {B: A}) == {A: None, B: 0}


# -- progress ------------------------------------------------------------------------------


def test_progress_counts_voters_abstentions_and_dots() -> None:
    ballots = [
        _vote(1, A=(2, 0), B=(1, 1)),
        _vote(2, A=(1, 0)),
        CastBallot(3, None, {}, abstained=True),
        CastBallot(4, None, {A: Dots(1)}, abstained=True),
    ]
    assert progress(ballots, WITH_RED, 10) == Progress(
        voted=2, abstained=2, expected=10, dots_cast=5, dots_available=50
    )


def test_progress_without_an_expected_count() -> None:
    assert progress([], GREEN_ONLY, None) == Progress(0, 0, None, 0, None)
    assert progress([_vote(1, A=(1, 0))], GREEN_ONLY, 0).dots_available == 0


def test_progress_rejects_a_negative_expected_count() -> None:
    with pytest.raises(ValueError, match="expected_voters"):
        progress([], GREEN_ONLY, -1)


# -- properties ----------------------------------------------------------------------------

_SETTINGS = st.builds(
    RoundSettings,
    dots=st.integers(1, 6),
    red_dots=st.integers(0, 3),
    cap=st.integers(1, 3),
)
_ANY_DOTS = st.builds(Dots, st.integers(-1, 4), st.integers(-1, 4))
_DOTS = st.builds(Dots, st.integers(0, 3), st.integers(0, 3))
_OPTION_IDS = st.lists(st.integers(0, 6), unique=True, max_size=6)
_GROUPS = st.sampled_from([None, 1, 2])
_BALLOTS = st.lists(
    st.builds(
        CastBallot,
        voter=st.integers(0, 100),
        group_id=_GROUPS,
        dots=st.dictionaries(st.integers(0, 8), _DOTS, max_size=5),
        abstained=st.booleans(),
    ),
    max_size=8,
)
_PAPER = st.lists(
    st.builds(PaperCount, st.integers(0, 8), _GROUPS, st.integers(0, 9), st.integers(0, 9)),
    max_size=8,
)


@given(st.dictionaries(st.integers(0, 5), _ANY_DOTS, max_size=5), _SETTINGS)
def test_a_ballot_is_accepted_exactly_when_it_keeps_every_rule(
    ballot: dict[int, Dots], settings: RoundSettings
) -> None:
    options = (0, 1, 2, 3)
    keeps_rules = (
        all(o in options for o in ballot)
        and all(d.green >= 0 and d.red >= 0 for d in ballot.values())
        and all(d.green <= settings.cap and d.red <= settings.cap for d in ballot.values())
        and sum(d.green for d in ballot.values()) <= settings.dots
        and sum(d.red for d in ballot.values()) <= settings.red_dots
    )
    assert (validate_ballot(ballot, settings, options) == []) == keeps_rules


@given(_OPTION_IDS, _BALLOTS, _PAPER)
def test_tally_totals_are_the_sum_of_ballots_and_paper(
    option_ids: list[int], ballots: list[CastBallot], paper: list[PaperCount]
) -> None:
    results = tally(option_ids, ballots, paper)
    assert [r.option_id for r in results] == option_ids
    for result in results:
        counted = [b.dots.get(result.option_id, Dots()) for b in ballots if not b.abstained] + [
            Dots(p.green, p.red) for p in paper if p.option_id == result.option_id
        ]
        assert result.green == sum(d.green for d in counted)
        assert result.red == sum(d.red for d in counted)
        assert result.net == result.green - result.red
        assert sum(d.green for d in result.by_group.values()) == result.green
        assert sum(d.red for d in result.by_group.values()) == result.red


@given(_OPTION_IDS, _BALLOTS, _PAPER)
def test_tally_ranks_are_competition_ranks_by_net(
    option_ids: list[int], ballots: list[CastBallot], paper: list[PaperCount]
) -> None:
    results = tally(option_ids, ballots, paper)
    for result in results:
        better = sum(1 for other in results if other.net > result.net)
        assert result.rank == better + 1
        assert result.tied_with == tuple(
            o.option_id for o in results if o.net == result.net and o is not result
        )
    if results:
        assert any(r.rank == 1 for r in results)


@given(_OPTION_IDS, _BALLOTS, _PAPER)
def test_shares_sum_to_one_when_anything_was_cast(
    option_ids: list[int], ballots: list[CastBallot], paper: list[PaperCount]
) -> None:
    results = tally(option_ids, ballots, paper)
    cast = sum(r.green + r.red for r in results)
    expected = 1.0 if cast else 0.0
    assert math.isclose(sum(r.share for r in results), expected)
    green = sum(r.green for r in results)
    assert math.isclose(sum(r.green_share for r in results), 1.0 if green else 0.0)


@given(_OPTION_IDS, _BALLOTS, _PAPER)
def test_breadth_counts_the_ballots_that_dotted_an_option(
    option_ids: list[int], ballots: list[CastBallot], paper: list[PaperCount]
) -> None:
    for result in tally(option_ids, ballots, paper):
        if not ballots and paper:
            assert result.breadth is None
            continue
        voters = [
            b for b in ballots if not b.abstained and b.dots.get(result.option_id, Dots()).total > 0
        ]
        assert result.breadth == len(voters)


@given(_OPTION_IDS, _BALLOTS, _PAPER)
def test_shortlists_hold_what_they_promise(
    option_ids: list[int], ballots: list[CastBallot], paper: list[PaperCount]
) -> None:
    results = tally(option_ids, ballots, paper)
    top = shortlist_top_third(results)
    assert len(top) >= math.ceil(len(results) / 3)
    if top:
        worst_in = max(r.rank for r in results if r.option_id in top)
        assert all((r.option_id in top) == (r.rank <= worst_in) for r in results)
        # Only a tie at the boundary makes the list longer than a third.
        assert sum(1 for r in results if r.rank < worst_in) < math.ceil(len(results) / 3)
    else:
        assert results == []
    tied = shortlist_tied(results)
    counts = Counter(r.rank for r in results)
    shared = [rank for rank, n in counts.items() if n >= 2]
    if shared:
        assert set(tied) == {r.option_id for r in results if r.rank == min(shared)}
    else:
        assert tied == []

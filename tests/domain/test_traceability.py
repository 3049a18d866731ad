"""Following a field of action or a project back to its clusters, cards, sources, dots and
scores (`domain.traceability`), on hand-built facts."""

from __future__ import annotations

import pytest

from smartcity_desktop.domain.model import Card, CardSource, Cluster, FieldOfAction, MergedCard
from smartcity_desktop.domain.model import Project as ProjectRow
from smartcity_desktop.domain.traceability import (
    Place,
    ProjectScore,
    TraceFacts,
    TraceSummary,
    field_trace,
    project_trace,
    summary,
)

KICK_OFF = Place("Ideen sammeln", "Auftaktworkshop", "2026-03-12")
EXPERTS = Place("Maßnahmen", "Fachgespräch", "2026-04-20")


def facts(agreed: int | None = 2) -> TraceFacts:
    cards = {
        1: Card(1, 10, "Online-Termine im Bürgerbüro", CardSource.SURVEY, cluster_id=100),
        2: Card(
            2,
            10,
            "Anträge digital stellen",
            CardSource.WORKSHOP,
            cluster_id=100,
            merged=(
                MergedCard("Formulare online", CardSource.SURVEY),
                MergedCard("Kein Papierkram mehr", CardSource.INTERVIEW),
            ),
        ),
        3: Card(3, 10, "Bäume mit Sensoren", CardSource.BEST_PRACTICE, cluster_id=200),
        4: Card(4, 20, "Chatbot im Rathaus", CardSource.OWN, cluster_id=300),
        5: Card(5, 20, "Freies WLAN", CardSource.INTERVIEW),  # on no cluster: a project's card
    }
    return TraceFacts(
        fields=(
            FieldOfAction(1, "E-Government", cluster_ids=(100, 300)),
            FieldOfAction(2, "Umwelt", cluster_ids=(200,)),
            FieldOfAction(3, "Bildung"),  # no clusters yet
        ),
        clusters={
            100: Cluster(100, 10, "Verwaltung"),
            200: Cluster(200, 10, "Grün"),
            300: Cluster(300, 20, "Service"),
        },
        cards=cards,
        places={10: KICK_OFF, 20: EXPERTS},
        projects=(
            ProjectRow(1, "Online-Bürgerservices", field_id=1, cluster_id=100),
            ProjectRow(2, "WLAN in der Innenstadt", field_id=1, card_id=5),
            ProjectRow(3, "Sensorik", field_id=2, card_id=3),
        ),
        cluster_dots={100: (7, 1), 200: (3, 0), 300: (2, 2)},
        card_dots={1: (4, 0), 3: (1, 1), 5: (6, 0)},
        scores=(
            ProjectScore(1, "Erste Gewichtung", "Auftakt", 1, 6.1, 2, 3, False),
            ProjectScore(2, "Vereinbarte Gewichtung", "Fachgespräch", 1, 7.45, 1, 2, False),
            ProjectScore(2, "Vereinbarte Gewichtung", "Fachgespräch", 2, None, None, 2, True),
        ),
        agreed_weighting_id=agreed,
    )


def test_a_field_lists_its_clusters_in_order_with_their_cards_and_places() -> None:
    trace = field_trace(facts(), 1)

    assert trace.kind == "field"
    assert trace.title == "E-Government"
    assert [c.title for c in trace.clusters] == ["Verwaltung", "Service"]
    verwaltung, service = trace.clusters
    assert verwaltung.place == KICK_OFF
    assert service.place == EXPERTS
    assert [c.text for c in verwaltung.cards] == [
        "Online-Termine im Bürgerbüro",
        "Anträge digital stellen",
    ]
    assert verwaltung.cards[1].merged_sources == ("survey", "interview")
    assert verwaltung.cards[1].ideas == 3
    assert (verwaltung.green, verwaltung.red) == (7, 1)
    assert (verwaltung.cards[0].green, verwaltung.cards[0].red) == (4, 0)
    assert trace.projects == ("Online-Bürgerservices", "WLAN in der Innenstadt")


def test_a_fields_summary_counts_merged_duplicates_as_ideas_and_adds_all_dots() -> None:
    s = field_trace(facts(), 1).summary

    # cards 1, 2 (+2 merged) and 4
    assert s.ideas == 5
    assert s.sources == (("survey", 2), ("interview", 1), ("workshop", 1), ("own", 1))
    assert s.source_count == 4
    # clusters 100 and 300, plus card 1's own dots
    assert (s.green, s.red) == (7 + 2 + 4, 1 + 2 + 0)
    assert s.projects == 2
    assert s.clusters == 2


def test_a_field_without_clusters_has_an_empty_trace() -> None:
    trace = field_trace(facts(), 3)

    assert trace.clusters == ()
    assert trace.summary == TraceSummary()


def test_unknown_field_or_project_is_a_key_error() -> None:
    with pytest.raises(KeyError):
        field_trace(facts(), 99)
    with pytest.raises(KeyError):
        project_trace(facts(), 99)


def test_a_project_from_a_cluster_shows_it_and_its_scores_agreed_first() -> None:
    trace = project_trace(facts(), 1)

    assert trace.kind == "project"
    assert trace.field == "E-Government"
    assert [c.title for c in trace.clusters] == ["Verwaltung"]
    assert trace.cards == ()
    assert [(s.weighting, s.utility, s.rank, s.ranked, s.agreed) for s in trace.scores] == [
        ("Vereinbarte Gewichtung", 7.45, 1, 2, True),
        ("Erste Gewichtung", 6.1, 2, 3, False),
    ]


def test_a_project_from_a_card_shows_the_card_and_an_exclusion() -> None:
    trace = project_trace(facts(), 2)

    assert trace.clusters == ()
    assert [(c.text, c.source, c.green) for c in trace.cards] == [("Freies WLAN", "interview", 6)]
    assert trace.cards[0].place == EXPERTS
    assert len(trace.scores) == 1
    assert trace.scores[0].excluded
    assert trace.scores[0].utility is None
    assert trace.summary.ideas == 1
    assert trace.summary.green == 6


def test_no_agreed_weighting_marks_no_score() -> None:
    trace = project_trace(facts(agreed=None), 1)

    assert not any(s.agreed for s in trace.scores)
    assert [s.weighting_id for s in trace.scores] == [1, 2]


def test_the_summary_has_a_row_per_field_and_its_total_is_their_sum() -> None:
    rows = summary(facts())

    assert [f.title for f, _ in rows] == ["E-Government", "Umwelt", "Bildung"]
    assert [r.ideas for _, r in rows] == [5, 1, 0]
    total = TraceSummary.total(r for _, r in rows)
    assert total.ideas == 6
    assert total.green == sum(r.green for _, r in rows) == 13 + 3 + 1
    assert total.red == sum(r.red for _, r in rows) == 3 + 0 + 1
    assert total.projects == 3
    assert total.clusters == 3
    assert total.sources == (
        ("survey", 2),
        ("interview", 1),
        ("workshop", 1),
        ("best_practice", 1),
        ("own", 1),
    )

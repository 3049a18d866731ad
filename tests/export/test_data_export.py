"""The open-data export (export/data.py, export/data_tables.py), checked against the demo.

The JSON document is compared with what the domain computes (tallies, weightings), the CSV and
XLSX tables are read back and compared with the JSON's rows, and the personal-data rules are
checked on the whole text of the export: no participant's name or organisation, except a
consenting participant in a named round of a project that is not pseudonymised.
"""

from __future__ import annotations

import csv
import dataclasses
import json
import os
import re
from pathlib import Path
from typing import Any

import pytest

from smartcity_desktop.domain import sensitivity
from smartcity_desktop.domain.minutes import ProjectRecord, RoundRecord
from smartcity_desktop.domain.model import BallotRecord, Card
from smartcity_desktop.export import data as export
from smartcity_desktop.export import data_tables
from smartcity_desktop.store.connection import ProjectFile
from smartcity_desktop.store.demo import build_demo
from smartcity_desktop.store.minutes import load_project_record, round_results

# -- fixtures ------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def demo_path(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("demo") / "demo.scw"
    build_demo(path).close()
    return path


@pytest.fixture(scope="module")
def record(demo_path: Path) -> ProjectRecord:
    pf = ProjectFile.open(demo_path, read_only=True)
    try:
        return load_project_record(pf)
    finally:
        pf.close()


@pytest.fixture(scope="module")
def document(record: ProjectRecord) -> dict[str, Any]:
    return export.export_data(record)


def _replace_round(record: ProjectRecord, round_id: int, **changes: Any) -> ProjectRecord:
    """The record with one round changed: `round_` for the VotingRound's fields, else the
    RoundRecord's."""
    workshops = []
    for w in record.workshops:
        rounds = []
        for rr in w.rounds:
            if rr.round.id == round_id:
                round_changes = changes.pop("round_", {})
                rr = dataclasses.replace(
                    rr, round=dataclasses.replace(rr.round, **round_changes), **changes
                )
            rounds.append(rr)
        workshops.append(dataclasses.replace(w, rounds=tuple(rounds)))
    return dataclasses.replace(record, workshops=tuple(workshops))


def _named_round(record: ProjectRecord) -> tuple[ProjectRecord, list[int]]:
    """Round 1 turned into a named round: its ballots cast by the first participants."""
    people = sorted(record.participants, key=lambda p: p.id)
    rr = _round(record, 1)
    ballots = tuple(
        dataclasses.replace(b, participant_id=people[i].id) for i, b in enumerate(rr.ballots)
    )
    ids = [people[i].id for i in range(len(ballots))]
    return _replace_round(record, 1, round_={"anonymous": False}, ballots=ballots), ids


def _round(record: ProjectRecord, round_id: int) -> RoundRecord:
    return next(rr for w in record.workshops for rr in w.rounds if rr.round.id == round_id)


def _personal_strings(record: ProjectRecord) -> list[str]:
    return [p.name for p in record.participants] + [
        p.organisation for p in record.participants if p.organisation
    ]


# -- the JSON document ---------------------------------------------------------------------


def test_json_round_trips(tmp_path: Path, record: ProjectRecord) -> None:
    target = tmp_path / "offene-daten.json"
    assert export.write_data(record, target) == target
    assert json.loads(target.read_text(encoding="utf-8")) == export.export_data(record)
    assert "ä" in target.read_text(encoding="utf-8")  # UTF-8, not \u escapes


def test_the_contract_keys_and_types(document: dict[str, Any]) -> None:
    assert document["schema_version"] == 1
    assert isinstance(document["strategy"], dict)
    assert document["strategy"]["title"] == "Smart-City-Strategie Musterstadt an der Oker"
    for key in ("workshops", "boards", "cards", "voting_rounds", "weightings"):
        assert isinstance(document[key], list)
        assert document[key], key
    assert len(document["workshops"]) == 2
    assert len(document["cards"]) == 95
    card = document["cards"][0]
    assert {"id", "board_id", "cluster_id", "cluster", "text", "source", "tags"} <= set(card)
    for r in document["voting_rounds"]:
        assert isinstance(r["id"], int)
        settings = r["settings"]
        assert isinstance(settings["dots_per_voter"], int)
        assert isinstance(settings["cap_per_option"], int)
        assert isinstance(settings["anonymous"], bool)
        assert r["ballots"]
        for b in r["ballots"]:
            assert {"voter", "option", "green", "red"} <= set(b)
            assert isinstance(b["voter"], str)
            assert isinstance(b["green"], int)
            assert isinstance(b["red"], int)
        for res in r["results"]:
            assert {"option", "green", "red", "net", "share", "breadth", "rank"} <= set(res)
            assert isinstance(res["share"], float)
            assert isinstance(res["rank"], int)
    (w,) = document["weightings"]
    for key in ("criteria", "weights", "scores", "utilities", "ranks", "stability_intervals"):
        assert isinstance(w[key], list)
        assert w[key], key
    assert w["method"] == "ahp"
    assert isinstance(w["cr"], float)
    assert 0 <= w["cr"] < 0.1
    assert all(isinstance(c["name"], str) for c in w["criteria"])


def test_ids_join(document: dict[str, Any]) -> None:
    workshops = {w["id"] for w in document["workshops"]}
    boards = {b["id"] for b in document["boards"]}
    clusters = {c["id"] for c in document["clusters"]}
    assert {b["workshop_id"] for b in document["boards"]} <= workshops
    assert {c["board_id"] for c in document["cards"]} <= boards
    assert {c["cluster_id"] for c in document["cards"]} - {None} <= clusters
    for r in document["voting_rounds"]:
        assert r["board_id"] in boards
        options = {o["id"] for o in r["options"]}
        assert {b["option"] for b in r["ballots"]} - {None} <= options
        assert {res["option"] for res in r["results"]} == options
    criteria = {c["id"] for c in document["criteria"]}
    projects = {p["id"] for p in document["projects"]}
    (w,) = document["weightings"]
    assert {c["id"] for c in w["criteria"]} <= criteria
    assert {u["project"] for u in w["utilities"]} <= projects


def test_no_personal_data_in_the_demo_export(
    document: dict[str, Any], record: ProjectRecord
) -> None:
    text = json.dumps(document, ensure_ascii=False)
    for value in _personal_strings(record):
        assert value not in text
    for w in record.workshops:  # moderators and minute-takers are people too
        for name in w.workshop.moderators.split(","):
            assert name.strip() not in text


def test_anonymous_ballots_carry_no_participant(tmp_path: Path, record: ProjectRecord) -> None:
    # Even if a ballot of an anonymous round knows who cast it, the export doesn't say.
    named, _ids = _named_round(record)
    anonymous = _replace_round(named, 1, round_={"anonymous": True})
    document = export.export_data(anonymous)
    for r in document["voting_rounds"]:
        assert r["settings"]["anonymous"] is True
        for b in r["ballots"]:
            assert re.fullmatch(r"V-\d{2,}", b["voter"]), b
            assert set(b) == {"voter", "option", "green", "red", "abstained"}
    text = json.dumps(document, ensure_ascii=False)
    for value in _personal_strings(record):
        assert value not in text


def test_named_round_names_only_consenting_people(record: ProjectRecord) -> None:
    named, ids = _named_round(record)
    people = {p.id: p for p in record.participants}
    assert any(people[i].consent_named for i in ids)
    assert any(not people[i].consent_named for i in ids)
    ballots = export.export_data(named)["voting_rounds"][0]["ballots"]
    voters = {b["voter"] for b in ballots}
    for i in ids:
        if people[i].consent_named:
            assert people[i].name in voters
        else:
            assert people[i].name not in voters
            assert f"P-{i:02d}" in voters

    pseudonymised = dataclasses.replace(
        named, strategy=dataclasses.replace(named.strategy, pseudonymise=True)
    )
    document = export.export_data(pseudonymised)
    voters = {b["voter"] for b in document["voting_rounds"][0]["ballots"]}
    assert voters == {f"P-{i:02d}" for i in ids}
    text = json.dumps(document, ensure_ascii=False)
    for value in _personal_strings(record):
        assert value not in text


def test_pseudonyms_are_stable_across_rounds(record: ProjectRecord) -> None:
    named, ids = _named_round(record)
    rr2 = _round(named, 2)
    ballots2 = tuple(
        dataclasses.replace(b, participant_id=ids[-1 - i]) for i, b in enumerate(rr2.ballots)
    )
    both = _replace_round(named, 2, round_={"anonymous": False}, ballots=ballots2)
    document = export.export_data(both)
    assert export.export_data(both) == document  # nothing random

    def votes_of(r: dict[str, Any], voter: str) -> set[int | None]:
        return {b["option"] for b in r["ballots"] if b["voter"] == voter}

    people = {p.id: p for p in record.participants}
    hidden = next(i for i in ids if not people[i].consent_named)
    r1, r2 = document["voting_rounds"]
    assert votes_of(r1, f"P-{hidden:02d}")
    assert votes_of(r2, f"P-{hidden:02d}")


def test_abstentions_are_one_row_without_option(record: ProjectRecord) -> None:
    rr = _round(record, 1)
    ballots = (
        *rr.ballots,
        BallotRecord(9001, 1, None, 99, None, True, ()),
        BallotRecord(9002, 1, None, 100, None, False, ()),
    )
    document = export.export_data(_replace_round(record, 1, ballots=ballots))
    rows = document["voting_rounds"][0]["ballots"]
    voters = sorted({b["voter"] for b in rows})
    assert len(voters) == len(ballots)
    last_two = [b for b in rows if b["voter"] in voters[-2:]]
    assert last_two == [
        {"voter": voters[-2], "option": None, "green": 0, "red": 0, "abstained": True},
        {"voter": voters[-1], "option": None, "green": 0, "red": 0, "abstained": False},
    ]


def test_a_hidden_round_not_yet_revealed_leaks_nothing(record: ProjectRecord) -> None:
    hidden = _replace_round(record, 2, round_={"state": "closed", "hidden": True})
    document = export.export_data(hidden)
    r1, r2 = document["voting_rounds"]
    assert r1["results_published"] is True
    assert r1["results"]
    assert r2["results_published"] is False
    assert r2["state"] == "closed"
    assert r2["settings"]["dots_per_voter"] == 1
    assert [o["label"] for o in r2["options"]]  # what was voted on is public
    for key in ("ballots", "paper_counts", "results", "results_by_group"):
        assert r2[key] == [], key
    tables = data_tables.tables(document)
    for name in ("ballots", "voting_results", "voting_results_by_group", "paper_counts"):
        assert all(row["round_id"] != 2 for row in tables[name][1])
    # A round that was never hidden shows its live results, even while open.
    live = _replace_round(record, 2, round_={"state": "open", "hidden": False})
    assert export.export_data(live)["voting_rounds"][1]["results"]


def test_results_match_the_tally(demo_path: Path, document: dict[str, Any]) -> None:
    pf = ProjectFile.open(demo_path, read_only=True)
    try:
        for r in document["voting_rounds"]:
            expected = round_results(pf, r["id"])
            assert [
                (x["option"], x["green"], x["red"], x["net"], x["share"], x["breadth"], x["rank"])
                for x in r["results"]
            ] == [
                (e.option_id, e.green, e.red, e.net, e.share, e.breadth, e.rank) for e in expected
            ]
    finally:
        pf.close()


def test_ballots_add_up_to_the_results(document: dict[str, Any]) -> None:
    for r in document["voting_rounds"]:
        totals: dict[int, list[int]] = {o["id"]: [0, 0] for o in r["options"]}
        for b in r["ballots"]:
            if b["option"] is not None:
                totals[b["option"]][0] += b["green"]
                totals[b["option"]][1] += b["red"]
        for p in r["paper_counts"]:
            totals[p["option"]][0] += p["green"]
            totals[p["option"]][1] += p["red"]
        assert {x["option"]: [x["green"], x["red"]] for x in r["results"]} == totals
        by_group: dict[int, list[int]] = {}
        for g in r["results_by_group"]:
            by_group.setdefault(g["option"], [0, 0])
            by_group[g["option"]][0] += g["green"]
            by_group[g["option"]][1] += g["red"]
        assert by_group == {k: v for k, v in totals.items() if v != [0, 0]}


def test_weightings_match_the_evaluation(record: ProjectRecord, document: dict[str, Any]) -> None:
    (ev,) = [ev for w in record.workshops for ev in w.weightings]
    (w,) = document["weightings"]
    assert w["id"] == ev.weighting.id
    assert [c["id"] for c in w["criteria"]] == list(ev.weighting.criterion_ids)
    assert [x["weight"] for x in w["weights"]] == list(ev.weights.weights or ())
    assert pytest.approx(sum(x["weight"] for x in w["weights"])) == 1.0
    assert w["cr"] == ev.weights.ahp.cr
    assert [u["utility"] for u in w["utilities"]] == [o.utility for o in ev.outcomes]
    assert [r["rank"] for r in w["ranks"]] == [o.rank for o in ev.outcomes]
    # The demo excludes one project by a must-criterion: it has no utility and no rank.
    excluded = [r for r in w["ranks"] if r["excluded_by"]]
    assert excluded
    assert all(r["rank"] is None for r in excluded)
    assert len(w["judgements"]) == 15  # 6 criteria, 15 pairs, judged by the group
    assert {j["rater"] for j in w["judgements"]} == {"group"}
    assert len(w["scores"]) == 48
    # Stability intervals: recomputed here from the weights and the ranked projects' scores.
    weights = list(ev.weights.weights)
    matrix = ev.score_matrix
    for k, interval in enumerate(w["stability_intervals"]):
        low, high = sensitivity.stability_interval(weights, matrix, k)
        assert interval["criterion"] == ev.criteria[k].id
        assert interval["weight"] == pytest.approx(weights[k])
        assert (interval["low"], interval["high"]) == pytest.approx((low, high))
        assert interval["low"] <= interval["weight"] <= interval["high"]
    leader = w["ranks"][ev.ranked[0]]
    assert leader["rank"] == 1


def test_an_incomplete_weighting(record: ProjectRecord) -> None:
    workshops = []
    for w in record.workshops:
        judgements = {k: v[:3] for k, v in w.judgements.items()}
        evs = []
        for ev in w.weightings:
            from smartcity_desktop.domain.evaluation import evaluate

            evs.append(
                evaluate(
                    ev.weighting,
                    record.criteria,
                    record.projects,
                    judgements[ev.weighting.id],
                    w.scores[ev.weighting.id],
                )
            )
        workshops.append(dataclasses.replace(w, weightings=tuple(evs), judgements=judgements))
    document = export.export_data(dataclasses.replace(record, workshops=tuple(workshops)))
    (w,) = document["weightings"]
    assert w["complete"] is False
    assert w["weights"] == []
    assert w["cr"] is None
    assert all(u["utility"] is None for u in w["utilities"])
    assert w["stability_intervals"] == []
    json.dumps(document, allow_nan=False)


def test_an_empty_project(tmp_path: Path) -> None:
    pf = ProjectFile.create(tmp_path / "leer.scw", title="Leer")
    try:
        record = load_project_record(pf)
    finally:
        pf.close()
    document = export.export_data(record)
    assert document["workshops"] == []
    assert document["voting_rounds"] == []
    export.write_data(record, tmp_path / "leer.csv")
    for spec in data_tables.TABLES:
        rows = list(csv.reader((tmp_path / f"leer-{spec.name}.csv").open(encoding="utf-8-sig")))
        assert rows[0] == list(spec.columns)
        assert len(rows) == (2 if spec.name == "strategy" else 1)
    export.write_data(record, tmp_path / "leer.xlsx")


# -- the tables: CSV and XLSX --------------------------------------------------------------


def test_every_table_row_has_its_columns(document: dict[str, Any]) -> None:
    tables = data_tables.tables(document)
    assert list(tables) == [spec.name for spec in data_tables.TABLES]
    for name, (columns, rows) in tables.items():
        assert len(set(columns)) == len(columns), name
        for row in rows:
            assert tuple(row) == columns, name
            assert not any(isinstance(v, dict | list) for v in row.values()), name
    assert len(tables["cards"][1]) == 95
    assert len(tables["ballots"][1]) == sum(len(r["ballots"]) for r in document["voting_rounds"])
    assert tables["voting_rounds"][1][0]["dots_per_voter"] == 3  # settings become columns


def test_csv_files_load_back(tmp_path: Path, record: ProjectRecord) -> None:
    target = tmp_path / "offene-daten.csv"
    assert export.write_data(record, target) == target
    document = export.export_data(record)
    written = sorted(p.name for p in tmp_path.iterdir())
    assert written == sorted(f"offene-daten-{s.name}.csv" for s in data_tables.TABLES)
    for name, (columns, rows) in data_tables.tables(document).items():
        path = tmp_path / f"offene-daten-{name}.csv"
        assert path.read_bytes().startswith(b"\xef\xbb\xbf")
        with path.open(encoding="utf-8-sig", newline="") as fh:
            reader = csv.DictReader(fh)
            assert tuple(reader.fieldnames or ()) == columns
            loaded = list(reader)
        assert loaded == [{c: data_tables.csv_cell(row[c]) for c in columns} for row in rows]
    cards = list(csv.DictReader((tmp_path / "offene-daten-cards.csv").open(encoding="utf-8-sig")))
    assert cards[0]["text"] == record.workshops[0].boards[0].cards[0].text
    results = list(
        csv.DictReader((tmp_path / "offene-daten-voting_results.csv").open(encoding="utf-8-sig"))
    )
    assert float(results[0]["share"]) == document["voting_rounds"][0]["results"][0]["share"]


def test_xlsx_sheets_load_back(tmp_path: Path, record: ProjectRecord) -> None:
    from openpyxl import load_workbook

    target = tmp_path / "offene-daten.xlsx"
    export.write_data(record, target)
    workbook = load_workbook(target, read_only=True)
    tables = data_tables.tables(export.export_data(record))
    assert workbook.sheetnames == list(tables)
    for name, (columns, rows) in tables.items():
        sheet = workbook[name]
        values = list(sheet.iter_rows(values_only=True, max_col=len(columns)))
        assert values[0] == columns
        # read-only mode drops empty cells at the end of a row
        padded = [list(v) + [None] * (len(columns) - len(v)) for v in values[1:]]
        # floats at Excel's precision (about 16 significant digits); JSON and CSV keep all
        assert padded == [
            [_approx(data_tables.xlsx_value(row[c])) for c in columns] for row in rows
        ], name
    workbook.close()


def _approx(value: Any) -> Any:
    return pytest.approx(value, rel=1e-15, abs=0) if isinstance(value, float) else value


def test_xlsx_keeps_formula_like_text_as_text(tmp_path: Path, record: ProjectRecord) -> None:
    from openpyxl import load_workbook

    w = record.workshops[0]
    board = w.boards[0]
    tricky = (
        Card(9001, board.board.id, '=HYPERLINK("http://example.invalid","Klick")'),
        Card(9002, board.board.id, "Steuerzeichen\x0bim\x00Text"),
        Card(9003, board.board.id, "+49 531 1234"),
    )
    boards = (dataclasses.replace(board, cards=board.cards + tricky), *w.boards[1:])
    changed = dataclasses.replace(
        record, workshops=(dataclasses.replace(w, boards=boards), *record.workshops[1:])
    )
    target = tmp_path / "tricky.xlsx"
    export.write_data(changed, target)
    sheet = load_workbook(target)["cards"]
    cells = {row[0].value: row[5] for row in sheet.iter_rows(min_row=2)}
    assert cells[9001].value == tricky[0].text
    assert cells[9001].data_type == "s"
    assert cells[9002].value == "Steuerzeichen\ufffdim\ufffdText"
    assert cells[9003].value == "+49 531 1234"


def _with_free_text(record: ProjectRecord, text: str) -> ProjectRecord:
    """The record with `text` in a new card, its tags, a cluster, a round's title and
    options, a weighting's title and the first workshop's title."""
    w = record.workshops[0]
    board = w.boards[0]
    card = Card(9101, board.board.id, text, tags=(("Notiz", text),))
    cluster = dataclasses.replace(board.clusters[0], title=text)
    boards = (
        dataclasses.replace(
            board, cards=(*board.cards, card), clusters=(cluster, *board.clusters[1:])
        ),
        *w.boards[1:],
    )
    rr = w.rounds[0]
    rounds = (
        dataclasses.replace(
            rr,
            round=dataclasses.replace(rr.round, title=text),
            options=tuple(dataclasses.replace(o, label=text) for o in rr.options),
        ),
        *w.rounds[1:],
    )
    ws = dataclasses.replace(w.workshop, title=text, place=text)
    w = dataclasses.replace(w, workshop=ws, boards=boards, rounds=rounds)
    w2 = record.workshops[1]
    evs = tuple(
        dataclasses.replace(ev, weighting=dataclasses.replace(ev.weighting, title=text))
        for ev in w2.weightings
    )
    w2 = dataclasses.replace(w2, weightings=evs)
    return dataclasses.replace(record, workshops=(w, w2, *record.workshops[2:]))


def _everything_written(record: ProjectRecord, folder: Path) -> str:
    from openpyxl import load_workbook

    folder.mkdir()
    export.write_data(record, folder / "d.json")
    export.write_data(record, folder / "d.csv")
    export.write_data(record, folder / "d.xlsx")
    texts = [p.read_text(encoding="utf-8-sig") for p in folder.glob("*.csv")]
    texts.append((folder / "d.json").read_text(encoding="utf-8"))
    book = load_workbook(folder / "d.xlsx")
    for sheet in book.worksheets:
        texts += [str(c.value) for row in sheet.iter_rows() for c in row if c.value is not None]
    return "\n".join(texts)


def test_free_text_never_names_a_hidden_participant(tmp_path: Path, record: ProjectRecord) -> None:
    lars = next(p for p in record.participants if p.name == "Lars Annahme")
    anna = next(p for p in record.participants if p.name == "Anna Beispiel")
    assert not lars.consent_named
    assert anna.consent_named
    changed = _with_free_text(record, "Vorschlag von Lars Annahme, L. Annahme und Anna Beispiel")
    text = _everything_written(changed, tmp_path / "plain")
    assert "Annahme" not in text
    assert "Vorschlag von Teilnehmer:in (Städtische Gesellschaften)" in text
    assert "Anna Beispiel" in text  # consented, project not pseudonymised
    document = export.export_data(changed)
    [card] = [c for c in document["cards"] if c["id"] == 9101]
    assert "Annahme" not in card["text"]
    assert "Annahme" not in card["tags"][0]["value"]
    assert "Annahme" not in document["workshops"][0]["title"]
    assert all("Annahme" not in o["label"] for r in document["voting_rounds"] for o in r["options"])

    hidden = dataclasses.replace(
        changed, strategy=dataclasses.replace(changed.strategy, pseudonymise=True)
    )
    text = _everything_written(hidden, tmp_path / "pseudonymised")
    assert "Annahme" not in text
    assert re.search(r"\bBeispiel\b", text) is None  # ("Beispieldaten" is no name)
    assert "Teilnehmer:in (Verwaltung)" in text  # Anna Beispiel's group


# -- writing: formats and atomicity --------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "fmt"),
    [("a.json", "json"), ("a.JSON", "json"), ("a.csv", "csv"), ("a.Xlsx", "xlsx"), ("a", "csv")],
)
def test_format_from_suffix_or_argument(name: str, fmt: str) -> None:
    assert export.format_of(name, "csv" if name == "a" else None) == fmt


@pytest.mark.parametrize("name", ["a.txt", "a.xls", "a", "a.json.gz"])
def test_unknown_format(name: str) -> None:
    with pytest.raises(ValueError, match=re.escape("use .json, .csv or .xlsx")):
        export.format_of(name)


def test_a_failed_json_write_leaves_the_earlier_file(
    tmp_path: Path, record: ProjectRecord, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "daten.json"
    target.write_text('{"earlier": true}', encoding="utf-8")
    real_replace = os.replace

    def disk_full(src: Any, dst: Any) -> None:
        assert Path(src).stat().st_size > 1000  # the whole document was written...
        raise OSError(28, "No space left on device")  # ...but never reaches the target

    monkeypatch.setattr(os, "replace", disk_full)
    with pytest.raises(OSError, match="No space"):
        export.write_data(record, target)
    monkeypatch.setattr(os, "replace", real_replace)
    assert target.read_text(encoding="utf-8") == '{"earlier": true}'
    assert sorted(p.name for p in tmp_path.iterdir()) == ["daten.json"]


def test_a_failed_xlsx_write_leaves_the_earlier_file(
    tmp_path: Path, record: ProjectRecord, monkeypatch: pytest.MonkeyPatch
) -> None:
    from openpyxl import Workbook

    target = tmp_path / "daten.xlsx"
    export.write_data(record, target)
    before = target.read_bytes()

    def half_save(self: Any, filename: Any) -> None:
        Path(filename).write_bytes(b"PK\x03\x04 half a workbook")
        raise OSError(5, "Input/output error")

    monkeypatch.setattr(Workbook, "save", half_save)
    with pytest.raises(OSError, match="Input/output"):
        export.write_data(record, target)
    assert target.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["daten.xlsx"]


@pytest.mark.parametrize("when", ["while staging", "before the renames"])
def test_a_failed_csv_write_leaves_every_earlier_file(
    tmp_path: Path, record: ProjectRecord, monkeypatch: pytest.MonkeyPatch, when: str
) -> None:
    target = tmp_path / "daten.csv"
    export.write_data(record, target)
    before = {p.name: p.read_bytes() for p in tmp_path.iterdir()}
    changed = dataclasses.replace(
        record, strategy=dataclasses.replace(record.strategy, title="Neuer Titel")
    )
    if when == "while staging":
        real_fdopen = os.fdopen
        calls = []

        def failing_fdopen(fd: int, *args: Any, **kwargs: Any) -> Any:
            calls.append(fd)
            if len(calls) == 10:
                os.close(fd)
                raise OSError(28, "No space left on device")
            return real_fdopen(fd, *args, **kwargs)

        monkeypatch.setattr(data_tables.os, "fdopen", failing_fdopen)
    else:

        def crash() -> None:
            raise KeyboardInterrupt

        monkeypatch.setattr(data_tables, "_before_renames", crash)
    with pytest.raises((OSError, KeyboardInterrupt)):
        export.write_data(changed, target)
    after = {p.name: p.read_bytes() for p in tmp_path.iterdir()}
    assert after == before  # same files, same bytes, no temporary file left
    monkeypatch.undo()
    export.write_data(changed, target)
    assert "Neuer Titel" in (tmp_path / "daten-strategy.csv").read_text(encoding="utf-8-sig")


@pytest.mark.parametrize(
    ("step", "earlier"),
    [
        ("new file into place", True),
        ("new file into place", False),  # no earlier set: none afterwards
        ("earlier file to its backup", True),  # e.g. the file is open in Excel on Windows
    ],
)
def test_a_failed_csv_rename_leaves_the_earlier_set(
    tmp_path: Path,
    record: ProjectRecord,
    monkeypatch: pytest.MonkeyPatch,
    step: str,
    earlier: bool,
) -> None:
    target = tmp_path / "daten.csv"
    if earlier:
        export.write_data(record, target)
    before = {p.name: p.read_bytes() for p in tmp_path.iterdir()}
    assert len(before) == (len(data_tables.TABLES) if earlier else 0)
    third = list(data_tables.csv_paths(target).values())[2]
    changed = dataclasses.replace(
        record, strategy=dataclasses.replace(record.strategy, title="Neuer Titel")
    )
    real_replace = os.replace
    refused: list[tuple[str, str]] = []

    def replace(src: Any, dst: Any) -> None:
        src, dst = Path(src), Path(dst)
        into_place = dst == third and src.name.endswith(".tmp")
        to_backup = src == third and dst.name.endswith(".bak")
        if (into_place and step == "new file into place") or (
            to_backup and step == "earlier file to its backup"
        ):
            refused.append((src.name, dst.name))
            raise PermissionError(13, "Permission denied")
        real_replace(src, dst)

    monkeypatch.setattr(os, "replace", replace)
    with pytest.raises(PermissionError):
        export.write_data(changed, target)
    monkeypatch.undo()
    assert refused
    after = {p.name: p.read_bytes() for p in tmp_path.iterdir()}
    assert after == before  # every earlier file byte-identical, no new, temp or backup file


def test_write_into_a_missing_folder(tmp_path: Path, record: ProjectRecord) -> None:
    for name in ("x.json", "x.csv", "x.xlsx"):
        with pytest.raises(FileNotFoundError):
            export.write_data(record, tmp_path / "fehlt" / name)
    assert list(tmp_path.iterdir()) == []


def test_export_modules_import_nothing_heavy_up_front() -> None:
    import subprocess
    import sys

    code = (
        "import sys, smartcity_desktop.export.data, smartcity_desktop.export.data_tables;"
        "heavy = [m for m in ('openpyxl', 'reportlab', 'PIL', 'pikepdf', 'PySide6')"
        " if m in sys.modules]; print(heavy)"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60
    )
    assert result.stdout.strip() == "[]"


# -- the documented schema -----------------------------------------------------------------

SCHEMA_DOC = Path(__file__).resolve().parents[2] / "docs" / "export-schema.md"


def test_the_schema_document_matches_the_export(document: dict[str, Any]) -> None:
    text = SCHEMA_DOC.read_text(encoding="utf-8")
    for key in document:
        assert f"| `{key}` |" in text, key
    for spec in data_tables.TABLES:
        assert f"| `{spec.name}` |" in text
        assert ", ".join(spec.columns) in text, spec.name
    example = json.loads(text.split("```json\n", 1)[1].split("\n```", 1)[0])
    assert list(example) == list(document)

    def same_keys(a: Any, b: Any, where: str) -> None:
        if isinstance(a, dict):
            assert list(a) == list(b), where
            for k in a:
                same_keys(a[k], b[k], f"{where}.{k}")
        elif isinstance(a, list) and a and b:
            same_keys(a[0], b[0], f"{where}[0]")

    same_keys(example, document, "")


def test_paper_counts_are_exported_and_add_up(record: ProjectRecord) -> None:
    from smartcity_desktop.domain.voting import results_of

    rr = _round(record, 1)
    paper = (
        {"id": 1, "option_id": 1, "group_id": 1, "green": 4, "red": 1},
        {"id": 2, "option_id": 3, "group_id": None, "green": 2, "red": 0},
    )
    results = tuple(results_of([o.id for o in rr.options], rr.ballots, paper))
    document = export.export_data(_replace_round(record, 1, paper=paper, results=results))
    r = document["voting_rounds"][0]
    assert r["paper_counts"] == [
        {"option": 1, "group": "Verwaltung", "green": 4, "red": 1},
        {"option": 3, "group": None, "green": 2, "red": 0},
    ]
    totals = {o["id"]: [0, 0] for o in r["options"]}
    for row in r["ballots"] + r["paper_counts"]:
        if row["option"] is not None:
            totals[row["option"]][0] += row["green"]
            totals[row["option"]][1] += row["red"]
    assert {x["option"]: [x["green"], x["red"]] for x in r["results"]} == totals
    assert any(g["group"] is None for g in r["results_by_group"])


JSON_SCHEMA = SCHEMA_DOC.with_suffix(".json")
_TYPES = {
    "object": dict,
    "array": list,
    "string": str,
    "integer": int,
    "number": (int, float),
    "boolean": bool,
    "null": type(None),
}


def _schema_errors(value: Any, schema: dict[str, Any], where: str = "$") -> list[str]:
    """The subset of JSON Schema docs/export-schema.json uses (type, const, enum, properties,
    required, items), strict: a property the schema doesn't know is an error too."""
    errors: list[str] = []
    if "const" in schema and value != schema["const"]:
        errors.append(f"{where}: {value!r} is not {schema['const']!r}")
    if "enum" in schema and value not in schema["enum"]:
        errors.append(f"{where}: {value!r} not in {schema['enum']}")
    if "type" in schema:
        names = schema["type"] if isinstance(schema["type"], list) else [schema["type"]]
        ok = any(
            isinstance(value, _TYPES[n]) and not (isinstance(value, bool) and n != "boolean")
            for n in names
        )
        if not ok:
            return [*errors, f"{where}: {value!r} is not {names}"]
    if isinstance(value, dict):
        props = schema.get("properties", {})
        errors += [f"{where}: {k} missing" for k in schema.get("required", []) if k not in value]
        errors += [f"{where}: {k} not in the schema" for k in value if k not in props]
        for k, v in value.items():
            if k in props:
                errors += _schema_errors(v, props[k], f"{where}.{k}")
    if isinstance(value, list) and "items" in schema:
        for i, item in enumerate(value):
            errors += _schema_errors(item, schema["items"], f"{where}[{i}]")
    return errors


def test_the_json_schema_file_describes_the_export(record: ProjectRecord) -> None:
    schema = json.loads(JSON_SCHEMA.read_text(encoding="utf-8"))
    named, _ids = _named_round(record)
    hidden = _replace_round(named, 2, round_={"state": "closed", "hidden": True})
    for rec in (record, named, hidden):
        assert _schema_errors(export.export_data(rec), schema) == []
    broken = export.export_data(record)
    broken["voting_rounds"][0]["settings"]["anonymous"] = "ja"
    del broken["weightings"][0]["cr"]
    assert len(_schema_errors(broken, schema)) == 2


def test_csv_keeps_formula_like_text_exact_and_the_schema_says_so(
    tmp_path: Path, record: ProjectRecord
) -> None:
    # Decided: CSV is for machines and must equal the JSON; the XLSX is the spreadsheet form.
    w = record.workshops[0]
    board = w.boards[0]
    texts = ["=1+1", "+49 531 1234", "- mehr Radwege", "@stadt", "\tTab", "\rCR"]
    cards = tuple(Card(9200 + i, board.board.id, t) for i, t in enumerate(texts))
    boards = (dataclasses.replace(board, cards=board.cards + cards), *w.boards[1:])
    changed = dataclasses.replace(
        record, workshops=(dataclasses.replace(w, boards=boards), *record.workshops[1:])
    )
    export.write_data(changed, tmp_path / "d.csv")
    with (tmp_path / "d-cards.csv").open(encoding="utf-8-sig", newline="") as fh:
        rows = {int(r["id"]): r["text"] for r in csv.DictReader(fh)}
    assert [rows[9200 + i] for i in range(len(texts))] == texts
    schema = (Path(__file__).resolve().parents[2] / "docs" / "export-schema.md").read_text(
        encoding="utf-8"
    )
    assert "is **not** escaped (no leading apostrophe)" in schema
    assert "Names in free text" in schema

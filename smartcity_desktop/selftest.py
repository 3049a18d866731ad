"""`smartcity-desktop --selftest`: prove that this installation (a checkout or the frozen app)
can do a moderator's work end to end, in a temporary folder, and say which step failed if not.

Steps: Qt and the bundled translations, a new project, an older file migrated, edits through the
document layer (a workshop, a board with cards and a cluster, a voting round with ballots), the
whole session undone and redone, the file reopened, the minutes PDF/A and the open-data JSON
exported and verified, the file check, and the main window built and painted offscreen. One
line per step; exit 0 when every step passed, 1 naming the first step that failed.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import sys
import tempfile
import time
import traceback
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from smartcity_desktop import APP_NAME, __version__
from smartcity_desktop.paths import resources_dir

if TYPE_CHECKING:
    from smartcity_desktop.document.document import ProjectDocument

EXIT_OK = 0
EXIT_FAILED = 1
TEMP_PREFIX = "scw-selftest-"
REPORT_NAME = "smartcity-desktop-selftest.txt"
# Keys the open-data JSON must have (docs/export-schema.md).
DATA_KEYS = (
    "schema_version",
    "generator",
    "strategy",
    "workshops",
    "boards",
    "clusters",
    "cards",
    "voting_rounds",
    "weightings",
)
CARD_TEXTS = ("Leihräder an jedem Bahnhof", "Offenes WLAN im Rathaus", "Sensoren für Parkplätze")


class SelftestError(AssertionError):
    """A step's result is not what it should be."""


def expect(condition: object, message: str) -> None:
    if not condition:
        raise SelftestError(message)


@dataclass
class Context:
    """What the steps share: the temporary folder, the open document and what they made."""

    folder: Path
    doc: ProjectDocument | None = None
    ids: dict[str, Any] = field(default_factory=dict)

    @property
    def project(self) -> Path:
        return self.folder / "Selbsttest Musterstadt.scw"

    def document(self) -> ProjectDocument:
        expect(self.doc is not None, "no project is open (an earlier step failed)")
        assert self.doc is not None
        return self.doc

    def close(self) -> None:
        if self.doc is not None:
            self.doc.close()
            self.doc = None


# -- the steps -------------------------------------------------------------------------------


def step_qt(ctx: Context) -> None:
    """Qt starts on the offscreen platform; our and Qt's translations load from the bundle."""
    from PySide6.QtCore import QLibraryInfo, QTranslator
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([sys.argv[0] if sys.argv else "selftest"])
    ctx.ids["app"] = app
    folder = resources_dir() / "translations"
    for language in ("de", "en"):
        ours = QTranslator()
        expect(
            ours.load(str(folder / f"smartcity_{language}.qm")),
            f"smartcity_{language}.qm does not load from {folder}",
        )
        qt = QTranslator()
        expect(
            qt.load(f"qtbase_{language}", str(folder))
            or qt.load(
                f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
            ),
            f"qtbase_{language}.qm is neither in {folder} nor in Qt's translations",
        )
    german = QTranslator()
    german.load(str(folder / "smartcity_de.qm"))
    expect(not german.isEmpty(), "smartcity_de.qm holds no translations")


def step_create(ctx: Context) -> None:
    from smartcity_desktop.document.document import ProjectDocument

    ctx.doc = ProjectDocument.create(
        ctx.project, title="Smart-City-Strategie Musterstadt", city="Musterstadt"
    )
    expect(ctx.project.is_file(), f"{ctx.project} was not created")
    expect(ctx.doc.strategy().city == "Musterstadt", "the new project does not hold its city")


def step_migrate(ctx: Context) -> None:
    """A version-1 file (as the first release wrote it) is snapshotted and migrated."""
    from smartcity_desktop.document.document import ProjectDocument
    from smartcity_desktop.store import schema

    old = ctx.folder / "Altstadt v1.scw"
    version = schema.write_version_1_file(old, "Altstadt", "Auftakt")
    expect(version == 1, f"the old file was written as version {version}, not 1")
    doc = ProjectDocument.open(old)
    try:
        report = doc.check()
        expect(
            report.schema_version == schema.CURRENT_VERSION,
            f"migrated to version {report.schema_version}, not {schema.CURRENT_VERSION}",
        )
        expect(report.ok, f"the migrated file fails its check: {report.problems}")
        expect(doc.migrated_from_snapshot is not None, "no snapshot was taken before migrating")
        expect(doc.strategy().title == "Altstadt", "the migrated file lost its strategy")
        expect([w.title for w in doc.workshops()] == ["Auftakt"], "the migration lost a workshop")
    finally:
        doc.close()


def step_board(ctx: Context) -> None:
    """A workshop with three people, a board, three cards and a cluster, each one command."""
    from smartcity_desktop.document import board_ops, commands
    from smartcity_desktop.domain.model import Attendance

    doc = ctx.document()
    add = commands.add_workshop(doc, {"title": "Auftaktwerkstatt Mobilität"})
    expect(doc.push(add), f"adding the workshop failed: {doc.last_error}")
    workshop = add.row_id
    group = doc.stakeholder_groups()[0].id
    people = []
    for name in ("Erika Beispiel", "Max Mustermann", "Lieschen Müller"):
        command = commands.AddParticipantCommand(
            doc, {"name": name, "group_id": group}, workshop, Attendance.PRESENT
        )
        expect(doc.push(command), f"adding {name} failed: {doc.last_error}")
        people.append(command.row_id)
    board_cmd = board_ops.add_board(doc, workshop, "Ideensammlung")
    expect(doc.push(board_cmd), f"adding the board failed: {doc.last_error}")
    board = board_cmd.row_id
    cards = []
    for n, text in enumerate(CARD_TEXTS):
        card = board_ops.add_card(doc, board, board_ops.NewCard(text), 40.0 + 220 * n, 600.0)
        expect(doc.push(card), f"adding a card failed: {doc.last_error}")
        cards.append(card.new_ids[0])
    cluster_cmd = board_ops.create_cluster(doc, board, cards[:2], "Mobilität")
    expect(doc.push(cluster_cmd), f"creating the cluster failed: {doc.last_error}")
    cluster = cluster_cmd.new_ids[0]
    expect(
        sorted(c.id for c in doc.cluster_cards(cluster)) == sorted(cards[:2]),
        "the cluster does not hold the two cards put in it",
    )
    ctx.ids.update(workshop=workshop, board=board, cards=cards, cluster=cluster, people=people)


def step_voting(ctx: Context) -> None:
    """A dot-voting round on the board's cards: three ballots, revealed, ranked."""
    from smartcity_desktop.document import voting_ops
    from smartcity_desktop.domain.voting import Dots, RoundSettings, RoundState

    doc = ctx.document()
    board = ctx.ids["board"]
    options = voting_ops.options_of_board(doc, board, "cards")
    expect(len(options) == len(CARD_TEXTS), f"{len(options)} options, not {len(CARD_TEXTS)}")
    settings = RoundSettings(dots=2, red_dots=1, cap=1, anonymous=False)
    start = voting_ops.start_round(doc, board, "Punktabfrage", "cards", options, settings)
    expect(doc.push(start), f"starting the round failed: {doc.last_error}")
    round_id = start.new_ids[0]
    option_ids = [o.id for o in doc.round_options(round_id)]
    first, second, third = option_ids
    ballots = (
        {first: Dots(1, 0), second: Dots(1, 0)},
        {first: Dots(1, 0), third: Dots(1, 1)},
        {first: Dots(1, 0), second: Dots(1, 0), third: Dots(0, 1)},
    )
    for person, dots in zip(ctx.ids["people"], ballots, strict=True):
        ballot = voting_ops.cast_ballot(doc, round_id, dots, participant_id=person)
        expect(doc.push(ballot), f"casting a ballot failed: {doc.last_error}")
    try:
        voting_ops.cast_ballot(doc, round_id, {first: Dots(3, 0)})
    except voting_ops.BallotRefused:
        pass
    else:
        raise SelftestError("a ballot over the budget was not refused")
    reveal = voting_ops.set_state(doc, round_id, str(RoundState.REVEALED))
    expect(reveal is not None and doc.push(reveal), f"revealing failed: {doc.last_error}")
    results = {r.option_id: r for r in voting_ops.results(doc, round_id)}
    expect(results[first].net == 3 and results[first].rank == 1, "the first card is not first")
    expect(results[third].net == -1, f"the third card has net {results[third].net}, not -1")
    ctx.ids["round"] = round_id


def _state(doc: ProjectDocument) -> dict[str, Any]:
    """What the document shows of the workshops, boards, cards and voting rounds."""
    workshops = doc.workshops()
    boards = [b for w in workshops for b in doc.boards(w.id)]
    rounds = [r for w in workshops for r in doc.voting_rounds(w.id)]
    return {
        "workshops": workshops,
        "attendance": [doc.attendance(w.id) for w in workshops],
        "boards": boards,
        "cards": [doc.cards(b.id) for b in boards],
        "clusters": [doc.clusters(b.id) for b in boards],
        "rounds": rounds,
        "ballots": [doc.ballots(r.id) for r in rounds],
    }


def step_undo_redo(ctx: Context) -> None:
    """Every edit of the session undone (back to the empty project) and redone."""
    doc = ctx.document()
    stack = doc.undo_stack
    after = _state(doc)
    steps = stack.index()
    expect(steps >= 10, f"only {steps} undo steps were recorded")
    while stack.canUndo():
        stack.undo()
        expect(doc.last_error is None, f"undo failed: {doc.last_error}")
    expect(doc.workshops() == [], "undoing everything left a workshop behind")
    while stack.canRedo():
        stack.redo()
        expect(doc.last_error is None, f"redo failed: {doc.last_error}")
    expect(_state(doc) == after, "redoing everything did not bring the session back")


def step_reopen(ctx: Context) -> None:
    """The file holds what the document showed."""
    from smartcity_desktop.document.document import ProjectDocument

    shown = _state(ctx.document())
    ctx.close()
    ctx.doc = ProjectDocument.open(ctx.project)
    expect(_state(ctx.doc) == shown, "the reopened file does not hold what the document showed")


def step_minutes(ctx: Context) -> None:
    """The workshop's minutes as PDF/A-2b, with every font embedded."""
    import pikepdf

    from smartcity_desktop.export import minutes_pdf

    target = ctx.folder / "Protokoll.pdf"
    record = ctx.document().workshop_record(ctx.ids["workshop"])
    minutes_pdf.write_minutes_pdf(record, target, language="de")
    expect(target.read_bytes()[:5] == b"%PDF-", "the minutes file does not start with %PDF-")
    with pikepdf.open(target) as pdf:
        meta = pdf.open_metadata()
        expect(meta.get("pdfaid:part") == "2", "the minutes are not tagged PDF/A-2")
        intents = pdf.Root.get("/OutputIntents")
        expect(intents is not None and len(intents) > 0, "the minutes have no output intent")
        expect(len(pdf.pages) >= 2, f"the minutes have {len(pdf.pages)} page(s)")
        for page in pdf.pages:
            fonts = page.obj.get("/Resources", {}).get("/Font", {})
            for font in fonts.values():
                _expect_embedded(font)
    ctx.ids["minutes"] = target


def _expect_embedded(font: Any) -> None:
    descendants = font.get("/DescendantFonts")
    for part in [font, *(descendants or [])]:
        descriptor = part.get("/FontDescriptor")
        if descriptor is not None:
            embedded = any(k in descriptor for k in ("/FontFile", "/FontFile2", "/FontFile3"))
            expect(embedded, f"the font {part.get('/BaseFont')} is not embedded")


def step_data(ctx: Context) -> None:
    """The open data as JSON: parses, has every table, the cards and the round's results."""
    import json

    from smartcity_desktop.export import data as export_data

    target = ctx.folder / "Offene Daten.json"
    export_data.write_data(ctx.document().project_record(), target)
    document = json.loads(target.read_text(encoding="utf-8"))
    missing = [k for k in DATA_KEYS if k not in document]
    expect(not missing, f"the JSON lacks {', '.join(missing)}")
    expect(
        sorted(c["text"] for c in document["cards"]) == sorted(CARD_TEXTS),
        "the JSON does not hold the three cards",
    )
    expect(len(document["voting_rounds"]) == 1, "the JSON does not hold the voting round")
    expect(document["generator"]["version"] == __version__, "the JSON names another version")


def step_strategy(ctx: Context) -> None:
    """The strategy draft: a goal and a saved version, written as PDF/A and as Word."""
    import docx  # python-docx: bundled in the frozen app?

    from smartcity_desktop.document import strategy_ops
    from smartcity_desktop.export import strategy_docx, strategy_pdf

    doc = ctx.document()
    goal = "Verwaltung einfach und digital"
    doc.push(strategy_ops.add_row(doc, "strategic_goals", {"title": goal, "isek": "ISEK 1"}))
    doc.push(strategy_ops.save_version(doc, "Entwurf 1"))
    expect([v.name for v in doc.strategy_versions()] == ["Entwurf 1"], "the version was not kept")
    draft = doc.strategy_version(doc.strategy_versions()[0].id)
    expect([g.title for g in draft.goals] == [goal], "the version does not hold the goal")
    pdf = strategy_pdf.write_strategy_pdf(draft, ctx.folder / "Strategie.pdf", language="de")
    expect(pdf.read_bytes()[:5] == b"%PDF-", "the strategy PDF does not start with %PDF-")
    word = strategy_docx.write_strategy_docx(draft, ctx.folder / "Strategie.docx", language="de")
    texts = [p.text for p in docx.Document(str(word)).paragraphs]
    expect(goal in texts, "the Word document does not hold the goal")


def step_check(ctx: Context) -> None:
    """The file check: integrity ok, current schema, the counts of what was made."""
    from smartcity_desktop.store import schema
    from smartcity_desktop.store.check import check_file

    ctx.close()  # checked as `smartcity-desktop check` does: read-only, from the path
    report = check_file(ctx.project)
    expect(report.ok, f"the file check failed: {'; '.join(report.problems)}")
    expect(report.schema_version == schema.CURRENT_VERSION, "the file is not at the current schema")
    counts = report.counts
    expect(counts.get("cards") == len(CARD_TEXTS), f"the check counts {counts.get('cards')} cards")
    expect(counts.get("workshops") == 1, f"the check counts {counts.get('workshops')} workshops")


def step_window(ctx: Context) -> None:
    """The main window opens the project and paints (offscreen), with settings kept aside."""
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from smartcity_desktop.ui.main_window import MainWindow
    from smartcity_desktop.ui.settings import Settings

    app = QApplication.instance()
    expect(app is not None, "no QApplication (the Qt step failed)")
    qsettings = QSettings(str(ctx.folder / "settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow(Settings(qsettings))
    try:
        window.show()
        expect(window.open_path(ctx.project), "the main window could not open the project")
        app.processEvents()
        picture = window.grab()
        expect(not picture.isNull() and picture.width() > 0, "the main window did not paint")
    finally:
        window.close_project()  # closes the file, as closing the window does
        window.close()
        window.deleteLater()
        app.processEvents()
        qsettings.sync()
        del qsettings


STEPS: tuple[tuple[str, Callable[[Context], None]], ...] = (
    ("start Qt and load the translations", step_qt),
    ("create a project", step_create),
    ("migrate a version-1 file", step_migrate),
    ("add a workshop, a board, cards and a cluster", step_board),
    ("run a voting round with ballots", step_voting),
    ("undo and redo every edit", step_undo_redo),
    ("reopen the file", step_reopen),
    ("export the minutes PDF/A", step_minutes),
    ("export the open data JSON", step_data),
    ("write the strategy draft with a version as PDF/A and Word", step_strategy),
    ("check the file", step_check),
    ("open the project in the main window", step_window),
)


# -- running ---------------------------------------------------------------------------------


@contextlib.contextmanager
def _temporary_folder() -> Iterator[Path]:
    folder = Path(tempfile.mkdtemp(prefix=TEMP_PREFIX))
    try:
        yield folder
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def _qt() -> str:
    """The Qt and PySide6 versions in use (the LGPL notice points to their source)."""
    try:
        import PySide6
        from PySide6.QtCore import qVersion
    except ImportError as error:  # reported here, and again by the Qt step
        return f"PySide6 not importable: {error}"
    return f"Qt {qVersion()}, PySide6 {PySide6.__version__}"


def _one_line(error: BaseException) -> str:
    text = " ".join(str(error).split())
    return f"{type(error).__name__}: {text}" if text else type(error).__name__


def run(out: TextIO | None = None, *, debug: bool = False) -> int:
    """Run every step; one line each to `out` (default stdout; a windowed Windows build has
    none, so there the lines go to REPORT_NAME in the temp folder). 0 if all passed, 1 at the
    first that failed."""
    if out is None and sys.stdout is None:
        with (Path(tempfile.gettempdir()) / REPORT_NAME).open("w", encoding="utf-8") as report:
            return _run(report, debug)
    return _run(out or sys.stdout, debug)


def _run(out: TextIO, debug: bool) -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    where = "frozen" if getattr(sys, "frozen", False) else "from source"
    python = sys.version.split()[0]
    print(f"{APP_NAME} {__version__} self-test ({where}, Python {python}, {_qt()})", file=out)
    started = time.perf_counter()
    with _temporary_folder() as folder:
        ctx = Context(folder)
        try:
            for name, step in STEPS:
                begun = time.perf_counter()
                try:
                    step(ctx)
                except Exception as error:
                    took = time.perf_counter() - begun
                    print(f"FAILED  {name} ({took:.2f} s): {_one_line(error)}", file=out)
                    if debug:
                        traceback.print_exc(file=out)
                    print(f"self-test FAILED at step: {name}", file=out)
                    out.flush()
                    return EXIT_FAILED
                print(f"ok  {name} ({time.perf_counter() - begun:.2f} s)", file=out)
                out.flush()
        finally:
            with contextlib.suppress(Exception):
                ctx.close()
    total = time.perf_counter() - started
    print(f"self-test passed: {len(STEPS)} steps in {total:.2f} s", file=out)
    out.flush()
    return EXIT_OK

"""The clustering board at workshop scale, and a large import into a board.

``board`` (``python -m benchmarks.board``): a board of 5,000 cards in 100 clusters of 50 (German
idea texts of every length, some so long the card shrinks its font and cuts the text with "…"),
built through the document's change sets and laid out with ``domain/board.py`` so no clusters
overlap. Then, with the real ``BoardPage`` in a 1600×900 top-level window on the ``offscreen``
platform and a ``Dialogs`` that fails on any question:

* open: from constructing ``BoardPage`` until its view has painted the whole board at the
  fit-all zoom the page starts with (the events are processed; unless Qt painted the whole
  viewport at that zoom itself, one paint is forced with ``viewport().repaint()``); the first
  open in the process and the median of the later ones;
* drag: 50 selected cards pressed, moved 60 times and released with real ``QMouseEvent``s sent
  to the viewport, three times; a frame is one move event plus either a forced synchronous
  repaint of the whole viewport, or the events the move posted, in which Qt paints the region
  it made dirty (as in the app); at 100 % zoom on a cluster, and at fit-all;
* fit: ``view.fit_all()`` from 100 % plus the repaint;
* commit: the release event, which emits ``items_dragged``; the page pushes the move command,
  its change set is written in one durable transaction and ``board_changed`` is handled;
* the work the page's timers do after a change (overview picture, duplicate marks);
* peak memory (``ru_maxrss``) of a fresh process that opened the board, dragged and committed.

``imports`` (``python -m benchmarks.board --imports``): the survey export of
``benchmarks/imports.py`` (100,000 rows) parsed, drafted, and inserted into a board with
``board_ops.import_cards`` + ``document.push`` (one transaction, one undo step), then undone
and redone; each step timed with ``time.perf_counter()``. Then again in a fresh process with
the board page open, as the Import… button does it.

``python -m benchmarks.board --profile-fit`` prints a cProfile of full repaints at fit-all.

Temporary files go where ``tempfile`` puts them (``TMPDIR``). Figures are printed, not asserted.
"""

from __future__ import annotations

import json
import os
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import TYPE_CHECKING, Any

from benchmarks import Figure, median, percentile, report

if TYPE_CHECKING:
    from smartcity_desktop.document import ProjectDocument
    from smartcity_desktop.ui.board_page import BoardPage

CLUSTERS = 100
CARDS_PER_CLUSTER = 50
OPEN_RUNS = 5
MOVES = 60
DRAGS = 3  # drags of MOVES frames each, per zoom and kind of frame
COMMITS = 7
SELECTED_UNDO = (1_000, 2_000, 4_000)  # imports undone while their cards are selected
WINDOW = (1600, 900)
TIMEOUT_S = 10 * 60
PROBE_TAG = "SCW_BOARD_PROBE "

GOAL_FRAME = "≤ 16 ms"
GOAL_MEMORY = "< 400 MB"
GOAL_IMPORT = "< 10 s"

# -- realistic card texts ------------------------------------------------------------------------

_TOPICS = (
    "Mobilität",
    "Verwaltung digital",
    "Bildung",
    "Klimaschutz",
    "Gesundheit & Pflege",
    "Wirtschaft & Handel",
    "Kultur & Freizeit",
    "Sicherheit",
    "Wohnen & Quartier",
    "Teilhabe",
)
_SHORT = (
    "Freies WLAN am Marktplatz",
    "Bürgerbüro online",
    "Mehr Ladesäulen",
    "Smarte Mülleimer",
    "Digitale Bürgerbeteiligung",
    "Car-Sharing im Quartier",
    "Open Data Portal",
    "Leihräder am Bahnhof",
    "Digitaler Stadtplan",
    "Hochwasser-Warnsystem",
    "E-Akte in der Verwaltung",
    "Tablets für Grundschulen",
)
_SUBJECTS = (
    "Die Stadtverwaltung",
    "Das Bürgerbüro",
    "Die Stadtwerke",
    "Der Nahverkehr",
    "Die Stadtbibliothek",
    "Jede Schule",
    "Das Jugendzentrum",
    "Die Wirtschaftsförderung",
    "Der Bauhof",
    "Das Ordnungsamt",
)
_VERBS = (
    "sollte alle Anträge auch online annehmen",
    "braucht eine Datenplattform mit offenen Schnittstellen",
    "könnte freie Parkplätze in Echtzeit anzeigen",
    "soll Sensoren für Luftqualität und Lärm aufstellen",
    "muss Termine ohne Warteschleife vergeben",
    "sollte Straßenlaternen nachts bedarfsgerecht dimmen",
    "könnte eine App für Mängelmeldungen anbieten",
    "soll ältere Menschen bei digitalen Diensten begleiten",
    "braucht barrierefreie Formulare in leichter Sprache",
    "sollte Ladesäulen an Supermärkten fördern",
)
_PLACES = (
    "in der Altstadt",
    "in Lindenhain-Nord",
    "am Mühlbach",
    "im Schlossviertel",
    "in den Ortsteilen",
    "rund um den Bahnhof",
    "entlang der Wipper",
    "im Gewerbegebiet Süd",
)
_REASONS = (
    "damit Berufstätige nicht extra Urlaub nehmen müssen",
    "weil der Bus abends nur noch stündlich fährt",
    "denn viele Ältere trauen sich an das Online-Angebot nicht heran",
    "so sparen wir Energie und Kosten im Haushalt",
    "und die Daten sollten für alle offen zugänglich sein",
    "weil es bei Starkregen immer wieder Überschwemmungen gibt",
    "damit Familien mit Kinderwagen sicher über die Kreuzung kommen",
    "das wäre auch für Touristinnen und Touristen hilfreich",
)
_LONG_WORDS = (
    "Bürgerbeteiligungsplattform",
    "Digitalisierungsstrategie",
    "Verkehrsberuhigungsmaßnahmen",
    "Kreislaufwirtschaftskonzept",
    "Ehrenamtskoordinierungsstelle",
    "Quartiersentwicklungsprozess",
)


def card_text(rng: random.Random, n: int) -> str:
    """A German idea as moderators get them: from a few words to a whole paragraph.

    About a third are short, a third one sentence, a fifth two or three sentences (the font
    shrinks to fit) and the rest a long paragraph that must be cut with "…" even at the
    smallest size; a few carry one of those compound words that wrap badly.
    """
    kind = n % 15
    if kind < 5:
        return f"{rng.choice(_SHORT)} {rng.choice(_PLACES)}"
    sentence = f"{rng.choice(_SUBJECTS)} {rng.choice(_VERBS)} {rng.choice(_PLACES)}"
    if kind < 10:
        return f"{sentence}."
    if kind < 13:
        extra = f" {rng.choice(_LONG_WORDS)}!" if kind == 12 else ""
        return f"{sentence}, {rng.choice(_REASONS)}. {rng.choice(_SHORT)}?{extra}"
    parts = [f"{sentence}, {rng.choice(_REASONS)}."]
    for _ in range(4 + n % 3):
        parts.append(
            f"{rng.choice(_SUBJECTS)} {rng.choice(_VERBS)}, {rng.choice(_REASONS)} "
            f"({rng.choice(_LONG_WORDS)})."
        )
    return " ".join(parts)


# -- building the board --------------------------------------------------------------------------


def build_board(
    path: Path, clusters: int = CLUSTERS, per_cluster: int = CARDS_PER_CLUSTER
) -> tuple[ProjectDocument, int]:
    """A new project at `path` with one workshop and one board of `clusters` × `per_cluster`
    cards, each cluster a tidy grid, the clusters packed in rows without overlap."""
    from smartcity_desktop.document import ProjectDocument, commands
    from smartcity_desktop.document import board_ops as ops
    from smartcity_desktop.document.document import Insert
    from smartcity_desktop.domain import board as geometry
    from smartcity_desktop.domain.model import CardColour, CardSource

    doc = ProjectDocument.create(path, title="Smart-City-Strategie Benchmark", city="Musterstadt")
    add = commands.add_workshop(doc, {"title": "Auftaktworkshop: Ideen clustern"})
    if not doc.push(add) or add.row_id is None:
        raise RuntimeError(f"could not add a workshop: {doc.last_error}")
    board = ops.add_board(doc, add.row_id, "Ideensammlung")
    if not doc.push(board) or board.row_id is None:
        raise RuntimeError(f"could not add a board: {doc.last_error}")
    board_id = board.row_id

    rng = random.Random(20250301)
    colours = [str(c) for c in CardColour]
    sources = [str(s) for s in CardSource]
    positions, frame = geometry.tidy_cluster(geometry.Rect(0, 0, 0, 0), per_cluster)
    frames = [(i + 1, frame) for i in range(clusters)]
    corners = geometry.pack_frames(frames)
    cluster_rows: list[dict[str, Any]] = []
    card_rows: list[dict[str, Any]] = []
    card_id = 1
    for cluster_id, _frame in frames:
        fx, fy = corners[cluster_id]
        topic = _TOPICS[(cluster_id - 1) % len(_TOPICS)]
        cluster_rows.append(
            {
                "id": cluster_id,
                "board_id": board_id,
                "title": f"{topic} {cluster_id}: {rng.choice(_SHORT)}",
                "colour": colours[cluster_id % len(colours)],
                "x": fx,
                "y": fy,
                "width": frame.width,
                "height": frame.height,
            }
        )
        for x, y in positions:
            new = ops.NewCard(
                card_text(rng, card_id),
                tags=(("Stadtteil", rng.choice(_PLACES)),),
                source=sources[card_id % len(sources)],  # type: ignore[arg-type]
                author="" if card_id % 4 else f"Teilnehmer*in {card_id % 37}",
            )
            row = ops.card_row(card_id, board_id, new, x + fx, y + fy, cluster_id)
            row["colour"] = colours[(card_id // 7) % len(colours)] if card_id % 3 == 0 else ""
            card_rows.append(row)
            card_id += 1
    doc.apply_changes([Insert("clusters", tuple(cluster_rows)), Insert("cards", tuple(card_rows))])
    doc.undo_stack.clear()
    return doc, board_id


# -- the board on screen -------------------------------------------------------------------------

_APP: Any = None


def _quiet(_mode: Any, _context: Any, message: str) -> None:
    """Qt's messages, less the one the offscreen platform prints for every new window."""
    if "propagateSizeHints" not in message:
        print(message, file=sys.stderr)


def _app() -> Any:
    """The QApplication, on the offscreen platform whatever the environment says."""
    global _APP
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from PySide6.QtCore import qInstallMessageHandler
    from PySide6.QtWidgets import QApplication

    if _APP is None:
        qInstallMessageHandler(_quiet)
        _APP = QApplication.instance() or QApplication(sys.argv[:1])
    return _APP


def _no_dialogs() -> Any:
    """A `Dialogs` that raises on any question: nothing the benchmark does should ask one."""
    from smartcity_desktop.ui.dialogs import Dialogs

    class NoDialogs(Dialogs):
        def _refuse(self, kind: str, title: str) -> Any:
            raise RuntimeError(f"the board showed a {kind} dialog during the benchmark: {title}")

        def info(self, title: str, text: str) -> None:
            self._refuse("info", title)

        def warn(self, title: str, text: str) -> None:
            self._refuse("warn", title)

        def confirm(self, title: str, text: str, yes_text: str) -> bool:
            return self._refuse("confirm", title)

        def get_text(self, title: str, label: str, text: str = "") -> str | None:
            return self._refuse("get_text", title)

        def choose(self, title: str, text: str, options: list[str]) -> int | None:
            return self._refuse("choose", title)

        def run(self, dialog: Any) -> bool:
            return self._refuse("run", dialog.windowTitle())

        def open_path(self, title: str, folder: str, file_filter: str = "") -> str | None:
            return self._refuse("open_path", title)

        def save_path(self, title: str, folder: str) -> str | None:
            return self._refuse("save_path", title)

    return NoDialogs(None)


class _Paints:
    """Notes every paint event of a view's viewport: the zoom then, and whether it covered the
    whole viewport (an event filter installed by the benchmark, not by the product)."""

    def __init__(self, view: Any) -> None:
        from PySide6.QtCore import QEvent, QObject

        paints = self
        viewport = view.viewport()

        class Filter(QObject):
            def eventFilter(self, watched: Any, event: Any) -> bool:
                if event.type() == QEvent.Type.Paint:
                    paints.events.append((view.zoom(), event.rect() == viewport.rect()))
                return False

        self.events: list[tuple[float, bool]] = []
        self._viewport = viewport
        self._filter = Filter()
        viewport.installEventFilter(self._filter)

    def remove(self) -> None:
        self._viewport.removeEventFilter(self._filter)


def _settle(ms: int = 600) -> None:
    """Run the event loop until the page's timers (overview after 250 ms, duplicate marks after
    300 ms) have fired, so the next gesture starts from an idle board."""
    from PySide6.QtTest import QTest

    QTest.qWait(ms)


class _Screen:
    """A 1600×900 top-level window holding the open board page."""

    def __init__(self) -> None:
        from PySide6.QtWidgets import QVBoxLayout, QWidget

        self.window = QWidget()
        self.window.resize(*WINDOW)
        self.layout = QVBoxLayout(self.window)
        self.layout.setContentsMargins(0, 0, 0, 0)
        self.window.show()
        self.page: BoardPage | None = None

    def open(self, document: ProjectDocument, board_id: int) -> tuple[BoardPage, dict[str, float]]:
        """Open the board page: times from `BoardPage(...)` to its first complete paint."""
        from PySide6.QtWidgets import QApplication

        from smartcity_desktop.ui.board_page import BoardPage

        self.close()
        started = time.perf_counter()
        page = BoardPage(document, _no_dialogs(), None, board_id, self.window)
        built = time.perf_counter()
        paints = _Paints(page.view)
        zooms: list[float] = []
        page.view.zoom_changed.connect(lambda zoom: zooms.append(zoom))
        self.layout.addWidget(page)
        page.show()
        QApplication.processEvents()  # layout, show, the page's queued fit_all, Qt's own paint
        processed = time.perf_counter()
        page.view.viewport().repaint()
        repainted = time.perf_counter()
        paints.remove()
        if not zooms:
            raise RuntimeError("the page did not fit the board into the view when it opened")
        fit = page.view.zoom()
        # Qt painted the whole viewport at the fit-all zoom inside processEvents: that was the
        # first complete paint; otherwise the forced one was.
        by_qt = any(full and abs(zoom - fit) < 1e-9 for zoom, full in paints.events[:-1])
        self.page = page
        return page, {
            "first_paint": (processed if by_qt else repainted) - started,
            "construct": built - started,
            "events": processed - built,
            "repaint": repainted - processed,
            "by_qt": float(by_qt),
        }

    def close(self) -> None:
        from PySide6.QtCore import QEvent
        from PySide6.QtWidgets import QApplication

        if self.page is not None:
            self.layout.removeWidget(self.page)
            self.page.hide()
            self.page.deleteLater()
            self.page = None
            QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
            QApplication.processEvents()


def _mouse(viewport: Any, kind: str, where: Any, button_down: bool) -> Any:
    """A mouse event at `where` (viewport coordinates). The scene finds the item under the
    mouse from the *global* position, so that one must be right too."""
    from PySide6.QtCore import QEvent, Qt
    from PySide6.QtGui import QMouseEvent

    types = {
        "press": QEvent.Type.MouseButtonPress,
        "move": QEvent.Type.MouseMove,
        "release": QEvent.Type.MouseButtonRelease,
    }
    left = Qt.MouseButton.LeftButton
    return QMouseEvent(
        types[kind],
        where,
        viewport.mapToGlobal(where),
        Qt.MouseButton.NoButton if kind == "move" else left,
        left if button_down else Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
    )


def _at_100_percent(page: BoardPage, cluster_id: int) -> None:
    """100 % zoom, the view centred on the cluster; painted, timers idle."""
    view = page.view
    view.resetTransform()
    view.centerOn(page.scene.clusters[cluster_id].sceneBoundingRect().center())
    view.viewport().repaint()
    _settle()


def _at_fit_all(page: BoardPage) -> None:
    page.view.fit_all()
    page.view.viewport().repaint()
    _settle()


def drag_selection(
    page: BoardPage,
    cluster_id: int,
    moves: int = MOVES,
    step: tuple[float, float] = (5.0, 2.0),
    *,
    forced: bool = True,
) -> dict[str, Any]:
    """Select the cluster's cards, press on one, move `moves` times by `step` viewport pixels,
    release; check that the file and the items hold the move. Returns the frame times, the
    paint events of each frame, and the time the release took (the commit).

    `forced`: a frame is the move event plus a synchronous repaint of the whole viewport; the
    events the move posted (the scene's dirty-region bookkeeping, Qt's paint of that region)
    are processed after it, untimed. Otherwise a frame is the move event plus
    `processEvents()`, in which Qt paints just the region the move made dirty, as in the app.
    """
    from PySide6.QtCore import QPointF
    from PySide6.QtWidgets import QApplication

    scene, view = page.scene, page.view
    viewport = view.viewport()
    members = sorted(scene.members[cluster_id])
    scene.select_ids(members)
    QApplication.processEvents()
    # press on the selected card nearest the middle of the view
    middle = view.mapToScene(viewport.rect().center())
    grab = min(
        members,
        key=lambda c: (scene.cards[c].sceneBoundingRect().center() - middle).manhattanLength(),
    )
    start = QPointF(view.mapFromScene(scene.cards[grab].sceneBoundingRect().center()))
    before = {c: scene.cards[c].pos() for c in members}

    paints = _Paints(view)
    QApplication.sendEvent(viewport, _mouse(viewport, "press", start, True))
    QApplication.processEvents()
    if scene.mouseGrabberItem() is not scene.cards[grab] or len(scene.selectedItems()) != len(
        members
    ):
        raise RuntimeError("the press did not grab the selected cards")
    frames: list[float] = []
    paints_per_frame: list[int] = []
    for i in range(1, moves + 1):
        move = _mouse(viewport, "move", start + QPointF(step[0] * i, step[1] * i), True)
        paints.events.clear()
        t0 = time.perf_counter()
        QApplication.sendEvent(viewport, move)
        if forced:
            viewport.repaint()
            frames.append(time.perf_counter() - t0)
            paints_per_frame.append(len(paints.events))
            QApplication.processEvents()
        else:
            QApplication.processEvents()
            frames.append(time.perf_counter() - t0)
            paints_per_frame.append(len(paints.events))
    paints.remove()
    moved = scene.cards[grab].pos() - before[grab]
    if moved.manhattanLength() < 1:
        raise RuntimeError("the drag did not move the cards")
    release = _mouse(viewport, "release", start + QPointF(step[0] * moves, step[1] * moves), False)
    t0 = time.perf_counter()
    QApplication.sendEvent(viewport, release)
    released = time.perf_counter() - t0
    # the file holds the move of every card (read back from it), and the items show what the
    # document announced
    for card in page.document.cards_by_ids(members):
        x, y = before[card.id].x() + moved.x(), before[card.id].y() + moved.y()
        if abs(card.x - x) > 0.01 or abs(card.y - y) > 0.01:
            raise RuntimeError(f"the file holds ({card.x}, {card.y}) for card {card.id}")
        if scene.cards[card.id].card != card:
            raise RuntimeError(f"card {card.id} on screen is not what the file holds")
    return {"frames": frames, "paints": paints_per_frame, "release": released}


def _undo(page: BoardPage) -> None:
    page.document.undo_stack.undo()
    _settle()


def _deferred(page: BoardPage, runs: int = 5) -> dict[str, float]:
    """The work the page's timers do after a change (median seconds): the overview picture
    (`BoardView._refresh_overview`, 250 ms after a change, zoom or release) and the duplicate
    marks (`BoardPage.flag_duplicates`, 300 ms after a change). Each runs in one go on the GUI
    thread, so it is one frame when it fires."""
    overview, duplicates = [], []
    for _ in range(runs):
        t0 = time.perf_counter()
        page.view._refresh_overview()
        t1 = time.perf_counter()
        page.flag_duplicates()
        t2 = time.perf_counter()
        overview.append(t1 - t0)
        duplicates.append(t2 - t1)
    return {
        "overview": median(overview),
        "duplicates": median(duplicates),
        "overview_shown": float(page.view.overview.isVisible()),
    }


def _middle_cluster(page: BoardPage) -> int:
    clusters = page.scene.clusters
    centre = page.scene.content_rect().center()
    return min(
        clusters,
        key=lambda c: (clusters[c].sceneBoundingRect().center() - centre).manhattanLength(),
    )


def _frame_figures(scenario: str, label: str, result: dict[str, Any]) -> list[Figure]:
    ms = [f * 1000 for f in result["frames"]]
    paints = result["paints"]
    return [
        Figure(
            scenario,
            f"{label}: median of {len(ms)} frames ({DRAGS} drags)",
            median(ms),
            "ms",
            GOAL_FRAME,
        ),
        Figure(scenario, f"{label}: p95", percentile(ms, 95), "ms", GOAL_FRAME),
        Figure(scenario, f"{label}: max", max(ms), "ms"),
        Figure(scenario, f"{label}: paint events per frame", f"{min(paints)} to {max(paints)}"),
    ]


def run_board() -> list[Figure]:
    from smartcity_desktop.document import ProjectDocument

    scenario = f"board ({CLUSTERS * CARDS_PER_CLUSTER:,} cards, {CLUSTERS} clusters)"
    _app()
    figures: list[Figure] = []
    with tempfile.TemporaryDirectory(prefix="scw-bench-board-") as tmp:
        path = Path(tmp) / "board.scw"
        t0 = time.perf_counter()
        document, board_id = build_board(path)
        built = time.perf_counter() - t0
        document.close()
        figures.append(Figure(scenario, "build the file (setup, not a goal)", built, "s"))
        figures += _memory_probe(scenario, path, board_id)

        document = ProjectDocument.open(path)
        screen = _Screen()
        opens = []
        for _ in range(OPEN_RUNS + 1):
            page, timing = screen.open(document, board_id)
            opens.append(timing)
            _settle()
        later = opens[1:]
        figures += [
            Figure(
                scenario,
                "open → first complete paint: first in this process",
                opens[0]["first_paint"],
                "s",
            ),
            Figure(
                scenario,
                f"open → first complete paint: median of {len(later)} more",
                median([o["first_paint"] for o in later]),
                "s",
            ),
            Figure(scenario, "  BoardPage(...)", median([o["construct"] for o in later]), "s"),
            Figure(
                scenario,
                "  events: layout, show, fit_all, Qt's paint",
                median([o["events"] for o in later]),
                "s",
            ),
            Figure(
                scenario,
                "  opens where Qt painted the fit-all board itself",
                f"{sum(1 for o in later if o['by_qt'])} of {len(later)}",
            ),
            Figure(
                scenario,
                "  another full repaint at fit-all",
                median([o["repaint"] for o in later]),
                "s",
            ),
            Figure(scenario, "  fit-all zoom", f"{page.view.zoom() * 100:.1f} %"),
        ]

        cluster_id = _middle_cluster(page)
        for label, place, step in (
            ("drag 50 at 100 %", lambda: _at_100_percent(page, cluster_id), (5.0, 2.0)),
            ("drag 50 at fit-all", lambda: _at_fit_all(page), (1.0, 0.5)),
        ):
            for forced, how in ((True, "forced full repaint"), (False, "Qt's own update")):
                frames: dict[str, list[Any]] = {"frames": [], "paints": []}
                for _ in range(DRAGS):
                    place()
                    result = drag_selection(page, cluster_id, step=step, forced=forced)
                    frames["frames"] += result["frames"]
                    frames["paints"] += result["paints"]
                    _undo(page)
                figures += _frame_figures(scenario, f"{label}, {how}", frames)

        fits = []
        for _ in range(OPEN_RUNS):
            _at_100_percent(page, cluster_id)
            t0 = time.perf_counter()
            page.view.fit_all()
            page.view.viewport().repaint()
            fits.append(time.perf_counter() - t0)
        figures.append(
            Figure(
                scenario,
                f"fit_all() + repaint from 100 %, median of {len(fits)}",
                median(fits) * 1000,
                "ms",
            )
        )

        releases = []
        for i in range(COMMITS):
            _at_100_percent(page, cluster_id)
            result = drag_selection(page, cluster_id, moves=10, step=(4.0 + i, 2.0))
            releases.append(result["release"] * 1000)
            _undo(page)
        figures += [
            Figure(
                scenario,
                f"commit: release → on disk → board_changed handled, median of {COMMITS}",
                median(releases),
                "ms",
            ),
            Figure(scenario, "  min / max", f"{min(releases):.1f} / {max(releases):.1f} ms"),
        ]
        for where, place in (
            ("at 100 %", lambda: _at_100_percent(page, cluster_id)),
            ("at fit-all", lambda: _at_fit_all(page)),
        ):
            place()
            later = _deferred(page)
            shown = "shown" if later["overview_shown"] else "hidden"
            figures.append(
                Figure(
                    scenario,
                    f"timer after a change {where}: overview picture (overview {shown})",
                    later["overview"] * 1000,
                    "ms",
                    GOAL_FRAME,
                )
            )
        figures.append(
            Figure(
                scenario,
                "timer after a change: duplicate marks",
                later["duplicates"] * 1000,
                "ms",
                GOAL_FRAME,
            )
        )
        screen.close()
        document.close()
    return figures


def profile_fit_all(repaints: int = 10) -> None:
    """Print where full repaints of the board at fit-all spend their time (cProfile: Python
    functions, with the Qt calls they make)."""
    import cProfile
    import pstats

    _app()
    with tempfile.TemporaryDirectory(prefix="scw-bench-board-") as tmp:
        document, board_id = build_board(Path(tmp) / "board.scw")
        screen = _Screen()
        page, _timing = screen.open(document, board_id)
        _settle()
        profile = cProfile.Profile()
        started = time.perf_counter()
        profile.enable()
        for _ in range(repaints):
            page.view.viewport().repaint()
        profile.disable()
        each = (time.perf_counter() - started) / repaints
        print(f"{repaints} full repaints at fit-all, {each * 1000:.1f} ms each under cProfile")
        pstats.Stats(profile).sort_stats("tottime").print_stats(15)
        screen.close()
        document.close()


# -- peak memory in a fresh process --------------------------------------------------------------


def _probe(*args: str) -> dict[str, Any]:
    """Run this module with `args` in a fresh process; what it printed after PROBE_TAG."""
    proc = subprocess.run(
        [sys.executable, "-m", "benchmarks.board", *args],
        env=dict(os.environ, QT_QPA_PLATFORM="offscreen"),
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        timeout=TIMEOUT_S,
        check=False,
    )
    for line in proc.stdout.splitlines():
        if line.startswith(PROBE_TAG) and proc.returncode == 0:
            return json.loads(line[len(PROBE_TAG) :])
    tail = " | ".join(proc.stderr.strip().splitlines()[-3:])
    raise RuntimeError(f"probe {' '.join(args[:1])} exited {proc.returncode}: {tail}")


def _memory_probe(scenario: str, path: Path, board_id: int) -> list[Figure]:
    try:
        result = _probe("--memory-probe", str(path), str(board_id))
    except (RuntimeError, subprocess.TimeoutExpired) as exc:
        return [Figure(scenario, "peak memory", f"FAILED: {exc}")]
    return [
        Figure(
            scenario,
            "peak memory (ru_maxrss), fresh process, board open after a drag",
            round(result["peak_mb"]),
            "MB",
            GOAL_MEMORY,
        ),
        Figure(
            scenario,
            "  before opening (Python, Qt, QApplication, imports)",
            round(result["base_mb"]),
            "MB",
        ),
        Figure(
            scenario, "  open → first complete paint in that fresh process", result["open_s"], "s"
        ),
    ]


def memory_probe(path: Path, board_id: int) -> dict[str, float]:
    """Open the board in this (fresh) process, drag 50 cards and commit; peak resident memory."""
    from smartcity_desktop.document import ProjectDocument

    _app()
    import smartcity_desktop.ui.board_page  # noqa: F401  (imports count in the base figure)

    base = _maxrss_mb()
    document = ProjectDocument.open(path)
    screen = _Screen()
    page, timing = screen.open(document, board_id)
    cluster_id = _middle_cluster(page)
    _at_100_percent(page, cluster_id)
    drag_selection(page, cluster_id)
    _settle()
    return {"peak_mb": _maxrss_mb(), "base_mb": base, "open_s": timing["first_paint"]}


def _maxrss_mb() -> float:
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / 2**20 if sys.platform == "darwin" else peak / 2**10  # bytes on macOS, else KiB


# -- a large import into a board -----------------------------------------------------------------


def _import_project(folder: Path) -> tuple[ProjectDocument, int]:
    from smartcity_desktop.document import ProjectDocument, commands
    from smartcity_desktop.document import board_ops as ops

    doc = ProjectDocument.create(folder / "import.scw", title="Umfrage", city="Musterstadt")
    add = commands.add_workshop(doc, {"title": "Online-Umfrage"})
    if not doc.push(add) or add.row_id is None:
        raise RuntimeError(f"could not add a workshop: {doc.last_error}")
    board = ops.add_board(doc, add.row_id, "Ideen aus der Umfrage")
    if not doc.push(board) or board.row_id is None:
        raise RuntimeError(f"could not add a board: {doc.last_error}")
    return doc, board.row_id


def run_imports(rows: int | None = None) -> list[Figure]:
    """Parse, draft and insert a survey export into an empty board, as the import dialog does
    after the moderator pressed OK (the document alone: no board page listening); undo, redo."""
    from PySide6.QtCore import QCoreApplication

    from benchmarks.imports import ROWS, write_export
    from smartcity_desktop.document import board_ops as ops
    from smartcity_desktop.domain.model import CardSource
    from smartcity_desktop.imports.cards import cards_from_table
    from smartcity_desktop.imports.tabular import guess_text_column, read_table

    rows = rows or ROWS
    _core = QCoreApplication.instance() or QCoreApplication(sys.argv[:1])
    scenario = f"imports ({rows:,} rows CSV → board)"
    progress_calls = 0

    def progress(done: int, total: int) -> bool:
        nonlocal progress_calls
        progress_calls += 1
        return True

    with tempfile.TemporaryDirectory(prefix="scw-bench-imports-") as tmp:
        folder = Path(tmp)
        export = folder / "umfrage.csv"
        write_export(export, rows)
        doc, board_id = _import_project(folder)
        steps = doc.undo_stack.count()

        t0 = time.perf_counter()
        table = read_table(export)
        t1 = time.perf_counter()
        drafts = cards_from_table(
            table,
            guess_text_column(table),
            tag_columns=(1, 2),
            existing_texts=doc.card_texts(board_id),
        )
        t2 = time.perf_counter()
        new_cards = [
            ops.NewCard(d.text, tuple(d.tags.items()), source=CardSource.SURVEY)
            for d in drafts.drafts
        ]
        command = ops.import_cards(doc, board_id, new_cards, "Import", progress=progress)
        t3 = time.perf_counter()
        if command is None or not doc.push(command):
            raise RuntimeError(f"the import was not saved: {doc.last_error}")
        t4 = time.perf_counter()
        if len(doc.cards(board_id)) != len(new_cards) or doc.undo_stack.count() != steps + 1:
            raise RuntimeError("the import is not all on disk as one undo step")
        t5 = time.perf_counter()
        doc.undo_stack.undo()
        t6 = time.perf_counter()
        if doc.cards(board_id):
            raise RuntimeError("undo left imported cards on the board")
        t7 = time.perf_counter()
        doc.undo_stack.redo()
        t8 = time.perf_counter()
        if len(doc.cards(board_id)) != len(new_cards):
            raise RuntimeError("redo did not bring every card back")
        size = (folder / "import.scw").stat().st_size
        doc.close()
        with_page = _import_page_probe(scenario, export)
    return [
        Figure(scenario, "rows read / cards inserted", f"{len(table.rows):,} / {len(new_cards):,}"),
        Figure(scenario, "parse (read_table)", t1 - t0, "s"),
        Figure(scenario, "drafts (guess_text_column + cards_from_table)", t2 - t1, "s"),
        Figure(scenario, "insert: board_ops.import_cards (rows, places)", t3 - t2, "s"),
        Figure(scenario, "insert: document.push (one transaction)", t4 - t3, "s"),
        Figure(scenario, "total: parse + drafts + insert", t4 - t0, "s", GOAL_IMPORT),
        Figure(scenario, "undo the import", t6 - t5, "s"),
        Figure(scenario, "redo the import", t8 - t7, "s"),
        Figure(scenario, "progress callbacks during the insert", progress_calls),
        Figure(scenario, "file size after the import", round(size / 1e6, 1), "MB"),
        *with_page,
    ]


def _import_page_probe(scenario: str, export: Path) -> list[Figure]:
    label = "with the board page open"
    try:
        result = _probe("--import-page-probe", str(export))
    except (RuntimeError, subprocess.TimeoutExpired) as exc:
        return [Figure(scenario, label, f"FAILED: {exc}")]
    figures = [
        Figure(
            scenario,
            f"{label}: insert (import_cards + push; the page adds every card)",
            result["push_s"],
            "s",
        ),
        Figure(
            scenario,
            f"{label}: total (parse + drafts + insert)",
            result["parse_s"] + result["drafts_s"] + result["push_s"],
            "s",
            GOAL_IMPORT,
        ),
        Figure(
            scenario,
            f"{label}: select the new cards, zoom to them, repaint (as Import… does)",
            result["show_s"],
            "s",
        ),
        Figure(scenario, f"{label}: undo (selection cleared first)", result["undo_s"], "s"),
        Figure(scenario, f"{label}: peak memory (ru_maxrss)", round(result["peak_mb"]), "MB"),
    ]
    for n, seconds in result["undo_selected"]:
        figures.append(
            Figure(
                scenario,
                f"{label}: undo an import of {n:,} cards still selected",
                seconds,
                "s",
            )
        )
    return figures


def import_page_probe(export: Path) -> dict[str, Any]:
    """In this (fresh) process: an empty board open on screen, then the import of `export`
    pushed as the import dialog does, the new cards selected and zoomed to; undone. Before
    that, smaller imports undone while their cards are still selected (as right after Import…)."""
    from smartcity_desktop.document import board_ops as ops
    from smartcity_desktop.domain.model import CardSource
    from smartcity_desktop.imports.cards import cards_from_table
    from smartcity_desktop.imports.tabular import guess_text_column, read_table

    _app()
    with tempfile.TemporaryDirectory(prefix="scw-bench-imports-page-") as tmp:
        doc, board_id = _import_project(Path(tmp))
        screen = _Screen()
        page, _timing = screen.open(doc, board_id)
        t0 = time.perf_counter()
        table = read_table(export)
        t1 = time.perf_counter()
        drafts = cards_from_table(table, guess_text_column(table), tag_columns=(1, 2))
        t2 = time.perf_counter()
        new_cards = [
            ops.NewCard(d.text, tuple(d.tags.items()), source=CardSource.SURVEY)
            for d in drafts.drafts
        ]
        undo_selected = []
        for n in SELECTED_UNDO:
            command = ops.import_cards(doc, board_id, new_cards[:n], "Import")
            if command is None or not doc.push(command):
                raise RuntimeError(f"the import was not saved: {doc.last_error}")
            page.scene.select_ids(command.new_ids)
            started = time.perf_counter()
            doc.undo_stack.undo()
            undo_selected.append((n, time.perf_counter() - started))
            if page.scene.cards:
                raise RuntimeError("undo left cards on the page")
        _settle()
        t3 = time.perf_counter()
        command = ops.import_cards(doc, board_id, new_cards, "Import")
        if command is None or not doc.push(command):
            raise RuntimeError(f"the import was not saved: {doc.last_error}")
        t4 = time.perf_counter()
        if len(page.scene.cards) != len(new_cards):
            raise RuntimeError("the page does not show every imported card")
        page.scene.select_ids(command.new_ids)
        page.zoom_to_selection()
        page.view.viewport().repaint()
        t5 = time.perf_counter()
        page.scene.clearSelection()
        _settle()
        t6 = time.perf_counter()
        doc.undo_stack.undo()
        t7 = time.perf_counter()
        peak = _maxrss_mb()
        screen.close()
        doc.close()
    return {
        "parse_s": t1 - t0,
        "drafts_s": t2 - t1,
        "push_s": t4 - t3,
        "show_s": t5 - t4,
        "undo_s": t7 - t6,
        "peak_mb": peak,
        "undo_selected": undo_selected,
    }


def main() -> int:
    args = sys.argv[1:]
    if "--memory-probe" in args:
        at = args.index("--memory-probe")
        result = memory_probe(Path(args[at + 1]), int(args[at + 2]))
        print(PROBE_TAG + json.dumps(result), flush=True)
        return 0
    if "--import-page-probe" in args:
        result = import_page_probe(Path(args[args.index("--import-page-probe") + 1]))
        print(PROBE_TAG + json.dumps(result), flush=True)
        return 0
    if "--profile-fit" in args:
        profile_fit_all()
        return 0
    figures = run_imports() if "--imports" in args else run_board()
    return report(figures, as_json="--json" in args)


if __name__ == "__main__":
    sys.exit(main())

"""The main window: welcome page or project (navigator, working area, properties), menus, status."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QStandardPaths, Qt
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDockWidget,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTextEdit,
    QToolBar,
    QUndoView,
    QWidget,
)

from smartcity_desktop import APP_NAME
from smartcity_desktop.document import FileProblem, ProjectDocument, ProjectFileError, commands
from smartcity_desktop.domain.rules import clean_title, suggest_copy_name
from smartcity_desktop.ui import settings as prefs
from smartcity_desktop.ui.dialogs import Dialogs
from smartcity_desktop.ui.messages import file_problem_text
from smartcity_desktop.ui.navigator import Navigator, NavigatorModel, Node, section_title
from smartcity_desktop.ui.presenter import PresenterController
from smartcity_desktop.ui.presenter_spec import PresentKind
from smartcity_desktop.ui.properties import ProjectProperties, WorkshopProperties
from smartcity_desktop.ui.strategy_page import StrategyPage
from smartcity_desktop.ui.welcome import WelcomePage


def takes_letters(widget: QObject | None) -> bool:
    """Whether a letter typed into `widget` is text (a field, an editable combo, a table that
    starts editing on any key) rather than a shortcut."""
    if isinstance(widget, QLineEdit | QTextEdit | QPlainTextEdit | QAbstractSpinBox):
        return True
    if isinstance(widget, QComboBox):
        return widget.isEditable()
    if isinstance(widget, QAbstractItemView):
        index = widget.currentIndex()
        return bool(
            widget.editTriggers() & QAbstractItemView.EditTrigger.AnyKeyPressed
            and index.isValid()
            and index.flags() & Qt.ItemFlag.ItemIsEditable
        )
    return False


class _LettersFirst(QObject):
    """Lets a widget that takes letters have B before the black-screen shortcut sees it."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_B
            and not event.modifiers() & ~Qt.KeyboardModifier.ShiftModifier
            and takes_letters(QApplication.focusWidget())
        ):
            event.accept()  # the key goes to the widget as a key press, not to the shortcut
        return False


class MainWindow(QMainWindow):
    """One window, one open project at a time."""

    def __init__(self, settings: prefs.Settings, dialogs: Dialogs | None = None) -> None:
        super().__init__()
        self.settings = settings
        self.dialogs = dialogs or Dialogs(self)
        self.document: ProjectDocument | None = None
        self.setWindowTitle(APP_NAME)
        self.resize(1400, 860)

        self.stack = QStackedWidget(self)
        self.welcome = WelcomePage(self)
        self.stack.addWidget(self.welcome)
        self.setCentralWidget(self.stack)
        self.welcome.new_requested.connect(self.new_project)
        self.welcome.open_requested.connect(self.open_project)
        self.welcome.demo_requested.connect(self.open_demo)
        self.welcome.recent_requested.connect(self.open_path)

        self.properties_dock = QDockWidget(self.tr("Properties"), self)
        self.properties_dock.setObjectName("propertiesDock")
        self.properties_dock.setFeatures(QDockWidget.DockWidgetFeature.DockWidgetMovable)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.properties_dock)
        self.history_dock = QDockWidget(self.tr("Undo history"), self)
        self.history_dock.setObjectName("historyDock")
        self.history_view = QUndoView(self.history_dock)
        self.history_view.setEmptyLabel(self.tr("<opened>"))
        self.history_dock.setWidget(self.history_view)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.history_dock)
        self.history_dock.hide()

        self.saved_label = QLabel(self)
        self.saved_label.setObjectName("savedLabel")
        self.statusBar().addPermanentWidget(self.saved_label)

        # Presenting: the projector window and its controls on the laptop.
        self.presenter = PresenterController(
            self.settings, self.dialogs, moderator=self, parent=self
        )
        self.presenter.changed.connect(self._update_presenter_actions)
        self.presenter.message.connect(lambda text: self.statusBar().showMessage(text, 30000))
        self.resume_button = QPushButton(self.tr("Resume on projector"), self)
        self.resume_button.setObjectName("resumeButton")
        self.resume_button.clicked.connect(self.presenter.resume)
        self.statusBar().addPermanentWidget(self.resume_button)
        self.resume_button.hide()
        self.timer_control: QWidget | None = None

        self.project_view: QSplitter | None = None
        self.navigator: Navigator | None = None
        self.page_host: QStackedWidget | None = None
        self._build_menus()
        self._show_welcome()
        self._restore_window()

    # -- menus ---------------------------------------------------------------------------

    def _action(self, menu: QMenu, text: str, slot: object, shortcut: object = None) -> QAction:
        action = menu.addAction(text)
        action.triggered.connect(slot)
        if shortcut is not None:
            action.setShortcut(shortcut)
        return action

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        self._action(
            file_menu, self.tr("&New project…"), self.new_project, QKeySequence.StandardKey.New
        )
        self._action(file_menu, self.tr("&Open…"), self.open_project, QKeySequence.StandardKey.Open)
        self.recent_menu = file_menu.addMenu(self.tr("Open &recent"))
        self._action(file_menu, self.tr("Open the &demo"), self.open_demo)
        file_menu.addSeparator()
        self.save_copy_action = self._action(
            file_menu, self.tr("Save a &copy as…"), self.save_copy, QKeySequence.StandardKey.SaveAs
        )
        self.check_action = self._action(file_menu, self.tr("C&heck file"), self.check_file)
        file_menu.addSeparator()
        self.export_minutes_action = self._action(
            file_menu, self.tr("Export &minutes…"), self.export_minutes
        )
        self.export_strategy_pdf_action = self._action(
            file_menu,
            self.tr("Export s&trategy draft as PDF…"),
            lambda: self.export_strategy("pdf"),
        )
        self.export_strategy_docx_action = self._action(
            file_menu,
            self.tr("Export strategy draft as &Word…"),
            lambda: self.export_strategy("docx"),
        )
        self.export_data_action = self._action(
            file_menu, self.tr("Export &data…"), self.export_data
        )
        self.close_action = self._action(
            file_menu, self.tr("&Close"), self.close_project, QKeySequence.StandardKey.Close
        )
        file_menu.addSeparator()
        self._action(file_menu, self.tr("&Quit"), self.close, QKeySequence.StandardKey.Quit)

        edit_menu = bar.addMenu(self.tr("&Edit"))
        self.undo_action = self._action(
            edit_menu, self.tr("&Undo"), self._undo, QKeySequence.StandardKey.Undo
        )
        self.redo_action = self._action(
            edit_menu, self.tr("&Redo"), self._redo, QKeySequence.StandardKey.Redo
        )
        edit_menu.addSeparator()
        history = self.history_dock.toggleViewAction()
        history.setText(self.tr("Undo &history"))
        edit_menu.addAction(history)

        workshop_menu = bar.addMenu(self.tr("&Workshop"))
        self.new_workshop_action = self._action(
            workshop_menu, self.tr("&New workshop…"), self.new_workshop
        )
        self.rename_workshop_action = self._action(
            workshop_menu,
            self.tr("&Rename workshop…"),
            self.rename_workshop,
            QKeySequence(Qt.Key.Key_F2),
        )
        self.delete_workshop_action = self._action(
            workshop_menu, self.tr("&Delete workshop…"), self.delete_workshop
        )
        workshop_menu.addSeparator()
        self.new_board_action = self._action(workshop_menu, self.tr("New &board…"), self.new_board)
        self.rename_board_action = self._action(
            workshop_menu, self.tr("Rena&me board…"), self.rename_board
        )
        self.delete_board_action = self._action(
            workshop_menu, self.tr("Delete b&oard…"), self.delete_board
        )

        settings_menu = bar.addMenu(self.tr("&Settings"))
        language_menu = settings_menu.addMenu(self.tr("&Language"))
        self.language_group = QActionGroup(self)
        self.language_group.setExclusive(True)
        for code, name in (("de", "Deutsch"), ("en", "English")):
            action = language_menu.addAction(name)
            self.language_group.addAction(action)
            action.setCheckable(True)
            action.setChecked(self.settings.language() == code)
            action.triggered.connect(lambda _=False, c=code: self.set_language(c))
        self._build_presenter_menu(bar.addMenu(self.tr("&Presenter")))
        help_menu = bar.addMenu(self.tr("&Help"))
        self._action(help_menu, self.tr("&About"), self.about)
        self._update_actions()

    def _build_presenter_menu(self, menu: QMenu) -> None:
        self.present_action = self._action(
            menu, self.tr("&Present on the projector"), self.start_presenting, QKeySequence("F5")
        )
        self.present_action.setObjectName("presentAction")
        self.present_action.setIconText(self.tr("Present"))
        self.present_action.setToolTip(self.tr("Present on the projector (F5)"))
        self.stop_present_action = self._action(
            menu, self.tr("&Stop presenting"), self.presenter.stop, QKeySequence("Shift+F5")
        )
        self.resume_action = self._action(
            menu, self.tr("&Resume on projector"), self.presenter.resume
        )
        menu.addSeparator()
        show_menu = menu.addMenu(self.tr("Sho&w on the projector"))
        self.show_group = QActionGroup(self)
        self.show_group.setExclusive(True)
        self.show_actions: dict[PresentKind | None, QAction] = {}
        for kind, text in (
            (None, self.tr("What I have &open (board, round, weighting)")),
            (PresentKind.TITLE, self.tr("&Title page")),
            (PresentKind.TIMER, self.tr("T&imer")),
            (PresentKind.BLACK, self.tr("&Black screen")),
        ):
            action = show_menu.addAction(text)
            action.setCheckable(True)
            self.show_group.addAction(action)
            action.triggered.connect(lambda _=False, k=kind: self.presenter.show_on_projector(k))
            self.show_actions[kind] = action
        # B: black screen while presenting; a text field keeps its B (it overrides shortcuts)
        self.black_action = QAction(self.tr("Black screen on/off"), self)
        self.black_action.setShortcut(QKeySequence(Qt.Key.Key_B))
        self.black_action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.black_action.triggered.connect(self.toggle_black)
        self.addAction(self.black_action)
        self._letters_first = _LettersFirst(self)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self._letters_first)
        self.follow_action = menu.addAction(self.tr("Boards: &follow my view"))
        self.follow_action.setCheckable(True)
        self.follow_action.setChecked(True)
        self.follow_action.setToolTip(
            self.tr("On: the projector shows the part of the board I see; off: the whole board")
        )
        self.follow_action.toggled.connect(self.presenter.set_follow)
        menu.addSeparator()
        self.screen_menu = menu.addMenu(self.tr("Projector scree&n"))
        self.screen_menu.aboutToShow.connect(self._fill_screen_menu)
        size_menu = menu.addMenu(self.tr("Text si&ze on the projector"))
        self.size_group = QActionGroup(self)
        self.size_group.setExclusive(True)
        self.size_actions: dict[float, QAction] = {}
        for scale, text in (
            (1.3, self.tr("Normal")),
            (1.6, self.tr("Large")),
            (2.0, self.tr("Very large")),
        ):
            action = size_menu.addAction(text)
            action.setCheckable(True)
            self.size_group.addAction(action)
            action.triggered.connect(
                lambda _=False, f=scale: self.presenter.set_theme(font_scale=f)
            )
            self.size_actions[scale] = action
        self.dark_action = menu.addAction(self.tr("&Dark projector (light text on black)"))
        self.dark_action.setCheckable(True)
        self.dark_action.toggled.connect(lambda on: self.presenter.set_theme(dark=on))

        self.presenter_toolbar = QToolBar(self.tr("Presenter"), self)
        self.presenter_toolbar.setObjectName("presenterToolbar")
        self.presenter_toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.presenter_toolbar.addAction(self.present_action)
        self.presenter_toolbar.addAction(self.stop_present_action)
        self.presenter_toolbar.addAction(self.show_actions[PresentKind.BLACK])
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, self.presenter_toolbar)
        self._update_presenter_actions()

    def _fill_screen_menu(self) -> None:
        self.screen_menu.clear()
        group = QActionGroup(self.screen_menu)
        current = self.presenter.target_screen()
        for screen in self.presenter.screens():
            size = screen.geometry().size()
            action = self.screen_menu.addAction(f"{screen.name()} ({size.width()}×{size.height()})")
            action.setCheckable(True)
            action.setChecked(screen is current)
            group.addAction(action)
            name = screen.name()
            action.triggered.connect(lambda _=False, n=name: self.presenter.choose_screen(n))

    def _update_presenter_actions(self) -> None:
        presenter = self.presenter
        presenting = presenter.presenting
        self.present_action.setEnabled(self.document is not None and not presenting)
        self.stop_present_action.setEnabled(presenting)
        self.black_action.setEnabled(presenting)
        self.resume_action.setEnabled(presenter.can_resume())
        self.resume_button.setVisible(presenting and presenter.unplugged)
        self.resume_button.setEnabled(presenter.can_resume())
        pinned = presenter.pinned
        self.show_actions[pinned].setChecked(True)
        self.follow_action.setChecked(presenter.follow)
        theme = presenter.theme()
        nearest = min(self.size_actions, key=lambda f: abs(f - theme.font_scale))
        self.size_actions[nearest].setChecked(True)
        self.dark_action.blockSignals(True)
        self.dark_action.setChecked(theme.dark)
        self.dark_action.blockSignals(False)
        if self.timer_control is not None:
            self.timer_control.setVisible(presenting)

    def start_presenting(self) -> None:
        """F5: the projector window opens; the small timer appears in the status bar."""
        if self.document is None:
            return
        if self.timer_control is None and self.presenter.timer is not None:
            from smartcity_desktop.ui.presenter_timer import TimerControl

            self.timer_control = TimerControl(
                self.presenter.timer, self, ask_minutes=self._ask_timer_minutes
            )
            self.statusBar().insertPermanentWidget(0, self.timer_control)
        self.presenter.start()
        self._follow_board_view()

    def _ask_timer_minutes(self) -> int | None:
        text = self.dialogs.get_text(self.tr("Timer"), self.tr("Length in minutes"), "20")
        try:
            minutes = int((text or "").strip())
        except ValueError:
            return None
        return minutes if 0 < minutes <= 240 else None

    def toggle_black(self) -> None:
        """B on the laptop: black screen on the projector, unless typing in a text field."""
        if self.presenter.presenting and not takes_letters(QApplication.focusWidget()):
            self.presenter.toggle_black()

    def _follow_board_view(self) -> None:
        """The board page's view tells the projector which part of the board is in sight."""
        page = self.page_host.currentWidget() if self.page_host else None
        view = getattr(page, "view", None)
        signal = getattr(view, "visible_rect_changed", None)
        if signal is None:
            return
        if not getattr(view, "_presenter_connected", False):
            signal.connect(self.presenter.set_viewport)
            view._presenter_connected = True  # type: ignore[union-attr]
        self.presenter.set_viewport(view.visible_rect())  # type: ignore[union-attr]

    def _update_actions(self) -> None:
        has_doc = self.document is not None
        writable = has_doc and not self.document.read_only  # type: ignore[union-attr]
        for action in (self.save_copy_action, self.check_action, self.close_action):
            action.setEnabled(has_doc)
        node = self.navigator.current_node() if self.navigator else None
        in_workshop = bool(node and node.workshop_id)
        self.export_minutes_action.setEnabled(has_doc and in_workshop)
        self.export_data_action.setEnabled(has_doc)
        self.export_strategy_pdf_action.setEnabled(has_doc)
        self.export_strategy_docx_action.setEnabled(has_doc)
        self.new_workshop_action.setEnabled(writable)
        self.rename_workshop_action.setEnabled(writable and in_workshop)
        self.delete_workshop_action.setEnabled(writable and in_workshop)
        on_board = bool(node and node.kind == "board")
        self.new_board_action.setEnabled(writable and in_workshop)
        self.rename_board_action.setEnabled(writable and on_board)
        self.delete_board_action.setEnabled(writable and on_board)
        stack = self.document.undo_stack if self.document else None
        self.undo_action.setEnabled(bool(stack and stack.canUndo()))
        self.redo_action.setEnabled(bool(stack and stack.canRedo()))
        self.undo_action.setText(
            self.tr("&Undo %1").replace("%1", stack.undoText())
            if stack and stack.canUndo()
            else self.tr("&Undo")
        )
        self.redo_action.setText(
            self.tr("&Redo %1").replace("%1", stack.redoText())
            if stack and stack.canRedo()
            else self.tr("&Redo")
        )

    def _fill_recent_menu(self) -> None:
        self.recent_menu.clear()
        recent = self.settings.recent_files()
        for path in recent:
            action = self.recent_menu.addAction(Path(path).name)
            action.setToolTip(path)
            action.triggered.connect(lambda _=False, p=path: self.open_path(p))
        self.recent_menu.setEnabled(bool(recent))
        self.welcome.set_recent(recent)

    def _undo(self) -> None:
        if self.document:
            self.document.undo_stack.undo()

    def _redo(self) -> None:
        if self.document:
            self.document.undo_stack.redo()

    # -- opening and closing ---------------------------------------------------------------

    def _folder(self) -> str:
        return self.settings.get(prefs.LAST_FOLDER) or QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation
        )

    def _report(self, error: ProjectFileError) -> None:
        self.dialogs.warn(APP_NAME, file_problem_text(error.problem, error.path.name))

    def _offer_snapshot(self, path: Path) -> bool:
        """A damaged file stays untouched; its newest snapshot can be opened instead."""
        snapshots = ProjectDocument.snapshots_of(path)
        if not snapshots:
            return False
        newest = snapshots[0]
        stamp = datetime.fromtimestamp(newest.stat().st_mtime).strftime("%d.%m.%Y %H:%M")
        if not self.dialogs.confirm(
            self.tr("Open a snapshot"),
            self.tr("The newest snapshot of this project is from %1 (%2). Open it instead?")
            .replace("%1", stamp)
            .replace("%2", newest.name),
            self.tr("Open snapshot"),
        ):
            return False
        return self.open_path(newest)

    def open_project(self) -> None:
        path = self.dialogs.open_path(self.tr("Open project"), self._folder())
        if path:
            self.open_path(path)

    def open_path(self, path: str | Path) -> bool:
        """Open a project file; on trouble say what is wrong and keep the current state."""
        path = Path(path)
        if self.document and self.document.path.resolve() == path.resolve():
            return True
        try:
            document = ProjectDocument.open(path)
        except ProjectFileError as error:
            self._report(error)
            if error.problem == FileProblem.NOT_FOUND:
                self.settings.remove_recent_file(str(path))
                self._fill_recent_menu()
            if error.problem == FileProblem.DAMAGED:
                return self._offer_snapshot(path)
            return False
        self.set_document(document)
        if document.read_only:
            self.dialogs.info(APP_NAME, file_problem_text(FileProblem.READ_ONLY, path.name))
        if document.migrated_from_snapshot:
            self.statusBar().showMessage(
                self.tr("Converted from an older version; the original is kept as %1").replace(
                    "%1", str(document.migrated_from_snapshot)
                ),
                15000,
            )
        return True

    def new_project(self) -> None:
        path = self.dialogs.save_path(self.tr("New project"), self._folder())
        if not path:
            return
        title = self.dialogs.get_text(
            self.tr("New project"), self.tr("Title of the strategy"), self.tr("Smart City Strategy")
        )
        if not title or not clean_title(title):
            return
        try:
            document = ProjectDocument.create(path, title=clean_title(title))
        except ProjectFileError as error:
            self._report(error)
            return
        self.set_document(document)

    def open_demo(self) -> None:
        folder = Path(
            QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
        )
        folder.mkdir(parents=True, exist_ok=True)
        existing = {p.name for p in folder.glob("*.scw")}
        name = suggest_copy_name(
            {n.removesuffix(".scw") for n in existing}, self.tr("Demo project")
        )
        try:
            document = ProjectDocument.create_demo(folder / f"{name}.scw")
        except ProjectFileError as error:
            self._report(error)
            return
        self.set_document(document)

    def set_document(self, document: ProjectDocument) -> None:
        self.close_project()
        self.document = document
        self.presenter.set_document(document)
        self.settings.add_recent_file(str(document.path))
        self._fill_recent_menu()
        self.settings.set(prefs.LAST_FOLDER, str(document.path.parent))
        document.undo_stack.indexChanged.connect(self._update_actions)
        document.saved.connect(self._show_saved)
        document.write_failed.connect(self._write_failed)
        document.workshop_removed.connect(lambda _id: self._update_actions())
        self.history_view.setStack(document.undo_stack)

        self.navigator = Navigator(NavigatorModel(document))
        self.navigator.setObjectName("navigator")
        self.navigator.node_selected.connect(self.show_node)
        self.page_host = QStackedWidget()
        self.project_view = QSplitter(Qt.Orientation.Horizontal)
        self.project_view.addWidget(self.navigator)
        self.project_view.addWidget(self.page_host)
        self.project_view.setSizes([300, 900])
        self.project_view.setStretchFactor(1, 1)
        self.stack.addWidget(self.project_view)
        self.stack.setCurrentWidget(self.project_view)
        self.properties_dock.show()
        # Wide enough that dates, times and places stay readable.
        self.resizeDocks([self.properties_dock], [320], Qt.Orientation.Horizontal)
        self.setWindowTitle(f"{document.strategy().title} — {APP_NAME}")
        self.show_node(Node("strategy"))
        if document.read_only:
            self.saved_label.setText(self.tr("Read-only: changes cannot be saved"))
        else:
            self.saved_label.setText(self.tr("All changes are saved automatically"))
        self._update_actions()

    def close_project(self) -> None:
        if self.document is None:
            return
        self._stop_exports()
        self.presenter.set_document(None)  # the projector goes dark with the project
        self.history_view.setStack(None)
        if self.project_view is not None:
            self.stack.removeWidget(self.project_view)
            self.project_view.deleteLater()
        self.project_view = self.navigator = self.page_host = None
        self._set_properties(None)
        self.document.close()
        self.document.deleteLater()
        self.document = None
        self._show_welcome()

    def _show_welcome(self) -> None:
        self.stack.setCurrentWidget(self.welcome)
        self.properties_dock.hide()
        self.setWindowTitle(APP_NAME)
        self.saved_label.setText("")
        self._fill_recent_menu()
        self._update_actions()
        self._update_presenter_actions()

    def save_copy(self) -> None:
        if not self.document:
            return
        path = self.dialogs.save_path(self.tr("Save a copy as"), self._folder())
        if not path:
            return
        try:
            self.document.save_copy(path)
        except ProjectFileError as error:
            self._report(error)
            return
        self.statusBar().showMessage(self.tr("Copy saved as %1").replace("%1", path), 8000)

    def check_file(self) -> None:
        if not self.document:
            return
        report = self.document.check()
        labels = {
            "strategy": self.tr("Strategy"),
            "stakeholder_groups": self.tr("Stakeholder groups"),
            "workshops": self.tr("Workshops"),
            "participants": self.tr("Participants"),
            "attendance": self.tr("Invitations to workshops"),
            "agenda_items": self.tr("Agenda items"),
            "boards": self.tr("Boards"),
            "cards": self.tr("Idea cards"),
            "clusters": self.tr("Clusters"),
            "fields_of_action": self.tr("Fields of action"),
        }
        counts = "\n".join(
            f"{labels.get(key, key)}: {value}" for key, value in report.counts.items()
        )
        if report.ok:
            text = self.tr("The file is in order.") + "\n\n" + counts
        else:
            text = self.tr("The check found problems:") + "\n" + "\n".join(report.problems)
        self.dialogs.info(self.tr("Check file"), text)

    # -- the working area ------------------------------------------------------------------

    def show_node(self, node: Node) -> None:
        if not self.document or self.page_host is None:
            return
        doc = self.document
        page = self._page_for(node)
        page.setObjectName(f"page_{node.kind}")
        navigate = getattr(page, "navigate", None)
        if navigate is not None:
            navigate.connect(self.show_node)
        draft_section = getattr(page, "draft_section_requested", None)
        if draft_section is not None:
            draft_section.connect(self.show_draft_section)
        old = self.page_host.currentWidget()
        self.page_host.addWidget(page)
        self.page_host.setCurrentWidget(page)
        if old is not None:
            self.page_host.removeWidget(old)
            old.deleteLater()
        panel = getattr(page, "properties_panel", None)
        if panel is not None:
            self._set_properties(panel())
        elif node.workshop_id:
            self._set_properties(WorkshopProperties(doc, node.workshop_id))
        else:
            self._set_properties(ProjectProperties(doc))
        if self.navigator and self.navigator.current_node() != node:
            self.navigator.select(node, emit=False)
        self.presenter.moderator_opened(node.kind, node.id, node.workshop_id)
        self._follow_board_view()
        self._update_actions()

    def show_draft_section(self, key: str) -> None:
        """The strategy draft, open on one of its sections ("vision", "goals", ...)."""
        self.show_node(Node("draft"))
        page = self.page_host.currentWidget() if self.page_host else None
        edit_section = getattr(page, "edit_section", None)
        if edit_section is not None:
            edit_section(key)

    def _set_properties(self, panel: QWidget | None) -> None:
        """Swap the properties panel; the old one is deleted, not just hidden."""
        old = self.properties_dock.widget()
        self.properties_dock.setWidget(panel)  # type: ignore[arg-type]
        if old is not None:
            old.deleteLater()

    def _page_for(self, node: Node) -> QWidget:
        # Imported on first use: only the strategy page is needed for the first paint.
        from smartcity_desktop.ui.participants_page import ParticipantsTable
        from smartcity_desktop.ui.simple_pages import HintPage
        from smartcity_desktop.ui.workshop_page import WorkshopPage

        doc = self.document
        assert doc is not None
        if node.kind == "strategy":
            return StrategyPage(doc, self.dialogs)
        if node.kind == "participants":
            return ParticipantsTable(doc, self.dialogs)
        if node.kind == "workshop":
            return WorkshopPage(doc, self.dialogs, node.workshop_id)
        if node.kind == "board":
            from smartcity_desktop.ui.board_page import BoardPage

            return BoardPage(doc, self.dialogs, self.settings, node.id)
        if node.kind == "voting":
            from smartcity_desktop.ui.voting_page import VotingPage

            return VotingPage(doc, self.dialogs, node.id)
        if node.kind == "fields":
            from smartcity_desktop.ui.fields_page import FieldsPage

            return FieldsPage(doc, self.dialogs)
        if node.kind == "criteria":
            from smartcity_desktop.ui.criteria_page import CriteriaPage

            return CriteriaPage(doc, self.dialogs)
        if node.kind == "projects":
            from smartcity_desktop.ui.projects_page import ProjectsPage

            return ProjectsPage(doc, self.dialogs)
        if node.kind == "weightings":
            from smartcity_desktop.ui.weighting_page import WeightingsPage

            return WeightingsPage(doc, self.dialogs, node.workshop_id)
        if node.kind == "weighting":
            from smartcity_desktop.ui.weighting_page import WeightingPage

            return WeightingPage(doc, self.dialogs, node.id)
        if node.kind == "draft":
            from smartcity_desktop.ui.draft_page import DraftPage

            return DraftPage(doc, self.dialogs, self.settings)
        if node.kind == "minutes":
            from smartcity_desktop.ui.minutes_page import MinutesPage

            return MinutesPage(doc, self.dialogs, self.settings, node.workshop_id)
        if node.kind == "workshops":
            return HintPage(
                self.tr("Workshops"),
                self.tr(
                    "Workshops and expert talks (Fachgespräche) of the strategy process. "
                    "Add one with Workshop ▸ New workshop."
                ),
            )
        hints = {
            "boards": self.tr(
                "Boards hold the ideas and statements of a workshop — from the survey, "
                "interviews and the room — to be clustered into fields of action."
            ),
            "votings": self.tr(
                "Dot-voting rounds (Punktabfrage) of this workshop appear here: "
                "participants set priorities among clusters or cards."
            ),
        }
        return HintPage(section_title(node.kind), hints.get(node.kind, ""))

    # -- workshops -----------------------------------------------------------------------

    def _current_workshop(self) -> int | None:
        node = self.navigator.current_node() if self.navigator else None
        return node.workshop_id if node and node.workshop_id else None

    def new_workshop(self) -> None:
        if not self.document:
            return
        existing = {w.title for w in self.document.workshops()}
        default = suggest_copy_name(
            existing, self.tr("Workshop %1").replace("%1", str(len(existing) + 1))
        )
        title = self.dialogs.get_text(self.tr("New workshop"), self.tr("Title"), default)
        if not title or not clean_title(title):
            return
        command = commands.add_workshop(self.document, {"title": clean_title(title)})
        if self.document.push(command) and command.row_id is not None:
            self.show_node(Node("workshop", command.row_id, command.row_id))

    def rename_workshop(self) -> None:
        workshop_id = self._current_workshop()
        if not self.document or workshop_id is None:
            return
        old = self.document.workshop(workshop_id).title
        title = self.dialogs.get_text(self.tr("Rename workshop"), self.tr("Title"), old)
        if title and clean_title(title) and clean_title(title) != old:
            self.document.push(
                commands.rename_workshop(self.document, workshop_id, clean_title(title))
            )

    def delete_workshop(self) -> None:
        workshop_id = self._current_workshop()
        if not self.document or workshop_id is None:
            return
        workshop = self.document.workshop(workshop_id)
        if self.dialogs.confirm(
            self.tr("Delete workshop"),
            self.tr(
                "Delete “%1” with its attendance list, agenda and boards? You can undo this."
            ).replace("%1", workshop.title),
            self.tr("Delete"),
        ):
            self.document.push(commands.delete_workshop(self.document, workshop_id))

    # -- boards ------------------------------------------------------------------------------

    def _current_board(self) -> int | None:
        node = self.navigator.current_node() if self.navigator else None
        return node.id if node and node.kind == "board" else None

    def new_board(self) -> None:
        from smartcity_desktop.document import board_ops

        workshop_id = self._current_workshop()
        if not self.document or workshop_id is None:
            return
        existing = {b.title for b in self.document.boards(workshop_id)}
        default = suggest_copy_name(
            existing, self.tr("Board %1").replace("%1", str(len(existing) + 1))
        )
        title = self.dialogs.get_text(self.tr("New board"), self.tr("Title"), default)
        if not title or not clean_title(title):
            return
        command = board_ops.add_board(self.document, workshop_id, clean_title(title))
        if self.document.push(command) and command.row_id is not None:
            self.show_node(Node("board", command.row_id, workshop_id))

    def rename_board(self) -> None:
        from smartcity_desktop.document import board_ops

        board_id = self._current_board()
        if not self.document or board_id is None:
            return
        old = self.document.board(board_id).title
        title = self.dialogs.get_text(self.tr("Rename board"), self.tr("Title"), old)
        if title and clean_title(title) and clean_title(title) != old:
            self.document.push(board_ops.rename_board(self.document, board_id, clean_title(title)))

    def delete_board(self) -> None:
        from smartcity_desktop.document import board_ops

        board_id = self._current_board()
        if not self.document or board_id is None:
            return
        board = self.document.board(board_id)
        if self.dialogs.confirm(
            self.tr("Delete board"),
            self.tr(
                "Delete the board “%1” with its cards and clusters? You can undo this."
            ).replace("%1", board.title),
            self.tr("Delete"),
        ):
            self.document.push(board_ops.delete_board(self.document, board_id))

    # -- exports -----------------------------------------------------------------------------

    def export_minutes(self) -> None:
        from smartcity_desktop.ui.export_dialogs import export_minutes

        workshop_id = self._current_workshop()
        if self.document and workshop_id is not None:
            page = self.page_host.currentWidget() if self.page_host else None
            for edit in ("notes_edit", "remarks_edit"):  # what is typed goes into the PDF
                widget = getattr(page, edit, None)
                if widget is not None:
                    widget.commit()
            export_minutes(self, self.document, self.dialogs, self.settings, workshop_id)

    def export_strategy(self, kind: str) -> None:
        from smartcity_desktop.ui.export_dialogs import export_strategy

        if self.document:
            page = self.page_host.currentWidget() if self.page_host else None
            commit = getattr(page, "commit", None)  # what is typed in the draft goes along
            if page is not None and page.objectName() == "page_draft" and commit is not None:
                commit()
            export_strategy(self, self.document, self.dialogs, self.settings, kind)

    def export_data(self) -> None:
        from smartcity_desktop.ui.export_dialogs import export_data

        if self.document:
            export_data(self, self.document, self.dialogs, self.settings)

    def _stop_exports(self) -> None:
        """A running export holds a copy of the data, not the file; let it finish or stop."""
        from smartcity_desktop.ui.export_dialogs import running_exports

        for runner in running_exports(self):
            runner.wait()

    # -- status ----------------------------------------------------------------------------

    def _show_saved(self) -> None:
        if self.document and self.document.last_saved:
            self.saved_label.setText(
                self.tr("All changes saved · %1").replace(
                    "%1", self.document.last_saved.strftime("%H:%M")
                )
            )

    def _write_failed(self, message: str) -> None:
        error = self.document.last_error if self.document else None
        if error is not None:
            text = file_problem_text(error.problem, error.path.name)
        else:
            text = file_problem_text(
                FileProblem.READ_ONLY, self.document.path.name if self.document else ""
            )
        self.saved_label.setText(self.tr("Last change NOT saved"))
        self.dialogs.warn(APP_NAME, text)
        # The page is not rebuilt: what the moderator typed stays there to try again.

    def set_language(self, code: str) -> None:
        self.settings.set(prefs.LANGUAGE, code)
        self.dialogs.info(
            APP_NAME,
            self.tr("The language changes the next time Smart City Werkstatt starts."),
        )

    def about(self) -> None:
        from smartcity_desktop import __version__

        self.dialogs.info(
            self.tr("About"),
            f"{APP_NAME} {__version__}\n\n"
            + self.tr("Workshops of a Smart City strategy, offline, in one file the city owns."),
        )

    # -- window state ------------------------------------------------------------------------

    def _restore_window(self) -> None:
        geometry = self.settings.get(prefs.GEOMETRY)
        if not geometry.isEmpty():
            self.restoreGeometry(geometry)
        state = self.settings.get(prefs.WINDOW_STATE)
        if not state.isEmpty():
            self.restoreState(state)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.settings.set(prefs.GEOMETRY, self.saveGeometry())
        self.settings.set(prefs.WINDOW_STATE, self.saveState())
        self.close_project()
        self.settings.sync()
        super().closeEvent(event)

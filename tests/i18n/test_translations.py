"""The translations: complete, faithful to their placeholders, compiled, loaded, extractable.

The catalogues come from `resources/translations/update_translations.py`; when a test here fails
after a string changed in the code, run that script and translate what it reports unfinished.
"""

from __future__ import annotations

import ast
import importlib.util
import re
import shutil
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[2]
TRANSLATIONS = ROOT / "resources" / "translations"
PACKAGE = ROOT / "smartcity_desktop"
SCRIPT = TRANSLATIONS / "update_translations.py"
LANGUAGES = ("de", "en")
# %1…%99 (also %L1), %n, and the {name}-style fields some messages fill in with str.replace
PLACEHOLDER = re.compile(r"%L?\d{1,2}|%n|\{\w+\}")
ACCELERATOR = re.compile(r"&(?!&)(.)")


@dataclass(frozen=True)
class Entry:
    context: str
    source: str
    comment: str
    numerus: bool
    kind: str  # the translation's type attribute: "" when finished
    forms: tuple[str, ...]  # the translation, or its plural forms

    def __str__(self) -> str:
        return f"{self.context}: {self.source!r}"


def entries(ts: Path) -> list[Entry]:
    found = []
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None, f"{name}: a message without <translation>"
            numerus = message.get("numerus") == "yes"
            if numerus:
                forms = tuple(f.text or "" for f in translation.iter("numerusform"))
            else:
                forms = (translation.text or "",)
            found.append(
                Entry(
                    context=name,
                    source=message.findtext("source") or "",
                    comment=message.findtext("comment") or "",
                    numerus=numerus,
                    kind=translation.get("type", ""),
                    forms=forms,
                )
            )
    return found


def load_script() -> ModuleType:
    spec = importlib.util.spec_from_file_location("update_translations", SCRIPT)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def require_tool(name: str) -> None:
    beside = shutil.which(name, path=str(Path(sys.executable).parent))
    if not (beside or shutil.which(name)):
        pytest.skip(f"{name} is not installed")


# -- the catalogues ------------------------------------------------------------------------------


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_entry_is_translated(language: str) -> None:
    found = entries(TRANSLATIONS / f"smartcity_{language}.ts")
    assert found, "the catalogue is empty"
    problems = [f"{e} is {e.kind}" for e in found if e.kind]
    problems += [
        f"{e} has an empty translation" for e in found if not all(f.strip() for f in e.forms)
    ]
    # German and English both have two plural forms (one / other).
    problems += [
        f"{e} has {len(e.forms)} plural forms" for e in found if e.numerus and len(e.forms) != 2
    ]
    assert not problems, "\n".join(problems)


def test_german_catalogue_holds_more_than_plurals() -> None:
    found = entries(TRANSLATIONS / "smartcity_de.ts")
    assert sum(not e.numerus for e in found) > 100
    assert {e.context for e in found} >= {"MainWindow", "Commands", "Navigator", "Messages"}


@pytest.mark.parametrize("language", LANGUAGES)
def test_translations_keep_the_placeholders(language: str) -> None:
    problems = []
    for entry in entries(TRANSLATIONS / f"smartcity_{language}.ts"):
        expected = sorted(PLACEHOLDER.findall(entry.source))
        for form in entry.forms:
            if sorted(PLACEHOLDER.findall(form)) != expected:
                problems.append(f"{entry}: {form!r} should hold {expected}")
    assert not problems, "\n".join(problems)


def test_translations_keep_the_keyboard_accelerators() -> None:
    problems = []
    for entry in entries(TRANSLATIONS / "smartcity_de.ts"):
        wanted = len(ACCELERATOR.findall(entry.source))
        for form in entry.forms:
            if len(ACCELERATOR.findall(form)) != wanted:
                problems.append(f"{entry}: {form!r} should have {wanted} accelerator(s)")
    assert not problems, "\n".join(problems)


def test_german_uses_german_quotation_marks() -> None:
    problems = []
    for entry in entries(TRANSLATIONS / "smartcity_de.ts"):
        for form in entry.forms:
            if "“" in entry.source and ("„" not in form or '"' in form):
                problems.append(f"{entry}: {form!r}")
    assert not problems, "\n".join(problems)


# -- generated files agree with their sources ----------------------------------------------------


@pytest.mark.parametrize("language", LANGUAGES)
def test_committed_qm_is_compiled_from_the_ts(language: str, tmp_path: Path) -> None:
    require_tool("pyside6-lrelease")
    script = load_script()
    fresh = script.lrelease(language, tmp_path)
    committed = TRANSLATIONS / f"smartcity_{language}.qm"
    assert fresh.read_bytes() == committed.read_bytes(), (
        f"{committed.name} is out of date: run python {SCRIPT.relative_to(ROOT)}"
    )


@pytest.mark.parametrize("language", LANGUAGES)
def test_ts_holds_exactly_the_strings_of_the_code(language: str, tmp_path: Path) -> None:
    """lupdate over today's code finds no new string and drops none of the catalogue."""
    require_tool("pyside6-lupdate")
    script = load_script()
    committed = TRANSLATIONS / f"smartcity_{language}.ts"
    copy = tmp_path / committed.name
    shutil.copyfile(committed, copy)
    script.lupdate(language, copy)

    def keys(ts: Path) -> set[tuple[str, str, str]]:
        return {(e.context, e.source, e.comment) for e in entries(ts)}

    new = keys(copy) - keys(committed)
    gone = keys(committed) - keys(copy)
    hint = f"run python {SCRIPT.relative_to(ROOT)} and translate"
    assert not new, f"{hint}; new in the code: {sorted(new)}"
    assert not gone, f"{hint}; gone from the code: {sorted(gone)}"


def test_qt_catalogues_are_bundled() -> None:
    from PySide6.QtCore import QTranslator

    for language in LANGUAGES:
        path = TRANSLATIONS / f"qtbase_{language}.qm"
        assert path.is_file(), f"{path.name} missing: run python {SCRIPT.relative_to(ROOT)}"
        assert QTranslator().load(str(path))


# -- at run time ---------------------------------------------------------------------------------


@pytest.fixture
def german(qapp) -> Iterator[None]:
    """Our German translation installed on the application, removed again afterwards."""
    from PySide6.QtCore import QTranslator

    translator = QTranslator()
    assert translator.load(str(TRANSLATIONS / "smartcity_de.qm"))
    qapp.installTranslator(translator)
    yield
    qapp.removeTranslator(translator)


@pytest.mark.usefixtures("german")
def test_german_translation_is_used() -> None:
    from PySide6.QtCore import QCoreApplication

    translate = QCoreApplication.translate
    assert translate("MainWindow", "&File") == "&Datei"
    assert translate("Commands", "Rename workshop") == "Workshop umbenennen"
    assert translate("Navigator", "Minutes") == "Protokoll"
    assert translate("Models", "Minutes") == "Minuten"
    assert translate("ProjectProperties", "%n workshop(s)", "", 1) == "1 Workshop"
    assert translate("ProjectProperties", "%n workshop(s)", "", 3) == "3 Workshops"


@pytest.mark.usefixtures("german")
def test_widgets_find_their_translations(qtbot) -> None:
    """self.tr() looks up the class name, the context lupdate wrote."""
    from smartcity_desktop.ui.welcome import WelcomePage

    page = WelcomePage()
    qtbot.addWidget(page)
    assert page.new_button.text() == "Neues Projekt…"
    assert page.demo_button.text() == "Demo öffnen"


@pytest.mark.usefixtures("german")
def test_german_menus_have_distinct_accelerators(qtbot, tmp_path: Path) -> None:
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QMenu, QWidget

    from smartcity_desktop.ui.main_window import MainWindow
    from smartcity_desktop.ui.settings import Settings

    settings = Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    window = MainWindow(settings)
    qtbot.addWidget(window)

    def clashes(title: str, menu: QWidget) -> list[str]:
        letters: dict[str, str] = {}
        found = []
        for action in menu.actions():
            for letter in ACCELERATOR.findall(action.text()):
                key = letter.casefold()
                if key in letters:
                    found.append(f"{title}: {letters[key]!r} and {action.text()!r} share {key!r}")
                letters[key] = action.text()
            if isinstance(action.menu(), QMenu):
                found += clashes(action.text(), action.menu())
        return found

    assert window.menuBar().actions()[0].text() == "&Datei"
    problems = clashes("menu bar", window.menuBar())
    assert not problems, "\n".join(problems)


@pytest.mark.usefixtures("qapp")
def test_english_plurals() -> None:
    from PySide6.QtCore import QCoreApplication, QTranslator

    translator = QTranslator()
    assert translator.load(str(TRANSLATIONS / "smartcity_en.qm"))
    QCoreApplication.installTranslator(translator)
    try:
        translate = QCoreApplication.translate
        assert translate("ProjectProperties", "%n participant(s)", "", 1) == "1 participant"
        assert translate("ProjectProperties", "%n participant(s)", "", 2) == "2 participants"
    finally:
        QCoreApplication.removeTranslator(translator)


# -- every string stays extractable --------------------------------------------------------------


def _is_text(node: ast.expr | None) -> bool:
    return isinstance(node, ast.Constant) and isinstance(node.value, str)


def _is_qt_translate(call: ast.Call) -> bool:
    """QCoreApplication.translate(...), not str.translate() or QGraphicsView.translate(dx, dy)."""
    func = call.func
    if (
        isinstance(func, ast.Attribute)
        and isinstance(func.value, ast.Name)
        and func.value.id == "QCoreApplication"
    ):
        return True
    return bool(call.args) and _is_text(call.args[0])


def _translation_calls(tree: ast.AST) -> Iterator[tuple[ast.Call, list[ast.AST]]]:
    """Every tr()/translate() call with its ancestors (outermost first)."""

    def walk(node: ast.AST, parents: list[ast.AST]) -> Iterator[tuple[ast.Call, list[ast.AST]]]:
        if isinstance(node, ast.Call):
            func = node.func
            name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
            if name in ("tr", "qsTr") or (name == "translate" and _is_qt_translate(node)):
                yield node, parents
        for child in ast.iter_child_nodes(node):
            yield from walk(child, [*parents, node])

    yield from walk(tree, [])


def _problem(call: ast.Call, parents: list[ast.AST]) -> str | None:
    func = call.func
    name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
    if any(isinstance(p, ast.JoinedStr) for p in parents):
        return "inside an f-string, where lupdate does not look"
    if name == "tr":
        if not (isinstance(func, ast.Attribute) and isinstance(func.value, ast.Name)):
            return "tr() not called as self.tr(): lupdate cannot tell its context"
        if func.value.id != "self" or not any(isinstance(p, ast.ClassDef) for p in parents):
            return "tr() outside a class method: lupdate cannot tell its context"
        texts = call.args[:2]
    elif name == "translate":
        texts = call.args[:3]
        if len(call.args) < 2:
            return "translate() needs a literal context and text"
        if len(call.args) > 3:
            return "lupdate records no plural forms from translate(): use self.tr(text, '', n)"
    else:
        return f"{name}() is QML, not Python"
    if not call.args or not all(_is_text(arg) for arg in texts):
        return "the context, text and disambiguation must be string literals"
    return None


def test_translated_text_is_always_a_literal() -> None:
    problems = []
    for path in sorted(PACKAGE.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        for call, parents in _translation_calls(tree):
            problem = _problem(call, parents)
            if problem:
                where = f"{path.relative_to(ROOT)}:{call.lineno}"
                problems.append(f"{where}: {ast.unparse(call)[:80]} — {problem}")
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize(
    ("code", "ok"),
    [
        ("class A:\n def f(self):\n  self.tr('Save')", True),
        ("class A:\n def f(self):\n  self.tr('%n file(s)', '', 3)", True),
        ("QCoreApplication.translate('Commands', 'Move cards')", True),
        ("def _tr(text):\n return QCoreApplication.translate('Commands', text)", False),
        ("class A:\n def f(self, t):\n  self.tr(t)", False),
        ("class A:\n def f(self):\n  f'{self.tr(\"File\")}'", False),
        ("def label(tr):\n return tr('Workshop')", False),
    ],
)
def test_the_literal_check_itself(code: str, ok: bool) -> None:
    problems = [_problem(c, p) for c, p in _translation_calls(ast.parse(code))]
    assert (not any(problems)) is ok, problems

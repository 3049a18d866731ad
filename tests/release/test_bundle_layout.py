"""What the frozen app needs to find: resources and the demo from a checkout and from a
PyInstaller bundle (`sys._MEIPASS`), and a build.spec that bundles them and the licences.

Building the bundle itself is CI's job (.ci/run runs `pyinstaller build.spec` and the frozen
app's `--selftest`); these tests are the cheap part that can fail fast.
"""

from __future__ import annotations

import ast
import sys
from pathlib import Path

import pytest

from smartcity_desktop import APP_ID, APP_NAME, __version__, paths
from smartcity_desktop.store.demo import demo_source_dir

ROOT = Path(__file__).resolve().parents[2]
SPEC = ROOT / "build.spec"
# What the app reads at run time, relative to resources/ and data/.
NEEDED_RESOURCES = (
    "fonts/DejaVuSans.ttf",
    "fonts/DejaVuSans-Bold.ttf",
    "fonts/LICENSE-DejaVu.txt",
    "translations/smartcity_de.qm",
    "translations/smartcity_en.qm",
    "translations/qtbase_de.qm",
    "translations/qtbase_en.qm",
    "icons/smartcity.svg",
    "icons/smartcity.ico",
    "icons/smartcity.icns",
    "icons/smartcity-256.png",
)
NEEDED_DATA = ("demo/cards.csv", "demo/strategy.json", "demo/workshops.json")


def test_a_checkout_finds_its_resources_and_the_demo() -> None:
    assert not getattr(sys, "frozen", False)
    for name in NEEDED_RESOURCES:
        assert (paths.resources_dir() / name).is_file(), name
    for name in NEEDED_DATA:
        assert (paths.data_dir() / name).is_file(), name
    assert paths.resources_dir() == ROOT / "resources"
    assert demo_source_dir() == ROOT / "data" / "demo"


def test_a_frozen_app_finds_them_in_its_bundle_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """PyInstaller sets sys._MEIPASS to the folder holding the bundled files (`_internal/` of
    a one-folder build); build.spec puts resources/ and data/ there."""
    bundle = tmp_path / "smartcity-desktop" / "_internal"
    for name in NEEDED_RESOURCES:
        target = bundle / "resources" / name
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(b"x")
    for name in NEEDED_DATA:
        target = bundle / "data" / name
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text("x")
    monkeypatch.setattr(sys, "_MEIPASS", str(bundle), raising=False)

    assert paths.resources_dir() == bundle / "resources"
    assert paths.data_dir() == bundle / "data"
    assert demo_source_dir() == bundle / "data" / "demo"
    for name in NEEDED_RESOURCES:
        assert (paths.resources_dir() / name).is_file(), name


def _spec() -> ast.Module:
    return ast.parse(SPEC.read_text(encoding="utf-8"), filename=str(SPEC))


def _calls(tree: ast.Module, name: str) -> list[ast.Call]:
    return [
        node
        for node in ast.walk(tree)
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == name
    ]


def _keyword(call: ast.Call, name: str) -> ast.expr:
    return next(k.value for k in call.keywords if k.arg == name)


def test_the_spec_is_one_folder_without_upx_and_names_the_app_from_the_package() -> None:
    tree = _spec()
    imported = {
        alias.name
        for node in ast.walk(tree)
        if isinstance(node, ast.ImportFrom) and node.module == "smartcity_desktop"
        for alias in node.names
    }
    assert {"APP_ID", "APP_NAME", "__version__"} <= imported
    (exe,) = _calls(tree, "EXE")
    (collect,) = _calls(tree, "COLLECT")
    assert ast.literal_eval(_keyword(exe, "exclude_binaries")) is True  # one folder
    for call in (exe, collect):
        assert ast.literal_eval(_keyword(call, "upx")) is False
    (bundle,) = _calls(tree, "BUNDLE")
    assert isinstance(_keyword(bundle, "bundle_identifier"), ast.Name)  # APP_ID
    plist = ast.unparse(_keyword(bundle, "info_plist"))
    assert "NSHighResolutionCapable" in plist
    assert "CFBundleShortVersionString" in plist
    assert _calls(tree, "VSVersionInfo")  # Windows version resource


def test_the_spec_bundles_resources_data_and_licences_and_excludes_unused_qt() -> None:
    text = SPEC.read_text(encoding="utf-8")
    tree = _spec()
    for folder in ('"resources"', '"data"', '"licenses"', '"LICENSE"'):
        assert folder in text
    excludes = next(
        ast.literal_eval(node.value)
        for node in ast.walk(tree)
        if isinstance(node, ast.Assign)
        and any(isinstance(t, ast.Name) and t.id == "EXCLUDES" for t in node.targets)
    )
    for module in ("PyQt5", "PyQt6", "PySide2", "tkinter", "PySide6.QtWebEngineCore"):
        assert module in excludes
    for module in ("PySide6.QtQml", "PySide6.QtQuick", "PySide6.QtMultimedia"):
        assert module in excludes
    # Nothing the app imports is excluded.
    used = {"PySide6.QtCore", "PySide6.QtGui", "PySide6.QtWidgets"}
    assert not used & set(excludes)
    assert "qtbase_de.qm" in text
    assert "qtbase_en.qm" in text
    assert (ROOT / "LICENSE").is_file()
    assert (ROOT / "resources" / "licenses" / "LGPL-3.0.txt").is_file()


def test_the_package_names_what_the_spec_imports() -> None:
    assert APP_NAME == "Smart City Werkstatt"
    assert APP_ID.count(".") >= 2
    assert " " not in APP_ID
    assert all(part.isdigit() for part in __version__.split(".")[:3])


def _spec_functions(*names: str) -> dict:
    """The spec's constants and the named functions, run without PyInstaller."""
    tree = _spec()
    body = [
        node
        for node in tree.body
        if (isinstance(node, ast.FunctionDef) and node.name in names)
        or (
            isinstance(node, ast.Assign)
            and all(isinstance(t, ast.Name) and t.id.isupper() for t in node.targets)
            and not any(isinstance(n, ast.Name) and n.id == "ROOT" for n in ast.walk(node.value))
            and not any(isinstance(n, ast.Call) for n in ast.walk(node.value))
        )
    ]
    namespace: dict = {}
    exec(compile(ast.Module(body=body, type_ignores=[]), str(SPEC), "exec"), namespace)
    return namespace


def test_dropped_libraries_go_from_every_folder_with_their_symlinks() -> None:
    spec = _spec_functions("keep", "keep_binary", "library_name")
    keep, keep_binary = spec["keep"], spec["keep_binary"]
    lib = "PySide6/Qt/lib/libQt6EglFsKmsSupport.so.6"
    assert not keep_binary((lib, "/site-packages/" + lib, "BINARY"))
    assert not keep_binary(("libQt6EglFSDeviceIntegration.so.6", "/x", "BINARY"))
    assert not keep_binary(("PySide6\\Qt\\lib\\libgtk-3.so.0", "/x", "BINARY"))
    assert not keep_binary(("PySide6/Qt/plugins/platforms/libqeglfs.so", "/x", "BINARY"))
    # the symbolic links PyInstaller lists with the data, by their name or their target
    assert not keep(("libQt6EglFsKmsSupport.so.6", lib, "SYMLINK"))
    assert not keep(("libfoo.so.6", lib, "SYMLINK"))
    # what the app needs stays
    assert keep_binary(("PySide6/Qt/lib/libQt6Gui.so.6", "/x", "BINARY"))
    assert keep_binary(("PySide6/Qt/plugins/platforms/libqxcb.so", "/x", "BINARY"))
    assert keep(("libQt6Gui.so.6", "PySide6/Qt/lib/libQt6Gui.so.6", "SYMLINK"))
    assert keep(("PySide6/Qt/translations/qtbase_de.qm", "/x", "DATA"))
    assert not keep(("PySide6/Qt/translations/qtbase_fr.qm", "/x", "DATA"))


def test_the_spec_collects_whole_licence_folders_and_the_system_libraries_licences() -> None:
    text = SPEC.read_text(encoding="utf-8")
    assert '"licenses"' in text
    assert '"dpkg", "-S"' in text
    assert "/usr/share/doc" in text
    assert "licenses/system/libraries.txt" in text
    assert (ROOT / "resources" / "licenses" / "LGPL-2.1.txt").is_file()
    # Windows: a console executable beside the windowed one, in the same folder
    assert 'CLI_EXE_NAME = "smartcity-desktop-cli"' in text

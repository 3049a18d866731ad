"""tools/check_bundle.py, which CI runs on the built app, against a small fake bundle: it passes
a complete layout and names what is missing from an incomplete one."""

from __future__ import annotations

import importlib.util
import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def _tool():
    spec = importlib.util.spec_from_file_location(
        "check_bundle", ROOT / "tools" / "check_bundle.py"
    )
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _write(path: Path, text: str = "x") -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


@pytest.fixture
def tool():
    return _tool()


@pytest.fixture
def bundle(tmp_path: Path, tool) -> Path:
    """A one-folder layout with every file the check asks for (tiny stand-ins), and on Linux a
    system library with its listed licence and a link to a wheel's library (not a system one)."""
    dist = tmp_path / "smartcity-desktop"
    content = dist / "_internal"
    _write(dist / "smartcity-desktop")
    for font in tool.repo_files(ROOT / "resources" / "fonts", {".ttf"}):
        _write(content / "resources" / "fonts" / font)
    for name in tool.TRANSLATIONS:
        _write(content / "resources" / "translations" / name)
    _write(content / "PySide6" / "Qt" / "translations" / "qtbase_de.qm")
    for icon in tool.repo_files(ROOT / "resources" / "icons", tool.ICON_SUFFIXES):
        _write(content / "resources" / "icons" / icon)
    for name in tool.repo_files(ROOT / "data" / "demo"):
        _write(content / "data" / "demo" / name)
    _write(content / tool.DOCX_TEMPLATE)
    for name in tool.LICENCES:
        _write(content / "licenses" / name)
    for name in tool.PIKEPDF_THIRD_PARTY:
        _write(content / "licenses" / "pikepdf" / "third-party-licenses" / name)
    _write(content / "libz.so.1")
    _write(content / "python3.11" / "lib-dynload" / "_ssl.cpython-311-x86_64-linux-gnu.so")
    _write(content / "pillow.libs" / "libjpeg-1234.so.62")
    os.symlink("pillow.libs/libjpeg-1234.so.62", content / "libjpeg-1234.so.62")
    _write(content / "licenses" / "system" / "zlib1g.txt")
    _write(content / "licenses" / "Python" / "LICENSE.txt")
    _write(
        content / "licenses" / "system" / "libraries.txt",
        "# comment\n"
        "libz.so.1\tzlib1g\tsystem/zlib1g.txt\n"
        "python3.11/lib-dynload/_ssl.cpython-311-x86_64-linux-gnu.so\tPython\tPython/LICENSE.txt\n",
    )
    return dist


def test_a_complete_bundle_passes(tool, bundle: Path, capsys: pytest.CaptureFixture) -> None:
    missing, summary = tool.check(bundle, linux=True)
    assert missing == []
    assert any("2 system libraries" in part for part in summary)

    assert tool.main([str(bundle)]) == 0
    assert "bundle check passed" in capsys.readouterr().out


@pytest.mark.parametrize(
    "relative",
    [
        "data/demo/strategy_draft.json",
        "data/demo/photos/pinnwand-cluster.jpg",
        "resources/fonts/DejaVuSans.ttf",
        "resources/translations/qtbase_en.qm",
        "docx/templates/default.docx",
        "licenses/LGPL-2.1.txt",
        "licenses/pikepdf/third-party-licenses/openssl.txt",
    ],
)
def test_one_missing_file_fails_and_is_named(
    tool, bundle: Path, relative: str, capsys: pytest.CaptureFixture
) -> None:
    assert (ROOT / "data" / "demo" / "strategy_draft.json").is_file()
    (bundle / "_internal" / relative).unlink()

    assert tool.main([str(bundle)]) == 1

    out = capsys.readouterr().out
    assert "bundle check FAILED: 1 missing" in out
    assert f"missing: {relative}" in out


def test_another_qt_translation_fails(tool, bundle: Path) -> None:
    _write(bundle / "_internal" / "PySide6" / "Qt" / "translations" / "qtbase_fr.qm")

    missing, _ = tool.check(bundle, linux=True)

    assert missing == [
        "PySide6/Qt/translations/qtbase_fr.qm (unexpected: only qtbase_de/en belong in the bundle)"
    ]


def test_a_system_library_without_a_licence_fails_on_linux(tool, bundle: Path) -> None:
    content = bundle / "_internal"
    _write(content / "libfreetype.so.6")
    (content / "licenses" / "system" / "zlib1g.txt").unlink()

    missing, _ = tool.check(bundle, linux=True)

    assert missing == [
        "a licence for the system library libfreetype.so.6 (not listed)",
        "a licence for the system library libz.so.1 (zlib1g)",
    ]
    # Windows and macOS builds have no such listing to check.
    assert tool.check(bundle, linux=False)[0] == []


def test_no_folder_fails(tool, tmp_path: Path) -> None:
    assert tool.main([str(tmp_path / "nothing")]) == 1

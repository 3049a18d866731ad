"""Regenerate the translations: lupdate the sources into .ts, lrelease them into .qm.

Run from anywhere: `python resources/translations/update_translations.py`.

- `smartcity_de.ts` holds every user-visible string (source language English) and its German
  translation. lupdate merges: existing translations are kept, new strings arrive as
  `type="unfinished"` for a translator to fill in (Qt Linguist: `pyside6-linguist`), strings gone
  from the code are dropped.
- `smartcity_en.ts` holds only the plural (`%n`) strings, so English says "1 workshop" and
  "2 workshops" instead of "2 workshop(s)".
- Qt's own `qtbase_de.qm` / `qtbase_en.qm` (button texts of standard dialogs) are copied from the
  PySide6 installation, so a frozen app can bundle them with ours.

Unfinished translations are left out of the .qm (the English source text shows instead).
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
PACKAGE = ROOT / "smartcity_desktop"
SOURCE_LANGUAGE = "en"
# language -> extract only the plural (%n) strings; English is the source language
CATALOGS = {"de": False, "en": True}
QT_CATALOGS = ("qtbase",)


def find_tool(name: str) -> str:
    """`pyside6-lupdate` etc.: beside the running interpreter (a venv), else on PATH."""
    beside = shutil.which(name, path=str(Path(sys.executable).parent))
    found = beside or shutil.which(name)
    if not found:
        raise SystemExit(
            f"{name} not found beside {sys.executable} or on PATH (pip install PySide6)"
        )
    return found


def source_files() -> list[str]:
    """The package's Python files, relative to the repository root, in a stable order."""
    return sorted(p.relative_to(ROOT).as_posix() for p in PACKAGE.rglob("*.py"))


def ts_path(language: str) -> Path:
    return HERE / f"smartcity_{language}.ts"


def qm_path(language: str, folder: Path = HERE) -> Path:
    return folder / f"smartcity_{language}.qm"


def run(command: list[str]) -> None:
    subprocess.run(command, cwd=ROOT, check=True)


def lupdate(language: str, ts: Path | None = None) -> Path:
    """Extract the strings of the package into the .ts of `language` (merging what it holds)."""
    target = ts or ts_path(language)
    command = [
        find_tool("pyside6-lupdate"),
        *source_files(),
        "-source-language",
        SOURCE_LANGUAGE,
        "-target-language",
        language,
        "-locations",
        "relative",
        "-no-obsolete",
        "-silent",
    ]
    if CATALOGS[language]:
        command.append("-pluralonly")
    run([*command, "-ts", str(target)])
    return target


def lrelease(language: str, folder: Path = HERE) -> Path:
    """Compile the .ts of `language` into `folder`; returns the .qm written."""
    target = qm_path(language, folder)
    run(
        [
            find_tool("pyside6-lrelease"),
            "-nounfinished",
            "-silent",
            str(ts_path(language)),
            "-qm",
            str(target),
        ]
    )
    return target


def copy_qt_catalogs() -> None:
    from PySide6.QtCore import QLibraryInfo

    qt_folder = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    for catalog in QT_CATALOGS:
        for language in CATALOGS:
            source = qt_folder / f"{catalog}_{language}.qm"
            if source.is_file():
                shutil.copyfile(source, HERE / source.name)
            else:
                print(
                    f"warning: {source} not found; Qt's dialogs stay untranslated", file=sys.stderr
                )


def unfinished(language: str) -> int:
    text = ts_path(language).read_text(encoding="utf-8")
    return text.count('type="unfinished"')


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--release-only", action="store_true", help="only compile the .ts files into .qm"
    )
    args = parser.parse_args(argv)
    for language in CATALOGS:
        if not args.release_only:
            lupdate(language)
        lrelease(language)
        todo = unfinished(language)
        note = f", {todo} unfinished (left out of the .qm)" if todo else ""
        print(f"{ts_path(language).name} -> {qm_path(language).name}{note}")
    copy_qt_catalogs()
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Check a built one-folder app (`pyinstaller build.spec`) for what it must hold besides code.

    python tools/check_bundle.py dist/smartcity-desktop

Looks in the bundle's data folder (`_internal/` of a one-folder build, `Contents/Resources/` of
a macOS .app, or the folder itself) for: the DejaVu fonts, the app's and Qt's German and English
translations (and no other qtbase_*.qm), the icons, every file of the repository's data/demo,
python-docx's default template, and the licence texts: the app's LICENSE, LGPL-3.0 (Qt,
PySide6, Shiboken), LGPL-2.1, DejaVu's, pikepdf's third-party licences (qpdf, libjpeg-turbo,
OpenSSL) and, on Linux, a licence file for every library the build took from the system (listed
by build.spec in licenses/system/libraries.txt). Prints a summary and exits 0, or names
everything missing and exits 1. Plain Python; needs only the bundle and this repository.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TRANSLATIONS = ("smartcity_de.qm", "smartcity_en.qm", "qtbase_de.qm", "qtbase_en.qm")
QT_TRANSLATIONS = {"qtbase_de.qm", "qtbase_en.qm"}
ICON_SUFFIXES = {".png", ".ico", ".icns", ".svg"}
DOCX_TEMPLATE = "docx/templates/default.docx"
LICENCES = ("LICENSE", "LGPL-3.0.txt", "LGPL-2.1.txt", "LICENSE-DejaVu.txt", "README.txt")
PIKEPDF_THIRD_PARTY = ("qpdf.txt", "libjpeg-turbo.txt", "openssl.txt")
SYSTEM_LISTING = "licenses/system/libraries.txt"


def data_dir(dist: Path) -> Path:
    """Where PyInstaller put the data files of the bundle in `dist`."""
    for candidate in (dist / "_internal", dist / "Contents" / "Resources"):
        if candidate.is_dir():
            return candidate
    return dist


def repo_files(folder: Path, suffixes: Iterable[str] | None = None) -> list[Path]:
    """The files of a repository folder, relative to it (no caches, optionally by suffix)."""
    wanted = set(suffixes) if suffixes is not None else None
    return sorted(
        path.relative_to(folder)
        for path in folder.rglob("*")
        if path.is_file()
        and "__pycache__" not in path.parts
        and (wanted is None or path.suffix.lower() in wanted)
    )


def is_shared_library(path: Path) -> bool:
    name = path.name
    return name.endswith(".so") or ".so." in name


def system_libraries(content: Path) -> list[str]:
    """The shared libraries PyInstaller took from the system: regular files (not the symbolic
    links to a wheel's libraries) at the top of the bundle and the interpreter's extension
    modules (python3.*/lib-dynload), relative to the bundle's data folder."""
    found = [
        path
        for path in content.iterdir()
        if path.is_file() and not path.is_symlink() and is_shared_library(path)
    ]
    for dynload in content.glob("python3*/lib-dynload"):
        found += [
            path
            for path in dynload.rglob("*")
            if path.is_file() and not path.is_symlink() and is_shared_library(path)
        ]
    return sorted(path.relative_to(content).as_posix() for path in found)


def read_listing(path: Path) -> dict[str, tuple[str, str]]:
    """licenses/system/libraries.txt: library <TAB> package <TAB> licence file (or -)."""
    listing = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        library, package, licence = [*line.split("\t"), "-", "-"][:3]
        listing[library] = (package, licence)
    return listing


def check(dist: Path, repo: Path = ROOT, linux: bool | None = None) -> tuple[list[str], list[str]]:
    """What is missing from the bundle in `dist` (empty if nothing), and a summary."""
    if linux is None:
        linux = sys.platform.startswith("linux")
    if not dist.is_dir():
        return [f"{dist} (not a folder)"], []
    content = data_dir(dist)
    missing: list[str] = []
    summary: list[str] = []

    def need(relative: str | Path) -> bool:
        relative = Path(relative).as_posix()
        if (content / relative).is_file():
            return True
        missing.append(relative)
        return False

    fonts = repo_files(repo / "resources" / "fonts", {".ttf"})
    if not fonts:
        missing.append("resources/fonts/*.ttf (none in the repository to compare with)")
    present = sum(need(Path("resources/fonts") / font) for font in fonts)
    summary.append(f"{present} fonts")

    present = sum(need(f"resources/translations/{name}") for name in TRANSLATIONS)
    extra = sorted(
        path.relative_to(content).as_posix()
        for path in content.rglob("qtbase_*.qm")
        if path.name not in QT_TRANSLATIONS
    )
    missing += [f"{name} (unexpected: only qtbase_de/en belong in the bundle)" for name in extra]
    summary.append(f"{present} translations")

    icons = repo_files(repo / "resources" / "icons", ICON_SUFFIXES)
    present = sum(need(Path("resources/icons") / icon) for icon in icons)
    summary.append(f"{present} icons")

    demo = repo_files(repo / "data" / "demo")
    present = sum(need(Path("data/demo") / name) for name in demo)
    summary.append(f"{present} demo files")

    if need(DOCX_TEMPLATE):
        summary.append("the Word template")

    for name in LICENCES:
        need(f"licenses/{name}")
    for name in PIKEPDF_THIRD_PARTY:
        need(f"licenses/pikepdf/third-party-licenses/{name}")
    licences = content / "licenses"
    count = sum(1 for path in licences.rglob("*") if path.is_file()) if licences.is_dir() else 0
    summary.append(f"{count} licence files")

    if linux:
        libraries = system_libraries(content)
        listing_path = content / SYSTEM_LISTING
        if not listing_path.is_file():
            missing.append(f"{SYSTEM_LISTING} (built without dpkg?)")
            listing = {}
        else:
            listing = read_listing(listing_path)
        packages = set()
        for library in libraries:
            package, licence = listing.get(library, ("-", "-"))
            if library not in listing:
                if listing_path.is_file():
                    missing.append(f"a licence for the system library {library} (not listed)")
            elif licence == "-" or not (licences / licence).is_file():
                missing.append(f"a licence for the system library {library} ({package})")
            else:
                packages.add(package)
        covered = f"{len(packages - {'Python'})} packages" + (
            " and Python" if "Python" in packages else ""
        )
        summary.append(f"{len(libraries)} system libraries, each with a licence ({covered})")
    return missing, summary


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("dist", type=Path, help="the built folder, e.g. dist/smartcity-desktop")
    args = parser.parse_args(argv)
    missing, summary = check(args.dist)
    if missing:
        print(f"bundle check FAILED: {len(missing)} missing from {args.dist}:")
        for item in missing:
            print(f"  missing: {item}")
        return 1
    print(f"bundle check passed ({args.dist}): " + ", ".join(summary))
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Render the app icon from its SVG source into the files the builds need.

    python tools/make_icons.py [--source resources/icons/smartcity.svg] [--out resources/icons]

Writes, beside the source: ``smartcity-<N>.png`` for every size in ``PNG_SIZES`` (the window
icon and Linux desktop files), ``smartcity.ico`` (Windows: 16–256 px in one file) and
``smartcity.icns`` (macOS: 16–1024 px). Each size is rendered from the SVG itself with Qt's
QSvgRenderer (in PySide6-Essentials), not scaled down from a large bitmap; up to 24 px from
``smartcity-small.svg``, the same motif drawn on a 16-pixel grid so it stays sharp. Pillow
packs the .ico and .icns. The generated files are committed, so a build needs neither
this script nor QtSvg; run it again after changing the SVG.
"""

from __future__ import annotations

import argparse
import io
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_SOURCE = ROOT / "resources" / "icons" / "smartcity.svg"
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
ICNS_SIZES = (16, 32, 64, 128, 256, 512, 1024)
NAME = "smartcity"
# Up to this size the pixel-aligned `<name>-small.svg` beside the source is drawn, if there is one.
SMALL = 24


def render_png(renderer: object, size: int) -> bytes:
    """The SVG drawn into a transparent size×size image, as PNG bytes."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
    from PySide6.QtGui import QImage, QPainter

    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter)  # type: ignore[attr-defined]
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return bytes(data.data())


def make_icons(source: Path = DEFAULT_SOURCE, out: Path | None = None) -> list[Path]:
    """Write the .png files, the .ico and the .icns; the paths written."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PIL import Image
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtSvg import QSvgRenderer

    out = out or source.parent
    out.mkdir(parents=True, exist_ok=True)
    _app = QGuiApplication.instance() or QGuiApplication([sys.argv[0]])
    renderer = QSvgRenderer(str(source))
    small_source = source.with_name(f"{source.stem}-small.svg")
    small = QSvgRenderer(str(small_source)) if small_source.exists() else renderer
    for svg, drawn in ((source, renderer), (small_source, small)):
        if not drawn.isValid():
            raise ValueError(f"{svg} is not an SVG Qt can draw")
    sizes = sorted(set(PNG_SIZES) | set(ICO_SIZES) | set(ICNS_SIZES))
    images = {
        n: Image.open(io.BytesIO(render_png(small if n <= SMALL else renderer, n))).convert("RGBA")
        for n in sizes
    }
    written = []
    for n in PNG_SIZES:
        path = out / f"{NAME}-{n}.png"
        images[n].save(path, "PNG", optimize=True)
        written.append(path)
    ico = out / f"{NAME}.ico"
    largest = images[max(ICO_SIZES)]
    largest.save(
        ico,
        "ICO",
        sizes=[(n, n) for n in ICO_SIZES],
        append_images=[images[n] for n in ICO_SIZES if n != max(ICO_SIZES)],
    )
    written.append(ico)
    icns = out / f"{NAME}.icns"
    images[max(ICNS_SIZES)].save(
        icns,
        "ICNS",
        append_images=[images[n] for n in ICNS_SIZES if n != max(ICNS_SIZES)],
    )
    written.append(icns)
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--source", type=Path, default=DEFAULT_SOURCE)
    parser.add_argument("--out", type=Path, help="folder for the files (default: the source's)")
    args = parser.parse_args(argv)
    for path in make_icons(args.source, args.out):
        print(f"wrote {path} ({path.stat().st_size:,} bytes)")
    return 0


if __name__ == "__main__":
    sys.exit(main())

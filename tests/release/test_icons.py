"""The icon script draws every size from the SVG, and the committed files are its output."""

from __future__ import annotations

import importlib.util
from pathlib import Path

from PIL import Image

ROOT = Path(__file__).resolve().parents[2]
ICONS = ROOT / "resources" / "icons"


def _make_icons():
    spec = importlib.util.spec_from_file_location("make_icons", ROOT / "tools" / "make_icons.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _check(folder: Path, module) -> None:
    for n in module.PNG_SIZES:
        with Image.open(folder / f"smartcity-{n}.png") as image:
            assert image.size == (n, n)
            assert image.mode == "RGBA"
            # (nearly) transparent corners of the rounded square, an opaque middle
            assert image.getpixel((0, 0))[3] < 32
            assert image.getpixel((n // 2, n // 2))[3] == 255
    with Image.open(folder / "smartcity.ico") as ico:
        assert set(ico.info["sizes"]) == {(n, n) for n in module.ICO_SIZES}
    with Image.open(folder / "smartcity.icns") as icns:
        sizes = {(w, h) for w, h, _scale in icns.info["sizes"]}
        assert {(16, 16), (32, 32), (128, 128), (256, 256), (512, 512)} <= sizes


def test_the_script_renders_every_size_from_the_svg(qapp, tmp_path: Path) -> None:
    module = _make_icons()
    written = module.make_icons(ICONS / "smartcity.svg", tmp_path)
    assert {p.name for p in written} == {
        *(f"smartcity-{n}.png" for n in module.PNG_SIZES),
        "smartcity.ico",
        "smartcity.icns",
    }
    _check(tmp_path, module)
    # The committed 16 px icon is what the script draws now (the SVG and the files agree).
    with (
        Image.open(tmp_path / "smartcity-16.png") as fresh,
        Image.open(ICONS / "smartcity-16.png") as committed,
    ):
        assert fresh.tobytes() == committed.tobytes()


def test_the_committed_icons_have_every_size() -> None:
    _check(ICONS, _make_icons())

"""The embedded fonts of every PDF: DejaVu Sans (shipped in `resources/fonts/`, free licence
allowing embedding), registered once with reportlab as subset-embedded TrueType fonts.

Only these fonts are ever used, so no base-14 (non-embedded) font ends up in a PDF/A file.
"""

from __future__ import annotations

from smartcity_desktop.paths import resources_dir

REGULAR = "DejaVuSans"
BOLD = "DejaVuSans-Bold"
ITALIC = "DejaVuSans-Oblique"
BOLD_ITALIC = "DejaVuSans-BoldOblique"

_FILES = {
    REGULAR: "DejaVuSans.ttf",
    BOLD: "DejaVuSans-Bold.ttf",
    ITALIC: "DejaVuSans-Oblique.ttf",
    BOLD_ITALIC: "DejaVuSans-BoldOblique.ttf",
}


def register_fonts() -> str:
    """Register the fonts (idempotent) and return the family name for `<b>`/`<i>` markup."""
    from reportlab.lib.fonts import addMapping
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    registered = set(pdfmetrics.getRegisteredFontNames())
    folder = resources_dir() / "fonts"
    for name, filename in _FILES.items():
        if name in registered:
            continue
        path = folder / filename
        if not path.is_file():
            raise FileNotFoundError(f"the font {path} is missing from the installation")
        pdfmetrics.registerFont(TTFont(name, str(path)))
    # Paragraph markup (<b>, <i>) finds the faces through the regular face's name.
    addMapping(REGULAR, 0, 0, REGULAR)
    addMapping(REGULAR, 1, 0, BOLD)
    addMapping(REGULAR, 0, 1, ITALIC)
    addMapping(REGULAR, 1, 1, BOLD_ITALIC)
    return REGULAR


def text_width(text: str, font: str, size: float) -> float:
    from reportlab.pdfbase.pdfmetrics import stringWidth

    return stringWidth(text, font, size)

"""Shared helpers for the minutes PDF tests (a plain module: tests/export is on sys.path under
pytest). The demo project is built once per test session."""

from __future__ import annotations

import csv
import functools
import re
import tempfile
from datetime import datetime, timezone
from pathlib import Path

import pikepdf
import pypdf

from smartcity_desktop.domain.minutes import WorkshopRecord
from smartcity_desktop.paths import data_dir

FIXED_NOW = datetime(2026, 11, 26, 9, 15, 0, tzinfo=timezone.utc)  # noqa: UP017
BASE14 = {
    "Courier",
    "Courier-Bold",
    "Courier-Oblique",
    "Courier-BoldOblique",
    "Helvetica",
    "Helvetica-Bold",
    "Helvetica-Oblique",
    "Helvetica-BoldOblique",
    "Times-Roman",
    "Times-Bold",
    "Times-Italic",
    "Times-BoldItalic",
    "Symbol",
    "ZapfDingbats",
}


@functools.cache
def demo_records() -> dict[int, WorkshopRecord]:
    """Workshop id → its record, read from a demo project built once."""
    from smartcity_desktop.store.demo import build_demo
    from smartcity_desktop.store.minutes import load_workshop_record
    from smartcity_desktop.store.workshops import list_workshops

    folder = Path(tempfile.mkdtemp(prefix="scw-minutes-tests-"))
    pf = build_demo(folder / "demo.scw")
    try:
        return {w.id: load_workshop_record(pf, w.id) for w in list_workshops(pf)}
    finally:
        pf.close()


def record(position: int) -> WorkshopRecord:
    """The demo's first (1) or second (2) workshop."""
    records = demo_records()
    return records[sorted(records)[position - 1]]


def participants() -> list[dict[str, str]]:
    with open(data_dir() / "demo" / "participants.csv", encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def page_texts(path: Path) -> list[str]:
    return [page.extract_text() or "" for page in pypdf.PdfReader(path).pages]


def text(path: Path) -> str:
    return "\n".join(page_texts(path))


def flat(value: str) -> str:
    """Whitespace collapsed, so a name broken across lines still matches."""
    return re.sub(r"\s+", " ", value)


def metadata_text(path: Path) -> str:
    """The document information dictionary, the XMP packet and the bookmarks, as one text."""
    parts = []
    with pikepdf.open(path) as pdf:
        for key, value in pdf.docinfo.items():
            parts.append(f"{key}={value}")
        if "/Metadata" in pdf.Root:
            parts.append(pdf.Root.Metadata.read_bytes().decode("utf-8"))
        with pdf.open_outline() as outline:
            stack = list(outline.root)
            while stack:
                item = stack.pop()
                parts.append(item.title)
                stack.extend(item.children)
    return "\n".join(parts)


def font_dicts(path: Path) -> list[tuple[str, bool]]:
    """(BaseFont, embedded) of every font object in the file (not only those on pages)."""
    fonts = []
    with pikepdf.open(path) as pdf:
        for obj in pdf.objects:
            if not isinstance(obj, pikepdf.Dictionary) or obj.get("/Type") != pikepdf.Name.Font:
                continue
            if obj.get("/Subtype") in (pikepdf.Name.Type0, pikepdf.Name.Type3):
                continue
            descriptor = obj.get("/FontDescriptor")
            embedded = descriptor is not None and any(
                k in descriptor for k in ("/FontFile", "/FontFile2", "/FontFile3")
            )
            fonts.append((str(obj.get("/BaseFont", "")), embedded))
    return fonts

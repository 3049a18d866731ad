"""Photos of flipcharts and pin boards in the minutes: upright, scaled to fit, captioned.

A JPEG is embedded as it is stored (reportlab passes the JPEG stream through; no loss), only
without comments and metadata segments, and turned upright on the page by rotating the canvas.
Pillow decodes each photo once to check it; an image PDF/A can't take as it is (CMYK, 16-bit)
is converted to RGB, one over `MAX_SIDE` pixels shrunk, and one that can't be decoded is left
out with a note in its place.
"""

from __future__ import annotations

import hashlib
import io
from typing import Any

from smartcity_desktop.domain.model import Photo
from smartcity_desktop.export.minutes_common import Context, deferred, para, spacer

MAX_SIDE = 2400  # pixels on the long side, as photos are stored (document.minutes_ops)

# JPEG markers that stand alone (no length): TEM, RST0-7, SOI, EOI
_STANDALONE = {0x01, *range(0xD0, 0xD8), 0xD8, 0xD9}
_KEEP_APP = {0xE0, 0xEE}  # APP0 (JFIF) and APP14 (Adobe: colour transform)


def strip_jpeg_metadata(data: bytes) -> bytes:
    """`data` without its comments (COM) and application segments (APPn: EXIF, XMP, IPTC,
    ICC…) but APP0 and APP14, which decoders need for the colours; the image data itself
    is copied as it is. Raises ValueError if `data` isn't a well-formed JPEG stream."""
    if data[:2] != b"\xff\xd8":
        raise ValueError("not a JPEG image")
    out = bytearray(b"\xff\xd8")
    pos, n = 2, len(data)
    while pos < n:
        if data[pos] != 0xFF:
            raise ValueError("damaged JPEG: no marker where one should be")
        while pos < n and data[pos] == 0xFF:  # fill bytes
            pos += 1
        if pos >= n:
            raise ValueError("damaged JPEG: ends inside a marker")
        marker = data[pos]
        pos += 1
        if marker in _STANDALONE:
            out += bytes((0xFF, marker))
            if marker == 0xD9:  # EOI
                return bytes(out)
            continue
        if pos + 2 > n:
            raise ValueError("damaged JPEG: ends inside a segment")
        length = int.from_bytes(data[pos : pos + 2], "big")
        end = pos + length
        if length < 2 or end > n:
            raise ValueError("damaged JPEG: a segment runs past the end")
        drop = marker == 0xFE or (0xE0 <= marker <= 0xEF and marker not in _KEEP_APP)
        if not drop:
            out += bytes((0xFF, marker)) + data[pos:end]
        pos = end
        if marker == 0xDA:  # start of scan: entropy-coded data up to the next real marker
            scan_end = pos
            while True:
                scan_end = data.find(b"\xff", scan_end)
                if scan_end < 0 or scan_end + 1 >= n:
                    raise ValueError("damaged JPEG: the image data has no end")
                follow = data[scan_end + 1]
                if follow == 0x00 or 0xD0 <= follow <= 0xD7 or follow == 0xFF:
                    scan_end += 2 if follow != 0xFF else 1
                    continue
                break
            out += data[pos:scan_end]
            pos = scan_end
    raise ValueError("damaged JPEG: no end marker")


def _readable(photo: Photo) -> tuple[bytes, int, int] | None:
    """(data to embed, pixel width, pixel height) before rotation, or None if unreadable.

    The image is decoded once in full, so a damaged or truncated file is found here (and left
    out with a note) rather than failing the whole export when the page is drawn. A JPEG of
    at most `MAX_SIDE` pixels is embedded as it is stored, only without its comments and
    metadata segments; anything larger, or in a mode PDF/A can't take, is re-encoded without
    metadata (shrunk to `MAX_SIDE`, a JPEG through `draft` so it is never decoded in full).
    """
    from PIL import Image as PILImage

    try:
        with PILImage.open(io.BytesIO(photo.data)) as im:
            fmt = im.format
            width, height = im.size
            large = max(width, height) > MAX_SIDE
            passthrough = fmt == "JPEG" and not large and im.mode in ("RGB", "L")
            if passthrough:
                # embedded as it is: decoding at an eighth of the size still reads all of the
                # image data (a truncated file fails), at a fraction of the time and memory
                im.draft(im.mode, (max(1, width // 8), max(1, height // 8)))
            elif fmt == "JPEG" and large:
                im.draft("RGB", (MAX_SIDE, MAX_SIDE))
            im.load()  # all the image data: a damaged or truncated file fails here
            if passthrough:
                return strip_jpeg_metadata(photo.data), width, height
            if fmt == "PNG" and not large and im.mode in ("RGB", "L", "RGBA", "LA", "P"):
                return _png_without_text(im, photo.data), width, height
            if large:
                im.thumbnail((MAX_SIDE, MAX_SIDE), PILImage.Resampling.LANCZOS)
            if fmt == "JPEG":
                return _encode(im.convert("RGB"), "JPEG"), im.width, im.height
            return _encode(im.convert("RGBA" if "A" in im.getbands() else "RGB"), "PNG"), *im.size
    except Exception:
        return None


_PNG_TEXT = (b"tEXt", b"zTXt", b"iTXt", b"eXIf")


def _png_without_text(im: Any, data: bytes) -> bytes:
    """`data`, or if the PNG may carry text (tEXt, zTXt, iTXt, eXIf chunks) the same pixels
    written again without it."""
    if not any(chunk in data for chunk in _PNG_TEXT):
        return data
    return _encode(im, "PNG")


def _encode(im: Any, fmt: str) -> bytes:
    """`im` written as `fmt` with none of the source's metadata (Pillow would keep a JPEG's
    comment, EXIF or ICC profile from `im.info`); only a PNG's transparency stays."""
    fresh = im.copy()
    fresh.info = {k: v for k, v in im.info.items() if k == "transparency" and fmt == "PNG"}
    out = io.BytesIO()
    if fmt == "JPEG":
        fresh.save(out, "JPEG", quality=92)
    else:
        fresh.save(out, "PNG")
    return out.getvalue()


def rotated_image(data: bytes, width: float, height: float, rotation: int) -> Any:
    """A flowable drawing `data` (width × height points before rotation) turned clockwise."""
    from reportlab.platypus import Flowable

    is_jpeg = data[:3] == b"\xff\xd8\xff"

    class RotatedImage(Flowable):
        def __init__(self) -> None:
            super().__init__()
            turned = rotation in (90, 270)
            self.shown = (height, width) if turned else (width, height)
            self.hAlign = "CENTER"

        def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
            return self.shown

        def draw(self) -> None:
            c = self.canv
            w, h = self.shown
            c.saveState()
            c.translate(w / 2, h / 2)
            c.rotate(-rotation)
            if is_jpeg:
                _draw_jpeg(c, data, -width / 2, -height / 2, width, height)
            else:
                from reportlab.lib.utils import ImageReader

                reader = ImageReader(io.BytesIO(data))
                c.drawImage(reader, -width / 2, -height / 2, width, height, mask="auto")
            c.restoreState()

    return RotatedImage()


def _draw_jpeg(c: Any, data: bytes, x: float, y: float, width: float, height: float) -> None:
    """Place a JPEG as an image XObject holding the file's own bytes (DCTDecode).

    `canvas.drawImage` with an in-memory image decodes every pixel just to name the image (a
    digest of the RGB data), ~13 MB per 2400×1800 photo, kept until the file is saved; this
    names it by a digest of the JPEG bytes instead and never decodes it. It does what
    drawImage does with a JPEG file name, through the same reportlab objects.
    """
    from reportlab.pdfbase import pdfdoc

    name = "jpeg" + hashlib.sha1(data, usedforsecurity=False).hexdigest()
    doc = c._doc
    reg_name = doc.getXObjectName(name)
    if doc.idToObject.get(reg_name) is None:
        obj = pdfdoc.PDFImageXObject(name)
        if not obj.loadImageFromJPEG(io.BytesIO(data)):
            raise ValueError("not a JPEG image")
        obj.name = name
        c._setXObjects(obj)
        doc.Reference(obj, reg_name)
        doc.addForm(name, obj)
    c._currentPageHasImages = 1
    c.saveState()
    c.translate(x, y)
    c.scale(width, height)
    c._code.append(f"/{reg_name} Do")
    c.restoreState()
    c._formsinuse.append(name)  # the page's resources list the image


def photo_block(ctx: Context, number: int, photo: Photo) -> list[Any]:
    from reportlab.platypus import KeepTogether

    lab, st = ctx.labels, ctx.styles
    readable = _readable(photo) if photo.data else None
    caption = lab.t("photo_caption", n=number, caption=photo.caption)
    if readable is None:
        return [para(ctx, lab.t("photo_unreadable", n=number, caption=photo.caption), st.muted)]
    data, px_w, px_h = readable
    rotation = photo.rotation % 360 if photo.rotation % 90 == 0 else 0
    turned = rotation in (90, 270)
    shown_w, shown_h = (px_h, px_w) if turned else (px_w, px_h)
    max_w, max_h = ctx.frame_width, 0.42 * ctx.frame_height
    scale = min(max_w / shown_w, max_h / shown_h)
    img = deferred(ctx, rotated_image(data, px_w * scale, px_h * scale, rotation))
    return [KeepTogether([img, spacer(3), para(ctx, caption, st.caption), spacer(10)])]

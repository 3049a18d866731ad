"""Photos of flipcharts and pin boards in the minutes: upright, scaled to fit, captioned.

A JPEG is embedded as it is stored (reportlab passes the JPEG stream through; no decoding, no
loss) and turned upright on the page by rotating the canvas, so 30 photos of 2400×1800 pixels
cost little time and memory. Pillow only reads the header to check the size and colour mode;
an image PDF/A can't take as it is (CMYK, 16-bit) is converted to RGB first.
"""

from __future__ import annotations

import hashlib
import io
from typing import Any

from smartcity_desktop.domain.model import Photo
from smartcity_desktop.export.minutes_common import Context, deferred, para, spacer


def _readable(photo: Photo) -> tuple[bytes, int, int] | None:
    """(data to embed, pixel width, pixel height) before rotation, or None if unreadable."""
    from PIL import Image as PILImage

    try:
        with PILImage.open(io.BytesIO(photo.data)) as im:
            width, height = im.size
            if im.format == "JPEG" and im.mode in ("RGB", "L"):
                return photo.data, width, height
            if im.format == "PNG" and im.mode in ("RGB", "L", "RGBA", "LA", "P"):
                return photo.data, width, height
            im.load()
            out = io.BytesIO()
            if im.format == "JPEG":
                im.convert("RGB").save(out, "JPEG", quality=92)
            else:
                im.convert("RGBA" if "A" in im.getbands() else "RGB").save(out, "PNG")
            return out.getvalue(), width, height
    except Exception:
        return None


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

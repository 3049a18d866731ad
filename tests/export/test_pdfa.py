"""PDF/A-2b, checked structurally (keys present and consistent, fonts embedded, no actions).

These checks are not a conformance validation: veraPDF is the reference validator and is not
available here; confirm a file with it before an archive relies on it.
"""

from __future__ import annotations

import io
import re
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pikepdf
import pytest
from minutes_pdf_helpers import BASE14, FIXED_NOW, font_dicts, record
from PIL import ImageCms

from smartcity_desktop.export import pdfa
from smartcity_desktop.export.minutes_pdf import write_minutes_pdf

XMP = {
    "x": "adobe:ns:meta/",
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "pdfaid": "http://www.aiim.org/pdfa/ns/id/",
    "dc": "http://purl.org/dc/elements/1.1/",
    "xmp": "http://ns.adobe.com/xap/1.0/",
    "pdf": "http://ns.adobe.com/pdf/1.3/",
}


@pytest.fixture(scope="module")
def minutes(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_minutes_pdf(record(1), tmp_path_factory.mktemp("a") / "m.pdf", now=FIXED_NOW)


def _xmp(pdf: pikepdf.Pdf) -> dict[str, str]:
    from xml.etree import ElementTree as ET

    root = ET.fromstring(pdf.Root.Metadata.read_bytes())
    desc = root.find(".//rdf:Description", XMP)
    assert desc is not None
    values = {}
    for tag in (
        "pdfaid:part",
        "pdfaid:conformance",
        "xmp:CreateDate",
        "xmp:ModifyDate",
        "pdf:Producer",
        "xmp:CreatorTool",
    ):
        el = desc.find(tag, XMP)
        assert el is not None, tag
        values[tag] = el.text or ""
    title = desc.find("dc:title/rdf:Alt/rdf:li", XMP)
    assert title is not None
    values["dc:title"] = title.text or ""
    return values


def _info_date(value: str) -> datetime:
    m = re.fullmatch(r"D:(\d{14})([+-])(\d\d)'(\d\d)'", value)
    assert m, value
    offset = timedelta(hours=int(m.group(3)), minutes=int(m.group(4)))
    tz = timezone(offset if m.group(2) == "+" else -offset)
    return datetime.strptime(m.group(1), "%Y%m%d%H%M%S").replace(tzinfo=tz)


def test_identification_and_metadata_match_info(minutes: Path) -> None:
    with pikepdf.open(minutes) as pdf:
        xmp = _xmp(pdf)
        info = pdf.docinfo
        assert xmp["pdfaid:part"] == "2"
        assert xmp["pdfaid:conformance"] == "B"
        assert xmp["dc:title"] == str(info["/Title"]) == "Auftaktworkshop: Handlungsfelder"
        assert xmp["pdf:Producer"] == str(info["/Producer"])
        assert xmp["xmp:CreatorTool"] == str(info["/Creator"])
        created = _info_date(str(info["/CreationDate"]))
        modified = _info_date(str(info["/ModDate"]))
        assert datetime.fromisoformat(xmp["xmp:CreateDate"]) == created == FIXED_NOW
        assert datetime.fromisoformat(xmp["xmp:ModifyDate"]) == modified
        # the same time zone written both ways
        assert xmp["xmp:CreateDate"].endswith("+00:00")
        assert str(info["/CreationDate"]).endswith("+00'00'")
        assert "/Author" not in info
        assert str(pdf.Root.Lang) == "de-DE"


def test_output_intent_is_srgb(minutes: Path) -> None:
    with pikepdf.open(minutes) as pdf:
        intents = pdf.Root.OutputIntents
        assert len(intents) == 1
        intent = intents[0]
        assert intent.S == pikepdf.Name.GTS_PDFA1
        profile = intent.DestOutputProfile
        assert int(profile.N) == 3
        icc = ImageCms.ImageCmsProfile(io.BytesIO(profile.read_bytes()))
        assert "sRGB" in ImageCms.getProfileDescription(icc)
        assert "sRGB" in str(intent.OutputConditionIdentifier)


def test_file_id_no_encryption_no_javascript(minutes: Path) -> None:
    raw = minutes.read_bytes()
    assert raw.startswith(b"%PDF-1.7\n%")
    assert max(raw[10:14]) >= 128  # the binary comment line PDF/A asks for
    with pikepdf.open(minutes) as pdf:
        assert not pdf.is_encrypted
        ids = pdf.trailer.ID
        assert len(ids) == 2
        assert len(bytes(ids[0])) >= 16
        assert "/OpenAction" not in pdf.Root
        assert "/AA" not in pdf.Root
        for obj in pdf.objects:
            if isinstance(obj, pikepdf.Dictionary):
                assert "/JS" not in obj
                assert obj.get("/S") != pikepdf.Name.JavaScript
                assert "/EmbeddedFiles" not in obj
        for page in pdf.pages:
            for annot in page.obj.get("/Annots", []):
                assert int(annot.F) & 4  # printable


def test_every_font_embedded(minutes: Path) -> None:
    fonts = font_dicts(minutes)
    assert fonts
    for name, embedded in fonts:
        assert embedded, name
        assert name.lstrip("/").split("+")[-1] not in BASE14
    with pikepdf.open(minutes) as pdf:
        assert pdfa.unembedded_fonts(pdf) == []


def test_english_language_tag(tmp_path: Path) -> None:
    out = write_minutes_pdf(record(2), tmp_path / "en.pdf", language="en")
    with pikepdf.open(out) as pdf:
        assert str(pdf.Root.Lang) == "en-GB"
        assert str(pdf.docinfo.Subject).startswith("Minutes – ")


def test_a_base14_font_is_refused(tmp_path: Path) -> None:
    from reportlab.pdfgen.canvas import Canvas

    path = tmp_path / "helvetica.pdf"
    c = Canvas(str(path))
    c.setFont("Helvetica", 12)
    c.drawString(100, 700, "Helvetica is not embedded")
    c.save()
    before = path.read_bytes()
    with pytest.raises(ValueError, match="not embedded"):
        pdfa.make_pdfa(path, title="x")
    assert path.read_bytes() == before


def test_dates_keep_one_instant_and_zone() -> None:
    moment = datetime(2026, 11, 26, 14, 5, 9, tzinfo=timezone(timedelta(hours=1)))
    assert pdfa.pdf_date(moment) == "D:20261126140509+01'00'"
    assert pdfa.xmp_date(moment) == "2026-11-26T14:05:09+01:00"
    with pytest.raises(ValueError, match="time zone"):
        pdfa.pdf_date(datetime(2026, 11, 26))


def test_title_with_markup_characters_stays_valid_xml(tmp_path: Path) -> None:
    import dataclasses

    rec = record(2)
    title = "Fachgespräch <Kriterien> & „Daten“"
    rec = dataclasses.replace(rec, workshop=dataclasses.replace(rec.workshop, title=title))
    out = write_minutes_pdf(rec, tmp_path / "t.pdf")
    with pikepdf.open(out) as pdf:
        assert _xmp(pdf)["dc:title"] == title == str(pdf.docinfo.Title)


def _image_bytes(mode: str, fmt: str, size: tuple[int, int]) -> bytes:
    from PIL import Image

    colour = {"RGBA": (0, 114, 178, 128), "CMYK": (0, 80, 200, 0)}.get(mode, (200, 80, 0))
    out = io.BytesIO()
    Image.new(mode, size, colour).save(out, fmt)
    return out.getvalue()


def test_logo_and_cmyk_photo_become_rgb(tmp_path: Path) -> None:
    import dataclasses

    from smartcity_desktop.domain.model import Photo

    rec = record(2)
    photo = Photo(
        1,
        rec.workshop.id,
        "CMYK-Scan",
        "image/jpeg",
        400,
        300,
        180,
        0,
        _image_bytes("CMYK", "JPEG", (400, 300)),
    )
    rec = dataclasses.replace(rec, logo=_image_bytes("RGBA", "PNG", (300, 120)), photos=(photo,))
    out = write_minutes_pdf(rec, tmp_path / "logo.pdf")
    with pikepdf.open(out) as pdf:
        spaces = []
        for obj in pdf.objects:
            if isinstance(obj, pikepdf.Stream) and obj.get("/Subtype") == pikepdf.Name.Image:
                spaces.append(str(obj.get("/ColorSpace")))
        assert len(spaces) >= 3  # the logo, its transparency mask, the photo
        assert "/DeviceCMYK" not in spaces
        assert pdfa.unembedded_fonts(pdf) == []


def test_control_characters_in_the_title_leave_valid_xmp(tmp_path: Path) -> None:
    import dataclasses
    from xml.dom import minidom

    rec = record(2)
    title = "Fach\x0bgespräch\x1b <Kriterien>\x00"
    rec = dataclasses.replace(rec, workshop=dataclasses.replace(rec.workshop, title=title))
    out = write_minutes_pdf(rec, tmp_path / "t.pdf")
    with pikepdf.open(out) as pdf:
        packet = pdf.Root.Metadata.read_bytes()
        info_title = str(pdf.docinfo.Title)
    dom = minidom.parseString(packet)
    titles = dom.getElementsByTagName("dc:title")[0].getElementsByTagName("rdf:li")
    shown = "".join(n.data for n in titles[0].childNodes)
    assert shown == "Fachgespräch <Kriterien>" == info_title  # XMP and Info agree


def test_make_pdfa_reads_and_writes_through_python(tmp_path: Path) -> None:
    """A name that isn't valid UTF-8 (a surrogate-escaped byte on Linux): pikepdf gets bytes."""
    import os
    import sys

    from smartcity_desktop.export import pdfa

    if sys.platform != "linux":
        pytest.skip("names with undecodable bytes are a Linux thing")
    folder = Path(os.fsdecode(bytes(tmp_path) + b"/Ordner-\xff"))
    folder.mkdir()
    target = folder / os.fsdecode(b"protokoll-\xfe.pdf")
    out = write_minutes_pdf(record(2), target)
    assert out == target
    assert target.exists()
    with pikepdf.open(io.BytesIO(target.read_bytes())) as pdf:
        assert "/OutputIntents" in pdf.Root
    assert sorted(os.listdir(bytes(folder))) == [b"protokoll-\xfe.pdf"]
    assert pdfa.clean_text("a\udcffb") == "ab"

"""Turn a PDF written by reportlab into PDF/A-2b, in place (post-processing with pikepdf).

Adds what PDF/A-2b asks of a document and reportlab doesn't write: an sRGB output intent (the
ICC profile made by Pillow's ImageCms), XMP metadata with the PDF/A identification whose title,
producer, creator tool and dates match the document information dictionary (the same instants in
UTC), `/Lang`, and the print flag on annotations. It removes JavaScript and actions, and refuses
a file with a font that isn't embedded. No personal names go into the metadata: no /Author.

Conformance is checked structurally here (see tests/export/test_pdfa.py); veraPDF is the
reference validator and should confirm a file before an archive relies on it.
"""

from __future__ import annotations

import io
import re
from datetime import datetime, timezone
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

CREATOR = "Smart City Werkstatt"
ICC_NAME = "sRGB IEC61966-2.1"

# characters XML 1.0 can't hold (as in data_tables; plus lone surrogates, which aren't UTF-8)
_ILLEGAL_XML = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")


def clean_text(value: str) -> str:
    """`value` without the characters XMP (XML) can't hold; the Info dictionary gets the same
    text, since PDF/A wants the two to match."""
    return _ILLEGAL_XML.sub("", value)


def _xml(value: str) -> str:
    return escape(clean_text(value))


def srgb_profile() -> bytes:
    """An sRGB ICC profile (Pillow/LittleCMS built-in)."""
    from PIL import ImageCms

    return ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes()


def pdf_date(moment: datetime) -> str:
    """ "D:20261126120000+00'00'" for an aware datetime."""
    offset = moment.utcoffset()
    if offset is None:
        raise ValueError("the PDF's dates need a time zone")
    minutes = int(offset.total_seconds() // 60)
    sign = "+" if minutes >= 0 else "-"
    hours, rest = divmod(abs(minutes), 60)
    return f"D:{moment:%Y%m%d%H%M%S}{sign}{hours:02d}'{rest:02d}'"


def xmp_date(moment: datetime) -> str:
    return moment.isoformat(timespec="seconds")


def xmp_packet(
    *, title: str, subject: str, producer: str, created: datetime, language: str
) -> bytes:
    """The XMP metadata: PDF/A-2b identification, Dublin Core title, dates, producer."""
    t, s, p = _xml(title), _xml(subject), _xml(producer)
    when = xmp_date(created)
    description = (
        f'<dc:description><rdf:Alt><rdf:li xml:lang="x-default">{s}</rdf:li></rdf:Alt>'
        "</dc:description>"
        if subject
        else ""
    )
    text = f"""<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?>
<x:xmpmeta xmlns:x="adobe:ns:meta/">
 <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about=""
    xmlns:pdfaid="http://www.aiim.org/pdfa/ns/id/"
    xmlns:dc="http://purl.org/dc/elements/1.1/"
    xmlns:xmp="http://ns.adobe.com/xap/1.0/"
    xmlns:pdf="http://ns.adobe.com/pdf/1.3/">
   <pdfaid:part>2</pdfaid:part>
   <pdfaid:conformance>B</pdfaid:conformance>
   <dc:format>application/pdf</dc:format>
   <dc:title><rdf:Alt><rdf:li xml:lang="x-default">{t}</rdf:li></rdf:Alt></dc:title>
   {description}
   <dc:language><rdf:Bag><rdf:li>{_xml(language)}</rdf:li></rdf:Bag></dc:language>
   <xmp:CreateDate>{when}</xmp:CreateDate>
   <xmp:ModifyDate>{when}</xmp:ModifyDate>
   <xmp:MetadataDate>{when}</xmp:MetadataDate>
   <xmp:CreatorTool>{escape(CREATOR)}</xmp:CreatorTool>
   <pdf:Producer>{p}</pdf:Producer>
  </rdf:Description>
 </rdf:RDF>
</x:xmpmeta>
<?xpacket end="w"?>"""
    return text.encode("utf-8")


def _fonts(pdf: Any) -> list[Any]:
    """Every font dictionary reachable from a page (descendants of Type0 fonts included)."""
    import pikepdf

    found: dict[tuple[int, int], Any] = {}

    def visit_resources(res: Any, seen: set) -> None:
        if res is None:
            return
        fonts = res.get("/Font")
        if fonts is not None:
            for _, font in fonts.items():
                found.setdefault(font.objgen if font.is_indirect else (id(font), 0), font)
                for d in font.get("/DescendantFonts", []):
                    found.setdefault(d.objgen, d)
        xobjects = res.get("/XObject")
        if xobjects is not None:
            for _, x in xobjects.items():
                if x.objgen in seen:
                    continue
                seen.add(x.objgen)
                if x.get("/Subtype") == pikepdf.Name.Form:
                    visit_resources(x.get("/Resources"), seen)

    seen: set = set()
    for page in pdf.pages:
        visit_resources(page.obj.get("/Resources"), seen)
    return list(found.values())


def unembedded_fonts(pdf: Any) -> list[str]:
    """Names of fonts without an embedded font program (Type3 fonts carry their own glyphs)."""
    missing = []
    for font in _fonts(pdf):
        subtype = str(font.get("/Subtype", ""))
        if subtype in ("/Type3", "/Type0"):
            continue
        descriptor = font.get("/FontDescriptor")
        if descriptor is None or not any(
            k in descriptor for k in ("/FontFile", "/FontFile2", "/FontFile3")
        ):
            missing.append(str(font.get("/BaseFont", "?")))
    return missing


def make_pdfa(
    path: Path,
    *,
    title: str,
    subject: str = "",
    language: str = "de-DE",
    created: datetime | None = None,
    producer: str = CREATOR,
) -> None:
    """Rewrite the PDF at `path` as PDF/A-2b (see the module's docstring)."""
    import pikepdf

    moment = (created or datetime.now(timezone.utc)).astimezone(timezone.utc)  # noqa: UP017
    moment = moment.replace(microsecond=0)
    title, subject, producer = clean_text(title), clean_text(subject), clean_text(producer)
    # through bytes, not the path: pikepdf (C++) can't open a name that isn't valid UTF-8
    # (a surrogate-escaped byte on Linux), and the file is written back in one piece
    with open(path, "rb") as fh:
        source = io.BytesIO(fh.read())
    result = io.BytesIO()
    with pikepdf.open(source) as pdf:
        missing = unembedded_fonts(pdf)
        if missing:
            raise ValueError(f"fonts not embedded, the PDF can't be PDF/A: {', '.join(missing)}")
        root = pdf.Root
        for key in ("/OpenAction", "/AA", "/AcroForm"):
            if key in root:
                del root[key]
        names = root.get("/Names")
        if names is not None:
            for key in ("/JavaScript", "/EmbeddedFiles"):
                if key in names:
                    del names[key]
        for page in pdf.pages:
            if "/AA" in page.obj:
                del page.obj["/AA"]
            for annot in page.obj.get("/Annots", []):
                annot["/F"] = 4  # print, as PDF/A wants; no hidden or invisible annotations
                if "/AA" in annot:
                    del annot["/AA"]
                action = annot.get("/A")
                if action is not None and action.get("/S") == pikepdf.Name.JavaScript:
                    del annot["/A"]
        icc = pikepdf.Stream(pdf, srgb_profile())
        icc["/N"] = 3
        root["/OutputIntents"] = pikepdf.Array(
            [
                pdf.make_indirect(
                    pikepdf.Dictionary(
                        Type=pikepdf.Name.OutputIntent,
                        S=pikepdf.Name.GTS_PDFA1,
                        OutputConditionIdentifier=ICC_NAME,
                        Info=ICC_NAME,
                        RegistryName="http://www.color.org",
                        DestOutputProfile=pdf.make_indirect(icc),
                    )
                )
            ]
        )
        info = pikepdf.Dictionary(
            Title=pikepdf.String(title),
            Creator=pikepdf.String(CREATOR),
            Producer=pikepdf.String(producer),
            CreationDate=pikepdf.String(pdf_date(moment)),
            ModDate=pikepdf.String(pdf_date(moment)),
        )
        if subject:
            info["/Subject"] = pikepdf.String(subject)
        pdf.trailer["/Info"] = pdf.make_indirect(info)
        metadata = pikepdf.Stream(
            pdf,
            xmp_packet(
                title=title, subject=subject, producer=producer, created=moment, language=language
            ),
        )
        metadata["/Type"] = pikepdf.Name.Metadata
        metadata["/Subtype"] = pikepdf.Name.XML
        root["/Metadata"] = pdf.make_indirect(metadata)
        root["/Lang"] = pikepdf.String(language)
        pdf.save(result, fix_metadata_version=False, force_version="1.7")
    with open(path, "wb") as fh:
        fh.write(result.getbuffer())

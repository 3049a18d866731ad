"""The strategy draft as a Word document, read back with python-docx: Word's own heading and
list styles, runs, tables, properties, and the same content as the PDF."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from minutes_pdf_helpers import FIXED_NOW
from test_strategy_pdf import SECTIONS_DE, SECTIONS_EN, sample_draft

from smartcity_desktop.domain.strategy import StrategyDraft
from smartcity_desktop.export.strategy_docx import write_strategy_docx

docx = pytest.importorskip("docx")
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


@pytest.fixture(scope="module")
def german(tmp_path_factory: pytest.TempPathFactory):
    path = write_strategy_docx(
        sample_draft(), tmp_path_factory.mktemp("d") / "strategie.docx", now=FIXED_NOW
    )
    return docx.Document(str(path))


def styled(document, style: str) -> list[str]:
    return [p.text for p in document.paragraphs if p.style.name == style]


def all_text(document) -> str:
    """Paragraphs and table cells in document order."""
    parts = []
    for block in document.element.body.iterchildren():
        if block.tag == f"{W}p":
            parts.append("".join(t.text or "" for t in block.iter(f"{W}t")))
        elif block.tag == f"{W}tbl":
            for row in block.iter(f"{W}tr"):
                cells = ["".join(t.text or "" for t in c.iter(f"{W}t")) for c in row.iter(f"{W}tc")]
                parts.append(" | ".join(cells))
    return "\n".join(parts)


def test_cover_then_contents_then_sections_as_heading_1(german) -> None:
    assert styled(german, "Title") == ["Smart-City-Strategie Musterstadt"]
    assert styled(german, "Subtitle") == ["Musterstadt an der Oker"]
    texts = [p.text for p in german.paragraphs]
    assert "Entwurf, Stand 26. November 2026" in texts
    assert styled(german, "Heading 1") == SECTIONS_DE
    assert styled(german, "TOC Heading") == ["Inhalt"]
    instructions = [i.text for i in german.element.body.iter(f"{W}instrText")]
    assert instructions == ['TOC \\o "1-2" \\h \\z \\u']
    # until Word updates the field, its result lists the headings of levels 1 and 2
    paragraphs = german.paragraphs
    chars = [[c.get(f"{W}fldCharType") for c in p._p.iter(f"{W}fldChar")] for p in paragraphs]
    begin = next(i for i, c in enumerate(chars) if "begin" in c)
    end = next(i for i, c in enumerate(chars) if "end" in c)
    assert [p.text for p in paragraphs[begin + 1 : end + 1]] == [
        "Leitbild",
        "Strategische Ziele",
        "Verwaltung einfach und digital",
        "Klimaneutrale Stadt",
        "Handlungsfelder",
        "E-Government",
        "Umwelt",
        *SECTIONS_DE[3:],
    ]


def test_goals_and_fields_are_heading_2_with_their_parts_below(german) -> None:
    assert styled(german, "Heading 2") == [
        "Verwaltung einfach und digital",
        "Klimaneutrale Stadt",
        "E-Government",
        "Umwelt",
    ]
    # the vision's own "## Leitsätze" sits two levels below its section
    assert styled(german, "Heading 3") == ["Leitsätze", "Ziele", "Projekte", "Ziele", "Projekte"]


def test_rich_text_lists_and_runs(german) -> None:
    assert styled(german, "List Bullet")[:2] == [
        "Daten bleiben in öffentlicher Hand",
        "Niemand wird abgehängt",
    ]
    assert styled(german, "List Bullet 2") == ["Open Data wo möglich"]
    numbered = [p for p in german.paragraphs if p.style.name == "List Number"]
    assert [p.text for p in numbered] == [
        "Drittens zuerst",
        "Viertens mit <b>Zeichen</b> & „Anführung“ – 5 €",
    ]
    # one list of their own, counting from 3 as written
    ids = {p._p.pPr.numPr.numId.val for p in numbered}
    assert len(ids) == 1
    numbering = german.part.numbering_part.element
    num = numbering.num_having_numId(ids.pop())
    start = num.find(f"{W}lvlOverride/{W}startOverride")
    assert start is not None
    assert start.get(f"{W}val") == "3"
    vision = next(p for p in german.paragraphs if p.text.startswith("Musterstadt will"))
    runs = {r.text: (bool(r.bold), bool(r.italic)) for r in vision.runs}
    assert runs["lebenswerte"] == (True, False)
    assert runs["klimafreundliche"] == (False, True)
    assert runs["Musterstadt will eine "] == (False, False)
    broken = next(p for p in german.paragraphs if p.text.startswith("Erste Zeile"))
    assert broken.text == "Erste Zeile\nZweite Zeile"  # a hard break, not a new paragraph
    assert "**" not in all_text(german)


def test_separate_numbered_lists_count_separately(tmp_path: Path) -> None:
    draft = StrategyDraft(
        title="T", vision="1. a\n2. b\n   1. b1\n   2. b2\n3. c\n\nText\n\n1. x\n2. y"
    )
    document = docx.Document(str(write_strategy_docx(draft, tmp_path / "n.docx")))
    items = [
        (p.style.name, p.text, p._p.pPr.numPr.numId.val)
        for p in document.paragraphs
        if p.style.name.startswith("List Number")
    ]
    assert [(s, t) for s, t, _ in items] == [
        ("List Number", "a"),
        ("List Number", "b"),
        ("List Number 2", "b1"),
        ("List Number 2", "b2"),
        ("List Number", "c"),
        ("List Number", "x"),
        ("List Number", "y"),
    ]
    first, nested, second = items[0][2], items[2][2], items[5][2]
    assert items[1][2] == items[4][2] == first  # "c" goes on after the nested list
    assert items[3][2] == nested
    assert len({first, nested, second}) == 3


def test_tables_have_a_repeated_header_and_the_values(german) -> None:
    tables = german.tables
    headers = [[c.text for c in t.rows[0].cells] for t in tables]
    assert ["Rang", "Projekt", "Verantwortlich", "Kosten", "Status", "Nutzwert"] in headers
    assert ["Kriterium", "K.-o.-Schwelle", "Gewicht"] in headers
    assert ["Rolle oder Gremium", "Mitglieder", "Aufgaben"] in headers
    assert ["#", "Was", "Wer", "Bis", "Handlungsfeld"] in headers
    for t in tables:
        assert t.rows[0]._tr.trPr.find(f"{W}tblHeader") is not None
        assert all(r.bold for c in t.rows[0].cells for r in c.paragraphs[0].runs)
    projects = tables[headers.index(headers[0])]
    first = [c.text for c in projects.rows[1].cells]
    assert first[0] == "1"
    assert (
        first[1]
        == "Online-Bürgerservices (OZG)\nDie 30 meistgenutzten Leistungen Ende-zu-Ende digital."
    )
    assert first[3:] == ["450.000\u00a0€", "In der engeren Wahl", "6,66"]
    assert projects.rows[1].cells[1].paragraphs[0].runs[0].bold
    origin = tables[-1]
    assert [c.text for c in origin.rows[-1].cells] == [
        "Gesamt",
        "47",
        "30",
        "12",
        "4",
        "1",
        "32",
        "2",
        "2",
    ]
    assert all(r.bold for c in origin.rows[-1].cells for r in c.paragraphs[0].runs)


def test_same_order_as_the_pdf(german) -> None:
    text = all_text(german)
    text = text[text.index("\nLeitbild\nMusterstadt will") :]  # after the contents
    needles = [
        "Leitbild",
        "Leitsätze",
        "Strategische Ziele",
        "Bezug zum ISEK: ISEK-Ziel 6: Bürgernähe",
        "Handlungsfelder",
        "46 Ideen aus 3 Quellen, 31 Punkte, 2 rote Punkte, 2 Projekte",
        "30 Leistungen online bis 2027 (dient dem strategischen Ziel",
        "Noch keine Projekte in diesem Handlungsfeld.",
        "Kriterien für die Projektauswahl",
        "Die Gewichte stammen aus der vereinbarten Gewichtung",
        "Gemeinwohl & Bürgernutzen",
        "31,2\u00a0%",
        "Governance",
        "Chief Digital Officer",
        "Handlungsempfehlungen und nächste Schritte",
        "Strategie im Rat beschließen | Oberbürgermeisterin | 31. März 2027 | gesamte Strategie",
        "Anhang: Herkunft der Handlungsfelder",
    ]
    at = [text.find(n) for n in needles]
    assert -1 not in at, [n for n, i in zip(needles, at, strict=True) if i < 0]
    assert at == sorted(at)


def test_properties_language_and_no_author(german) -> None:
    cp = german.core_properties
    assert cp.title == "Smart-City-Strategie Musterstadt"
    assert cp.language == "de-DE"
    assert cp.subject == "Entwurf – Musterstadt an der Oker"
    assert cp.author == ""
    assert cp.last_modified_by == ""
    assert cp.comments == ""
    assert cp.created.replace(tzinfo=None) == FIXED_NOW.replace(tzinfo=None)
    lang = german.styles.element.find(f"{W}docDefaults/{W}rPrDefault/{W}rPr/{W}lang")
    assert lang.get(f"{W}val") == "de-DE"
    # in the schema's order, which Word insists on
    settings = [c.tag.split("}")[1] for c in german.settings.element]
    assert settings.index("updateFields") < settings.index("compat")
    for table in german.tables:
        parts = [c.tag.split("}")[1] for c in table._tbl.tblPr]
        assert parts.index("tblCellMar") < parts.index("tblLook")
    section = german.sections[0]
    assert round(section.page_width.mm) == 210
    assert round(section.page_height.mm) == 297


def test_english(tmp_path: Path) -> None:
    out = write_strategy_docx(sample_draft(), tmp_path / "en.docx", language="en", now=FIXED_NOW)
    document = docx.Document(str(out))
    assert styled(document, "Heading 1") == SECTIONS_EN
    assert document.core_properties.language == "en-GB"
    text = all_text(document)
    assert "Draft as of 26 November 2026" in text
    assert "€450,000" in text
    assert "31.2\u00a0%" in text


def test_a_version_and_an_empty_draft(tmp_path: Path) -> None:
    draft = StrategyDraft(title="Leer", version="Entwurf 1", created="2026-10-01T10:00:00")
    document = docx.Document(str(write_strategy_docx(draft, tmp_path / "v.docx")))
    text = all_text(document)
    assert "Entwurf 1, gespeichert am 1. Oktober 2026" in text
    assert styled(document, "Heading 1") == SECTIONS_DE
    for placeholder in (
        "Das Leitbild ist noch nicht formuliert.",
        "Noch keine strategischen Ziele.",
        "Noch keine Handlungsfelder.",
        "Noch keine Kriterien.",
        "Noch keine Rollen und Gremien.",
        "Noch keine nächsten Schritte.",
    ):
        assert placeholder in text
    assert document.core_properties.subject == "Entwurf 1"


def test_a_failing_write_keeps_the_earlier_file(tmp_path: Path, monkeypatch) -> None:
    from docx.document import Document

    target = tmp_path / "strategie.docx"
    target.write_bytes(b"earlier")

    def broken(self, path) -> None:
        Path(path).write_bytes(b"half a docx")
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(Document, "save", broken)
    with pytest.raises(OSError, match="No space"):
        write_strategy_docx(sample_draft(), target)
    assert target.read_bytes() == b"earlier"
    assert [p.name for p in tmp_path.iterdir()] == ["strategie.docx"]


def test_heavy_libraries_only_on_first_use() -> None:
    code = (
        "import sys\n"
        "import smartcity_desktop.ui.main_window\n"
        "import smartcity_desktop.export.strategy_docx, smartcity_desktop.export.strategy_pdf\n"
        "print(sorted(m for m in ('docx', 'reportlab', 'pikepdf', 'lxml') if m in sys.modules))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=False
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"

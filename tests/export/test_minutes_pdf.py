"""The minutes PDF: German text extracts back exactly, sections and pages, pseudonymisation,
hidden rounds, progress and cancelling, and cells that never overflow."""

from __future__ import annotations

import dataclasses
import re
from pathlib import Path

import pypdf
import pytest
from minutes_pdf_helpers import (
    BASE14,
    FIXED_NOW,
    flat,
    font_dicts,
    metadata_text,
    page_texts,
    participants,
    record,
    text,
)

from smartcity_desktop.domain.model import ActionItem
from smartcity_desktop.export import ExportCancelled
from smartcity_desktop.export.minutes_pdf import write_minutes_pdf

SECTIONS_DE = [
    "Inhalt",
    "Teilnehmende",
    "Tagesordnung",
    "Pinnwände",
    "Punktabfragen",
    "Beschlüsse",
    "Aufgaben und Empfehlungen",
    "Fotodokumentation",
    "Weitere Anmerkungen",
]


@pytest.fixture(scope="module")
def minutes_1(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("m1") / "protokoll-1.pdf"
    return write_minutes_pdf(record(1), out, now=FIXED_NOW)


@pytest.fixture(scope="module")
def minutes_2(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("m2") / "protokoll-2.pdf"
    return write_minutes_pdf(record(2), out, now=FIXED_NOW)


def test_workshop_1_german_text_extracts_exactly(minutes_1: Path) -> None:
    t = text(minutes_1)
    assert "Auftaktworkshop: Handlungsfelder" in t
    assert "14. Oktober 2026" in t  # the demo's date, long German form
    assert "09:30–13:00" in t  # en dash
    assert "Rathaus Musterstadt, Großer Sitzungssaal, Rathausmarkt 1" in t
    assert "„Industrie/Wirtschaft 4.0“" in flat(t)  # German quotes from the decision
    assert "Stadtverwaltung – Fachbereich Stadtplanung" in t
    assert "Smart-City-Strategie Musterstadt an der Oker" in t


def test_workshop_1_sections_pages_and_footer(minutes_1: Path) -> None:
    pages = page_texts(minutes_1)
    t = "\n".join(pages)
    for heading in SECTIONS_DE:
        assert heading in t, heading
    assert 10 <= len(pages) <= 18
    assert "Seite" not in pages[0]  # no header/footer on the cover
    for number, page in enumerate(pages[1:], start=2):
        assert f"Seite {number} von {len(pages)}" in page
        assert "Auftaktworkshop: Handlungsfelder" in page  # header
    # the contents list the sections with page numbers
    assert "Punktabfrage: Welche Handlungsfelder zuerst?" in pages[1]


def test_workshop_1_board_clusters_rounds_photos(minutes_1: Path) -> None:
    t = flat(text(minutes_1))
    rec = record(1)
    board = rec.boards[0]
    for cluster in board.clusters:
        assert cluster.title in t
    for card in board.cards:
        assert flat(card.text) in t, card.text
    assert "★ Handlungsfeld: E-Government" in t
    # the second round's shared rank and the first round's share
    assert "2 (geteilt)" in t
    assert "27,8 %" in t
    assert "Anonym" in t
    for n, photo in enumerate(rec.photos, start=1):
        assert f"Foto {n}: {photo.caption}" in t
    with pypdf.PdfReader(minutes_1) as reader:
        images = sum(len(page.images) for page in reader.pages)
    assert images == len(rec.photos)


def test_workshop_2_weighting(minutes_2: Path) -> None:
    t = flat(text(minutes_2))
    assert "Fachgespräch: Kriterien für Digitalisierungsprojekte" in t
    assert "11. November 2026" in t
    assert "Datenschutz, Datensouveränität & IT-Sicherheit" in t
    assert "„Smartes Parken“" in t
    assert "Random Index: Saaty (1980)" in t
    assert "Analytic Hierarchy Process" in t
    assert "Bewertungsmatrix" in t
    assert "Rangfolge" in t
    assert "Sensitivität" in t
    assert "Smartes Parken: Datenschutz, Datensouveränität & IT-Sicherheit 4,0 < 5" in t
    assert "Das Ergebnis reagiert am empfindlichsten auf" in t
    ev = record(2).weightings[0]
    assert ev.weights.weights is not None
    leader = ev.projects[ev.ranked[0]].title
    assert f"1 {leader}" in t


def test_every_font_embedded_and_no_base14(minutes_1: Path, minutes_2: Path) -> None:
    for path in (minutes_1, minutes_2):
        fonts = font_dicts(path)
        assert fonts
        for name, embedded in fonts:
            assert embedded, name
            assert name.lstrip("/").split("+")[-1] not in BASE14
            assert "DejaVuSans" in name


def test_english(tmp_path: Path) -> None:
    out = write_minutes_pdf(record(1), tmp_path / "minutes.pdf", language="en")
    pages = page_texts(out)
    t = "\n".join(pages)
    assert "14 October 2026" in t
    assert "Contents" in t
    assert "Agenda" in t
    assert "Dot votes" in t
    assert f"page 2 of {len(pages)}" in pages[1]
    assert "2 (shared)" in t


def _names() -> tuple[list[str], list[str]]:
    people = participants()
    return [p["name"] for p in people], [p["name"] for p in people if p["consent_named"] != "ja"]


@pytest.mark.parametrize("position", [1, 2])
def test_pseudonymised_export_has_no_name(tmp_path: Path, position: int) -> None:
    out = write_minutes_pdf(record(position), tmp_path / "p.pdf", pseudonymise=True)
    everything = flat(text(out)) + "\n" + flat(metadata_text(out))
    all_names, _ = _names()
    for name in all_names:
        assert name not in everything
    assert "Teilnehmer:in (Verwaltung)" in everything
    assert "pseudonymisiert" in everything


def test_project_switch_pseudonymises(tmp_path: Path) -> None:
    rec = record(1)
    rec = dataclasses.replace(rec, strategy=dataclasses.replace(rec.strategy, pseudonymise=True))
    out = write_minutes_pdf(rec, tmp_path / "p.pdf")
    t = flat(text(out))
    for name in _names()[0]:
        assert name not in t


def test_default_export_names_only_who_consented(minutes_1: Path) -> None:
    t = flat(text(minutes_1)) + flat(metadata_text(minutes_1))
    _, without_consent = _names()
    for name in without_consent:
        assert name not in t
    present = [a for a in record(1).present() if a.consent_named]
    assert present
    assert all(a.name in t for a in present)


def test_name_in_free_text_is_hidden_without_consent(tmp_path: Path) -> None:
    rec = record(1)
    hidden = next(a for a in rec.attendance if not a.consent_named)
    item = ActionItem(99, rec.workshop.id, f"Rückmeldung von {hidden.name} einholen", who="")
    rec = dataclasses.replace(rec, action_items=(*rec.action_items, item))
    t = flat(text(write_minutes_pdf(rec, tmp_path / "p.pdf")))
    assert hidden.name not in t
    assert f"Rückmeldung von Teilnehmer:in ({hidden.group}) einholen" in t


def test_hidden_round_shows_no_counts(tmp_path: Path) -> None:
    rec = record(1)
    first = rec.rounds[0]
    hidden = dataclasses.replace(
        first, round=dataclasses.replace(first.round, hidden=True, state="open")
    )
    assert not hidden.revealed
    rec = dataclasses.replace(rec, rounds=(hidden,))
    t = flat(text(write_minutes_pdf(rec, tmp_path / "hidden.pdf")))
    assert "Die Ergebnisse sind noch nicht aufgedeckt." in t
    assert "Punktabfrage: Welche Handlungsfelder zuerst?" in t
    assert "Grüne Punkte pro Person: 3" in t  # the settings are stated
    for shown in ("Netto", "Breite", "27,8 %", "+16", "Stimmzettel"):
        assert shown not in t, shown


def test_progress_reaches_total_and_cancel_leaves_nothing(tmp_path: Path) -> None:
    calls: list[tuple[int, int]] = []

    def progress(done: int, total: int) -> bool:
        calls.append((done, total))
        return True

    write_minutes_pdf(record(1), tmp_path / "ok.pdf", progress=progress)
    assert calls[-1][0] == calls[-1][1]
    assert [d for d, _ in calls] == sorted(d for d, _ in calls)
    assert len(calls) >= 9 + len(record(1).photos)

    target = tmp_path / "cancelled.pdf"
    with pytest.raises(ExportCancelled):
        write_minutes_pdf(record(1), target, progress=lambda done, total: done < 4)
    assert not target.exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["ok.pdf"]


def _runs_right_edge(path: Path) -> list[tuple[str, float, float]]:
    """(text, right end, page width) of every unscaled text run, measured with its font."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    from smartcity_desktop.export import fonts

    fonts.register_fonts()
    runs = []
    for page in pypdf.PdfReader(path).pages:
        width = float(page.mediabox.width)

        def visit(t: str, cm: list, tm: list, font: dict | None, size: float) -> None:
            t = t.strip("\n")
            if not t.strip() or font is None or abs(cm[0] - 1) > 1e-6 or abs(tm[0] - 1) > 1e-6:
                return
            if " .  . " in t:  # the contents' dot leaders are spaced out with Tc
                return
            name = str(font.get("/BaseFont", "")).split("+")[-1]
            x = cm[4] + tm[4]
            runs.append((t, x + stringWidth(t, name, size), width))  # noqa: B023

        page.extract_text(visitor_text=visit)
    return runs


def test_long_compounds_never_overflow(tmp_path: Path, minutes_2: Path) -> None:
    rec = record(2)
    long_word = "Datensouveränitätsbeauftragtenstellvertretungsregelung"
    item = ActionItem(
        99, rec.workshop.id, f"{long_word} prüfen", who=long_word, due="2026-12-24", status="open"
    )
    rec = dataclasses.replace(rec, action_items=(*rec.action_items, item))
    out = write_minutes_pdf(rec, tmp_path / "long.pdf")
    margin_right = 595.276 - 56.7
    for path in (out, minutes_2):
        runs = _runs_right_edge(path)
        assert runs
        over = [(t, end) for t, end, _ in runs if end > margin_right + 0.5]
        assert not over, over[:5]


def test_photos_keep_their_jpeg_bytes_and_turn_upright(tmp_path: Path) -> None:
    import pikepdf

    rec = record(1)
    photo = rec.photos[0]
    assert photo.mime == "image/jpeg"
    turned = dataclasses.replace(photo, rotation=90)
    rec = dataclasses.replace(rec, photos=(turned,))
    out = write_minutes_pdf(rec, tmp_path / "photo.pdf")
    with pikepdf.open(out) as pdf:
        found = [
            (page, x)
            for page in pdf.pages
            for _, x in page.Resources.get("/XObject", {}).items()
            if x.get("/Subtype") == pikepdf.Name.Image
        ]
        assert len(found) == 1
        _page, image = found[0]
        filters = image.Filter
        filters = list(filters) if isinstance(filters, pikepdf.Array) else [filters]
        assert filters == [pikepdf.Name.DCTDecode]
        assert image.read_raw_bytes() == photo.data  # JPEG stays JPEG, byte for byte
        assert (int(image.Width), int(image.Height)) == (photo.width, photo.height)
        content = b"".join(p.Contents.read_bytes() for p in pdf.pages)
    # turned a quarter clockwise: a rotation matrix (0 -1 1 0) on the canvas before the image
    placed = re.search(rb"0 -1 1 0 [\d.]+ [\d.]+ cm\nq\n[\d. -]+ cm\n/(\S+) Do", content)
    assert placed is not None
    assert "Foto 1: " + photo.caption in flat(text(out))


def test_cancel_during_layout(tmp_path: Path) -> None:
    """After every section is built, a cancel while the pages are laid out still stops."""
    rec = record(1)
    seen: list[tuple[int, int]] = []

    def progress(done: int, total: int) -> bool:
        seen.append((done, total))
        return done < total - 2 or seen.count((done, total)) < 2

    target = tmp_path / "m.pdf"
    with pytest.raises(ExportCancelled):
        write_minutes_pdf(rec, target, progress=progress)
    assert not target.exists()
    assert list(tmp_path.iterdir()) == []


def _outline(reader: pypdf.PdfReader) -> list[tuple[str, int]]:
    """(title, 0-based page) of every bookmark, in order."""
    found: list[tuple[str, int]] = []

    def walk(items: list) -> None:
        for item in items:
            if isinstance(item, list):
                walk(item)
            else:
                found.append((item.title, reader.get_destination_page_number(item)))

    walk(reader.outline)
    return found


def test_bookmarks_and_contents_links_go_to_their_pages(minutes_1: Path) -> None:
    reader = pypdf.PdfReader(minutes_1)
    pages = [flat(p.extract_text() or "") for p in reader.pages]
    marks = _outline(reader)
    assert len({page for _, page in marks}) > 5  # not all on one page
    for title, page in marks:
        assert flat(title) in pages[page], (title, page)
    assert dict(marks)["Pinnwände"] >= 3
    # the contents (page 2): each link goes to the page whose number it prints
    targets = []
    for annot in reader.pages[1].get("/Annots", []):
        annot = annot.get_object()
        if annot.get("/Subtype") == "/Link":
            dest = annot.get("/Dest") or annot["/A"]["/D"]
            targets.append(reader.get_page_number(dest[0].get_object()))
    assert len(set(targets)) > 5
    for title, page in marks:
        if title in ("Pinnwände", "Punktabfragen", "Fotodokumentation"):
            assert page in targets
            # the leader and number come out of the text layer just before the title
            assert re.search(rf"\b{page + 1} {re.escape(title)}", pages[1]), title


def _with_names_in_free_text(title_extra: str = "") -> object:
    rec = record(1)
    attending = {a.name for a in rec.attendance}
    outsider = next(p for p in rec.people if p.name not in attending and not p.consent_named)
    board = rec.boards[0]
    card = dataclasses.replace(board.cards[0], text=f"Idee von {outsider.name} aufgreifen")
    board = dataclasses.replace(board, cards=(card, *board.cards[1:]))
    remarks = (
        "Rückfrage an dieter  exempel. Laut D. Exempel geht das. Dieter\nExempel hilft. "
        "Anna Beispiel stellt vor."
    )
    workshop = dataclasses.replace(rec.workshop, remarks=remarks)
    return dataclasses.replace(rec, boards=(board, *rec.boards[1:]), workshop=workshop), outsider


def test_every_project_participant_is_scrubbed_in_any_spelling(tmp_path: Path) -> None:
    rec, outsider = _with_names_in_free_text()
    assert next(p for p in rec.people if p.name == "Anna Beispiel").consent_named
    t = flat(text(write_minutes_pdf(rec, tmp_path / "p.pdf")))
    surname = outsider.name.split()[-1]
    assert surname not in t
    assert f"Idee von Teilnehmer:in ({outsider.group}) aufgreifen" in t
    assert "exempel" not in t.lower()
    assert "Rückfrage an Teilnehmer:in (Verwaltung). Laut Teilnehmer:in (Verwaltung) geht" in t
    assert "Anna Beispiel stellt vor." in t  # consented: named
    hidden = flat(text(write_minutes_pdf(rec, tmp_path / "q.pdf", pseudonymise=True)))
    assert not re.search(r"\bBeispiel\b", hidden)  # ("Beispieldaten" is a word)
    assert "exempel" not in hidden.lower()


def test_title_with_a_name_is_scrubbed_in_the_metadata(tmp_path: Path) -> None:
    rec = record(1)
    hidden = next(p for p in rec.people if not p.consent_named)
    workshop = dataclasses.replace(rec.workshop, title=f"Gespräch mit {hidden.name}")
    out = write_minutes_pdf(dataclasses.replace(rec, workshop=workshop), tmp_path / "t.pdf")
    meta = metadata_text(out)
    assert hidden.name.split()[-1] not in meta
    assert f"Gespräch mit Teilnehmer:in ({hidden.group})" in meta
    with pypdf.PdfReader(out) as reader:
        assert reader.metadata.title == f"Gespräch mit Teilnehmer:in ({hidden.group})"


def _jpeg(size: tuple[int, int] = (320, 240), comment: bytes = b"", **save: object) -> bytes:
    import io

    from PIL import Image

    out = io.BytesIO()
    Image.new("RGB", size, (200, 120, 40)).save(out, "JPEG", comment=comment, **save)
    return out.getvalue()


def _with_photos(*photos: tuple[bytes, str, str]) -> object:
    """record(1) with these photos (data, mime, caption) instead of its own."""
    import io

    from PIL import Image

    rec = record(1)
    base = rec.photos[0]
    made = []
    for data, mime, caption in photos:
        try:
            with Image.open(io.BytesIO(data)) as im:
                w, h = im.size
        except Exception:
            w, h = 100, 100
        made.append(
            dataclasses.replace(base, data=data, mime=mime, caption=caption, width=w, height=h)
        )
    return dataclasses.replace(rec, photos=tuple(made))


def _embedded_images(path: Path) -> list[tuple[int, int, bytes]]:
    import pikepdf

    found = []
    with pikepdf.open(path) as pdf:
        for page in pdf.pages:
            for _, x in page.Resources.get("/XObject", {}).items():
                if x.get("/Subtype") == pikepdf.Name.Image:
                    found.append((int(x.Width), int(x.Height), x.read_raw_bytes()))
    return found


def test_photo_comments_and_metadata_stay_out_of_the_pdf(tmp_path: Path) -> None:
    from PIL import Image

    exif = Image.Exif()
    exif[0x013B] = "Walter Leerstelle"  # Artist
    jpeg = _jpeg(comment=b"Fotograf: Walter Leerstelle", exif=exif.tobytes())
    assert b"Walter Leerstelle" in jpeg
    import io

    png = io.BytesIO()
    from PIL import PngImagePlugin

    info = PngImagePlugin.PngInfo()
    info.add_text("Author", "Walter Leerstelle")
    info.add_itxt("Comment", "Fotograf: Walter Leerstelle")
    Image.new("RGB", (200, 100), (0, 90, 200)).save(png, "PNG", pnginfo=info)
    rec = _with_photos((jpeg, "image/jpeg", "Pinnwand"), (png.getvalue(), "image/png", "Plakat"))
    out = write_minutes_pdf(rec, tmp_path / "photos.pdf")
    assert b"Leerstelle" not in out.read_bytes()
    images = _embedded_images(out)
    assert sorted((w, h) for w, h, _ in images) == [(200, 100), (320, 240)]
    jpeg_out = next(data for w, _, data in images if w == 320)
    with Image.open(io.BytesIO(jpeg_out)) as im:  # still a JPEG, the same pixels
        assert im.format == "JPEG"
        assert im.size == (320, 240)
        assert "comment" not in im.info
        assert "exif" not in im.info
    t = flat(text(out))
    assert "Foto 1: Pinnwand" in t
    assert "Foto 2: Plakat" in t


def test_a_damaged_photo_is_left_out_with_a_note(tmp_path: Path) -> None:
    import io
    import zlib

    from PIL import Image

    png = io.BytesIO()
    Image.effect_noise((300, 300), 60).convert("RGB").save(png, "PNG")
    data = bytearray(png.getvalue())
    idat = data.index(b"IDAT")
    data[idat + 40 : idat + 400] = bytes(360)  # damaged image data, the header still fine
    broken_png = bytes(data)
    assert zlib.crc32(broken_png)  # (a file, not nothing)
    good = _jpeg()
    truncated = _jpeg((800, 600), quality=95)[:3000]
    rec = _with_photos(
        (broken_png, "image/png", "Flipchart A"),
        (good, "image/jpeg", "Gruppenfoto"),
        (truncated, "image/jpeg", "Flipchart B"),
    )
    out = write_minutes_pdf(rec, tmp_path / "damaged.pdf")
    t = flat(text(out))
    assert "Foto 1 konnte nicht gelesen werden: Flipchart A" in t
    assert "Foto 2: Gruppenfoto" in t
    assert "Foto 3 konnte nicht gelesen werden: Flipchart B" in t
    assert [(w, h) for w, h, _ in _embedded_images(out)] == [(320, 240)]


@pytest.mark.filterwarnings("ignore::PIL.Image.DecompressionBombWarning")
def test_a_huge_photo_is_shrunk_before_embedding(tmp_path: Path) -> None:
    import io

    from PIL import Image

    png = io.BytesIO()
    Image.new("L", (12000, 9000), 128).save(png, "PNG")
    big_jpeg = _jpeg((5000, 2500))
    rec = _with_photos((png.getvalue(), "image/png", "Riesig"), (big_jpeg, "image/jpeg", "Weit"))
    out = write_minutes_pdf(rec, tmp_path / "huge.pdf")
    sizes = sorted((w, h) for w, h, _ in _embedded_images(out))
    assert sizes == [(2400, 1200), (2400, 1800)]
    assert "Foto 1: Riesig" in flat(text(out))


def test_two_exports_in_threads_keep_reportlabs_setting(tmp_path: Path) -> None:
    """Thread B's build may not start while A's runs (`rl_config.useA85` is process-wide):
    A waits inside its layout for B to get there too (in vain, with the lock), B then waits
    for A to finish, so without the lock B would restore A's temporary setting."""
    import threading

    from reportlab import rl_config

    a_inside, b_inside, a_done = threading.Event(), threading.Event(), threading.Event()

    def watcher(name: str) -> object:
        calls = {"last": 0}

        def progress(done: int, total: int) -> bool:
            if name == "b":
                a_inside.wait(10)
            if done == total - 2:  # sections built; from the second call on: laying out
                calls["last"] += 1
                if calls["last"] == 2 and name == "a":
                    a_inside.set()
                    b_inside.wait(2)
                elif calls["last"] == 2:
                    b_inside.set()
                    a_done.wait(10)
            return True

        return progress

    results: dict[str, object] = {}

    def run(name: str) -> None:
        try:
            results[name] = write_minutes_pdf(
                record(1), tmp_path / f"{name}.pdf", progress=watcher(name), now=FIXED_NOW
            )
        except BaseException as exc:  # reported below
            results[name] = exc
        finally:
            if name == "a":
                a_done.set()

    before = rl_config.useA85
    rl_config.useA85 = 1
    try:
        threads = [threading.Thread(target=run, args=(n,)) for n in ("a", "b")]
        for t in threads:
            t.start()
        for t in threads:
            t.join(120)
        assert rl_config.useA85 == 1
    finally:
        rl_config.useA85 = before
    assert b_inside.is_set()
    for name in ("a", "b"):
        out = results[name]
        assert isinstance(out, Path), out
        pages = page_texts(out)
        assert f"Seite 2 von {len(pages)}" in pages[1]
        assert pages == page_texts(results["a"])

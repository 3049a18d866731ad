"""The plain sections of the minutes: cover, contents, attendance, agenda, decisions, action
items and remarks. Each builder takes the export's `Context` and returns flowables."""

from __future__ import annotations

import io
from typing import Any

from smartcity_desktop.export import fonts
from smartcity_desktop.export.minutes_common import Context, cell, head_row, heading, para, spacer
from smartcity_desktop.export.pdf_style import esc, paragraph, table


def cover(ctx: Context) -> list[Any]:
    from reportlab.platypus import NextPageTemplate, PageBreak

    r, lab, st = ctx.record, ctx.labels, ctx.styles
    w = r.workshop
    story: list[Any] = []
    logo = _logo(ctx)
    if logo is not None:
        story += [logo, spacer(18)]
    else:
        story.append(spacer(60))
    kind = lab.texts.get(f"kind.{w.kind}", lab["kind.workshop"])
    story.append(paragraph(esc(f"{lab['minutes']} · {kind}"), st.subtitle))
    story.append(spacer(6))
    story.append(paragraph(esc(ctx.scrub(w.title)), st.title))
    story.append(paragraph(esc(r.strategy.title), st.subtitle))
    story.append(spacer(24))
    when = lab.date(w.date) if w.date else ""
    times = "–".join(t for t in (w.start_time, w.end_time) if t)
    rows = [
        (lab["city"], r.strategy.city),
        (lab["date"], when),
        (lab["time"], times),
        (lab["place"], w.place),
        (lab["moderation"], w.moderators),
        (lab["minute_taker"], w.minute_taker),
    ]
    rows = [(k, v) for k, v in rows if v]
    if rows:
        data = [[cell(ctx, k, st.cover_key), cell(ctx, v, st.cover_line)] for k, v in rows]
        t = table(
            data, [0.25 * ctx.frame_width, 0.75 * ctx.frame_width], header_rows=0, zebra=False
        )
        story.append(t)
    if r.strategy.notice:
        story += [spacer(30), para(ctx, r.strategy.notice, st.muted)]
    story += [NextPageTemplate("body"), PageBreak()]
    return story


def _logo(ctx: Context) -> Any | None:
    """The project's logo, at most 5 cm wide and 2.5 cm high; None if there is none or it is
    not an image Pillow can read."""
    data = ctx.record.logo
    if not data:
        return None
    from PIL import Image as PILImage
    from reportlab.lib.units import cm
    from reportlab.platypus import Image

    try:
        with PILImage.open(io.BytesIO(data)) as im:
            im.load()
            width, height = im.size
            converted = _pdf_safe(im)
    except Exception:
        return None
    scale = min(5 * cm / width, 2.5 * cm / height)
    source = io.BytesIO(converted) if converted is not None else io.BytesIO(data)
    img = Image(source, width=width * scale, height=height * scale)
    img.hAlign = "LEFT"
    return img


def _pdf_safe(im: Any) -> bytes | None:
    """PNG bytes of an image PDF/A can't take as it is (CMYK, palette with odd modes), or None."""
    if im.format in ("JPEG", "PNG") and im.mode in ("RGB", "L", "RGBA", "LA", "P"):
        return None
    out = io.BytesIO()
    im.convert("RGBA" if "A" in im.getbands() else "RGB").save(out, "PNG")
    return out.getvalue()


def contents(ctx: Context) -> list[Any]:
    from reportlab.platypus import PageBreak, TableStyle
    from reportlab.platypus.tableofcontents import TableOfContents

    toc = TableOfContents()
    toc.levelStyles = list(ctx.styles.toc)
    toc.dotsMinLevel = 0
    # The contents are a Table: without FONTNAME its cells would select Helvetica.
    toc.tableStyle = TableStyle(
        [
            ("FONTNAME", (0, 0), (-1, -1), fonts.REGULAR),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("RIGHTPADDING", (0, 0), (-1, -1), 0),
        ]
    )

    return [
        paragraph(esc(ctx.labels["contents"]), ctx.styles.h1),
        toc,
        PageBreak(),
    ]


def attendance(ctx: Context) -> list[Any]:
    r, lab, st = ctx.record, ctx.labels, ctx.styles
    story: list[Any] = [heading(ctx, lab["attendance"], 0)]
    present, excused = r.present(), r.excused()
    story.append(para(ctx, lab.t("count_present", n=len(present), m=len(excused)), st.muted))
    if ctx.pseudonymise:
        story.append(para(ctx, lab["pseudonymised_note"], st.muted))
    for title, entries in ((lab["present"], present), (lab["excused"], excused)):
        story.append(heading(ctx, title, 1))
        if not entries:
            story.append(para(ctx, lab["nobody"]))
            continue
        w = ctx.frame_width
        rows = [head_row(ctx, lab["name"], lab["organisation"])]
        group_rows = []
        for group, members in r.by_group(entries):
            group_rows.append(len(rows))
            rows.append([cell(ctx, group or lab["no_group"], st.cell_bold), ""])
            for a in members:
                named = not (ctx.pseudonymise or not a.consent_named)
                rows.append([cell(ctx, ctx.name_of(a)), cell(ctx, a.organisation if named else "")])
        t = table(rows, [0.42 * w, 0.58 * w], zebra=False)
        from reportlab.lib import colors

        for i in group_rows:
            t.setStyle(
                [
                    ("SPAN", (0, i), (-1, i)),
                    ("BACKGROUND", (0, i), (-1, i), colors.HexColor("#f2f2f2")),
                ]
            )
        story.append(t)
    return story


def agenda(ctx: Context) -> list[Any]:
    r, lab, st = ctx.record, ctx.labels, ctx.styles
    story: list[Any] = [heading(ctx, lab["agenda"], 0)]
    if not r.agenda:
        return [*story, para(ctx, lab["nobody"])]
    w = ctx.frame_width
    overview = [head_row(ctx, "#", lab["topic"], lab["planned"])]
    for n, item in enumerate(r.agenda, start=1):
        planned = lab.t("minutes_short", n=item.planned_minutes) if item.planned_minutes else ""
        overview.append(
            [cell(ctx, str(n)), cell(ctx, item.title), cell(ctx, planned, st.cell_right)]
        )
    story.append(table(overview, [0.07 * w, 0.75 * w, 0.18 * w], right_columns=(2,)))
    story.append(spacer(8))
    for n, item in enumerate(r.agenda, start=1):
        planned = (
            f" ({lab.t('minutes_short', n=item.planned_minutes)})" if item.planned_minutes else ""
        )
        story.append(heading(ctx, f"{n}. {item.title}{planned}", 1))
        if item.notes:
            story.append(para(ctx, item.notes))
        decisions = [d for d in r.decisions if d.agenda_item_id == item.id]
        for d in decisions:
            story.append(_decision(ctx, d.text))
    return story


def _decision(ctx: Context, text: str) -> Any:

    prefix = esc(ctx.labels["decision"])
    return paragraph(
        f'<font name="{fonts.BOLD}">{prefix}:</font> {esc(ctx.scrub(text))}',
        ctx.styles.bullet,
        bulletText="▸",
    )


def decisions(ctx: Context) -> list[Any]:
    r, lab = ctx.record, ctx.labels
    story: list[Any] = [heading(ctx, lab["decisions"], 0)]
    if not r.decisions:
        return [*story, para(ctx, lab["no_decisions"])]
    items = {a.id: (n, a) for n, a in enumerate(r.agenda, start=1)}
    w = ctx.frame_width
    rows = [head_row(ctx, "#", lab["decisions"], lab["agenda"])]
    for n, d in enumerate(r.decisions, start=1):
        where = ""
        if d.agenda_item_id in items:
            k, item = items[d.agenda_item_id]
            where = f"{k}. {item.title}"
        rows.append([cell(ctx, str(n)), cell(ctx, d.text), cell(ctx, where)])
    story.append(table(rows, [0.07 * w, 0.63 * w, 0.30 * w]))
    return story


def action_items(ctx: Context) -> list[Any]:
    r, lab = ctx.record, ctx.labels
    story: list[Any] = [heading(ctx, lab["actions"], 0)]
    if not r.action_items:
        return [*story, para(ctx, lab["no_actions"])]
    w = ctx.frame_width
    rows = [head_row(ctx, "#", lab["what"], lab["who"], lab["due"], lab["status"])]
    for n, a in enumerate(r.action_items, start=1):
        rows.append(
            [
                cell(ctx, str(n)),
                cell(ctx, a.what),
                cell(ctx, a.who),
                cell(ctx, lab.date(a.due) if a.due else "–"),
                cell(ctx, lab.status(a.status)),
            ]
        )
    story.append(table(rows, [0.05 * w, 0.39 * w, 0.20 * w, 0.22 * w, 0.14 * w]))
    return story


def remarks(ctx: Context) -> list[Any]:
    text = ctx.record.workshop.remarks.strip()
    if not text:
        return []
    story: list[Any] = [heading(ctx, ctx.labels["remarks"], 0)]
    story += [para(ctx, chunk) for chunk in text.split("\n\n") if chunk.strip()]
    return story

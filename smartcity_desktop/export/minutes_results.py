"""Voting rounds and weightings in the minutes: settings, results tables, charts, sentences.

A round whose results are not revealed says so and prints no counts at all.
"""

from __future__ import annotations

from typing import Any

from smartcity_desktop.domain import voting
from smartcity_desktop.domain.evaluation import Evaluation
from smartcity_desktop.domain.minutes import RoundRecord
from smartcity_desktop.export import pdf_charts
from smartcity_desktop.export.minutes_common import (
    Context,
    cell,
    deferred,
    head_row,
    heading,
    para,
    spacer,
)
from smartcity_desktop.export.pdf_style import esc, paragraph, table


def round_section(ctx: Context, rec: RoundRecord) -> list[Any]:
    lab, st = ctx.labels, ctx.styles
    r = rec.round
    story: list[Any] = [heading(ctx, r.title, 1)]
    settings = [
        lab[f"target.{r.target}"] if f"target.{r.target}" in lab.texts else r.target,
        lab.t("dots_per_person", n=r.dots),
        lab.t("red_dots", n=r.red_dots) if r.red_dots else lab["no_red_dots"],
        lab.t("cap", n=r.cap),
        lab["anonymous"] if r.anonymous else lab["named"],
        f"{lab['state']}: {lab.texts.get(f'state.{r.state}', r.state)}",
    ]
    if rec.revealed and rec.ballots:
        settings.append(lab.t("ballots", n=len(rec.ballots)))
    story.append(para(ctx, " · ".join(settings), st.muted))
    if not rec.revealed:
        story.append(para(ctx, lab["not_revealed"]))
        return story
    if not rec.results:
        story.append(para(ctx, lab["no_options"]))
        return story
    ordered = voting.ranked(rec.results)
    w = ctx.frame_width
    rows = [
        head_row(
            ctx,
            lab["rank"],
            lab["option"],
            lab["green"],
            lab["red"],
            lab["net"],
            lab["share"],
            lab["breadth"],
            right=(2, 3, 4, 5, 6),
        )
    ]
    right = st.cell_right
    for res in ordered:
        rows.append(
            [
                cell(ctx, lab.rank(res.rank, bool(res.tied_with))),
                cell(ctx, rec.label(res.option_id)),
                cell(ctx, str(res.green), right),
                cell(ctx, str(res.red), right),
                cell(ctx, str(res.net), right),
                cell(ctx, lab.percent(res.share), right),
                cell(ctx, "–" if res.breadth is None else str(res.breadth), right),
            ]
        )
    widths = [0.13, 0.42, 0.08, 0.08, 0.09, 0.10, 0.10]
    story.append(table(rows, [f * w for f in widths]))
    from reportlab.platypus import KeepTogether

    rows_per_chart = _rows_per_chart(ctx)
    for start in range(0, len(ordered), rows_per_chart):
        part = ordered[start : start + rows_per_chart]
        chart = pdf_charts.vote_chart(
            w,
            [ctx.scrub(rec.label(x.option_id)) for x in part],
            [x.green for x in part],
            [x.red for x in part],
            lab["chart_votes"] if start == 0 else "",
            scale=(max(x.green for x in ordered), max(x.red for x in ordered)),
        )
        story.append(KeepTogether([spacer(6), deferred(ctx, chart)]))
    return story


def _rows_per_chart(ctx: Context) -> int:
    """Bars per drawing, so a chart of 100 options or 200 projects breaks across pages."""
    return max(5, int((0.85 * ctx.frame_height - 60) // pdf_charts.ROW))


def weighting_section(ctx: Context, ev: Evaluation) -> list[Any]:

    lab, st = ctx.labels, ctx.styles
    wg = ev.weighting
    w = ctx.frame_width
    story: list[Any] = [heading(ctx, wg.title, 1)]
    method = lab.texts.get(f"method.{wg.method}", wg.method)
    judged = lab.texts.get(f"judged_by.{wg.judged_by}", "")
    story.append(para(ctx, f"{lab['method']}: {method}. {judged}.", st.body))
    weights = ev.weights.weights
    story.append(heading(ctx, lab["criteria"], 2))
    rows = [head_row(ctx, "", lab["criterion"], lab["weight"], right=(2,))]
    for j, c in enumerate(ev.criteria):
        name = c.name
        if c.must and c.threshold is not None:
            name = f"{name} – {lab.t('must', n=lab.number(c.threshold, 0))}"
        shown = lab.percent(weights[j]) if weights is not None else "–"
        rows.append([cell(ctx, f"K{j + 1}"), cell(ctx, name), cell(ctx, shown, st.cell_right)])
    story.append(table(rows, [0.08 * w, 0.74 * w, 0.18 * w], right_columns=(2,)))
    if weights is None:
        story.append(para(ctx, lab["weights_missing"]))
    ahp = ev.weights.ahp
    if ahp is not None and weights is not None:
        story.append(spacer(4))
        text = esc(
            lab.t(
                "consistency",
                lam=lab.number(ahp.lambda_max, 3),
                ci=lab.number(ahp.ci, 3),
                cr=lab.number(ahp.cr, 3),
                ri=lab.number(ahp.random_index, 2),
            )
        )
        story.append(paragraph(text.replace("λ_max", "λ<sub>max</sub>"), st.body))
        story.append(para(ctx, lab["consistency_ok" if ahp.acceptable else "consistency_bad"]))
    story += _scores(ctx, ev)
    story += _ranking(ctx, ev)
    return story


def _scores(ctx: Context, ev: Evaluation) -> list[Any]:
    lab, st = ctx.labels, ctx.styles
    if not ev.projects or not ev.criteria:
        return []
    w = ctx.frame_width
    n = len(ev.criteria)
    project_w = 0.30 * w if n > 6 else 0.40 * w
    col = (w - project_w) / n
    rows = [
        head_row(
            ctx, lab["project"], *(f"K{j + 1}" for j in range(n)), right=tuple(range(1, n + 1))
        )
    ]
    for p, o in zip(ev.projects, ev.outcomes, strict=True):
        values = [("–" if s is None else lab.number(s, 1)) for s in o.scores]
        rows.append([cell(ctx, p.title), *(cell(ctx, v, st.cell_right) for v in values)])
    story: list[Any] = [heading(ctx, lab["scores"], 2)]
    story.append(table(rows, [project_w] + [col] * n))
    reasons = []
    for p, o in zip(ev.projects, ev.outcomes, strict=True):
        for j in o.failed_must:
            c = ev.criteria[j]
            reasons.append(
                lab.t(
                    "excluded_reason",
                    project=p.title,
                    criterion=c.name,
                    score=lab.number(o.scores[j] or 0.0, 1),
                    threshold=lab.number(c.threshold or 0.0, 0),
                )
            )
        if o.missing and not o.excluded:
            reasons.append(lab.t("not_scored", project=p.title, n=o.missing))
    if reasons:
        story.append(heading(ctx, lab["excluded"], 2))
        story += [para(ctx, r, st.body) for r in reasons]
    return story


def _ranking(ctx: Context, ev: Evaluation) -> list[Any]:
    from reportlab.platypus import KeepTogether

    lab, st = ctx.labels, ctx.styles
    if not ev.ranked:
        return []
    w = ctx.frame_width
    rows = [head_row(ctx, lab["rank"], lab["project"], lab["utility"], right=(2,))]
    for i in ev.ranked:
        o = ev.outcomes[i]
        shared = len(ev.ties.get(o.rank or 0, ())) > 1
        rows.append(
            [
                cell(ctx, lab.rank(o.rank or 0, shared)),
                cell(ctx, ev.projects[i].title),
                cell(ctx, lab.number(o.utility or 0.0, 2), st.cell_right),
            ]
        )
    story: list[Any] = [heading(ctx, lab["ranking"], 2)]
    story.append(table(rows, [0.15 * w, 0.67 * w, 0.18 * w], right_columns=(2,)))
    rows_per_chart = _rows_per_chart(ctx) - (len(ev.criteria) + 1) // 2
    ranked = list(ev.ranked)
    most = max((ev.outcomes[i].utility or 0.0) for i in ranked)
    for start in range(0, len(ranked), rows_per_chart):
        part = ranked[start : start + rows_per_chart]
        last = start + rows_per_chart >= len(ranked)
        chart = pdf_charts.utility_chart(
            w,
            [ctx.scrub(ev.projects[i].title) for i in part],
            [ev.outcomes[i].contributions for i in part],
            [f"K{j + 1} {c.name}" for j, c in enumerate(ev.criteria)] if last else [],
            lambda x: lab.number(x, 2),
            scale_max=most,
        )
        caption = [para(ctx, lab["chart_utility"], st.caption)] if start == 0 else []
        story.append(KeepTogether([spacer(6), *caption, deferred(ctx, chart)]))
    sentences = lab.sensitivity_sentences(ev)
    if sentences:
        story.append(heading(ctx, lab["sensitivity"], 2))
        head, rest = sentences[0], sentences[1:]
        story.append(para(ctx, head, st.body))
        if len(rest) == 2 * len(ev.criteria):  # interval and margin per criterion
            rest = [f"{a} {b}" for a, b in zip(rest[::2], rest[1::2], strict=True)]
        story += [paragraph(esc(ctx.scrub(s)), st.bullet, bulletText="•") for s in rest]
    return story

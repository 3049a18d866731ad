"""The texts of the strategy draft's exports (PDF and Word), in German (default) and English.

Built on the minutes' `Labels` (number, percent and date formats, source names, "page x of y"),
with the strategy's own headings and phrases added. Plain Python: the export runs headless.
"""

from __future__ import annotations

from smartcity_desktop.export.labels import Labels, labels

_DE: dict[str, str] = {
    "draft": "Entwurf",
    "draft_as_of": "Entwurf, Stand {date}",
    "version_of": "{version}, gespeichert am {date}",
    "document": "Smart-City-Strategie",
    "section.vision": "Leitbild",
    "section.goals": "Strategische Ziele",
    "section.fields": "Handlungsfelder",
    "section.criteria": "Kriterien für die Projektauswahl",
    "section.governance": "Governance",
    "section.next_steps": "Handlungsempfehlungen und nächste Schritte",
    "section.origin": "Anhang: Herkunft der Handlungsfelder",
    "empty.vision": "Das Leitbild ist noch nicht formuliert.",
    "empty.goals": "Noch keine strategischen Ziele.",
    "empty.fields": "Noch keine Handlungsfelder.",
    "empty.criteria": "Noch keine Kriterien.",
    "empty.governance": "Noch keine Rollen und Gremien.",
    "empty.next_steps": "Noch keine nächsten Schritte.",
    "empty.field_goals": "Noch keine Ziele für dieses Handlungsfeld.",
    "empty.projects": "Noch keine Projekte in diesem Handlungsfeld.",
    "empty.text": "Noch kein Text.",
    "isek": "Bezug zum ISEK: {isek}",
    "field_goals": "Ziele",
    "serves": "dient dem strategischen Ziel „{goal}“",
    "projects": "Projekte",
    "project": "Projekt",
    "owner": "Verantwortlich",
    "cost": "Kosten",
    "status": "Status",
    "rank": "Rang",
    "utility": "Nutzwert",
    "ko": "K.-o.",
    "ko_explained": "„K.-o.“: unter der Schwelle eines K.-o.-Kriteriums, ohne Rang.",
    "no_score": "–",
    "ranked_in": "Rang und Nutzwert in der vereinbarten Gewichtung „{weighting}“.",
    "not_ranked": "Rang und Nutzwert folgen, sobald eine Gewichtung vereinbart ist.",
    "criterion": "Kriterium",
    "threshold": "K.-o.-Schwelle",
    "ko_threshold": "mindestens {n}",
    "weight": "Gewicht",
    "weights_from": "Die Gewichte stammen aus der vereinbarten Gewichtung „{weighting}“ "
    "({method}).",
    "weights_from_plain": "Die Gewichte stammen aus der vereinbarten Gewichtung „{weighting}“.",
    "no_weighting": "Es ist noch keine Gewichtung vereinbart: Die Kriterien stehen ohne Gewichte.",
    "body": "Rolle oder Gremium",
    "members": "Mitglieder",
    "tasks": "Aufgaben",
    "what": "Was",
    "who": "Wer",
    "due": "Bis",
    "field": "Handlungsfeld",
    "whole_strategy": "gesamte Strategie",
    "ideas": "Ideen",
    "green_dots": "Grüne Punkte",
    "red_dots": "Rote Punkte",
    "total": "Gesamt",
    "origin_note": "Ideen: Karten der Cluster eines Handlungsfeldes samt zusammengeführter "
    "Dubletten, nach ihrer Quelle. Punkte: aus abgeschlossenen oder "
    "aufgedeckten Punktabfragen; eine zweite Runde über die Spitzengruppe zählt nicht noch einmal.",
    "origin_none": "Noch keine Handlungsfelder, deren Herkunft sich zeigen ließe.",
    "n.ideas.one": "1 Idee",
    "n.ideas.other": "{n} Ideen",
    "n.sources.one": "aus 1 Quelle",
    "n.sources.other": "aus {n} Quellen",
    "n.green.one": "1 Punkt",
    "n.green.other": "{n} Punkte",
    "n.red.one": "1 roter Punkt",
    "n.red.other": "{n} rote Punkte",
    "n.projects.one": "1 Projekt",
    "n.projects.other": "{n} Projekte",
    "pstatus.idea": "Idee",
    "pstatus.shortlisted": "In der engeren Wahl",
    "pstatus.selected": "Ausgewählt",
    "pstatus.in_progress": "In Umsetzung",
    "pstatus.done": "Umgesetzt",
    "pstatus.deferred": "Zurückgestellt",
    "currency": "{amount}\u00a0€",
}

_EN: dict[str, str] = {
    "draft": "Draft",
    "draft_as_of": "Draft as of {date}",
    "version_of": "{version}, saved on {date}",
    "document": "Smart City strategy",
    "section.vision": "Vision",
    "section.goals": "Strategic goals",
    "section.fields": "Fields of action",
    "section.criteria": "Criteria for selecting projects",
    "section.governance": "Governance",
    "section.next_steps": "Recommendations and next steps",
    "section.origin": "Appendix: where the fields of action came from",
    "empty.vision": "The vision has not been written yet.",
    "empty.goals": "No strategic goals yet.",
    "empty.fields": "No fields of action yet.",
    "empty.criteria": "No criteria yet.",
    "empty.governance": "No roles or bodies yet.",
    "empty.next_steps": "No next steps yet.",
    "empty.field_goals": "No goals for this field of action yet.",
    "empty.projects": "No projects in this field of action yet.",
    "empty.text": "No text yet.",
    "isek": "ISEK reference: {isek}",
    "field_goals": "Goals",
    "serves": "serves the strategic goal “{goal}”",
    "projects": "Projects",
    "project": "Project",
    "owner": "Owner",
    "cost": "Cost",
    "status": "Status",
    "rank": "Rank",
    "utility": "Utility",
    "ko": "K.O.",
    "ko_explained": "“K.O.”: below the threshold of a must-criterion, not ranked.",
    "no_score": "–",
    "ranked_in": "Rank and utility in the agreed weighting “{weighting}”.",
    "not_ranked": "Rank and utility follow once a weighting has been agreed.",
    "criterion": "Criterion",
    "threshold": "Must-criterion",
    "ko_threshold": "at least {n}",
    "weight": "Weight",
    "weights_from": "The weights come from the agreed weighting “{weighting}” ({method}).",
    "weights_from_plain": "The weights come from the agreed weighting “{weighting}”.",
    "no_weighting": "No weighting has been agreed yet: the criteria are listed without weights.",
    "body": "Role or body",
    "members": "Members",
    "tasks": "Tasks",
    "what": "What",
    "who": "Who",
    "due": "Due",
    "field": "Field of action",
    "whole_strategy": "whole strategy",
    "ideas": "Ideas",
    "green_dots": "Green dots",
    "red_dots": "Red dots",
    "total": "Total",
    "origin_note": "Ideas: the cards of a field's clusters including merged duplicates, by "
    "source. Dots: from closed or revealed dot votes; "
    "a second round on a shortlist is not counted again.",
    "origin_none": "No fields of action yet whose origin could be shown.",
    "n.ideas.one": "1 idea",
    "n.ideas.other": "{n} ideas",
    "n.sources.one": "from 1 source",
    "n.sources.other": "from {n} sources",
    "n.green.one": "1 dot",
    "n.green.other": "{n} dots",
    "n.red.one": "1 red dot",
    "n.red.other": "{n} red dots",
    "n.projects.one": "1 project",
    "n.projects.other": "{n} projects",
    "pstatus.idea": "Idea",
    "pstatus.shortlisted": "Shortlisted",
    "pstatus.selected": "Selected",
    "pstatus.in_progress": "In progress",
    "pstatus.done": "Done",
    "pstatus.deferred": "Deferred",
    "currency": "€{amount}",
}

assert _DE.keys() == _EN.keys()


def strategy_labels(language: str = "de") -> Labels:
    """The minutes' labels of `language` plus the strategy's ("en" → English, else German)."""
    base = labels(language)
    return Labels(base.language, {**base.texts, **(_EN if base.language == "en" else _DE)})


def count(lab: Labels, key: str, n: int) -> str:
    """ "1 Idee" / "46 Ideen" (`key` is the stem: ideas, sources, green, red, projects)."""
    return lab.t(f"n.{key}.{'one' if n == 1 else 'other'}", n=lab.number(n, 0))


def project_status(lab: Labels, status: str) -> str:
    return lab.texts.get(f"pstatus.{status}", status)


def number(lab: Labels, value: float) -> str:
    """A threshold or score as short as it can be: "5", "7,5"."""
    return lab.number(value, 0) if float(value).is_integer() else lab.number(value, 1)


def money(lab: Labels, amount: int | None) -> str:
    return lab.t("currency", amount=lab.number(amount, 0)) if amount is not None else "–"

"""Every text the exports print, in German (default) and English, with number formatting.

Plain Python (no Qt): the export runs headless from the command line too. `labels("en")`;
anything but "en" is German. Sensitivity sentences follow the result view's wording and its
rounding: bounds are rounded towards the inside of the stable range, so every sentence stays true
at the number it shows.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING

from smartcity_desktop.domain.minutes import long_date
from smartcity_desktop.domain.sensitivity import round_down, round_up

if TYPE_CHECKING:
    from smartcity_desktop.domain.evaluation import Evaluation
    from smartcity_desktop.domain.weighting import CriterionSensitivity, Sensitivity

_EDGE = 1e-9

_DE: dict[str, str] = {
    "minutes": "Protokoll",
    "contents": "Inhalt",
    "date": "Datum",
    "time": "Zeit",
    "place": "Ort",
    "moderation": "Moderation",
    "minute_taker": "Protokollführung",
    "city": "Stadt",
    "strategy": "Strategie",
    "kind.workshop": "Workshop",
    "kind.expert_talk": "Fachgespräch",
    "attendance": "Teilnehmende",
    "present": "Anwesend",
    "excused": "Entschuldigt",
    "nobody": "Keine Angaben.",
    "no_group": "Ohne Anspruchsgruppe",
    "participant_placeholder": "Teilnehmer:in ({group})",
    "participant_placeholder_nogroup": "Teilnehmer:in",
    "pseudonymised_note": "Die Namen der Teilnehmenden sind in diesem Protokoll pseudonymisiert.",
    "count_present": "{n} anwesend, {m} entschuldigt",
    "name": "Name",
    "organisation": "Organisation",
    "agenda": "Tagesordnung",
    "item": "Punkt",
    "topic": "Thema",
    "planned": "Geplant",
    "minutes_short": "{n} Min.",
    "notes": "Notizen",
    "decisions_here": "Beschlüsse",
    "decision": "Beschluss",
    "boards": "Pinnwände",
    "board": "Pinnwand",
    "board_drawing": "Pinnwand „{title}“ mit {cards} Karten in {clusters} Clustern",
    "clusters": "Cluster",
    "field_of_action": "Handlungsfeld",
    "promoted": "★ Handlungsfeld: {title}",
    "area_unsorted": "Importbereich – noch nicht sortiert",
    "loose_cards": "Karten ohne Cluster",
    "card_text": "Karte",
    "source": "Quelle",
    "no_cards": "Keine Karten.",
    "source.survey": "Umfrage",
    "source.interview": "Interview",
    "source.workshop": "Workshop",
    "source.best_practice": "Best Practice",
    "source.own": "Eigene Idee",
    "votings": "Punktabfragen",
    "settings": "Einstellungen",
    "dots_per_person": "Grüne Punkte pro Person: {n}",
    "red_dots": "Rote Punkte (Bedenken) pro Person: {n}",
    "no_red_dots": "Keine roten Punkte",
    "cap": "Höchstens {n} Punkt(e) einer Farbe pro Option und Person",
    "anonymous": "Anonym",
    "named": "Namentlich",
    "target.clusters": "Abgestimmt über: Cluster",
    "target.cards": "Abgestimmt über: Karten",
    "state": "Stand",
    "state.open": "offen",
    "state.closed": "abgeschlossen",
    "state.revealed": "aufgedeckt",
    "ballots": "{n} Stimmzettel",
    "not_revealed": "Die Ergebnisse sind noch nicht aufgedeckt.",
    "rank": "Rang",
    "shared": "{rank} (geteilt)",
    "option": "Option",
    "green": "Grün",
    "red": "Rot",
    "net": "Netto",
    "share": "Anteil",
    "breadth": "Breite",
    "chart_votes": "Netto-Punkte je Option (grün minus rot)",
    "no_options": "Diese Runde hat keine Optionen.",
    "weightings": "Gewichtungen",
    "method": "Methode",
    "method.points": "Punktevergabe (100 Punkte)",
    "method.rank_roc": "Rangfolge (Rank-Order-Centroid)",
    "method.rank_sum": "Rangfolge (Rangsummen)",
    "method.pairwise": "Paarvergleich (2/1/0)",
    "method.ahp": "Analytic Hierarchy Process (AHP, Saaty-Skala 1–9)",
    "judged_by.group": "Gewichtet von der Gruppe",
    "judged_by.participants": "Gewichtet von den Teilnehmenden einzeln (gemittelt)",
    "criteria": "Kriterien",
    "criterion": "Kriterium",
    "weight": "Gewicht",
    "must": "K.-o.-Kriterium (mindestens {n})",
    "consistency": "λ_max = {lam}, CI = {ci}, CR = {cr} (Random Index: Saaty (1980), RI = {ri})",
    "consistency_ok": "Die Vergleiche sind hinreichend konsistent (CR ≤ 0,10).",
    "consistency_bad": "Die Vergleiche sind nicht hinreichend konsistent (CR > 0,10).",
    "weights_missing": "Die Gewichte sind noch nicht vollständig.",
    "scores": "Bewertungsmatrix (Mittelwerte 0–10)",
    "project": "Projekt",
    "excluded": "Ausgeschlossen",
    "excluded_reason": "{project}: {criterion} {score} < {threshold} (K.-o.)",
    "not_scored": "{project}: {n} Bewertung(en) fehlen",
    "ranking": "Rangfolge",
    "utility": "Nutzwert",
    "chart_utility": "Nutzwert je Projekt, Beitrag der Kriterien",
    "sensitivity": "Sensitivität",
    "decisions": "Beschlüsse",
    "decisions_other": "Weitere Beschlüsse",
    "no_decisions": "Keine Beschlüsse.",
    "actions": "Aufgaben und Empfehlungen",
    "what": "Was",
    "who": "Wer",
    "due": "Bis",
    "status": "Status",
    "status.open": "offen",
    "status.in_progress": "in Arbeit",
    "status.done": "erledigt",
    "no_actions": "Keine Aufgaben.",
    "photos": "Fotodokumentation",
    "photo_caption": "Foto {n}: {caption}",
    "photo_unreadable": "Foto {n} konnte nicht gelesen werden: {caption}",
    "remarks": "Weitere Anmerkungen",
    "page_of": "Seite {page} von {pages}",
    "logo": "Logo",
    "sens.one": "Nur ein Projekt ist in der Rangfolge: Es gibt keinen ersten Platz zu verlieren.",
    "sens.single": "Bei nur einem Kriterium beträgt sein Gewicht immer 100 %.",
    "sens.tied": "Den ersten Platz teilen sich {names}: Die Gewichte allein entscheiden nicht "
    "zwischen ihnen. Das entscheidet eine Stichwahl oder ein festgehaltener Beschluss.",
    "sens.none": "Keine Änderung eines einzelnen Gewichts ändert den ersten Platz.",
    "sens.critical": "Das Ergebnis reagiert am empfindlichsten auf {name}: Eine Änderung um "
    "{points} Prozentpunkte (von {now} auf {to}) ändert den ersten Platz.",
    "sens.any": "{name} (jetzt {now}) kann jedes Gewicht von 0 % bis 100 % annehmen, ohne dass "
    "sich der erste Platz ändert.",
    "sens.rise": "{name} (jetzt {now}) kann bis {high} steigen, bevor sich der erste Platz "
    "ändert (dann {above}).",
    "sens.low": "{name} (jetzt {now}) kann zwischen {low} und 100 % liegen, ohne dass sich der "
    "erste Platz ändert (darunter {below}).",
    "sens.range": "{name} (jetzt {now}) kann zwischen {low} und {high} liegen, ohne dass sich der "
    "erste Platz ändert (darunter {below}; darüber {above}).",
    "sens.leads": "führt {name}",
    "sens.share": "teilen sich {names} den ersten Platz",
    "sens.margin": "{leader} könnte bei {name} {points} Punkte verlieren, bevor {runner} "
    "vorbeizieht.",
    "sens.margin_any": "Selbst mit 0 Punkten bei {name} läge {leader} noch vor {runner}.",
    "sens.no_count": "Bewertungen bei {name} zählen bei diesem Gewicht nicht.",
    "less_than": "weniger als {n}",
    "and": "{a} und {b}",
}

_EN: dict[str, str] = {
    "minutes": "Minutes",
    "contents": "Contents",
    "date": "Date",
    "time": "Time",
    "place": "Place",
    "moderation": "Moderation",
    "minute_taker": "Minutes taken by",
    "city": "City",
    "strategy": "Strategy",
    "kind.workshop": "Workshop",
    "kind.expert_talk": "Expert talk",
    "attendance": "Participants",
    "present": "Present",
    "excused": "Excused",
    "nobody": "None recorded.",
    "no_group": "No stakeholder group",
    "participant_placeholder": "Participant ({group})",
    "participant_placeholder_nogroup": "Participant",
    "pseudonymised_note": "The participants' names are pseudonymised in these minutes.",
    "count_present": "{n} present, {m} excused",
    "name": "Name",
    "organisation": "Organisation",
    "agenda": "Agenda",
    "item": "Item",
    "topic": "Topic",
    "planned": "Planned",
    "minutes_short": "{n} min",
    "notes": "Notes",
    "decisions_here": "Decisions",
    "decision": "Decision",
    "boards": "Boards",
    "board": "Board",
    "board_drawing": "Board “{title}” with {cards} cards in {clusters} clusters",
    "clusters": "Clusters",
    "field_of_action": "Field of action",
    "promoted": "★ Field of action: {title}",
    "area_unsorted": "Import area – not yet sorted",
    "loose_cards": "Cards outside clusters",
    "card_text": "Card",
    "source": "Source",
    "no_cards": "No cards.",
    "source.survey": "Survey",
    "source.interview": "Interview",
    "source.workshop": "Workshop",
    "source.best_practice": "Best practice",
    "source.own": "Own idea",
    "votings": "Dot votes",
    "settings": "Settings",
    "dots_per_person": "Green dots per person: {n}",
    "red_dots": "Red dots (concerns) per person: {n}",
    "no_red_dots": "No red dots",
    "cap": "At most {n} dot(s) of one colour per option and person",
    "anonymous": "Anonymous",
    "named": "Named",
    "target.clusters": "Voted on: clusters",
    "target.cards": "Voted on: cards",
    "state": "State",
    "state.open": "open",
    "state.closed": "closed",
    "state.revealed": "revealed",
    "ballots": "{n} ballot(s)",
    "not_revealed": "The results are not yet revealed.",
    "rank": "Rank",
    "shared": "{rank} (shared)",
    "option": "Option",
    "green": "Green",
    "red": "Red",
    "net": "Net",
    "share": "Share",
    "breadth": "Breadth",
    "chart_votes": "Net dots per option (green minus red)",
    "no_options": "This round has no options.",
    "weightings": "Weightings",
    "method": "Method",
    "method.points": "Points allocation (100 points)",
    "method.rank_roc": "Ranking (rank-order centroid)",
    "method.rank_sum": "Ranking (rank sum)",
    "method.pairwise": "Pairwise comparison (2/1/0)",
    "method.ahp": "Analytic Hierarchy Process (AHP, Saaty scale 1–9)",
    "judged_by.group": "Weighted by the group",
    "judged_by.participants": "Weighted by each participant (averaged)",
    "criteria": "Criteria",
    "criterion": "Criterion",
    "weight": "Weight",
    "must": "Must-criterion (at least {n})",
    "consistency": "λ_max = {lam}, CI = {ci}, CR = {cr} (Random Index: Saaty (1980), RI = {ri})",
    "consistency_ok": "The comparisons are sufficiently consistent (CR ≤ 0.10).",
    "consistency_bad": "The comparisons are not sufficiently consistent (CR > 0.10).",
    "weights_missing": "The weights are not complete yet.",
    "scores": "Scores (means 0–10)",
    "project": "Project",
    "excluded": "Excluded",
    "excluded_reason": "{project}: {criterion} {score} < {threshold} (must-criterion)",
    "not_scored": "{project}: {n} score(s) missing",
    "ranking": "Ranking",
    "utility": "Utility",
    "chart_utility": "Utility per project, contribution of each criterion",
    "sensitivity": "Sensitivity",
    "decisions": "Decisions",
    "decisions_other": "Further decisions",
    "no_decisions": "No decisions.",
    "actions": "Action items and recommendations",
    "what": "What",
    "who": "Who",
    "due": "Due",
    "status": "Status",
    "status.open": "open",
    "status.in_progress": "in progress",
    "status.done": "done",
    "no_actions": "No action items.",
    "photos": "Photos",
    "photo_caption": "Photo {n}: {caption}",
    "photo_unreadable": "Photo {n} could not be read: {caption}",
    "remarks": "Further remarks",
    "page_of": "page {page} of {pages}",
    "logo": "Logo",
    "sens.one": "Only one project is ranked: there is no first place to lose.",
    "sens.single": "With a single criterion its weight is always 100 %.",
    "sens.tied": "First place is shared by {names}: the weights as they are do not decide between "
    "them. A runoff or a recorded decision does.",
    "sens.none": "No change of a single weight changes first place.",
    "sens.critical": "The result is most sensitive to {name}: a change of {points} percentage "
    "points (from {now} to {to}) changes first place.",
    "sens.any": "{name} (now {now}) may take any weight from 0 % to 100 % without changing first "
    "place.",
    "sens.rise": "{name} (now {now}) may rise to {high} before first place changes (then {above}).",
    "sens.low": "{name} (now {now}) may range from {low} to 100 % without changing first place "
    "(below that, {below}).",
    "sens.range": "{name} (now {now}) may range from {low} to {high} without changing first place "
    "(below that, {below}; above, {above}).",
    "sens.leads": "{name} leads",
    "sens.share": "{names} share first place",
    "sens.margin": "{leader} could lose {points} points on {name} before being overtaken by "
    "{runner}.",
    "sens.margin_any": "Even with 0 points on {name}, {leader} would stay ahead of {runner}.",
    "sens.no_count": "Scores on {name} do not count at this weight.",
    "less_than": "less than {n}",
    "and": "{a} and {b}",
}


@dataclass(frozen=True)
class Labels:
    """The texts and number formats of one language; `labels["agenda"]`, `labels.t(key, n=3)`."""

    language: str
    texts: Mapping[str, str]

    def __getitem__(self, key: str) -> str:
        return self.texts[key]

    def t(self, key: str, **values: object) -> str:
        return self.texts[key].format(**values)

    @property
    def lang_tag(self) -> str:
        """The PDF's /Lang: "de-DE" or "en-GB"."""
        return "de-DE" if self.language == "de" else "en-GB"

    def date(self, iso: str) -> str:
        return long_date(iso, self.language)

    def number(self, value: float, decimals: int = 2) -> str:
        """ "7,45" in German, "7.45" in English (thousands separated: "1.184" / "1,184")."""
        text = f"{float(value):,.{decimals}f}"
        if self.language == "de":
            text = text.replace(",", "\u2009").replace(".", ",").replace("\u2009", ".")
        return text

    def percent(self, share: float, rounding: str = "nearest") -> str:
        """A share (0–1) as "20,9 %"; "down"/"up" round the shown decimal in that direction."""
        value = share * 100
        if rounding == "down":
            value = round_down(value, 1)
        elif rounding == "up":
            value = round_up(value, 1)
        if abs(value) < 1e-9 or abs(value - 100) < 1e-9:
            return f"{round(value):d}\u00a0%"
        return f"{self.number(value, 1)}\u00a0%"

    def rank(self, rank: int, shared: bool) -> str:
        return self.t("shared", rank=rank) if shared else str(rank)

    def joined(self, names: Iterable[str]) -> str:
        items = list(names)
        if len(items) <= 1:
            return "".join(items)
        return self.t("and", a=", ".join(items[:-1]), b=items[-1])

    def placeholder(self, group: str) -> str:
        if not group:
            return self["participant_placeholder_nogroup"]
        return self.t("participant_placeholder", group=group)

    def status(self, status: str) -> str:
        return self.texts.get(f"status.{status}", status)

    def source(self, source: str) -> str:
        return self.texts.get(f"source.{source}", source)

    # -- sensitivity ---------------------------------------------------------------------------

    def sensitivity_sentences(self, ev: Evaluation) -> list[str]:
        """The headline (most critical criterion or a shared first place), then per criterion
        how far its weight may move and how many points the leader could lose on it."""
        sens = ev.sensitivity
        if sens is None or not ev.ranked:
            return []
        if len(ev.ranked) == 1:
            return [self["sens.one"]]
        if len(ev.criteria) == 1:
            return [self["sens.single"]]
        title = _ranked_title(ev)
        if sens.tied:
            return [self.t("sens.tied", names=self.joined(title(m) for m in sens.first_place))]
        lines = [self._critical(ev, sens)]
        for c in sens.criteria:
            lines.append(self._interval(ev, c))
            lines.append(self._margin(ev, sens, c))
        return lines

    def _leads(self, ev: Evaluation, ranked: int) -> str:
        matrix = ev.score_matrix
        same = [m for m, row in enumerate(matrix) if row == matrix[ranked]]
        title = _ranked_title(ev)
        if len(same) > 1:
            return self.t("sens.share", names=self.joined(title(m) for m in same))
        return self.t("sens.leads", name=title(ranked))

    def _interval(self, ev: Evaluation, c: CriterionSensitivity) -> str:
        name = ev.criteria[c.criterion].name
        now = self.percent(c.weight)
        low_change = c.runner_up_at_low is not None and c.low > _EDGE
        high_change = c.runner_up_at_high is not None and c.high < 1 - _EDGE
        if not low_change and not high_change:
            return self.t("sens.any", name=name, now=now)
        high = self.percent(c.high, "down")
        if high_change and not low_change:
            above = self._leads(ev, c.runner_up_at_high)  # type: ignore[arg-type]
            return self.t("sens.rise", name=name, now=now, high=high, above=above)
        below = self._leads(ev, c.runner_up_at_low)  # type: ignore[arg-type]
        low = self.percent(c.low, "up")
        if not high_change:
            return self.t("sens.low", name=name, now=now, low=low, below=below)
        above = self._leads(ev, c.runner_up_at_high)  # type: ignore[arg-type]
        return self.t(
            "sens.range", name=name, now=now, low=low, high=high, below=below, above=above
        )

    def _margin(self, ev: Evaluation, sens: Sensitivity, c: CriterionSensitivity) -> str:
        name = ev.criteria[c.criterion].name
        title = _ranked_title(ev)
        if c.margin_points is None or sens.runner_up is None:
            return self.t("sens.no_count", name=name)
        matrix = ev.score_matrix
        same = [m for m, row in enumerate(matrix) if row == matrix[sens.runner_up]]
        runner = self.joined(title(m) for m in same)
        leader = title(sens.leader)
        if c.margin_points >= matrix[sens.leader][c.criterion]:
            return self.t("sens.margin_any", name=name, leader=leader, runner=runner)
        points = round_down(c.margin_points, 1)
        shown = (
            self.t("less_than", n=self.number(0.1, 1)) if points <= 0 else self.number(points, 1)
        )
        return self.t("sens.margin", leader=leader, points=shown, name=name, runner=runner)

    def _critical(self, ev: Evaluation, sens: Sensitivity) -> str:
        if sens.most_critical is None:
            return self["sens.none"]
        c = sens.criteria[sens.most_critical]
        change = c.smallest_change or 0.0
        down = c.runner_up_at_low is not None and (
            c.runner_up_at_high is None or c.weight - c.low <= c.high - c.weight
        )
        target = self.percent(c.low, "down") if down else self.percent(c.high, "up")
        points = (
            self.number(round_up(change * 100, 1), 1)
            if change >= 0.0005
            else self.t("less_than", n=self.number(0.1, 1))
        )
        return self.t(
            "sens.critical",
            name=ev.criteria[c.criterion].name,
            points=points,
            now=self.percent(c.weight),
            to=target,
        )


def _ranked_title(ev: Evaluation):
    return lambda m: ev.projects[ev.ranked[m]].title


def labels(language: str = "de") -> Labels:
    """The labels of `language` ("en" → English; anything else → German)."""
    if language == "en":
        return Labels("en", _EN)
    return Labels("de", _DE)

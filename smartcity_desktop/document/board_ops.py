"""What a moderator does on a board, each as one undoable change set.

Each function reads the current state from the document, works out every row a gesture
changes (cards moved into a cluster grow its frame, a renamed cluster renames the field of
action that carries its name, ...) and returns one `ChangeSetCommand` for the undo stack, or
None when the gesture changes nothing. Nothing here touches the file until the command is
pushed.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QObject

from smartcity_desktop.document.commands import (
    ChangeSetCommand,
    DeleteCommand,
    InsertCommand,
    SetFieldsCommand,
)
from smartcity_desktop.document.document import Delete, Insert, Op, ProjectDocument, Update
from smartcity_desktop.domain import board as geometry
from smartcity_desktop.domain.board import Rect
from smartcity_desktop.domain.model import Card, CardSource, Cluster, MergedCard
from smartcity_desktop.store.board import encode_merged, encode_tags


def _frame(cluster: Cluster) -> Rect:
    return Rect(cluster.x, cluster.y, cluster.width, cluster.height)


def _rect_values(rect: Rect) -> dict[str, float]:
    return {"x": rect.x, "y": rect.y, "width": rect.width, "height": rect.height}


class BoardTexts(QObject):
    """Undo texts with a count (self.tr(), so lupdate records their plural forms)."""

    def tidy_clusters(self, n: int) -> str:
        return self.tr("Tidy %n cluster(s)", "", n)

    def delete_n_cluster_s(self, n: int) -> str:
        return self.tr("Delete %n cluster(s)", "", n)

    def colour_n_cluster_s(self, n: int) -> str:
        return self.tr("Colour %n cluster(s)", "", n)

    def merge_n_duplicate_card_s(self, n: int) -> str:
        return self.tr("Merge %n duplicate card(s)", "", n)

    def promote_n_cluster_s_to_fields_of_action(self, n: int) -> str:
        return self.tr("Promote %n cluster(s) to fields of action", "", n)

    def take_n_card_s_out_of_their_cluster(self, n: int) -> str:
        return self.tr("Take %n card(s) out of their cluster", "", n)

    def delete_n_cluster_s_with_their_cards(self, n: int) -> str:
        return self.tr("Delete %n cluster(s) with their cards", "", n)

    def delete_n_card_s(self, n: int) -> str:
        return self.tr("Delete %n card(s)", "", n)

    def move_n_card_s_to_x(self, n: int) -> str:
        return self.tr("Move %n card(s) to “%1”", "", n)

    def move_n_cluster_s(self, n: int) -> str:
        return self.tr("Move %n cluster(s)", "", n)

    def move_n_card_s(self, n: int) -> str:
        return self.tr("Move %n card(s)", "", n)

    def colour_n_card_s(self, n: int) -> str:
        return self.tr("Colour %n card(s)", "", n)

    def merge_n_cluster_s_into_x(self, n: int) -> str:
        return self.tr("Merge %n cluster(s) into “%1”", "", n)

    def set_the_source_of_n_card_s(self, n: int) -> str:
        return self.tr("Set the source of %n card(s)", "", n)

    def edit_n_card_s(self, n: int) -> str:
        return self.tr("Edit %n card(s)", "", n)


# -- cards -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class NewCard:
    """A card to add: its text and, from an import, its tags."""

    text: str
    tags: tuple[tuple[str, str], ...] = ()
    source: CardSource = CardSource.OWN
    author: str = ""
    note: str = ""


def move_items(
    doc: ProjectDocument,
    board_id: int,
    card_moves: dict[int, tuple[float, float]],
    cluster_moves: dict[int, tuple[float, float]] | None = None,
) -> ChangeSetCommand | None:
    """One drag: cards and clusters to new places. A card whose centre lands in a cluster
    joins it (the frame grows to hold it); one dragged out of its cluster becomes loose; the
    cards of a dragged cluster come along (the caller includes them in `card_moves`)."""
    cluster_moves = cluster_moves or {}
    clusters = {c.id: c for c in doc.clusters(board_id)}
    cards = {c.id: c for c in doc.cards_by_ids(card_moves)}
    frames = {cid: _frame(c) for cid, c in clusters.items()}
    ops: list[Op] = []
    for cid, (x, y) in cluster_moves.items():
        frames[cid] = Rect(x, y, frames[cid].width, frames[cid].height)
    members: dict[int, list[tuple[float, float]]] = {}
    joined: set[int] = set()
    left = 0
    for card_id, (x, y) in card_moves.items():
        card = cards.get(card_id)
        if card is None:
            continue
        if card.cluster_id is not None and card.cluster_id in cluster_moves:
            target: int | None = card.cluster_id
        else:
            target = geometry.cluster_at(*geometry.card_centre(x, y), frames.items())
        values: dict[str, object] = {"x": x, "y": y}
        if target != card.cluster_id:
            values["cluster_id"] = target
            if target is None:
                left += 1
            else:
                joined.add(target)
        if (x, y) != (card.x, card.y) or "cluster_id" in values:
            ops.append(Update("cards", card_id, values))
        if target is not None:
            members.setdefault(target, []).append((x, y))
    for cid in set(cluster_moves) | set(members):
        frame = geometry.frame_around(frames[cid], members.get(cid, ()))
        if frame != _frame(clusters[cid]):
            ops.append(Update("clusters", cid, _rect_values(frame)))
    if not ops:
        return None
    if len(joined) == 1 and not cluster_moves:
        title = clusters[next(iter(joined))].title
        text = BoardTexts().move_n_card_s_to_x(len(card_moves)).replace("%1", title)
    elif left and not joined:
        text = BoardTexts().take_n_card_s_out_of_their_cluster(left)
    elif cluster_moves:
        text = BoardTexts().move_n_cluster_s(len(cluster_moves))
    else:
        text = BoardTexts().move_n_card_s(len(card_moves))
    return ChangeSetCommand(doc, ops, text)


def card_row(
    card_id: int,
    board_id: int,
    new: NewCard,
    x: float,
    y: float,
    cluster_id: int | None = None,
) -> dict[str, object]:
    return {
        "id": card_id,
        "board_id": board_id,
        "text": new.text,
        "source": str(new.source),
        "author": new.author,
        "note": new.note,
        "x": x,
        "y": y,
        "cluster_id": cluster_id,
        "tags": encode_tags(new.tags),
    }


def add_card(
    doc: ProjectDocument, board_id: int, new: NewCard, x: float, y: float
) -> ChangeSetCommand:
    """A new card at (x, y); inside a cluster's frame it joins that cluster."""
    clusters = doc.clusters(board_id)
    target = geometry.cluster_at(*geometry.card_centre(x, y), ((c.id, _frame(c)) for c in clusters))
    card_id = doc.next_id("cards")
    ops: list[Op] = [Insert("cards", (card_row(card_id, board_id, new, x, y, target),))]
    if target is not None:
        cluster = next(c for c in clusters if c.id == target)
        frame = geometry.frame_around(_frame(cluster), [(x, y)])
        if frame != _frame(cluster):
            ops.append(Update("clusters", target, _rect_values(frame)))
    command = ChangeSetCommand(doc, ops, QCoreApplication.translate("Commands", "Add card"))
    command.new_ids = [card_id]
    return command


def edit_cards(
    doc: ProjectDocument,
    card_ids: Iterable[int],
    values: dict[str, object],
    text: str = "",
    *,
    typing: bool = False,
) -> ChangeSetCommand | None:
    """Set the same fields (text, note, colour, source, author) on one or more cards."""
    ops: list[Op] = []
    for card in doc.cards_by_ids(card_ids):
        current = {
            "text": card.text,
            "note": card.note,
            "colour": card.colour,
            "source": str(card.source),
            "author": card.author,
        }
        changed = {k: v for k, v in values.items() if current.get(k) != v}
        if changed:
            ops.append(Update("cards", card.id, changed))
    if not ops:
        return None
    if not text:
        if set(values) == {"text"}:
            text = QCoreApplication.translate("Commands", "Edit card")
        elif set(values) == {"colour"}:
            text = BoardTexts().colour_n_card_s(len(ops))
        elif set(values) == {"source"}:
            text = BoardTexts().set_the_source_of_n_card_s(len(ops))
        else:
            text = BoardTexts().edit_n_card_s(len(ops))
    command = ChangeSetCommand(doc, ops, text)
    if typing and len(ops) == 1:
        # pauses while typing one card's text or note merge into one undo step
        only = ops[0]
        assert isinstance(only, Update)
        command.merge_key = ("card", only.id, tuple(sorted(only.values)))
    return command


def delete_items(
    doc: ProjectDocument,
    card_ids: Iterable[int],
    cluster_ids: Iterable[int] = (),
    *,
    with_cards: bool = False,
) -> ChangeSetCommand | None:
    """Delete cards, and clusters (whose cards then become loose, or go too)."""
    cluster_ids = list(dict.fromkeys(cluster_ids))
    doomed = dict.fromkeys(card_ids)  # ordered, with quick membership
    if with_cards:
        for cid in cluster_ids:
            doomed.update(dict.fromkeys(c.id for c in doc.cluster_cards(cid)))
    ops: list[Op] = []
    if doomed:
        ops.append(Delete("cards", tuple(doomed)))
    if cluster_ids:
        ops.append(Delete("clusters", tuple(cluster_ids)))
    if not ops:
        return None
    if cluster_ids and not doomed:
        text = BoardTexts().delete_n_cluster_s(len(cluster_ids))
    elif cluster_ids:
        text = BoardTexts().delete_n_cluster_s_with_their_cards(len(cluster_ids))
    else:
        text = BoardTexts().delete_n_card_s(len(doomed))
    return ChangeSetCommand(doc, ops, text)


# -- clusters ----------------------------------------------------------------------------------


def _reading_order(cards: Iterable[Card]) -> list[Card]:
    by_id = {c.id: c for c in cards}
    return [by_id[i] for i in geometry.reading_order((c.id, c.x, c.y) for c in by_id.values())]


def create_cluster(
    doc: ProjectDocument,
    board_id: int,
    card_ids: Sequence[int],
    title: str,
    *,
    anchor: tuple[float, float] | None = None,
    colour: str = "",
) -> ChangeSetCommand:
    """A new cluster holding the given cards, gathered into a tidy grid.

    The grid starts at `anchor` (a card's corner), or at the top-left card of the selection;
    without cards, an empty frame is placed at `anchor`.
    """
    cards = _reading_order(doc.cards_by_ids(card_ids))
    if anchor is None:
        anchor = (min(c.x for c in cards), min(c.y for c in cards)) if cards else (0.0, 0.0)
    start = Rect(anchor[0] - geometry.CLUSTER_PADDING, anchor[1] - geometry.CLUSTER_HEADER, 0, 0)
    positions, frame = geometry.tidy_cluster(start, len(cards))
    cluster_id = doc.next_id("clusters")
    ops: list[Op] = [
        Insert(
            "clusters",
            (
                {
                    "id": cluster_id,
                    "board_id": board_id,
                    "title": title,
                    "colour": colour,
                    **_rect_values(frame),
                },
            ),
        )
    ]
    for card, (x, y) in zip(cards, positions, strict=True):
        ops.append(Update("cards", card.id, {"x": x, "y": y, "cluster_id": cluster_id}))
    command = ChangeSetCommand(
        doc, ops, QCoreApplication.translate("Commands", "Create cluster “%1”").replace("%1", title)
    )
    command.new_ids = [cluster_id]
    return command


def _synced_fields(doc: ProjectDocument, cluster: Cluster) -> list[int]:
    """Fields of action linked to `cluster` whose title is still the cluster's title."""
    links = doc.field_links([cluster.id]).get(cluster.id, [])
    linked = {field_id for _link, field_id in links}
    return [
        f.id
        for f in doc.fields_of_action()
        if f.id in linked and f.title.strip().casefold() == cluster.title.strip().casefold()
    ]


def rename_cluster(doc: ProjectDocument, cluster_id: int, title: str) -> ChangeSetCommand | None:
    """Rename a cluster; a field of action that carries its name is renamed with it."""
    cluster = doc.clusters_by_ids([cluster_id])[0]
    if title == cluster.title:
        return None
    ops: list[Op] = [Update("clusters", cluster_id, {"title": title})]
    for field_id in _synced_fields(doc, cluster):
        ops.append(Update("fields_of_action", field_id, {"title": title}))
    return ChangeSetCommand(
        doc, ops, QCoreApplication.translate("Commands", "Rename cluster “%1”").replace("%1", title)
    )


def set_cluster_colour(
    doc: ProjectDocument, cluster_ids: Iterable[int], colour: str
) -> ChangeSetCommand | None:
    ops: list[Op] = [
        Update("clusters", c.id, {"colour": colour})
        for c in doc.clusters_by_ids(cluster_ids)
        if c.colour != colour
    ]
    if not ops:
        return None
    return ChangeSetCommand(doc, ops, BoardTexts().colour_n_cluster_s(len(ops)))


def _tidy_ops(cluster: Cluster, cards: list[Card]) -> list[Op]:
    positions, frame = geometry.tidy_cluster(_frame(cluster), len(cards))
    ops: list[Op] = []
    for card, (x, y) in zip(_reading_order(cards), positions, strict=True):
        if (card.x, card.y) != (x, y):
            ops.append(Update("cards", card.id, {"x": x, "y": y}))
    if frame != _frame(cluster):
        ops.append(Update("clusters", cluster.id, _rect_values(frame)))
    return ops


def tidy_cluster(doc: ProjectDocument, cluster_id: int) -> ChangeSetCommand | None:
    """Arrange a cluster's cards in a neat grid (reading order kept) and fit its frame."""
    cluster = doc.clusters_by_ids([cluster_id])[0]
    ops = _tidy_ops(cluster, doc.cluster_cards(cluster_id))
    if not ops:
        return None
    return ChangeSetCommand(
        doc,
        ops,
        QCoreApplication.translate("Commands", "Tidy cluster “%1”").replace("%1", cluster.title),
    )


def tidy_clusters(doc: ProjectDocument, cluster_ids: Sequence[int]) -> ChangeSetCommand | None:
    """Tidy several clusters as one step (one command for one click on Tidy)."""
    clusters = doc.clusters_by_ids(cluster_ids)
    if len(clusters) == 1:
        return tidy_cluster(doc, clusters[0].id)
    ops: list[Op] = []
    for cluster in clusters:
        ops.extend(_tidy_ops(cluster, doc.cluster_cards(cluster.id)))
    if not ops:
        return None
    return ChangeSetCommand(doc, ops, BoardTexts().tidy_clusters(len(clusters)))


def merge_clusters(
    doc: ProjectDocument, keep_id: int, other_ids: Sequence[int]
) -> ChangeSetCommand | None:
    """Move the cards of the other clusters into `keep_id`, tidy it, delete the others; their
    links to fields of action pass to the cluster that remains."""
    others = [cid for cid in dict.fromkeys(other_ids) if cid != keep_id]
    if not others:
        return None
    keep = doc.clusters_by_ids([keep_id])[0]
    cards = doc.cluster_cards(keep_id)
    moved: list[Card] = []
    for cid in others:
        moved.extend(_reading_order(doc.cluster_cards(cid)))
    everything = _reading_order(cards) + moved
    positions, frame = geometry.tidy_cluster(_frame(keep), len(everything))
    ops: list[Op] = []
    for card, (x, y) in zip(everything, positions, strict=True):
        values: dict[str, object] = {"x": x, "y": y}
        if card.cluster_id != keep_id:
            values["cluster_id"] = keep_id
        ops.append(Update("cards", card.id, values))
    ops.append(Update("clusters", keep_id, _rect_values(frame)))
    links = doc.field_links([keep_id, *others])
    kept_fields = {field_id for _l, field_id in links.get(keep_id, [])}
    new_links = []
    next_link = doc.next_id("field_clusters")
    for cid in others:
        for _link, field_id in links.get(cid, []):
            if field_id not in kept_fields:
                kept_fields.add(field_id)
                new_links.append({"id": next_link, "field_id": field_id, "cluster_id": keep_id})
                next_link += 1
    ops.append(Delete("clusters", tuple(others)))
    if new_links:
        ops.append(Insert("field_clusters", tuple(new_links)))
    return ChangeSetCommand(
        doc,
        ops,
        BoardTexts().merge_n_cluster_s_into_x(len(others)).replace("%1", keep.title),
    )


def layout_board(doc: ProjectDocument, board_id: int) -> ChangeSetCommand | None:
    """Lay out all clusters in rows without overlap (their cards come along, tidied), and the
    loose cards in a grid below them."""
    clusters = doc.clusters(board_id)
    cards = doc.cards(board_id)
    by_cluster: dict[int, list[Card]] = {}
    loose: list[Card] = []
    for card in cards:
        if card.cluster_id is None:
            loose.append(card)
        else:
            by_cluster.setdefault(card.cluster_id, []).append(card)
    tidied: dict[int, tuple[list[tuple[float, float]], Rect, list[Card]]] = {}
    for cluster in clusters:
        members = _reading_order(by_cluster.get(cluster.id, []))
        positions, frame = geometry.tidy_cluster(Rect(0, 0, 0, 0), len(members))
        tidied[cluster.id] = (positions, frame, members)
    origin = _top_left(clusters, cards)
    places = geometry.pack_frames(
        [(c.id, Rect(c.x, c.y, tidied[c.id][1].width, tidied[c.id][1].height)) for c in clusters],
        origin,
    )
    ops: list[Op] = []
    frames: list[Rect] = []
    for cluster in clusters:
        positions, frame, members = tidied[cluster.id]
        px, py = places[cluster.id]
        new_frame = Rect(px, py, frame.width, frame.height)
        frames.append(new_frame)
        if new_frame != _frame(cluster):
            ops.append(Update("clusters", cluster.id, _rect_values(new_frame)))
        for card, (x, y) in zip(members, positions, strict=True):
            target = (x + px, y + py)
            if (card.x, card.y) != target:
                ops.append(Update("cards", card.id, {"x": target[0], "y": target[1]}))
    below = geometry.layout_below(frames) if frames else origin
    loose_positions = geometry.grid_positions(
        len(loose), below, max(geometry.grid_columns(len(loose)), 8)
    )
    for card, (x, y) in zip(_reading_order(loose), loose_positions, strict=True):
        if (card.x, card.y) != (x, y):
            ops.append(Update("cards", card.id, {"x": x, "y": y}))
    if not ops:
        return None
    return ChangeSetCommand(doc, ops, QCoreApplication.translate("Commands", "Lay out the board"))


def _top_left(clusters: Sequence[Cluster], cards: Sequence[Card]) -> tuple[float, float]:
    xs = [c.x for c in clusters] + [c.x for c in cards]
    ys = [c.y for c in clusters] + [c.y for c in cards]
    return (min(xs), min(ys)) if xs else (0.0, 0.0)


# -- duplicates and imports ----------------------------------------------------------------------


def merge_duplicates(
    doc: ProjectDocument, groups: Sequence[Sequence[int]]
) -> ChangeSetCommand | None:
    """Merge each group of near-identical cards into its first card, which keeps the others'
    texts, sources and authors (so both sources stay on record); the others are deleted."""
    ops: list[Op] = []
    doomed: list[int] = []
    for group in groups:
        cards = {c.id: c for c in doc.cards_by_ids(group)}
        ids = [i for i in group if i in cards]
        if len(ids) < 2:
            continue
        keep = cards[ids[0]]
        merged = list(keep.merged)
        for other_id in ids[1:]:
            other = cards[other_id]
            merged.append(
                MergedCard(other.text, other.source, other.author, other.note, other.tags)
            )
            merged.extend(other.merged)
            doomed.append(other_id)
        ops.append(Update("cards", keep.id, {"merged": encode_merged(merged)}))
    if not doomed:
        return None
    ops.append(Delete("cards", tuple(doomed)))
    return ChangeSetCommand(
        doc,
        ops,
        BoardTexts().merge_n_duplicate_card_s(len(doomed)),
    )


def import_cards(
    doc: ProjectDocument,
    board_id: int,
    new_cards: Sequence[NewCard],
    text: str,
    progress: Callable[[int, int], bool] | None = None,
    *,
    area_title: str = "",
) -> ChangeSetCommand | None:
    """New cards in a tidy grid right of everything on the board, inside an import area titled
    `area_title` (a frame of kind "area": still to be sorted, never a field of action or a
    voting option). `new_ids` lists the new cards."""
    if not new_cards:
        return None
    occupied = [_frame(c) for c in doc.clusters(board_id)] + [
        geometry.card_rect(c.x, c.y) for c in doc.cards(board_id)
    ]
    positions, frame = geometry.import_area(occupied, len(new_cards))
    area_id = doc.next_id("clusters")
    area = {
        "id": area_id,
        "board_id": board_id,
        "title": area_title or text,
        "kind": "area",
        **_rect_values(frame),
    }
    first = doc.next_id("cards")
    rows = tuple(
        card_row(first + i, board_id, new, x, y, area_id)
        for i, (new, (x, y)) in enumerate(zip(new_cards, positions, strict=True))
    )
    command = ChangeSetCommand(
        doc, [Insert("clusters", (area,)), Insert("cards", rows)], text, progress
    )
    command.new_ids = list(range(first, first + len(rows)))
    command.area_id = area_id
    return command


# -- fields of action ----------------------------------------------------------------------------


def promote_clusters(doc: ProjectDocument, cluster_ids: Sequence[int]) -> ChangeSetCommand | None:
    """Make fields of action of clusters: each cluster not yet linked becomes a new field of
    action named after it, or joins an existing field of the same name."""
    clusters = doc.clusters_by_ids(cluster_ids)
    links = doc.field_links([c.id for c in clusters])
    fields = {f.title.strip().casefold(): f.id for f in doc.fields_of_action()}
    next_field = doc.next_id("fields_of_action")
    next_link = doc.next_id("field_clusters")
    position = len(fields)
    new_fields: list[dict[str, object]] = []
    new_links: list[dict[str, object]] = []
    for cluster in sorted(clusters, key=lambda c: (c.y, c.x, c.id)):
        if links.get(cluster.id) or cluster.is_area:
            continue
        key = cluster.title.strip().casefold()
        field_id = fields.get(key)
        if field_id is None:
            field_id = next_field
            next_field += 1
            fields[key] = field_id
            new_fields.append(
                {"id": field_id, "title": cluster.title.strip(), "position": position}
            )
            position += 1
        new_links.append({"id": next_link, "field_id": field_id, "cluster_id": cluster.id})
        next_link += 1
    if not new_links:
        return None
    ops: list[Op] = []
    if new_fields:
        ops.append(Insert("fields_of_action", tuple(new_fields)))
    ops.append(Insert("field_clusters", tuple(new_links)))
    return ChangeSetCommand(
        doc,
        ops,
        BoardTexts().promote_n_cluster_s_to_fields_of_action(len(new_links)),
    )


def link_cluster(doc: ProjectDocument, cluster_id: int, field_id: int) -> ChangeSetCommand | None:
    """Add a cluster to an existing field of action."""
    links = doc.field_links([cluster_id]).get(cluster_id, [])
    if any(f == field_id for _l, f in links):
        return None
    row = {"id": doc.next_id("field_clusters"), "field_id": field_id, "cluster_id": cluster_id}
    return ChangeSetCommand(
        doc,
        [Insert("field_clusters", (row,))],
        QCoreApplication.translate("Commands", "Add cluster to field of action"),
    )


def unlink_cluster(
    doc: ProjectDocument, cluster_id: int | Sequence[int]
) -> ChangeSetCommand | None:
    """Take clusters out of the fields of action they were promoted to (the fields stay)."""
    ids = [cluster_id] if isinstance(cluster_id, int) else list(cluster_id)
    found = doc.field_links(ids)
    links = [link for cid in ids for link in found.get(cid, [])]
    if not links:
        return None
    return ChangeSetCommand(
        doc,
        [Delete("field_clusters", tuple(link for link, _f in links))],
        QCoreApplication.translate("Commands", "Remove cluster from field of action"),
    )


def rename_field(doc: ProjectDocument, field_id: int, title: str) -> ChangeSetCommand | None:
    """Rename a field of action; its clusters that still carry its name are renamed with it
    (the names stay in sync both ways)."""
    field = next((f for f in doc.fields_of_action() if f.id == field_id), None)
    if field is None or field.title == title:
        return None
    ops: list[Op] = [Update("fields_of_action", field_id, {"title": title})]
    old = field.title.strip().casefold()
    for cluster in doc.clusters_by_ids(field.cluster_ids):
        if cluster.title.strip().casefold() == old:
            ops.append(Update("clusters", cluster.id, {"title": title}))
    return ChangeSetCommand(
        doc, ops, QCoreApplication.translate("Commands", "Rename field of action")
    )


def edit_field(doc: ProjectDocument, field_id: int, description: str) -> SetFieldsCommand:
    return SetFieldsCommand(
        doc,
        "field_of_action",
        field_id,
        {"description": description},
        QCoreApplication.translate("Commands", "Edit field of action"),
        mergeable=True,
    )


def delete_field(doc: ProjectDocument, field_id: int) -> DeleteCommand:
    return DeleteCommand(
        doc,
        "field_of_action",
        [field_id],
        QCoreApplication.translate("Commands", "Delete field of action"),
    )


# -- boards ----------------------------------------------------------------------------------------


def add_board(doc: ProjectDocument, workshop_id: int, title: str) -> InsertCommand:
    return InsertCommand(
        doc,
        "board",
        {"workshop_id": workshop_id, "title": title},
        QCoreApplication.translate("Commands", "Add board"),
    )


def rename_board(doc: ProjectDocument, board_id: int, title: str) -> SetFieldsCommand:
    return SetFieldsCommand(
        doc,
        "board",
        board_id,
        {"title": title},
        QCoreApplication.translate("Commands", "Rename board"),
    )


def delete_board(doc: ProjectDocument, board_id: int) -> DeleteCommand:
    return DeleteCommand(
        doc, "board", [board_id], QCoreApplication.translate("Commands", "Delete board")
    )

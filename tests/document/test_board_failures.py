"""Board steps that cannot be saved: the undo stack never runs ahead of the file.

A redo that fails is dropped (Qt removes an obsolete command); a later step that depended on it
finds its rows missing and is refused and dropped too, instead of raising out of Qt.
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Iterator

import pytest
from document_helpers import Project

from smartcity_desktop.document import board_ops as ops
from smartcity_desktop.document.document import ProjectDocument
from smartcity_desktop.store import FileProblem, ProjectFileError


@pytest.fixture
def demo(qapp, tmp_path) -> Iterator[Project]:
    project = Project(ProjectDocument.create_demo(tmp_path / "demo.scw"))
    yield project
    project.finish()


def _fail_next_change(doc: ProjectDocument, monkeypatch: pytest.MonkeyPatch) -> None:
    """The next change set hits a full disk (nothing written), later ones work again."""
    real = doc.apply_changes

    def once(*args, **kwargs):  # type: ignore[no-untyped-def]
        monkeypatch.setattr(doc, "apply_changes", real)
        raise ProjectFileError(FileProblem.DISK_FULL, doc.path)

    monkeypatch.setattr(doc, "apply_changes", once)


def test_a_failed_redo_drops_the_steps_that_depend_on_it(
    demo: Project, monkeypatch: pytest.MonkeyPatch
) -> None:
    doc = demo.doc
    board_id = doc.boards(doc.workshops()[0].id)[0].id
    loose = [c.id for c in doc.cards(board_id) if c.cluster_id is None][:2]
    create = ops.create_cluster(doc, board_id, loose, "Neu")
    assert doc.push(create)
    cluster_id = create.new_ids[0]
    assert doc.push(ops.rename_cluster(doc, cluster_id, "Neu 2"))
    stack = doc.undo_stack
    stack.undo()
    stack.undo()
    assert doc.clusters_by_ids([cluster_id]) == []
    failures: list[str] = []
    doc.write_failed.connect(failures.append)

    _fail_next_change(doc, monkeypatch)
    stack.redo()  # creating the cluster fails: dropped
    assert len(failures) == 1
    assert doc.clusters_by_ids([cluster_id]) == []
    stack.redo()  # the rename has no cluster to rename: refused and dropped, no exception
    assert len(failures) == 2
    assert doc.last_error is not None
    assert doc.last_error.problem is FileProblem.REFUSED

    assert doc.clusters_by_ids([cluster_id]) == []
    assert not stack.canRedo()
    assert all(doc.cards_by_ids([c])[0].cluster_id is None for c in loose)
    assert doc.check().ok


def test_a_change_set_naming_a_missing_row_is_refused_not_raised(demo: Project) -> None:
    doc = demo.doc
    before = doc.undo_stack.count()
    command = ops.delete_items(doc, [999_999])
    assert command is not None
    assert doc.push(command) is False
    assert doc.undo_stack.count() == before
    assert doc.last_error is not None
    assert doc.last_error.problem is FileProblem.REFUSED

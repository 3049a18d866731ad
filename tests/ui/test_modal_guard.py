"""R19: an unexpected modal dialog fails the test at once and names the dialog's title."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QDialog, QMessageBox
from ui_helpers import FakeDialogs, UnexpectedQuestionError

from smartcity_desktop.ui.dialogs import Dialogs


def test_a_real_warning_fails_fast_naming_its_title(qapp) -> None:
    with pytest.raises(AssertionError, match="Titel X") as info:
        Dialogs(None).warn("Titel X", "Die Datei ist schreibgeschützt.")
    # AssertionError subclass from tests/conftest.py (imported by name it would be ambiguous).
    assert type(info.value).__name__ == "UnexpectedDialogError"
    assert "unexpected modal dialog QMessageBox.warning" in str(info.value)
    assert "Die Datei ist schreibgeschützt." in str(info.value)


@pytest.mark.parametrize(
    ("ask", "entry_point"),
    [
        (lambda d: d.info("Titel X", "Hinweis"), "QMessageBox.information"),
        (lambda d: d.confirm("Titel X", "Wirklich löschen?", "Löschen"), "QMessageBox.exec()"),
        (lambda d: d.get_text("Titel X", "Name"), "QInputDialog.getText"),
        (lambda d: d.open_path("Titel X", "/tmp"), "QFileDialog.getOpenFileName"),
        (lambda d: d.save_path("Titel X", "/tmp"), "QFileDialog.getSaveFileName"),
    ],
)
def test_every_dialog_of_the_app_is_guarded(qapp, ask, entry_point: str) -> None:
    with pytest.raises(AssertionError, match="Titel X") as info:
        ask(Dialogs(None))
    assert entry_point in str(info.value)


def test_a_dialog_opened_directly_is_guarded_too(qapp) -> None:
    dialog = QDialog()
    dialog.setWindowTitle("Eigener Dialog")
    with pytest.raises(AssertionError, match="Eigener Dialog"):
        dialog.exec()
    with pytest.raises(AssertionError, match="Frage"):
        QMessageBox.question(None, "Frage", "Ja oder nein?")


def test_the_guard_is_in_place_in_every_test_without_asking_for_it() -> None:
    # An autouse fixture of tests/conftest.py; monkeypatch restores Qt's own after the test.
    assert QMessageBox.__dict__["warning"].__func__.__name__ == "refuse"
    assert QDialog.__dict__["exec"].__name__ == "refuse"


def test_fake_dialogs_answer_in_order_and_fail_on_an_unscripted_question() -> None:
    fake = FakeDialogs().answer_text("Erster", None).answer_confirm(True)
    assert fake.get_text("Neuer Workshop", "Titel") == "Erster"
    assert fake.get_text("Neuer Workshop", "Titel") is None
    assert fake.confirm("Löschen", "Wirklich?", "Löschen") is True
    with pytest.raises(UnexpectedQuestionError, match="Workshop löschen"):
        fake.confirm("Workshop löschen", "Wirklich?", "Löschen")
    fake.warn("Smart City Werkstatt", "Schreibgeschützt")
    with pytest.raises(AssertionError, match="did not look at"):
        fake.assert_done()
    assert [c.text for c in fake.take("warn")] == ["Schreibgeschützt"]
    fake.assert_done()
    fake.answer_open_path("/tmp/x.scw")
    with pytest.raises(AssertionError, match="never asked"):
        fake.assert_done()


def test_a_dialog_reached_through_a_menu_fails_the_test_instead_of_hanging(qtbot, settings) -> None:
    from smartcity_desktop.ui.main_window import MainWindow

    window = MainWindow(settings)  # the real Dialogs, as app.py builds it
    qtbot.addWidget(window)
    about = next(a for a in window.menuBar().actions() if a.text() == "&Help").menu().actions()[0]
    with qtbot.capture_exceptions() as caught:
        about.trigger()
    assert len(caught) == 1
    assert "QMessageBox.information" in str(caught[0][1])
    assert "'About'" in str(caught[0][1])

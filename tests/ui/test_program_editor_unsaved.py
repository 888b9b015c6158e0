"""The program editor asks before Esc, Cancel or closing the window throws away edits."""

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QMessageBox

from app.ui.program_editor import ProgramEditor
from tests.ui.drive import click, press, type_into, visible_dialog


@pytest.fixture
def editor(qtbot, terminal):
    dialog = ProgramEditor(terminal)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def answer_when_asked(qtbot, which: QMessageBox.StandardButton, seen: list[str]) -> None:
    """Answer the question the next modal box asks, as the owner would, clicking ``which``."""
    def respond():
        box = visible_dialog(QMessageBox)
        seen.append(box.text())
        click(qtbot, box.button(which))
    QTimer.singleShot(0, respond)


def show_general_tab(qtbot, editor):
    bar = editor.tabs.tabBar()
    general = next(i for i in range(bar.count()) if bar.tabText(i) == "General")
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(general).center())
    qtbot.waitUntil(editor.general.welcome.isVisible)


def test_escape_without_changes_closes_at_once(qtbot, editor):
    press(qtbot, editor, Qt.Key.Key_Escape)
    assert not editor.isVisible()


def test_escape_after_an_edit_asks_and_cancel_keeps_the_work(qtbot, editor, terminal):
    show_general_tab(qtbot, editor)
    type_into(qtbot, editor.general.welcome.edit, "350", clear=True)
    seen: list[str] = []
    answer_when_asked(qtbot, QMessageBox.StandardButton.Cancel, seen)
    press(qtbot, editor, Qt.Key.Key_Escape)
    assert seen == ["The program has unsaved changes. Save them?"]
    assert editor.isVisible() and editor.general.welcome.edit.text() == "350"
    answer_when_asked(qtbot, QMessageBox.StandardButton.Discard, seen)
    press(qtbot, editor, Qt.Key.Key_Escape)
    assert len(seen) == 2 and not editor.isVisible()
    assert terminal.program.welcome_bonus == 200


def test_closing_the_window_after_an_edit_can_save_it(qtbot, editor, terminal, monkeypatch):
    # The title bar's close button reaches the dialog as a spontaneous close event;
    # offscreen there is no title bar, so close() stands in for it, marked as such.
    monkeypatch.setattr(QCloseEvent, "spontaneous", lambda _event: True)
    show_general_tab(qtbot, editor)
    type_into(qtbot, editor.general.welcome.edit, "350", clear=True)
    seen: list[str] = []
    answer_when_asked(qtbot, QMessageBox.StandardButton.Save, seen)
    editor.close()
    assert seen == ["The program has unsaved changes. Save them?"]
    qtbot.waitUntil(lambda: not editor.isVisible())
    assert terminal.program.welcome_bonus == 350


def test_undoing_the_edit_by_hand_is_no_change(qtbot, editor):
    show_general_tab(qtbot, editor)
    type_into(qtbot, editor.general.welcome.edit, "350", clear=True)
    type_into(qtbot, editor.general.welcome.edit, "200", clear=True)
    press(qtbot, editor, Qt.Key.Key_Escape)
    assert not editor.isVisible()


def test_a_close_by_the_program_itself_does_not_ask(qtbot, editor, terminal):
    show_general_tab(qtbot, editor)
    type_into(qtbot, editor.general.welcome.edit, "350", clear=True)
    editor.close()  # not the owner's click: nobody is there to answer
    assert not editor.isVisible() and terminal.program.welcome_bonus == 200


def test_thresholds_read_with_thousands_separators_and_save_as_typed(qtbot, editor, terminal):
    tiers = editor.tables["tiers"]
    column = tiers.col("threshold")
    shown = [tiers.item(row, column).text() for row in range(tiers.rowCount())]
    assert shown[1] == "2,500"  # Wolf
    assert not editor.has_changes()  # showing a number grouped is not an edit
    index = tiers.model().index(1, column)
    tiers.setCurrentIndex(index)
    press(qtbot, tiers, Qt.Key.Key_F2)
    qtbot.waitUntil(lambda: tiers.indexWidget(index) is not None)
    type_into(qtbot, tiers.indexWidget(index), "3,000", clear=True)
    press(qtbot, tiers.indexWidget(index), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: tiers.indexWidget(index) is None)
    click(qtbot, editor.save_button)
    qtbot.waitUntil(lambda: not editor.isVisible())
    assert terminal.program.tiers[1].threshold == 3000

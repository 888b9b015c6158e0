"""The owner sets, in the program, the amount above which the till asks to confirm."""

import pytest
from PySide6.QtCore import Qt

from app.ui.program_editor import ProgramEditor
from tests.ui.drive import click, type_into


@pytest.fixture
def editor(qtbot, terminal):
    dialog = ProgramEditor(terminal)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    bar = dialog.tabs.tabBar()
    page = next(i for i in range(dialog.tabs.count())
                if dialog.tabs.widget(i).isAncestorOf(dialog.general.large_amount))
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(page).center())
    qtbot.waitUntil(dialog.general.large_amount.isVisible)
    return dialog


def test_the_default_is_100_000_and_the_owner_lowers_it(qtbot, editor, terminal):
    assert editor.general.large_amount.text() == "100000"
    type_into(qtbot, editor.general.large_amount, "50000,50", clear=True)
    click(qtbot, editor.save_button)
    qtbot.waitUntil(lambda: terminal.program.large_amount_minor == 5_000_050)
    assert terminal.program.is_large_amount(5_000_051)


@pytest.mark.parametrize("typed", ["0", "lots", "99999999999999999999"])
def test_an_amount_that_cannot_be_is_refused_beside_the_field(qtbot, editor, terminal, typed):
    type_into(qtbot, editor.general.large_amount, typed, clear=True)
    click(qtbot, editor.save_button)
    qtbot.waitUntil(editor.errors.isVisible)
    message = "Enter an amount from 0.01 to 99,999,999.99."
    assert [editor.errors.item(i).text() for i in range(editor.errors.count())] == [
        f"Confirm purchases above: {message}"]
    assert editor.general.large_amount.toolTip() == message
    assert editor.general.large_amount.text() == typed
    assert terminal.program.large_amount_minor == 10_000_000


def test_a_welcome_bonus_past_the_limit_is_refused_not_cut(qtbot, editor, terminal):
    type_into(qtbot, editor.general.welcome.edit, "20000000", clear=True)
    assert editor.general.welcome.edit.text() == "20000000"  # a 1 000 000 spin box kept 2 000 000
    click(qtbot, editor.save_button)
    qtbot.waitUntil(editor.errors.isVisible)
    assert [editor.errors.item(i).text() for i in range(editor.errors.count())] == [
        "Welcome bonus: At most 10,000,000 points."]
    assert terminal.program.welcome_bonus == 200

"""No number field cuts what was typed (issue #14): typed above the most allowed, the
text stays as typed, the refusal is written under the field and nothing is recorded;
an allowed number is recorded. A QSpinBox with a maximum of 1 000 000 kept 500000 of
5000000 and recorded it."""

from datetime import datetime

import pytest
from PySide6.QtCore import Qt

from app.ui import complaint_dialog as wizard
from app.ui.adjust_dialog import AdjustDialog
from app.ui.complaint_dialog import ComplaintDialog
from app.ui.draw_dialog import DrawDialog
from app.ui.gift_dialog import GiftDialog
from app.ui.program_editor import ProgramEditor
from tests.ui.drive import assert_reachable, choose, click, press, shown, type_into

EVER = (datetime(2000, 1, 1), datetime(2100, 1, 1))



def _refused(qtbot, field, typed, words):
    """Type ``typed`` and see it kept, with ``words`` under the field."""
    type_into(qtbot, field.edit, typed, clear=True)
    qtbot.waitUntil(field.error.isVisible)
    assert field.edit.text() == typed
    assert field.error.text() == words


def test_gift_points_above_the_most_are_refused_not_cut(qtbot, terminal, ivan):
    dialog = shown(qtbot, GiftDialog(terminal, ivan))
    points = dialog.fields.points
    assert points.limit.text() == "at most 1,000,000"
    type_into(qtbot, dialog.fields.what, "a cake")
    choose(qtbot, dialog.fields.reason, "Birthday")
    _refused(qtbot, points, "5000000", "At most 1,000,000.")
    press(qtbot, points.edit, Qt.Key.Key_Return)
    qtbot.waitUntil(points.error.isVisible)
    assert dialog.pages.currentIndex() == 0 and points.edit.text() == "5000000"
    assert terminal.office.gift_report(*EVER).gifts == 0
    assert terminal.till.member(ivan.member_id).balance == 200

    type_into(qtbot, points.edit, "100", clear=True)
    assert not points.error.isVisible()
    press(qtbot, points.edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == 1)
    assert terminal.till.member(ivan.member_id).balance == 300


def _at_solve(qtbot, terminal, member):
    dialog = shown(qtbot, ComplaintDialog(terminal, member))
    press(qtbot, dialog.next_button, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.step() == wizard.FACTS)
    type_into(qtbot, dialog.facts, "Waited 40 minutes")
    for step in (wizard.REFLECT, wizard.SUMMARY, wizard.SOLVE):
        press(qtbot, dialog.focusWidget(), Qt.Key.Key_Return)
        qtbot.waitUntil(lambda step=step: dialog.step() == step)
    type_into(qtbot, dialog.solution, "Served first next time")
    return dialog


def test_complaint_apology_points_above_the_most_are_refused_not_cut(qtbot, terminal, ivan):
    dialog = _at_solve(qtbot, terminal, ivan)
    click(qtbot, dialog.comp_radios["points"])
    assert dialog.points.edit.text() == str(terminal.program.actions["long_wait"])
    assert dialog.points.limit.text() == "at most 100,000"
    _refused(qtbot, dialog.points, "5000000", "At most 100,000.")
    press(qtbot, dialog.points.edit, Qt.Key.Key_Return)
    qtbot.waitUntil(dialog.errors["points"].isVisible)
    assert dialog.step() == wizard.SOLVE and dialog.points.edit.text() == "5000000"
    assert terminal.office.complaints() == []
    assert terminal.till.member(ivan.member_id).balance == 200

    type_into(qtbot, dialog.points.edit, "150", clear=True)
    press(qtbot, dialog.points.edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.step() == wizard.DONE)
    assert terminal.till.member(ivan.member_id).balance == 350


def test_complaint_discount_above_100_is_refused_not_cut(qtbot, terminal, ivan):
    dialog = _at_solve(qtbot, terminal, ivan)
    click(qtbot, dialog.comp_radios["discount"])
    assert dialog.discount.limit.text() == "from 1 to 100"
    _refused(qtbot, dialog.discount, "150", "At most 100.")  # a spin box kept 15
    press(qtbot, dialog.discount.edit, Qt.Key.Key_Return)
    qtbot.waitUntil(dialog.errors["discount"].isVisible)
    assert dialog.step() == wizard.SOLVE and terminal.office.complaints() == []

    type_into(qtbot, dialog.discount.edit, "15", clear=True)
    press(qtbot, dialog.discount.edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.step() == wizard.DONE)
    [complaint] = terminal.office.complaints()
    assert complaint.discount_percent == 15


@pytest.fixture
def manager(terminal):
    terminal.sign_in.create_owner("Olga", "1234")
    terminal.admin.add_staff("Mark", "2468", "manager")
    terminal.sign_in.login("Mark", "2468")
    return terminal


@pytest.mark.parametrize("typed, words", [("5000000", "At most 1,000,000."),
                                          ("-5000000", "At least -1,000,000."),
                                          ("12x", "Enter a whole number, e.g. 150.")])
def test_adjusting_more_than_the_most_is_refused_not_cut(qtbot, manager, ivan, typed, words):
    dialog = shown(qtbot, AdjustDialog(manager, member=ivan))
    type_into(qtbot, dialog.reason, "typed twice")
    _refused(qtbot, dialog.points, typed, words)
    click(qtbot, dialog.save_button)
    qtbot.waitUntil(dialog.errors["points"].isVisible)
    assert dialog.errors["points"].text() == words
    assert dialog.points.edit.text() == typed
    assert not dialog.done_label.isVisible()
    assert manager.till.member(ivan.member_id).balance == 200

    type_into(qtbot, dialog.points.edit, "-30", clear=True)
    click(qtbot, dialog.save_button)
    qtbot.waitUntil(dialog.done_label.isVisible)
    assert manager.till.member(ivan.member_id).balance == 170


def test_draw_minimum_above_the_most_is_refused_not_cut(qtbot, terminal, ivan):
    dialog = shown(qtbot, DrawDialog(terminal))
    assert dialog.min_points.limit.text() == "from 1 to 10,000,000"
    type_into(qtbot, dialog.name, "Spring draw")
    type_into(qtbot, dialog.prizes, "Kettle")
    _refused(qtbot, dialog.min_points, "50000000", "At most 10,000,000.")
    click(qtbot, dialog.run_button)
    qtbot.waitUntil(dialog.errors["min_points"].isVisible)
    assert dialog.min_points.edit.text() == "50000000"
    assert terminal.office.draws() == []

    type_into(qtbot, dialog.min_points.edit, "150", clear=True)
    click(qtbot, dialog.run_button)
    qtbot.waitUntil(dialog.result_view.isVisible)
    [draw] = terminal.office.draws()
    assert draw.eligible == 1  # Ivan holds 200


@pytest.fixture
def editor(qtbot, terminal):
    return shown(qtbot, ProgramEditor(terminal))


def _general(qtbot, editor, field):
    editor.tabs.setCurrentIndex(next(i for i in range(editor.tabs.count())
                                     if editor.tabs.widget(i).isAncestorOf(field)))
    qtbot.waitUntil(field.isVisible)


@pytest.mark.parametrize("name, typed, words, listed", [
    ("long_absence", "50000", "At most 3,650.", "At most 3,650."),  # a spin box kept 5000
    ("given_cap", "20000000", "At most 10,000,000.", "At most 10,000,000 points."),
    ("redeem_cap", "99999999", "At most 10,000,000.", "At most 10,000,000 points."),
])
def test_program_numbers_above_the_most_are_refused_not_cut(qtbot, editor, terminal, name,
                                                            typed, words, listed):
    field = getattr(editor.general, name)
    _general(qtbot, editor, field)
    before = terminal.program.to_dict()
    _refused(qtbot, field, typed, words)
    click(qtbot, editor.save_button)
    qtbot.waitUntil(editor.errors.isVisible)
    assert editor.errors.count() == 1 and editor.errors.item(0).text().endswith(listed)
    assert field.edit.text() == typed
    assert terminal.program.to_dict() == before


def test_an_action_reward_above_the_most_is_refused_and_a_good_one_saved(qtbot, editor,
                                                                          terminal):
    field = editor.actions["long_wait"]
    _general(qtbot, editor, field)
    _refused(qtbot, field, "20000000", "At most 10,000,000.")
    click(qtbot, editor.save_button)
    qtbot.waitUntil(editor.errors.isVisible)
    assert field.edit.text() == "20000000"
    assert terminal.program.actions["long_wait"] != 20_000_000

    type_into(qtbot, field.edit, "75", clear=True)
    assert not field.error.isVisible()
    click(qtbot, editor.save_button)
    qtbot.waitUntil(lambda: editor.saved is not None)
    assert terminal.program.actions["long_wait"] == 75


def test_up_and_down_still_step_a_number(qtbot, editor):
    _general(qtbot, editor, editor.general.welcome)
    type_into(qtbot, editor.general.welcome.edit, "200", clear=True)
    press(qtbot, editor.general.welcome.edit, Qt.Key.Key_Up)
    assert editor.general.welcome.edit.text() == "201"
    press(qtbot, editor.general.welcome.edit, Qt.Key.Key_Down)
    press(qtbot, editor.general.welcome.edit, Qt.Key.Key_Down)
    assert editor.general.welcome.edit.text() == "199"
    assert_reachable(editor.general.welcome.edit)

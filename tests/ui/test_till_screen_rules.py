"""The till's panel, its prompt and the customer's screen say each thing once, by the
same rules the sales use (issue #14)."""

import uuid
from datetime import timedelta

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QLabel

from app.services.dto import MemberInput
from app.ui.complaint_dialog import DONE, FACTS, SOLVE, ComplaintDialog
from app.ui.customer_display import CustomerDisplay
from tests.ui.drive import click, press, type_into, visible_dialog


def panel_lines(window):
    panel = window.panel
    return [label.text() for label in (panel.greeting, panel.occasions, panel.prompt,
                                       panel.expiry) if label.isVisible()]


def display_text(display):
    return "\n".join(label.text() for label in display.findChildren(QLabel)
                     if not label.isHidden())


def open_member(window, qtbot, digits):
    type_into(qtbot, window.search, digits)
    qtbot.waitUntil(lambda: window.results_model.rowCount() == 1)
    press(qtbot, window.search, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.current is not None)


@pytest.fixture
def display(qtbot, window):
    shown = CustomerDisplay("Coffee & Co", window)
    qtbot.addWidget(shown)
    shown.follow(window)
    shown.show_on_second_screen()
    return shown


@pytest.mark.parametrize("days,warned", [(30, True), (45, False)])
def test_panel_prompt_and_customer_screen_agree_on_expiring_points(window, qtbot, terminal,
                                                                    ivan, display, days, warned):
    data = terminal.program.to_dict()
    data["expiry"] = {"kind": "days_after_earning", "days": days}
    terminal.admin.save_program(data)
    open_member(window, qtbot, "4567")
    assert window.panel.expiry.isVisible() is warned
    assert ("expire" in window.panel.prompt.text()) is warned
    assert ("expire" in display_text(display)) is warned


def test_a_birthday_two_days_ago_is_said_once_with_its_gift(window, qtbot, terminal):
    today = terminal.ctx.today()
    terminal.till.enrol(MemberInput(first_name="Vera", last_name="Lind", phone="+7 903 200 30 40",
                               birthday=(today - timedelta(days=2)).replace(year=1990),
                               consent=True))
    open_member(window, qtbot, "3040")
    said = [line for line in panel_lines(window) if "irthday" in line]
    assert said == ["➜ Birthday 2 day(s) ago — congratulate. Gift: 300 points with a purchase."]


def test_back_after_a_long_while_is_one_line(window, qtbot, terminal, ivan):
    real_clock = terminal.ctx.clock
    terminal.ctx.clock = lambda: real_clock() - timedelta(days=90)
    terminal.till.record_purchase(uuid.uuid4(), ivan.member_id, 10000)
    terminal.ctx.clock = real_clock
    open_member(window, qtbot, "4567")
    said = [line for line in panel_lines(window) if "long while" in line or "Long time" in line]
    assert len(said) == 1, said


def test_no_complaint_prompt_while_the_complaint_is_being_recorded(window, qtbot, terminal,
                                                                  ivan):
    open_member(window, qtbot, "4567")
    seen = {}

    def tell_the_story():
        dialog = visible_dialog(ComplaintDialog, qtbot)
        press(qtbot, dialog.next_button, Qt.Key.Key_Return)  # listened
        qtbot.waitUntil(lambda: dialog.step() == FACTS)
        type_into(qtbot, dialog.facts, "Waited 40 minutes for the order")
        while dialog.step() < SOLVE:
            press(qtbot, dialog.focusWidget(), Qt.Key.Key_Return)
        type_into(qtbot, dialog.solution, "Manager informed")
        press(qtbot, dialog.solution, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: dialog.step() == DONE)
        seen["prompt"] = window.panel.prompt.text()
        click(qtbot, dialog.close_button)

    QTimer.singleShot(0, tell_the_story)
    press(qtbot, window, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: "prompt" in seen)
    qtbot.waitUntil(lambda: not visible_dialog_open())
    assert terminal.till.member(ivan.member_id).open_complaint
    assert "complaint" not in window.panel.prompt.text()
    assert "complaint" not in seen["prompt"]


def visible_dialog_open():
    from PySide6.QtWidgets import QApplication
    return any(isinstance(w, ComplaintDialog) and w.isVisible()
               for w in QApplication.topLevelWidgets())

"""Gifts said out loud, the complaint wizard and the manager's care reports, driven the
way a cashier and a manager use them."""

import uuid
from datetime import datetime

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QDialog

from app.services.dto import ComplaintInput, GiftInput
from app.ui import complaint_dialog as wizard
from app.ui.care_reports import ComplaintsDialog, GiftsReportDialog
from app.ui.complaint_dialog import ComplaintDialog
from app.ui.gift_dialog import GiftDialog
from tests.ui.drive import (
    choose,
    click,
    click_cell,
    press,
    type_date,
    type_into,
    visible_dialog,
)

EVER = (datetime(2000, 1, 1), datetime(2100, 1, 1))


def _gift_dialog(qtbot, terminal, member):
    dialog = GiftDialog(terminal, member)
    qtbot.addWidget(dialog)
    _show(qtbot, dialog)
    return dialog


def _show(qtbot, dialog):
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)


def _choose(qtbot, combo, key):
    """Pick the item meaning ``key`` by typing its words, as a person does."""
    choose(qtbot, combo, combo.itemText(combo.findData(key)))
    assert combo.currentData() == key


def test_gift_without_what_shows_the_error_beside_it_and_records_nothing(qtbot, terminal, ivan):
    dialog = _gift_dialog(qtbot, terminal, ivan)
    _choose(qtbot, dialog.fields.reason, "just_because")
    press(qtbot, dialog.fields.what, Qt.Key.Key_Return)
    error = dialog.fields.errors["what"]
    qtbot.waitUntil(error.isVisible)
    assert error.text() == "Say what the gift is."
    assert dialog.pages.currentIndex() == 0
    qtbot.waitUntil(dialog.fields.what.hasFocus)
    assert terminal.office.gift_report(*EVER).gifts == 0


def test_gift_without_a_reason_asks_for_one(qtbot, terminal, ivan):
    dialog = _gift_dialog(qtbot, terminal, ivan)
    type_into(qtbot, dialog.fields.what, "a dessert")
    type_into(qtbot, dialog.fields.value, "12,5x")
    press(qtbot, dialog.fields.value, Qt.Key.Key_Return)
    assert dialog.fields.errors["value"].text() == "Enter the amount as a number, e.g. 1250.50."
    type_into(qtbot, dialog.fields.value, "", clear=True)
    press(qtbot, dialog.fields.value, Qt.Key.Key_Return)
    qtbot.waitUntil(dialog.fields.errors["reason"].isVisible)
    assert dialog.fields.errors["reason"].text() == "Choose one of the options."
    assert not dialog.fields.errors["value"].isVisible()
    assert terminal.office.gift_report(*EVER).gifts == 0


def test_gift_with_points_gives_the_words_and_said_it_is_recorded(qtbot, terminal, ivan):
    dialog = _gift_dialog(qtbot, terminal, ivan)
    type_into(qtbot, dialog.fields.what, "a large cappuccino")
    _choose(qtbot, dialog.fields.category, "upgrade")
    type_into(qtbot, dialog.fields.value, "150")
    _choose(qtbot, dialog.fields.reason, "out_of_stock")
    type_into(qtbot, dialog.fields.points.edit, "100", clear=True)
    press(qtbot, dialog.fields.points.edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == 1)
    assert ("Ivan, this is a gift from us: a large cappuccino, and 100 points on your card!"
            in dialog.phrase.text())
    assert dialog.balance.text() == "Balance now: 300 points"
    assert not dialog.give_button.isVisible()  # a second Enter cannot give it again...
    dialog.give()  # ...and a repeated give (not a person's action) records nothing more
    report = terminal.office.gift_report(*EVER)
    assert (report.gifts, report.cost_minor, report.points, report.said) == (1, 15000, 100, 0)
    qtbot.waitUntil(dialog.said_button.hasFocus)
    press(qtbot, dialog.said_button, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert dialog.said and dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.result_data.points == 100
    assert terminal.office.gift_report(*EVER).said == 1
    assert terminal.till.member(ivan.member_id).balance == 300


def test_gift_dialog_opened_modally_is_driven_by_keyboard(qtbot, terminal, ivan):
    seen = {}

    def fill_and_say():
        dialog = visible_dialog(GiftDialog)
        type_into(qtbot, dialog.fields.what, "a cake")
        _choose(qtbot, dialog.fields.reason, "birthday")
        press(qtbot, dialog.fields.reason, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: dialog.pages.currentIndex() == 1)
        seen["phrase"] = dialog.phrase.text()
        press(qtbot, dialog.focusWidget(), Qt.Key.Key_Return)

    dialog = GiftDialog(terminal, ivan)
    qtbot.addWidget(dialog)
    QTimer.singleShot(0, fill_and_say)
    assert dialog.exec() == QDialog.DialogCode.Accepted
    assert seen["phrase"] == "«Ivan, this is a gift from us: a cake!»"
    assert dialog.said and terminal.office.gift_report(*EVER).said == 1


def _wizard(qtbot, terminal, member):
    dialog = ComplaintDialog(terminal, member)
    qtbot.addWidget(dialog)
    _show(qtbot, dialog)
    return dialog


def _enter(qtbot, dialog):
    press(qtbot, dialog.focusWidget() or dialog, Qt.Key.Key_Return)


def _next(qtbot, dialog, times: int = 1):
    for _ in range(times):
        click(qtbot, dialog.next_button)


def test_complaint_wizard_walks_every_step_and_gives_apology_points(qtbot, terminal, ivan):
    dialog = _wizard(qtbot, terminal, ivan)
    assert dialog.step() == wizard.LISTEN
    assert "Listen without interrupting" in dialog.pages.currentWidget().findChild(
        type(dialog.step_title), "listen").text()
    _enter(qtbot, dialog)
    qtbot.waitUntil(lambda: dialog.step() == wizard.FACTS)
    qtbot.waitUntil(dialog.facts.hasFocus)
    type_into(qtbot, dialog.facts, "Order 42 at 12:10, waited 25 minutes")
    type_into(qtbot, dialog.opinions, "Feels ignored")
    press(qtbot, dialog.opinions, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    type_into(qtbot, dialog.opinions, "Says we never care")
    _enter(qtbot, dialog)
    qtbot.waitUntil(lambda: dialog.step() == wizard.REFLECT)
    press(qtbot, dialog.focusWidget(), Qt.Key.Key_Down)  # the second phrase
    _enter(qtbot, dialog)
    qtbot.waitUntil(lambda: dialog.step() == wizard.SUMMARY)
    assert dialog.summary.toPlainText() == ("Let me check I understood: Order 42 at 12:10, "
                                            "waited 25 minutes")
    _enter(qtbot, dialog)
    qtbot.waitUntil(lambda: dialog.step() == wizard.SOLVE)
    assert dialog.next_button.text() == "Record the complaint (Enter)"
    assert terminal.office.complaints() == []  # nothing is recorded before the last step
    type_into(qtbot, dialog.solution, "Next order first in the queue")
    click(qtbot, dialog.comp_radios["points"])
    type_into(qtbot, dialog.points.edit, "150", clear=True)
    _enter(qtbot, dialog)
    qtbot.waitUntil(lambda: dialog.step() == wizard.DONE)
    assert "Ivan, we are sorry. 150 points on your card — a gift from us." in dialog.phrase.text()
    assert dialog.phrase.isVisible()
    [c] = terminal.office.complaints()
    assert c.facts == "Order 42 at 12:10, waited 25 minutes"
    assert c.opinions == "Feels ignored\nSays we never care"
    assert c.reflection == "In your place I'd be unhappy too."
    assert c.solution == "Next order first in the queue"
    assert (c.compensation, c.points, c.status) == ("points", 150, "open")
    assert terminal.till.member(ivan.member_id).balance == 350
    assert not dialog.next_button.isVisible()  # nothing left to press to record it again...
    dialog.record()  # ...and a repeated record (not a person's action) records nothing more
    assert len(terminal.office.complaints()) == 1 and terminal.till.member(ivan.member_id).balance == 350
    assert dialog.close_button.text() == "Said it"
    from datetime import datetime
    assert terminal.office.gift_report(datetime(2000, 1, 1), datetime(2100, 1, 1)).said == 0
    click(qtbot, dialog.close_button)
    assert terminal.office.gift_report(datetime(2000, 1, 1), datetime(2100, 1, 1)).said == 1


def test_complaint_without_facts_goes_back_to_them_and_records_nothing(qtbot, terminal, ivan):
    dialog = _wizard(qtbot, terminal, ivan)
    _next(qtbot, dialog, 4)
    assert dialog.step() == wizard.SOLVE
    click(qtbot, dialog.comp_radios["points"])
    type_into(qtbot, dialog.points.edit, "0", clear=True)
    _enter(qtbot, dialog)
    qtbot.waitUntil(lambda: dialog.step() == wizard.FACTS)
    assert dialog.errors["facts"].isVisible()
    assert dialog.errors["facts"].text() == "Write down what happened."
    assert dialog.errors["points"].text() == "Give at least one point."
    qtbot.waitUntil(dialog.facts.hasFocus)
    assert terminal.office.complaints() == []
    assert terminal.till.member(ivan.member_id).balance == 200


def test_own_reflection_and_edited_summary_are_kept(qtbot, terminal, ivan):
    dialog = _wizard(qtbot, terminal, ivan)
    _next(qtbot, dialog)
    type_into(qtbot, dialog.facts, "Cold soup")
    _next(qtbot, dialog)
    type_into(qtbot, dialog.own_text, "That is not how it should be.")
    assert dialog.own_reflection.isChecked()
    _next(qtbot, dialog)
    type_into(qtbot, dialog.summary, "So the soup was cold.", clear=True)
    click(qtbot, dialog.back_button)
    click(qtbot, dialog.back_button)
    type_into(qtbot, dialog.facts, "Cold soup, table 4", clear=True)
    _next(qtbot, dialog, 2)
    assert dialog.summary.toPlainText() == "So the soup was cold."  # the cashier's words stay
    _next(qtbot, dialog)
    click(qtbot, dialog.comp_radios["discount"])
    type_into(qtbot, dialog.discount.edit, "15", clear=True)
    _next(qtbot, dialog)
    assert dialog.step() == wizard.DONE
    assert "15% off" in dialog.phrase.text()
    [c] = terminal.office.complaints()
    assert (c.reflection, c.summary, c.discount_percent) == ("That is not how it should be.",
                                                             "So the soup was cold.", 15)


def test_complaint_without_a_member_is_recorded_without_compensation(qtbot, terminal):
    dialog = _wizard(qtbot, terminal, None)
    assert not dialog.comp_radios["points"].isEnabled()
    _next(qtbot, dialog)
    type_into(qtbot, dialog.facts, "The card reader was down for an hour")
    _next(qtbot, dialog, 4)
    assert dialog.step() == wizard.DONE
    assert not dialog.phrase.isVisible()
    [c] = terminal.office.complaints()
    assert c.member_id is None and c.compensation == "none"


def test_complaint_with_a_gift_shows_gift_errors_on_the_last_step(qtbot, terminal, ivan):
    dialog = _wizard(qtbot, terminal, ivan)
    _next(qtbot, dialog)
    type_into(qtbot, dialog.facts, "Wrong order")
    _next(qtbot, dialog, 3)
    click(qtbot, dialog.comp_radios["gift"])
    _next(qtbot, dialog)
    assert dialog.step() == wizard.SOLVE
    assert dialog.gift.errors["what"].text() == "Say what the gift is."
    type_into(qtbot, dialog.gift.what, "a free dessert")
    type_into(qtbot, dialog.gift.value, "250")
    _next(qtbot, dialog)
    assert dialog.step() == wizard.DONE
    assert "a free dessert" in dialog.phrase.text()
    report = terminal.office.gift_report(*EVER)
    assert (report.gifts, report.cost_minor, report.by_reason) == (1, 25000, {"complaint": (1, 25000)})


def _complaint(terminal, member_id, facts):
    return terminal.till.record_complaint(uuid.uuid4(), member_id, ComplaintInput(facts=facts))


def test_complaints_list_filters_and_closing_with_a_follow_up(qtbot, terminal, ivan):
    done = _complaint(terminal, ivan.member_id, "Coffee was cold")
    terminal.office.close_complaint(done.complaint_id, "Called back; fine now")
    _complaint(terminal, None, "Queue of 20 minutes at lunch")
    dialog = ComplaintsDialog(terminal)
    qtbot.addWidget(dialog)
    _show(qtbot, dialog)
    assert dialog.table.rowCount() == 1  # open ones first
    assert dialog.table.item(0, 2).text() == "Queue of 20 minutes at lunch"
    assert dialog.table.item(0, 1).text() == "—"
    choose(qtbot, dialog.filter, "Closed")
    assert dialog.table.rowCount() == 1
    click_cell(qtbot, dialog.table, 0)
    assert dialog.table.item(0, 1).text() == "Ivan Ivanovich Petrov"
    assert dialog.table.item(0, 4).text() == "Closed"
    assert "Called back; fine now" in dialog.details.toPlainText()
    choose(qtbot, dialog.filter, "All")
    assert dialog.table.rowCount() == 2
    choose(qtbot, dialog.filter, "Open")
    click_cell(qtbot, dialog.table, 0)
    click(qtbot, dialog.close_complaint_button)
    assert dialog.follow_error.text() == "Write how it was followed up."
    assert len(terminal.office.complaints(status="open")) == 1
    type_into(qtbot, dialog.follow_up, "Opened a second till at lunch")
    click(qtbot, dialog.close_complaint_button)
    assert terminal.office.complaints(status="open") == []
    assert dialog.table.rowCount() == 0
    assert "Opened a second till at lunch" in dialog.details.toPlainText()
    assert dialog.close_complaint_button.text() == "Add the note"
    choose(qtbot, dialog.filter, "Closed")
    assert dialog.table.rowCount() == 2


def test_gifts_report_shows_counts_costs_and_reasons(qtbot, terminal, ivan):
    cake = uuid.uuid4()
    terminal.till.give_gift(cake, ivan.member_id, GiftInput("cake", "extra_item", "birthday", 30000))
    terminal.till.confirm_said(cake)
    terminal.till.give_gift(uuid.uuid4(), ivan.member_id, GiftInput("bigger cup", "upgrade", "tier_perk",
                                                               5000, 20))
    terminal.till.give_gift(uuid.uuid4(), ivan.member_id, GiftInput("croissant", "extra_item",
                                                               "birthday", 12050))
    dialog = GiftsReportDialog(terminal)
    qtbot.addWidget(dialog)
    _show(qtbot, dialog)
    currency = terminal.program.currency
    assert dialog.totals.text() == f"3 gifts · cost 470.50\u00a0{currency} · 20 points given"
    assert dialog.said.text() == "Said out loud: 1 of 3"
    rows = [[dialog.by_reason.item(r, c).text() for c in range(3)]
            for r in range(dialog.by_reason.rowCount())]
    assert rows == [["Birthday", "2", f"420.50\u00a0{currency}"], ["Tier perk", "1", f"50.00\u00a0{currency}"],
                    ["Total", "3", f"470.50\u00a0{currency}"]]
    assert dialog.came_back[30].text() == "Came back within 30 days: too early to tell."
    type_date(qtbot, dialog.start, dialog.end.date().addDays(1))
    click(qtbot, dialog.show_button)
    assert dialog.period_error.text() == "The period ends before it starts."


def test_came_back_shares_read_as_a_sentence(qtbot, terminal):
    dialog = GiftsReportDialog(terminal)
    qtbot.addWidget(dialog)
    assert dialog.totals.text().startswith("0 gifts")
    assert dialog.by_reason.rowCount() == 0
    assert (dialog.came_back_text(30, 0.64, 0.41)
            == "Came back within 30 days: 64% of gifted members vs 41% of others")
    assert (dialog.came_back_text(90, 0.5, None)
            == "Came back within 90 days: 50% of gifted members (too early to tell for the others)")


def test_escape_mid_story_asks_again_before_throwing_it_away(qtbot, terminal, ivan):
    dialog = _wizard(qtbot, terminal, ivan)
    _next(qtbot, dialog)
    type_into(qtbot, dialog.facts, "Cold soup")
    press(qtbot, dialog.facts, Qt.Key.Key_Escape)
    assert dialog.isVisible() and dialog.discard_warning.isVisible()
    press(qtbot, dialog.facts, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert dialog.result() == QDialog.DialogCode.Rejected
    assert terminal.office.complaints() == []

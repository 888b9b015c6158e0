"""Drive the refund and adjust dialogs the way a manager does (tests/ui/drive.py)."""

import uuid

import pytest
from PySide6.QtCore import Qt, QTimer

from app.domain.giving import Verification
from app.services.dto import MemberInput
from app.ui.adjust_dialog import AdjustDialog
from app.ui.refund_dialog import RefundDialog
from tests.ui.drive import assert_reachable, click, press, shown, type_into, visible_dialog


@pytest.fixture
def manager(terminal):
    terminal.sign_in.create_owner("Olga", "1234")
    terminal.admin.add_staff("Mark", "2468", "manager")
    terminal.sign_in.login("Mark", "2468")
    return terminal


@pytest.fixture
def sale(manager, ivan):
    """Ivan's purchase of 1 000.00 on receipt R-7, 100 points redeemed: it earned 27."""
    scanned = Verification("card", card=ivan.card_number)
    result = manager.till.record_purchase(uuid.uuid4(), ivan.member_id, 100000, 100, "R-7",
                                     verification=scanned)
    return result.purchase_id



def _member_menu(window):
    return next(a.menu() for a in window.menuBar().actions() if a.text() == "Member")


def test_refund_part_of_the_open_members_purchase_from_the_till(window, qtbot, manager, ivan,
                                                                sale):
    window.show_member(ivan.member_id)
    menu = _member_menu(window)
    menu.popup(window.mapToGlobal(window.rect().center()))
    qtbot.waitUntil(menu.isVisible)
    action = next(a for a in menu.actions() if a.text() == "Refund a purchase…")
    assert action.isVisible() and action.isEnabled()
    menu.hide()
    seen = {}

    def refund_400():
        dialog = visible_dialog(RefundDialog)
        try:
            qtbot.waitUntil(lambda: dialog.selected() is not None)  # his only purchase
            assert dialog.amount.text() == "1000.00"
            type_into(qtbot, dialog.amount, "400", clear=True)
            seen["preview"] = dialog.preview.text()
            type_into(qtbot, dialog.reason, "one item returned")
            click(qtbot, dialog.refund_button)
            qtbot.waitUntil(dialog.done_label.isVisible)
            seen["done"] = dialog.done_label.text()
            seen["row"] = dialog.table.item(0, 4).text()
            seen["again"] = dialog.refund_button.isEnabled()
        finally:
            dialog.reject()

    QTimer.singleShot(0, refund_400)
    action.trigger()
    assert seen["preview"] == "Points: 10 taken back, 40 returned to the member."
    # 200 - 100 + 27 = 127; then 10 taken back and 40 returned
    assert seen["done"] == "Refunded 400.00\N{NO-BREAK SPACE}RUB. Points: 10 taken back, 40 returned. Balance: 157."
    assert seen["row"] == "400.00\N{NO-BREAK SPACE}RUB"
    assert seen["again"] is False  # a double click's second click refunds nothing more
    assert manager.till.member(ivan.member_id).balance == 157
    qtbot.waitUntil(lambda: window.panel.balance.text() == "157 points")
    assert "(400.00 refunded)" in window.panel.visits.item(0, 1).text()
    [row] = manager.till.refunds_of(sale)
    assert (row.amount_minor, row.reason, row.cashier) == (40000, "one item returned", "Mark")


def test_a_cashier_sees_no_refund_or_adjust_at_the_till(window, qtbot, terminal, ivan):
    terminal.sign_in.create_owner("Olga", "1234")
    terminal.admin.add_staff("Kate", "1111", "cashier")
    terminal.sign_in.login("Kate", "1111")
    window.show_member(ivan.member_id)
    menu = _member_menu(window)
    menu.popup(window.mapToGlobal(window.rect().center()))
    qtbot.waitUntil(menu.isVisible)
    hidden = {a.text(): a.isVisible() for a in menu.actions()}
    menu.hide()
    assert hidden["Refund a purchase…"] is False and hidden["Adjust points…"] is False


def test_find_by_receipt_and_refuse_more_than_is_left_in_words(qtbot, manager, sale):
    manager.till.refund_purchase(uuid.uuid4(), sale, "earlier part", 60000)
    dialog = shown(qtbot, RefundDialog(manager))
    type_into(qtbot, dialog.receipt, "R-7")
    press(qtbot, dialog.receipt, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.selected() is not None)
    assert dialog.found.text() == "Purchases found: 1"
    assert dialog.amount.text() == "400.00"
    assert "refunded already 600.00\N{NO-BREAK SPACE}RUB" in dialog.chosen.text()
    type_into(qtbot, dialog.amount, "500", clear=True)
    type_into(qtbot, dialog.reason, "too much")
    click(qtbot, dialog.refund_button)
    qtbot.waitUntil(dialog.errors["amount"].isVisible)
    text = dialog.errors["amount"].text()
    assert text.startswith("Only 400.00\N{NO-BREAK SPACE}RUB can still be refunded") and "600.00\N{NO-BREAK SPACE}RUB" in text
    assert len(manager.till.refunds_of(sale)) == 1  # nothing saved
    type_into(qtbot, dialog.amount, "400", clear=True)
    click(qtbot, dialog.refund_button)
    qtbot.waitUntil(dialog.done_label.isVisible)
    assert not dialog.errors["amount"].isVisible()
    assert dialog.table.item(0, 4).text() == "in full"
    assert dialog.preview.text() == "This purchase is refunded in full."
    assert not dialog.amount.isEnabled()


def test_a_refund_without_a_reason_is_refused_next_to_the_field(qtbot, manager, ivan, sale):
    dialog = shown(qtbot, RefundDialog(manager, member=manager.till.member(ivan.member_id)))
    qtbot.waitUntil(lambda: dialog.selected() is not None)
    click(qtbot, dialog.refund_button)
    qtbot.waitUntil(dialog.errors["reason"].isVisible)
    assert dialog.errors["reason"].text() == "Give the reason."
    assert manager.till.refunds_of(sale) == []


def test_adjust_points_of_a_member_found_in_the_dialog(qtbot, manager, ivan):
    dialog = shown(qtbot, AdjustDialog(manager))
    assert not dialog.save_button.isEnabled()
    type_into(qtbot, dialog.query, "4567")
    click(qtbot, dialog.find_button)
    qtbot.waitUntil(dialog.save_button.isEnabled)
    assert_reachable(dialog.hits)
    assert dialog.who.text() == "Ivan Ivanovich Petrov, balance 200"
    type_into(qtbot, dialog.reason, "typed twice")
    click(qtbot, dialog.save_button)  # 0 points
    qtbot.waitUntil(dialog.errors["points"].isVisible)
    assert dialog.errors["points"].text() == "Enter the points to add or take (not 0)."
    type_into(qtbot, dialog.points.edit, "-50", clear=True)
    click(qtbot, dialog.save_button)
    qtbot.waitUntil(dialog.done_label.isVisible)
    assert dialog.done_label.text() == "Saved: -50 points. Balance: 150."
    assert dialog.who.text() == "Ivan Ivanovich Petrov, balance 150"
    assert manager.till.member(ivan.member_id).balance == 150
    assert not dialog.errors["points"].isVisible()


def test_adjust_the_open_member_needs_a_reason(qtbot, manager, ivan):
    other = manager.till.enrol(MemberInput(first_name="Anna", phone="+79031112233", consent=True))
    dialog = shown(qtbot, AdjustDialog(manager, member=manager.till.member(other)))
    assert not dialog.query.isVisible()
    type_into(qtbot, dialog.points.edit, "25", clear=True)
    click(qtbot, dialog.save_button)
    qtbot.waitUntil(dialog.errors["reason"].isVisible)
    assert dialog.errors["reason"].text() == "Give the reason."
    assert manager.till.member(other).balance == 200

"""The points and amount fields keep what was typed, refuse in words what is not
allowed, ask before a large sale, and take the register's receipt number, all by
the keyboard (tests/ui/drive.py)."""

import pytest
from PySide6.QtCore import QLocale, Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from sqlalchemy import select

from app.db.models import Purchase
from app.ui.donate_dialog import DonateDialog
from app.ui.purchase_dialog import PurchaseDialog
from tests.ui.drive import click, press, type_into, visible_dialog

TOO_LARGE = "The amount is too large: at most 99,999,999.99."


@pytest.fixture(autouse=True)
def english_numbers():
    """Amounts are shown in the till's language; the app sets it at start."""
    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    yield
    QLocale.setDefault(before)


@pytest.fixture
def dialog(qtbot, terminal, ivan):
    shown = PurchaseDialog(terminal, ivan)
    qtbot.addWidget(shown)
    shown.show()
    qtbot.waitExposed(shown)
    return shown


def purchases(terminal) -> list[tuple]:
    with terminal._sessions.begin() as s:
        return list(s.execute(select(Purchase.amount_minor, Purchase.points_redeemed,
                                     Purchase.receipt_number)))


def test_500_points_with_180_allowed_are_refused_and_stay_500(qtbot, dialog, terminal, ivan):
    type_into(qtbot, dialog.amount, "180")
    assert dialog.redeem_hint.text() == "at most 180 points"
    type_into(qtbot, dialog.redeem, "500")
    assert dialog.redeem.text() == "500"  # a spin box made it 50 and recorded the sale
    assert dialog.redeem_error.isVisible()
    assert dialog.redeem_error.text() == ("Points cannot pay more than the purchase "
                                          "(at most 180).")
    press(qtbot, dialog.redeem, Qt.Key.Key_Return)
    assert dialog.isVisible() and dialog.result_data is None
    assert dialog.redeem.text() == "500"
    assert dialog.redeem_error.text().endswith("(at most 180).")
    assert purchases(terminal) == []
    assert terminal.till.member(ivan.member_id).balance == 200


def test_more_points_than_the_balance_are_refused_in_words(qtbot, dialog, terminal, ivan):
    type_into(qtbot, dialog.amount, "5000")
    assert dialog.redeem_hint.text() == "at most 200 points"
    type_into(qtbot, dialog.redeem, "99999999999999999999")
    assert dialog.redeem.text() == "99999999999999999999"
    press(qtbot, dialog.redeem, Qt.Key.Key_Return)
    assert dialog.redeem_error.text() == "Only 200 points are available."
    assert dialog.isVisible() and purchases(terminal) == []


def test_points_that_are_not_a_whole_number_are_refused(qtbot, dialog, terminal):
    type_into(qtbot, dialog.amount, "500")
    type_into(qtbot, dialog.redeem, "1.5")
    assert dialog.redeem_error.text() == "Enter whole points, e.g. 150."
    press(qtbot, dialog.amount, Qt.Key.Key_Return)
    assert dialog.isVisible() and purchases(terminal) == []


def test_left_to_pay_follows_the_amount_and_the_points(qtbot, dialog):
    assert dialog.left_to_pay.text() == "Left to pay: —"
    type_into(qtbot, dialog.amount, "1000")
    assert dialog.left_to_pay.text() == "Left to pay: 1,000.00\N{NO-BREAK SPACE}RUB"
    type_into(qtbot, dialog.redeem, "1")
    assert dialog.left_to_pay.text() == "Left to pay: 999.00\N{NO-BREAK SPACE}RUB"
    type_into(qtbot, dialog.redeem, "80")
    assert dialog.left_to_pay.text() == "Left to pay: 820.00\N{NO-BREAK SPACE}RUB"
    type_into(qtbot, dialog.amount, "5", clear=True)  # 5.00 cannot take 180 points
    assert dialog.left_to_pay.text() == "Left to pay: —"
    assert dialog.redeem_error.isVisible()


@pytest.mark.parametrize("typed", [str(2**63), "99999999999999999999", "100000000"])
def test_an_amount_that_cannot_be_stored_is_refused_in_words(qtbot, dialog, terminal, typed):
    type_into(qtbot, dialog.amount, typed)
    press(qtbot, dialog.amount, Qt.Key.Key_Return)
    assert dialog.amount_error.isVisible() and dialog.amount_error.text() == TOO_LARGE
    assert dialog.amount.text() == typed
    assert dialog.isVisible() and purchases(terminal) == []


def _answer_large(qtbot, button_name: str, seen: list):
    def answer():
        box = visible_dialog(QMessageBox)
        seen.append(box.text())
        click(qtbot, box.findChild(object, button_name))
    QTimer.singleShot(50, answer)


def test_a_large_amount_is_recorded_after_the_cashier_confirms(qtbot, dialog, terminal):
    type_into(qtbot, dialog.amount, "250000")
    seen: list[str] = []
    _answer_large(qtbot, "recordLarge", seen)
    press(qtbot, dialog.amount, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert seen == ["Record 250,000.00\N{NO-BREAK SPACE}RUB? That is more than usual."]
    assert purchases(terminal) == [(25_000_000, 0, "")]


def test_a_declined_large_amount_records_nothing_and_stays_to_correct(qtbot, dialog, terminal):
    type_into(qtbot, dialog.amount, "250000")
    seen: list[str] = []
    _answer_large(qtbot, "correctAmount", seen)
    press(qtbot, dialog.amount, Qt.Key.Key_Return)
    assert seen == ["Record 250,000.00\N{NO-BREAK SPACE}RUB? That is more than usual."]
    assert dialog.isVisible() and purchases(terminal) == []
    assert dialog.amount.text() == "250000"
    assert dialog.focusWidget() is dialog.amount  # the cursor is back in the amount
    type_into(qtbot, dialog.amount, "2500", clear=True)  # the two zeros too many
    press(qtbot, dialog.amount, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert purchases(terminal) == [(250_000, 0, "")]


def test_enter_on_the_question_goes_back_rather_than_records(qtbot, dialog, terminal):
    type_into(qtbot, dialog.amount, "100000.01")

    def enter():
        box = visible_dialog(QMessageBox)
        press(qtbot, box, Qt.Key.Key_Return)
    QTimer.singleShot(50, enter)
    press(qtbot, dialog.amount, Qt.Key.Key_Return)
    assert dialog.isVisible() and purchases(terminal) == []


def test_the_owner_sets_the_large_amount_in_the_program(qtbot, terminal, ivan):
    data = terminal.program.to_dict()
    terminal.admin.save_program({**data, "large_amount_minor": 500_00})
    dialog = PurchaseDialog(terminal, ivan)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    type_into(qtbot, dialog.amount, "600")
    seen: list[str] = []
    _answer_large(qtbot, "recordLarge", seen)
    press(qtbot, dialog.amount, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert seen == ["Record 600.00\N{NO-BREAK SPACE}RUB? That is more than usual."]


def test_the_receipt_number_is_kept_with_the_sale(qtbot, dialog, terminal):
    type_into(qtbot, dialog.amount, "1000")
    press(qtbot, dialog.amount, Qt.Key.Key_Tab)
    assert dialog.receipt.hasFocus()  # right after the amount
    type_into(qtbot, dialog.receipt, "A-1042")
    press(qtbot, dialog.receipt, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert purchases(terminal) == [(100_000, 0, "A-1042")]


def test_the_core_sale_keeps_its_keystrokes(window, qtbot, terminal, ivan):
    """"4567", Enter, F5, amount, Enter records the sale: the receipt field adds no key."""
    type_into(qtbot, window.search, "4567")
    qtbot.waitUntil(lambda: window.results_model.rowCount() == 1)
    press(qtbot, window.search, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.current is not None)

    def sell():
        dialog = visible_dialog(PurchaseDialog)
        assert dialog.amount.hasFocus()
        qtbot.keyClicks(dialog.amount, "1000")
        qtbot.keyClick(dialog.amount, Qt.Key.Key_Return)
    QTimer.singleShot(50, sell)
    press(qtbot, window, Qt.Key.Key_F5)
    qtbot.waitUntil(lambda: window.banner.isVisible())
    assert purchases(terminal) == [(100_000, 0, "")]
    assert not any(isinstance(w, PurchaseDialog) and w.isVisible()
                   for w in QApplication.topLevelWidgets())


def test_donating_more_than_the_balance_is_refused_and_stays_as_typed(qtbot, terminal, ivan):
    dialog = DonateDialog(terminal, ivan)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.points_hint.text() == "at most 200 points"
    type_into(qtbot, dialog.points, "500")
    press(qtbot, dialog.points, Qt.Key.Key_Return)
    assert dialog.points.text() == "500"
    assert dialog.points_error.text() == "Only 200 points are available."
    type_into(qtbot, dialog.points, str(2**63), clear=True)
    press(qtbot, dialog.points, Qt.Key.Key_Return)
    assert dialog.points_error.text() == "Only 200 points are available."
    assert dialog.isVisible() and terminal.till.member(ivan.member_id).balance == 200


def test_a_quantity_past_999_is_refused_not_cut_to_100(qtbot, dialog, terminal):
    type_into(qtbot, dialog.amount, "500")
    coffee = dialog.lines["coffee"].quantity
    type_into(qtbot, coffee, "1000", clear=True)
    assert coffee.value() == 1000  # a spin box with 999 at most kept 100
    press(qtbot, dialog.amount, Qt.Key.Key_Return)
    assert dialog.lines_error.text() == "Coffee: At most 999 items in one line."
    assert dialog.isVisible() and purchases(terminal) == []

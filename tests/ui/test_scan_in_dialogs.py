"""A card scanned while a dialog is open never changes the member behind it; the check
of who pays with points takes the scan as its card check (issue #14)."""

from PySide6.QtCore import Qt, QTimer

from app.services.dto import MemberInput
from app.ui.purchase_dialog import PurchaseDialog
from app.ui.verify_dialog import VerifyDialog
from tests.ui.drive import focus, press, type_into, visible_dialog


def _open_by_phone(window, qtbot, ivan):
    type_into(qtbot, window.search, "4567")
    qtbot.waitUntil(lambda: window.results_model.rowCount() == 1)
    press(qtbot, window.search, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.current is not None)
    assert window.current.member_id == ivan.member_id


def _scan(qtbot, widget, number):
    qtbot.keyClicks(widget, number)  # a wedge scanner: 13 digits and Enter in a burst
    qtbot.keyClick(widget, Qt.Key.Key_Return)


def test_a_scan_in_the_check_dialog_is_the_card_check(window, qtbot, terminal, ivan):
    _open_by_phone(window, qtbot, ivan)
    seen = {}

    def scan_card():
        check = visible_dialog(VerifyDialog)
        seen["asked"] = True
        _scan(qtbot, check.focusWidget(), ivan.card_number)

    def fill():
        dialog = visible_dialog(PurchaseDialog)
        type_into(qtbot, dialog.amount, "1000")
        type_into(qtbot, dialog.redeem, "50")
        QTimer.singleShot(0, scan_card)
        press(qtbot, dialog.redeem, Qt.Key.Key_Return)

    QTimer.singleShot(0, fill)
    press(qtbot, window, Qt.Key.Key_F5)
    qtbot.waitUntil(lambda: window.banner.isVisible())
    assert seen == {"asked": True}
    assert window.current.member_id == ivan.member_id
    # 1000.00 with 50 in points: 950 earn 3 % = 28; 200 - 50 + 28 = 178.
    assert terminal.till.member(ivan.member_id).balance == 178


def test_a_scan_during_a_purchase_does_not_open_another_member(window, qtbot, terminal, ivan):
    anna = terminal.till.member(terminal.till.enrol(MemberInput(first_name="Anna", phone="+79160000001",
                                                      consent=True)))
    _open_by_phone(window, qtbot, ivan)

    def scan_then_record():
        dialog = visible_dialog(PurchaseDialog)
        type_into(qtbot, dialog.amount, "100")
        focus(qtbot, dialog.receipt)
        _scan(qtbot, dialog.receipt, anna.card_number)  # a stray scan lands in a field
        assert dialog.isVisible()  # its Enter was the scanner's, not the cashier's
        assert window.current.member_id == ivan.member_id  # nobody else opened behind it
        type_into(qtbot, dialog.receipt, "R-1", clear=True)
        press(qtbot, dialog.amount, Qt.Key.Key_Return)

    QTimer.singleShot(0, scan_then_record)
    press(qtbot, window, Qt.Key.Key_F5)
    qtbot.waitUntil(lambda: window.banner.isVisible())
    assert window.current.member_id == ivan.member_id
    assert terminal.till.member(anna.member_id).visits == 0
    assert terminal.till.member(ivan.member_id).visits == 1

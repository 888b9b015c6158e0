"""Points are money, at the till: the check before points are spent, a manager's PIN
typed on the spot above a cashier's limit, the owner's caps, and withdrawing consent
(issue #14). Driven as a cashier would, through tests/ui/drive.py."""

import uuid
from datetime import datetime

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from app.services.dto import GiftInput
from app.ui.donate_dialog import DonateDialog
from app.ui.gift_dialog import GiftDialog
from app.ui.manager_pin import ManagerPinDialog
from app.ui.program_editor import ProgramEditor
from app.ui.purchase_dialog import PurchaseDialog
from app.ui.staff_dialogs import PrivacyDialog
from app.ui.verify_dialog import VerifyDialog
from app.ui.withdraw_dialog import WithdrawConsentDialog
from tests.ui.drive import choose, click, press, type_into

OK = QDialogButtonBox.StandardButton.Ok
EVER = (datetime(2000, 1, 1), datetime(2100, 1, 1))


_POLLERS: list[dict] = []


def when_shown(kind, act, tries: int = 300, state: dict | None = None) -> dict:
    """Run ``act(dialog)`` on the modal dialog of ``kind`` once it is open; never leave
    it hanging if ``act`` fails. Returns the poller's state: ``state["on"] = False``
    stops it (every poller stops when its test ends, so none acts on the next test)."""
    if state is None:
        state = {"on": True}
        _POLLERS.append(state)

    def run():
        if not state["on"]:
            return
        dialog = next((w for w in QApplication.topLevelWidgets()
                       if isinstance(w, kind) and w.isVisible()), None)
        if dialog is None:
            if tries > 0:
                when_shown(kind, act, tries - 1, state)
            return
        state["on"] = False
        try:
            act(dialog)
        finally:
            if dialog.isVisible():
                dialog.reject()
    QTimer.singleShot(10, run)
    return state


@pytest.fixture(autouse=True)
def _stop_pollers():
    yield
    for state in _POLLERS:
        state["on"] = False
    _POLLERS.clear()


@pytest.fixture
def masha(terminal):
    """The owner set up the shop; Masha, a cashier, is at the till."""
    terminal.sign_in.create_owner("Olga", "1234")
    terminal.admin.add_staff("Masha", "1111", "cashier")
    terminal.admin.add_staff("Pavel", "2222", "manager")
    return terminal


def at_till(qtbot, window, key, modifier=Qt.KeyboardModifier.NoModifier):
    """A key at the till, once the till has the keyboard back after a dialog."""
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    press(qtbot, window, key, modifier)


def sign_in_masha(terminal):
    terminal.sign_in.login("Masha", "1111")


def purchase_dialog(qtbot, terminal, member, **kw):
    dialog = PurchaseDialog(terminal, member, **kw)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def pay_with_points(qtbot, dialog, amount: str, points: str):
    type_into(qtbot, dialog.amount, amount)
    type_into(qtbot, dialog.redeem, points, clear=True)


# ---- the check before spending -----------------------------------------------------


def test_points_of_a_member_found_by_phone_digits_are_spent_only_after_a_check(
        qtbot, terminal, ivan):
    dialog = purchase_dialog(qtbot, terminal, ivan)
    pay_with_points(qtbot, dialog, "1000", "50")
    seen = []

    def wrong_phone(verify):
        seen.append(verify.windowTitle())
        type_into(qtbot, verify.phone, "+7 916 123-45-68")
        click(qtbot, verify.buttons.button(OK))
    when_shown(VerifyDialog, wrong_phone)
    press(qtbot, dialog.amount, Qt.Key.Key_Return)
    assert seen == ["Check who is paying with points"]
    assert dialog.error.text() == ("That does not match this member: no points were spent. "
                                   "Check again.")
    assert dialog.isVisible() and terminal.till.member(ivan.member_id).balance == 200

    def right_phone(verify):
        type_into(qtbot, verify.phone, "8 916 123 45 67")
        click(qtbot, verify.buttons.button(OK))
    when_shown(VerifyDialog, right_phone)
    press(qtbot, dialog.amount, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert dialog.result_data.points_redeemed == 50
    assert terminal.till.member(ivan.member_id).balance == 200 - 50 + 28


def test_cancelling_the_check_spends_nothing_and_says_so(qtbot, terminal, ivan):
    dialog = purchase_dialog(qtbot, terminal, ivan)
    pay_with_points(qtbot, dialog, "1000", "50")
    when_shown(VerifyDialog, lambda verify: click(qtbot, verify.buttons.button(
        QDialogButtonBox.StandardButton.Cancel)))
    press(qtbot, dialog.amount, Qt.Key.Key_Return)
    assert dialog.error.text() == "No points were spent: check who the customer is first."
    assert terminal.till.member(ivan.member_id).visits == 0


def test_the_check_needs_something_filled_in(qtbot, terminal, ivan):
    verify = VerifyDialog(ivan)
    qtbot.addWidget(verify)
    verify.show()
    qtbot.waitExposed(verify)
    click(qtbot, verify.buttons.button(OK))
    assert verify.error.isVisible() and verify.verification is None
    type_into(qtbot, verify.name, "Ivan")
    click(qtbot, verify.buttons.button(OK))
    assert verify.error.text().startswith("Give both the name and the date of birth")
    type_into(qtbot, verify.birthday, "07.03.1985")
    click(qtbot, verify.buttons.button(OK))
    assert verify.verification.method == "name_birthday"
    assert verify.verification.birthday.isoformat() == "1985-03-07"


def test_a_member_opened_by_a_card_scan_pays_with_points_at_once(window, qtbot, terminal, ivan):
    window.scanner.scanned.emit(ivan.card_number)  # what the scanner sends
    qtbot.waitUntil(lambda: window.current is not None)
    asked = []
    when_shown(VerifyDialog, lambda verify: asked.append(verify))

    def pay(dialog):
        type_into(qtbot, dialog.amount, "1500")
        press(qtbot, dialog.amount, Qt.Key.Key_Return)
    when_shown(PurchaseDialog, pay)
    at_till(qtbot, window, Qt.Key.Key_F6)
    qtbot.waitUntil(lambda: "Paid with 200 points." in window.banner.text())
    assert asked == []


def test_the_check_is_asked_once_a_visit_also_for_a_donation(window, qtbot, terminal, ivan):
    window.show_member(ivan.member_id)  # found by name: not checked yet

    def check_card(verify):
        type_into(qtbot, verify.card, ivan.card_number)
        click(qtbot, verify.buttons.button(OK))

    def donate(dialog):
        when_shown(VerifyDialog, check_card)
        type_into(qtbot, dialog.points, "20", clear=True)
        press(qtbot, dialog.points, Qt.Key.Key_Return)
    when_shown(DonateDialog, donate)
    at_till(qtbot, window, Qt.Key.Key_F9)
    qtbot.waitUntil(lambda: "20 points go to" in window.banner.text())
    asked = []
    when_shown(VerifyDialog, lambda verify: asked.append(verify))
    when_shown(DonateDialog, donate)  # the same visit: no second check
    at_till(qtbot, window, Qt.Key.Key_F9)
    qtbot.waitUntil(lambda: terminal.till.member(ivan.member_id).balance == 160)
    assert asked == []


def test_the_owners_cap_per_receipt_is_said_next_to_the_points(qtbot, terminal, ivan):
    data = terminal.program.to_dict()
    data["limits"]["redeem_per_receipt"] = 30
    terminal.admin.save_program(data)
    dialog = purchase_dialog(qtbot, terminal, ivan, verification=None)
    pay_with_points(qtbot, dialog, "1000", "50")

    def by_card(verify):
        type_into(qtbot, verify.card, ivan.card_number)
        click(qtbot, verify.buttons.button(OK))
    when_shown(VerifyDialog, by_card)
    press(qtbot, dialog.amount, Qt.Key.Key_Return)
    assert dialog.redeem_error.text() == "At most 30 points can be spent on one receipt."
    assert terminal.till.member(ivan.member_id).balance == 200


# ---- a manager's PIN on the spot ---------------------------------------------------------


def cake_over_the_limit(qtbot, masha, ivan):
    """Masha, a cashier, about to give a cake worth 800.00 (her limit is 500.00)."""
    sign_in_masha(masha)
    dialog = GiftDialog(masha, ivan)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    type_into(qtbot, dialog.fields.what, "a birthday cake")
    type_into(qtbot, dialog.fields.value, "800")
    choose(qtbot, dialog.fields.reason, "Birthday")
    return dialog


def test_a_gift_over_the_cashiers_limit_asks_for_a_managers_pin(qtbot, masha, ivan):
    dialog = cake_over_the_limit(qtbot, masha, ivan)
    seen = {}

    def approve(pin_dialog):
        seen["why"] = pin_dialog.why.text()
        type_into(qtbot, pin_dialog.name, "Pavel")
        type_into(qtbot, pin_dialog.pin, "9999")
        click(qtbot, pin_dialog.buttons.button(OK))
        seen["wrong"] = pin_dialog.error.text()
        assert pin_dialog.isVisible() and pin_dialog.pin.text() == ""
        type_into(qtbot, pin_dialog.pin, "2222")
        click(qtbot, pin_dialog.buttons.button(OK))
    when_shown(ManagerPinDialog, approve)
    click(qtbot, dialog.give_button)
    assert seen["why"] == ("A cashier gives at most 300 points, goods worth 500 or a 20 % "
                               "discount at once. A manager can allow more with their PIN.")
    assert seen["wrong"] == "Wrong name or PIN."
    assert dialog.phrase.text() == "«Ivan, this is a gift from us: a birthday cake!»"
    masha.sign_in.login("Pavel", "2222")
    [entry] = masha.office.audit_log(action="gift_over_limit")
    assert (entry.staff, entry.details["approved_by"]) == ("Masha", "Pavel")


def test_without_a_manager_the_gift_is_refused_in_words(qtbot, masha, ivan):
    dialog = cake_over_the_limit(qtbot, masha, ivan)
    when_shown(ManagerPinDialog, lambda pin_dialog: click(qtbot, pin_dialog.buttons.button(
        QDialogButtonBox.StandardButton.Cancel)))
    click(qtbot, dialog.give_button)
    assert dialog.error.text().startswith("A cashier gives at most 300 points")
    assert dialog.isVisible()  # still on the form, nothing given
    masha.sign_in.login("Olga", "1234")
    assert masha.office.gift_report(*EVER).gifts == 0


def test_the_daily_cap_stops_the_long_wait_key_until_a_manager_allows(window, qtbot, masha,
                                                                      ivan):
    data = masha.program.to_dict()
    data["limits"]["given_per_member_day"] = 120  # the apology is 50: 100 + 50 > 120
    masha.admin.save_program(data)
    sign_in_masha(masha)
    masha.till.give_gift(uuid.uuid4(), ivan.member_id, GiftInput("cup", "upgrade", "just_because",
                                                            0, 100))
    window.show_member(ivan.member_id)
    seen = {}

    def cancel(pin_dialog):
        seen["why"] = pin_dialog.why.text()
        click(qtbot, pin_dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel))
    when_shown(ManagerPinDialog, cancel)
    at_till(qtbot, window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(window.status.isVisible)
    words = ("Cashiers may give this member at most 120 points a day; 20 are left today. "
             "A manager can allow more with their PIN.")
    assert seen["why"] == words and window.status.text() == words
    assert masha.till.member(ivan.member_id).balance == 300

    def allow(pin_dialog):
        type_into(qtbot, pin_dialog.name, "pavel")
        type_into(qtbot, pin_dialog.pin, "2222")
        press(qtbot, pin_dialog.pin, Qt.Key.Key_Return)
    when_shown(ManagerPinDialog, allow)
    at_till(qtbot, window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: masha.till.member(ivan.member_id).balance == 350)
    assert "sorry you had to wait" in window.banner.text()


# ---- withdrawing consent -----------------------------------------------------------------


def test_withdrawing_consent_says_it_is_for_good_and_needs_a_manager(qtbot, masha, ivan):
    sign_in_masha(masha)
    privacy = PrivacyDialog(masha, ivan)
    qtbot.addWidget(privacy)
    privacy.show()
    qtbot.waitExposed(privacy)
    seen = {}

    def withdraw(dialog):
        seen["warning"] = dialog.findChild(type(dialog.error), "withdrawWarning").text()
        seen["enabled before"] = dialog.erase_button.isEnabled()
        click(qtbot, dialog.confirm)
        type_into(qtbot, dialog.manager, "Masha")
        type_into(qtbot, dialog.pin, "1111")
        click(qtbot, dialog.erase_button)
        seen["not a manager"] = dialog.error.text()
        seen["still there"] = masha.till.member(ivan.member_id).first_name
        type_into(qtbot, dialog.manager, "Pavel", clear=True)
        type_into(qtbot, dialog.pin, "2222")
        click(qtbot, dialog.erase_button)
    when_shown(WithdrawConsentDialog, withdraw)
    click(qtbot, privacy.withdraw_button)
    assert "for good" in seen["warning"] and "cannot be undone" in seen["warning"]
    assert seen["enabled before"] is False
    assert seen["not a manager"] == "Masha is not a manager: a manager's name and PIN are needed."
    assert seen["still there"] == "Ivan"
    assert privacy.erased
    assert masha.till.member(ivan.member_id).first_name == "—"


def test_a_manager_withdraws_consent_without_a_pin_but_still_confirms(qtbot, masha, ivan):
    masha.sign_in.login("Pavel", "2222")
    dialog = WithdrawConsentDialog(masha, ivan)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert not dialog.manager.isVisible()
    assert not dialog.erase_button.isEnabled()
    click(qtbot, dialog.confirm)
    click(qtbot, dialog.erase_button)
    assert dialog.withdrawn and masha.till.member(ivan.member_id).first_name == "—"


# ---- the owner's caps in the program editor ------------------------------------------------


def test_owner_sets_the_caps_in_the_program_editor(qtbot, terminal):
    editor = ProgramEditor(terminal)
    qtbot.addWidget(editor)
    editor.show()
    qtbot.waitExposed(editor)
    general = next(i for i in range(editor.tabs.count())
                   if editor.tabs.widget(i).isAncestorOf(editor.general.redeem_cap))
    bar = editor.tabs.tabBar()
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(general).center())
    type_into(qtbot, editor.general.redeem_cap.edit, "250", clear=True)
    type_into(qtbot, editor.general.given_cap.edit, "400", clear=True)
    click(qtbot, editor.save_button)
    qtbot.waitUntil(lambda: terminal.program.limits.redeem_per_receipt == 250)
    assert terminal.program.limits.given_per_member_day == 400

"""Drive the real till screen the way a cashier does."""

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QDialog, QDialogButtonBox

from app.ui.enrol_dialog import EnrolDialog
from app.ui.purchase_dialog import PurchaseDialog
from tests.ui.drive import (
    check,
    click,
    click_link,
    click_menu,
    focus,
    press,
    scan,
    sell,
    shown,
    type_into,
    visible_dialog,
)


def _ok(dialog):
    return dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)


def _find_ivan(window, qtbot):
    """Look Ivan up by his last four digits and open him, as a cashier does."""
    type_into(qtbot, window.search, "4567")
    qtbot.waitUntil(lambda: window.results_model.rowCount() == 1)
    press(qtbot, window.search, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.current is not None)


def test_search_box_has_focus_on_start(window, qtbot):
    qtbot.waitUntil(lambda: window.search.hasFocus())


def test_typing_last_four_digits_shows_member_with_greeting(window, qtbot, ivan):
    type_into(qtbot, window.search, "4567")
    qtbot.waitUntil(lambda: window.results_model.rowCount() == 1)
    assert "Ivan Ivanovich Petrov" in window.results_model.stringList()[0]
    press(qtbot, window.search, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.current is not None)
    assert window.panel.name.text() == "Ivan Ivanovich Petrov"
    assert window.panel.greeting.text().startswith("«Good ")
    assert "Ivan!" in window.panel.greeting.text()
    assert window.panel.tier.text() == "Bunny"
    assert window.panel.balance.text() == "200 points"
    assert window.panel.progress_text.text() == "2,500 points to Wolf"  # the welcome gift is not qualifying
    assert "prefers oat milk" in window.panel.notes.text()


def test_scanned_card_opens_member_from_anywhere(window, qtbot, ivan):
    focus(qtbot, window.results)
    scan(qtbot, window.results, ivan.card_number)
    qtbot.waitUntil(lambda: window.current is not None)
    assert window.current.member_id == ivan.member_id
    assert window.search.text() == ""


def test_scan_with_bad_check_digit_is_refused_not_searched(window, qtbot, ivan):
    bad = ivan.card_number[:12] + str((int(ivan.card_number[12]) + 1) % 10)
    scan(qtbot, window.search, bad)
    qtbot.waitUntil(lambda: "check digit" in window.search_status.text())
    assert window.current is None


def test_purchase_shows_thank_you_and_new_balance(window, qtbot, terminal, ivan):
    scan(qtbot, window.search, ivan.card_number)  # scanned: the member may pay with points at once
    qtbot.waitUntil(lambda: window.current is not None)

    def fill_and_confirm():
        dialog = visible_dialog(PurchaseDialog)
        type_into(qtbot, dialog.amount, "1000")
        type_into(qtbot, dialog.redeem, "50")
        press(qtbot, dialog.redeem, Qt.Key.Key_Return)

    QTimer.singleShot(0, fill_and_confirm)
    press(qtbot, window, Qt.Key.Key_F5)
    qtbot.waitUntil(lambda: window.banner.isVisible())
    # 1000.00 paid, 50 with points: 950 roubles earn 3% = 28 points; 200 - 50 + 28 = 178.
    assert "Thank you, Ivan!" in window.banner.text()
    assert "balance 178" in window.banner.text()
    assert window.panel.balance.text() == "178 points"
    assert terminal.till.member(ivan.member_id).balance == 178


def test_the_till_shows_the_member_the_sale_brought_back_without_asking_again(
        window, qtbot, terminal, ivan, monkeypatch):
    """One sale, one call: the result carries the member after it (balance, tier,
    stamps), so the till never re-reads them (that was a second and third transaction)."""
    _find_ivan(window, qtbot)
    opened = []
    monkeypatch.setattr(terminal.till, "member", lambda *a: opened.append(a))
    sell(window, qtbot, "1000")
    assert opened == []
    assert window.panel.balance.text() == "230 points"
    assert window.current.visits == 1 and window.current.last_visits[0].amount_minor == 100000


def test_purchase_over_balance_shows_error_next_to_field(qtbot, terminal, ivan):
    dialog = shown(qtbot, PurchaseDialog(terminal, ivan))
    type_into(qtbot, dialog.amount, "100000")
    assert dialog.redeem_hint.text() == "at most 200 points"
    type_into(qtbot, dialog.amount, "-5", clear=True)
    press(qtbot, dialog.amount, Qt.Key.Key_Return)
    assert dialog.amount_error.text() == "The amount cannot be negative."
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert terminal.till.member(ivan.member_id).visits == 0


def test_enrol_with_duplicate_phone_shows_error_and_link(qtbot, terminal, ivan):
    dialog = shown(qtbot, EnrolDialog(terminal))
    type_into(qtbot, dialog.inputs["first_name"], "Someone")
    type_into(qtbot, dialog.inputs["phone"], "89161234567")
    check(qtbot, dialog.consent)
    click(qtbot, _ok(dialog))
    error = dialog.errors["phone"]
    assert not error.isHidden()
    assert "already enrolled: Ivan Ivanovich Petrov" in error.text()
    assert dialog.enrolled_id is None
    assert terminal.till.member_count() == 1
    click_link(qtbot, error, "open")
    assert dialog.open_existing_id == ivan.member_id


def test_enrol_shows_every_field_error_and_saves_nothing(qtbot, terminal):
    dialog = shown(qtbot, EnrolDialog(terminal))
    type_into(qtbot, dialog.inputs["phone"], "12")
    click(qtbot, _ok(dialog))
    assert dialog.errors["first_name"].text() == "Enter the first name."
    assert dialog.errors["phone"].text() == "This does not look like a phone number."
    assert "required" in dialog.errors["consent"].text()
    assert terminal.till.member_count() == 0


def test_enrol_new_member_opens_them_with_welcome_bonus(window, qtbot, terminal):
    def fill():
        dialog = visible_dialog(EnrolDialog)
        type_into(qtbot, dialog.inputs["first_name"], "Anna")
        check(qtbot, dialog.consent)
        click(qtbot, _ok(dialog))

    type_into(qtbot, window.search, "+7 903 555 12 34")
    QTimer.singleShot(0, fill)
    press(qtbot, window, Qt.Key.Key_F2)
    qtbot.waitUntil(lambda: window.current is not None)
    assert window.current.first_name == "Anna"
    assert window.current.phone == "+7 903 555-12-34"
    assert window.panel.balance.text() == "200 points"
    assert "Welcome" in window.banner.text()


def test_escape_clears_for_next_customer(window, qtbot, ivan):
    _find_ivan(window, qtbot)
    press(qtbot, window, Qt.Key.Key_Escape)
    assert window.current is None
    assert window.search.text() == ""
    assert not window.purchase_button.isEnabled()


def test_language_menu_saves_the_choice_for_next_start(window, qtbot, monkeypatch, tmp_path):
    from app.services.settings import Settings, system_language
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path))
    monkeypatch.delenv("REGULARS_LANG")
    window._save_language = Settings().set_lang
    click_menu(qtbot, window, "Language", "Русский")
    assert Settings().load() == {"lang": "ru"}
    assert system_language() == "ru"
    assert "started again" in window.search_status.text()


def test_edit_member_notes_with_f4(window, qtbot, terminal, ivan):
    _find_ivan(window, qtbot)
    seen = {}

    def change_notes():
        dialog = visible_dialog(EnrolDialog)
        seen["phone"] = dialog.inputs["phone"].text()
        type_into(qtbot, dialog.inputs["notes"], "oat milk, no sugar", clear=True)
        click(qtbot, _ok(dialog))

    QTimer.singleShot(0, change_notes)
    press(qtbot, window, Qt.Key.Key_F4)
    assert seen["phone"] == "+7 916 123-45-67"
    qtbot.waitUntil(lambda: "no sugar" in window.panel.notes.text())
    assert terminal.till.member(ivan.member_id).notes == "oat milk, no sugar"
    assert terminal.till.member_count() == 1
    assert terminal.till.member(ivan.member_id).balance == 200


def test_f6_pays_with_as_many_points_as_allowed(window, qtbot, terminal, ivan):
    scan(qtbot, window.search, ivan.card_number)  # scanned: the member may pay with points at once
    qtbot.waitUntil(lambda: window.current is not None)

    def fill_and_confirm():
        dialog = visible_dialog(PurchaseDialog)
        type_into(qtbot, dialog.amount, "150")
        seen["capped by amount"] = dialog.redeem.text()
        type_into(qtbot, dialog.amount, "0")  # the cursor is still after "150"
        seen["capped by balance"] = dialog.redeem.text()
        press(qtbot, dialog.amount, Qt.Key.Key_Return)

    seen = {}
    QTimer.singleShot(0, fill_and_confirm)
    press(qtbot, window, Qt.Key.Key_F6)
    qtbot.waitUntil(lambda: window.banner.isVisible())
    assert seen["capped by amount"] == "150"  # capped by the amount, not the 200 balance
    assert seen["capped by balance"] == "200"  # 1500.00: now capped by the balance
    # 1500.00 with 200 paid in points: 1300 earns 3% = 39; 200 - 200 + 39 = 39.
    assert "Paid with 200 points." in window.banner.text()
    assert terminal.till.member(ivan.member_id).balance == 39
    assert window.redeem_button.isEnabled()  # 39 points left to spend next time


def test_read_only_database_keeps_the_purchase_on_screen_to_retry(qtbot, terminal, ivan):
    """The file turns read-only mid-shift: the cashier sees why, the amount stays in
    the form, and Enter after the fix records the purchase once."""
    from sqlalchemy import event

    engine = terminal._sessions.kw["bind"]

    def read_only(dbapi_conn, _record):
        dbapi_conn.execute("PRAGMA query_only=ON")

    event.listen(engine, "connect", read_only)
    engine.dispose()
    dialog = shown(qtbot, PurchaseDialog(terminal, ivan))
    type_into(qtbot, dialog.amount, "1000")
    press(qtbot, dialog.amount, Qt.Key.Key_Return)
    assert dialog.error.text().startswith("The database cannot be written (it is read-only)")
    assert dialog.amount.text() == "1000"
    assert dialog.result() != QDialog.DialogCode.Accepted
    event.remove(engine, "connect", read_only)
    engine.dispose()
    assert terminal.till.member(ivan.member_id).visits == 0
    press(qtbot, dialog.amount, Qt.Key.Key_Return)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert terminal.till.member(ivan.member_id).visits == 1

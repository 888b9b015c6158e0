"""The till's search and screen never mislead (issue #14), driven as a cashier does."""

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from app.services.dto import MemberInput
from app.ui.customer_display import CustomerDisplay
from app.ui.enrol_dialog import EnrolDialog
from tests.ui.drive import click, press, sell, type_into, visible_dialog


def settled(window, qtbot):
    """Wait until no search is pending, as a cashier who stopped typing would."""
    qtbot.waitUntil(lambda: not window._debounce.isActive(), timeout=3000)
    QApplication.processEvents()


def results(window):
    return window.results_model.stringList()


def bad_number(card: str) -> str:
    return card[:12] + str((int(card[12]) + 1) % 10)


def test_a_wrong_check_digit_typed_into_search_says_so(window, qtbot, ivan):
    bad = bad_number(ivan.card_number)
    type_into(qtbot, window.search, bad)
    qtbot.waitUntil(lambda: "check digit" in window.search_status.text())
    settled(window, qtbot)
    assert "check digit" in window.search_status.text()
    assert "Nobody found" not in window.search_status.text()
    assert window.search.text() == bad
    assert results(window) == []


def test_a_wrong_check_digit_and_enter_keeps_the_message_and_the_number(window, qtbot, ivan):
    bad = bad_number(ivan.card_number)
    type_into(qtbot, window.search, bad)
    press(qtbot, window.search, Qt.Key.Key_Return)  # before the pending search runs
    settled(window, qtbot)
    assert "check digit" in window.search_status.text()
    assert window.search.text() == bad  # still there to read and correct
    assert window.current is None
    # Typing again replaces the wrong number rather than appending to it.
    type_into(qtbot, window.search, "4567")
    qtbot.waitUntil(lambda: len(results(window)) == 1)
    assert window.search.text() == "4567"
    assert window.search_status.text() == "1 found"


def test_a_pasted_nul_or_control_character_is_ignored(window, qtbot, ivan):
    QApplication.clipboard().setText("Iv\x00an\x1b\u200b")
    type_into(qtbot, window.search, "")
    press(qtbot, window.search, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: len(results(window)) == 1)
    assert "Ivan Ivanovich Petrov" in results(window)[0]
    QApplication.clipboard().setText("\x00\x01")
    type_into(qtbot, window.search, "", clear=True)
    press(qtbot, window.search, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    settled(window, qtbot)
    assert results(window) == []
    assert "F2" not in window.search_status.text()


def test_two_letters_of_a_first_name_find_the_member(window, qtbot, terminal, ivan):
    terminal.till.enrol(MemberInput(first_name="Иван", last_name="Сидоров", phone="+7 903 100 20 30",
                               consent=True))
    type_into(qtbot, window.search, "Ив")
    qtbot.waitUntil(lambda: len(results(window)) == 1)
    assert "Иван Сидоров" in results(window)[0]
    assert "Nobody found" not in window.search_status.text()
    type_into(qtbot, window.search, "Iv", clear=True)
    qtbot.waitUntil(lambda: any("Ivan Ivanovich Petrov" in r for r in results(window)))
    assert "Nobody found" not in window.search_status.text()


def test_after_a_sale_typing_starts_the_next_customers_search(window, qtbot, terminal, ivan):
    anna = terminal.till.enrol(MemberInput(first_name="Anna", last_name="Ivanova",
                                      phone="+7 903 555 12 34", consent=True))
    type_into(qtbot, window.search, "4567")
    qtbot.waitUntil(lambda: len(results(window)) == 1)
    press(qtbot, window.search, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.current is not None)
    sell(window, qtbot, "1000")
    assert "Thank you, Ivan!" in window.banner.text()
    qtbot.waitUntil(window.search.hasFocus)
    type_into(qtbot, window.search, "1234")
    qtbot.waitUntil(lambda: len(results(window)) == 1)
    assert window.search.text() == "1234"
    assert "Anna Ivanova" in results(window)[0]
    # The last customer's thanks, member and buttons are gone: F5 cannot sell to them.
    assert not window.banner.isVisible()
    assert window.current is None
    assert not window.purchase_button.isEnabled()
    press(qtbot, window.search, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.current is not None)
    assert window.current.member_id == anna


def test_after_a_sale_no_result_line_shows_the_old_tier(window, qtbot, terminal, ivan):
    type_into(qtbot, window.search, "4567")
    qtbot.waitUntil(lambda: len(results(window)) == 1)
    assert "Bunny" in results(window)[0]
    press(qtbot, window.search, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.current is not None)
    sell(window, qtbot, "100000")  # 3 % of 100 000 = 3000 qualifying points: Wolf
    assert window.panel.tier.text() == "Wolf"
    assert all("Bunny" not in line for line in results(window))
    type_into(qtbot, window.search, "4567")
    qtbot.waitUntil(lambda: len(results(window)) == 1)
    assert "Wolf" in results(window)[0]


def test_nobody_found_goes_once_the_member_is_enrolled(window, qtbot, terminal):
    type_into(qtbot, window.search, "Zzyzx")
    qtbot.waitUntil(lambda: "Nobody found" in window.search_status.text())

    def enrol():
        dialog = visible_dialog(EnrolDialog)
        type_into(qtbot, dialog.inputs["first_name"], "Zoe")
        type_into(qtbot, dialog.inputs["phone"], "+7 903 555 12 34")
        click(qtbot, dialog.consent)
        click(qtbot, dialog.buttons.button(QDialogButtonBox.StandardButton.Ok))

    QTimer.singleShot(0, enrol)
    press(qtbot, window, Qt.Key.Key_F2)
    qtbot.waitUntil(lambda: window.current is not None)
    settled(window, qtbot)
    assert window.current.first_name == "Zoe"
    assert window.search_status.text() == ""
    assert window.search.text() == ""


def test_a_scan_after_a_wrong_number_opens_the_member_and_clears_the_message(window, qtbot,
                                                                              ivan):
    type_into(qtbot, window.search, bad_number(ivan.card_number))
    press(qtbot, window.search, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "check digit" in window.search_status.text())
    type_into(qtbot, window.search, ivan.card_number)  # replaces the selected wrong number
    press(qtbot, window.search, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.current is not None)
    settled(window, qtbot)
    assert window.search_status.text() == ""
    assert window.search.text() == ""


def test_a_refusal_does_not_stay_for_the_next_customer(window, qtbot, terminal, ivan):
    assert terminal.program.actions.get("survey", 0) > 0  # the default program's 50
    type_into(qtbot, window.search, "4567")
    qtbot.waitUntil(lambda: len(results(window)) == 1)
    press(qtbot, window.search, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.current is not None)
    press(qtbot, window, Qt.Key.Key_F7)
    qtbot.waitUntil(lambda: window.banner.isVisible())
    press(qtbot, window, Qt.Key.Key_F7)  # once a day: refused
    qtbot.waitUntil(lambda: window.status.isVisible())
    type_into(qtbot, window.search, "Zzyzx")
    qtbot.waitUntil(lambda: "Nobody found" in window.search_status.text())
    assert not window.status.isVisible()
    assert not window.banner.isVisible()


def test_the_till_keeps_the_keyboard_when_the_customer_display_opens(window, qtbot, ivan):
    qtbot.waitUntil(window.search.hasFocus)
    display = CustomerDisplay("Coffee & Co", window)
    qtbot.addWidget(display)
    display.follow(window)
    display.show_on_second_screen()
    qtbot.waitExposed(display)
    type_into_focus = QApplication.focusWidget()
    assert type_into_focus is window.search
    assert QApplication.activeWindow() is window
    qtbot.keyClicks(QApplication.focusWidget(), "4567")
    qtbot.waitUntil(lambda: len(results(window)) == 1)
    press(qtbot, window.search, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.current is not None)
    assert QApplication.activeWindow() is window and window.search.hasFocus()


def test_a_result_line_takes_the_tier_the_panel_shows(window, qtbot, terminal, ivan):
    import uuid
    type_into(qtbot, window.search, "4567")
    qtbot.waitUntil(lambda: len(results(window)) == 1)
    assert "Bunny" in results(window)[0]
    terminal.till.record_purchase(uuid.uuid4(), ivan.member_id, 10_000_000)  # another till: Wolf
    press(qtbot, window.search, Qt.Key.Key_Down)  # into the list: no new search
    qtbot.waitUntil(window.results.hasFocus)
    press(qtbot, window.results, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.current is not None)
    assert window.panel.tier.text() == "Wolf"
    assert len(results(window)) == 1 and "Wolf" in results(window)[0]

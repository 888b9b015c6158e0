"""The loyalty program at the till: campaigns, stamp cards, expiry, help and charity,
bring-a-friend — driven through the real till screen the way a cashier does."""

import uuid
from datetime import timedelta

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QLineEdit

from app.services.dto import MemberInput
from app.ui.donate_dialog import DonateDialog
from app.ui.enrol_dialog import EnrolDialog
from app.ui.purchase_dialog import PurchaseDialog
from tests.ui.drive import check, click, press, scan, type_into

MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
DOUBLE = {"key": "double", "name": {"ru": "Двойные баллы", "en": "Double points"},
          "kind": "multiplier", "starts": "2000-01-01", "ends": "2100-01-01", "tiers": [],
          "factor_percent": 200}


def save_program(terminal, **changes):
    data = terminal.program.to_dict()
    data.update(changes)
    terminal.admin.save_program(data)


def drive(dialog_type, act, tries: int = 200):
    """Run ``act(dialog)`` on the modal dialog once it is open; never leave it hanging."""
    def run():
        dialog = next((w for w in QApplication.topLevelWidgets()
                       if isinstance(w, dialog_type) and w.isVisible()), None)
        if dialog is None:
            if tries > 0:
                drive(dialog_type, act, tries - 1)
            return
        try:
            act(dialog)
        finally:
            if dialog.isVisible():
                dialog.reject()
    QTimer.singleShot(10, run)


def fkey(window, qtbot, key, dialog_type=None, act=None):
    """An F-key at the till, once the till has the keyboard back after a dialog;
    ``act`` then works the dialog that the key opens."""
    qtbot.waitUntil(window.isActiveWindow)
    if act is not None:
        drive(dialog_type, act)
    press(qtbot, window, key)


def buy(window, qtbot, amount: str, coffees: int = 0):
    def fill(dialog):
        type_into(qtbot, dialog.amount, amount)
        if coffees:
            type_into(qtbot, dialog.lines["coffee"].quantity, str(coffees), clear=True)
        press(qtbot, dialog.amount, Qt.Key.Key_Return)
        assert not dialog.isVisible(), dialog.lines_error.text() or dialog.error.text()

    window.banner.hide()
    fkey(window, qtbot, Qt.Key.Key_F5, PurchaseDialog, fill)
    qtbot.waitUntil(lambda: window.banner.isVisible())


def open_ivan(window, qtbot):
    """Find Ivan by the last four digits of his phone and open him, as a cashier does."""
    type_into(qtbot, window.search, "4567", clear=True)
    qtbot.waitUntil(lambda: window.results_model.rowCount() == 1)
    press(qtbot, window.search, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.current is not None)


def shown(qtbot, dialog):
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def ok(dialog):
    return dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)


def short_date(day, today):
    text = f"{day.day} {MONTHS[day.month - 1]}"
    return text if day.year == today.year else f"{text} {day.year}"


def test_double_points_day_is_announced_and_paid(window, qtbot, terminal, ivan):
    save_program(terminal, campaigns=[DOUBLE])
    open_ivan(window, qtbot)
    assert window.panel.campaigns.text() == "Today: Double points"
    buy(window, qtbot, "1000")
    # 1000.00 at 3% = 30 points, doubled: 30 more; 200 + 60 = 260.
    assert "Double points: +30" in window.banner.text()
    assert "+60 points, balance 260" in window.banner.text()
    assert terminal.till.member(ivan.member_id).balance == 260
    assert window.panel.balance.text() == "260 points"


def test_full_coffee_card_is_celebrated_and_handed_over(window, qtbot, terminal, ivan):
    open_ivan(window, qtbot)
    assert "Coffee card: 0 of 6 — the 7th coffee free" in window.panel.stamp_labels[0].text()
    buy(window, qtbot, "450", coffees=3)
    assert "Coffee card: 3 of 6 — the 7th coffee free" in window.banner.text()
    assert "●●●○○○" in window.panel.stamp_labels[0].text()
    assert window.panel.give_buttons == []
    buy(window, qtbot, "450", coffees=3)
    assert "Full card! Give: the 7th coffee free" in window.banner.text()
    assert "Coffee card: 0 of 6" in window.panel.stamp_labels[0].text()
    [give] = window.panel.give_buttons
    assert give.isVisible() and give.text().startswith("Give: the 7th coffee free")
    click(qtbot, give, keyboard=False)  # F3 gives it from the keyboard (next test)
    qtbot.waitUntil(lambda: "this is for you: the 7th coffee free" in window.banner.text())
    assert window.panel.give_buttons == []
    assert not window.panel.rewards.isVisible()
    assert terminal.till.member(ivan.member_id).rewards_ready == []


def test_f3_hands_over_the_oldest_ready_reward(window, qtbot, terminal, ivan):
    from app.domain.program import Line
    terminal.till.record_purchase(uuid.uuid4(), ivan.member_id, 90000, lines=(Line("coffee", 0, 6),))
    open_ivan(window, qtbot)
    assert window.panel.give_buttons[0].text().endswith("F3")
    fkey(window, qtbot, Qt.Key.Key_F3)
    qtbot.waitUntil(lambda: "this is for you" in window.banner.text())
    assert terminal.till.member(ivan.member_id).rewards_ready == []


def test_category_parts_over_the_total_are_refused(qtbot, terminal, ivan):
    dialog = shown(qtbot, PurchaseDialog(terminal, ivan))
    type_into(qtbot, dialog.amount, "100")
    type_into(qtbot, dialog.lines["coffee"].amount, "150")
    press(qtbot, dialog.lines["coffee"].amount, Qt.Key.Key_Return)
    assert dialog.lines_error.text() == "The parts add up to more than the purchase."
    type_into(qtbot, dialog.lines["coffee"].amount, "abc", clear=True)
    press(qtbot, dialog.lines["coffee"].amount, Qt.Key.Key_Return)
    assert dialog.lines_error.text() == "Coffee: Enter the amount as a number, e.g. 1250.50."
    assert dialog.result_data is None
    assert terminal.till.member(ivan.member_id).visits == 0


def test_points_about_to_expire_are_a_warning(window, qtbot, terminal, ivan):
    save_program(terminal, expiry={"kind": "days_after_earning", "days": 30})
    open_ivan(window, qtbot)
    today = terminal.ctx.today()
    day = today + timedelta(days=30)
    assert window.panel.expiry.isVisible()
    assert window.panel.expiry.text() == f"200 points expire on {short_date(day, today)}"


def test_points_expiring_in_months_are_not_a_warning_yet(window, qtbot, terminal, ivan):
    save_program(terminal, expiry={"kind": "days_after_earning", "days": 90})
    open_ivan(window, qtbot)
    assert not window.panel.expiry.isVisible()


def test_status_perks_and_what_keeping_it_takes(window, qtbot, terminal, ivan):
    lower = {"key": "wolf_week", "name": {"ru": "Неделя волка", "en": "Wolf week"},
             "kind": "threshold", "starts": "2000-01-01", "ends": "2100-01-01", "tiers": [],
             "tier": "wolf", "threshold": 100}
    save_program(terminal, qualifying_window={"kind": "calendar_year", "months": 12},
                 campaigns=[lower])
    terminal.till.record_purchase(uuid.uuid4(), ivan.member_id, 500000)  # 5000.00: 150 points
    open_ivan(window, qtbot)
    panel = window.panel
    assert panel.tier.text() == "Wolf"
    assert panel.perks.text() == "Perks: Free coffee size upgrade"
    year = terminal.ctx.today().year
    assert panel.keep_text.text() == f"Keep Wolf: 2,350 points by 31 Dec {year}"


def test_f7_rewards_the_survey_once_a_day(window, qtbot, terminal, ivan):
    open_ivan(window, qtbot)
    assert window.survey_button.text() == "Survey +50  F7"
    assert window.review_button.text() == "Review +100  F8"
    fkey(window, qtbot, Qt.Key.Key_F7)
    qtbot.waitUntil(lambda: "50 points for answering the survey" in window.banner.text())
    assert window.panel.balance.text() == "250 points"
    fkey(window, qtbot, Qt.Key.Key_F7)
    qtbot.waitUntil(lambda: window.status.isVisible())
    assert window.status.text() == "Already rewarded today."
    assert terminal.till.member(ivan.member_id).balance == 250
    fkey(window, qtbot, Qt.Key.Key_F8)  # the review is another action: it still pays
    qtbot.waitUntil(lambda: terminal.till.member(ivan.member_id).balance == 350)
    assert not window.status.isVisible()


def test_help_without_points_is_not_offered(window, qtbot, terminal, ivan):
    actions = dict(terminal.program.actions, survey=0)
    save_program(terminal, actions=actions)
    open_ivan(window, qtbot)
    assert not window.survey_button.isVisible()
    assert window.review_button.isVisible()
    fkey(window, qtbot, Qt.Key.Key_F7)
    assert terminal.till.member(ivan.member_id).balance == 200
    assert not window.status.isVisible()


def test_f9_donates_points_to_the_shelter(window, qtbot, terminal, ivan, monkeypatch):
    scan(qtbot, window.search, ivan.card_number)  # scanned: the member may give points at once
    qtbot.waitUntil(lambda: window.current is not None)

    def donate(dialog):
        assert dialog.cause.currentText() == "Faithful Friend animal shelter"
        type_into(qtbot, dialog.points, "150")
        press(qtbot, dialog.points, Qt.Key.Key_Return)

    opened = []
    monkeypatch.setattr(terminal.till, "member", lambda *a: opened.append(a))
    fkey(window, qtbot, Qt.Key.Key_F9, DonateDialog, donate)
    qtbot.waitUntil(lambda: window.banner.isVisible())
    assert opened == []  # the donation brought the member back with it
    monkeypatch.undo()
    assert "150 points go to Faithful Friend animal shelter" in window.banner.text()
    assert terminal.till.member(ivan.member_id).balance == 50
    assert window.panel.balance.text() == "50 points"
    assert terminal.office.cause_totals()[0].points == 150


def test_donation_needs_a_cause_and_points(window, qtbot, terminal, ivan):
    dialog = shown(qtbot, DonateDialog(terminal, ivan))
    click(qtbot, ok(dialog))  # nothing typed: zero points
    assert dialog.points_error.text() == "Donate at least one point."
    assert terminal.till.member(ivan.member_id).balance == 200
    save_program(terminal, causes=[])
    open_ivan(window, qtbot)
    assert not window.donate_button.isEnabled()


def test_friend_brought_by_phone_and_both_rewarded_on_first_purchase(window, qtbot, terminal,
                                                                       ivan):
    def enrol(dialog):
        type_into(qtbot, dialog.inputs["first_name"], "Anna")
        type_into(qtbot, dialog.inputs["phone"], "+7 903 555 12 34")
        check(qtbot, dialog.consent)
        type_into(qtbot, dialog.referred_by, "8 916 123-45-67")
        hint["text"] = dialog.referral_hint.text()
        press(qtbot, dialog.referred_by, Qt.Key.Key_Return)

    hint = {}

    fkey(window, qtbot, Qt.Key.Key_F2, EnrolDialog, enrol)
    qtbot.waitUntil(lambda: window.current is not None)
    anna = window.current
    assert "when Anna makes a first purchase" in hint["text"]
    assert anna.first_name == "Anna"
    assert "friend of Ivan Ivanovich Petrov" in window.panel.details.text().replace("\u00a0", " ")
    buy(window, qtbot, "1000")
    # Anna: 200 welcome + 30 earned + 200 for coming with a friend; Ivan: 200 + 300.
    assert "Friend bonus: +200" in window.banner.text()
    assert terminal.till.member(anna.member_id).balance == 430
    assert terminal.till.member(ivan.member_id).balance == 500


def test_unknown_referrer_is_shown_and_nobody_is_enrolled(qtbot, terminal, ivan):
    dialog = shown(qtbot, EnrolDialog(terminal))
    type_into(qtbot, dialog.inputs["first_name"], "Anna")
    type_into(qtbot, dialog.inputs["phone"], "+7 903 555 12 34")
    check(qtbot, dialog.consent)
    type_into(qtbot, dialog.referred_by, "+7 999 000 00 00")
    click(qtbot, ok(dialog))
    error = dialog.errors["referred_by"]
    assert not error.isHidden()
    assert error.text() == "Nobody found with this phone or card."
    assert dialog.enrolled_id is None
    assert terminal.till.member_count() == 1


def test_referrer_found_by_card(qtbot, terminal, ivan):
    dialog = shown(qtbot, EnrolDialog(terminal))
    type_into(qtbot, dialog.inputs["first_name"], "Anna")
    type_into(qtbot, dialog.inputs["phone"], "+7 903 555 12 34")
    check(qtbot, dialog.consent)
    type_into(qtbot, dialog.referred_by, ivan.card_number)
    click(qtbot, ok(dialog))
    assert terminal.till.member(dialog.enrolled_id).referred_by == "Ivan Ivanovich Petrov"


def test_edit_does_not_offer_a_referrer(qtbot, terminal, ivan):
    dialog = shown(qtbot, EnrolDialog(terminal, member=ivan))
    assert dialog.findChild(QLineEdit, "referred_by") is None


def test_several_members_need_not_confuse_the_referrer(qtbot, terminal, ivan):
    terminal.till.enrol(MemberInput(first_name="Ivan", last_name="Sidorov", phone="+7 916 000-45-67",
                               consent=True))
    dialog = shown(qtbot, EnrolDialog(terminal))
    type_into(qtbot, dialog.inputs["first_name"], "Anna")
    type_into(qtbot, dialog.inputs["phone"], "+7 903 555 12 34")
    check(qtbot, dialog.consent)
    type_into(qtbot, dialog.referred_by, "4567")  # both phones end in 4567: nobody is guessed
    click(qtbot, ok(dialog))
    assert dialog.errors["referred_by"].text() == ("2 members match: enter the whole phone or "
                                                   "scan the card.")
    assert terminal.till.member_count() == 2

import uuid

from PySide6.QtWidgets import QLabel

from app.services.dto import GiftInput
from app.ui.customer_display import CustomerDisplay


def shown_text(display):
    return "\n".join(label.text() for label in display.findChildren(QLabel) if not label.isHidden())


def test_display_follows_the_till_and_never_shows_staff_notes(qtbot, window, terminal, ivan):
    display = CustomerDisplay("Coffee & Co", window)
    qtbot.addWidget(display)
    display.follow(window)
    display.show()
    assert "Coffee & Co" in shown_text(display)
    window.show_member(ivan.member_id)
    text = shown_text(display)
    assert window.panel.greeting.text().strip("«»") in text
    assert "Bunny" in text and "Your balance: 200 points" in text and "2,500 points to Wolf" in text
    for private in ("oat milk", "916", ivan.card_number, "Coffee & Co", "➜"):
        assert private not in text, private
    window.next_customer()
    text = shown_text(display)
    assert "Coffee & Co" in text and "Ivan" not in text and "200" not in text


def test_display_announces_a_gift_and_thanks_after_a_sale(qtbot, window, terminal, ivan):
    display = CustomerDisplay("Coffee & Co", window)
    qtbot.addWidget(display)
    display.follow(window)
    window.show_member(ivan.member_id)
    gift = terminal.give_gift(uuid.uuid4(), ivan.member_id, GiftInput("a bigger cup", "upgrade",
                                                                       "tier_perk"))
    window.announced.emit(gift.phrase)
    assert "Ivan, this is a gift from us: a bigger cup!" in shown_text(display)
    result = terminal.record_purchase(uuid.uuid4(), ivan.member_id, 100000)
    window.after_purchase(result)
    text = shown_text(display)
    assert "Thank you, Ivan!" in text and "Your balance: 230 points" in text


def test_long_wait_key_gives_points_with_the_words(qtbot, window, terminal, ivan):
    window.show_member(ivan.member_id)
    window.long_wait()
    assert "sorry you had to wait" in window.banner.text()
    assert terminal.member(ivan.member_id).balance == 250
    window.long_wait()
    assert window.status.text() == "Already rewarded today."

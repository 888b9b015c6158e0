"""A member's own language at the till (#18): chosen in the enrol and edit dialog; the
greeting, the thank-you, the gift words and the customer display speak it while the
till's services speak Russian."""

import uuid
from datetime import datetime, timezone

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from app.services.dto import GiftInput, MemberInput
from app.ui.customer_display import CustomerDisplay
from app.ui.enrol_dialog import EnrolDialog
from tests.ui.drive import check, choose, click, press, type_into


def shown_text(display):
    return "\n".join(label.text() for label in display.findChildren(QLabel)
                     if not label.isHidden())


def at_noon_in_russian(terminal):
    terminal.ctx.lang = "ru"
    terminal.ctx.local_tz = timezone.utc
    terminal.ctx.clock = lambda: datetime(2026, 5, 12, 12, 0)


def test_the_language_is_chosen_when_enrolling_and_shown_when_editing(qtbot, terminal):
    dialog = EnrolDialog(terminal)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    type_into(qtbot, dialog.inputs["first_name"], "Līga")
    type_into(qtbot, dialog.inputs["last_name"], "Kalniņa")
    type_into(qtbot, dialog.inputs["phone"], "+371 29123456")
    choose(qtbot, dialog.language, "Latviešu")
    check(qtbot, dialog.consent)
    click(qtbot, next(b for b in dialog.buttons.buttons() if b.text() == "Enrol"))
    assert not dialog.isVisible()
    view = terminal.till.member(dialog.enrolled_id)
    assert view.language == "lv"
    editing = EnrolDialog(terminal, member=view)
    qtbot.addWidget(editing)
    assert editing.language.currentText() == "Latviešu"


def test_a_latvian_member_at_a_russian_till(qtbot, window, terminal):
    at_noon_in_russian(terminal)
    mid = terminal.till.enrol(MemberInput(first_name="Jānis", last_name="Bērziņš",
                                          phone="+371 21234567", consent=True, language="lv"))
    display = CustomerDisplay("Kafejnīca", window)
    qtbot.addWidget(display)
    display.follow(window)
    type_into(qtbot, window.search, "4567", clear=True)
    qtbot.waitUntil(lambda: window.results_model.rowCount() == 1)
    press(qtbot, window.search, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.current is not None)
    assert "Labdien, Jāni!" in window.panel.greeting.text()
    text = shown_text(display)
    assert "Labdien, Jāni!" in text and "Jūsu kartē: 200 punktu" in text
    assert "Līdz statusam «Vilks» vēl 2500 punktu" in text
    gift = terminal.till.give_gift(uuid.uuid4(), mid, GiftInput("kafija", "upgrade",
                                                                "tier_perk"))
    window.announced.emit(gift.phrase)
    assert "Bērziņa kungs, šī ir mūsu dāvana jums: kafija!" in shown_text(display)
    window.after_purchase(terminal.till.record_purchase(uuid.uuid4(), mid, 1_000_00))
    text = shown_text(display)
    assert "Paldies par pirkumu, Jāni! Gaidīsim jūs atkal." in text
    assert "Jūsu kartē: 230 punktu" in text


def test_euro_amounts_are_written_as_a_latvian_locale_writes_them():
    from PySide6.QtCore import QLocale

    from app.ui import formats
    latvian = QLocale(QLocale.Language.Latvian, QLocale.Country.Latvia)
    assert formats.money(1_234_550, "EUR", latvian) == "12\u00a0345,50\u00a0€"
    assert formats.money(123450, "EUR", latvian) == "1234,50\u00a0€"  # CLDR: no group
    assert formats.money(-5, "EUR", latvian) == "-0,05\u00a0€"

"""Manage → Shop settings… (issue #18): the owner changes the shop's name, country and
this till's language; the currency stays once purchases are kept in it, said before and
refused in words when tried, nothing saved."""

from __future__ import annotations

import uuid

from PySide6.QtCore import Qt

from app.services.dto import MemberInput
from app.services.settings import Settings
from app.ui.shop_settings_dialog import ShopSettingsDialog
from tests.ui import drive


def test_the_owner_changes_the_shop_but_not_the_currency_after_a_sale(qtbot, terminal):
    ivan = terminal.till.enrol(MemberInput(first_name="Ivan", phone="+7 916 123-45-67",
                                           consent=True))
    terminal.till.record_purchase(uuid.uuid4(), ivan, 125_000, 0)
    version = terminal.ctx.program_version_id
    dialog = drive.shown(qtbot, ShopSettingsDialog(terminal))
    assert dialog.name.text() == "Regulars" and dialog.fields.country.currentText() == "Russia"
    assert dialog.currency_note.isVisible()
    assert dialog.currency_note.text() == "Purchases are recorded in RUB: the currency stays."
    drive.type_into(qtbot, dialog.name, "Kafejnīca Rīts", clear=True)
    drive.choose(qtbot, dialog.fields.country, "Latvia")  # Latvia's currency is EUR
    drive.press(qtbot, dialog.fields.country, Qt.Key.Key_Return)
    assert dialog.isVisible() and dialog.error.isVisible()
    assert dialog.error.text() == ("Purchases are already recorded in RUB: the currency "
                                   "cannot change.")
    assert terminal.ctx.program_version_id == version and terminal.program.name == "Regulars"
    drive.choose(qtbot, dialog.fields.country, "Other country")
    drive.choose(qtbot, dialog.fields.region, "LV")
    drive.choose(qtbot, dialog.fields.currency, "RUB")  # Latvia's phones, roubles kept
    drive.choose(qtbot, dialog.language, "Latv")
    drive.click(qtbot, dialog.save)
    assert not dialog.isVisible()
    assert (terminal.program.name, terminal.program.phone_region, terminal.program.currency) \
        == ("Kafejnīca Rīts", "LV", "RUB")
    assert Settings().lang() == "lv"  # this till's, from the next start
    anna = terminal.till.enrol(MemberInput(first_name="Anna", phone="21234567", consent=True))
    assert terminal.till.member(anna).phone == "+371 21 234 567"


def test_a_shop_without_sales_may_change_its_currency_and_an_empty_name_is_refused(
        qtbot, terminal):
    dialog = drive.shown(qtbot, ShopSettingsDialog(terminal))
    assert dialog.currency_note.text() == ""
    drive.type_into(qtbot, dialog.name, "", clear=True)
    drive.choose(qtbot, dialog.fields.country, "Latvia")
    drive.click(qtbot, dialog.save)
    assert dialog.error.text() == "Give the shop's name." and terminal.program.currency == "RUB"
    drive.type_into(qtbot, dialog.name, "Rīts")
    drive.press(qtbot, dialog.name, Qt.Key.Key_Return)
    assert not dialog.isVisible()
    assert (terminal.program.name, terminal.program.currency) == ("Rīts", "EUR")

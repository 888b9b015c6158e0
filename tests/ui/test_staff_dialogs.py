import csv
import json

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from app.services.context import SYSTEM
from app.services.dto import MemberInput
from app.ui.login_dialog import LoginDialog
from app.ui.staff_dialogs import AuditDialog, PrivacyDialog, StaffDialog
from tests.ui.drive import answer_when_asked, assert_reachable, check, click, press, shown, type_into


def _save_as(monkeypatch, path):
    """The file dialog (the system's, not ours) answers with ``path``."""
    monkeypatch.setattr("app.ui.staff_dialogs.QFileDialog.getSaveFileName",
                        lambda *a, **k: (str(path), ""))
    return path


def test_first_run_creates_the_owner_and_signs_in(qtbot, terminal):
    dialog = shown(qtbot, LoginDialog(terminal.sign_in))
    assert dialog.first_run
    type_into(qtbot, dialog.name, "Olga")
    type_into(qtbot, dialog.pin, "1234")
    type_into(qtbot, dialog.pin_again, "1243")
    click(qtbot, dialog.ok)
    assert dialog.error.text() == "The two PINs differ." and not terminal.sign_in.has_staff()
    type_into(qtbot, dialog.pin, "1234")
    type_into(qtbot, dialog.pin_again, "1234")
    press(qtbot, dialog.pin_again, Qt.Key.Key_Return)
    assert terminal.ctx.staff.name == "Olga" and terminal.ctx.role == "owner"


def _shown_login(qtbot, terminal):
    terminal.sign_in.lock()
    dialog = LoginDialog(terminal.sign_in)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def _names(dialog):
    return [dialog.staff.item(i).text() for i in range(dialog.staff.count())]


def test_wrong_pin_is_refused_clearly(qtbot, terminal):
    terminal.sign_in.create_owner("Olga", "1234")
    dialog = _shown_login(qtbot, terminal)
    assert _names(dialog) == ["Olga"] and dialog.selected_name() == "Olga"
    type_into(qtbot, dialog.pin, "9999")
    press(qtbot, dialog.pin, Qt.Key.Key_Return)
    assert not dialog.error.isHidden() and dialog.error.text() == "Wrong name or PIN."
    assert terminal.ctx.staff is None


@pytest.fixture
def shop(terminal):
    terminal.sign_in.create_owner("Olga", "1234")
    terminal.admin.add_staff("Masha", "1111", "cashier")
    terminal.admin.add_staff("Pavel", "2222", "manager")
    return terminal


def test_everyone_on_the_staff_can_sign_in_by_keyboard_alone(qtbot, shop):
    """The owner is not the first name alphabetically: she types hers, Enter, her PIN,
    Enter (the list used to be built and never shown: only Masha could sign in)."""
    dialog = _shown_login(qtbot, shop)
    assert _names(dialog) == ["Masha", "Olga", "Pavel"]
    assert dialog.focusWidget() is dialog.staff  # nobody remembered on this till: the names first
    type_into(qtbot, dialog.staff, "Ol")
    assert dialog.selected_name() == "Olga"
    press(qtbot, dialog.staff, Qt.Key.Key_Return)
    assert dialog.focusWidget() is dialog.pin and dialog.error.isHidden()  # no empty PIN was tried
    type_into(qtbot, dialog.pin, "1234")
    press(qtbot, dialog.pin, Qt.Key.Key_Return)
    assert shop.ctx.staff.name == "Olga" and shop.ctx.role == "owner"
    assert shop.office.audit_log(action="login_failed") == []


def test_letters_and_arrows_in_the_pin_box_choose_the_name(qtbot, shop):
    dialog = _shown_login(qtbot, shop)
    type_into(qtbot, dialog.pin, "P")  # a PIN has no letters: it picks Pavel
    assert dialog.selected_name() == "Pavel" and dialog.pin.text() == ""
    press(qtbot, dialog.pin, Qt.Key.Key_Up)
    assert dialog.selected_name() == "Olga" and dialog.focusWidget() is dialog.pin
    type_into(qtbot, dialog.pin, "1234")
    press(qtbot, dialog.pin, Qt.Key.Key_Return)
    assert shop.ctx.staff.name == "Olga"


def test_the_last_person_on_this_till_is_preselected(qtbot, tmp_path, monkeypatch):
    from app.bootstrap import open_app
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    first = open_app(str(tmp_path / "shop.sqlite3"), "en", remember_sign_ins=True, acting=SYSTEM).terminal
    first.sign_in.create_owner("Olga", "1234")
    first.admin.add_staff("Masha", "1111", "cashier")
    first.admin.add_staff("Pavel", "2222", "manager")
    dialog = _shown_login(qtbot, first)
    type_into(qtbot, dialog.staff, "Pa")
    press(qtbot, dialog.staff, Qt.Key.Key_Return)
    type_into(qtbot, dialog.pin, "2222")
    press(qtbot, dialog.pin, Qt.Key.Key_Return)
    assert first.ctx.staff.name == "Pavel"
    again = open_app(str(tmp_path / "shop.sqlite3"), "en", remember_sign_ins=True, acting=SYSTEM).terminal
    dialog = _shown_login(qtbot, again)
    assert dialog.selected_name() == "Pavel" and dialog.focusWidget() is dialog.pin
    type_into(qtbot, dialog.pin, "2222")
    press(qtbot, dialog.pin, Qt.Key.Key_Return)
    assert again.ctx.staff.name == "Pavel"
    # Another shop's database on the same computer remembers its own person.
    other = open_app(str(tmp_path / "other.sqlite3"), "en", remember_sign_ins=True, acting=SYSTEM).terminal
    other.sign_in.create_owner("Zoya", "1234")
    other.admin.add_staff("Anna", "1111", "cashier")
    dialog = _shown_login(qtbot, other)
    assert dialog.selected_name() == "Zoya"  # she created it and signed in


def test_third_and_fourth_wrong_pin_warn_and_the_lock_message_fits(qtbot, shop):
    dialog = _shown_login(qtbot, shop)
    type_into(qtbot, dialog.staff, "M")
    texts = []
    for _ in range(5):
        type_into(qtbot, dialog.pin, "9999")
        press(qtbot, dialog.pin, Qt.Key.Key_Return)
        texts.append(dialog.error.text())
    assert texts == ["Wrong name or PIN.", "Wrong name or PIN.",
                     "Wrong PIN. 2 tries left before a 15-minute lock.",
                     "Wrong PIN. 1 try left before a 15-minute lock.",
                     "Locked after too many wrong PINs; try again in 15 min or ask a manager."]
    _assert_fits(qtbot, dialog)


def test_a_lone_owner_locked_out_is_told_the_way_back(qtbot, terminal):
    terminal.sign_in.create_owner("Olga", "1234")
    dialog = _shown_login(qtbot, terminal)
    for _ in range(5):
        type_into(qtbot, dialog.pin, "9999")
        press(qtbot, dialog.pin, Qt.Key.Key_Return)
    assert 'regulars staff reset-pin "Olga"' in dialog.error.text()
    assert "try again in 15 min" in dialog.error.text()
    _assert_fits(qtbot, dialog)


def _assert_fits(qtbot, dialog):
    """The whole message is on screen: its label is as tall as its wrapped text needs
    and lies inside the dialog."""
    label = dialog.error
    qtbot.waitUntil(lambda: label.height() >= label.heightForWidth(label.width()))
    assert_reachable(label, keyboard=False)
    bottom = label.mapTo(dialog, label.rect().bottomRight())
    assert dialog.rect().contains(bottom)


def test_owner_adds_a_cashier_and_a_manager_unlocks_them(qtbot, terminal):
    terminal.sign_in.create_owner("Olga", "1234")
    dialog = shown(qtbot, StaffDialog(terminal))
    type_into(qtbot, dialog.name, "Masha")
    type_into(qtbot, dialog.pin, "12")
    click(qtbot, dialog.add_button)
    assert dialog.error.text() == "A PIN is 4 to 8 digits."
    type_into(qtbot, dialog.pin, "1111", clear=True)
    click(qtbot, dialog.add_button)
    assert [dialog.table.item(i, 0).text() for i in range(dialog.table.rowCount())] == ["Masha", "Olga"]
    assert dialog.table.item(0, 1).text() == "Cashier"


def test_audit_dialog_lists_and_exports(qtbot, terminal, tmp_path, monkeypatch):
    terminal.sign_in.create_owner("Olga", "1234")
    terminal.admin.add_staff("Masha", "1111", "cashier")
    dialog = shown(qtbot, AuditDialog(terminal))
    actions = [dialog.table.item(i, 2).text() for i in range(dialog.table.rowCount())]
    assert actions.count("staff_added") == 2
    type_into(qtbot, dialog.action, "nothing_like_this")
    assert dialog.table.rowCount() == 0
    type_into(qtbot, dialog.action, "", clear=True)
    path = _save_as(monkeypatch, tmp_path / "audit.csv")
    click(qtbot, dialog.export_button)
    rows = list(csv.reader(path.open(encoding="utf-8")))
    assert rows[0] == ["at_utc", "staff", "action", "target", "details", "till"]
    assert len(rows) == 3 and rows[1][5] == "Till 1"  # the till it was done at
    assert dialog.table.item(0, 5).text() == "Till 1"


def test_privacy_dialog_exports_and_erases(qtbot, terminal, tmp_path, monkeypatch):
    mid = terminal.till.enrol(MemberInput(first_name="Zina", phone="+79165551234", consent=True,
                                     sms_opt_in=True))
    dialog = shown(qtbot, PrivacyDialog(terminal, terminal.till.member(mid)))
    check(qtbot, dialog.sms, False)
    click(qtbot, dialog.save_button)
    assert terminal.till.member(mid).sms_opt_in is False
    path = _save_as(monkeypatch, tmp_path / "zina.json")
    click(qtbot, dialog.export_button)
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["member"]["first_name"] == "Zina"
    asked = []
    answer_when_asked(qtbot, QMessageBox.StandardButton.Yes, asked)
    click(qtbot, dialog.erase_button)
    assert asked == ["Erase Zina for good? This cannot be undone."]
    assert dialog.error.text() == "Give the reason."
    type_into(qtbot, dialog.reason, "asked at the till")
    answer_when_asked(qtbot, QMessageBox.StandardButton.Yes)
    click(qtbot, dialog.erase_button)
    assert dialog.erased and terminal.till.search("Zina") == []


def test_subject_access_pdf_is_readable_and_holds_only_this_member(qtbot, terminal, tmp_path,
                                                                   monkeypatch):
    import uuid

    from pypdf import PdfReader
    zina = terminal.till.enrol(MemberInput(first_name="Zina", last_name="Prokhorenko",
                                      phone="+79165551234", consent=True))
    other = terminal.till.enrol(MemberInput(first_name="Boris", phone="+79160000022", consent=True))
    bought = terminal.till.record_purchase(uuid.uuid4(), zina, 123400)
    terminal.till.record_purchase(uuid.uuid4(), other, 999900)
    terminal.till.refund_purchase(uuid.uuid4(), bought.purchase_id, "one cup returned", 23400)
    dialog = shown(qtbot, PrivacyDialog(terminal, terminal.till.member(zina)))
    path = _save_as(monkeypatch, tmp_path / "zina.pdf")
    click(qtbot, dialog.pdf_button)
    text = "\n".join(page.extract_text() for page in PdfReader(str(path)).pages)
    assert "Zina" in text and "Prokhorenko" in text and "+79165551234" in text
    assert "123400" in text
    words = text.split()  # the PDF's text parts words with tabs and lines
    refunds = words[words.index("refunds"):words.index("ledger")]  # its own section
    assert "23400" in refunds and " ".join(refunds).count("one cup returned") == 1
    assert "Boris" not in text and "999900" not in text

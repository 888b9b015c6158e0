"""Manage → Registers… (issue #19): the owner adds a register and sees its token once,
revokes one after a question, and sets the API on this till (on/off, port, open to the
shop's network) — saved, and served at once."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from app.services import api_settings
from app.services.api_settings import ApiSettings
from app.services.context import StaffSession
from app.services.settings import Settings
from app.till_api import server_maker
from app.ui.api_host import serve_registers
from app.ui.registers_dialog import RegistersDialog
from tests.ui import drive


@pytest.fixture
def dialog(qtbot, window, terminal):
    host = serve_registers(window, Settings(), server_maker(terminal))  # off: serves nothing
    yield drive.shown(qtbot, RegistersDialog(terminal, window))
    host.stop()


def _cells(table) -> list[list[str]]:
    return [[table.item(r, c).text() for c in range(table.columnCount())]
            for r in range(table.rowCount())]


def test_a_new_registers_token_is_shown_once_with_the_words_to_copy_it(qtbot, dialog, terminal):
    drive.type_into(qtbot, dialog.name, "Register 1")
    drive.click(qtbot, dialog.add_button)
    token = dialog.token.text()
    assert token.startswith("rg_") and len(token) > 40
    assert dialog.token_box.title() == "The token of “Register 1”"
    assert "Copy it into the register's settings now; it is not shown again." in [
        label.text() for label in dialog.token_box.findChildren(type(dialog.status))]
    drive.click(qtbot, dialog.copy_button)
    assert QApplication.clipboard().text() == token
    rows = _cells(dialog.table)
    assert [(r[0], r[2], r[3]) for r in rows] == [("Register 1", "", "")]
    assert rows[0][1]  # created: a time
    assert [r.name for r in terminal.registers.list()] == ["Register 1"]
    # Opened again, the dialog lists the register but shows no token.
    again = drive.shown(qtbot, RegistersDialog(terminal, dialog.parent()))
    assert not again.token_box.isVisible() and again.token.text() == ""


def test_a_name_taken_is_refused_in_words_and_nothing_is_added(qtbot, dialog, terminal):
    terminal.registers.add("Front")
    dialog.refresh()
    drive.type_into(qtbot, dialog.name, "Front")
    drive.press(qtbot, dialog.name, Qt.Key.Key_Return)
    assert dialog.error.text() == "A register named Front already exists."
    assert not dialog.token_box.isVisible()
    assert len(terminal.registers.list()) == 1


def test_revoking_asks_first_and_then_the_register_is_revoked(qtbot, dialog, terminal):
    terminal.registers.add("Front")
    dialog.refresh()
    drive.click_cell(qtbot, dialog.table, 0)
    seen = []
    drive.answer_when_asked(qtbot, QMessageBox.StandardButton.No, seen)
    drive.click(qtbot, dialog.revoke_button)
    assert seen == ["Revoke “Front”? Its token stops working at once; the register needs a "
                    "new one to connect again."]
    assert terminal.registers.list()[0].revoked_at is None
    drive.answer_when_asked(qtbot, QMessageBox.StandardButton.Yes)
    drive.click(qtbot, dialog.revoke_button)
    assert terminal.registers.list()[0].revoked_at is not None
    assert _cells(dialog.table)[0][3] != ""
    assert dialog.status.text() == "Revoked: Front"


def test_a_cashier_is_told_instead_of_shown_the_registers(qtbot, window, terminal):
    terminal.ctx.staff = StaffSession(None, "Mila", "cashier")
    seen = []
    drive.answer_when_asked(qtbot, QMessageBox.StandardButton.Ok, seen)
    drive.click_menu(qtbot, window, "Manage", "Registers…")
    assert seen == ["Only the owner can do this."]
    assert not any(isinstance(w, RegistersDialog) and w.isVisible()
                   for w in QApplication.topLevelWidgets())


def test_the_api_is_off_and_local_only_until_the_owner_says_otherwise(qtbot, dialog):
    assert api_settings.load(Settings()) == ApiSettings(on=False, port=8765, open=False)
    assert not dialog.on.isChecked() and not dialog.port.isEnabled()
    assert dialog.address.text() == "(the API is off)"
    drive.check(qtbot, dialog.on)
    assert dialog.address.text() == "http://127.0.0.1:8765/api/v1"
    assert not dialog.open_warning.isVisible()
    drive.check(qtbot, dialog.open)
    assert dialog.open_warning.isVisible()
    assert dialog.open_warning.text().startswith("Every computer in the shop's network can "
                                                 "reach the API then")
    ip = api_settings.this_pc_address()
    assert dialog.address.text() == f"http://{ip}:8765/api/v1"

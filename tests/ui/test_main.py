"""The till's start (app/ui/main.py): the Manage menu, whose dialogs are imported by
name on first use (the BACK_OFFICE table), behind the same permission check."""

import importlib

import pytest
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from app.domain.roles import PERMISSIONS
from app.services.context import StaffSession
from app.ui.backup_dialog import BackupsDialog
from app.ui.main import BACK_OFFICE
from tests.ui import drive


@pytest.mark.parametrize("entry", BACK_OFFICE, ids=[entry[2] for entry in BACK_OFFICE])
def test_every_manage_entry_names_a_dialog_and_a_permission_that_exist(entry):
    _title, module, name, permission = entry
    assert issubclass(getattr(importlib.import_module(module), name), QDialog)
    assert permission in PERMISSIONS


def test_the_manage_menu_lists_every_entry_in_order(window):
    manage = next(a.menu() for a in window.menuBar().actions() if a.text() == "Manage")
    assert [a.text() for a in manage.actions()] == [entry[0] for entry in BACK_OFFICE]


def test_a_cashier_is_told_instead_of_shown_the_backups(qtbot, window, terminal):
    terminal.ctx.staff = StaffSession(None, "Mila", "cashier")
    seen = []
    drive.answer_when_asked(qtbot, QMessageBox.StandardButton.Ok, seen)
    drive.click_menu(qtbot, window, "Manage", "Backups…")
    assert seen == ["Only the owner can do this."]
    assert not any(isinstance(w, BackupsDialog) for w in QApplication.topLevelWidgets())

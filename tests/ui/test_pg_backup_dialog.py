"""Manage → Backups on a shop's PostgreSQL server (issue #16): the list, "Back up now"
and the folder, as on SQLite; no restore over the database the tills are using, but the
command that restores into a new, empty one. PostgreSQL-only (``postgres_url``)."""

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLabel
from sqlalchemy.engine import make_url

from app.bootstrap import open_app
from app.db import pg_backup
from app.services.context import SYSTEM
from app.ui.backup_dialog import BackupsDialog
from app.ui.main import make_window
from tests.ui import drive


@pytest.fixture
def server_terminal(postgres_url):
    app = open_app(postgres_url, "en", acting=SYSTEM)
    yield app.terminal
    app.engine.dispose()


def test_the_backups_dialog_on_the_server_backs_up_lists_and_says_how_to_restore(
        qtbot, server_terminal, postgres_url, tmp_path):
    server_terminal.admin.choose_backup_folder(tmp_path / "usb")
    window = make_window(server_terminal)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    seen = {}

    def back_up_and_close():
        dialog = drive.visible_dialog(BackupsDialog, qtbot)
        seen["before"] = dialog.table.rowCount()
        seen["folder"] = dialog.folder.text()
        seen["restore shown"] = (dialog.restore_button.isVisible(),
                                 dialog.file_button.isVisible())
        seen["note"] = dialog.server_note.text()
        seen["command"] = dialog.restore_command.text()
        drive.click(qtbot, dialog.backup_button)
        qtbot.waitUntil(lambda: dialog.table.rowCount() == 1)
        seen["status"] = dialog.status.text()
        seen["why"] = dialog.table.item(0, 1).text()
        drive.click(qtbot, dialog.close_box.buttons()[0])

    QTimer.singleShot(0, back_up_and_close)
    drive.click_menu(qtbot, window, "Manage", "Backups…")
    qtbot.waitUntil(lambda: "status" in seen)
    QApplication.instance().removeEventFilter(window.scanner)
    made = sorted((tmp_path / "usb").glob("*.dump"))
    assert len(made) == 1 and "member" in pg_backup.verify(made[0])
    assert seen["before"] == 0 and seen["folder"] == str(tmp_path / "usb")
    assert seen["restore shown"] == (False, False)
    assert seen["status"] == f"Backed up and verified: {made[0].name}"
    assert seen["why"] == "Scheduled or on demand"
    db = make_url(postgres_url).database
    command = server_terminal.admin.restore_elsewhere()
    host = make_url(postgres_url).query["host"]
    assert command == f"regulars restore FILE --create --db postgresql://regulars@/{db}_restored?host={host}"
    assert seen["note"] == (
        "The daily copy is made by the till that does the shop's upkeep, into its own "
        "folder. A copy is restored into a new, empty database, never over the one the "
        "tills are using; then each till is pointed at it. To restore, run (FILE is the "
        "copy):")
    assert seen["command"] == command


def test_on_sqlite_the_dialog_still_restores_and_says_nothing_of_a_server(qtbot, tmp_path):
    terminal = open_app(str(tmp_path / "shop.sqlite3"), "en", acting=SYSTEM).terminal
    dialog = drive.shown(qtbot, BackupsDialog(terminal))
    assert dialog.restore_button.isVisible() and dialog.file_button.isVisible()
    assert not [label.text() for label in dialog.findChildren(QLabel) if "server" in label.text()]
    assert dialog.folder.text() == str(tmp_path / "backups")

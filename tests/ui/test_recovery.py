"""A damaged database at start: the owner is told and offered the latest good backup;
never a traceback, never a new empty database in its place."""

import os
import sqlite3

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog

from app.bootstrap import open_app, till_start
from app.db.migrate import DatabaseUnreadable
from app.services import backups
from app.services.context import SYSTEM
from app.services.dto import MemberInput
from app.services.settings import Settings
from app.ui.backup_dialog import BackupsDialog
from app.ui.recovery import RecoveryPrompt, offer_restore
from tests.ui import drive


def _shop(tmp_path, members=3, owner=False):
    db = tmp_path / "shop.sqlite3"
    app = open_app(str(db), "en", acting=SYSTEM)
    if owner:  # a shop set up: its start goes to the sign-in, not the first-start wizard
        app.terminal.sign_in.create_owner("Olga", "1234")
    for i in range(members):
        app.terminal.till.enrol(MemberInput(first_name=f"Anna{i}", phone=f"+7 916 100 00 0{i}",
                                       consent=True))
    app.terminal.admin.backup_now()
    app.engine.dispose()
    conn = sqlite3.connect(db)  # what a till does when it closes: everything in the file
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    return db


def _truncate(db):
    data = db.read_bytes()
    db.write_bytes(data[: len(data) // 3])


def _flip(db):
    """Garbage over a few pages in the middle of the file, header left intact."""
    data = bytearray(db.read_bytes())
    middle = (len(data) // 4096 // 2) * 4096
    for i in range(middle, min(len(data), middle + 3 * 4096)):
        data[i] ^= 0x5A
    db.write_bytes(bytes(data))


def _answer(qtbot, button_name):
    def click():
        prompt = next(w for w in QApplication.topLevelWidgets()
                      if isinstance(w, RecoveryPrompt) and w.isVisible())
        drive.click(qtbot, getattr(prompt, button_name))
    QTimer.singleShot(50, click)


@pytest.mark.parametrize("damage", [_truncate, _flip])
def test_damaged_database_offers_the_latest_good_backup_and_restores_it(qtbot, tmp_path, damage):
    db = _shop(tmp_path)
    damage(db)
    damaged = db.read_bytes()
    with pytest.raises(DatabaseUnreadable) as caught:
        open_app(str(db), "en", acting=SYSTEM)
    good = backups.latest_good(db, Settings())
    assert good.members == 3
    prompt = RecoveryPrompt(str(caught.value), good)
    qtbot.addWidget(prompt)
    assert "(members: 3; checked just now)" in prompt.informativeText()
    _answer(qtbot, "restore_button")
    assert offer_restore(till_start(str(db)), str(caught.value)) is True
    app = open_app(str(db), "en", acting=SYSTEM)
    assert app.terminal.till.member_count() == 3
    assert app.terminal.admin.check().problems == []
    kept = [p for p in (tmp_path / "backups").iterdir() if "damaged" in p.name]
    assert len(kept) == 1 and kept[0].read_bytes() == damaged  # the owner's bytes, untouched


def test_without_a_backup_quitting_changes_nothing(qtbot, tmp_path):
    db = _shop(tmp_path)
    for old in (tmp_path / "backups").iterdir():
        old.unlink()
    _truncate(db)
    damaged = db.read_bytes()
    prompt = RecoveryPrompt("detail", None)
    qtbot.addWidget(prompt)
    assert prompt.restore_button is None
    assert "No good backup was found" in prompt.informativeText()
    _answer(qtbot, "quit_button")
    assert offer_restore(till_start(str(db)), "detail") is False
    assert db.read_bytes() == damaged
    assert not any(p.suffix == ".sqlite3" and p != db for p in tmp_path.iterdir())


def test_start_with_a_damaged_database_never_makes_a_new_one(qtbot, tmp_path, monkeypatch):
    """The whole start: run_gui shows the offer; quitting returns without a database."""
    import sys

    from app.ui import main
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))  # the start's log file
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # put back after run_gui
    db = _shop(tmp_path)
    _truncate(db)
    size = os.path.getsize(db)
    Settings().set_till_name("Till 1")  # named before: the start asks nothing else
    _answer(qtbot, "quit_button")

    def never_hang():  # if the start went on past the offer, fail instead of waiting
        for w in QApplication.topLevelWidgets():
            if isinstance(w, QDialog) and w.isVisible():
                w.reject()
        QApplication.exit(99)
    guard = QTimer(interval=3000, timeout=never_hang)
    guard.start()
    assert main.run_gui(till_start(str(db)), "en") == 2
    guard.stop()
    assert os.path.getsize(db) == size


def test_owner_restores_from_the_backups_dialog(qtbot, tmp_path):
    db = _shop(tmp_path, members=2)
    app = open_app(str(db), "en", acting=SYSTEM)
    app.terminal.till.enrol(MemberInput(first_name="Later", phone="+7 916 200 00 00", consent=True))
    dialog = BackupsDialog(app.terminal)
    qtbot.addWidget(dialog)
    assert dialog.table.rowCount() == 1
    assert dialog.table.item(0, 1).text() == "Scheduled or on demand"
    dialog.restore_selected(confirm=False)  # the backup from before "Later" joined
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert "The data as it was just before is kept as shop-" in dialog.status.text()
    assert app.terminal.ctx.staff is None  # sign in again
    app.terminal.sign_in.as_system()
    assert app.terminal.till.member_count() == 2
    dialog.refresh()
    kinds = sorted(dialog.table.item(i, 1).text() for i in range(dialog.table.rowCount()))
    assert kinds == ["Data as it was before a restore", "Scheduled or on demand"]
    dialog.change_folder(str(tmp_path / "usb"))
    assert Settings().backup_folder() == tmp_path / "usb"  # kept for the next start
    assert app.terminal.admin.backup_folder() == tmp_path / "usb"
    assert dialog.table.rowCount() == 0
    dialog.backup_now()
    assert dialog.table.rowCount() == 1
    assert dialog.status.text().startswith("Backed up and verified: shop-")
    assert next((tmp_path / "usb").iterdir()).name.startswith("shop-")


def test_start_on_an_empty_file_offers_the_backup_instead_of_a_new_shop(qtbot, tmp_path,
                                                                        monkeypatch):
    """A 0-byte file (a failed copy, a full disk) is the shop's lost data, not a first
    start: the till offers the newest good backup, restores it, and adds no demo data."""
    import sys

    from app.db.migrate import DatabaseEmpty
    from app.ui import main
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    db = _shop(tmp_path, members=3, owner=True)
    db.write_bytes(b"")
    with pytest.raises(DatabaseEmpty) as caught:
        open_app(str(db), "en", acting=SYSTEM)
    assert db.stat().st_size == 0
    Settings().set_till_name("Till 1")  # named before: the start asks nothing else
    seen = []

    def restore():
        prompt = next(w for w in QApplication.topLevelWidgets()
                      if isinstance(w, RecoveryPrompt) and w.isVisible())
        seen.append((prompt.text(), prompt.informativeText()))
        drive.click(qtbot, prompt.restore_button)
    QTimer.singleShot(50, restore)

    def stop_after_restore(*_args, **_kw):  # the start went on to sign-in: enough
        raise SystemExit("signed in")
    monkeypatch.setattr("app.ui.login_dialog.LoginDialog.exec", stop_after_restore)
    with pytest.raises(SystemExit):
        main.run_gui(till_start(str(db)), "en")
    assert "empty (0 bytes)" in seen[0][0]
    assert "(members: 3; checked just now)" in seen[0][1]
    app = open_app(str(db), "en", acting=SYSTEM)
    assert app.terminal.till.member_count() == 3  # the backup's members, no demo shop
    assert "0 bytes" in str(caught.value)

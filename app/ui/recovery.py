"""When the database cannot be read at start (damaged, or an empty 0-byte file): say so
plainly and offer the latest good backup. Never a traceback, and never a new empty
database in place of the shop's data (the damaged file is kept as it is, beside the
backups)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QFileDialog, QMessageBox

from app.services.backups import GoodBackup
from app.services.startup import TillStart
from app.ui.backup_dialog import local_time


class RecoveryPrompt(QMessageBox):
    """The message and its three ways out: restore the latest good backup, choose a
    backup file, or quit and leave everything untouched."""

    def __init__(self, detail: str, good: GoodBackup | None, parent=None,
                 empty: bool = False):
        super().__init__(parent)
        self.setIcon(QMessageBox.Icon.Critical)
        self.setWindowTitle("Regulars")
        if empty:  # 0 bytes: a failed copy or a full disk, not a first start
            self.setText(self.tr("The shop's database file is empty (0 bytes): the shop's "
                                 "data is not in it."))
        else:
            self.setText(self.tr("The shop's database cannot be read: the file is damaged."))
        if good is None:
            info = self.tr("No good backup was found beside the database or in the backup "
                           "folder. If you have one (a USB stick, a share), choose it. "
                           "Nothing has been changed.")
        else:
            info = (self.tr("The latest good backup was taken on %1 (members: %2; checked "
                            "just now). Restore it? Anything recorded after it will have "
                            "to be entered again. The empty file is kept.") if empty else
                    self.tr("The latest good backup was taken on %1 (members: %2; checked "
                            "just now). Restore it? Anything recorded after it will have "
                            "to be entered again. The damaged file is kept.")).replace(
                "%1", local_time(good.taken_at)).replace("%2", QLocale().toString(good.members))
        self.setInformativeText(info)
        self.setDetailedText(detail)
        self.restore_button = None
        if good is not None:
            self.restore_button = self.addButton(self.tr("Restore the latest backup"),
                                                 QMessageBox.ButtonRole.AcceptRole)
        self.choose_button = self.addButton(self.tr("Choose a backup file…"),
                                            QMessageBox.ButtonRole.ActionRole)
        self.quit_button = self.addButton(self.tr("Quit"), QMessageBox.ButtonRole.RejectRole)
        self.setDefaultButton(self.restore_button or self.choose_button)


def offer_restore(start: TillStart, detail: str, parent=None, empty: bool = False) -> bool:
    """Ask; restore what the owner chose. True when a backup is now in place (open the
    database again), False to quit. The unreadable file is kept as the safety copy, in
    the backups folder like every restore's (services/backups.py)."""
    good = start.latest_good_backup()
    while True:
        prompt = RecoveryPrompt(detail, good, parent, empty)
        prompt.exec()
        clicked = prompt.clickedButton()
        if clicked is None or clicked is prompt.quit_button:
            return False
        if clicked is prompt.restore_button:
            source = good.path
        else:
            name, _ = QFileDialog.getOpenFileName(
                parent, prompt.tr("Choose a backup file"),
                str(good.path.parent if good else Path.home()),
                prompt.tr("Regulars backups (*.sqlite3);;All files (*)"))
            if not name:
                continue
            source = Path(name)
        try:
            start.restore(source)
        except Exception as exc:  # noqa: BLE001 - say why and ask again
            QMessageBox.warning(parent, "Regulars",
                                prompt.tr("This file cannot be restored: %1").replace(
                                    "%1", str(exc)))
            continue
        return True

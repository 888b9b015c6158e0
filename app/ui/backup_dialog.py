"""The owner's backups: where they go, a backup now, and restore — of a kept backup or
of a file brought on a USB stick — after a safety copy of the current data.

A restore replaces everything: members, purchases, the program, the staff and their
PINs. So it asks first, in words that say what happens, and signs everyone out after.

On a shop's PostgreSQL server there is no restore here: other tills are connected to
the database, so a backup (a dump) is restored into a new, empty database with the
command the dialog shows, and the tills are pointed at it. The list, the folder and
"Back up now" are the same.
"""

from __future__ import annotations

from datetime import timezone
from pathlib import Path

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from app.domain.errors import DomainError
from app.services.terminal import Terminal
from app.ui import formats
from app.ui.messages import describe


def local_time(utc) -> str:
    """A UTC time from a backup's name in the till's own zone and locale format."""
    return formats.moment(utc.replace(tzinfo=timezone.utc).astimezone())


def size_text(size: int) -> str:
    return QLocale().formattedDataSize(size)


class BackupsDialog(QDialog):
    def __init__(self, terminal: Terminal, parent=None):
        super().__init__(parent)
        self._terminal = terminal
        self.restored = None
        # None: a backup is restored here (the SQLite file); else the server's command.
        self._elsewhere = terminal.admin.restore_elsewhere()
        self.setWindowTitle(self.tr("Backups"))
        self.resize(760, 480)
        self._build_ui()
        self._connect()
        self.refresh()

    def _build_ui(self) -> None:
        layout = QVBoxLayout(self)
        intro = QLabel(self._intro())
        intro.setWordWrap(True)
        layout.addWidget(intro)
        layout.addLayout(self._folder_row())
        if self._elsewhere is not None:
            self._add_server_note(layout)
        layout.addWidget(self._build_table(), 1)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setObjectName("hint")
        layout.addWidget(self.status)
        layout.addLayout(self._button_row())

    def _folder_row(self) -> QHBoxLayout:
        where = QHBoxLayout()
        self.folder = QLabel()
        self.folder.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.folder.setWordWrap(True)
        self.change_button = QPushButton(self.tr("Change folder…"))
        where.addWidget(QLabel(self.tr("Folder:")))
        where.addWidget(self.folder, 1)
        where.addWidget(self.change_button)
        return where

    def _intro(self) -> str:
        if self._elsewhere is not None:  # a server's dumps: no copy before an upgrade
            return self.tr("A verified copy of the shop's server (pg_dump) is made every "
                           "day; 7 daily, 4 weekly and 12 monthly copies are kept. Keep "
                           "the folder on another drive (a USB stick, a network share) so "
                           "a failed disk does not take both.")
        return self.tr("A verified copy is made at start and every day, and before every "
                       "upgrade; 7 daily, 4 weekly and 12 monthly copies are kept. Keep the "
                       "folder on another drive (a USB stick, a network share) so a failed "
                       "disk does not take both.")

    def _add_server_note(self, layout: QVBoxLayout) -> None:
        """Where a server's backups are made, and how one is restored: not here, but
        with a command the owner copies (FILE is the backup)."""
        self.server_note = QLabel(self.tr(
            "The daily copy is made by the till that does the shop's upkeep, into its own "
            "folder. A copy is restored into a new, empty database, never over the one the "
            "tills are using; then each till is pointed at it. To restore, run (FILE is the "
            "copy):"))
        self.server_note.setWordWrap(True)
        self.restore_command = QLineEdit(self._elsewhere)
        self.restore_command.setReadOnly(True)
        self.restore_command.setCursorPosition(0)
        layout.addWidget(self.server_note)
        layout.addWidget(self.restore_command)

    def _build_table(self) -> QTableWidget:
        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels([self.tr("Taken"), self.tr("Why"), self.tr("Size")])
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        return self.table

    def _button_row(self) -> QHBoxLayout:
        buttons = QHBoxLayout()
        self.backup_button = QPushButton(self.tr("Back up now"))
        self.restore_button = QPushButton(self.tr("Restore the selected backup…"))
        self.file_button = QPushButton(self.tr("Restore from a file…"))
        for button in (self.backup_button, self.restore_button, self.file_button):
            buttons.addWidget(button)
        self.restore_button.setVisible(self._elsewhere is None)
        self.file_button.setVisible(self._elsewhere is None)
        buttons.addStretch(1)
        self.close_box = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addWidget(self.close_box)
        return buttons

    def _connect(self) -> None:
        self.change_button.clicked.connect(lambda: self.change_folder())
        self.backup_button.clicked.connect(self.backup_now)
        self.restore_button.clicked.connect(lambda: self.restore_selected())
        self.file_button.clicked.connect(lambda: self.restore_file())
        self.close_box.rejected.connect(self.reject)
        self.table.itemSelectionChanged.connect(self._selection_changed)

    def _kind(self, label: str) -> str:
        return {"": self.tr("Scheduled or on demand"),
                "before-migration": self.tr("Before an upgrade"),
                "before-restore": self.tr("Data as it was before a restore"),
                "before-restore-damaged": self.tr("Damaged file kept before a restore"),
                }.get(label, label)

    def refresh(self) -> None:
        try:
            self.folder.setText(str(self._terminal.admin.backup_folder()))
            self._rows = self._terminal.admin.list_backups()
        except DomainError as exc:
            self._rows = []
            self.status.setText(describe(exc))
        self.table.setRowCount(len(self._rows))
        for i, row in enumerate(self._rows):
            cells = (local_time(row.taken_at), self._kind(row.kind), size_text(row.size))
            for j, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if j == 2:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(i, j, item)
        if self._rows:
            self.table.selectRow(0)
        self._selection_changed()

    def _selection_changed(self) -> None:
        self.restore_button.setEnabled(bool(self.table.selectionModel().selectedRows()))

    def change_folder(self, folder: str | None = None) -> None:
        if folder is None:
            folder = QFileDialog.getExistingDirectory(self, self.tr("Where to keep backups"),
                                                      self.folder.text())
            if not folder:
                return
        self._terminal.admin.choose_backup_folder(folder)
        self.refresh()

    def backup_now(self) -> None:
        try:
            row = self._terminal.admin.backup_now()
        except DomainError as exc:
            self.status.setText(describe(exc))
            return
        self.refresh()
        self.status.setText(self.tr("Backed up and verified: %1").replace("%1", row.path.name))

    def restore_selected(self, confirm: bool = True) -> None:
        rows = self.table.selectionModel().selectedRows()
        if rows:
            row = self._rows[rows[0].row()]
            self._restore(row.path, local_time(row.taken_at), confirm)

    def restore_file(self, path: str | None = None, confirm: bool = True) -> None:
        if path is None:
            path, _ = QFileDialog.getOpenFileName(self, self.tr("Restore from a file"),
                                                  self.folder.text(),
                                                  self.tr("Regulars backups (*.sqlite3)"))
            if not path:
                return
        self._restore(Path(path), Path(path).name, confirm)

    def _restore(self, path: Path, what: str, confirm: bool) -> None:
        question = self.tr(
            "Replace all current data with the backup of %1?\n\nMembers, purchases, the "
            "program, staff and PINs become what they were then; anything recorded since "
            "is set aside. A copy of the current data is kept first, so this can be "
            "undone. Everyone will have to sign in again.").replace("%1", what)
        if confirm and QMessageBox.question(
                self, self.tr("Restore"), question,
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Cancel) != QMessageBox.StandardButton.Yes:
            return
        try:
            self.restored = self._terminal.admin.restore_backup(path)
        except DomainError as exc:
            self.status.setText(describe(exc))
            return
        done = self.tr("Restored from %1.").replace("%1", what)
        if self.restored.safety_copy is not None:
            done += " " + self.tr("The data as it was just before is kept as %1.").replace(
                "%1", self.restored.safety_copy.name)
        self.status.setText(done)
        if confirm:
            QMessageBox.information(self, self.tr("Restore"), done + "\n\n"
                                    + self.tr("Sign in again to continue."))
        self.accept()

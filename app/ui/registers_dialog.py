"""Manage → Registers… (the owner's, issue #19): the cash registers that may use the
API, a token for a new one (shown once), revoking one, and the API's settings on this
computer — on/off, the port, open to the shop's network — with the address a register
is given. Saving restarts the till's server (app/ui/api_host.py) at once."""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from app.domain.errors import DomainError
from app.services import api_settings
from app.services.api_settings import ApiSettings
from app.services.terminal import Terminal
from app.ui import formats
from app.ui.api_host import ApiHost
from app.ui.error_labels import error_label
from app.ui.messages import describe

# The languages a register's answers may speak (services/registers.LANGS), by their own names.
REGISTER_LANGUAGES = (("en", "English"), ("ru", "Русский"), ("lv", "Latviešu"))


class RegistersDialog(QDialog):
    def __init__(self, terminal: Terminal, parent=None):
        super().__init__(parent)
        self._terminal = terminal
        # The till's server, when this dialog was opened from a running till.
        self._host = parent.findChild(ApiHost, "apiHost") if parent is not None else None
        self.rows = []
        self.setWindowTitle(self.tr("Registers"))
        self.resize(760, 620)
        self._build_ui()
        self._connect()
        if self._host is not None:
            self._show_settings(self._host.settings)
        else:  # a till window that serves no API (the start-up bench's)
            self.settings_box.setEnabled(False)
        self.refresh()

    # ---- building -----------------------------------------------------------------------

    def _build_ui(self) -> None:
        layout = QVBoxLayout(self)
        layout.addWidget(self._build_registers(), 1)
        layout.addWidget(self._build_settings())
        self.error = error_label()
        self.status = QLabel(objectName="registersStatus")
        self.status.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(self.error)
        layout.addWidget(self.status)
        layout.addWidget(buttons)

    def _build_registers(self) -> QGroupBox:
        self.table = QTableWidget(0, 4, objectName="registersTable")
        self.table.setHorizontalHeaderLabels([self.tr("Register"), self.tr("Created"),
                                              self.tr("Last used"), self.tr("Revoked")])
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.name = QLineEdit(objectName="registerName")
        self.name.setPlaceholderText(self.tr("A new register's name, e.g. Register 1"))
        self.lang = QComboBox(objectName="registerLang")  # the words of its answers
        for code, title in REGISTER_LANGUAGES:
            self.lang.addItem(title, code)
        self.lang.setCurrentIndex(max(0, self.lang.findData(self._terminal.ctx.lang)))
        self.add_button = QPushButton(self.tr("Add"))
        self.revoke_button = QPushButton(self.tr("Revoke…"))
        row = QHBoxLayout()
        row.addWidget(self.name, 1)
        row.addWidget(self.lang)
        row.addWidget(self.add_button)
        row.addWidget(self.revoke_button)
        box = QGroupBox(self.tr("Registers that may use the API"))
        inner = QVBoxLayout(box)
        inner.addWidget(self.table, 1)
        inner.addLayout(row)
        inner.addWidget(self._build_token())
        return box

    def _build_token(self) -> QGroupBox:
        self.token = QLineEdit(objectName="registerToken")
        self.token.setReadOnly(True)
        self.copy_button = QPushButton(self.tr("Copy"))
        row = QHBoxLayout()
        row.addWidget(self.token, 1)
        row.addWidget(self.copy_button)
        warning = QLabel(self.tr("Copy it into the register's settings now; it is not shown "
                                 "again."))
        warning.setWordWrap(True)
        self.token_box = QGroupBox()
        inner = QVBoxLayout(self.token_box)
        inner.addLayout(row)
        inner.addWidget(warning)
        self.token_box.hide()
        return self.token_box

    def _build_settings(self) -> QGroupBox:
        self.on = QCheckBox(self.tr("Serve the register API on this till"))
        self.port = QSpinBox(objectName="apiPort")
        self.port.setRange(api_settings.LOWEST_PORT, api_settings.HIGHEST_PORT)
        self.port.setGroupSeparatorShown(False)
        self.open = QCheckBox(self.tr("Open to the shop's network"))
        self.open_warning = QLabel(self.tr(
            "Every computer in the shop's network can reach the API then (registers still need "
            "their token). Open it only on the shop's own network, never on a guests' Wi-Fi."))
        self.open_warning.setObjectName("openWarning")
        self.open_warning.setWordWrap(True)
        self.address = QLineEdit(objectName="apiAddress")
        self.address.setReadOnly(True)
        self.save_button = QPushButton(self.tr("Save and restart the API"))
        form = QFormLayout()
        form.addRow(self.on)
        form.addRow(self.tr("Port"), self.port)
        form.addRow(self.open)
        form.addRow(self.open_warning)
        form.addRow(self.tr("Registers connect to"), self.address)
        form.addRow(self.save_button)
        self.settings_box = QGroupBox(self.tr("The API on this till"))
        self.settings_box.setLayout(form)
        return self.settings_box

    def _connect(self) -> None:
        self.add_button.clicked.connect(self.add)
        self.name.returnPressed.connect(self.add)
        self.revoke_button.clicked.connect(self.revoke)
        self.copy_button.clicked.connect(
            lambda: QGuiApplication.clipboard().setText(self.token.text()))
        for box in (self.on, self.open):
            box.toggled.connect(self._settings_edited)
        self.port.valueChanged.connect(self._settings_edited)
        self.save_button.clicked.connect(self.save_settings)

    # ---- the registers ------------------------------------------------------------------

    @property
    def _registers(self):
        return self._terminal.registers

    def refresh(self) -> None:
        self.rows = self._registers.list()
        self.table.setRowCount(len(self.rows))
        for i, reg in enumerate(self.rows):
            for j, when in enumerate((None, reg.created_at, reg.last_used_at, reg.revoked_at)):
                text = reg.name if j == 0 else self._moment(when)
                self.table.setItem(i, j, QTableWidgetItem(text))

    def _moment(self, utc) -> str:
        return formats.moment(self._terminal.ctx.local(utc)) if utc is not None else ""

    def add(self) -> None:
        self.error.hide()
        try:
            added = self._registers.add(self.name.text(), self.lang.currentData())
        except DomainError as exc:
            self._refused(exc)
            return
        self.token_box.setTitle(self.tr("The token of “%1”").replace("%1", added.register.name))
        self.token.setText(added.token)
        self.token_box.show()
        self.name.clear()
        self.status.setText(self.tr("Added."))
        self.refresh()

    def revoke(self) -> None:
        row = self.table.currentRow()
        if not 0 <= row < len(self.rows) or self.rows[row].revoked_at is not None:
            return
        reg = self.rows[row]
        asked = QMessageBox.question(self, self.tr("Revoke"), self.tr(
            "Revoke “%1”? Its token stops working at once; the register needs a new one to "
            "connect again.").replace("%1", reg.name))
        if asked != QMessageBox.StandardButton.Yes:
            return
        try:
            self._registers.revoke(reg.name)
        except DomainError as exc:
            self._refused(exc)
            return
        self.status.setText(self.tr("Revoked: %1").replace("%1", reg.name))
        self.refresh()

    def _refused(self, exc: DomainError) -> None:
        self.error.setText(describe(exc))
        self.error.show()

    # ---- the API's settings -------------------------------------------------------------

    def _show_settings(self, current: ApiSettings) -> None:
        self.on.setChecked(current.on)
        self.port.setValue(current.port)
        self.open.setChecked(current.open)
        self._settings_edited()

    def _wanted(self) -> ApiSettings:
        return ApiSettings(on=self.on.isChecked(), port=self.port.value(),
                           open=self.open.isChecked())

    def _settings_edited(self) -> None:
        wanted = self._wanted()
        self.port.setEnabled(wanted.on)
        self.open.setEnabled(wanted.on)
        self.open_warning.setVisible(wanted.on and wanted.open)
        self.address.setText(wanted.address() if wanted.on else self.tr("(the API is off)"))

    def save_settings(self) -> None:
        wanted = self._wanted()
        self._host.apply(wanted)
        if not wanted.on:
            self.status.setText(self.tr("The API is off."))
        elif self._host.serving == wanted:
            self.status.setText(self.tr("The API is serving at %1").replace(
                "%1", wanted.address()))
        else:
            self.status.setText(self.tr("The API could not open port %1: another program may "
                                        "use it. Choose another port.").replace(
                "%1", str(wanted.port)))

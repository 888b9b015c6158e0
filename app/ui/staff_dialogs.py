"""Back office: staff accounts, the audit trail, and a member's personal data."""

from __future__ import annotations

import csv
import json
import uuid
from html import escape
from pathlib import Path

from PySide6.QtGui import QPageSize, QPdfWriter, QTextDocument
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
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
from app.domain.roles import ROLES
from app.services.terminal import Terminal
from app.ui import formats
from app.ui.error_labels import error_label
from app.ui.messages import describe
from app.ui.withdraw_dialog import WithdrawConsentDialog


def _table(headers: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
    table.verticalHeader().hide()
    table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
    return table


class StaffDialog(QDialog):
    """Owner: add staff, change PINs, switch accounts off. Manager: unlock."""

    def __init__(self, terminal: Terminal, parent=None):
        super().__init__(parent)
        self._terminal = terminal
        self.setWindowTitle(self.tr("Staff"))
        self.resize(720, 460)
        self.table = _table([self.tr("Name"), self.tr("Role"), self.tr("Active"),
                             self.tr("Locked")])
        self.name = QLineEdit()
        self.name.setObjectName("newName")
        self.pin = QLineEdit()
        self.pin.setObjectName("newPin")
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.role = QComboBox()
        labels = {"cashier": self.tr("Cashier"), "manager": self.tr("Manager"),
                  "owner": self.tr("Owner")}
        for role in ROLES:
            self.role.addItem(labels[role], role)
        self.add_button = QPushButton(self.tr("Add"))
        self.unlock_button = QPushButton(self.tr("Unlock"))
        self.toggle_button = QPushButton(self.tr("Switch on/off"))
        self.pin_button = QPushButton(self.tr("Set this PIN for the selected"))
        self.error = error_label()
        self.status = QLabel()
        form = QFormLayout()
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("PIN"), self.pin)
        form.addRow(self.tr("Role"), self.role)
        row = QHBoxLayout()
        for b in (self.add_button, self.pin_button, self.unlock_button, self.toggle_button):
            row.addWidget(b)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(form)
        layout.addLayout(row)
        layout.addWidget(self.error)
        layout.addWidget(self.status)
        self.add_button.clicked.connect(self.add)
        self.unlock_button.clicked.connect(self.unlock)
        self.toggle_button.clicked.connect(self.toggle)
        self.pin_button.clicked.connect(self.set_pin)
        self.rows: list[tuple] = []
        self.refresh()

    def refresh(self) -> None:
        self.rows = self._terminal.admin.staff_list()
        self.table.setRowCount(len(self.rows))
        for i, (_id, name, role, active, locked) in enumerate(self.rows):
            for j, value in enumerate((name, self.role.itemText(ROLES.index(role)),
                                       self.tr("yes") if active else self.tr("no"),
                                       self.tr("locked") if locked else "")):
                self.table.setItem(i, j, QTableWidgetItem(value))

    def _selected(self) -> uuid.UUID | None:
        row = self.table.currentRow()
        return self.rows[row][0] if 0 <= row < len(self.rows) else None

    def _run(self, action, done: str) -> None:
        self.error.hide()
        try:
            action()
        except DomainError as exc:
            self.error.setText(describe(exc))
            self.error.show()
            return
        self.status.setText(done)
        self.refresh()

    def add(self) -> None:
        def go():
            self._terminal.admin.add_staff(self.name.text(), self.pin.text(), self.role.currentData())
            self.name.clear()
            self.pin.clear()
        self._run(go, self.tr("Added."))

    def unlock(self) -> None:
        staff_id = self._selected()
        if staff_id is not None:
            self._run(lambda: self._terminal.admin.unlock_staff(staff_id), self.tr("Unlocked."))

    def toggle(self) -> None:
        row = self.table.currentRow()
        if 0 <= row < len(self.rows):
            staff_id, _n, _r, active, _l = self.rows[row]
            self._run(lambda: self._terminal.admin.set_staff_active(staff_id, not active),
                      self.tr("Saved."))

    def set_pin(self) -> None:
        staff_id = self._selected()
        if staff_id is not None:
            self._run(lambda: self._terminal.admin.change_pin(staff_id, self.pin.text()),
                      self.tr("PIN changed."))


class AuditDialog(QDialog):
    """The audit trail, filterable, exportable; nothing here can change it."""

    def __init__(self, terminal: Terminal, parent=None):
        super().__init__(parent)
        self._terminal = terminal
        self.setWindowTitle(self.tr("Audit trail"))
        self.resize(900, 520)
        self.action = QLineEdit()
        self.action.setObjectName("auditAction")
        self.action.setPlaceholderText(self.tr("action, e.g. refund"))
        self.staff = QLineEdit()
        self.staff.setPlaceholderText(self.tr("staff name"))
        self.export_button = QPushButton(self.tr("Export CSV…"))
        self.table = _table([self.tr("When (UTC)"), self.tr("Staff"), self.tr("Action"),
                             self.tr("Target"), self.tr("Details"), self.tr("Till")])
        top = QHBoxLayout()
        top.addWidget(self.action)
        top.addWidget(self.staff)
        top.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        self.action.textChanged.connect(self.refresh)
        self.staff.textChanged.connect(self.refresh)
        self.export_button.clicked.connect(self.export)
        self.rows = []
        self.refresh()

    def refresh(self) -> None:
        self.rows = self._terminal.office.audit_log(self.action.text().strip() or None,
                                             self.staff.text().strip() or None)
        self.table.setRowCount(len(self.rows))
        for i, row in enumerate(self.rows):
            values = (formats.moment(row.at, seconds=True), row.staff, row.action, row.target,
                      json.dumps(row.details, ensure_ascii=False), row.till)
            for j, value in enumerate(values):
                self.table.setItem(i, j, QTableWidgetItem(value))

    def export(self, path: str | None = None) -> Path | None:
        if not path:
            path, _ = QFileDialog.getSaveFileName(self, self.tr("Export"), "audit.csv", "CSV (*.csv)")
        if not path:
            return None
        with open(path, "w", newline="", encoding="utf-8") as f:
            writer = csv.writer(f)
            writer.writerow(["at_utc", "staff", "action", "target", "details", "till"])
            for row in self.rows:
                writer.writerow([row.at.isoformat(), row.staff, row.action, row.target,
                                 json.dumps(row.details, ensure_ascii=False), row.till])
        return Path(path)


class PrivacyDialog(QDialog):
    """A member's personal data: opt-ins, the subject-access export, erasure."""

    def __init__(self, terminal: Terminal, member, parent=None):
        super().__init__(parent)
        self._terminal = terminal
        self._member = member
        self.erased = False
        self.setWindowTitle(self.tr("Personal data — %1").replace("%1", member.display_name))
        self.sms = QCheckBox(self.tr("SMS offers"))
        self.sms.setChecked(member.sms_opt_in)
        self.email = QCheckBox(self.tr("E-mail offers"))
        self.email.setChecked(member.email_opt_in)
        self.save_button = QPushButton(self.tr("Save opt-ins"))
        self.export_button = QPushButton(self.tr("Export everything held (JSON)…"))
        self.pdf_button = QPushButton(self.tr("…and as a readable PDF…"))
        self.reason = QLineEdit()
        self.reason.setObjectName("eraseReason")
        self.reason.setPlaceholderText(self.tr("Why (e.g. asked at the till on 23.11)"))
        self.erase_button = QPushButton(self.tr("Erase this member…"))
        self.erase_button.setObjectName("danger")
        self.withdraw_button = QPushButton(self.tr("Consent withdrawn: anonymise…"))
        self.withdraw_button.setObjectName("withdrawButton")
        self.error = error_label()
        self.status = QLabel()
        note = QLabel(self.tr("Erasure removes the name, phone, e-mail, birthday, notes and card "
                              "number for good; purchases and points stay for the accounts."))
        note.setWordWrap(True)
        layout = QVBoxLayout(self)
        for w in (self.sms, self.email, self.save_button, self.export_button, self.pdf_button,
                  note, self.reason,
                  self.erase_button, self.withdraw_button, self.error, self.status):
            layout.addWidget(w)
        self.save_button.clicked.connect(self.save_opt_ins)
        self.export_button.clicked.connect(lambda: self.export())
        self.pdf_button.clicked.connect(lambda: self.export_pdf())
        self.erase_button.clicked.connect(lambda: self.erase())
        self.withdraw_button.clicked.connect(self.withdraw_consent)

    def _fail(self, exc: DomainError) -> None:
        self.error.setText(describe(exc))
        self.error.show()

    def save_opt_ins(self) -> None:
        try:
            self._terminal.admin.set_opt_ins(self._member.member_id, self.sms.isChecked(),
                                       self.email.isChecked())
        except DomainError as exc:
            self._fail(exc)
            return
        self.status.setText(self.tr("Saved."))

    def export(self, path: str | None = None) -> Path | None:
        try:
            data = self._terminal.admin.subject_access(self._member.member_id)
        except DomainError as exc:
            self._fail(exc)
            return None
        if not path:
            path, _ = QFileDialog.getSaveFileName(self, self.tr("Export"),
                                                  "member.json", "JSON (*.json)")
        if not path:
            return None
        Path(path).write_text(json.dumps(data, ensure_ascii=False, indent=2), encoding="utf-8")
        self.status.setText(self.tr("Exported to %1").replace("%1", path))
        return Path(path)

    def export_pdf(self, path: str | None = None) -> Path | None:
        """The same data, laid out for a person to read (A4, one table per section)."""
        try:
            data = self._terminal.admin.subject_access(self._member.member_id)
        except DomainError as exc:
            self._fail(exc)
            return None
        if not path:
            path, _ = QFileDialog.getSaveFileName(self, self.tr("Export"), "member.pdf",
                                                  "PDF (*.pdf)")
        if not path:
            return None

        def table(rows: list[dict]) -> str:
            if not rows:
                return "<p>—</p>"
            head = "".join(f"<th>{escape(str(k))}</th>" for k in rows[0])
            body = "".join("<tr>" + "".join(f"<td>{escape(str(v if v is not None else ''))}</td>"
                                            for v in row.values()) + "</tr>" for row in rows)
            return f"<table border='1' cellspacing='0' cellpadding='3'><tr>{head}</tr>{body}</table>"

        person = data["member"]
        html = [f"<h1>{escape(self.tr('Personal data held by the shop'))}</h1>",
                f"<p>{escape(self.tr('Exported'))}: {escape(data['exported_at'])}</p>",
                "<table cellpadding='3'>" + "".join(
                    f"<tr><td><b>{escape(k)}</b></td><td>{escape(str(v if v is not None else ''))}"
                    "</td></tr>" for k, v in person.items()) + "</table>"]
        for section in ("purchases", "refunds", "ledger", "gifts", "complaints", "rewards", "stamps"):
            html.append(f"<h2>{escape(section)}</h2>{table(data[section])}")
        document = QTextDocument()
        document.setHtml("".join(html))
        writer = QPdfWriter(path)
        writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
        writer.setTitle(self.tr("Personal data — %1").replace("%1", self._member.display_name))
        document.print_(writer)
        self.status.setText(self.tr("Exported to %1").replace("%1", path))
        return Path(path)

    def withdraw_consent(self) -> None:
        """Says what withdrawing consent does and asks to confirm (app/ui/withdraw_dialog.py)."""
        dialog = WithdrawConsentDialog(self._terminal, self._member, self)
        dialog.exec()
        if dialog.withdrawn:
            self.erased = True
            self.accept()

    def erase(self, confirmed: bool = False) -> None:
        if not confirmed:
            answer = QMessageBox.question(
                self, self.tr("Erase"), self.tr("Erase %1 for good? This cannot be undone.")
                .replace("%1", self._member.display_name))
            if answer != QMessageBox.StandardButton.Yes:
                return
        try:
            self._terminal.admin.erase_member(self._member.member_id, self.reason.text())
        except DomainError as exc:
            self._fail(exc)
            return
        self.erased = True
        self.accept()


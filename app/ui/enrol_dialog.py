"""Enrol a newcomer in under 30 seconds."""

from __future__ import annotations

import uuid
from datetime import date, datetime

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
)

from app.domain.errors import DomainError
from app.services.dto import MemberInput, MemberView
from app.ui.messages import field_errors

FIELDS = ("first_name", "patronymic", "last_name", "phone", "birthday", "email", "notes")


class EnrolDialog(QDialog):
    """Enrols a newcomer, or with ``member`` edits an enrolled member's details."""

    def __init__(self, terminal, parent=None, phone: str = "", member: MemberView | None = None):
        super().__init__(parent)
        self._terminal = terminal
        self._editing = member
        self._member_id = member.member_id if member else uuid.uuid4()  # a double submit enrols once
        self.enrolled_id: uuid.UUID | None = None
        self.open_existing_id: uuid.UUID | None = None
        self.setWindowTitle(self.tr("Edit member") if member else self.tr("New member"))
        self._build_ui()
        self.inputs["phone"].setText(phone)
        if member:
            self._prefill(member)
        self._connect()

    def _prefill(self, m: MemberView) -> None:
        values = {"first_name": m.first_name, "patronymic": m.patronymic,
                  "last_name": m.last_name, "phone": m.phone, "email": m.email,
                  "notes": m.notes,
                  "birthday": m.birthday.strftime("%d.%m.%Y") if m.birthday else ""}
        for name, value in values.items():
            self.inputs[name].setText(value)
        self.consent.setChecked(True)
        self.sms.setChecked(m.sms_opt_in)
        self.email_opt.setChecked(m.email_opt_in)
        self.bonus.hide()
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Save"))

    def _build_ui(self) -> None:
        labels = {"first_name": self.tr("First name *"), "patronymic": self.tr("Patronymic"),
                  "last_name": self.tr("Last name"), "phone": self.tr("Phone *"),
                  "birthday": self.tr("Birthday (dd.mm.yyyy)"), "email": self.tr("E-mail"),
                  "notes": self.tr("Notes")}
        self.inputs: dict[str, QLineEdit] = {}
        self.errors: dict[str, QLabel] = {}
        form = QFormLayout()
        for name in FIELDS:
            edit = QLineEdit()
            edit.setObjectName(name)
            error = QLabel()
            error.setObjectName("fieldError")
            error.setOpenExternalLinks(False)
            error.hide()
            self.inputs[name], self.errors[name] = edit, error
            form.addRow(labels[name], edit)
            form.addRow("", error)
        self.consent = QCheckBox(self.tr("Agrees to processing of personal data (required)"))
        self.sms = QCheckBox(self.tr("SMS offers"))
        self.email_opt = QCheckBox(self.tr("E-mail offers"))
        self.errors["consent"] = QLabel()
        self.errors["consent"].setObjectName("fieldError")
        self.errors["consent"].hide()
        self.bonus = QLabel(self.tr("Welcome gift: %1 points on the new card").replace(
            "%1", str(self._terminal.program.welcome_bonus)))
        self.bonus.setObjectName("welcomeBonus")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Enrol"))
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        for widget in (self.consent, self.errors["consent"], self.sms, self.email_opt,
                       self.bonus, self.buttons):
            layout.addWidget(widget)

    def _connect(self) -> None:
        self.buttons.accepted.connect(self._submit)
        self.buttons.rejected.connect(self.reject)
        self.errors["phone"].linkActivated.connect(self._open_existing)

    def _birthday(self) -> date | None:
        text = self.inputs["birthday"].text().strip()
        if not text:
            return None
        return datetime.strptime(text, "%d.%m.%Y").date()

    def _submit(self) -> None:
        for label in self.errors.values():
            label.hide()
        try:
            birthday = self._birthday()
        except ValueError:
            self._show({"birthday": self.tr("Enter the date as dd.mm.yyyy, e.g. 07.03.1985.")})
            return
        data = MemberInput(**{n: self.inputs[n].text() for n in FIELDS if n != "birthday"},
                           birthday=birthday, consent=self.consent.isChecked(),
                           sms_opt_in=self.sms.isChecked(),
                           email_opt_in=self.email_opt.isChecked())
        try:
            if self._editing:
                self._terminal.edit_member(self._member_id, data)
                self.enrolled_id = self._member_id
            else:
                self.enrolled_id = self._terminal.enrol(data, self._member_id)
        except DomainError as exc:
            messages = field_errors(exc)
            if exc.code == "phone_taken":
                self._existing = exc.params["member_id"]
                link = self.tr("Open this member")
                messages["phone"] += f' <a href="open">{link}</a>'
            self._show(messages)
            return
        self.accept()

    def _show(self, messages: dict[str, str]) -> None:
        for name, text in messages.items():
            label = self.errors.get(name) or self.errors["first_name"]
            label.setText(text)
            label.show()

    def _open_existing(self, _link: str) -> None:
        self.open_existing_id = self._existing
        self.reject()

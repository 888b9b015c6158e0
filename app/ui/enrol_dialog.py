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
from app.services.dto import MemberInput, MemberView, SearchHit
from app.ui import formats
from app.ui.messages import field_errors

EXACT_MATCHES = ("phone", "card")  # a referrer is taken from these, or from a single hit

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
            "%1", formats.points(self._terminal.program.welcome_bonus)))
        self.bonus.setObjectName("welcomeBonus")
        if not self._editing:
            self._build_referral(form)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Enrol"))
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        if not self._editing:
            # Under the form, across the whole width: a sentence to read out, and a
            # wrapped label inside a form row would be cut short.
            layout.addWidget(self.referral_hint)
        for widget in (self.consent, self.errors["consent"], self.sms, self.email_opt,
                       self.bonus, self.buttons):
            layout.addWidget(widget)

    def _build_referral(self, form: QFormLayout) -> None:
        """Bring a friend: both get points when the newcomer first buys."""
        self.referred_by = QLineEdit()
        self.referred_by.setObjectName("referred_by")
        self.errors["referred_by"] = QLabel()
        self.errors["referred_by"].setObjectName("fieldError")
        self.errors["referred_by"].hide()
        self.referral_hint = QLabel()
        self.referral_hint.setObjectName("hint")
        self.referral_hint.setWordWrap(True)
        form.addRow(self.tr("Referred by (phone or card)"), self.referred_by)
        form.addRow("", self.errors["referred_by"])
        self._update_referral_hint()

    def _connect(self) -> None:
        self.buttons.accepted.connect(self._submit)
        self.buttons.rejected.connect(self.reject)
        self.errors["phone"].linkActivated.connect(self._open_existing)
        if not self._editing:
            self.inputs["first_name"].textChanged.connect(self._update_referral_hint)
            self.referred_by.editingFinished.connect(self._update_referral_hint)

    def _referrer(self) -> tuple[SearchHit | None, int]:
        """The member who brought the newcomer, and how many the text matched."""
        text = self.referred_by.text().strip()
        hits = self._terminal.search(text) if text else []
        exact = [h for h in hits if h.match in EXACT_MATCHES]
        if exact:
            return exact[0], len(hits)
        return (hits[0] if len(hits) == 1 else None), len(hits)

    def _update_referral_hint(self) -> None:
        actions = self._terminal.program.actions
        if not (actions.get("referral_friend") or actions.get("referral_referrer")):
            self.referral_hint.hide()
            return
        newcomer = " ".join(self.inputs["first_name"].text().split()) or self.tr("the new member")
        text = self.tr("Both of you get points when %1 makes a first purchase.").replace(
            "%1", newcomer)
        referrer, _count = self._referrer()
        if referrer is not None:
            text = self.tr("Referred by %1.").replace("%1", referrer.display_name) + " " + text
        self.referral_hint.setText(text)

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
        referred_by_id = None
        if not self._editing and self.referred_by.text().strip():
            referrer, count = self._referrer()
            if referrer is None and count > 1:
                self._show({"referred_by": self.tr("%n members match: enter the whole phone or "
                                                   "scan the card.", "", count)})
                return
            if referrer is None:
                self._show(field_errors(DomainError("referrer_not_found", "Nobody found.",
                                                    field="referred_by")))
                return
            referred_by_id = referrer.member_id
        data = MemberInput(**{n: self.inputs[n].text() for n in FIELDS if n != "birthday"},
                           birthday=birthday, consent=self.consent.isChecked(),
                           sms_opt_in=self.sms.isChecked(),
                           email_opt_in=self.email_opt.isChecked(),
                           referred_by_id=referred_by_id)
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

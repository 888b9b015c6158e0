"""Enrol a newcomer in under 30 seconds."""

from __future__ import annotations

import uuid
from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
)

from app.domain.errors import DomainError, ValidationErrors
from app.services.dto import MemberInput, MemberView
from app.services.terminal import Terminal
from app.ui.messages import field_errors

FIELDS = ("first_name", "patronymic", "last_name", "phone", "birthday", "email", "notes")
# The member's own language: each named in itself, as the till's language menu does.
LANGUAGES = (("ru", "Русский"), ("en", "English"), ("lv", "Latviešu"))


MIN_WIDTH, MAX_WIDTH = 600, 720  # px: fields wide enough for a long name; errors wrap


def _error_label() -> QLabel:
    """A red line under a field; rich text only for the "open this member" link."""
    label = QLabel()
    label.setObjectName("fieldError")
    label.setWordWrap(True)
    label.setOpenExternalLinks(False)
    label.hide()
    return label


class EnrolDialog(QDialog):
    """Enrols a newcomer, or with ``member`` edits an enrolled member's details."""

    def __init__(self, terminal: Terminal, parent=None, phone: str = "", member: MemberView | None = None,
                 till=None):
        super().__init__(parent)
        self._terminal = terminal
        # Where an enrolment goes: the till window's offline route (issue #17), else the server.
        self._till = till if till is not None else terminal.till
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
        self.language.setCurrentIndex(max(0, self.language.findData(m.language)))
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
            self.inputs[name], self.errors[name] = edit, _error_label()
            form.addRow(labels[name], edit)
            form.addRow(self.errors[name])  # under the field, across the form: room to wrap
        self._build_language(form)
        self.consent = QCheckBox(self.tr("Agrees to processing of personal data (required)"))
        self.sms = QCheckBox(self.tr("SMS offers"))
        self.email_opt = QCheckBox(self.tr("E-mail offers"))
        self.errors["consent"] = _error_label()
        self.errors[""] = _error_label()  # an error of no field of this form
        self.bonus = QLabel(self.tr("Welcome gift: %n point(s) on the new card", "",
                                    self._terminal.program.welcome_bonus))
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
                       self.bonus, self.errors[""], self.buttons):
            layout.addWidget(widget)
        # Error texts wrap inside this width: a long name in "already enrolled" must
        # never push the dialog past the screen's edge.
        screen = self.screen().availableGeometry().width() if self.screen() else MAX_WIDTH
        self.setMaximumWidth(min(MAX_WIDTH, screen))
        self.setMinimumWidth(min(MIN_WIDTH, screen))

    def _build_language(self, form: QFormLayout) -> None:
        """The language the greeting, the thank-you and the customer display speak."""
        self.language = QComboBox()
        self.language.setObjectName("language")
        self.language.addItem(self.tr("The till's language"), "")
        for code, name in LANGUAGES:
            self.language.addItem(name, code)
        self.errors["language"] = _error_label()
        form.addRow(self.tr("Speak to them in"), self.language)
        form.addRow(self.errors["language"])

    def _build_referral(self, form: QFormLayout) -> None:
        """Bring a friend: both get points when the newcomer first buys."""
        self.referred_by = QLineEdit()
        self.referred_by.setObjectName("referred_by")
        self.errors["referred_by"] = _error_label()
        self.referral_hint = QLabel()
        self.referral_hint.setObjectName("hint")
        self.referral_hint.setWordWrap(True)
        form.addRow(self.tr("Referred by (phone or card)"), self.referred_by)
        form.addRow(self.errors["referred_by"])
        self._update_referral_hint()

    def _connect(self) -> None:
        self.buttons.accepted.connect(self._submit)
        self.buttons.rejected.connect(self.reject)
        self.errors["phone"].linkActivated.connect(self._open_existing)
        if not self._editing:
            self.inputs["first_name"].textChanged.connect(self._update_referral_hint)
            self.referred_by.editingFinished.connect(self._update_referral_hint)

    def _update_referral_hint(self) -> None:
        actions = self._terminal.program.actions
        if not (actions.get("referral_friend") or actions.get("referral_referrer")):
            self.referral_hint.hide()
            return
        newcomer = " ".join(self.inputs["first_name"].text().split()) or self.tr("the new member")
        text = self.tr("Both of you get points when %1 makes a first purchase.").replace(
            "%1", newcomer)
        text_in = self.referred_by.text().strip()
        # On the local copy while the server is away (the offline route), like the search.
        referrer = self._till.find_referrer(text_in)[0] if text_in else None
        if referrer is not None:
            text = self.tr("Referred by %1.").replace("%1", referrer.display_name) + " " + text
        self.referral_hint.setText(text)

    def _submit(self) -> None:
        for label in self.errors.values():
            label.hide()
        # The service checks every field (the birthday as typed, the referrer's phone or
        # card too) and reports all that are wrong at once.
        data = MemberInput(**{n: self.inputs[n].text() for n in FIELDS if n != "birthday"},
                           birthday_text=self.inputs["birthday"].text(),
                           consent=self.consent.isChecked(),
                           sms_opt_in=self.sms.isChecked(),
                           email_opt_in=self.email_opt.isChecked(),
                           language=self.language.currentData(),
                           referred_by="" if self._editing else self.referred_by.text())
        try:
            if self._editing:
                self._terminal.till.edit_member(self._member_id, data)
                self.enrolled_id = self._member_id
            else:
                self.enrolled_id = self._till.enrol(data, self._member_id)
        except DomainError as exc:
            messages = field_errors(exc)
            taken = [e for e in (exc.errors if isinstance(exc, ValidationErrors) else [exc])
                     if e.code == "phone_taken"]
            if taken:
                self._existing = taken[0].params["member_id"]
                link = self.tr("Open this member")
                messages["phone"] = f'{escape(messages["phone"])} <a href="open">{link}</a>'
            self._show(messages)
            return
        self.accept()

    def _show(self, messages: dict[str, str]) -> None:
        """Each message next to its field; the first field in error takes the focus."""
        for name, text in messages.items():
            label = self.errors.get(name, self.errors[""])
            label.setText(text)
            label.show()
        self._fit_height()
        order = [*FIELDS, "language", "referred_by", "consent"]
        flagged = [name for name in order if name in messages]
        if flagged:
            self._input(flagged[0]).setFocus(Qt.FocusReason.OtherFocusReason)

    def _fit_height(self) -> None:
        """Grow downwards to show every wrapped error whole; the width stays put."""
        layout = self.layout()
        layout.activate()
        needed = layout.totalHeightForWidth(self.width())
        if self.screen() is not None:
            needed = min(needed, self.screen().availableGeometry().height())
        if needed > self.height():
            self.resize(self.width(), needed)

    def _input(self, name: str):
        if name == "consent":
            return self.consent
        if name == "referred_by":
            return self.referred_by
        if name == "language":
            return self.language
        return self.inputs[name]

    def _open_existing(self, _link: str) -> None:
        self.open_existing_id = self._existing
        self.reject()

"""Sign in with a PIN; on the first run, create the owner's account.

Everyone who can sign in is listed; no mouse is needed: the last person to sign in on
this till is preselected, typing the first letters of a name (in the list, or in the PIN
box, which takes only digits) picks it, ↑/↓ walk the list from either place, and Enter
goes from the list to the PIN and from the PIN signs in.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QRegularExpression, Qt
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QVBoxLayout,
)

from app.domain.errors import DomainError
from app.services.sign_in import SignIn
from app.ui.messages import describe

_WALK_KEYS = (Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_PageUp, Qt.Key.Key_PageDown)
_ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


class LoginDialog(QDialog):
    def __init__(self, sign_in: SignIn, parent=None):
        super().__init__(parent)
        self._sign_in = sign_in
        self.first_run = not sign_in.has_staff()
        self.signed_in = None
        self.setWindowTitle(self.tr("Create the owner's account") if self.first_run
                            else self.tr("Who is at the till?"))
        self.setWindowFlag(Qt.WindowType.WindowCloseButtonHint, False)
        self.setMinimumWidth(460)  # readable at the till, not a cramped box
        self._build_ui()

    def _build_ui(self) -> None:
        layout = QVBoxLayout(self)
        if self.first_run:
            intro = QLabel(self.tr("Regulars is used behind a PIN. The first account is the "
                                   "owner's: it sets up the program, the staff and backups."))
        else:
            intro = QLabel(self.tr("Choose your name (type its first letters, or ↑/↓), "
                                   "then type your PIN and press Enter."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        if not self.first_run:
            layout.addWidget(self._build_staff_list())
        layout.addLayout(self._build_form())
        self.error = QLabel()
        self.error.setObjectName("fieldError")
        self.error.setWordWrap(True)
        # The lock message may carry a command to type: it can be selected and copied.
        self.error.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.error.hide()
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
        self.ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(self.tr("Create and sign in") if self.first_run else self.tr("Sign in"))
        buttons.accepted.connect(self.submit)
        layout.addWidget(buttons)
        self._first_focus()

    def _build_staff_list(self) -> QListWidget:
        self.staff = QListWidget()
        self.staff.setObjectName("staffList")
        self.staff.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.staff.addItems(self._sign_in.staff_names())
        last = self._sign_in.last_signed_in()
        found = self.staff.findItems(last, Qt.MatchFlag.MatchExactly) if last else []
        self.staff.setCurrentItem(found[0] if found else self.staff.item(0))
        self.staff.installEventFilter(self)
        return self.staff

    def _build_form(self) -> QFormLayout:
        form = QFormLayout()
        if self.first_run:
            self.name = QLineEdit()
            self.name.setObjectName("ownerName")
            form.addRow(self.tr("Your name"), self.name)
        self.pin = self._pin_box("pin")
        self.pin.setPlaceholderText(self.tr("4 to 8 digits"))
        form.addRow(self.tr("PIN"), self.pin)
        self.pin_again = self._pin_box("pinAgain")
        if self.first_run:
            form.addRow(self.tr("PIN again"), self.pin_again)
        else:
            self.pin.installEventFilter(self)
        return form

    def _pin_box(self, name: str) -> QLineEdit:
        box = QLineEdit()
        box.setObjectName(name)
        box.setEchoMode(QLineEdit.EchoMode.Password)
        box.setMaxLength(8)
        box.setValidator(QRegularExpressionValidator(QRegularExpression(r"\d{0,8}"), box))
        return box

    def showEvent(self, event):  # noqa: N802 - Qt API
        # Sized once shown, when the till's style sheet has set the font: every name
        # visible up to eight, a scroll bar beyond.
        if not self.first_run:
            self.staff.ensurePolished()
            rows = min(max(self.staff.count(), 1), 8)
            self.staff.setFixedHeight(rows * self.staff.sizeHintForRow(0)
                                      + 2 * self.staff.frameWidth())
            self._fit()
        super().showEvent(event)

    def _first_focus(self) -> None:
        if self.first_run:
            self.name.setFocus()
        elif self._sign_in.last_signed_in() is not None or self.staff.count() == 1:
            self.pin.setFocus()  # the usual case: the same person again
        else:
            self.staff.setFocus()

    def selected_name(self) -> str:
        item = self.staff.currentItem()
        return item.text() if item is not None else ""

    def eventFilter(self, obj, event):  # noqa: N802 - Qt API
        if event.type() != QEvent.Type.KeyPress or self.first_run:
            return False
        if obj is self.staff and event.key() in _ENTER_KEYS:
            self.pin.setFocus()  # the list would pass Enter on to "Sign in" with no PIN
            return True
        if obj is self.pin:
            if event.key() in _WALK_KEYS:
                self.staff.keyPressEvent(event)
                return True
            text = event.text()
            if text and text.isalpha() and not event.modifiers() & ~Qt.KeyboardModifier.ShiftModifier:
                self.staff.keyboardSearch(text)  # a PIN has no letters: they choose a name
                return True
        return False

    def _fail(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()
        self._fit()
        self.pin.clear()
        self.pin_again.clear()
        self.pin.setFocus()

    def _fit(self) -> None:
        """Take the height the content needs at this width, so a long message shows
        whole (a window does not follow its wrapped labels' height by itself)."""
        layout = self.layout()
        layout.activate()
        self.resize(self.width(), layout.totalHeightForWidth(self.width()))

    def submit(self) -> None:
        try:
            if self.first_run:
                if self.pin.text() != self.pin_again.text():
                    self._fail(self.tr("The two PINs differ."))
                    return
                self.signed_in = self._sign_in.create_owner(self.name.text(), self.pin.text())
            else:
                self.signed_in = self._sign_in.login(self.selected_name(), self.pin.text())
        except DomainError as exc:
            self._fail(describe(exc))
            return
        self.accept()

    def reject(self) -> None:  # Esc does not get past the sign-in
        pass

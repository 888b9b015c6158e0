"""The shop's first start (issue #18): a short wizard, keyboard first, in the language
chosen on its first page from that moment on — language, country (the phone region
and the currency), the shop's name, this till's name, and the owner's name and PIN.
Finish saves it all in one service call (services/shop_settings.py); cancelling saves
nothing and the next start asks again."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QRegularExpression, Qt
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWizard,
    QWizardPage,
)

from app.domain.errors import DomainError
from app.domain.shop import MAX_NAME, Shop, check_shop_name, check_till_name
from app.services.context import StaffSession
from app.services.shop_settings import FirstStart
from app.ui.messages import describe
from app.ui.shop_fields import LANGUAGE_NAMES, CountryFields


class _Page(QWizardPage):
    """A page: words on top, a form, a line for what is wrong."""

    def __init__(self):
        super().__init__()
        layout = QVBoxLayout(self)
        self.intro = QLabel(wordWrap=True)
        layout.addWidget(self.intro)
        self.form = QFormLayout()
        layout.addLayout(self.form)
        self.error = QLabel(objectName="fieldError", wordWrap=True)
        self.error.hide()
        layout.addWidget(self.error)
        layout.addStretch()

    def changeEvent(self, event):  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        raise NotImplementedError

    def check(self) -> None:
        """Raise a DomainError for what is wrong on this page."""

    def validatePage(self) -> bool:  # noqa: N802 - Qt API: Next / Finish
        self.error.hide()
        try:
            self.check()
        except DomainError as exc:
            return self.fail(describe(exc))
        return True

    def fail(self, text: str) -> bool:
        self.error.setText(text)
        self.error.show()
        return False


class LanguagePage(_Page):
    def __init__(self, lang: str, chosen: Callable[[str], None]):
        super().__init__()
        self.languages = QListWidget(objectName="language")
        for code, name in LANGUAGE_NAMES:
            item = QListWidgetItem(name)
            item.setData(Qt.ItemDataRole.UserRole, code)
            self.languages.addItem(item)
        codes = [code for code, _ in LANGUAGE_NAMES]
        self.languages.setCurrentRow(codes.index(lang) if lang in codes else 0)
        self.languages.setFixedHeight(3 * 40)
        self.form.addRow(self.languages)
        self.languages.currentItemChanged.connect(lambda item, _was: chosen(item.data(Qt.ItemDataRole.UserRole)))
        self.retranslate()

    def initializePage(self) -> None:  # noqa: N802 - Qt API
        self.languages.setFocus()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Welcome to Regulars"))
        self.intro.setText(self.tr("Choose the language of this till (↑/↓, then Enter)."))


class CountryPage(_Page):
    def __init__(self):
        super().__init__()
        self.fields = CountryFields(self.form)
        self.retranslate()

    def initializePage(self) -> None:  # noqa: N802 - Qt API
        self.fields.country.setFocus()

    def retranslate(self) -> None:
        self.fields.retranslate()
        self.setTitle(self.tr("The shop's country"))
        self.intro.setText(self.tr("Phone numbers typed without a country code are read as "
                                   "this country's; amounts are kept in the currency. "
                                   "The owner can change both later (Manage → Shop settings…)."))


class NamePage(_Page):
    """One name on its page: the shop's or this till's."""

    def __init__(self, object_name: str, value: str, check: Callable[[str], str],
                 words: Callable[[], tuple[str, str, str]]):
        super().__init__()
        self.name = QLineEdit(value, objectName=object_name)
        self.name.setMaxLength(MAX_NAME)
        self.label = QLabel()
        self.form.addRow(self.label, self.name)
        self._check, self._words = check, words
        self.retranslate()

    def initializePage(self) -> None:  # noqa: N802 - Qt API
        self.name.setFocus()
        self.name.selectAll()

    def retranslate(self) -> None:
        title, intro, label = self._words()
        self.setTitle(title)
        self.intro.setText(intro)
        self.label.setText(label)

    def check(self) -> None:
        self._check(self.name.text())


def pin_box(name: str) -> QLineEdit:
    box = QLineEdit(objectName=name)
    box.setEchoMode(QLineEdit.EchoMode.Password)
    box.setMaxLength(8)
    box.setValidator(QRegularExpressionValidator(QRegularExpression(r"\d{0,8}"), box))
    return box


class OwnerPage(_Page):
    def __init__(self, submit: Callable[[], str | None]):
        super().__init__()
        self._submit = submit
        self.name = QLineEdit(objectName="ownerName")
        self.pin, self.pin_again = pin_box("pin"), pin_box("pinAgain")
        self.labels = [QLabel() for _ in range(3)]
        for label, box in zip(self.labels, (self.name, self.pin, self.pin_again), strict=True):
            self.form.addRow(label, box)
        self.retranslate()

    def initializePage(self) -> None:  # noqa: N802 - Qt API
        self.name.setFocus()

    def retranslate(self) -> None:
        self.setTitle(self.tr("The owner's account"))
        self.intro.setText(self.tr("Regulars is used behind a PIN. The first account is the "
                                   "owner's: it sets up the program, the staff and backups."))
        for label, text in zip(self.labels, (self.tr("Your name"), self.tr("PIN"),
                                             self.tr("PIN again")), strict=True):
            label.setText(text)
        self.pin.setPlaceholderText(self.tr("4 to 8 digits"))

    def validatePage(self) -> bool:  # noqa: N802 - Qt API: Finish saves everything
        self.error.hide()
        if self.pin.text() != self.pin_again.text():
            return self._again(self.tr("The two PINs differ."))
        problem = self._submit()
        return True if problem is None else self._again(problem)

    def _again(self, text: str) -> bool:
        self.pin.clear()
        self.pin_again.clear()
        self.pin.setFocus()
        return self.fail(text)


class FirstStartWizard(QWizard):
    """``finish``: the one service call (SignIn.first_start); ``switch_language``: the
    application's catalogues for another language, installed now (app/ui/main.py)."""

    def __init__(self, finish: Callable[[FirstStart], StaffSession],
                 switch_language: Callable[[str], None], lang: str, till_name: str,
                 parent=None):
        super().__init__(parent)
        self._finish, self._switch = finish, switch_language
        self.lang = lang
        self.owner: StaffSession | None = None
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage)
        self.setMinimumSize(640, 420)
        self.language = LanguagePage(lang, self._language_chosen)
        self.country = CountryPage()
        self.shop = NamePage("shopName", "", check_shop_name, self._shop_words)
        self.till = NamePage("tillName", till_name, check_till_name, self._till_words)
        self.owner_page = OwnerPage(self._submit)
        for page in (self.language, self.country, self.shop, self.till, self.owner_page):
            self.addPage(page)
        self._retranslate()

    def changeEvent(self, event):  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self.setWindowTitle(self.tr("Regulars — first start"))
        for button, text in ((QWizard.WizardButton.BackButton, self.tr("< Back")),
                             (QWizard.WizardButton.NextButton, self.tr("Next >")),
                             (QWizard.WizardButton.FinishButton, self.tr("Start the till")),
                             (QWizard.WizardButton.CancelButton, self.tr("Quit"))):
            self.setButtonText(button, text)

    def _shop_words(self) -> tuple[str, str, str]:
        return (self.tr("The shop's name"),
                self.tr("Shown on the member cards, the slips and the customer's screen."),
                self.tr("Shop name"))

    def _till_words(self) -> tuple[str, str, str]:
        return (self.tr("This till's name"),
                self.tr("Each computer at the counter is a till of the shop. Its name is "
                        "shown in reports by till, in the audit and on the customer's "
                        "screen."),
                self.tr("This till's name"))

    def _language_chosen(self, code: str) -> None:
        if code != self.lang:
            self.lang = code
            self._switch(code)  # every page gets LanguageChange and says itself anew

    def answers(self) -> FirstStart:
        fields = self.country.fields
        return FirstStart(Shop(self.shop.name.text(), fields.phone_region(),
                               fields.chosen_currency()),
                          self.till.name.text(), self.owner_page.name.text(),
                          self.owner_page.pin.text(), self.lang)

    def _submit(self) -> str | None:
        """Everything saved in one call; the words of what was refused, if it was."""
        try:
            self.owner = self._finish(self.answers())
        except DomainError as exc:
            return describe(exc)
        return None

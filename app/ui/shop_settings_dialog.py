"""Manage → Shop settings… (the owner's): the shop's name, its country (phone region)
and currency, kept for every till of the shop (services/shop_settings.py), and this
till's language, kept on this computer. The currency stays once purchases are kept in
it: the dialog says so, and the service refuses in words."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
)

from app.domain.errors import DomainError
from app.domain.shop import MAX_NAME, Shop
from app.services.terminal import Terminal
from app.ui.messages import describe
from app.ui.shop_fields import LANGUAGE_NAMES, CountryFields


class ShopSettingsDialog(QDialog):
    def __init__(self, terminal: Terminal, parent=None):
        super().__init__(parent)
        self._terminal = terminal
        self.setWindowTitle(self.tr("Shop settings"))
        self.setMinimumWidth(640)
        self._build_ui()
        self._load()

    def _build_ui(self) -> None:
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.name = QLineEdit(objectName="shopName")
        self.name.setMaxLength(MAX_NAME)
        form.addRow(self.tr("Shop name"), self.name)
        self.fields = CountryFields(form)
        self.currency_note = QLabel(objectName="currencyNote", wordWrap=True)
        form.addRow(self.currency_note)
        self.language = QComboBox(objectName="tillLanguage")
        for code, name in LANGUAGE_NAMES:
            self.language.addItem(name, code)
        form.addRow(self.tr("This till's language"), self.language)
        form.addRow(QLabel(self.tr("The language changes when Regulars is started again."),
                           wordWrap=True))
        layout.addLayout(form)
        self.error = QLabel(objectName="fieldError", wordWrap=True)
        self.error.hide()
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)
        self.save = buttons.button(QDialogButtonBox.StandardButton.Save)
        buttons.accepted.connect(self.submit)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _load(self) -> None:
        admin = self._terminal.admin
        shop = admin.shop()
        self.name.setText(shop.name)
        self.fields.set_values(shop.phone_region, shop.currency)
        self.currency_note.setText(
            self.tr("Purchases are recorded in %1: the currency stays.")
            .replace("%1", shop.currency) if admin.purchases_recorded() else "")
        self.language.setCurrentIndex(max(0, self.language.findData(self._terminal.ctx.lang)))
        self.name.setFocus()

    def submit(self) -> None:
        shop = Shop(self.name.text(), self.fields.phone_region(), self.fields.chosen_currency())
        try:
            self._terminal.admin.save_shop(shop)
            if self.language.currentData() != self._terminal.ctx.lang:
                self._terminal.admin.set_till_language(self.language.currentData())
        except DomainError as exc:
            self.error.setText(describe(exc))
            self.error.show()
            return
        self.accept()

"""The shop's country, phone region and currency as a form, shared by the first-start
wizard and Manage → Shop settings…: choosing Russia or Latvia fills the region and the
currency a shop there uses; "Other country" lets the owner pick both."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel

from app.domain.shop import COUNTRIES, CURRENCIES, OTHER, country_of, phone_regions

LANGUAGE_NAMES = (("ru", "Русский"), ("en", "English"), ("lv", "Latviešu"))  # in their own words


def region_name(code: str) -> str:
    """"LV — Latvia": the code, which the owner may know, and the territory's name."""
    territory = QLocale.codeToTerritory(code)
    name = QLocale.territoryToString(territory) if territory != QLocale.Country.AnyCountry else ""
    return f"{code} — {name}" if name else code


class CountryFields:
    """The three rows, added to the caller's form so its labels line up with the rest."""

    def __init__(self, form: QFormLayout):
        self.country = QComboBox(objectName="country")
        for code in (*COUNTRIES, OTHER):
            self.country.addItem("", code)
        self.region = QComboBox(objectName="phoneRegion")
        for code in phone_regions():
            self.region.addItem(region_name(code), code)
        self.currency = QComboBox(objectName="currency")
        self.currency.addItems(CURRENCIES)
        self.labels = (QLabel(), QLabel(), QLabel())
        for label, box in zip(self.labels, (self.country, self.region, self.currency),
                              strict=True):
            form.addRow(label, box)
        self.country.currentIndexChanged.connect(self._country_chosen)
        self.retranslate()
        self._country_chosen()

    def retranslate(self) -> None:
        """Said anew in the language installed now (the wizard's pages call it)."""
        # The literals are written out in each call, so lupdate finds them.
        names = {"RU": QCoreApplication.translate("CountryFields", "Russia"),
                 "LV": QCoreApplication.translate("CountryFields", "Latvia"),
                 OTHER: QCoreApplication.translate("CountryFields", "Other country")}
        for i in range(self.country.count()):
            self.country.setItemText(i, names[self.country.itemData(i)])
        texts = (QCoreApplication.translate("CountryFields", "Country"),
                 QCoreApplication.translate("CountryFields", "Phone region"),
                 QCoreApplication.translate("CountryFields", "Currency"))
        for label, text in zip(self.labels, texts, strict=True):
            label.setText(text)

    def _country_chosen(self) -> None:
        code = self.country.currentData()
        other = code == OTHER
        if not other:
            region, currency = COUNTRIES[code]
            self.region.setCurrentIndex(self.region.findData(region))
            self.currency.setCurrentText(currency)
        self.region.setEnabled(other)  # a country's own region and currency, or the owner's
        self.currency.setEnabled(other)

    def set_values(self, region: str, currency: str) -> None:
        country = country_of(region)
        if country != OTHER and COUNTRIES[country][1] != currency:
            country = OTHER  # a region with another currency: the owner chose both
        self.country.setCurrentIndex(self.country.findData(country))
        self.region.setCurrentIndex(max(0, self.region.findData(region)))
        self.currency.setCurrentText(currency)

    def phone_region(self) -> str:
        return self.region.currentData()

    def chosen_currency(self) -> str:
        return self.currency.currentText()

"""The shop's own settings, chosen at the first start and changed by the owner later:
its name (on cards, slips and the customer's screen), its country's phone region (how
a number typed without its country code is read) and the program's currency.

A country is a shortcut for the region and currency a shop there uses; "other" lets
the owner pick both."""

from __future__ import annotations

from dataclasses import dataclass

import phonenumbers

from app.domain.errors import DomainError

MAX_NAME = 80  # the till table's name column; a shop name is as long at most

# country -> (phone region, currency)
COUNTRIES: dict[str, tuple[str, str]] = {"RU": ("RU", "RUB"), "LV": ("LV", "EUR")}
OTHER = ""

# The currencies a shop can keep its program in: ISO 4217 codes of the region's
# neighbours and the common ones. Amounts are integers of the minor unit (two digits).
CURRENCIES = ("EUR", "RUB", "USD", "GBP", "PLN", "SEK", "NOK", "DKK", "CHF", "CZK",
              "HUF", "RON", "BGN", "UAH", "BYN", "KZT", "GEL", "AMD", "AZN", "TRY")


def phone_regions() -> tuple[str, ...]:
    """Every region a phone number can be read for (two-letter codes, sorted)."""
    return tuple(sorted(phonenumbers.SUPPORTED_REGIONS))


def country_of(region: str) -> str:
    """The country choice a phone region stands for (OTHER when not one of COUNTRIES)."""
    return region if region in COUNTRIES else OTHER


def check_shop_name(name: str) -> str:
    name = " ".join((name or "").split())
    if not name:
        raise DomainError("shop_name_missing", "Give the shop's name.", field="shop_name")
    if len(name) > MAX_NAME:
        raise DomainError("shop_name_long", "At most {limit} characters.",
                          field="shop_name", limit=MAX_NAME)
    return name


def check_till_name(name: str) -> str:
    name = " ".join((name or "").split())
    if not name:
        raise DomainError("till_name_missing", "Give this till a name.", field="till_name")
    return name[:MAX_NAME]


def check_region(region: str) -> str:
    if region not in phonenumbers.SUPPORTED_REGIONS:
        raise DomainError("shop_region", "Choose the country of the shop's phones.",
                          field="phone_region")
    return region


def check_currency(code: str) -> str:
    if code not in CURRENCIES:
        raise DomainError("shop_currency", "Choose one of the currencies.", field="currency")
    return code


@dataclass(frozen=True, slots=True)
class Shop:
    """The shop-wide settings (stored with the program, so every till agrees)."""
    name: str
    phone_region: str
    currency: str

    def checked(self) -> Shop:
        """The same with the name tidied; raises the first problem found."""
        return Shop(check_shop_name(self.name), check_region(self.phone_region),
                    check_currency(self.currency))

"""Money is an integer number of minor units plus an ISO currency code."""

from __future__ import annotations

import re
from dataclasses import dataclass

from app.domain.errors import DomainError

_AMOUNT = re.compile(r"^\s*(\d{1,9})(?:[.,](\d{1,2}))?\s*$")


@dataclass(frozen=True, slots=True)
class Money:
    minor: int
    currency: str = "RUB"

    def __post_init__(self):
        if not isinstance(self.minor, int):
            raise TypeError("money is an integer number of minor units")

    def format(self) -> str:
        sign = "-" if self.minor < 0 else ""
        units, cents = divmod(abs(self.minor), 100)
        return f"{sign}{units:,}.{cents:02d} {self.currency}".replace(",", "\u202f")


def parse_amount(text: str) -> int:
    """Parse what a cashier types ("1250", "1250.50", "1250,5") into minor units."""
    cleaned = (text or "").replace(" ", "").replace("\u202f", "").replace("\xa0", "")
    if cleaned.startswith("-"):
        raise DomainError("amount_negative", "The amount cannot be negative.", field="amount")
    match = _AMOUNT.match(cleaned)
    if not match:
        raise DomainError("amount_invalid", "Enter the amount as a number, e.g. 1250.50.",
                          field="amount")
    units, cents = match.group(1), (match.group(2) or "0").ljust(2, "0")
    minor = int(units) * 100 + int(cents)
    if minor <= 0:
        raise DomainError("amount_zero", "The amount must be more than zero.", field="amount")
    return minor

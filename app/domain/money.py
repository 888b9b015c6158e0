"""Money is an integer number of minor units plus an ISO currency code."""

from __future__ import annotations

import re
from dataclasses import dataclass

from app.domain.errors import DomainError

_AMOUNT = re.compile(r"^\s*(\d+)(?:[.,](\d{1,2}))?\s*$")

# The largest amount one purchase may have: 99,999,999.99. Far above any sale at a
# counter, and low enough that a report's sum of purchases stays an exact 64-bit
# integer (SQLite's SUM fails with "integer overflow" past 2**63): that takes more
# than 900 million purchases of this size.
MAX_AMOUNT_MINOR = 9_999_999_999
# Above this a purchase is recorded only after the cashier confirms it (100 000.00);
# the owner changes it in the program ("large_amount_minor").
DEFAULT_LARGE_AMOUNT_MINOR = 10_000_000


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
    units, cents = match.group(1).lstrip("0"), (match.group(2) or "0").ljust(2, "0")
    if len(units) > len(str(MAX_AMOUNT_MINOR // 100)):  # never int() a 5,000-digit paste
        raise _too_large("amount")
    return check_amount(int(units or "0") * 100 + int(cents))


def parse_optional_amount(text: str, field: str = "amount", **details) -> int:
    """An amount that may be left out (a gift's value, a category line): empty or zero is
    0; anything else as ``parse_amount``, its refusal naming ``field`` (and ``details``)."""
    if not (text or "").strip():
        return 0
    try:
        return parse_amount(text)
    except DomainError as exc:
        if exc.code == "amount_zero":
            return 0
        raise DomainError(exc.code, exc.message, field=field, **details) from exc


def _too_large(field: str) -> DomainError:
    return DomainError("amount_too_large", "The amount is too large: at most 99,999,999.99.",
                       field=field)


def amount_too_large(minor: int, field: str = "amount") -> DomainError | None:
    """The refusal for an amount (a gift's value, a purchase) past MAX_AMOUNT_MINOR."""
    if isinstance(minor, int) and minor > MAX_AMOUNT_MINOR:
        return _too_large(field)
    return None


def check_amount(minor: int, field: str = "amount") -> int:
    """An amount that can be recorded: a whole number of minor units from 1 to
    MAX_AMOUNT_MINOR (so it fits the database and sums of it cannot overflow)."""
    if not isinstance(minor, int) or isinstance(minor, bool):
        raise DomainError("amount_invalid", "Enter the amount as a number, e.g. 1250.50.",
                          field=field)
    if minor <= 0:
        raise DomainError("amount_zero", "The amount must be more than zero.", field=field)
    if minor > MAX_AMOUNT_MINOR:
        raise _too_large(field)
    return minor

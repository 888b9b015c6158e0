"""Member card numbers: EAN-13 in the in-store range (leading 2), check digit included."""

from __future__ import annotations

from app.domain.errors import DomainError

CARD_PREFIX = "2"


def ean13_check_digit(first12: str) -> int:
    if len(first12) != 12 or not first12.isdigit():
        raise ValueError("EAN-13 body is 12 digits")
    total = sum(int(d) * (3 if i % 2 else 1) for i, d in enumerate(first12))
    return (10 - total % 10) % 10


def card_number_for(sequence: int, store_prefix: str = "20") -> str:
    """Card number number ``sequence`` of a shop: prefix + zero-padded sequence + check digit."""
    if not store_prefix.startswith(CARD_PREFIX) or not store_prefix.isdigit():
        raise ValueError("in-store EAN-13 numbers start with 2")
    body = f"{store_prefix}{sequence:0{12 - len(store_prefix)}d}"
    if len(body) != 12:
        raise ValueError("card sequence does not fit")
    return body + str(ean13_check_digit(body))


def looks_like_card(text: str) -> bool:
    """A 13-digit number starting with 2 is a card scan, valid or not."""
    text = text.strip()
    return len(text) == 13 and text.isdigit() and text.startswith(CARD_PREFIX)


def validate_card_number(text: str) -> str:
    text = text.strip()
    if not looks_like_card(text):
        raise DomainError("card_format", "A card number is 13 digits starting with 2.",
                          field="card")
    if ean13_check_digit(text[:12]) != int(text[12]):
        raise DomainError("card_check_digit",
                          "This card number has a wrong check digit; scan it again.",
                          field="card")
    return text

"""Phones normalised to E.164 with a default region; searched by trailing digits."""

from __future__ import annotations

from functools import lru_cache

import phonenumbers

from app.domain.errors import DomainError


def normalise_phone(raw: str, region: str = "RU") -> str:
    """Return the E.164 form or raise a DomainError the cashier can act on."""
    text = (raw or "").strip()
    if not text:
        raise DomainError("phone_empty", "Enter a phone number.", field="phone")
    # Russian habit: a leading 8 is the trunk prefix, same as +7.
    digits = "".join(ch for ch in text if ch.isdigit())
    if region == "RU" and len(digits) == 11 and digits[0] in "78" and not text.startswith("+"):
        text = "+7" + digits[1:]
    try:
        parsed = phonenumbers.parse(text, region)
    except phonenumbers.NumberParseException:
        raise DomainError("phone_invalid", "This does not look like a phone number.",
                          field="phone") from None
    if not phonenumbers.is_valid_number(parsed):
        raise DomainError("phone_invalid", "This does not look like a phone number.",
                          field="phone")
    return phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.E164)


def phone_digits(e164: str) -> str:
    return "".join(ch for ch in e164 if ch.isdigit())


@lru_cache(maxsize=8192)  # search shows the same numbers over and over; parsing is slow
def format_phone(e164: str) -> str:
    try:
        parsed = phonenumbers.parse(e164, None)
    except phonenumbers.NumberParseException:
        return e164
    return phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.INTERNATIONAL)

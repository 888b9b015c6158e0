"""What a person types as a number of points, read without changing it.

A points field never cuts or rounds what was typed: "500" stays 500, and the rule
that allows at most 180 refuses it in words (Program.check_redemption and friends).
"""

from __future__ import annotations

import re

from app.domain.errors import DomainError

_WHOLE = re.compile(r"^\d+$")
_SIGNED = re.compile(r"^[-\u2212+]?\d+$")


def _cleaned(text: str) -> str:
    """Without the spaces a person or the till's number format puts between groups."""
    return (text or "").replace(" ", "").replace("\u202f", "").replace("\xa0", "")


def _kept_whole(digits: str) -> int:
    """The digits as an int, however many: beyond any limit a 5,000-digit paste reads
    as 10**40 (int() of it is refused), so the caller's limit still refuses it."""
    digits = digits.lstrip("0") or "0"
    return 10**40 if len(digits) > 40 else int(digits)


def parse_points(text: str, field: str = "points") -> int:
    """'150', '1 500' -> int; empty -> 0. Letters, signs or fractions are refused.
    However many digits are typed, the value is kept whole: the caller's limit
    refuses it (a number past 2**63 never reaches the database)."""
    cleaned = _cleaned(text)
    if not cleaned:
        return 0
    if cleaned.startswith("-"):
        raise DomainError("points_negative", "Points cannot be negative.", field=field)
    if not _WHOLE.match(cleaned):
        raise DomainError("points_invalid", "Enter whole points, e.g. 150.", field=field)
    return _kept_whole(cleaned)


def read_whole(text: str) -> int | None:
    """A whole number as typed ('1 500', '-20'), never cut; None when it is not one."""
    cleaned = _cleaned(text)
    if not _SIGNED.match(cleaned):
        return None
    value = _kept_whole(cleaned.lstrip("-\u2212+"))
    return -value if cleaned[0] in "-\u2212" else value


def parse_whole(text: str, field: str, least: int, most: int) -> int:
    """A bounded whole number (months, days, points, a percentage) read as typed:
    empty -> 0, and anything outside least..most refused in words naming the bound,
    never cut to fit as a spin box cuts 5000000 to 500000."""
    value = 0 if not _cleaned(text) else read_whole(text)
    if value is None:
        raise DomainError("number_invalid", "Enter a whole number, e.g. 150.", field=field)
    if value > most:
        raise DomainError("number_too_large", "At most {most}.", field=field, most=most)
    if value < least:
        raise DomainError("number_too_small", "At least {least}.", field=field, least=least)
    return value


# The most points one change may move (a gift, an apology, an adjustment, a draw's
# minimum): far above any real one, and a balance of such changes stays a 64-bit
# integer, so nothing reaches the database as an OverflowError.
MAX_POINTS_CHANGE = 10_000_000


def points_too_large(points: int, field: str = "points") -> DomainError | None:
    """The refusal for a change of more than MAX_POINTS_CHANGE points either way."""
    if isinstance(points, int) and abs(points) > MAX_POINTS_CHANGE:
        return DomainError("points_too_large", "At most 10,000,000 points.",
                           field=field)
    return None

"""What a person types as a number of points, read without changing it.

A points field never cuts or rounds what was typed: "500" stays 500, and the rule
that allows at most 180 refuses it in words (Program.check_redemption and friends).
"""

from __future__ import annotations

import re

from app.domain.errors import DomainError

_WHOLE = re.compile(r"^\d+$")


def parse_points(text: str, field: str = "points") -> int:
    """'150', '1 500' -> int; empty -> 0. Letters, signs or fractions are refused.
    However many digits are typed, the value is kept whole: the caller's limit
    refuses it (a number past 2**63 never reaches the database)."""
    cleaned = (text or "").replace(" ", "").replace("\u202f", "").replace("\xa0", "")
    if not cleaned:
        return 0
    if cleaned.startswith("-"):
        raise DomainError("points_negative", "Points cannot be negative.", field=field)
    if not _WHOLE.match(cleaned):
        raise DomainError("points_invalid", "Enter whole points, e.g. 150.", field=field)
    digits = cleaned.lstrip("0") or "0"
    if len(digits) > 40:  # beyond any limit; int() of a 5,000-digit paste is refused
        return 10**40
    return int(digits)


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

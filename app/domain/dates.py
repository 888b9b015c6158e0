"""Days typed by hand ("07.03.1985"), checked against the calendar."""

from __future__ import annotations

import re
from datetime import date

from app.domain.errors import DomainError

_DAY = re.compile(r"^\s*(\d{1,2})[./-](\d{1,2})[./-](\d{4})\s*$")


def parse_day(text: str, field: str = "birthday") -> date | None:
    """``dd.mm.yyyy`` (dots, slashes or dashes) as a date; empty is no date.

    A well-formed day the calendar lacks ("31.02.1990") is its own error, so the
    cashier hears that the day does not exist rather than "wrong format".
    """
    text = (text or "").strip()
    if not text:
        return None
    match = _DAY.match(text)
    if not match:
        raise DomainError("date_format", "Enter the date as dd.mm.yyyy, e.g. 07.03.1985.",
                          field=field)
    day, month, year = (int(part) for part in match.groups())
    try:
        return date(year, month, day)
    except ValueError:
        raise DomainError("date_no_such_day", "There is no such day: {text}.", field=field,
                          text=text) from None

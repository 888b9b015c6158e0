"""The birthday week: one definition for the greeting, the cashier's prompt and the
birthday bonus a sale adds (issue #14: the sale used -3..+3 days, the greeting 0..6,
so a customer two days after their birthday got a bonus nobody had mentioned).

The week runs from three days before the birthday to three days after it, so a
regular who comes in on either side of the day is still congratulated and gets the
gift. A birthday on 29 February falls on 28 February in other years.
"""

from __future__ import annotations

from datetime import date, timedelta

DAYS_BEFORE = 3  # "Birthday in 3 days"
DAYS_AFTER = 3  # "Birthday was 3 days ago"


def _is_leap(year: int) -> bool:
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def _falls_on(birthday: date, day: date) -> bool:
    if (day.month, day.day) == (birthday.month, birthday.day):
        return True
    return ((birthday.month, birthday.day) == (2, 29) and (day.month, day.day) == (2, 28)
            and not _is_leap(day.year))


def birthday_offset(birthday: date, today: date) -> int | None:
    """Days from ``today`` to the birthday inside the birthday week: 2 = in two days,
    0 = today, -1 = yesterday; None outside the week."""
    for delta in range(-DAYS_AFTER, DAYS_BEFORE + 1):
        if _falls_on(birthday, today + timedelta(days=delta)):
            return delta
    return None


def in_birthday_week(birthday: date | None, today: date) -> bool:
    return birthday is not None and birthday_offset(birthday, today) is not None

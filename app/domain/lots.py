"""Points are granted in lots; spending takes the soonest-expiring lots first.

Pure functions over plain values, so the spending order and the expiry rule are
tested without a database. A lot that never expires is spent last; among lots
with the same expiry the oldest goes first.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True, slots=True)
class Lot:
    id: object
    remaining: int
    earned_on: date
    expires_on: date | None  # the last day it can be spent; None: never


def spending_order(lots: list[Lot]) -> list[Lot]:
    return sorted((lot for lot in lots if lot.remaining > 0),
                  key=lambda lot: (lot.expires_on is None, lot.expires_on or date.max,
                                   lot.earned_on))


def take(lots: list[Lot], points: int) -> list[tuple[object, int]]:
    """Which lots pay ``points``, soonest expiry first: [(lot id, points taken)].

    Takes at most what the lots hold; the caller decides what a shortfall means
    (a refund of points already spent leaves a debt on the balance)."""
    taken: list[tuple[object, int]] = []
    left = max(0, points)
    for lot in spending_order(lots):
        if left == 0:
            break
        part = min(lot.remaining, left)
        taken.append((lot.id, part))
        left -= part
    return taken


def expired(lots: list[Lot], today: date) -> list[tuple[object, int]]:
    """Lots past their last day, with what is left in them: that much expires."""
    return [(lot.id, lot.remaining) for lot in lots
            if lot.expires_on is not None and lot.expires_on < today and lot.remaining > 0]


def next_expiry(lots: list[Lot], today: date) -> tuple[int, date] | None:
    """The points that expire soonest (on the same day) and that day."""
    upcoming = [lot for lot in lots
                if lot.expires_on is not None and lot.expires_on >= today and lot.remaining > 0]
    if not upcoming:
        return None
    first = min(lot.expires_on for lot in upcoming)
    return sum(lot.remaining for lot in upcoming if lot.expires_on == first), first


# Points "about to expire" (issue #14: the panel said 60 days, the prompt 30): one
# definition for the panel, the prompt and the customer's screen. A month ahead is the
# visit before they go for a monthly regular; warning earlier would put "spend your
# points" ahead of every other prompt for a third of the year with a 6-month expiry.
EXPIRY_WARNING_DAYS = 30


def expiry_is_near(points: int, expires_on: date | None, today: date) -> bool:
    """Whether ``points`` expiring on ``expires_on`` (their last day) are worth a warning."""
    return points > 0 and expires_on is not None and \
        (expires_on - today).days <= EXPIRY_WARNING_DAYS

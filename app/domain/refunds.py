"""Refunds, whole or in part: how much may still be refunded, and which share of the
purchase's points goes with the money.

The rule (points follow the money, rounded in the member's favour):

- A purchase of ``paid`` (its total, in minor units) that earned ``E`` points and
  redeemed ``P`` may be refunded in parts; together they never exceed ``paid``.
- Once ``R`` of it has been refunded in all, the points taken back so far are
  ``floor(E * R / paid)`` (rounded down: the member keeps the odd point) and the
  redeemed points returned so far are ``ceil(P * R / paid)`` (rounded up: the member
  gets the odd point back). Qualifying points and stamps follow like earned points.
- Each refund takes the difference between those totals after it and before it. So
  however a purchase is split, the parts add up exactly to what a whole refund takes
  back and returns, and refunding the rest after a partial refund completes it.

Integers only: no share is ever a float.
"""

from __future__ import annotations

from dataclasses import dataclass

from app.domain.errors import DomainError
from app.domain.money import Money


@dataclass(frozen=True, slots=True)
class RefundShare:
    """What one refund of ``amount_minor`` moves."""
    amount_minor: int
    earned_back: int  # points taken back (of those the purchase earned)
    qualifying_back: int  # qualifying points taken back
    redeemed_back: int  # redeemed points returned to the member
    stamps_back: int  # stamps taken back (of those the purchase gave)


def taken_so_far(total: int, refunded: int, paid: int) -> int:
    """Of ``total`` points a purchase gave, those taken back once ``refunded`` of
    ``paid`` is refunded: rounded down, in the member's favour."""
    return total * refunded // paid


def returned_so_far(total: int, refunded: int, paid: int) -> int:
    """Of ``total`` points a purchase redeemed, those returned once ``refunded`` of
    ``paid`` is refunded: rounded up, in the member's favour."""
    return -(-total * refunded // paid)


def check_amount(amount_minor: int, paid: int, refunded_before: int, currency: str = "RUB"
                 ) -> None:
    """Refuse a refund of nothing, or of more than is left of the purchase."""
    left = paid - refunded_before
    if left <= 0:
        raise DomainError("refund_nothing_left", "This purchase is already refunded in full.",
                          field="amount")
    if not isinstance(amount_minor, int) or isinstance(amount_minor, bool) or amount_minor <= 0:
        raise DomainError("amount_zero", "The amount must be more than zero.", field="amount")
    if amount_minor > left:
        shown = {name: Money(value, currency).format() for name, value in
                 (("left", left), ("paid", paid), ("refunded", refunded_before))}
        raise DomainError("refund_over_paid",
                          f"Only {shown['left']} can still be refunded: {shown['paid']} was "
                          f"paid and {shown['refunded']} refunded already.", field="amount",
                          left_minor=left, paid_minor=paid, refunded_minor=refunded_before,
                          **shown)


def share(paid: int, refunded_before: int, amount_minor: int, earned: int, qualifying: int,
          redeemed: int, stamps: int = 0, currency: str = "RUB") -> RefundShare:
    """The share of a purchase's points that a refund of ``amount_minor`` moves, when
    ``refunded_before`` was refunded already (see the module's rule)."""
    check_amount(amount_minor, paid, refunded_before, currency)
    after = refunded_before + amount_minor

    def down(total: int) -> int:
        return taken_so_far(total, after, paid) - taken_so_far(total, refunded_before, paid)

    return RefundShare(amount_minor, down(earned), down(qualifying),
                       returned_so_far(redeemed, after, paid)
                       - returned_so_far(redeemed, refunded_before, paid),
                       down(stamps))

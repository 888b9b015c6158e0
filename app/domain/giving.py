"""Points are money: what a cashier may give away, and how a member is recognised
before their points are spent.

One place for the rules every route uses — gifts, complaint compensation, apology
points for a long wait, points for a survey or a review:

- a cashier gives up to ``CASHIER_LIMIT_MINOR`` of the shop's money or
  ``CASHIER_LIMIT_POINTS`` points at once; more needs a manager (signed in, or their
  PIN typed on the spot);
- the owner may cap the points a cashier gives one member in one day, by all the
  routes together (``Limits.given_per_member_day``), counted from the ledger;
- points are spent (paid with, donated) only once the member was recognised: the
  card scanned, the full phone said, or the name and birth date said
  (``Verification``); the owner may cap the points spent on one receipt.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from app.domain.errors import DomainError
from app.domain.names import normalise_text
from app.domain.points_input import MAX_POINTS_CHANGE

CASHIER_LIMIT_MINOR = 50_000  # 500.00 in the shop's currency
CASHIER_LIMIT_POINTS = 300
# A complaint's discount on the next purchase has no amount yet: a cashier may promise
# up to a fifth off; more is the manager's call, like a costly gift.
CASHIER_LIMIT_DISCOUNT_PERCENT = 20

# Ledger kinds a cashier gives by hand: gifts (complaint compensation and the long-wait
# apology are gifts too) and the one-click help rewards. Earned, welcome, birthday and
# referral points follow from the program, not from the cashier's choice.
GIVEN_KINDS = ("gift", "survey", "review")

METHODS = ("card", "phone", "name_birthday")


@dataclass(frozen=True, slots=True)
class Limits:
    """The owner's caps; 0 means no cap."""
    redeem_per_receipt: int = 0  # points spent on one receipt
    given_per_member_day: int = 0  # points cashiers give one member in one day

    @classmethod
    def from_dict(cls, data: dict | None, integer, need) -> Limits:
        data = data or {}
        values = {}
        for name in ("redeem_per_receipt", "given_per_member_day"):
            values[name] = integer(data.get(name), f"limits.{name}")
            need(values[name] >= 0, "program_negative", "This cannot be negative.",
                 f"limits.{name}")
            need(values[name] <= MAX_POINTS_CHANGE, "points_too_large",
                 "At most 10,000,000 points.", f"limits.{name}")
        return cls(**values)

    def to_dict(self) -> dict:
        return {"redeem_per_receipt": self.redeem_per_receipt,
                "given_per_member_day": self.given_per_member_day}


def over_cashier_limit(value_minor: int, points: int, discount_percent: int = 0) -> bool:
    return (value_minor > CASHIER_LIMIT_MINOR or points > CASHIER_LIMIT_POINTS
            or discount_percent > CASHIER_LIMIT_DISCOUNT_PERCENT)


def cashier_limit_error(value_minor: int, points: int, discount_percent: int = 0) -> DomainError:
    return DomainError("over_cashier_limit", "A cashier gives at most {limit_points} "
                       "points, goods worth 500 or a 20 % discount at once; more needs a manager's PIN.",
                       points=points, value_minor=value_minor, discount=discount_percent,
                       limit_points=CASHIER_LIMIT_POINTS, limit_minor=CASHIER_LIMIT_MINOR,
                       limit_amount=_whole(CASHIER_LIMIT_MINOR),
                       limit_percent=CASHIER_LIMIT_DISCOUNT_PERCENT)


def _whole(minor: int) -> str:
    """500.00 said as "500" (no decimal point to get wrong in either language)."""
    return str(minor // 100) if minor % 100 == 0 else f"{minor // 100}.{minor % 100:02d}"


def check_daily_cap(cap: int, given_today: int, points: int) -> None:
    """Refuse ``points`` when they would take a member past the day's cap (0: no cap)."""
    if cap and points > 0 and given_today + points > cap:
        raise DomainError("over_daily_cap", "Cashiers may give this member at most {cap} "
                          "points a day; {left} are left today. More "
                          "needs a manager's PIN.", field="points", cap=cap, given=given_today,
                          left=max(cap - given_today, 0))


def check_receipt_cap(cap: int, points: int) -> None:
    if cap and points > cap:
        raise DomainError("redeem_over_receipt_cap", "At most {cap} points can be spent on one "
                          "receipt.", field="redeem", cap=cap)


@dataclass(frozen=True, slots=True)
class Verification:
    """How the cashier recognised the member before spending their points, with what
    the customer showed or said; the service checks it against the member."""
    method: str  # card, phone, name_birthday
    card: str = ""
    phone: str = ""  # E.164 (the service normalises what was typed)
    name: str = ""
    birthday: date | None = None


@dataclass(frozen=True, slots=True)
class MemberFacts:
    card_number: str
    phone: str
    names: tuple[str, ...]
    birthday: date | None


def check_verification(verification: Verification | None, member: MemberFacts) -> None:
    """Raise unless ``verification`` recognises this member."""
    if verification is None or verification.method not in METHODS:
        raise DomainError("member_unverified", "Check who the customer is before spending "
                          "their points: scan the card, or ask for the full phone, or the "
                          "name and birth date.", field="verify")
    mismatch = DomainError("verify_mismatch", "That does not match this member: the points "
                           "were not spent.", field="verify", method=verification.method)
    if verification.method == "card":
        said = "".join(ch for ch in verification.card if ch.isdigit())
        if not member.card_number or said != member.card_number:
            raise mismatch
    elif verification.method == "phone":
        if not member.phone or verification.phone != member.phone:
            raise mismatch
    else:
        if member.birthday is None:
            raise DomainError("verify_no_birthday", "This member's birth date is not recorded: "
                              "ask for the full phone or the card.", field="verify")
        said = normalise_text(verification.name)
        names = {normalise_text(n) for n in member.names if n}
        if not said or said not in names or verification.birthday != member.birthday:
            raise mismatch


def check_donation(balance: int, points: int) -> None:
    """A donation gives away whole points the member holds now."""
    if not isinstance(points, int) or points <= 0:
        raise DomainError("donation_positive", "Donate at least one point.", field="points")
    if points > balance:
        available = max(balance, 0)
        raise DomainError("redeem_over_balance", "Only {available} points are available.",
                          field="points", available=available)

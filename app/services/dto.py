"""Plain results the services hand out; never ORM objects."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import date, datetime


@dataclass(frozen=True, slots=True)
class MemberInput:
    first_name: str
    phone: str
    patronymic: str = ""
    last_name: str = ""
    address_as: str = ""
    email: str = ""
    birthday: date | None = None
    notes: str = ""
    card_number: str = ""
    consent: bool = False
    sms_opt_in: bool = False
    email_opt_in: bool = False


@dataclass(frozen=True, slots=True)
class SearchHit:
    member_id: uuid.UUID
    display_name: str
    phone: str
    card_number: str
    tier_key: str
    balance: int
    match: str  # card, phone, phone_suffix, name_prefix, name_contains


@dataclass(frozen=True, slots=True)
class Visit:
    purchase_id: uuid.UUID
    at: datetime  # UTC
    amount_minor: int
    currency: str
    points_earned: int
    points_redeemed: int
    status: str


@dataclass(frozen=True, slots=True)
class MemberView:
    member_id: uuid.UUID
    first_name: str
    patronymic: str
    last_name: str
    address_as: str
    display_name: str
    phone: str
    email: str
    birthday: date | None
    notes: str
    card_number: str
    balance: int
    qualifying_points: int
    tier_key: str
    tier_name: str
    tier_colour: str
    next_tier_name: str | None
    points_to_next: int
    progress: float
    visits: int
    greeting: str
    occasions: list[tuple[str, str]]
    thank_you: str
    sms_opt_in: bool
    email_opt_in: bool
    last_visits: list[Visit] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class PurchaseResult:
    purchase_id: uuid.UUID
    points_earned: int
    points_redeemed: int
    balance: int
    tier_before: str
    tier_after: str
    tier_name_after: str
    duplicate: bool
    thank_you: str

    @property
    def tier_up(self) -> bool:
        return self.tier_before != self.tier_after and not self.duplicate


@dataclass(frozen=True, slots=True)
class RefundResult:
    purchase_id: uuid.UUID
    points_taken_back: int
    points_returned: int
    balance: int
    already_refunded: bool


@dataclass(frozen=True, slots=True)
class CheckReport:
    members: int
    ledger_rows: int
    problems: list[str]

    @property
    def ok(self) -> bool:
        return not self.problems

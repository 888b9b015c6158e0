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
    referred_by_id: uuid.UUID | None = None
    # As typed in a form: the service checks them with every other field, so a form
    # shows all its errors at once ("31.02.1990" is a day that does not exist).
    birthday_text: str = ""
    referred_by: str = ""  # the referrer's phone or card
    language: str = ""  # ru / en / lv: the language spoken to them; "": the till's


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
    refunded_minor: int = 0  # refunded so far (all of it when status is "refunded")


@dataclass(frozen=True, slots=True)
class StampProgress:
    card_key: str
    name: str
    have: int
    need: int
    reward: str


@dataclass(frozen=True, slots=True)
class BonusLine:
    kind: str  # campaign, birthday, referral
    ref: str
    name: str
    points: int


@dataclass(frozen=True, slots=True)
class RewardReady:
    reward_id: uuid.UUID
    text: str
    issued_at: datetime


@dataclass(frozen=True, slots=True)
class CustomerLines:
    """What the customer display shows, in the member's own language ``lang``."""
    lang: str
    tier_name: str
    balance: str  # "Jūsu kartē: 200 punktu"
    to_next: str = ""  # "Līdz statusam «Vilks» vēl 144 punkti"; empty at the top tier
    expiry: str = ""  # empty unless the points about to expire are worth a warning


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
    tier_perks: str = ""
    window_qualifying: int = 0
    review_on: date | None = None  # the tier is reviewed on this day (None: lifetime)
    keep_needed: int = 0  # qualifying points still needed by the review to keep the tier
    expiring_points: int = 0
    expiring_on: date | None = None
    expiry_near: bool = False  # worth a warning now (app.domain.lots.expiry_is_near)
    stamps: list[StampProgress] = field(default_factory=list)
    rewards_ready: list[RewardReady] = field(default_factory=list)
    campaigns: list[str] = field(default_factory=list)  # active for this member today
    referred_by: str = ""
    prompt_kind: str = ""  # the next best thing to say this visit (app.domain.prompts)
    prompt: str = ""
    open_complaint: bool = False
    language: str = ""  # their own language as stored; "": the till's
    # The greeting, the thank-you and these are in the language spoken to them.
    customer: CustomerLines | None = None


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
    bonuses: list[BonusLine] = field(default_factory=list)
    stamps: list[StampProgress] = field(default_factory=list)
    rewards: list[str] = field(default_factory=list)  # full sets completed just now
    # For the customer display, in the member's language (the thank-you is too).
    customer_balance: str = ""
    new_status: str = ""  # "Jauns statuss: Vilks!" when the tier went up
    # The member as they stand after the sale, read in the sale's transaction: the till
    # shows it without asking the database again.
    member: MemberView | None = None

    @property
    def tier_up(self) -> bool:
        return self.tier_before != self.tier_after and not self.duplicate


@dataclass(frozen=True, slots=True)
class RefundResult:
    purchase_id: uuid.UUID
    points_taken_back: int
    points_returned: int
    balance: int
    already_refunded: bool  # nothing was left to refund (the older whole-refund call)
    refund_id: uuid.UUID | None = None
    amount_minor: int = 0  # refunded by this refund
    refunded_minor: int = 0  # refunded of the purchase in all, this one included
    paid_minor: int = 0  # the purchase's amount
    currency: str = ""
    duplicate: bool = False  # the same refund id again: the first result, nothing new
    tier_after: str = ""

    @property
    def left_minor(self) -> int:
        """What can still be refunded of the purchase."""
        return self.paid_minor - self.refunded_minor


@dataclass(frozen=True, slots=True)
class PurchaseRow:
    """A purchase as the manager finds it to refund: who, when, how much, and how much
    of it was refunded already."""
    purchase_id: uuid.UUID
    at: datetime  # UTC
    member_id: uuid.UUID
    member_name: str
    card_number: str
    amount_minor: int
    refunded_minor: int
    currency: str
    points_earned: int
    points_redeemed: int
    receipt_number: str
    cashier: str
    status: str

    @property
    def left_minor(self) -> int:
        return self.amount_minor - self.refunded_minor


@dataclass(frozen=True, slots=True)
class RefundRow:
    """One refund recorded against a purchase."""
    refund_id: uuid.UUID
    at: datetime  # UTC
    amount_minor: int
    points_taken_back: int
    points_returned: int
    reason: str
    cashier: str


@dataclass(frozen=True, slots=True)
class CheckReport:
    members: int
    ledger_rows: int
    problems: list[str]

    @property
    def ok(self) -> bool:
        return not self.problems


@dataclass(frozen=True, slots=True)
class ActionResult:
    kind: str
    points: int
    balance: int
    duplicate: bool
    message: str  # what to say to the member
    member: MemberView | None = None  # as they stand afterwards, when the till needs it


@dataclass(frozen=True, slots=True)
class ProgramSaved:
    version_id: int
    upgraded: int
    members: int


@dataclass(frozen=True, slots=True)
class CauseTotal:
    key: str
    name: str
    points: int
    donations: int
    donors: int


@dataclass(frozen=True, slots=True)
class DrawWinnerView:
    place: int
    member_id: uuid.UUID
    name: str
    card_number: str
    prize: str


@dataclass(frozen=True, slots=True)
class DrawResult:
    draw_id: uuid.UUID
    name: str
    seed: int
    as_of: datetime
    eligible: int
    digest: str
    winners: list[DrawWinnerView]


@dataclass(frozen=True, slots=True)
class GiftInput:
    what: str
    category: str  # upgrade, extra_item, service, points
    reason: str  # out_of_stock, long_wait, complaint, birthday, tier_perk, just_because
    value_minor: int = 0
    points: int = 0


@dataclass(frozen=True, slots=True)
class GiftResult:
    gift_id: uuid.UUID
    phrase: str  # the words to say out loud
    points: int
    balance: int
    duplicate: bool


@dataclass(frozen=True, slots=True)
class ComplaintInput:
    facts: str
    opinions: str = ""
    reflection: str = ""
    summary: str = ""
    solution: str = ""
    compensation: str = "none"  # none, points, gift, discount
    points: int = 0
    discount_percent: int = 0
    gift: GiftInput | None = None


@dataclass(frozen=True, slots=True)
class ComplaintView:
    complaint_id: uuid.UUID
    member_id: uuid.UUID | None
    member_name: str
    created_at: datetime
    facts: str
    opinions: str
    reflection: str
    summary: str
    solution: str
    compensation: str
    points: int
    discount_percent: int
    status: str
    follow_up: str
    cashier: str
    phrase: str = ""  # the words for the compensation, when one was given
    gift_id: uuid.UUID | None = None  # the compensation's gift record, to confirm as said


@dataclass(frozen=True, slots=True)
class GiftReport:
    gifts: int
    cost_minor: int
    points: int
    said: int  # confirmed as said out loud
    by_reason: dict[str, tuple[int, int]]  # reason -> (count, cost)
    by_cashier: dict[str, tuple[int, int]]
    came_back: dict[int, tuple[float | None, float | None]]  # days -> (gifted, not gifted) shares

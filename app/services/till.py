"""What the cashier does at the counter: find and open a member, enrol or edit them,
record a purchase, a donation, help points, a gift or a complaint, refund, replace a
card. Each method is one unit of work (services/unit_of_work.py) around one service
function, which holds the rule."""

from __future__ import annotations

import uuid
from dataclasses import replace

from sqlalchemy.orm import Session

from app.db.models import LedgerEntry, Member
from app.domain.errors import DomainError
from app.domain.giving import Verification
from app.domain.program import Line
from app.domain.slip import Slip
from app.services import actions, cards, care, giving, member_view, members, refunds, sales, slips
from app.services.context import ServiceContext
from app.services.dto import (
    ActionResult,
    MemberInput,
    MemberView,
    PurchaseResult,
    PurchaseRow,
    RefundResult,
    RefundRow,
    SearchHit,
)
from app.services.unit_of_work import UnitOfWork


class Till:
    def __init__(self, uow: UnitOfWork, ctx: ServiceContext):
        self._uow = uow
        self._ctx = ctx

    # ---- finding and opening a member --------------------------------------------------

    def search(self, query: str, limit: int = members.SEARCH_LIMIT, *,
               refuse_bad_card: bool = False) -> list[SearchHit]:
        return self._uow.read("find", lambda s: members.search(s, self._ctx, query, limit,
                                                          refuse_bad_card))

    def searchable(self, query: str) -> bool:
        """Whether ``query`` names or numbers anyone (a paste of symbols or control
        characters does not): only then is "nobody found" an invitation to enrol."""
        return members.searchable(query)

    def find_referrer(self, text: str) -> tuple[SearchHit | None, int]:
        return self._uow.read("find", lambda s: members.find_referrer(s, self._ctx, text))

    def find_by_card(self, card: str) -> uuid.UUID:
        return self._uow.read("find", lambda s: self._by_card(s, card))

    def _by_card(self, s: Session, card: str) -> uuid.UUID:
        try:
            return members.find_by_card(s, card)
        except members.MemberNotFound:
            # Only a miss asks whether the card was replaced: scans stay one seek.
            blocked = cards.blocked_error(s, self._ctx, card.strip())
            if blocked is not None:
                raise blocked from None
            raise

    def member(self, member_id: uuid.UUID) -> MemberView:
        """Open a member: their due expiry and their view, in one transaction."""
        return self._uow("find", lambda s: member_view.open_member(s, self._ctx, member_id))

    def member_count(self) -> int:
        return self._uow.read("find", members.count)

    def old_cards(self, member_id: uuid.UUID):
        return self._uow("find", lambda s: cards.old_cards(s, self._ctx, member_id))

    # ---- enrolling and editing ---------------------------------------------------------

    def enrol(self, data: MemberInput, member_id: uuid.UUID | None = None) -> uuid.UUID:
        return self._uow("enrol", lambda s: members.enrol(s, self._ctx, data, member_id))

    def edit_member(self, member_id: uuid.UUID, data: MemberInput) -> None:
        self._uow("edit_member", lambda s: members.edit(s, self._ctx, member_id, data))

    def replace_card(self, member_id: uuid.UUID, reason: str = "lost"):
        return self._uow("replace_card",
                         lambda s: cards.replace_card(s, self._ctx, member_id, reason))

    # ---- the sale and its refunds ------------------------------------------------------

    def record_purchase(self, purchase_id: uuid.UUID, member_id: uuid.UUID, amount_minor: int,
                        redeem_points: int = 0, receipt_number: str = "",
                        lines: tuple[Line, ...] = (),
                        verification: Verification | None = None) -> PurchaseResult:
        """``verification``: how the member was recognised; needed to pay with points.
        One transaction: the member's due expiry, the checks, the sale, and the member as
        they stand afterwards (``PurchaseResult.member``), so the till reads nothing after."""
        return self._uow("purchase", lambda s: sales.record_purchase(
            s, self._ctx, purchase_id, member_id, amount_minor, redeem_points, receipt_number,
            tuple(lines), verification))

    def slip(self, purchase_id: uuid.UUID, width_chars: int = 32, lang: str | None = None,
             shop_line: str = "") -> Slip:
        """The customer's slip of a purchase (services/slips.py), read in one transaction."""
        return self._uow.read("purchase", lambda s: slips.slip_for_purchase(
            s, self._ctx, purchase_id, width_chars, lang, shop_line))

    def refund(self, purchase_id: uuid.UUID, reason: str = "") -> RefundResult:
        """Refund all that is left of a purchase; nothing left: ``already_refunded``."""
        self._uow.check("refund")
        try:
            return self.refund_purchase(uuid.uuid4(), purchase_id, reason or "refund")
        except DomainError as exc:
            if exc.code != "refund_nothing_left":
                raise

        def balance(s: Session) -> int:
            return s.get(Member, refunds.purchase(s, self._ctx, purchase_id).member_id).balance
        return RefundResult(purchase_id, 0, 0, self._uow("refund", balance),
                            already_refunded=True)

    def refund_purchase(self, refund_id: uuid.UUID, purchase_id: uuid.UUID, reason: str,
                        amount_minor: int | None = None) -> RefundResult:
        """Refund ``amount_minor`` of a purchase (None: the rest), with a reason; once
        per ``refund_id``."""
        return self._uow("refund", lambda s: refunds.refund(s, self._ctx, refund_id, purchase_id,
                                                            reason, amount_minor))

    def find_purchases(self, member_id: uuid.UUID | None = None, receipt_number: str = "",
                       day=None, limit: int = refunds.FIND_LIMIT) -> list[PurchaseRow]:
        return self._uow.read("refund", lambda s: refunds.find_purchases(
            s, self._ctx, member_id, receipt_number, day, limit))

    def purchase(self, purchase_id: uuid.UUID) -> PurchaseRow:
        return self._uow.read("refund", lambda s: refunds.purchase(s, self._ctx, purchase_id))

    def refunds_of(self, purchase_id: uuid.UUID) -> list[RefundRow]:
        return self._uow.read("refund", lambda s: refunds.refunds_of(s, purchase_id))

    # ---- help, charity, rewards, gifts, complaints -------------------------------------

    def reward_help(self, action_id: uuid.UUID, member_id: uuid.UUID, kind: str,
                    approval: giving.Approval | None = None) -> ActionResult:
        self._uow.check("help_points")
        approver = giving.approver(self._uow, self._ctx, approval)
        return self._uow("help_points", lambda s: actions.reward_help(
            s, self._ctx, action_id, member_id, kind, approver))

    def donate(self, action_id: uuid.UUID, member_id: uuid.UUID, cause_key: str,
               points: int, verification: Verification | None = None) -> ActionResult:
        """``verification``: how the member was recognised; points are money. The result
        carries the member as they stand afterwards, read in the same transaction."""
        def give(s: Session) -> ActionResult:
            if s.get(LedgerEntry, action_id) is None:  # a repeated submit is not spent again
                giving.check_spending(s, self._ctx, member_id, points, verification,
                                      receipt=False)
            result = actions.donate(s, self._ctx, action_id, member_id, cause_key, points)
            return replace(result, member=member_view.view(s, self._ctx, member_id))
        return self._uow("donate", give)

    def give_reward(self, reward_id: uuid.UUID) -> ActionResult:
        return self._uow("give_reward", lambda s: actions.give_reward(s, self._ctx, reward_id))

    def give_gift(self, gift_id: uuid.UUID, member_id: uuid.UUID, data,
                  approval: giving.Approval | None = None):
        """A cashier gives within a limit; above it a manager at the till, or a manager's
        PIN typed on the spot (``approval``), is needed (services/giving.py)."""
        self._uow.check("gift")
        approver = giving.approver(self._uow, self._ctx, approval)
        return self._uow("gift", lambda s: care.give_gift(s, self._ctx, gift_id, member_id, data,
                                                          approver))

    def long_wait(self, gift_id: uuid.UUID, member_id: uuid.UUID,
                  approval: giving.Approval | None = None):
        self._uow.check("gift")
        approver = giving.approver(self._uow, self._ctx, approval)
        return self._uow("gift", lambda s: care.long_wait(s, self._ctx, gift_id, member_id,
                                                          approver))

    def confirm_said(self, gift_id: uuid.UUID) -> None:
        self._uow("gift", lambda s: care.confirm_said(s, self._ctx, gift_id))

    def record_complaint(self, complaint_id: uuid.UUID, member_id: uuid.UUID | None, data,
                         approval: giving.Approval | None = None):
        self._uow.check("complaint")
        approver = giving.approver(self._uow, self._ctx, approval)
        return self._uow("complaint", lambda s: care.record_complaint(
            s, self._ctx, complaint_id, member_id, data, approver))

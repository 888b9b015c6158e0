"""What a cash register asks of the shop (issue #19), as service functions on one session:
identify a member, quote a basket, commit a sale, refund, a member's summary. They use
the till's own rules (members.py, sales.py, refunds.py); the HTTP layer (app/api) and
its facade (services/register_api.py) only carry them.

A commit and a refund are answered once per the register's own id for them: the first
answer is stored (``register_call``) as the exact text sent, so a retry gets it byte for
byte, and the same id with a different body is refused (``call_id_reused``). A quote
records the sale the way the till would and rolls it back to a savepoint, so its
figures are the ones a commit records.
"""

from __future__ import annotations

import hashlib
import json
import uuid
from dataclasses import asdict, dataclass, field, replace

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.db.models import Member, Purchase, RegisterCall
from app.domain.errors import DomainError
from app.domain.giving import Verification
from app.domain.phones import normalise_phone
from app.domain.program import Line
from app.services import audit, cards, member_view, members, refunds, registers, sales
from app.services.context import ServiceContext
from app.services.dto import MemberView, PurchaseResult
from app.services.ledger import expire_member, locked_member

# A register's sale and refund become the shop's purchase and refund under ids derived
# from the register and its own id: one register's "42" is never another's.
ID_SPACE = uuid.UUID("6f1d3a52-8c1e-4b8e-9a57-1f0c2b9d7e41")
MAX_CALL_ID = 64
DEFAULT_REFUND_REASON = "refund at the register"


@dataclass(frozen=True, slots=True)
class Basket:
    """A sale as the register describes it; ``card``/``phone``: how it identified the
    customer (needed to pay with points, as at the till)."""
    member_id: uuid.UUID
    amount_minor: int
    points_to_use: int = 0
    lines: tuple[Line, ...] = ()
    card: str = ""
    phone: str = ""


@dataclass(frozen=True, slots=True)
class Sale:
    sale_id: str
    basket: Basket
    receipt_number: str = ""
    quoted_points_earned: int | None = None  # the quote's figure, checked at commit


@dataclass(frozen=True, slots=True)
class RefundCall:
    refund_id: str
    purchase_id: uuid.UUID | None = None
    receipt_number: str = ""
    amount_minor: int | None = None  # None: all that is left
    reason: str = ""


@dataclass(frozen=True, slots=True)
class Answer:
    """A recording call's answer: ``text`` the JSON sent (stored, resent on a retry);
    ``replayed`` when it is the stored one; the ids the till follows."""
    text: str
    replayed: bool
    purchase_id: uuid.UUID | None = None
    member_id: uuid.UUID | None = None
    extra: dict = field(default_factory=dict)
    # A new commit's sale as recorded (never stored; None on a replay): a till following
    # the register shows it as after its own sale (app/ui/api_host.py).
    sale: PurchaseResult | None = None


def canonical(data) -> str:
    return json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":"),
                      default=str)


def derived_id(register_id: uuid.UUID, kind: str, call_id: str) -> uuid.UUID:
    return uuid.uuid5(ID_SPACE, f"{register_id.hex}:{kind}:{call_id}")


def check_call_id(call_id: str, name: str) -> str:
    if not isinstance(call_id, str) or not call_id.strip() or len(call_id) > MAX_CALL_ID \
            or not call_id.isprintable():
        raise DomainError("call_id_invalid", "The {name} is 1 to 64 printable characters.",
                          field=name, name=name)
    return call_id


# ---- identify ------------------------------------------------------------------------


def find_member(session: Session, ctx: ServiceContext, card: str = "", phone: str = "",
                code: str = "") -> tuple[uuid.UUID, str]:
    """The member a card number, a phone or the code scanned from a card (its barcode or
    QR: the card number) names, and how: ("card"|"phone"|"code")."""
    given = [(how, text) for how, text in (("card", card), ("phone", phone), ("code", code))
             if text]
    if len(given) != 1:
        raise DomainError("identify_one", "Give one of card, phone or code.", field="card")
    how, text = given[0]
    if how == "phone":
        number = normalise_phone(text, ctx.phone_region)
        member_id = session.scalar(select(Member.id).where(Member.phone == number,
                                                           Member.erased_at.is_(None)))
        if member_id is None:
            raise members.MemberNotFound()
        return member_id, how
    number = "".join(ch for ch in text if ch.isdigit()) if how == "code" else text.strip()
    try:
        return members.find_by_card(session, number), how
    except members.MemberNotFound:
        blocked = cards.blocked_error(session, ctx, number)
        raise (blocked or members.MemberNotFound()) from None


def identify(session: Session, ctx: ServiceContext, register: registers.RegisterRow,
             card: str = "", phone: str = "", code: str = "") -> dict:
    member_id, how = find_member(session, ctx, card, phone, code)
    view = member_view.open_member(session, ctx, member_id)  # due expiry first, as the till
    audited(session, ctx, register, "api_identify", member_id.hex, by=how)
    return {**member_summary(view), "identified_by": how}


def member_summary(view: MemberView) -> dict:
    expiring = ({"points": view.expiring_points, "on": view.expiring_on.isoformat()}
                if view.expiring_points and view.expiring_on else None)
    return {"member_id": str(view.member_id), "name": view.display_name,
            "greeting": view.greeting, "card_number": view.card_number,
            "tier": {"key": view.tier_key, "name": view.tier_name, "perks": view.tier_perks},
            "balance": view.balance, "expiring": expiring}


def summary(session: Session, ctx: ServiceContext, register: registers.RegisterRow,
            member_id: uuid.UUID, slip_text=None) -> dict:
    """The member's standing for a printed slip. ``slip_text(session, ctx, member_id)``:
    the text of their latest purchase's slip (services/slips.last_slip_text), or None."""
    view = member_view.open_member(session, ctx, member_id)
    audited(session, ctx, register, "api_summary", member_id.hex)
    return {**member_summary(view),
            "next_tier": ({"name": view.next_tier_name, "points_to_next": view.points_to_next}
                          if view.next_tier_name else None),
            "stamps": [{"card": s.card_key, "name": s.name, "have": s.have, "need": s.need}
                       for s in view.stamps],
            "thank_you": view.thank_you,
            "slip_text": slip_text(session, ctx, member_id) if slip_text else None}


# ---- quote and commit ----------------------------------------------------------------


def verification(basket: Basket) -> Verification | None:
    if basket.card:
        return Verification("card", card=basket.card)
    if basket.phone:
        return Verification("phone", phone=basket.phone)
    return None


def record(session: Session, ctx: ServiceContext, purchase_id: uuid.UUID, basket: Basket,
           receipt_number: str = "") -> tuple[PurchaseResult, int]:
    """The sale as the till records it, and the most points the member could have used
    on it (the balance after due expiry, the amount and the per-receipt cap)."""
    member = locked_member(session, basket.member_id)
    if member is None or member.erased_at is not None:
        raise members.MemberNotFound()
    if ctx.program.expiry.kind != "never":
        expire_member(session, ctx, member)
    usable = ctx.program.max_redeemable(member.balance, basket.amount_minor) \
        if isinstance(basket.amount_minor, int) and basket.amount_minor > 0 else 0
    cap = ctx.program.limits.redeem_per_receipt
    usable = min(usable, cap) if cap else usable
    result = sales.record_purchase(session, ctx, purchase_id, basket.member_id,
                                   basket.amount_minor, basket.points_to_use, receipt_number,
                                   basket.lines, verification(basket), member_view=False)
    return result, usable


def quote_answer(ctx: ServiceContext, basket: Basket, result: PurchaseResult,
                 usable: int) -> dict:
    tier = ctx.program.tier_by_key(result.tier_before)
    return {"member_id": str(basket.member_id), "amount_minor": basket.amount_minor,
            "currency": ctx.program.currency, "points_to_use": result.points_redeemed,
            "points_usable_max": usable, "points_earned": result.points_earned,
            "bonuses": [{"kind": b.kind, "key": b.ref, "name": b.name, "points": b.points}
                        for b in result.bonuses],
            "balance_after": result.balance,
            "tier": {"key": tier.key, "name": tier.name(ctx.lang),
                     "perks": tier.perks_text(ctx.lang)},
            "tier_after": {"key": result.tier_after, "name": result.tier_name_after}}


def quoted(session: Session, ctx: ServiceContext, register: registers.RegisterRow,
           basket: Basket) -> dict:
    """The quote's figures: the sale recorded under a throwaway id inside a savepoint,
    then rolled back to it; only the audit row stays. The rollback also drops the
    report rollups the sale noted (rollups._forget on the rollback), so reports never
    count a quote."""
    with session.begin_nested() as scratch:
        result, usable = record(session, ctx, uuid.uuid4(), basket)
        answer = quote_answer(ctx, basket, result, usable)
        scratch.rollback()
    audited(session, ctx, register, "api_quote", basket.member_id.hex)
    return answer


def commit(session: Session, ctx: ServiceContext, register: registers.RegisterRow,
           sale: Sale) -> Answer:
    body, stored = _earlier(session, register, "commit", sale.sale_id, sale)
    if stored is not None:
        return stored
    purchase_id = derived_id(register.id, "sale", sale.sale_id)
    result, usable = record(session, ctx, purchase_id, sale.basket, sale.receipt_number)
    if result.duplicate:  # the same sale won a race while this one waited for the member
        stored = _stored(session, register, "commit", sale.sale_id, body)
        if stored is not None:
            return stored
    if sale.quoted_points_earned is not None \
            and sale.quoted_points_earned != result.points_earned:
        raise DomainError("quote_changed", "The points to be earned are now {points}, not "
                          "{quoted}: quote again.", points=result.points_earned,
                          quoted=sale.quoted_points_earned)
    answer = {**quote_answer(ctx, sale.basket, result, usable), "sale_id": sale.sale_id,
              "purchase_id": str(purchase_id), "receipt_number": sale.receipt_number.strip(),
              "balance": result.balance, "thank_you": result.thank_you}
    del answer["balance_after"]
    return replace(_store(session, ctx, register, "commit", sale.sale_id, body, answer,
                          purchase_id, sale.basket.member_id), sale=result)


# ---- refund --------------------------------------------------------------------------


def _refunded_purchase(session: Session, register: registers.RegisterRow,
                       call: RefundCall) -> uuid.UUID:
    """The purchase a refund names: by id, or by receipt number (this register's sale
    with it first; else the only purchase in the shop with it)."""
    if (call.purchase_id is None) == (not (call.receipt_number or "").strip()):
        raise DomainError("refund_which", "Give the purchase_id or the receipt_number.",
                          field="purchase_id")
    if call.purchase_id is not None:
        return call.purchase_id
    number = call.receipt_number.strip()
    ours = list(session.scalars(
        select(Purchase.id).join(RegisterCall, RegisterCall.purchase_id == Purchase.id)
        .where(RegisterCall.register_id == register.id, RegisterCall.kind == "commit",
               Purchase.receipt_number == number).limit(2)))
    found = ours or list(session.scalars(select(Purchase.id).where(
        Purchase.receipt_number == number).limit(2)))
    if not found:
        raise DomainError("purchase_not_found", "No such purchase.")
    if len(found) > 1:
        raise DomainError("receipt_ambiguous", "More than one purchase has receipt number "
                          "{number}: give the purchase_id.", field="receipt_number",
                          number=number)
    return found[0]


def refund(session: Session, ctx: ServiceContext, register: registers.RegisterRow,
           call: RefundCall) -> Answer:
    body, stored = _earlier(session, register, "refund", call.refund_id, call)
    if stored is not None:
        return stored
    purchase_id = _refunded_purchase(session, register, call)
    done = refunds.refund(session, ctx, derived_id(register.id, "refund", call.refund_id),
                          purchase_id, call.reason or DEFAULT_REFUND_REASON, call.amount_minor)
    answer = {"refund_id": call.refund_id, "purchase_id": str(purchase_id),
              "amount_minor": done.amount_minor, "refunded_minor": done.refunded_minor,
              "left_minor": done.left_minor, "currency": done.currency,
              "points_taken_back": done.points_taken_back,
              "points_returned": done.points_returned, "balance": done.balance,
              "tier": done.tier_after}
    member_id = session.scalar(select(Purchase.member_id).where(Purchase.id == purchase_id))
    return _store(session, ctx, register, "refund", call.refund_id, body, answer, purchase_id,
                  member_id)


# ---- the first answer, kept ----------------------------------------------------------


FIELD = {"commit": "sale_id", "refund": "refund_id"}  # the register's id of each kind


def _earlier(session: Session, register: registers.RegisterRow, kind: str, call_id: str,
             request) -> tuple[str, Answer | None]:
    """The request's hash, and the first answer if this id was answered before."""
    check_call_id(call_id, FIELD[kind])
    body = hashlib.sha256(canonical(asdict(request)).encode("utf-8")).hexdigest()
    return body, _stored(session, register, kind, call_id, body)


def _stored(session: Session, register: registers.RegisterRow, kind: str, call_id: str,
            body: str) -> Answer | None:
    """The first answer to this call, if there was one; the same id with another body is
    refused, nothing recorded."""
    row = session.scalar(select(RegisterCall).where(
        RegisterCall.register_id == register.id, RegisterCall.kind == kind,
        RegisterCall.call_id == call_id))
    if row is None:
        return None
    if row.body_hash != body:
        raise DomainError("call_id_reused", "This {kind} id was already used for a different "
                          "{kind}.", field=FIELD[kind],
                          kind="sale" if kind == "commit" else kind)
    member_id = session.scalar(select(Purchase.member_id).where(Purchase.id == row.purchase_id))
    return Answer(row.answer, True, row.purchase_id, member_id)


def _store(session: Session, ctx: ServiceContext, register: registers.RegisterRow, kind: str,
           call_id: str, body: str, answer: dict, purchase_id: uuid.UUID,
           member_id: uuid.UUID | None) -> Answer:
    text = canonical(answer)
    session.add(RegisterCall(register_id=register.id, kind=kind, call_id=call_id,
                             body_hash=body, answer=text, purchase_id=purchase_id,
                             created_at=ctx.clock()))
    audited(session, ctx, register, f"api_{kind}", purchase_id.hex)
    return Answer(text, False, purchase_id, member_id)


def audited(session: Session, ctx: ServiceContext, register: registers.RegisterRow, action: str,
           target: str, **details) -> None:
    """Every call is audited with its register; ids only, never names or phones."""
    registers.note_use(session, ctx, register.id)
    audit.record(session, ctx, action, target, register=register.id.hex, **details)

"""Member cards: the owner's design, batches to print, print runs, lost cards.

The card is a convenience, never required (a member is found by phone or name just
as fast); so a lost card is routine: the member gets a new number at the counter and
the old one is blocked, never issued again. Scanning it says so and offers the member.
"""

from __future__ import annotations

import json
import secrets
import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime
from typing import TYPE_CHECKING

from sqlalchemy import exists, func, select
from sqlalchemy.orm import Session

from app.cards.design import CardDesign
from app.db.models import BlockedCard, CardDesignVersion, CardPrintRun, Member, PrintedCard
from app.domain.cards import card_number_for
from app.domain.errors import DomainError
from app.domain.names import full_name
from app.services import audit
from app.services.common import live_member
from app.services.context import ServiceContext
from app.services.dto import SearchHit

if TYPE_CHECKING:  # Pillow and the fonts load when cards are drawn, not at every start
    from app.cards.render import CardFace  # Pillow and the fonts: only when cards are drawn

REPLACE_REASONS = ("lost", "damaged", "stolen")
_CHUNK = 500


@dataclass(frozen=True, slots=True)
class CardBatch:
    """What to print: the design in force and one face per member, in order."""
    batch: str
    design_id: int | None
    design: CardDesign
    member_ids: tuple[uuid.UUID, ...]
    faces: tuple[CardFace, ...]


@dataclass(frozen=True, slots=True)
class PrintRunView:
    run_id: uuid.UUID
    at: datetime  # local time
    staff: str
    batch: str
    layout: str
    cards: int


@dataclass(frozen=True, slots=True)
class CardReplaced:
    old_number: str | None
    new_number: str


@dataclass(frozen=True, slots=True)
class OldCard:
    number: str
    blocked_at: datetime  # local time
    reason: str
    replaced_by: str | None


class CardBlocked(DomainError):
    """A scan of a replaced card: say so, and offer the member it belonged to."""

    def __init__(self, number: str, name: str, day: date, hit: SearchHit):
        # ``day`` stays a date: the UI writes it as the till's language does.
        super().__init__("card_blocked", f"This card was blocked on {day:%d.%m.%Y} and replaced; "
                         f"it belonged to {name}.", field="card", card=number, name=name,
                         day=day, member_id=hit.member_id, hit=hit)


def _who(ctx: ServiceContext) -> str:
    return ctx.cashier or (ctx.staff.name if ctx.staff else "")


# ---- the design ---------------------------------------------------------------------


def default_design(ctx: ServiceContext) -> CardDesign:
    return CardDesign(shop_name=ctx.program.name or "Regulars", lang=ctx.lang)


def current_design(session: Session, ctx: ServiceContext) -> tuple[int | None, CardDesign]:
    row = session.scalar(select(CardDesignVersion).order_by(CardDesignVersion.id.desc()).limit(1))
    if row is None:
        return None, default_design(ctx)
    return row.id, CardDesign.from_dict(json.loads(row.body), row.logo)


def save_design(session: Session, ctx: ServiceContext, data: dict,
                logo: bytes | None) -> int:
    """Validate and keep a new version (earlier print runs point to the one they used)."""
    design = CardDesign.from_dict(data, logo)
    row = CardDesignVersion(body=json.dumps(design.to_dict(), ensure_ascii=False),
                            logo=design.logo, created_at=ctx.clock(), cashier=_who(ctx))
    session.add(row)
    session.flush()
    return row.id


# ---- batches --------------------------------------------------------------------------

_FACE_COLUMNS = (Member.id, Member.first_name, Member.last_name, Member.card_number,
                 Member.tier_key, Member.created_at)


def _printable():
    return (Member.erased_at.is_(None), Member.card_number.is_not(None))


def _rows(session: Session, ctx: ServiceContext, batch: str,
          member_ids: Iterable[uuid.UUID]) -> list:
    stmt = select(*_FACE_COLUMNS).where(*_printable())
    order = (Member.created_at, Member.id)
    if batch == "all":
        return session.execute(stmt.order_by(*order)).all()
    if batch == "new":
        # Never printed with the number it has now: new members, and new numbers
        # after a lost card, since the last print run(s).
        printed = exists().where(PrintedCard.card_number == Member.card_number)
        return session.execute(stmt.where(~printed).order_by(*order)).all()
    if batch.startswith("tier:"):
        key = batch[5:]
        if key not in {t.key for t in ctx.program.tiers}:
            raise DomainError("card_tier_unknown", "There is no such tier.", field="tier",
                              tier=key)
        return session.execute(stmt.where(Member.tier_key == key).order_by(*order)).all()
    if batch in ("selection", "member"):
        wanted = list(dict.fromkeys(member_ids))
        found: dict[uuid.UUID, tuple] = {}
        for i in range(0, len(wanted), _CHUNK):
            part = wanted[i:i + _CHUNK]
            for row in session.execute(stmt.where(Member.id.in_(part))):
                found[row[0]] = row
        missing = [m for m in wanted if m not in found]
        if missing:
            raise DomainError("member_gone", "This member no longer exists.",
                              member_id=missing[0])
        return [found[m] for m in wanted]  # in the order chosen
    raise DomainError("card_batch_unknown", "Choose which cards to print.", field="batch")


def batch(session: Session, ctx: ServiceContext, batch_name: str,
          member_ids: Iterable[uuid.UUID] = ()) -> CardBatch:
    design_id, design = current_design(session, ctx)
    rows = _rows(session, ctx, batch_name, member_ids)
    if not rows:
        raise DomainError("cards_none", "There are no cards to print in this batch.")
    faces = tuple(face_for(ctx, design, row) for row in rows)
    return CardBatch(batch_name, design_id, design, tuple(r[0] for r in rows), faces)


def face_for(ctx: ServiceContext, design: CardDesign, row) -> CardFace:
    from app.cards.render import CardFace  # Pillow and the fonts: only when cards are drawn
    _mid, first, last, number, tier_key, created_at = row
    tier = ctx.program.tier_by_key(tier_key)
    return CardFace(name=full_name(first, None, last), tier_key=tier.key,
                    tier_name=tier.name(design.lang), number=number,
                    since=ctx.local(created_at).strftime("%m.%Y"), tier_colour=tier.colour)


def count_new(session: Session) -> int:
    printed = exists().where(PrintedCard.card_number == Member.card_number)
    return session.scalar(select(func.count()).select_from(Member)
                          .where(*_printable(), ~printed))


# ---- print runs -------------------------------------------------------------------------


def record_run(session: Session, ctx: ServiceContext, run_id: uuid.UUID, printed: CardBatch,
               layout: str) -> bool:
    """Who printed which cards, when. Idempotent on ``run_id``: False if already kept."""
    if session.get(CardPrintRun, run_id) is not None:
        return False
    session.add(CardPrintRun(id=run_id, created_at=ctx.clock(), cashier=_who(ctx),
                             till_id=ctx.till_id, batch=printed.batch[:60], layout=layout,
                             cards=len(printed.faces), design_id=printed.design_id))
    session.flush()
    session.execute(PrintedCard.__table__.insert(), [
        {"run_id": run_id, "member_id": mid, "card_number": face.number}
        for mid, face in zip(printed.member_ids, printed.faces, strict=True)])
    return True


def runs(session: Session, ctx: ServiceContext, limit: int = 50) -> list[PrintRunView]:
    rows = session.scalars(select(CardPrintRun).order_by(CardPrintRun.created_at.desc())
                           .limit(limit))
    return [PrintRunView(r.id, ctx.local(r.created_at), r.cashier, r.batch, r.layout, r.cards)
            for r in rows]


# ---- lost cards -----------------------------------------------------------------------


def is_blocked(session: Session, number: str) -> bool:
    return session.get(BlockedCard, number) is not None


def free_card_number(session: Session) -> str:
    """A random number nobody holds and that was never blocked."""
    while True:
        number = card_number_for(secrets.randbelow(10 ** 10))
        taken = session.scalar(select(Member.id).where(Member.card_number == number))
        if taken is None and not is_blocked(session, number):
            return number


def replace_card(session: Session, ctx: ServiceContext, member_id: uuid.UUID,
                 reason: str = "lost") -> CardReplaced:
    """A new number for the member; the old one is blocked for good. Points, tier and
    history stay with the member, who is the same person with a new card."""
    if reason not in REPLACE_REASONS:
        raise DomainError("card_reason", "Choose why the card is replaced.", field="reason")
    member = live_member(session, member_id)
    old = member.card_number
    new = free_card_number(session)
    if old:
        session.add(BlockedCard(card_number=old, member_id=member.id, replaced_by=new,
                                reason=reason, blocked_at=ctx.clock(), cashier=_who(ctx),
                                till_id=ctx.till_id))
    member.card_number = new
    member.updated_at = ctx.clock()
    audit.record(session, ctx, "card_replaced", member.id.hex, reason=reason)
    return CardReplaced(old, new)


def blocked_error(session: Session, ctx: ServiceContext, number: str) -> DomainError | None:
    """Why a scanned number opens nobody, when it was blocked; None if it never existed."""
    row = session.get(BlockedCard, number)
    if row is None:
        return None
    member = session.get(Member, row.member_id) if row.member_id else None
    if member is None or member.erased_at is not None:
        return DomainError("card_blocked_gone", "This card was blocked and belongs to nobody "
                           "now.", field="card")
    name = full_name(member.first_name, member.patronymic, member.last_name)
    hit = SearchHit(member.id, name, member.phone_display or "", member.card_number or "",
                    member.tier_key, member.balance, "blocked_card")
    return CardBlocked(number, name, ctx.local(row.blocked_at).date(), hit)


def old_cards(session: Session, ctx: ServiceContext, member_id: uuid.UUID) -> list[OldCard]:
    rows = session.scalars(select(BlockedCard).where(BlockedCard.member_id == member_id)
                           .order_by(BlockedCard.blocked_at))
    return [OldCard(r.card_number, ctx.local(r.blocked_at), r.reason, r.replaced_by)
            for r in rows]


def retire_for_erasure(session: Session, ctx: ServiceContext, member: Member) -> None:
    """On erasure: the member's card stays blocked (a found card must not open someone
    else later) but no number points to the person any more."""
    session.query(BlockedCard).filter(BlockedCard.member_id == member.id).update(
        {BlockedCard.member_id: None, BlockedCard.replaced_by: None},  # no chain to follow
        synchronize_session=False)
    if member.card_number and not is_blocked(session, member.card_number):
        session.add(BlockedCard(card_number=member.card_number, member_id=None,
                                replaced_by=None, reason="erased", blocked_at=ctx.clock(),
                                cashier=_who(ctx), till_id=ctx.till_id))


def problems(session: Session) -> list[str]:
    """For `regulars check`: a blocked number must open nobody."""
    rows = session.execute(select(Member.id, Member.card_number).join(
        BlockedCard, BlockedCard.card_number == Member.card_number)).all()
    return [f"member {mid} holds the blocked card {number}" for mid, number in rows]

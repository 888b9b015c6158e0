"""Personal data: opt-ins, subject access, erasure; and manual point adjustments.

Erasure anonymises the member in place: every field that identifies a person is
cleared, while purchases and the ledger stay for the accounts. The engine runs
with ``secure_delete`` on, so the old bytes are overwritten, and the WAL is
checkpointed afterwards, so the erased data is not left in either file.

Free text typed by staff about the member goes too: gift descriptions, complaint
texts, and the reasons on the member's ledger rows. The ledger stays append-only for
what it accounts: no row is added or removed and no amount, kind, date, purchase or
reference changes; only the reason text of an erased member's rows becomes "—" (a
reason may be an adjustment's or a refund's words, or the gift given). The audit,
which nothing may change, never gets free text about a member: ids, not names, and
the erasure's own reason with the member's identifiers taken out.
"""

from __future__ import annotations

import logging
import uuid

from sqlalchemy import delete, select, update
from sqlalchemy.orm import Session

from app.db import dialect, search_index
from app.db.models import (
    BlockedCard,
    Complaint,
    Gift,
    LedgerEntry,
    Member,
    PrintedCard,
    Purchase,
    Refund,
    Reward,
    Stamp,
)
from app.domain.errors import DomainError
from app.domain.points_input import points_too_large
from app.domain.redaction import scrub
from app.services import audit, cards, tiers
from app.services.common import live_member
from app.services.context import ServiceContext
from app.services.ledger import locked_member, post

log = logging.getLogger(__name__)
ERASED_TEXT = "—"  # what an erased member's name and the staff's words about them become


def set_opt_ins(session: Session, ctx: ServiceContext, member_id: uuid.UUID, sms: bool,
                email: bool) -> None:
    member = live_member(session, member_id)
    if (member.sms_opt_in, member.email_opt_in) != (sms, email):
        audit.record(session, ctx, "opt_in_changed", member.id.hex, sms=sms, email=email)
    member.sms_opt_in, member.email_opt_in = sms, email
    member.updated_at = ctx.clock()


def erase(session: Session, ctx: ServiceContext, member_id: uuid.UUID, reason: str,
          withdrawn: bool = False, approved_by: str = "") -> None:
    """Anonymise on request. The balance, purchases and ledger stay; the person does not."""
    if not reason.strip():
        raise DomainError("reason_required", "Give the reason.", field="reason")
    member = live_member(session, member_id)
    said = _identifiers(session, member)
    exact = search_index.delete_for_good(session.connection())
    now = ctx.clock()
    cards.retire_for_erasure(session, ctx, member)  # the card stays blocked, unlinked
    for column in ("patronymic", "last_name", "address_as", "language", "phone", "phone_rev",
                   "phone_display", "email", "birthday", "card_number", "referred_by_id"):
        setattr(member, column, None)
    member.first_name = ERASED_TEXT
    member.name_key = ""
    member.notes = ""
    member.sms_opt_in = member.email_opt_in = False
    member.birthday_changed_at = None
    member.erased_at = now
    if withdrawn:
        member.consent_withdrawn_at = now
    member.updated_at = now
    _forget_words(session, member.id)
    session.flush()  # the search index's triggers run now
    if not exact:
        search_index.compact(session.connection())
    details = {"approved_by": approved_by} if approved_by else {}
    audit.record(session, ctx, "member_erased", member.id.hex, withdrawn=withdrawn,
                 reason=scrub(reason.strip(), said)[:200], **details)


def _identifiers(session: Session, member: Member) -> list[str | None]:
    """What names the person, to be kept out of the audit's record of the erasure."""
    old_cards = session.scalars(select(BlockedCard.card_number)
                                .where(BlockedCard.member_id == member.id)).all()
    return [member.first_name, member.patronymic, member.last_name, member.address_as,
            member.phone, member.phone_display, member.email, member.card_number, *old_cards]


def _forget_words(session: Session, member_id: uuid.UUID) -> None:
    """Words said and written about the person go; the amounts stay."""
    session.execute(update(Gift).where(Gift.member_id == member_id)
                    .values(what=ERASED_TEXT, phrase=""))
    session.execute(update(Complaint).where(Complaint.member_id == member_id)
                    .values(facts="", opinions="", reflection="", summary="", solution="",
                            follow_up=""))
    session.execute(update(LedgerEntry).where(LedgerEntry.member_id == member_id)
                    .values(reason=ERASED_TEXT))
    session.execute(update(Refund).where(Refund.member_id == member_id)
                    .values(reason=ERASED_TEXT))
    # Which numbers were printed for the person: the numbers stay blocked, unlinked.
    session.execute(delete(PrintedCard).where(PrintedCard.member_id == member_id))


def checkpoint(session: Session) -> None:
    """Move the WAL into the main file and truncate it (SQLite), so the erased data's
    old pages are not left in the WAL."""
    if dialect.of(session).checkpoint(session.connection()):
        # still busy after the busy timeout; SQLite empties the WAL on close
        log.warning("the WAL could not be emptied after an erasure: another connection "
                    "was busy; it is emptied when the till closes")


def subject_access(session: Session, ctx: ServiceContext, member_id: uuid.UUID) -> dict:
    """Everything held about one member, and nobody else."""
    m = session.get(Member, member_id)
    if m is None:
        raise DomainError("member_gone", "This member no longer exists.")

    def iso(value):  # dates and times as ISO text; everything else as it is
        return value.isoformat() if hasattr(value, "isoformat") else value

    person = {c: iso(getattr(m, c)) for c in (
        "first_name", "patronymic", "last_name", "address_as", "language", "phone", "email",
        "birthday", "notes", "card_number", "consent_at", "consent_version", "consent_by",
        "consent_withdrawn_at", "sms_opt_in",
        "email_opt_in", "balance", "qualifying_points", "tier_key", "visits", "last_visit_at",
        "created_at", "updated_at", "erased_at")}
    person["id"] = m.id.hex
    purchases = [{"id": p.id.hex, "at": iso(p.created_at), "amount_minor": p.amount_minor,
                  "currency": p.currency, "points_earned": p.points_earned,
                  "points_redeemed": p.points_redeemed, "status": p.status,
                  "refunded_minor": p.refunded_minor, "receipt_number": p.receipt_number}
                 for p in session.scalars(select(Purchase).where(Purchase.member_id == m.id)
                                          .order_by(Purchase.created_at))]
    ledger = [{"at": iso(e.created_at), "kind": e.kind, "points": e.points,
               "qualifying": e.qualifying, "reason": e.reason}
              for e in session.scalars(select(LedgerEntry).where(LedgerEntry.member_id == m.id)
                                       .order_by(LedgerEntry.created_at))]
    # Each refund, whole or in part, of the member's purchases: what it gave back in
    # money and points and why (its points rows are the ledger's reversals).
    refunds = [{"id": r.id.hex, "purchase_id": r.purchase_id.hex, "at": iso(r.created_at),
                "amount_minor": r.amount_minor, "currency": r.currency,
                "points_taken_back": r.points_taken_back, "points_returned": r.points_returned,
                "stamps_taken_back": r.stamps_taken_back, "reason": r.reason}
               for r in session.scalars(select(Refund).where(Refund.member_id == m.id)
                                        .order_by(Refund.created_at))]
    gifts = [{"at": iso(g.created_at), "what": g.what, "reason": g.reason, "points": g.points}
             for g in session.scalars(select(Gift).where(Gift.member_id == m.id))]
    complaints = [{"at": iso(c.created_at), "facts": c.facts, "opinions": c.opinions,
                   "solution": c.solution, "status": c.status}
                  for c in session.scalars(select(Complaint).where(Complaint.member_id == m.id))]
    rewards = [{"at": iso(r.issued_at), "what": r.text, "given": iso(r.given_at)}
               for r in session.scalars(select(Reward).where(Reward.member_id == m.id))]
    stamps = [{"card": s.card_key, "stamps": s.stamps, "at": iso(s.created_at)}
              for s in session.scalars(select(Stamp).where(Stamp.member_id == m.id))]
    audit.record(session, ctx, "subject_access_export", m.id.hex)
    return {"member": person, "purchases": purchases, "refunds": refunds, "ledger": ledger,
            "gifts": gifts,
            "complaints": complaints, "rewards": rewards, "stamps": stamps,
            "exported_at": iso(ctx.clock())}


def adjust_points(session: Session, ctx: ServiceContext, entry_id: uuid.UUID,
                  member_id: uuid.UUID, points: int, reason: str) -> int:
    """A manager's correction, with a reason that is required and audited."""
    if session.get(LedgerEntry, entry_id) is not None:
        return session.get(Member, member_id).balance
    locked_member(session, member_id)  # another till may be changing the balance
    member = live_member(session, member_id)
    if not isinstance(points, int) or points == 0:
        raise DomainError("adjust_zero", "Enter the points to add or take (not 0).",
                          field="points")
    if (too_large := points_too_large(points)) is not None:
        raise too_large
    if not reason.strip():
        raise DomainError("reason_required", "Give the reason.", field="reason")
    post(session, ctx, member, "adjustment", points, entry_id=entry_id, reason=reason.strip())
    tiers.refresh(session, ctx, member, "adjustment")
    # The reason is in the ledger row (erasable); the audit points at it by id.
    audit.record(session, ctx, "points_adjusted", member.id.hex, points=points,
                 entry=entry_id.hex)
    return member.balance

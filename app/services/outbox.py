"""Sales and enrolments recorded at a till while the shop's server is away (issue #17).

They are written to the till's local file (a Regulars SQLite database: the same
services find and show members on it) as outbox rows, each in ONE local transaction
with what the screen shows: the points the sale earns, computed by the same program
rules as the server's under the program in force at the till, are *pending* until the
server has recorded the sale (services/sender.py). The member is shown with their
balance as of the last sync plus the pending points of their waiting rows.

Paying with points offline follows the owner's policy: off by default (0), or at most
N points per member per local day, counted from the outbox; refused in words.
"""

from __future__ import annotations

import json
import uuid
from dataclasses import asdict, dataclass, replace
from datetime import date, datetime

from sqlalchemy import delete, func, select, update
from sqlalchemy.orm import Session

from app.db.models import Member, OutboxRow
from app.domain.customer_words import balance_line
from app.domain.errors import DomainError
from app.domain.giving import Verification
from app.domain.program import Line
from app.services import giving, members, sales
from app.services import member_view as till_view
from app.services.context import ServiceContext
from app.services.dto import MemberInput, MemberView

WAITING, ASIDE = "waiting", "aside"
PURCHASE, ENROL = "purchase", "enrol"


@dataclass(frozen=True, slots=True)
class PendingMember:
    """A member as the till shows them offline: ``view.balance`` already counts the
    pending points (``pending``: earned minus spent in waiting sales)."""
    view: MemberView
    pending: int


@dataclass(frozen=True, slots=True)
class OfflineSale:
    """A sale recorded in the outbox: its points are pending until the server has it."""
    purchase_id: uuid.UUID
    points_pending: int
    points_redeemed: int
    balance_shown: int  # as of the last sync, with every pending sale of the member
    duplicate: bool = False


@dataclass(frozen=True, slots=True)
class OutboxStatus:
    """Where the till stands: ``offline_since`` (UTC) is None while the server answers."""
    offline_since: datetime | None
    waiting: int
    set_aside: int

    @property
    def all_sent(self) -> bool:
        return self.waiting == 0

    def words(self, local_time: str = "") -> str:
        """English words for the log and the command line; the till says it with tr()."""
        parts = [f"offline since {local_time}" if self.offline_since else "online"]
        parts.append(f"{self.waiting} sales waiting" if self.waiting else "all sent")
        if self.set_aside:
            parts.append(f"{self.set_aside} set aside")
        return " — ".join(parts)


@dataclass(frozen=True, slots=True)
class SetAside:
    """A row the server refused, with its reason, for a manager to see."""
    client_id: uuid.UUID
    kind: str
    member_id: uuid.UUID
    recorded_at: datetime
    amount_minor: int
    reason_code: str
    reason: str


def record_sale(session: Session, ctx: ServiceContext, purchase_id: uuid.UUID,
                member_id: uuid.UUID, amount_minor: int, redeem_points: int = 0,
                receipt_number: str = "", lines: tuple[Line, ...] = (),
                verification: Verification | None = None,
                redeem_per_day: int = 0) -> OfflineSale:
    """Record a sale in the outbox, once per ``purchase_id`` (a repeat returns the first)."""
    row = _row(session, purchase_id)
    if row is not None:
        return _sale(session, row, duplicate=True)
    lines = sales.checked_input(ctx, amount_minor, redeem_points, receipt_number, tuple(lines))
    member = _live(session, member_id)
    today = ctx.today()
    if redeem_points:
        _check_offline_redeem(session, member.id, redeem_points, today, redeem_per_day)
        giving.check_spending(session, ctx, member.id, redeem_points, verification)
    shown = member.balance + pending_points(session, member.id)
    ctx.program.check_redemption(shown, amount_minor, redeem_points)
    earning = ctx.program.earn(ctx.program.tier_by_key(member.tier_key), amount_minor,
                               redeem_points, today, lines, ctx.lang)
    body = dict(amount_minor=amount_minor, redeem_points=redeem_points,
                receipt_number=receipt_number,
                lines=[asdict(line) for line in lines],
                verification=_verification_dict(verification), cashier=ctx.cashier,
                till_id=str(ctx.till_id) if ctx.till_id else None,
                program_version_id=ctx.program_version_id)
    row = _insert(session, ctx, purchase_id, PURCHASE, member.id, body, earning.total,
                  redeem_points, today)
    return _sale(session, row, duplicate=False)


def enrol(session: Session, ctx: ServiceContext, data: MemberInput,
          member_id: uuid.UUID) -> uuid.UUID:
    """Enrol on the local file (the same checks and card number as online) and queue the
    enrolment, in one transaction; ``member_id`` is the client's id, kept on the server
    unless the merge rule makes it an alias (services/sender.py). Idempotent."""
    if _row(session, member_id) is not None:
        return member_id
    members.enrol(session, ctx, data, member_id)
    card = session.get(Member, member_id).card_number or ""
    body = dict(member=_input_dict(replace(data, card_number=card)), cashier=ctx.cashier,
                program_version_id=ctx.program_version_id)
    _insert(session, ctx, member_id, ENROL, member_id, body, 0, 0, ctx.today())
    return member_id


def member_view(session: Session, ctx: ServiceContext, member_id: uuid.UUID) -> PendingMember:
    """The member on the local file as the till shows them offline."""
    view = till_view.view(session, ctx, member_id)
    pending = pending_points(session, member_id)
    shown = view.balance + pending
    customer = replace(view.customer, balance=balance_line(shown, view.customer.lang))
    return PendingMember(replace(view, balance=shown, customer=customer), pending)


def pending_points(session: Session, member_id: uuid.UUID) -> int:
    """Points earned minus points spent by the member's waiting sales."""
    total = session.execute(select(
        func.coalesce(func.sum(OutboxRow.points_pending - OutboxRow.points_redeemed), 0))
        .where(OutboxRow.member_id == member_id, OutboxRow.status == WAITING)).scalar_one()
    return int(total)


def status(session: Session, offline_since: datetime | None) -> OutboxStatus:
    counts = dict(session.execute(select(OutboxRow.status, func.count())
                                  .group_by(OutboxRow.status)).all())
    return OutboxStatus(offline_since, counts.get(WAITING, 0), counts.get(ASIDE, 0))


def waiting(session: Session, limit: int) -> list[OutboxRow]:
    """The next rows to send: enrolments first (their sales name them), then oldest first."""
    return list(session.scalars(select(OutboxRow).where(OutboxRow.status == WAITING)
                                .order_by((OutboxRow.kind == ENROL).desc(), OutboxRow.seq)
                                .limit(limit)))


def settle(session: Session, sent: list[int], refused: list[tuple[int, DomainError]]) -> None:
    """Forget the rows the server committed; set the refused ones aside with their words."""
    if sent:
        session.execute(delete(OutboxRow).where(OutboxRow.seq.in_(sent)))
    for seq, error in refused:
        session.execute(update(OutboxRow).where(OutboxRow.seq == seq).values(
            status=ASIDE, tries=OutboxRow.tries + 1, reason_code=error.code[:40],
            reason=str(error.message)[:300]))


def set_aside(session: Session) -> list[SetAside]:
    rows = session.scalars(select(OutboxRow).where(OutboxRow.status == ASIDE)
                           .order_by(OutboxRow.seq))
    return [SetAside(r.client_id, r.kind, r.member_id, r.recorded_at,
                     json.loads(r.body).get("amount_minor", 0), r.reason_code, r.reason)
            for r in rows]


def redeem_left(session: Session, member_id: uuid.UUID, today: date, per_day: int) -> int:
    """Points the member may still spend ``today`` while the server is away: the owner's
    daily limit less what the outbox holds for them today (0 when paying offline is off)."""
    spent = session.execute(select(func.coalesce(func.sum(OutboxRow.points_redeemed), 0))
                            .where(OutboxRow.member_id == member_id,
                                   OutboxRow.recorded_on == today)).scalar_one()
    return max(0, per_day - int(spent))


def _check_offline_redeem(session: Session, member_id: uuid.UUID, points: int, today: date,
                          per_day: int) -> None:
    if per_day <= 0:
        raise DomainError("offline_redeem_off", "Paying with points waits until the shop's "
                          "server answers again.", field="redeem")
    left = redeem_left(session, member_id, today, per_day)
    if points > left:
        raise DomainError("offline_redeem_over", "While the server is away, at most "
                          "{limit} points a day: {left} left today.", field="redeem",
                          limit=per_day, left=left)


def _live(session: Session, member_id: uuid.UUID) -> Member:
    member = session.get(Member, member_id)
    if member is None or member.erased_at is not None:
        raise DomainError("member_gone", "This member no longer exists.")
    return member


def _row(session: Session, client_id: uuid.UUID) -> OutboxRow | None:
    return session.scalar(select(OutboxRow).where(OutboxRow.client_id == client_id))


def _insert(session: Session, ctx: ServiceContext, client_id: uuid.UUID, kind: str,
            member_id: uuid.UUID, body: dict, points: int, redeemed: int,
            today: date) -> OutboxRow:
    row = OutboxRow(client_id=client_id, kind=kind, member_id=member_id,
                    body=json.dumps(body, ensure_ascii=False), points_pending=points,
                    points_redeemed=redeemed, recorded_at=ctx.clock(), recorded_on=today,
                    tries=0, status=WAITING, reason_code="", reason="")
    session.add(row)
    session.flush()
    return row


def _sale(session: Session, row: OutboxRow, duplicate: bool) -> OfflineSale:
    member = session.get(Member, row.member_id)
    shown = (member.balance if member else 0) + pending_points(session, row.member_id)
    return OfflineSale(row.client_id, row.points_pending, row.points_redeemed, shown,
                       duplicate)


def _verification_dict(verification: Verification | None) -> dict | None:
    if verification is None:
        return None
    data = asdict(verification)
    data["birthday"] = verification.birthday.isoformat() if verification.birthday else None
    return data


def _input_dict(data: MemberInput) -> dict:
    values = asdict(data)
    values["birthday"] = data.birthday.isoformat() if data.birthday else None
    values["referred_by_id"] = str(data.referred_by_id) if data.referred_by_id else None
    return values


def verification_of(data: dict | None) -> Verification | None:
    if data is None:
        return None
    day = data.get("birthday")
    return Verification(**{**data, "birthday": date.fromisoformat(day) if day else None})


def input_of(data: dict) -> MemberInput:
    day, referrer = data.get("birthday"), data.get("referred_by_id")
    return MemberInput(**{**data, "birthday": date.fromisoformat(day) if day else None,
                          "referred_by_id": uuid.UUID(referrer) if referrer else None})

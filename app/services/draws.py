"""The prize draw among the hoarders, and the program health report."""

from __future__ import annotations

import json
import uuid
from datetime import date, datetime

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from app.db.models import Draw, DrawWinner, LedgerEntry, Member, TierEvent
from app.domain import draw as draw_rules
from app.domain import health as health_rules
from app.domain.errors import DomainError
from app.domain.names import full_name
from app.domain.points_input import points_too_large
from app.services import audit
from app.services.context import ServiceContext
from app.services.dto import DrawResult, DrawWinnerView


def eligible_ids(session: Session, criteria: dict, as_of: datetime) -> list[str]:
    """Members who, at ``as_of``, held at least ``min_points`` (basis "balance") or had
    earned that many qualifying points in [start, end) (basis "qualifying"), had
    consented to processing and were not erased. Computed from the ledger as of that
    moment, so a re-run later finds the same members."""
    minimum = int(criteria["min_points"])
    if criteria.get("basis") == "qualifying":
        total = func.sum(LedgerEntry.qualifying)
        window = [LedgerEntry.created_at >= datetime.fromisoformat(criteria["start"]),
                  LedgerEntry.created_at < datetime.fromisoformat(criteria["end"])]
    else:
        total = func.sum(LedgerEntry.points)
        window = []
    sums = (select(LedgerEntry.member_id, total.label("total"))
            .where(LedgerEntry.created_at <= as_of, *window)
            .group_by(LedgerEntry.member_id).subquery())
    rows = session.execute(
        select(Member.id).join(sums, sums.c.member_id == Member.id)
        .where(sums.c.total >= minimum, Member.created_at <= as_of, Member.consent_at <= as_of,
               or_(Member.consent_withdrawn_at.is_(None), Member.consent_withdrawn_at > as_of),
               or_(Member.erased_at.is_(None), Member.erased_at > as_of)))
    return [member_id.hex for (member_id,) in rows]


def _criteria(min_points: int, basis: str, start: date | None, end: date | None,
              ctx: ServiceContext) -> dict:
    if not isinstance(min_points, int) or min_points < 1:
        raise DomainError("draw_min_points", "Set the points a member needs, at least 1.",
                          field="min_points")
    if (too_large := points_too_large(min_points, "min_points")) is not None:
        raise too_large  # a number past 2**63 would reach SQLite as an OverflowError
    if basis not in ("balance", "qualifying"):
        raise DomainError("program_choice", "Choose one of the options.", field="basis")
    criteria = {"min_points": min_points, "basis": basis}
    if basis == "qualifying":
        if start is None or end is None or end <= start:
            raise DomainError("draw_period", "Choose a period that ends after it starts.",
                              field="period")
        criteria.update(start=ctx.utc_start_of(start).isoformat(),
                        end=ctx.utc_start_of(end).isoformat())
    return criteria


def run(session: Session, ctx: ServiceContext, name: str, prizes: list[str], min_points: int,
        basis: str = "balance", start: date | None = None, end: date | None = None,
        seed: int | None = None, draw_id: uuid.UUID | None = None) -> DrawResult:
    """Draw the winners (once per ``draw_id``: a repeat shows the draw already made) and
    audit the draw with its seed, so anyone can re-run it."""
    result = _run(session, ctx, name, prizes, min_points, basis, start, end, seed, draw_id)
    audit.record(session, ctx, "draw", result.draw_id.hex, seed=result.seed,
                 eligible=result.eligible, winners=len(result.winners))
    return result


def _run(session: Session, ctx: ServiceContext, name: str, prizes: list[str], min_points: int,
         basis: str, start: date | None, end: date | None, seed: int | None,
         draw_id: uuid.UUID | None) -> DrawResult:
    name = " ".join(name.split())
    prizes = [p.strip() for p in prizes if p.strip()]
    if not name:
        raise DomainError("draw_name", "Give the draw a name.", field="name")
    if not prizes:
        raise DomainError("draw_prizes", "List at least one prize.", field="prizes")
    if draw_id is not None and session.get(Draw, draw_id) is not None:
        return view(session, ctx, draw_id)
    if seed is not None and not (isinstance(seed, int) and 0 <= seed < 2**63):
        raise DomainError("draw_seed", "A seed is a whole number from 0 to 9223372036854775807.",
                          field="seed")
    criteria = _criteria(min_points, basis, start, end, ctx)
    criteria["prizes"] = len(prizes)  # so a removed winner row cannot pass verification
    as_of = ctx.clock()
    ids = eligible_ids(session, criteria, as_of)
    if not ids:
        raise DomainError("draw_nobody", "Nobody meets these conditions.", field="min_points")
    seed = draw_rules.new_seed() if seed is None else seed
    record = Draw(id=draw_id or uuid.uuid4(), name=name, as_of=as_of, seed=seed,
                  criteria=json.dumps(criteria, sort_keys=True), eligible_count=len(ids),
                  eligible_digest=draw_rules.digest(ids), cashier=ctx.cashier,
                  created_at=as_of)
    session.add(record)
    session.flush()
    for place, (winner, prize) in enumerate(zip(draw_rules.pick(ids, seed, len(prizes)), prizes,
                                                strict=False), start=1):
        session.add(DrawWinner(draw_id=record.id, place=place, member_id=uuid.UUID(winner),
                               prize=prize))
    session.flush()
    return view(session, ctx, record.id)


def view(session: Session, ctx: ServiceContext, draw_id: uuid.UUID) -> DrawResult:
    record = session.get(Draw, draw_id)
    if record is None:
        raise DomainError("draw_not_found", "No such draw.")
    rows = session.execute(select(DrawWinner, Member).join(Member, Member.id == DrawWinner.member_id)
                           .where(DrawWinner.draw_id == draw_id).order_by(DrawWinner.place))
    winners = [DrawWinnerView(w.place, m.id, full_name(m.first_name, m.patronymic, m.last_name),
                              m.card_number or "", w.prize) for w, m in rows]
    return DrawResult(record.id, record.name, record.seed, record.as_of, record.eligible_count,
                      record.eligible_digest, winners)


def verify(session: Session, ctx: ServiceContext, draw_id: uuid.UUID) -> tuple[bool, str]:
    """Re-run a recorded draw from the ledger as it stood then: same members, same seed,
    same winners. Returns (matches, explanation)."""
    record = session.get(Draw, draw_id)
    if record is None:
        raise DomainError("draw_not_found", "No such draw.")
    ids = eligible_ids(session, json.loads(record.criteria), record.as_of)
    if draw_rules.digest(ids) != record.eligible_digest:
        return False, f"the eligible list differs now ({len(ids)} vs {record.eligible_count})"
    recorded = [w.member_id.hex for w in session.scalars(
        select(DrawWinner).where(DrawWinner.draw_id == draw_id).order_by(DrawWinner.place))]
    prizes = json.loads(record.criteria).get("prizes", len(recorded))
    again = draw_rules.pick(ids, record.seed, prizes)
    if again != recorded:
        return False, "the same seed draws different winners"
    return True, f"{len(ids)} eligible, seed {record.seed}: the same {len(recorded)} winner(s)"


def list_draws(session: Session, ctx: ServiceContext) -> list[DrawResult]:
    ids = session.scalars(select(Draw.id).order_by(Draw.created_at.desc()))
    return [view(session, ctx, draw_id) for draw_id in ids]


def program_health(session: Session, ctx: ServiceContext) -> health_rules.Health:
    program = ctx.program
    now = ctx.clock()
    per_tier = dict(session.execute(select(Member.tier_key, func.count())
                                    .where(Member.erased_at.is_(None))
                                    .group_by(Member.tier_key)).all())
    samples = [((now - created).total_seconds() / 86400, q) for created, q in session.execute(
        select(Member.created_at, Member.qualifying_points).where(Member.erased_at.is_(None)))]
    rate = health_rules.median_rate(samples)
    # Only climbs the member earned count as "reached": not a lift by a program
    # change, nor a move down at a review or a refund.
    first_reach = (select(TierEvent.member_id, TierEvent.to_key,
                          func.min(TierEvent.created_at).label("at"))
                   .where(TierEvent.reason.not_in(("program_change", "review", "refund",
                                                   "enrol")))
                   .group_by(TierEvent.member_id, TierEvent.to_key).subquery())
    observed: dict[str, list[float]] = {}
    for key, at, created in session.execute(
            select(first_reach.c.to_key, first_reach.c.at, Member.created_at)
            .join(Member, Member.id == first_reach.c.member_id)):
        observed.setdefault(key, []).append((at - created).total_seconds() / 86400)
    tiers = [health_rules.TierHealth(
        t.key, t.name(ctx.lang), t.threshold, per_tier.get(t.key, 0),
        len(observed.get(t.key, [])), health_rules.observed_median(observed.get(t.key, [])),
        health_rules.projected_days(t.threshold, rate)) for t in program.tiers]
    return health_rules.Health(len(samples), rate, tiers, health_rules.flags_for(tiers))

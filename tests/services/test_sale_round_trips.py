"""A sale on a server sends its appended rows, the rollup upserts and the reads around
the member in a few round trips (app/db/dialect: ``append``, ``add_to``,
``read_together``), not one per statement. What it writes and what it shows must be
exactly what the statements sent one at a time would give, on both databases."""

import uuid

import pytest
from sqlalchemy import func, select

from app.db.engine import make_sessions
from app.db.models import LedgerEntry, PointLot, Purchase, PurchaseLine, Reward, Stamp
from app.services.bench_tills import LINES
from app.services.benchmark import busy_program
from app.services.dto import ComplaintInput, RewardReady, Visit
from app.services.ledger import upcoming_expiry
from app.services.stamps import stamp_progress

pytestmark = pytest.mark.both_databases


def test_a_busy_sale_writes_every_row_and_shows_the_member_as_read_one_by_one(
        app, t, member, member_input):
    t.ctx.program = busy_program(t.ctx.program)  # campaigns and three stamp cards
    friend = t.till.enrol(member_input(first_name="Пётр", phone="+79031112299",
                                       last_name="Орлов", referred_by="+7 916 123 45 67"))
    t.till.record_complaint(uuid.uuid4(), member, ComplaintInput(
        facts="The coffee was cold.", compensation="none"))
    results = [t.till.record_purchase(uuid.uuid4(), member, 123400, lines=LINES)
               for _ in range(7)]
    shown = results[-1].member

    with make_sessions(app.engine).begin() as s:
        ids = [r.purchase_id for r in results]
        assert s.scalar(select(func.count()).select_from(Purchase)
                        .where(Purchase.id.in_(ids))) == 7
        assert s.scalar(select(func.count()).select_from(PurchaseLine)
                        .where(PurchaseLine.purchase_id.in_(ids))) == 14  # coffee, bakery
        earned = s.scalar(select(func.sum(LedgerEntry.points))
                          .where(LedgerEntry.purchase_id.in_(ids)))
        assert earned == sum(r.points_earned for r in results) > 0
        assert s.scalar(select(func.sum(PointLot.points))
                        .where(PointLot.member_id == member)) == shown.balance
        assert s.scalar(select(func.count()).select_from(Stamp)
                        .where(Stamp.member_id == member, Stamp.kind == "completed")) >= 1
        # the reads around the member, asked one at a time through the ORM
        visits = s.scalars(select(Purchase).where(Purchase.member_id == member)
                           .order_by(Purchase.created_at.desc()).limit(5)).all()
        ready = s.scalars(select(Reward).where(Reward.member_id == member,
                                               Reward.given_at.is_(None))
                          .order_by(Reward.issued_at)).all()
        expiring = upcoming_expiry(s, t.ctx, member)
        stamps = stamp_progress(s, t.ctx, member)

    assert shown.last_visits == [Visit(p.id, p.created_at, p.amount_minor, p.currency,
                                       p.points_earned, p.points_redeemed, p.status,
                                       p.refunded_minor) for p in visits]
    assert shown.last_visits[0].purchase_id == results[-1].purchase_id
    assert len(ready) >= 2 and shown.rewards_ready == [
        RewardReady(r.id, r.text, r.issued_at) for r in ready]
    assert (shown.expiring_points, shown.expiring_on) == (expiring or (0, None))
    assert shown.stamps == stamps
    assert shown.open_complaint
    assert shown.phone == "+7 916 123-45-67"
    # opened afresh (its own reads, the stamps read too) it is the same member
    assert t.till.member(member) == shown
    assert t.till.member(friend).referred_by == "Елёна Смирнова"
    assert t.admin.check().ok

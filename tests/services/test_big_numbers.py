"""Numbers past what can be stored are refused in words (a DomainError), never an
OverflowError from the database; reports over large sums never fail."""

import uuid
from datetime import date

import pytest
from sqlalchemy import insert, select

from app.db.models import Purchase
from app.domain.errors import DomainError
from app.domain.giving import Verification
from app.domain.money import MAX_AMOUNT_MINOR
from app.domain.program import Line
from app.domain.report_periods import Period
from app.services import rollups

pytestmark = pytest.mark.both_databases

HUGE = (2**63, 2**63 - 1, 99999999999999999999, MAX_AMOUNT_MINOR + 1)


@pytest.mark.parametrize("amount", HUGE)
def test_an_amount_past_the_maximum_is_refused_and_nothing_is_recorded(t, member, amount):
    with pytest.raises(DomainError) as exc:
        t.till.record_purchase(uuid.uuid4(), member, amount)
    assert (exc.value.code, exc.value.field) == ("amount_too_large", "amount")
    view = t.till.member(member)
    assert (view.visits, view.balance) == (0, 200)


def test_the_maximum_itself_is_recorded(t, member):
    result = t.till.record_purchase(uuid.uuid4(), member, MAX_AMOUNT_MINOR)
    assert t.till.member(member).last_visits[0].amount_minor == MAX_AMOUNT_MINOR
    assert result.points_earned == MAX_AMOUNT_MINOR * 3 // 10000


@pytest.mark.parametrize("points", (2**63, 99999999999999999999))
def test_huge_points_to_redeem_or_donate_are_refused(t, member, points):
    scanned = Verification("card", card=t.till.member(member).card_number)
    with pytest.raises(DomainError) as exc:
        t.till.record_purchase(uuid.uuid4(), member, 100000, points, verification=scanned)
    assert exc.value.code == "redeem_over_balance" and exc.value.params["available"] == 200
    with pytest.raises(DomainError) as exc:  # the purchase, not the balance, sets the limit
        t.till.record_purchase(uuid.uuid4(), member, 18000, points, verification=scanned)
    assert exc.value.code == "redeem_over_amount" and exc.value.params["available"] == 180
    t.ctx.program = t.ctx.program.__class__.from_dict(
        {**t.ctx.program.to_dict(), "causes": [{"key": "zoo", "name": {"en": "Zoo"}}]})
    with pytest.raises(DomainError) as exc:
        t.till.donate(uuid.uuid4(), member, "zoo", points, scanned)
    assert exc.value.code == "redeem_over_balance"
    assert t.till.member(member).balance == 200 and t.admin.check().problems == []


def test_points_that_are_not_whole_numbers_are_refused(t, member):
    with pytest.raises(DomainError) as exc:
        t.till.record_purchase(uuid.uuid4(), member, 100000, 1.5)
    assert exc.value.code == "points_invalid"
    assert t.till.member(member).visits == 0


def test_a_huge_quantity_in_a_line_is_refused(t, member):
    category = t.program.categories[0].key
    with pytest.raises(DomainError) as exc:
        t.till.record_purchase(uuid.uuid4(), member, 100000, lines=(Line(category, 100, 2**63),))
    assert exc.value.code == "quantity_too_large"
    assert t.till.member(member).visits == 0


def test_the_receipt_number_is_kept_with_the_sale(t, member, app):
    pid = uuid.uuid4()
    t.till.record_purchase(pid, member, 100000, receipt_number="  A-1042 ")
    with t._sessions.begin() as s:
        assert s.scalar(select(Purchase.receipt_number).where(Purchase.id == pid)) == "A-1042"
    with pytest.raises(DomainError) as exc:
        t.till.record_purchase(uuid.uuid4(), member, 100000, receipt_number="9" * 41)
    assert (exc.value.code, exc.value.field) == ("receipt_too_long", "receipt")
    assert t.till.member(member).visits == 1


def test_a_report_over_many_purchases_of_the_maximum_adds_up_exactly(t, member, clock):
    clock(2026, 3, 10, 12, 0)
    for _ in range(120):
        t.till.record_purchase(uuid.uuid4(), member, MAX_AMOUNT_MINOR)
    sales = t.office.report(Period(date(2026, 3, 1), date(2026, 3, 10))).sales
    assert sales.revenue_minor == 120 * MAX_AMOUNT_MINOR
    assert sales.completed == 120


def test_a_report_over_sums_past_2_to_the_63_does_not_fail(t, member, clock, app):
    """Rows stored before amounts were capped (any 64-bit value was accepted): each
    is storable, their sum is not. SQLite's SUM would fail with "integer overflow"."""
    clock(2026, 3, 10, 12, 0)
    t.till.record_purchase(uuid.uuid4(), member, 100000)
    with t._sessions.begin() as s:
        row = s.execute(select(Purchase.__table__)).mappings().one()
        for day in (8, 9):
            s.execute(insert(Purchase.__table__), {
                **row, "id": uuid.uuid4(), "amount_minor": 2**62,
                "created_at": row["created_at"].replace(day=day)})
        rollups.rebuild(s, t.ctx)
    report = t.office.report(Period(date(2026, 3, 1), date(2026, 3, 10)))
    assert report.sales.revenue_minor == pytest.approx(2**63 + 100000, rel=1e-12)
    assert report.sales.completed == 3
    assert report.top_by_revenue[0].visits == 3


@pytest.mark.parametrize("huge", (2**63, 99999999999999999999))
def test_gifts_complaints_adjustments_and_draws_refuse_huge_numbers(t, member, huge):
    from app.services.dto import ComplaintInput, GiftInput
    with pytest.raises(DomainError) as exc:
        t.till.give_gift(uuid.uuid4(), member, GiftInput("cake", "extra_item", "long_wait", huge))
    assert [e.code for e in getattr(exc.value, "errors", [exc.value])] == ["amount_too_large"]
    with pytest.raises(DomainError) as exc:
        t.till.give_gift(uuid.uuid4(), member, GiftInput("points", "points", "long_wait", 0, huge))
    assert [e.code for e in getattr(exc.value, "errors", [exc.value])] == ["points_too_large"]
    with pytest.raises(DomainError) as exc:
        t.till.record_complaint(uuid.uuid4(), member, ComplaintInput("cold", compensation="points",
                                                                points=huge))
    assert [e.code for e in getattr(exc.value, "errors", [exc.value])] == ["points_too_large"]
    for points in (huge, -huge):
        with pytest.raises(DomainError) as exc:
            t.admin.adjust_points(uuid.uuid4(), member, points, "typo")
        assert exc.value.code == "points_too_large"
    with pytest.raises(DomainError) as exc:
        t.office.run_draw("Spring", ["a kettle"], huge)
    assert (exc.value.code, exc.value.field) == ("points_too_large", "min_points")
    assert t.till.member(member).balance == 200 and t.office.complaints() == [] and t.office.draws() == []

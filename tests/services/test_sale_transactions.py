"""One sale is one transaction, and so is opening a member: the expiry of due lots,
the sale and the member as they now stand are read and written together, and the till
needs no second call to show the outcome."""

import uuid
from contextlib import contextmanager

import pytest
from sqlalchemy import event

from app.domain.errors import DomainError
from app.domain.giving import Verification

pytestmark = pytest.mark.both_databases


@contextmanager
def transactions(engine):
    """Count the transactions begun and committed on ``engine`` inside the block."""
    seen = {"begin": 0, "commit": 0}

    def begun(_conn):
        seen["begin"] += 1

    def committed(_conn):
        seen["commit"] += 1
    event.listen(engine, "begin", begun)
    event.listen(engine, "commit", committed)
    try:
        yield seen
    finally:
        event.remove(engine, "begin", begun)
        event.remove(engine, "commit", committed)


@pytest.fixture
def expiring(t, clock):
    """Points expire 30 days after earning; the welcome lot is due by the time asked."""
    data = t.program.to_dict()
    data["expiry"] = {"kind": "days_after_earning", "days": 30}
    t.admin.save_program(data)
    return clock


def test_a_purchase_is_one_transaction_and_returns_the_member_after_it(app, t, member):
    with transactions(app.engine) as seen:
        result = t.till.record_purchase(uuid.uuid4(), member, 100000)
    assert seen == {"begin": 1, "commit": 1}
    # What the till shows next comes with the sale: the same as opening the member again.
    assert result.member == t.till.member(member)
    assert (result.member.balance, result.member.visits) == (result.balance, 1)


def test_opening_a_member_is_one_transaction(app, t, member):
    with transactions(app.engine) as seen:
        view = t.till.member(member)
    assert seen == {"begin": 1, "commit": 1}
    assert view.member_id == member


def test_due_expiry_is_part_of_the_sale_and_of_the_opening(app, t, member, expiring):
    expiring(2026, 4, 20, 12, 0)  # the welcome lot died on 9 Apr; no job has run
    with transactions(app.engine) as seen:
        result = t.till.record_purchase(uuid.uuid4(), member, 100000)
    assert seen == {"begin": 1, "commit": 1}
    assert result.balance == result.points_earned  # the 200 welcome points went first
    assert result.member.balance == result.balance
    assert t.admin.check().ok


def test_a_refused_sale_leaves_the_expiry_to_the_next_transaction(app, t, member, expiring,
                                                                  buy):
    expiring(2026, 4, 20, 12, 0)
    with pytest.raises(DomainError) as caught:
        buy(t, member, 50000, redeem=100)  # refused: the points expired
    assert caught.value.code == "redeem_over_balance"
    with transactions(app.engine) as seen:
        assert t.till.member(member).balance == 0  # expired again, once, when opened
    assert seen == {"begin": 1, "commit": 1}
    assert t.admin.check().ok


def test_a_repeated_purchase_returns_the_member_too(t, member):
    pid = uuid.uuid4()
    t.till.record_purchase(pid, member, 100000)
    again = t.till.record_purchase(pid, member, 100000)
    assert again.duplicate and again.member == t.till.member(member)


def test_a_donation_is_one_transaction_and_returns_the_member_after_it(app, t, member):
    scanned = Verification("card", card=t.till.member(member).card_number)
    with transactions(app.engine) as seen:
        result = t.till.donate(uuid.uuid4(), member, "shelter", 120, scanned)
    assert seen == {"begin": 1, "commit": 1}
    assert result.member == t.till.member(member) and result.member.balance == 80

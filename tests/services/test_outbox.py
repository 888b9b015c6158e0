"""Sales and enrolments recorded at a till while the shop's server is away: one local
transaction each, shown as pending, the owner's offline redemption policy in words."""

import uuid
from datetime import datetime, timezone

import pytest
from sqlalchemy import func, select

from app.db.models import Member, OutboxRow
from app.domain.errors import DomainError
from app.domain.giving import Verification
from app.services import outbox

from .conftest import member_input
from .outbox_fixtures import (
    enrol_on_both,
    local_file,
    local_fixture,  # noqa: F401 - the fixture, by its name
)


def sale(local, member_id, amount_minor, redeem=0, per_day=0, purchase_id=None, card=""):
    verification = Verification("card", card=card) if redeem else None
    return local.terminal.unit_of_work("purchase", lambda s: outbox.record_sale(
        s, local.terminal.ctx, purchase_id or uuid.uuid4(), member_id, amount_minor, redeem,
        "R-1", (), verification, per_day))


def shown(local, member_id):
    return local.terminal.unit_of_work("find", lambda s: outbox.member_view(
        s, local.terminal.ctx, member_id))


def rows(local):
    with local.terminal._sessions() as s:
        return s.scalar(select(func.count()).select_from(OutboxRow))


def test_an_offline_sale_is_one_outbox_row_and_its_points_show_as_pending(local):
    member_id = local.terminal.till.enrol(member_input(), uuid.uuid4())
    recorded = sale(local, member_id, 1_000_00)  # Bunny earns 3 %: 30 points
    assert (recorded.points_pending, recorded.points_redeemed) == (30, 0)
    assert recorded.balance_shown == 200 + 30  # the welcome bonus as of sync, and pending
    member = shown(local, member_id)
    assert (member.view.balance, member.pending) == (230, 30)
    with local.terminal._sessions() as s:
        assert s.get(Member, member_id).balance == 200  # the copy itself is the server's
        row = s.scalars(select(OutboxRow)).one()
        assert (row.kind, row.status, row.client_id) == ("purchase", "waiting",
                                                         recorded.purchase_id)


def test_a_repeated_submit_is_recorded_once(local):
    member_id = local.terminal.till.enrol(member_input(), uuid.uuid4())
    purchase_id = uuid.uuid4()
    first = sale(local, member_id, 500_00, purchase_id=purchase_id)
    again = sale(local, member_id, 500_00, purchase_id=purchase_id)
    assert (again.duplicate, again.points_pending, again.balance_shown) == (True, 15, 215)
    assert first.duplicate is False
    assert rows(local) == 1


def test_paying_with_points_offline_is_off_by_default_in_words(local):
    member_id = local.terminal.till.enrol(member_input(), uuid.uuid4())
    card = shown(local, member_id).view.card_number
    with pytest.raises(DomainError) as refused:
        sale(local, member_id, 500_00, redeem=50, card=card)
    assert refused.value.code == "offline_redeem_off"
    assert str(refused.value) == ("Paying with points waits until the shop's server "
                                  "answers again.")
    assert rows(local) == 0


def test_offline_redemption_is_capped_per_member_per_day(local):
    member_id = local.terminal.till.enrol(member_input(), uuid.uuid4())
    card = shown(local, member_id).view.card_number
    spent = sale(local, member_id, 500_00, redeem=60, per_day=100, card=card)
    assert spent.balance_shown == 200 - 60 + 13  # 440.00 paid in money earns 13
    with pytest.raises(DomainError) as refused:
        sale(local, member_id, 500_00, redeem=41, per_day=100, card=card)
    assert refused.value.code == "offline_redeem_over"
    assert str(refused.value) == "While the server is away, at most 100 points a day: 40 left today."
    sale(local, member_id, 500_00, redeem=40, per_day=100, card=card)
    assert shown(local, member_id).view.balance == 200 - 60 + 13 - 40 + 13


def test_an_offline_enrolment_is_on_the_copy_and_queued_with_its_card(local):
    member_id = uuid.uuid4()
    local.terminal.unit_of_work("enrol", lambda s: outbox.enrol(
        s, local.terminal.ctx, member_input(email="e@example.com"), member_id))
    with local.terminal._sessions() as s:
        row = s.scalars(select(OutboxRow)).one()
        card = s.get(Member, member_id).card_number
    assert (row.kind, row.client_id) == ("enrol", member_id)
    assert '"card_number": "%s"' % card in row.body
    assert local.terminal.till.search("Смирнова")[0].member_id == member_id


def test_the_status_says_where_the_till_stands(local):
    member_id = local.terminal.till.enrol(member_input(), uuid.uuid4())
    for _ in range(17):
        sale(local, member_id, 100_00)
    since = datetime(2026, 12, 5, 14, 2, tzinfo=timezone.utc).replace(tzinfo=None)
    state = local.terminal.unit_of_work.read(None, lambda s: outbox.status(s, since))
    assert (state.waiting, state.set_aside, state.all_sent) == (17, 0, False)
    assert state.words("14:02") == "offline since 14:02 — 17 sales waiting"
    empty = outbox.OutboxStatus(None, 0, 2)
    assert empty.words() == "online — all sent — 2 set aside"


def test_a_sale_for_a_member_not_on_the_copy_is_refused_in_words(local):
    with pytest.raises(DomainError) as refused:
        sale(local, uuid.uuid4(), 100_00)
    assert refused.value.code == "member_gone"
    assert rows(local) == 0


def test_enrol_on_both_copies_the_card(local, tmp_path):
    server = local_file(tmp_path / "server.sqlite3")
    member_id = enrol_on_both(server, local, member_input())
    assert (local.terminal.till.member(member_id).card_number
            == server.terminal.till.member(member_id).card_number)
    server.engine.dispose()


def test_what_the_server_would_refuse_is_refused_at_the_till_in_words(local):
    member_id = local.terminal.till.enrol(member_input(), uuid.uuid4())
    with pytest.raises(DomainError) as refused:
        local.terminal.unit_of_work("purchase", lambda s: outbox.record_sale(
            s, local.terminal.ctx, uuid.uuid4(), member_id, 1_000_00, 0, "R" * 41))
    assert str(refused.value) == "A receipt number has at most 40 characters."
    assert rows(local) == 0

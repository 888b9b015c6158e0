"""The till's sale path with the shop's server away and back: it keeps finding, showing
and selling from its local file, and sends what it recorded once the server answers."""

import uuid

import pytest
from sqlalchemy import func, select

from app.db.models import OutboxRow, Purchase
from app.services.offline_till import OfflineTill
from app.services.outbox import OfflineSale
from app.services.storage import AWAY, StorageError

from .conftest import member_input
from .outbox_fixtures import (
    enrol_on_both,
    local_fixture,  # noqa: F401 - the fixture, by its name
    server_fixture,  # noqa: F401 - the fixture, by its name
)

pytestmark = pytest.mark.both_databases


class Switch:
    """The server as the till reaches it: away until ``up`` is set."""

    def __init__(self, server):
        self.server, self.up, self.clock = server, False, 0.0

    def connect(self):
        if not self.up:
            raise StorageError("storage_away", AWAY)
        return self.server.terminal


def purchases(app, member_id):
    with app.terminal._sessions() as s:
        return s.scalar(select(func.count()).select_from(Purchase)
                        .where(Purchase.member_id == member_id))


def outbox_rows(app):
    with app.terminal._sessions() as s:
        return s.scalar(select(func.count()).select_from(OutboxRow))


def test_a_till_sells_offline_and_sends_when_the_server_is_back(server, local):
    member_id = enrol_on_both(server, local, member_input())
    switch = Switch(server)
    till = OfflineTill(local.terminal, switch.connect, monotonic=lambda: switch.clock)
    assert till.search("Смирнова")[0].member_id == member_id  # from the local file
    sale = till.record_purchase(uuid.uuid4(), member_id, 1_000_00)
    assert isinstance(sale, OfflineSale) and sale.points_pending == 30
    shown = till.member(member_id)
    assert (shown.view.balance, shown.pending) == (230, 30)
    assert till.offline_since is not None
    assert till.status().words("14:02") == "offline since 14:02 — 1 sales waiting"
    switch.up, switch.clock = True, 10.0  # the server answers, and the till tries again
    online = till.record_purchase(uuid.uuid4(), member_id, 2_000_00)
    assert online.balance == 200 + 30 + 60 and online.duplicate is False
    assert till.offline_since is None and till.status().all_sent
    assert purchases(server, member_id) == 2 and outbox_rows(local) == 0


def test_a_till_does_not_knock_again_before_its_pause(server, local):
    member_id = enrol_on_both(server, local, member_input())
    switch = Switch(server)
    till = OfflineTill(local.terminal, switch.connect, monotonic=lambda: switch.clock)
    till.record_purchase(uuid.uuid4(), member_id, 1_000_00)
    switch.up = True  # back, but the till waits its pause before asking
    assert isinstance(till.record_purchase(uuid.uuid4(), member_id, 1_000_00), OfflineSale)
    switch.clock = 2.5
    assert till.send().sent == 2
    assert purchases(server, member_id) == 2


class CommitsThenDrops:
    """The server commits the sale, then the connection drops before the answer."""

    def __init__(self, terminal):
        self.till = self
        self._terminal = terminal
        self.unit_of_work, self.ctx = terminal.unit_of_work, terminal.ctx

    def record_purchase(self, *args):
        self._terminal.till.record_purchase(*args)
        raise StorageError("storage_away", AWAY)


def test_a_sale_committed_before_the_server_dropped_is_recorded_once(server, local):
    member_id = enrol_on_both(server, local, member_input())
    drops = CommitsThenDrops(server.terminal)
    switch = Switch(server)
    switch.up = True
    till = OfflineTill(local.terminal, lambda: drops, monotonic=lambda: switch.clock)
    purchase_id = uuid.uuid4()
    assert isinstance(till.record_purchase(purchase_id, member_id, 1_000_00), OfflineSale)
    switch.clock = 10.0
    assert till.send().already == 1
    assert purchases(server, member_id) == 1 and outbox_rows(local) == 0
    assert server.terminal.till.member(member_id).balance == 230


def test_a_member_enrolled_offline_reaches_the_server_with_their_sales(server, local):
    switch = Switch(server)
    till = OfflineTill(local.terminal, switch.connect, monotonic=lambda: switch.clock)
    member_id = till.enrol(member_input(), uuid.uuid4())
    till.record_purchase(uuid.uuid4(), member_id, 1_000_00)
    assert till.member(member_id).view.balance == 230  # the welcome bonus, and pending
    switch.up, switch.clock = True, 10.0
    assert till.member(member_id).view.balance == 230  # now from the server, final
    assert purchases(server, member_id) == 1

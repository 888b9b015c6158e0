"""While the till's sender connects to the shop's server and sends the outbox on its own
thread, the cashier's calls do not wait for it: they are served by the local file."""

import threading
import uuid

import pytest

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


class SlowServer:
    """Away until ``up``; then each connect waits for ``go`` (a slow network)."""

    def __init__(self, server):
        self.server, self.up = server, False
        self.connecting, self.go = threading.Event(), threading.Event()

    def connect(self):
        if not self.up:
            raise StorageError("storage_away", AWAY)
        self.connecting.set()
        assert self.go.wait(10)
        return self.server.terminal


def test_a_sale_while_the_sender_is_connecting_goes_to_the_outbox_at_once(server, local):
    member_id = enrol_on_both(server, local, member_input())
    clock, slow = [0.0], SlowServer(server)
    till = OfflineTill(local.terminal, slow.connect, monotonic=lambda: clock[0])
    till.record_purchase(uuid.uuid4(), member_id, 1_000_00)  # offline: the server is away
    slow.up, clock[0] = True, 10.0
    report = []
    sending = threading.Thread(target=lambda: report.append(till.send()))
    sending.start()  # the sender's thread connects, slowly
    assert slow.connecting.wait(10)
    sale = till.record_purchase(uuid.uuid4(), member_id, 2_000_00)  # does not wait for it
    assert isinstance(sale, OfflineSale) and sale.points_pending == 60
    slow.go.set()
    sending.join(10)
    assert report[0].sent == 2 and till.status().all_sent and till.offline_since is None
    assert server.terminal.till.member(member_id).balance == 200 + 30 + 60

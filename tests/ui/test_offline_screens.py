"""What the till shows with the shop's server away (issue #17): the status line, and a
manager's list of the sales the server set aside."""

import uuid
from datetime import datetime, timezone

import pytest

from app.services.offline_till import OfflineTill
from app.services.outbox import OutboxStatus, SetAside
from app.services.storage import AWAY, StorageError
from app.ui.offline_aside import SetAsideDialog
from app.ui.offline_status import OfflineStatusLine

AT_1402 = datetime(2026, 12, 5, 14, 2)


def away():
    raise StorageError("storage_away", AWAY)


@pytest.fixture
def utc_till(terminal):
    terminal.ctx.local_tz = timezone.utc
    return terminal


def test_the_line_says_since_when_and_how_many_wait(qtbot, utc_till, ivan):
    till = OfflineTill(utc_till, away, clock=lambda: AT_1402)
    for _ in range(17):
        till.record_purchase(uuid.uuid4(), ivan.member_id, 100_00)
    line = OfflineStatusLine(till.status, utc_till.ctx)
    qtbot.addWidget(line)
    assert line.text() == "Offline since 14:02 — 17 sales waiting to be sent"
    assert not line.isHidden()


def test_the_line_says_all_sent_then_what_was_set_aside(qtbot, utc_till):
    states = iter([OutboxStatus(AT_1402, 1, 0), OutboxStatus(None, 0, 0),
                   OutboxStatus(None, 0, 2)])
    line = OfflineStatusLine(lambda: next(states), utc_till.ctx)
    qtbot.addWidget(line)
    assert line.text() == "Offline since 14:02 — 1 sale waiting to be sent"
    line.refresh()
    assert line.text() == "All sent"
    line.refresh()
    assert line.text() == "2 sales set aside for a manager"


def test_an_online_till_with_nothing_waiting_says_nothing(qtbot, utc_till):
    line = OfflineStatusLine(lambda: OutboxStatus(None, 0, 0), utc_till.ctx)
    qtbot.addWidget(line)
    assert line.isHidden() and line.text() == ""


def test_a_manager_sees_each_set_aside_sale_with_its_reason(qtbot, utc_till):
    rows = [SetAside(uuid.uuid4(), "purchase", uuid.uuid4(), AT_1402, 1_250_50,
                     "member_gone", "This member no longer exists.")]
    dialog = SetAsideDialog(lambda: rows, utc_till.ctx, "RUB")
    qtbot.addWidget(dialog)
    cells = [dialog.table.item(0, c).text() for c in range(4)]
    assert cells == ["05/12/2026 14:02", "Sale", "1,250.50\u00a0RUB",
                     "This member no longer exists."]
    assert dialog.summary.text() == "1 sale the server refused; settle it by hand."

"""The hourly upkeep (expiry, tier reviews, the daily backup) runs off the GUI thread:
the till answers while it works, two runs never overlap, and it is quiet (the log)."""

import logging
import threading

import pytest
from PySide6.QtCore import QObject, QTimer

from app.ui.upkeep import Upkeep


@pytest.fixture
def owner(qtbot):
    obj = QObject()
    yield obj
    obj.deleteLater()


class SlowShop:
    """Stands for the terminal and the backup: maintain() waits for ``gate``."""

    def __init__(self, expired=0, reviewed=0, fails=False):
        self.gate, self.inside = threading.Event(), threading.Event()
        self.calls, self.threads = [], []
        self._counts, self._fails = (expired, reviewed), fails

    def maintain(self):
        self.calls.append("maintain")
        self.threads.append(threading.current_thread())
        self.inside.set()
        assert self.gate.wait(5)
        if self._fails:
            raise RuntimeError("disk full")
        return self._counts

    def backup(self):
        self.calls.append("backup")


def test_the_gui_thread_answers_while_a_slow_upkeep_runs(qtbot, owner):
    shop = SlowShop()
    upkeep = Upkeep(owner, shop.maintain, shop.backup).start()
    assert shop.inside.wait(5)
    answered = []
    QTimer.singleShot(0, lambda: answered.append(True))  # the till's next event
    qtbot.waitUntil(lambda: bool(answered), timeout=2000)
    assert upkeep.running and not shop.gate.is_set()  # answered while upkeep still works
    shop.gate.set()
    qtbot.waitUntil(lambda: not upkeep.running, timeout=5000)
    assert shop.calls == ["maintain", "backup"]
    assert shop.threads[0] is not threading.main_thread()


def test_two_runs_never_overlap(qtbot, owner):
    shop = SlowShop()
    upkeep = Upkeep(owner, shop.maintain, shop.backup)
    assert upkeep.run()
    assert shop.inside.wait(5)
    assert not upkeep.run()  # the next hour's tick while the first still runs
    shop.gate.set()
    qtbot.waitUntil(lambda: not upkeep.running, timeout=5000)
    assert shop.calls == ["maintain", "backup"]
    assert upkeep.run()  # the next tick after it ended runs again
    qtbot.waitUntil(lambda: not upkeep.running, timeout=5000)
    assert shop.calls == ["maintain", "backup"] * 2


def test_what_it_did_goes_to_the_log(qtbot, owner, caplog):
    shop = SlowShop(expired=2, reviewed=1)
    shop.gate.set()
    caplog.set_level(logging.INFO, logger="app.ui.upkeep")
    upkeep = Upkeep(owner, shop.maintain, shop.backup).start()
    qtbot.waitUntil(lambda: not upkeep.running, timeout=5000)
    assert "maintenance: 2 lots expired, 1 tiers reviewed" in caplog.text


def test_a_failure_is_logged_never_shown_and_the_backup_still_runs(qtbot, owner, caplog,
                                                                    monkeypatch):
    shown = []
    monkeypatch.setattr("sys.excepthook", lambda *a: shown.append(a))
    shop = SlowShop(fails=True)
    shop.gate.set()
    upkeep = Upkeep(owner, shop.maintain, shop.backup).start()
    qtbot.waitUntil(lambda: not upkeep.running, timeout=5000)
    assert "maintenance failed" in caplog.text and "disk full" in caplog.text
    assert shop.calls == ["maintain", "backup"]
    assert shown == []


def test_a_till_without_the_shops_upkeep_lease_skips_the_round(qtbot, owner):
    shop = SlowShop()
    shop.gate.set()
    asked = []
    upkeep = Upkeep(owner, shop.maintain, shop.backup,
                    lease=lambda: asked.append(True) or False)
    assert upkeep.run()
    qtbot.waitUntil(lambda: not upkeep.running, timeout=5000)
    assert asked == [True] and shop.calls == []  # another till expires and backs up
    upkeep = Upkeep(owner, shop.maintain, shop.backup, lease=lambda: True)
    assert upkeep.run()
    qtbot.waitUntil(lambda: not upkeep.running, timeout=5000)
    assert shop.calls == ["maintain", "backup"]

"""Upkeep once per shop (issue #16): the till holding the lease expires points and
reviews tiers; another till's run does nothing until the lease has run out. Two real
processes running `regulars maintain` at once on one file expire each lot once."""

import os
import subprocess
import sys
from datetime import datetime, timedelta, timezone

import pytest
from sqlalchemy import func, select

from app.bootstrap import open_app
from app.db.models import LedgerEntry, PointLot
from app.services.context import SYSTEM
from app.services.settings import Settings
from app.services.upkeep_lease import LEASE
from tests.services.conftest import member_input

pytestmark = pytest.mark.both_databases

SINCE = datetime(2025, 1, 10, 12, 0)


def till(db, tmp_path, name):
    return open_app(str(db), "en", acting=SYSTEM, till=name,
                    settings=Settings(tmp_path / name / "settings.json"))


def at(app, moment):
    app.terminal.ctx.local_tz = timezone.utc
    app.terminal.ctx.clock = lambda: moment


def shop_with_due_lots(db, tmp_path, members: int):
    """``members`` welcome lots that expired on 9 Feb 2025."""
    setup = till(db, tmp_path, "Setup")
    try:
        at(setup, SINCE)
        data = setup.terminal.program.to_dict()
        data["expiry"] = {"kind": "days_after_earning", "days": 30}
        setup.terminal.admin.save_program(data)
        for i in range(members):
            setup.terminal.till.enrol(member_input(phone=f"+7 916 {i:07d}"))
    finally:
        setup.engine.dispose()


def figures(app):
    with app.terminal._sessions() as s:
        rows = s.scalar(select(func.count()).where(LedgerEntry.kind == "expiry"))
        held = s.scalar(select(func.coalesce(func.sum(PointLot.remaining), 0)))
    return rows, held


def test_one_till_holds_the_upkeep_and_another_takes_over_when_it_lapses(db_location, tmp_path):
    db = db_location
    shop_with_due_lots(db, tmp_path, 3)
    a, b = till(db, tmp_path, "A"), till(db, tmp_path, "B")
    try:
        now = datetime(2026, 3, 1, 9, 0)
        at(a, now)
        at(b, now)
        assert b.terminal.admin.take_upkeep()
        assert not a.terminal.admin.take_upkeep()
        assert a.terminal.admin.maintain() == (0, 0)  # B does the shop's upkeep
        assert figures(a) == (0, 600)
        at(b, now + LEASE / 2)
        assert b.terminal.admin.take_upkeep()  # renewed: still B's
        at(a, now + LEASE)
        assert a.terminal.admin.maintain() == (0, 0)
        at(a, now + LEASE / 2 + LEASE + timedelta(seconds=1))  # B stopped renewing
        assert a.terminal.admin.maintain() == (3, 0)
        assert figures(a) == (3, 0)
        assert not b.terminal.admin.take_upkeep()
        assert a.terminal.admin.check().ok
    finally:
        a.engine.dispose()
        b.engine.dispose()


RUN = r"""
import sys
from app.cli import main
sys.exit(main(["--db", sys.argv[1], "--till", sys.argv[2], "maintain"]))
"""


def test_two_upkeep_runs_at_once_in_two_processes_expire_each_lot_once(db_location, tmp_path):
    db = db_location
    members = 300
    shop_with_due_lots(db, tmp_path, members)
    env = dict(os.environ, PYTHONPATH=os.getcwd())
    runs = [subprocess.Popen([sys.executable, "-c", RUN, str(db), name], env=env,
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
            for name in ("Till A", "Till B")]
    outputs = [run.communicate(timeout=300) for run in runs]
    assert [run.returncode for run in runs] == [0, 0], outputs
    said = sorted(out.strip() for out, _err in outputs)
    assert said == ["expired 0 point lot(s), reviewed 0 member tier(s)",
                    f"expired {members} point lot(s), reviewed 0 member tier(s)"]
    after = till(db, tmp_path, "Till A")
    try:
        assert figures(after) == (members, 0)  # each lot expired once, one row each
        assert after.terminal.admin.check().ok
    finally:
        after.engine.dispose()

"""Kill a till mid-sale, many times: every purchase it reported as committed is there,
and the books still balance. On a SQLite file (the journal), and on the shop's
PostgreSQL server (the server rolls the dead till's open transaction back and lets go of
the member's row lock, so the next till's sale goes through)."""

import os
import random
import signal
import subprocess
import sys
import time

import pytest
from sqlalchemy import select

from app.bootstrap import open_app
from app.db.models import Purchase
from app.services.context import SYSTEM
from app.services.dto import MemberInput

pytestmark = pytest.mark.both_databases

WRITER = r"""
import sys, uuid
from app.bootstrap import open_app
from app.services.context import SYSTEM
app = open_app(sys.argv[1], "en", acting=SYSTEM)
t = app.terminal
member = uuid.UUID(sys.argv[2])
print("ready", flush=True)
while True:
    pid = uuid.uuid4()
    t.till.record_purchase(pid, member, 12345, 0)
    print(pid.hex, flush=True)  # only after the commit returned
"""


@pytest.mark.skipif(os.name != "posix", reason="SIGKILL")
def test_sigkill_mid_sale_loses_no_committed_purchase(db_location):
    db = db_location
    app = open_app(str(db), "en", acting=SYSTEM)
    member = app.terminal.till.enrol(MemberInput(first_name="Anna", phone="+79160001122", consent=True))
    app.engine.dispose()
    rng = random.Random(7)
    reported: list[str] = []
    env = dict(os.environ, PYTHONPATH=os.getcwd())
    for _ in range(8):
        proc = subprocess.Popen([sys.executable, "-c", WRITER, str(db), member.hex],
                                stdout=subprocess.PIPE, text=True, env=env)
        assert proc.stdout.readline().strip() == "ready"
        time.sleep(rng.uniform(0.05, 0.6))
        proc.send_signal(signal.SIGKILL)
        out, _ = proc.communicate()
        reported += [line for line in out.split() if len(line) == 32]
    assert len(reported) > 20  # the loop really ran between kills
    again = open_app(str(db), "en", acting=SYSTEM)
    try:
        with again.engine.connect() as conn:
            stored = {row.hex for row in conn.scalars(select(Purchase.id))}
        assert set(reported) <= stored
        report = again.terminal.admin.check()
        assert report.ok, report.problems
        assert again.terminal.till.member(member).visits == len(stored)
    finally:
        again.engine.dispose()

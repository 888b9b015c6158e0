"""The till runs two rounds of its local copy's feed on two threads (issue #17): the
replica keeper's, every second (app/ui/replica_keeper.py), and the sender's catch-up
after the outbox was sent (app/ui/offline_sender.py). Run at once while the server
sells, the copy never goes back (its watermark, a member's balance) and ends equal to
the server, with no "database is locked"."""

import threading
import time

import pytest
from sqlalchemy import create_engine, select

from app.bootstrap import open_app
from app.db.engine import database_url
from app.db.models import Member
from app.services import replica_store as store
from app.services.context import SYSTEM
from app.services.replica import LocalCopy
from tests.services.test_replica import same_as_server

SALES = 40


@pytest.fixture
def server(postgres_url):
    app = open_app(postgres_url, lang="en", acting=SYSTEM)
    yield app
    app.engine.dispose()


def test_the_keepers_round_and_the_senders_catch_up_at_once_stay_consistent(
        server, tmp_path, member_input, buy):
    t = server.terminal
    t.admin.add_demo_members(30, seed=3)
    ivan = t.till.enrol(member_input(first_name="Ivan", phone="+7 916 555 00 01"))
    copy = LocalCopy(server.url, tmp_path / "offline" / "copy.sqlite3", page=7)
    copy.build()
    local = create_engine(database_url(str(copy.path)))
    selling, errors, seen = threading.Event(), [], []

    def rounds(call):
        try:
            while selling.is_set():
                call()
        except Exception as exc:  # noqa: BLE001 - the test says which failed
            errors.append(exc)

    def watch():  # what the till would show from the copy, in time order
        while selling.is_set():
            with local.connect() as conn:
                balance = conn.execute(select(Member.balance).where(Member.id == ivan)).scalar()
            seen.append((store.read_state(local).watermark, balance))
            time.sleep(0.005)

    selling.set()
    threads = [threading.Thread(target=rounds, args=(copy.keep_up,)),
               threading.Thread(target=rounds, args=(copy.catch_up,)),
               threading.Thread(target=watch)]
    for thread in threads:
        thread.start()
    try:
        for _ in range(SALES):
            buy(t, ivan, 100_00)
    finally:
        selling.clear()
        for thread in threads:
            thread.join(timeout=60)
    assert errors == []
    watermarks, balances = [w for w, _b in seen], [b for _w, b in seen]
    assert watermarks == sorted(watermarks), "the copy's watermark went back"
    assert balances == sorted(balances), "a member's balance in the copy went back"
    copy.catch_up()
    same_as_server(server, copy)
    assert balances[-1] <= t.till.member(ivan).balance
    local.dispose()
    copy.close()

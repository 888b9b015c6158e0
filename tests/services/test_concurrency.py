"""Several tills on one database, as real processes: no lost update, no IntegrityError.

Each test starts real till processes (each opens the database as a till does) that
wait at a barrier and then do the same thing at the same moment. The figures asserted
are exact. ``db_url`` is the one parameter: a SQLite file, then a PostgreSQL database
(``both_databases``); the tests of SQLite's write lock are ``sqlite_only``.
"""

from __future__ import annotations

import multiprocessing
import sqlite3
import time
import traceback
import uuid

import pytest
from sqlalchemy import func, select

from app.bootstrap import open_app
from app.db.models import AuditEntry, LedgerEntry, Member, Purchase, Reward, Stamp
from app.domain.errors import DomainError
from app.domain.giving import Verification
from app.domain.program import Line
from app.services import members
from app.services.context import SYSTEM
from app.services.dto import MemberInput
from app.services.storage import StorageError

# Spawned, not forked: a fork copies whatever lock another thread of the test process
# (Qt's pool, logging) held at that moment, and a till once hung on one for good.
SPAWN = multiprocessing.get_context("spawn")
WAIT_S = 60


pytestmark = pytest.mark.both_databases


@pytest.fixture
def db_url(db_location):
    """A fresh SQLite file, then (second run) a fresh PostgreSQL database (conftest)."""
    if db_location.startswith("postgresql"):
        return db_location
    return f"sqlite:///{db_location}"


def _till_process(db_url, barrier, results, job, args):
    """One till: open the database, wait for the others, do ``job``; report what came of it."""
    try:
        app = open_app(db_url, lang="en", acting=SYSTEM)
        try:
            barrier.wait(WAIT_S)
            results.put(("ok", job(app.terminal, *args)))
        finally:
            app.engine.dispose()
    except DomainError as exc:
        results.put(("refused", exc.code))
    except BaseException:  # noqa: BLE001 - the parent asserts on it, with the traceback
        results.put(("crash", traceback.format_exc()))


def run_tills(db_url, job, args_per_till):
    """Run ``job(terminal, *args)`` in one process per entry of ``args_per_till``, all at
    once; returns each outcome: ("ok", value), ("refused", code) or ("crash", text)."""
    barrier, results = SPAWN.Barrier(len(args_per_till)), SPAWN.Queue()
    tills = [SPAWN.Process(target=_till_process, args=(db_url, barrier, results, job, args),
                           daemon=True)
             for args in args_per_till]
    for till in tills:
        till.start()
    try:
        outcomes = [results.get(timeout=WAIT_S) for _ in tills]
    finally:  # a till that never answers fails the test; it never holds the run
        deadline = time.monotonic() + WAIT_S
        for till in tills:
            till.join(max(0.1, deadline - time.monotonic()))
            if till.is_alive():
                till.terminate()
    crashes = [text for kind, text in outcomes if kind == "crash"]
    assert not crashes, crashes[0]
    return outcomes


def person(n: int, **kw) -> MemberInput:
    return MemberInput(first_name=f"Anna{n}", last_name="Petrova",
                       phone=f"+7 916 123 {n // 100:02d} {n % 100:02d}", consent=True, **kw)


@pytest.fixture
def shop(db_url):
    app = open_app(db_url, lang="en", acting=SYSTEM)
    yield app.terminal
    app.engine.dispose()


def member_with(shop, points: int, n: int = 1) -> uuid.UUID:
    member = shop.till.enrol(person(n))
    have = shop.till.member(member).balance
    shop.admin.adjust_points(uuid.uuid4(), member, points - have, "start of the test")
    assert shop.till.member(member).balance == points
    return member


def figures(shop, member_id):
    def read(s):
        m = s.get(Member, member_id)
        return dict(balance=m.balance, qualifying=m.qualifying_points, visits=m.visits,
                    ledger=s.scalar(select(func.coalesce(func.sum(LedgerEntry.points), 0))
                                    .where(LedgerEntry.member_id == member_id)),
                    purchases=s.scalar(select(func.count()).select_from(Purchase)
                                       .where(Purchase.member_id == member_id)),
                    stamps=s.scalar(select(func.coalesce(func.sum(Stamp.stamps), 0))
                                    .where(Stamp.member_id == member_id)),
                    rewards=s.scalar(select(func.count()).select_from(Reward)
                                     .where(Reward.member_id == member_id)))
    return shop.till._uow(None, read)


def assert_checked_clean(shop):
    report = shop.admin.check()
    assert report.problems == []


# ---- the jobs each till runs (module level: a process runs them) ---------------------

def _redeem(t, member_id, points):
    card = Verification("card", card=t.till.member(member_id).card_number)
    return t.till.record_purchase(uuid.uuid4(), member_id, 10_000, points,
                                  verification=card).points_earned


def _donate(t, member_id, points):
    card = Verification("card", card=t.till.member(member_id).card_number)
    return t.till.donate(uuid.uuid4(), member_id, "shelter", points, card).points


def _sales(t, member_ids, count, seed):
    for i in range(count):
        member = member_ids[(i + seed) % len(member_ids)]
        t.till.record_purchase(uuid.uuid4(), member, 1_000 + i, 0,
                               lines=(Line("coffee", 300, 1 + i % 2),))
    return count


def _same_purchase(t, purchase_id, member_id):
    r = t.till.record_purchase(purchase_id, member_id, 5_000)
    return r.points_earned, r.balance, r.duplicate


def _enrol(t, n):
    return t.till.enrol(person(n))


def _guess_pins(t, name, pin, count):
    codes = []
    for _ in range(count):
        try:
            t.sign_in.login(name, pin)
            codes.append("signed_in")
        except DomainError as exc:
            codes.append(exc.code)
    return codes


# ---- the races ---------------------------------------------------------------------

TILLS = 4


def test_one_of_several_tills_redeeming_the_same_points_wins(db_url, shop):
    member = member_with(shop, 100)
    outcomes = run_tills(db_url, _redeem, [(member, 80)] * TILLS)
    won = [value for kind, value in outcomes if kind == "ok"]
    assert len(won) == 1
    assert sorted(code for kind, code in outcomes if kind == "refused") == \
        ["redeem_over_balance"] * (TILLS - 1)
    f = figures(shop, member)
    assert f["balance"] == f["ledger"] == 20 + won[0]
    assert_checked_clean(shop)


def test_one_of_several_tills_donating_the_same_points_wins(db_url, shop):
    member = member_with(shop, 100)
    outcomes = run_tills(db_url, _donate, [(member, 80)] * TILLS)
    assert [value for kind, value in outcomes if kind == "ok"] == [-80]
    assert len([kind for kind, _ in outcomes if kind == "refused"]) == TILLS - 1
    f = figures(shop, member)
    assert f["balance"] == f["ledger"] == 20
    assert_checked_clean(shop)


def test_busy_tills_selling_to_the_same_members_lose_no_update(db_url, shop):
    members = [shop.till.enrol(person(n)) for n in range(3)]
    per_till = 12
    outcomes = run_tills(db_url, _sales, [(members, per_till, k) for k in range(TILLS)])
    assert outcomes == [("ok", per_till)] * TILLS
    total = 0
    for member in members:
        f = figures(shop, member)
        total += f["purchases"]
        assert f["visits"] == f["purchases"]
        assert f["balance"] == f["ledger"]
        # Every coffee is a stamp; every sixth turned into a reward and left the card.
        coffees = shop.till._uow(None, lambda s, m=member: s.scalar(
            select(func.coalesce(func.sum(Stamp.stamps), 0))
            .where(Stamp.member_id == m, Stamp.kind == "purchase")))
        assert (f["stamps"], f["rewards"]) == (coffees % 6, coffees // 6)
    assert total == TILLS * per_till
    assert_checked_clean(shop)


def test_the_same_purchase_from_two_tills_is_recorded_once(db_url, shop):
    member = shop.till.enrol(person(1))
    purchase_id = uuid.uuid4()
    outcomes = run_tills(db_url, _same_purchase, [(purchase_id, member)] * 2)
    assert [kind for kind, _ in outcomes] == ["ok", "ok"]
    answers = sorted(value for _, value in outcomes)
    assert answers[0][:2] == answers[1][:2]  # the same points, the same balance
    assert [duplicate for *_, duplicate in answers] == [False, True]
    f = figures(shop, member)
    assert f["purchases"] == f["visits"] == 1
    assert_checked_clean(shop)


def test_the_same_phone_enrolled_on_two_tills_is_one_member(db_url, shop):
    outcomes = run_tills(db_url, _enrol, [(7,)] * 2)
    assert sorted(kind for kind, _ in outcomes) == ["ok", "refused"]
    assert [code for kind, code in outcomes if kind == "refused"] == ["phone_taken"]
    assert shop.till.member_count() == 1
    assert_checked_clean(shop)


def test_wrong_pins_from_many_tills_are_checked_five_times_at_most(db_url, shop):
    shop.admin.add_staff("Masha", "2468", "cashier")
    tills = 8
    outcomes = run_tills(db_url, _guess_pins, [("Masha", "1357", 6)] * tills)
    codes = [code for kind, codes in outcomes for code in codes if kind == "ok"]
    assert len(codes) == tills * 6
    # Four wrong PINs are told so; the fifth locks the account; the rest are not checked.
    assert len([c for c in codes if c.startswith("pin_wrong")]) == 4
    assert set(codes) == {"pin_wrong", "pin_wrong_tries_left", "staff_locked_alone"}
    checked = shop.till._uow(None, lambda s: s.scalar(
        select(func.count()).select_from(AuditEntry).where(AuditEntry.action == "login_failed")))
    assert checked == 5


# ---- the seams the races rely on -----------------------------------------------------

def _other_till_may_write(db_url) -> bool:
    """Whether another connection can take the write lock right now (not waiting)."""
    path = db_url.removeprefix("sqlite:///")
    other = sqlite3.connect(path, timeout=0)
    try:
        other.execute("BEGIN IMMEDIATE")
        other.rollback()
        return True
    except sqlite3.OperationalError:
        return False
    finally:
        other.close()


@pytest.mark.sqlite_only
def test_a_writing_unit_of_work_holds_the_write_lock_from_its_start(db_url, shop):
    # Before its first write: a read-check-write sequence is never interleaved.
    assert shop.till._uow(None, lambda s: _other_till_may_write(db_url)) is False
    assert _other_till_may_write(db_url) is True  # and lets go when it ends


@pytest.mark.sqlite_only
def test_a_reading_unit_of_work_takes_no_lock(db_url, shop):
    assert shop.till._uow.read(None, lambda s: _other_till_may_write(db_url)) is True


def test_a_phone_enrolled_since_the_check_is_refused_in_words(shop, monkeypatch):
    # The race on a server: another till's row is committed between our check and our
    # insert; the unique index refuses ours, and the till hears the check's words.
    first = shop.till.enrol(person(3))
    monkeypatch.setattr(members, "_uniqueness_errors", lambda *a, **kw: [])
    with pytest.raises(DomainError) as refused:
        shop.till.enrol(person(3))
    assert refused.value.code == "phone_taken"
    assert refused.value.params["member_id"] == first
    assert shop.till.member_count() == 1


@pytest.mark.sqlite_only
def test_a_till_that_waits_too_long_for_the_lock_says_so_in_words(db_url, shop):
    other = sqlite3.connect(db_url.removeprefix("sqlite:///"))
    other.execute("BEGIN IMMEDIATE")  # another till's sale, stuck mid-way
    try:
        with pytest.raises(StorageError) as busy:
            shop.till.enrol(person(5))
    finally:
        other.rollback()
        other.close()
    assert busy.value.code == "storage_busy"
    assert shop.till.member_count() == 0

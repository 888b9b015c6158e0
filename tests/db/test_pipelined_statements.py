"""Statements sent together in one round trip (psycopg's pipeline mode, app/db/dialect
``append``, ``add_to``, ``read_together``) fail as one statement would: the driver's
error as SQLAlchemy raises it, so the unit of work retries a deadlock, says a server away
in words and drops the lost connection, and the transaction keeps nothing of them."""

import threading
import uuid
from datetime import date

import pytest
from sqlalchemy import func, select, text

from app.bootstrap import open_app
from app.db import dialect
from app.db.engine import make_sessions
from app.db.models import Member, ReportCohortMonth, ReportVisitDay
from app.services import storage
from app.services.context import SYSTEM
from app.services.dto import MemberInput
from app.services.unit_of_work import conflict_state

VISIT, COHORT = ReportVisitDay.__table__, ReportCohortMonth.__table__
NONE = date(1, 1, 1)


@pytest.fixture
def shop(postgres_url):
    app = open_app(postgres_url, lang="en", acting=SYSTEM)
    yield app
    app.engine.dispose()


def _visits(day: date, n: int = 1) -> tuple:
    return (VISIT, [{"day": day, "prev_month": NONE, "prev2_month": NONE, "visits": n}],
            ("day", "prev_month", "prev2_month"))


def _cohort(month: date) -> tuple:
    return (COHORT, [{"cohort": month, "month": month, "members": 1}], ("cohort", "month"))


def test_a_refused_row_fails_the_whole_send_and_nothing_of_it_is_kept(shop):
    member_id = shop.terminal.till.enrol(MemberInput(first_name="Анна", phone="+79161234567",
                                                     consent=True))
    members = Member.__table__
    with make_sessions(shop.engine)() as session:
        connection = session.connection()
        row = dict(connection.execute(select(members).where(members.c.id == member_id))
                   .mappings().one())
        way = dialect.of(connection)
        with pytest.raises(Exception) as caught:
            way.add_to(connection, [_visits(date(2026, 3, 1), 5)])  # sent alone
            way.append(connection, [(VISIT, [{"day": date(2026, 3, 2), "prev_month": NONE,
                                              "prev2_month": NONE, "visits": 7}]),
                                    (members, [row])])  # the same member again
        assert type(caught.value).__name__ == "IntegrityError"
        assert caught.value.orig.sqlstate == "23505"  # the driver's own error behind it
        assert "Анна" not in str(caught.value)  # no member's data in what is logged
        session.rollback()
        assert session.scalar(select(func.count()).select_from(VISIT)) == 0


def test_a_deadlock_between_two_sends_is_the_conflict_the_unit_of_work_retries(shop):
    """Two tills upserting the same two rollup rows in opposite orders: the server picks
    one to fail with 40P01, and it must arrive as the conflict the retry policy knows."""
    make = make_sessions(shop.engine)
    first, second = make(), make()
    march, april = date(2026, 3, 1), date(2026, 4, 1)
    failures = []

    def send(session, tables):
        connection = session.connection()
        try:
            dialect.of(connection).add_to(connection, tables)
        except Exception as exc:  # noqa: BLE001 - looked at below
            failures.append(exc)
            session.rollback()
        else:
            session.commit()

    dialect.of(first).add_to(first.connection(), [_visits(march), _cohort(march)])
    dialect.of(second).add_to(second.connection(), [_visits(april), _cohort(april)])
    other = threading.Thread(target=send, args=(first, [_visits(april), _cohort(april)]))
    other.start()
    # wait until the first one is blocked on april's row, then close the circle
    with shop.engine.connect() as watch:
        for _ in range(200):
            if watch.scalar(text("SELECT count(*) FROM pg_stat_activity "
                                 "WHERE wait_event_type = 'Lock'")):
                break
            threading.Event().wait(0.02)
    send(second, [_visits(march), _cohort(march)])
    other.join(timeout=30)
    assert len(failures) == 1
    assert conflict_state(failures[0]) == "40P01"
    with make() as check:  # the winner's rows, whole; nothing of the loser's
        assert check.scalar(select(func.sum(VISIT.c.visits))) == 2
        assert check.scalar(select(func.sum(COHORT.c.members))) == 2


def test_a_server_lost_mid_send_is_said_as_away_and_the_next_sale_reconnects(shop):
    make = make_sessions(shop.engine)
    with make() as session:
        connection = session.connection()
        pid = connection.exec_driver_sql("SELECT pg_backend_pid()").scalar()
        with shop.engine.connect() as other:
            other.execute(text("SELECT pg_terminate_backend(:p)"), {"p": pid})
        with pytest.raises(Exception) as caught:
            dialect.of(connection).add_to(connection, [_visits(date(2026, 3, 1)),
                                                       _cohort(date(2026, 3, 1))])
        assert caught.value.connection_invalidated
        error = storage.translate(caught.value)
        assert error is not None and error.code == "storage_away"
    # the pool dropped that connection: the next unit of work works
    member_id = shop.terminal.till.enrol(MemberInput(first_name="Олег", phone="+79161234568",
                                                     consent=True))
    result = shop.terminal.till.record_purchase(uuid.uuid4(), member_id, 50000)
    assert result.member.visits == 1 and result.balance == result.member.balance

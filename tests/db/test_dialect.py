"""The one home of what differs between databases (app/db/dialect): a service asks
``dialect.of(bind)`` and gets SQLite's way or the portable one, and each renders the
same request in its own SQL."""

import uuid
from datetime import date, datetime

import pytest
from sqlalchemy import column, create_engine, create_mock_engine, select
from sqlalchemy.dialects import postgresql, sqlite

from app.bootstrap import open_app
from app.db import dialect
from app.db.dialect.portable import Portable
from app.db.dialect.sqlite import Sqlite
from app.db.ids import dashed, hex_key
from app.db.models import Member, Purchase
from app.services.context import SYSTEM
from app.services.dto import MemberInput


def test_each_database_gets_its_way(tmp_path):
    assert isinstance(dialect.of(create_engine(f"sqlite:///{tmp_path / 'x.db'}")), Sqlite)
    pg = create_mock_engine("postgresql://", lambda *a, **k: None)
    way = dialect.of(pg)
    assert type(way) is Portable
    assert way.csv_lines(None, None) is None  # the portable row source writes every line
    assert not way.walks_member_index()


def _sql(expr, on):
    return str(select(expr).compile(dialect=on, compile_kwargs={"literal_binds": True}))


def test_the_greatest_of_two_in_each_dialect():
    balance = column("balance")
    assert "max(balance, 0)" in _sql(Sqlite().greatest(balance, 0), sqlite.dialect())
    assert "greatest(balance, 0)" in _sql(Portable().greatest(balance, 0),
                                          postgresql.dialect())


def test_values_bound_as_each_database_stores_them():
    an_id = uuid.UUID("12345678-9abc-def0-1234-56789abcdef0")
    assert Sqlite().bind_value(an_id) == "123456789abcdef0123456789abcdef0"
    assert Sqlite().bind_value(date(2026, 3, 1)) == "2026-03-01"
    assert Portable().bind_value(an_id) is an_id


def test_ids_one_way_from_storage_to_people():
    an_id = uuid.uuid4()
    assert hex_key(an_id) == an_id.hex and hex_key(None) == ""
    assert dashed([an_id.hex, an_id, None]) == [str(an_id), str(an_id), None]


@pytest.mark.both_databases
def test_each_way_gives_the_same_answers_on_its_own_database(db_location):
    """On a real database, not only as SQL text: quarter hours of stored UTC times, the
    greatest of two, and an id bound as that database stores it."""
    app = open_app(db_location, lang="en", acting=SYSTEM)
    t = app.terminal
    try:
        member = t.till.enrol(MemberInput(first_name="Jane", phone="+79161234567",
                                          consent=True))
        moments = [datetime(2026, 3, 10, 12, 0, 0), datetime(2026, 3, 10, 12, 14, 59, 999999),
                   datetime(2026, 3, 10, 12, 15), datetime(2026, 3, 10, 23, 59, 59)]
        for moment in moments:
            t.ctx.clock = lambda moment=moment: moment
            t.till.record_purchase(uuid.uuid4(), member, 10000)
        with app.engine.connect() as conn:
            way = dialect.of(conn)
            quarters = [way.parse_quarter(q) for q in conn.execute(
                select(way.quarter_of(Purchase.created_at)).order_by(Purchase.created_at)
            ).scalars()]
            greatest = conn.execute(select(way.greatest(Member.balance - 300, 0),
                                           way.greatest(Member.balance, 0))).one()
            found = conn.exec_driver_sql(
                f"SELECT count(*) FROM member WHERE id = {_mark(conn)}",
                (way.bind_value(member),)).scalar()
        assert quarters == [datetime(2026, 3, 10, 12, 0), datetime(2026, 3, 10, 12, 0),
                            datetime(2026, 3, 10, 12, 15), datetime(2026, 3, 10, 23, 45)]
        assert tuple(greatest) == (0, 212)  # 200 welcome + 4 × 3 points
        assert found == 1
    finally:
        app.engine.dispose()


def _mark(conn) -> str:
    return "?" if conn.dialect.paramstyle == "qmark" else "%s"

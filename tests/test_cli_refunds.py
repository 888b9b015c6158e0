"""`regulars refund` and `regulars adjust` end to end on a real SQLite file and on the
shop's PostgreSQL server."""

import uuid

import pytest
from sqlalchemy import create_engine, text

from app.bootstrap import open_app
from app.cli import main
from app.db.engine import database_url
from app.domain.giving import Verification
from app.services.context import SYSTEM
from app.services.dto import MemberInput

pytestmark = pytest.mark.both_databases


@pytest.fixture
def shop(db_location):
    """A database with one member and two purchases on receipt R-7 and R-8."""
    path = db_location
    app = open_app(str(path), "en", acting=SYSTEM)
    t = app.terminal
    mid = t.till.enrol(MemberInput(first_name="Jane", last_name="Roe", phone="+79161234567",
                              consent=True))
    scanned = Verification("card", card=t.till.member(mid).card_number)
    a = t.till.record_purchase(uuid.uuid4(), mid, 100000, 100, "R-7", verification=scanned)  # earns 27
    t.till.record_purchase(uuid.uuid4(), mid, 5000, 0, "R-8")
    card = t.till.member(mid).card_number
    app.engine.dispose()
    return path, mid, a.purchase_id, card


def _rows(path, sql):
    engine = create_engine(database_url(path))
    try:
        with engine.connect() as db:
            return [tuple(row) for row in db.execute(text(sql))]
    finally:
        engine.dispose()


def test_refund_finds_by_receipt_refunds_part_then_the_rest(shop, capsys):
    path, mid, purchase_id, card = shop
    assert main(["refund", "--db", str(path), "--receipt", "R-7"]) == 0
    out = capsys.readouterr().out
    assert str(purchase_id) in out and "1 000.00 RUB" in out and "Jane Roe" in out
    assert "1 purchase(s) found" in out
    refund_id = str(uuid.uuid4())
    args = ["refund", "--db", str(path), "--receipt", "R-7", "--reason", "one item back",
            "--amount", "400", "--refund-id", refund_id]
    assert main(args) == 0
    out = capsys.readouterr().out
    assert "400.00 RUB refunded; 10 point(s) taken back, 40 returned; balance 158" in out
    assert "600.00 RUB left" in out
    assert main(args) == 0  # a retry with the same id: recorded once
    assert "already recorded" in capsys.readouterr().out
    assert _rows(path, "SELECT count(*) FROM refund") == [(1,)]
    assert main(["refund", str(purchase_id), "--db", str(path), "--reason", "the rest"]) == 0
    out = capsys.readouterr().out
    assert "600.00 RUB refunded; 17 point(s) taken back, 60 returned; balance 201" in out
    assert _rows(path, "SELECT staff_name, action FROM audit WHERE action = 'refund'") == \
        [("system", "refund"), ("system", "refund")]
    assert _rows(path, "SELECT DISTINCT cashier FROM refund") == [("system",)]
    assert main(["check", "--db", str(path)]) == 0


def test_refund_refuses_more_than_was_paid_and_saves_nothing(shop, capsys):
    path, _mid, purchase_id, _card = shop
    code = main(["refund", str(purchase_id), "--db", str(path), "--reason", "x",
                 "--amount", "1000.01"])
    assert code == 2
    err = capsys.readouterr().err
    assert "Only 1" in err and "000.00 RUB can still be refunded" in err
    assert _rows(path, "SELECT count(*) FROM refund") == [(0,)]
    assert main(["refund", str(purchase_id), "--db", str(path)]) == 2
    assert "reason" in capsys.readouterr().err.lower()


def test_refund_with_several_matches_asks_for_the_id(shop, capsys):
    path, _mid, _purchase_id, card = shop
    assert main(["refund", "--db", str(path), "--card", card, "--reason", "x"]) == 2
    captured = capsys.readouterr()
    assert "2 purchases match" in captured.err
    assert len(captured.out.strip().splitlines()) == 2
    assert _rows(path, "SELECT count(*) FROM refund") == [(0,)]
    assert main(["refund", "--db", str(path)]) == 2


def test_adjust_adds_and_takes_points_with_a_reason(shop, capsys):
    path, mid, _purchase_id, card = shop
    assert main(["adjust", "--db", str(path), "--card", card, "--points", "-50",
                 "--reason", "typed twice"]) == 0
    assert "-50 point(s)" in capsys.readouterr().out
    entry = str(uuid.uuid4())
    args = ["adjust", "--db", str(path), "--member", str(mid), "--points", "15",
            "--reason", "goodwill", "--entry-id", entry]
    assert main(args) == 0 and main(args) == 0  # the same entry id: recorded once
    (balance,), = _rows(path, "SELECT balance FROM member")
    assert capsys.readouterr().out.count(f"balance {balance}") == 2
    assert _rows(path, "SELECT points, reason, cashier FROM ledger WHERE kind = 'adjustment' "
                       "ORDER BY points") == [(-50, "typed twice", "system"),
                                              (15, "goodwill", "system")]
    assert main(["adjust", "--db", str(path), "--card", card, "--points", "0",
                 "--reason", "x"]) == 2
    assert "not 0" in capsys.readouterr().err
    assert main(["adjust", "--db", str(path), "--card", card, "--points", "5",
                 "--reason", " "]) == 2
    assert main(["check", "--db", str(path)]) == 0

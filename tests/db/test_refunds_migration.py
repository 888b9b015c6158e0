"""Migration 0012: purchases refunded before partial refunds existed become one whole
refund row each, with the points their reversal rows moved, and `check` agrees."""

import uuid

import pytest
from alembic import command
from sqlalchemy import inspect, text

from app.bootstrap import open_app
from app.db.migrate import _config, current_revision, head_revision
from app.domain.giving import Verification
from app.services.context import SYSTEM
from app.services.dto import MemberInput

pytestmark = pytest.mark.both_databases


def _hex(stored) -> str:
    """A stored id as hex: SQLite keeps the text, PostgreSQL gives a uuid.UUID."""
    return uuid.UUID(str(stored)).hex


def test_an_earlier_whole_refund_becomes_a_refund_row(db_location):
    app = open_app(db_location, lang="en", acting=SYSTEM)
    t = app.terminal
    mid = t.till.enrol(MemberInput(first_name="Jane", phone="+79161234567", consent=True))
    scanned = Verification("card", card=t.till.member(mid).card_number)
    refunded = t.till.record_purchase(uuid.uuid4(), mid, 100000, 100, verification=scanned)  # earns 27
    kept = t.till.record_purchase(uuid.uuid4(), mid, 50000)
    t.till.refund(refunded.purchase_id, "wrong card")
    cfg = _config()
    with app.engine.begin() as conn:  # back to 0011: as an older version left it
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "0011")
    assert "refund" not in inspect(app.engine).get_table_names()
    app.engine.dispose()
    again = open_app(db_location, lang="en", acting=SYSTEM)
    try:
        assert current_revision(again.engine) == head_revision()
        with again.engine.connect() as conn:
            rows = [(_hex(r[0]), *r[1:]) for r in conn.execute(text(
                "SELECT purchase_id, amount_minor, points_taken_back, points_returned, reason "
                "FROM refund"))]
            refunded_minor = {_hex(r[0]): r[1] for r in conn.execute(text(
                "SELECT id, refunded_minor FROM purchase"))}
        assert rows == [(refunded.purchase_id.hex, 100000, 27, 100, "wrong card")]
        assert refunded_minor == {refunded.purchase_id.hex: 100000, kept.purchase_id.hex: 0}
        report = again.terminal.admin.check()
        assert report.ok, report.problems
        assert again.terminal.till.refund(refunded.purchase_id).already_refunded
    finally:
        again.engine.dispose()

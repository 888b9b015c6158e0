import uuid
from datetime import datetime, timezone

import pytest

from app.bootstrap import open_app
from app.domain.giving import Verification
from app.services.context import SYSTEM
from app.services.dto import MemberInput


def member_input(**kw):
    base = dict(first_name="Елёна", last_name="Смирнова", phone="+7 916 123 45 67", consent=True)
    base.update(kw)
    return MemberInput(**base)


@pytest.fixture
def app(db_location):
    # The tests act as the command line does: the owner, audited as "system".
    a = open_app(db_location, lang="en", acting=SYSTEM)
    yield a
    a.engine.dispose()


@pytest.fixture
def t(app):
    return app.terminal


@pytest.fixture
def member(t):
    return t.till.enrol(member_input())


def buy(t, member_id, amount_minor, redeem=0):
    # Points are spent only for a member recognised at the till: here by their card.
    scanned = Verification("card", card=t.till.member(member_id).card_number) if redeem else None
    return t.till.record_purchase(uuid.uuid4(), member_id, amount_minor, redeem,
                             verification=scanned)


@pytest.fixture(name="member_input")
def member_input_fixture():
    """The form-data builder, as a fixture so test modules need no import of conftest."""
    return member_input


@pytest.fixture(name="buy")
def buy_fixture():
    return buy


@pytest.fixture
def clock(t):
    """Set the till's clock: clock(2026, 3, 10, 12, 0), UTC (the till's zone is UTC too)."""
    t.ctx.local_tz = timezone.utc

    def set_to(*args):
        moment = datetime(*args)
        t.ctx.clock = lambda: moment
        return moment
    set_to(2026, 3, 10, 12, 0)
    return set_to

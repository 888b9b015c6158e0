"""A server (the test's database) and a till's local file holding copies of the server's
members, as replica will keep it (until then the tests copy the members themselves)."""

from __future__ import annotations

import uuid
from dataclasses import replace

import pytest

from app.bootstrap import open_app
from app.services.context import SYSTEM
from app.services.dto import MemberInput


def local_file(path) -> object:
    return open_app(str(path), lang="en", acting=SYSTEM)


@pytest.fixture(name="server")
def server_fixture(db_location):
    """The shop's server: the test's database (SQLite, or PostgreSQL where marked)."""
    a = local_file(db_location)
    yield a
    a.engine.dispose()


@pytest.fixture(name="local")
def local_fixture(tmp_path):
    """The till's local file."""
    a = local_file(tmp_path / "local.sqlite3")
    yield a
    a.engine.dispose()


def enrol_on_both(server, local, data: MemberInput) -> uuid.UUID:
    """The member on the server, and the same member (id, card) on the till's copy."""
    member_id = server.terminal.till.enrol(data, uuid.uuid4())
    card = server.terminal.till.member(member_id).card_number
    local.terminal.till.enrol(replace(data, card_number=card), member_id)
    return member_id

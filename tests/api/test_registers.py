"""Registers and their tokens: a token is shown once, stored only as its SHA-256, works
until revoked; names are unique among live registers; everything is audited without
the token."""

import hashlib

import pytest
from sqlalchemy import select

from app.db.models import AuditEntry, Register
from app.domain.errors import DomainError
from app.domain.roles import PermissionDenied
from app.services import registers
from app.services.context import StaffSession

pytestmark = pytest.mark.both_databases


def _verify(t, token):
    with t._sessions.begin() as s:
        return registers.verify(s, token)


def test_a_register_is_added_with_a_token_shown_once_and_stored_hashed(t):
    new = t.registers.add("Kase 1", lang="lv")
    assert new.token.startswith("rg_") and len(new.token) == 3 + 43  # 256 bits, base64url
    with t._sessions.begin() as s:
        row = s.scalar(select(Register))
        assert row.token_hash == hashlib.sha256(new.token.encode()).hexdigest()
        assert new.token not in (row.token_hash, row.name)
        details = " ".join(a.details + a.target for a in s.scalars(select(AuditEntry)))
    assert new.token not in details
    found = _verify(t, new.token)
    assert (found.name, found.lang, found.live) == ("Kase 1", "lv", True)
    assert [r.name for r in t.registers.list()] == ["Kase 1"]


def test_two_tokens_differ_and_a_wrong_one_finds_nobody(t):
    a, b = t.registers.add("A"), t.registers.add("B")
    assert a.token != b.token
    assert _verify(t, a.token).name == "A" and _verify(t, b.token).name == "B"
    for wrong in (a.token[:-1] + ("x" if a.token[-1] != "x" else "y"), "", "rg_", "Bearer",
                  None, 12, "rg_" + "a" * 200):
        assert _verify(t, wrong) is None


def test_a_revoked_token_stops_working_and_its_name_may_be_given_again(t):
    old = t.registers.add("Front")
    t.registers.revoke("Front")
    assert _verify(t, old.token) is None
    new = t.registers.add("Front")
    assert _verify(t, new.token).id == new.register.id
    rows = t.registers.list()
    assert [(r.name, r.live) for r in rows] == [("Front", True), ("Front", False)]
    with t._sessions.begin() as s:
        actions = sorted(s.scalars(select(AuditEntry.action)
                                   .where(AuditEntry.action.like("register_%"))))
    assert actions == ["register_add", "register_add", "register_revoke"]


def test_names_are_checked_in_words(t):
    t.registers.add("Front")
    for name, code in (("Front", "register_name_taken"), ("  ", "register_name_required"),
                       ("x" * 61, "register_name_too_long")):
        with pytest.raises(DomainError) as exc:
            t.registers.add(name)
        assert exc.value.code == code
    with pytest.raises(DomainError) as exc:
        t.registers.revoke("Back")
    assert exc.value.code == "register_not_found"
    with pytest.raises(DomainError) as exc:
        t.registers.add("Back", lang="de")
    assert exc.value.code == "register_lang_unknown"
    assert [r.name for r in t.registers.list()] == ["Front"]


def test_a_register_is_renamed_and_keeps_its_token(t):
    new = t.registers.add("Front")
    t.registers.add("Back")
    with pytest.raises(DomainError) as exc:
        t.registers.rename("Front", "Back")
    assert exc.value.code == "register_name_taken"
    assert t.registers.rename("Front", "  Door   one ").name == "Door one"
    assert _verify(t, new.token).name == "Door one"


def test_only_the_owner_manages_registers(app):
    t = app.terminal
    t._ctx.staff = StaffSession(None, "Anna", "manager")
    with pytest.raises(PermissionDenied):
        t.registers.add("Front")
    with pytest.raises(PermissionDenied):
        t.registers.list()

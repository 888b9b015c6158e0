"""Fifty registers committing at once through the real server, each sale sent twice at
the same moment: no error, each sale recorded once, the balances exact. And wrong
tokens: slowed, then refused with 429 for the address, audited without the token."""

import threading

import pytest
from sqlalchemy import func, select

from app.api.guard import BLOCK_AFTER, WrongTokens
from app.db.models import AuditEntry, Purchase
from app.services.dto import MemberInput
from tests.api.served import client, served

pytestmark = pytest.mark.both_databases

REGISTERS, SALES, MEMBERS = 50, 3, 5
WELCOME = 200


def test_fifty_registers_commit_at_once_without_an_error(t):
    people = [t.till.enrol(MemberInput(first_name=f"M{i}", phone=f"+7 916 000 00 {10 + i}",
                                       consent=True)) for i in range(MEMBERS)]
    tokens = [t.registers.add(f"Kase {i}").token for i in range(REGISTERS)]
    answers, failures = [], []
    start = threading.Barrier(REGISTERS * 2)

    def register(i: int, copy: int):
        with client(server, tokens[i]) as c:
            start.wait()
            for n in range(SALES):
                sale = {"member_id": str(people[(i + n) % MEMBERS]), "amount_minor": 10000 * (n + 1),
                        "sale_id": f"{i}-{n}"}
                r = c.post("/api/v1/commit", json=sale)
                (answers if r.status_code == 200 else failures).append((i, n, copy, r.text))

    with served(t) as server:
        threads = [threading.Thread(target=register, args=(i, copy))
                   for i in range(REGISTERS) for copy in (0, 1)]
        for th in threads:
            th.start()
        for th in threads:
            th.join()
    assert failures == []
    assert len(answers) == REGISTERS * SALES * 2
    by_sale = {}
    for i, n, _copy, text in answers:
        by_sale.setdefault((i, n), set()).add(text)
    assert all(len(texts) == 1 for texts in by_sale.values())  # both copies: one answer
    with t._sessions.begin() as s:
        assert s.scalar(select(func.count()).select_from(Purchase)) == REGISTERS * SALES
    # sale n of register i: 100.00·(n+1) to member (i+n) mod 5, 3 % → 3·(n+1) points
    expected = {m: WELCOME for m in people}
    for i in range(REGISTERS):
        for n in range(SALES):
            expected[people[(i + n) % MEMBERS]] += 3 * (n + 1)
    assert {m: t.till.member(m).balance for m in people} == expected
    assert t.admin.check().ok


def test_wrong_tokens_are_slowed_then_the_address_is_refused(t):
    token = t.registers.add("Kase 1").token
    with served(t, wrong=WrongTokens(first_delay_s=0.001)) as server:
        wrong = client(server, "rg_" + "x" * 43)
        codes = [wrong.get("/api/v1/register").status_code for _ in range(BLOCK_AFTER)]
        assert codes == [401] * BLOCK_AFTER
        blocked = wrong.get("/api/v1/register")
        assert (blocked.status_code, blocked.json()["error"]["code"]) == (
            429, "too_many_wrong_tokens")
        assert int(blocked.headers["retry-after"]) > 0
        # the address is refused whatever it sends until the window passes
        assert client(server, token).get("/api/v1/register").status_code == 429
    with t._sessions.begin() as s:
        rows = list(s.scalars(select(AuditEntry).where(AuditEntry.action == "api_token_refused")
                              .order_by(AuditEntry.at)))
    assert [(r.target, r.details) for r in rows] == [
        ("127.0.0.1", '{"count": 1}'), ("127.0.0.1", f'{{"count": {BLOCK_AFTER}}}')]


def test_a_right_token_clears_the_count_and_slowing_grows():
    wrong = WrongTokens(clock=lambda: 0.0)
    assert [wrong.delay_after(n) for n in (1, 2, 3, 6, 9)] == [0.1, 0.2, 0.4, 2.0, 2.0]
    for _ in range(BLOCK_AFTER - 1):
        wrong.failed("10.0.0.5")
    assert wrong.blocked_for("10.0.0.5") == 0
    wrong.cleared("10.0.0.5")
    for _ in range(BLOCK_AFTER):
        wrong.failed("10.0.0.5")
    assert wrong.blocked_for("10.0.0.5") == 15 * 60 and wrong.blocked_for("10.0.0.6") == 0

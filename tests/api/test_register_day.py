"""A register's whole day against the real server over HTTP: identify, quote, commit, the
retry that changes nothing, refunds in part and of the rest, and every refusal in words
with nothing saved."""

import uuid

import pytest
from sqlalchemy import func, select

from app.db.models import AuditEntry, LedgerEntry, Purchase, Refund, RegisterCall
from app.domain.program import Line
from app.services.dto import MemberInput
from tests.api.served import client, served

pytestmark = pytest.mark.both_databases

WELCOME = 200  # the default program's welcome bonus


@pytest.fixture
def anna(t):
    return t.till.enrol(MemberInput(first_name="Anna", last_name="Ozola",
                                    phone="+7 916 123 45 67", consent=True))


def count(t, model, *where):
    with t._sessions.begin() as s:
        return s.scalar(select(func.count()).select_from(model).where(*where))


def test_a_whole_day_at_the_register(t, anna):
    card = t.till.member(anna).card_number
    token = t.registers.add("Kase 1").token
    events = []
    with served(t, events) as server, client(server, token) as c:
        by_card = c.post("/api/v1/identify", json={"card": card})
        assert by_card.status_code == 200
        found = by_card.json()
        assert (found["member_id"], found["name"], found["balance"], found["tier"]["key"],
                found["identified_by"]) == (str(anna), "Anna Ozola", WELCOME, "bunny", "card")
        assert found["greeting"].endswith("Anna!")
        assert c.post("/api/v1/identify", json={"phone": "8 916 123-45-67"}).json()[
            "member_id"] == str(anna)
        assert c.post("/api/v1/identify", json={"code": f" {card}\n"}).json()[
            "identified_by"] == "code"

        basket = {"member_id": str(anna), "amount_minor": 100000, "points_to_use": 50,
                  "card": card}
        quote = c.post("/api/v1/quote", json=basket).json()
        # 1000.00 with 50 points (50.00) spent: 3 % of the 950.00 paid
        assert (quote["points_usable_max"], quote["points_to_use"], quote["points_earned"],
                quote["balance_after"]) == (WELCOME, 50, 28, WELCOME - 50 + 28)
        assert count(t, Purchase) == 0  # a quote records nothing

        sale = {**basket, "sale_id": "K1-0001", "receipt_number": "R-77",
                "quoted_points_earned": quote["points_earned"]}
        first = c.post("/api/v1/commit", json=sale)
        assert first.status_code == 200
        done = first.json()
        assert (done["points_earned"], done["points_to_use"], done["balance"]) == (28, 50, 178)
        assert done["thank_you"].startswith("Thank you, Anna")
        again = c.post("/api/v1/commit", json=sale)
        assert again.content == first.content and again.headers["idempotent-replay"] == "true"
        assert count(t, Purchase) == 1
        assert t.till.member(anna).balance == 178
        other = c.post("/api/v1/commit", json={**sale, "amount_minor": 99})
        assert (other.status_code, other.json()["error"]["code"]) == (409, "call_id_reused")

        part = c.post("/api/v1/refunds", json={"refund_id": "RF-1", "receipt_number": "R-77",
                                               "amount_minor": 40000})
        assert part.status_code == 200
        # 400.00 of 1000.00: ⌊28·0.4⌋ = 11 earned taken back, ⌈50·0.4⌉ = 20 spent returned
        assert (part.json()["points_taken_back"], part.json()["points_returned"],
                part.json()["left_minor"], part.json()["balance"]) == (11, 20, 60000, 187)
        assert c.post("/api/v1/refunds", json={"refund_id": "RF-1", "receipt_number": "R-77",
                                               "amount_minor": 40000}).content == part.content
        rest = c.post("/api/v1/refunds", json={"refund_id": "RF-2",
                                               "purchase_id": done["purchase_id"]}).json()
        assert (rest["amount_minor"], rest["points_taken_back"], rest["points_returned"],
                rest["left_minor"], rest["balance"]) == (60000, 17, 30, 0, WELCOME)
        nothing_left = c.post("/api/v1/refunds", json={"refund_id": "RF-3",
                                                       "purchase_id": done["purchase_id"]})
        assert nothing_left.status_code == 422
        summary = c.get(f"/api/v1/members/{anna}/summary").json()
        assert (summary["balance"], summary["next_tier"]["name"], summary["slip_text"]) == (
            WELCOME, "Wolf", None)
    assert count(t, Refund) == 2 and count(t, RegisterCall) == 3
    assert t.till.member(anna).balance == WELCOME
    assert [e[0] for e in events] == ["identified"] * 3 + ["committed"]
    assert events[-1][1] == uuid.UUID(done["purchase_id"]) and events[-1][2].name == "Kase 1"


def test_the_quote_gives_the_figures_the_till_records(t, anna):
    camp = {"key": "coffee_x", "name": {"ru": "Кофе", "en": "Coffee week"}, "kind": "category",
            "starts": "2000-01-01", "ends": "2100-12-31", "category": "coffee",
            "extra_percent": 10}
    t.admin.save_program({**t.program.to_dict(), "campaigns": [camp]})
    twin = t.till.enrol(MemberInput(first_name="Berta", phone="+7 916 000 00 01", consent=True))
    token = t.registers.add("Kase 1").token
    lines = [{"category": "coffee", "amount_minor": 40000, "quantity": 2},
             {"category": "bakery", "amount_minor": 10000, "quantity": 1}]
    with served(t) as server, client(server, token) as c:
        quote = c.post("/api/v1/quote", json={"member_id": str(anna), "amount_minor": 100000,
                                              "lines": lines}).json()
        at_till = t.till.record_purchase(uuid.uuid4(), twin, 100000, 0, lines=(
            Line("coffee", 40000, 2), Line("bakery", 10000, 1)))
        assert quote["points_earned"] == at_till.points_earned == 30 + 40
        assert quote["bonuses"] == [{"kind": "campaign", "key": "coffee_x",
                                     "name": "Coffee week", "points": 40}]
        sale = {"member_id": str(anna), "amount_minor": 100000, "lines": lines,
                "sale_id": "S-1", "quoted_points_earned": 70}
        done = c.post("/api/v1/commit", json=sale).json()
        assert (done["points_earned"], done["balance"]) == (70, WELCOME + 70)
        changed = c.post("/api/v1/commit", json={**sale, "sale_id": "S-2",
                                                 "quoted_points_earned": 71})
        assert (changed.status_code, changed.json()["error"]["code"]) == (409, "quote_changed")
    assert count(t, Purchase, Purchase.member_id == anna) == 1


def test_every_refusal_is_in_words_and_saves_nothing(t, anna):
    token = t.registers.add("Kase 1").token
    card = t.till.member(anna).card_number
    with served(t) as server, client(server, token) as c:
        def refused(path, status, code, **kw):
            r = c.post(path, **kw)
            assert (r.status_code, r.json()["error"]["code"]) == (status, code), r.text
            assert r.json()["error"]["message"]
            return r.json()["error"]
        ok = {"member_id": str(anna), "amount_minor": 10000, "sale_id": "S-1"}
        refused("/api/v1/commit", 400, "invalid_json", content=b'{"member_id": ',
                headers={"content-type": "application/json"})
        refused("/api/v1/commit", 400, "invalid_json", json=[1, 2])
        refused("/api/v1/commit", 422, "amount_too_large", json={**ok, "amount_minor": 10**10})
        refused("/api/v1/commit", 422, "amount_too_large", json={**ok, "amount_minor": 10**30})
        refused("/api/v1/commit", 422, "amount_zero", json={**ok, "amount_minor": -5})
        assert refused("/api/v1/commit", 422, "invalid_request",
                       json={**ok, "amount_minor": 12.5})["field"] == "amount_minor"
        assert refused("/api/v1/commit", 422, "invalid_request",
                       json={**ok, "member_id": "42"})["field"] == "member_id"
        refused("/api/v1/commit", 404, "member_not_found",
                json={**ok, "member_id": str(uuid.uuid4())})
        refused("/api/v1/commit", 422, "call_id_invalid", json={**ok, "sale_id": "x" * 65})
        refused("/api/v1/commit", 422, "member_unverified", json={**ok, "points_to_use": 5})
        refused("/api/v1/commit", 422, "redeem_over_balance",
                json={**ok, "amount_minor": 10**6, "points_to_use": WELCOME + 1, "card": card})
        refused("/api/v1/commit", 422, "category_unknown",
                json={**ok, "lines": [{"category": "tea", "amount_minor": 100}]})
        refused("/api/v1/identify", 404, "member_not_found", json={"phone": "+7 916 999 99 99"})
        refused("/api/v1/identify", 422, "identify_one", json={})
        refused("/api/v1/refunds", 404, "purchase_not_found",
                json={"refund_id": "R", "receipt_number": "nope"})
        wrong = client(server, token[:-2] + "zz").post("/api/v1/quote", json=ok)
        assert (wrong.status_code, wrong.json()["error"]["code"]) == (401, "token_invalid")
        assert wrong.headers["www-authenticate"] == "Bearer"
        assert c.post("/api/v1/commit", json=ok).status_code == 200  # all of that saved nothing
    assert count(t, Purchase) == 1 and count(t, RegisterCall) == 1
    with t._sessions.begin() as s:
        assert s.scalar(select(func.count()).select_from(LedgerEntry)
                        .where(LedgerEntry.purchase_id.is_not(None))) == 1


def test_every_call_is_audited_with_its_register_and_no_personal_data(t, anna):
    new = t.registers.add("Kase 1")
    card = t.till.member(anna).card_number
    with served(t) as server, client(server, new.token) as c:
        c.post("/api/v1/identify", json={"phone": "+7 916 123 45 67"})
        c.post("/api/v1/quote", json={"member_id": str(anna), "amount_minor": 1000})
        c.post("/api/v1/commit", json={"member_id": str(anna), "amount_minor": 1000,
                                       "sale_id": "S", "card": card})
        c.get(f"/api/v1/members/{anna}/summary")
    with t._sessions.begin() as s:
        rows = list(s.scalars(select(AuditEntry).where(AuditEntry.action.like("api_%"))
                              .order_by(AuditEntry.at)))
    assert [r.action for r in rows] == ["api_identify", "api_quote", "api_commit",
                                        "api_summary"]
    assert {r.staff_name for r in rows} == {"register Kase 1"}
    assert all(new.register.id.hex in r.details for r in rows)
    text = " ".join(r.details + r.target for r in rows)
    for personal in ("Anna", "Ozola", "916", card):
        assert personal not in text

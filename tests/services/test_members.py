import uuid

import pytest

from app.domain.cards import validate_card_number
from app.domain.errors import DomainError, ValidationErrors

pytestmark = pytest.mark.both_databases


def test_enrol_gives_welcome_bonus_and_valid_card(t, member_input):
    mid = t.till.enrol(member_input())
    view = t.till.member(mid)
    assert view.balance == 200
    assert view.qualifying_points == 0
    assert view.tier_key == "bunny" and view.tier_name == "Bunny"
    assert validate_card_number(view.card_number) == view.card_number
    assert view.card_number.startswith("2") and len(view.card_number) == 13
    assert view.phone == "+7 916 123-45-67"
    assert view.display_name == "Елёна Смирнова"
    assert view.visits == 0
    assert "first_visit" in [k for k, _ in view.occasions]
    report = t.admin.check()
    assert report.ok and report.members == 1 and report.ledger_rows == 1


def test_enrol_same_client_id_twice_records_once(t, member_input):
    cid = uuid.uuid4()
    assert t.till.enrol(member_input(), member_id=cid) == cid
    assert t.till.enrol(member_input(), member_id=cid) == cid
    assert t.till.member_count() == 1
    assert t.till.member(cid).balance == 200
    assert t.admin.check().ledger_rows == 1


def test_duplicate_phone_is_refused(t, member_input):
    first = t.till.enrol(member_input())
    with pytest.raises(DomainError) as exc:
        t.till.enrol(member_input(first_name="Ольга", phone="8 (916) 123-45-67"))
    assert exc.value.code == "phone_taken"
    assert exc.value.params["member_id"] == first
    assert t.till.member_count() == 1


def test_missing_consent_saves_nothing(t, member_input):
    with pytest.raises(DomainError) as exc:
        t.till.enrol(member_input(consent=False))
    assert exc.value.code == "consent_required"
    assert t.till.member_count() == 0
    assert t.admin.check().ledger_rows == 0


def test_empty_name_and_bad_phone_reported_together(t, member_input):
    with pytest.raises(ValidationErrors) as exc:
        t.till.enrol(member_input(first_name="   ", phone="12345"))
    fields = {e.field for e in exc.value.errors}
    codes = {e.code for e in exc.value.errors}
    assert fields == {"first_name", "phone"}
    assert codes == {"name_empty", "phone_invalid"}
    assert t.till.member_count() == 0


def test_given_card_number_is_kept_and_bad_one_refused(t, member_input):
    mid = t.till.enrol(member_input(card_number="2000000000428"))
    assert t.till.member(mid).card_number == "2000000000428"
    with pytest.raises(DomainError) as exc:
        t.till.enrol(member_input(phone="+79031112233", card_number="2000000000429"))
    assert exc.value.code == "card_check_digit"
    with pytest.raises(DomainError) as exc:
        t.till.enrol(member_input(phone="+79031112233", card_number="2000000000428"))
    assert exc.value.code == "card_taken"
    assert t.till.member_count() == 1


def test_search_last_four_digits(t, member):
    hits = t.till.search("4567")
    assert [(h.member_id, h.match) for h in hits] == [(member, "phone_suffix")]
    assert t.till.search("4568") == []


def test_search_name_case_and_yo_insensitive(t, member, member_input):
    other = t.till.enrol(member_input(first_name="Ольга", last_name="Иванова", phone="+79031112233"))
    hits = t.till.search("ЕЛЕНА")
    assert [h.member_id for h in hits] == [member]
    assert hits[0].display_name == "Елёна Смирнова"
    assert [h.member_id for h in t.till.search("смирн")] == [member]
    assert [h.member_id for h in t.till.search("Иванова")] == [other]


def test_search_by_full_card_number(t, member):
    card = t.till.member(member).card_number
    hits = t.till.search(card)
    assert hits[0].member_id == member and hits[0].match == "card"
    assert hits[0].balance == 200


def test_search_exact_phone_ranks_before_suffix(t, member_input):
    # Aaron sorts first by name, but the exact phone match must still come first.
    zoe = t.till.enrol(member_input(first_name="Zoe", last_name="Zed", phone="+7 916 234 56 78"))
    aaron = t.till.enrol(member_input(first_name="Aaron", last_name="Abbot", phone="+1 916 234 5678"))
    hits = t.till.search("9162345678")
    assert [(h.member_id, h.match) for h in hits] == [(zoe, "phone"), (aaron, "phone_suffix")]


def test_search_name_prefix_ranks_before_contains(t, member_input):
    inner = t.till.enrol(member_input(first_name="Марианна", last_name="Аверина", phone="+79031112233"))
    anna = t.till.enrol(member_input(first_name="Анна", last_name="", phone="+79031112244"))
    hits = t.till.search("анна")
    assert [(h.member_id, h.match) for h in hits] == [(anna, "name_prefix"), (inner, "name_contains")]


def test_search_empty_query(t, member):
    assert t.till.search("   ") == []


def test_find_by_card(t, member):
    card = t.till.member(member).card_number
    assert t.till.find_by_card(card) == member
    bad = card[:12] + str((int(card[12]) + 1) % 10)
    with pytest.raises(DomainError) as exc:
        t.till.find_by_card(bad)
    assert exc.value.code == "card_check_digit"
    with pytest.raises(DomainError) as exc:
        t.till.find_by_card("2000000000428" if card != "2000000000428" else "2000000000435")
    assert exc.value.code == "member_not_found"


def test_edit_member_updates_search(t, member, member_input):
    t.till.edit_member(member, member_input(first_name="Elena", last_name="Smirnova"))
    assert t.till.member(member).display_name == "Elena Smirnova"
    assert [h.member_id for h in t.till.search("smirnova")] == [member]
    assert t.till.search("Смирнова") == []
    assert t.admin.check().ok

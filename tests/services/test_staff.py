"""Staff, roles enforced in the services, PIN lockout, the audit trail, personal data."""

import inspect
import json
import uuid
from datetime import datetime, timedelta

import pytest
from sqlalchemy import text

from app.domain.errors import DomainError
from app.domain.roles import PERMISSIONS, PermissionDenied, allowed
from app.services.context import SYSTEM
from app.services.dto import GiftInput

pytestmark = pytest.mark.both_databases

GUARDED = {  # (area, method): the permission it needs
    ("till", "confirm_said"): "gift",
    ("till", "slip"): "purchase",
    ("slips", "print_sale"): "purchase",
    ("slips", "print_test"): "maintain",
    ("slips", "save_printer"): "maintain",
    ("till", "donate"): "donate",
    ("till", "edit_member"): "edit_member",
    ("till", "enrol"): "enrol",
    ("till", "find_by_card"): "find",
    ("till", "find_purchases"): "refund",
    ("till", "find_referrer"): "find",
    ("till", "give_gift"): "gift",
    ("till", "give_reward"): "give_reward",
    ("till", "long_wait"): "gift",
    ("till", "member"): "find",
    ("till", "member_count"): "find",
    ("till", "old_cards"): "find",
    ("till", "purchase"): "refund",
    ("till", "record_complaint"): "complaint",
    ("till", "record_purchase"): "purchase",
    ("till", "refund"): "refund",
    ("till", "refund_purchase"): "refund",
    ("till", "refunds_of"): "refund",
    ("till", "replace_card"): "replace_card",
    ("till", "reward_help"): "help_points",
    ("till", "search"): "find",
    ("office", "audit_log"): "audit_view",
    ("office", "build_report_rollups"): "reports",
    ("office", "card_batch"): "print_card",
    ("office", "card_design"): "cards",
    ("office", "card_runs"): "cards",
    ("office", "cause_totals"): "reports",
    ("office", "close_complaint"): "complaints_manage",
    ("office", "complaints"): "complaints_manage",
    ("office", "draws"): "draw",
    ("office", "export_data"): "export",
    ("office", "gift_report"): "reports",
    ("office", "import_members"): "import",
    ("office", "import_peek"): "import",
    ("office", "new_card_count"): "cards",
    ("office", "print_cards_pdf"): "print_card",
    ("office", "program_health"): "reports",
    ("office", "record_card_run"): "print_card",
    ("office", "report"): "reports",
    ("office", "report_filter_choices"): "reports",
    ("office", "report_grouped"): "reports",
    ("office", "report_rollups_missing"): "reports",
    ("office", "report_top_members"): "reports",
    ("office", "run_draw"): "draw",
    ("office", "save_card_design"): "cards",
    ("office", "verify_draw"): "draw",
    ("admin", "add_demo_members"): "demo",
    ("admin", "add_staff"): "staff",
    ("admin", "adjust_points"): "adjust_points",
    ("admin", "audit_backup"): "backup",
    ("admin", "backup_folder"): "backup",
    ("admin", "backup_now"): "backup",
    ("admin", "choose_backup_folder"): "backup",
    ("admin", "change_pin"): "staff",
    ("admin", "check"): "maintain",
    ("admin", "erase_member"): "erase",
    ("admin", "list_backups"): "backup",
    ("admin", "reset_pin"): "staff",
    ("admin", "restore_backup"): "backup",
    ("admin", "restore_elsewhere"): "backup",
    ("admin", "save_program"): "program",
    ("admin", "save_shop"): "settings",
    ("admin", "shop"): "settings",
    ("admin", "purchases_recorded"): "settings",
    ("admin", "set_till_language"): "settings",
    ("admin", "set_opt_ins"): "withdraw_consent",
    ("admin", "set_staff_active"): "staff",
    ("admin", "staff_list"): "unlock_staff",
    ("admin", "subject_access"): "subject_access",
    ("admin", "unlock_staff"): "unlock_staff",
    ("admin", "withdraw_consent"): "withdraw_consent",
}

# Who is at the till, and the daily upkeep (it applies rules already in force).
OPEN = {("till", "searchable"), ("slips", "printer"), ("admin", "maintain"), ("admin", "take_upkeep"), ("admin", "refresh"),
        ("sign_in", "has_staff"),
        ("sign_in", "staff_names"), ("sign_in", "last_signed_in"), ("sign_in", "create_owner"),
        ("sign_in", "first_start"),
        ("sign_in", "login"), ("sign_in", "lock"), ("sign_in", "as_system"),
        ("sign_in", "carry")}  # hands over a session already signed in (offline till)


def public_methods(terminal):
    return {(area, name) for area in ("till", "office", "admin", "sign_in", "slips")
            for name, _ in inspect.getmembers(getattr(terminal, area), inspect.ismethod)
            if not name.startswith("_")}


def call_bare(terminal, area, name):
    """Call with None for every argument: refused before any argument is looked at."""
    method = getattr(getattr(terminal, area), name)
    needed = [p for p in inspect.signature(method).parameters.values()
              if p.default is p.empty and p.kind is p.POSITIONAL_OR_KEYWORD]
    return method(*[None] * len(needed))


@pytest.fixture
def staffed(t):
    t.sign_in.create_owner("Olga", "1234")
    t.admin.add_staff("Masha", "1111", "cashier")
    t.admin.add_staff("Pavel", "2222", "manager")
    return t


def test_every_guarded_call_names_a_known_permission(t):
    assert len(GUARDED) > 30
    assert all(permission in PERMISSIONS for permission in GUARDED.values())
    assert public_methods(t) == set(GUARDED) | OPEN  # a new method says who may call it


def test_with_nobody_signed_in_each_guarded_call_is_refused_for_its_permission(t):
    t.sign_in.lock()
    for (area, name), permission in GUARDED.items():
        with pytest.raises(PermissionDenied) as caught:
            call_bare(t, area, name)
        assert caught.value.params["permission"] == permission, name


@pytest.mark.parametrize("role,pin", [("cashier", "1111"), ("manager", "2222")])
def test_each_forbidden_action_is_refused_in_the_service_layer(staffed, role, pin):
    staffed.sign_in.login({"cashier": "Masha", "manager": "Pavel"}[role], pin)
    forbidden = [(where, p) for where, p in GUARDED.items() if not allowed(role, p)]
    assert forbidden  # cashiers and managers both lack something
    for (area, name), permission in forbidden:
        with pytest.raises(PermissionDenied) as caught:
            call_bare(staffed, area, name)  # refused before any argument is looked at
        assert caught.value.params["permission"] == permission, name


def test_a_cashier_can_work_the_till_but_not_refund_or_change_the_program(staffed, member_input,
                                                                          buy):
    staffed.sign_in.login("Masha", "1111")
    m = staffed.till.enrol(member_input())
    r = buy(staffed, m, 100000)
    with pytest.raises(PermissionDenied):
        staffed.till.refund(r.purchase_id)
    with pytest.raises(PermissionDenied):
        staffed.admin.save_program(staffed.program.to_dict())
    staffed.sign_in.login("Pavel", "2222")
    staffed.till.refund(r.purchase_id)
    assert staffed.till.member(m).balance == 200


def test_nobody_at_the_till_can_do_nothing(staffed):
    staffed.sign_in.lock()
    with pytest.raises(PermissionDenied):
        staffed.till.search("Ив")


def test_gift_over_the_cashier_limit_needs_a_manager(staffed, member_input):
    staffed.sign_in.login("Masha", "1111")
    m = staffed.till.enrol(member_input())
    staffed.till.give_gift(uuid.uuid4(), m, GiftInput("cup", "upgrade", "just_because", 10000))
    with pytest.raises(DomainError) as refused:
        staffed.till.give_gift(uuid.uuid4(), m, GiftInput("cake", "extra_item", "complaint", 90000))
    assert refused.value.code == "over_cashier_limit"
    staffed.sign_in.login("Pavel", "2222")
    staffed.till.give_gift(uuid.uuid4(), m, GiftInput("cake", "extra_item", "complaint", 90000))
    assert [e.action for e in staffed.office.audit_log(action="gift_over_limit")] == ["gift_over_limit"]


def test_five_wrong_pins_lock_the_account_and_a_manager_unlocks(staffed):
    codes = []
    for _ in range(5):
        with pytest.raises(DomainError) as caught:
            staffed.sign_in.login("Masha", "9999")
        codes.append((caught.value.code, caught.value.params.get("tries_left")))
    # The 3rd and 4th wrong PIN say how many tries are left; the 5th locks.
    assert codes == [("pin_wrong", None), ("pin_wrong", None), ("pin_wrong_tries_left", 2),
                     ("pin_wrong_tries_left", 1), ("staff_locked", None)]
    with pytest.raises(DomainError) as caught:
        staffed.sign_in.login("Masha", "1111")  # the right PIN, but locked
    assert caught.value.code == "staff_locked"
    staffed.sign_in.login("Pavel", "2222")
    masha = next(row[0] for row in staffed.admin.staff_list() if row[1] == "Masha")
    staffed.admin.unlock_staff(masha)
    assert staffed.sign_in.login("Masha", "1111").role == "cashier"
    staffed.sign_in.login("Olga", "1234")
    failed = staffed.office.audit_log(action="login_failed")
    assert len(failed) == 5 and all("9999" not in json.dumps(e.details) for e in failed)
    assert [e.action for e in staffed.office.audit_log(action="staff_unlocked")] == ["staff_unlocked"]


def test_the_lock_lifts_after_fifteen_minutes(staffed):
    now = datetime(2026, 5, 1, 10, 0)
    staffed.ctx.clock = lambda: now
    for _ in range(5):
        with pytest.raises(DomainError):
            staffed.sign_in.login("Masha", "0000")
    later = now + timedelta(minutes=16)
    staffed.ctx.clock = lambda: later
    assert staffed.sign_in.login("Masha", "1111").name == "Masha"


def test_pins_are_stored_hashed(app, staffed):
    with app.engine.connect() as conn:
        hashes = [row[0] for row in conn.execute(text("SELECT pin_hash FROM staff"))]
    assert all(h.startswith("$argon2") for h in hashes)
    assert not any(pin in h for h in hashes for pin in ("1234", "1111", "2222"))


def test_bad_pins_and_names_are_refused(staffed):
    with pytest.raises(DomainError) as caught:
        staffed.admin.add_staff("Ivan", "12", "cashier")
    assert caught.value.code == "pin_format"
    with pytest.raises(DomainError) as caught:
        staffed.admin.add_staff("masha", "4444", "cashier")
    assert caught.value.code == "staff_name_taken"
    with pytest.raises(DomainError) as caught:
        staffed.sign_in.create_owner("Another", "5555")
    assert caught.value.code == "owner_exists"


def test_audit_rows_for_sensitive_actions_and_the_trail_cannot_be_edited(app, staffed, member_input,
                                                                         buy):
    m = staffed.till.enrol(member_input())
    r = buy(staffed, m, 100000)
    staffed.till.refund(r.purchase_id, "wrong till")
    staffed.admin.adjust_points(uuid.uuid4(), m, -50, "goodwill corrected")
    staffed.admin.save_program(dict(staffed.program.to_dict(), welcome_bonus=300))
    actions = {e.action for e in staffed.office.audit_log()}
    assert {"staff_added", "refund", "points_adjusted", "program_changed"} <= actions
    with pytest.raises(Exception, match="append-only"):
        with app.engine.begin() as conn:
            conn.execute(text("DELETE FROM audit"))
    with pytest.raises(Exception, match="append-only"):
        with app.engine.begin() as conn:
            conn.execute(text("UPDATE audit SET staff_name = 'nobody'"))


def test_adjustment_needs_a_reason(staffed, member_input):
    m = staffed.till.enrol(member_input())
    with pytest.raises(DomainError) as caught:
        staffed.admin.adjust_points(uuid.uuid4(), m, 100, "  ")
    assert caught.value.code == "reason_required"
    assert staffed.till.member(m).balance == 200


def test_consent_is_recorded_with_staff_and_text_version(staffed, member_input):
    staffed.sign_in.login("Masha", "1111")
    m = staffed.till.enrol(member_input())
    staffed.sign_in.login("Pavel", "2222")
    export = staffed.admin.subject_access(m)
    assert export["member"]["consent_by"] == "Masha"
    assert export["member"]["consent_version"] == "2026-11"


def test_opt_ins_can_be_withdrawn(staffed, member_input):
    m = staffed.till.enrol(member_input(sms_opt_in=True, email_opt_in=True))
    staffed.admin.set_opt_ins(m, sms=False, email=True)
    view = staffed.till.member(m)
    assert (view.sms_opt_in, view.email_opt_in) == (False, True)


def test_subject_access_export_holds_the_member_and_nobody_else(staffed, member_input, buy):
    a = staffed.till.enrol(member_input(first_name="Анна", phone="+79160000011", email="anna@example.org"))
    b = staffed.till.enrol(member_input(first_name="Борис", phone="+79160000022", email="boris@example.org"))
    buy(staffed, a, 100000)
    buy(staffed, b, 200000)
    export = json.dumps(staffed.admin.subject_access(a), ensure_ascii=False)
    assert "Анна" in export and "+79160000011" in export and "anna@example.org" in export
    assert "Борис" not in export and "+79160000022" not in export and "boris" not in export
    assert '"amount_minor": 100000' in export and "200000" not in export


def test_subject_access_lists_the_members_refunds_whole_and_in_part(staffed, member_input, buy):
    import uuid
    a = staffed.till.enrol(member_input(first_name="Анна", phone="+79160000011"))
    b = staffed.till.enrol(member_input(first_name="Борис", phone="+79160000022"))
    bought = buy(staffed, a, 100000)
    whole = buy(staffed, a, 40000)
    others = buy(staffed, b, 200000)
    part = uuid.uuid4()
    staffed.till.refund_purchase(part, bought.purchase_id, "one cup returned", 25000)
    staffed.till.refund(whole.purchase_id, "wrong card")
    staffed.till.refund_purchase(uuid.uuid4(), others.purchase_id, "Борис changed his mind", 5000)
    export = staffed.admin.subject_access(a)
    refunds = {r["purchase_id"]: r for r in export["refunds"]}
    assert refunds.keys() == {bought.purchase_id.hex, whole.purchase_id.hex}
    first = refunds[bought.purchase_id.hex]
    assert (first["id"], first["amount_minor"], first["currency"], first["reason"]) == (
        part.hex, 25000, "RUB", "one cup returned")
    assert refunds[whole.purchase_id.hex]["amount_minor"] == 40000
    reversals = [e for e in export["ledger"] if e["kind"] == "reversal"]
    assert -sum(e["points"] for e in reversals) == sum(
        r["points_taken_back"] for r in export["refunds"]) > 0
    kept = {p["id"]: (p["status"], p["refunded_minor"]) for p in export["purchases"]}
    assert kept[bought.purchase_id.hex] == ("completed", 25000)
    assert kept[whole.purchase_id.hex] == ("refunded", 40000)
    assert "Борис" not in json.dumps(export, ensure_ascii=False)


@pytest.mark.sqlite_only  # reads the SQLite file's own bytes; the server's are its own
def test_erasure_leaves_no_personal_bytes_in_the_database_files(app, staffed, member_input, buy,
                                                               tmp_path):
    m = staffed.till.enrol(member_input(first_name="Зинаида", last_name="Прохоренко",
                                   phone="+7 916 555-12-34", email="zina.secret@example.org",
                                   notes="allergic to nuts"))
    buy(staffed, m, 100000)
    staffed.admin.erase_member(m, "asked at the till")
    db = tmp_path / "db.sqlite3"
    files = [db, db.with_name(db.name + "-wal")]
    blob = b"".join(f.read_bytes() for f in files if f.exists())
    for secret in ("Зинаида", "Прохоренко", "79165551234", "5551234", "zina.secret",
                   "allergic to nuts"):
        assert secret.encode() not in blob, secret
    assert staffed.till.search("Зинаида") == [] and staffed.till.search("1234") == []
    assert staffed.till.member(m).balance == 230  # the accounts stay
    assert staffed.admin.check().ok
    with pytest.raises(DomainError):
        buy(staffed, m, 1000)  # nobody left to sell to


def test_personal_data_never_reaches_the_log(staffed, member_input, buy, caplog):
    import logging
    caplog.set_level(logging.DEBUG)
    m = staffed.till.enrol(member_input(first_name="Зинаида", phone="+7 916 555-12-34",
                                   email="zina.secret@example.org"))
    buy(staffed, m, 100000)
    staffed.admin.maintain()
    staffed.admin.erase_member(m, "request")
    logged = "\n".join(r.getMessage() for r in caplog.records)
    for secret in ("Зинаида", "5551234", "zina.secret"):
        assert secret not in logged


def test_every_row_of_a_sale_records_the_staff_member_and_the_till(app, staffed, member_input):
    from app.domain.program import Line
    staffed.sign_in.login("Masha", "1111")
    m = staffed.till.enrol(member_input())
    staffed.till.record_purchase(uuid.uuid4(), m, 9_000_000, lines=(Line("coffee", 60000, 6),))
    till = staffed.ctx.till_id
    with app.engine.connect() as conn:
        for table in ("purchase", "ledger", "stamp", "tier_event", "reward"):
            rows = conn.execute(text(f"SELECT cashier FROM {table}")).all()
            assert rows and {r[0] for r in rows} == {"Masha"}, table
        for table in ("purchase", "ledger", "stamp", "tier_event"):
            # SQLite keeps a uuid as its hex, PostgreSQL as its own type: compare the ids.
            tills = {uuid.UUID(str(r[0])) for r in conn.execute(
                text(f"SELECT till_id FROM {table}"))}
            assert tills == {till}, table


def test_cyrillic_names_sign_in_in_any_case_and_stay_unique(staffed):
    """SQLite's lower() folds only ASCII; staff are mostly named in Russian."""
    staffed.admin.add_staff("Оля Смирнова", "4321", "cashier")
    assert staffed.sign_in.login("оля  смирнова", "4321").name == "Оля Смирнова"
    assert staffed.sign_in.login("ОЛЯ СМИРНОВА", "4321").role == "cashier"
    staffed.sign_in.login("Olga", "1234")
    with pytest.raises(DomainError) as caught:
        staffed.admin.add_staff("ОЛЯ смирнова", "5555", "manager")
    assert caught.value.code == "staff_name_taken"


# ---- sign-in hardening (issue #14) ---------------------------------------------------


def _wrong(t, name, times, pin="9999"):
    for _ in range(times):
        with pytest.raises(DomainError):
            t.sign_in.login(name, pin)


def test_a_right_pin_gives_the_five_tries_back(staffed):
    _wrong(staffed, "Masha", 4)
    staffed.sign_in.login("Masha", "1111")
    _wrong(staffed, "Masha", 4)
    assert staffed.sign_in.login("Masha", "1111").name == "Masha"


def test_a_pin_that_cannot_be_one_spends_no_try(staffed):
    for bad in ("", "12", "abcd", "123456789"):
        with pytest.raises(DomainError) as caught:
            staffed.sign_in.login("Masha", bad)
        assert caught.value.code == "pin_format"
    _wrong(staffed, "Masha", 4)
    assert staffed.sign_in.login("Masha", "1111").name == "Masha"
    staffed.sign_in.login("Olga", "1234")
    assert len(staffed.office.audit_log(action="login_failed")) == 4


def test_a_lone_owner_is_told_the_way_back_and_a_cashier_to_ask_a_manager(t):
    t.sign_in.create_owner("Olga", "1234")
    _wrong(t, "Olga", 4)
    with pytest.raises(DomainError) as caught:
        t.sign_in.login("Olga", "9999")
    assert caught.value.code == "staff_locked_alone"
    assert caught.value.params == {"minutes": 15, "name": "Olga"}
    assert 'regulars staff reset-pin "Olga"' in caught.value.message
    with pytest.raises(DomainError) as caught:
        t.sign_in.login("Olga", "1234")  # the right PIN, still locked
    assert caught.value.code == "staff_locked_alone"


def test_a_manager_cannot_unlock_the_only_owner_so_the_owner_is_told_the_way_back(staffed):
    _wrong(staffed, "Olga", 5)
    with pytest.raises(DomainError) as caught:
        staffed.sign_in.login("Olga", "1234")
    assert caught.value.code == "staff_locked_alone"
    _wrong(staffed, "Masha", 5)
    with pytest.raises(DomainError) as caught:
        staffed.sign_in.login("Masha", "1111")
    assert caught.value.code == "staff_locked"  # Pavel (a manager) can unlock her


def test_reset_pin_sets_a_new_pin_lifts_the_lock_and_is_audited(t):
    t.sign_in.create_owner("Olga", "1234")
    _wrong(t, "Olga", 5)
    t.ctx.staff = SYSTEM  # the command line holds the file: it acts as the owner
    assert t.admin.reset_pin("olga", "5678").name == "Olga"
    t.sign_in.lock()
    with pytest.raises(DomainError):
        t.sign_in.login("Olga", "1234")
    assert t.sign_in.login("Olga", "5678").role == "owner"
    [row] = t.office.audit_log(action="staff_pin_reset")
    assert row.staff == "system" and row.details == {"via": "command line"}
    assert "5678" not in json.dumps(row.details)


def test_reset_pin_refuses_a_bad_pin_and_an_unknown_name(t):
    t.sign_in.create_owner("Olga", "1234")
    with pytest.raises(DomainError) as caught:
        t.admin.reset_pin("Olga", "12")
    assert caught.value.code == "pin_format"
    with pytest.raises(DomainError) as caught:
        t.admin.reset_pin("Nobody", "1234")
    assert caught.value.code == "staff_not_found"
    assert t.sign_in.login("Olga", "1234").name == "Olga"


GUESSER = """
import json, sys
from app.bootstrap import open_app
from app.domain.errors import DomainError
app = open_app(sys.argv[1], "en")
terminal = app.terminal
terminal.sign_in.lock()
print("ready", flush=True)
sys.stdin.readline()  # all start together
codes = []
for _ in range(int(sys.argv[2])):
    try:
        terminal.sign_in.login("Masha", "9999")
        codes.append("signed in")
    except DomainError as exc:
        codes.append(exc.code)
print(json.dumps(codes), flush=True)
"""


def test_tills_guessing_at_once_get_five_pin_checks_in_all(app, staffed):
    """Eight tills (real processes) guess one account's PIN at the same moment: the
    five guesses are claimed atomically, so exactly five PINs are checked in all."""
    import subprocess
    import sys
    from pathlib import Path

    db = app.url  # the same database, a SQLite file or the shop's server
    root = str(Path(__file__).resolve().parents[2])
    tills = [subprocess.Popen([sys.executable, "-c", GUESSER, db, "3"], cwd=root, text=True,
                              stdin=subprocess.PIPE, stdout=subprocess.PIPE)
             for _ in range(8)]
    try:
        for till in tills:
            assert till.stdout.readline().strip() == "ready"
        for till in tills:
            till.stdin.write("go\n")
            till.stdin.flush()
        outcomes = [json.loads(till.stdout.readline()) for till in tills]
    finally:
        for till in tills:
            till.stdin.close()
            till.wait(timeout=60)
    codes = [code for per_till in outcomes for code in per_till]
    assert len(codes) == 24 and "signed in" not in codes
    masha = next(row[0] for row in staffed.admin.staff_list() if row[1] == "Masha")
    checked = [e for e in staffed.office.audit_log(action="login_failed") if e.target == masha.hex]
    refused = [e for e in staffed.office.audit_log(action="login_refused") if e.target == masha.hex]
    assert len(checked) == 5  # one audit row per PIN checked, and only five were
    assert sorted(e.details["attempt"] for e in checked) == [1, 2, 3, 4, 5]
    assert len(refused) == 19
    assert codes.count("staff_locked") == 20  # the 5th check locks; the 19 after are refused
    with app.engine.connect() as conn:
        failed, locked = conn.execute(text("SELECT failed_attempts, locked_until FROM staff "
                                           "WHERE name = 'Masha'")).one()
    assert failed == 5 and locked is not None


def test_a_till_that_dies_mid_check_leaves_a_lock_that_ends(app, staffed):
    """Five guesses claimed and never settled (the till crashed during each check): the
    account is locked for fifteen minutes, then the right PIN works again."""
    from app.db.engine import make_sessions
    from app.services import staff as staff_service
    now = datetime(2026, 5, 1, 10, 0)
    staffed.ctx.clock = lambda: now
    sessions = make_sessions(app.engine)
    for _ in range(5):
        with sessions.begin() as s:
            staff_service.claim_guess(s, staffed.ctx, "Masha", "9999")
    with pytest.raises(DomainError) as caught:
        staffed.sign_in.login("Masha", "1111")
    assert caught.value.code == "staff_locked"
    later = now + timedelta(minutes=16)
    staffed.ctx.clock = lambda: later
    assert staffed.sign_in.login("Masha", "1111").name == "Masha"

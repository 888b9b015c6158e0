"""After an erasure no personal data of the member is left anywhere the app writes: the
database file, its WAL (on PostgreSQL: any row of any table), and the log file. Staff free text about the member (gift
descriptions, complaint texts, adjustment and refund reasons, the erasure's own reason)
goes too; the amounts stay and `regulars check` still agrees."""

import logging
import uuid

import pytest
from sqlalchemy import text

from app.domain.errors import DomainError
from app.services.dto import ComplaintInput, GiftInput, MemberInput

pytestmark = pytest.mark.both_databases

# Distinctive strings in every field a person or staff can type about the member.
FIRST, PATRONYMIC, LAST = "Zefirina", "Щъюжовна", "Xylophanova"
TRIGRAM = "щъю"  # of the search index's name key: six bytes no other data holds
ADDRESS_AS, EMAIL = "Madame Wobblequist", "pluto.kvazar@example.org"
PHONE, PHONE_DIGITS = "+7 916 482-93-17", "79164829317"
NOTES = "Lactose allergy Glimmerfoss"
NEW_NOTES = "Moved to Vexbridge street 9"  # only ever in an UPDATE that failed
GIFT_WHAT = "Croissant for Zefirina Plumtart"
COMPLAINT = ("Coffee spilled by Brontwhistle", "Quite upset Jamboree", "We hear you Snorkelwick",
             "Coffee spilled Drizzlewick", "Free cake Fandangolo", "Called back Gorgonzolix")
ADJUST_REASON = "Goodwill for Zefirina Mumblecrust"
REFUND_REASON = "Returned by Xylophanova Tintinnabul"
ERASE_REASON = "Asked by Zefirina Xylophanova on +7 916 482-93-17, pluto.kvazar@example.org"

SECRETS = [FIRST, PATRONYMIC, LAST, "Wobblequist", "pluto.kvazar", PHONE_DIGITS,
           PHONE_DIGITS[::-1], "482-93-17", "4829317", "Glimmerfoss", "Vexbridge", "Plumtart",
           *(c.split()[-1] for c in COMPLAINT), "Mumblecrust", "Tintinnabul"]


@pytest.fixture
def log_file(tmp_path, monkeypatch):
    """The app's own rotating log file (app.launch.setup_logging, for the till and the
    command line), in a temporary place."""
    from app.launch import setup_logging
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))
    root = logging.getLogger()
    before, level = list(root.handlers), root.level
    setup_logging(verbose=False)
    added = [h for h in root.handlers if h not in before]
    yield tmp_path / "state" / "Regulars" / "log" / "regulars.log"
    for handler in added:
        handler.close()
        root.removeHandler(handler)
    root.setLevel(level)


def _everything_about_the_member(t, tmp_path):
    m = t.till.enrol(MemberInput(first_name=FIRST, patronymic=PATRONYMIC, last_name=LAST,
                            address_as=ADDRESS_AS, phone=PHONE, email=EMAIL, notes=NOTES,
                            consent=True, sms_opt_in=True, email_opt_in=True))
    sale = uuid.uuid4()
    t.till.record_purchase(sale, m, 250000)
    t.till.record_purchase(uuid.uuid4(), m, 120000)
    t.till.refund(sale, REFUND_REASON)
    t.till.give_gift(uuid.uuid4(), m, GiftInput(GIFT_WHAT, "extra_item", "just_because", 0, 5))
    complaint = t.till.record_complaint(uuid.uuid4(), m, ComplaintInput(
        *COMPLAINT[:5], compensation="gift",
        gift=GiftInput(GIFT_WHAT + " again", "extra_item", "complaint", 0, 3)))
    t.office.close_complaint(complaint.complaint_id, COMPLAINT[5])
    t.admin.adjust_points(uuid.uuid4(), m, 40, ADJUST_REASON)
    (tmp_path / "out").mkdir()  # the owner's own files: not the app's to erase
    t.office.print_cards_pdf(tmp_path / "out" / "card.pdf", "selection", [m], "single")
    t.till.replace_card(m, "lost")  # the old number blocked, pointing at the new one
    t.office.print_cards_pdf(tmp_path / "out" / "card2.pdf", "selection", [m], "single")
    return m


def _fail_an_update_that_would_log_the_notes(app, t, m):
    """A full disk as the database reports it, while saving new notes: the till logs
    the refusal (services/terminal.py), and SQLAlchemy's error text used to carry the
    statement's parameters, the notes among them."""
    make, drop = FULL_DISK[app.engine.dialect.name]
    with app.engine.begin() as conn:
        for statement in make:
            conn.execute(text(statement))
    with pytest.raises(DomainError) as caught:
        t.till.edit_member(m, MemberInput(first_name=FIRST, last_name=LAST, phone=PHONE,
                                     email=EMAIL, notes=NEW_NOTES, consent=True))
    assert caught.value.code == "storage_full"
    with app.engine.begin() as conn:
        conn.execute(text(drop))


# A full disk as each database reports it: SQLite's words; PostgreSQL's SQLSTATE 53100.
FULL_DISK = {
    "sqlite": (["CREATE TRIGGER full_disk BEFORE UPDATE ON member BEGIN "
                "SELECT RAISE(ABORT, 'database or disk is full'); END"],
               "DROP TRIGGER full_disk"),
    "postgresql": (["CREATE FUNCTION full_disk() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
                    "RAISE EXCEPTION 'could not extend file \"base/1/2\": No space left on "
                    "device' USING ERRCODE = '53100'; END $$",
                    "CREATE TRIGGER full_disk BEFORE UPDATE ON member "
                    "FOR EACH ROW EXECUTE FUNCTION full_disk()"],
                   "DROP FUNCTION full_disk() CASCADE"),
}


def _what_the_database_holds(app, tmp_path) -> dict[str, bytes]:
    """SQLite: the bytes of its file and its WAL (secure_delete overwrites old pages).
    PostgreSQL: every row of every table as the server gives it back; the old row
    versions on the server's disk are the server's to vacuum, out of the app's reach."""
    if app.engine.dialect.name == "sqlite":
        db = tmp_path / "db.sqlite3"
        wal = db.with_name(db.name + "-wal")
        return {"database": db.read_bytes() + (wal.read_bytes() if wal.exists() else b"")}
    with app.engine.connect() as conn:
        tables = conn.execute(text("SELECT tablename FROM pg_tables "
                                   "WHERE schemaname = current_schema()")).scalars().all()
        rows = [conn.execute(text(f'SELECT coalesce(string_agg(t::text, E\'\\n\'), \'\') '
                                  f'FROM "{table}" t')).scalar() for table in tables]
    assert "member" in tables and "ledger" in tables
    return {"database": "\n".join(rows).encode()}


def _variants(secret):
    return {secret, secret.lower(), secret.upper(), secret.casefold()}


def test_erasure_leaves_no_personal_data_in_the_database_its_wal_or_the_log(
        app, t, tmp_path, log_file):
    t.sign_in.create_owner("Olga", "1234")
    m = _everything_about_the_member(t, tmp_path)
    _fail_an_update_that_would_log_the_notes(app, t, m)
    assert "refused by the database" in log_file.read_text(encoding="utf-8")
    balance = t.till.member(m).balance
    with app.engine.connect() as conn:
        cards = {r[0] for r in conn.execute(text(
            "SELECT card_number FROM printed_card UNION SELECT card_number FROM blocked_card"))}
    assert len(cards) == 2

    t.admin.erase_member(m, ERASE_REASON)

    for handler in logging.getLogger().handlers:
        handler.flush()
    places = {**_what_the_database_holds(app, tmp_path), "log": log_file.read_bytes()}
    assert TRIGRAM.encode() not in places["database"]
    for where, blob in places.items():
        for secret in SECRETS:
            for variant in _variants(secret):
                assert variant.encode() not in blob, (where, variant)
    # The accounts stay, and still agree with the ledger.
    assert t.till.member(m).balance == balance
    assert t.admin.check().ok
    with app.engine.connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM printed_card")).scalar() == 0
        blocked = conn.execute(text("SELECT card_number, member_id, replaced_by "
                                    "FROM blocked_card")).all()
        reasons = {r[0] for r in conn.execute(text("SELECT DISTINCT reason FROM ledger"))}
        audit = conn.execute(text("SELECT details FROM audit WHERE action = 'member_erased'")
                             ).scalar()
    # Both numbers stay blocked, so a found card opens nobody, but point at no one.
    assert {b[0] for b in blocked} == cards and {b[1:] for b in blocked} == {(None, None)}
    assert reasons == {"—"}
    assert "Asked by … … on …, …" in audit


def test_the_audit_never_gets_free_text_about_a_member(app, t, tmp_path):
    t.sign_in.create_owner("Olga", "1234")
    m = _everything_about_the_member(t, tmp_path)
    with app.engine.connect() as conn:
        details = " ".join(r[0] for r in conn.execute(text("SELECT details FROM audit")))
        targets = " ".join(r[0] for r in conn.execute(
            text("SELECT target FROM audit WHERE action = 'points_adjusted'")))
    for secret in ("Mumblecrust", "Tintinnabul", FIRST, LAST, PHONE_DIGITS):
        assert secret not in details
    assert m.hex in targets

"""The till's local copy of the shop's server (issue #17): the first copy equals the
server, every kind of change reaches it in one round, a transaction that commits late
is never missed, and the copy serves the same search as the server.

The change feed is the server's (PostgreSQL); on SQLite migration 0016 adds only the
copy's state table."""

import signal
import subprocess
import sys
import uuid

import pytest
from sqlalchemy import create_engine, inspect, select, text

from app.bootstrap import open_app
from app.db.engine import database_url
from app.db.models import BlockedCard, Member, ProgramVersion, Staff, Till
from app.services.context import SYSTEM
from app.services.replica import CopyNotReady, LocalCopy, local_path


@pytest.fixture
def server(postgres_url):
    app = open_app(postgres_url, lang="en", acting=SYSTEM)
    yield app
    app.engine.dispose()


@pytest.fixture
def copy(server, tmp_path):
    local = LocalCopy(server.url, tmp_path / "offline" / "copy.sqlite3", page=7)
    yield local
    local.close()


def rows(engine, table, order):
    with engine.connect() as conn:
        return [dict(r) for r in conn.execute(select(*table.__table__.c).order_by(order))
                .mappings()]


def same_as_server(server, copy):
    """Every table the copy holds, row for row and column for column."""
    local = create_engine(database_url(str(copy.path)))
    try:
        for model, order in ((Member, Member.id), (Staff, Staff.id), (Till, Till.id),
                             (ProgramVersion, ProgramVersion.id),
                             (BlockedCard, BlockedCard.card_number)):
            assert rows(local, model, order) == rows(server.engine, model, order), model
    finally:
        local.dispose()


def shop(server, member_input, buy):
    t = server.terminal
    t.admin.add_demo_members(40, seed=5)
    ids = [t.till.enrol(member_input(first_name=f"Анна{i}", phone=f"+7 916 555 00 {i:02}",
                                     notes=f"likes tea {i}")) for i in range(5)]
    for mid in ids[:3]:
        buy(t, mid, 150000)
    t.admin.add_staff("Ольга", "4321", "cashier")
    t.till.replace_card(ids[4], "lost")
    return ids


def test_first_copy_equals_the_server(server, copy, member_input, buy):
    shop(server, member_input, buy)
    seen = []
    result = copy.build(lambda done, total: seen.append((done, total)))
    assert result is not None and copy.is_complete()
    same_as_server(server, copy)
    assert seen[0] == (0, 45) and seen[-1] == (45, 45)  # 40 demo members and 5 more
    assert [done for done, _ in seen] == [0, 7, 14, 21, 28, 35, 42, 45]  # pages of 7
    status = copy.status()
    assert (status.complete, status.members, status.waiting) == (True, 45, 0)


def test_each_change_reaches_the_copy_in_one_round(server, copy, member_input, buy):
    ids = shop(server, member_input, buy)
    copy.build()
    t = server.terminal
    buy(t, ids[3], 99000)
    new = t.till.enrol(member_input(first_name="Борис", phone="+7 916 555 01 01"))
    t.till.edit_member(ids[0], member_input(first_name="Анна", last_name="Кузнецова",
                                            phone="+7 916 555 00 00", notes="allergic to nuts"))
    t.admin.erase_member(ids[1], "asked to be forgotten")
    program = t.program.to_dict()
    program["phrases"]["gift"]["en"] = "For you, {name}: {what}."
    t.admin.save_program(program)
    assert copy.status().waiting >= 4
    result = copy.catch_up()
    assert result.members >= 4 and 0 <= result.behind_s < 5
    same_as_server(server, copy)
    on_copy = open_app(str(copy.path), lang="en", acting=SYSTEM, create=False)
    try:
        assert on_copy.terminal.till.member(ids[3]).balance == t.till.member(ids[3]).balance
        assert on_copy.terminal.till.member(new).first_name == "Борис"
        assert [h.member_id for h in on_copy.terminal.till.search("Кузнецова")] == [ids[0]]
        assert on_copy.terminal.till.search("Анна1") == []  # the erased name is gone
        erased = on_copy.terminal.till.member(ids[1])
        assert (erased.first_name, erased.phone) == ("—", "")
    finally:
        on_copy.engine.dispose()


def test_a_transaction_committed_after_a_round_is_read_by_the_next(server, copy,
                                                                  member_input):
    """The late committer: A begins (and takes its transaction id) before B; B commits,
    the copy catches up and sees B's change, only then A commits. A stamp above the
    highest one seen would skip A for ever; the watermark (the oldest transaction
    running at the read) reads it next round."""
    t = server.terminal
    early, late = (t.till.enrol(member_input(first_name=n, phone=p)) for n, p in
                   (("Early", "+7 916 555 02 01"), ("Late", "+7 916 555 02 02")))
    copy.build()
    writer_a = server.engine.connect()
    writer_b = server.engine.connect()
    try:
        writer_a.execute(text("UPDATE member SET notes = 'from A' WHERE id = :id"),
                         {"id": early})
        writer_b.execute(text("UPDATE member SET notes = 'from B' WHERE id = :id"),
                         {"id": late})
        writer_b.commit()
        copy.catch_up()
        assert notes(copy, early) == "" and notes(copy, late) == "from B"
        writer_a.commit()
        copy.catch_up()
        assert notes(copy, early) == "from A"
    finally:
        writer_a.close()
        writer_b.close()


def notes(copy, member_id):
    local = create_engine(database_url(str(copy.path)))
    try:
        with local.connect() as conn:
            return conn.scalar(select(Member.notes).where(Member.id == member_id))
    finally:
        local.dispose()


def test_search_on_the_copy_finds_what_the_server_finds(server, copy, member_input, buy):
    shop(server, member_input, buy)
    copy.build()
    on_copy = open_app(str(copy.path), lang="en", acting=SYSTEM, create=False)
    try:
        queries = ["Анна", "анна3", "5500", "00 02", "ива", "Пет", "tea"]
        queries += [h.display_name.split()[-1][:4] for h in server.terminal.till.search("а")[:5]]
        found = 0
        for q in queries:
            hits = server.terminal.till.search(q)
            assert on_copy.terminal.till.search(q) == hits, q
            found += len(hits)
        assert found >= 12
        card = server.terminal.till.member(server.terminal.till.search("Анна2")[0].member_id)
        assert on_copy.terminal.till.find_by_card(card.card_number) == \
            server.terminal.till.find_by_card(card.card_number)
    finally:
        on_copy.engine.dispose()


def test_catch_up_refuses_a_copy_never_built(copy):
    with pytest.raises(CopyNotReady):
        copy.catch_up()
    assert not copy.is_complete()


def test_the_copy_of_a_database_recreated_is_built_again(server, copy, member_input,
                                                         postgres_template):
    """A server restored from a dump with --clean, or recreated: its transaction ids
    and rows are another database's, so the copy is cleared and built again."""
    server.terminal.till.enrol(member_input(first_name="Вера", phone="+7 916 555 03 03"))
    copy.build()
    admin, url, template = postgres_template
    server.engine.dispose()
    copy.close()
    name = server.engine.url.database
    with admin.connect() as conn:
        conn.execute(text(f'DROP DATABASE "{name}" WITH (FORCE)'))
        conn.execute(text(f'CREATE DATABASE "{name}" TEMPLATE "{template}"'))
    again = open_app(server.url, lang="en", acting=SYSTEM)
    try:
        kept = again.terminal.till.enrol(member_input(first_name="Зоя", phone="+7 916 555 03 04"))
        with pytest.raises(CopyNotReady):
            copy.catch_up()
        assert not copy.is_complete()
        copy.build()
        same_as_server(again, copy)
        assert copy.status().members == 1 and rows_of(copy) == [kept]
    finally:
        again.engine.dispose()


def rows_of(copy):
    local = create_engine(database_url(str(copy.path)))
    try:
        with local.connect() as conn:
            return list(conn.scalars(select(Member.id)))
    finally:
        local.dispose()


def test_local_path_names_the_server_and_its_database(monkeypatch, tmp_path):
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path))
    path = local_path("postgresql://till@shop-server:5433/regulars")
    assert path == tmp_path / "Regulars" / "offline" / "shop-server-5433-regulars.sqlite3"
    socket = local_path("postgresql://regulars@/shop?host=/tmp/pg.sock")
    assert socket.name == "tmp_pg.sock-5432-shop.sqlite3"


def test_0016_adds_only_the_copy_state_on_sqlite(tmp_path):
    app = open_app(str(tmp_path / "db.sqlite3"), lang="en", acting=SYSTEM)
    try:
        found = inspect(app.engine)
        assert "replica_state" in found.get_table_names()
        assert "member_gone" not in found.get_table_names()
        assert "feed_xid" not in {c["name"] for c in found.get_columns("member")}
        with app.engine.connect() as conn:
            assert conn.scalar(text("SELECT count(*) FROM replica_state")) == 0
    finally:
        app.engine.dispose()


def test_a_member_deleted_on_the_server_is_deleted_in_the_copy(server, copy, member_input):
    """The app anonymises members and never deletes them; a row deleted all the same
    (by hand) leaves a tombstone stamped like a write, and the copy follows it."""
    kept = server.terminal.till.enrol(member_input(first_name="Глеб", phone="+7 916 555 04 04"))
    doomed = uuid.uuid4()
    with server.engine.begin() as conn:
        conn.execute(text(
            "INSERT INTO member (id, first_name, name_key, consent_at, balance, "
            "qualifying_points, tier_key, visits, created_at, updated_at, sms_opt_in, "
            "email_opt_in, referral_rewarded, notes, consent_version, consent_by) "
            "SELECT :doomed, 'Дана', 'дана', consent_at, 0, 0, tier_key, 0, created_at, "
            "updated_at, false, false, false, '', '', '' FROM member WHERE id = :kept"),
            {"doomed": doomed, "kept": kept})
    copy.build()
    assert sorted(rows_of(copy)) == sorted([kept, doomed])
    with server.engine.begin() as conn:
        conn.execute(text("DELETE FROM member WHERE id = :id"), {"id": doomed})
        xid = conn.scalar(text("SELECT pg_current_xact_id()::text::bigint"))
        stamp = conn.scalar(text("SELECT feed_xid FROM member WHERE id = :id"), {"id": kept})
        gone = conn.execute(text("SELECT member_id, feed_xid FROM member_gone")).all()
    assert gone == [(doomed, xid)] and 0 < stamp < xid
    assert copy.catch_up().gone == 1
    assert rows_of(copy) == [kept]


KILLED_BUILDER = """
import sys, time
from pathlib import Path
from app.services.replica import LocalCopy

def report(done, total):
    print(done, total, flush=True)
    time.sleep(0.05)  # a slow network: the kill lands between pages

LocalCopy(sys.argv[1], Path(sys.argv[2]), page=5).build(report)
print("finished", flush=True)
"""


def test_a_first_copy_killed_half_way_is_resumed_and_never_complete_before(
        server, tmp_path, member_input, buy):
    shop(server, member_input, buy)
    path = tmp_path / "offline" / "copy.sqlite3"
    builder = subprocess.Popen([sys.executable, "-c", KILLED_BUILDER, server.url, str(path)],
                               stdout=subprocess.PIPE, text=True)
    for line in builder.stdout:
        if int(line.split()[0]) >= 20:
            builder.send_signal(signal.SIGKILL)
            break
    builder.wait(timeout=60)
    assert builder.returncode == -signal.SIGKILL
    resumed = LocalCopy(server.url, path, page=5)
    try:
        assert not resumed.is_complete()
        status = resumed.status()
        assert not status.complete and 20 <= status.members < 45
        seen = []
        assert resumed.build(lambda done, total: seen.append((done, total))) is not None
        assert seen[0] == (status.members, 45)  # went on from there, not from nothing
        assert resumed.is_complete()
        same_as_server(server, resumed)
    finally:
        resumed.close()


def test_a_phone_and_card_that_moved_to_another_member_move_in_the_copy(server, copy,
                                                                     member_input):
    """Anna gives up her phone and card number, Boris (copied before her, by id) gets
    them: written in id order his row would clash with her old one in the copy."""
    t = server.terminal
    anna = t.till.enrol(member_input(first_name="Анна", phone="+7 916 555 05 05"),
                        member_id=uuid.UUID(int=2**128 - 1))
    card = t.till.member(anna).card_number
    copy.build()
    t.till.edit_member(anna, member_input(first_name="Анна", phone="+7 916 555 05 06"))
    t.till.replace_card(anna, "lost")
    with server.engine.begin() as conn:  # the old number handed on, as an import might
        conn.execute(text("DELETE FROM blocked_card WHERE card_number = :c"), {"c": card})
    boris = t.till.enrol(member_input(first_name="Борис", phone="+7 916 555 05 05",
                                      card_number=card), member_id=uuid.UUID(int=1))
    copy.catch_up()
    same_as_server(server, copy)
    on_copy = open_app(str(copy.path), lang="en", acting=SYSTEM, create=False)
    try:
        assert on_copy.terminal.till.find_by_card(card) == boris
    finally:
        on_copy.engine.dispose()

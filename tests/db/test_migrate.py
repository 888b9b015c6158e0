"""Migrations on both databases (issue #16): from an empty database to the head, one
revision at a time up and down, an older database brought forward at start, a newer
one refused; the tests of SQLite's own file (its bytes, pragmas, permissions, WAL and
the file backup before a migration) are sqlite_only."""

import sqlite3
from contextlib import contextmanager

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import inspect, text

from app.bootstrap import open_app
from app.db.engine import database_url, make_engine
from app.db.migrate import (
    DatabaseTooNew,
    DatabaseUnreadable,
    _config,
    current_revision,
    head_revision,
    upgrade,
)
from app.db.models import Base
from app.services.context import SYSTEM

pytestmark = pytest.mark.both_databases


@contextmanager
def plain_engine(location: str):
    engine = make_engine(database_url(location))
    try:
        yield engine
    finally:
        engine.dispose()


def migrate(engine, verb: str, revision: str) -> None:
    """Alembic's upgrade or downgrade, on a connection of ours as app.db.migrate does."""
    cfg = _config()
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        getattr(command, verb)(cfg, revision)


def tables(engine) -> set[str]:
    return set(inspect(engine).get_table_names())


def differences_from_the_models(engine) -> list:
    """What the database lacks or has otherwise than app/db/models declare: a table, a
    column, an index, a type, a NULL. Types are compared where they differ in storage:
    SQLite keeps every integer as the same 64-bit INTEGER, PostgreSQL's INTEGER is
    32-bit. What the models do not declare may be there (Alembic's "remove_…"): the
    indexes migrations add for reports and search, SQLite's FTS5 tables, the change
    feed's tables and columns."""
    with engine.connect() as conn:
        context = MigrationContext.configure(
            conn, opts={"compare_type": engine.dialect.name != "sqlite"})
        return [d for d in compare_metadata(context, Base.metadata)
                if not (isinstance(d, tuple) and d[0].startswith("remove_"))]


def test_an_empty_database_is_migrated_to_the_head_at_start(empty_db_location):
    app = open_app(empty_db_location, lang="en", acting=SYSTEM)
    try:
        assert head_revision() is not None
        assert current_revision(app.engine) == head_revision()
        assert app.terminal.till.member_count() == 0
        assert differences_from_the_models(app.engine) == []
    finally:
        app.engine.dispose()


def test_one_revision_at_a_time_up_and_down_and_up_again(empty_db_location):
    """Every migration's upgrade and downgrade run on their own, in order: down to
    nothing at all, and up again to the same schema as the models."""
    revisions = [r.revision for r in reversed(list(
        ScriptDirectory.from_config(_config()).walk_revisions()))]
    with plain_engine(empty_db_location) as engine:
        for revision in revisions:
            migrate(engine, "upgrade", revision)
            assert current_revision(engine) == revision
        full = tables(engine)
        for revision in [*reversed(revisions[:-1]), "base"]:
            migrate(engine, "downgrade", "-1")
            assert current_revision(engine) == (None if revision == "base" else revision)
        assert tables(engine) == {"alembic_version"}
        migrate(engine, "upgrade", "head")
        assert tables(engine) == full
        assert differences_from_the_models(engine) == []


def test_reopen_is_idempotent_and_keeps_data(db_location, tmp_path):
    from app.services.dto import MemberInput
    app = open_app(db_location, lang="en", acting=SYSTEM)
    mid = app.terminal.till.enrol(MemberInput(first_name="Jane", phone="+79161234567", consent=True))
    app.engine.dispose()
    again = open_app(db_location, lang="en", acting=SYSTEM)
    try:
        assert current_revision(again.engine) == head_revision()
        assert again.terminal.till.member(mid).balance == 200
        assert upgrade(again.engine) is None  # already at head: nothing to back up
        assert not (tmp_path / "backups").exists()
    finally:
        again.engine.dispose()


def test_future_schema_refused(empty_db_location):
    with plain_engine(empty_db_location) as engine:
        with engine.begin() as conn:
            conn.execute(text("CREATE TABLE alembic_version "
                              "(version_num VARCHAR(32) NOT NULL PRIMARY KEY)"))
            conn.execute(text("INSERT INTO alembic_version VALUES ('zzzz_future')"))
    with pytest.raises(DatabaseTooNew):
        open_app(empty_db_location, lang="en", acting=SYSTEM)
    with plain_engine(empty_db_location) as engine:  # the database is left as it was
        with engine.connect() as conn:
            assert conn.execute(text("SELECT version_num FROM alembic_version")).all() == [
                ("zzzz_future",)]
        assert tables(engine) == {"alembic_version"}


@pytest.mark.sqlite_only  # a file that is not SQLite's
def test_garbage_file_refused(tmp_path):
    path = tmp_path / "db.sqlite3"
    garbage = b"this is not a database at all\x00\x01\x02" * 200
    path.write_bytes(garbage)
    with pytest.raises(DatabaseUnreadable):
        open_app(str(path), lang="en", acting=SYSTEM)
    assert path.read_bytes() == garbage


@pytest.mark.sqlite_only  # SQLite's pragmas
def test_sqlite_pragmas_on_app_connections(tmp_path):
    app = open_app(str(tmp_path / "db.sqlite3"), lang="en", acting=SYSTEM)
    try:
        with app.engine.connect() as conn:
            assert conn.execute(text("PRAGMA journal_mode")).scalar() == "wal"
            assert conn.execute(text("PRAGMA foreign_keys")).scalar() == 1
            assert conn.execute(text("PRAGMA synchronous")).scalar() == 2  # FULL
    finally:
        app.engine.dispose()


def test_foreign_keys_enforced(empty_db_location):
    import sqlalchemy.exc
    with plain_engine(empty_db_location) as engine:
        upgrade(engine)
        with pytest.raises(sqlalchemy.exc.IntegrityError):
            with engine.begin() as conn:
                conn.execute(text(
                    "INSERT INTO ledger (id, member_id, kind, points, qualifying, cashier, reason, created_at) "
                    "VALUES ('00000000000000000000000000000001', '00000000000000000000000000000002', "
                    "'earn', 1, 0, '', '', '2024-01-01 00:00:00')"))


@pytest.mark.sqlite_only  # the file's permissions
def test_database_file_and_wal_are_private_to_the_owner(tmp_path):
    import os
    import stat
    if os.name != "posix":
        pytest.skip("POSIX permissions")
    path = tmp_path / "private.sqlite3"
    app = open_app(str(path), lang="en", acting=SYSTEM)
    try:
        app.terminal.till.member_count()
        for f in (path, path.with_name(path.name + "-wal")):
            assert stat.S_IMODE(f.stat().st_mode) == 0o600, f
    finally:
        app.engine.dispose()


def test_an_older_database_is_brought_to_the_head_at_start_and_keeps_its_members(
        empty_db_location):
    with plain_engine(empty_db_location) as engine:
        migrate(engine, "upgrade", "0001")
        with engine.begin() as conn:  # a member as version 0001 stored one
            conn.execute(text(
                "INSERT INTO member (id, first_name, last_name, phone, phone_rev, name_key, "
                "card_number, balance, qualifying_points, tier_key, visits, consent_at, "
                "created_at, updated_at, sms_opt_in, email_opt_in, notes) "
                "VALUES ('00000000000000000000000000000001', 'Jane', 'Doe', '+79161234567', "
                "'76543216197', 'jane doe', '2000000000428', 200, 0, 'bunny', 0, "
                "'2024-01-01 00:00:00', '2024-01-01 00:00:00', '2024-01-01 00:00:00', "
                "false, false, '')"))
    app = open_app(empty_db_location, lang="en", acting=SYSTEM)
    try:
        assert current_revision(app.engine) == head_revision()
        [hit] = app.terminal.till.search("jane")
        assert (hit.display_name, hit.balance) == ("Jane Doe", 200)
        assert differences_from_the_models(app.engine) == []
    finally:
        app.engine.dispose()


@pytest.mark.sqlite_only  # the file backup; a server's is pg_dump's (the backups' tests)
def test_migrating_an_older_database_keeps_a_verified_backup_first(tmp_path):
    from app.db import backup
    path = tmp_path / "old.sqlite3"
    with plain_engine(str(path)) as engine:
        migrate(engine, "upgrade", "0001")
    app = open_app(str(path), lang="en", acting=SYSTEM)
    try:
        assert current_revision(app.engine) == head_revision()
        [kept] = (tmp_path / "backups").glob("old-*-before-migration.sqlite3")
        assert "member" in backup.verify(kept)
        with sqlite3.connect(kept) as conn:
            assert conn.execute("SELECT version_num FROM alembic_version").fetchone() == ("0001",)
    finally:
        app.engine.dispose()


def test_the_head_read_from_file_names_is_alembics_head():
    """Start-up skips importing Alembic when the database is at the newest file's
    revision; that shortcut is only right while the two agree."""
    from app.db.migrate import newest_file_revision
    assert newest_file_revision() == head_revision()


def test_a_start_with_nothing_to_migrate_does_not_import_alembic(db_location):
    import subprocess
    import sys
    open_app(db_location, lang="en", acting=SYSTEM).engine.dispose()
    code = ("import sys; from app.bootstrap import open_app; "
            f"open_app({db_location!r}, 'en'); print('alembic' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


@pytest.mark.sqlite_only  # SQLite's WAL
def test_the_wal_reaches_the_database_file_in_the_background_not_in_a_sale(tmp_path):
    """A sale's commit no longer pays for checkpoints (they were its 95th percentile):
    a background thread moves the WAL into the file within seconds."""
    import shutil
    import time

    from app.services.dto import MemberInput
    path = tmp_path / "db.sqlite3"
    app = open_app(str(path), lang="en", acting=SYSTEM)
    try:
        with app.engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA wal_autocheckpoint").scalar() == 20_000
        for i in range(5):
            app.terminal.till.enrol(MemberInput(first_name=f"Anna{i}", phone=f"+7916100000{i}",
                                           consent=True))
        deadline = time.monotonic() + 10
        while True:
            shutil.copy(path, tmp_path / "file-only.sqlite3")  # the main file, no WAL
            with sqlite3.connect(tmp_path / "file-only.sqlite3") as conn:
                try:
                    count = conn.execute("SELECT count(*) FROM member").fetchone()[0]
                except sqlite3.DatabaseError:
                    count = -1
            if count == 5 or time.monotonic() > deadline:
                break
            time.sleep(0.2)
        assert count == 5
    finally:
        app.engine.dispose()


@pytest.mark.sqlite_only  # the migration is about PostgreSQL's 32-bit INTEGER; see below
def test_rollup_counters_migration_changes_nothing_on_sqlite(empty_db_location):
    with plain_engine(empty_db_location) as engine:
        migrate(engine, "upgrade", "0017")
        def columns():
            return [(c["name"], str(c["type"])) for c in inspect(engine).get_columns(
                "report_sales_day")]
        before = columns()
        migrate(engine, "upgrade", "0018")
        assert columns() == before


def test_a_server_migrated_with_32_bit_counters_gets_64_bit_ones(postgres_url):
    """A shop's server migrated before 0008/0011 were fixed has INTEGER counters; 0018
    widens them, and a day's revenue past 2**31 kopecks then fits."""
    with plain_engine(postgres_url) as engine:
        migrate(engine, "downgrade", "0017")
        with engine.begin() as conn:  # as the old 0008 and 0011 made them
            conn.execute(text("ALTER TABLE report_sales_day ALTER COLUMN revenue_minor TYPE INTEGER"))
            conn.execute(text("ALTER TABLE report_member_day ALTER COLUMN members TYPE INTEGER"))
        migrate(engine, "upgrade", "head")  # 0018 and every later one: the models are the head
        assert differences_from_the_models(engine) == []
        with engine.connect() as conn:
            kinds = dict(conn.execute(text(
                "SELECT table_name || '.' || column_name, data_type FROM information_schema.columns "
                "WHERE table_name IN ('report_sales_day', 'report_member_day') "
                "AND column_name IN ('revenue_minor', 'members')")).all())
        assert kinds == {"report_sales_day.revenue_minor": "bigint",
                         "report_member_day.members": "bigint"}

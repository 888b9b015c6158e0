import sqlite3

import pytest
from sqlalchemy import text

from app.bootstrap import open_app
from app.db.engine import make_engine
from app.db.migrate import DatabaseTooNew, DatabaseUnreadable, current_revision, head_revision, upgrade
from app.services.context import SYSTEM


def test_fresh_file_is_at_head(tmp_path):
    path = tmp_path / "db.sqlite3"
    app = open_app(str(path), lang="en", acting=SYSTEM)
    try:
        assert path.exists()
        assert head_revision() is not None
        assert current_revision(app.engine) == head_revision()
        assert app.terminal.till.member_count() == 0
    finally:
        app.engine.dispose()


def test_reopen_is_idempotent_and_keeps_data(tmp_path):
    from app.services.dto import MemberInput
    path = tmp_path / "db.sqlite3"
    app = open_app(str(path), lang="en", acting=SYSTEM)
    mid = app.terminal.till.enrol(MemberInput(first_name="Jane", phone="+79161234567", consent=True))
    app.engine.dispose()
    again = open_app(str(path), lang="en", acting=SYSTEM)
    try:
        assert current_revision(again.engine) == head_revision()
        assert again.terminal.till.member(mid).balance == 200
        assert upgrade(again.engine) is None  # already at head: nothing to back up
        assert not (tmp_path / "backups").exists()
    finally:
        again.engine.dispose()


def test_future_schema_refused(tmp_path):
    path = tmp_path / "db.sqlite3"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL PRIMARY KEY)")
        conn.execute("INSERT INTO alembic_version VALUES ('zzzz_future')")
    with pytest.raises(DatabaseTooNew):
        open_app(str(path), lang="en", acting=SYSTEM)
    with sqlite3.connect(path) as conn:  # the file is left as it was
        assert conn.execute("SELECT version_num FROM alembic_version").fetchall() == [("zzzz_future",)]
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    assert tables == {"alembic_version"}


def test_garbage_file_refused(tmp_path):
    path = tmp_path / "db.sqlite3"
    garbage = b"this is not a database at all\x00\x01\x02" * 200
    path.write_bytes(garbage)
    with pytest.raises(DatabaseUnreadable):
        open_app(str(path), lang="en", acting=SYSTEM)
    assert path.read_bytes() == garbage


def test_sqlite_pragmas_on_app_connections(tmp_path):
    app = open_app(str(tmp_path / "db.sqlite3"), lang="en", acting=SYSTEM)
    try:
        with app.engine.connect() as conn:
            assert conn.execute(text("PRAGMA journal_mode")).scalar() == "wal"
            assert conn.execute(text("PRAGMA foreign_keys")).scalar() == 1
            assert conn.execute(text("PRAGMA synchronous")).scalar() == 2  # FULL
    finally:
        app.engine.dispose()


def test_foreign_keys_enforced(tmp_path):
    import sqlalchemy.exc
    engine = make_engine(f"sqlite:///{tmp_path / 'db.sqlite3'}")
    upgrade(engine)
    try:
        with pytest.raises(sqlalchemy.exc.IntegrityError):
            with engine.begin() as conn:
                conn.execute(text(
                    "INSERT INTO ledger (id, member_id, kind, points, qualifying, cashier, reason, created_at) "
                    "VALUES ('00000000000000000000000000000001', '00000000000000000000000000000002', "
                    "'earn', 1, 0, '', '', '2024-01-01 00:00:00')"))
    finally:
        engine.dispose()


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


def test_migrating_an_older_database_keeps_a_verified_backup_first(tmp_path):
    from alembic import command

    from app.db import backup
    from app.db.migrate import _config
    path = tmp_path / "old.sqlite3"
    engine = make_engine(f"sqlite:///{path}")
    cfg = _config()
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "0001")
    engine.dispose()
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


def test_a_start_with_nothing_to_migrate_does_not_import_alembic(tmp_path):
    import subprocess
    import sys
    path = tmp_path / "db.sqlite3"
    open_app(str(path), lang="en", acting=SYSTEM).engine.dispose()
    code = ("import sys; from app.bootstrap import open_app; "
            f"open_app({str(path)!r}, 'en'); print('alembic' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


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

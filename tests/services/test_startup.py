"""The GUI entry's start (services.startup.TillStart, built by app.bootstrap.till_start):
the UI learns why a database cannot be opened without knowing app.db. On a SQLite file
and on the shop's PostgreSQL server."""

import sqlite3

import pytest
from sqlalchemy import create_engine, text

from app.bootstrap import open_app, till_start
from app.db.engine import database_url
from app.services.settings import Settings
from app.services.startup import CannotOpen
from app.services.terminal import Terminal

pytestmark = pytest.mark.both_databases


def test_a_good_database_opens_into_the_tills_facade(db_location, tmp_path):
    start = till_start(db_location, Settings(tmp_path / "settings.json"))
    on_server = db_location.startswith("postgresql")
    assert start.database == (None if on_server else tmp_path / "db.sqlite3")
    terminal = start.open("ru")
    assert isinstance(terminal, Terminal) and terminal.ctx.lang == "ru"
    assert terminal.sign_in.has_staff() is False  # a new shop: the owner is asked for next
    terminal._sessions.kw["bind"].dispose()


def _written_by_a_newer_version(db_location: str) -> None:
    if db_location.startswith("postgresql"):
        engine = create_engine(database_url(db_location))
        with engine.begin() as conn:
            conn.execute(text("UPDATE alembic_version SET version_num = 'zzzz_future'"))
        engine.dispose()
        return
    with sqlite3.connect(db_location) as conn:
        conn.execute("CREATE TABLE alembic_version (version_num VARCHAR(32) PRIMARY KEY)")
        conn.execute("INSERT INTO alembic_version VALUES ('zzzz_future')")


def test_a_database_from_a_newer_version_cannot_be_restored_over(db_location):
    _written_by_a_newer_version(db_location)
    with pytest.raises(CannotOpen) as caught:
        till_start(db_location).open("en")
    assert not caught.value.restorable and "newer version" in str(caught.value)
    assert not caught.value.away


@pytest.mark.sqlite_only  # the file's own bytes: a server has no file to restore over
@pytest.mark.parametrize("empty", [True, False], ids=["0 bytes", "damaged"])
def test_an_unreadable_database_may_be_restored(tmp_path, empty):
    db = tmp_path / "shop.sqlite3"
    open_app(str(db), "en").engine.dispose()
    db.write_bytes(b"" if empty else b"garbage" * 2000)
    with pytest.raises(CannotOpen) as caught:
        till_start(str(db)).open("en")
    assert caught.value.restorable and caught.value.empty is empty


@pytest.mark.sqlite_only  # the backup of the SQLite file (on a server: pg_dump's own tests)
def test_a_failed_automatic_backup_is_logged_and_never_stops_the_till(tmp_path, caplog):
    db = tmp_path / "shop.sqlite3"
    open_app(str(db), "en").engine.dispose()
    blocked = tmp_path / "not-a-folder"
    blocked.write_text("a file where the backup folder should be")
    settings = Settings(tmp_path / "settings.json")
    settings.set_backup_folder(blocked)
    assert till_start(str(db), settings).auto_backup() is None
    assert "automatic backup failed" in caplog.text

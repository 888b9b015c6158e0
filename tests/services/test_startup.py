"""The GUI entry's start (services.startup.TillStart, built by app.bootstrap.till_start):
the UI learns why a database cannot be opened without knowing app.db."""

import sqlite3

import pytest

from app.bootstrap import open_app, till_start
from app.services.settings import Settings
from app.services.startup import CannotOpen
from app.services.terminal import Terminal


def test_a_good_database_opens_into_the_tills_facade(tmp_path):
    start = till_start(str(tmp_path / "shop.sqlite3"), Settings(tmp_path / "settings.json"))
    assert start.database == tmp_path / "shop.sqlite3"
    terminal = start.open("ru")
    assert isinstance(terminal, Terminal) and terminal.ctx.lang == "ru"


def test_a_database_from_a_newer_version_cannot_be_restored_over(tmp_path):
    db = tmp_path / "shop.sqlite3"
    with sqlite3.connect(db) as conn:
        conn.execute("CREATE TABLE alembic_version (version_num VARCHAR(32) PRIMARY KEY)")
        conn.execute("INSERT INTO alembic_version VALUES ('zzzz_future')")
    with pytest.raises(CannotOpen) as caught:
        till_start(str(db)).open("en")
    assert not caught.value.restorable and "newer version" in str(caught.value)


@pytest.mark.parametrize("empty", [True, False], ids=["0 bytes", "damaged"])
def test_an_unreadable_database_may_be_restored(tmp_path, empty):
    db = tmp_path / "shop.sqlite3"
    open_app(str(db), "en").engine.dispose()
    db.write_bytes(b"" if empty else b"garbage" * 2000)
    with pytest.raises(CannotOpen) as caught:
        till_start(str(db)).open("en")
    assert caught.value.restorable and caught.value.empty is empty


def test_a_failed_automatic_backup_is_logged_and_never_stops_the_till(tmp_path, caplog):
    db = tmp_path / "shop.sqlite3"
    open_app(str(db), "en").engine.dispose()
    blocked = tmp_path / "not-a-folder"
    blocked.write_text("a file where the backup folder should be")
    settings = Settings(tmp_path / "settings.json")
    settings.set_backup_folder(blocked)
    assert till_start(str(db), settings).auto_backup() is None
    assert "automatic backup failed" in caplog.text

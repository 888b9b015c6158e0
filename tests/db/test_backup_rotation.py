"""Rotation never loses the better copy: the day's earlier backup survives "Back up
now", an emptied database's backup never pushes out the shop's data, and no -wal/-shm
files are left in the backups folder."""

import sqlite3
import uuid
from datetime import datetime, timedelta

import pytest

from app.bootstrap import open_app
from app.db import backup
from app.services.context import SYSTEM
from app.services.dto import MemberInput

DAY = datetime(2026, 3, 10)


@pytest.fixture
def shop(tmp_path):
    path = tmp_path / "shop.sqlite3"
    app = open_app(str(path), lang="en", acting=SYSTEM)
    app.terminal.admin.add_demo_members(30, seed=3)
    yield path, app
    app.engine.dispose()


@pytest.fixture
def emptied(tmp_path):
    """The same file name, with nobody in it (a wrong restore, a fresh install)."""
    path = tmp_path / "empty" / "shop.sqlite3"
    open_app(str(path), lang="en", acting=SYSTEM).engine.dispose()
    return path


def _members(path):
    return backup.verify(path)["member"]


def _folder_names(folder):
    return sorted(p.name for p in folder.iterdir())


def test_back_up_now_keeps_the_days_scheduled_copy(shop, tmp_path):
    path, _app = shop
    folder = tmp_path / "backups"
    morning = backup.backup_into(path, folder, now=DAY.replace(hour=8)).path
    on_demand = backup.backup_into(path, folder, now=DAY.replace(hour=14)).path
    again = backup.backup_into(path, folder, now=DAY.replace(hour=17)).path
    assert _folder_names(folder) == sorted(p.name for p in (morning, on_demand, again))


def test_the_next_day_the_day_is_rotated_down_to_its_newest_copy(shop, tmp_path):
    path, _app = shop
    folder = tmp_path / "backups"
    backup.backup_into(path, folder, now=DAY.replace(hour=8))
    evening = backup.backup_into(path, folder, now=DAY.replace(hour=20)).path
    tomorrow = backup.backup_into(path, folder, now=DAY.replace(hour=8) + timedelta(days=1)).path
    assert _folder_names(folder) == sorted([evening.name, tomorrow.name])


def test_an_empty_databases_backup_never_pushes_out_the_shops(shop, emptied, tmp_path):
    path, _app = shop
    folder = tmp_path / "backups"
    full = backup.backup_into(path, folder, now=DAY.replace(hour=8)).path
    backup.backup_into(emptied, folder, now=DAY.replace(hour=12))
    for day in range(1, 40):  # weeks of backups of the emptied database
        backup.backup_into(emptied, folder, now=DAY.replace(hour=12) + timedelta(days=day))
    assert full.exists() and _members(full) == 30
    assert len(list(folder.iterdir())) <= 7 + 4 + 12 + 1


def test_a_richer_copy_of_the_same_day_is_kept_beside_the_newest(shop, tmp_path):
    path, app = shop
    folder = tmp_path / "backups"
    rich = backup.backup_into(path, folder, now=DAY.replace(hour=9)).path
    app.engine.dispose()
    with sqlite3.connect(path) as raw:  # the database lost rows after the morning copy
        raw.execute("PRAGMA foreign_keys=OFF")
        raw.execute("DELETE FROM ledger WHERE rowid % 2 = 0")
    poorer = backup.backup_into(path, folder, now=DAY.replace(hour=18)).path
    backup.backup_into(path, folder, now=DAY + timedelta(days=1, hours=9))
    assert rich.exists() and poorer.exists()


def test_rotation_still_deletes_a_copy_that_a_richer_one_replaces(shop, tmp_path):
    path, app = shop
    folder = tmp_path / "backups"
    early = backup.backup_into(path, folder, now=DAY.replace(hour=9)).path
    mid = app.terminal.till.enrol(MemberInput(first_name="Later", phone="+79160001234", consent=True))
    app.terminal.till.record_purchase(uuid.uuid4(), mid, 10000)
    backup.backup_into(path, folder, now=DAY.replace(hour=18))
    backup.backup_into(path, folder, now=DAY + timedelta(days=1, hours=9))
    assert not early.exists()


def test_no_wal_or_shm_files_are_left_beside_backups(shop, tmp_path):
    path, app = shop
    folder = tmp_path / "backups"
    made = backup.backup_into(path, folder, now=DAY.replace(hour=9)).path
    backup.latest_good(folder, "shop")
    backup.listing(folder, "shop")
    app.engine.dispose()
    backup.restore(made, path, folder)
    leftovers = [n for n in _folder_names(folder) if n.endswith(("-wal", "-shm", "-journal"))]
    assert leftovers == []


def test_orphaned_wal_and_shm_files_are_cleaned_up(shop, tmp_path):
    path, _app = shop
    folder = tmp_path / "backups"
    folder.mkdir()
    gone = folder / "shop-20260101T030000Z.sqlite3"
    for extra in ("-wal", "-shm"):
        (folder / (gone.name + extra)).write_bytes(b"\0" * 100)
    # A copy made by an older version in WAL mode, opened read-only to verify it: that
    # left its -wal and -shm behind.
    old = folder / "shop-20260102T030000Z.sqlite3"
    conn = sqlite3.connect(old)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("CREATE TABLE t(x)")
    conn.commit()
    conn.close()
    reader = sqlite3.connect(f"file:{old}?mode=ro", uri=True)
    reader.execute("SELECT * FROM t").fetchall()
    reader.close()
    assert (folder / (old.name + "-wal")).exists()
    backup.backup_into(path, folder, now=DAY.replace(hour=9))
    assert [n for n in _folder_names(folder) if n.endswith(("-wal", "-shm"))] == []

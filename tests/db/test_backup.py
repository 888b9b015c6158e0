"""Backups verified after writing, rotation, restore after a safety copy."""

import sqlite3
import stat
import uuid
from datetime import datetime, timedelta

import pytest

from app.bootstrap import open_app, till_start
from app.cli import main
from app.db import backup
from app.services.context import SYSTEM
from app.services.dto import MemberInput


def rows(path):
    with sqlite3.connect(path) as conn:
        return {t: conn.execute(f'SELECT * FROM "{t}" ORDER BY 1').fetchall()
                for (t,) in conn.execute("SELECT name FROM sqlite_master WHERE type='table' "
                                         "AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'member_fts%'")}


@pytest.fixture
def shop(tmp_path):
    path = tmp_path / "shop.sqlite3"
    app = open_app(str(path), lang="en", acting=SYSTEM)
    app.terminal.admin.add_demo_members(40, seed=2)
    mid = app.terminal.till.enrol(MemberInput(first_name="Anna", phone="+79160001122", consent=True))
    app.terminal.till.record_purchase(uuid.uuid4(), mid, 150000)
    yield path, app
    app.engine.dispose()


def test_backup_while_open_equals_the_database_row_by_row(shop, tmp_path):
    path, _app = shop
    info = backup.backup(path, tmp_path / "copy.sqlite3")
    assert rows(info.path) == rows(path)
    assert info.tables["member"] == 41
    assert stat.S_IMODE(info.path.stat().st_mode) == 0o600


def test_backup_restore_round_trip_and_safety_copy(shop, tmp_path):
    path, app = shop
    saved = backup.backup(path, tmp_path / "saved.sqlite3").path
    before = rows(path)
    app.terminal.till.enrol(MemberInput(first_name="Late", phone="+79160009999", consent=True))
    app.engine.dispose()
    safety = backup.restore(saved, path, tmp_path / "backups")
    assert rows(path) == before  # exactly what was saved
    assert "Late" in str(rows(safety)["member"])  # the replaced database is kept
    again = open_app(str(path), lang="en", acting=SYSTEM)
    try:
        assert again.terminal.till.member_count() == 41 and again.terminal.admin.check().ok
    finally:
        again.engine.dispose()


@pytest.mark.parametrize("damage", ["truncate", "flip"])
def test_a_damaged_file_is_refused_and_nothing_is_replaced(shop, tmp_path, damage):
    path, app = shop
    bad = backup.backup(path, tmp_path / "bad.sqlite3").path
    data = bytearray(bad.read_bytes())
    if damage == "truncate":
        data = data[: len(data) // 3]
    else:
        for i in range(4096 * 2, len(data), 997):
            data[i] ^= 0xFF
    bad.write_bytes(bytes(data))
    before = rows(path)
    app.engine.dispose()
    with pytest.raises(backup.BackupError):
        backup.restore(bad, path, tmp_path / "backups")
    assert rows(path) == before


def test_rotation_keeps_daily_weekly_monthly(tmp_path):
    folder = tmp_path / "backups"
    folder.mkdir()
    start = datetime(2026, 1, 1, 3, 0)
    for day in range(400):  # one backup a day for 400 days, two on some days
        for hour in ((3, 15) if day % 10 == 0 else (3,)):
            when = start + timedelta(days=day, hours=hour - 3)
            (folder / f"shop-{backup.stamp(when)}.sqlite3").write_bytes(b"x")
    (folder / "shop-20260105T000000Z-before-migration.sqlite3").write_bytes(b"x")
    backup.rotate(folder, "shop")
    kept = sorted(p.name for p in folder.iterdir())
    assert "shop-20260105T000000Z-before-migration.sqlite3" in kept
    dated = [backup.taken_at(folder / n) for n in kept if "before" not in n]
    days = {d.date() for d in dated}
    last = (start + timedelta(days=399)).date()
    assert all(last - timedelta(days=i) in days for i in range(7))  # the last 7 days
    assert len({d.isocalendar()[:2] for d in dated}) >= 4
    assert len({(d.year, d.month) for d in dated}) == 12
    assert len(dated) <= 7 + 4 + 12
    # the newest of each kept day is the one kept
    assert len(dated) == len(days)


def test_cli_backup_and_restore(tmp_path, capsys):
    db = tmp_path / "cli.sqlite3"
    main(["demo", "--db", str(db), "--members", "5"])
    assert main(["backup", "--db", str(db)]) == 0
    out = capsys.readouterr().out
    made = sorted((tmp_path / "backups").glob("cli-*.sqlite3"))
    assert len(made) == 1 and str(made[0]) in out and "verified" in out
    main(["demo", "--db", str(db), "--members", "3"])
    assert main(["restore", "--db", str(db), str(made[0])]) == 0
    capsys.readouterr()
    assert main(["check", "--db", str(db)]) == 0
    assert "5 members" in capsys.readouterr().out
    audit = sqlite3.connect(db).execute("SELECT action FROM audit ORDER BY at").fetchall()
    assert ("restore",) in audit


def test_cli_restore_refuses_a_file_that_is_not_a_database(tmp_path, capsys):
    db = tmp_path / "cli.sqlite3"
    main(["demo", "--db", str(db), "--members", "2"])
    junk = tmp_path / "junk.sqlite3"
    junk.write_bytes(b"not a database" * 300)
    assert main(["restore", "--db", str(db), str(junk)]) == 2
    assert "not a readable database" in capsys.readouterr().err
    assert main(["check", "--db", str(db)]) == 0


def test_automatic_backup_at_start_is_daily_not_every_start(shop):
    path, _app = shop
    start = till_start(str(path))
    assert start.auto_backup() is not None
    assert start.auto_backup() is None  # the same day: nothing new
    made = list((path.parent / "backups").glob("shop-*.sqlite3"))
    assert len(made) == 1 and backup.verify(made[0])["member"] == 41


def test_automatic_backups_follow_the_folder_the_owner_chose_while_running(shop, tmp_path):
    """The till's hourly timer must use the folder as chosen now in Manage → Backups,
    not the one read from the settings when the till started."""
    path, app = shop
    start = till_start(str(path))
    app.terminal.admin.choose_backup_folder(tmp_path / "usb")  # Manage → Backups, after the start
    made = start.auto_backup()
    assert made is not None and made.parent == tmp_path / "usb"
    assert not (path.parent / "backups").exists() or not list((path.parent / "backups").glob("shop-*"))


def test_two_copies_in_the_same_second_are_both_kept(shop, tmp_path):
    """A restore from the recovery prompt and another from the command line can fall in
    one second: the second copy is dated a second later, never refused or written over."""
    path, _app = shop
    now = datetime(2026, 3, 10, 12, 0, 0)
    first = backup.backup_into(path, tmp_path / "kept", "before-restore", now=now).path
    second = backup.backup_into(path, tmp_path / "kept", "before-restore", now=now).path
    assert first != second and backup.taken_at(second) - backup.taken_at(first) == timedelta(seconds=1)
    assert backup.verify(first) == backup.verify(second)

"""Backups of a shop's PostgreSQL server with the real pg_dump and pg_restore (issue
#16): a verified, private dump named and rotated like the SQLite copies; restore only
into an empty database; what goes wrong is said in words and leaves no file behind.
The tests that need the server take ``postgres_url`` (under CI=true they fail without
one)."""

import stat
import subprocess
import uuid
from datetime import datetime, timedelta

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from app.bootstrap import open_app
from app.db import backup, pg_backup
from app.services.context import SYSTEM
from app.services.dto import MemberInput
from tests.conftest import drop_database

NAMED = r"^{db}-\d{{8}}T\d{{6}}Z\.dump$"


@pytest.fixture
def shop(postgres_url):
    """A demo shop on the server: 12 members, one with a purchase."""
    app = open_app(postgres_url, lang="en", acting=SYSTEM)
    app.terminal.admin.add_demo_members(12, seed=3)
    anna = app.terminal.till.enrol(MemberInput(first_name="Anna", phone="+79160001122",
                                               consent=True))
    app.terminal.till.record_purchase(uuid.uuid4(), anna, 150_000)
    yield app
    app.engine.dispose()


@pytest.fixture
def empty_database(postgres_template):
    """A new, empty database on the same server (no schema, no table), dropped after."""
    admin, url, _template = postgres_template
    name = f"regulars_empty_{uuid.uuid4().hex[:8]}"
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    yield url.set(database=name)
    drop_database(admin, name)


def counts(url) -> dict[str, int]:
    engine = create_engine(url)
    try:
        return pg_backup.row_counts(engine)
    finally:
        engine.dispose()


def test_a_dump_of_a_demo_shop_is_verified_private_and_named_by_its_database(shop, tmp_path):
    folder = tmp_path / "backups"
    info = pg_backup.dump_into(shop.engine.url, folder)
    db = shop.engine.url.database
    assert info.path.parent == folder
    assert __import__("re").match(NAMED.format(db=db), info.path.name)
    assert stat.S_IMODE(info.path.stat().st_mode) == 0o600
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    assert {"alembic_version", "member", "purchase", "ledger", "audit"} <= set(info.tables)
    assert pg_backup.verify(info.path) == info.tables
    assert [p.name for p in folder.iterdir()] == [info.path.name]  # no partial file left
    # Listed newest first with the SQLite copies' listing, under the database's name.
    assert backup.listing(folder, db, pg_backup.DUMP) == [(backup.taken_at(info.path),
                                                           info.path)]


def test_dumps_are_rotated_daily_weekly_monthly_and_a_richer_one_is_kept(shop, tmp_path):
    folder = tmp_path / "backups"
    folder.mkdir()
    db = shop.engine.url.database
    start = datetime(2026, 1, 1, 3, 0)
    for day in range(60):  # a dump a day for 60 days, all the same size
        (folder / f"{db}-{backup.stamp(start + timedelta(days=day))}.dump").write_bytes(b"x" * 10)
    before = folder / f"{db}-20260105T000000Z-before-migration.dump"
    before.write_bytes(b"x")
    # Feb 20 is bigger than Feb 22, the week's copy that replaces it: data would be lost.
    richer = folder / f"{db}-{backup.stamp(start + timedelta(days=50))}.dump"
    richer.write_bytes(b"x" * 10_000)
    made = pg_backup.dump_into(shop.engine.url, folder, now=start + timedelta(days=60))
    kept = sorted(p.name for p in folder.iterdir())
    assert made.path.name in kept and before.name in kept and richer.name in kept
    dated = sorted(backup.taken_at(folder / n) for n in kept if "before" not in n)
    days = {d.date() for d in dated}
    assert all((start + timedelta(days=60 - i)).date() in days for i in range(7))
    # Mar 2 back to Feb 24; Feb 22 and 15 (weeks); Jan 31 (a month); Feb 20 (richer).
    assert len(dated) == len(days) == 7 + 2 + 1 + 1
    assert len(list(folder.glob("*.sqlite3"))) == 0


def test_pg_dump_not_installed_is_said_in_words(tmp_path, monkeypatch):
    monkeypatch.setenv("PATH", str(tmp_path / "nothing"))
    monkeypatch.setattr(pg_backup, "SERVER_BINS", str(tmp_path / "postgresql" / "*" / "bin"))
    target = tmp_path / "shop.dump"
    with pytest.raises(backup.BackupError) as caught:
        pg_backup.dump("postgresql+psycopg://u@localhost/shop", target)
    assert str(caught.value) == (
        "pg_dump was not found: install the PostgreSQL client programs (Debian/Ubuntu: apt "
        "install postgresql-client; Windows and macOS: the PostgreSQL installer) or put them "
        "on PATH.")
    assert list(tmp_path.iterdir()) == []


def test_the_newest_server_programs_are_found_when_not_on_path(tmp_path, monkeypatch):
    for version in ("9.6", "15", "13"):
        bin_dir = tmp_path / "postgresql" / version / "bin"
        bin_dir.mkdir(parents=True)
        (bin_dir / "pg_restore").write_text("#!/bin/sh\n")
    monkeypatch.setenv("PATH", str(tmp_path / "nothing"))
    monkeypatch.setattr(pg_backup, "SERVER_BINS", str(tmp_path / "postgresql" / "*" / "bin"))
    assert pg_backup.tool("pg_restore") == str(tmp_path / "postgresql/15/bin/pg_restore")


def test_an_unreachable_server_is_said_in_words_no_file_is_left_nor_the_password_shown(
        tmp_path, monkeypatch):
    seen = []
    real_run = subprocess.run

    def recording(args, **kw):
        seen.append((args, kw["env"]))
        return real_run(args, **kw)
    monkeypatch.setattr(subprocess, "run", recording)
    url = f"postgresql+psycopg://shop:s3cret-Word@/shop?host={tmp_path / 'no-server'}"
    with pytest.raises(backup.BackupError) as caught:
        pg_backup.dump_into(url, tmp_path / "backups")
    said = str(caught.value)
    assert said.startswith("pg_dump failed: connection to server on socket ")
    assert "No such file or directory" in said and "s3cret" not in said
    assert list((tmp_path / "backups").iterdir()) == []
    args, env = seen[0]
    assert not any("s3cret" in a for a in args)  # never on a command line
    assert (env["PGPASSWORD"], env["PGUSER"], env["PGDATABASE"], env["PGHOST"]) == (
        "s3cret-Word", "shop", "shop", str(tmp_path / "no-server"))


def test_a_database_that_does_not_exist_is_said_in_words(postgres_url, tmp_path):
    url = make_url(postgres_url).set(database="no_such_shop")
    with pytest.raises(backup.BackupError) as caught:
        pg_backup.dump_into(url, tmp_path / "backups")
    assert 'database "no_such_shop" does not exist' in str(caught.value)
    assert list((tmp_path / "backups").iterdir()) == []


def test_a_file_that_is_not_a_dump_of_regulars_is_refused(empty_database, tmp_path):
    junk = tmp_path / "junk.dump"
    junk.write_bytes(b"not a dump" * 100)
    with pytest.raises(backup.BackupError) as caught:
        pg_backup.verify(junk)
    assert str(caught.value) == ("pg_restore failed: input file does not appear to be a "
                                 "valid archive")
    # A dump of a database that is not a shop's: made, refused when verified, not kept.
    with pytest.raises(backup.BackupError) as caught:
        pg_backup.dump(empty_database, tmp_path / "other.dump")
    assert str(caught.value) == "other.dump is not a backup of a Regulars database."
    assert sorted(p.name for p in tmp_path.iterdir()) == ["junk.dump"]


def test_restore_into_an_empty_database_gives_the_same_rows(shop, empty_database, tmp_path):
    taken = pg_backup.dump(shop.engine.url, tmp_path / "shop.dump")
    engine = create_engine(empty_database)
    try:
        assert pg_backup.restore(taken.path, engine) == taken.tables
    finally:
        engine.dispose()
    assert counts(empty_database) == counts(shop.engine.url)
    assert counts(empty_database)["member"] == 13


def test_restore_into_a_database_with_a_table_is_refused_and_changes_nothing(
        shop, postgres_template, tmp_path):
    taken = pg_backup.dump(shop.engine.url, tmp_path / "shop.dump")
    shop.terminal.till.enrol(MemberInput(first_name="Boris", phone="+79160003344",
                                         consent=True))
    before = counts(shop.engine.url)
    with pytest.raises(backup.BackupError) as caught:
        pg_backup.restore(taken.path, shop.engine)
    assert str(caught.value) == (
        f"The database {shop.engine.url.database} is not empty (it has "
        "public.alembic_version): a backup is restored into a new, empty database only.")
    assert counts(shop.engine.url) == before and before["member"] == 14

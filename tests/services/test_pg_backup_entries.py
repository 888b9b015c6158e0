"""Backups of a shop's PostgreSQL server from every entry (issue #16): `regulars backup`
and `regulars restore` run as the real command, the owner's Backups (the services the
dialog calls) and the daily automatic backup. A restore goes into a new, empty database
only and gives the same rows, `regulars check` clean on it. PostgreSQL-only: each test
takes ``postgres_url`` (under CI=true they fail without a server)."""

import os
import subprocess
import sys
import uuid
from pathlib import Path

import pytest
from alembic import command
from alembic.config import Config
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from app.bootstrap import open_app, till_start
from app.db import pg_backup
from app.db.migrate import MIGRATIONS, head_revision
from app.domain.errors import DomainError
from app.services.context import SYSTEM
from app.services.dto import MemberInput
from tests.conftest import drop_database
from tests.db.test_pg_backup import counts

REGULARS = Path(sys.executable).with_name("regulars")


def regulars(*args: str, data: Path) -> subprocess.CompletedProcess:
    """The real command, with this computer's data folder at ``data``."""
    return subprocess.run([str(REGULARS), *args], capture_output=True, text=True,
                          timeout=300, env=dict(os.environ, XDG_DATA_HOME=str(data)))


def plain(url) -> str:
    """The URL as an owner types it (postgresql://…), with the socket folder."""
    return make_url(url).set(drivername="postgresql").render_as_string(hide_password=False)


@pytest.fixture
def shop(postgres_url, tmp_path):
    """`regulars demo` on the server: 20 members and their history."""
    done = regulars("demo", "--db", plain(postgres_url), "--members", "20", data=tmp_path)
    assert done.returncode == 0, done.stderr
    return postgres_url


@pytest.fixture
def new_database(postgres_template):
    """A name for a database that does not exist yet on the server; dropped after."""
    admin, url, _template = postgres_template
    name = f"regulars_new_{uuid.uuid4().hex[:8]}"
    yield url.set(database=name)
    drop_database(admin, name)


def _audit(url) -> list[tuple[str, str]]:
    engine = create_engine(url)
    try:
        with engine.connect() as conn:
            return [tuple(r) for r in conn.execute(text(
                "SELECT action, target FROM audit WHERE action IN ('backup', 'restore') "
                "ORDER BY at"))]
    finally:
        engine.dispose()


def test_regulars_backup_dumps_into_this_computers_folder_for_the_server(shop, tmp_path):
    done = regulars("backup", "--db", plain(shop), data=tmp_path / "data")
    assert done.returncode == 0, done.stderr
    db = make_url(shop).database
    folder = tmp_path / "data" / "Regulars" / "backups" / f"local-{db}"
    made = sorted(folder.glob(f"{db}-*.dump"))
    assert len(made) == 1
    assert done.stdout == (f"backed up to {made[0]} (verified by pg_restore --list: "
                           f"{len(pg_backup.verify(made[0]))} tables)\n")
    assert _audit(shop) == [("backup", made[0].name)]
    out = tmp_path / "usb" / "shop.dump"
    out.parent.mkdir()
    done = regulars("backup", "--db", plain(shop), "--out", str(out), data=tmp_path / "data")
    assert done.returncode == 0, done.stderr
    assert "member" in pg_backup.verify(out) and len(list(folder.iterdir())) == 1


def test_regulars_restore_creates_the_database_with_the_same_rows_and_check_is_clean(
        shop, new_database, tmp_path):
    dump = tmp_path / "shop.dump"
    at_backup = counts(shop)  # the backup's own audit row comes after the dump
    assert regulars("backup", "--db", plain(shop), "--out", str(dump),
                    data=tmp_path).returncode == 0
    done = regulars("restore", str(dump), "--create", "--db", plain(new_database), data=tmp_path)
    assert done.returncode == 0, done.stderr
    restored = counts(new_database)
    assert done.stdout.startswith(f"restored {dump} into ")
    assert f"({sum(at_backup.values())} rows in {len(at_backup)} tables)" in done.stdout
    # The same rows, and the restore on the restored database's own trail.
    assert {**restored, "audit": restored["audit"] - 1} == at_backup
    assert restored["member"] == 20
    assert _audit(new_database)[-1] == ("restore", dump.name)
    check = regulars("check", "--db", plain(new_database), data=tmp_path)
    assert check.returncode == 0 and check.stdout.endswith(": consistent\n"), check.stdout
    assert check.stdout.startswith("20 members, ")


def test_regulars_restore_into_a_database_in_use_is_refused_and_changes_nothing(
        shop, tmp_path):
    dump = tmp_path / "shop.dump"
    assert regulars("backup", "--db", plain(shop), "--out", str(dump),
                    data=tmp_path).returncode == 0
    before = counts(shop)
    done = regulars("restore", str(dump), "--db", plain(shop), data=tmp_path)
    assert done.returncode == 2 and done.stdout == ""
    assert done.stderr == (f"regulars: The database {make_url(shop).database} is not empty "
                           "(it has public.alembic_version): a backup is restored into a "
                           "new, empty database only.\n")
    assert counts(shop) == before
    # --create on a database that exists: refused in words too.
    done = regulars("restore", str(dump), "--create", "--db", plain(shop), data=tmp_path)
    assert done.returncode == 2
    assert "exists already: leave out --create" in done.stderr
    assert counts(shop) == before


def test_backups_dialog_services_on_the_server_list_back_up_and_refuse_a_restore_in_place(
        postgres_url, tmp_path):
    app = open_app(postgres_url, "en", acting=SYSTEM)
    admin = app.terminal.admin
    try:
        admin.choose_backup_folder(tmp_path / "usb")
        app.terminal.till.enrol(MemberInput(first_name="Anna", phone="+79160001122",
                                            consent=True))
        row = admin.backup_now()
        assert admin.backup_folder() == tmp_path / "usb" and row.path.parent == tmp_path / "usb"
        assert row.path.suffix == ".dump" and row.kind == ""
        assert [r.path for r in admin.list_backups()] == [row.path]
        assert [e.target for e in app.terminal.office.audit_log(action="backup")] == [
            row.path.name]
        command = admin.restore_elsewhere()
        db = make_url(postgres_url).database
        assert command.startswith("regulars restore FILE --create --db postgresql://regulars@/"
                                  f"{db}_restored?host=/")
        with pytest.raises(DomainError) as caught:
            admin.restore_backup(row.path)
        assert caught.value.code == "restore_not_in_place"
        assert caught.value.params == {"command": command}
        assert len(app.terminal.till.search("Anna")) == 1  # nothing changed, signed in
        assert app.terminal.ctx.staff is not None
    finally:
        app.engine.dispose()


def test_the_daily_backup_dumps_the_server_once_a_day(postgres_url, tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    start = till_start(postgres_url)
    made = start.auto_backup()
    assert made is not None and made.suffix == ".dump"
    assert made.parent == (tmp_path / "data" / "Regulars" / "backups"
                           / f"local-{make_url(postgres_url).database}")
    assert start.auto_backup() is None  # the same day: nothing new
    assert "alembic_version" in pg_backup.verify(made)


def test_an_older_dump_is_brought_up_to_this_versions_schema_when_restored(
        postgres_template, new_database, tmp_path):
    admin, url, _template = postgres_template
    older = url.set(database=f"regulars_old_{uuid.uuid4().hex[:8]}")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{older.database}"'))
    engine = create_engine(older)
    try:
        cfg = Config()
        cfg.set_main_option("script_location", str(MIGRATIONS))
        with engine.begin() as conn:
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, "0014")  # before the upkeep lease
        dump = pg_backup.dump(older, tmp_path / "old.dump").path
    finally:
        engine.dispose()
        drop_database(admin, older.database)
    assert "upkeep_lease" not in pg_backup.verify(dump)
    done = regulars("restore", str(dump), "--create", "--db", plain(new_database), data=tmp_path)
    assert done.returncode == 0, done.stderr
    restored = create_engine(new_database)
    try:
        with restored.connect() as conn:
            assert conn.scalar(text("SELECT version_num FROM alembic_version")) == head_revision()
            assert conn.scalar(text("SELECT count(*) FROM upkeep_lease")) == 1
    finally:
        restored.dispose()

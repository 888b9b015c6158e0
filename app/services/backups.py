"""Backups and restore, for every entry that needs them: the owner's Backups dialog,
the recovery offered at start when the database cannot be read, the daily automatic
backup, and `regulars backup` / `regulars restore`. What is backed up decides how, in
one strategy object chosen from the database (``of``): the SQLite file's copies
(app.db.backup) or a server's dumps (app.db.pg_backup). This module holds the one
answer to "where do backups go" — the folder the owner chose (the settings store), else
beside the file, or for a server this computer's data folder — which is also where a
restore keeps its safety copy of the data it replaces, whichever entry restores. It
adds the audit trail and bringing a restored database into use."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from pathlib import Path
from urllib.parse import unquote

from sqlalchemy.engine import URL, Engine, make_url
from sqlalchemy.orm import Session, sessionmaker

from app.db import backup, pg_backup
from app.db.engine import database_url, make_engine, sqlite_path
from app.db.migrate import upgrade
from app.db.models import Staff, Till
from app.domain.errors import DomainError
from app.services import audit, program_admin
from app.services.context import ServiceContext
from app.services.settings import Settings

AUTO_EVERY = timedelta(hours=20)  # "daily", asked hourly: never two on one day


@dataclass(frozen=True, slots=True)
class BackupRow:
    path: Path
    taken_at: datetime  # UTC, from the file name
    kind: str  # "" (scheduled or on demand), "before-migration", "before-restore", …
    size: int  # bytes


@dataclass(frozen=True, slots=True)
class Restored:
    source: Path
    safety_copy: Path | None  # the database as it was just before, kept
    rows: int  # rows in the restored database, as verified


@dataclass(frozen=True, slots=True)
class GoodBackup:
    path: Path
    taken_at: datetime  # UTC
    members: int  # members in it, as verified


@dataclass(frozen=True, slots=True)
class Written:
    path: Path
    tables: int  # tables in it, as verified
    rows: int | None  # rows in it, as verified; None for a dump (its list names tables)


class FileBackups:
    """The SQLite file: copies through SQLite's online backup, beside the file unless the
    owner chose a folder; restored in place, after a safety copy."""

    suffix = backup.SQLITE
    in_place = True

    def __init__(self, path: Path):
        self.path, self.stem = path, path.stem

    def default_folder(self) -> Path:
        return backup.default_folder(self.path)

    def write(self, target: Path) -> Written:
        return self._written(backup.backup(self.path, target))

    def write_into(self, folder: Path) -> Written:
        return self._written(backup.backup_into(self.path, folder))

    @staticmethod
    def _written(info: backup.BackupInfo) -> Written:
        return Written(info.path, len(info.tables), sum(info.tables.values()))


class ServerBackups:
    """A PostgreSQL server: pg_dump's custom format, verified by pg_restore --list, in
    this computer's data folder unless the owner chose one. Restored only into a new,
    empty database, never over itself (app.db.pg_backup says why)."""

    suffix = pg_backup.DUMP
    in_place = False

    def __init__(self, url: URL):
        self.url, self.stem = url, pg_backup.database_name(url)

    def default_folder(self) -> Path:
        return pg_backup.default_folder(self.url)

    def write(self, target: Path) -> Written:
        return self._written(pg_backup.dump(self.url, target))

    def write_into(self, folder: Path) -> Written:
        return self._written(pg_backup.dump_into(self.url, folder))

    def restore_command(self) -> str:
        """How the owner restores a dump: into a new database on the same server, by the
        same role (which needs CREATEDB for --create). The password is left out: the
        owner adds it to the URL, or libpq finds it in PGPASSWORD or ~/.pgpass."""
        target = self.url.set(drivername="postgresql", password=None,
                              database=f"{self.stem}_restored")
        # Unquoted: a socket folder reads host=/run/postgresql, as libpq takes it too.
        return f"regulars restore FILE --create --db {unquote(target.render_as_string())}"

    @staticmethod
    def _written(info: pg_backup.DumpInfo) -> Written:
        return Written(info.path, len(info.tables), None)


Source = FileBackups | ServerBackups


def of(where: Engine | URL | str | Path) -> Source:
    """What the database behind ``where`` (an engine, a URL, or a file) is backed up as."""
    url = where.url if isinstance(where, Engine) else make_url(
        where if isinstance(where, URL) else database_url(str(where)))
    path = sqlite_path(url.render_as_string(hide_password=False))
    return FileBackups(path) if path is not None else ServerBackups(url)


def folder(source: Source, settings: Settings) -> Path:
    """Where the backups of ``source`` go, and where a restore keeps its safety copy:
    the owner's chosen folder, else the source's own (beside the file; for a server,
    this computer's data folder). Read at every call, so a folder chosen while the till
    runs is used from then on."""
    return settings.backup_folder() or source.default_folder()


def choose_folder(settings: Settings, chosen: Path | str) -> None:
    settings.set_backup_folder(chosen)


def rows(source: Source, settings: Settings) -> list[BackupRow]:
    out = []
    for when, path in backup.listing(folder(source, settings), source.stem, source.suffix):
        label = path.name[len(source.stem) + 1:-len(source.suffix)].partition("-")[2]
        try:
            size = path.stat().st_size
        except OSError:
            continue
        out.append(BackupRow(path, when, label, size))
    return out


def write(source: Source, settings: Settings, out: Path | None = None) -> Written:
    """A verified backup: into the backups folder (rotated), or to the file ``out``."""
    if out is not None:
        return source.write(out)
    return source.write_into(folder(source, settings))


def backup_now(source: Source, settings: Settings) -> BackupRow:
    try:
        made = write(source, settings)
    except (backup.BackupError, OSError) as exc:
        raise DomainError("backup_failed", "The backup could not be written: {detail}",
                          detail=str(exc)) from exc
    return BackupRow(made.path, backup.taken_at(made.path), "", made.path.stat().st_size)


def auto_backup(source: Source, settings: Settings, now: datetime | None = None
                ) -> Path | None:
    """A verified, rotated backup unless one was taken in the last 20 hours (the till
    asks at start and then hourly, on the till holding the shop's upkeep lease). Returns
    the new backup, if one was made; a failure raises, and the caller logs it and asks
    again next time."""
    target = folder(source, settings)
    last = backup.latest(target, source.stem, source.suffix) if target.exists() else None
    when = backup.taken_at(last) if last else None
    now = now or datetime.now(timezone.utc).replace(tzinfo=None)
    if when is not None and now - when < AUTO_EVERY:
        return None
    return source.write_into(target).path


def latest_good(database: Path, settings: Settings) -> GoodBackup | None:
    """The newest backup of ``database`` that passes the integrity check, from the
    owner's backup folder or beside the database; None if there is none."""
    for where in dict.fromkeys((settings.backup_folder(), backup.default_folder(database))):
        if where is None:
            continue
        found = backup.latest_good(where, database.stem)
        if found is not None:
            return GoodBackup(found[0], backup.taken_at(found[0]), found[1].get("member", 0))
    return None


def restore_file(database: Path, settings: Settings, source: Path) -> Path | None:
    """Put ``source`` in place of the database file, keeping the current bytes (even a
    damaged file) as a safety copy in the backups folder. Nothing may have the file
    open. Returns the safety copy. Raises backup.BackupError for an unusable file."""
    return backup.restore(source, database, folder(FileBackups(database), settings))


def restore_to_server(url: URL | str, dump: Path, create: bool = False) -> dict[str, int]:
    """Restore the dump ``dump`` into the EMPTY database at ``url`` (made first when
    ``create``), then bring it up to this version's schema. Returns its row counts.
    Raises backup.BackupError, in words, for a dump that is not one, a database that is
    not empty (nothing is changed in it) or a server that refuses."""
    url = make_url(database_url(str(url)) if isinstance(url, str) else url)
    if create:
        pg_backup.create_database(url)
    engine = make_engine(url.render_as_string(hide_password=False))
    try:
        pg_backup.restore(dump, engine)
        upgrade(engine)
        return pg_backup.row_counts(engine)
    finally:
        engine.dispose()


def restore(engine: Engine, sessions: sessionmaker[Session], ctx: ServiceContext,
            settings: Settings, source: Path) -> Restored:
    """Replace the database with ``source`` after a safety copy, bring it up to this
    version's schema, and load its program. The caller signs everyone out: the staff
    and their PINs are the backup's now. Only a SQLite file is restored in place: a
    shop's server has other tills connected (see restore_to_server)."""
    target = of(engine)
    if not isinstance(target, FileBackups):
        raise DomainError("restore_not_in_place", "The shop's server is not restored over "
                          "itself while tills are connected to it: restore into a new, empty "
                          "database ({command}) and point the tills at it.",
                          command=target.restore_command())
    path = target.path
    try:
        counts = backup.verify(source)
    except backup.BackupError as exc:
        raise DomainError("backup_unusable", "This file cannot be restored: {detail}",
                          detail=str(exc)) from exc
    engine.dispose()  # no connection may hold the old file open while it is replaced
    try:
        safety = restore_file(path, settings, source)
    except (backup.BackupError, OSError) as exc:
        raise DomainError("backup_failed", "The backup could not be written: {detail}",
                          detail=str(exc)) from exc
    upgrade(engine, folder(target, settings))
    with sessions.begin() as s:
        ctx.program, ctx.program_version_id = program_admin.current(s)
        if ctx.till_id is not None and s.get(Till, ctx.till_id) is None:
            s.add(Till(id=ctx.till_id, name=ctx.till_name or "Till 1", created_at=ctx.clock()))
        staff = ctx.staff
        if staff is not None and staff.id is not None and s.get(Staff, staff.id) is None:
            # Whoever restored may not exist in the backup: record them by name only.
            ctx.staff = type(staff)(None, staff.name, staff.role)
        audit.record(s, ctx, "restore", source.name,
                     safety=safety.name if safety else "", rows=sum(counts.values()))
        ctx.staff = staff
    return Restored(source, safety, sum(counts.values()))

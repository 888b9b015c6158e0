"""Backups and restore, for every entry that needs them: the owner's Backups dialog,
the recovery offered at start when the database cannot be read, the daily automatic
backup, and `regulars backup` / `regulars restore`. The file work is app.db.backup's;
this module holds the one answer to "where do backups go" — the folder the owner chose
(the settings store), else beside the database — which is also where a restore keeps
its safety copy of the data it replaces, whichever entry restores. It adds the audit
trail and bringing a restored file into use."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from pathlib import Path

from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session, sessionmaker

from app.db import backup
from app.db.engine import sqlite_path
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


def database_file(engine: Engine) -> Path:
    path = sqlite_path(str(engine.url))
    if path is None:
        raise DomainError("backup_not_sqlite", "Backups here are of the SQLite file; back up "
                          "a PostgreSQL server with pg_dump.")
    return path


def folder(database: Path, settings: Settings) -> Path:
    """Where the backups of ``database`` go, and where a restore keeps its safety copy:
    the owner's chosen folder, else beside the database. Read at every call, so a folder
    chosen while the till runs is used from then on."""
    return settings.backup_folder() or backup.default_folder(database)


def choose_folder(settings: Settings, chosen: Path | str) -> None:
    settings.set_backup_folder(chosen)


def rows(database: Path, settings: Settings) -> list[BackupRow]:
    stem = database.stem
    out = []
    for when, path in backup.listing(folder(database, settings), stem):
        label = path.name[len(stem) + 1:-len(".sqlite3")].partition("-")[2]
        try:
            size = path.stat().st_size
        except OSError:
            continue
        out.append(BackupRow(path, when, label, size))
    return out


def write(database: Path, settings: Settings, out: Path | None = None) -> backup.BackupInfo:
    """A verified backup: into the backups folder (rotated), or to the file ``out``."""
    if out is not None:
        return backup.backup(database, out)
    return backup.backup_into(database, folder(database, settings))


def backup_now(database: Path, settings: Settings) -> BackupRow:
    try:
        info = write(database, settings)
    except (backup.BackupError, OSError) as exc:
        raise DomainError("backup_failed", "The backup could not be written: {detail}",
                          detail=str(exc)) from exc
    return BackupRow(info.path, backup.taken_at(info.path), "", info.path.stat().st_size)


def auto_backup(database: Path, settings: Settings, now: datetime | None = None) -> Path | None:
    """A verified, rotated backup unless one was taken in the last 20 hours (the till
    asks at start and then hourly). Returns the new backup, if one was made; a failure
    raises, and the caller logs it and asks again next time."""
    target = folder(database, settings)
    last = backup.latest(target, database.stem) if target.exists() else None
    when = backup.taken_at(last) if last else None
    now = now or datetime.now(timezone.utc).replace(tzinfo=None)
    if when is not None and now - when < AUTO_EVERY:
        return None
    return backup.backup_into(database, target).path


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
    return backup.restore(source, database, folder(database, settings))


def restore(engine: Engine, sessions: sessionmaker[Session], ctx: ServiceContext,
            settings: Settings, source: Path) -> Restored:
    """Replace the database with ``source`` after a safety copy, bring it up to this
    version's schema, and load its program. The caller signs everyone out: the staff
    and their PINs are the backup's now."""
    path = database_file(engine)
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
    upgrade(engine, folder(path, settings))
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

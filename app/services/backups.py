"""Backups and restore for the owner in the app (the CLI has the same: `regulars
backup`, `regulars restore`). The file work is app.db.backup's; this adds where the
backups live, the audit trail, and bringing the restored file into use."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
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


def database_file(engine: Engine) -> Path:
    path = sqlite_path(str(engine.url))
    if path is None:
        raise DomainError("backup_not_sqlite", "Backups here are of the SQLite file; back up "
                          "a PostgreSQL server with pg_dump.")
    return path


def folder(engine: Engine, ctx: ServiceContext) -> Path:
    return ctx.backup_folder or backup.default_folder(database_file(engine))


def rows(engine: Engine, ctx: ServiceContext) -> list[BackupRow]:
    stem = database_file(engine).stem
    out = []
    for when, path in backup.listing(folder(engine, ctx), stem):
        label = path.name[len(stem) + 1:-len(".sqlite3")].partition("-")[2]
        try:
            size = path.stat().st_size
        except OSError:
            continue
        out.append(BackupRow(path, when, label, size))
    return out


def backup_now(engine: Engine, ctx: ServiceContext) -> BackupRow:
    try:
        info = backup.backup_into(database_file(engine), folder(engine, ctx))
    except (backup.BackupError, OSError) as exc:
        raise DomainError("backup_failed", "The backup could not be written: {detail}",
                          detail=str(exc)) from exc
    return BackupRow(info.path, backup.taken_at(info.path), "", info.path.stat().st_size)


def restore(engine: Engine, sessions: sessionmaker[Session], ctx: ServiceContext,
            source: Path) -> Restored:
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
        safety = backup.restore(source, path, folder(engine, ctx))
    except (backup.BackupError, OSError) as exc:
        raise DomainError("backup_failed", "The backup could not be written: {detail}",
                          detail=str(exc)) from exc
    upgrade(engine, folder(engine, ctx))
    with sessions.begin() as s:
        ctx.program, ctx.program_version_id = program_admin.current(s)
        if ctx.till_id is not None and s.get(Till, ctx.till_id) is None:
            s.add(Till(id=ctx.till_id, name="Till 1", created_at=ctx.clock()))
        staff = ctx.staff
        if staff is not None and staff.id is not None and s.get(Staff, staff.id) is None:
            # Whoever restored may not exist in the backup: record them by name only.
            ctx.staff = type(staff)(None, staff.name, staff.role)
        audit.record(s, ctx, "restore", source.name,
                     safety=safety.name if safety else "", rows=sum(counts.values()))
        ctx.staff = staff
    return Restored(source, safety, sum(counts.values()))


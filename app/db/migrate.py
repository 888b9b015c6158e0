"""Bring a database to the current schema: refuse a newer one, back up, then migrate."""

from __future__ import annotations

import logging
import re
import sqlite3
from pathlib import Path

from sqlalchemy import text
from sqlalchemy.engine import Engine
from sqlalchemy.exc import DBAPIError

from app.db import backup
from app.db.engine import sqlite_path

log = logging.getLogger(__name__)
MIGRATIONS = Path(__file__).parent / "migrations"


QUICK_CHECK_MAX_BYTES = 64 * 1024 * 1024


class DatabaseTooNew(Exception):
    """The file was written by a newer Regulars; opening it could damage it."""


class DatabaseUnreadable(Exception):
    """The file is not a database or is damaged."""


class DatabaseEmpty(DatabaseUnreadable):
    """The file is there but holds nothing (0 bytes): a failed copy, a full disk, a sync
    tool. SQLite would quietly take it for a new database; the shop's data is elsewhere."""


class DatabaseMissing(Exception):
    """A command that works on the shop's data was pointed at a file that does not exist
    (only the till's first start and `regulars demo` create a database)."""


def _config():
    # Alembic (and Mako under it) loads only when a revision is asked for: most starts
    # compare the stamp with the newest file name and never need it.
    from alembic.config import Config
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    return cfg


def head_revision() -> str:
    from alembic.script import ScriptDirectory
    return ScriptDirectory.from_config(_config()).get_current_head()


def newest_file_revision() -> str:
    """The head as the migration files name it (0001_…, 0002_…: the ids are sequential
    and each revises the one before; a test holds this to Alembic's own answer)."""
    return max(m.group(1) for p in (MIGRATIONS / "versions").glob("*.py")
               if (m := re.match(r"(\d{4})_", p.name)))


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        try:
            return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
        except DBAPIError as exc:
            if "alembic_version" not in str(exc.orig):
                raise
            return None  # no such table: a new, empty database


def upgrade(engine: Engine, backup_dir: Path | None = None) -> Path | None:
    """Migrate to head. Returns the backup file made before migrating, if any.
    Alembic is imported only when there is something to migrate: at a normal start it
    is a third of a second of the till's start-up for nothing."""
    _refuse_unreadable(engine)
    current = current_revision(engine)
    if current == newest_file_revision():
        return None
    from alembic import command
    from alembic.script import ScriptDirectory
    script = ScriptDirectory.from_config(_config())
    if current is not None and current not in {r.revision for r in script.walk_revisions()}:
        raise DatabaseTooNew(
            f"This database was written by a newer version of Regulars (schema {current}). "
            "Install the newer version to open it.")
    if current == script.get_current_head():
        return None
    backup = _backup(engine, backup_dir) if current is not None else None
    cfg = _config()
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "head")
    log.info("database migrated from %s to %s", current, script.get_current_head())
    return backup


def _refuse_unreadable(engine: Engine) -> None:
    path = sqlite_path(str(engine.url))
    if path is None or not path.exists():
        return
    try:
        with sqlite3.connect(path) as raw:
            raw.execute("SELECT count(*) FROM sqlite_master").fetchone()
            if path.stat().st_size <= QUICK_CHECK_MAX_BYTES:
                # Flipped bytes inside a page pass the line above; a small shop's file
                # is checked whole in well under a second. A big one is checked by
                # `regulars check`, and a damaged page met later is reported at the till.
                result = raw.execute("PRAGMA quick_check(1)").fetchone()[0]
                if result != "ok":
                    raise sqlite3.DatabaseError(f"database disk image is malformed: {result}")
    except sqlite3.DatabaseError as exc:
        raise DatabaseUnreadable(f"{path} is not a Regulars database or is damaged ({exc}).") \
            from exc


def _backup(engine: Engine, backup_dir: Path | None) -> Path | None:
    """The same verified online backup as every other (app.db.backup), kept by rotation."""
    path = sqlite_path(str(engine.url))
    if path is None or not path.exists():
        return None
    info = backup.backup_into(path, backup_dir or backup.default_folder(path), "before-migration")
    log.info("backed up %s to %s before migrating", path, info.path)
    return info.path

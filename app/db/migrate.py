"""Bring a database to the current schema: refuse a newer one, back up, then migrate."""

from __future__ import annotations

import logging
import sqlite3
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy.engine import Engine

from app.db.engine import sqlite_path

log = logging.getLogger(__name__)
MIGRATIONS = Path(__file__).parent / "migrations"


QUICK_CHECK_MAX_BYTES = 64 * 1024 * 1024


class DatabaseTooNew(Exception):
    """The file was written by a newer Regulars; opening it could damage it."""


class DatabaseUnreadable(Exception):
    """The file is not a database or is damaged."""


def _config() -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    return cfg


def head_revision() -> str:
    return ScriptDirectory.from_config(_config()).get_current_head()


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def upgrade(engine: Engine, backup_dir: Path | None = None) -> Path | None:
    """Migrate to head. Returns the backup file made before migrating, if any."""
    _refuse_unreadable(engine)
    script = ScriptDirectory.from_config(_config())
    current = current_revision(engine)
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
    from app.db import backup
    path = sqlite_path(str(engine.url))
    if path is None or not path.exists():
        return None
    info = backup.backup_into(path, backup_dir or path.parent / "backups", "before-migration")
    log.info("backed up %s to %s before migrating", path, info.path)
    return info.path

"""Bring a database to the current schema: refuse a newer one, back up, then migrate."""

from __future__ import annotations

import logging
import sqlite3
from datetime import datetime, timezone
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy.engine import Engine

from app.db.engine import private_file, sqlite_path

log = logging.getLogger(__name__)
MIGRATIONS = Path(__file__).parent / "migrations"


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
    except sqlite3.DatabaseError as exc:
        raise DatabaseUnreadable(f"{path} is not a Regulars database or is damaged ({exc}).") \
            from exc


def _backup(engine: Engine, backup_dir: Path | None) -> Path | None:
    path = sqlite_path(str(engine.url))
    if path is None or not path.exists():
        return None
    target_dir = backup_dir or path.parent / "backups"
    target_dir.mkdir(mode=0o700, parents=True, exist_ok=True)
    stamp = datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%SZ")
    target = target_dir / f"{path.stem}-before-migration-{stamp}{path.suffix}"
    private_file(target)  # customers' data: the owner's OS account only
    # sqlite's online backup copies a consistent snapshot, WAL included.
    with sqlite3.connect(path) as src, sqlite3.connect(target) as dst:
        src.backup(dst)
    log.info("backed up %s to %s before migrating", path, target)
    return target



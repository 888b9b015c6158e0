"""Composition root: resolve the database, migrate it, and build the services."""

from __future__ import annotations

import json
import locale
import logging
import os
import sqlite3
import uuid
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

import platformdirs
from sqlalchemy import select
from sqlalchemy.engine import Engine
from sqlalchemy.exc import DBAPIError

from app.db.engine import database_url, make_engine, make_sessions, sqlite_path
from app.db.migrate import DatabaseEmpty, DatabaseMissing, DatabaseUnreadable, upgrade
from app.db.models import Till
from app.services import program_admin, storage
from app.services.context import ServiceContext, StaffSession, utcnow
from app.services.terminal import Terminal

log = logging.getLogger(__name__)
APP_NAME = "Regulars"


def data_dir() -> Path:
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def resolve_db(cli_value: str | None) -> str:
    """--db wins, then REGULARS_DB, then the platform's user data directory."""
    value = cli_value or os.environ.get("REGULARS_DB")
    if value:
        return database_url(value)
    directory = data_dir()
    directory.mkdir(parents=True, exist_ok=True)
    return database_url(str(directory / "regulars.sqlite3"))


def settings_path() -> Path:
    return Path(platformdirs.user_config_dir(APP_NAME, appauthor=False)) / "settings.json"


def load_settings() -> dict:
    try:
        data = json.loads(settings_path().read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def save_setting(key: str, value) -> None:
    """Write one setting atomically, so a crash never leaves half a file."""
    data = load_settings()
    data[key] = value
    path = settings_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".tmp")
    tmp.write_text(json.dumps(data, ensure_ascii=False, indent=2), encoding="utf-8")
    tmp.replace(path)


def system_language() -> str:
    """REGULARS_LANG, then the saved setting, then the system locale."""
    env = os.environ.get("REGULARS_LANG")
    if env in ("ru", "en"):
        return env
    saved = load_settings().get("lang")
    if saved in ("ru", "en"):
        return saved
    lang = (locale.getlocale()[0] or os.environ.get("LANG", "")).lower()
    return "ru" if lang.startswith("ru") else "en"


@dataclass(frozen=True)
class SignInMemory:
    """Who signed in last on this till of this database, kept in the settings store so
    the sign-in screen preselects them (settings "last_sign_in": {"URL#till": name})."""
    url: str
    till_id: uuid.UUID

    @property
    def _key(self) -> str:
        return f"{self.url}#{self.till_id.hex}"

    def last(self) -> str | None:
        known = load_settings().get("last_sign_in")
        name = known.get(self._key) if isinstance(known, dict) else None
        return name if isinstance(name, str) else None

    def remember(self, name: str) -> None:
        if self.last() == name:
            return
        known = load_settings().get("last_sign_in")
        known = dict(known) if isinstance(known, dict) else {}
        known[self._key] = name
        try:
            save_setting("last_sign_in", known)
        except OSError:  # a read-only profile: the till works, only the preselection is lost
            log.warning("could not remember who signed in", exc_info=True)


@dataclass
class App:
    engine: Engine
    terminal: Terminal
    url: str


def open_app(db: str | None = None, lang: str | None = None, create: bool = True,
             remember_sign_ins: bool = False, acting: StaffSession | None = None) -> App:
    """Open (and migrate) the database. A damaged or empty (0 bytes) file raises
    DatabaseUnreadable, never a traceback and never a new empty database in its place.
    Without ``create`` a file that does not exist raises DatabaseMissing: only the till's
    first start and `regulars demo` make a new database. ``remember_sign_ins``: keep who
    signed in last in the settings store (the GUI; not tests or the CLI). ``acting``: who
    is at the till from the start (the command line: SYSTEM); None, nobody until a PIN."""
    url = resolve_db(db)
    refuse_missing_or_empty(url, create)
    engine = make_engine(url)
    try:
        upgrade(engine)
        sessions = make_sessions(engine)
        with sessions.begin() as s:
            program, version_id = program_admin.current(s)
            till_id = _this_till(s)
    except (DBAPIError, sqlite3.DatabaseError) as exc:
        engine.dispose()
        error = storage.translate(exc)
        if error is not None and error.code == "storage_damaged":
            raise DatabaseUnreadable(f"{url} is damaged ({exc}).") from exc
        raise
    ctx = ServiceContext(program=program, program_version_id=version_id, till_id=till_id,
                         lang=lang or system_language(), backup_folder=_chosen_folder(),
                         staff=acting)
    memory = SignInMemory(url, till_id) if remember_sign_ins else None
    return App(engine, Terminal(sessions, ctx, engine, sign_ins=memory), url)


def refuse_missing_or_empty(url: str, create: bool) -> None:
    """Before anything opens the file (SQLite would create it, or take 0 bytes for a
    new database and write an empty schema over the shop's lost data)."""
    path = sqlite_path(url)
    if path is None:
        return
    if not path.exists():
        if not create:
            raise DatabaseMissing(f"no database at {path} (check --db or REGULARS_DB; "
                                  "`regulars demo` or the till's first start creates one)")
        return
    wal = path.with_name(path.name + "-wal")
    if path.is_file() and path.stat().st_size == 0 and not (wal.exists() and wal.stat().st_size):
        raise DatabaseEmpty(f"{path} is empty (0 bytes): the shop's data is not in it. "
                            "Restore a backup (regulars restore FILE); nothing was changed.")


def _chosen_folder() -> Path | None:
    """The backup folder the owner chose (settings "backup_folder"), if any."""
    folder = load_settings().get("backup_folder")
    return Path(folder).expanduser() if folder else None


def _this_till(session) -> uuid.UUID:
    till = session.scalars(select(Till).order_by(Till.created_at)).first()
    if till is None:
        till = Till(id=uuid.uuid4(), name="Till 1", created_at=utcnow())
        session.add(till)
    return till.id


def auto_backup(app: App) -> Path | None:
    """A verified, rotated backup at start and then daily (the till's hourly timer
    asks), into the owner's chosen folder (Manage → Backups, as it is now: a USB stick,
    a share) or beside the database. A failure is logged and retried next time; it
    never stops the till. Returns the new backup, if one was made."""
    from datetime import datetime, timedelta, timezone

    from app.db import backup
    from app.db.engine import sqlite_path
    from app.services import backups
    path = sqlite_path(app.url)
    if path is None:
        return None
    target = backups.folder(app.engine, app.terminal.ctx)
    try:
        last = backup.latest(target, path.stem) if target.exists() else None
        when = backup.taken_at(last) if last else None
        now = datetime.now(timezone.utc).replace(tzinfo=None)
        if when is not None and now - when < timedelta(hours=20):
            return None
        info = backup.backup_into(path, target)
    except Exception:  # noqa: BLE001 - the till keeps selling; the next hour retries
        log.exception("automatic backup failed")
        return None
    log.info("backup written and verified: %s", info.path.name)
    return info.path


@dataclass(frozen=True)
class GoodBackup:
    path: Path
    taken_at: datetime  # UTC
    members: int  # members in it, as verified


def latest_good_backup(db: str | None) -> GoodBackup | None:
    """The newest backup of this database that passes the integrity check, from the
    owner's backup folder or beside the database; None if there is none (or the
    database is not a SQLite file)."""
    from app.db import backup
    from app.db.engine import sqlite_path
    path = sqlite_path(resolve_db(db))
    if path is None:
        return None
    for where in dict.fromkeys((_chosen_folder(), backup.default_folder(path))):
        if where is None:
            continue
        found = backup.latest_good(where, path.stem)
        if found is not None:
            return GoodBackup(found[0], backup.taken_at(found[0]), found[1].get("member", 0))
    return None


def restore_file(db: str | None, source: Path) -> Path | None:
    """Put ``source`` in place of the database file, keeping the current bytes (even a
    damaged file) as a safety copy beside the backups. Returns the safety copy."""
    from app.db import backup
    from app.db.engine import sqlite_path
    path = sqlite_path(resolve_db(db))
    if path is None:
        raise ValueError("only a SQLite database file can be restored from a backup")
    return backup.restore(source, path, source.parent)

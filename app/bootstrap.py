"""Composition root: resolve the database, migrate it, and build the services; and
what the till's GUI needs to start (a services.startup.TillStart), so app/ui never
imports this module or app.db."""

from __future__ import annotations

import logging
import os
import sqlite3
import sys
import uuid
from dataclasses import dataclass
from functools import partial
from pathlib import Path

import platformdirs
from sqlalchemy import select
from sqlalchemy.engine import Engine
from sqlalchemy.exc import DBAPIError

from app.db.engine import database_url, make_engine, make_sessions, sqlite_path
from app.db.migrate import (
    DatabaseEmpty,
    DatabaseMissing,
    DatabaseTooNew,
    DatabaseUnreadable,
    upgrade,
)
from app.db.models import Till
from app.services import program_admin, rollups, storage
from app.services.context import SYSTEM, ServiceContext, StaffSession, utcnow
from app.services.offline_till import OfflineTill
from app.services.replica import LocalCopy, local_path
from app.services.settings import APP_NAME, Settings, SignInMemory, system_language
from app.services.startup import CannotOpen, TillStart, server_name
from app.services.storage import StorageError
from app.services.terminal import Terminal

log = logging.getLogger(__name__)


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


@dataclass
class App:
    engine: Engine
    terminal: Terminal
    url: str
    settings: Settings


def open_app(db: str | None = None, lang: str | None = None, create: bool = True,
             remember_sign_ins: bool = False, settings: Settings | None = None,
             acting: StaffSession | None = None, till: str | None = None) -> App:
    """Open (and migrate) the database. A damaged or empty (0 bytes) file raises
    DatabaseUnreadable, never a traceback and never a new empty database in its place.
    Without ``create`` a file that does not exist raises DatabaseMissing: only the till's
    first start and `regulars demo` make a new database. ``remember_sign_ins``: keep who
    signed in last in the settings store (the GUI; not tests or the CLI). ``settings``:
    this computer's settings store, the platform's file unless given. ``acting``: who
    is at the till from the start (the command line: SYSTEM); None, nobody until a PIN.
    ``till``: this till's name (--till), else REGULARS_TILL, else the settings' (see
    till_row)."""
    settings = settings if settings is not None else Settings()
    url = resolve_db(db)
    refuse_missing_or_empty(url, create)
    engine = make_engine(url)
    try:
        upgrade(engine)
        sessions = make_sessions(engine)
        with sessions.begin() as s:
            program, version_id = program_admin.current(s)
            till_id, till_name = till_row(s, settings, url,
                                          till or os.environ.get("REGULARS_TILL"),
                                          adopt=remember_sign_ins)
    except (DBAPIError, sqlite3.DatabaseError) as exc:
        engine.dispose()
        error = storage.translate(exc)
        if error is not None and error.code == "storage_damaged":
            raise DatabaseUnreadable(f"{url} is damaged ({exc}).") from exc
        if storage.is_away(error):  # the server (or the share) does not answer: in words
            raise error from exc
        raise
    ctx = ServiceContext(program=program, program_version_id=version_id, till_id=till_id,
                         till_name=till_name,
                         lang=lang or system_language(settings), staff=acting)
    return _app(engine, sessions, ctx, url, settings, remember_sign_ins)


def _app(engine: Engine, sessions, ctx: ServiceContext, url: str, settings: Settings,
         remember_sign_ins: bool) -> App:
    rollups.follow(sessions, ctx)  # the report rollups follow every write from here on
    memory = SignInMemory(url, ctx.till_id, settings) if remember_sign_ins else None
    return App(engine, Terminal(sessions, ctx, engine, settings, sign_ins=memory), url,
               settings)


def server_from_copy(url: str, copy: LocalCopy, lang: str | None, settings: Settings,
                     till: str | None, away: StorageError) -> App:
    """The shop's server's facade built while the server is away at the till's start
    (a till PC rebooted during an outage), from what the till's complete local copy
    knows: the program in force and this till's row (the server's, copied). Nothing
    connects now: its calls find the server away, in words, until it answers, and the
    offline till (offline_till) serves from the copy meanwhile. The server's database
    is migrated when it first answers (see offline_till)."""
    local = make_engine(database_url(str(copy.path)))
    try:
        with make_sessions(local).begin() as s:
            program, version_id = program_admin.current(s)
            till_id, till_name = till_row(s, settings, url,
                                          till or os.environ.get("REGULARS_TILL"))
    finally:
        local.dispose()
    ctx = ServiceContext(program=program, program_version_id=version_id, till_id=till_id,
                         till_name=till_name, lang=lang or system_language(settings))
    engine = make_engine(url)
    app = _app(engine, make_sessions(engine), ctx, url, settings, remember_sign_ins=True)
    app.terminal.server.saw(away)  # the status line and the offline till know at once
    return app


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


def till_row(session, settings: Settings, url: str, name: str | None,
             adopt: bool = False) -> tuple[uuid.UUID, str]:
    """Which till this computer is in the database at ``url`` (its id and name). The
    till it already is there (kept in the settings) unless another ``name`` is asked
    for; else the till of this computer's name (``name``, or the one given at the first
    start), made if the shop has none of that name. It is remembered when this computer
    was no till there yet, or it is this computer's own name, or ``adopt`` (the GUI's
    --till renames this computer); a command's --till is for that run only. A computer
    with no name yet (the command line, tests) is the shop's first till, as every
    computer was before tills had names."""
    known = settings.till_id(url)
    row = session.get(Till, known) if known is not None else None
    if row is not None and (name is None or row.name == name.strip()):
        return row.id, row.name
    remember = row is None or name is None or adopt
    name = (name or "").strip()[:80] or settings.till_name()
    if name is None:
        row = session.scalars(select(Till).order_by(Till.created_at)).first()
        return (row.id, row.name) if row is not None else _new_till(session, "Till 1")
    row = session.scalars(select(Till).where(Till.name == name)).first()
    till_id, name = (row.id, row.name) if row is not None else _new_till(session, name)
    if remember:
        _remember(settings, url, till_id)
    return till_id, name


def _remember(settings: Settings, url: str, till_id: uuid.UUID) -> None:
    try:
        settings.set_till_id(url, till_id)
    except OSError:  # a read-only profile: the name finds the same till next time
        log.warning("could not remember this till", exc_info=True)


def _new_till(session, name: str) -> tuple[uuid.UUID, str]:
    till = Till(id=uuid.uuid4(), name=name, created_at=utcnow())
    session.add(till)
    return till.id, name


def till_start(db: str | None = None, settings: Settings | None = None,
               till: str | None = None) -> TillStart:
    """What the GUI entry (app.ui.main.run_gui) is given: the settings store, the
    database file, and a way to open it that turns "too new", "damaged" and "empty"
    into services.startup.CannotOpen, so the UI need not know app.db. A shop's server
    that does not answer is CannotOpen too, unless this till has a complete local copy
    of it: then the till starts on the copy (server_from_copy)."""
    settings = settings if settings is not None else Settings()
    if till:  # `regulars --till NAME`: this computer's name as a till from now on
        settings.set_till_name(till)
    url = resolve_db(db)  # a shop's server: this till keeps a local copy of it (#17)
    replica = None if sqlite_path(url) is not None else LocalCopy(url, local_path(url))
    unmigrated: list[Engine] = []  # a server facade built from the copy, not migrated yet

    def open_till(lang: str) -> Terminal:
        try:  # remember_sign_ins: the sign-in screen preselects the last person
            return open_app(db, lang, remember_sign_ins=True, settings=settings,
                            till=till).terminal
        except DatabaseTooNew as exc:
            raise CannotOpen(str(exc), restorable=False) from exc
        except DatabaseUnreadable as exc:
            raise CannotOpen(str(exc), restorable=True,
                             empty=isinstance(exc, DatabaseEmpty)) from exc
        except StorageError as exc:
            if not storage.is_away(exc):
                raise
            if replica is not None and replica.is_complete():
                app = server_from_copy(url, replica, lang, settings, till, exc)
                unmigrated.append(app.engine)
                return app.terminal
            raise CannotOpen(exc.params.get("detail", str(exc)), restorable=False,
                             server=server_name(url)) from exc
    if replica is None:
        return TillStart(settings, sqlite_path(url), open_till, url=url)
    return TillStart(settings, None, open_till, replica=replica, url=url,
                     offline=partial(offline_till, replica, settings, unmigrated=unmigrated))


def offline_till(copy: LocalCopy, settings: Settings, server: Terminal,
                 unmigrated: list[Engine] | None = None) -> OfflineTill | None:
    """The till's calls served by the local copy while the server is away, once the copy
    is complete (None before). The copy's till row is this till's (the server's id),
    and the person at the till is the one signed in on the server. ``unmigrated``: the
    server's engine when its facade was built from the copy (server_from_copy): it is
    migrated when the server first answers, before anything is sent to it. A server
    already away when the offline till is made: offline from the first moment."""
    if not copy.is_complete():
        return None
    local = open_app(str(copy.path), server.ctx.lang, create=False, settings=settings,
                     till=server.ctx.till_name, acting=server.ctx.staff)
    unmigrated = unmigrated if unmigrated is not None else []
    till = OfflineTill(local.terminal, partial(_migrated, server, unmigrated))
    if unmigrated or server.server.away:  # built from the copy: not reached yet
        till.went_away()
    return till


def _migrated(server: Terminal, unmigrated: list[Engine]) -> Terminal:
    """The server's facade, once its database is at this version's schema (raises
    StorageError storage_away while the server does not answer)."""
    while unmigrated:
        try:
            upgrade(unmigrated[0])
        except (DBAPIError, sqlite3.DatabaseError) as exc:
            error = storage.translate(exc)
            if error is None:
                raise
            raise error from exc
        unmigrated.pop(0)
    return server


def startup_probe() -> None:
    """For `regulars bench`: open the database (argv[1]), show the till, report, quit."""
    from app.ui import main  # the composition root choosing the GUI: Qt only when asked
    main.startup_probe(lambda: open_app(sys.argv[1], "en", acting=SYSTEM).terminal)

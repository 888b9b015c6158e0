"""Engine and session factory. SQLite: WAL, foreign keys on, synchronous=FULL, and the
WAL moved into the database file by a background thread, not by the sale's commit."""

from __future__ import annotations

import logging
import os
import sqlite3
import threading
import weakref
from contextlib import closing
from pathlib import Path

from sqlalchemy import create_engine, event
from sqlalchemy.engine import Engine, make_url
from sqlalchemy.orm import Session, sessionmaker


def database_url(db: str) -> str:
    """Accept a file path or a full URL. A plain ``postgresql://`` (or ``postgres://``)
    URL, as libpq and the README write it, means the psycopg 3 driver: SQLAlchemy's own
    default for it is psycopg2, which Regulars does not install."""
    if "://" in db:
        scheme, rest = db.split("://", 1)
        if scheme in ("postgresql", "postgres"):
            return f"postgresql+psycopg://{rest}"
        return db
    return f"sqlite:///{Path(db).expanduser().resolve()}"


def sqlite_path(url: str) -> Path | None:
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite" or not parsed.database:
        return None
    return Path(parsed.database)


def private_file(path: Path) -> None:
    """Create ``path`` readable and writable by this OS account only (0600), if it is
    not there yet. SQLite gives its -wal and -shm files the main file's permissions."""
    if path.exists():
        return
    path.parent.mkdir(parents=True, exist_ok=True)
    os.close(os.open(path, os.O_CREAT | os.O_WRONLY, 0o600))


log = logging.getLogger(__name__)

# SQLite's own checkpoint runs inside whichever commit pushes the WAL past the
# threshold: one sale in every few dozen copied a thousand pages to the database file
# and synced it, which was the till's whole 95th percentile. The app's connections
# leave that to a background thread every few seconds; the threshold stays, raised,
# as the bound on the WAL should the thread ever stop.
CHECKPOINT_EVERY_S = 2.0
AUTOCHECKPOINT_PAGES = 20_000  # ~80 MB of WAL at most
# Held while a checkpoint connection is open, and by a restore while it swaps the
# files: a connection closing on the old file would delete the new file's WAL by name.
FILES_LOCK = threading.Lock()


def make_engine(url: str) -> Engine:
    # An error's text never carries the statement's values (a member's name or notes):
    # it goes to the log file and to the error dialog's details.
    engine = create_engine(url, hide_parameters=True)
    if engine.dialect.name == "sqlite":
        path = sqlite_path(url)
        if path is not None:
            private_file(path)
            _Checkpointer(path, engine).start()
        event.listen(engine, "connect", _sqlite_pragmas)
    elif engine.dialect.name == "postgresql":
        event.listen(engine, "connect", _postgres_settings)
    return engine


def _postgres_settings(dbapi_conn, _record) -> None:
    """Name search picks its members in the table's order (search_index._picked); a scan
    of a large table that joined another one midway would pick other members each time
    the same text is typed."""
    with dbapi_conn.cursor() as cur:
        cur.execute("SET synchronize_seqscans = off")
    dbapi_conn.commit()  # kept when SQLAlchemy rolls the connection back to the pool


class _Checkpointer(threading.Thread):
    """Copies the WAL into the database file (PASSIVE: never blocks a writer or a
    reader) every few seconds, on its own connection; ends with its engine."""

    def __init__(self, path: Path, engine: Engine):
        super().__init__(name=f"checkpoint {path.name}", daemon=True)
        self._path = path
        self._engine = weakref.ref(engine)
        self._stop = threading.Event()
        weakref.finalize(engine, self._stop.set)

    def run(self) -> None:
        while not self._stop.wait(CHECKPOINT_EVERY_S):
            if self._engine() is None or not self._path.exists():
                return
            try:
                with FILES_LOCK, closing(sqlite3.connect(f"file:{self._path}?mode=rw",
                                                         uri=True, timeout=0.2)) as conn:
                    conn.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchone()
            except sqlite3.Error as exc:  # busy or gone: the next round tries again
                log.debug("background checkpoint skipped: %s", exc)


def _sqlite_pragmas(dbapi_conn, _record) -> None:
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA synchronous=FULL")  # a recorded sale survives a power cut
    cur.execute("PRAGMA busy_timeout=5000")
    cur.execute(f"PRAGMA wal_autocheckpoint={AUTOCHECKPOINT_PAGES}")  # see _Checkpointer
    cur.execute("PRAGMA secure_delete=ON")  # erased personal data is overwritten, not left in free pages
    cur.close()


def take_write_lock(session: Session) -> None:
    """Begin this session's transaction holding SQLite's write lock (BEGIN IMMEDIATE).

    pysqlite begins a transaction lazily, at the first INSERT/UPDATE/DELETE: the reads
    before it ran outside any transaction, so two tills could both read a balance of 100,
    both spend 80 and both write their own sum back. Taking the lock first makes one
    till's read-check-write wait for the other's commit (up to the busy timeout, then
    "database is locked", which the unit of work puts in words). Readers are never held
    up (WAL). Other databases lock the rows a write touches (see ``ledger.locked_member``)."""
    connection = session.connection()
    if connection.dialect.name == "sqlite" and not connection.connection.in_transaction:
        connection.exec_driver_sql("BEGIN IMMEDIATE")


def make_sessions(engine: Engine) -> sessionmaker[Session]:
    return sessionmaker(engine, expire_on_commit=False)

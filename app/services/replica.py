"""A till's local copy of the shop's server (issue #17): what the till needs to serve
when the server is away — members as of the last look, the program's versions, staff
with their PIN hashes, tills, blocked cards and card designs — in a Regulars SQLite
file of the same schema, so search, card lookup and the member view on it are the same
services as on a SQLite till (``bootstrap.open_app(local_path(url))``).

``LocalCopy.build`` makes the first copy: members in pages by id, each page one local
transaction that also records how far it got, so a copy killed half-way resumes where
it stopped; it is marked complete only by the round that follows the last page (see
``catch_up``), never before. ``catch_up`` reads the server's change feed (migration
0016, ``replica_feed``) since the copy's watermark, writes it a page per local
transaction, and moves the watermark in the last one. A copy of another database (the
server restored from a dump, or recreated) is cleared and built again.

Only a till whose database is a server has one: the composition root decides that.
"""

from __future__ import annotations

import logging
import re
import threading
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

import platformdirs
from sqlalchemy.engine import Engine, make_url
from sqlalchemy.exc import IntegrityError

from app.db.engine import database_url, make_engine
from app.services import replica_store as store
from app.services.context import utcnow
from app.services.replica_feed import PAGE, SMALL_TABLES, FeedRead, Snapshot
from app.services.settings import APP_NAME

log = logging.getLogger(__name__)


def local_path(url: str) -> Path:
    """Where this computer keeps its copy of the server at ``url``: one file per
    server and database, in the user data directory's ``offline`` folder."""
    parsed = make_url(database_url(url))
    host = parsed.host or parsed.query.get("host") or "localhost"
    if isinstance(host, tuple):
        host = host[0]
    name = f"{host}-{parsed.port or 5432}-{parsed.database}"
    safe = re.sub(r"[^A-Za-z0-9._-]+", "_", name).strip("_.")
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)) / "offline" \
        / f"{safe}.sqlite3"


class CopyNotReady(Exception):
    """The local copy is not complete (never built, half-built, or of another
    database): build it first."""


@dataclass(frozen=True)
class CatchUp:
    members: int  # member rows written (some re-read: the feed reads from a watermark)
    gone: int  # members deleted on the server, deleted here
    tables: tuple[str, ...]  # small tables copied again because they changed
    as_of: datetime  # the server's time (UTC) of the snapshot the copy now matches
    behind_s: float  # how far behind the server the copy was when the round ended


@dataclass(frozen=True)
class CopyStatus:
    path: Path
    complete: bool
    members: int
    built_at: datetime | None
    synced_at: datetime | None  # the server's time of the last round
    waiting: int | None  # member changes on the server not read yet (None: not asked)


Progress = Callable[[int, int], object]  # (done, total); a False answer stops the build


def _put_page(local: Engine, page: list[tuple], resume: bool = False) -> None:
    """One page, one local transaction (with how far a first copy got). A phone or card
    number that moved on the server from one member to another clashes with its old
    holder's here: the page is written again, freeing them first (rare, so not always)."""
    for moved in (False, True):
        try:
            with store.writing(local) as conn:
                store.put_members(conn, page, moved=moved)
                if resume:
                    store.resume_from(conn, page[-1][0])
            return
        except IntegrityError:
            if moved:
                raise


class LocalCopy:
    """The copy of the server at ``server_url`` in the file ``path``. Each method
    opens what it needs. Calls may come from several threads (the till's keeper and its
    sender's catch-up): one round at a time, else an older round finishing after a newer
    one would put the watermark and members back."""

    def __init__(self, server_url: str, path: Path, page: int = PAGE):
        self.server_url = database_url(server_url)
        self.path = path
        self._page = page
        self._server: Engine | None = None
        self._local: Engine | None = None
        self._opening = threading.Lock()  # the engines are made once
        self._rounds = threading.RLock()  # one build or round at a time (keep_up: both)

    def close(self) -> None:
        for engine in (self._server, self._local):
            if engine is not None:
                engine.dispose()
        self._server = self._local = None

    def _engines(self) -> tuple[Engine, Engine]:
        with self._opening:
            if self._server is None:
                self._server = make_engine(self.server_url)
            if self._local is None:
                self.path.parent.mkdir(parents=True, exist_ok=True)
                self._local = store.open_local(self.path)
            return self._server, self._local

    def is_complete(self) -> bool:
        """Whether the file holds a complete copy (the server is not asked)."""
        if not self.path.exists():
            return False
        state = store.read_state(self._engines()[1])
        return state is not None and state.complete

    def build(self, progress: Progress | None = None) -> CatchUp | None:
        """Make the copy complete: the first copy (or the rest of one killed half-way),
        then one round of the feed. None if ``progress`` asked to stop."""
        with self._rounds:
            return self._build(progress)

    def _build(self, progress: Progress | None) -> CatchUp | None:
        server, local = self._engines()
        with FeedRead(server) as feed:
            state = self._state_for(feed.snapshot, local)
            if not state.complete:
                done = store.member_count(local)
                total = done + feed.member_count(0, state.resume_after)
                if progress is not None:
                    progress(done, total)
                for page in feed.member_pages(0, state.resume_after, self._page):
                    _put_page(local, page, resume=True)
                    done += len(page)
                    if progress is not None and progress(done, total) is False:
                        return None
        return self._round(server, local, store.read_state(local))

    def _state_for(self, snapshot: Snapshot, local: Engine) -> store.CopyState:
        """The copy's state; a new first copy when there is none or it is of another
        database (its watermark is from another server's transactions)."""
        state = store.read_state(local)
        if state is None or state.server != snapshot.server \
                or state.watermark > snapshot.next_xid:
            if state is not None:
                log.warning("local copy %s is of another database: built again", self.path)
            with store.writing(local) as conn:
                store.start_copy(conn, snapshot.server, snapshot.watermark, snapshot.at)
            state = store.read_state(local)
        return state

    def catch_up(self) -> CatchUp:
        """Read what changed on the server since the last round into the copy."""
        with self._rounds:
            server, local = self._engines()
            state = store.read_state(local)
            if state is None or not state.complete:
                raise CopyNotReady(f"the local copy {self.path} is not complete: build it")
            return self._round(server, local, state)

    def keep_up(self, progress: Progress | None = None) -> CatchUp | None:
        """One round: build when the copy is not complete, else catch up."""
        try:
            return self.catch_up()
        except CopyNotReady:
            return self.build(progress)

    def _round(self, server: Engine, local: Engine, state: store.CopyState) -> CatchUp:
        with FeedRead(server) as feed:
            snapshot = feed.snapshot
            if snapshot.server != state.server or state.watermark > snapshot.next_xid:
                self._forget(local)
                raise CopyNotReady(f"the local copy {self.path} is of another database")
            members = 0
            for page in feed.member_pages(state.watermark, None, self._page):
                _put_page(local, page)
                members += len(page)
            gone = feed.gone(state.watermark)
            digests = feed.digests()
            changed = [t for t in SMALL_TABLES if digests[t.name] != state.digests.get(t.name)]
            rows = {t.name: feed.rows(t) for t in changed}
        with store.writing(local) as conn:
            store.drop_members(conn, gone)
            for table in changed:
                store.replace_table(conn, table, rows[table.name])
            store.finish_round(conn, snapshot.watermark, snapshot.at, digests)
        return CatchUp(members, len(gone), tuple(t.name for t in changed), snapshot.at,
                       (utcnow() - snapshot.at).total_seconds())

    def _forget(self, local: Engine) -> None:
        """Mark the copy incomplete so the next ``build`` starts it again."""
        with store.writing(local) as conn:
            store.start_copy(conn, "", 0, utcnow())

    def status(self, ask_server: bool = True) -> CopyStatus:
        """Where the copy stands; with ``ask_server``, how many changes wait there."""
        if not self.path.exists():
            return CopyStatus(self.path, False, 0, None, None, None)
        server, local = self._engines()
        state = store.read_state(local)
        waiting = None
        if ask_server and state is not None and state.complete:
            with FeedRead(server) as feed:
                waiting = feed.waiting(state.watermark)
        return CopyStatus(self.path, state is not None and state.complete,
                          store.member_count(local),
                          state.built_at if state else None,
                          state.synced_at if state else None, waiting)


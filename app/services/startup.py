"""What the till's GUI entry needs to start, handed to it by the composition root.

app/ui may not import app.bootstrap (the composition root) nor app.db, yet the start
has to open the database, back it up daily, and — when the file cannot be read — offer
the latest good backup and restore it. So app.bootstrap builds a ``TillStart`` with the
opening done its way, and the GUI (app/ui/main.py) is given it: the UI depends on
services only, and a test can start the till on any database by building one.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy.engine import make_url

from app.services import backups
from app.services.offline_till import OfflineTill
from app.services.replica import LocalCopy
from app.services.settings import Settings
from app.services.terminal import Terminal

log = logging.getLogger(__name__)


class CannotOpen(Exception):
    """The database cannot be used: written by a newer version (``restorable`` False),
    or unreadable — damaged, or an ``empty`` 0-byte file — so a backup may bring it back,
    or its ``server`` (the shop's server, or the share holding the file) does not answer
    now, so the till keeps trying to connect."""

    def __init__(self, message: str, restorable: bool, empty: bool = False,
                 server: str | None = None):
        super().__init__(message)
        self.restorable = restorable
        self.empty = empty
        self.server = server

    @property
    def away(self) -> bool:
        return self.server is not None


def server_name(url: str) -> str:
    """Where the database is, as the owner set it up: host:port/database for a server,
    the file for SQLite; never the password."""
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        return parsed.database or "memory"
    where = parsed.host or "localhost"
    where += f":{parsed.port}" if parsed.port else ""
    return f"{where}/{parsed.database}" if parsed.database else where


@dataclass(frozen=True)
class TillStart:
    settings: Settings
    database: Path | None  # the SQLite file; None for a database server
    open: Callable[[str], Terminal]  # language -> the till's facade; raises CannotOpen
    replica: LocalCopy | None = None  # a server's till: its local copy, kept up to date
    # The database's URL: a server's carries its password, so it is kept out of repr.
    url: str | None = field(default=None, repr=False)
    # A server's till: the server's facade -> its offline till over the local copy, or
    # None while the copy is not complete (issue #17). None on SQLite.
    offline: Callable[[Terminal], OfflineTill | None] | None = None

    def auto_backup(self) -> Path | None:
        """The daily backup (see backups.auto_backup) of the file or the server. A
        failure is logged and retried next time: it never stops the till."""
        where = self.url or self.database
        if where is None:
            return None
        try:
            made = backups.auto_backup(backups.of(where), self.settings)
        except Exception:  # noqa: BLE001 - the till keeps selling; the next hour retries
            log.exception("automatic backup failed")
            return None
        if made is not None:
            log.info("backup written and verified: %s", made.name)
        return made

    def latest_good_backup(self) -> backups.GoodBackup | None:
        return None if self.database is None else backups.latest_good(self.database,
                                                                       self.settings)

    def restore(self, source: Path) -> Path | None:
        """Put ``source`` in place of the unreadable database; its bytes are kept as the
        safety copy, in the same folder as every other restore's."""
        if self.database is None:
            raise ValueError("only a SQLite database file can be restored from a backup")
        return backups.restore_file(self.database, self.settings, source)

"""Changes made on another till reach this one without a restart (issue #16).

What a till keeps in memory between units of work is the program in force and who is
signed in; everything else (card designs, staff lists, members) is read from the
database on each use. So following the shop is two cheap reads, at most every
``every`` seconds, before a unit of work (services/unit_of_work.py calls ``poll``)
and whenever the till asks (``Administration.refresh``):

- the latest program version's id (the primary key's maximum): a newer one saved on
  another till is put in force here;
- the staff row of whoever is signed in: switched off on another till (or removed by
  a restore), they are signed out here, so their next action is refused; a changed
  role is taken at once.
"""

from __future__ import annotations

import logging
import sqlite3
import threading
import time
from collections.abc import Callable

from sqlalchemy import func, select
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, sessionmaker

from app.db.models import ProgramVersion, Staff
from app.services import program_admin
from app.services.context import ServiceContext, StaffSession

log = logging.getLogger(__name__)
EVERY_SECONDS = 3.0


class ShopChanges:
    def __init__(self, sessions: sessionmaker[Session], ctx: ServiceContext,
                 every: float = EVERY_SECONDS, clock: Callable[[], float] = time.monotonic):
        self._sessions, self._ctx = sessions, ctx
        self._every, self._clock = every, clock
        self._next = clock() + every  # the till has just read both at its start
        self._lock = threading.Lock()  # the upkeep's thread runs units of work too

    def poll(self) -> None:
        """Follow the shop if ``every`` seconds have passed since the last look."""
        if self._clock() >= self._next:
            self.follow()

    def follow(self) -> bool:
        """Look now; True if something changed here. A database that does not answer is
        left to the unit of work that follows, which says so in words."""
        with self._lock:
            self._next = self._clock() + self._every
            try:
                with self._sessions.begin() as session:
                    return self._program(session) | self._signed_in(session)
            except (DBAPIError, sqlite3.Error):
                log.warning("could not look for changes made on other tills", exc_info=True)
                return False

    def _program(self, session: Session) -> bool:
        latest = session.scalar(select(func.max(ProgramVersion.id)))
        if latest is None or latest == self._ctx.program_version_id:
            return False
        self._ctx.program, self._ctx.program_version_id = program_admin.current(session)
        log.info("program version %s saved on another till is in force", latest)
        return True

    def _signed_in(self, session: Session) -> bool:
        staff = self._ctx.staff
        if staff is None or staff.id is None:  # nobody, or the command line's "system"
            return False
        row = session.execute(select(Staff.active, Staff.role)
                              .where(Staff.id == staff.id)).first()
        if row is not None and row.active and row.role == staff.role:
            return False
        if row is None or not row.active:
            log.info("%s was switched off on another till: signed out", staff.name)
            self._ctx.staff, self._ctx.cashier = None, ""
        else:
            self._ctx.staff = StaffSession(staff.id, staff.name, row.role)
        return True

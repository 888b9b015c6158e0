"""The till's sale path when its database is the shop's server and the server may be away
(issue #17): the same calls as services/till.py, answered by the server while it
answers, and by the till's local file (its copy of the members, and the outbox) when a
unit of work says the server is away (storage_away). When the server answers again the
outbox is sent first (services/sender.py), then the till is back on the server.

A sale whose server call failed with "away" is recorded in the outbox with the SAME
purchase id: if the server had committed it after all, sending it is a no-op.
"""

from __future__ import annotations

import logging
import threading
import time
import uuid
from collections.abc import Callable
from datetime import datetime
from typing import TypeVar

from app.domain.giving import Verification
from app.domain.program import Line
from app.services import members, outbox
from app.services.context import StaffSession, utcnow
from app.services.dto import MemberInput, PurchaseResult, SearchHit
from app.services.outbox import OfflineSale, OutboxStatus, PendingMember, SetAside
from app.services.sender import Sender, SendReport
from app.services.sign_in import SignIn
from app.services.storage import StorageError, is_away
from app.services.terminal import Terminal
from app.services.till import Till

log = logging.getLogger(__name__)

T = TypeVar("T")
RECONNECT_S = 2.0  # how often a till that cannot reach the server tries again


class OfflineTill:
    """``local``: the till's local file (services over it). ``connect``: opens the server
    (raises StorageError storage_away while it is away). ``redeem_per_day``: the owner's
    offline redemption policy (0: off); None reads it from the program in force."""

    def __init__(self, local: Terminal, connect: Callable[[], Terminal],
                 redeem_per_day: int | None = None, monotonic: Callable[[], float] = time.monotonic,
                 clock: Callable[[], datetime] = utcnow):
        self._local = local
        self._connect = connect
        self._redeem_per_day = redeem_per_day
        self._monotonic = monotonic
        self._clock = clock  # naive UTC, for "offline since"
        self._server: Terminal | None = None
        self._sender: Sender | None = None
        self._next_try = 0.0
        self._unsent = True  # rows may wait from an earlier run: send before going online
        self.offline_since = None  # UTC, while the server is away
        self.last_report: SendReport | None = None  # the last round of sending
        self._busy = threading.Lock()  # one thread at a time connects and sends

    # ---- the cashier's calls -------------------------------------------------------------

    def search(self, query: str, limit: int = members.SEARCH_LIMIT, *,
               refuse_bad_card: bool = False) -> list[SearchHit]:
        return self._either(lambda till: till.search(query, limit,
                                                     refuse_bad_card=refuse_bad_card))

    def find_referrer(self, text: str) -> tuple[SearchHit | None, int]:
        return self._either(lambda till: till.find_referrer(text))

    def find_by_card(self, card: str) -> uuid.UUID:
        return self._either(lambda till: till.find_by_card(card))

    def member(self, member_id: uuid.UUID) -> PendingMember:
        """The member as they stand: pending points (offline sales not yet sent) counted
        in the balance and said apart."""
        return self._server_or(
            lambda server: PendingMember(server.till.member(member_id), 0),
            lambda: self._local.unit_of_work("find", lambda s: outbox.member_view(
                s, self._local.ctx, member_id)))

    def record_purchase(self, purchase_id: uuid.UUID, member_id: uuid.UUID,
                        amount_minor: int, redeem_points: int = 0, receipt_number: str = "",
                        lines: tuple[Line, ...] = (),
                        verification: Verification | None = None
                        ) -> PurchaseResult | OfflineSale:
        """On the server (a PurchaseResult), or in the outbox (an OfflineSale: pending)."""
        return self._server_or(
            lambda server: server.till.record_purchase(
                purchase_id, member_id, amount_minor, redeem_points, receipt_number, lines,
                verification),
            lambda: self._queued("purchase", lambda s: outbox.record_sale(
                s, self._local.ctx, purchase_id, member_id, amount_minor, redeem_points,
                receipt_number, tuple(lines), verification, self.redeem_per_day)))

    def enrol(self, data: MemberInput, member_id: uuid.UUID) -> uuid.UUID:
        return self._server_or(
            lambda server: server.till.enrol(data, member_id),
            lambda: self._queued("enrol", lambda s: outbox.enrol(
                s, self._local.ctx, data, member_id)))

    @property
    def redeem_per_day(self) -> int:
        """Points a member may spend a day while offline (the program's setting)."""
        if self._redeem_per_day is not None:
            return self._redeem_per_day
        return self._local.program.offline_redeem_per_day

    def redeem_left_today(self, member_id: uuid.UUID) -> int:
        """Points ``member_id`` may still spend today while offline (the purchase dialog
        caps its points field at it)."""
        per_day = self.redeem_per_day
        return self._local.unit_of_work.read(None, lambda s: outbox.redeem_left(
            s, member_id, self._local.ctx.today(), per_day))

    @property
    def local_sign_in(self) -> SignIn:
        """Signing in against the staff in the local copy (their PIN hashes)."""
        return self._local.sign_in

    def carry_staff(self, session: StaffSession | None) -> None:
        """Who is signed in at the till (on the server's facade) acts on the local file."""
        self._local.sign_in.carry(session)

    # ---- where the till stands ------------------------------------------------------------

    def status(self) -> OutboxStatus:
        return self._local.unit_of_work.read(None, lambda s: outbox.status(
            s, self.offline_since))

    def set_aside(self) -> list[SetAside]:
        """The sales the server refused, with their reasons (a manager's list)."""
        return self._local.unit_of_work.read("maintain", outbox.set_aside)

    def send(self) -> SendReport | None:
        """Send the outbox now if the server answers (None when it does not)."""
        self._unsent = True
        if self._online() is None:
            return None
        return self.last_report

    # ---- online or not --------------------------------------------------------------------

    def _either(self, call: Callable[[Till], T]) -> T:
        """The same till call, on the server or on the local file."""
        return self._server_or(lambda server: call(server.till),
                               lambda: call(self._local.till))

    def _server_or(self, online: Callable[[Terminal], T], offline: Callable[[], T]) -> T:
        """``online`` on the server while it answers; ``offline`` when it is away (also
        when this very call found it away)."""
        server = self._online()
        if server is not None:
            try:
                return online(server)
            except StorageError as exc:
                self._failed(exc)
        return offline()

    def _queued(self, action: str, work: Callable) -> T:
        """``work`` on the local file, in one unit of work; what it queued waits to be sent."""
        done = self._local.unit_of_work(action, work)
        self._unsent = True
        return done

    def _online(self) -> Terminal | None:
        """The server, once it answers and everything waiting has been sent; else None.
        While another thread connects or sends (the till's sender, off the GUI thread),
        the cashier's call is served by the local file rather than wait for it."""
        if self.offline_since is not None and self._monotonic() < self._next_try:
            return None
        if not self._busy.acquire(blocking=False):
            return None
        try:
            return self._connect_and_send()
        finally:
            self._busy.release()

    def _connect_and_send(self) -> Terminal | None:
        try:
            if self._server is None:
                self._server = self._connect()
                self._sender = Sender(self._local.unit_of_work, self._server.unit_of_work,
                                      self._server.ctx)
            if self._unsent:
                report = self.last_report = self._sender.send()
                if report.stopped is not None:
                    raise report.stopped
                self._unsent = False
        except StorageError as exc:
            # Whatever stopped the sending, the rows wait and the till sells offline:
            # a sale is never refused because an older one could not be sent yet.
            self._failed(exc, sending=True)
            return None
        if self.offline_since is not None:
            log.warning("the shop's server answers again: back online")
        self.offline_since = None
        return self._server

    def went_away(self) -> None:
        """The server is away (it did not answer at the till's start): offline from now
        until it answers again."""
        if self.offline_since is None:
            log.warning("the shop's server does not answer: selling offline")
            self.offline_since = self._clock()
        self._next_try = self._monotonic() + RECONNECT_S

    def _failed(self, exc: StorageError, sending: bool = False) -> None:
        """The server (or the sending) failed: away → offline until it answers again."""
        if not (is_away(exc) or sending):
            raise exc
        self.went_away()

"""Where the till window's serving calls go (issue #17): finding, opening a member,
selling and enrolling through the offline till (services/offline_till.py) once this
till has a complete local copy of the shop's server, so they go on while the server is
away; through the server's till as before otherwise (a SQLite till, or a copy not
complete yet: then a call that finds the server away fails in words, and the
"Server not answering" line shows). Every other call goes to the server's till.

It remembers the pending points of the members it opened, for the panel to say them
apart, and hands the person signed in at the till to the local file before each call."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import TypeVar

from app.services.context import StaffSession
from app.services.dto import MemberView
from app.services.offline_till import OfflineTill
from app.services.outbox import OfflineSale, OutboxStatus
from app.services.sign_in import SignIn
from app.services.storage import StorageError, is_away
from app.services.terminal import Terminal

T = TypeVar("T")


class OfflineRoute:
    def __init__(self, terminal: Terminal,
                 make_offline: Callable[[Terminal], OfflineTill | None] | None = None):
        self._terminal = terminal
        self._make_offline = make_offline
        self._offline: OfflineTill | None = None
        self.pending: dict[uuid.UUID, int] = {}  # member id -> pending points shown
        self.sign_in = OfflineSignIn(terminal.sign_in, self)  # the sign-in screen's calls

    def offline_till(self) -> OfflineTill | None:
        """The offline till, made once the local copy is complete; None before (and on
        a SQLite till)."""
        if self._offline is None and self._make_offline is not None:
            self._offline = self._make_offline(self._terminal)
        if self._offline is not None:
            self._offline.carry_staff(self._terminal.ctx.staff)
        return self._offline

    @property
    def offline(self) -> bool:
        """Whether the till serves from its local copy now (the server is away)."""
        till = self._offline
        return till is not None and till.offline_since is not None

    def redeem_per_day(self) -> int | None:
        """The owner's offline redemption limit while offline; None while online."""
        return self._offline.redeem_per_day if self.offline else None

    def redeem_left(self, member_id: uuid.UUID) -> int | None:
        """Points the member may still spend today while offline; None while online."""
        return self._offline.redeem_left_today(member_id) if self.offline else None

    def status(self) -> OutboxStatus:
        """Where the till stands (nothing to say until there is an offline till)."""
        till = self._offline
        return till.status() if till is not None else OutboxStatus(None, 0, 0)

    # ---- the calls that go on offline ---------------------------------------------------

    def search(self, query: str, refuse_bad_card: bool = False) -> list:
        till = self.offline_till()
        return (till or self._terminal.till).search(query, refuse_bad_card=refuse_bad_card)

    def find_by_card(self, card: str) -> uuid.UUID:
        till = self.offline_till()
        return (till or self._terminal.till).find_by_card(card)

    def find_referrer(self, text: str) -> tuple:
        """Who brought a newcomer (the enrol form's hint), from the copy while offline."""
        till = self.offline_till()
        return (till or self._terminal.till).find_referrer(text)

    def member(self, member_id: uuid.UUID) -> MemberView:
        """The member as the till shows them: offline, the balance as of the last sync
        plus their pending points (remembered in ``pending``)."""
        till = self.offline_till()
        if till is None:
            view, pending = self._terminal.till.member(member_id), 0
        else:
            shown = till.member(member_id)
            view, pending = shown.view, shown.pending
        self.pending[member_id] = pending
        return view

    def record_purchase(self, *args, **kwargs):
        """A PurchaseResult (on the server) or an OfflineSale (in the outbox: pending)."""
        till = self.offline_till()
        return (till or self._terminal.till).record_purchase(*args, **kwargs)

    def enrol(self, data, member_id: uuid.UUID | None = None) -> uuid.UUID:
        till = self.offline_till()
        if till is None:
            return self._terminal.till.enrol(data, member_id)
        return till.enrol(data, member_id or uuid.uuid4())

    def __getattr__(self, name: str):
        """Everything else (gifts, refunds, cards…) needs the server, as before."""
        return getattr(self._terminal.till, name)


def is_offline_sale(result) -> bool:
    return isinstance(result, OfflineSale)


class OfflineSignIn:
    """The sign-in screen's calls (services/sign_in.py), answered by the staff in the
    local copy (their PIN hashes) while the server is away, once the till has a complete
    copy; whoever signs in there is the person at the till on the server's facade too.
    A wrong PIN counted offline is counted in the copy only (see the README)."""

    def __init__(self, server: SignIn, route: OfflineRoute):
        self._server = server
        self._route = route

    def _either(self, call: Callable[[SignIn], T]) -> T:
        try:
            return call(self._server)
        except StorageError as exc:
            till = self._route.offline_till() if is_away(exc) else None
            if till is None:
                raise
            return call(till.local_sign_in)

    def has_staff(self) -> bool:
        return self._either(lambda s: s.has_staff())

    def staff_names(self) -> list[str]:
        return self._either(lambda s: s.staff_names())

    def last_signed_in(self) -> str | None:
        return self._either(lambda s: s.last_signed_in())

    def login(self, name: str, pin: str) -> StaffSession:
        session = self._either(lambda s: s.login(name, pin))
        self._server.carry(session)
        return session

    def __getattr__(self, name: str):
        """The rest (the first owner, locking) is the server's facade's."""
        return getattr(self._server, name)

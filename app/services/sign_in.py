"""Who is at the till: the sign-in screen's questions, signing in and out.

The only place (with a restore, which signs everyone out) that changes who acts in
the shared ServiceContext; everything else reads it."""

from __future__ import annotations

from typing import Protocol

from app.services import shop_settings, staff
from app.services.context import SYSTEM, ServiceContext, StaffSession
from app.services.shop_settings import FirstStart
from app.services.unit_of_work import UnitOfWork


class SignInMemory(Protocol):
    """Who signed in last on this till (bootstrap.SignInMemory), so the sign-in screen
    preselects them."""

    def last(self) -> str | None: ...

    def remember(self, name: str) -> None: ...


class SignIn:
    def __init__(self, uow: UnitOfWork, ctx: ServiceContext, memory: SignInMemory | None = None):
        self._uow = uow
        self._ctx = ctx
        self._memory = memory  # None keeps nothing (tests, the CLI)

    def has_staff(self) -> bool:
        return self._uow(None, staff.has_staff)

    def staff_names(self) -> list[str]:
        """Who can sign in here (names only: the sign-in screen shows them)."""
        return self._uow(None, lambda s: [name for _id, name, _role, active, _locked
                                          in staff.listing(s) if active])

    def last_signed_in(self) -> str | None:
        """The name last signed in on this till, if remembered and still able to sign in."""
        name = self._memory.last() if self._memory is not None else None
        return name if name in self.staff_names() else None

    def create_owner(self, name: str, pin: str) -> StaffSession:
        """First run: the first account is the owner, who is then at the till."""
        session = self._uow(None, lambda s: staff.create_owner(s, self._ctx, name, pin))
        self._sign_in(session)
        return session

    def first_start(self, start: FirstStart) -> StaffSession:
        """The first-start wizard's answers, saved in one transaction (the owner, the
        shop's settings, this till's name: services/shop_settings.py); then the owner is
        at the till, in the language chosen. Refused in part, nothing is saved."""
        program, version = self._ctx.program, self._ctx.program_version_id
        try:
            owner, till_name = self._uow(None, lambda s: shop_settings.set_up(s, self._ctx, start))
        except Exception:
            self._ctx.program, self._ctx.program_version_id = program, version
            raise
        self._ctx.till_name, self._ctx.lang = till_name, start.lang
        self._sign_in(owner)
        return owner

    def login(self, name: str, pin: str) -> StaffSession:
        """Switch the person at the till. A wrong PIN is counted even though it fails
        (services/staff.py verify_pin)."""
        session = staff.verify_pin(self._uow, self._ctx, name, pin)
        self._sign_in(session)
        return session

    def as_system(self, *, name_rows: bool = False) -> None:
        """The command line (and the till's own start-up work) is run by whoever holds
        the database file, readable by the owner's OS account only: it acts as the owner
        and is audited as "system". ``name_rows``: the ledger and refund rows it writes
        name "system" as a till's rows name the cashier (refunds and adjustments from
        the command line); other work leaves the cashier blank."""
        self._ctx.staff = SYSTEM
        if name_rows:
            self._ctx.cashier = SYSTEM.name

    def carry(self, session: StaffSession | None) -> None:
        """The person signed in on the shop's server is the one at this till's local
        file too (issue #17): a sale recorded offline names the cashier at the till."""
        if session is None:
            self.lock()
        else:
            self._ctx.staff = session
            self._ctx.cashier = session.name

    def lock(self) -> None:
        """Nobody at the till (idle lock, or the cashier stepped away)."""
        self._ctx.staff = None
        self._ctx.cashier = ""

    def _sign_in(self, session: StaffSession) -> None:
        self._ctx.staff = session
        self._ctx.cashier = session.name
        if self._memory is not None:
            self._memory.remember(session.name)

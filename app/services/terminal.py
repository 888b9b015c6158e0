"""What the entries (the Qt UI, the command line, the tests) hold: the shop's use cases,
split by who uses them, built on one unit of work over one context.

    terminal.till     the cashier at the counter          (services/till.py)
    terminal.office   a manager's back office             (services/back_office.py)
    terminal.admin    the owner's administration          (services/administration.py)
    terminal.sign_in  who is at the till                  (services/sign_in.py)
    terminal.registers the cash registers of the register API (services/registers.py)
    terminal.ctx      the context, to read (the program, the language, the clock, who)
    terminal.server   whether the shop's server answers            (services/storage.py)

The composition root (bootstrap.open_app) builds it; every method of the four areas is
one unit of work (services/unit_of_work.py): permission, transaction, storage errors.
"""

from __future__ import annotations

from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from app.domain.program import Program
from app.services.administration import Administration
from app.services.back_office import BackOffice
from app.services.context import ContextView, ServiceContext
from app.services.registers import Registers
from app.services.settings import Settings
from app.services.shop_changes import ShopChanges
from app.services.sign_in import SignIn, SignInMemory
from app.services.storage import ServerStatus
from app.services.till import Till
from app.services.unit_of_work import UnitOfWork, retry_policy


class Terminal:
    def __init__(self, sessions: sessionmaker[Session], ctx: ServiceContext, engine: Engine,
                 settings: Settings, sign_ins: SignInMemory | None = None):
        self.server = ServerStatus(sessions)  # whether the shop's server answers
        changes = ShopChanges(sessions, ctx)  # what other tills change reaches this one
        uow = UnitOfWork(sessions, ctx, retry_policy(engine.dialect.name), server=self.server,
                         follow=changes.poll)
        self._ctx = ctx
        self._sessions = sessions  # for tests and the bench that look at the rows directly
        self._uow = uow
        self.till = Till(uow, ctx)
        self.office = BackOffice(uow, ctx)
        self.sign_in = SignIn(uow, ctx, sign_ins)
        self.registers = Registers(uow, ctx)
        self.admin = Administration(uow, ctx, engine, sessions, self.sign_in, settings,
                                    changes)

    @property
    def ctx(self) -> ContextView:
        """The context as the entries see it: read, never assigned (services change the
        program in force, SignIn who is at the till)."""
        return self._ctx

    @property
    def unit_of_work(self) -> UnitOfWork:
        """For the offline till (services/offline_till.py), which runs the outbox's and
        the sender's own service calls on this database."""
        return self._uow

    @property
    def program(self) -> Program:
        return self._ctx.program

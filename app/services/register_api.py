"""The register API's use cases as one facade (issue #19): what app/api serves over HTTP,
each method one unit of work (services/unit_of_work.py) under the register's own name.

Public interface:

    api = RegisterApi(uow, ctx)
    api.verify(token) -> RegisterRow | None          the live register holding a token
    api.identify(register, card=, phone=, code=) -> dict     member summary
    api.quote(register, Basket) -> dict              figures a commit would record
    api.commit(register, Sale) -> Answer             once per register sale id
    api.refund(register, RefundCall) -> Answer       once per register refund id
    api.summary(register, member_id) -> dict         for printing, with the last sale's slip
    api.token_refused(client, count)                 audit a run of wrong tokens

``uow``/``ctx``: the terminal's (``terminal.unit_of_work``, ``terminal.ctx``); every call
runs under a copy of the context naming the register ("register <name>" as the cashier
and the audit's staff, the register's language), so the till's own context is never
changed from the API's threads. The summary's "slip_text" is the slip of the member's
latest purchase (services/slips.py, in the member's language; null before their first),
for a register that prints the slip itself. The register's token is its permission: no
staff role is checked.
"""

from __future__ import annotations

import threading
import uuid
from collections.abc import Callable
from dataclasses import replace
from typing import TypeVar

from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from app.db import dialect
from app.services import audit, register_calls, registers, slips
from app.services.context import ServiceContext, StaffSession
from app.services.register_calls import Answer, Basket, RefundCall, Sale
from app.services.registers import RegisterRow
from app.services.unit_of_work import UnitOfWork

__all__ = ["RegisterApi", "Answer", "Basket", "RefundCall", "Sale", "RegisterRow"]

SlipText = Callable[[Session, ServiceContext, uuid.UUID], str | None]
T = TypeVar("T")


class RegisterApi:
    def __init__(self, uow: UnitOfWork, ctx: ServiceContext,
                 slip_text: SlipText = slips.last_slip_text):
        self._uow = uow
        self._ctx = ctx
        self._slip_text = slip_text
        # The server's threads write through a gate as wide as the database takes
        # writers (SQLite: one), so they queue here in turn instead of in the busy handler.
        self._gate = threading.BoundedSemaphore(
            uow.read(None, lambda s: dialect.of(s).writers_at_once))

    def _write(self, work: Callable[[Session], T]) -> T:
        with self._gate:
            return self._uow(None, work)

    def _as(self, register: RegisterRow) -> ServiceContext:
        who = f"register {register.name}"
        return replace(self._ctx, cashier=who, staff=StaffSession(None, who, "cashier"),
                       lang=register.lang)

    def verify(self, token: str) -> RegisterRow | None:
        return self._uow.read(None, lambda s: registers.verify(s, token))

    def identify(self, register: RegisterRow, card: str = "", phone: str = "",
                 code: str = "") -> dict:
        ctx = self._as(register)
        return self._write(lambda s: register_calls.identify(s, ctx, register, card, phone,
                                                                code))

    def quote(self, register: RegisterRow, basket: Basket) -> dict:
        ctx = self._as(register)
        return self._write(lambda s: register_calls.quoted(s, ctx, register, basket))

    def commit(self, register: RegisterRow, sale: Sale) -> Answer:
        ctx = self._as(register)
        return self._once(lambda s: register_calls.commit(s, ctx, register, sale))

    def refund(self, register: RegisterRow, call: RefundCall) -> Answer:
        ctx = self._as(register)
        return self._once(lambda s: register_calls.refund(s, ctx, register, call))

    def _once(self, work: Callable[[Session], Answer]) -> Answer:
        """``work`` in one unit of work. Two requests with one id at once on a server:
        the loser's insert meets the winner's row; run again, it finds the stored answer
        (or refuses a different body) instead of failing."""
        try:
            return self._write(work)
        except IntegrityError:
            return self._write(work)

    def summary(self, register: RegisterRow, member_id: uuid.UUID) -> dict:
        ctx = self._as(register)
        return self._write(lambda s: register_calls.summary(s, ctx, register, member_id,
                                                               self._slip_text))

    def token_refused(self, client: str, count: int) -> None:
        """A run of wrong tokens from one address: audited as the system, with the address
        and the count (never the token tried)."""
        ctx = replace(self._ctx, staff=StaffSession(None, "register API", "cashier"))
        self._write(lambda s: audit.record(
            s, ctx, "api_token_refused", client[:80], count=count))

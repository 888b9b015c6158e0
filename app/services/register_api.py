"""The register API's use cases as one facade (issue #19): what app/api serves over HTTP,
each method one unit of work (services/unit_of_work.py) under the register's own name.

Public interface:

    api = RegisterApi(uow, ctx, slip_text=None)
    api.verify(token) -> RegisterRow | None          the live register holding a token
    api.identify(register, card=, phone=, code=) -> dict     member summary
    api.quote(register, Basket) -> dict              figures a commit would record
    api.commit(register, Sale) -> Answer             once per register sale id
    api.refund(register, RefundCall) -> Answer       once per register refund id
    api.summary(register, member_id) -> dict         for printing; "slip_text" from the hook
    api.token_refused(client, count)                 audit a run of wrong tokens

``uow``/``ctx``: the terminal's (``terminal.unit_of_work``, ``terminal.ctx``); every call
runs under a copy of the context naming the register ("register <name>" as the cashier
and the audit's staff, the register's language), so the till's own context is never
changed from the API's threads. ``slip_text(session, ctx, member_id) -> str``: the slip
engineer's services/slips.py, wired by the composition root; None leaves "slip_text"
null. The register's token is its permission: no staff role is checked.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import replace

from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from app.services import audit, register_calls, registers
from app.services.context import ServiceContext, StaffSession
from app.services.register_calls import Answer, Basket, RefundCall, Sale
from app.services.registers import RegisterRow
from app.services.unit_of_work import UnitOfWork

__all__ = ["RegisterApi", "Answer", "Basket", "RefundCall", "Sale", "RegisterRow"]

SlipText = Callable[[Session, ServiceContext, uuid.UUID], str]


class _Quoted(Exception):
    """Carries a quote's figures out of its transaction, which rolls the sale back."""

    def __init__(self, answer: dict):
        super().__init__("quoted")
        self.answer = answer


class RegisterApi:
    def __init__(self, uow: UnitOfWork, ctx: ServiceContext, slip_text: SlipText | None = None):
        self._uow = uow
        self._ctx = ctx
        self._slip_text = slip_text

    def _as(self, register: RegisterRow) -> ServiceContext:
        who = f"register {register.name}"
        return replace(self._ctx, cashier=who, staff=StaffSession(None, who, "cashier"),
                       lang=register.lang)

    def verify(self, token: str) -> RegisterRow | None:
        return self._uow.read(None, lambda s: registers.verify(s, token))

    def identify(self, register: RegisterRow, card: str = "", phone: str = "",
                 code: str = "") -> dict:
        ctx = self._as(register)
        return self._uow(None, lambda s: register_calls.identify(s, ctx, register, card, phone,
                                                                code))

    def quote(self, register: RegisterRow, basket: Basket) -> dict:
        """The sale recorded as the till would, then rolled back (raising carries the
        figures out); the quote is audited in a transaction of its own."""
        ctx = self._as(register)

        def work(s: Session) -> dict:
            raise _Quoted(register_calls.quoted(s, ctx, basket))
        try:
            self._uow(None, work)
        except _Quoted as quoted:
            answer = quoted.answer
        self._uow(None, lambda s: register_calls.audited(s, ctx, register, "api_quote",
                                                          basket.member_id.hex))
        return answer

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
            return self._uow(None, work)
        except IntegrityError:
            return self._uow(None, work)

    def summary(self, register: RegisterRow, member_id: uuid.UUID) -> dict:
        ctx = self._as(register)
        return self._uow(None, lambda s: register_calls.summary(s, ctx, register, member_id,
                                                               self._slip_text))

    def token_refused(self, client: str, count: int) -> None:
        """A run of wrong tokens from one address: audited as the system, with the address
        and the count (never the token tried)."""
        ctx = replace(self._ctx, staff=StaffSession(None, "register API", "cashier"))
        self._uow(None, lambda s: audit.record(
            s, ctx, "api_token_refused", client[:80], count=count))

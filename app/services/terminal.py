"""The facade the UI and the CLI call: each method is one transaction."""

from __future__ import annotations

import uuid

from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from app.db import search_index
from app.db.models import LedgerEntry, Member
from app.domain.program import Line
from app.services import actions, care, draws, ledger, members, program_admin, sales, tiers
from app.services.context import ServiceContext
from app.services.dto import (
    ActionResult,
    CauseTotal,
    CheckReport,
    DrawResult,
    MemberInput,
    MemberView,
    ProgramSaved,
    PurchaseResult,
    RefundResult,
    SearchHit,
)


class Terminal:
    def __init__(self, sessions: sessionmaker[Session], ctx: ServiceContext):
        self._sessions = sessions
        self.ctx = ctx

    @property
    def program(self):
        return self.ctx.program

    def enrol(self, data: MemberInput, member_id: uuid.UUID | None = None) -> uuid.UUID:
        with self._sessions.begin() as s:
            return members.enrol(s, self.ctx, data, member_id)

    def edit_member(self, member_id: uuid.UUID, data: MemberInput) -> None:
        with self._sessions.begin() as s:
            members.edit(s, self.ctx, member_id, data)

    def search(self, query: str, limit: int = members.SEARCH_LIMIT) -> list[SearchHit]:
        with self._sessions.begin() as s:
            return members.search(s, self.ctx, query, limit)

    def find_by_card(self, card: str) -> uuid.UUID:
        with self._sessions.begin() as s:
            return members.find_by_card(s, card)

    def _settle(self, member_id: uuid.UUID) -> None:
        """Expire a member's lots past their last day in a transaction of its own, so
        the expiry stands even if the sale that follows is refused (the hourly job may
        not have run since midnight)."""
        if self.ctx.program.expiry.kind == "never":
            return
        with self._sessions.begin() as s:
            member = s.get(Member, member_id)
            if member is not None:
                ledger.expire_member(s, self.ctx, member)

    def member(self, member_id: uuid.UUID) -> MemberView:
        self._settle(member_id)
        with self._sessions.begin() as s:
            return members.view(s, self.ctx, member_id)

    def record_purchase(self, purchase_id: uuid.UUID, member_id: uuid.UUID, amount_minor: int,
                        redeem_points: int = 0, receipt_number: str = "",
                        lines: tuple[Line, ...] = ()) -> PurchaseResult:
        self._settle(member_id)
        with self._sessions.begin() as s:
            return sales.record_purchase(s, self.ctx, purchase_id, member_id, amount_minor,
                                         redeem_points, receipt_number, tuple(lines))

    def refund(self, purchase_id: uuid.UUID, reason: str = "") -> RefundResult:
        with self._sessions.begin() as s:
            return sales.refund_purchase(s, self.ctx, purchase_id, reason)

    # ---- the program -----------------------------------------------------------------

    def save_program(self, data: dict) -> ProgramSaved:
        """Validate and put a new program in force; tiers are re-evaluated in the same
        transaction. On any error the program in force stays as it was."""
        program, version = self.ctx.program, self.ctx.program_version_id
        try:
            with self._sessions.begin() as s:
                return program_admin.save(s, self.ctx, data)
        except Exception:
            self.ctx.program, self.ctx.program_version_id = program, version
            raise

    def maintain(self) -> tuple[int, int]:
        """The daily job (also run at start): expire due lots and apply due tier reviews,
        in short transactions so the till is never blocked for long. Returns
        (lots expired, members reviewed)."""
        expired = reviewed = 0
        while True:
            with self._sessions.begin() as s:
                n = ledger.expire_due(s, self.ctx)
            expired += n
            if n == 0:
                break
        while True:
            with self._sessions.begin() as s:
                n = tiers.review_due(s, self.ctx)
            reviewed += n
            if n == 0:
                break
        return expired, reviewed

    # ---- help, charity, rewards --------------------------------------------------------

    def reward_help(self, action_id: uuid.UUID, member_id: uuid.UUID, kind: str) -> ActionResult:
        with self._sessions.begin() as s:
            return actions.reward_help(s, self.ctx, action_id, member_id, kind)

    def donate(self, action_id: uuid.UUID, member_id: uuid.UUID, cause_key: str,
               points: int) -> ActionResult:
        self._settle(member_id)
        with self._sessions.begin() as s:
            return actions.donate(s, self.ctx, action_id, member_id, cause_key, points)

    def give_reward(self, reward_id: uuid.UUID) -> ActionResult:
        with self._sessions.begin() as s:
            return actions.give_reward(s, self.ctx, reward_id)

    def cause_totals(self) -> list[CauseTotal]:
        with self._sessions.begin() as s:
            return actions.cause_totals(s, self.ctx)

    # ---- gifts and service recovery ---------------------------------------------------

    def give_gift(self, gift_id: uuid.UUID, member_id: uuid.UUID, data):
        with self._sessions.begin() as s:
            return care.give_gift(s, self.ctx, gift_id, member_id, data)

    def long_wait(self, gift_id: uuid.UUID, member_id: uuid.UUID):
        with self._sessions.begin() as s:
            return care.long_wait(s, self.ctx, gift_id, member_id)

    def confirm_said(self, gift_id: uuid.UUID) -> None:
        with self._sessions.begin() as s:
            care.confirm_said(s, self.ctx, gift_id)

    def record_complaint(self, complaint_id: uuid.UUID, member_id: uuid.UUID | None, data):
        with self._sessions.begin() as s:
            return care.record_complaint(s, self.ctx, complaint_id, member_id, data)

    def close_complaint(self, complaint_id: uuid.UUID, follow_up: str):
        with self._sessions.begin() as s:
            return care.close_complaint(s, self.ctx, complaint_id, follow_up)

    def complaints(self, status: str | None = None, member_id: uuid.UUID | None = None):
        with self._sessions.begin() as s:
            return care.complaints(s, self.ctx, status, member_id)

    def gift_report(self, start, end):
        with self._sessions.begin() as s:
            return care.gift_report(s, self.ctx, start, end)

    # ---- the prize draw and program health --------------------------------------------

    def run_draw(self, name: str, prizes: list[str], min_points: int, basis: str = "balance",
                 start=None, end=None, seed: int | None = None,
                 draw_id: uuid.UUID | None = None) -> DrawResult:
        with self._sessions.begin() as s:
            return draws.run(s, self.ctx, name, prizes, min_points, basis, start, end, seed,
                             draw_id)

    def verify_draw(self, draw_id: uuid.UUID) -> tuple[bool, str]:
        with self._sessions.begin() as s:
            return draws.verify(s, self.ctx, draw_id)

    def draws(self) -> list[DrawResult]:
        with self._sessions.begin() as s:
            return draws.list_draws(s, self.ctx)

    def program_health(self):
        with self._sessions.begin() as s:
            return draws.program_health(s, self.ctx)

    def member_count(self) -> int:
        with self._sessions.begin() as s:
            return s.scalar(select(func.count()).select_from(Member))

    def check(self) -> CheckReport:
        with self._sessions.begin() as s:
            problems = ledger.mismatches(s)
            problems += search_index.integrity_problems(s.connection())
            return CheckReport(s.scalar(select(func.count()).select_from(Member)),
                               s.scalar(select(func.count()).select_from(LedgerEntry)),
                               problems)

    def add_demo_members(self, count: int, seed: int = 1, progress=None) -> int:
        """Add ``count`` demo members (in batches, one transaction per batch)."""
        from app.services import demo
        return demo.fill(self._sessions, self.ctx, count, seed, progress,
                         start=self.member_count())

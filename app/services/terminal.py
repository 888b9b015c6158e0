"""The facade the UI and the CLI call: each method is one transaction."""

from __future__ import annotations

import uuid

from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from app.db import search_index
from app.db.models import LedgerEntry, Member
from app.services import ledger, members, sales
from app.services.context import ServiceContext
from app.services.dto import CheckReport, MemberInput, MemberView, PurchaseResult, RefundResult, SearchHit


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

    def member(self, member_id: uuid.UUID) -> MemberView:
        with self._sessions.begin() as s:
            return members.view(s, self.ctx, member_id)

    def record_purchase(self, purchase_id: uuid.UUID, member_id: uuid.UUID, amount_minor: int,
                        redeem_points: int = 0, receipt_number: str = "") -> PurchaseResult:
        with self._sessions.begin() as s:
            return sales.record_purchase(s, self.ctx, purchase_id, member_id, amount_minor,
                                         redeem_points, receipt_number)

    def refund(self, purchase_id: uuid.UUID, reason: str = "") -> RefundResult:
        with self._sessions.begin() as s:
            return sales.refund_purchase(s, self.ctx, purchase_id, reason)

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

"""`regulars check`: does the stored data agree with itself?

Each part of the shop's data that keeps a derived figure (the balance cached on a
member, the search index, the card numbers, the report rollups, refunds) says what
disagrees; this collects them with the counts the owner sees.
"""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.db import search_index
from app.db.models import LedgerEntry
from app.services import cards, ledger, members, refunds, rollups, storage
from app.services.context import ServiceContext
from app.services.dto import CheckReport


def check(session: Session, ctx: ServiceContext) -> CheckReport:
    problems = storage.file_problems(session.connection())
    problems += ledger.mismatches(session)
    problems += search_index.integrity_problems(session.connection())
    problems += cards.problems(session)
    problems += rollups.mismatches(session, ctx)
    problems += refunds.mismatches(session)
    return CheckReport(members.count(session),
                       session.scalar(select(func.count()).select_from(LedgerEntry)),
                       problems)

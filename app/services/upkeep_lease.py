"""Upkeep once per shop: the lease on the shop's upkeep (expiry, tier reviews, the
scheduled backup), held by one till at a time.

Taken and renewed by one atomic UPDATE, never read and written back: it succeeds when
the lease has run out or this till already holds it. Every batch of upkeep renews it
as the first statement of its own transaction, so the batch holds the write lock
(SQLite) or the lease row's lock (PostgreSQL) before it reads what is due: two tills
can never both expire the same lot, and a till that lost the lease stops at once.
"""

from __future__ import annotations

import uuid
from datetime import datetime, timedelta

from sqlalchemy import or_, select, update
from sqlalchemy.orm import Session

from app.db.models import UpkeepLease
from app.services.context import ServiceContext

UPKEEP = "upkeep"
# Longer than the till's hourly round: the till holding it keeps the shop's upkeep
# while it runs; if it stops, another till takes over once this has passed.
LEASE = timedelta(minutes=90)


def take(session: Session, ctx: ServiceContext) -> bool:
    """Take or renew the lease for this till; False while another till holds it."""
    now = ctx.clock()
    me = ctx.till_id
    result = session.execute(
        update(UpkeepLease)
        .where(UpkeepLease.name == UPKEEP,
               or_(UpkeepLease.until < now, UpkeepLease.holder.is_not_distinct_from(me)))
        .values(holder=me, until=now + LEASE)
        .execution_options(synchronize_session=False))
    return result.rowcount == 1


def holder(session: Session) -> tuple[uuid.UUID | None, datetime | None]:
    """Which till holds the lease and until when (naive UTC)."""
    row = session.execute(select(UpkeepLease.holder, UpkeepLease.until)
                          .where(UpkeepLease.name == UPKEEP)).first()
    return (row[0], row[1]) if row else (None, None)

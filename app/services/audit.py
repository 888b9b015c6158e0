"""The audit trail: who did what sensitive thing, when, at which till. Append-only."""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.db.models import AuditEntry, Till
from app.services.context import ServiceContext


@dataclass(frozen=True, slots=True)
class AuditRow:
    at: datetime
    staff: str
    action: str
    target: str
    details: dict
    till: str = ""  # the name of the till it was done at


def record(session: Session, ctx: ServiceContext, action: str, target: str = "",
           **details) -> None:
    """Details must never carry personal data (no names, phones, e-mails): ids only."""
    staff = ctx.staff
    session.add(AuditEntry(id=uuid.uuid4(), at=ctx.clock(), staff_id=staff.id if staff else None,
                           staff_name=staff.name if staff else "system", till_id=ctx.till_id,
                           action=action, target=str(target)[:80],
                           details=json.dumps(details, ensure_ascii=False, sort_keys=True,
                                              default=str)))


def entries(session: Session, action: str | None = None, staff: str | None = None,
            since: datetime | None = None, until: datetime | None = None,
            limit: int = 1000) -> list[AuditRow]:
    stmt = (select(AuditEntry, Till.name).outerjoin(Till, Till.id == AuditEntry.till_id)
            .order_by(AuditEntry.at.desc()).limit(limit))
    if action:
        stmt = stmt.where(AuditEntry.action == action)
    if staff:
        stmt = stmt.where(AuditEntry.staff_name == staff)
    if since:
        stmt = stmt.where(AuditEntry.at >= since)
    if until:
        stmt = stmt.where(AuditEntry.at < until)
    return [AuditRow(e.at, e.staff_name, e.action, e.target, json.loads(e.details or "{}"),
                     till or "")
            for e, till in session.execute(stmt)]

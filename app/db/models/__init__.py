"""SQLAlchemy 2.0 typed models. UUID keys where tills may create rows.

One module per part of the shop; every table is imported here, so `from app.db.models
import Member` works and Base.metadata (Alembic) holds them all.
"""

from app.db.models.base import Base
from app.db.models.cards import BlockedCard, CardDesignVersion, CardPrintRun, PrintedCard
from app.db.models.care import Complaint, Draw, DrawWinner, Gift
from app.db.models.outbox import MemberAlias, OutboxRow
from app.db.models.points import (
    LedgerEntry,
    PointLot,
    Purchase,
    PurchaseLine,
    Refund,
    Reward,
    Stamp,
    TierEvent,
)
from app.db.models.registers import Register, RegisterCall
from app.db.models.rollups import (
    ReportCohortMonth,
    ReportMemberDay,
    ReportPointsDay,
    ReportSalesDay,
    ReportSeenDay,
    ReportState,
    ReportVisitDay,
)
from app.db.models.shop import (
    AuditEntry,
    ImportBatch,
    Member,
    ProgramVersion,
    Staff,
    Till,
    UpkeepLease,
)

__all__ = [
    "Base",
    "Till",
    "UpkeepLease",
    "ProgramVersion",
    "Member",
    "Staff",
    "AuditEntry",
    "ImportBatch",
    "Purchase",
    "LedgerEntry",
    "Refund",
    "PointLot",
    "PurchaseLine",
    "Stamp",
    "Reward",
    "TierEvent",
    "Complaint",
    "Gift",
    "Draw",
    "DrawWinner",
    "CardDesignVersion",
    "CardPrintRun",
    "PrintedCard",
    "BlockedCard",
    "OutboxRow",
    "MemberAlias",
    "Register",
    "RegisterCall",
    "ReportSalesDay",
    "ReportPointsDay",
    "ReportCohortMonth",
    "ReportState",
    "ReportVisitDay",
    "ReportMemberDay",
    "ReportSeenDay",
]

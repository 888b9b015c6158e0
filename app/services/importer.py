"""Members from another system's CSV or XLSX export (issue #6).

``read_table`` reads the file (import_files.py: CSV in the encodings and delimiters
shops' exports come in, or XLSX's first sheet). ``run`` plans every row against the database and the
rows before it (new, duplicate, rejected and why) and, unless it is a dry run,
writes the plan in the caller's one transaction: a cancel or any error rolls all of
it back.

Duplicates are found by phone and by card number, in the database and within the
file. "skip" leaves the first occurrence alone; "merge" fills the member's empty
fields and adds the row's points to the member's opening balance. Opening points
are one ledger row of kind "imported" per member, written once: a member who already
has imported points (a second run of the same file) gets none again, so re-running
an import never doubles a balance. Imported points are not qualifying points (they
were earned under another program); the old status comes over through the tier
column, as a floor kept like any upgrade.
"""

from __future__ import annotations

import secrets
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.db.models import BlockedCard, ImportBatch, LedgerEntry, Member
from app.domain import importing
from app.domain.cards import card_number_for
from app.domain.errors import DomainError
from app.domain.importing import ParsedRow, Problem
from app.domain.names import search_key
from app.domain.phones import format_phone, phone_digits
from app.services import audit, tiers
from app.services.context import ServiceContext
from app.services.import_files import ENCODINGS, Table, read_table
from app.services.ledger import post

# One entry for an import: the file is read by import_files.py, opened through here.
__all__ = ["ENCODINGS", "ImportCancelled", "ImportReport", "Table", "read_table", "run"]
PROGRESS_EVERY = 200
LOOKUP_CHUNK = 500
KIND = "imported"
STATUS_WORDS = {"import": "imported", "merge": "merged", "skip": "skipped",
                "reject": "rejected"}

Progress = Callable[[int, int], None]


class ImportCancelled(DomainError):
    """Raised by a progress callback to stop; the transaction is rolled back."""

    def __init__(self):
        super().__init__("import_cancelled", "The import was cancelled; nothing was saved.")


@dataclass
class RowOutcome:
    row: int
    status: str  # import, merge, skip, reject
    name: str
    phone: str
    reasons: list[Problem] = field(default_factory=list)


@dataclass
class ImportReport:
    file: str
    rows: list[RowOutcome]
    dry_run: bool
    valid_only: bool
    duplicates: str
    applied: bool = False
    points: int = 0  # opening points written (or that would be)
    batch_id: uuid.UUID | None = None

    def count(self, status: str) -> int:
        return sum(1 for r in self.rows if r.status == status)

    @property
    def imported(self) -> int:
        return self.count("import")

    @property
    def merged(self) -> int:
        return self.count("merge")

    @property
    def skipped(self) -> int:
        return self.count("skip")

    @property
    def rejected(self) -> int:
        return self.count("reject")

    @property
    def refused(self) -> bool:
        """All-or-nothing met a bad row: nothing was (or would be) written."""
        return not self.valid_only and self.rejected > 0


# ---- planning and applying ---------------------------------------------------------


def tier_names(ctx: ServiceContext) -> dict[str, str]:
    return importing.tier_lookup([(t.key, list(t.names.values())) for t in ctx.program.tiers])


def parse(table: Table, mapping: dict[str, str], ctx: ServiceContext) -> list[ParsedRow]:
    importing.check_mapping(mapping, table.headers)
    index = {fkey: table.headers.index(header) for fkey, header in mapping.items()}
    lookup, today = tier_names(ctx), ctx.today()
    return [importing.parse_row(number, {f: cells[i] for f, i in index.items()},
                                ctx.phone_region, lookup, today)
            for number, cells in table.rows]


@dataclass
class _Plan:
    outcomes: list[RowOutcome]
    target_of: dict[int, tuple[str, object]]  # row -> ("db", member id) | ("file", first row)
    points: dict[tuple[str, object], int]
    had_points: set[uuid.UUID]  # members who already hold imported points


def plan(session: Session, rows: list[ParsedRow], duplicates: str,
         progress: Progress | None = None, total: int = 0) -> _Plan:
    if duplicates not in ("merge", "skip"):
        raise DomainError("import_duplicates", "Duplicates are merged or skipped.")
    db_phone, db_card, had_points = _existing(session, [r for r in rows if r.ok])
    by_phone: dict[str, tuple] = {p: ("db", m) for p, m in db_phone.items()}
    by_card: dict[str, tuple] = {c: ("db", m) for c, m in db_card.items()}
    out = _Plan([], {}, {}, had_points)
    blocked = _blocked(session, sorted({r.card for r in rows if r.ok and r.card}))
    for done, row in enumerate(rows, start=1):
        if row.ok and row.card in blocked:
            out.outcomes.append(RowOutcome(row.row, "reject", row.display_name,
                                           format_phone(row.phone) if row.phone else "",
                                           [BLOCKED] + list(row.warnings)))
        else:
            out.outcomes.append(_decide(row, duplicates, by_phone, by_card, out))
        if progress is not None and (done % PROGRESS_EVERY == 0 or done == len(rows)):
            progress(done, total or len(rows))
    return out


BLOCKED = Problem("import_card_blocked", "This card number was replaced after a loss; leave "
                  "the card empty and a new number is issued.")


def _blocked(session: Session, cards: list[str]) -> set[str]:
    """The file's card numbers that were replaced (lost) here: never given out again."""
    found: set[str] = set()
    for i in range(0, len(cards), LOOKUP_CHUNK):
        found.update(session.scalars(select(BlockedCard.card_number)
                                     .where(BlockedCard.card_number.in_(cards[i:i + LOOKUP_CHUNK]))))
    return found


def _decide(row: ParsedRow, duplicates: str, by_phone: dict, by_card: dict,
            out: _Plan) -> RowOutcome:
    outcome = RowOutcome(row.row, "reject", row.display_name,
                         format_phone(row.phone) if row.phone else "",
                         list(row.problems) + list(row.warnings))
    if not row.ok:
        return outcome
    targets = {t for t in (by_phone.get(row.phone), by_card.get(row.card) if row.card else None)
               if t is not None}
    if len(targets) > 1:
        outcome.reasons.insert(0, Problem("import_conflict", "The phone and the card belong "
                                          "to two different members."))
        return outcome
    if not targets:
        target = ("file", row.row)
        outcome.status = "import"
    else:
        target = targets.pop()
        if duplicates == "skip":
            outcome.status = "skip"
            outcome.reasons.insert(0, _duplicate(target))
            return outcome
        outcome.status = "merge"
        outcome.reasons.insert(0, _duplicate(target))
    by_phone.setdefault(row.phone, target)
    if row.card:
        by_card.setdefault(row.card, target)
    out.target_of[row.row] = target
    if row.points:
        if target[0] == "db" and target[1] in out.had_points:
            outcome.reasons.append(Problem("import_points_already", "Opening points were "
                                           "imported for this member before; not added again."))
        else:
            out.points[target] = out.points.get(target, 0) + row.points
    return outcome


def _duplicate(target: tuple) -> Problem:
    if target[0] == "db":
        return Problem("import_duplicate_member", "Already a member (same phone or card).")
    return Problem("import_duplicate_row", "Same person as row {row}.", {"row": target[1]})


def _existing(session: Session, rows: list[ParsedRow]):
    """Members already holding the file's phones and cards, in a few IN queries."""
    phones = sorted({r.phone for r in rows})
    cards = sorted({r.card for r in rows if r.card})
    db_phone, db_card = {}, {}
    for i in range(0, len(phones), LOOKUP_CHUNK):
        db_phone.update(session.execute(select(Member.phone, Member.id)
                                        .where(Member.phone.in_(phones[i:i + LOOKUP_CHUNK]))).all())
    for i in range(0, len(cards), LOOKUP_CHUNK):
        db_card.update(session.execute(select(Member.card_number, Member.id)
                                       .where(Member.card_number.in_(cards[i:i + LOOKUP_CHUNK])))
                       .all())
    ids = sorted(set(db_phone.values()) | set(db_card.values()))
    had: set[uuid.UUID] = set()
    for i in range(0, len(ids), LOOKUP_CHUNK):
        had.update(session.scalars(select(LedgerEntry.member_id).where(
            LedgerEntry.kind == KIND, LedgerEntry.member_id.in_(ids[i:i + LOOKUP_CHUNK]))))
    return db_phone, db_card, had


def run(session: Session, ctx: ServiceContext, table: Table, mapping: dict[str, str],
        duplicates: str = "skip", valid_only: bool = False, dry_run: bool = False,
        progress: Progress | None = None) -> ImportReport:
    """Plan, and unless it is a dry run or all-or-nothing met a bad row, apply. Progress
    runs over planning, writing the members and writing their points (3 steps per row
    when applying)."""
    rows = parse(table, mapping, ctx)
    total = len(rows) * (1 if dry_run else 3)
    the_plan = plan(session, rows, duplicates, progress, total)
    report = ImportReport(table.name, the_plan.outcomes, dry_run, valid_only, duplicates,
                          points=sum(the_plan.points.values()))
    if dry_run or report.refused:
        return report
    _apply(session, ctx, table, rows, the_plan, report, progress, total)
    return report


def _apply(session: Session, ctx: ServiceContext, table: Table, rows: list[ParsedRow],
           the_plan: _Plan, report: ImportReport, progress: Progress | None,
           total: int) -> None:
    batch = ImportBatch(id=uuid.uuid4(), created_at=ctx.clock(),
                        staff_name=ctx.cashier or "system", till_id=ctx.till_id,
                        file_name=table.name[:200], file_sha256=table.sha256,
                        mode="valid_only" if report.valid_only else "all_or_nothing",
                        duplicates=report.duplicates, rows=len(rows), imported=report.imported,
                        merged=report.merged, skipped=report.skipped,
                        rejected=report.rejected, points=report.points)
    session.add(batch)
    members, tier_of = _write_members(session, ctx, rows, the_plan, progress, total)
    for done, (target, member) in enumerate(members.items(), start=1):
        points = the_plan.points.get(target, 0)
        if points:
            post(session, ctx, member, KIND, points, reason=f"opening balance from "
                 f"{table.name}"[:200], ref=batch.id.hex)
        tiers.refresh(session, ctx, member, "import")
        if target in tier_of and ctx.program.tier_rank(tier_of[target]) > \
                ctx.program.tier_rank(member.tier_key):
            # The old system's status, kept like any upgrade (to the next review).
            member.tier_floor_key = tier_of[target]
            tiers.refresh(session, ctx, member, "import")
        if done % 1000 == 0:
            session.flush()
        if progress is not None and (done % PROGRESS_EVERY == 0 or done == len(members)):
            progress(2 * len(rows) + done * len(rows) // len(members), total)
    audit.record(session, ctx, "import_members", batch.id.hex, file_sha256=table.sha256,
                 imported=report.imported, merged=report.merged, skipped=report.skipped,
                 rejected=report.rejected, points=report.points, mode=batch.mode,
                 duplicates=report.duplicates)
    report.applied, report.batch_id = True, batch.id


def _write_members(session: Session, ctx: ServiceContext, rows: list[ParsedRow],
                   the_plan: _Plan, progress: Progress | None, total: int):
    """New members created, merged ones filled in; returns them by target, and the
    highest tier the file gives each."""
    now = ctx.clock()
    members: dict[tuple, Member] = {}
    tier_of: dict[tuple, str] = {}
    pairs = list(zip(rows, the_plan.outcomes, strict=True))
    cards = iter(_free_cards(session, sum(1 for r, o in pairs
                                          if o.status == "import" and not r.card),
                             {r.card for r in rows if r.card}))
    for done, (row, outcome) in enumerate(pairs, start=1):
        target = the_plan.target_of.get(row.row)
        if outcome.status == "import":
            members[target] = _new_member(session, ctx, row, now, cards)
        elif outcome.status == "merge":
            members[target] = members.get(target) or session.get(Member, target[1])
            _fill(session, ctx, members[target], row)
        if outcome.status in ("import", "merge") and row.tier_key:
            tier_of[target] = ctx.program.higher(tier_of.get(target, row.tier_key), row.tier_key)
        if done % 1000 == 0:
            session.flush()
        if progress is not None and (done % PROGRESS_EVERY == 0 or done == len(rows)):
            progress(len(rows) + done, total)
    session.flush()
    return members, tier_of


def _free_cards(session: Session, count: int, in_file: set[str]) -> list[str]:
    """``count`` random unused in-store numbers, checked a chunk at a time (a query per
    member would flush the session once per row)."""
    found: list[str] = []
    while len(found) < count:
        batch = {card_number_for(secrets.randbelow(10 ** 10))
                 for _ in range(min(LOOKUP_CHUNK, count - len(found)))} - in_file - set(found)
        taken = set(session.scalars(select(Member.card_number)
                                    .where(Member.card_number.in_(sorted(batch)))))
        found.extend(sorted(batch - taken - _blocked(session, sorted(batch))))
    return found[:count]


def _new_member(session: Session, ctx: ServiceContext, row: ParsedRow, now: datetime,
                cards) -> Member:
    joined = ctx.utc_start_of(row.enrolled) if row.enrolled else now
    member = Member(id=uuid.uuid4(), first_name=row.first_name, patronymic=row.patronymic,
                    last_name=row.last_name, email=row.email, birthday=row.birthday,
                    notes=row.notes, language=row.language,
                    card_number=row.card or next(cards),
                    phone=row.phone, consent_at=joined, created_at=joined, updated_at=now,
                    consent_version="import", consent_by=ctx.cashier or "system",
                    balance=0, qualifying_points=0, visits=0,
                    tier_key=ctx.program.tiers[0].key)
    _derived(member)
    session.add(member)
    return member


def _fill(session: Session, ctx: ServiceContext, member: Member, row: ParsedRow) -> None:
    """Merge: what the member lacks is filled in; nothing they have is overwritten."""
    for attr, value in (("patronymic", row.patronymic), ("last_name", row.last_name),
                        ("email", row.email), ("birthday", row.birthday),
                        ("card_number", row.card), ("notes", row.notes),
                        ("language", row.language)):
        if value and not getattr(member, attr):
            setattr(member, attr, value)
    if row.enrolled:
        joined = ctx.utc_start_of(row.enrolled)
        if joined < member.created_at:  # a regular since before this program began
            member.created_at = joined
    _derived(member)
    member.updated_at = ctx.clock()


def _derived(member: Member) -> None:
    member.phone_rev = phone_digits(member.phone)[::-1] if member.phone else None
    member.phone_display = format_phone(member.phone) if member.phone else None
    member.name_key = search_key(member.first_name, member.patronymic, member.last_name)

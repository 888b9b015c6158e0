"""Sending the till's outbox to the shop's server, each row exactly once (issue #17).

Rows go oldest first, enrolments before sales (a sale may name a member enrolled
offline). Each row is recorded in ONE server transaction through the same services as
at the till (sales.record_purchase, members.enrol), as of the till's time of sale, by
its cashier, under the program version the till had in force (the server's current one
if it does not know that version); the outbox row is deleted locally only after the
server committed. So a crash between the server's commit and the local delete sends
the row again, and the server finds its id already there: a no-op, then deleted.

- refused in words (the member was erased meanwhile, a card blocked…): the row is set
  aside with its reason for a manager, and the rest go on;
- a storage error (the server went away again, a full disk): the round stops, what
  the server committed so far is forgotten locally, and the next round retries.

The merge rule for members enrolled offline: the member already on the server with the
same phone (enrolled there meanwhile, or by another offline till first) stays; the
offline id becomes an alias of it (``member_alias``), so every sale naming the alias
lands on the kept member; fields the kept member lacks (patronymic, last name, form of
address, e-mail, birthday, notes) are filled from the offline enrolment. No welcome
bonus twice, both sets of purchases on one member.
"""

from __future__ import annotations

import json
import logging
import uuid
from dataclasses import dataclass, field, replace

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.db.models import Member, MemberAlias, OutboxRow, ProgramVersion, Purchase
from app.domain.errors import DomainError
from app.domain.names import search_key
from app.domain.phones import normalise_phone
from app.domain.program import Line, Program
from app.services import members, outbox, sales
from app.services.context import ServiceContext
from app.services.storage import StorageError
from app.services.unit_of_work import UnitOfWork

log = logging.getLogger(__name__)

ROUND_ROWS = 200  # read from the outbox at a time
FORGET_EVERY = 50  # rows the server committed, forgotten locally in one transaction
# Rows recorded in one server transaction. A row refused in words rolls back that
# transaction whole and its rows go again one by one, and a storage error commits none
# of them: batching never loses or doubles a row, it only saves round trips and commits.
ROWS_PER_TRANSACTION = 20
FILLED = ("patronymic", "last_name", "address_as", "email", "birthday", "notes", "language")


@dataclass
class SendReport:
    sent: int = 0  # recorded on the server now
    already: int = 0  # found there already (a resend after a crash): nothing recorded
    merged: int = 0  # enrolments that became an alias of a member kept
    set_aside: list[tuple[uuid.UUID, str]] = field(default_factory=list)  # (id, code)
    stopped: StorageError | None = None  # the round stopped here; retried later


class Sender:
    def __init__(self, local: UnitOfWork, server: UnitOfWork, server_ctx: ServiceContext):
        self._local = local
        self._server = server
        self._ctx = server_ctx
        self._programs: dict[int, Program] = {}
        self._ids: dict[int, uuid.UUID] = {}  # outbox seq -> client id, for the report

    def send(self) -> SendReport:
        """Send everything waiting, or until the server fails (``report.stopped``)."""
        report = SendReport()
        while report.stopped is None:
            rows = self._local.read(None, lambda s: _detached(outbox.waiting(s, ROUND_ROWS)))
            if not rows:
                break
            self._send_rows(rows, report)
        return report

    def _send_rows(self, rows: list[dict], report: SendReport) -> None:
        sent: list[int] = []
        refused: list[tuple[int, DomainError]] = []
        try:
            for start in range(0, len(rows), ROWS_PER_TRANSACTION):
                batch = rows[start:start + ROWS_PER_TRANSACTION]
                outcomes = self._deliver_together(batch) or self._deliver_alone(batch,
                                                                                refused)
                for row, outcome in outcomes:
                    setattr(report, outcome, getattr(report, outcome) + 1)
                    sent.append(row["seq"])
                if len(sent) >= FORGET_EVERY:
                    self._forget(sent, refused)
                    sent, refused = [], []
        except StorageError as exc:
            report.stopped = exc
            log.warning("sending stopped: %s", exc.code)
        finally:
            self._forget(sent, refused)
            report.set_aside += [(self._ids[seq], e.code) for seq, e in refused]

    def _deliver_together(self, batch: list[dict]) -> list[tuple[dict, str]] | None:
        """Several rows in one server transaction; None when one was refused in words:
        that transaction was rolled back whole, so nothing of it is half-recorded."""
        if len(batch) == 1:
            return None
        # Members locked in one order by every till (each member's own rows oldest
        # first): two tills sending batches at once never deadlock on each other.
        ordered = sorted(batch, key=lambda r: (str(r["member_id"]), r["seq"]))
        try:
            return self._server(None, lambda s: [(r, self._deliver(s, r)) for r in ordered])
        except StorageError:
            raise
        except DomainError:
            return None

    def _deliver_alone(self, batch: list[dict], refused: list[tuple[int, DomainError]]
                       ) -> list[tuple[dict, str]]:
        """Each row in its own transaction: a refused one is set aside, the rest go on."""
        outcomes = []
        for row in batch:
            try:
                outcomes.append((row, self._server(None, lambda s, r=row: self._deliver(s, r))))
            except StorageError:
                raise
            except DomainError as exc:
                log.warning("outbox row %s set aside: %s", row["client_id"], exc.code)
                self._ids[row["seq"]] = row["client_id"]
                refused.append((row["seq"], exc))
        return outcomes

    def _forget(self, sent: list[int], refused: list[tuple[int, DomainError]]) -> None:
        if sent or refused:
            self._local(None, lambda s: outbox.settle(s, sent, refused))

    def _deliver(self, session: Session, row: dict) -> str:
        """Record one row on the server: "sent", "already" or "merged"."""
        if row["kind"] == outbox.ENROL:
            return deliver_enrol(session, self._row_ctx(session, row), row)
        purchases = Purchase.__table__
        if session.connection().execute(select(purchases.c.id).where(
                purchases.c.id == row["client_id"])).first() is not None:
            return "already"  # before the checks: a resend is never refused
        body = row["body"]
        sales.record_purchase(
            session, self._row_ctx(session, row), row["client_id"],
            member_of(session, row["member_id"]), body["amount_minor"],
            body["redeem_points"], body["receipt_number"],
            tuple(Line(**line) for line in body["lines"]),
            outbox.verification_of(body["verification"]), member_view=False)
        return "sent"

    def _row_ctx(self, session: Session, row: dict) -> ServiceContext:
        """The server's context as the till had it when it recorded the row."""
        program, version = self._program(session, row["body"].get("program_version_id"))
        return replace(self._ctx, clock=lambda: row["recorded_at"], program=program,
                       program_version_id=version, cashier=row["body"].get("cashier", ""))

    def _program(self, session: Session, version: int | None) -> tuple[Program, int | None]:
        if version is not None and version not in self._programs:
            stored = session.get(ProgramVersion, version)
            if stored is not None:
                self._programs[version] = Program.from_dict(json.loads(stored.body))
        if version in self._programs:
            return self._programs[version], version
        return self._ctx.program, self._ctx.program_version_id


def member_of(session: Session, member_id: uuid.UUID) -> uuid.UUID:
    """The member a sale lands on: the kept member when ``member_id`` is an alias."""
    alias = session.get(MemberAlias, member_id)
    return alias.member_id if alias is not None else member_id


def deliver_enrol(session: Session, ctx: ServiceContext, row: dict) -> str:
    """Enrol a member recorded offline, or merge them into the member with their phone."""
    member_id = row["client_id"]
    if session.get(Member, member_id) is not None or session.get(MemberAlias, member_id):
        return "already"
    data = outbox.input_of(row["body"]["member"])
    kept = _same_phone(session, ctx, data.phone)
    if kept is None:
        members.enrol(session, ctx, data, member_id)
        return "sent"
    session.add(MemberAlias(alias_id=member_id, member_id=kept.id, created_at=ctx.clock()))
    for name in FILLED:
        if not getattr(kept, name) and getattr(data, name):
            setattr(kept, name, getattr(data, name))
    kept.name_key = search_key(kept.first_name, kept.patronymic, kept.last_name)
    kept.updated_at = ctx.clock()
    session.flush()
    return "merged"


def _same_phone(session: Session, ctx: ServiceContext, phone: str) -> Member | None:
    try:
        number = normalise_phone(phone, ctx.phone_region)
    except DomainError:
        return None  # members.enrol says what is wrong with it
    return session.scalar(select(Member).where(Member.phone == number))


def _detached(rows: list[OutboxRow]) -> list[dict]:
    """Plain values: the rows are sent after their session has closed."""
    return [dict(seq=r.seq, client_id=r.client_id, kind=r.kind, member_id=r.member_id,
                 body=json.loads(r.body), recorded_at=r.recorded_at) for r in rows]

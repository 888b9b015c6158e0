"""The facade the UI and the CLI call: each method is one transaction."""

from __future__ import annotations

import functools
import logging
import sqlite3
import uuid
from dataclasses import replace
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, sessionmaker

from app.db import search_index
from app.db.models import LedgerEntry, Member
from app.domain import roles
from app.domain.errors import DomainError
from app.domain.giving import Verification
from app.domain.program import Line
from app.services import (
    actions,
    audit,
    backups,
    cards,
    care,
    draws,
    giving,
    ledger,
    members,
    privacy,
    program_admin,
    refunds,
    rollups,
    sales,
    staff,
    storage,
    tiers,
)
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
    PurchaseRow,
    RefundResult,
    RefundRow,
    SearchHit,
)
from app.services.settings import Settings

log = logging.getLogger(__name__)


def requires(permission: str):
    """Refuse the call unless the staff member at the till has ``permission``: the
    rule lives here, in the services, not only in which buttons the UI shows."""
    def wrap(method):
        @functools.wraps(method)
        def guarded(self, *args, **kwargs):
            roles.check(self.ctx.role, permission)
            try:
                return method(self, *args, **kwargs)
            except (DBAPIError, sqlite3.Error) as exc:
                # A full disk, a read-only or damaged file: the transaction was rolled
                # back; say so in words instead of a traceback (see services/storage.py).
                error = storage.translate(exc)
                if error is None:
                    raise
                log.error("%s refused by the database: %s", method.__name__, exc)
                raise error from exc
        guarded.permission = permission
        return guarded
    return wrap


class Terminal:
    def __init__(self, sessions: sessionmaker[Session], ctx: ServiceContext, sign_ins=None,
                 settings: Settings | None = None):
        self._sessions = sessions
        self.ctx = ctx
        # Who signed in last on this till (settings.SignInMemory: last(), remember(name)),
        # so the sign-in screen preselects them; None keeps nothing (tests, the CLI).
        self._sign_ins = sign_ins
        # This computer's settings: the backup folder is read from them at every call.
        self._settings = settings if settings is not None else Settings()

    @property
    def program(self):
        return self.ctx.program

    @requires("enrol")
    def enrol(self, data: MemberInput, member_id: uuid.UUID | None = None) -> uuid.UUID:
        with self._sessions.begin() as s:
            return members.enrol(s, self.ctx, data, member_id)

    @requires("edit_member")
    def edit_member(self, member_id: uuid.UUID, data: MemberInput) -> None:
        with self._sessions.begin() as s:
            members.edit(s, self.ctx, member_id, data)

    @requires("find")
    def search(self, query: str, limit: int = members.SEARCH_LIMIT, *,
               refuse_bad_card: bool = False) -> list[SearchHit]:
        with self._sessions.begin() as s:
            return members.search(s, self.ctx, query, limit, refuse_bad_card)

    def searchable(self, query: str) -> bool:
        """Whether ``query`` names or numbers anyone (a paste of symbols or control
        characters does not): only then is "nobody found" an invitation to enrol."""
        return members.searchable(query)

    @requires("find")
    def find_referrer(self, text: str) -> tuple[SearchHit | None, int]:
        with self._sessions.begin() as s:
            return members.find_referrer(s, self.ctx, text)

    @requires("find")
    def find_by_card(self, card: str) -> uuid.UUID:
        with self._sessions.begin() as s:
            try:
                return members.find_by_card(s, card)
            except members.MemberNotFound:
                # Only a miss asks whether the card was replaced: scans stay one seek.
                blocked = cards.blocked_error(s, self.ctx, card.strip())
                if blocked is not None:
                    raise blocked from None
                raise

    @requires("find")
    def member(self, member_id: uuid.UUID) -> MemberView:
        with self._sessions.begin() as s:
            return members.open_member(s, self.ctx, member_id)

    @requires("purchase")
    def record_purchase(self, purchase_id: uuid.UUID, member_id: uuid.UUID, amount_minor: int,
                        redeem_points: int = 0, receipt_number: str = "",
                        lines: tuple[Line, ...] = (),
                        verification: Verification | None = None) -> PurchaseResult:
        """``verification``: how the member was recognised; needed to pay with points."""
        with self._sessions.begin() as s:
            return sales.record_purchase(s, self.ctx, purchase_id, member_id, amount_minor,
                                         redeem_points, receipt_number, tuple(lines),
                                         verification)

    @requires("refund")
    def refund(self, purchase_id: uuid.UUID, reason: str = "") -> RefundResult:
        """Refund all that is left of a purchase; nothing left: ``already_refunded``."""
        try:
            return self.refund_purchase(uuid.uuid4(), purchase_id, reason or "refund")
        except DomainError as exc:
            if exc.code != "refund_nothing_left":
                raise
        with self._sessions.begin() as s:
            balance = s.get(Member, refunds.purchase(s, self.ctx, purchase_id).member_id).balance
        return RefundResult(purchase_id, 0, 0, balance, already_refunded=True)

    @requires("refund")
    def refund_purchase(self, refund_id: uuid.UUID, purchase_id: uuid.UUID, reason: str,
                        amount_minor: int | None = None) -> RefundResult:
        """Refund ``amount_minor`` of a purchase (None: the rest), with a reason; once
        per ``refund_id``."""
        with self._sessions.begin() as s:
            return refunds.refund(s, self.ctx, refund_id, purchase_id, reason, amount_minor)

    @requires("refund")
    def find_purchases(self, member_id: uuid.UUID | None = None, receipt_number: str = "",
                       day=None, limit: int = refunds.FIND_LIMIT) -> list[PurchaseRow]:
        with self._sessions.begin() as s:
            return refunds.find_purchases(s, self.ctx, member_id, receipt_number, day, limit)

    @requires("refund")
    def purchase(self, purchase_id: uuid.UUID) -> PurchaseRow:
        with self._sessions.begin() as s:
            return refunds.purchase(s, self.ctx, purchase_id)

    @requires("refund")
    def refunds_of(self, purchase_id: uuid.UUID) -> list[RefundRow]:
        with self._sessions.begin() as s:
            return refunds.refunds_of(s, purchase_id)

    # ---- member cards (issue #8) ----------------------------------------------------------

    @requires("print_card")
    def card_batch(self, batch: str, member_ids=()) -> cards.CardBatch:
        """The design and the faces of the cards to print. A cashier prints the open
        member's own card ("member"); any other batch is the owner's."""
        member_ids = tuple(member_ids)
        if batch != "member":
            roles.check(self.ctx.role, "cards")
        elif len(member_ids) != 1:
            raise DomainError("card_batch_unknown", "Choose which cards to print.")
        with self._sessions.begin() as s:
            return cards.batch(s, self.ctx, batch, member_ids)

    @requires("print_card")
    def record_card_run(self, run_id: uuid.UUID, printed: cards.CardBatch, layout: str) -> bool:
        """Keep who printed which cards and when (once per ``run_id``)."""
        if printed.batch != "member":
            roles.check(self.ctx.role, "cards")
        with self._sessions.begin() as s:
            return cards.record_run(s, self.ctx, run_id, printed, layout)

    @requires("print_card")
    def print_cards_pdf(self, out, batch: str, member_ids=(), layout: str = "a4",
                        progress=None, cancelled=None) -> tuple[cards.CardBatch, int]:
        """Render a batch to a PDF and record the run; returns (batch, pages). The file
        is written outside any transaction and the run kept only once it is complete."""
        from pathlib import Path

        from app.cards.sheets import write_pdf
        printed = self.card_batch(batch, member_ids)
        pages = write_pdf(Path(out), list(printed.faces), printed.design, layout,
                          progress=progress, cancelled=cancelled)
        self.record_card_run(uuid.uuid4(), printed, layout)
        return printed, pages

    @requires("cards")
    def card_design(self):
        """(version id or None, the design in force)."""
        with self._sessions.begin() as s:
            return cards.current_design(s, self.ctx)

    @requires("cards")
    def save_card_design(self, data: dict, logo: bytes | None) -> int:
        with self._sessions.begin() as s:
            return cards.save_design(s, self.ctx, data, logo)

    @requires("cards")
    def card_runs(self, limit: int = 50):
        with self._sessions.begin() as s:
            return cards.runs(s, self.ctx, limit)

    @requires("cards")
    def new_card_count(self) -> int:
        with self._sessions.begin() as s:
            return cards.count_new(s)

    @requires("replace_card")
    def replace_card(self, member_id: uuid.UUID, reason: str = "lost"):
        with self._sessions.begin() as s:
            return cards.replace_card(s, self.ctx, member_id, reason)

    @requires("find")
    def old_cards(self, member_id: uuid.UUID):
        with self._sessions.begin() as s:
            return cards.old_cards(s, self.ctx, member_id)

    # ---- the program -----------------------------------------------------------------

    @requires("program")
    def save_program(self, data: dict) -> ProgramSaved:
        """Validate and put a new program in force; tiers are re-evaluated in the same
        transaction. On any error the program in force stays as it was."""
        program, version = self.ctx.program, self.ctx.program_version_id
        try:
            with self._sessions.begin() as s:
                saved = program_admin.save(s, self.ctx, data)
                audit.record(s, self.ctx, "program_changed", str(saved.version_id),
                             upgraded=saved.upgraded)
                return saved
        except Exception:
            self.ctx.program, self.ctx.program_version_id = program, version
            raise

    def maintain(self) -> tuple[int, int]:
        """The daily job (also run at start): expire due lots and apply due tier reviews,
        whoever is signed in (it only applies rules already in force),
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

    @requires("help_points")
    def reward_help(self, action_id: uuid.UUID, member_id: uuid.UUID, kind: str,
                    approval: giving.Approval | None = None) -> ActionResult:
        approver = self._approver(approval)
        with self._sessions.begin() as s:
            return actions.reward_help(s, self.ctx, action_id, member_id, kind, approver)

    @requires("donate")
    def donate(self, action_id: uuid.UUID, member_id: uuid.UUID, cause_key: str,
               points: int, verification: Verification | None = None) -> ActionResult:
        """``verification``: how the member was recognised; points are money. The result
        carries the member as they stand afterwards, read in the same transaction."""
        with self._sessions.begin() as s:
            if s.get(LedgerEntry, action_id) is None:  # a repeated submit is not spent again
                giving.check_spending(s, self.ctx, member_id, points, verification,
                                      receipt=False)
            result = actions.donate(s, self.ctx, action_id, member_id, cause_key, points)
            return replace(result, member=members.view(s, self.ctx, member_id))

    @requires("give_reward")
    def give_reward(self, reward_id: uuid.UUID) -> ActionResult:
        with self._sessions.begin() as s:
            return actions.give_reward(s, self.ctx, reward_id)

    @requires("reports")
    def cause_totals(self) -> list[CauseTotal]:
        with self._sessions.begin() as s:
            return actions.cause_totals(s, self.ctx)

    # ---- gifts and service recovery ---------------------------------------------------

    def _approver(self, approval: giving.Approval | None,
                  permission: str = giving.LIFTS_LIMITS):
        """The manager who typed their PIN at the till, checked in a transaction of its
        own so that a wrong PIN is counted (and locks after five) even though it fails."""
        if approval is None:
            return None
        who = self._check_pin(approval.name, approval.pin)
        if not roles.allowed(who.role, permission):
            raise DomainError("approval_not_manager", "This PIN is not a manager's.",
                              field="approval", name=who.name)
        return who

    def _check_pin(self, name: str, pin: str):
        """Who typed this name and PIN, counted as a guess like a sign-in (five wrong ones
        lock the account, whichever till they came from)."""
        with self._sessions.begin() as s:
            guess, failure = self._kept(staff.claim_guess, s, self.ctx, name, pin)
        if failure is not None:
            raise failure
        matched = staff.pin_matches(guess, pin)
        with self._sessions.begin() as s:
            session, failure = self._kept(staff.settle_guess, s, self.ctx, guess, pin, matched)
        if failure is not None:
            raise failure
        return session

    @requires("gift")
    def give_gift(self, gift_id: uuid.UUID, member_id: uuid.UUID, data,
                  approval: giving.Approval | None = None):
        """A cashier gives within a limit; above it a manager at the till, or a manager's
        PIN typed on the spot (``approval``), is needed (services/giving.py)."""
        approver = self._approver(approval)
        with self._sessions.begin() as s:
            return care.give_gift(s, self.ctx, gift_id, member_id, data, approver)

    @requires("gift")
    def long_wait(self, gift_id: uuid.UUID, member_id: uuid.UUID,
                  approval: giving.Approval | None = None):
        approver = self._approver(approval)
        with self._sessions.begin() as s:
            return care.long_wait(s, self.ctx, gift_id, member_id, approver)

    @requires("gift")
    def confirm_said(self, gift_id: uuid.UUID) -> None:
        with self._sessions.begin() as s:
            care.confirm_said(s, self.ctx, gift_id)

    @requires("complaint")
    def record_complaint(self, complaint_id: uuid.UUID, member_id: uuid.UUID | None, data,
                         approval: giving.Approval | None = None):
        approver = self._approver(approval)
        with self._sessions.begin() as s:
            return care.record_complaint(s, self.ctx, complaint_id, member_id, data, approver)

    @requires("complaints_manage")
    def close_complaint(self, complaint_id: uuid.UUID, follow_up: str):
        with self._sessions.begin() as s:
            return care.close_complaint(s, self.ctx, complaint_id, follow_up)

    @requires("complaints_manage")
    def complaints(self, status: str | None = None, member_id: uuid.UUID | None = None):
        with self._sessions.begin() as s:
            return care.complaints(s, self.ctx, status, member_id)

    @requires("reports")
    def gift_report(self, start, end):
        with self._sessions.begin() as s:
            return care.gift_report(s, self.ctx, start, end)

    # ---- the prize draw and program health --------------------------------------------

    @requires("draw")
    def run_draw(self, name: str, prizes: list[str], min_points: int, basis: str = "balance",
                 start=None, end=None, seed: int | None = None,
                 draw_id: uuid.UUID | None = None) -> DrawResult:
        with self._sessions.begin() as s:
            result = draws.run(s, self.ctx, name, prizes, min_points, basis, start, end, seed,
                               draw_id)
            audit.record(s, self.ctx, "draw", result.draw_id.hex, seed=result.seed,
                         eligible=result.eligible, winners=len(result.winners))
            return result

    @requires("draw")
    def verify_draw(self, draw_id: uuid.UUID) -> tuple[bool, str]:
        with self._sessions.begin() as s:
            return draws.verify(s, self.ctx, draw_id)

    @requires("draw")
    def draws(self) -> list[DrawResult]:
        with self._sessions.begin() as s:
            return draws.list_draws(s, self.ctx)

    @requires("reports")
    def program_health(self):
        with self._sessions.begin() as s:
            return draws.program_health(s, self.ctx)

    # ---- staff, audit, personal data ---------------------------------------------------

    def has_staff(self) -> bool:
        with self._sessions.begin() as s:
            return staff.has_staff(s)

    def staff_names(self) -> list[str]:
        """Who can sign in here (names only: the sign-in screen shows them)."""
        with self._sessions.begin() as s:
            return [name for _id, name, _role, active, _locked in staff.listing(s) if active]

    def last_signed_in(self) -> str | None:
        """The name last signed in on this till, if remembered and still able to sign in."""
        name = self._sign_ins.last() if self._sign_ins is not None else None
        return name if name in self.staff_names() else None

    def create_owner(self, name: str, pin: str):
        """First run: the first account is the owner, who is then at the till."""
        with self._sessions.begin() as s:
            session = staff.create_owner(s, self.ctx, name, pin)
        self._sign_in(session)
        return session

    def login(self, name: str, pin: str):
        """Switch the person at the till. A wrong PIN is counted even though it fails.
        Two short transactions around the PIN check, which runs outside both (see
        services/staff.py: it would hold the write lock every till's sale needs)."""
        session = self._check_pin(name, pin)
        self._sign_in(session)
        return session

    @staticmethod
    def _kept(step, *args):
        """Run ``step``; a refusal is returned, not raised, so the transaction around it
        commits what it recorded (the guess spent, the audit row)."""
        try:
            return step(*args), None
        except DomainError as exc:
            return None, exc

    def lock(self) -> None:
        """Nobody at the till (idle lock, or the cashier stepped away)."""
        self.ctx.staff = None
        self.ctx.cashier = ""

    def _sign_in(self, session) -> None:
        self.ctx.staff = session
        self.ctx.cashier = session.name
        if self._sign_ins is not None:
            self._sign_ins.remember(session.name)

    @requires("staff")
    def add_staff(self, name: str, pin: str, role: str):
        with self._sessions.begin() as s:
            return staff.add(s, self.ctx, name, pin, role)

    @requires("staff")
    def reset_pin(self, name: str, pin: str):
        """`regulars staff reset-pin NAME`: a new PIN and no lock, for a shop whose only
        owner is locked out or forgot it; needs the database file itself. Audited."""
        with self._sessions.begin() as s:
            return staff.reset_pin(s, self.ctx, name, pin)

    @requires("staff")
    def change_pin(self, staff_id: uuid.UUID, pin: str) -> None:
        with self._sessions.begin() as s:
            staff.change_pin(s, self.ctx, staff_id, pin)

    @requires("staff")
    def set_staff_active(self, staff_id: uuid.UUID, active: bool) -> None:
        with self._sessions.begin() as s:
            staff.set_active(s, self.ctx, staff_id, active)

    @requires("unlock_staff")
    def unlock_staff(self, staff_id: uuid.UUID) -> None:
        with self._sessions.begin() as s:
            staff.unlock(s, self.ctx, staff_id)

    @requires("unlock_staff")
    def staff_list(self):
        with self._sessions.begin() as s:
            return staff.listing(s)

    @requires("audit_view")
    def audit_log(self, action: str | None = None, staff_name: str | None = None,
                  since=None, until=None, limit: int = 1000):
        with self._sessions.begin() as s:
            return audit.entries(s, action, staff_name, since, until, limit)

    @requires("withdraw_consent")
    def set_opt_ins(self, member_id: uuid.UUID, sms: bool, email: bool) -> None:
        with self._sessions.begin() as s:
            privacy.set_opt_ins(s, self.ctx, member_id, sms, email)

    @requires("withdraw_consent")
    def withdraw_consent(self, member_id: uuid.UUID,
                         approval: giving.Approval | None = None) -> None:
        """Withdrawing consent to processing leaves nothing to process: the member is
        anonymised for good, as on an erasure request. It cannot be undone, so a cashier
        records it only with a manager's PIN typed on the spot (``approval``)."""
        approver = None
        if not roles.allowed(self.ctx.role, "withdraw_consent_alone"):
            if approval is None:
                raise DomainError("needs_manager_pin", "A manager's PIN is needed for this.",
                                  field="approval")
            approver = self._approver(approval, "withdraw_consent_alone")
        self._erase(member_id, "consent to processing withdrawn", withdrawn=True,
                    approved_by=approver.name if approver else "")

    @requires("erase")
    def erase_member(self, member_id: uuid.UUID, reason: str) -> None:
        self._erase(member_id, reason)

    def _erase(self, member_id: uuid.UUID, reason: str, withdrawn: bool = False,
               approved_by: str = "") -> None:
        with self._sessions.begin() as s:
            privacy.erase(s, self.ctx, member_id, reason, withdrawn, approved_by)
        with self._sessions.begin() as s:
            privacy.checkpoint(s)

    @requires("subject_access")
    def subject_access(self, member_id: uuid.UUID) -> dict:
        with self._sessions.begin() as s:
            return privacy.subject_access(s, self.ctx, member_id)

    @requires("adjust_points")
    def adjust_points(self, entry_id: uuid.UUID, member_id: uuid.UUID, points: int,
                      reason: str) -> int:
        with self._sessions.begin() as s:
            return privacy.adjust_points(s, self.ctx, entry_id, member_id, points, reason)

    @requires("backup")
    def list_backups(self) -> list[backups.BackupRow]:
        """The backups kept for this database, newest first."""
        return backups.rows(backups.database_file(self._engine), self._settings)

    @requires("backup")
    def backup_folder(self) -> Path:
        return backups.folder(backups.database_file(self._engine), self._settings)

    @requires("backup")
    def choose_backup_folder(self, folder: Path | str) -> None:
        """Keep backups (and restores' safety copies) in ``folder`` from now on."""
        backups.choose_folder(self._settings, folder)

    @requires("backup")
    def backup_now(self) -> backups.BackupRow:
        row = backups.backup_now(backups.database_file(self._engine), self._settings)
        with self._sessions.begin() as s:
            audit.record(s, self.ctx, "backup", row.path.name, size=row.size)
        return row

    @requires("backup")
    def restore_backup(self, source) -> backups.Restored:
        """Put a backup in place of the database (a safety copy of it is kept), then
        sign out: the staff, PINs and program are the backup's now."""
        result = backups.restore(self._engine, self._sessions, self.ctx, self._settings,
                                 Path(source))
        self.lock()
        return result

    @property
    def _engine(self):
        return self._sessions.kw["bind"]

    @requires("backup")
    def audit_backup(self, action: str, target: str, **details) -> None:
        """Backups and restores happen on files, outside any use case; they are audited."""
        with self._sessions.begin() as s:
            audit.record(s, self.ctx, action, target, **details)

    @requires("export")
    def export_data(self, kind: str, fmt: str, path, progress=None):
        """Stream members, purchases or the ledger to ``path`` (see services/exports.py),
        then audit it in a transaction of its own. No export leaves unrecorded: if the
        audit cannot be written, the file is removed."""
        from app.services import exports
        with self._sessions.begin() as s:
            result = exports.export(s, self.ctx, kind, fmt, path, progress)
        if not result.cancelled:
            try:
                with self._sessions.begin() as s:
                    audit.record(s, self.ctx, "export", kind, format=fmt, rows=result.rows,
                                 file=result.path.name)
            except BaseException:
                result.path.unlink(missing_ok=True)
                raise
        return result

    @requires("find")
    def member_count(self) -> int:
        with self._sessions.begin() as s:
            return s.scalar(select(func.count()).select_from(Member))

    @requires("maintain")
    def check(self) -> CheckReport:
        with self._sessions.begin() as s:
            problems = storage.file_problems(s.connection())
            problems += ledger.mismatches(s)
            problems += search_index.integrity_problems(s.connection())
            problems += cards.problems(s)
            problems += rollups.mismatches(s, self.ctx)
            problems += refunds.mismatches(s)
            return CheckReport(s.scalar(select(func.count()).select_from(Member)),
                               s.scalar(select(func.count()).select_from(LedgerEntry)),
                               problems)

    # ---- manager reports (issue #7) -------------------------------------------------

    @requires("reports")
    def report(self, period, filters=None, with_top: bool = True):
        """The manager's report for ``period`` (app.domain.report_periods.Period);
        ``with_top=False`` leaves out the top members (the dashboard asks for them next)."""
        from app.services import reports
        with self._sessions.begin() as s:
            return reports.report(s, self.ctx, period, filters, with_top)

    @requires("reports")
    def report_rollups_missing(self) -> bool:
        """True when the report rollups were never built from the history (a shop
        upgrading): the first report builds them, minutes at a million members."""
        with self._sessions.begin() as s:
            return bool(rollups.missing(s))

    @requires("reports")
    def build_report_rollups(self, progress=None) -> bool:
        """Build the rollups never built, reporting (rows done, rows in all) to
        ``progress``, which may return False to stop: then nothing is kept and this
        returns False."""
        try:
            with self._sessions.begin() as s:
                rollups.ensure_built(s, self.ctx, progress)
        except rollups.BuildCancelled:
            return False
        return True

    @requires("reports")
    def report_grouped(self, period, filters=None):
        """What ``report(with_top=False)`` left out: (top by revenue, top by visits,
        buyers, repeat buyers); the last two None when the report had them."""
        from app.domain.report_figures import ReportFilter
        from app.services import reports
        with self._sessions.begin() as s:
            return reports.grouped(s, self.ctx, period, filters or ReportFilter())

    @requires("reports")
    def report_top_members(self, period, filters=None):
        from datetime import timedelta

        from app.domain.report_figures import ReportFilter
        from app.services import reports
        a = self.ctx.utc_start_of(period.start)
        b = self.ctx.utc_start_of(period.end + timedelta(days=1))
        with self._sessions.begin() as s:
            return reports.top_members(s, a, b, filters or ReportFilter())

    @requires("reports")
    def report_filter_choices(self) -> dict:
        from app.services import reports
        with self._sessions.begin() as s:
            return reports.filter_choices(s, self.ctx)

    @requires("demo")
    def add_demo_members(self, count: int, seed: int = 1, progress=None,
                         showcase: bool = False) -> int:
        """Add ``count`` demo members (in batches, one transaction per batch).
        ``showcase`` (the first start, `regulars demo`): an empty shop whose points never
        expire gets a program where they expire after 365 days, so points about to expire
        are there to see; the bench keeps the shipped program it measures."""
        from app.services import demo
        if showcase and self.member_count() == 0:
            with self._sessions.begin() as s:
                if demo.showcase_expiry(s, self.ctx):
                    audit.record(s, self.ctx, "program_changed", str(self.ctx.program_version_id),
                                 reason="demo showcase: points expire after 365 days")
        added = demo.fill(self._sessions, self.ctx, count, seed, progress,
                          start=self.member_count())
        with self._sessions.begin() as s:  # demo rows are bulk-written, past the rollups
            rollups.rebuild(s, self.ctx)
        return added

    # ---- members from another system -------------------------------------------------

    @requires("import")
    def import_peek(self, path, encoding: str | None = None):
        """The file's headers and rows (decoded as ``encoding``, else as detected), and
        the mapping guessed from its headers."""
        from pathlib import Path

        from app.domain.importing import guess_mapping
        from app.services import importer
        table = importer.read_table(Path(path), encoding)
        return table, guess_mapping(table.headers)

    @requires("import")
    def import_members(self, path, mapping: dict[str, str] | None = None,
                       duplicates: str = "skip", valid_only: bool = False,
                       dry_run: bool = False, progress=None, table=None):
        """Dry run, or import in one transaction: all-or-nothing refuses (writes nothing)
        when any row is rejected; a ``progress`` callback that raises
        ``importer.ImportCancelled`` rolls everything back."""
        from pathlib import Path

        from app.domain.importing import guess_mapping
        from app.services import importer
        table = table or importer.read_table(Path(path))
        mapping = mapping if mapping is not None else guess_mapping(table.headers)
        with self._sessions.begin() as s:
            return importer.run(s, self.ctx, table, mapping, duplicates, valid_only, dry_run,
                                progress)

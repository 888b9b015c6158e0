"""What the owner does: the program, staff accounts, backups, the daily upkeep and
`regulars check`, demo data, personal data (erasure, consent, subject access) and
corrections of points. Each method is one unit of work (services/unit_of_work.py)."""

from __future__ import annotations

import uuid
from pathlib import Path

from sqlalchemy import Engine

from app.domain import roles
from app.domain.errors import DomainError
from app.domain.shop import Shop
from app.services import (
    audit,
    backups,
    consistency,
    giving,
    ledger,
    members,
    privacy,
    program_admin,
    rollups,
    shop_settings,
    staff,
    tiers,
    upkeep_lease,
)
from app.services.context import ServiceContext
from app.services.dto import CheckReport, ProgramSaved
from app.services.settings import Settings
from app.services.shop_changes import ShopChanges
from app.services.sign_in import SignIn
from app.services.unit_of_work import UnitOfWork


class Administration:
    def __init__(self, uow: UnitOfWork, ctx: ServiceContext, engine: Engine, sessions,
                 sign_in: SignIn, settings: Settings, changes: ShopChanges | None = None):
        self._uow = uow
        self._ctx = ctx
        self._engine = engine  # what backups copy or dump (services/backups.py)
        self._settings = settings  # where backups go (services/backups.py)
        self._sessions = sessions  # a restore and the demo filler open their own
        self._sign_in = sign_in  # a restore signs everyone out
        self._changes = changes  # what other tills change (services/shop_changes.py)

    # ---- the program and the daily upkeep ----------------------------------------------

    def save_program(self, data: dict) -> ProgramSaved:
        """Validate and put a new program in force; tiers are re-evaluated in the same
        transaction. On any error the program in force stays as it was."""
        self._uow.check("program")
        return self._keeping_program("program", lambda s: program_admin.save(s, self._ctx, data))

    def shop(self) -> Shop:
        """The shop's name, phone region and currency (services/shop_settings.py)."""
        self._uow.check("settings")
        return shop_settings.current(self._ctx)

    def purchases_recorded(self) -> bool:
        """Whether the currency is fixed by the purchases already kept in it."""
        return self._uow.read("settings", shop_settings.has_purchases)

    def save_shop(self, shop: Shop) -> Shop:
        """The owner's change of the shop's settings, put in force like a program."""
        self._uow.check("settings")
        return self._keeping_program("settings",
                                     lambda s: shop_settings.change(s, self._ctx, shop))

    def set_till_language(self, code: str) -> None:
        """This till's language, kept in this computer's settings (from the next start)."""
        self._uow.check("settings")
        self._settings.set_lang(code)

    def _keeping_program(self, permission: str, work):
        """``work`` may put a new program in force; refused, the one before stays."""
        program, version = self._ctx.program, self._ctx.program_version_id
        try:
            return self._uow(permission, work)
        except Exception:
            self._ctx.program, self._ctx.program_version_id = program, version
            raise

    def refresh(self) -> bool:
        """Take in now what other tills changed (a program saved, a cashier switched
        off): the till's timer calls this every few seconds; units of work do it too.
        True if something changed here."""
        return self._changes.follow() if self._changes is not None else False

    def maintain(self) -> tuple[int, int]:
        """The daily job (also run at start): expire due lots and apply due tier reviews,
        whoever is signed in (it only applies rules already in force), in short
        transactions so the till is never blocked for long. Only the till holding the
        shop's upkeep lease does it (services/upkeep_lease.py): each batch renews the
        lease first, in its own transaction; on another till this returns (0, 0).
        Returns (lots expired, members reviewed)."""
        expired = reviewed = 0
        while n := self._uow(None, lambda s: self._leased(s, ledger.expire_due)):
            expired += n
        while n := self._uow(None, lambda s: self._leased(s, tiers.review_due)):
            reviewed += n
        return expired, reviewed

    def take_upkeep(self) -> bool:
        """Take (or renew) the shop's upkeep for this till: True if this till does the
        upkeep and the scheduled backup now, False while another till does."""
        return self._uow(None, lambda s: upkeep_lease.take(s, self._ctx))

    def _leased(self, session, batch) -> int:
        return batch(session, self._ctx) if upkeep_lease.take(session, self._ctx) else 0

    def check(self) -> CheckReport:
        return self._uow("maintain", lambda s: consistency.check(s, self._ctx))

    def add_demo_members(self, count: int, seed: int = 1, progress=None,
                         showcase: bool = False) -> int:
        """Add ``count`` demo members (in batches, one transaction per batch).
        ``showcase`` (the first start, `regulars demo`): an empty shop whose points never
        expire gets a program where they expire after 365 days, so points about to expire
        are there to see; the bench keeps the shipped program it measures."""
        # Lazy: demo loads Faker, which only demo data needs.
        from app.services import demo
        self._uow.check("demo")
        if showcase and self._uow("find", members.count) == 0:
            self._uow("demo", lambda s: demo.showcase_expiry(s, self._ctx))
        start = self._uow("find", members.count)
        added = self._uow.outside("demo", lambda: demo.fill(self._sessions, self._ctx, count,
                                                            seed, progress, start=start))
        # Demo rows are bulk-written, past the rollups.
        self._uow("demo", lambda s: rollups.rebuild(s, self._ctx))
        return added

    # ---- staff accounts ----------------------------------------------------------------

    def add_staff(self, name: str, pin: str, role: str):
        return self._uow("staff", lambda s: staff.add(s, self._ctx, name, pin, role))

    def reset_pin(self, name: str, pin: str):
        """`regulars staff reset-pin NAME`: a new PIN and no lock, for a shop whose only
        owner is locked out or forgot it; needs the database file itself. Audited."""
        return self._uow("staff", lambda s: staff.reset_pin(s, self._ctx, name, pin))

    def change_pin(self, staff_id: uuid.UUID, pin: str) -> None:
        self._uow("staff", lambda s: staff.change_pin(s, self._ctx, staff_id, pin))

    def set_staff_active(self, staff_id: uuid.UUID, active: bool) -> None:
        self._uow("staff", lambda s: staff.set_active(s, self._ctx, staff_id, active))

    def unlock_staff(self, staff_id: uuid.UUID) -> None:
        self._uow("unlock_staff", lambda s: staff.unlock(s, self._ctx, staff_id))

    def staff_list(self):
        return self._uow("unlock_staff", staff.listing)

    # ---- personal data and corrections -------------------------------------------------

    def set_opt_ins(self, member_id: uuid.UUID, sms: bool, email: bool) -> None:
        self._uow("withdraw_consent", lambda s: privacy.set_opt_ins(s, self._ctx, member_id,
                                                                    sms, email))

    def withdraw_consent(self, member_id: uuid.UUID,
                         approval: giving.Approval | None = None) -> None:
        """Withdrawing consent to processing leaves nothing to process: the member is
        anonymised for good, as on an erasure request. It cannot be undone, so a cashier
        records it only with a manager's PIN typed on the spot (``approval``)."""
        self._uow.check("withdraw_consent")
        approver = None
        if not roles.allowed(self._ctx.role, "withdraw_consent_alone"):
            if approval is None:
                raise DomainError("needs_manager_pin", "A manager's PIN is needed for this.",
                                  field="approval")
            approver = giving.approver(self._uow, self._ctx, approval, "withdraw_consent_alone")
        self._erase("withdraw_consent", member_id, "consent to processing withdrawn",
                    withdrawn=True, approved_by=approver.name if approver else "")

    def erase_member(self, member_id: uuid.UUID, reason: str) -> None:
        self._erase("erase", member_id, reason)

    def _erase(self, permission: str, member_id: uuid.UUID, reason: str,
               withdrawn: bool = False, approved_by: str = "") -> None:
        self._uow(permission, lambda s: privacy.erase(s, self._ctx, member_id, reason,
                                                      withdrawn, approved_by))
        # Not a write transaction: SQLite cannot checkpoint inside one (it holds the lock).
        self._uow.read(permission, privacy.checkpoint)

    def subject_access(self, member_id: uuid.UUID) -> dict:
        return self._uow("subject_access", lambda s: privacy.subject_access(s, self._ctx,
                                                                            member_id))

    def adjust_points(self, entry_id: uuid.UUID, member_id: uuid.UUID, points: int,
                      reason: str) -> int:
        return self._uow("adjust_points", lambda s: privacy.adjust_points(
            s, self._ctx, entry_id, member_id, points, reason))

    # ---- backups -----------------------------------------------------------------------

    def list_backups(self) -> list[backups.BackupRow]:
        """The backups kept for this database, newest first."""
        return self._uow.outside("backup", lambda: backups.rows(self._source(),
                                                                 self._settings))

    def backup_folder(self) -> Path:
        return self._uow.outside("backup", lambda: backups.folder(self._source(),
                                                                   self._settings))

    def restore_elsewhere(self) -> str | None:
        """None when a backup is restored here, in place (the SQLite file); for a shop's
        server, the command that restores one into a new, empty database instead."""
        source = self._source()
        return self._uow.outside("backup", lambda: None if source.in_place
                                 else source.restore_command())

    def choose_backup_folder(self, folder: Path | str) -> None:
        """Keep backups (and restores' safety copies) in ``folder`` from now on."""
        self._uow.outside("backup", lambda: backups.choose_folder(self._settings, folder))

    def backup_now(self) -> backups.BackupRow:
        row = self._uow.outside("backup", lambda: backups.backup_now(self._source(),
                                                                      self._settings))
        self.audit_backup("backup", row.path.name, size=row.size)
        return row

    def restore_backup(self, source) -> backups.Restored:
        """Put a backup in place of the database (a safety copy of it is kept), then
        sign out: the staff, PINs and program are the backup's now. Refused on a shop's
        server (backups.restore says why)."""
        result = self._uow.outside("backup", lambda: backups.restore(
            self._engine, self._sessions, self._ctx, self._settings, Path(source)))
        self._sign_in.lock()
        return result

    def _source(self) -> backups.Source:
        return backups.of(self._engine)

    def audit_backup(self, action: str, target: str, **details) -> None:
        """Backups and restores happen on files, outside any use case; they are audited."""
        self._uow("backup", lambda s: audit.record(s, self._ctx, action, target, **details))

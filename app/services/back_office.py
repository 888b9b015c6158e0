"""What a manager does away from the counter: reports, exports and imports, card
batches and designs, the prize draw, program health, complaints, the audit log.
Each method is one unit of work (services/unit_of_work.py) around a service function."""

from __future__ import annotations

import uuid
from datetime import timedelta
from pathlib import Path

from sqlalchemy.orm import Session

from app.cards.sheets import write_pdf
from app.domain.errors import DomainError
from app.domain.importing import guess_mapping
from app.domain.report_figures import ReportFilter
from app.services import actions, audit, cards, care, draws, importer, reports, rollups
from app.services.context import ServiceContext
from app.services.dto import CauseTotal, DrawResult
from app.services.unit_of_work import UnitOfWork


class BackOffice:
    def __init__(self, uow: UnitOfWork, ctx: ServiceContext):
        self._uow = uow
        self._ctx = ctx

    # ---- member cards (issue #8) -------------------------------------------------------

    def card_batch(self, batch: str, member_ids=()) -> cards.CardBatch:
        """The design and the faces of the cards to print. A cashier prints the open
        member's own card ("member"); any other batch is the owner's."""
        self._uow.check("print_card")
        member_ids = tuple(member_ids)
        if batch != "member":
            self._uow.check("cards")
        elif len(member_ids) != 1:
            raise DomainError("card_batch_unknown", "Choose which cards to print.")
        return self._uow("print_card", lambda s: cards.batch(s, self._ctx, batch, member_ids))

    def record_card_run(self, run_id: uuid.UUID, printed: cards.CardBatch, layout: str) -> bool:
        """Keep who printed which cards and when (once per ``run_id``)."""
        self._uow.check("print_card")
        if printed.batch != "member":
            self._uow.check("cards")
        return self._uow("print_card", lambda s: cards.record_run(s, self._ctx, run_id, printed,
                                                                  layout))

    def print_cards_pdf(self, out, batch: str, member_ids=(), layout: str = "a4",
                        progress=None, cancelled=None) -> tuple[cards.CardBatch, int]:
        """Render a batch to a PDF and record the run; returns (batch, pages). The file
        is written outside any transaction and the run kept only once it is complete."""
        self._uow.check("print_card")
        printed = self.card_batch(batch, member_ids)
        pages = self._uow.outside("print_card", lambda: write_pdf(
            Path(out), list(printed.faces), printed.design, layout,
            progress=progress, cancelled=cancelled))
        self.record_card_run(uuid.uuid4(), printed, layout)
        return printed, pages

    def card_design(self):
        """(version id or None, the design in force)."""
        return self._uow("cards", lambda s: cards.current_design(s, self._ctx))

    def save_card_design(self, data: dict, logo: bytes | None) -> int:
        return self._uow("cards", lambda s: cards.save_design(s, self._ctx, data, logo))

    def card_runs(self, limit: int = 50):
        return self._uow("cards", lambda s: cards.runs(s, self._ctx, limit))

    def new_card_count(self) -> int:
        return self._uow("cards", cards.count_new)

    # ---- the prize draw, program health, charity ---------------------------------------

    def run_draw(self, name: str, prizes: list[str], min_points: int, basis: str = "balance",
                 start=None, end=None, seed: int | None = None,
                 draw_id: uuid.UUID | None = None) -> DrawResult:
        return self._uow("draw", lambda s: draws.run(s, self._ctx, name, prizes, min_points,
                                                     basis, start, end, seed, draw_id))

    def verify_draw(self, draw_id: uuid.UUID) -> tuple[bool, str]:
        return self._uow("draw", lambda s: draws.verify(s, self._ctx, draw_id))

    def draws(self) -> list[DrawResult]:
        return self._uow("draw", lambda s: draws.list_draws(s, self._ctx))

    def program_health(self):
        return self._uow("reports", lambda s: draws.program_health(s, self._ctx))

    def cause_totals(self) -> list[CauseTotal]:
        return self._uow("reports", lambda s: actions.cause_totals(s, self._ctx))

    # ---- complaints, gifts, the audit log ----------------------------------------------

    def close_complaint(self, complaint_id: uuid.UUID, follow_up: str):
        return self._uow("complaints_manage", lambda s: care.close_complaint(
            s, self._ctx, complaint_id, follow_up))

    def complaints(self, status: str | None = None, member_id: uuid.UUID | None = None):
        return self._uow("complaints_manage", lambda s: care.complaints(s, self._ctx, status,
                                                                        member_id))

    def gift_report(self, start, end):
        return self._uow("reports", lambda s: care.gift_report(s, self._ctx, start, end))

    def audit_log(self, action: str | None = None, staff_name: str | None = None,
                  since=None, until=None, limit: int = 1000):
        return self._uow("audit_view", lambda s: audit.entries(s, action, staff_name, since,
                                                               until, limit))

    # ---- manager reports (issue #7) ----------------------------------------------------

    def report(self, period, filters=None, with_top: bool = True):
        """The manager's report for ``period`` (app.domain.report_periods.Period);
        ``with_top=False`` leaves out the top members (the dashboard asks for them next)."""
        return self._uow("reports", lambda s: reports.report(s, self._ctx, period, filters,
                                                             with_top))

    def report_rollups_missing(self) -> bool:
        """True when the report rollups were never built from the history (a shop
        upgrading): the first report builds them, minutes at a million members."""
        return self._uow("reports", lambda s: bool(rollups.missing(s)))

    def build_report_rollups(self, progress=None) -> bool:
        """Build the rollups never built, reporting (rows done, rows in all) to
        ``progress``, which may return False to stop: then nothing is kept and this
        returns False."""
        try:
            self._uow("reports", lambda s: rollups.ensure_built(s, self._ctx, progress))
        except rollups.BuildCancelled:
            return False
        return True

    def report_grouped(self, period, filters=None):
        """What ``report(with_top=False)`` left out: (top by revenue, top by visits,
        buyers, repeat buyers); the last two None when the report had them."""
        return self._uow("reports", lambda s: reports.grouped(s, self._ctx, period,
                                                              filters or ReportFilter()))

    def report_top_members(self, period, filters=None):
        self._uow.check("reports")
        a = self._ctx.utc_start_of(period.start)
        b = self._ctx.utc_start_of(period.end + timedelta(days=1))
        return self._uow("reports", lambda s: reports.top_members(s, a, b,
                                                                  filters or ReportFilter()))

    def report_filter_choices(self) -> dict:
        return self._uow("reports", lambda s: reports.filter_choices(s, self._ctx))

    # ---- exports and members from another system ---------------------------------------

    def export_data(self, kind: str, fmt: str, path, progress=None):
        """Stream members, purchases or the ledger to ``path`` (see services/exports.py),
        then audit it in a transaction of its own. No export leaves unrecorded: if the
        audit cannot be written, the file is removed."""
        # Lazy: exports loads openpyxl, which the till does not need to start.
        from app.services import exports
        result = self._uow("export", lambda s: exports.export(s, self._ctx, kind, fmt, path,
                                                              progress))
        if not result.cancelled:
            try:
                self._uow("export", lambda s: audit.record(
                    s, self._ctx, "export", kind, format=fmt, rows=result.rows,
                    file=result.path.name))
            except BaseException:
                result.path.unlink(missing_ok=True)
                raise
        return result

    def import_peek(self, path, encoding: str | None = None):
        """The file's headers and rows (decoded as ``encoding``, else as detected), and
        the mapping guessed from its headers."""
        table = self._uow.outside("import", lambda: importer.read_table(Path(path), encoding))
        return table, guess_mapping(table.headers)

    def import_members(self, path, mapping: dict[str, str] | None = None,
                       duplicates: str = "skip", valid_only: bool = False,
                       dry_run: bool = False, progress=None, table=None):
        """Dry run, or import in one transaction: all-or-nothing refuses (writes nothing)
        when any row is rejected; a ``progress`` callback that raises
        ``importer.ImportCancelled`` rolls everything back."""
        self._uow.check("import")
        table = table or self._uow.outside("import", lambda: importer.read_table(Path(path)))
        mapping = mapping if mapping is not None else guess_mapping(table.headers)

        def run(s: Session):
            return importer.run(s, self._ctx, table, mapping, duplicates, valid_only, dry_run,
                                progress)
        return self._uow("import", run)


"""Commands that write or read whole files: backups and restores of the database, member
cards to a PDF, data exports, and the manager's report for a period."""

from __future__ import annotations

import uuid
from pathlib import Path

from app.bootstrap import open_app, resolve_db
from app.cli_args import PercentOnStderr, UsageError, common_options, iso_day
from app.cli_words import _
from app.domain.cards import looks_like_card
from app.domain.report_figures import ReportFilter
from app.domain.report_periods import period_for
from app.launch import report_writer, sqlite_file
from app.services import backups
from app.services.context import SYSTEM
from app.services.settings import Settings, system_language
from app.services.startup import server_name


def add_parsers(sub, common) -> None:
    backup = sub.add_parser("backup", parents=[common], help=_(
        "a verified copy of the database (default: the backups folder)"))
    backup.add_argument("--out", help=_("write the backup to this file"))
    restore = sub.add_parser("restore", parents=[common], help=_(
        "replace the database with a backup, after a safety copy; a PostgreSQL dump goes "
        "into a new, empty database"))
    restore.add_argument("file", help=_("the backup file to restore"))
    restore.add_argument("--create", action="store_true", help=_(
        "PostgreSQL: create the (new, empty) database to restore into"))
    cards = sub.add_parser("cards", parents=[common], help=_(
        "member cards to a PDF: A4 sheets of ten or one card a page"))
    cards.add_argument("--members", default="new", help=_(
        "new (never printed with their current number), all, tier:KEY, or member ids / "
        "card numbers separated by commas"))
    cards.add_argument("--layout", choices=("a4", "single"), default="a4", help=_(
        "a4: 2 x 5 cards with crop marks; single: one card a page (card printers)"))
    cards.add_argument("--out", required=True, help=_("the PDF file to write"))
    export = sub.add_parser("export", parents=[common], help=_(
        "all members, purchases or ledger rows to CSV, XLSX or JSON"))
    export.add_argument("what", choices=("members", "purchases", "ledger"),
                        help=_("what to export"))
    export.add_argument("--format", choices=("csv", "xlsx", "json"),
                        help=_("default: from the --out file's extension"))
    export.add_argument("--out", required=True, help=_("the file to write"))
    _report_parser(sub)


def _report_parser(sub) -> None:
    # Its --till is the filter (its own dest), not the shared "this till's name", which
    # goes before the command here: `regulars --till NAME report … --till ID`.
    report = sub.add_parser("report", parents=[common_options(top=False, till=False)],
                            help=_("the manager's report for a period to CSV, XLSX or PDF"))
    report.add_argument("--from", dest="start", metavar="YYYY-MM-DD", required=True,
                        help=_("first day of the period"))
    report.add_argument("--to", dest="end", metavar="YYYY-MM-DD", required=True,
                        help=_("last day of the period (inclusive)"))
    report.add_argument("--format", choices=("csv", "xlsx", "pdf"),
                        help=_("default: from the --out file's extension"))
    report.add_argument("--out", required=True, help=_("the file to write"))
    report.add_argument("--till", dest="only_till", help=_("only this till (its id)"))
    report.add_argument("--cashier", help=_("only this cashier (their name)"))
    report.add_argument("--tier", help=_("only this tier (its key)"))


def backup_database(args) -> int:
    # Migrated and known good before it is copied; a missing or empty file is refused.
    app = open_app(args.db, args.lang, create=False, acting=SYSTEM)
    # Into the owner's chosen folder (Manage → Backups), else beside the database (for a
    # server, this computer's data folder).
    out = Path(args.out).expanduser().resolve() if args.out else None
    made = backups.write(backups.of(app.engine), app.settings, out)
    if made.rows is None:  # a server's dump: pg_restore --list names its tables
        app.terminal.admin.audit_backup("backup", made.path.name, tables=made.tables)
        print(_("backed up to {path} (verified by pg_restore --list: {tables} tables)").format(
            path=made.path, tables=made.tables))
        return 0
    app.terminal.admin.audit_backup("backup", made.path.name, rows=made.rows)
    print(_("backed up to {path} (verified: {rows} rows in {tables} tables)").format(
        path=made.path, rows=made.rows, tables=made.tables))
    return 0


def restore_database(args) -> int:
    source = Path(args.file).expanduser().resolve()
    if not source.exists():
        raise UsageError(_("no such file: {file}").format(file=source))
    path = sqlite_file(args.db)
    if path is None:
        return _restore_to_server(args, source)
    if args.create:
        raise UsageError(_("--create makes a database on a PostgreSQL server; a SQLite file "
                           "is restored in place"))
    settings = Settings()
    # The safety copy goes where the app's restores keep theirs: the backups folder.
    safety = backups.restore_file(path, settings, source)
    # Brings an older backup up to this version's schema.
    app = open_app(args.db, args.lang, create=False, settings=settings, acting=SYSTEM)
    app.terminal.admin.audit_backup("restore", source.name, safety=safety.name if safety else "")
    print(_("restored {file} into {db}").format(file=source, db=path)
          + (_("; the previous database is kept as {file}").format(file=safety)
             if safety else ""))
    return 0


def _restore_to_server(args, source: Path) -> int:
    """Into an empty database only (made first with --create): never over the shop's
    live database, which other tills are using."""
    url = resolve_db(args.db)
    counts = backups.restore_to_server(url, source, args.create)
    app = open_app(args.db, args.lang, create=False, acting=SYSTEM)
    app.terminal.admin.audit_backup("restore", source.name, rows=sum(counts.values()))
    print(_("restored {file} into {db} ({rows} rows in {tables} tables); point the tills "
            "at it (--db or REGULARS_DB)").format(file=source, db=server_name(url),
                                                  rows=sum(counts.values()),
                                                  tables=len(counts)))
    return 0


def export(args) -> int:
    out = Path(args.out).expanduser()
    fmt = args.format or out.suffix.lower().lstrip(".")
    if fmt not in ("csv", "xlsx", "json"):
        raise UsageError(_("give --format csv|xlsx|json (or an --out file ending in one)"))
    progress = PercentOnStderr()
    terminal = open_app(args.db, args.lang, create=False, acting=SYSTEM).terminal
    result = terminal.office.export_data(args.what, fmt, out, progress)
    progress.end()
    print(_("exported {rows} {what} row(s) to {path}").format(
        rows=result.rows, what=args.what, path=result.path))
    return 0


def _card_selection(text: str) -> tuple[str, list]:
    """--members: new, all, tier:KEY, or ids and card numbers separated by commas."""
    text = text.strip()
    if text in ("new", "all") or text.startswith("tier:"):
        return text, []
    picked: list = []
    for part in filter(None, (p.strip() for p in text.split(","))):
        if looks_like_card(part):
            picked.append(part)
            continue
        try:
            picked.append(uuid.UUID(part))
        except ValueError:
            raise UsageError(_("--members: {text!r} is not new, all, tier:KEY, a member id "
                               "or a card number").format(text=part)) from None
    if not picked:
        raise UsageError(_("--members needs new, all, tier:KEY or some ids"))
    return "selection", picked


def cards(args) -> int:
    batch, picked = _card_selection(args.members)
    out = Path(args.out).expanduser().resolve()
    if out.suffix.lower() != ".pdf":
        raise UsageError(_("--out must name a .pdf file"))
    terminal = open_app(args.db, args.lang, create=False, acting=SYSTEM).terminal
    ids = [terminal.till.find_by_card(p) if isinstance(p, str) else p for p in picked]
    printed, pages = terminal.office.print_cards_pdf(out, batch, ids, args.layout)
    print(_("{cards} card(s) on {pages} page(s) written to {path}; the print run is "
            "recorded").format(cards=len(printed.faces), pages=pages, path=out))
    return 0


def report(args) -> int:
    out = Path(args.out).expanduser()
    fmt = args.format or out.suffix.lower().lstrip(".")
    if fmt not in ("csv", "xlsx", "pdf"):
        raise UsageError(_("give --format csv|xlsx|pdf (or an --out file ending in one)"))
    start, end = iso_day(args.start, "--from"), iso_day(args.end, "--to")
    app = open_app(args.db, args.lang, create=False, acting=SYSTEM)
    period = period_for("custom", app.terminal.ctx.today(), start, end)
    path = report_writer()(app.terminal, period,
                           ReportFilter(args.only_till, args.cashier, args.tier), fmt, out,
                           args.lang or system_language(app.settings))
    print(_("report for {start}..{end} written to {path}").format(
        start=start.isoformat(), end=end.isoformat(), path=path))
    return 0


COMMANDS = {"backup": backup_database, "restore": restore_database, "cards": cards,
            "export": export, "report": report}

"""Command line: `regulars` starts the till; subcommands work headless."""

from __future__ import annotations

import argparse
import json
import logging
import sys
from datetime import timezone
from pathlib import Path

from app import __version__
from app.services.context import SYSTEM

MAX_SEED = 2**63 - 1  # the database stores a seed as a signed 64-bit integer
MAX_MEMBERS = 10_000_000  # demo and bench members: ten times the largest shop we plan for


class UsageError(Exception):
    """Arguments that parse but make no sense together: one line, exit 2."""


def _whole(top: int):
    """An argparse type: a whole number from 0 to ``top``. A number past it (2**63,
    twenty nines) is refused in words instead of running for ever or overflowing."""
    def parse(text: str) -> int:
        text = text.strip()
        if not (text.isascii() and text.isdigit()) or len(text) > len(str(top)) \
                or int(text) > top:
            raise argparse.ArgumentTypeError(f"a whole number from 0 to {top:,} expected, "
                                             f"got {text[:30]!r}")
        return int(text)
    return parse


def _common(top: bool) -> argparse.ArgumentParser:
    """--db and --lang, before the command or after it. After it they default to
    nothing at all, so `regulars --db shop.sqlite3 check` keeps the --db given first
    (a subcommand's default None would silently put the user's own database back)."""
    common = argparse.ArgumentParser(add_help=False)
    default = None if top else argparse.SUPPRESS
    common.add_argument("--db", default=default, help="database file path or SQLAlchemy URL "
                        "(default: REGULARS_DB or the user data directory)")
    common.add_argument("--lang", choices=("ru", "en"), default=default,
                        help="interface language")
    return common


def _parser() -> argparse.ArgumentParser:
    common = _common(top=False)
    parser = argparse.ArgumentParser(prog="regulars", parents=[_common(top=True)],
                                     description="Regulars — the loyalty terminal at the counter.")
    parser.add_argument("--version", action="version", version=f"regulars {__version__}")
    parser.add_argument("--demo", action="store_true",
                        help="fill an empty database with demo members before starting")
    sub = parser.add_subparsers(dest="command")
    demo = sub.add_parser("demo", parents=[common], help="add realistic demo members")
    demo.add_argument("--members", type=_whole(MAX_MEMBERS), default=200)
    demo.add_argument("--seed", type=_whole(MAX_SEED), default=1)
    sub.add_parser("check", parents=[common], help="prove balances equal the ledger")
    bench = sub.add_parser("bench", parents=[common], help="measure search, purchase, startup")
    bench.add_argument("--members", type=_whole(MAX_MEMBERS), default=100_000)
    bench.add_argument("--json", action="store_true")
    bench.add_argument("--queries", type=_whole(1_000_000), default=300)
    bench.add_argument("--cards", action="store_true",
                       help="only time 1,000 member cards to an A4 PDF (cards_1000_s)")
    health = sub.add_parser("program-health", parents=[common],
                            help="how long members take to climb each tier")
    health.add_argument("--json", action="store_true")
    draw = sub.add_parser("draw", parents=[common],
                          help="run a prize draw among the hoarders, or verify one")
    draw.add_argument("--name", help="what the draw is called")
    draw.add_argument("--min-points", type=int, help="points a member needs (at least)")
    draw.add_argument("--basis", choices=("balance", "qualifying"), default="balance",
                      help="balance: points held now; qualifying: earned in --from..--to")
    draw.add_argument("--from", dest="start", metavar="YYYY-MM-DD", help="first day of the period")
    draw.add_argument("--to", dest="end", metavar="YYYY-MM-DD",
                      help="last day of the period (inclusive)")
    draw.add_argument("--prize", action="append", default=[],
                      help="a prize; repeat for each, first prize first")
    draw.add_argument("--seed", help="draw with this seed (default: a random one); the same seed "
                      "on the same members draws the same winners")
    draw.add_argument("--verify", metavar="DRAW_ID", help="re-run a recorded draw and compare")
    sub.add_parser("maintain", parents=[common],
                   help="expire due points and apply due tier reviews")
    sub.add_parser("charity", parents=[common], help="points donated to each cause")
    backup = sub.add_parser("backup", parents=[common],
                            help="a verified copy of the database (default: the backups folder)")
    backup.add_argument("--out", help="write the backup to this file")
    restore = sub.add_parser("restore", parents=[common],
                             help="replace the database with a backup, after a safety copy")
    restore.add_argument("file", help="the backup file to restore")
    cards = sub.add_parser("cards", parents=[common],
                           help="member cards to a PDF: A4 sheets of ten or one card a page")
    cards.add_argument("--members", default="new",
                       help="new (never printed with their current number), all, tier:KEY, "
                       "or member ids / card numbers separated by commas")
    cards.add_argument("--layout", choices=("a4", "single"), default="a4",
                       help="a4: 2 x 5 cards with crop marks; single: one card a page "
                       "(card printers)")
    cards.add_argument("--out", required=True, help="the PDF file to write")
    imp = sub.add_parser(
        "import", parents=[common], help="members from another system's CSV or XLSX export",
        formatter_class=argparse.RawDescriptionHelpFormatter,
        description="Import members from a CSV (UTF-8 with or without BOM, UTF-16, or the "
        "encoding detected:\ncp1251, cp1252, koi8-r, cp866; --encoding overrides; ';', ',' or "
        "tab) or XLSX file.\nWithout --valid-only the import is all-or-nothing: one bad row "
        "and nothing is imported\n(exit status 1). A dry run reports what would happen and "
        "saves nothing (exit status 1 if\nall-or-nothing would refuse).\n\n"
        "Fields: " + ", ".join(_import_fields()) + ".\n"
        "Without --mapping the columns are recognised by common header names (RU/EN).")
    imp.add_argument("what", choices=("members",))
    imp.add_argument("file", help="the CSV or XLSX file")
    imp.add_argument("--mapping", metavar="M",
                     help="which column is which field: a JSON file {\"field\": \"Header\", ...} "
                     "or inline field=Header,field=Header (e.g. full_name=ФИО,phone=Телефон)")
    imp.add_argument("--encoding", metavar="E",
                     help="read the CSV as E (e.g. cp1251, cp1252, utf-8) instead of the "
                     "detected encoding")
    imp.add_argument("--dry-run", action="store_true", help="report only; save nothing")
    imp.add_argument("--valid-only", action="store_true",
                     help="import the good rows and leave the rejected ones out")
    imp.add_argument("--duplicates", choices=("skip", "merge"), default="skip",
                     help="a row whose phone or card is already a member (or an earlier row): "
                     "skip it, or merge it (fill empty fields, add its points once)")
    export = sub.add_parser("export", parents=[common],
                            help="all members, purchases or ledger rows to CSV, XLSX or JSON")
    export.add_argument("what", choices=("members", "purchases", "ledger"))
    export.add_argument("--format", choices=("csv", "xlsx", "json"),
                        help="default: from the --out file's extension")
    export.add_argument("--out", required=True, help="the file to write")
    report = sub.add_parser("report", parents=[common],
                            help="the manager's report for a period to CSV, XLSX or PDF")
    report.add_argument("--from", dest="start", metavar="YYYY-MM-DD", required=True,
                        help="first day of the period")
    report.add_argument("--to", dest="end", metavar="YYYY-MM-DD", required=True,
                        help="last day of the period (inclusive)")
    report.add_argument("--format", choices=("csv", "xlsx", "pdf"),
                        help="default: from the --out file's extension")
    report.add_argument("--out", required=True, help="the file to write")
    report.add_argument("--till", help="only this till (its id)")
    report.add_argument("--cashier", help="only this cashier (their name)")
    report.add_argument("--tier", help="only this tier (its key)")
    _refund_parsers(sub, common)
    _staff_parser(sub, common)
    return parser


def _refund_parsers(sub, common) -> None:
    refund = sub.add_parser(
        "refund", parents=[common], help="find a purchase and refund it, whole or in part",
        formatter_class=argparse.RawDescriptionHelpFormatter,
        description="Without a purchase id, list the purchases that match --card/--member, "
        "--receipt and --day;\nwith --reason and exactly one match, refund it. The points "
        "follow the money: the\nrefunded share takes back that share of the points earned "
        "and returns that share\nof the points redeemed. Give --refund-id to retry safely: "
        "the same id is recorded once.")
    refund.add_argument("purchase", nargs="?", help="the purchase id (from the list)")
    refund.add_argument("--card", help="the member's card number")
    refund.add_argument("--member", help="the member's id")
    refund.add_argument("--receipt", help="the register's receipt number")
    refund.add_argument("--day", metavar="YYYY-MM-DD", help="the local day of the purchase")
    refund.add_argument("--amount", help="how much to refund, e.g. 300.50 (default: all that "
                        "is left)")
    refund.add_argument("--reason", help="why (required to refund)")
    refund.add_argument("--refund-id", help="a UUID for this refund (default: a new one)")
    adjust = sub.add_parser("adjust", parents=[common],
                            help="add or take a member's points, with a reason")
    adjust.add_argument("--card", help="the member's card number")
    adjust.add_argument("--member", help="the member's id")
    adjust.add_argument("--points", type=int, required=True,
                        help="points to add (negative: to take), e.g. 150 or -150")
    adjust.add_argument("--reason", required=True, help="why (required)")
    adjust.add_argument("--entry-id", help="a UUID for this adjustment, to retry safely "
                        "(default: a new one)")


def _staff_parser(sub, common) -> None:
    staff = sub.add_parser("staff", parents=[common], help="staff accounts from the command line")
    actions = staff.add_subparsers(dest="staff_command", required=True)
    reset = actions.add_parser(
        "reset-pin", parents=[common],
        help="set a new PIN and lift the lock (the way back when nobody else can unlock)",
        description="Set a new PIN for NAME and lift a lock from wrong PINs. Needs the "
        "database file itself, so only whoever holds it (the owner, on the till's computer) "
        "can do it; it is recorded in the audit trail. The PIN is asked twice without echo, "
        "or read from the first line of standard input with --pin-stdin.")
    reset.add_argument("name", help="the staff member's name as shown at sign-in")
    reset.add_argument("--pin-stdin", action="store_true",
                       help="read the new PIN from standard input (for scripts)")


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    if args.command is None:
        from app.ui.main import run_gui
        return run_gui(db=args.db, lang=args.lang, demo=args.demo)
    commands = {"demo": _demo, "check": _check, "bench": _bench, "program-health": _health,
                "draw": _draw, "maintain": _maintain, "charity": _charity, "backup": _backup,
                "restore": _restore, "cards": _cards, "export": _export, "import": _import_members,
                "report": _report, "refund": _refund, "adjust": _adjust, "staff": _staff}
    try:
        return commands[args.command](args)
    except Exception as exc:  # noqa: BLE001 - one clear line for the operator
        from app.db.backup import BackupError
        from app.db.migrate import DatabaseMissing, DatabaseTooNew, DatabaseUnreadable
        from app.domain.errors import DomainError
        if isinstance(exc, (DatabaseTooNew, DatabaseUnreadable, DatabaseMissing, DomainError,
                            UsageError, BackupError)):
            print(f"regulars: {exc}", file=sys.stderr)
            return 2
        raise


def _demo(args) -> int:
    from app.bootstrap import open_app
    if args.members < 0:
        print("regulars: --members cannot be negative", file=sys.stderr)
        return 2
    app = open_app(args.db, args.lang, acting=SYSTEM)  # the one command that may create a database
    added = app.terminal.admin.add_demo_members(args.members, args.seed, showcase=True)
    print(f"added {added} demo members to {app.url}")
    return 0


def _staff(args) -> int:
    """`regulars staff reset-pin NAME`: the CLI acts as the owner (it holds the file)."""
    pin = _new_pin(args.pin_stdin)
    if pin is None:
        return 2
    from app.bootstrap import open_app
    app = open_app(args.db, args.lang, create=False, acting=SYSTEM)
    try:
        who = app.terminal.admin.reset_pin(args.name, pin)
    finally:
        app.engine.dispose()
    print(f"new PIN set for {who.name} ({who.role}); the lock, if any, is lifted")
    return 0


def _new_pin(from_stdin: bool) -> str | None:
    """The new PIN, never echoed and never an argument (it would sit in the shell's
    history and in the process list)."""
    if from_stdin:
        return sys.stdin.readline().strip()
    import getpass
    try:
        first = getpass.getpass("New PIN (4 to 8 digits): ")
        second = getpass.getpass("The new PIN again: ")
    except (EOFError, KeyboardInterrupt):
        print("\nregulars: no PIN given; nothing changed", file=sys.stderr)
        return None
    if first != second:
        print("regulars: the two PINs differ; nothing changed", file=sys.stderr)
        return None
    return first


def _check(args) -> int:
    from app.bootstrap import open_app
    report = open_app(args.db, args.lang, create=False, acting=SYSTEM).terminal.admin.check()
    for problem in report.problems:
        print(problem)
    print(f"{report.members} members, {report.ledger_rows} ledger rows: "
          + ("consistent" if report.ok else f"{len(report.problems)} problem(s)"))
    return 0 if report.ok else 1


def _bench(args) -> int:
    from app.services.benchmark import run_benchmark
    if args.cards:
        from app.services.benchmark import run_cards_benchmark
        result = run_cards_benchmark(db=args.db)
    else:
        from app.ui.gui_bench import run_gui_search_benchmark
        result = run_benchmark(args.members, db=args.db, queries=args.queries,
                               gui_search=run_gui_search_benchmark)
    if args.json:
        print(json.dumps(result))
    else:
        for key, value in result.items():
            print(f"{key:>20}: {value}")
    return 0


# ---- the manager's headless tools ---------------------------------------------------


def _duration(days: float | None) -> str:
    if days is None:
        return "—"
    if days < 61:
        return f"{round(days)} days"
    if days < 730:
        return f"{round(days / 30.44)} months"
    return f"{days / 365.25:.1f} years"


def _flag_text(code: str, health) -> str:
    top, first = health.tiers[-1], health.tiers[1]
    texts = {
        "top_out_of_reach": f"The top tier is out of reach: the median member would need "
                            f"{_duration(top.projected_days)}. Aim for two to three.",
        "top_trivial": f"The top tier is too easy: the median member reaches it in "
                       f"{_duration(top.projected_days)}, under six months. Aim for two to three "
                       "years.",
        "first_win_slow": "The first step takes more than three months: newcomers need a first "
                          f"win within weeks. The median member needs "
                          f"{_duration(first.projected_days)} to reach {first.name}.",
        "no_data": "Not enough data yet: the pace is measured on members enrolled for a month "
                   "or more who have earned points.",
    }
    return texts.get(code, code)


def _health(args) -> int:
    import dataclasses

    from app.bootstrap import open_app
    health = open_app(args.db, args.lang, create=False, acting=SYSTEM).terminal.office.program_health()
    flags = [(code, _flag_text(code, health)) for code in health.flags]
    if args.json:
        data = dataclasses.asdict(health)
        data["messages"] = {code: text for code, text in flags}
        print(json.dumps(data, ensure_ascii=False, indent=2))
        return 0
    print(f"{health.members} members; the median member earns about "
          f"{health.median_points_per_day * 30.44:.0f} qualifying points a month")
    print(f"{'tier':<14}{'threshold':>10}{'members':>9}{'share':>7}{'reached':>9}"
          f"  {'took them':<14}median member needs")
    for t in health.tiers:
        share = 100 * t.members / health.members if health.members else 0
        needs = "from the start" if t.threshold == 0 else _duration(t.projected_days)
        took = _duration(t.observed_median_days) if t.threshold else ""
        reached = t.reached if t.threshold else ""
        print(f"{t.name:<14}{t.threshold:>10}{t.members:>9}{share:>6.0f}%{reached:>9}"
              f"  {took:<14}{needs}")
    for _code, text in flags:
        print(f"! {text}")
    return 0


def _day(text: str | None, option: str):
    from datetime import date
    if text is None:
        raise UsageError(f"a period draw needs {option} YYYY-MM-DD")
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise UsageError(f"{option} {text!r} is not a date like 2026-01-31") from None


def _draw_args(args) -> dict:
    missing = [opt for opt, value in (("--name", args.name), ("--min-points", args.min_points),
                                      ("--prize", args.prize)) if value in (None, [], "")]
    if missing:
        raise UsageError(f"a draw needs {', '.join(missing)} (or --verify DRAW_ID)")
    seed = None
    if args.seed is not None:
        if not (args.seed.isascii() and args.seed.isdigit()) or int(args.seed) > MAX_SEED:
            raise UsageError(f"--seed is a whole number from 0 to {MAX_SEED}")
        seed = int(args.seed)
    start = end = None
    if args.basis == "qualifying":
        from datetime import timedelta
        # --to is the last day counted; the service takes the day after as the end.
        start, end = _day(args.start, "--from"), _day(args.end, "--to") + timedelta(days=1)
    elif args.start or args.end:
        raise UsageError("--from/--to need --basis qualifying")
    return dict(name=args.name, prizes=args.prize, min_points=args.min_points,
                basis=args.basis, start=start, end=end, seed=seed)


def _draw(args) -> int:
    import uuid

    from app.bootstrap import open_app
    if args.verify:
        try:
            draw_id = uuid.UUID(args.verify)
        except ValueError:
            raise UsageError(f"{args.verify!r} is not a draw id") from None
        ok, explanation = open_app(args.db, args.lang, create=False, acting=SYSTEM).terminal.office.verify_draw(draw_id)
        print(("verified: " if ok else "DOES NOT MATCH: ") + explanation)
        return 0 if ok else 1
    terminal = open_app(args.db, args.lang, create=False, acting=SYSTEM).terminal
    result = terminal.office.run_draw(**_draw_args(args), draw_id=uuid.uuid4())
    print(f"draw {result.draw_id}: {result.name}")
    print(f"seed {result.seed} (anyone can re-run this draw with it: "
          f"regulars draw --verify {result.draw_id})")
    print(f"eligible: {result.eligible} members, list digest {result.digest}")
    for w in result.winners:
        print(f"{w.place}. {w.name}, card {w.card_number}: {w.prize}")
    return 0


def _maintain(args) -> int:
    from app.bootstrap import open_app
    expired, reviewed = open_app(args.db, args.lang, create=False, acting=SYSTEM).terminal.admin.maintain()
    print(f"expired {expired} point lot(s), reviewed {reviewed} member tier(s)")
    return 0


def _charity(args) -> int:
    from app.bootstrap import open_app
    terminal = open_app(args.db, args.lang, create=False, acting=SYSTEM).terminal
    totals = terminal.office.cause_totals()
    for c in totals:
        print(f"{c.name}: {c.points} points from {c.donations} donation(s) by {c.donors} member(s)")
    print(f"total: {sum(c.points for c in totals)} points "
          f"from {sum(c.donations for c in totals)} donation(s)")
    return 0


def _sqlite_file(args) -> Path:
    from app.bootstrap import resolve_db
    from app.db.engine import sqlite_path
    path = sqlite_path(resolve_db(args.db))
    if path is None:
        raise UsageError("backup and restore handle the SQLite file; back up a PostgreSQL "
                         "server with pg_dump")
    return path


def _backup(args) -> int:
    from app.bootstrap import open_app
    from app.db import backup
    path = _sqlite_file(args)
    # Migrated and known good before it is copied; a missing or empty file is refused.
    app = open_app(args.db, args.lang, create=False, acting=SYSTEM)
    if args.out:
        info = backup.backup(path, Path(args.out).expanduser().resolve())
    else:
        info = backup.backup_into(path, backup.default_folder(path))
    app.terminal.admin.audit_backup("backup", info.path.name, rows=sum(info.tables.values()))
    print(f"backed up to {info.path} (verified: {sum(info.tables.values())} rows in "
          f"{len(info.tables)} tables)")
    return 0


def _restore(args) -> int:
    from app.bootstrap import open_app
    from app.db import backup
    path = _sqlite_file(args)
    source = Path(args.file).expanduser().resolve()
    if not source.exists():
        raise UsageError(f"no such file: {source}")
    safety = backup.restore(source, path, backup.default_folder(path))
    # Brings an older backup up to this version's schema.
    app = open_app(args.db, args.lang, create=False, acting=SYSTEM)
    app.terminal.admin.audit_backup("restore", source.name, safety=safety.name if safety else "")
    print(f"restored {source} into {path}"
          + (f"; the previous database is kept as {safety}" if safety else ""))
    return 0


def _export(args) -> int:
    from app.bootstrap import open_app
    out = Path(args.out).expanduser()
    fmt = args.format or out.suffix.lower().lstrip(".")
    if fmt not in ("csv", "xlsx", "json"):
        raise UsageError("give --format csv|xlsx|json (or an --out file ending in one)")
    shown = [-1]

    def progress(done: int, total: int) -> bool:
        percent = 100 * done // total if total else 100
        if sys.stderr.isatty() and percent != shown[0]:
            shown[0] = percent
            print(f"\r{percent}%", end="", file=sys.stderr, flush=True)
        return True
    terminal = open_app(args.db, args.lang, create=False, acting=SYSTEM).terminal
    result = terminal.office.export_data(args.what, fmt, out, progress)
    if shown[0] >= 0:
        print(file=sys.stderr)
    print(f"exported {result.rows} {args.what} row(s) to {result.path}")
    return 0


# ---- import -------------------------------------------------------------------------


def _import_fields() -> list[str]:
    from app.domain.importing import FIELD_KEYS
    return list(FIELD_KEYS)


def _mapping(text: str | None) -> dict[str, str] | None:
    if text is None:
        return None
    path = Path(text).expanduser()
    if path.is_file():
        try:
            data = json.loads(path.read_text(encoding="utf-8-sig"))
        except ValueError as exc:
            raise UsageError(f"--mapping {path}: not JSON ({exc})") from None
        if not isinstance(data, dict) or not all(isinstance(v, str) for v in data.values()):
            raise UsageError('--mapping JSON is an object {"field": "Header", ...}')
        return {str(k): v for k, v in data.items()}
    mapping = {}
    for part in text.split(","):
        field, sep, header = part.partition("=")
        if not sep or not field.strip() or not header.strip():
            raise UsageError(f"--mapping: {part!r} is not field=Header")
        mapping[field.strip()] = header.strip()
    return mapping


def _import_members(args) -> int:
    from app.bootstrap import open_app
    from app.services import importer
    path = Path(args.file).expanduser()
    mapping = _mapping(args.mapping)
    terminal = open_app(args.db, args.lang, create=False, acting=SYSTEM).terminal
    table, guessed = terminal.office.import_peek(path, args.encoding)
    mapping = mapping if mapping is not None else guessed
    shown = [-1]

    def progress(done: int, total: int) -> None:
        percent = 100 * done // total if total else 100
        if sys.stderr.isatty() and percent != shown[0]:
            shown[0] = percent
            print(f"\r{percent}%", end="", file=sys.stderr, flush=True)
    report = terminal.office.import_members(path, mapping, args.duplicates, args.valid_only,
                                     args.dry_run, progress, table=table)
    if shown[0] >= 0:
        print(file=sys.stderr)
    source = "xlsx" if table.encoding == "xlsx" else f"{table.encoding}, {table.delimiter!r}"
    print(f"{table.name} ({source}): {len(report.rows)} rows; columns: "
          + ", ".join(f"{f}={h}" for f, h in mapping.items()))
    for row in report.rows:
        if row.status in ("reject", "skip") or row.reasons:
            why = "; ".join(p.message.format(**p.params) for p in row.reasons)
            print(f"row {row.row}: {importer.STATUS_WORDS[row.status]}: {why}")
    verb = "would be " if args.dry_run or report.refused else ""
    print(f"{verb}imported: {report.imported}, {verb}merged: {report.merged}, "
          f"skipped: {report.skipped}, rejected: {report.rejected}; "
          f"opening points: {report.points}")
    if report.refused:
        print(f"{'dry run: ' if args.dry_run else ''}all-or-nothing: {report.rejected} row(s) "
              "rejected, so nothing " + ("would be" if args.dry_run else "was") + " imported "
              "(fix them, or use --valid-only)", file=sys.stderr)
        return 1
    if args.dry_run:
        print("dry run: nothing was saved")
    return 0


def _card_selection(text: str) -> tuple[str, list]:
    """--members: new, all, tier:KEY, or ids and card numbers separated by commas."""
    import uuid

    from app.domain.cards import looks_like_card
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
            raise UsageError(f"--members: {part!r} is not new, all, tier:KEY, a member id "
                             "or a card number") from None
    if not picked:
        raise UsageError("--members needs new, all, tier:KEY or some ids")
    return "selection", picked


def _cards(args) -> int:
    from app.bootstrap import open_app
    batch, picked = _card_selection(args.members)
    out = Path(args.out).expanduser().resolve()
    if out.suffix.lower() != ".pdf":
        raise UsageError("--out must name a .pdf file")
    terminal = open_app(args.db, args.lang, create=False, acting=SYSTEM).terminal
    ids = [terminal.till.find_by_card(p) if isinstance(p, str) else p for p in picked]
    printed, pages = terminal.office.print_cards_pdf(out, batch, ids, args.layout)
    print(f"{len(printed.faces)} card(s) on {pages} page(s) written to {out}; "
          "the print run is recorded")
    return 0


def _report(args) -> int:
    from app.bootstrap import open_app, system_language
    from app.domain.report_figures import ReportFilter
    from app.domain.report_periods import period_for
    from app.ui.report_files import write_headless
    out = Path(args.out).expanduser()
    fmt = args.format or out.suffix.lower().lstrip(".")
    if fmt not in ("csv", "xlsx", "pdf"):
        raise UsageError("give --format csv|xlsx|pdf (or an --out file ending in one)")
    start, end = _day(args.start, "--from"), _day(args.end, "--to")
    app = open_app(args.db, args.lang, create=False, acting=SYSTEM)
    period = period_for("custom", app.terminal.ctx.today(), start, end)
    path = write_headless(app.terminal, period, ReportFilter(args.till, args.cashier, args.tier),
                          fmt, out, args.lang or system_language())
    print(f"report for {start.isoformat()}..{end.isoformat()} written to {path}")
    return 0


# ---- refunds and point adjustments (issue #14) --------------------------------------


def _uuid(text: str | None, option: str):
    import uuid
    if text is None:
        return None
    try:
        return uuid.UUID(text.strip())
    except ValueError:
        raise UsageError(f"{option} {text!r} is not an id") from None


def _as_staff(terminal):
    """The command line acts as its audited staff ("system"): the ledger and refund rows
    name it as the till's rows name the cashier."""
    terminal.sign_in.as_system(name_rows=True)
    return terminal


def _member_of(terminal, args):
    if args.card and args.member:
        raise UsageError("give --card or --member, not both")
    if args.card:
        return terminal.till.find_by_card(args.card)
    return _uuid(args.member, "--member")


def _money(minor: int, currency: str) -> str:
    from app.domain.money import Money
    return Money(minor, currency).format().replace("\u202f", " ")


def _purchase_line(p) -> str:
    when = p.at.replace(tzinfo=timezone.utc).astimezone().strftime("%Y-%m-%d %H:%M")
    refunded = f", refunded {_money(p.refunded_minor, p.currency)}" if p.refunded_minor else ""
    receipt = f" receipt {p.receipt_number}" if p.receipt_number else ""
    return (f"{p.purchase_id}  {when}{receipt}  {_money(p.amount_minor, p.currency)}{refunded}"
            f"  {p.member_name} {p.card_number}".rstrip())


def _refund(args) -> int:
    import uuid

    from app.bootstrap import open_app
    from app.domain.money import parse_amount
    amount = parse_amount(args.amount) if args.amount is not None else None
    refund_id = _uuid(args.refund_id, "--refund-id") or uuid.uuid4()
    terminal = _as_staff(open_app(args.db, args.lang, acting=SYSTEM).terminal)
    purchase_id = _uuid(args.purchase, "purchase id")
    if purchase_id is None:
        member_id = _member_of(terminal, args)
        day = _day(args.day, "--day") if args.day else None
        if member_id is None and not args.receipt and day is None:
            raise UsageError("give a purchase id, or find it with --card, --member, --receipt "
                             "or --day")
        found = terminal.till.find_purchases(member_id, args.receipt or "", day)
        for p in found:
            print(_purchase_line(p))
        if args.reason is None:
            print(f"{len(found)} purchase(s) found; refund one with: regulars refund ID "
                  "--reason TEXT [--amount N]")
            return 0
        if len(found) != 1:
            raise UsageError(f"{len(found)} purchases match: give the purchase id to refund")
        purchase_id = found[0].purchase_id
    result = terminal.till.refund_purchase(refund_id, purchase_id, args.reason or "", amount)
    cur = result.currency
    print(("already recorded: " if result.duplicate else "")
          + f"refund {result.refund_id} of purchase {result.purchase_id}: "
          f"{_money(result.amount_minor, cur)} refunded; {result.points_taken_back} point(s) "
          f"taken back, {result.points_returned} returned; balance {result.balance}")
    print(f"refunded {_money(result.refunded_minor, cur)} of {_money(result.paid_minor, cur)}, "
          f"{_money(result.left_minor, cur)} left")
    return 0


def _adjust(args) -> int:
    import uuid

    from app.bootstrap import open_app
    entry_id = _uuid(args.entry_id, "--entry-id") or uuid.uuid4()
    terminal = _as_staff(open_app(args.db, args.lang, acting=SYSTEM).terminal)
    member_id = _member_of(terminal, args)
    if member_id is None:
        raise UsageError("give the member: --card or --member")
    balance = terminal.admin.adjust_points(entry_id, member_id, args.points, args.reason)
    print(f"adjustment {entry_id}: {args.points:+d} point(s) for member {member_id}; "
          f"balance {balance}")
    return 0

"""Commands that look after the database itself: demo members, the balance check, the
benchmark, due upkeep (expiry, tier reviews) and the owner's way back in (a new PIN)."""

from __future__ import annotations

import getpass
import json
import sys

from app import cli_api
from app.bootstrap import open_app
from app.cli_args import MAX_MEMBERS, MAX_SEED, whole
from app.cli_words import _
from app.launch import gui_search_benchmark
from app.services.bench_tills import run_tills
from app.services.benchmark import bench_database, run_benchmark, run_cards_benchmark
from app.services.context import SYSTEM


def add_parsers(sub, common) -> None:
    demo = sub.add_parser("demo", parents=[common], help=_(
        "add realistic demo members (creates the database if there is none)"))
    demo.add_argument("--members", type=whole(MAX_MEMBERS), default=200,
                      help=_("how many members to add (default: %(default)s)"))
    demo.add_argument("--seed", type=whole(MAX_SEED), default=1, help=_(
        "the same seed makes the same members (default: %(default)s)"))
    sub.add_parser("check", parents=[common], help=_(
        "prove balances equal the ledger (exit status 1 if not)"))
    bench = sub.add_parser("bench", parents=[common],
                           help=_("measure search, purchase, startup"))
    bench.add_argument("--members", type=whole(MAX_MEMBERS), default=100_000, help=_(
        "members in the benchmark's own database (default: %(default)s)"))
    bench.add_argument("--json", action="store_true", help=_("print the figures as JSON"))
    bench.add_argument("--queries", type=whole(1_000_000), default=300,
                       help=_("searches to time (default: %(default)s)"))
    bench.add_argument("--cards", action="store_true",
                       help=_("only time 1,000 member cards to an A4 PDF (cards_1000_s)"))
    bench.add_argument("--tills", type=whole(64), default=0, help=_(
        "instead: K till processes selling at once (card scan, sale with category lines) "
        "for --seconds; throughput, p50/p95/max, errors, check"))
    bench.add_argument("--seconds", type=whole(3600), default=30,
                       help=_("with --tills: how long they sell (default: %(default)s)"))
    bench.add_argument("--also-db", help=_(
        "with --tills: the same run on this database too (a file or URL), printed beside "
        "--db's"))
    bench.add_argument("--api", action="store_true", help=_(
        "measure the register API over HTTP: identify, quote and commit at one register "
        "(--queries of each), then --registers at once for --seconds"))
    bench.add_argument("--registers", type=whole(500), default=50, help=_(
        "with --api: registers committing at once (default: %(default)s)"))
    sub.add_parser("maintain", parents=[common],
                   help=_("expire due points and apply due tier reviews"))
    _staff_parser(sub, common)


def _staff_parser(sub, common) -> None:
    staff = sub.add_parser("staff", parents=[common],
                           help=_("staff accounts from the command line"))
    actions = staff.add_subparsers(dest="staff_command", required=True, title=_("commands"),
                                   metavar=_("COMMAND"))
    reset = actions.add_parser(
        "reset-pin", parents=[common],
        help=_("set a new PIN and lift the lock (the way back when nobody else can unlock)"),
        description=_(
            "Set a new PIN for NAME and lift a lock from wrong PINs. Needs the database "
            "file itself, so only whoever holds it (the owner, on the till's computer) can "
            "do it; it is recorded in the audit trail. The PIN is asked twice without "
            "echo, or read from the first line of standard input with --pin-stdin."))
    reset.add_argument("name", help=_("the staff member's name as shown at sign-in"))
    reset.add_argument("--pin-stdin", action="store_true",
                       help=_("read the new PIN from standard input (for scripts)"))


def demo(args) -> int:
    if args.members < 0:
        print(_("regulars: --members cannot be negative"), file=sys.stderr)
        return 2
    app = open_app(args.db, args.lang, acting=SYSTEM)  # the one command that may create a database
    added = app.terminal.admin.add_demo_members(args.members, args.seed, showcase=True)
    print(_("added {count} demo members to {db}").format(count=added, db=app.url))
    return 0


def check(args) -> int:
    report = open_app(args.db, args.lang, create=False, acting=SYSTEM).terminal.admin.check()
    for problem in report.problems:
        print(problem)
    verdict = (_("consistent") if report.ok
               else _("{count} problem(s)").format(count=len(report.problems)))
    print(_("{members} members, {rows} ledger rows: {verdict}").format(
        members=report.members, rows=report.ledger_rows, verdict=verdict))
    return 0 if report.ok else 1


def bench(args) -> int:
    if args.api:
        return cli_api.bench_api(args)
    if args.tills:
        return _bench_tills(args)
    if args.cards:
        result = run_cards_benchmark(open_app, db=args.db)
    else:
        result = run_benchmark(args.members, open_app, db=args.db, queries=args.queries,
                               gui_search=gui_search_benchmark)
    if args.json:
        print(json.dumps(result))
    else:
        for key, value in result.items():
            print(f"{key:>20}: {value}")
    return 0


def _bench_tills(args) -> int:
    databases = [bench_database(args.db, args.members)] + ([args.also_db] if args.also_db else [])
    results = [run_tills(open_app, db, args.tills, args.seconds, args.members) for db in databases]
    if args.json:
        print(json.dumps(results))
    else:
        for key in results[0]:
            print(f"{key:>16}: " + "   ".join(f"{str(r[key]):<28}" for r in results).rstrip())
    return 0 if all(r["errors"] == 0 and r["check"] == "consistent" for r in results) else 1


def maintain(args) -> int:
    expired, reviewed = open_app(args.db, args.lang, create=False, acting=SYSTEM).terminal.admin.maintain()
    print(_("expired {lots} point lot(s), reviewed {tiers} member tier(s)").format(
        lots=expired, tiers=reviewed))
    return 0


def staff(args) -> int:
    """`regulars staff reset-pin NAME`: the CLI acts as the owner (it holds the file)."""
    pin = _new_pin(args.pin_stdin)
    if pin is None:
        return 2
    app = open_app(args.db, args.lang, create=False, acting=SYSTEM)
    try:
        who = app.terminal.admin.reset_pin(args.name, pin)
    finally:
        app.engine.dispose()
    print(_("new PIN set for {name} ({role}); the lock, if any, is lifted").format(
        name=who.name, role=who.role))
    return 0


def _new_pin(from_stdin: bool) -> str | None:
    """The new PIN, never echoed and never an argument (it would sit in the shell's
    history and in the process list)."""
    if from_stdin:
        return sys.stdin.readline().strip()
    try:
        first = getpass.getpass(_("New PIN (4 to 8 digits): "))
        second = getpass.getpass(_("The new PIN again: "))
    except (EOFError, KeyboardInterrupt):
        print("\n" + _("regulars: no PIN given; nothing changed"), file=sys.stderr)
        return None
    if first != second:
        print(_("regulars: the two PINs differ; nothing changed"), file=sys.stderr)
        return None
    return first


COMMANDS = {"demo": demo, "check": check, "bench": bench, "maintain": maintain, "staff": staff}

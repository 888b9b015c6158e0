"""Command line: `regulars` starts the till; subcommands work headless."""

from __future__ import annotations

import argparse
import json
import logging
import sys

from app import __version__


def _parser() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--db", help="database file path or SQLAlchemy URL "
                        "(default: REGULARS_DB or the user data directory)")
    common.add_argument("--lang", choices=("ru", "en"), help="interface language")
    parser = argparse.ArgumentParser(prog="regulars", parents=[common],
                                     description="Regulars — the loyalty terminal at the counter.")
    parser.add_argument("--version", action="version", version=f"regulars {__version__}")
    parser.add_argument("--demo", action="store_true",
                        help="fill an empty database with demo members before starting")
    sub = parser.add_subparsers(dest="command")
    demo = sub.add_parser("demo", parents=[common], help="add realistic demo members")
    demo.add_argument("--members", type=int, default=200)
    demo.add_argument("--seed", type=int, default=1)
    sub.add_parser("check", parents=[common], help="prove balances equal the ledger")
    bench = sub.add_parser("bench", parents=[common], help="measure search, purchase, startup")
    bench.add_argument("--members", type=int, default=100_000)
    bench.add_argument("--json", action="store_true")
    bench.add_argument("--queries", type=int, default=300)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    if args.command is None:
        from app.ui.main import run_gui
        return run_gui(db=args.db, lang=args.lang, demo=args.demo)
    try:
        return {"demo": _demo, "check": _check, "bench": _bench}[args.command](args)
    except Exception as exc:  # noqa: BLE001 - one clear line for the operator
        from app.db.migrate import DatabaseTooNew, DatabaseUnreadable
        if isinstance(exc, (DatabaseTooNew, DatabaseUnreadable)):
            print(f"regulars: {exc}", file=sys.stderr)
            return 2
        raise


def _demo(args) -> int:
    from app.bootstrap import open_app
    if args.members < 0:
        print("regulars: --members cannot be negative", file=sys.stderr)
        return 2
    app = open_app(args.db, args.lang)
    added = app.terminal.add_demo_members(args.members, args.seed)
    print(f"added {added} demo members to {app.url}")
    return 0


def _check(args) -> int:
    from app.bootstrap import open_app
    report = open_app(args.db, args.lang).terminal.check()
    for problem in report.problems:
        print(problem)
    print(f"{report.members} members, {report.ledger_rows} ledger rows: "
          + ("consistent" if report.ok else f"{len(report.problems)} problem(s)"))
    return 0 if report.ok else 1


def _bench(args) -> int:
    from app.services.benchmark import run_benchmark
    result = run_benchmark(args.members, db=args.db, queries=args.queries)
    if args.json:
        print(json.dumps(result))
    else:
        for key, value in result.items():
            print(f"{key:>20}: {value}")
    return 0

"""Command line: `regulars` starts the till; subcommands work headless.

The entry point (``regulars = app.cli:main``). The commands live beside it, one module
per kind of work: cli_admin (demo, check, bench, maintain, staff), cli_program
(program-health, draw, charity), cli_files (backup, restore, cards, export, report),
cli_import (import), cli_refunds (refund, adjust), cli_api (serve, registers: the
register API); cli_args holds what they share.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys

from app import (
    __version__,
    cli_admin,
    cli_api,
    cli_files,
    cli_import,
    cli_program,
    cli_refunds,
    cli_replica,
)
from app.cli_args import UsageError, common_options
from app.domain.errors import DomainError
from app.launch import DRIVER_ERRORS, REFUSALS, run_gui, server_away

GROUPS = (cli_admin, cli_program, cli_files, cli_import, cli_refunds, cli_replica, cli_api)


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="regulars", parents=[common_options(top=True)],
                                     description="Regulars — the loyalty terminal at the counter.")
    parser.add_argument("--version", action="version", version=f"regulars {__version__}")
    parser.add_argument("--demo", action="store_true",
                        help="fill an empty database with demo members before starting")
    sub = parser.add_subparsers(dest="command")
    common = common_options(top=False)
    for group in GROUPS:
        group.add_parsers(sub, common)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    if args.command is None:
        return run_gui(db=args.db, lang=args.lang, demo=args.demo, till=args.till)
    if args.till:  # every command opens the database through bootstrap.open_app
        os.environ["REGULARS_TILL"] = args.till
    commands = {name: run for group in GROUPS for name, run in group.COMMANDS.items()}
    try:
        return commands[args.command](args)
    except (*REFUSALS, *DRIVER_ERRORS, DomainError, UsageError) as exc:
        line = server_away(exc)  # one clear line for the operator, never a traceback
        if line is None and isinstance(exc, DRIVER_ERRORS):
            raise  # anything else unexpected keeps its traceback for the log
        print(f"regulars: {line or exc}", file=sys.stderr)
        return 2

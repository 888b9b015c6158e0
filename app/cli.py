"""Command line: `regulars` starts the till; subcommands work headless.

The entry point (``regulars = app.cli:main``). The commands live beside it, one module
per kind of work: cli_admin (demo, check, bench, maintain, staff), cli_program
(program-health, draw, charity), cli_files (backup, restore, cards, export, report),
cli_import (import), cli_refunds (refund, adjust), cli_replica (replica), cli_api (serve,
registers: the register API); cli_args holds
what they share, cli_words their language, cli_failures how a command ends when it
cannot do its work.

A new command: a module with ``add_parsers(sub, common)`` (every parser and argument
with ``help=_("…")``, in English) and ``COMMANDS`` {name: function(args) -> exit status},
listed in GROUPS; its printed lines go through ``_("… {name} …").format(name=…)`` too;
then `python packaging/cli_catalogues.py` and the Russian and Latvian words in
packaging/translations/cli18.py (tests/test_cli_words.py says what is missing).
"""

from __future__ import annotations

import argparse
import io
import logging
import os
import sys
from pathlib import Path

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
from app.cli_args import common_options
from app.cli_failures import (
    INTERRUPTED,
    PIPE_CLOSED,
    REFUSED,
    UNEXPECTED,
    exit_codes,
    explain,
    worth_logging,
)
from app.cli_words import LANGUAGES, _, speaking
from app.launch import run_gui, setup_logging
from app.services.settings import system_language

GROUPS = (cli_admin, cli_program, cli_files, cli_import, cli_refunds, cli_replica, cli_api)
log = logging.getLogger(__name__)


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="regulars", parents=[common_options(top=True)], epilog=exit_codes(),
        formatter_class=argparse.RawDescriptionHelpFormatter,
        description=_("Regulars — the loyalty terminal at the counter. Without a command "
                      "it starts the till; a command works without a window."))
    parser.add_argument("--version", action="version", version=f"regulars {__version__}",
                        help=_("show the version and exit"))
    parser.add_argument("--demo", action="store_true",
                        help=_("fill an empty database with demo members before starting"))
    sub = parser.add_subparsers(dest="command", title=_("commands"), metavar=_("COMMAND"))
    common = common_options(top=False)
    for group in GROUPS:
        group.add_parsers(sub, common)
    return parser


def _early_options(argv: list[str]) -> tuple[str | None, bool]:
    """--lang and --verbose, read before the parser is built: its help is in that
    language, and the log is quiet or not from the first line."""
    lang, verbose = None, False
    for i, arg in enumerate(argv):
        if arg == "--":
            break
        if arg == "--lang" and i + 1 < len(argv):
            lang = argv[i + 1]
        elif arg.startswith("--lang="):
            lang = arg.partition("=")[2]
        verbose = verbose or arg == "--verbose"
    return (lang if lang in LANGUAGES else None), verbose


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else list(argv)
    lang, verbose = _early_options(argv)
    log_path = setup_logging(verbose)
    with speaking(lang or system_language()):
        args = _parser().parse_args(argv)
        if args.command is not None:
            return _run(args, log_path)
    return run_gui(db=args.db, lang=args.lang, demo=args.demo, till=args.till)


def _run(args: argparse.Namespace, log_path: Path | None) -> int:
    if args.till:  # every command opens the database through bootstrap.open_app
        os.environ["REGULARS_TILL"] = args.till
    commands = {name: run for group in GROUPS for name, run in group.COMMANDS.items()}
    try:
        status = commands[args.command](args)
        sys.stdout.flush()  # a closed pipe shows here, not in Python's flush at exit
        return status
    except BrokenPipeError:
        return _pipe_closed()
    except KeyboardInterrupt:
        _say(_("interrupted; what was not finished was not saved"))
        return INTERRUPTED
    except Exception as exc:  # the one place a command's failure ends
        line = explain(exc, args.db, log_path)
        if line is None:
            log.error("unexpected error in `regulars %s`", args.command, exc_info=True,
                      extra={"file_only": True})
            _say(_("Unexpected error ({error}); details in {log}").format(
                error=type(exc).__name__, log=log_path or "-"))
            return UNEXPECTED
        if worth_logging(exc):
            log.info("`regulars %s` refused: %s", args.command, line, exc_info=True,
                     extra={"file_only": True})
        _say(line)
        return REFUSED


def _say(line: str) -> None:
    print(f"regulars: {line}", file=sys.stderr)


def _pipe_closed() -> int:
    """Whoever read the output stopped reading (`| head`): nothing more to tell them, and
    Python's own flush at exit must not fail on the closed pipe again."""
    try:
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
    except (OSError, ValueError, io.UnsupportedOperation):
        pass  # not a real file (a test's captured output): nothing will flush to a pipe
    return PIPE_CLOSED

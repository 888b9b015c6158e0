"""`regulars replica build|status|bench --db postgresql://…`: this computer's local copy
of the shop's server (issue #17), the one a till on that server keeps up to date and
serves from when the server is away."""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

from app.bootstrap import open_app
from app.cli_args import MAX_MEMBERS, UsageError, whole
from app.cli_words import _
from app.launch import sqlite_file
from app.services.context import SYSTEM
from app.services.replica import CopyStatus, LocalCopy, local_path
from app.services.replica_bench import run_replica_bench


def add_parsers(sub, common) -> None:
    replica = sub.add_parser("replica", parents=[common],
                             help=_("this computer's local copy of the shop's server"))
    actions = replica.add_subparsers(dest="replica_command", required=True,
                                     title=_("commands"), metavar=_("COMMAND"))
    build = actions.add_parser("build", parents=[common], help=_(
        "make the copy (or finish one stopped half-way) and bring it up to date"))
    status = actions.add_parser("status", parents=[common],
                                help=_("how complete and how recent the copy is"))
    for parser in (build, status):
        parser.add_argument("--to", help=_(
            "the copy's file (default: the user data directory's offline folder, one file "
            "per server)"))
    bench = actions.add_parser("bench", parents=[common],
                               help=_("first copy, lag while selling, search on the copy"))
    bench.add_argument("--members", type=whole(MAX_MEMBERS), default=100_000, help=_(
        "members on the benchmark's server (default: %(default)s)"))
    bench.add_argument("--seconds", type=whole(3600), default=20,
                       help=_("how long a second till sells while the copy catches up"))
    bench.add_argument("--json", action="store_true", help=_("print the figures as JSON"))


def _copy(args) -> LocalCopy:
    """The server at --db, migrated (as every command opens it), and its copy."""
    if sqlite_file(args.db) is not None:
        raise UsageError(_("a local copy is made of a shop's server (--db postgresql://…); "
                           "a till on a SQLite file needs none"))
    app = open_app(args.db, args.lang, create=False, acting=SYSTEM)
    app.engine.dispose()
    return LocalCopy(app.url, Path(args.to) if args.to else local_path(app.url))


class _Meter:
    """Progress on the terminal: one line rewritten in place."""

    def __init__(self):
        self._start: float | None = None  # at the first report: the copy's own start

    def __call__(self, done: int, total: int) -> bool:
        if self._start is None:
            self._start, self._first = time.perf_counter(), done
        rate = (done - self._first) / max(time.perf_counter() - self._start, 1e-6)
        share = 100 * done // total if total else 100
        print("\r" + _("{done:>10,} / {total:,} members ({share}%), {rate:,.0f}/s").format(
            done=done, total=total, share=share, rate=rate) + "   ",
              end="", file=sys.stderr, flush=True)
        return True


def replica(args) -> int:
    if args.replica_command == "bench":
        return _bench(args)
    copy = _copy(args)
    try:
        if args.replica_command == "build":
            start = time.perf_counter()
            copy.build(_Meter())
            print(file=sys.stderr)
            print(_("copy complete in {seconds:.1f} s").format(
                seconds=time.perf_counter() - start))
        _print_status(copy.status())
    finally:
        copy.close()
    return 0


def _print_status(status: CopyStatus) -> None:
    print(_("copy: {path}").format(path=status.path))
    print(_("complete: {answer}; members: {members:,}").format(
        answer=_("yes") if status.complete else _("no"), members=status.members))
    if status.built_at is not None:
        print(_("first copy begun (UTC): {at:%Y-%m-%d %H:%M:%S}").format(at=status.built_at))
    if status.synced_at is not None:
        print(_("as of the server's (UTC): {at:%Y-%m-%d %H:%M:%S}").format(at=status.synced_at))
    if status.waiting is not None:
        print(_("member changes on the server not copied yet: {count:,}").format(
            count=status.waiting))


def _bench(args) -> int:
    if args.db is None or sqlite_file(args.db) is not None:
        raise UsageError(_("the copy's bench runs on a shop's server: --db postgresql://…"))
    result = run_replica_bench(open_app, args.db, args.members, seconds=args.seconds,
                               progress=_Meter())
    print(file=sys.stderr)
    print(json.dumps(result) if args.json
          else "\n".join(f"{key:>26}: {value}" for key, value in result.items()))
    return 0


COMMANDS = {"replica": replica}

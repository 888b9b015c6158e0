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
from app.launch import sqlite_file
from app.services.context import SYSTEM
from app.services.replica import CopyStatus, LocalCopy, local_path
from app.services.replica_bench import run_replica_bench


def add_parsers(sub, common) -> None:
    replica = sub.add_parser("replica", parents=[common],
                             help="this computer's local copy of the shop's server")
    actions = replica.add_subparsers(dest="replica_command", required=True)
    build = actions.add_parser("build", parents=[common],
                               help="make the copy (or finish one stopped half-way) and "
                               "bring it up to date")
    status = actions.add_parser("status", parents=[common],
                                help="how complete and how recent the copy is")
    for parser in (build, status):
        parser.add_argument("--to", help="the copy's file (default: the user data "
                            "directory's offline folder, one file per server)")
    bench = actions.add_parser("bench", parents=[common],
                               help="first copy, lag while selling, search on the copy")
    bench.add_argument("--members", type=whole(MAX_MEMBERS), default=100_000)
    bench.add_argument("--seconds", type=whole(3600), default=20,
                       help="how long a second till sells while the copy catches up")
    bench.add_argument("--json", action="store_true")


def _copy(args) -> LocalCopy:
    """The server at --db, migrated (as every command opens it), and its copy."""
    if sqlite_file(args.db) is not None:
        raise UsageError("a local copy is made of a shop's server (--db postgresql://…); "
                         "a till on a SQLite file needs none")
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
        print(f"\r{done:>10,} / {total:,} members ({share}%), {rate:,.0f}/s   ",
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
            print(f"copy complete in {time.perf_counter() - start:.1f} s")
        _print_status(copy.status())
    finally:
        copy.close()
    return 0


def _print_status(status: CopyStatus) -> None:
    print(f"copy: {status.path}")
    print(f"complete: {'yes' if status.complete else 'no'}; members: {status.members:,}")
    if status.built_at is not None:
        print(f"first copy begun (UTC): {status.built_at:%Y-%m-%d %H:%M:%S}")
    if status.synced_at is not None:
        print(f"as of the server's (UTC): {status.synced_at:%Y-%m-%d %H:%M:%S}")
    if status.waiting is not None:
        print(f"member changes on the server not copied yet: {status.waiting:,}")


def _bench(args) -> int:
    if args.db is None or sqlite_file(args.db) is not None:
        raise UsageError("the copy's bench runs on a shop's server: --db postgresql://…")
    result = run_replica_bench(open_app, args.db, args.members, seconds=args.seconds,
                               progress=_Meter())
    print(file=sys.stderr)
    print(json.dumps(result) if args.json
          else "\n".join(f"{key:>26}: {value}" for key, value in result.items()))
    return 0


COMMANDS = {"replica": replica}

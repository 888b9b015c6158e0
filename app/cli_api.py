"""The register API from the command line (issue #19): `regulars serve` for a headless
back office, `regulars registers add|list|rename|revoke` for the registers' tokens, and
the API's bench (`regulars bench --api`, dispatched here from cli_admin)."""

from __future__ import annotations

import json
import signal
import sys

from app.api.bench import run_api_bench
from app.api.routes import create_app
from app.api.server import DEFAULT_HOST, DEFAULT_PORT, ApiServer
from app.bootstrap import open_app
from app.cli_args import whole
from app.services.benchmark import bench_database, open_bench
from app.services.context import SYSTEM
from app.services.register_api import RegisterApi
from app.services.registers import LANGS

LOOPBACK = ("127.0.0.1", "::1", "localhost")


def add_parsers(sub, common) -> None:
    serve = sub.add_parser("serve", parents=[common], help="serve the register API (HTTP) "
                           "until stopped with Ctrl+C")
    serve.add_argument("--host", default=DEFAULT_HOST, help="the address to listen on "
                       f"(default {DEFAULT_HOST}: this computer only; 0.0.0.0 opens it to "
                       "the shop's network)")
    serve.add_argument("--port", type=whole(65535), default=DEFAULT_PORT,
                       help=f"the TCP port (default {DEFAULT_PORT})")
    registers = sub.add_parser("registers", parents=[common],
                               help="add, list, rename or revoke the cash registers that "
                               "may use the register API")
    actions = registers.add_subparsers(dest="action", required=True)
    add = actions.add_parser("add", parents=[common], help="add a register and print its token (shown once)")
    add.add_argument("name", help="the register's name, e.g. \"Kase 1\"")
    add.add_argument("--register-lang", choices=LANGS, default="en",
                     help="the language of the words in its answers (default en)")
    actions.add_parser("list", parents=[common], help="list the registers, live and revoked")
    rename = actions.add_parser("rename", parents=[common], help="rename a register (its token stays)")
    rename.add_argument("name", help="the register's name now")
    rename.add_argument("new_name", help="its new name")
    revoke = actions.add_parser("revoke", parents=[common], help="revoke a register: its token stops working")
    revoke.add_argument("name", help="the register's name")


def serve(args) -> int:
    app = open_app(args.db, args.lang, create=False, acting=SYSTEM)
    api = RegisterApi(app.terminal.unit_of_work, app.terminal.ctx)
    server = ApiServer(lambda on_event: create_app(api, on_event), args.host, args.port)
    # uvicorn stops gracefully on Ctrl+C or SIGTERM, then raises the signal again once
    # its handlers are gone: taken here as the ordinary end (exit 0, no traceback).
    signal.signal(signal.SIGTERM, _interrupted)
    try:
        server.run_announced(lambda url: print(_listening(url, args.host), file=sys.stderr,
                                               flush=True))
    except KeyboardInterrupt:
        print("register API stopped", file=sys.stderr)
    except OSError as exc:
        print(f"regulars: {exc.strerror or exc}", file=sys.stderr)
        return 2
    finally:
        app.engine.dispose()
    return 0


def _interrupted(_signum, _frame) -> None:
    raise KeyboardInterrupt


def _listening(url: str, host: str) -> str:
    line = f"register API on {url}/api/v1 (OpenAPI: {url}/api/v1/openapi.json); Ctrl+C stops"
    if host not in LOOPBACK:
        line += "\nopen to the network: each register needs its token (regulars registers add)"
    return line


def registers(args) -> int:
    app = open_app(args.db, args.lang, create=False, acting=SYSTEM)
    try:
        regs = app.terminal.registers
        if args.action == "add":
            new = regs.add(args.name, args.register_lang)
            print(f"register {new.register.name} added; its token (shown once: put it in "
                  "the register's settings):", file=sys.stderr)
            print(new.token)
        elif args.action == "list":
            for row in regs.list():
                state = "live" if row.live else f"revoked {row.revoked_at:%Y-%m-%d %H:%M} UTC"
                used = f"{row.last_used_at:%Y-%m-%d %H:%M} UTC" if row.last_used_at else "never"
                print(f"{row.name}\t{row.lang}\t{state}\tlast used: {used}")
        elif args.action == "rename":
            print(f"renamed to {regs.rename(args.name, args.new_name).name}")
        else:
            print(f"register {regs.revoke(args.name).name} revoked: its token no longer works")
    finally:
        app.engine.dispose()
    return 0


def bench_api(args) -> int:
    """`regulars bench --api`: identify/quote/commit at one register, then
    --registers registers committing at once for --seconds."""
    app = open_bench(open_app, bench_database(args.db, args.members), args.members)
    try:
        result = run_api_bench(app.terminal, args.queries, args.registers, args.seconds)
    finally:
        app.engine.dispose()
    if args.json:
        print(json.dumps(result))
    else:
        for key, value in result.items():
            print(f"{key:>20}: {value}")
    return 0 if result["errors"] == 0 and result.get("many_errors", 0) == 0 else 1


COMMANDS = {"serve": serve, "registers": registers}

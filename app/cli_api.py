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
from app.cli_words import _
from app.services.benchmark import bench_database, open_bench
from app.services.context import SYSTEM
from app.services.register_api import RegisterApi
from app.services.registers import LANGS

LOOPBACK = ("127.0.0.1", "::1", "localhost")


def add_parsers(sub, common) -> None:
    serve = sub.add_parser("serve", parents=[common], help=_(
        "serve the register API (HTTP) until stopped with Ctrl+C"))
    serve.add_argument("--host", default=DEFAULT_HOST, help=_(
        "the address to listen on (default %(default)s: this computer only; 0.0.0.0 opens "
        "it to the shop's network)"))
    serve.add_argument("--port", type=whole(65535), default=DEFAULT_PORT,
                       help=_("the TCP port (default: %(default)s)"))
    registers = sub.add_parser("registers", parents=[common], help=_(
        "add, list, rename or revoke the cash registers that may use the register API"))
    actions = registers.add_subparsers(dest="action", required=True, metavar="ACTION",
                                       title=_("actions"))
    add = actions.add_parser("add", parents=[common],
                             help=_("add a register and print its token (shown once)"))
    add.add_argument("name", help=_("the register's name, e.g. \"Kase 1\""))
    add.add_argument("--register-lang", choices=LANGS, default="en", help=_(
        "the language of the words in its answers (default: %(default)s)"))
    actions.add_parser("list", parents=[common],
                       help=_("list the registers, live and revoked"))
    rename = actions.add_parser("rename", parents=[common],
                                help=_("rename a register (its token stays)"))
    rename.add_argument("name", help=_("the register's name now"))
    rename.add_argument("new_name", help=_("its new name"))
    revoke = actions.add_parser("revoke", parents=[common],
                                help=_("revoke a register: its token stops working"))
    revoke.add_argument("name", help=_("the register's name"))


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
        print(_("register API stopped"), file=sys.stderr)
    except OSError as exc:
        print(f"regulars: {exc.strerror or exc}", file=sys.stderr)
        return 2
    finally:
        app.engine.dispose()
    return 0


def _interrupted(_signum, _frame) -> None:
    raise KeyboardInterrupt


def _listening(url: str, host: str) -> str:
    line = _("register API on {url}/api/v1 (OpenAPI: {url}/api/v1/openapi.json); Ctrl+C "
             "stops").format(url=url)
    if host not in LOOPBACK:
        line += "\n" + _("open to the network: each register needs its token (regulars "
                         "registers add)")
    return line


def registers(args) -> int:
    app = open_app(args.db, args.lang, create=False, acting=SYSTEM)
    try:
        regs = app.terminal.registers
        if args.action == "add":
            new = regs.add(args.name, args.register_lang)
            print(_("register {name} added; its token (shown once: put it in the register's "
                    "settings):").format(name=new.register.name), file=sys.stderr)
            print(new.token)
        elif args.action == "list":
            for row in regs.list():
                state = _("live") if row.live else _("revoked {when} UTC").format(
                    when=f"{row.revoked_at:%Y-%m-%d %H:%M}")
                used = f"{row.last_used_at:%Y-%m-%d %H:%M} UTC" if row.last_used_at \
                    else _("never")
                print(_("{name}\t{lang}\t{state}\tlast used: {used}").format(
                    name=row.name, lang=row.lang, state=state, used=used))
        elif args.action == "rename":
            print(_("renamed to {name}").format(name=regs.rename(args.name, args.new_name).name))
        else:
            print(_("register {name} revoked: its token no longer works").format(
                name=regs.revoke(args.name).name))
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

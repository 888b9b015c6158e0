"""`regulars import members`: another system's CSV or XLSX export, checked row by row,
all-or-nothing unless told otherwise, with a dry run that saves nothing."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from app.bootstrap import open_app
from app.cli_args import PercentOnStderr, UsageError
from app.domain.importing import FIELD_KEYS
from app.services import importer
from app.services.context import SYSTEM


def add_parsers(sub, common) -> None:
    imp = sub.add_parser(
        "import", parents=[common], help="members from another system's CSV or XLSX export",
        formatter_class=argparse.RawDescriptionHelpFormatter,
        description="Import members from a CSV (UTF-8 with or without BOM, UTF-16, or the "
        "encoding detected:\ncp1251, cp1252, koi8-r, cp866; --encoding overrides; ';', ',' or "
        "tab) or XLSX file.\nWithout --valid-only the import is all-or-nothing: one bad row "
        "and nothing is imported\n(exit status 1). A dry run reports what would happen and "
        "saves nothing (exit status 1 if\nall-or-nothing would refuse).\n\n"
        "Fields: " + ", ".join(FIELD_KEYS) + ".\n"
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


def import_members(args) -> int:
    path = Path(args.file).expanduser()
    mapping = _mapping(args.mapping)
    terminal = open_app(args.db, args.lang, create=False, acting=SYSTEM).terminal
    table, guessed = terminal.office.import_peek(path, args.encoding)
    mapping = mapping if mapping is not None else guessed
    progress = PercentOnStderr()
    report = terminal.office.import_members(path, mapping, args.duplicates, args.valid_only,
                                     args.dry_run, progress, table=table)
    progress.end()
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


COMMANDS = {"import": import_members}

"""`regulars import members`: another system's CSV or XLSX export, checked row by row,
all-or-nothing unless told otherwise, with a dry run that saves nothing."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from app.bootstrap import open_app
from app.cli_args import PercentOnStderr, UsageError
from app.cli_words import _
from app.domain.importing import FIELD_KEYS
from app.services.context import SYSTEM


def add_parsers(sub, common) -> None:
    imp = sub.add_parser(
        "import", parents=[common], help=_("members from another system's CSV or XLSX export"),
        formatter_class=argparse.RawDescriptionHelpFormatter,
        description=_(
            "Import members from a CSV (UTF-8 with or without BOM, UTF-16, or the encoding "
            "detected:\ncp1251, cp1252, koi8-r, cp866; --encoding overrides; ';', ',' or tab) "
            "or XLSX file.\nWithout --valid-only the import is all-or-nothing: one bad row and "
            "nothing is imported\n(exit status 1). A dry run reports what would happen and "
            "saves nothing (exit status 1 if\nall-or-nothing would refuse).\n\nFields: "
            "{fields}.\nWithout --mapping the columns are recognised by common header names "
            "(RU/EN).").format(fields=", ".join(FIELD_KEYS)))
    imp.add_argument("what", choices=("members",), help=_("what to import"))
    imp.add_argument("file", help=_("the CSV or XLSX file"))
    imp.add_argument("--mapping", metavar="M", help=_(
        "which column is which field: a JSON file {\"field\": \"Header\", ...} or inline "
        "field=Header,field=Header (e.g. full_name=ФИО,phone=Телефон)"))
    imp.add_argument("--encoding", metavar="E", help=_(
        "read the CSV as E (e.g. cp1251, cp1252, utf-8) instead of the detected encoding"))
    imp.add_argument("--dry-run", action="store_true", help=_("report only; save nothing"))
    imp.add_argument("--valid-only", action="store_true",
                     help=_("import the good rows and leave the rejected ones out"))
    imp.add_argument("--duplicates", choices=("skip", "merge"), default="skip", help=_(
        "a row whose phone or card is already a member (or an earlier row): skip it, or "
        "merge it (fill empty fields, add its points once)"))


def _mapping(text: str | None) -> dict[str, str] | None:
    if text is None:
        return None
    path = Path(text).expanduser()
    if path.is_file():
        try:
            data = json.loads(path.read_text(encoding="utf-8-sig"))
        except ValueError as exc:
            raise UsageError(_("--mapping {path}: not JSON ({error})").format(
                path=path, error=exc)) from None
        if not isinstance(data, dict) or not all(isinstance(v, str) for v in data.values()):
            raise UsageError(_('--mapping JSON is an object {"field": "Header", ...}'))
        return {str(k): v for k, v in data.items()}
    mapping = {}
    for part in text.split(","):
        field, sep, header = part.partition("=")
        if not sep or not field.strip() or not header.strip():
            raise UsageError(_("--mapping: {text!r} is not field=Header").format(text=part))
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
    print(_("{file} ({source}): {rows} rows; columns: {columns}").format(
        file=table.name, source=source, rows=len(report.rows),
        columns=", ".join(f"{f}={h}" for f, h in mapping.items())))
    for row in report.rows:
        if row.status in ("reject", "skip") or row.reasons:
            why = "; ".join(_(p.message).format(**p.params) for p in row.reasons)
            print(_("row {row}: {status}: {why}").format(
                row=row.row, status=_status_word(row.status), why=why))
    _print_totals(report, would=args.dry_run or report.refused)
    if report.refused:
        print((_("dry run: all-or-nothing: {count} row(s) rejected, so nothing would be "
                 "imported (fix them, or use --valid-only)") if args.dry_run
               else _("all-or-nothing: {count} row(s) rejected, so nothing was imported (fix "
                      "them, or use --valid-only)")).format(count=report.rejected),
              file=sys.stderr)
        return 1
    if args.dry_run:
        print(_("dry run: nothing was saved"))
    return 0


def _status_word(status: str) -> str:
    return {"import": _("imported"), "merge": _("merged"), "skip": _("skipped"),
            "reject": _("rejected")}.get(status, status)


def _print_totals(report, would: bool) -> None:
    words = (_("would be imported: {imported}, would be merged: {merged}, skipped: "
               "{skipped}, rejected: {rejected}; opening points: {points}") if would
             else _("imported: {imported}, merged: {merged}, skipped: {skipped}, rejected: "
                    "{rejected}; opening points: {points}"))
    print(words.format(imported=report.imported, merged=report.merged,
                       skipped=report.skipped, rejected=report.rejected, points=report.points))


COMMANDS = {"import": import_members}

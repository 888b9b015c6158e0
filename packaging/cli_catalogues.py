"""Refresh the command line's catalogues: resources/locale/{ru,lv}/LC_MESSAGES/regulars.po
gets every text the code uses (a new one with an empty translation, one no longer used
dropped), and the .mo beside it is compiled from it. Run after changing a command's words:

    .venv/bin/python packaging/cli_catalogues.py

then write the empty translations ("untranslated:" lines name them) into the .po files and
run it again. Needs Babel (the test extra): extraction and compiling only; the command line
itself reads the .mo with the standard library's gettext.

The texts come from three places: the commands' ``_("…")`` (app/cli*.py), argparse's own
words ("usage:", "error:"…, extracted from the running Python's argparse, which asks
gettext for them), and the domain errors' English templates (``DomainError("code",
"text", …)`` and its kind in app/domain, app/services, app/db), which the command line
prints in the user's language (app/cli_failures.domain_words).
"""

from __future__ import annotations

import argparse
import ast
import io
import sys
from pathlib import Path

from babel.messages.catalog import Catalog
from babel.messages.extract import extract_from_file
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po, write_po

ROOT = Path(__file__).resolve().parents[1]
LOCALE = ROOT / "resources" / "locale"
LANGUAGES = ("ru", "lv")
# Constructors whose second argument is a message shown to a person: the domain's errors
# (app/domain/errors.py and their subclasses) and an import row's problem.
MESSAGE_CALLS = ("Error", "Problem", "Denied", "NotFound", "Blocked", "Cancelled", "Phone")


def cli_texts() -> dict[str, tuple[str, ...]]:
    """msgid → (msgid, plural) for the commands' words and argparse's."""
    texts: dict[str, tuple[str, ...]] = {}
    sources = [(p, {"_": None, "n_": (1, 2)}) for p in sorted((ROOT / "app").glob("cli*.py"))]
    sources.append((Path(argparse.__file__), {"_": None, "ngettext": (1, 2)}))
    for path, keywords in sources:
        for _line, message, _comments, _context in extract_from_file(
                "python", str(path), keywords=keywords, comment_tags=()):
            message = message if isinstance(message, tuple) else (message,)
            if message[0]:
                texts.setdefault(message[0], message)
    return texts


def error_texts() -> dict[str, tuple[str, ...]]:
    """The domain errors' English templates: the literal second argument of a call to an
    error class (or of ``super().__init__`` inside one), and the messages in tables of
    (code, message, …) tuples (services/storage.py's known failures)."""
    texts: dict[str, tuple[str, ...]] = {}
    for folder in ("domain", "services", "db", "cards"):
        for path in sorted((ROOT / "app" / folder).rglob("*.py")):
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
                for text in _messages_in(node):
                    texts.setdefault(text, (text,))
    return texts


def _messages_in(node: ast.AST) -> list[str]:
    if isinstance(node, ast.Call) and _is_message_call(node.func) and len(node.args) >= 2:
        return [a.value for a in node.args[1:2] if _is_text(a)]
    if isinstance(node, ast.Tuple) and len(node.elts) >= 3 and all(
            _is_text(e) for e in node.elts[:2]) and node.elts[0].value.islower() \
            and "_" in node.elts[0].value and " " in node.elts[1].value:
        return [node.elts[1].value]  # ("storage_full", "The disk is full…", (needles))
    return []


def _is_text(node: ast.AST) -> bool:
    return isinstance(node, ast.Constant) and isinstance(node.value, str)


def _is_message_call(func: ast.AST) -> bool:
    name = func.id if isinstance(func, ast.Name) else getattr(func, "attr", "")
    return name == "__init__" or name.endswith(MESSAGE_CALLS)


def all_texts() -> dict[str, tuple[str, ...]]:
    return {**error_texts(), **cli_texts()}


def po_path(lang: str) -> Path:
    return LOCALE / lang / "LC_MESSAGES" / "regulars.po"


def read_catalog(lang: str) -> Catalog:
    path = po_path(lang)
    if not path.exists():
        return Catalog(locale=lang, domain="regulars", project="Regulars")
    with path.open("rb") as f:
        return read_po(f, locale=lang, domain="regulars")


def refreshed(lang: str, texts: dict[str, tuple[str, ...]]) -> Catalog:
    """The language's catalogue with exactly ``texts``, keeping their translations."""
    old = read_catalog(lang)
    new = Catalog(locale=lang, domain="regulars", project="Regulars",
                  creation_date=old.creation_date, revision_date=old.creation_date,
                  fuzzy=False)
    for msgid, forms in sorted(texts.items()):
        key = forms if len(forms) > 1 else msgid
        known = old.get(msgid)
        if known is not None:
            new.add(key, known.string)
        else:
            new.add(key, ("",) * len(forms) if len(forms) > 1 else "")
    return new


def compiled(catalog: Catalog) -> bytes:
    out = io.BytesIO()
    write_mo(out, catalog)
    return out.getvalue()


def untranslated(catalog: Catalog) -> list[str]:
    missing = []
    for message in catalog:
        if not message.id:
            continue
        forms = message.string if isinstance(message.string, tuple) else (message.string,)
        if not all(forms):
            missing.append(message.id if isinstance(message.id, str) else message.id[0])
    return missing


def main() -> int:
    texts = all_texts()
    status = 0
    for lang in LANGUAGES:
        catalog = refreshed(lang, texts)
        path = po_path(lang)
        path.parent.mkdir(parents=True, exist_ok=True)
        with path.open("wb") as f:
            write_po(f, catalog, width=0, omit_header=False, no_location=True)
        path.with_suffix(".mo").write_bytes(compiled(read_catalog(lang)))
        for msgid in untranslated(catalog):
            print(f"untranslated: {lang}: {msgid!r}")
            status = 1
        print(f"{path.relative_to(ROOT)}: {len(texts)} texts")
    return status


if __name__ == "__main__":
    sys.exit(main())

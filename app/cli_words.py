"""The command line's words in the user's language (ru, en, lv), without Qt.

Stdlib gettext with one catalogue per language, resources/locale/<lang>/LC_MESSAGES/
regulars.mo (compiled from the .po beside it by packaging/cli_catalogues.py). The
catalogue holds the commands' own words, argparse's ("usage:", "error:", …: argparse
asks gettext's current domain, so that domain is ours while a command runs) and the
domain errors' English templates. English is the source text: no catalogue is needed.

A command module marks its words with ``_`` from here and calls it when it builds its
parser or prints, never at import time (the language is known only in ``main``).
"""

from __future__ import annotations

import gettext
import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from app.resource_files import resource_path
from app.services.settings import LANGUAGES

__all__ = ["LANGUAGES", "_", "n_", "speaking"]
DOMAIN = "regulars"


def locale_dir() -> Path:
    """The one place the catalogues are looked up (the resources folder moves with the
    package's resources)."""
    return resource_path("locale")


def _(text: str) -> str:
    """``text`` (English) in the language chosen by ``speaking``."""
    return gettext.dgettext(DOMAIN, text)


def n_(one: str, many: str, count: int) -> str:
    """The form of ``one``/``many`` for ``count`` (Russian and Latvian have three)."""
    return gettext.dngettext(DOMAIN, one, many, count)


@contextmanager
def speaking(lang: str) -> Iterator[None]:
    """Words in ``lang`` for the duration: gettext finds the language in LANGUAGE, and
    argparse's words come from the current domain. Both are put back afterwards (a test
    runs many commands in one process; the till's Qt reads LANGUAGE too)."""
    before_lang, before_domain = os.environ.get("LANGUAGE"), gettext.textdomain()
    gettext.bindtextdomain(DOMAIN, str(locale_dir()))
    os.environ["LANGUAGE"] = lang
    gettext.textdomain(DOMAIN)
    try:
        yield
    finally:
        gettext.textdomain(before_domain)
        if before_lang is None:
            os.environ.pop("LANGUAGE", None)
        else:
            os.environ["LANGUAGE"] = before_lang

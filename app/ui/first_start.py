"""What the till's start asks once: a new shop's first-start wizard (the owner's
account with the shop's settings), or, on a new computer at a shop already set up,
this till's name."""

from __future__ import annotations

import logging
from collections.abc import Callable
from importlib.resources import files

from PySide6.QtWidgets import QDialog

from app.services.settings import Settings, default_till_name
from app.services.startup import TillStart
from app.services.terminal import Terminal
from app.ui.first_start_wizard import FirstStartWizard
from app.ui.till_name_dialog import ask_till_name

log = logging.getLogger(__name__)


def first_start(start: TillStart, terminal: Terminal, lang: str,
                switch_language: Callable[[str], None],
                reopen: Callable[[], Terminal | None]) -> Terminal | None:
    """The till's facade to go on with; None to quit (the wizard was cancelled: nothing
    saved, the next start asks again). ``reopen``: the database opened again, as this
    computer's till once it has a name."""
    if terminal.server.away:  # started on the local copy: the shop is set up already
        return terminal
    if not terminal.sign_in.has_staff():
        return terminal if _wizard(start.settings, terminal, lang, switch_language) else None
    if start.settings.till_name() is None:  # a new computer at a shop already set up
        ask_till_name(start.settings)
        terminal.close()  # opened as the shop's first till; again as the one just named
        return reopen()
    return terminal


def _wizard(settings: Settings, terminal: Terminal, lang: str,
            switch_language: Callable[[str], None]) -> bool:
    wizard = FirstStartWizard(terminal.sign_in.first_start, switch_language, lang,
                              settings.till_name() or default_till_name())
    wizard.setStyleSheet(files(__package__).joinpath("style.qss").read_text(encoding="utf-8"))
    if wizard.exec() != QDialog.DialogCode.Accepted or wizard.owner is None:
        return False
    try:  # this computer's: its language and its name as a till
        settings.set_lang(wizard.lang)
        settings.set_till_name(terminal.ctx.till_name)
    except OSError:  # a read-only profile: the till works, and asks the language again
        log.warning("could not keep the first start's language and till name", exc_info=True)
    return True

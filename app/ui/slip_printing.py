"""The customer's slip at the till: printed after each sale when the printer is set to
do so, and on Ctrl+R (Member → Print the slip) for the open member's last sale. The
printing runs off the GUI thread; how it went is a line in the status bar, and a printer
that fails never touches the sale, which is recorded before the slip is read."""

from __future__ import annotations

import uuid

from PySide6.QtCore import QObject
from PySide6.QtGui import QKeySequence

from app.domain.errors import DomainError
from app.services.terminal import Terminal
from app.ui.background import BackgroundOp, show_failure
from app.ui.messages import describe

MESSAGE_MS = 10_000


class SlipPrinting(QObject):
    def __init__(self, window, terminal: Terminal):
        super().__init__(window)
        self._window = window
        self._terminal = terminal
        self._last: tuple[uuid.UUID, uuid.UUID] | None = None  # (member, purchase) sold here
        member_menu = window.menuBar().actions()[0].menu()
        member_menu.addSeparator()
        self.action = member_menu.addAction(self.tr("Print the slip"))
        self.action.setShortcut(QKeySequence("Ctrl+R"))
        self.action.triggered.connect(self.print_last)
        window.purchase_done.connect(self._sold)

    def _sold(self, result) -> None:
        self._last = (result.member.member_id, result.purchase_id)
        printer = self._terminal.slips.printer()
        if printer.enabled and printer.automatic:
            self.print_sale(result.purchase_id)

    def print_last(self) -> None:
        """The open member's last sale: the one just made here, else their latest."""
        current = self._window.current
        if current is None:
            self._say(self.tr("Open a member to print their slip."))
            return
        if self._last is not None and self._last[0] == current.member_id:
            purchase_id = self._last[1]
        elif current.last_visits:
            purchase_id = current.last_visits[0].purchase_id
        else:
            self._say(self.tr("This member has no sale to print."))
            return
        if not self._terminal.slips.printer().enabled:
            self._say(self.tr("No slip printer is set up: Manage → Slip printer…"))
            return
        self.print_sale(purchase_id)

    def print_sale(self, purchase_id: uuid.UUID) -> None:
        self._say(self.tr("Printing the slip…"))
        (BackgroundOp(self._window, lambda progress: self._terminal.slips.print_sale(purchase_id),
                      lambda where: self._say(self.tr("Slip printed: %1").replace("%1", where)))
         .on_failure(self._failed).run())

    def _failed(self, exc: BaseException) -> None:
        if isinstance(exc, DomainError):
            self._say(describe(exc), timeout=0)  # stays until the next message
        else:
            show_failure(self._window, exc)

    def _say(self, text: str, timeout: int = MESSAGE_MS) -> None:
        self._window.statusBar().showMessage(text, timeout)

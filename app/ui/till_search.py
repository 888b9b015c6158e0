"""The till's member search: the box that has the focus, the results under it, and
what the search says ("2 found", "nobody found", a card refused). Typing searches as
you type; Enter or a click asks the till to open a member."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QObject, QStringListModel, Qt, QTimer, Signal
from PySide6.QtWidgets import QLabel, QLineEdit, QListView

from app.domain.errors import DomainError
from app.services.terminal import Terminal
from app.ui.messages import describe

# No fixed pause after a key: a search is a few index seeks (milliseconds even at a
# million members) and runs on this thread, so a zero-delay timer runs it as soon as
# the event loop is free. Keys that arrive while a search is still running queue up
# and are coalesced into the next one; the search reads the box when it runs, so the
# list always ends with the results of the text typed. (A fixed 120 ms debounce put
# every result 120 ms behind the last key: `regulars bench` gui_search_ms.)
DEBOUNCE_MS = 0


class TillSearch(QObject):
    """Owns the search widgets (the till window lays them out) and the hits found."""

    open_requested = Signal(object)  # the member id of the hit chosen
    card_entered = Signal(str)  # Enter on a whole card number typed in the box
    typed = Signal()  # the cashier typed: a new search, so whoever is open is done

    def __init__(self, terminal: Terminal, parent=None, till=None):
        super().__init__(parent)
        self.terminal = terminal
        # The till's calls: the window's offline route (ui/offline_route.py), or the server's.
        self.till = till if till is not None else terminal.till
        self.hits = []
        self._build()
        self._connect()

    def _build(self) -> None:
        self.search = QLineEdit()
        self.search.setObjectName("search")
        # Short enough to show whole in the search box at 1366x768 in either language;
        # the panel beside it says "the last digits of the phone" in full.
        self.search.setPlaceholderText(self.tr("Name, phone or card"))
        self.search.setClearButtonEnabled(True)
        self.results_model = QStringListModel(self)
        self.results = QListView()
        self.results.setObjectName("results")
        self.results.setModel(self.results_model)
        self.results.setEditTriggers(QListView.EditTrigger.NoEditTriggers)
        self.search_status = QLabel()
        self.search_status.setObjectName("searchStatus")
        # A refusal ("wrong check digit") is a sentence: it wraps under the box rather than
        # widen the window past a 1366-pixel screen.
        self.search_status.setWordWrap(True)
        self.debounce = QTimer(self, singleShot=True, interval=DEBOUNCE_MS)

    def _connect(self) -> None:
        self.search.textChanged.connect(lambda _t: self.debounce.start())
        # Typing (not a text set by the till) starts the next search: whoever is open was
        # found by the last one, and must not take the next customer's F5.
        self.search.textEdited.connect(lambda _t: self.typed.emit())
        self.debounce.timeout.connect(self.run_search)
        self.search.returnPressed.connect(self._enter)
        self.results.activated.connect(lambda index: self.open_hit(index.row()))
        self.search.installEventFilter(self)

    def eventFilter(self, obj, event):  # noqa: N802 - Qt API
        # Down arrow from the search box walks into the results, Enter opens one.
        if obj is self.search and event.type() == event.Type.KeyPress \
                and event.key() == Qt.Key.Key_Down and self.hits:
            self.results.setFocus()
            self.results.setCurrentIndex(self.results_model.index(0))
            return True
        return super().eventFilter(obj, event)

    def run_search(self) -> None:
        text = self.search.text()
        refusal = ""
        try:
            self.hits = self.till.search(text, refuse_bad_card=True) if text.strip() else []
        except DomainError as exc:  # a card number with a wrong check digit
            self.hits, refusal = [], describe(exc)
        self._show_hits()
        if refusal:
            self.search_status.setText(refusal)
        elif text.strip() and not self.hits:
            self.search_status.setText(self._nobody_found(text))
        else:
            self.search_status.setText(self.tr("%n found", "", len(self.hits)) if self.hits else "")
        if self.hits:
            self.results.setCurrentIndex(self.results_model.index(0))

    def _nobody_found(self, text: str) -> str:
        """Enrolment is offered only for a query that names or numbers someone: a paste
        of symbols or control characters finds nobody, but is nobody to enrol either."""
        if self.till.searchable(text):
            return self.tr("Nobody found. F2 enrols a new member.")
        return self.tr("Nobody found.")

    def done(self) -> None:
        """The search that found the open member is over (a card opened them, or a sale or
        another action was made for them): the box is empty for the next customer, and
        no result line keeps the tier it had before."""
        self.debounce.stop()
        self.search.blockSignals(True)
        self.search.clear()
        self.search.blockSignals(False)
        self.hits = []
        self.results_model.setStringList([])
        self.search_status.clear()
        self.search.setFocus()  # the next key typed is the next search

    def clear(self) -> None:
        """The next customer: nothing typed, nothing found."""
        self.hits = []
        self.search.clear()
        self.results_model.setStringList([])
        self.search_status.clear()

    def _show_hits(self) -> None:
        row = self.results.currentIndex().row()
        self.results_model.setStringList([self._line(h) for h in self.hits])
        if 0 <= row < len(self.hits):
            self.results.setCurrentIndex(self.results_model.index(row))

    def _line(self, hit) -> str:
        tier = self.terminal.program.tier_by_key(hit.tier_key).name(self.terminal.ctx.lang)
        return f"{hit.display_name}\n{hit.phone}  ·  {tier}"

    def update_hit(self, view) -> None:
        """The opened member's result line takes the tier the panel shows (a sale on
        another till or a tier review may have changed it since the search)."""
        for i, hit in enumerate(self.hits):
            if hit.member_id == view.member_id and hit.tier_key != view.tier_key:
                self.hits[i] = replace(hit, tier_key=view.tier_key, balance=view.balance)
                self._show_hits()

    def _enter(self) -> None:
        text = self.search.text().strip()
        if len(text) == 13 and text.isdigit():
            self.card_entered.emit(text)
            return
        self.debounce.stop()
        self.run_search()
        if self.hits:
            self.open_hit(max(0, self.results.currentIndex().row()))

    def open_hit(self, row: int) -> None:
        if 0 <= row < len(self.hits):
            self.open_requested.emit(self.hits[row].member_id)
            # Back to the search, all of it selected: the next key starts a new one.
            self.search.setFocus()
            self.search.selectAll()

    def refuse_card(self, number: str, reason: str) -> None:
        """A scanned or typed card opened nobody: the number stays, selected, beside the
        reason; a new scan or key replaces it."""
        self.search.blockSignals(True)
        self.search.setText(number)
        self.search.blockSignals(False)
        self.hits = []
        self.results_model.setStringList([])
        self.search_status.setText(reason)
        self.search.setFocus()
        self.search.selectAll()

    def offer_blocked_member(self, exc: DomainError) -> None:
        """A replaced card was scanned: say so, and offer its member as the one result,
        so Enter opens them."""
        self.done()
        self.hits = [exc.params["hit"]]
        self.results_model.setStringList([self._line(self.hits[0])])
        self.results.setCurrentIndex(self.results_model.index(0))
        self.search_status.setText(describe(exc))
        self.results.setFocus()

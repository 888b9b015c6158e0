"""Print member cards: which cards (new, all, a tier, scanned numbers, or the open
member's own), on A4 sheets or one a page, through the system's print dialog or to a
PDF. The work runs off the GUI thread with progress and can be cancelled; the run is
recorded only when every card went out."""

from __future__ import annotations

import uuid
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QProgressDialog,
    QPushButton,
    QRadioButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from app.cards.sheets import CardsCancelled
from app.domain.errors import DomainError
from app.services.terminal import Terminal
from app.ui import formats
from app.ui.background import BackgroundOp
from app.ui.card_painting import page_setup, paint_cards
from app.ui.messages import describe

# The card dialogs' look (the designer's too).
STYLE = """
QLabel#cardStatus { font-weight: bold; }
QLabel#cardStatus[error="true"] { color: #b3261e; }
QLabel#cardPreview { border: 1px solid #c8c8c8; background: white; }
QLabel#hint { color: #555; }
"""




class CardPrintDialog(QDialog):
    """Owner: any batch. At the till (``member`` given): that member's own card."""

    def __init__(self, terminal: Terminal, parent=None, member=None):
        super().__init__(parent)
        self.terminal = terminal
        self.member = member
        self.worker: BackgroundOp | None = None
        self.last_result = None  # (cards, pages) of the last finished run
        self.setWindowTitle(self.tr("Print member cards"))
        self.setStyleSheet(STYLE)
        self._build_ui()
        self._connect()
        if member is None:
            self._refresh_counts()

    # ---- building ---------------------------------------------------------------

    def _build_ui(self) -> None:
        layout = QVBoxLayout(self)
        if self.member is not None:
            who = QLabel(self.tr("The card of %1, number %2").replace(
                "%1", self.member.display_name).replace("%2", self.member.card_number or "—"))
            who.setWordWrap(True)
            layout.addWidget(who)
        else:
            layout.addLayout(self._build_batch())
        self.layout_choice = QComboBox()
        self.layout_choice.addItem(self.tr("A4 sheets: 10 cards with crop marks"), "a4")
        self.layout_choice.addItem(self.tr("One card a page (card printer)"), "single")
        if self.member is not None:
            self.layout_choice.setCurrentIndex(1)
        form = QFormLayout()
        form.addRow(self.tr("Paper"), self.layout_choice)
        layout.addLayout(form)
        if self.member is None:
            self.runs = QTableWidget(0, 4)
            self.runs.setHorizontalHeaderLabels([self.tr("When"), self.tr("Who"),
                                                 self.tr("Which"), self.tr("Cards")])
            self.runs.horizontalHeader().setSectionResizeMode(
                2, QHeaderView.ResizeMode.Stretch)
            self.runs.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
            self.runs.setMaximumHeight(150)
            layout.addWidget(QLabel(self.tr("Print runs")))
            layout.addWidget(self.runs)
        self.status = QLabel()
        self.status.setObjectName("cardStatus")
        self.status.setWordWrap(True)
        self.print_button = QPushButton(self.tr("Print…"))
        self.pdf_button = QPushButton(self.tr("Save as PDF…"))
        self.close_button = QPushButton(self.tr("Close"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.status, 1)
        for b in (self.print_button, self.pdf_button, self.close_button):
            # Enter belongs to the find box and the list of matches ("Enter to add"):
            # it must never press Print… as well.
            b.setAutoDefault(False)
            buttons.addWidget(b)
        layout.addLayout(buttons)
        self.resize(560, self.sizeHint().height())

    def _build_batch(self) -> QVBoxLayout:
        self.new_radio = QRadioButton()
        self.all_radio = QRadioButton(self.tr("All members"))
        self.tier_radio = QRadioButton(self.tr("One tier:"))
        self.list_radio = QRadioButton(self.tr("These cards (scan or type the numbers, one a "
                                               "line):"))
        self.tier_choice = QComboBox()
        for tier in self.terminal.program.tiers:
            self.tier_choice.addItem(tier.name(self.terminal.ctx.lang), tier.key)
        self.numbers = QPlainTextEdit()
        self.numbers.setFixedHeight(70)
        # Or find members by name or phone: each one picked adds their card number.
        self.find = QLineEdit()
        self.find.setPlaceholderText(self.tr("Find a member by name or phone, Enter to add"))
        self.find.returnPressed.connect(self._find_members)
        self.hits = QListWidget()
        self.hits.setFixedHeight(90)
        self.hits.hide()
        self.hits.itemActivated.connect(self._add_hit)
        self.group = QButtonGroup(self)
        box = QVBoxLayout()
        box.addWidget(self.new_radio)
        box.addWidget(self.all_radio)
        tier_row = QHBoxLayout()
        tier_row.addWidget(self.tier_radio)
        tier_row.addWidget(self.tier_choice, 1)
        box.addLayout(tier_row)
        box.addWidget(self.list_radio)
        box.addWidget(self.numbers)
        box.addWidget(self.find)
        box.addWidget(self.hits)
        for radio in (self.new_radio, self.all_radio, self.tier_radio, self.list_radio):
            self.group.addButton(radio)
        self.new_radio.setChecked(True)
        return box

    def _connect(self) -> None:
        self.print_button.clicked.connect(self.print_cards)
        self.pdf_button.clicked.connect(self.choose_pdf)
        self.close_button.clicked.connect(self.reject)
        if self.member is None:
            self.numbers.textChanged.connect(lambda: self.list_radio.setChecked(True))
            self.tier_choice.currentIndexChanged.connect(lambda: self.tier_radio.setChecked(True))

    def _refresh_counts(self) -> None:
        self.new_radio.setText(self.tr("New cards, never printed: %1").replace(
            "%1", formats.number(self.terminal.office.new_card_count())))
        runs = self.terminal.office.card_runs(20)
        self.runs.setRowCount(len(runs))
        for row, run in enumerate(runs):
            for col, text in enumerate((formats.moment(run.at), run.staff,
                                        self._batch_text(run.batch), formats.number(run.cards))):
                self.runs.setItem(row, col, QTableWidgetItem(text))

    def _batch_text(self, batch: str) -> str:
        if batch.startswith("tier:"):
            return self.terminal.program.tier_by_key(batch[5:]).name(self.terminal.ctx.lang)
        return {"new": self.tr("new"), "all": self.tr("all"), "selection": self.tr("chosen"),
                "member": self.tr("at the till")}.get(batch, batch)

    # ---- which cards -------------------------------------------------------------------

    def selection(self) -> tuple[str, list]:
        if self.member is not None:
            return "member", [self.member.member_id]
        if self.all_radio.isChecked():
            return "all", []
        if self.tier_radio.isChecked():
            return f"tier:{self.tier_choice.currentData()}", []
        if self.list_radio.isChecked():
            lines = [x.strip() for x in self.numbers.toPlainText().splitlines() if x.strip()]
            return "selection", [self.terminal.till.find_by_card(n) for n in lines]
        return "new", []

    def _find_members(self) -> None:
        """Members matching the text; one match is added at once, several are listed
        to pick from (Enter or a double click)."""
        try:
            hits = [h for h in self.terminal.till.search(self.find.text().strip()) if h.card_number]
        except DomainError as exc:
            self._say(describe(exc), error=True)
            return
        self.hits.clear()
        if not hits:
            self._say(self.tr("Nobody found."), error=True)
            return
        if len(hits) == 1:
            self._add_card(hits[0].card_number)
            return
        for hit in hits:
            item = QListWidgetItem(f"{hit.display_name} · {hit.phone} · {hit.card_number}")
            item.setData(Qt.ItemDataRole.UserRole, hit.card_number)
            self.hits.addItem(item)
        self.hits.show()
        self.hits.setCurrentRow(0)
        self.hits.setFocus()

    def _add_hit(self, item: QListWidgetItem) -> None:
        self._add_card(item.data(Qt.ItemDataRole.UserRole))

    def _add_card(self, number: str) -> None:
        have = [x.strip() for x in self.numbers.toPlainText().splitlines() if x.strip()]
        if number not in have:
            self.numbers.setPlainText("\n".join(have + [number]))
        self.list_radio.setChecked(True)
        self.find.clear()
        self.find.setFocus()
        self._say(self.tr("%n card(s) chosen.", "", len(have) + (number not in have)))

    def _say(self, text: str, error: bool = False) -> None:
        self.status.setText(text)
        self.status.setProperty("error", error)
        self.status.style().polish(self.status)

    # ---- printing ----------------------------------------------------------------------

    def choose_pdf(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save cards as PDF"), "cards.pdf",
                                              self.tr("PDF (*.pdf)"))
        if path:
            self.save_pdf(Path(path if path.lower().endswith(".pdf") else path + ".pdf"))

    def save_pdf(self, path: Path) -> None:
        try:
            batch, ids = self.selection()
        except DomainError as exc:
            self._say(describe(exc), error=True)
            return
        layout = self.layout_choice.currentData()
        self._start(lambda progress, cancelled: self.terminal.office.print_cards_pdf(
            path, batch, ids, layout, progress, cancelled))

    def print_cards(self) -> None:
        try:
            batch, ids = self.selection()
            printed = self.terminal.office.card_batch(batch, ids)
        except DomainError as exc:
            self._say(describe(exc), error=True)
            return
        layout = self.layout_choice.currentData()
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        page_setup(printer, layout)
        if QPrintDialog(printer, self).exec() != QDialog.DialogCode.Accepted:
            return
        self.print_to(printer, printed, layout)

    def print_to(self, printer: QPrinter, printed, layout: str) -> None:
        def job(progress, cancelled):
            pages = paint_cards(printer, printed, layout, progress, cancelled)
            self.terminal.office.record_card_run(uuid.uuid4(), printed, layout)
            return printed, pages
        self._start(job)

    def _start(self, job) -> None:
        self.print_button.setEnabled(False)
        self.pdf_button.setEnabled(False)
        self._say(self.tr("Printing…"))
        # The drawing and the services take (progress, cancelled): both come from the op.
        self.worker = BackgroundOp(self, lambda progress: job(progress, progress.is_cancelled),
                                   self._done)
        self.progress = QProgressDialog(self.tr("Printing cards…"), self.tr("Cancel"), 0, 0, self)
        self.progress.setMinimumDuration(500)
        self.progress.canceled.connect(self.worker.cancel)
        self.worker.on_progress(self._progressed).on_failure(self._failed)
        self.worker.on_finished(self._finished).run()

    def _progressed(self, done: int, total: int) -> None:
        self.progress.setMaximum(total)
        self.progress.setValue(done)

    def _done(self, result) -> None:
        printed, pages = result
        self.last_result = (len(printed.faces), pages)
        self._say(self.tr("%1 card(s) on %2 page(s). The print run is recorded.")
                  .replace("%1", formats.number(len(printed.faces)))
                  .replace("%2", formats.number(pages)))
        if self.member is None:
            self._refresh_counts()

    def _failed(self, exc) -> None:
        if isinstance(exc, CardsCancelled):
            self._say(self.tr("Cancelled: nothing was recorded."), error=True)
        elif isinstance(exc, DomainError):
            self._say(describe(exc), error=True)
        else:
            self._say(self.tr("Printing failed: %1").replace("%1", str(exc)), error=True)

    def _finished(self) -> None:
        self.progress.reset()
        self.print_button.setEnabled(True)
        self.pdf_button.setEnabled(True)

"""The owner's program editor: tiers, the qualifying window, expiry, campaigns, stamp
cards, help and charity, and a live "what would this purchase earn" preview.

The editor only gathers the program as data. ``Program.from_dict`` decides what is
valid and the service saves it as a new version, so every problem comes back with
the field it belongs to; the editor flags that cell or field and lists the message
by row. Nothing is saved until every problem is fixed.
"""

from __future__ import annotations

import copy

from PySide6.QtCore import QDate, QItemSelectionModel
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.domain.errors import DomainError
from app.domain.gifts import DEFAULT_PHRASES
from app.domain.points_input import MAX_POINTS_CHANGE
from app.domain.program import Program
from app.domain.program_items import ACTIONS
from app.services.terminal import Terminal
from app.ui.amounts import WholeField
from app.ui.messages import describe
from app.ui.program_fields import field_number, form_layout, note, whole_field
from app.ui.program_general import ProgramGeneral
from app.ui.program_preview import ProgramPreview
from app.ui.program_problems import ProblemPlaces, problems_of
from app.ui.program_table import (
    ERROR_FG,
    VALUE,
    Column,
    ProgramTable,
    flag,
    row_buttons,
    table_page,
)

SECTIONS = ("tiers", "campaigns", "stamp_cards", "categories", "causes")
LOCAL_STYLE = """
*[invalid="true"] { background: #f6c9c5; border: 1px solid #b3261e; }
QListWidget#programErrors { color: #b3261e; }
QLabel#note { color: #555; }
QLabel#previewResult { font-size: 15pt; }
"""


class ProgramEditor(QDialog):
    """Edit the program in force and save it as a new version."""

    def __init__(self, terminal: Terminal, parent=None):
        super().__init__(parent)
        self._terminal = terminal
        self._lang = terminal.ctx.lang
        self._base = copy.deepcopy(terminal.program.to_dict())
        self._checking = False  # after a refused save every edit re-checks the marks
        self.saved = None
        self.saved_text = ""
        self._fitted = False
        self.setWindowTitle(self.tr("Loyalty program"))
        self.setStyleSheet(LOCAL_STYLE)
        self.places = ProblemPlaces(self)
        self._build_ui()
        self._load(self._base)
        self._clean = self.data()  # what "unsaved changes" are measured against
        self._ask_before_discarding = True
        self._connect()
        self._refresh()
        self.resize(1000, 660)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if not self._fitted:  # the style sheet's fonts are known only once shown
            self._fitted = True
            for table in self.tables.values():
                table.fit()

    # ---- building ----------------------------------------------------------------------

    def _build_ui(self) -> None:
        self.tables: dict[str, ProgramTable] = {}
        self.tabs = QTabWidget()
        self.tabs.addTab(self._tiers_tab(), self.tr("Tiers"))
        self.general = ProgramGeneral()
        self.fields: dict[str, QWidget] = dict(self.general.fields)
        self.tabs.addTab(self.general, self.tr("General"))
        self.tabs.addTab(self._campaigns_tab(), self.tr("Campaigns"))
        self.tabs.addTab(self._stamps_tab(), self.tr("Stamp cards"))
        self.tabs.addTab(self._help_tab(), self.tr("Help && charity"))
        self.tabs.addTab(self._phrases_tab(), self.tr("Words to say"))
        self.preview_page = ProgramPreview(self._lang)
        self.tabs.addTab(self.preview_page, self.tr("Preview"))
        self.errors = QListWidget()
        self.errors.setObjectName("programErrors")
        self.errors.setMaximumHeight(110)
        self.errors.hide()
        self.status = QLabel()
        self.status.setObjectName("welcomeBonus")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(self.tr("Save as a new version"))
        self.save_button.setAutoDefault(False)  # Enter in a cell edits, it does not save
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.errors)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)

    def _table(self, section: str, columns: list[Column], unused=None) -> ProgramTable:
        table = ProgramTable(section, columns, self.tr("Members refer to this key, so it cannot "
                                                       "change."), unused)
        self.tables[section] = table
        return table

    def _names_columns(self) -> list[Column]:
        return [Column("key", self.tr("Key")), Column("name.ru", self.tr("Name RU")),
                Column("name.en", self.tr("Name EN")), Column("name.lv", self.tr("Name LV"))]

    def _tiers_tab(self) -> QWidget:
        columns = self._names_columns() + [
            Column("colour", self.tr("Colour")), Column("threshold", self.tr("Threshold"), "int"),
            Column("earn_percent", self.tr("Earn %"), "int"),
            Column("perks.ru", self.tr("Perks RU")), Column("perks.en", self.tr("Perks EN")),
            Column("perks.lv", self.tr("Perks LV"))]
        note = self.tr("Thresholds are qualifying points and must rise from 0. A lower threshold "
                       "upgrades members at once; a higher one demotes nobody before the end "
                       "of their qualifying period.")
        return table_page(self._table("tiers", columns), self.tr("Add tier"),
                                {"colour": "#888888", "earn_percent": 5}, note)

    def _kind_label(self, kind: str) -> str:
        return {"multiplier": self.tr("Multiplier"), "category": self.tr("Category extra"),
                "threshold": self.tr("Lower threshold")}.get(kind, kind)

    def _key_choices(self, section: str, empty: str) -> list[tuple[str, str]]:
        rows = self.tables[section].rows()
        return [("", empty)] + [(r["key"], f"{r['key']} — {r['name'].get(self._lang, '')}")
                                for r in rows if r["key"]]

    def _campaigns_tab(self) -> QWidget:
        kinds = lambda: [(k, self._kind_label(k)) for k in ("multiplier", "category", "threshold")]  # noqa: E731
        columns = self._names_columns() + [
            Column("kind", self.tr("Kind"), "choice", kinds, self._kind_label),
            Column("starts", self.tr("Starts")), Column("ends", self.tr("Ends")),
            Column("tiers", self.tr("Tiers"), "list"),
            Column("factor_percent", self.tr("Factor %"), "int"),
            Column("category", self.tr("Category"), "choice",
                   lambda: self._key_choices("categories", "—")),
            Column("extra_percent", self.tr("Extra %"), "int"),
            Column("tier", self.tr("Tier"), "choice", lambda: self._key_choices("tiers", "—")),
            Column("threshold", self.tr("Threshold"), "int")]
        used = {"multiplier": {"factor_percent"}, "category": {"category", "extra_percent"},
                "threshold": {"tier", "threshold"}}
        unused = lambda row: set().union(*used.values()) - used.get(row.get("kind"), set())  # noqa: E731
        today = QDate.currentDate()
        defaults = {"kind": "multiplier", "starts": today.toString("yyyy-MM-dd"),
                    "ends": today.addDays(6).toString("yyyy-MM-dd"), "factor_percent": 200,
                    "extra_percent": 0, "threshold": 0}
        note = self.tr("Dates are YYYY-MM-DD, both days included. Tiers: keys separated by "
                       "commas, empty for every tier. Factor 200 % gives double points; extra % "
                       "is of the money spent in the category; a lower threshold applies to "
                       "the tier chosen.")
        return table_page(self._table("campaigns", columns, unused),
                                self.tr("Add campaign"), defaults, note)

    def _stamps_tab(self) -> QWidget:
        columns = self._names_columns() + [
            Column("category", self.tr("Category"), "choice",
                   lambda: self._key_choices("categories", self.tr("— every purchase —"))),
            Column("stamps", self.tr("Stamps"), "int"),
            Column("reward.ru", self.tr("Reward RU")), Column("reward.en", self.tr("Reward EN")),
            Column("reward.lv", self.tr("Reward LV"))]
        page = table_page(self._table("stamp_cards", columns), self.tr("Add stamp card"),
                                {"stamps": 6}, self.tr("Collect the stamps, get the reward: "
                                                       "“6 coffees, the 7th free”."))
        categories = self._table("categories", self._names_columns())
        page.layout().addWidget(QLabel(self.tr("Product categories")))
        page.layout().addWidget(categories, 1)
        page.layout().addLayout(row_buttons(categories, self.tr("Add category"), {}))
        return page

    def _help_tab(self) -> QWidget:
        form = form_layout()
        self.actions: dict[str, WholeField] = {}
        for name in ACTIONS:
            self.actions[name] = whole_field(MAX_POINTS_CHANGE, name)
            self.fields[f"actions.{name}"] = self.actions[name].edit
            form.addRow(self.places.actions.get(name, name), self.actions[name])
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addLayout(form)
        layout.addWidget(QLabel(self.tr("Causes members can donate points to")))
        causes = self._table("causes", self._names_columns())
        layout.addWidget(causes, 1)
        layout.addLayout(row_buttons(causes, self.tr("Add cause"), {}))
        return page

    # ---- data in and out ---------------------------------------------------------------

    def _phrases_tab(self) -> QWidget:
        """The words the till gives for gifts and apologies, in both languages."""
        titles = {"gift": self.tr("A gift"), "gift_points": self.tr("A gift with points"),
                  "apology": self.tr("Apology points (complaint)"),
                  "long_wait": self.tr("Long wait")}
        self.phrases: dict[tuple[str, str], QLineEdit] = {}
        form = form_layout()
        for key in DEFAULT_PHRASES:
            for lang in ("ru", "en", "lv"):  # Latvian may stay empty: English stands in
                edit = QLineEdit()
                edit.setObjectName(f"phrase_{key}_{lang}")
                edit.setMinimumWidth(560)  # the whole sentence shows, not its last words
                self.phrases[(key, lang)] = self.fields[f"phrases.{key}.{lang}"] = edit
                form.addRow(f"{titles.get(key, key)} ({lang.upper()})", edit)
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(note(self.tr("{name} is how the member is addressed, {what} the "
                                            "gift, {points} the points with their word "
                                            "(\"50 points\").")))
        layout.addLayout(form)
        layout.addStretch(1)
        return page

    def _load(self, data: dict) -> None:
        for section in SECTIONS:
            self.tables[section].load(data.get(section) or [])
        self.general.load(data)
        for name, field in self.actions.items():
            field.set_value(data["actions"].get(name, 0))
        for (key, lang), edit in self.phrases.items():
            edit.setText((data.get("phrases") or {}).get(key, {}).get(lang)
                         or DEFAULT_PHRASES[key].get(lang, ""))
        self.general.sync_enabled()

    def data(self) -> dict:
        """The program as the editor holds it now, in Program.from_dict's format."""
        data = copy.deepcopy(self._base)
        for section in SECTIONS:
            data[section] = self.tables[section].rows()
        self.general.fill(data)
        data["actions"] = {name: field_number(f) for name, f in self.actions.items()}
        phrases: dict[str, dict[str, str]] = {}
        for (key, lang), edit in self.phrases.items():
            phrases.setdefault(key, {})[lang] = edit.text()
        data["phrases"] = phrases
        return data

    def _connect(self) -> None:
        for table in self.tables.values():
            table.edited.connect(self._refresh)
        for field in self.actions.values():
            field.edit.textChanged.connect(self._refresh)
        for edit in self.phrases.values():
            edit.textChanged.connect(self._refresh)
        self.general.changed.connect(self._refresh)
        self.preview_page.changed.connect(self._refresh)
        self.errors.itemActivated.connect(lambda item: self._go_to(item.data(VALUE)))
        self.errors.itemClicked.connect(lambda item: self._go_to(item.data(VALUE)))
        self.buttons.accepted.connect(self._save)
        self.buttons.rejected.connect(self.reject)

    # ---- checking and saving -----------------------------------------------------------

    def _refresh(self) -> None:
        self.general.sync_enabled()
        data = self.data()
        try:
            program, problems = Program.from_dict(data), []
        except DomainError as exc:
            program, problems = None, problems_of(exc)
        if self._checking:
            self._show_problems(problems)
        self.preview_page.fill_choices(data)
        self.preview_page.show_earning(program, [self.places.text(p) for p in problems])

    def _save(self) -> None:
        before = self._terminal.ctx.program_version_id
        try:
            saved = self._terminal.admin.save_program(self.data())
        except DomainError as exc:
            self._checking = True
            self.status.clear()
            self._show_problems(problems_of(exc))
            self._go_to(self.errors.item(0).data(VALUE))
            return
        self.saved = saved
        if saved.version_id == before:
            self.saved_text = self.tr("Nothing changed; version %1 stays in force.")
        else:
            self.saved_text = self.tr("Saved as version %1; %n member(s) upgraded", "",
                                      saved.upgraded)
        self.saved_text = self.saved_text.replace("%1", str(saved.version_id))
        self.status.setText(self.saved_text)
        self.accept()

    def has_changes(self) -> bool:
        return self.data() != self._clean

    def closeEvent(self, event) -> None:
        # The window's close button is spontaneous; a close() by the program itself
        # (signing out, shutting down) is not asked about, as before.
        self._ask_before_discarding = event.spontaneous()
        try:
            super().closeEvent(event)  # calls reject()
        finally:
            self._ask_before_discarding = True

    def reject(self) -> None:
        """Esc, Cancel and the window's close button all come here: unsaved changes
        are thrown away only when the owner says so."""
        if self._ask_before_discarding and self.saved is None and self.has_changes():
            answer = self._ask_unsaved()
            if answer == QMessageBox.StandardButton.Save:
                self._save()  # closes when the program is valid; else shows what is wrong
                return
            if answer != QMessageBox.StandardButton.Discard:
                return
        super().reject()

    def _ask_unsaved(self) -> QMessageBox.StandardButton:
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Loyalty program"),
                          self.tr("The program has unsaved changes. Save them?"),
                          QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
                          | QMessageBox.StandardButton.Cancel, self)
        box.setObjectName("unsavedChanges")
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)  # Enter keeps the work
        box.setEscapeButton(QMessageBox.StandardButton.Cancel)
        return QMessageBox.StandardButton(box.exec())

    def _show_problems(self, problems: list[DomainError]) -> None:
        for table in self.tables.values():
            table.clear_marks()
        for widget in [*self.fields.values(), *self.tables.values()]:
            flag(widget, "")
        self.errors.clear()
        tabs = set()
        for problem in problems:
            item = QListWidgetItem(self.places.text(problem))
            item.setData(VALUE, problem.field or "")
            self.errors.addItem(item)
            self._mark(problem)
            tabs.add(self._tab_of(problem.field or ""))
        self.errors.setVisible(bool(problems))
        bar = self.tabs.tabBar()
        for i in range(self.tabs.count()):
            bar.setTabTextColor(i, ERROR_FG if i in tabs else bar.palette().color(
                QPalette.ColorRole.WindowText))

    def _mark(self, problem: DomainError) -> None:
        parts = (problem.field or "").split(".")
        table = self.tables.get(parts[0])
        message = describe(problem)
        if table is not None and len(parts) > 1 and parts[1].isdigit():
            table.mark(int(parts[1]), parts[2] if len(parts) > 2 else "key", message)
        elif table is not None and problem.code == "program_duplicate_key":
            table.mark_duplicates(message)
        elif table is not None or problem.field in self.fields:
            flag(table if table is not None else self.fields[problem.field], message)

    def _tab_of(self, field: str) -> int:
        section = field.split(".")[0]
        widget = self.tables.get(section) or self.fields.get(field)
        for i in range(self.tabs.count()):
            if widget is not None and self.tabs.widget(i).isAncestorOf(widget):
                return i
        return -1

    def _go_to(self, field: str) -> None:
        if self._tab_of(field) >= 0:
            self.tabs.setCurrentIndex(self._tab_of(field))
        parts = field.split(".")
        table = self.tables.get(parts[0])
        if table is not None and len(parts) > 1 and parts[1].isdigit():
            columns = [c for c, col in enumerate(table.columns)
                       if len(parts) > 2 and col.field == parts[2]]
            # Current but not selected: the selection colour would hide the red.
            table.clearSelection()
            table.selectionModel().setCurrentIndex(
                table.model().index(int(parts[1]), columns[0] if columns else 0),
                QItemSelectionModel.SelectionFlag.NoUpdate)
            table.setFocus()
        elif field in self.fields:
            self.fields[field].setFocus()

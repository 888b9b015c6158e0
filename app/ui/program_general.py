"""The program editor's "General" page: the qualifying window, the welcome bonus, long
absence, the amount that asks for a confirmation, expiry, and the owner's caps on
points. It reads and writes its part of the program's data; Program.from_dict judges it."""

from __future__ import annotations

from PySide6.QtCore import QLocale, Signal
from PySide6.QtWidgets import QFormLayout, QLineEdit, QWidget

from app.domain.errors import DomainError
from app.domain.money import DEFAULT_LARGE_AMOUNT_MINOR, parse_amount
from app.domain.points_input import MAX_POINTS_CHANGE
from app.domain.program_items import EXPIRY_DAYS, MAX_ABSENCE_DAYS, MAX_WINDOW_MONTHS
from app.ui.program_fields import choice_box, field_number, form_layout, note, whole_field


class ProgramGeneral(QWidget):
    changed = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.window_kind = choice_box([("lifetime", self.tr("Lifetime")),
                                       ("calendar_year", self.tr("Calendar year")),
                                       ("rolling_months", self.tr("Rolling N months"))])
        self.window_months = whole_field(MAX_WINDOW_MONTHS, "window_months", least=1)
        self.welcome = whole_field(MAX_POINTS_CHANGE, "welcome_bonus")
        self.long_absence = whole_field(MAX_ABSENCE_DAYS, "long_absence_days")
        self.expiry_kind = choice_box([("never", self.tr("Never")),
                                       ("days_after_earning", self.tr("N days after earning")),
                                       ("end_of_year", self.tr("At the end of the year"))])
        self.expiry_days = whole_field(EXPIRY_DAYS[1], "expiry_days", least=EXPIRY_DAYS[0])
        # Money, typed as at the till ("100000", "99,90"): a spin box would cut it.
        self.large_amount = QLineEdit()
        self.large_amount.setObjectName("large_amount")
        self.large_amount.setMinimumWidth(120)
        self.expiry_note = note(self.tr("Switching expiry on starts the clock today for "
                                        "points already held."), 600)
        self.redeem_cap = whole_field(MAX_POINTS_CHANGE, "redeem_per_receipt")
        self.given_cap = whole_field(MAX_POINTS_CHANGE, "given_per_member_day")
        self.offline_redeem = whole_field(MAX_POINTS_CHANGE, "offline_redeem_per_day")
        self._build()
        # the widget each problem's field names, to flag it and take the focus there
        self.fields: dict[str, QWidget] = {
            "qualifying_window.kind": self.window_kind, "qualifying_window.months":
            self.window_months.edit, "welcome_bonus": self.welcome.edit, "long_absence_days":
            self.long_absence.edit, "expiry.kind": self.expiry_kind,
            "expiry.days": self.expiry_days.edit,
            "limits.redeem_per_receipt": self.redeem_cap.edit,
            "limits.given_per_member_day": self.given_cap.edit,
            "large_amount_minor": self.large_amount,
            "offline_redeem_per_day": self.offline_redeem.edit}
        self._connect()

    def _build(self) -> None:
        form = form_layout()
        form.addRow(self.tr("Qualifying window"), self.window_kind)
        form.addRow(self.tr("Months (rolling window)"), self.window_months)
        form.addRow("", note(self.tr("Which earned points count towards a tier. With a "
                                     "window, upgrades apply at once and a downgrade waits "
                                     "for the end of the period."), 600))
        form.addRow(self.tr("Welcome bonus, points"), self.welcome)
        form.addRow(self.tr("Long absence after, days"), self.long_absence)
        form.addRow(self.tr("Confirm purchases above"), self.large_amount)
        form.addRow(self.tr("Points expire"), self.expiry_kind)
        form.addRow(self.tr("Days after earning"), self.expiry_days)
        form.addRow("", self.expiry_note)
        self._limit_rows(form)
        self.setLayout(form)

    def _limit_rows(self, form: QFormLayout) -> None:
        """The owner's caps on points, which are money (app/domain/giving.py)."""
        for cap in (self.redeem_cap, self.given_cap):
            cap.edit.setPlaceholderText(self.tr("no cap"))  # empty or 0: no cap
        form.addRow(self.tr("Points spent per receipt, at most"), self.redeem_cap)
        form.addRow(self.tr("Points cashiers give one member a day, at most"), self.given_cap)
        form.addRow("", note(self.tr("Gifts, apologies, survey and review points count "
                                     "together. A manager's PIN lifts the cap for one "
                                     "gift; a cashier alone gives at most 300 points or "
                                     "goods worth 500 at once."), 600))
        self.offline_redeem.edit.setPlaceholderText(self.tr("off"))  # empty or 0: off
        form.addRow(self.tr("Points a member may spend a day while the server is away"),
                    self.offline_redeem)
        form.addRow("", note(self.tr("Counted by each till on its own until the server "
                                     "answers again; 0 or empty: paying with points waits "
                                     "for the server."), 600))

    def _connect(self) -> None:
        for field in (self.window_months, self.welcome, self.long_absence, self.expiry_days,
                      self.redeem_cap, self.given_cap, self.offline_redeem):
            field.edit.textChanged.connect(self.changed)
        for combo in (self.window_kind, self.expiry_kind):
            combo.currentIndexChanged.connect(self.changed)
        self.large_amount.textChanged.connect(self.changed)

    def sync_enabled(self) -> None:
        self.window_months.setEnabled(self.window_kind.currentData() == "rolling_months")
        self.expiry_days.setEnabled(self.expiry_kind.currentData() == "days_after_earning")

    def load(self, data: dict) -> None:
        window, expiry = data["qualifying_window"], data["expiry"]
        self.window_kind.setCurrentIndex(self.window_kind.findData(window["kind"]))
        self.window_months.set_value(window["months"])
        self.welcome.set_value(data["welcome_bonus"])
        self.long_absence.set_value(data["long_absence_days"])
        units, cents = divmod(data.get("large_amount_minor", DEFAULT_LARGE_AMOUNT_MINOR), 100)
        self.large_amount.setText(f"{units}" + (f"{QLocale().decimalPoint()}{cents:02d}"
                                                if cents else ""))
        self.expiry_kind.setCurrentIndex(self.expiry_kind.findData(expiry["kind"]))
        self.expiry_days.set_value(expiry["days"])
        limits = data.get("limits") or {}
        for cap, value in ((self.redeem_cap, limits.get("redeem_per_receipt", 0)),
                           (self.given_cap, limits.get("given_per_member_day", 0))):
            cap.set_value(value)
            if not value:
                cap.edit.clear()  # empty shows "no cap"
        self.offline_redeem.set_value(data.get("offline_redeem_per_day", 0))
        if not data.get("offline_redeem_per_day"):
            self.offline_redeem.edit.clear()  # empty shows "off"

    def fill(self, data: dict) -> None:
        """Write this page's part into ``data`` (Program.from_dict's format)."""
        data["qualifying_window"] = {"kind": self.window_kind.currentData(),
                                     "months": field_number(self.window_months)}
        data["welcome_bonus"] = field_number(self.welcome)
        data["long_absence_days"] = field_number(self.long_absence)
        try:
            data["large_amount_minor"] = parse_amount(self.large_amount.text())
        except DomainError:
            data["large_amount_minor"] = -1  # refused by Program.from_dict, beside the field
        data["expiry"] = {"kind": self.expiry_kind.currentData(),
                          "days": field_number(self.expiry_days),
                          "since": data["expiry"].get("since")}
        data["limits"] = {"redeem_per_receipt": field_number(self.redeem_cap),
                          "given_per_member_day": field_number(self.given_cap)}
        data["offline_redeem_per_day"] = field_number(self.offline_redeem)

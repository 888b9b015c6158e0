"""Back-office figures for the manager: the charity totals and the program health
report. They show what the services return; what a flag means lives in the
services/domain. (The prize draw has its own dialog: app/ui/draw_dialog.py.)"""

from __future__ import annotations

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QVBoxLayout

from app.services.terminal import Terminal
from app.ui import formats
from app.ui.result_widgets import STYLE, fill_row, read_only_table, result_label

# ---- the prize draw ----------------------------------------------------------------


# ---- charity -----------------------------------------------------------------------


class CharityDialog(QDialog):
    """How many points members gave to each cause: what the shop hands over and reports."""

    def __init__(self, terminal: Terminal, parent=None):
        super().__init__(parent)
        self._terminal = terminal
        self.setWindowTitle(self.tr("Charity"))
        self.setStyleSheet(STYLE)
        self._build_ui()
        self.refresh()

    def _build_ui(self) -> None:
        intro = result_label()
        intro.setText(self.tr("Points members gave to good causes."))
        self.table = read_only_table([self.tr("Cause"), self.tr("Points"), self.tr("Worth"),
                             self.tr("Donations"), self.tr("Donors")], report=True)
        self.total = result_label("drawTitle", selectable=True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (intro, self.table, self.total):
            layout.addWidget(widget)
        layout.addStretch(1)
        layout.addWidget(buttons)
        self.resize(980, 320)

    def _worth(self, points: int) -> str:
        program = self._terminal.program
        return formats.money(points * program.point_value_minor, program.currency)

    def refresh(self) -> None:
        totals = self._terminal.office.cause_totals()
        self.table.setRowCount(len(totals) + 1)
        for row, c in enumerate(totals):
            fill_row(self.table, row, [c.name, formats.number(c.points), self._worth(c.points),
                                        formats.number(c.donations), formats.number(c.donors)], {1, 2, 3, 4})
        points = sum(c.points for c in totals)
        donations = sum(c.donations for c in totals)
        # Donors are not summed: one member may give to several causes.
        fill_row(self.table, len(totals), [self.tr("Total"), formats.number(points), self._worth(points),
                                            formats.number(donations), ""], {1, 2, 3, 4}, bold=True)
        self.total.setText(self.tr("In total members gave %n point(s), worth %1.", "", points)
                           .replace("%1", self._worth(points)))


# ---- program health ----------------------------------------------------------------


class HealthDialog(QDialog):
    """Is the ladder well tuned? How long members take to climb each tier, and what to
    change when the top is out of reach, too easy, or the first win comes too late."""

    def __init__(self, terminal: Terminal, parent=None):
        super().__init__(parent)
        self._terminal = terminal
        self.setWindowTitle(self.tr("Program health"))
        self.setStyleSheet(STYLE)
        self._build_ui()
        self.refresh()

    def _build_ui(self) -> None:
        self.summary = result_label()
        self.flags_box = QVBoxLayout()
        self.table = read_only_table([self.tr("Tier"), self.tr("Threshold"), self.tr("Members"),
                             self.tr("Share"), self.tr("Reached"),
                             self.tr("Took them (median)"), self.tr("Median member needs")],
                            report=True)
        hint = result_label("hint")
        hint.setText(self.tr("“Took them”: among members who reached the tier, the median time "
                             "from enrolment. “Median member needs”: at the earning pace of the "
                             "median member enrolled for a month or more."))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addLayout(self.flags_box)
        layout.addWidget(self.table)
        layout.addWidget(hint)
        layout.addStretch(1)
        layout.addWidget(buttons)
        self.resize(1060, 480)

    def duration(self, days: float | None) -> str:
        if days is None:
            return "—"
        if days < 61:
            return self.tr("%n day(s)", "", round(days))
        if days < 730:
            return self.tr("%n month(s)", "", round(days / 30.44))
        years = days / 365.25
        if years >= 10 or abs(years - round(years)) < 0.05:
            return self.tr("%n year(s)", "", round(years))
        return self.tr("%1 years").replace("%1", QLocale().toString(years, "f", 1))

    def refresh(self) -> None:
        health = self._terminal.office.program_health()
        self.health = health
        monthly = QLocale().toString(health.median_points_per_day * 30.44, "f", 0)
        self.summary.setText(self.tr("%n member(s).", "", health.members) + " " + self.tr(
            "The median member earns about %1 qualifying points a month.").replace("%1", monthly))
        self._fill_table(health)
        self._show_flags(health)

    def _fill_table(self, health) -> None:
        self.table.setRowCount(len(health.tiers))
        for row, t in enumerate(health.tiers):
            share = t.members / health.members if health.members else 0.0
            needs = self.tr("from the start") if t.threshold == 0 else self.duration(t.projected_days)
            took = self.duration(t.observed_median_days) if t.threshold else ""
            fill_row(self.table, row, [t.name, formats.number(t.threshold), formats.number(t.members),
                                        QLocale().toString(share * 100, "f", 0) + " %",
                                        formats.number(t.reached) if t.threshold else "", took, needs],
                      {1, 2, 3, 4})

    def flag_texts(self, health) -> list[str]:
        top, first = health.tiers[-1], health.tiers[1] if len(health.tiers) > 1 else None
        texts = {
            "top_out_of_reach": self.tr("The top tier is out of reach: the median member would "
                                        "need %1. Aim for two to three.")
            .replace("%1", self.duration(top.projected_days)),
            "top_trivial": self.tr("The top tier is too easy: the median member reaches it in %1, "
                                   "under six months. Aim for two to three years.")
            .replace("%1", self.duration(top.projected_days)),
            "first_win_slow": self.tr("The first step takes more than three months: newcomers "
                                      "need a first win within weeks.") + " " + self.tr(
                "The median member needs %1 to reach %2.")
            .replace("%1", self.duration(first.projected_days if first else None))
            .replace("%2", first.name if first else ""),
            "no_data": self.tr("Not enough data yet: the pace is measured on members enrolled "
                               "for a month or more who have earned points."),
        }
        return [texts.get(code, code) for code in health.flags]

    def _show_flags(self, health) -> None:
        while self.flags_box.count():
            self.flags_box.takeAt(0).widget().deleteLater()
        self.flag_labels = []
        for text in self.flag_texts(health):
            label = result_label("healthFlag")
            label.setText(text)  # the framed amber box marks it; no glyph a font may lack
            self.flags_box.addWidget(label)
            self.flag_labels.append(label)
        if not health.flags and len(health.tiers) > 1:
            top = health.tiers[-1]
            ok = result_label("healthOk")
            ok.setText(self.tr("The ladder looks well tuned: the median member reaches %1 in %2.")
                       .replace("%1", top.name).replace("%2", self.duration(top.projected_days)))
            self.flags_box.addWidget(ok)
            self.flag_labels.append(ok)

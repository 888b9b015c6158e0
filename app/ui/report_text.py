"""The report as the manager reads it: every figure's name and definition, and the
report cut into titled tables of typed cells. The dashboard, CSV, XLSX and PDF all
show these same tables, so a number means the same thing wherever it is read."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QDate, QLocale

from app.domain.report_figures import Report
from app.services.report_writers import (
    DATE,
    DECIMAL,
    INT,
    MIXED,
    MONEY,
    MONTH,
    PERCENT,
    TEXT,
    Column,
    Table,
)
from app.ui import formats
from app.ui.formats import locale_for  # noqa: F401  (the reports' own name for it)
from app.ui.gift_dialog import reason_labels


def figure_texts() -> dict[str, tuple[str, str]]:
    """Figure key -> (name, definition shown in its tooltip and in the files)."""
    return {
        "members_total": (QCoreApplication.translate("Reports", "Members"), QCoreApplication.translate("Reports", "Members enrolled and not erased, today. The tier "
                                             "filter counts members by their tier today.")),
        "members_new": (QCoreApplication.translate("Reports", "New members"), QCoreApplication.translate("Reports", "Members enrolled in the period.")),
        "active_30": (QCoreApplication.translate("Reports", "Active in 30 days"),
                      QCoreApplication.translate("Reports", "Members whose last purchase was in the last 30 days: today "
                                                                "and the 29 days before it.")),
        "active_90": (QCoreApplication.translate("Reports", "Active in 90 days"),
                      QCoreApplication.translate("Reports", "Members whose last purchase was in the last 90 days: today "
                                                                "and the 89 days before it.")),
        "lapsed_90": (QCoreApplication.translate("Reports", "Lapsed 90 days"), QCoreApplication.translate("Reports", "No purchase in the last 90 days (today and the 89 "
                                               "days before it), and enrolled before them.")),
        "lapsed_180": (QCoreApplication.translate("Reports", "Lapsed 180 days"), QCoreApplication.translate("Reports", "No purchase in the last 180 days (today and the 179 "
                                               "days before it), and enrolled before them.")),
        "visits": (QCoreApplication.translate("Reports", "Visits"), QCoreApplication.translate("Reports", "Purchases members made in the period, refunded ones too: "
                                    "a refund does not undo a visit.")),
        "revenue": (QCoreApplication.translate("Reports", "Revenue from members"),
                    QCoreApplication.translate("Reports", "What members paid in the period, refunded purchases taken out.")),
        "average": (QCoreApplication.translate("Reports", "Average check"), QCoreApplication.translate("Reports", "Revenue from members divided by their purchases that were not refunded.")),
        "buyers": (QCoreApplication.translate("Reports", "Members who bought"),
                   QCoreApplication.translate("Reports", "Members with at least one purchase in the period.")),
        "repeat_rate": (QCoreApplication.translate("Reports", "Repeat rate"), QCoreApplication.translate("Reports", "Share of the members who bought in the period "
                                              "who bought twice or more.")),
        "visits_per_month": (QCoreApplication.translate("Reports", "Visits per member per month"),
                             QCoreApplication.translate("Reports", "Visits divided by the members who bought, divided by the "
                                "period's length in months.")),
        "refunds": (QCoreApplication.translate("Reports", "Refunded"), QCoreApplication.translate("Reports", "Purchases made in the period and refunded in full since.")),
        "refunded_amount": (QCoreApplication.translate("Reports", "Refunded amount"), QCoreApplication.translate("Reports", "What was refunded of purchases made in the period, in full or in part.")),
        "issued": (QCoreApplication.translate("Reports", "Points issued"), QCoreApplication.translate("Reports", "Points given in the period in any way: earned, "
                                           "welcome, campaigns, bonuses, gifts. Points a "
                                           "refund returns are not new points.")),
        "redeemed": (QCoreApplication.translate("Reports", "Points redeemed"), QCoreApplication.translate("Reports", "Points members paid with in the period.")),
        "expired": (QCoreApplication.translate("Reports", "Points expired"), QCoreApplication.translate("Reports", "Points that expired unspent in the period.")),
        "donated": (QCoreApplication.translate("Reports", "Points donated"), QCoreApplication.translate("Reports", "Points members gave to a cause in the period.")),
        "outstanding": (QCoreApplication.translate("Reports", "Points outstanding"),
                        QCoreApplication.translate("Reports", "All members' balances together, today, net of points owed back "
                           "after refunds.")),
        "liability": (QCoreApplication.translate("Reports", "Liability"), QCoreApplication.translate("Reports", "The outstanding points in money: what the shop owes "
                                          "if every point is spent.")),
        "moves_up": (QCoreApplication.translate("Reports", "Tier moves up"), QCoreApplication.translate("Reports", "Members who moved to a higher tier in the period.")),
        "moves_down": (QCoreApplication.translate("Reports", "Tier moves down"),
                       QCoreApplication.translate("Reports", "Members who moved to a lower tier in the period (reviews, refunds).")),
    }


def summary_values(r: Report) -> dict[str, tuple[object, str]]:
    """Figure key -> (value, kind), in the order the summary shows them."""
    m, s, p = r.members, r.sales, r.points
    return {
        "members_total": (m.total, INT), "members_new": (m.new, INT),
        "active_30": (m.active_30, INT), "active_90": (m.active_90, INT),
        "lapsed_90": (m.lapsed_90, INT), "lapsed_180": (m.lapsed_180, INT),
        "visits": (s.visits, INT), "revenue": (s.revenue_minor, MONEY),
        "average": (s.average_minor, MONEY), "buyers": (s.buyers, INT),
        "repeat_rate": (s.repeat_rate, PERCENT),
        "visits_per_month": (s.visits_per_member_month, DECIMAL),
        "refunds": (s.refunds, INT), "refunded_amount": (s.refunded_minor, MONEY),
        "issued": (p.issued, INT), "redeemed": (p.redeemed, INT), "expired": (p.expired, INT),
        "donated": (p.donated, INT), "outstanding": (p.outstanding, INT),
        "liability": (p.liability_minor, MONEY),
        "moves_up": (r.moves_up, INT), "moves_down": (r.moves_down, INT),
    }


def kind_labels() -> dict[str, str]:
    return {"earn": QCoreApplication.translate("Reports", "Earned on purchases"), "welcome": QCoreApplication.translate("Reports", "Welcome bonus"),
            "campaign": QCoreApplication.translate("Reports", "Campaigns"), "redeem": QCoreApplication.translate("Reports", "Redeemed"), "birthday": QCoreApplication.translate("Reports", "Birthday"),
            "referral": QCoreApplication.translate("Reports", "Referrals"), "survey": QCoreApplication.translate("Reports", "Surveys"), "review": QCoreApplication.translate("Reports", "Reviews"),
            "gift": QCoreApplication.translate("Reports", "Gifts"), "donation": QCoreApplication.translate("Reports", "Donated to causes"), "expiry": QCoreApplication.translate("Reports", "Expired"),
            "adjustment": QCoreApplication.translate("Reports", "Adjustments"), "reversal": QCoreApplication.translate("Reports", "Refunds"),
            "imported": QCoreApplication.translate("Reports", "Imported")}


def compensation_labels() -> dict[str, str]:
    return {"none": QCoreApplication.translate("Reports", "No compensation"), "points": QCoreApplication.translate("Reports", "Apology points"),
            "gift": QCoreApplication.translate("Reports", "A gift"), "discount": QCoreApplication.translate("Reports", "Discount next time")}


def tables(r: Report) -> list[Table]:
    """The report cut into its tables, in the order every view shows them."""
    return [_summary_table(r), *_sales_tables(r), *_tier_tables(r), _cohort_table(r),
            *_care_tables(r), *_people_tables(r)]


def _summary_table(r: Report) -> Table:
    texts = figure_texts()
    return Table("summary", QCoreApplication.translate("Reports", "Summary"), [Column(QCoreApplication.translate("Reports", "Figure"), TEXT), Column(QCoreApplication.translate("Reports", "Value"), MIXED),
                                           Column(QCoreApplication.translate("Reports", "Definition"), TEXT)],
                 [[texts[k][0], (value, kind), texts[k][1]]
                  for k, (value, kind) in summary_values(r).items()])


def _sales_tables(r: Report) -> list[Table]:
    kinds = kind_labels()
    return [
        Table("trend", QCoreApplication.translate("Reports", "Visits and revenue over time"),
              [Column(QCoreApplication.translate("Reports", "From"), DATE), Column(QCoreApplication.translate("Reports", "To"), DATE), Column(QCoreApplication.translate("Reports", "Visits"), INT),
               Column(QCoreApplication.translate("Reports", "Revenue"), MONEY), Column(QCoreApplication.translate("Reports", "Points issued"), INT),
               Column(QCoreApplication.translate("Reports", "Points redeemed"), INT)],
              [[x.start, x.end, x.visits, x.revenue_minor, x.points_issued, x.points_redeemed]
               for x in r.trend]),
        Table("by_tier", QCoreApplication.translate("Reports", "Average check by tier"),
              [Column(QCoreApplication.translate("Reports", "Tier"), TEXT), Column(QCoreApplication.translate("Reports", "Visits"), INT), Column(QCoreApplication.translate("Reports", "Revenue"), MONEY),
               Column(QCoreApplication.translate("Reports", "Average check"), MONEY)],
              [[x.name, x.visits, x.revenue_minor, x.average_minor] for x in r.sales.by_tier]),
        Table("points", QCoreApplication.translate("Reports", "Points by kind"),
              [Column(QCoreApplication.translate("Reports", "Kind"), TEXT), Column(QCoreApplication.translate("Reports", "Points in"), INT), Column(QCoreApplication.translate("Reports", "Points out"), INT)],
              [[kinds.get(k.kind, k.kind), k.points_in, -k.points_out] for k in r.points.by_kind]),
    ]


def _tier_tables(r: Report) -> list[Table]:
    total = sum(t.members for t in r.tiers)
    return [
        Table("tiers", QCoreApplication.translate("Reports", "Members by tier today"),
              [Column(QCoreApplication.translate("Reports", "Tier"), TEXT), Column(QCoreApplication.translate("Reports", "Members"), INT), Column(QCoreApplication.translate("Reports", "Share"), PERCENT)],
              [[t.name, t.members, t.members / total if total else None] for t in r.tiers]),
        Table("tier_moves", QCoreApplication.translate("Reports", "Tier moves in the period"),
              [Column(QCoreApplication.translate("Reports", "From"), TEXT), Column(QCoreApplication.translate("Reports", "To"), TEXT), Column(QCoreApplication.translate("Reports", "Members"), INT),
               Column(QCoreApplication.translate("Reports", "Direction"), TEXT)],
              [[m.from_name, m.to_name, m.members, QCoreApplication.translate("Reports", "up") if m.up else QCoreApplication.translate("Reports", "down")]
               for m in r.tier_moves]),
    ]


def _cohort_table(r: Report) -> Table:
    months = [Column(QCoreApplication.translate("Reports", "Month %1").replace("%1", str(k)), PERCENT) for k in range(12)]
    return Table("cohorts", QCoreApplication.translate("Reports", "Retention by enrolment month"),
                 [Column(QCoreApplication.translate("Reports", "Enrolled"), MONTH), Column(QCoreApplication.translate("Reports", "Members"), INT)] + months,
                 [[c.month, c.size] + c.retention for c in r.cohorts],
                 QCoreApplication.translate("Reports", "Share of each month's new members who bought in the month after enrolment "
                   "shown by the column (month 0: the month they enrolled)."))


def _breakdown(rows, labels, with_value=True) -> list[list]:
    return [[labels.get(b.label, b.label), b.count] + ([b.value_minor] if with_value else [])
            + [b.points] for b in rows]


def _care_tables(r: Report) -> list[Table]:
    gift_cols = [Column(QCoreApplication.translate("Reports", "Gifts"), INT), Column(QCoreApplication.translate("Reports", "Value"), MONEY), Column(QCoreApplication.translate("Reports", "Points"), INT)]
    complaint_cols = [Column(QCoreApplication.translate("Reports", "Complaints"), INT), Column(QCoreApplication.translate("Reports", "Points"), INT)]
    return [
        Table("gifts_reason", QCoreApplication.translate("Reports", "Gifts by reason"), [Column(QCoreApplication.translate("Reports", "Reason"), TEXT)] + gift_cols,
              _breakdown(r.gifts_by_reason, reason_labels())),
        Table("gifts_cashier", QCoreApplication.translate("Reports", "Gifts by cashier"), [Column(QCoreApplication.translate("Reports", "Cashier"), TEXT)] + gift_cols,
              _breakdown(r.gifts_by_cashier, {})),
        Table("complaints", QCoreApplication.translate("Reports", "Complaints by compensation"),
              [Column(QCoreApplication.translate("Reports", "Compensation"), TEXT)] + complaint_cols,
              _breakdown(r.complaints_by_compensation, compensation_labels(), False)),
        Table("complaints_cashier", QCoreApplication.translate("Reports", "Complaints by cashier"),
              [Column(QCoreApplication.translate("Reports", "Cashier"), TEXT)] + complaint_cols,
              _breakdown(r.complaints_by_cashier, {}, False)),
    ]


def _people_tables(r: Report) -> list[Table]:
    top_cols = [Column(QCoreApplication.translate("Reports", "Member"), TEXT), Column(QCoreApplication.translate("Reports", "Card"), TEXT), Column(QCoreApplication.translate("Reports", "Visits"), INT),
                Column(QCoreApplication.translate("Reports", "Revenue"), MONEY)]
    return [
        Table("staff", QCoreApplication.translate("Reports", "Staff"),
              [Column(QCoreApplication.translate("Reports", "Cashier"), TEXT), Column(QCoreApplication.translate("Reports", "Enrolments"), INT),
               Column(QCoreApplication.translate("Reports", "Purchases recorded"), INT), Column(QCoreApplication.translate("Reports", "Gifts given"), INT)],
              [[s.cashier, s.enrolments, s.purchases, s.gifts] for s in r.staff]),
        Table("top_revenue", QCoreApplication.translate("Reports", "Top members by revenue"), top_cols,
              [[x.name, x.card_number, x.visits, x.revenue_minor] for x in r.top_by_revenue]),
        Table("top_visits", QCoreApplication.translate("Reports", "Top members by visits"), top_cols,
              [[x.name, x.card_number, x.visits, x.revenue_minor] for x in r.top_by_visits]),
    ]


# ---- locale text --------------------------------------------------------------------


def show(value, kind: str, loc: QLocale, currency: str = "") -> str:
    """A cell as the manager reads it, in the locale's number and date formats."""
    if kind == MIXED:
        value, kind = value
    if value is None or value == "":
        return "—"
    if kind == MONEY:
        return formats.money(round(value), currency, loc)
    if kind == PERCENT:
        return loc.toString(value * 100, "f", 1) + "\u00a0%"
    if kind == DECIMAL:
        return loc.toString(float(value), "f", 2)
    if kind == INT:
        return formats.number(value, loc)
    if kind == DATE:
        return formats.day(value, loc)
    if kind == MONTH:
        return month_title(value, loc)
    return str(value)


def period_text(r: Report, loc: QLocale) -> str:
    start = loc.toString(QDate(r.period.start), QLocale.FormatType.LongFormat)
    end = loc.toString(QDate(r.period.end), QLocale.FormatType.LongFormat)
    return start if r.period.start == r.period.end else f"{start} — {end}"


def month_title(month, loc: QLocale) -> str:
    """'Mar 2026', 'март 2026': the month's own name, not the genitive of a date."""
    return f"{loc.standaloneMonthName(month.month, QLocale.FormatType.ShortFormat)} {month.year}"

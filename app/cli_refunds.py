"""Refunds and point adjustments from the command line (issue #14): find a purchase,
refund it whole or in part, or add or take a member's points with a reason."""

from __future__ import annotations

import argparse
import uuid
from datetime import timezone

from app.bootstrap import open_app
from app.cli_args import UsageError, iso_day, parse_uuid
from app.cli_words import _
from app.domain.money import Money, parse_amount
from app.services.context import SYSTEM


def add_parsers(sub, common) -> None:
    refund = sub.add_parser(
        "refund", parents=[common], help=_("find a purchase and refund it, whole or in part"),
        formatter_class=argparse.RawDescriptionHelpFormatter,
        description=_(
            "Without a purchase id, list the purchases that match --card/--member, "
            "--receipt and --day;\nwith --reason and exactly one match, refund it. The "
            "points follow the money: the\nrefunded share takes back that share of the "
            "points earned and returns that share\nof the points redeemed. Give --refund-id "
            "to retry safely: the same id is recorded once."))
    refund.add_argument("purchase", nargs="?", help=_("the purchase id (from the list)"))
    refund.add_argument("--card", help=_("the member's card number"))
    refund.add_argument("--member", help=_("the member's id"))
    refund.add_argument("--receipt", help=_("the register's receipt number"))
    refund.add_argument("--day", metavar="YYYY-MM-DD", help=_("the local day of the purchase"))
    refund.add_argument("--amount", help=_(
        "how much to refund, e.g. 300.50 (default: all that is left)"))
    refund.add_argument("--reason", help=_("why (required to refund)"))
    refund.add_argument("--refund-id", help=_("a UUID for this refund (default: a new one)"))
    adjust = sub.add_parser("adjust", parents=[common],
                            help=_("add or take a member's points, with a reason"))
    adjust.add_argument("--card", help=_("the member's card number"))
    adjust.add_argument("--member", help=_("the member's id"))
    adjust.add_argument("--points", type=int, required=True,
                        help=_("points to add (negative: to take), e.g. 150 or -150"))
    adjust.add_argument("--reason", required=True, help=_("why (required)"))
    adjust.add_argument("--entry-id", help=_(
        "a UUID for this adjustment, to retry safely (default: a new one)"))


def _as_staff(terminal):
    """The command line acts as its audited staff ("system"): the ledger and refund rows
    name it as the till's rows name the cashier."""
    terminal.sign_in.as_system(name_rows=True)
    return terminal


def _member_of(terminal, args):
    if args.card and args.member:
        raise UsageError(_("give --card or --member, not both"))
    if args.card:
        return terminal.till.find_by_card(args.card)
    return parse_uuid(args.member, "--member")


def _money(minor: int, currency: str) -> str:
    return Money(minor, currency).format().replace("\u202f", " ")


def _purchase_line(p) -> str:
    when = p.at.replace(tzinfo=timezone.utc).astimezone().strftime("%Y-%m-%d %H:%M")
    refunded = (_(", refunded {amount}").format(amount=_money(p.refunded_minor, p.currency))
                if p.refunded_minor else "")
    receipt = _(" receipt {number}").format(number=p.receipt_number) if p.receipt_number else ""
    return (f"{p.purchase_id}  {when}{receipt}  {_money(p.amount_minor, p.currency)}{refunded}"
            f"  {p.member_name} {p.card_number}".rstrip())


def refund(args) -> int:
    amount = parse_amount(args.amount) if args.amount is not None else None
    refund_id = parse_uuid(args.refund_id, "--refund-id") or uuid.uuid4()
    terminal = _as_staff(open_app(args.db, args.lang, acting=SYSTEM).terminal)
    purchase_id = parse_uuid(args.purchase, "purchase id")
    if purchase_id is None:
        member_id = _member_of(terminal, args)
        day = iso_day(args.day, "--day") if args.day else None
        if member_id is None and not args.receipt and day is None:
            raise UsageError(_("give a purchase id, or find it with --card, --member, "
                               "--receipt or --day"))
        found = terminal.till.find_purchases(member_id, args.receipt or "", day)
        for p in found:
            print(_purchase_line(p))
        if args.reason is None:
            print(_("{count} purchase(s) found; refund one with: regulars refund ID --reason "
                    "TEXT [--amount N]").format(count=len(found)))
            return 0
        if len(found) != 1:
            raise UsageError(_("{count} purchases match: give the purchase id to "
                               "refund").format(count=len(found)))
        purchase_id = found[0].purchase_id
    result = terminal.till.refund_purchase(refund_id, purchase_id, args.reason or "", amount)
    cur = result.currency
    print((_("already recorded: ") if result.duplicate else "")
          + _("refund {refund} of purchase {purchase}: {amount} refunded; {taken} point(s) "
              "taken back, {returned} returned; balance {balance}").format(
              refund=result.refund_id, purchase=result.purchase_id,
              amount=_money(result.amount_minor, cur), taken=result.points_taken_back,
              returned=result.points_returned, balance=result.balance))
    print(_("refunded {refunded} of {paid}, {left} left").format(
        refunded=_money(result.refunded_minor, cur), paid=_money(result.paid_minor, cur),
        left=_money(result.left_minor, cur)))
    return 0


def adjust(args) -> int:
    entry_id = parse_uuid(args.entry_id, "--entry-id") or uuid.uuid4()
    terminal = _as_staff(open_app(args.db, args.lang, acting=SYSTEM).terminal)
    member_id = _member_of(terminal, args)
    if member_id is None:
        raise UsageError(_("give the member: --card or --member"))
    balance = terminal.admin.adjust_points(entry_id, member_id, args.points, args.reason)
    print(_("adjustment {entry}: {points:+d} point(s) for member {member}; balance "
            "{balance}").format(entry=entry_id, points=args.points, member=member_id,
                                balance=balance))
    return 0


COMMANDS = {"refund": refund, "adjust": adjust}

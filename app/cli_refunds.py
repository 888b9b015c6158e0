"""Refunds and point adjustments from the command line (issue #14): find a purchase,
refund it whole or in part, or add or take a member's points with a reason."""

from __future__ import annotations

import argparse
import uuid
from datetime import timezone

from app.bootstrap import open_app
from app.cli_args import UsageError, iso_day, parse_uuid
from app.domain.money import Money, parse_amount
from app.services.context import SYSTEM


def add_parsers(sub, common) -> None:
    refund = sub.add_parser(
        "refund", parents=[common], help="find a purchase and refund it, whole or in part",
        formatter_class=argparse.RawDescriptionHelpFormatter,
        description="Without a purchase id, list the purchases that match --card/--member, "
        "--receipt and --day;\nwith --reason and exactly one match, refund it. The points "
        "follow the money: the\nrefunded share takes back that share of the points earned "
        "and returns that share\nof the points redeemed. Give --refund-id to retry safely: "
        "the same id is recorded once.")
    refund.add_argument("purchase", nargs="?", help="the purchase id (from the list)")
    refund.add_argument("--card", help="the member's card number")
    refund.add_argument("--member", help="the member's id")
    refund.add_argument("--receipt", help="the register's receipt number")
    refund.add_argument("--day", metavar="YYYY-MM-DD", help="the local day of the purchase")
    refund.add_argument("--amount", help="how much to refund, e.g. 300.50 (default: all that "
                        "is left)")
    refund.add_argument("--reason", help="why (required to refund)")
    refund.add_argument("--refund-id", help="a UUID for this refund (default: a new one)")
    adjust = sub.add_parser("adjust", parents=[common],
                            help="add or take a member's points, with a reason")
    adjust.add_argument("--card", help="the member's card number")
    adjust.add_argument("--member", help="the member's id")
    adjust.add_argument("--points", type=int, required=True,
                        help="points to add (negative: to take), e.g. 150 or -150")
    adjust.add_argument("--reason", required=True, help="why (required)")
    adjust.add_argument("--entry-id", help="a UUID for this adjustment, to retry safely "
                        "(default: a new one)")


def _as_staff(terminal):
    """The command line acts as its audited staff ("system"): the ledger and refund rows
    name it as the till's rows name the cashier."""
    terminal.sign_in.as_system(name_rows=True)
    return terminal


def _member_of(terminal, args):
    if args.card and args.member:
        raise UsageError("give --card or --member, not both")
    if args.card:
        return terminal.till.find_by_card(args.card)
    return parse_uuid(args.member, "--member")


def _money(minor: int, currency: str) -> str:
    return Money(minor, currency).format().replace("\u202f", " ")


def _purchase_line(p) -> str:
    when = p.at.replace(tzinfo=timezone.utc).astimezone().strftime("%Y-%m-%d %H:%M")
    refunded = f", refunded {_money(p.refunded_minor, p.currency)}" if p.refunded_minor else ""
    receipt = f" receipt {p.receipt_number}" if p.receipt_number else ""
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
            raise UsageError("give a purchase id, or find it with --card, --member, --receipt "
                             "or --day")
        found = terminal.till.find_purchases(member_id, args.receipt or "", day)
        for p in found:
            print(_purchase_line(p))
        if args.reason is None:
            print(f"{len(found)} purchase(s) found; refund one with: regulars refund ID "
                  "--reason TEXT [--amount N]")
            return 0
        if len(found) != 1:
            raise UsageError(f"{len(found)} purchases match: give the purchase id to refund")
        purchase_id = found[0].purchase_id
    result = terminal.till.refund_purchase(refund_id, purchase_id, args.reason or "", amount)
    cur = result.currency
    print(("already recorded: " if result.duplicate else "")
          + f"refund {result.refund_id} of purchase {result.purchase_id}: "
          f"{_money(result.amount_minor, cur)} refunded; {result.points_taken_back} point(s) "
          f"taken back, {result.points_returned} returned; balance {result.balance}")
    print(f"refunded {_money(result.refunded_minor, cur)} of {_money(result.paid_minor, cur)}, "
          f"{_money(result.left_minor, cur)} left")
    return 0


def adjust(args) -> int:
    entry_id = parse_uuid(args.entry_id, "--entry-id") or uuid.uuid4()
    terminal = _as_staff(open_app(args.db, args.lang, acting=SYSTEM).terminal)
    member_id = _member_of(terminal, args)
    if member_id is None:
        raise UsageError("give the member: --card or --member")
    balance = terminal.admin.adjust_points(entry_id, member_id, args.points, args.reason)
    print(f"adjustment {entry_id}: {args.points:+d} point(s) for member {member_id}; "
          f"balance {balance}")
    return 0


COMMANDS = {"refund": refund, "adjust": adjust}

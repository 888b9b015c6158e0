#!/usr/bin/env python3
"""A cash register's side of the Regulars register API, with the standard library only:
identify the customer by card → quote the sale → commit it (retried once, as a register
does after a lost answer: the same answer comes back) → refund a part of it.

    REGULARS_TOKEN=rg_… python3 register_client.py --card 2000000000015 --amount 125050

The token comes from `regulars registers add NAME` (shown once). Amounts are in minor
units (kopecks, cents): 1250.50 is 125050. Each step's answer is printed as JSON; a
refusal prints the API's error code and words and exits with status 1.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import urllib.error
import urllib.request
import uuid


class Refused(Exception):
    def __init__(self, status: int, error: dict):
        super().__init__(f"{status} {error.get('code')}: {error.get('message')}")
        self.status, self.error = status, error


def call(url: str, token: str, method: str, path: str, body: dict | None = None) -> dict:
    request = urllib.request.Request(
        f"{url}/api/v1/{path}", method=method,
        data=None if body is None else json.dumps(body).encode("utf-8"),
        headers={"Authorization": f"Bearer {token}", "Content-Type": "application/json"})
    try:
        with urllib.request.urlopen(request, timeout=30) as answer:
            return json.loads(answer.read())
    except urllib.error.HTTPError as exc:
        raise Refused(exc.code, json.loads(exc.read() or b"{}").get("error", {})) from None


def day(url: str, token: str, card: str, amount: int, points: int, refund: int) -> dict:
    """One sale's life at the register; returns every answer by step."""
    steps = {"identify": call(url, token, "POST", "identify", {"card": card})}
    basket = {"member_id": steps["identify"]["member_id"], "amount_minor": amount,
              "points_to_use": points, "card": card}
    steps["quote"] = call(url, token, "POST", "quote", basket)
    sale = {**basket, "sale_id": f"example-{uuid.uuid4().hex[:12]}",
            "receipt_number": f"R-{uuid.uuid4().hex[:6]}",
            "quoted_points_earned": steps["quote"]["points_earned"]}
    steps["commit"] = call(url, token, "POST", "commit", sale)
    steps["commit_retry"] = call(url, token, "POST", "commit", sale)  # the same answer
    steps["refund"] = call(url, token, "POST", "refunds", {
        "refund_id": f"{sale['sale_id']}-r1", "purchase_id": steps["commit"]["purchase_id"],
        "amount_minor": refund, "reason": "example: one item returned"})
    steps["summary"] = call(url, token, "GET",
                            f"members/{steps['identify']['member_id']}/summary")
    return steps


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--url", default=os.environ.get("REGULARS_URL", "http://127.0.0.1:8737"))
    parser.add_argument("--token", default=os.environ.get("REGULARS_TOKEN", ""))
    parser.add_argument("--card", required=True, help="the card number scanned")
    parser.add_argument("--amount", type=int, default=125050, help="minor units")
    parser.add_argument("--points", type=int, default=0, help="points the customer uses")
    parser.add_argument("--refund", type=int, default=25000, help="minor units to refund")
    args = parser.parse_args(argv)
    try:
        steps = day(args.url.rstrip("/"), args.token, args.card, args.amount, args.points,
                    args.refund)
    except Refused as exc:
        print(f"refused: {exc}", file=sys.stderr)
        return 1
    print(json.dumps(steps, ensure_ascii=False, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())

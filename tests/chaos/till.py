"""One headless till of the chaos test: sells to the shop's members through the offline
till (services/offline_till.py) as fast as a busy counter, and appends each sale's id
to its own log (with "offline" or "online"; a walk-in enrolled: "enrol"), fsynced, only AFTER the till said the sale was recorded (on the server
or in the outbox). When the runner leaves a ``drain`` file it stops selling, sends its
outbox until it is empty, and exits 0.

    python -m tests.chaos.till SERVER_URL LOCAL_FILE LOG MEMBERS_JSON DRAIN_FILE NAME
"""

from __future__ import annotations

import json
import logging
import os
import random
import sys
import time
import uuid
from pathlib import Path

from app.bootstrap import open_app
from app.domain.errors import DomainError
from app.services.context import SYSTEM
from app.services.dto import MemberInput
from app.services.offline_till import OfflineTill
from app.services.outbox import OfflineSale

log = logging.getLogger("chaos.till")
WALK_INS = 0.03  # of the customers, enrolled at the counter
PHONES = 8  # the walk-ins' phones: the same phone comes back, at this till or another


def main(server_url: str, local_file: str, log_file: str, members_file: str,
         drain_file: str, name: str) -> int:
    logging.basicConfig(level=logging.WARNING, format=f"{name} %(levelname)s %(message)s")
    members = [uuid.UUID(m) for m in json.loads(Path(members_file).read_text())]
    local = open_app(local_file, "en", acting=SYSTEM, till=name, create=False)
    till = OfflineTill(local.terminal, lambda: open_app(server_url, "en", acting=SYSTEM,
                                                        till=name).terminal)
    sales = open(log_file, "a", encoding="ascii")
    while not os.path.exists(drain_file):
        try:
            line = serve(till, members)
        except DomainError as exc:  # refused in words: nothing recorded, nothing logged
            log.warning("refused: %s %s", exc.code, exc)
            time.sleep(0.1)
            continue
        sales.write(line)
        sales.flush()
        os.fsync(sales.fileno())
        time.sleep(random.uniform(0.005, 0.03))
    return drain(till)


def serve(till: OfflineTill, members: list[uuid.UUID]) -> str:
    """One customer: now and then a walk-in enrolled with one of a few phones (two tills
    enrolling one phone offline are merged by the server), else a sale. Returns the
    log line: the id, and how it was recorded."""
    if random.random() < WALK_INS:
        member_id = uuid.uuid4()
        phone = f"+7 916 200 00 {random.randrange(PHONES):02d}"
        till.enrol(MemberInput(first_name="Walk-in", phone=phone, consent=True), member_id)
        members.append(member_id)
        return f"{member_id} enrol\n"
    sale_id = uuid.uuid4()
    # The receipt's number is the sale's own: a sale recorded twice under two ids
    # would show as one receipt twice.
    recorded = till.record_purchase(sale_id, random.choice(members),
                                    random.randint(100, 500_000), receipt_number=sale_id.hex)
    return f"{sale_id} {'offline' if isinstance(recorded, OfflineSale) else 'online'}\n"


def drain(till: OfflineTill) -> int:
    """Send until the outbox is empty (the runner has the server up by now)."""
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        report = till.send()
        if report is not None and report.stopped is None and till.status().all_sent:
            return 0
        time.sleep(0.5)
    log.error("outbox not drained: %s", till.status().words())
    return 1


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:7]))

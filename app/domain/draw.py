"""A prize draw that anyone can re-run and get the same winners.

The eligible members are put in a canonical order (by id), and winners are drawn
with Python's Mersenne Twister seeded by the recorded seed. Same list and same seed
give the same winners on any machine; a digest of the list proves which list it was.
"""

from __future__ import annotations

import hashlib
import random
import secrets


def new_seed() -> int:
    return secrets.randbelow(2**63)


def digest(eligible_ids: list[str]) -> str:
    """SHA-256 over the sorted ids, one per line: what an auditor recomputes."""
    return hashlib.sha256("\n".join(sorted(eligible_ids)).encode()).hexdigest()


def pick(eligible_ids: list[str], seed: int, count: int) -> list[str]:
    """``count`` distinct winners in drawing order (first drawn gets the first prize).
    A member listed twice is still one entry, so nobody wins two prizes."""
    ordered = sorted(set(eligible_ids))
    return random.Random(seed).sample(ordered, min(count, len(ordered)))

"""Who is calling: the register holding the bearer token. Wrong tokens are counted per
client address: each wrong try waits longer before its 401 (0.1 s, 0.2 s, 0.4 s … up to
2 s), and from the 10th within 15 minutes the address gets 429 at once, without a
lookup, until the 15 minutes pass. The first wrong try and the block are audited (the
address and the count; never the token). A right token clears its address's count."""

from __future__ import annotations

import asyncio
import threading
import time
from collections.abc import Callable

from fastapi import HTTPException, Request
from starlette.concurrency import run_in_threadpool

from app.api.errors import error_body
from app.services.register_api import RegisterApi, RegisterRow

BLOCK_AFTER = 10
WINDOW_S = 15 * 60
FIRST_DELAY_S = 0.1
MAX_DELAY_S = 2.0


class Refused(HTTPException):
    def __init__(self, status: int, code: str, message: str, headers: dict | None = None):
        super().__init__(status, error_body(code, message), headers)


class WrongTokens:
    """Wrong tries per address: (count, first try's time). Shared by the server's threads."""

    def __init__(self, clock: Callable[[], float] = time.monotonic,
                 first_delay_s: float = FIRST_DELAY_S):
        self._clock = clock
        self.first_delay_s = first_delay_s
        self._lock = threading.Lock()
        self._tries: dict[str, tuple[int, float]] = {}

    def blocked_for(self, client: str) -> float:
        """Seconds this address stays refused (0: it may try)."""
        with self._lock:
            count, since = self._tries.get(client, (0, 0.0))
            left = since + WINDOW_S - self._clock()
            if left <= 0 and count:
                del self._tries[client]
                return 0.0
            return left if count >= BLOCK_AFTER else 0.0

    def failed(self, client: str) -> int:
        with self._lock:
            count, since = self._tries.get(client, (0, self._clock()))
            self._tries[client] = (count + 1, since)
            return count + 1

    def delay_after(self, count: int) -> float:
        return min(MAX_DELAY_S, self.first_delay_s * 2 ** (count - 1))

    def cleared(self, client: str) -> None:
        with self._lock:
            self._tries.pop(client, None)


def bearer(request: Request) -> str:
    scheme, _, token = request.headers.get("authorization", "").partition(" ")
    return token.strip() if scheme.lower() == "bearer" else ""


def register_guard(api: RegisterApi, wrong: WrongTokens):
    """The FastAPI dependency giving each route its register, or refusing the call."""
    async def guard(request: Request) -> RegisterRow:
        client = request.client.host if request.client else "?"
        left = wrong.blocked_for(client)
        if left:
            raise Refused(429, "too_many_wrong_tokens", "Too many wrong tokens from this "
                          "address: wait and check the register's token.",
                          {"Retry-After": str(int(left) + 1)})
        register = await run_in_threadpool(api.verify, bearer(request))
        if register is not None:
            wrong.cleared(client)
            return register
        count = wrong.failed(client)
        if count in (1, BLOCK_AFTER):
            await run_in_threadpool(api.token_refused, client, count)
        await asyncio.sleep(wrong.delay_after(count))
        raise Refused(401, "token_invalid", "The token is missing, wrong or revoked.",
                      {"WWW-Authenticate": "Bearer"})
    return guard

"""The size of a request, checked before a byte of its body is read (and before the
token is): a register's call is a few KiB, so a body past MAX_BODY is 413 and a body
whose length is not declared is 411. Without this, anyone who can reach the port could
make the server read any amount into memory."""

from __future__ import annotations

import json

MAX_BODY = 64 * 1024
BODILESS = (b"GET", b"HEAD", b"OPTIONS", b"DELETE")


class BodyLimit:
    """Pure ASGI middleware: no per-call cost beyond reading one header."""

    def __init__(self, app, limit: int = MAX_BODY):
        self.app = app
        self.limit = limit

    async def __call__(self, scope, receive, send):
        if scope["type"] == "http" and scope["method"].encode() not in BODILESS:
            headers = dict(scope["headers"])
            length = headers.get(b"content-length")
            if length is None and headers.get(b"transfer-encoding"):
                return await _refuse(send, 411, "length_required",
                                     "Send the body with a Content-Length.")
            if length is not None and (not length.isdigit() or int(length) > self.limit):
                return await _refuse(send, 413, "body_too_large",
                                     f"A request body is at most {self.limit} bytes.")
        await self.app(scope, receive, send)


async def _refuse(send, status: int, code: str, message: str) -> None:
    body = json.dumps({"error": {"code": code, "message": message, "field": None}}).encode()
    await send({"type": "http.response.start", "status": status,
                "headers": [(b"content-type", b"application/json"),
                            (b"content-length", str(len(body)).encode()),
                            (b"connection", b"close")]})
    await send({"type": "http.response.body", "body": body})

"""The real register API for the tests: uvicorn in a thread on a free port of 127.0.0.1,
on the test's database, driven with a real HTTP client (httpx)."""

from __future__ import annotations

from contextlib import contextmanager

import httpx

from app.api.guard import WrongTokens
from app.api.routes import create_app
from app.api.server import ApiServer
from app.services.register_api import RegisterApi


@contextmanager
def served(terminal, events: list | None = None, wrong: WrongTokens | None = None):
    api = RegisterApi(terminal.unit_of_work, terminal.ctx)
    server = ApiServer(lambda on_event: create_app(api, on_event, wrong), port=0,
                       on_event=(lambda *event: events.append(event)) if events is not None
                       else None)
    server.start()
    try:
        yield server
    finally:
        server.stop()


def client(server, token: str) -> httpx.Client:
    return httpx.Client(base_url=server.url, headers={"Authorization": f"Bearer {token}"},
                        timeout=60)

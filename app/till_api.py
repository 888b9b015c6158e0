"""The register API served by the running till (issue #19): the server maker that
app/ui/api_host.py is handed. Part of the composition root, the one place that joins
the till's window to app/api (the UI may not import it).

    make = server_maker(terminal)
    server = make(host, port, on_event)     an app/api ApiServer, not started

``on_event(kind, ref, register_name)`` is called on the server's worker thread after
the call's transaction committed: ("identified", member_id, name) and ("committed",
(PurchaseResult, member_id), name) — the sale as recorded, so the till shows it as after
its own sale; a replayed commit is not told.
"""

from __future__ import annotations

import logging
import uuid
from collections.abc import Callable

from app.api.routes import create_app
from app.api.server import ApiServer
from app.services.register_api import Answer, RegisterApi, RegisterRow, Sale
from app.services.terminal import Terminal

log = logging.getLogger(__name__)

OnEvent = Callable[[str, object, str], None]


class _FollowedApi(RegisterApi):
    """The register API of a running till: a new commit's sale goes to the till."""

    def __init__(self, terminal: Terminal, on_event: OnEvent):
        super().__init__(terminal.unit_of_work, terminal.ctx)
        self._on_event = on_event

    def commit(self, register: RegisterRow, sale: Sale) -> Answer:
        answer = super().commit(register, sale)
        if answer.sale is not None:
            self._tell("committed", (answer.sale, answer.member_id), register)
        return answer

    def told(self, kind: str, member_id: uuid.UUID, register: RegisterRow) -> None:
        """The routes' own events: the commit's is told above, with the sale."""
        if kind == "identified":
            self._tell(kind, member_id, register)

    def _tell(self, kind: str, ref, register: RegisterRow) -> None:
        try:
            self._on_event(kind, ref, register.name)
        except Exception:  # the till's trouble must not fail the register's call
            log.exception("the till did not take the %s event", kind)


def server_maker(terminal: Terminal) -> Callable[[str, int, OnEvent], ApiServer]:
    def make(host: str, port: int, on_event: OnEvent) -> ApiServer:
        api = _FollowedApi(terminal, on_event)
        return ApiServer(lambda tell: create_app(api, tell), host, port, api.told)
    return make

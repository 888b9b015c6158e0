"""The register API's routes, version 1, under /api/v1 (OpenAPI at /api/v1/openapi.json,
its pages at /api/v1/docs).

    create_app(api: RegisterApi, on_event=None, wrong_tokens=None) -> FastAPI

``on_event(kind, id, register)`` is called (in the server's worker thread, after the
call's transaction committed) with ("identified", member_id, register) and
("committed", purchase_id, register) — not for a replayed commit — so a till can open
the member and show the thank-you. An exception in it is logged, never the register's
problem. Each route runs in the server's thread pool: the services are synchronous.
"""

from __future__ import annotations

import logging
import uuid
from collections.abc import Callable

from fastapi import Depends, FastAPI
from fastapi.responses import Response

from app import __version__
from app.api import errors
from app.api.guard import WrongTokens, register_guard
from app.api.schemas import BasketIn, CommitIn, IdentifyIn, RefundIn
from app.services.register_api import Answer, RegisterApi, RegisterRow

log = logging.getLogger(__name__)

PREFIX = "/api/v1"
OnEvent = Callable[[str, uuid.UUID, RegisterRow], None]


def _teller(on_event: OnEvent | None) -> Callable[[str, uuid.UUID | None, RegisterRow], None]:
    def tell(kind: str, some_id: uuid.UUID | None, who: RegisterRow) -> None:
        if on_event is None or some_id is None:
            return
        try:
            on_event(kind, some_id, who)
        except Exception:  # the till's trouble must not fail the register's call
            log.exception("the %s event was not taken", kind)
    return tell


def sent(answer: Answer) -> Response:
    """A recording call's answer as stored: the same bytes on a retry."""
    headers = {"Idempotent-Replay": "true"} if answer.replayed else None
    return Response(answer.text, media_type="application/json", headers=headers)


def create_app(api: RegisterApi, on_event: OnEvent | None = None,
               wrong_tokens: WrongTokens | None = None) -> FastAPI:
    app = FastAPI(title="Regulars register API", version=__version__,
                  openapi_url=f"{PREFIX}/openapi.json", docs_url=f"{PREFIX}/docs",
                  redoc_url=None)
    errors.install(app)
    register = Depends(register_guard(api, wrong_tokens or WrongTokens()))

    tell = _teller(on_event)

    @app.get(f"{PREFIX}/register", summary="The register this token belongs to")
    def whoami(who: RegisterRow = register) -> dict:
        return {"register": who.name, "lang": who.lang, "version": __version__}

    @app.post(f"{PREFIX}/identify", summary="Find the member by card, phone or scanned code")
    def identify(body: IdentifyIn, who: RegisterRow = register) -> dict:
        found = api.identify(who, body.card, body.phone, body.code)
        tell("identified", uuid.UUID(found["member_id"]), who)
        return found

    @app.post(f"{PREFIX}/quote", summary="What the sale would earn and may spend")
    def quote(body: BasketIn, who: RegisterRow = register) -> dict:
        return api.quote(who, body.basket())

    @app.post(f"{PREFIX}/commit", summary="Record the sale, once per sale_id")
    def commit(body: CommitIn, who: RegisterRow = register) -> Response:
        answer = api.commit(who, body.sale())
        if not answer.replayed:
            tell("committed", answer.purchase_id, who)
        return sent(answer)

    @app.post(f"{PREFIX}/refunds", summary="Refund a purchase whole or in part, once per "
              "refund_id")
    def refund(body: RefundIn, who: RegisterRow = register) -> Response:
        return sent(api.refund(who, body.call()))

    @app.get(f"{PREFIX}/members/{{member_id}}/summary",
             summary="The member's standing, for a printed slip")
    def summary(member_id: uuid.UUID, who: RegisterRow = register) -> dict:
        return api.summary(who, member_id)

    return app

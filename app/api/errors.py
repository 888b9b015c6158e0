"""Every refusal of the register API in one shape, with a stable code a register can act
on and the English words: ``{"error": {"code", "message", "field"}}``. A body that is not
JSON is 400; a body of the wrong shape 422; a rule of the till (services) 422, or 404 /
409 where those say it better; the database away 503. Nothing half-saved: a refused
call's transaction was rolled back."""

from __future__ import annotations

import logging

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException

from app.domain.errors import DomainError
from app.services.storage import StorageError

log = logging.getLogger(__name__)

NOT_FOUND = frozenset({"member_not_found", "purchase_not_found", "card_blocked"})
CONFLICT = frozenset({"call_id_reused", "quote_changed", "receipt_ambiguous",
                      "refund_id_reused"})


def error_body(code: str, message: str, field: str | None = None, **params) -> dict:
    body = {"code": code, "message": message, "field": field}
    plain = {k: v for k, v in params.items() if isinstance(v, str | int) and k != "name"}
    if plain:
        body["params"] = plain
    return {"error": body}


def status_of(exc: DomainError) -> int:
    if isinstance(exc, StorageError):
        return 503
    if exc.code in NOT_FOUND:
        return 404
    return 409 if exc.code in CONFLICT else 422


async def _domain(_request: Request, exc: DomainError) -> JSONResponse:
    status = status_of(exc)
    log.info("refused %s: %s", status, exc.code)  # the code only: words may carry a name
    return JSONResponse(error_body(exc.code, str(exc), exc.field, **exc.params), status)


async def _invalid(_request: Request, exc: RequestValidationError) -> JSONResponse:
    problems = exc.errors()
    first = problems[0] if problems else {}
    where_all = tuple(first.get("loc", ()))
    if first.get("type") == "json_invalid" or where_all == ("body",):
        # Not JSON, or JSON that is not an object (a list, a number, a body sent as text)
        return JSONResponse(error_body("invalid_json", "The body is not a JSON object."), 400)
    where = [str(part) for part in first.get("loc", ()) if part != "body"]
    field = ".".join(where) or None
    return JSONResponse(error_body("invalid_request", f"{field or 'body'}: "
                                   f"{first.get('msg', 'not understood')}", field), 422)


async def _refused(_request: Request, exc: HTTPException) -> JSONResponse:
    """A refusal made as an HTTPException (guard.py: 401, 429; FastAPI's own 404/405):
    the same shape as every other refusal, never FastAPI's {"detail": ...}."""
    detail = exc.detail if isinstance(exc.detail, dict) and "error" in exc.detail \
        else error_body(f"http_{exc.status_code}", str(exc.detail))
    return JSONResponse(detail, exc.status_code, headers=exc.headers)


def install(app: FastAPI) -> None:
    app.add_exception_handler(DomainError, _domain)
    app.add_exception_handler(HTTPException, _refused)
    app.add_exception_handler(RequestValidationError, _invalid)

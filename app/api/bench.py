"""The register API's bench: identify, quote and commit timed at a register over
loopback, HTTP included (stdlib http.client with a kept-alive connection, as a
register's client would hold one), then many registers committing at once.

    run_api_bench(terminal, calls=300, registers=50, seconds=10.0) -> dict

It adds registers named "bench …" and revokes them at the end; its sales are recorded
like any other (run it on a bench database, as `regulars bench` does).
"""

from __future__ import annotations

import http.client
import json
import threading
import time
from collections import Counter

from app.api.routes import create_app
from app.api.server import ApiServer
from app.services.benchmark import percentile
from app.services.register_api import RegisterApi
from app.services.register_bench import sample_members


class _Register:
    """One register's connection to the API."""

    def __init__(self, server: ApiServer, token: str):
        self._conn = http.client.HTTPConnection(server.host, server.port, timeout=60)
        self._headers = {"Authorization": f"Bearer {token}", "Content-Type": "application/json"}

    def post(self, path: str, body: dict) -> tuple[int, dict, float]:
        start = time.perf_counter()
        self._conn.request("POST", f"/api/v1/{path}", json.dumps(body), self._headers)
        response = self._conn.getresponse()
        data = json.loads(response.read())
        return response.status, data, (time.perf_counter() - start) * 1000

    def close(self) -> None:
        self._conn.close()


def _figures(name: str, times: list[float]) -> dict:
    return {f"{name}_p50_ms": percentile(times, 0.5), f"{name}_p95_ms": percentile(times, 0.95)}


def _one_register(server: ApiServer, token: str, members: list, stamp: str) -> dict:
    """Identify, quote, commit for each member, in turn, at one register."""
    register, times, errors = _Register(server, token), {"identify": [], "quote": [],
                                                          "commit": []}, Counter()
    try:
        for n, (member_id, card) in enumerate(members):
            basket = {"member_id": str(member_id), "amount_minor": 123400}
            for kind, body in (("identify", {"card": card}), ("quote", basket),
                               ("commit", {**basket, "sale_id": f"{stamp}-{n}"})):
                status, data, ms = register.post(kind, body)
                times[kind].append(ms)
                if status != 200:
                    errors[data.get("error", {}).get("code", str(status))] += 1
    finally:
        register.close()
    return {**{k: v for name, t in times.items() for k, v in _figures(name, t).items()},
            "errors": sum(errors.values()), "error_kinds": dict(errors)}


def _many_registers(server: ApiServer, tokens: list[str], members: list, seconds: float,
                    stamp: str) -> dict:
    """Every register commits sales to the sampled members for ``seconds``, at once."""
    times: list[float] = []
    errors: Counter = Counter()
    lock, start = threading.Lock(), threading.Barrier(len(tokens))

    def sell(i: int) -> None:
        register, n = _Register(server, tokens[i]), 0
        start.wait()
        until = time.monotonic() + seconds
        while time.monotonic() < until:
            member_id, _card = members[(i * 7 + n) % len(members)]
            status, data, ms = register.post("commit", {
                "member_id": str(member_id), "amount_minor": 5000 + n,
                "sale_id": f"{stamp}-{i}-{n}"})
            with lock:
                times.append(ms)
                if status != 200:
                    errors[data.get("error", {}).get("code", str(status))] += 1
            n += 1
        register.close()
    threads = [threading.Thread(target=sell, args=(i,)) for i in range(len(tokens))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return {"registers": len(tokens), "many_sales": len(times),
            "many_sales_per_s": round(len(times) / seconds, 1),
            **_figures("many_commit", times), "many_errors": sum(errors.values()),
            "many_error_kinds": dict(errors)}


def run_api_bench(terminal, calls: int = 300, registers: int = 50,
                  seconds: float = 10.0) -> dict:
    stamp = f"bench {time.strftime('%Y%m%d-%H%M%S')}"
    members = terminal.unit_of_work.read(None, lambda s: sample_members(s, calls))
    names = [f"{stamp} {i}" for i in range(max(1, registers))]
    tokens = [terminal.registers.add(name).token for name in names]
    api = RegisterApi(terminal.unit_of_work, terminal.ctx)
    server = ApiServer(lambda on_event: create_app(api, on_event), port=0)
    server.start()
    try:
        single = _one_register(server, tokens[0], members, f"{stamp}-one")
        many = _many_registers(server, tokens, members, seconds, f"{stamp}-many") \
            if registers else {}
    finally:
        server.stop()
        for name in names:
            terminal.registers.revoke(name)
    return {"members": terminal.till.member_count(), "calls": len(members), **single, **many}

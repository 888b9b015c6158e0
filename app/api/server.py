"""The register API's HTTP server (uvicorn), for a thread of the till or the foreground
of `regulars serve`.

    server = ApiServer(app_factory, host="127.0.0.1", port=DEFAULT_PORT, on_event=None)
    server.start()      listen, serve in a daemon thread; OSError in words if it cannot
    server.port         the port it listens on (port=0 picks a free one)
    server.url          e.g. http://127.0.0.1:8737
    server.stop()       finish the calls in flight, close
    server.run()        listen and serve in this thread until Ctrl+C / SIGTERM

``app_factory(on_event)`` builds the ASGI app (e.g. ``lambda ev: create_app(api, ev)``);
``on_event`` is passed through to it (see routes.py). Bound to 127.0.0.1 unless a host
is given: opening the API to the shop's network is the owner's choice. uvicorn's access
log is off (paths carry member ids, and the audit trail records every call).
"""

from __future__ import annotations

import logging
import socket
import threading
import time
from collections.abc import Callable

import uvicorn

log = logging.getLogger(__name__)

DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 8737
START_TIMEOUT_S = 10.0


class ApiServer:
    def __init__(self, app_factory: Callable, host: str = DEFAULT_HOST,
                 port: int = DEFAULT_PORT, on_event: Callable | None = None):
        self._factory = app_factory
        self.host = host
        self._port = port
        self._on_event = on_event
        self._server: uvicorn.Server | None = None
        self._socket: socket.socket | None = None
        self._thread: threading.Thread | None = None

    @property
    def port(self) -> int:
        return self._socket.getsockname()[1] if self._socket else self._port

    @property
    def url(self) -> str:
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"http://{host}:{self.port}"

    def _listen(self) -> uvicorn.Server:
        """Bind first, so a port in use or a wrong host is an OSError here, in words,
        rather than a message in uvicorn's log and a thread that quietly ended."""
        family = socket.AF_INET6 if ":" in self.host else socket.AF_INET
        # IPPROTO_TCP named, not 0: asyncio sets TCP_NODELAY only on sockets that say
        # so, and without it every kept-alive answer waited ~40 ms for a delayed ACK.
        sock = socket.socket(family, socket.SOCK_STREAM, socket.IPPROTO_TCP)
        try:
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
            sock.bind((self.host, self._port))
            sock.listen(128)
        except OSError as exc:
            sock.close()
            raise OSError(exc.errno, f"cannot listen on {self.host}:{self._port}: "
                          f"{exc.strerror}") from None
        self._socket = sock
        config = uvicorn.Config(self._factory(self._on_event), log_level="warning",
                                access_log=False, lifespan="off", timeout_graceful_shutdown=5)
        self._server = uvicorn.Server(config)
        return self._server

    def start(self) -> None:
        server = self._listen()
        self._thread = threading.Thread(target=server.run, kwargs={"sockets": [self._socket]},
                                        name="register-api", daemon=True)
        self._thread.start()
        deadline = time.monotonic() + START_TIMEOUT_S
        while not server.started:
            if not self._thread.is_alive() or time.monotonic() > deadline:
                self.stop()
                raise OSError(f"the register API did not start on {self.url}")
            time.sleep(0.01)
        log.info("register API on %s", self.url)

    def run(self) -> None:
        server = self._listen()
        try:
            server.run(sockets=[self._socket])
        finally:
            self._close()

    def stop(self) -> None:
        if self._server is not None:
            self._server.should_exit = True
        if self._thread is not None:
            self._thread.join(timeout=START_TIMEOUT_S)
            self._thread = None
        self._close()

    def _close(self) -> None:
        if self._socket is not None:
            self._socket.close()
            self._socket = None

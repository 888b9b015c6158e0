"""The register API's settings on this computer (issue #19): whether the running till
serves it, on which port, and whether registers elsewhere in the shop may reach it.

They belong to this computer (the port is this PC's, the network is this PC's), so they
live in the settings file (services/settings.py) as one entry, "api":
{"on": bool, "port": int, "open": bool}. Safe by default: off, and when on, bound to
127.0.0.1 (registers on this PC only) unless the owner opens it to the shop's network.
"""

from __future__ import annotations

import socket
from dataclasses import dataclass

from app.services.settings import Settings

DEFAULT_PORT = 8765
LOWEST_PORT = 1024  # below it a port needs the administrator on most systems
HIGHEST_PORT = 65535
LOOPBACK = "127.0.0.1"
EVERY_ADDRESS = "0.0.0.0"  # noqa: S104 - only when the owner opens the API to the network
PATH = "/api/v1"


@dataclass(frozen=True)
class ApiSettings:
    on: bool = False
    port: int = DEFAULT_PORT
    open: bool = False  # to the shop's network; False: this PC's registers only

    @property
    def host(self) -> str:
        """The address the server binds."""
        return EVERY_ADDRESS if self.open else LOOPBACK

    def address(self) -> str:
        """What a register's settings take: this PC's address in the shop's network
        when the API is open to it, else the loopback one."""
        host = this_pc_address() if self.open else LOOPBACK
        return f"http://{host}:{self.port}{PATH}"


def load(settings: Settings) -> ApiSettings:
    """The saved settings; anything unreadable falls back to the safe default."""
    saved = settings.get("api")
    if not isinstance(saved, dict):
        return ApiSettings()
    port = saved.get("port")
    if not isinstance(port, int) or not LOWEST_PORT <= port <= HIGHEST_PORT:
        port = DEFAULT_PORT
    return ApiSettings(on=saved.get("on") is True, port=port, open=saved.get("open") is True)


def save(settings: Settings, api: ApiSettings) -> None:
    """(The dialog's port field takes only LOWEST_PORT..HIGHEST_PORT.)"""
    settings.set("api", {"on": api.on, "port": api.port, "open": api.open})


def this_pc_address() -> str:
    """This PC's address in the shop's network: the one its traffic leaves from (a UDP
    socket is only pointed at an address, nothing is sent), the loopback one without a
    network."""
    probe = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    try:
        probe.connect(("10.255.255.255", 1))
        return probe.getsockname()[0]
    except OSError:
        return LOOPBACK
    finally:
        probe.close()

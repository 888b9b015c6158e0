"""What every use case needs besides its session: the program, the till, the clock."""

from __future__ import annotations

import json
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime, time, timezone, tzinfo
from pathlib import Path
from typing import Protocol

from app.domain.program import Program
from app.resource_files import resource_path


def utcnow() -> datetime:
    return datetime.now(timezone.utc).replace(tzinfo=None)


@dataclass(frozen=True, slots=True)
class StaffSession:
    """Who is at the till now."""
    id: uuid.UUID | None
    name: str
    role: str  # cashier, manager, owner


# The command line is run by whoever holds the database file (readable by the
# owner's OS account only): it acts as the owner and is audited as "system".
SYSTEM = StaffSession(None, "system", "owner")


@dataclass
class ServiceContext:
    program: Program
    program_version_id: int | None = None
    till_id: uuid.UUID | None = None
    till_name: str = ""  # this till's name (bootstrap.till_row), for the screens
    cashier: str = ""
    lang: str = "ru"
    clock: Callable[[], datetime] = utcnow  # naive UTC
    local_tz: tzinfo | None = field(default=None)
    staff: StaffSession | None = None  # nobody until someone signs in (services/sign_in.py)

    @property
    def role(self) -> str | None:
        return self.staff.role if self.staff else None

    @property
    def phone_region(self) -> str:
        """How a phone typed without its country code is read: the shop's setting, kept
        with the program (domain/shop.py), so every till of the shop reads it alike and
        follows the owner's change with the program."""
        return self.program.phone_region

    def local(self, utc: datetime) -> datetime:
        """A stored UTC time in the till's zone (the system's unless set)."""
        return utc.replace(tzinfo=timezone.utc).astimezone(self.local_tz).replace(tzinfo=None)

    def today(self) -> date:
        """The till's local calendar day: expiry dates and periods are local days."""
        return self.local(self.clock()).date()

    def utc_start_of(self, day: date) -> datetime:
        """The UTC moment the local ``day`` begins, to compare with stored times."""
        local = datetime.combine(day, time.min)
        if self.local_tz is None:
            aware = local.astimezone()
        else:
            aware = local.replace(tzinfo=self.local_tz)
        return aware.astimezone(timezone.utc).replace(tzinfo=None)


class ContextView(Protocol):
    """The context as the entries (the UI, the command line) see it: only read. Who is
    at the till changes through services/sign_in.py, the program in force through the
    services that save it; tests/test_context_read_only.py keeps app/ui from assigning."""

    @property
    def program(self) -> Program: ...
    @property
    def program_version_id(self) -> int | None: ...
    @property
    def till_id(self) -> uuid.UUID | None: ...
    @property
    def till_name(self) -> str: ...
    @property
    def cashier(self) -> str: ...
    @property
    def lang(self) -> str: ...
    @property
    def staff(self) -> StaffSession | None: ...
    @property
    def role(self) -> str | None: ...
    @property
    def backup_folder(self) -> Path | None: ...

    def local(self, utc: datetime) -> datetime: ...
    def today(self) -> date: ...
    def utc_start_of(self, day: date) -> datetime: ...


def default_program_path() -> Path:
    return resource_path("program", "default.json")


def load_program(path: Path | None = None) -> Program:
    path = path or default_program_path()
    return Program.from_dict(json.loads(path.read_text(encoding="utf-8")))

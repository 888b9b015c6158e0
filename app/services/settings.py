"""The till's own settings: its name as a till and which till row it is in each
database, its language, the owner's backup folder, who signed in last,
the import mappings, the idle lock and the customer's screen. One JSON file in the
platform's config directory, found by a function (tests point XDG_CONFIG_HOME or a
path of their own at it) and written atomically, so a crash never leaves half a file.

Settings that belong to the shop (the program, staff) live in the database; these
belong to this computer, so they live beside it and are read by every entry (the
till, the command line) through this one store.
"""

from __future__ import annotations

import json
import locale
import logging
import os
import socket
import uuid
from dataclasses import dataclass, field
from pathlib import Path

import platformdirs

log = logging.getLogger(__name__)
APP_NAME = "Regulars"
LANGUAGES = ("ru", "en", "lv")


def settings_path() -> Path:
    return Path(platformdirs.user_config_dir(APP_NAME, appauthor=False)) / "settings.json"


class Settings:
    """The settings file. ``path`` None: the platform's one, resolved on every use."""

    def __init__(self, path: Path | None = None):
        self._path = path

    @property
    def path(self) -> Path:
        return self._path or settings_path()

    def load(self) -> dict:
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return {}
        return data if isinstance(data, dict) else {}

    def get(self, key: str, default=None):
        return self.load().get(key, default)

    def set(self, key: str, value) -> None:
        """Write one setting atomically (a new file put in place of the old one)."""
        data = self.load()
        data[key] = value
        path = self.path
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(".tmp")
        tmp.write_text(json.dumps(data, ensure_ascii=False, indent=2), encoding="utf-8")
        tmp.replace(path)

    def lang(self) -> str | None:
        """The language chosen in the till's menu, if one was."""
        saved = self.get("lang")
        return saved if saved in LANGUAGES else None

    def set_lang(self, code: str) -> None:
        self.set("lang", code)

    def backup_folder(self) -> Path | None:
        """The folder the owner chose for backups (a USB stick, a share), if any."""
        folder = self.get("backup_folder")
        return Path(folder).expanduser() if isinstance(folder, str) and folder else None

    def set_backup_folder(self, folder: Path | str) -> None:
        self.set("backup_folder", str(folder))

    def lock_after_minutes(self) -> int:
        """Minutes without a key press before the till signs the cashier out."""
        return self.get("lock_after_minutes", 5)

    def customer_display(self) -> str:
        """The customer's screen: "auto" (on a second monitor), "always" or "never"."""
        return self.get("customer_display", "auto")

    def till_name(self) -> str | None:
        """This computer's name as a till, asked at its first start (or --till NAME)."""
        name = self.get("till_name")
        return name.strip() if isinstance(name, str) and name.strip() else None

    def set_till_name(self, name: str) -> None:
        self.set("till_name", name.strip())

    def till_id(self, url: str) -> uuid.UUID | None:
        """Which till row this computer is in the database at ``url`` (settings "tills":
        {URL: id}), once it has been one there."""
        known = self.get("tills")
        value = known.get(url) if isinstance(known, dict) else None
        try:
            return uuid.UUID(value) if isinstance(value, str) else None
        except ValueError:
            return None

    def set_till_id(self, url: str, till_id: uuid.UUID) -> None:
        known = self.get("tills")
        known = dict(known) if isinstance(known, dict) else {}
        known[url] = till_id.hex
        self.set("tills", known)

    def last_sign_ins(self) -> dict[str, str]:
        known = self.get("last_sign_in")
        return dict(known) if isinstance(known, dict) else {}


def default_till_name() -> str:
    """What the first start offers as this till's name: the computer's name."""
    return (socket.gethostname().split(".")[0] or "Till")[:80]


def system_language(settings: Settings | None = None) -> str:
    """REGULARS_LANG, then the saved setting, then the system locale."""
    env = os.environ.get("REGULARS_LANG")
    if env in LANGUAGES:
        return env
    saved = (settings or Settings()).lang()
    if saved is not None:
        return saved
    lang = (locale.getlocale()[0] or os.environ.get("LANG", "")).lower()
    return next((known for known in ("ru", "lv") if lang.startswith(known)), "en")


@dataclass(frozen=True)
class SignInMemory:
    """Who signed in last on this till of this database, kept in the settings store so
    the sign-in screen preselects them (settings "last_sign_in": {"URL#till": name})."""
    url: str
    till_id: uuid.UUID
    settings: Settings = field(default_factory=Settings, compare=False)

    @property
    def _key(self) -> str:
        return f"{self.url}#{self.till_id.hex}"

    def last(self) -> str | None:
        name = self.settings.last_sign_ins().get(self._key)
        return name if isinstance(name, str) else None

    def remember(self, name: str) -> None:
        if self.last() == name:
            return
        known = self.settings.last_sign_ins()
        known[self._key] = name
        try:
            self.settings.set("last_sign_in", known)
        except OSError:  # a read-only profile: the till works, only the preselection is lost
            log.warning("could not remember who signed in", exc_info=True)

"""Before Qt starts on Linux: can its xcb platform plugin load? If not, which libraries
are missing and the apt command that installs them.

Qt's own message for a missing library of its xcb plugin names xcb-cursor0 whatever is
actually missing (on a fresh Debian the real gaps were libxcb-icccm4 and
libxcb-keysyms1), then aborts. So the GUI entry asks ``ldd`` about the plugin in
PySide6's own folder first (ldd follows the plugin's dependencies all the way down) and,
when something is "not found", prints one message naming the Debian packages and exits
with 2. No Qt is imported here: the check runs before any of it loads.
"""

from __future__ import annotations

import importlib.util
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

# Sonames whose Debian package does not follow the usual libNAME.so.N → libnameN rule.
PACKAGE_OF = {"libglib-2.0.so.0": "libglib2.0-0", "libgthread-2.0.so.0": "libglib2.0-0",
              "libgobject-2.0.so.0": "libglib2.0-0", "libOpenGL.so.0": "libopengl0",
              "libxcb-util.so.1": "libxcb-util1"}
WORDS = {
    "en": "Regulars cannot open its window: Qt's screen support (xcb) needs system libraries "
          "that are not installed: {libs}.\nInstall them with:\n  {command}\nthen start "
          "Regulars again.",
    "ru": "Regulars не может открыть окно: для работы Qt с экраном (xcb) нужны системные "
          "библиотеки, которых нет: {libs}.\nУстановите их командой:\n  {command}\nи "
          "запустите Regulars снова.",
    "lv": "Regulars nevar atvērt logu: Qt ekrāna atbalstam (xcb) vajag sistēmas bibliotēkas, "
          "kas nav instalētas: {libs}.\nInstalējiet tās ar komandu:\n  {command}\nun "
          "palaidiet Regulars vēlreiz.",
}
_NOT_FOUND = re.compile(r"^\s*(\S+)\s+=>\s+not found\s*$", re.MULTILINE)


def will_use_xcb(environ=os.environ, platform: str = sys.platform) -> bool:
    """Linux with no other platform asked for (offscreen, wayland…) and not a Wayland
    session Qt would pick first."""
    if not platform.startswith("linux"):
        return False
    asked = environ.get("QT_QPA_PLATFORM", "")
    if asked:
        return asked.split(";")[0].split(":")[0] == "xcb"
    return not (environ.get("WAYLAND_DISPLAY") and environ.get("XDG_SESSION_TYPE") == "wayland")


def xcb_plugin() -> Path | None:
    """libqxcb.so in the installed PySide6 (or beside the frozen build's PySide6)."""
    spec = importlib.util.find_spec("PySide6")
    if spec is None or not spec.submodule_search_locations:
        return None
    for folder in spec.submodule_search_locations:
        plugin = Path(folder) / "Qt" / "plugins" / "platforms" / "libqxcb.so"
        if plugin.exists():
            return plugin
    return None


def missing_libraries(ldd_output: str) -> list[str]:
    """The sonames ``ldd`` could not find, once each, in its order."""
    return list(dict.fromkeys(_NOT_FOUND.findall(ldd_output)))


def debian_package(soname: str) -> str:
    """libxcb-icccm.so.4 → libxcb-icccm4; libxkbcommon-x11.so.0 → libxkbcommon-x11-0."""
    if soname in PACKAGE_OF:
        return PACKAGE_OF[soname]
    stem, _, version = soname.partition(".so.")
    version = version.split(".")[0]
    joiner = "-" if stem[-1:].isdigit() else ""
    return f"{stem.lower()}{joiner}{version}"


def message(missing: list[str], lang: str) -> str:
    packages = list(dict.fromkeys(debian_package(name) for name in missing))
    words = WORDS.get(lang, WORDS["en"])
    return words.format(libs=", ".join(missing),
                        command="sudo apt-get install " + " ".join(packages))


def check_xcb(lang: str, run=subprocess.run) -> str | None:
    """The message to print instead of starting Qt, or None when the window can open
    (or when it cannot be told: no ldd, no plugin, not xcb — Qt then speaks for itself)."""
    plugin = xcb_plugin() if will_use_xcb() else None
    ldd = shutil.which("ldd")
    if plugin is None or ldd is None:
        return None
    try:
        done = run([ldd, str(plugin)], capture_output=True, text=True, timeout=20)
    except (OSError, subprocess.SubprocessError):
        return None
    missing = missing_libraries(done.stdout)
    return message(missing, lang) if missing else None

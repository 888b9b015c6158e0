"""A Linux machine missing libraries of Qt's xcb plugin is told which, and how to install
them, before Qt starts (instead of Qt's "xcb-cursor0 is needed" whatever is missing)."""

import os
import subprocess
import sys
from pathlib import Path

from app import qt_platform

# What ldd printed on a fresh Debian 12 for PySide6's libqxcb.so (shortened).
LDD_FRESH_DEBIAN = """\
\tlinux-vdso.so.1 (0x00007ffd4e9f1000)
\tlibQt6XcbQpa.so.6 => /venv/PySide6/Qt/plugins/platforms/../../lib/libQt6XcbQpa.so.6 (0x7f1)
\tlibxcb-icccm.so.4 => not found
\tlibxcb.so.1 => /lib/x86_64-linux-gnu/libxcb.so.1 (0x00007f3a2c9d1000)
\tlibxcb-keysyms.so.1 => not found
\tlibxkbcommon-x11.so.0 => not found
\tlibxcb-icccm.so.4 => not found
\tlibglib-2.0.so.0 => not found
\tlibc.so.6 => /lib/x86_64-linux-gnu/libc.so.6 (0x00007f3a2c7f0000)
"""


def test_the_missing_libraries_are_read_from_ldd_once_each():
    assert qt_platform.missing_libraries(LDD_FRESH_DEBIAN) == [
        "libxcb-icccm.so.4", "libxcb-keysyms.so.1", "libxkbcommon-x11.so.0", "libglib-2.0.so.0"]
    assert qt_platform.missing_libraries("\tlibxcb.so.1 => /lib/libxcb.so.1 (0x1)\n") == []


def test_each_library_is_named_by_its_debian_package():
    names = ["libxcb-icccm.so.4", "libxcb-keysyms.so.1", "libxcb-cursor.so.0",
             "libxkbcommon-x11.so.0", "libX11-xcb.so.1", "libdbus-1.so.3", "libEGL.so.1",
             "libxcb-render-util.so.0", "libglib-2.0.so.0"]
    assert [qt_platform.debian_package(name) for name in names] == [
        "libxcb-icccm4", "libxcb-keysyms1", "libxcb-cursor0", "libxkbcommon-x11-0",
        "libx11-xcb1", "libdbus-1-3", "libegl1", "libxcb-render-util0", "libglib2.0-0"]


def test_the_message_names_the_libraries_and_the_command_in_the_users_language():
    missing = ["libxcb-icccm.so.4", "libxcb-keysyms.so.1"]
    command = "sudo apt-get install libxcb-icccm4 libxcb-keysyms1"
    assert qt_platform.message(missing, "en") == (
        "Regulars cannot open its window: Qt's screen support (xcb) needs system libraries "
        "that are not installed: libxcb-icccm.so.4, libxcb-keysyms.so.1.\nInstall them with:\n"
        f"  {command}\nthen start Regulars again.")
    assert qt_platform.message(missing, "ru").startswith("Regulars не может открыть окно")
    assert f"  {command}\n" in qt_platform.message(missing, "ru")
    assert qt_platform.message(missing, "lv").startswith("Regulars nevar atvērt logu")
    assert f"  {command}\n" in qt_platform.message(missing, "lv")


def test_only_an_xcb_start_on_linux_is_checked():
    assert qt_platform.will_use_xcb({}, "linux")
    assert qt_platform.will_use_xcb({"QT_QPA_PLATFORM": "xcb"}, "linux")
    assert not qt_platform.will_use_xcb({"QT_QPA_PLATFORM": "offscreen"}, "linux")
    assert not qt_platform.will_use_xcb({"WAYLAND_DISPLAY": "wayland-0",
                                         "XDG_SESSION_TYPE": "wayland"}, "linux")
    assert not qt_platform.will_use_xcb({}, "win32")


def _fake_ldd(folder: Path, output: str) -> Path:
    ldd = folder / "ldd"
    ldd.write_text("#!/bin/sh\ncat <<'OUT'\n" + output + "OUT\n", encoding="utf-8")
    ldd.chmod(0o755)
    return folder


def test_the_till_says_what_to_install_and_exits_2_before_qt_starts(tmp_path):
    bin_dir = _fake_ldd(tmp_path, LDD_FRESH_DEBIAN)
    env = {k: v for k, v in os.environ.items()
           if k not in ("QT_QPA_PLATFORM", "WAYLAND_DISPLAY", "XDG_SESSION_TYPE")}
    env.update(PATH=f"{bin_dir}{os.pathsep}{env['PATH']}", HOME=str(tmp_path),
               XDG_CONFIG_HOME=str(tmp_path / "config"), XDG_DATA_HOME=str(tmp_path / "data"))
    done = subprocess.run([sys.executable, "-m", "app", "--db", str(tmp_path / "x.sqlite3"),
                           "--lang", "en"], env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 2
    assert done.stderr.strip().splitlines() == [
        "Regulars cannot open its window: Qt's screen support (xcb) needs system libraries "
        "that are not installed: libxcb-icccm.so.4, libxcb-keysyms.so.1, libxkbcommon-x11.so.0, "
        "libglib-2.0.so.0.",
        "Install them with:",
        "  sudo apt-get install libxcb-icccm4 libxcb-keysyms1 libxkbcommon-x11-0 libglib2.0-0",
        "then start Regulars again."]
    assert not (tmp_path / "x.sqlite3").exists()  # nothing was opened or created

"""What a shop installs: the wheel carries everything the till reads at run time, the
installed program starts, and the Linux menu entry is valid."""

import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
RESOURCES = ROOT / "resources"


@pytest.fixture(scope="module")
def wheel_names(tmp_path_factory) -> set[str]:
    out = tmp_path_factory.mktemp("wheel")
    subprocess.run([sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", "-w", str(out),
                    str(ROOT)], check=True, capture_output=True, timeout=600)
    (wheel,) = out.glob("regulars-*.whl")
    with zipfile.ZipFile(wheel) as archive:
        return set(archive.namelist())


def test_the_wheel_carries_every_file_the_till_reads(wheel_names):
    shipped = {name for name in wheel_names
               if name.startswith("app/resources/") or name.endswith(".qss")}
    languages = sorted(ts.stem for ts in (RESOURCES / "translations").glob("regulars_*.ts"))
    icons = [f"app/resources/icons/regulars-{size}.png" for size in (16, 24, 32, 48, 64, 128, 256)]
    assert shipped == {
        "app/resources/__init__.py", "app/ui/style.qss", "app/resources/program/default.json",
        "app/resources/fonts/DejaVuSans.ttf", "app/resources/fonts/DejaVuSans-Bold.ttf",
        "app/resources/fonts/LICENSE-DejaVu.txt", "app/resources/icons/regulars.svg",
        "app/resources/icons/regulars.ico", *icons,
        *(f"app/resources/translations/{name}.qm" for name in languages),
        # the command line's words (app/cli_words.py)
        *(f"app/resources/locale/{lang}/LC_MESSAGES/regulars.mo" for lang in ("ru", "lv"))}
    assert "app/resources/translations/regulars_ru.qm" in shipped


def test_the_wheel_carries_every_module_and_migration(wheel_names):
    modules = {path.relative_to(ROOT).as_posix() for path in (ROOT / "app").rglob("*.py")}
    assert modules - wheel_names == set()
    assert "app/db/migrations/versions/0001_initial.py" in wheel_names


def _isolated_env(tmp_path: Path) -> dict[str, str]:
    """A user of our own: the settings, data and logs go under tmp_path."""
    return {**os.environ, "HOME": str(tmp_path), "XDG_CONFIG_HOME": str(tmp_path / "config"),
            "XDG_DATA_HOME": str(tmp_path / "data"), "XDG_STATE_HOME": str(tmp_path / "state"),
            "XDG_CACHE_HOME": str(tmp_path / "cache"), "QT_QPA_PLATFORM": "offscreen"}


def test_a_smoke_start_shows_the_till_in_russian_and_quits(tmp_path):
    env = _isolated_env(tmp_path)
    db = tmp_path / "shop.sqlite3"
    subprocess.run([sys.executable, "-m", "app", "demo", "--db", str(db), "--members", "20"],
                   env=env, cwd=tmp_path, check=True, capture_output=True, timeout=300)
    done = subprocess.run([sys.executable, "-m", "app", "--db", str(db), "--lang", "ru"],
                          env={**env, "REGULARS_SMOKE": "1"}, cwd=tmp_path,
                          capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines() == [
        "regulars smoke: the till's window is up (ru, 'Покупка  F5', icon set)"]


def test_the_desktop_entry_is_valid_and_installs_for_the_user(tmp_path):
    validate = shutil.which("desktop-file-validate")
    if validate is None:  # .ci/run installs desktop-file-utils
        pytest.skip("desktop-file-validate is not installed (apt-get install desktop-file-utils)")
    entry = ROOT / "packaging" / "linux" / "regulars.desktop"
    assert subprocess.run([validate, str(entry)], capture_output=True, text=True).stdout == ""
    program = tmp_path / "bin" / "regulars"
    program.parent.mkdir()
    program.write_text("#!/bin/sh\n", encoding="utf-8")
    program.chmod(0o755)
    env = {**os.environ, "XDG_DATA_HOME": str(tmp_path / "share")}
    subprocess.run(["bash", str(ROOT / "packaging" / "linux" / "install-desktop.sh"), str(program)],
                   env=env, check=True, capture_output=True)
    installed = tmp_path / "share" / "applications" / "regulars.desktop"
    assert f'Exec="{program}"' in installed.read_text(encoding="utf-8").splitlines()
    assert subprocess.run([validate, str(installed)], capture_output=True, text=True).returncode == 0
    for size in (16, 32, 48, 256):
        icon = tmp_path / "share" / "icons" / "hicolor" / f"{size}x{size}" / "apps" / "regulars.png"
        assert icon.read_bytes() == (RESOURCES / "icons" / f"regulars-{size}.png").read_bytes()

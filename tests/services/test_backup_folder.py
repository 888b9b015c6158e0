"""One answer to "where do backups go": the owner's chosen folder (the settings store),
else beside the database — for the Backups dialog, the recovery at start and the
command line alike, and for the safety copy every restore keeps."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from app.bootstrap import open_app, till_start
from app.cli import main
from app.services.context import SYSTEM
from app.services.dto import MemberInput
from app.services.settings import Settings


def _safety_copies(folder: Path) -> set[Path]:
    return set(folder.glob("*-before-restore*.sqlite3")) if folder.is_dir() else set()


@pytest.mark.parametrize("chosen", [True, False], ids=["chosen folder", "beside the database"])
def test_every_restore_keeps_its_safety_copy_in_the_one_backups_folder(tmp_path, chosen):
    db = tmp_path / "shop.sqlite3"
    folder = tmp_path / "usb" if chosen else tmp_path / "backups"
    app = open_app(str(db), "en", acting=SYSTEM)
    if chosen:
        app.terminal.admin.choose_backup_folder(folder)
    app.terminal.till.enrol(MemberInput(first_name="Anna", phone="+7 916 100 00 01", consent=True))
    taken = app.terminal.admin.backup_now().path
    assert taken.parent == folder
    made = []

    app.terminal.admin.restore_backup(taken)  # 1. Manage → Backups
    app.engine.dispose()
    made.append(_safety_copies(folder))
    till_start(str(db)).restore(taken)  # 2. the recovery offered at start
    made.append(_safety_copies(folder) - set().union(*made))
    assert main(["restore", "--db", str(db), str(taken)]) == 0  # 3. regulars restore
    made.append(_safety_copies(folder) - set().union(*made))

    assert [len(new) for new in made] == [1, 1, 1]  # one new safety copy by each path
    others = [p for p in tmp_path.rglob("*before-restore*") if p.parent != folder]
    assert others == []


def test_regulars_backup_writes_into_the_folder_the_owner_chose(tmp_path):
    db = tmp_path / "shop.sqlite3"
    assert main(["demo", "--db", str(db), "--members", "3"]) == 0
    config = tmp_path / "config"
    (config / "Regulars").mkdir(parents=True)
    (config / "Regulars" / "settings.json").write_text(
        json.dumps({"backup_folder": str(tmp_path / "usb")}), encoding="utf-8")
    regulars = Path(sys.executable).with_name("regulars")
    done = subprocess.run([str(regulars), "backup", "--db", str(db)], capture_output=True,
                          text=True, timeout=120,
                          env=dict(os.environ, XDG_CONFIG_HOME=str(config)))
    assert done.returncode == 0, done.stderr
    made = list((tmp_path / "usb").glob("shop-*.sqlite3"))
    assert len(made) == 1 and str(made[0]) in done.stdout
    assert not (tmp_path / "backups").exists()


def test_a_folder_chosen_in_the_app_is_kept_in_the_settings_for_every_entry(tmp_path):
    app = open_app(str(tmp_path / "shop.sqlite3"), "en", acting=SYSTEM)
    app.terminal.admin.choose_backup_folder(tmp_path / "usb")
    assert Settings().backup_folder() == tmp_path / "usb"
    again = open_app(str(tmp_path / "shop.sqlite3"), "en", acting=SYSTEM)
    assert again.terminal.admin.backup_folder() == tmp_path / "usb"
    assert till_start(str(tmp_path / "shop.sqlite3")).auto_backup().parent == tmp_path / "usb"

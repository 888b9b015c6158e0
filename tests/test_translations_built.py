"""The committed .qm files are what their .ts compile to, one per catalogue, and the app
takes them as they are: nothing is compiled at run time."""

import subprocess
import sys
from pathlib import Path

from app.resource_files import translation_files

ROOT = Path(__file__).resolve().parents[1]
TRANSLATIONS = ROOT / "resources" / "translations"


def test_every_catalogue_has_its_committed_qm_and_it_is_not_stale(tmp_path):
    subprocess.run([sys.executable, str(ROOT / "packaging" / "build_translations.py"),
                    "--out", str(tmp_path)], check=True, capture_output=True)
    languages = sorted(ts.stem for ts in TRANSLATIONS.glob("regulars_*.ts"))
    assert {"regulars_en", "regulars_ru"} <= set(languages)
    assert sorted(qm.stem for qm in TRANSLATIONS.glob("regulars_*.qm")) == languages
    stale = [name for name in languages
             if (tmp_path / f"{name}.qm").read_bytes() != (TRANSLATIONS / f"{name}.qm").read_bytes()]
    assert stale == [], "run packaging/build_translations.py and commit the .qm files"


def test_the_app_finds_every_shipped_catalogue_without_lrelease(monkeypatch):
    monkeypatch.setenv("PATH", "")  # no Qt tool reachable: the .qm must already be there
    found = translation_files()
    assert {"en", "ru"} <= set(found)
    assert found["ru"] == TRANSLATIONS / "regulars_ru.qm"
    assert found["ru"].read_bytes() == (TRANSLATIONS / "regulars_ru.qm").read_bytes()

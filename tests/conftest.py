import os

# Before any QApplication exists: GUI tests run without a screen.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("REGULARS_LANG", "en")


import pytest  # noqa: E402


@pytest.fixture(autouse=True)
def own_settings_file(tmp_path_factory, monkeypatch):
    """Each test its own settings store (app/services/settings.py resolves the file from
    XDG_CONFIG_HOME on every use): a backup folder chosen in one test, or the owner's
    real settings, never leak into another."""
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path_factory.mktemp("config")))

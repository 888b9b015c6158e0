"""The settings store: one JSON file found by a function, written atomically, read
through typed getters with the defaults the till has always used."""

import json
import uuid

import pytest

from app.services.settings import Settings, SignInMemory, settings_path, system_language


def test_the_file_is_found_from_the_platforms_config_folder(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path))
    assert settings_path() == tmp_path / "Regulars" / "settings.json"
    Settings().set_lang("ru")
    assert json.loads(settings_path().read_text(encoding="utf-8")) == {"lang": "ru"}


def test_each_write_keeps_the_others_and_leaves_no_temporary_file(tmp_path):
    store = Settings(tmp_path / "settings.json")
    store.set_lang("en")
    store.set_backup_folder(tmp_path / "usb")
    store.set("import_mappings", {"a|b": {"a": "first_name"}})
    assert store.load() == {"lang": "en", "backup_folder": str(tmp_path / "usb"),
                            "import_mappings": {"a|b": {"a": "first_name"}}}
    assert [p.name for p in tmp_path.iterdir()] == ["settings.json"]


@pytest.mark.parametrize("text", ["", "{not json", "[1, 2]"])
def test_a_damaged_file_reads_as_the_defaults(tmp_path, text):
    path = tmp_path / "settings.json"
    path.write_text(text, encoding="utf-8")
    store = Settings(path)
    assert store.load() == {}
    assert (store.lang(), store.backup_folder()) == (None, None)
    assert (store.lock_after_minutes(), store.customer_display()) == (5, "auto")
    assert store.last_sign_ins() == {}


def test_typed_getters_refuse_what_they_cannot_use(tmp_path):
    path = tmp_path / "settings.json"
    path.write_text(json.dumps({"lang": "de", "backup_folder": "~/usb", "last_sign_in": "x",
                                "lock_after_minutes": 2, "customer_display": "never"}),
                    encoding="utf-8")
    store = Settings(path)
    assert store.lang() is None  # neither Russian nor English: the system's language
    assert store.backup_folder().is_absolute() and store.backup_folder().name == "usb"
    assert store.last_sign_ins() == {}
    assert (store.lock_after_minutes(), store.customer_display()) == (2, "never")


def test_language_comes_from_the_environment_then_the_setting(tmp_path, monkeypatch):
    store = Settings(tmp_path / "settings.json")
    store.set_lang("ru")
    monkeypatch.setenv("REGULARS_LANG", "en")
    assert system_language(store) == "en"
    monkeypatch.delenv("REGULARS_LANG")
    assert system_language(store) == "ru"


def test_latvian_comes_from_the_environment_the_setting_or_the_system(tmp_path, monkeypatch):
    store = Settings(tmp_path / "settings.json")
    monkeypatch.setenv("REGULARS_LANG", "lv")
    assert system_language(store) == "lv"
    monkeypatch.delenv("REGULARS_LANG")
    store.set_lang("lv")
    assert system_language(store) == "lv"
    store.set("lang", None)
    monkeypatch.setattr("locale.getlocale", lambda: ("lv_LV", "UTF-8"))
    assert system_language(store) == "lv"


def test_sign_ins_are_remembered_per_database_and_till(tmp_path):
    store = Settings(tmp_path / "settings.json")
    till = uuid.uuid4()
    SignInMemory("sqlite:///a", till, store).remember("Olga")
    assert SignInMemory("sqlite:///a", till, store).last() == "Olga"
    assert SignInMemory("sqlite:///b", till, store).last() is None
    assert SignInMemory("sqlite:///a", uuid.uuid4(), store).last() is None

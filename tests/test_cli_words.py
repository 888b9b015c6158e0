"""The command line in the user's language (ru, en, lv): every command and option has its
help, in each language; argparse's own words, the commands' lines and the domain errors
are translated; the catalogues hold every text the code uses and their .mo are fresh."""

from __future__ import annotations

import argparse
import gettext
import importlib.util
import io
import locale
import os
import re
import string
from pathlib import Path

import pytest

from app import cli
from app.cli import main
from app.cli_words import speaking
from app.services.settings import system_language

ROOT = Path(__file__).resolve().parents[1]
_spec = importlib.util.spec_from_file_location("cli_catalogues",
                                               ROOT / "packaging" / "cli_catalogues.py")
catalogues = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(catalogues)


def _helps(parser: argparse.ArgumentParser, path: str = "regulars") -> dict[str, str | None]:
    """Every command's and option's help in the parser tree, by where it is."""
    helps: dict[str, str | None] = {}
    for action in parser._actions:  # argparse has no public way to walk its tree
        if isinstance(action, argparse._SubParsersAction):
            described = {a.dest: a.help for a in action._choices_actions}
            for name, sub in action.choices.items():
                helps[f"{path} {name}"] = described.get(name)
                helps.update(_helps(sub, f"{path} {name}"))
        else:
            helps[f"{path} {'/'.join(action.option_strings) or action.dest}"] = action.help
    return helps


def _tree(lang: str) -> dict[str, str | None]:
    with speaking(lang):
        return _helps(cli._parser())


def test_every_command_and_option_has_help():
    helps = _tree("en")
    assert len(helps) > 150
    assert [where for where, text in helps.items() if not (text or "").strip()] == []
    assert helps["regulars import"] == "members from another system's CSV or XLSX export"
    assert helps["regulars bench --json"] == "print the figures as JSON"


@pytest.mark.parametrize("lang", ["ru", "lv"])
def test_every_help_is_in_the_language(lang):
    english, translated = _tree("en"), _tree(lang)
    assert translated.keys() == english.keys()
    assert [where for where in english if translated[where] == english[where]] == []


def test_help_in_latvian_uses_argparse_words_and_says_the_exit_codes(capsys):
    with pytest.raises(SystemExit) as done:
        main(["--lang", "lv", "--help"])
    assert done.value.code == 0
    out = capsys.readouterr().out
    assert out.startswith("lietojums: regulars [-h]")
    assert "\nopcijas:\n  -h, --help         parādīt šo palīdzību un iziet\n" in out
    assert "izejas kodi:\n  0    izdarīts\n" in out
    assert "  70   negaidīta kļūda (sīkāk žurnāla failā)\n" in out
    assert "    check            pārbaudīt, vai atlikumi sakrīt ar punktu žurnālu" in out


def test_a_usage_error_in_russian(capsys):
    with pytest.raises(SystemExit) as done:
        main(["--lang", "ru", "demo", "--members", "x"])
    assert done.value.code == 2
    err = capsys.readouterr().err.splitlines()
    assert err[0] == "использование: regulars demo [-h] [--db DB] [--lang {ru,en,lv}] [--verbose]"
    assert err[-1] == ("regulars demo: ошибка: аргумент --members: ожидается целое число "
                       "от 0 до 10,000,000, получено 'x'")


def test_the_commands_lines_in_russian_and_latvian(tmp_path, capsys):
    db = tmp_path / "shop.sqlite3"
    assert main(["--lang", "ru", "demo", "--db", str(db), "--members", "4"]) == 0
    assert capsys.readouterr().out == f"добавлено демонстрационных участников: 4, база sqlite:///{db}\n"
    assert main(["check", "--db", str(db), "--lang", "lv"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert re.fullmatch(r"dalībnieki: 4, punktu žurnāla rindas: \d+: viss sakrīt", out[-1]), out


def test_the_language_follows_regulars_lang(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("REGULARS_LANG", "lv")
    missing = tmp_path / "none.sqlite3"
    assert main(["check", "--db", str(missing)]) == 2
    assert capsys.readouterr().err == (
        f"regulars: nav datubāzes: {missing} (pārbaudiet --db vai REGULARS_DB; datubāzi "
        "izveido `regulars demo` vai kases pirmā palaišana)\n")


def test_a_domain_error_in_latvian(tmp_path, capsys):
    db = tmp_path / "shop.sqlite3"
    assert main(["demo", "--db", str(db), "--members", "3"]) == 0
    capsys.readouterr()
    assert main(["draw", "--db", str(db), "--lang", "lv", "--name", "Pavasaris",
                 "--min-points", "9999999", "--prize", "Tējkanna"]) == 2
    assert capsys.readouterr().err == "regulars: Neviens neatbilst šiem nosacījumiem.\n"


def test_the_system_locale_may_be_latvian(monkeypatch):
    monkeypatch.delenv("REGULARS_LANG")
    monkeypatch.setattr(locale, "getlocale", lambda *a: ("lv_LV", "UTF-8"))
    assert system_language() == "lv"
    monkeypatch.setattr(locale, "getlocale", lambda *a: ("de_DE", "UTF-8"))
    assert system_language() == "en"


def test_speaking_puts_the_environment_back(monkeypatch):
    monkeypatch.setenv("LANGUAGE", "de")
    with speaking("ru"):
        pass
    assert os.environ["LANGUAGE"] == "de" and gettext.textdomain() == "messages"


@pytest.mark.parametrize("lang", ["ru", "lv"])
def test_the_catalogue_translates_every_text_the_code_uses(lang):
    catalog = catalogues.read_catalog(lang)
    texts = catalogues.all_texts()
    assert len(texts) > 300
    assert [t for t in texts if catalog.get(t) is None] == [], "run packaging/cli_catalogues.py"
    assert catalogues.untranslated(catalog) == []


@pytest.mark.parametrize("lang", ["ru", "lv"])
def test_every_translation_keeps_the_placeholders(lang):
    wrong = []
    for message in catalogues.read_catalog(lang):
        if not message.id:
            continue
        ids = message.id if isinstance(message.id, tuple) else (message.id,)
        strings = message.string if isinstance(message.string, tuple) else (message.string,)
        if any(_placeholders(s) != _placeholders(ids[0]) for s in strings):
            wrong.append(ids[0])
    assert wrong == []


def _placeholders(text: str) -> set[str]:
    """{name:spec} and %(name)s; braces around something else (a JSON example in a help
    that is never formatted) are text."""
    braces = {f"{{{name}:{spec}}}" for _lit, name, spec, _conv in string.Formatter().parse(text)
              if name is not None and (name.isidentifier() or name.isdigit() or not name)}
    return braces | set(re.findall(r"%\(\w+\)\w|%[sr]", text))


@pytest.mark.parametrize("lang", ["ru", "lv"])
def test_the_compiled_catalogue_is_fresh(lang):
    """The committed .mo says what its .po says (run packaging/cli_catalogues.py)."""
    mo = catalogues.po_path(lang).with_suffix(".mo")
    with mo.open("rb") as f:
        committed = gettext.GNUTranslations(f)._catalog
    fresh = gettext.GNUTranslations(
        io.BytesIO(catalogues.compiled(catalogues.read_catalog(lang))))._catalog
    assert committed == fresh

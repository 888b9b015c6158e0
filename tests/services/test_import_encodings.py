"""A CSV from any shop's Windows comes out as written: Russian from Windows-1251, German
and Spanish from Windows-1252 (never read as Cyrillic), UTF-8 with or without its BOM;
the owner may read it as another encoding; messages have their placeholders filled."""

import pytest

from app.cli import main
from app.domain.errors import DomainError
from app.services import importer

pytestmark = pytest.mark.both_databases

RUSSIAN = "ФИО;Телефон\nИванов Иван Иванович;+7 916 123-45-67\nЁлкина Мария Петровна;+7 916 000-11-22\n"
GERMAN = ("Name;Phone;Notes\nJosé Müller;+49 151 12345678;Stammkunde, trinkt Kaffee ohne Zucker\n"
          "Jürgen Groß;+49 151 87654321;Bäckerei gegenüber\n")
SPANISH = ("Name,Phone\nJosé Peña Muñoz,+34 612 345 678\nMaría Ibáñez Núñez,+34 622 111 222\n"
           "Ángel Gómez,+34 633 999 000\n")


def _write(tmp_path, text: str, encoding: str):
    path = tmp_path / f"members-{encoding}.csv"
    path.write_bytes(text.encode(encoding))
    return path


@pytest.mark.parametrize("text, written, read_as, names", [
    (RUSSIAN, "cp1251", "cp1251", ["Иванов Иван Иванович", "Ёлкина Мария Петровна"]),
    (GERMAN, "cp1252", "cp1252", ["José Müller", "Jürgen Groß"]),
    (SPANISH, "cp1252", "cp1252", ["José Peña Muñoz", "María Ibáñez Núñez", "Ángel Gómez"]),
    (GERMAN, "utf-8", "utf-8", ["José Müller", "Jürgen Groß"]),
    (RUSSIAN, "utf-8-sig", "utf-8-sig", ["Иванов Иван Иванович", "Ёлкина Мария Петровна"]),
    (SPANISH, "utf-16", "utf-16", ["José Peña Muñoz", "María Ibáñez Núñez", "Ángel Gómez"]),
], ids=["cp1251-ru", "cp1252-de", "cp1252-es", "utf8-de", "utf8bom-ru", "utf16-es"])
def test_each_encoding_comes_out_right_and_imports_right(t, tmp_path, text, written, read_as,
                                                         names):
    path = _write(tmp_path, text, written)
    table, mapping = t.office.import_peek(path)
    assert table.encoding == read_as
    assert [cells[0] for _row, cells in table.rows] == names
    assert table.headers[0] == text.split("\n")[0].split(table.delimiter)[0]  # no BOM left
    report = t.office.import_members(path, mapping, valid_only=True)
    assert report.imported == len(names), [r.reasons for r in report.rows]
    for name in names:  # stored as written (a Russian name is shown first name first)
        assert [sorted(h.display_name.split()) for h in t.till.search(name.split()[0])] == [
            sorted(name.split())]


def test_the_owner_may_read_the_file_as_another_encoding(t, tmp_path):
    path = _write(tmp_path, GERMAN, "cp1252")
    table, _ = t.office.import_peek(path, "cp1251")  # what the old code always did
    assert (table.encoding, table.rows[0][1][0]) == ("cp1251", "Josй Mьller")
    table, _ = t.office.import_peek(path, "windows-1252")  # any name Python knows for it
    assert (table.encoding, table.rows[0][1][0]) == ("cp1252", "José Müller")
    table, _ = t.office.import_peek(path, "utf-8")  # bytes UTF-8 cannot read show, not stop
    assert table.rows[0][1][0] == "Jos\ufffd M\ufffdller"


def test_an_unknown_encoding_is_refused_in_words(t, tmp_path):
    with pytest.raises(DomainError) as err:
        t.office.import_peek(_write(tmp_path, GERMAN, "cp1252"), "klingon")
    assert err.value.code == "import_encoding_unknown"
    assert str(err.value) == "Unknown encoding: klingon."


def test_messages_have_their_placeholders_filled(t, tmp_path):
    with pytest.raises(DomainError) as err:
        importer.read_table(tmp_path / "nowhere.csv")
    assert err.value.message == "nowhere.csv is not there: moved, renamed or deleted? Choose it again."
    folder = tmp_path / "a folder.csv"
    folder.mkdir()
    with pytest.raises(DomainError) as err:
        t.office.import_peek(folder)
    assert (err.value.code, str(err.value)) == ("import_unreadable",
                                                "Cannot read a folder.csv: Is a directory.")
    empty = tmp_path / "empty.csv"
    empty.write_text("\n\n", encoding="utf-8")
    with pytest.raises(DomainError) as err:
        t.office.import_peek(empty)
    assert str(err.value) == "empty.csv has no header row."
    broken = tmp_path / "broken.xlsx"
    broken.write_bytes(b"PK\x03\x04 not really a workbook")
    with pytest.raises(DomainError) as err:
        t.office.import_peek(broken)
    assert str(err.value).startswith("Cannot read broken.xlsx: ") and "{" not in str(err.value)


def test_cli_says_what_it_could_not_read_and_takes_an_encoding(app, tmp_path, capsys):
    rc = main(["import", "members", str(tmp_path / "nowhere.csv"), "--db", app.url, "--dry-run"])
    err = capsys.readouterr().err
    assert rc == 2
    assert err.strip() == "regulars: nowhere.csv is not there: moved, renamed or deleted? Choose it again."
    path = _write(tmp_path, GERMAN, "cp1252")
    assert main(["import", "members", str(path), "--db", app.url, "--dry-run",
                 "--mapping", "full_name=Name,phone=Phone"]) == 0
    assert "(cp1252, ';')" in capsys.readouterr().out
    assert main(["import", "members", str(path), "--db", app.url, "--dry-run", "--encoding",
                 "cp1251", "--mapping", "full_name=Name,phone=Phone"]) == 0
    assert "(cp1251, ';')" in capsys.readouterr().out
    assert main(["import", "members", str(path), "--db", app.url, "--encoding", "klingon"]) == 2
    assert capsys.readouterr().err.strip() == "regulars: Unknown encoding: klingon."

"""`regulars cards` as an operator runs it."""

import sqlite3

from pypdf import PdfReader

from app.cli import main
from tests.cards.pdf_pages import barcodes


def _cards(db):
    with sqlite3.connect(db) as raw:
        return [r[0] for r in raw.execute("SELECT card_number FROM member ORDER BY created_at, id")]


def test_new_cards_to_a4_then_nothing_new(tmp_path, capsys):
    db, out = tmp_path / "x.sqlite3", tmp_path / "new.pdf"
    assert main(["demo", "--db", str(db), "--members", "12", "--seed", "4"]) == 0
    capsys.readouterr()
    assert main(["cards", "--db", str(db), "--members", "new", "--layout", "a4",
                 "--out", str(out)]) == 0
    assert capsys.readouterr().out.startswith("12 card(s) on 2 page(s) written to ")
    numbers = _cards(db)
    assert len(PdfReader(str(out)).pages) == 2
    assert barcodes(out, 0) + barcodes(out, 1) == sorted(numbers[:10]) + sorted(numbers[10:])
    with sqlite3.connect(db) as raw:
        assert raw.execute("SELECT cashier, batch, layout, cards FROM card_print_run").fetchall() \
            == [("system", "new", "a4", 12)]
        assert raw.execute("SELECT count(*) FROM printed_card").fetchone() == (12,)
    assert main(["cards", "--db", str(db), "--members", "new", "--out",
                 str(tmp_path / "again.pdf")]) == 2
    assert "no cards to print" in capsys.readouterr().err
    assert not (tmp_path / "again.pdf").exists()


def test_chosen_cards_one_a_page(tmp_path, capsys):
    db, out = tmp_path / "x.sqlite3", tmp_path / "two.pdf"
    main(["demo", "--db", str(db), "--members", "5"])
    numbers = _cards(db)
    assert main(["cards", "--db", str(db), "--members", f"{numbers[3]},{numbers[1]}",
                 "--layout", "single", "--out", str(out)]) == 0
    reader = PdfReader(str(out))
    assert [(round(float(p.mediabox.width), 2), round(float(p.mediabox.height), 2))
            for p in reader.pages] == [(242.65, 153.01)] * 2
    assert [barcodes(out, 0), barcodes(out, 1)] == [[numbers[3]], [numbers[1]]]  # in that order


def test_bad_arguments_are_one_line_and_exit_2(tmp_path, capsys):
    db = tmp_path / "x.sqlite3"
    main(["demo", "--db", str(db), "--members", "2"])
    capsys.readouterr()
    assert main(["cards", "--db", str(db), "--members", "bob", "--out", str(tmp_path / "a.pdf")]) == 2
    assert "--members: 'bob' is not" in capsys.readouterr().err
    assert main(["cards", "--db", str(db), "--members", "all", "--out", str(tmp_path / "a.png")]) == 2
    assert main(["cards", "--db", str(db), "--members", "tier:dragon",
                 "--out", str(tmp_path / "a.pdf")]) == 2
    assert "no such tier" in capsys.readouterr().err

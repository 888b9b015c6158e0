"""Screenshots of the first-start wizard's pages and Manage → Shop settings… (issue #18)
in Russian, English and Latvian (when its catalogue is there), offscreen, on a
1366x768 screen, into the folder given (default docs/screenshots). Run from the checkout:

    QT_QPA_PLATFORM=offscreen python packaging/screenshots_wizard.py [FOLDER]
"""
import os
import sys
import tempfile
import uuid
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen:size=1366x768")
sys.path.insert(0, os.getcwd())
from PySide6.QtWidgets import QApplication  # noqa: E402

from app.bootstrap import open_app  # noqa: E402
from app.services.context import SYSTEM  # noqa: E402
from app.services.dto import MemberInput  # noqa: E402
from app.ui.first_start_wizard import FirstStartWizard  # noqa: E402
from app.ui.main import switch_translator  # noqa: E402
from app.ui.shop_settings_dialog import ShopSettingsDialog  # noqa: E402

STYLE = (Path("app/ui/style.qss")).read_text(encoding="utf-8")
SHOP = {"ru": "Кофейня «Утро»", "en": "Morning Coffee", "lv": "Kafejnīca Rīts"}


def grab(widget, qt_app, out: Path, name: str) -> None:
    qt_app.processEvents()
    widget.grab().save(str(out / name))


def wizard_pages(lang: str, qt_app, out: Path) -> None:
    app = open_app(str(Path(tempfile.mkdtemp()) / "new.sqlite3"), lang)
    wizard = FirstStartWizard(app.terminal.sign_in.first_start, lambda _lang: None, lang,
                              "KASE-1")
    wizard.setStyleSheet(STYLE)
    wizard.show()
    grab(wizard, qt_app, out, f"wizard-1-language-{lang}.png")
    wizard.next()
    wizard.country.fields.country.setCurrentIndex(1 if lang == "lv" else 0)
    grab(wizard, qt_app, out, f"wizard-2-country-{lang}.png")
    wizard.next()
    wizard.next()  # no name yet: said in words
    grab(wizard, qt_app, out, f"wizard-3-shop-{lang}.png")
    wizard.shop.name.setText(SHOP[lang])
    wizard.next()
    grab(wizard, qt_app, out, f"wizard-4-till-{lang}.png")
    wizard.next()
    page = wizard.owner_page
    page.name.setText("Ilze")
    page.pin.setText("2468")
    page.pin_again.setText("1357")
    wizard.next()  # the two PINs differ
    grab(wizard, qt_app, out, f"wizard-5-owner-{lang}.png")
    wizard.close()
    app.engine.dispose()


def shop_settings(lang: str, qt_app, out: Path) -> None:
    app = open_app(str(Path(tempfile.mkdtemp()) / "shop.sqlite3"), lang, acting=SYSTEM)
    t = app.terminal
    member = t.till.enrol(MemberInput(first_name="Anna", phone="+7 916 123-45-67", consent=True))
    t.till.record_purchase(uuid.uuid4(), member, 125_000, 0)
    dialog = ShopSettingsDialog(t)
    dialog.setStyleSheet(STYLE)
    dialog.show()
    dialog.fields.country.setCurrentIndex(1)  # Latvia: EUR, refused after a sale
    dialog.submit()
    grab(dialog, qt_app, out, f"shop-settings-{lang}.png")
    dialog.close()
    app.engine.dispose()


def main() -> None:
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else Path("docs/screenshots")
    out.mkdir(parents=True, exist_ok=True)
    qt_app = QApplication.instance() or QApplication(sys.argv)
    for lang in ("ru", "en", "lv"):
        switch_translator(qt_app, lang)
        wizard_pages(lang, qt_app, out)
        shop_settings(lang, qt_app, out)


if __name__ == "__main__":
    main()

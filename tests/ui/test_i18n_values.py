"""Values inside a marked sentence are written the person's way (#20): prices, counts and days in the locale's
format, the names of photos without a file name translated, and a broken translation falls back to English."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QTranslator

from headshot_desktop.translatable import N_, Day, Money, Number
from headshot_desktop.ui.i18n import shown
from headshot_desktop.ui.photo_names import photo_label
from tests.ui.test_languages import InLanguage


def test_prices_counts_and_days_follow_the_locale() -> None:
    sentence = N_("team", "{spent} spent of {limit} on {when}").format(
        spent=Money(0.634), limit=Number(32000), when=Day.of(date(2026, 3, 5))
    )
    assert str(sentence) == "$0.63 spent of 32,000 on 5 March 2026"  # the command line's English
    with InLanguage("de"):
        assert shown(sentence) == "0,63\xa0$ spent of 32.000 on 05.03.26"  # no German for this made-up sentence


def test_photos_without_a_file_name_are_named_in_the_persons_language() -> None:
    assert photo_label("pasted image (2)") == "pasted image (2)" and photo_label("IMG_1.jpg") == "IMG_1.jpg"
    with InLanguage("de"):
        assert photo_label("pasted image (2)") == "eingefügtes Bild (2)"
        assert photo_label("camera photo") == "Kamerafoto"


class Broken(QTranslator):
    def translate(self, context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str:
        return "{when.month} {nothing}" if context == "test" else ""


def test_a_translation_that_does_not_fit_its_values_falls_back_to_english() -> None:
    broken = Broken()
    QCoreApplication.installTranslator(broken)
    try:
        assert shown(N_("test", "{count} done").format(count=3)) == "3 done"
    finally:
        QCoreApplication.removeTranslator(broken)

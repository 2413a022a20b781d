"""File paths handed to Qt, byte-exact.

Linux file names are bytes. Python carries one that is not UTF-8 (``caf\\udce9.jpg``
from an old camera card) with lone surrogates, which Qt's strings silently drop:
``QImage(str(path))`` would then open nothing, and a dragged URL would point at
another file. So images are read from their bytes and URLs are built from the
file name's own bytes.
"""

from __future__ import annotations

import os
from pathlib import Path
from urllib.parse import quote_from_bytes

from PySide6.QtCore import QUrl
from PySide6.QtGui import QImage

from headshot_desktop.ui.i18n import QT_TRANSLATE_NOOP, translate

# Marked here, translated where shown (``photo_filter``): the translator is installed after this module is imported.
PHOTO_FILTER = QT_TRANSLATE_NOOP(
    "QtPaths", "Photos (*.jpg *.jpeg *.png *.webp *.heic *.heif *.tif *.tiff *.bmp *.gif);;All files (*)"
)


def photo_filter() -> str:
    """The file dialogs' filter for photos, in the person's language."""
    return translate("QtPaths", PHOTO_FILTER)


def file_url(path: Path) -> QUrl:
    encoded = quote_from_bytes(os.fsencode(Path(path).absolute()), safe="/")
    return QUrl.fromEncoded(b"file://" + encoded.encode("ascii"))


def load_image(path: Path) -> QImage:
    """The image at ``path`` (a null QImage when it cannot be read). Call it off the window's thread."""
    try:
        data = Path(path).read_bytes()
    except OSError:
        return QImage()
    return QImage.fromData(data)

"""The item roles the library's models and its tile painter share."""

from __future__ import annotations

from PySide6.QtCore import Qt

HeadshotRole = Qt.ItemDataRole.UserRole + 1  # the Headshot of a tile
KeptRole = Qt.ItemDataRole.UserRole + 3  # True: marked Keep (a star on the tile)
HeadingRole = Qt.ItemDataRole.UserRole + 4  # True: a heading row (a date, a style), not an item
OriginalRole = Qt.ItemDataRole.UserRole + 5  # the Original of a tile

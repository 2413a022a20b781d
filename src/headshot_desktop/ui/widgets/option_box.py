"""A provider's own option (``OptionSpec``) as a combo box: its choices, described for screen readers."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QComboBox

from headshot_desktop.ui.i18n import shown

if TYPE_CHECKING:
    from headshot_desktop.providers.base import OptionSpec


def option_box(spec: OptionSpec) -> QComboBox:
    """The box with the option's choices as text and data; the caller selects the value and connects it."""
    box = QComboBox()
    box.setAccessibleName(shown(spec.label))
    box.setToolTip(shown(spec.help))
    box.setAccessibleDescription(shown(spec.help))
    for choice in spec.choices:
        box.addItem(shown(choice), str(choice))
    return box

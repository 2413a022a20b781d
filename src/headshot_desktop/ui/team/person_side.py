"""Beside the table: the person chosen (Enter or a double click), their variants to pick from, and their crop.

The picker and the crop adjuster are imported when first needed; the choice is saved in the batch on the
library pool.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QLabel

from headshot_desktop.ui.i18n import translate
from headshot_desktop.ui.operations import LibraryOp
from headshot_desktop.ui.team import batch_work
from headshot_desktop.ui.team.buttons import button

if TYPE_CHECKING:
    from headshot_desktop.services.team.manifest import PersonState
    from headshot_desktop.ui.team.panel_api import TeamPanelApi


class PersonSide:
    def __init__(self, panel: TeamPanelApi) -> None:
        self.panel = panel
        self.picker: Any = None  # ui.team.variant_picker.VariantPicker, made when first needed
        self.person: PersonState | None = None
        self.hint = QLabel(translate("PersonSide", "Select a person to see their variants; press Enter, then 1–4, to "
                                           "pick the best one."))  # fmt: skip
        self.hint.setWordWrap(True)
        self.adjust_button = button(translate("PersonSide", "Ad&just crop…"),
                                    translate("PersonSide", "Adjust how this person's headshot is framed"))  # fmt: skip
        self.adjust_button.setEnabled(False)
        self.adjust_button.clicked.connect(self.adjust_crop)
        panel.side_layout.addWidget(self.hint)
        panel.side_layout.addStretch(1)
        panel.side_layout.addWidget(self.adjust_button)

    def open_person(self, person: PersonState) -> None:
        """Enter on a row: the person's variants, the keyboard on them (1–4 choose)."""
        self.show_person(person)
        self.picker.variants.setFocus()

    def show_person(self, person: PersonState) -> None:
        panel = self.panel
        self.person = person
        self.adjust_button.setEnabled(person.picked_id is not None and panel.kit is not None)
        if self.picker is None:
            from headshot_desktop.ui.team.variant_picker import VariantPicker

            self.picker = VariantPicker()
            self.picker.chosen.connect(self.choose)
            panel.side_layout.insertWidget(0, self.picker, 1)
            self.hint.hide()
        # Its pictures are read on the library pool: the library as opened there, or opened there now.
        self.picker.show_person(person, panel.library if panel.library is not None else panel.context.library)

    def follow(self, key: str) -> None:
        """The person shown changed (a run made their headshots): shown again."""
        if self.person is not None and self.person.key == key and self.picker is not None:
            row = self.panel.model.row_of(key)
            if row is not None:
                self.show_person(self.panel.model.person(row))

    def choose(self, key: str, headshot_id: int) -> None:
        panel = self.panel
        manifest = panel.manifest
        row = panel.model.row_of(key)
        if manifest is None or row is None:
            return
        shown = panel.model.person(row).copy()
        shown.chosen_id = headshot_id
        panel.model.update_person(shown)
        if self.person is not None and self.person.key == key:
            self.person = shown
        failed = translate("PersonSide", "The choice for {name} could not be saved.").format(name=shown.name)
        op = LibraryOp(panel, lambda _p, _c: batch_work.choose(panel.batches.store(), manifest, key, headshot_id),
                       failed=failed, label="choose variant")  # fmt: skip
        op.run_in_background()

    def adjust_crop(self) -> None:
        """The picked headshot's framing for the kit's preset, starting from its own crop or the kit's framing."""
        from headshot_desktop.ui.team.crop_adjust import adjust_crop

        panel, person, kit = self.panel, self.person, self.panel.kit
        if person is None or kit is None or person.picked_id is None:
            return
        adjust_crop(panel, panel.context, person.picked_id, kit.export.preset, kit.export.framing)  # type: ignore[arg-type]

"""The Team tab for the screenshots: a kit, eight colleagues, one refused by the provider, one file not a photo.

The photos are the real portrait, each lightly tinted (a team of one face: there is one public-domain portrait),
so the table and the variant picker show real pictures; the test server answers with the portrait too.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from pathlib import Path

NAMES = ("Ada Okafor", "Ben Lindqvist", "Chloé Martin", "Dev Patel", "Elena Rossi", "Farid Haddad", "Grace Kim",
         "Hugo Weber")  # fmt: skip
# Far enough apart that the test server tells the people apart by an upload's mean colour (tests/support/team.py).
TINTS = ((255, 120, 120), (120, 160, 255), (120, 220, 120), (255, 200, 90), (200, 120, 255), (90, 220, 220),
         (255, 150, 210), (180, 180, 180))  # fmt: skip
REFUSED = "Elena Rossi"  # the provider's moderation refuses this one's photo (a test-server rule)
NOT_A_PHOTO = "Farid Haddad"  # a file that is not a photo: the intake refuses it, nothing is sent


def team_folder(folder: Path, portrait: bytes) -> list[Path]:
    from PIL import Image

    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    with Image.open(io.BytesIO(portrait)) as face:
        face = face.convert("RGB")
        for name, tint in zip(NAMES, TINTS, strict=True):
            path = folder / f"{name}.jpg"
            if name == NOT_A_PHOTO:
                path.write_bytes(b"not a photo, only its name")
            else:
                out = io.BytesIO()
                Image.blend(face, Image.new("RGB", face.size, tint), 0.3).save(out, "JPEG", quality=90)
                path.write_bytes(out.getvalue())
            paths.append(path)
    return paths


def refuse(server, photo: Path) -> None:
    """The server refuses the upload whose mean colour is this photo's, with OpenAI's moderation answer."""
    from tests.support.team import refuse_photos

    server.answer_by(refuse_photos([photo]))


def team_screens(window, server, home: Path, portrait: bytes, theme: str, shot: Callable, wait_for: Callable,
                 settle: Callable) -> None:  # fmt: skip
    """The Team tab after a batch: statuses, a refusal, the variant picker; then the kit dialog."""
    from headshot_desktop.services.team.kit import KitExport, TeamKit
    from headshot_desktop.ui.team.kit_dialog import KitDialog

    photos = team_folder(home / f"team-{theme}", portrait)
    refuse(server, photos[NAMES.index(REFUSED)])
    window.tabs.setCurrentWidget(window.team)
    panel = window.team.panel()
    wait_for(lambda: panel.library is not None)
    kit = TeamKit(name="Northwind team page", provider="openai", style="navy-suit", variants=2, seed=418207,
                  keep=("glasses",), export=KitExport(preset="linkedin", fmt="jpeg", template="{name}"))  # fmt: skip
    panel.set_kit(kit, None)
    panel.cap.setValue(5.0)
    panel.add_paths([home / f"team-{theme}"])
    wait_for(lambda: panel.model.rowCount() == len(NAMES) and "·" in panel.start_button.text())
    shot(window, "team-ready", theme)
    panel.start_button.click()
    wait_for(lambda: panel.run.running)
    wait_for(lambda: not panel.run.running, tries=600)
    panel.table.setFocus()
    panel.table.selectRow(2)
    settle(800)
    shot(window, "team", theme)
    dialog = KitDialog(window, window.context, kit)
    dialog.show()
    settle(600)
    shot(dialog, "team-kit", theme)
    dialog.close()

"""The log never holds the person's photo names or paths: an import and a paid run, then the log is read."""

from __future__ import annotations

import re
from pathlib import Path

from PIL import Image

from headshot_desktop.system.paths import AppPaths
from tests.e2e.test_cli import cli
from tests.unit.intake import corpus

# A name that says who the person is, in a folder that does too.
PRIVATE = ("Jane", "Quinlan", "passport", "Janes photos")


def _photo(tmp_path: Path, name: str) -> Path:
    folder = tmp_path / "Janes photos"
    folder.mkdir(exist_ok=True)
    return corpus.write(folder, name, corpus.jpeg_full_of_metadata(corpus.photo((700, 900))))


def test_import_and_generate_leave_no_photo_name_in_the_log(api_server, tmp_path: Path) -> None:
    photo = _photo(tmp_path, "Jane Quinlan passport 2019.jpg")
    reference = _photo(tmp_path, "Jane_Quinlan_side.png")
    Image.open(reference).save(reference, "PNG")  # (corpus wrote JPEG bytes; a real PNG this time)
    missing = tmp_path / "Janes photos" / "Jane Quinlan old.jpg"

    assert cli("import", str(photo), env=api_server.environ()).returncode == 0
    done = cli("generate", str(photo), "--style", "legal", "--variants", "1", "--reference", str(reference),
               env=api_server.environ())  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert "Jane Quinlan passport 2019.jpg" in done.stderr  # the person is told, by name, on the terminal
    assert cli("import", str(missing), env=api_server.environ()).returncode != 0  # a failure is logged too
    assert cli("library", "list", env=api_server.environ()).returncode == 0

    logs = list(AppPaths.from_platform().log_dir.glob("*.log*"))
    text = "\n".join(p.read_text(encoding="utf-8") for p in logs)
    assert "prepared" in text and "stored original" in text, "the log still says what happened"
    leaks = [word for word in PRIVATE if word.lower() in text.lower()]
    assert not leaks, f"the log names the person's photos ({leaks}):\n{text}"
    assert str(tmp_path) not in text
    assert re.search(r"photo-[0-9a-f]{8}", text), "each photo is named by a neutral id instead"

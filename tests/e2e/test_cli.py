"""The command line as a script would use it: a real process, a temporary HOME, the local HTTPS server."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
import zipfile
from pathlib import Path

import pytest
from PIL import Image

from tests.support.fixtures import headshots_dir as headshots_dir  # fixtures by name
from tests.support.fixtures import selfie as selfie
from tests.support.openai_server import Reply
from tests.unit.intake import corpus


def cli(*args: str, env: dict[str, str] | None = None, timeout: int = 120) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "headshot_desktop", *args],
        capture_output=True,
        text=True,
        env={**os.environ, **(env or {})},
        timeout=timeout,
        stdin=subprocess.DEVNULL,
    )


def test_styles_json() -> None:
    out = cli("styles", "--json")
    assert out.returncode == 0
    styles = json.loads(out.stdout)
    assert len(styles) >= 12 and all("PRESERVE" in s["prompt"] for s in styles)


def test_import_reports_refused_files(selfie: Path, tmp_path: Path) -> None:
    fake = corpus.write(tmp_path, "holiday.png", b"<!DOCTYPE html><html><body>hi</body></html>")
    out = cli("import", str(selfie), str(fake), "--json")
    assert out.returncode == 1
    imported = json.loads(out.stdout)
    assert len(imported) == 1 and Path(imported[0]["path"]).is_file()
    assert "holiday.png" in out.stderr and "not a photo" in out.stderr.lower()
    assert "Traceback" not in out.stderr


def test_generate_export_and_json(api_server, selfie: Path, tmp_path: Path, headshots_dir: Path) -> None:
    out_dir = tmp_path / "out"
    out = cli(
        "generate",
        str(selfie),
        "--style",
        "corporate-grey",
        "--style",
        "startup",
        "--variants",
        "1",
        "--export",
        str(out_dir),
        "--preset",
        "linkedin",
        "--format",
        "jpeg",
        "--json",
        env=api_server.environ(),
    )
    assert out.returncode == 0, out.stderr
    assert "Estimated cost: about $" in out.stderr
    assert "is ready" in out.stderr  # progress lines on stderr
    runs = json.loads(out.stdout)
    assert {r["style"] for r in runs} == {"corporate-grey", "startup"}
    assert all(r["model"] == "gpt-image-2" and r["cost_usd"] > 0 for r in runs)
    for run in runs:
        (shot,) = run["headshots"]
        assert Path(shot["path"]).parent == headshots_dir
        with Image.open(shot["exported"]) as img:
            assert img.format == "JPEG" and img.size == (800, 800)  # LinkedIn: 800 × 800 since #18
    assert len(list(headshots_dir.iterdir())) == 2
    assert len(api_server.requests_to("images/edits")) == 2


@pytest.mark.parametrize(
    "reply, words",
    [
        (Reply.error(401, "invalid_api_key", "Incorrect API key provided."), "key"),
        (Reply.error(429, "insufficient_quota", "You exceeded your current quota."), "credit"),
        (Reply.error(400, "moderation_blocked", "Your request was rejected by the safety system."), "safety"),
        (Reply.error(403, "organization_not_verified", "Your organization must be verified."), "verif"),
        (Reply.error(400, "invalid_value", "Invalid size."), "Invalid size"),
    ],
)
def test_generate_errors_have_sentences_and_exit_1(api_server, selfie, headshots_dir, reply, words) -> None:
    api_server.script(reply)
    out = cli("generate", str(selfie), "--style", "navy-suit", "--variants", "1", env=api_server.environ())
    assert out.returncode == 1
    assert words.lower() in out.stderr.lower()
    assert "Traceback" not in out.stderr
    assert out.stdout == ""
    assert list(headshots_dir.iterdir()) == []


def test_server_errors_are_retried(api_server, selfie) -> None:
    api_server.script(Reply.error(500, "server_error", "boom", headers={"retry-after": "0"}))
    out = cli("generate", str(selfie), "--style", "navy-suit", "--variants", "1", env=api_server.environ())
    assert out.returncode == 0, out.stderr
    assert "Trying again" in out.stderr
    assert len(api_server.requests_to("images/edits")) == 2


def test_no_key(api_server, selfie) -> None:
    out = cli("generate", str(selfie), "--style", "navy-suit", env={**api_server.environ(), "OPENAI_API_KEY": ""})
    assert out.returncode == 1 and "No OpenAI API key" in out.stderr


def test_ctrl_c_cancels_and_keeps_nothing(api_server, selfie, headshots_dir) -> None:
    api_server.script(Reply.stall(seconds=60, after_partials=1))
    proc = subprocess.Popen(
        [sys.executable, "-m", "headshot_desktop", "generate", str(selfie), "--style", "academic", "--variants", "1"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, **api_server.environ()},
    )
    deadline = time.monotonic() + 60
    seen = ""
    while "preview 1" not in seen and time.monotonic() < deadline:
        line = proc.stderr.readline()
        if not line:
            break
        seen += line
    assert "preview 1" in seen, seen
    proc.send_signal(signal.SIGINT)
    _stdout, rest = proc.communicate(timeout=30)
    assert proc.returncode == 130  # as a shell expects of Ctrl-C (#14 item 17)
    assert "Cancelled" in rest
    assert list(headshots_dir.iterdir()) == []


def test_export_command_never_overwrites_silently(api_server, selfie, tmp_path) -> None:
    made = cli("generate", str(selfie), "--style", "legal", "--variants", "1", env=api_server.environ())
    headshot = made.stdout.strip()
    target = tmp_path / "me.webp"
    first = cli("export", headshot, "--preset", "square", "--format", "webp", "-o", str(target))
    assert first.returncode == 0 and Path(first.stdout.strip()) == target
    with Image.open(target) as img:
        assert img.format == "WEBP" and img.size == (1024, 1024)
    again = cli("export", headshot, "--preset", "square", "--format", "webp", "-o", str(target))
    assert again.returncode == 1 and "exists" in again.stderr
    assert (
        cli("export", headshot, "--preset", "square", "--format", "webp", "-o", str(target), "--force").returncode == 0
    )
    missing = cli("export", str(tmp_path / "nope.png"), "--preset", "square", "-o", str(tmp_path))
    assert missing.returncode == 1 and "nope.png" in missing.stderr
    assert cli("export", headshot, "--preset", "huge", "-o", str(tmp_path)).returncode == 2


def test_library_list_export_delete(api_server, selfie, tmp_path, home) -> None:
    cli("generate", str(selfie), "--style", "medical", "--variants", "2", env=api_server.environ())
    listed = json.loads(cli("library", "list", "--json").stdout)
    assert len(listed["originals"]) == 1 and len(listed["headshots"]) == 2
    assert listed["headshots"][0]["style_id"] == "medical"

    archive = tmp_path / "mine.zip"
    exported = cli("library", "export-data", str(archive))
    assert exported.returncode == 0
    with zipfile.ZipFile(archive) as zf:
        names = zf.namelist()
        meta = json.loads(zf.read("metadata.json"))
    assert sum(n.startswith("Headshots/") for n in names) == 2 and len(meta["headshots"]) == 2

    refused = cli("library", "delete-data")
    assert refused.returncode == 2 and "--yes" in refused.stderr
    deleted = cli("library", "delete-data", "--yes")
    assert deleted.returncode == 0, deleted.stderr
    assert "2 headshot(s)" in deleted.stderr
    leftovers = [p for p in home.rglob("*") if p.is_file() and "headshot" in str(p).lower()]
    assert leftovers == []


def test_a_saved_library_folder_that_is_gone_is_reported(tmp_path, home) -> None:
    gone = tmp_path / "unplugged drive" / "Headshots"
    settings = home / ".config" / "headshot-desktop" / "settings.json"
    settings.parent.mkdir(parents=True, exist_ok=True)
    settings.write_text(json.dumps({"library_dir": str(gone)}), encoding="utf-8")
    listed = cli("library", "list")
    assert listed.returncode == 1
    assert str(gone) in listed.stderr and "connect" in listed.stderr
    assert not gone.parent.exists()


def test_a_photo_to_open_that_is_not_there_is_named() -> None:
    out = cli("missing.jpg")
    assert out.returncode == 2 and "there is no file missing.jpg" in out.stderr and "invalid choice" not in out.stderr
    assert "invalid choice" in cli("frobnicate").stderr  # a mistyped command is still told apart


def test_a_batch_export_never_collides_with_itself_or_an_earlier_run(api_server, tmp_path: Path) -> None:
    photos = [str(corpus.write(tmp_path, f"{name}.jpg", corpus.jpeg(corpus.photo((600 + n, 800)))))
              for n, name in enumerate(("ana", "ben"))]  # fmt: skip
    out_dir = tmp_path / "out"
    args = ("generate", *photos, "--style", "legal", "--variants", "1", "--export", str(out_dir), "--preset",
            "linkedin", "--format", "jpeg")  # fmt: skip
    first = cli(*args, env=api_server.environ())
    assert first.returncode == 0, first.stderr
    again = cli(*args, env=api_server.environ())
    assert again.returncode == 0, again.stderr
    names = sorted(p.name for p in out_dir.iterdir())
    assert len(names) == 4 and len(set(names)) == 4, names  # the README's batch example, twice: four files
    assert len(first.stdout.splitlines()) == 2 and "confirm" not in first.stderr + again.stderr

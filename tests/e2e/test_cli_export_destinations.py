"""``export`` on the command line: a crop in fractions, every preset by id (the person's own too), many headshots
into a folder with a template, an enlargement only when asked, the AI label on unless turned off."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from PIL import Image

from headshot_desktop.library import Library
from headshot_desktop.library.crops import Crop
from headshot_desktop.library.provenance import AI_SOURCE_TYPE
from headshot_desktop.system.paths import AppPaths
from tests.e2e.test_cli import cli
from tests.support.fixtures import selfie as selfie  # fixtures by name
from tests.unit.library.test_export_destinations import BLUE, GREEN, RED, near, quadrants


def _flat(width: int, height: int) -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (width, height), (120, 100, 90)).save(buffer, "PNG")
    return buffer.getvalue()


@pytest.fixture
def shots(home: Path) -> dict[str, Path]:
    """Three headshots in the library: two 2000 px squares in quarters (one "Navy", one "Grey") and a 1024 × 1536."""
    made = {}
    with Library.open(AppPaths.from_platform().library_dir) as library:
        for key, data, style, n in (("navy", quadrants(2000), "Navy", 1), ("grey", quadrants(2000), "Grey", 1),
                                    ("standard", _flat(1024, 1536), "Navy", 2)):  # fmt: skip
            headshot = library.add_headshot(data, original_id=None, style_id=style.lower(), style_name=style,
                                            prompt="p", provider="fake", model="m", size="x", quality="high",
                                            cost_usd=None, index_in_run=n)  # fmt: skip
            made[key] = headshot.path
        library.crops.set(library.list_headshots(style_id="grey")[0], "avatar", Crop(0.0, 0.5, 0.5, 0.5))
    return made


def test_crop_in_fractions(shots: dict[str, Path], tmp_path: Path) -> None:
    done = cli("export", str(shots["navy"]), "--preset", "avatar", "--crop", "0.5,0,0.5,0.5", "-o", str(tmp_path))
    assert done.returncode == 0, done.stderr
    with Image.open(done.stdout.strip()) as image:
        assert image.size == (512, 512) and near(image.getpixel((256, 256)), GREEN)


def test_the_framing_chosen_in_the_window_is_used(shots: dict[str, Path], tmp_path: Path) -> None:
    done = cli("export", str(shots["grey"]), "--preset", "avatar", "-o", str(tmp_path / "grey.png"))
    assert done.returncode == 0, done.stderr
    with Image.open(tmp_path / "grey.png") as image:
        assert near(image.getpixel((256, 256)), BLUE)  # the quarter remembered for the avatar


@pytest.mark.parametrize(
    ("text", "reason"),
    [("0.5,0,0.7,1", "past the image's edge"), ("half", "not four numbers"), ("0,0,0,1", "more than 0")],
)
def test_bad_crop_text_names_the_file_and_the_reason(shots: dict[str, Path], tmp_path: Path, text: str,
                                                      reason: str) -> None:  # fmt: skip
    done = cli("export", str(shots["navy"]), "--preset", "avatar", "--crop", text, "-o", str(tmp_path / "out"))
    assert done.returncode == 2 and "Traceback" not in done.stderr
    assert shots["navy"].name in done.stderr and reason in done.stderr and text in done.stderr
    assert "--crop 0,0.1,1,0.667" in done.stderr  # how to write one
    assert not (tmp_path / "out").exists()


def test_a_print_from_a_standard_headshot_is_refused_then_enlarged_when_asked(shots, tmp_path: Path) -> None:
    refused = cli("export", str(shots["standard"]), "--preset", "print-8x10", "-o", str(tmp_path / "out"))
    assert refused.returncode == 1 and "Traceback" not in refused.stderr
    assert shots["standard"].name in refused.stderr
    assert "Print 8 × 10 needs 2400 × 3000 pixels; this headshot has 1024 × 1536" in refused.stderr
    assert "--allow-upscale" in refused.stderr and not (tmp_path / "out").exists()
    enlarged = cli("export", str(shots["standard"]), "--preset", "print-8x10", "--allow-upscale", "--format", "jpeg",
                   "-o", str(tmp_path / "out"))  # fmt: skip
    assert enlarged.returncode == 0, enlarged.stderr
    assert "warning:" in enlarged.stderr and "enlarged" in enlarged.stderr and "softer" in enlarged.stderr
    with Image.open(enlarged.stdout.strip()) as image:
        assert image.size == (2400, 3000) and image.info["dpi"] == (300, 300)


def test_many_headshots_into_a_folder_with_a_template(shots: dict[str, Path], tmp_path: Path) -> None:
    out = tmp_path / "team"
    sources = [str(shots[k]) for k in ("navy", "grey", "standard")]
    done = cli("export", *sources, "--preset", "team-page", "--template", "{style} headshot", "-o", str(out))
    assert done.returncode == 0, done.stderr
    written = [Path(line) for line in done.stdout.splitlines()]
    assert [p.name for p in written] == ["Navy headshot.png", "Grey headshot.png", "Navy headshot (2).png"]
    assert sorted(p.name for p in out.iterdir()) == sorted(p.name for p in written)
    for path in written:
        with Image.open(path) as image:
            assert image.size == (600, 600)
    again = cli("export", *sources, "--preset", "team-page", "--template", "{style} headshot", "-o", str(out))
    assert again.returncode == 1 and "Navy headshot.png" in again.stderr and "exists" in again.stderr
    assert len(list(out.iterdir())) == 3  # nothing replaced, nothing added
    a_file = tmp_path / "notes.txt"
    a_file.write_text("mine")
    assert cli("export", *sources, "--preset", "avatar", "-o", str(a_file)).returncode == 2
    assert a_file.read_text() == "mine"


def test_the_team_page_size_and_the_persons_own_presets(shots: dict[str, Path], tmp_path: Path) -> None:
    paths = AppPaths.from_platform()
    paths.config_dir.mkdir(parents=True, exist_ok=True)
    paths.settings_file.write_text(json.dumps({"team_page_size": [300, 400]}))
    (paths.config_dir / "export_presets.json").write_text(json.dumps(
        {"presets": [{"id": "intranet", "name": "Intranet", "size": [640, 480], "format": "webp"}]}))  # fmt: skip
    team = cli("export", str(shots["navy"]), "--preset", "team-page", "-o", str(tmp_path / "team.png"))
    own = cli("export", str(shots["navy"]), "--preset", "intranet", "-o", str(tmp_path))
    assert team.returncode == own.returncode == 0, team.stderr + own.stderr
    with Image.open(tmp_path / "team.png") as image:
        assert image.size == (300, 400)
    with Image.open(own.stdout.strip()) as image:
        assert image.size == (640, 480) and image.format == "WEBP"  # its own format, none being asked
    unknown = cli("export", str(shots["navy"]), "--preset", "billboard", "-o", str(tmp_path))
    assert unknown.returncode == 2 and "billboard" in unknown.stderr and "intranet" in unknown.stderr


def test_the_ai_label_is_on_unless_turned_off(shots: dict[str, Path], tmp_path: Path) -> None:
    labelled = cli("export", str(shots["navy"]), "--preset", "linkedin", "-o", str(tmp_path / "a"))
    plain = cli("export", str(shots["navy"]), "--preset", "linkedin", "--no-ai-label", "-o", str(tmp_path / "b"))
    assert labelled.returncode == plain.returncode == 0, labelled.stderr + plain.stderr
    labelled_file, plain_file = Path(labelled.stdout.strip()), Path(plain.stdout.strip())
    assert labelled_file.suffix == ".jpg"  # LinkedIn's own format when none is asked
    assert AI_SOURCE_TYPE.encode() in labelled_file.read_bytes()
    assert AI_SOURCE_TYPE.encode() not in plain_file.read_bytes()
    with Image.open(plain_file) as image:
        assert image.size == (800, 800) and near(image.getpixel((10, 10)), RED)
    helped = cli("export", "--help")
    assert "--no-ai-label" in helped.stdout and "EU AI Act" in helped.stdout


def test_generate_checks_the_preset_before_paying_and_never_loses_a_headshot_to_export(api_server, tmp_path: Path,
                                                                                        selfie: Path) -> None:  # fmt: skip
    out = tmp_path / "out"
    unknown = cli("generate", str(selfie), "--style", "legal", "--variants", "1", "--export", str(out), "--preset",
                  "billboard", env=api_server.environ())  # fmt: skip
    assert unknown.returncode == 2 and "billboard" in unknown.stderr and "cost" not in unknown.stderr.lower()
    assert api_server.requests_to("images/edits") == []
    made = cli("generate", str(selfie), "--style", "legal", "--variants", "1", "--export", str(out), "--preset",
               "print-8x10", "--json", env=api_server.environ())  # fmt: skip
    assert "Traceback" not in made.stderr and "needs 2400 × 3000 pixels" in made.stderr
    (run,) = json.loads(made.stdout)
    (shot,) = run["headshots"]
    assert Path(shot["path"]).is_file() and shot["exported"] is None  # paid for, kept in the library
    assert made.returncode == 1  # a file asked for was not written: a script must not take it for success
    enlarged = cli("generate", str(selfie), "--style", "legal", "--variants", "1", "--export", str(out), "--preset",
                   "print-8x10", "--allow-upscale", "--json", env=api_server.environ())  # fmt: skip
    assert enlarged.returncode == 0, enlarged.stderr
    (run,) = json.loads(enlarged.stdout)
    with Image.open(run["headshots"][0]["exported"]) as image:
        assert image.size == (2400, 3000)

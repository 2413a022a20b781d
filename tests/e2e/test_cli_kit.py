"""``headshot-desktop kit new`` and ``kit show`` as a person or a script uses them: a real process, a temporary HOME."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from headshot_desktop.services.team.kit import KitExport, TeamKit, load_kit, save_kit


def cli(*args: str | Path) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "headshot_desktop", *map(str, args)],
        capture_output=True, text=True, env=dict(os.environ), timeout=120, stdin=subprocess.DEVNULL,
    )  # fmt: skip


def test_kit_new_writes_a_kit_that_show_prints(tmp_path: Path) -> None:
    path = tmp_path / "kits" / "acme.headshot-kit.json"
    made = cli("kit", "new", path, "--style", "navy-suit", "--provider", "gemini", "--variants", "3",
               "--detail", "high", "--keep", "glasses,freckles", "--keep-text", "my scar", "--shape", "square",
               "--preset", "team-page", "--format", "jpg", "--quality", "85", "--crop", "0,0.1,1,0.7",
               "--template", "{name} {preset}", "--no-ai-label", "--name", "Acme team page")  # fmt: skip
    assert made.returncode == 0, made.stderr
    assert made.stdout == f"{path}\n" and made.stderr == ""
    kit = load_kit(path)
    assert kit == TeamKit(
        name="Acme team page", provider="gemini", style="navy-suit", keep=("glasses", "freckles"), keep_text="my scar",
        shape="square", detail="high", variants=3, seed=kit.seed,
        export=KitExport(preset="team-page", fmt="jpeg", quality=85, framing=kit.export.framing,
                         template="{name} {preset}", ai_label=False),
    )  # fmt: skip
    assert kit.seed is not None and 0 <= kit.seed < 2**31  # drawn once, when the kit was made
    assert kit.export.framing is not None and str(kit.export.framing) == "0,0.1,1,0.7"

    shown = cli("kit", "show", path)
    assert shown.returncode == 0, shown.stderr
    lines = shown.stdout.splitlines()
    assert lines[0] == "Acme team page  (team kit, version 1)"
    assert "provider    gemini, model the default" in lines
    assert "style       navy-suit (Navy suit)" in lines
    assert f"seed        {kit.seed} (variant i gets {kit.seed} + i)" in lines
    assert "framing     0,0.1,1,0.7" in lines and "file names  {name} {preset}" in lines
    assert shown.stderr == ""

    as_json = cli("kit", "show", path, "--json")
    assert as_json.returncode == 0 and json.loads(as_json.stdout) == json.loads(path.read_text())


def test_each_new_kit_gets_its_own_seed_unless_one_is_given(tmp_path: Path) -> None:
    for name in ("a.json", "b.json"):
        assert cli("kit", "new", tmp_path / name, "--style", "startup").returncode == 0
    assert load_kit(tmp_path / "a.json").seed != load_kit(tmp_path / "b.json").seed
    assert cli("kit", "new", tmp_path / "c.json", "--prompt", "Pale blue backdrop.", "--seed", "42").returncode == 0
    kit = load_kit(tmp_path / "c.json")
    assert (kit.seed, kit.prompt, kit.style, kit.name, kit.provider) == (42, "Pale blue backdrop.", "", "C", "openai")


def test_an_existing_kit_is_kept_without_force(tmp_path: Path) -> None:
    path = tmp_path / "acme.headshot-kit.json"
    assert cli("kit", "new", path, "--style", "startup", "--seed", "1").returncode == 0
    before = path.read_bytes()
    again = cli("kit", "new", path, "--style", "navy-suit")
    assert again.returncode == 2 and again.stdout == ""
    assert again.stderr.startswith(f"error: {path} exists; nothing was written. Add --force to replace it")
    assert path.read_bytes() == before
    forced = cli("kit", "new", path, "--style", "navy-suit", "--force")
    assert forced.returncode == 0, forced.stderr
    assert load_kit(path).style == "navy-suit" and load_kit(path).name == "Acme"


def test_kit_new_refuses_what_cannot_work_and_writes_nothing(tmp_path: Path) -> None:
    path = tmp_path / "acme.headshot-kit.json"
    cases = {
        ("--style", "no-such-style", "--preset", "poster"): [
            "error: The team kit acme.headshot-kit.json cannot be made. There is no style called 'no-such-style' "
            "here; the kit needs it or a prompt. There is no export size called 'poster' here",
        ],
        ("--style", "startup", "--option", "quality=ultra"): ["OpenAI has no option 'quality'"],
        ("--style", "startup", "--template", "{name} {team}"): [
            'cannot be made: "template" uses {team}, which is not a known field.',
            "Use {date}, {time}, {style}, {n}, {original}, {preset}, {name}.",
        ],
        ("--style", "startup", "--crop", "0.5,0,0.8,1"): ["cannot be made: --crop '0.5,0,0.8,1' reaches past"],
        ("--style", "startup", "--keep", "glasses,tattoo"): ["\"keep\" names 'tattoo', which is not a feature"],
        ("--style", "startup", "--option", "quality"): ["--option takes KEY=VALUE, not 'quality'"],
        ("--style", "startup", "--provider", "midjourney"): ["There is no image provider called 'midjourney'"],
        ("--style", "startup", "--prompt", "x"): ["not allowed with argument --style"],
        ("--variants", "2",): ["one of the arguments --style --prompt is required"],
        ("--style", "startup", "--seed", "-4"): ["-4 is out of range"],
    }  # fmt: skip
    for extra, wanted in cases.items():
        out = cli("kit", "new", path, *extra)
        assert out.returncode == 2, (extra, out.stderr)
        assert all(w in out.stderr for w in wanted), (extra, out.stderr)
        assert "Traceback" not in out.stderr and out.stdout == "" and not path.exists()
    folder = cli("kit", "new", tmp_path, "--style", "startup")
    assert folder.returncode == 2 and "is a folder; give the kit's file name" in folder.stderr


def test_kit_show_refuses_a_broken_or_newer_kit(tmp_path: Path) -> None:
    path = tmp_path / "acme.headshot-kit.json"
    save_kit(TeamKit(name="Acme", provider="openai", style="startup"), path)
    newer = json.loads(path.read_text())
    newer["version"] = 2
    path.write_text(json.dumps(newer))
    out = cli("kit", "show", path)
    assert out.returncode == 2 and out.stdout == ""
    assert out.stderr == (
        "error: The team kit acme.headshot-kit.json was made by a newer version of Headshot Desktop "
        "(kit version 2; this version reads 1). Update the app to open it.\n"
    )
    path.write_text("{")
    out = cli("kit", "show", path)
    assert out.returncode == 2 and "acme.headshot-kit.json cannot be used: it is not JSON text" in out.stderr
    missing = cli("kit", "show", tmp_path / "none.json")
    assert missing.returncode == 2 and "none.json does not exist" in missing.stderr


def test_kit_show_warns_about_what_this_app_lacks(tmp_path: Path) -> None:
    path = tmp_path / "theirs.headshot-kit.json"
    save_kit(TeamKit(name="Theirs", provider="openai", style="my-office", export=KitExport(preset="intranet")), path)
    out = cli("kit", "show", path)
    assert out.returncode == 0
    assert "style       my-office (not a style here)" in out.stdout.splitlines()
    assert "export      intranet, the preset’s own format, quality 90, AI label on" in out.stdout.splitlines()
    assert out.stderr.splitlines() == [
        "warning: There is no style called 'my-office' here; the kit needs it or a prompt.",
        "warning: There is no export size called 'intranet' here (there are linkedin, avatar, team-page, portrait, "
        "square, print-8x10, casting-5x7, original).",
        "warning: This kit cannot be used here until that is fixed.",
    ]

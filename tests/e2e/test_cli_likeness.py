"""``generate --reference PHOTO --keep F,F --keep-text TEXT``: further photos of the person and features to keep."""

from __future__ import annotations

import json
from pathlib import Path

from headshot_desktop.app import build_context
from headshot_desktop.core.likeness import FEATURES
from tests.e2e.test_cli import cli
from tests.support.fixtures import headshots_dir as headshots_dir  # fixtures by name
from tests.support.fixtures import selfie as selfie
from tests.unit.intake import corpus
from tests.unit.intake.rawscan import assert_pixels_only


def references(tmp_path: Path, count: int) -> list[str]:
    return [str(corpus.write(tmp_path, f"me-{n}.jpg", corpus.jpeg_full_of_metadata(corpus.photo((600 + n, 800)))))
            for n in range(count)]  # fmt: skip


def test_references_and_features_go_with_the_photo_and_are_remembered(api_server, selfie, tmp_path, home) -> None:
    refs = references(tmp_path, 2)
    out = cli("generate", str(selfie), "--style", "legal", "--variants", "1", "--reference", refs[0], "--reference",
              refs[1], "--keep", "glasses,grey_hair,teeth", "--keep-text", "my scar above the left eyebrow", "--json",
              env=api_server.environ())  # fmt: skip
    assert out.returncode == 0, out.stderr
    (sent,) = api_server.requests_to("images/edits")
    images = sent.images
    assert len(images) == 3 and [f.filename for f in images[1:]] == ["reference-1.jpg", "reference-2.jpg"]
    for image in images:
        assert_pixels_only(image.data)
    prompt = sent.field("prompt") or ""
    for feature in ("glasses", "grey_hair", "teeth"):
        assert FEATURES[feature][1] in prompt
    assert "my scar above the left eyebrow" in prompt and "image 1 is the photo to edit" in prompt
    (run,) = json.loads(out.stdout)
    library = build_context(environ={**api_server.environ(), "HOME": str(home)}, log_to_file=False).library()
    [shot] = [h for h in library.list_headshots() if str(h.path) == run["headshots"][0]["path"]]
    named = {o.id: o.source_name for o in library.list_originals()}
    assert [named[i] for i in shot.reference_ids] == ["me-0.jpg", "me-1.jpg"]


def test_bad_reference_input_is_refused_with_a_reason_and_nothing_is_sent(api_server, selfie, tmp_path,
                                                                         headshots_dir) -> None:  # fmt: skip
    not_a_photo = corpus.write(tmp_path, "notes.jpg", b"<html>not a photo</html>")
    cases = [
        (["--reference", str(not_a_photo)], 1, "notes.jpg"),
        ([f"--reference={r}" for r in references(tmp_path, 5)], 2, "at most 4"),
        (["--keep", "glasses,dimples"], 2, "'dimples'"),
    ]
    for extra, code, words in cases:
        out = cli("generate", str(selfie), "--style", "legal", "--variants", "1", *extra, env=api_server.environ())
        assert out.returncode == code and words in out.stderr and "Traceback" not in out.stderr, out.stderr
    two = cli("generate", str(selfie), str(selfie), "--style", "legal", "--reference", str(not_a_photo),
              env=api_server.environ())  # fmt: skip
    assert two.returncode != 0 and "exactly one PHOTO" in two.stderr
    assert api_server.requests_to("images/edits") == [] and list(headshots_dir.iterdir()) == []


def test_a_provider_that_takes_no_references_says_so_before_sending(selfie, tmp_path) -> None:
    from tests.support.comfyui_server import comfyui_server

    with comfyui_server() as server:
        out = cli("generate", "--provider", "comfyui", "--model", "flux2-klein-4b", str(selfie), "--style", "legal",
                  "--reference", references(tmp_path, 1)[0], env=server.environ())  # fmt: skip
        assert out.returncode == 2 and "takes no reference photos" in out.stderr
        assert server.uploads == [] and server.prompts == []

"""Reference photos on the wire, for every image provider against its own test server.

Each takes the photo first, then the references in order, all metadata-free, under neutral names, with the
prompt exactly as given (the reference note is already in it). More references than the model takes are
refused by name before anything is sent.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from pathlib import Path

import httpx
import pytest

from headshot_desktop.core.generation import reference_note
from headshot_desktop.core.models import PreparedPhoto
from headshot_desktop.core.request import GenerationRequest
from headshot_desktop.errors import ConfigError
from headshot_desktop.intake import prepare_photo
from headshot_desktop.providers import registry
from headshot_desktop.providers.base import Provider
from headshot_desktop.providers.comfyui import workflows
from headshot_desktop.providers.openai import OpenAIProvider
from tests.support.bfl_server import BflTestServer, Poll
from tests.support.comfyui_server import ComfyTestServer, comfyui_server
from tests.support.gemini_server import GeminiTestServer
from tests.support.openai_server import OpenAITestServer
from tests.unit.intake import corpus
from tests.unit.intake.rawscan import assert_pixels_only
from tests.unit.provider.bfl_fixtures import bfl as bfl  # fixtures by name
from tests.unit.provider.gemini_fixtures import gemini as gemini
from tests.unit.provider.helpers import RecordingSleep, run_edit

PROMPT = "CHANGE: a navy suit.\nPRESERVE: the face." + reference_note(2)
REF_NAME = "ref.jpg"


def prepared(size: tuple[int, int], seed: int, name: str) -> PreparedPhoto:
    """A camera JPEG full of metadata (location, serial, the person's name) through the app's own intake."""
    return prepare_photo(corpus.jpeg_full_of_metadata(corpus.photo(size, seed=seed)), source_name=name, max_side=1536)


@pytest.fixture(scope="module")
def photo() -> PreparedPhoto:
    return prepared((480, 640), 0, f"{corpus.PERSON}.jpg")


@pytest.fixture(scope="module")
def references() -> tuple[PreparedPhoto, ...]:
    return tuple(prepared(size, seed, REF_NAME) for seed, size in ((1, (400, 500)), (2, (360, 480)), (3, (320, 400))))


def request(references: tuple[PreparedPhoto, ...], **changes: object) -> GenerationRequest:
    values: dict[str, object] = {"style_id": "corporate", "prompt": PROMPT, "references": references, **changes}
    return GenerationRequest(**values)  # type: ignore[arg-type]


def assert_sent_in_order(sent: list[bytes], photo: PreparedPhoto, references: tuple[PreparedPhoto, ...]) -> None:
    assert sent == [photo.data, *(r.data for r in references)], "the photo first, then the references in order"
    for data in sent:
        assert_pixels_only(data)


def refused(provider: Provider, photo: PreparedPhoto, req: GenerationRequest, limit: str) -> None:
    with pytest.raises(ConfigError) as caught:
        run_edit(provider, photo, req)
    assert limit in caught.value.message, caught.value.message


# -- OpenAI ------------------------------------------------------------------------------------------------------
def test_openai_sends_the_references_as_further_image_parts(
    make_provider: Callable[..., OpenAIProvider], server: OpenAITestServer, photo: PreparedPhoto,
    references: tuple[PreparedPhoto, ...],
) -> None:  # fmt: skip
    provider = make_provider()
    assert provider.capabilities("gpt-image-2").max_reference_photos == 15
    result = run_edit(provider, photo, request(references[:2], model="gpt-image-2"))
    assert len(result.images) == 1
    [sent] = server.requests_to("images/edits")
    assert_sent_in_order([f.data for f in sent.images], photo, references[:2])
    assert [(f.field, f.filename) for f in sent.images] == [
        ("image[]", "photo.jpg"), ("image[]", "reference-1.jpg"), ("image[]", "reference-2.jpg")]  # fmt: skip
    assert sent.field("prompt") == PROMPT


# -- Gemini ------------------------------------------------------------------------------------------------------
@pytest.fixture
def gemini_provider(gemini: GeminiTestServer, sleep: RecordingSleep, closing: Callable[[Provider], Provider]
                    ) -> Provider:  # fmt: skip
    made: Provider = registry.module("gemini").create(gemini.api_key, environ=gemini.environ(), sleep=sleep,
                                                      timeout=httpx.Timeout(10.0))  # fmt: skip
    return closing(made)


def test_gemini_sends_the_references_as_inline_parts_before_the_text(
    gemini_provider: Provider, gemini: GeminiTestServer, photo: PreparedPhoto, references: tuple[PreparedPhoto, ...]
) -> None:
    result = run_edit(gemini_provider, photo, request(references[:2], model="gemini-3.1-flash-image-preview"))
    assert len(result.images) == 1
    [sent] = gemini.generate_requests()
    assert_sent_in_order(sent.images, photo, references[:2])
    assert sent.mime_types == ["image/jpeg"] * 3
    assert sent.prompt == PROMPT
    [content] = sent.body["contents"]
    assert [next(iter(part)) for part in content["parts"]] == ["inlineData"] * 3 + ["text"]


def test_gemini_2_5_takes_two_references_at_most(
    gemini_provider: Provider, gemini: GeminiTestServer, photo: PreparedPhoto, references: tuple[PreparedPhoto, ...]
) -> None:
    assert gemini_provider.capabilities("gemini-2.5-flash-image").max_reference_photos == 2
    refused(gemini_provider, photo, request(references, model="gemini-2.5-flash-image"), "at most 2 reference photos")
    assert gemini.requests == []


# -- Black Forest Labs -------------------------------------------------------------------------------------------
@pytest.fixture
def bfl_provider(bfl: BflTestServer, sleep: RecordingSleep, closing: Callable[[Provider], Provider]) -> Provider:
    made: Provider = registry.module("bfl").create(bfl.api_key, environ=bfl.environ(), sleep=sleep,
                                                   timeout=httpx.Timeout(10.0), first_poll=0.02)  # fmt: skip
    return closing(made)


@pytest.mark.parametrize("endpoint", ["flux-2-pro", "flux-kontext-pro"])
def test_bfl_sends_the_references_as_numbered_input_images(
    bfl_provider: Provider, bfl: BflTestServer, photo: PreparedPhoto, references: tuple[PreparedPhoto, ...],
    endpoint: str,
) -> None:  # fmt: skip
    bfl.script_polls(Poll.ready())
    result = run_edit(bfl_provider, photo, request(references[:2], model=endpoint))
    assert len(result.images) == 1
    [sent] = bfl.submits()
    assert sent.status == 200
    assert_sent_in_order(sent.images, photo, references[:2])
    assert {"input_image", "input_image_2", "input_image_3"} <= set(sent.body) and "input_image_4" not in sent.body
    assert sent.prompt == PROMPT


@pytest.mark.parametrize("endpoint", ["flux-2-klein-4b", "flux-kontext-max"])
def test_bfl_refuses_more_references_than_the_endpoint_takes(
    bfl_provider: Provider, bfl: BflTestServer, photo: PreparedPhoto, references: tuple[PreparedPhoto, ...],
    endpoint: str,
) -> None:  # fmt: skip
    assert bfl_provider.capabilities(endpoint).max_reference_photos == 3
    refused(bfl_provider, photo, request((*references, references[0]), model=endpoint), "at most 3 reference photos")
    assert bfl.requests == []


# -- ComfyUI -----------------------------------------------------------------------------------------------------
@pytest.fixture
def comfy() -> Iterator[ComfyTestServer]:
    with comfyui_server() as running:
        yield running


@pytest.fixture
def comfy_provider(comfy: ComfyTestServer, closing: Callable[[Provider], Provider]) -> Provider:
    made: Provider = registry.module("comfyui").create(address=comfy.url, environ=comfy.environ(),
                                                       timeout=httpx.Timeout(10.0))  # fmt: skip
    return closing(made)


def test_comfyui_uploads_each_reference_into_its_slot(
    comfy_provider: Provider, comfy: ComfyTestServer, photo: PreparedPhoto, references: tuple[PreparedPhoto, ...]
) -> None:
    assert comfy_provider.capabilities("").max_reference_photos == 2
    result = run_edit(comfy_provider, photo, request(references[:2]))
    assert len(result.images) == 1
    assert_sent_in_order([data for _name, _kind, data in comfy.uploads], photo, references[:2])
    names = [name for name, _kind, _data in comfy.uploads]
    assert len(set(names)) == 3 and all(n.startswith("headshot-") for n in names)
    assert not any(REF_NAME in n or corpus.PERSON in n for n in names), "the person's file names stay home"
    [queued] = comfy.prompts
    graph = queued["prompt"]
    loaded = [graph[node]["inputs"]["image"] for node in ("4", "14", "15")]
    assert loaded == [f"{name} [temp]" for name in names], "each upload fills its own slot, in order"
    for encoder in ("8", "9"):
        inputs = graph[encoder]["inputs"]
        assert (inputs["image1"], inputs["image2"], inputs["image3"]) == (["5", 0], ["14", 0], ["15", 0])
    assert graph["8"]["inputs"]["prompt"] == PROMPT


def test_comfyui_drops_the_slot_a_missing_reference_leaves(
    comfy_provider: Provider, comfy: ComfyTestServer, photo: PreparedPhoto, references: tuple[PreparedPhoto, ...]
) -> None:
    result = run_edit(comfy_provider, photo, request(references[:1]))
    assert len(result.images) == 1
    assert_sent_in_order([data for _name, _kind, data in comfy.uploads], photo, references[:1])
    [queued] = comfy.prompts
    graph = queued["prompt"]
    assert "15" not in graph and graph["14"]["inputs"]["image"].startswith("headshot-")
    for encoder in ("8", "9"):
        assert graph[encoder]["inputs"]["image2"] == ["14", 0] and "image3" not in graph[encoder]["inputs"]
    assert "{{" not in json.dumps(graph)


def test_comfyui_without_references_runs_the_graph_without_slots(
    comfy_provider: Provider, comfy: ComfyTestServer, photo: PreparedPhoto
) -> None:
    run_edit(comfy_provider, photo, request(()))
    [queued] = comfy.prompts
    assert not {"14", "15"} & set(queued["prompt"]) and len(comfy.uploads) == 1


def slotless(tmp_path: Path) -> str:
    graph = {
        "1": {"class_type": "LoadImage", "inputs": {"image": "{{photo}}"}},
        "2": {"class_type": "ImageInvert", "inputs": {"image": ["1", 0]}},
        "3": {"class_type": "PreviewImage", "inputs": {"images": ["2", 0]}},
    }
    path = tmp_path / "mine.json"
    path.write_text(json.dumps(graph), encoding="utf-8")
    return str(path)


@pytest.mark.parametrize("model", ["flux2-klein-4b", "flux1-kontext-dev", "slotless"])
def test_comfyui_refuses_references_a_workflow_has_no_slot_for(
    comfy_provider: Provider, comfy: ComfyTestServer, photo: PreparedPhoto, references: tuple[PreparedPhoto, ...],
    model: str, tmp_path: Path,
) -> None:  # fmt: skip
    model = slotless(tmp_path) if model == "slotless" else model
    assert comfy_provider.capabilities(model).max_reference_photos == 0
    refused(comfy_provider, photo, request(references[:1], model=model), "takes no reference photos")
    assert comfy.uploads == [] and comfy.prompts == []


def test_comfyui_refuses_more_references_than_slots(
    comfy_provider: Provider, comfy: ComfyTestServer, photo: PreparedPhoto, references: tuple[PreparedPhoto, ...]
) -> None:
    refused(comfy_provider, photo, request(references), "at most 2 reference photos")
    assert comfy.uploads == [] and comfy.prompts == []


def test_comfyui_slots_are_counted_in_a_row_and_an_unreadable_file_has_none(tmp_path: Path) -> None:
    graph = {str(n): {"class_type": "LoadImage", "inputs": {"image": f"{{{{reference_{n}}}}}"}} for n in (1, 2, 4)}
    assert workflows.reference_slots(graph) == 2
    (tmp_path / "broken.json").write_text("{not json", encoding="utf-8")
    for model in (str(tmp_path / "broken.json"), str(tmp_path / "absent.json"), "no-such-workflow"):
        assert registry.module("comfyui").capabilities(model).max_reference_photos == 0


def test_comfyui_cuts_out_what_only_an_empty_slot_fed() -> None:
    graph = {
        "1": {"class_type": "LoadImage", "inputs": {"image": "{{photo}}"}},
        "2": {"class_type": "LoadImage", "inputs": {"image": "{{reference_1}}"}},
        "3": {"class_type": "ImageScaleToTotalPixels", "inputs": {"image": ["2", 0], "megapixels": 1.0}},
        "4": {"class_type": "Encode", "inputs": {"prompt": "{{prompt}}", "image1": ["1", 0], "image2": ["3", 0]}},
    }
    filled = workflows.fill(graph, {"photo": "a.png [temp]", "prompt": "p"})
    assert filled == {
        "1": {"class_type": "LoadImage", "inputs": {"image": "a.png [temp]"}},
        "4": {"class_type": "Encode", "inputs": {"prompt": "p", "image1": ["1", 0]}},
    }
    assert "image2" in graph["4"]["inputs"], "the shipped graph is not changed"
    full = workflows.fill(graph, {"photo": "a.png [temp]", "prompt": "p", "reference_1": "b.png [temp]"})
    assert full["2"]["inputs"]["image"] == "b.png [temp]" and full["4"]["inputs"]["image2"] == ["3", 0]

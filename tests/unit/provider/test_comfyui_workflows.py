"""ComfyUI workflows as data, the server check, and what goes on the wire: against the ComfyUI test server."""

from __future__ import annotations

import json
import socket
from collections.abc import Iterator
from pathlib import Path

import pytest

from headshot_desktop.core.generation import CancelToken
from headshot_desktop.core.request import GenerationRequest
from headshot_desktop.errors import ConfigError, ErrorKind, ProviderError
from headshot_desktop.intake import prepare_photo
from headshot_desktop.providers import registry
from headshot_desktop.providers.comfyui import workflows
from tests.support.comfyui_server import ComfyTestServer, comfyui_server
from tests.unit.intake import corpus


@pytest.fixture
def server() -> Iterator[ComfyTestServer]:
    with comfyui_server() as running:
        yield running


def provider_for(address: str, **options):
    return registry.module("comfyui").create(address=address, **options)


def request(**changes) -> GenerationRequest:
    return GenerationRequest(**{"style_id": "legal", "prompt": "CHANGE: a suit.\nPRESERVE: the face.", **changes})


def photo():
    source = corpus.jpeg(corpus.photo((480, 640)))
    return prepare_photo(source, source_name="me.jpg", max_side=1536)


def test_placeholders_become_typed_values_and_an_unknown_one_is_refused() -> None:
    graph = {"1": {"class_type": "K", "inputs": {"seed": "{{seed}}", "text": "a {{prompt}} b", "ref": ["2", 0]}}}
    filled = workflows.fill(graph, {"seed": 7, "prompt": "suit"})
    assert filled["1"]["inputs"] == {"seed": 7, "text": "a suit b", "ref": ["2", 0]}
    assert graph["1"]["inputs"]["seed"] == "{{seed}}", "the shipped graph is not changed"
    with pytest.raises(ConfigError, match="{{colour}}"):
        workflows.fill({"1": {"class_type": "K", "inputs": {"c": "{{colour}}"}}}, {"seed": 1})


@pytest.mark.parametrize(
    "content, words",
    [
        (b"{not json", "not valid JSON"),
        (json.dumps({"nodes": [], "links": []}).encode(), "not in ComfyUI's API format"),
        (json.dumps({"1": {"class_type": "LoadImage", "inputs": {"image": "me.png"}}}).encode(), "no {{photo}}"),
    ],
)
def test_a_persons_workflow_file_that_cannot_be_used_is_named(tmp_path: Path, content: bytes, words: str) -> None:
    path = tmp_path / "mine.json"
    path.write_bytes(content)
    with pytest.raises(ConfigError) as caught:
        workflows.load(str(path))
    assert str(path) in caught.value.message and words in caught.value.message + caught.value.hint


def test_every_shipped_workflow_loads_with_its_models_and_licence() -> None:
    for workflow_id in workflows.shipped_ids():
        found = workflows.load(workflow_id)
        assert found.models and found.licence and found.gpu_memory_gb
        assert "{{photo}}" in json.dumps(found.graph) and "{{prompt}}" in json.dumps(found.graph)
    assert not workflows.load("flux1-kontext-dev").commercial_use


def test_an_input_the_servers_node_lacks_is_named_before_anything_is_sent(server) -> None:
    graph = dict(workflows.load("qwen-image-edit-2511").graph)
    graph["11"] = {**graph["11"], "inputs": {**graph["11"]["inputs"], "cfg_rescale": 0.7}}
    with pytest.raises(ProviderError) as caught:
        workflows.check(workflows.fill(graph, {"photo": "x [temp]", "prompt": "p", "seed": 1, "width": 64,
                                               "height": 64}), server.object_info, workflows.load("qwen-image-edit-2511"),
                        "ComfyUI at test")  # fmt: skip
    assert caught.value.kind == ErrorKind.NOT_FOUND and "cfg_rescale" in caught.value.message


def test_variants_get_their_own_seed_and_no_origin_header_is_sent(server) -> None:
    provider = provider_for(server.url)
    try:
        for variant in range(2):
            provider.edit(photo(), request(variant=variant), lambda e: None, CancelToken())
    finally:
        provider.close()
    seeds = [p["prompt"]["11"]["inputs"]["seed"] for p in server.prompts]
    assert len(seeds) == 2 and seeds[0] != seeds[1] and all(isinstance(s, int) for s in seeds)
    assert server.ws_connections and all("origin" not in c["headers"] for c in server.ws_connections)
    assert all("origin" not in r.headers for r in server.requests)


def test_check_says_when_nothing_answers_or_it_is_not_comfyui(api_server) -> None:
    with socket.socket() as free:
        free.bind(("127.0.0.1", 0))
        port = free.getsockname()[1]
    nobody = provider_for(f"http://127.0.0.1:{port}")
    try:
        with pytest.raises(ProviderError, match="Nothing answers at"):
            nobody.check()
    finally:
        nobody.close()
    other = provider_for(
        api_server.base_url.rsplit("/v1", 1)[0], environ={"SSL_CERT_FILE": str(api_server.ca_pem_path)}
    )
    try:
        with pytest.raises(ProviderError) as caught:
            other.check()
        assert "ComfyUI" in caught.value.message
    finally:
        other.close()

"""Workflows as data: the shipped API-format graphs with named placeholders, a person's own, and checking one
against what a server has (its nodes, its model files, no cloud API nodes) before it is queued.

Placeholders are strings: ``"{{seed}}"`` as a whole value becomes the number itself; inside
longer text it is replaced as text. A person's workflow is an API-format JSON file with the
same placeholders, named by its path where a model is chosen.

Reference photos go into slots, ``{{reference_1}}`` to ``{{reference_4}}``, each a LoadImage's
image; a graph takes as many as it has in a row. A slot left without a photo is cut out with
what only it fed, and the inputs it fed elsewhere (an optional second image, say) are dropped.
"""

from __future__ import annotations

import copy
import json
import re
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

from headshot_desktop.core.generation import MAX_REFERENCES
from headshot_desktop.errors import ConfigError, ErrorKind, HeadshotError, ProviderError
from headshot_desktop.system.resources import resource_text
from headshot_desktop.translatable import N_, Template

DEFAULT_WORKFLOW = "qwen-image-edit-2511"
REQUIRED = ("{{photo}}",)  # a workflow without {{prompt}} ignores the style (a test graph, say)
_PLACEHOLDER = re.compile(r"\{\{([a-z_0-9]+)\}\}")
_SLOT = re.compile(r"\{\{(reference_[0-9]+)\}\}")
_ANNOTATED = re.compile(r" \[(temp|input|output)\]$")
_MODEL_FILE = re.compile(r"\.(safetensors|gguf|ckpt|pt|pth|bin|sft)$", re.IGNORECASE)
MAX_WORKFLOW_BYTES = 2 * 1024 * 1024


@dataclass(frozen=True)
class ModelFile:
    folder: str
    file: str
    gb: float
    url: str


@dataclass(frozen=True)
class Workflow:
    id: str
    title: str
    graph: dict[str, Any]
    licence: str = N_("comfyui", "as its author says")
    commercial_use: bool = True
    gpu_memory_gb: float | None = None
    models: tuple[ModelFile, ...] = field(default_factory=tuple)

    @property
    def reference_slots(self) -> int:
        return reference_slots(self.graph)


@cache
def _catalogue() -> dict[str, Any]:
    found: dict[str, Any] = json.loads(resource_text("providers", "comfyui", "workflows.json"))
    return found


def shipped_ids() -> list[str]:
    return list(_catalogue()["workflows"])


def load(model: str) -> Workflow:
    """A shipped workflow by id, or a person's own by the path of its JSON file."""
    name = model or DEFAULT_WORKFLOW
    if name.endswith(".json") or "/" in name or "\\" in name:
        return _own(Path(name).expanduser())
    entry = _catalogue()["workflows"].get(name)
    if entry is None:
        raise ConfigError(N_("comfyui", "There is no ComfyUI workflow called {name}.").format(name=repr(name)),
                          hint=N_("comfyui", "Known workflows: {names}, or the path of your own API-format workflow "
                                  "file.").format(names=", ".join(shipped_ids())))  # fmt: skip
    graph = json.loads(resource_text("providers", "comfyui", "workflows", entry["file"]))
    models = tuple(ModelFile(m["folder"], m["file"], float(m["gb"]), m["url"]) for m in entry["models"])
    return Workflow(name, Template("comfyui", entry["title"]), graph, entry["licence"], bool(entry["commercial_use"]),
                    entry.get("gpu_memory_gb"), models)  # fmt: skip


def _own(path: Path) -> Workflow:
    try:
        with path.open("rb") as file:
            raw = file.read(MAX_WORKFLOW_BYTES + 1)
    except OSError as err:
        raise ConfigError(
            N_("comfyui", "The workflow file {path} cannot be read: {reason}.").format(
                path=path, reason=err.strerror or err
            )
        ) from None
    if len(raw) > MAX_WORKFLOW_BYTES:
        raise ConfigError(
            N_("comfyui", "The workflow file {path} is larger than any workflow (over 2 MB).").format(path=path)
        )
    try:
        graph = json.loads(raw)
    except ValueError as err:
        raise ConfigError(
            N_("comfyui", "The workflow file {path} is not valid JSON ({reason}).").format(path=path, reason=err)
        ) from None
    if (
        not isinstance(graph, dict)
        or not graph
        or not all(isinstance(n, dict) and isinstance(n.get("class_type"), str) for n in graph.values())
    ):
        raise ConfigError(N_("comfyui", "The workflow file {path} is not in ComfyUI's API format.").format(path=path),
                          hint=N_("comfyui", "In ComfyUI use Workflow ▸ Export (API), then choose that file."))  # fmt: skip
    missing = [p for p in REQUIRED if p not in json.dumps(graph)]
    if missing:
        raise ConfigError(N_("comfyui", "The workflow file {path} has no {placeholders} placeholder.").format(
                              path=path, placeholders=" or ".join(missing)),
                          hint=N_("comfyui", "Put {{{{photo}}}} where LoadImage names its image and {{{{prompt}}}} "
                                  "where the text goes; {{{{seed}}}}, {{{{width}}}} and {{{{height}}}} are optional."
                                  ).format())  # fmt: skip
    return Workflow(str(path), path.stem, graph)


def reference_slots(graph: dict[str, Any]) -> int:
    """How many reference photos the graph takes: its slots ``{{reference_1}}``, ``{{reference_2}}``, … in a row."""
    names = set(_SLOT.findall(json.dumps(graph)))
    count = 0
    while count < MAX_REFERENCES and f"reference_{count + 1}" in names:
        count += 1
    return count


def slots_of(model: str) -> int:
    """``reference_slots`` of a workflow by id or path; 0 when it cannot be read (running it will say why)."""
    try:
        return load(model).reference_slots
    except (HeadshotError, OSError, ValueError):
        return 0


def _is_link(value: object) -> bool:
    return isinstance(value, list) and len(value) == 2 and isinstance(value[0], str | int)


def without_empty_slots(graph: dict[str, Any], values: dict[str, object]) -> dict[str, Any]:
    """The graph less each slot that ``values`` gives no photo, the nodes fed only by what went, and the inputs
    that pointed at them."""
    gone = {node_id for node_id, node in graph.items()
            if any(isinstance(v, str) and (m := _SLOT.fullmatch(v)) and m.group(1) not in values
                   for v in (node.get("inputs") or {}).values())}  # fmt: skip
    if not gone:
        return graph
    kept = {node_id: copy.deepcopy(node) for node_id, node in graph.items() if node_id not in gone}
    changed = True
    while changed:
        changed = False
        for node_id, node in list(kept.items()):
            inputs = node.get("inputs") or {}
            links = [name for name, value in inputs.items() if _is_link(value)]
            cut = [name for name in links if str(inputs[name][0]) in gone]
            if not cut:
                continue
            changed = True
            if len(cut) == len(links):
                gone.add(node_id)
                del kept[node_id]
            else:
                for name in cut:
                    del inputs[name]
    return kept


def fill(graph: dict[str, Any], values: dict[str, object]) -> dict[str, Any]:
    """A copy with every placeholder replaced; an unknown placeholder is an error, not left for the server.

    A reference slot ``values`` does not fill is cut out (``without_empty_slots``), not refused.
    """
    filled = copy.deepcopy(without_empty_slots(graph, values))

    def replace(value: object) -> object:
        if isinstance(value, str):
            whole = _PLACEHOLDER.fullmatch(value)
            if whole:
                return _value(whole.group(1), values)
            return _PLACEHOLDER.sub(lambda m: str(_value(m.group(1), values)), value)
        if isinstance(value, list):
            return [replace(v) for v in value]
        if isinstance(value, dict):
            return {k: replace(v) for k, v in value.items()}
        return value

    return {node_id: replace(node) for node_id, node in filled.items()}  # type: ignore[misc]


def _value(name: str, values: dict[str, object]) -> object:
    if name not in values:
        raise ConfigError(N_("comfyui", "The workflow asks for {placeholder}, which the app does not fill.").format(
                              placeholder=f"{{{{{name}}}}}"),
                          hint=N_("comfyui", "Known placeholders: {names}.").format(
                              names=", ".join(f"{{{{{k}}}}}" for k in values)))  # fmt: skip
    return values[name]


def check(graph: dict[str, Any], object_info: dict[str, Any], workflow: Workflow, server: str) -> None:
    """Refuse a graph the server cannot run, or that would send the picture to a cloud service."""
    for node_id, node in graph.items():
        class_type = node.get("class_type", "")
        spec = object_info.get(class_type)
        if spec is None:
            raise ProviderError(N_("comfyui", "{server} has no node called “{type}” (node {node} of this workflow)."
                                   ).format(server=server, type=class_type, node=node_id),
                                kind=ErrorKind.NOT_FOUND, retryable=False,
                                hint=N_("comfyui", "Update ComfyUI, or install the custom node that provides it."))  # fmt: skip
        if spec.get("api_node") or str(spec.get("python_module", "")).startswith("comfy_api_nodes"):
            raise ProviderError(N_("comfyui", "This workflow uses “{type}”, a node that sends the picture to a cloud "
                                   "service, so the app will not run it.").format(type=class_type),
                                kind=ErrorKind.CONFIG, retryable=False,
                                hint=N_("comfyui", "Choose a workflow that runs only on your server."))  # fmt: skip
        inputs = spec.get("input") if isinstance(spec.get("input"), dict) else {}
        declared = {**inputs.get("required", {}), **inputs.get("optional", {})}
        known = {*declared, *inputs.get("hidden", {})}
        for name, value in (node.get("inputs") or {}).items():
            if name not in known:
                raise ProviderError(N_("comfyui", "{server}'s “{type}” node has no input called “{name}” (node "
                                       "{node}).").format(server=server, type=class_type, name=name, node=node_id),
                                    kind=ErrorKind.NOT_FOUND, retryable=False,
                                    hint=N_("comfyui", "Update ComfyUI: the workflow was made for a newer version."))  # fmt: skip
            options = declared.get(name, [None])[0] if isinstance(declared.get(name), list) else None
            if (isinstance(value, str) and isinstance(options, list) and value not in options
                    and _MODEL_FILE.search(value) and not _ANNOTATED.search(value)):  # fmt: skip
                raise _missing_model(value, class_type, workflow, server)


def _missing_model(file: str, class_type: str, workflow: Workflow, server: str) -> ProviderError:
    known = next((m for m in workflow.models if m.file == file), None)
    missing = N_("comfyui", "{server} does not have the model file {file}, which {workflow} needs ({type}).").format(
        server=server, file=file, workflow=workflow.title, type=class_type
    )
    if known:
        missing = N_(
            "comfyui",
            "{missing} Put it in ComfyUI's models/{folder} folder (about {size:g} GB; get it from {address}).",
        ).format(missing=missing, folder=known.folder, size=known.gb, address=known.url)
    return ProviderError(missing, kind=ErrorKind.NOT_FOUND, retryable=False,
                         hint=N_("comfyui", "Download it to the server, restart ComfyUI, or choose another "
                                 "workflow."))  # fmt: skip

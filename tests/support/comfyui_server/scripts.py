"""What the ComfyUI test server knows and can be told to do: node specs, models, scripted runs, replies, images."""

from __future__ import annotations

import io
import json
import random
import struct
import sys
import time
from dataclasses import dataclass, field
from typing import Any

from PIL import Image, ImageOps

VERSION = "0.3.64"
MAX_UPLOAD_SIZE = 100 * 1024 * 1024
# BinaryEventTypes (protocol.py): 2 (UNENCODED_PREVIEW_IMAGE) is internal and never on the wire.
PREVIEW_IMAGE, TEXT, PREVIEW_IMAGE_WITH_METADATA = 1, 3, 4
TYPES = ("input", "temp", "output")  # the folders /upload/image and /view know
JPEG, PNG = 1, 2  # the image format word of a PREVIEW_IMAGE frame
# fmt: off
DEFAULT_MODELS: dict[str, list[str]] = {  # what the shipped workflows (resources/providers/comfyui) load
    "diffusion_models": ["flux-2-klein-4b-fp8.safetensors", "flux1-dev-kontext_fp8_scaled.safetensors",
                         "qwen_image_edit_2511_fp8mixed.safetensors"],
    "text_encoders": ["clip_l.safetensors", "qwen_2.5_vl_7b_fp8_scaled.safetensors", "qwen_3_4b.safetensors",
                      "t5xxl_fp8_e4m3fn_scaled.safetensors"],
    "vae": ["ae.safetensors", "flux2-vae.safetensors", "qwen_image_vae.safetensors"], "loras": [], "checkpoints": [],
}
MODEL_INPUTS = {("UNETLoader", "unet_name"): "diffusion_models", ("CLIPLoader", "clip_name"): "text_encoders",
                ("DualCLIPLoader", "clip_name1"): "text_encoders", ("DualCLIPLoader", "clip_name2"): "text_encoders",
                ("VAELoader", "vae_name"): "vae"}  # combos filled from ``server.models``: (class, input) -> folder
# fmt: on
SAMPLERS = ["euler", "euler_cfg_pp", "euler_ancestral", "euler_ancestral_cfg_pp", "heun", "heunpp2", "dpm_2"]
SAMPLERS += ["dpm_2_ancestral", "lms", "dpm_fast", "dpm_adaptive", "dpmpp_2s_ancestral", "dpmpp_sde", "dpmpp_2m"]
SAMPLERS += ["dpmpp_2m_sde", "dpmpp_3m_sde", "ddpm", "lcm", "ipndm", "deis", "res_multistep", "er_sde", "sa_solver"]
SAMPLERS += ["ddim", "uni_pc", "uni_pc_bh2"]
SCHEDULERS = ["simple", "sgm_uniform", "karras", "exponential", "ddim_uniform", "beta", "normal", "linear_quadratic"]
SCHEDULERS += ["kl_optimal"]
CLIP_TYPES = ["stable_diffusion", "stable_cascade", "sd3", "stable_audio", "mochi", "ltxv", "pixart", "cosmos"]
CLIP_TYPES += ["lumina2", "wan", "hidream", "chroma", "ace", "omnigen2", "qwen_image", "hunyuan_image", "flux2"]
SAMPLING_NODES = ("KSampler", "SamplerCustomAdvanced", "ProbeSteps")  # where the steps (and previews) happen
TRACEBACK = [  # an execution_error's "traceback", from a real one
    '  File "/ComfyUI/execution.py", line 496, in execute\n    output_data, output_ui, has_subgraph, has_pending_tasks'
    " = await get_output_data(prompt_id, unique_id, obj, input_data_all, execution_block_cb=execution_block_cb)\n",
    '  File "/ComfyUI/comfy/ops.py", line 110, in forward\n    return torch.nn.functional.linear(input, weight, bias)\n',
]
OOM_MESSAGE = (
    "Allocation on device 0 would exceed allowed memory. (out of memory)\nCurrently allocated     : 22.91 GiB\n"
    "Requested               : 1.13 GiB\nDevice limit            : 23.99 GiB\nFree (according to CUDA): 0 bytes\n"
    "This error means you ran out of memory on your GPU.\n\nTIPS: If the workflow worked before you might have "
    "accidentally set the batch_size to a large number."
)


def _int(default: int, lo: int, hi: int, **more: Any) -> tuple[str, dict[str, Any]]:
    return ("INT", {"default": default, "min": lo, "max": hi, **more})


def _float(default: float, lo: float, hi: float, step: float = 0.01) -> tuple[str, dict[str, Any]]:
    return ("FLOAT", {"default": default, "min": lo, "max": hi, "step": step})


def _combo(options: list[str]) -> tuple[str, dict[str, Any]]:  # a V3 node's combo: ["COMBO", {"options": [...]}]
    return ("COMBO", {"multiselect": False, "options": options})


TEXT_INPUT = ("STRING", {"multiline": True, "dynamicPrompts": True})
SIZE = 16384  # nodes.MAX_RESOLUTION


def _node(name: str, category: str, required: dict[str, Any], outputs: tuple[str, ...] = (), **kw: Any) -> dict:
    optional, hidden = kw.pop("optional", {}), kw.pop("hidden", {})
    names = kw.pop("output_name", None) or list(outputs)
    entry = {
        "input": {"required": required, "optional": optional, "hidden": hidden},
        "input_order": {"required": list(required), "optional": list(optional), "hidden": list(hidden)},
        "output": list(outputs),
        "output_is_list": [False] * len(outputs),
        "output_name": names,
        "name": name,
        "display_name": kw.pop("display_name", name),
        "description": kw.pop("description", ""),
        "python_module": kw.pop("module", "nodes"),
        "category": category,
        "output_node": kw.pop("output_node", False),
    }
    return entry | kw


def _build_object_info() -> dict[str, dict[str, Any]]:
    images, png = {"images": ("IMAGE",)}, {"prompt": "PROMPT", "extra_pnginfo": "EXTRA_PNGINFO"}
    cfg = ("FLOAT", {"default": 8.0, "min": 0.0, "max": 100.0, "step": 0.1, "round": 0.01})
    seed = _int(0, 0, 0xFFFFFFFFFFFFFFFF, control_after_generate=True)
    custom = "comfy_extras.nodes_custom_sampler"
    # fmt: off
    nodes = [
        _node("LoadImage", "image", {"image": ([], {"image_upload": True})}, ("IMAGE", "MASK"), display_name="Load Image"),
        _node("ImageInvert", "image", {"image": ("IMAGE",)}, ("IMAGE",), display_name="Invert Image"),
        _node("ImageScaleToTotalPixels", "image/upscaling", {"image": ("IMAGE", {}), "upscale_method": _combo(
            ["nearest-exact", "bilinear", "area", "bicubic", "lanczos"]), "megapixels": _float(1.0, 0.01, 16.0)},
            ("IMAGE",), display_name="Scale Image to Total Pixels", module="comfy_extras.nodes_post_processing"),
        _node("PreviewImage", "image", images, hidden=png, output_node=True, display_name="Preview Image"),
        _node("SaveImage", "image", images | {"filename_prefix": ("STRING", {"default": "ComfyUI"})}, hidden=png,
              output_node=True, display_name="Save Image"),
        _node("UNETLoader", "advanced/loaders", {"unet_name": ([],), "weight_dtype": (
            ["default", "fp8_e4m3fn", "fp8_e4m3fn_fast", "fp8_e5m2"],)}, ("MODEL",), display_name="Load Diffusion Model"),
        _node("CLIPLoader", "advanced/loaders", {"clip_name": ([],), "type": (CLIP_TYPES,)}, ("CLIP",),
              optional={"device": (["default", "cpu"], {"advanced": True})}, display_name="Load CLIP"),
        _node("DualCLIPLoader", "advanced/loaders", {"clip_name1": ([],), "clip_name2": ([],), "type": (["sdxl", "sd3",
              "flux", "hunyuan_video", "hidream", "hunyuan_image"],)}, ("CLIP",), optional={"device": (["default", "cpu"],
              {"advanced": True})}),
        _node("VAELoader", "loaders", {"vae_name": ([],)}, ("VAE",), display_name="Load VAE"),
        _node("CLIPTextEncode", "conditioning", {"text": TEXT_INPUT, "clip": ("CLIP",)}, ("CONDITIONING",)),
        _node("TextEncodeQwenImageEditPlus", "advanced/conditioning", {"clip": ("CLIP", {}), "prompt": TEXT_INPUT},
              ("CONDITIONING",), optional={"vae": ("VAE", {})} | {f"image{i}": ("IMAGE", {}) for i in (1, 2, 3)},
              module="comfy_extras.nodes_qwen"),
        _node("VAEEncode", "latent", {"pixels": ("IMAGE",), "vae": ("VAE",)}, ("LATENT",), display_name="VAE Encode"),
        _node("VAEDecode", "latent", {"samples": ("LATENT",), "vae": ("VAE",)}, ("IMAGE",), display_name="VAE Decode"),
        _node("KSampler", "sampling", {"model": ("MODEL",), "seed": seed, "steps": _int(20, 1, 10000), "cfg": cfg,
              "sampler_name": (SAMPLERS,), "scheduler": (SCHEDULERS,), "positive": ("CONDITIONING",),
              "negative": ("CONDITIONING",), "latent_image": ("LATENT",), "denoise": _float(1.0, 0.0, 1.0)},
              ("LATENT",), description="Uses the provided model, positive and negative conditioning to denoise the latent image."),
        _node("ModelSamplingAuraFlow", "advanced/model", {"model": ("MODEL",), "shift": _float(1.73, 0.0, 100.0)},
              ("MODEL",), module="comfy_extras.nodes_model_advanced"),
        _node("CFGNorm", "advanced/guidance", {"model": ("MODEL", {}), "strength": _float(1.0, 0.0, 100.0)}, ("MODEL",),
              output_name=["patched_model"], module="comfy_extras.nodes_cfg", experimental=True),
        _node("ReferenceLatent", "advanced/conditioning/edit_models", {"conditioning": ("CONDITIONING", {})},
              ("CONDITIONING",), optional={"latent": ("LATENT", {})}, module="comfy_extras.nodes_edit_model"),
        _node("FluxGuidance", "advanced/conditioning/flux", {"conditioning": ("CONDITIONING", {}),
              "guidance": _float(3.5, 0.0, 100.0, 0.1)}, ("CONDITIONING",), module="comfy_extras.nodes_flux"),
        _node("FluxKontextImageScale", "advanced/conditioning/flux", {"image": ("IMAGE", {})}, ("IMAGE",),
              module="comfy_extras.nodes_flux"),
        _node("EmptySD3LatentImage", "latent/sd3", {"width": _int(1024, 16, SIZE, step=16), "height": _int(
              1024, 16, SIZE, step=16), "batch_size": _int(1, 1, 4096)}, ("LATENT",), module="comfy_extras.nodes_sd3"),
        _node("ConditioningZeroOut", "advanced/conditioning", {"conditioning": ("CONDITIONING",)}, ("CONDITIONING",)),
        _node("EmptyFlux2LatentImage", "latent", {"width": _int(1024, 16, SIZE, step=16), "height": _int(
              1024, 16, SIZE, step=16), "batch_size": _int(1, 1, 4096)}, ("LATENT",),
              display_name="Empty Flux 2 Latent", module="comfy_extras.nodes_flux"),
        _node("Flux2Scheduler", "sampling/custom_sampling/schedulers", {"steps": _int(20, 1, 4096), "width": _int(
              1024, 16, SIZE, step=1), "height": _int(1024, 16, SIZE, step=1)}, ("SIGMAS",), module="comfy_extras.nodes_flux"),
        _node("CFGGuider", "sampling/custom_sampling/guiders", {"model": ("MODEL",), "positive": ("CONDITIONING",),
              "negative": ("CONDITIONING",), "cfg": cfg}, ("GUIDER",), module=custom),
        _node("RandomNoise", "sampling/custom_sampling/noise", {"noise_seed": seed}, ("NOISE",), module=custom),
        _node("KSamplerSelect", "sampling/custom_sampling/samplers", {"sampler_name": (SAMPLERS,)}, ("SAMPLER",),
              module=custom),
        _node("SamplerCustomAdvanced", "sampling/custom_sampling", {k: (k.upper(),) for k in (
              "noise", "guider", "sampler", "sigmas")} | {"latent_image": ("LATENT",)}, ("LATENT", "LATENT"),
              output_name=["output", "denoised_output"], module=custom),
        _node("ProbeSteps", "testing", {"image": ("IMAGE",), "steps": _int(4, 1, 1000), "step_seconds": _float(
              0.25, 0.0, 60.0)}, ("IMAGE",), module="custom_nodes.headshot_probe",
              description="Headshot probe: `steps` progress steps, `step_seconds` apart; returns the image."),
        _node("OpenAIGPTImage1", "api node/image/OpenAI", {"prompt": TEXT_INPUT, "seed": _int(0, 0, 2147483647),
              "quality": (["low", "medium", "high"],)}, ("IMAGE",), optional={"image": ("IMAGE",), "mask": ("MASK",)},
              hidden={"auth_token_comfy_org": "AUTH_TOKEN_COMFY_ORG", "api_key_comfy_org": "API_KEY_COMFY_ORG"},
              display_name="OpenAI GPT Image 1", module="comfy_api_nodes.nodes_openai", api_node=True),
    ]
    # fmt: on
    return {entry["name"]: entry for entry in nodes}


def fill_object_info(info: dict[str, Any], models: dict[str, list[str]], inputs: list[str]) -> dict[str, Any]:
    """A copy of ``info`` whose model combos list ``models`` and whose LoadImage lists the ``input`` uploads."""
    info = json.loads(json.dumps(info))
    for (cls, name), folder in MODEL_INPUTS.items():
        if cls in info and name in info[cls]["input"]["required"]:
            info[cls]["input"]["required"][name] = [sorted(models.get(folder, []))]
    if "LoadImage" in info:
        info["LoadImage"]["input"]["required"]["image"] = [sorted(inputs), {"image_upload": True}]
    return info


OBJECT_INFO = fill_object_info(_build_object_info(), DEFAULT_MODELS, [])  # the default models, no uploads yet


def default_system_stats(version: str = VERSION) -> dict[str, Any]:
    gib = 1024**3
    # fmt: off
    system = {"os": "posix", "ram_total": 64 * gib, "ram_free": 48 * gib, "comfyui_version": version,
              "required_frontend_version": "1.27.10", "installed_templates_version": "0.1.94",
              "required_templates_version": "0.1.94", "python_version": sys.version, "pytorch_version": "2.8.0+cu128",
              "embedded_python": False, "argv": ["main.py", "--listen", "127.0.0.1"]}
    device = {"name": "cuda:0 NVIDIA GeForce RTX 4090 : cudaMallocAsync", "type": "cuda", "index": 0,
              "vram_total": 24 * gib, "vram_free": 22 * gib, "torch_vram_total": 0, "torch_vram_free": 0}
    # fmt: on
    return {"system": system, "devices": [device]}


@dataclass
class RecordedRequest:
    method: str
    path: str  # as sent, "/api/..." included
    query: dict[str, str]
    headers: dict[str, str]  # names in lower case
    body: Any = None  # the parsed JSON (None: no body, or not JSON)
    files: list[tuple[str, str, str, bytes]] = field(default_factory=list)  # (field, filename, content_type, data)
    form: dict[str, str] = field(default_factory=dict)  # the other multipart fields
    status: int = 0  # the answer's status, once answered


@dataclass(frozen=True)
class Run:
    """How one queued prompt goes. ``node_error`` and ``missing_node`` answer the POST /prompt itself."""

    kind: str = "success"
    steps: int = 4
    step_seconds: float = 0.02
    previews: bool = True
    preview_metadata: dict[str, Any] | None = None  # merged into each type-4 frame's JSON
    after_steps: int = 0
    exception_type: str = ""
    message: str = ""
    node_id: str = ""
    class_type: str = ""
    details: str = ""
    new_style: bool | None = None  # missing_node: the newer missing_node_type wording (None: the server's flag)

    @classmethod
    def success(cls, steps: int = 4, step_seconds: float = 0.02, previews: bool = True, preview_metadata=None) -> Run:
        return cls("success", steps, step_seconds, previews, preview_metadata)

    @classmethod
    def node_error(cls, node_id: str = "4", message: str = "Value not in list", details="", class_type="") -> Run:
        return cls("node_error", node_id=node_id, message=message, details=details, class_type=class_type)

    @classmethod
    def missing_node(cls, class_type: str, new_style: bool | None = None) -> Run:
        return cls("missing_node", class_type=class_type, new_style=new_style)

    @classmethod
    def oom(cls, after_steps: int = 1, **kw: Any) -> Run:
        return cls("error", after_steps=after_steps, exception_type="torch.OutOfMemoryError", message=OOM_MESSAGE, **kw)

    @classmethod
    def error(cls, exception_type: str = "RuntimeError", message: str = "boom", after_steps: int = 1, **kw) -> Run:
        return cls("error", after_steps=after_steps, exception_type=exception_type, message=message + "\n", **kw)

    @classmethod
    def interrupted(cls, after_steps: int = 1, **kw: Any) -> Run:
        """Interrupted on the server's side (another client, the UI) after some steps."""
        return cls("interrupted", after_steps=after_steps, **kw)

    @classmethod
    def hang(cls, **kw: Any) -> Run:
        return cls("hang", after_steps=1, **kw)

    @classmethod
    def drop_socket(cls, after_steps: int = 1, **kw: Any) -> Run:
        return cls("drop_socket", after_steps=after_steps, **kw)

    @classmethod
    def restart(cls, after_steps: int = 1, **kw: Any) -> Run:
        return cls("restart", after_steps=after_steps, **kw)


def annotated(name: str, default: str = "input") -> tuple[str, str, str]:
    """``"sub/x.png [temp]"`` -> ("temp", "sub", "x.png"), as folder_paths.annotated_filepath reads it."""
    kind = default
    for candidate in TYPES:
        if name.endswith(f" [{candidate}]"):
            name, kind = name[: -len(candidate) - 3], candidate
    subfolder, _, filename = name.rpartition("/")
    return kind, subfolder, filename


def ancestors(graph: dict[str, Any], outputs: list[str]) -> list[str]:
    """The nodes the outputs need, each after its inputs (the order they execute in)."""
    order: list[str] = []

    def visit(nid: str) -> None:
        if nid in order or nid not in graph:
            return
        order.append(nid)  # placeholder against cycles; moved to the end once its inputs are in
        for value in (graph[nid].get("inputs") or {}).values():
            if isinstance(value, list) and len(value) == 2:
                visit(str(value[0]))
        order.remove(nid)
        order.append(nid)

    for nid in outputs:
        visit(nid)
    return order


def error(kind: str, message: str, details: str = "", extra_info: dict | None = None, node_errors=None) -> dict:
    """A POST /prompt 400 body."""
    reason = {"type": kind, "message": message, "details": details, "extra_info": extra_info or {}}
    return {"error": reason, "node_errors": node_errors or {}}


def missing_node(node_id: str, node: dict[str, Any], new_style: bool) -> dict[str, Any]:
    class_type, where = node.get("class_type"), f"Node ID '#{node_id}'"
    if not new_style:  # 0.3.64's wording
        return error("invalid_prompt", f"Cannot execute because node {class_type} does not exist.", where)
    title = (node.get("_meta") or {}).get("title", class_type)
    extra = {"node_id": node_id, "class_type": class_type, "node_title": title}
    message = f"Node '{title}' not found. The custom node may not be installed."
    return error("missing_node_type", message, where, extra)


def failed_validation(node_errors: dict[str, Any]) -> dict[str, Any]:
    details = "\n".join(f"{e['message']}: {e['details']}" for entry in node_errors.values() for e in entry["errors"])
    return error("prompt_outputs_failed_validation", "Prompt outputs failed validation", details, {}, node_errors)


def scripted_node_error(run: Run, graph: dict[str, Any], outputs: list[str], models: dict[str, list[str]]) -> dict:
    node = graph.get(run.node_id) or {}
    class_type = run.class_type or node.get("class_type") or "UNETLoader"
    options = sorted(models.get("diffusion_models", []))
    details = run.details or f"unet_name: 'x.safetensors' not in {options}"
    extra = {"input_name": "unet_name", "input_config": [[options], {}], "received_value": "x.safetensors"}
    reason = {"type": "value_not_in_list", "message": run.message, "details": details, "extra_info": extra}
    entry = {"errors": [reason], "dependent_outputs": list(outputs), "class_type": class_type}
    return failed_validation({run.node_id: entry})


def stamp(data: dict[str, Any]) -> dict[str, Any]:
    return {**data, "timestamp": int(time.time() * 1000)}


def node_ids(nid: str, prompt_id: str) -> dict[str, Any]:
    return {"node_id": nid, "prompt_id": prompt_id, "display_node_id": nid, "parent_node_id": None, "real_node_id": nid}


def output_filename(kind: str, inputs: dict[str, Any], counter: int) -> str:
    """SaveImage's "{prefix}_00001_.png" in output, PreviewImage's "ComfyUI_temp_{5 letters}_00001_.png" in temp."""
    if kind == "output":
        return f"{inputs.get('filename_prefix', 'ComfyUI')}_{counter:05}_.png"
    return f"ComfyUI_temp_{''.join(random.choice('abcdefghijklmnopqrstupvxyz') for _ in range(5))}_{counter:05}_.png"


def preview_frame(jpeg: bytes, metadata: dict[str, Any] | None) -> bytes:
    """Type 1 (PREVIEW_IMAGE, JPEG) without metadata, else type 4 (PREVIEW_IMAGE_WITH_METADATA) [server.py]."""
    if metadata is None:
        return struct.pack(">II", PREVIEW_IMAGE, JPEG) + jpeg
    meta = json.dumps({**metadata, "image_type": "image/jpeg"}).encode()
    return struct.pack(">II", PREVIEW_IMAGE_WITH_METADATA, len(meta)) + meta + jpeg


def source_image(data: bytes | None) -> Image.Image:
    if data:
        try:
            with Image.open(io.BytesIO(data)) as image:
                return ImageOps.exif_transpose(image).convert("RGB")
        except Exception:  # not an image: answer something all the same
            pass
    return Image.new("RGB", (512, 512), (128, 128, 128))


def latent_size(graph: dict[str, Any]) -> tuple[int, int] | None:
    """The width and height an empty-latent node asks for, as a model would make them; None: the input's size."""
    for node in graph.values():
        inputs = node.get("inputs") or {}
        if str(node.get("class_type", "")).startswith("Empty") and isinstance(inputs.get("width"), int):
            return inputs["width"], inputs["height"]
    return None


def result_png(source: Image.Image, size: tuple[int, int] | None = None) -> bytes:
    """The "generated" image: the input inverted, as PNG (so a client can check it got the right bytes), at the
    size the graph's empty latent asks for, or the input's own size."""
    buffer = io.BytesIO()
    inverted = ImageOps.invert(source)
    (inverted.resize(size) if size else inverted).save(buffer, "PNG", compress_level=1)
    return buffer.getvalue()


def preview_jpeg(source: Image.Image, step: int, steps: int) -> bytes:
    """A preview at most 512 px (--preview-size), fading from the input to the result."""
    small = ImageOps.contain(source, (512, 512))
    buffer = io.BytesIO()
    Image.blend(small, ImageOps.invert(small), step / max(steps, 1)).save(buffer, "JPEG", quality=95)
    return buffer.getvalue()

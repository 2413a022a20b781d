"""The shipped workflows' titles, marked here so ``lupdate`` finds them.

They live in ``resources/providers/comfyui/workflows.json``; ``workflows.load`` makes each a ``Template``, and the
window translates it. A workflow added to the catalogue is listed here too: a unit test checks.
"""

from __future__ import annotations

from headshot_desktop.translatable import N_

WORKFLOW_WORDS = (
    N_("comfyui", "Qwen-Image-Edit 2511 (best likeness)"),
    N_("comfyui", "FLUX.2 [klein] 4B (fast, smaller GPUs)"),
    N_("comfyui", "FLUX.1 Kontext [dev] (non-commercial use only)"),
)

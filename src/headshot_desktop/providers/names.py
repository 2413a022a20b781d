"""Each provider's name, and whether only developers may choose it: what the window lists, loading no provider."""

from __future__ import annotations

from headshot_desktop.translatable import N_

TITLES: dict[str, str] = {
    "openai": "OpenAI",
    "gemini": "Google Gemini",
    "bfl": "Black Forest Labs FLUX",
    "comfyui": N_("comfyui", "ComfyUI (your own server)"),
    "fake": N_("fake", "Fake provider (developers)"),
}
DEVELOPER_ONLY = frozenset({"fake"})  # never listed to users; refused unless the developer flag is set

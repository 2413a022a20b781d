"""The built-in styles' names and descriptions, marked here so ``lupdate`` finds them.

They live in ``resources/styles/catalog.json``; ``styles.load_builtin_styles`` makes each a ``Template``, and the
window translates it. A style added to (or renamed in) the catalogue is listed here too: a unit test checks.
"""

from __future__ import annotations

from headshot_desktop.translatable import N_

STYLE_WORDS = (
    N_("styles", "Corporate grey"),
    N_("styles", "The classic company-website portrait: dark suit, seamless grey backdrop, soft studio light."),
    N_("styles", "Navy suit"),
    N_("styles", "A crisp navy suit and light shirt against a pale backdrop: confident and formal."),
    N_("styles", "Business casual"),
    N_("styles", "A blazer without a tie, warm neutral backdrop: professional but relaxed."),
    N_("styles", "Startup"),
    N_("styles", "Smart-casual in a bright, modern office, softly out of focus behind you."),
    N_("styles", "Creative studio"),
    N_("styles", "A black top against a deep coloured backdrop, with sculpted studio light."),
    N_("styles", "Outdoor, natural light"),
    N_("styles", "Open shade outdoors with soft green bokeh: friendly and approachable."),
    N_("styles", "Academic"),
    N_("styles", "A blazer in front of softly blurred bookshelves, for faculty pages and conference bios."),
    N_("styles", "Medical"),
    N_("styles", "A white coat in a bright, clean clinic: for practices, hospitals and health profiles."),
    N_("styles", "Legal"),
    N_("styles", "A dark suit in a wood-panelled office: serious and trustworthy."),
    N_("styles", "Real estate"),
    N_("styles", "Bright, warm and welcoming, with a light modern interior behind you."),
    N_("styles", "Actor's headshot"),
    N_("styles", "The casting-style headshot: true to life, plain top, neutral backdrop, minimal styling."),
    N_("styles", "Classic black and white"),
    N_("styles", "A timeless monochrome portrait on a dark backdrop."),
    N_("styles", "Executive"),
    N_("styles", "A dark suit in a glass-walled office high above the city."),
    N_("styles", "Conference speaker"),
    N_("styles", "Smart attire with warm stage lights blurred behind you: for speaker bios."),
)

# The name a refined headshot gets when its style is gone: stored in English, shown translated.
REFINED = N_("styles", "Refined")

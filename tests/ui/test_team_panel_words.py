"""What the Team tab says about a batch's cost, progress and people, for each kind of provider."""

from __future__ import annotations

from headshot_desktop.core.pricing import CostEstimate
from headshot_desktop.providers import registry
from headshot_desktop.services.team.manifest import PersonState
from headshot_desktop.ui.team.words import estimate_words, progress_text, status_text, waiting_text


def test_the_price_of_a_whole_batch_before_start() -> None:
    info = registry.info("openai")
    line, price = estimate_words(info, CostEstimate("gpt-image-1", 4.2), 30, 2)
    assert (line, price) == ("About $4.20 for 30 people × 2 variants", "about $4.20")
    line, _ = estimate_words(info, CostEstimate("gpt-image-1", 1.0), 1, 1, left=True)
    assert line == "About $1.00 for the 1 person left × 1 variant"


def test_a_server_of_ones_own_is_free_and_an_unknown_price_is_said() -> None:
    assert estimate_words(registry.info("comfyui"), None, 3, 2) == ("Free on your server for 3 people × 2 variants",
                                                                    "free on your server")  # fmt: skip
    line, price = estimate_words(registry.info("openai"), CostEstimate("new-model", None, reason="no price list"), 3, 2)
    assert line == "The cost of 3 people × 2 variants is unknown (no price list)." and price == "cost unknown"


def test_progress_time_left_and_the_rate_limit_wait() -> None:
    assert progress_text(12, 30, 240) == "12 of 30 · about 4 min left"
    assert progress_text(12, 30, None) == "12 of 30"
    assert progress_text(30, 30, 0) == "30 of 30"
    assert waiting_text(12.2) == "Waiting for the provider's rate limit · 0:12"


def test_statuses_carry_their_reason() -> None:
    person = PersonState("p001", "Jane", "/photos/jane.jpg")
    assert status_text(person) == "Queued"
    person.status, person.reason = "refused", "OpenAI refused this photo for safety reasons."
    assert status_text(person) == "Refused — OpenAI refused this photo for safety reasons."
    person.status = "running"
    assert status_text(person) == "Running…"

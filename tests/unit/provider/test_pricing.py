"""Cost before the run, after the run, and the local spend log."""

from __future__ import annotations

import json
import os
import stat
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from headshot_desktop.core.results import Usage
from headshot_desktop.core.spending import SpendEntry, SpendLog
from headshot_desktop.providers.openai.pricing import PricingTable, estimate_image_tokens
from headshot_desktop.system.resources import resource_text

SIZES = {"1024x1024", "1024x1536", "1536x1024"}


@pytest.fixture(scope="module")
def table() -> PricingTable:
    return PricingTable.builtin()


def test_table_is_dated_and_complete(table: PricingTable) -> None:
    raw = json.loads(resource_text("providers", "openai", "prices.json"))
    assert table.as_of == date.fromisoformat(raw["as_of"]) and table.currency == "USD"
    assert {"gpt-image-1", "gpt-image-1.5", "gpt-image-1-mini", "gpt-image-2"} <= set(table.models)
    for prices in table.models.values():
        assert prices.text_input > 0 and prices.image_input > 0 and prices.image_output > 0
        if prices.per_image is not None:
            assert set(prices.per_image) == {"low", "medium", "high"}
            assert all(set(row) == SIZES for row in prices.per_image.values())
            assert prices.per_image["low"]["1024x1024"] < prices.per_image["high"]["1024x1024"]


def test_estimate(table: PricingTable) -> None:
    plain = table.estimate("gpt-image-2", quality="medium", size="1024x1536", n=2)
    assert plain.images_usd == pytest.approx(2 * 0.041) and plain.input_usd == 0
    assert plain.describe() == "about $0.08"
    full = table.estimate(
        "gpt-image-2",
        quality="medium",
        size="1024x1536",
        n=2,
        input_size=(1024, 1536),
        prompt_chars=1200,
        partial_images=2,
    )
    # previews: 2 per image x 100 tokens at $30/1M; input: photo tokens + always-on fidelity + prompt
    assert full.images_usd == pytest.approx(2 * 0.041 + 4 * 100 * 30e-6)
    photo_tokens = estimate_image_tokens(1024, 1536) + 6144
    assert full.input_usd == pytest.approx(photo_tokens * 8e-6 + 300 * 5e-6, abs=1e-4)
    assert full.total_usd == pytest.approx(full.images_usd + full.input_usd, abs=1e-4)


def test_fidelity_extra_only_where_it_applies(table: PricingTable) -> None:
    def inputs(model: str, fidelity: bool) -> float | None:
        return table.estimate(
            model, quality="low", size="1024x1024", n=1, input_size=(1024, 1024), input_fidelity=fidelity
        ).input_usd

    assert inputs("gpt-image-1", True) == pytest.approx(inputs("gpt-image-1", False) + 4096 * 10e-6, abs=1e-4)
    assert inputs("gpt-image-1-mini", True) == inputs("gpt-image-1-mini", False)
    assert inputs("gpt-image-2", False) == inputs("gpt-image-2", True)  # always high on gpt-image-2


def test_models_resolve_by_family(table: PricingTable) -> None:
    assert table.prices("gpt-image-2-2026-04-21").name == "gpt-image-2"
    assert table.prices("gpt-image-1-mini").name == "gpt-image-1-mini"
    assert table.prices("gpt-image-1.5").name == "gpt-image-1.5"
    assert table.prices("gpt-image-2.5-sunburst").name == "gpt-image-2.5"
    assert table.prices("gpt-image-3") is None


def test_unknown_model_says_unknown(table: PricingTable) -> None:
    estimate = table.estimate("flux-kontext-pro", quality="high", size="1024x1024", n=1)
    assert not estimate.known and estimate.describe() == "unknown (no prices known for flux-kontext-pro)"
    # token prices but no per-image prices: no guess before the run, a real figure after it
    later = table.estimate("gpt-image-2.5-sunburst", quality="high", size="1024x1024", n=1)
    assert not later.known
    assert table.actual_cost("gpt-image-2.5-sunburst", Usage(100, 100, 0, 1000)) == pytest.approx(0.0305)
    assert table.actual_cost("flux-kontext-pro", Usage(100, 100, 0, 1000)) is None


def test_odd_sizes_and_qualities_are_scaled_not_refused(table: PricingTable) -> None:
    auto = table.estimate("gpt-image-2", quality="auto", size="auto", n=1)
    assert auto.known and auto.approximate
    big = table.estimate("gpt-image-2", quality="high", size="2048x3072", n=1)
    assert big.images_usd == pytest.approx(4 * 0.211)


def test_actual_cost_from_usage(table: PricingTable) -> None:
    usage = Usage(input_tokens=1510, input_text_tokens=310, input_image_tokens=1200, output_tokens=2744)
    assert table.actual_cost("gpt-image-1", usage) == pytest.approx(310 * 5e-6 + 1200 * 10e-6 + 2744 * 40e-6)


def test_spend_log(tmp_path: Path) -> None:
    spend = SpendLog(tmp_path / "state")
    assert spend.entries() == [] and spend.total() == 0
    spend.record(SpendEntry("2026-01-05T10:00:00+00:00", "gpt-image-2", 2, 0.1, "navy-suit", "req_1"))
    spend.record(SpendEntry.now("gpt-image-2", 1, 0.05))
    spend.record(SpendEntry.now("flux-kontext-pro", 1, None))  # unknown cost: logged, adds nothing
    assert [e.images for e in spend.entries()] == [2, 1, 1]
    assert spend.entries()[0].style_id == "navy-suit"
    assert spend.total() == pytest.approx(0.15)
    assert spend.total(since=datetime(2026, 2, 1, tzinfo=UTC)) == pytest.approx(0.05)
    if os.name == "posix":
        assert stat.S_IMODE(spend.path.stat().st_mode) == 0o600
    with spend.path.open("a", encoding="utf-8") as handle:
        handle.write('{"when": "2026-03-01T00:00:00+00:00", "model": "x", "ima')  # a crash mid-line
    assert len(spend.entries()) == 3
    spend.record(SpendEntry.now("gpt-image-2", 1, 0.01))
    assert spend.total() == pytest.approx(0.15)  # the damaged line swallowed the next one, nothing worse


def test_estimate_for_a_request_and_spend_of_a_real_run(table: PricingTable, provider, photo, tmp_path: Path) -> None:
    from headshot_desktop.core.generation import CancelToken
    from tests.unit.provider.helpers import Events, request

    wanted = request(detail="high", shape="square", previews=1)
    estimate = provider.estimate(wanted, (photo.width, photo.height))
    assert estimate.known and estimate.images_usd == pytest.approx(0.211 + 100 * 30e-6)
    assert estimate.times(2).images_usd == pytest.approx(2 * estimate.images_usd, abs=1e-4)
    result = provider.edit(photo, wanted, Events(), CancelToken())
    spend = SpendLog(tmp_path)
    spend.record(SpendEntry.now(result.model, 1, result.cost_usd, style_id="corporate-grey",
                                request_id=result.request_id, provider=provider.info.id))  # fmt: skip
    [entry] = spend.entries()
    assert entry.cost_usd == result.cost_usd and entry.request_id == result.request_id and entry.images == 1
    assert entry.provider == "openai"
    assert spend.total() == pytest.approx(result.cost_usd)


def test_an_old_spend_log_without_providers_is_read(tmp_path: Path) -> None:
    (tmp_path / "spend.jsonl").write_text(
        '{"cost_usd": 0.0412, "images": 2, "model": "gpt-image-1", "request_id": "req_1", "style_id": "legal", '
        '"when": "2026-11-20T10:00:00+00:00"}\n', encoding="utf-8")  # fmt: skip
    [entry] = SpendLog(tmp_path).entries()
    assert (entry.model, entry.images, entry.cost_usd, entry.provider) == ("gpt-image-1", 2, 0.0412, "")

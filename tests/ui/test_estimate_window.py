"""The window's price is the command line's: the photo's own input counted, for the model the key may use."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from headshot_desktop.services.options import upload_size
from headshot_desktop.ui.main_window import MainWindow
from tests.e2e.test_cli import cli
from tests.support.fixtures import selfie as selfie  # fixture by name
from tests.support.openai_server import DEFAULT_MODELS
from tests.ui.helpers import accept_provider, shown_window

WAIT_MS = 30_000
PRICE = re.compile(r"about \$(\d+\.\d\d)")


@pytest.fixture
def window(qtbot, api_server, context_for):
    yield from shown_window(qtbot, accept_provider(context_for(api_server)))


def priced(window: MainWindow, qtbot, selfie: Path, style_id: str = "corporate-grey") -> str:
    with qtbot.waitSignal(window.session.photoImported, timeout=WAIT_MS):
        window.import_source(selfie)
    window.gallery.select_style(style_id)
    qtbot.waitUntil(lambda: PRICE.search(window.options.estimate.text()) is not None, timeout=WAIT_MS)
    found = PRICE.search(window.options.estimate.text())
    assert found is not None
    return found.group(1)


def test_the_window_prices_what_the_command_line_prices(window: MainWindow, qtbot, selfie: Path, api_server) -> None:
    shown = priced(window, qtbot, selfie)
    options = window.options.options(window.context.settings)
    style = window.current_style()
    assert style is not None and window.original is not None
    # The photo's own input tokens are in it: without them the run is cheaper.
    bare = window.session.estimate(window.provider_id, style, options)
    full = window.session.estimate(window.provider_id, style, options, upload_size(window.original.path))
    assert bare.total_usd is not None and full.total_usd is not None and full.total_usd > bare.total_usd
    assert shown == f"{full.total_usd:.2f}"

    made = cli("generate", str(selfie), "--style", "corporate-grey", "--variants", str(options.variants),
               "--detail", options.detail, env=api_server.environ())  # fmt: skip
    assert made.returncode == 0, made.stderr
    said = PRICE.search(made.stderr.split("Estimated cost:", 1)[1])
    assert said is not None and said.group(1) == shown, (made.stderr, shown)


def test_before_any_run_the_price_is_for_the_model_the_key_may_use(
    window: MainWindow, qtbot, selfie: Path, api_server
) -> None:
    api_server.models = [m for m in DEFAULT_MODELS if m["id"] == "gpt-image-1.5"]  # no gpt-image-2 for this key
    window.session.prepare_estimates(window.provider_id)
    priced(window, qtbot, selfie)
    qtbot.waitUntil(lambda: "gpt-image-1.5" in window.options.model.text(), timeout=WAIT_MS)
    assert window.session.discovered_models[window.provider_id] == "gpt-image-1.5"
    assert api_server.requests_to("models"), "the key's models were asked for"
    assert not api_server.requests_to("images/edits"), "nothing was generated to find out"


def test_nothing_is_asked_of_a_provider_whose_notice_was_not_accepted(
    qtbot, api_server, context_for, selfie: Path
) -> None:
    context = context_for(api_server)
    context.settings.privacy_accepted = context.settings.age_confirmed = True  # but not this provider's terms
    window = next(shown_window(qtbot, context))
    priced(window, qtbot, selfie)
    assert not api_server.requests_to("models")
    assert window.provider_id not in window.session.discovered_models

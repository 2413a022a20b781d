"""Small helpers the window's tests share."""

from __future__ import annotations

from headshot_desktop.app import AppContext


def accept_provider(context: AppContext) -> AppContext:
    """As after the first-run notice: the person accepted the chosen provider's privacy terms."""
    context.settings.privacy_accepted = context.settings.age_confirmed = True
    if context.provider_id not in context.settings.accepted_providers:
        context.settings.accepted_providers.append(context.provider_id)
    return context

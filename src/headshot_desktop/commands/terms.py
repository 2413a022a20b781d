"""A provider's own condition (a key on a paid plan, say), confirmed on the command line as in the window.

The window has the person tick it before the first photo goes; here ``--accept-terms``
gives it, once: it is remembered with the settings, as the window's tick is.
"""

from __future__ import annotations

import argparse

from headshot_desktop.app import AppContext
from headshot_desktop.commands.output import message

FLAG = "--accept-terms"
TRUST_FLAG = "--trust-server"


def add_flag(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(FLAG, action="store_true", dest="accept_terms",
                        help="confirm the chosen provider's condition (shown when it has one), once")  # fmt: skip
    parser.add_argument(TRUST_FLAG, action="store_true", dest="trust_server",
                        help="for your own server on your network over plain http://: trust that address, once")  # fmt: skip


def trust_server(args: argparse.Namespace, context: AppContext) -> None:
    """With --trust-server, remember the chosen server's address as trusted (plain http:// on the network)."""
    info = context.provider_info()
    if info.server is None or not getattr(args, "trust_server", False):
        return
    address = context.provider_address(info.id)
    trusted = context.settings.provider_section(info.id)["trusted"]
    if address not in trusted:
        context.settings.set_provider_section(info.id, trusted=[*trusted, address])
        context.save_settings()


def confirmed(args: argparse.Namespace, context: AppContext) -> bool:
    """True when the provider has no condition, or it was accepted (now, with the flag, or before)."""
    info = context.provider_info()
    if not info.must_confirm or info.id in context.settings.accepted_providers:
        return True
    if getattr(args, "accept_terms", False):
        context.settings.accepted_providers = [*context.settings.accepted_providers, info.id]
        context.save_settings()
        return True
    lines = [f"Before your photo goes to {info.title} ({', '.join(info.hosts)}):", f"  {info.privacy}"]
    lines += [f"  - {note}" for note in info.privacy_notes]
    if info.output_note:
        lines.append(f"  {info.output_note}")
    lines += [f"error: {info.title} asks you to confirm: “{info.must_confirm}”",
              f"If that is true, run the command again with {FLAG} (asked once)."]  # fmt: skip
    message("\n".join(lines))
    return False

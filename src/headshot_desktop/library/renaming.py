"""A photo brought in again under another name is known by that name from then on.

The file keeps its name (and so every link to it); what changes is the name the window
and the command line show, in the index and, for a rebuild, in the journal.
"""

from __future__ import annotations

import dataclasses
import sqlite3

from headshot_desktop.library import index
from headshot_desktop.library.journal import Journal
from headshot_desktop.library.models import Original


def renamed(conn: sqlite3.Connection, journal: Journal, original: Original, source_name: str) -> Original:
    """``original`` with ``source_name`` as its name, stored; call it inside the library's write lock."""
    name = index.text(source_name)
    if not name or name == original.source_name:
        return original
    with index.transaction(conn):
        index.set_source_name(conn, original.id, name)
    if original.file_hash:
        journal.append({"sha256": original.file_hash, "source_name": name})
    return dataclasses.replace(original, source_name=name)

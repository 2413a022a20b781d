"""The library never acts outside its own folder.

A person may make ``Originals`` a link to ``~/Pictures``, or drop a link named
``x.png`` that points at a key file. Following either would let a scan, an
export of all data, retention or "delete all" read, trash or delete files the
app never made. So the library's own folders must be real folders, links inside
them are not followed, and every path the library acts on is checked to resolve
inside the library's resolved root.
"""

from __future__ import annotations

import os
from pathlib import Path

from headshot_desktop.errors import StorageError
from headshot_desktop.translatable import N_


def resolved_inside(path: Path, root: Path) -> bool:
    """True when ``path`` (not a link itself) resolves to a place inside ``root``."""
    if os.path.islink(path):
        return False
    try:
        real = Path(os.path.realpath(path))
        real_root = Path(os.path.realpath(root))
    except (OSError, ValueError):
        return False
    return real != real_root and real_root in real.parents


def link_target(path: Path) -> str:
    try:
        return os.readlink(path)
    except OSError:
        return "?"


class LinkedFolderError(StorageError):
    """One of the library's own folders is a link: it is not followed."""

    def __init__(self, folder: Path) -> None:
        super().__init__(
            N_(
                "library",
                "{folder} is a link (to {target}), not a folder. Headshot Desktop does not follow "
                "links out of its library, so it leaves this library alone.",
            ).format(folder=folder, target=link_target(folder)),
            hint=N_(
                "library",
                "Replace the link with a real folder (move the photos into it), or choose another library "
                "folder in Settings.",
            ),
        )
        self.folder = folder


def require_real_folder(folder: Path) -> None:
    """Raise ``LinkedFolderError`` when ``folder`` is a link (a missing folder is fine).

    A Windows junction is no symlink to ``islink``; it shows as a folder whose real
    path is not its own place, which this also catches.
    """
    if os.path.islink(folder):
        raise LinkedFolderError(folder)
    if os.path.isdir(folder):
        own_place = os.path.join(os.path.realpath(folder.parent), folder.name)
        if os.path.normcase(os.path.realpath(folder)) != os.path.normcase(own_place):
            raise LinkedFolderError(folder)

"""The local library: a folder the person can open, with an index, thumbnails and exports.

No Qt here. The window and the command line use:

- ``Library.open(paths.library_dir)``: import_original, add_headshot, list_*, set_kept, delete, scan
- ``ThumbnailCache(paths.thumbnails_dir).get(path, size)``: safe from worker threads
- ``export_headshot(...)``, ``export_all(library, zip_path)``, ``delete_all(paths, secrets, confirm=True)``
- ``apply_retention(library, settings, paths)``: at start-up and after each run
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from headshot_desktop.library.data_rights import DeletionReport, ExportAllReport, delete_all, export_all
    from headshot_desktop.library.export import export_headshot
    from headshot_desktop.library.models import Headshot, Original, ScanReport
    from headshot_desktop.library.presets import DEFAULT_TEMPLATE, FORMATS, PRESETS, ExportPreset
    from headshot_desktop.library.retention import RetentionReport, apply_retention
    from headshot_desktop.library.storage_errors import FileExistsStorageError, LibraryMissingError
    from headshot_desktop.library.store import Library
    from headshot_desktop.library.thumbnails import ThumbnailCache
    from headshot_desktop.library.trash import TrashFunction, send_to_trash

# Each name is imported from its module on first use (PEP 562): the window's start needs the records
# and the presets, not SQLite, Pillow or the trash.
_HOMES = {
    "data_rights": ("DeletionReport", "ExportAllReport", "delete_all", "export_all"),
    "export": ("export_headshot",),
    "models": ("Headshot", "Original", "ScanReport"),
    "presets": ("DEFAULT_TEMPLATE", "FORMATS", "PRESETS", "ExportPreset"),
    "retention": ("RetentionReport", "apply_retention"),
    "storage_errors": ("FileExistsStorageError", "LibraryMissingError"),
    "store": ("Library",),
    "thumbnails": ("ThumbnailCache",),
    "trash": ("TrashFunction", "send_to_trash"),
}
_MODULE_OF = {name: module for module, names in _HOMES.items() for name in names}


def __getattr__(name: str) -> Any:
    module = _MODULE_OF.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_module(f"{__name__}.{module}"), name)
    globals()[name] = value
    return value


__all__ = [
    "DEFAULT_TEMPLATE",
    "FORMATS",
    "PRESETS",
    "DeletionReport",
    "ExportAllReport",
    "ExportPreset",
    "FileExistsStorageError",
    "Headshot",
    "Library",
    "LibraryMissingError",
    "Original",
    "RetentionReport",
    "ScanReport",
    "ThumbnailCache",
    "TrashFunction",
    "apply_retention",
    "delete_all",
    "export_all",
    "export_headshot",
    "send_to_trash",
]

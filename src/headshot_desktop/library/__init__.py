"""The local library: a folder the person can open, with an index, thumbnails and exports.

No Qt here. The window and the command line use:

- ``Library.open(paths.library_dir)``: import_original, add_headshot, list_*, set_kept, delete, scan
- ``ThumbnailCache(paths.thumbnails_dir).get(path, size)``: safe from worker threads
- ``export_headshot(...)``, ``export_all(library, zip_path)``, ``delete_all(paths, secrets, confirm=True)``
- ``apply_retention(library, settings, paths)``: at start-up and after each run
"""

from __future__ import annotations

from headshot_desktop.library.data_rights import DeletionReport, ExportAllReport, delete_all, export_all
from headshot_desktop.library.export import DEFAULT_TEMPLATE, FORMATS, PRESETS, ExportPreset, export_headshot
from headshot_desktop.library.models import Headshot, Original, ScanReport
from headshot_desktop.library.retention import RetentionReport, apply_retention
from headshot_desktop.library.storage_errors import FileExistsStorageError, LibraryMissingError
from headshot_desktop.library.store import Library
from headshot_desktop.library.thumbnails import ThumbnailCache
from headshot_desktop.library.trash import TrashFunction, send_to_trash

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

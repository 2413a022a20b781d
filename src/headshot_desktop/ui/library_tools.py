"""The window's library tools, wired in one place so ``main_window.py`` only attaches them.

- the photos shown on the Create page stay in the library while shown (``shown_photos``);
- Keep and Move to trash for originals (the Library tab's Originals page): asked here on the
  window's thread, done on the library pool (the window's thread never touches the index); a headshot's
  Keep goes to the window's ``keep_headshots``, which the results share;
- Show in folder for an original, the file manager started on a worker (``reveal``).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from headshot_desktop.ui import reveal, shown_photos
from headshot_desktop.ui.errors import show_error
from headshot_desktop.ui.i18n import Plural, translate
from headshot_desktop.ui.keep_words import ask_about_kept
from headshot_desktop.ui.notices import plain_error
from headshot_desktop.ui.operations import LibraryOp
from headshot_desktop.ui.window_api import WindowApi

if TYPE_CHECKING:
    from headshot_desktop.library import Headshot, Original

    Item = Original | Headshot


def attach(window: WindowApi) -> None:
    window.shown_photos = shown_photos.attach(window)  # type: ignore[attr-defined]


def attach_library(window: WindowApi) -> None:
    """Once the Library is built (ui/tab_pages.py): what its buttons ask for."""
    panel = window.library
    # A headshot's Keep is the results' too: the window's keep_headshots keeps the strip in step.
    panel.keepRequested.connect(lambda items, kept: window.keep_headshots(items, kept))  # type: ignore[attr-defined]
    panel.originals.keepRequested.connect(lambda items, kept: keep(window, items, kept))
    panel.originals.trashRequested.connect(lambda items: trash_originals(window, items))
    panel.originals.revealRequested.connect(lambda original: reveal.reveal(window, original.path))


def listed_again_then_said(window: WindowApi, failed: str) -> Callable[[BaseException], None]:
    """A failed change may have changed some of the items: the library is listed again, then the box says why."""

    def said(err: BaseException) -> None:
        window.refresh_library()
        show_error(window, plain_error(err, failed))  # type: ignore[arg-type]

    return said


def keep(window: WindowApi, items: Sequence[Item], kept: bool) -> None:
    """Mark ``items`` Keep (or not), on a worker; the library is listed again when done."""
    if not items:
        return

    def work(_progress: object, _cancel: object) -> list[Item]:
        library = window.context.library()
        return [library.set_kept(item, kept) for item in items]

    failed = Plural.tr("The Keep mark(s) could not be changed.", "", len(items))
    op = LibraryOp(window, work, failed=failed, label="keep")  # type: ignore[arg-type]
    op.success(lambda _changed: window.refresh_library()).failure(listed_again_then_said(window, failed))
    op.run_in_background()


def trash_originals(window: WindowApi, originals: Sequence[Original]) -> None:
    """Ask (in use? their headshots too? kept ones?), then move what the person chose to the trash."""
    from headshot_desktop.library import Original  # the library's types: loaded with its first listing
    from headshot_desktop.ui.dialogs.originals_trash import ask_trash_originals, explain_in_use

    if not originals:
        return
    label = window.library.originals.model.label
    busy = window.context.in_use.snapshot()
    held = [o for o in originals if o.id in busy]
    if held:
        explain_in_use(window, [label(o) for o in held])  # type: ignore[arg-type]
        return
    listed: list[Headshot] = window.library.listed_headshots
    ids = {o.id for o in originals}
    made = [h for h in listed if h.original_id in ids]
    # A kept headshot keeps its photos: they count as kept here too.
    sources = {i for h in listed if h.kept for i in (h.original_id, *h.reference_ids) if i is not None}

    def is_kept(item: Item) -> bool:
        return item.kept or (isinstance(item, Original) and item.id in sources)

    from headshot_desktop.ui.models.library_model import headshot_title  # with the Library tab, when first used

    def describe(item: Item) -> str:
        return label(item) if isinstance(item, Original) else headshot_title(item)

    def chosen(with_headshots: bool) -> None:
        items: list[Item] = [*originals, *(made if with_headshots else [])]
        ask_about_kept(window, items, describe, lambda going: remove(window, going), is_kept=is_kept)  # type: ignore[arg-type]

    ask_trash_originals(window, originals, made, label, chosen)  # type: ignore[arg-type]


def remove(window: WindowApi, items: Sequence[Item]) -> None:
    """Move ``items`` to the trash on a worker, then say what went."""
    from headshot_desktop.library import Headshot, Original

    if not items:
        return

    def work(_progress: object, _cancel: object) -> list[Path]:
        return window.context.library().delete(list(items))

    def done(removed: list[Path]) -> None:
        gone = set(removed)
        photos = sum(1 for i in items if isinstance(i, Original) and i.path in gone)
        shots = {i.path for i in items if isinstance(i, Headshot) and i.path in gone}
        if shots:
            window.results.forget(shots)
        window.statusBar().showMessage(moved_words(photos, len(shots)), 8000)
        window.refresh_library()

    failed = translate("LibraryTools", "Not everything chosen could be moved to the trash.")
    op = LibraryOp(window, work, failed=failed, label="trash")  # type: ignore[arg-type]
    op.success(done).failure(listed_again_then_said(window, failed)).run_in_background()


def moved_words(photos: int, headshots: int) -> str:
    """What went to the trash, in one sentence."""
    if photos and headshots:
        return translate("LibraryTools", "Moved {photos} and {headshots} to the trash.").format(
            photos=Plural.tr("%n photo(s)", "", photos), headshots=Plural.tr("%n headshot(s)", "", headshots)
        )
    if photos:
        return Plural.tr("Moved %n photo(s) to the trash.", "", photos)
    if headshots:
        return Plural.tr("Moved %n headshot(s) to the trash.", "", headshots)
    return translate("LibraryTools", "Moved nothing to the trash.")

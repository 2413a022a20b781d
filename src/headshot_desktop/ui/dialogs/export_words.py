"""What the export dialog says: its title, and when an export is over, the status bar's summary and the files
done before a failure."""

from __future__ import annotations

from pathlib import Path

from headshot_desktop.ui.i18n import Plural, translate


def _names(paths: list[Path]) -> str:
    return ", ".join(translate("ExportWords", "“{name}”").format(name=path.name) for path in paths)


def window_title(count: int) -> str:
    if count == 1:
        return translate("ExportWords", "Export headshot")
    return Plural.tr("Export %n headshot(s)", "", count)


def summary(folder: Path, written: list[Path], skipped: list[Path], stopped_before: int) -> str:
    """How many files and where, each one skipped, and how many were left when the person stopped it."""
    if written:
        sentences = [Plural.tr("Exported %n file(s) to {folder}.", "", len(written)).format(folder=folder)]
    else:
        sentences = [translate("ExportWords", "Nothing was exported.")]
    if skipped:
        sentences.append(Plural.tr("Skipped %n file(s) already there: {names}.", "", len(skipped))
                         .format(names=_names(skipped)))  # fmt: skip
    if stopped_before == 1:
        sentences.append(translate("ExportWords", "You stopped the export before the last one."))
    elif stopped_before:
        sentences.append(Plural.tr("You stopped the export before the other %n.", "", stopped_before))
    return " ".join(sentences)


def written_before(written: list[Path]) -> str:
    """The files an export wrote before it failed, and how to go on."""
    if not written:
        return ""
    return Plural.tr("%n file(s) were exported before this: {names}. Export again to go on with the rest.", "",
                     len(written)).format(names=_names(written))  # fmt: skip


def all_skipped(folder: Path, count: int) -> str:
    if count == 1:
        text = translate("ExportWords", "Nothing was exported: the file is already in {folder}, and you chose to skip "
                         "it. Export again and choose Replace or Keep both, or choose another folder or file name.")  # fmt: skip
    else:
        text = translate("ExportWords", "Nothing was exported: all the files are already in {folder}, and you chose "
                         "to skip them. Export again and choose Replace or Keep both, or choose another folder or "
                         "file name.")  # fmt: skip
    return text.format(folder=folder)

"""What the export dialog says when an export is over: the status bar's summary, and the files done before a
failure."""

from __future__ import annotations

from pathlib import Path


def files(count: int) -> str:
    return f"{count} file" + ("" if count == 1 else "s")


def summary(folder: Path, written: list[Path], skipped: list[Path], stopped_before: int) -> str:
    """How many files and where, each one skipped, and how many were left when the person stopped it."""
    text = f"Exported {files(len(written))} to {folder}." if written else "Nothing was exported."
    if skipped:
        text += f" Skipped {files(len(skipped))} already there: " + ", ".join(f"“{p.name}”" for p in skipped) + "."
    if stopped_before:
        left = stopped_before
        text += f" You stopped the export before {'the last one' if left == 1 else f'the other {left}'}."
    return text


def written_before(written: list[Path]) -> str:
    """The files an export wrote before it failed, and how to go on."""
    if not written:
        return ""
    names = ", ".join(f"“{path.name}”" for path in written)
    return (f"{files(len(written))} {'was' if len(written) == 1 else 'were'} exported before this: {names}. "
            "Export again to go on with the rest.")  # fmt: skip


def all_skipped(folder: Path, count: int) -> str:
    one = count == 1
    return (f"Nothing was exported: {'the file is' if one else 'all the files are'} already in {folder}, and you "
            f"chose to skip {'it' if one else 'them'}. Export again and choose Replace or Keep both, or choose "
            "another folder or file name.")  # fmt: skip

"""Reading a small file a person gave (a kit, a list of people, a batch): its bytes, or one clear sentence why not."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from headshot_desktop.errors import ConfigError

READ_HINT = "Check that the file is yours to read."


@dataclass(frozen=True)
class SmallFile:
    """What the file is to the person ("The team kit") and how to say each way it cannot be read."""

    what: str
    error: type[ConfigError]
    limit: int  # bytes; more than this is not such a file
    too_large: str  # the end of the sentence: "it is far too large to be a team kit."
    hint: str  # what to do instead
    missing_hint: str = "Check the file name and folder."
    a_folder: str = "is a folder, not a file."

    def read(self, path: Path, name: str) -> bytes:
        """The file's bytes; ``name`` is how the sentences name it (its name, or its whole path)."""
        try:
            if path.is_dir():
                raise self.error(f"{self.what} {name} {self.a_folder}", hint=self.hint)
            with path.open("rb") as handle:
                data = handle.read(self.limit + 1)
        except FileNotFoundError:
            raise self.error(f"{self.what} {path} does not exist.", hint=self.missing_hint) from None
        except OSError as err:
            raise self.error(f"{self.what} {name} cannot be read: {err.strerror or err}.", hint=READ_HINT,
                             detail=repr(err)) from err  # fmt: skip
        if len(data) > self.limit:
            raise self.error(f"{self.what} {name} cannot be used: {self.too_large}", hint=self.hint)
        return data

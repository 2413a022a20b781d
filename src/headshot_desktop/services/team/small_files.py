"""Reading a small file a person gave (a kit, a list of people, a batch): its bytes, or one clear sentence why not."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from headshot_desktop.errors import ConfigError
from headshot_desktop.translatable import N_, Template

READ_HINT = N_("team", "Check that the file is yours to read.")


@dataclass(frozen=True)
class SmallFile:
    """How to say each way a file (a team kit, a list of people, a batch) cannot be read, in whole sentences.

    ``a_folder`` and ``too_large`` take ``{name}``, ``missing`` the whole ``{path}``, ``unreadable`` ``{name}`` and
    the ``{error}``: "The team kit {name} cannot be read: {error}."
    """

    error: type[ConfigError]
    limit: int  # bytes; more than this is not such a file
    hint: str  # what to do instead
    a_folder: Template
    missing: Template
    unreadable: Template
    too_large: Template
    missing_hint: str = N_("team", "Check the file name and folder.")

    def read(self, path: Path, name: str) -> bytes:
        """The file's bytes; ``name`` is how the sentences name it (its name, or its whole path)."""
        try:
            if path.is_dir():
                raise self.error(self.a_folder.format(name=name), hint=self.hint)
            with path.open("rb") as handle:
                data = handle.read(self.limit + 1)
        except FileNotFoundError:
            raise self.error(self.missing.format(path=path), hint=self.missing_hint) from None
        except OSError as err:
            raise self.error(self.unreadable.format(name=name, error=err.strerror or err), hint=READ_HINT,
                             detail=repr(err)) from err  # fmt: skip
        if len(data) > self.limit:
            raise self.error(self.too_large.format(name=name), hint=self.hint)
        return data

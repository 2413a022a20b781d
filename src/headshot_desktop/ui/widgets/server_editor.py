"""The address of a provider that runs on the person's own server, its trust, and a connection test.

Plain http:// to another machine on the network sends the photo unencrypted: it is allowed
only once the person ticks "Trust this server on my network", shown with a warning, and the
trust is remembered for that address only.
"""

from __future__ import annotations

from urllib.parse import urlsplit

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from headshot_desktop.ui.i18n import translate

LOCAL_HOSTS = ("127.0.0.1", "localhost", "::1")


def needs_trust(address: str) -> bool:
    """Plain http:// to a machine other than this one."""
    try:
        url = urlsplit(address.strip())
    except ValueError:
        return False
    return (
        url.scheme == "http" and (url.hostname or "") not in LOCAL_HOSTS and not (url.hostname or "").startswith("127.")
    )


class ServerEditor(QWidget):
    testRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.provider_id = ""
        self.field = QLineEdit()
        self.field.setAccessibleName(translate("ServerEditor", "Server address"))
        self.trust = QCheckBox(translate("ServerEditor", "Trust this server on my network (plain http://)"))
        self.trust.setAccessibleName(translate("ServerEditor", "Trust this server on my network"))
        self.warning = QLabel(translate("ServerEditor", "Over plain http:// your photo crosses the network "
                                        "unencrypted: anyone on it could see it. Tick this only for your own server "
                                        "on a network you trust, or use https://."))  # fmt: skip
        self.warning.setWordWrap(True)
        self.test_button = QPushButton(translate("ServerEditor", "&Test server"))
        self.test_button.clicked.connect(self.testRequested)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setAccessibleName(translate("ServerEditor", "Server status"))
        self.trusted: list[str] = []
        self.field.textChanged.connect(self._update)
        self.trust.toggled.connect(self._remember_trust)
        row = QHBoxLayout()
        row.addWidget(self.field, 1)
        row.addWidget(self.test_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.trust)
        layout.addWidget(self.warning)
        layout.addWidget(self.status)

    def show_server(self, provider_id: str, address: str, trusted: list[str], default: str = "") -> None:
        self.provider_id = provider_id
        self.field.setPlaceholderText(default)
        self.trusted = list(trusted)
        self.field.setText(address)
        self.trust.setChecked(address in self.trusted)
        self.status.clear()
        self._update()

    def _update(self) -> None:
        shown = needs_trust(self.field.text())
        self.trust.setVisible(shown)
        self.warning.setVisible(shown)
        if shown:
            self.trust.setChecked(self.field.text().strip() in self.trusted)

    def _remember_trust(self, on: bool) -> None:
        """Kept for this address while the person edits the field (saved with the settings on OK)."""
        if not needs_trust(self.address()):
            return
        self.trusted = [a for a in self.trusted if a != self.address()] + ([self.address()] if on else [])

    def address(self) -> str:
        return self.field.text().strip()

    def trusted_addresses(self) -> list[str]:
        """The remembered trust, this address included when its box is ticked."""
        return list(self.trusted)

    def refresh(self, text: str) -> None:
        self.status.setText(text)

"""Enter, save and remove one provider's API key, built from its key spec; says where the key comes from.

A provider without a key (``info.key is None``) gets no key editor: the page that
holds this widget hides it (see ``needed``).
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from headshot_desktop.errors import HeadshotError, KeyringUnavailableError
from headshot_desktop.providers.base import ProviderInfo
from headshot_desktop.system.secrets import KeySource, SecretStore


class KeyEditor(QWidget):
    keyChanged = Signal()
    testRequested = Signal()

    def __init__(self, secrets: SecretStore, provider_id: str, info: ProviderInfo,
                 parent: QWidget | None = None) -> None:  # fmt: skip
        super().__init__(parent)
        self.secrets = secrets
        self.field = QLineEdit()
        self.field.setEchoMode(QLineEdit.EchoMode.Password)
        self.field.setClearButtonEnabled(True)
        # A button, not a label with a link: one Tab stop that shows its focus and opens with Enter or Space.
        self.get_key = QPushButton()
        self.get_key.setFlat(True)
        self.get_key.setCursor(Qt.CursorShape.PointingHandCursor)
        self.get_key.clicked.connect(self._open_get_key)
        self.environment = QLabel()
        self.environment.setWordWrap(True)
        self.session_only = QCheckBox("Keep for this session only (not saved)")
        self.save_button = QPushButton("&Save key")
        self.remove_button = QPushButton("&Remove stored key")
        self.test_button = QPushButton("&Test key")
        self.test_button.setToolTip("Asks the provider whether the key works. A key typed here is saved first.")
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setAccessibleName("Key status")
        self.save_button.clicked.connect(self.save)
        self.remove_button.clicked.connect(self.remove)
        self.test_button.clicked.connect(self._test)
        self.field.returnPressed.connect(self.save)
        self.field.textChanged.connect(self._sync_test_button)
        self.source = KeySource.NONE

        buttons = QHBoxLayout()
        for button in (self.save_button, self.remove_button, self.test_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.get_key)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.field)
        layout.addWidget(self.session_only)
        layout.addLayout(buttons)
        layout.addWidget(self.status)
        layout.addWidget(self.environment)
        # Asked once: whether a keyring exists does not change while the dialog is open.
        self.keyring_available = secrets.keyring_available()
        if not self.keyring_available:  # the status says so: a ticked box that cannot be unticked adds nothing
            self.session_only.setChecked(True)
            self.session_only.setVisible(False)
        self.set_provider(provider_id, info)

    @property
    def needed(self) -> bool:
        """False for a provider without a key: then there is nothing to edit."""
        return self.info.key is not None

    def set_provider(self, provider_id: str, info: ProviderInfo) -> None:
        self.provider_id, self.info = provider_id, info
        self.field.clear()
        spec = info.key
        self.field.setPlaceholderText(spec.placeholder if spec else "")
        self.field.setAccessibleName(f"{info.title} API key")
        self.get_key.setVisible(spec is not None)
        if spec is None:
            self.environment.clear()
        else:
            self.get_key.setText(f"Get a key from {info.title.replace('&', '&&')}…")
            self.get_key.setToolTip(spec.get_key_url)
            self.get_key.setAccessibleName(f"Get a {info.title} API key (opens {spec.get_key_url} in your browser)")
            names = " or ".join(spec.env_vars)
            self.environment.setText(
                f"<small>Or set {escape(names)} in the environment: it is read, never stored, and wins over a "
                "saved key.</small>"
            )
        self.refresh()

    def refresh(self, note: str = "") -> None:
        if self.info.key is None:
            self.status.setText(f"{note} {self.info.title} needs no API key.".strip())
            return
        source = self.source = self.secrets.source(self.provider_id)
        text = f"Current key: {source.describe(self.secrets.env_variable(self.provider_id) or '')}."
        if not self.keyring_available:
            text += " No system keyring is available, so a key can be kept for this session only."
        self.status.setText(f"{note} {text}".strip())
        self.environment.setVisible(source is not KeySource.ENVIRONMENT)  # else the status just said so
        self.remove_button.setVisible(source in (KeySource.KEYRING, KeySource.SESSION))  # only what can be removed
        self._sync_test_button()

    def _open_get_key(self) -> None:
        url = self.info.key.get_key_url if self.info.key is not None else ""
        if url and not QDesktopServices.openUrl(QUrl(url)):
            self.refresh(f"No web browser could be opened. Open {url} in yours.")

    def _sync_test_button(self) -> None:
        """A stored key can be tested, and so can one just typed (it is saved first)."""
        self.test_button.setEnabled(self.source is not KeySource.NONE or bool(self.field.text().strip()))

    def _test(self) -> None:
        if self.field.text().strip() and not self.save():
            return  # the status says why it was not saved
        self.testRequested.emit()

    def save(self) -> bool:
        key = self.field.text().strip()
        if not key:
            self.refresh("Type or paste a key first.")
            return False
        try:
            where = self.secrets.set(key, self.provider_id, session_only=self.session_only.isChecked())
        except KeyringUnavailableError as err:
            self.session_only.setChecked(True)
            self.refresh(err.user_text())
            return False
        except HeadshotError as err:  # a key no server accepts (a pasted line break): say why
            self.refresh(err.user_text())
            return False
        self.field.clear()
        self.refresh("Saved in the system keyring." if where is KeySource.KEYRING else "Kept for this session.")
        self.keyChanged.emit()
        return True

    def remove(self) -> None:
        try:
            removed = self.secrets.delete(self.provider_id)
        except KeyringUnavailableError as err:
            self.refresh(err.user_text())
            return
        self.refresh("The stored key was removed." if removed else "No key was stored.")
        self.keyChanged.emit()

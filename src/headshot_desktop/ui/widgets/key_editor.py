"""Enter, save and remove the provider's API key; says where the current key comes from."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from headshot_desktop.core.errors import KeyringUnavailableError
from headshot_desktop.system.secrets import KeySource, SecretStore


class KeyEditor(QWidget):
    keyChanged = Signal()
    testRequested = Signal()

    def __init__(self, secrets: SecretStore, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.secrets = secrets
        self.field = QLineEdit()
        self.field.setEchoMode(QLineEdit.EchoMode.Password)
        self.field.setPlaceholderText("sk-…")
        self.field.setAccessibleName("OpenAI API key")
        self.field.setClearButtonEnabled(True)
        self.session_only = QCheckBox("Keep for this session only (not saved)")
        self.save_button = QPushButton("&Save key")
        self.remove_button = QPushButton("&Remove stored key")
        self.test_button = QPushButton("&Test key")
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setAccessibleName("Key status")
        self.save_button.clicked.connect(self.save)
        self.remove_button.clicked.connect(self.remove)
        self.test_button.clicked.connect(self.testRequested)
        self.field.returnPressed.connect(self.save)

        buttons = QHBoxLayout()
        for button in (self.save_button, self.remove_button, self.test_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.field)
        layout.addWidget(self.session_only)
        layout.addLayout(buttons)
        layout.addWidget(self.status)
        if not secrets.keyring_available():
            self.session_only.setChecked(True)
            self.session_only.setEnabled(False)
        self.refresh()

    def refresh(self, note: str = "") -> None:
        source = self.secrets.source()
        text = f"Current key: {source.describe()}."
        if not self.secrets.keyring_available():
            text += " No system keyring is available, so a key can be kept for this session only."
        self.status.setText(f"{note} {text}".strip())
        self.remove_button.setEnabled(source in (KeySource.KEYRING, KeySource.SESSION))
        self.test_button.setEnabled(source is not KeySource.NONE)

    def save(self) -> bool:
        key = self.field.text().strip()
        if not key:
            self.refresh("Type or paste a key first.")
            return False
        try:
            where = self.secrets.set(key, session_only=self.session_only.isChecked())
        except KeyringUnavailableError as err:
            self.session_only.setChecked(True)
            self.refresh(err.user_text())
            return False
        self.field.clear()
        self.refresh("Saved in the system keyring." if where is KeySource.KEYRING else "Kept for this session.")
        self.keyChanged.emit()
        return True

    def remove(self) -> None:
        try:
            removed = self.secrets.delete()
        except KeyringUnavailableError as err:
            self.refresh(err.user_text())
            return
        self.refresh("The stored key was removed." if removed else "No key was stored.")
        self.keyChanged.emit()

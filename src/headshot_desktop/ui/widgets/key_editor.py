"""Enter, save and remove one provider's API key, built from its key spec; says where the key comes from.

A provider without a key (``info.key is None``) gets no key editor: the page that
holds this widget hides it (see ``needed``).
"""

from __future__ import annotations

from collections.abc import Callable
from html import escape
from typing import TypeVar

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from headshot_desktop.errors import HeadshotError, KeyringUnavailableError
from headshot_desktop.providers.base import ProviderInfo
from headshot_desktop.system.secrets import KeySource, SecretStore, check_key_text
from headshot_desktop.ui.dialog_ops import KeyringOp, KeyState, read_state
from headshot_desktop.ui.i18n import error_text, shown, translate

T = TypeVar("T")


class KeyEditor(QWidget):
    """Every keyring call runs on a worker: the editor says "Checking…" until the answer, and keeps a typed key."""

    keyChanged = Signal()
    testRequested = Signal()
    stateKnown = Signal()  # the keyring answered: where the key is, and whether there is a keyring

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
        self.session_only = QCheckBox(translate("KeyEditor", "Keep for this session only (not saved)"))
        self.save_button = QPushButton(translate("KeyEditor", "&Save key"))
        self.remove_button = QPushButton(translate("KeyEditor", "&Remove stored key"))
        self.test_button = QPushButton(translate("KeyEditor", "&Test key"))
        self.test_button.setToolTip(
            translate("KeyEditor", "Asks the provider whether the key works. A key typed here is saved first.")
        )
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setAccessibleName(translate("KeyEditor", "Key status"))
        self.save_button.clicked.connect(lambda: self.save())
        self.remove_button.clicked.connect(self.remove)
        self.test_button.clicked.connect(self._test)
        self.field.returnPressed.connect(lambda: self.save())
        self.field.textChanged.connect(self._sync_test_button)
        self.source: KeySource | None = None  # None until the keyring has answered

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
        self.keyring_available: bool | None = None  # not known until the keyring answers (asked once)
        self._asked = 0  # the keyring call whose answer is awaited; older answers are stale
        self._acting = False  # a save or a removal is under way
        self.set_provider(provider_id, info)

    @property
    def needed(self) -> bool:
        """False for a provider without a key: then there is nothing to edit."""
        return self.info.key is not None

    @property
    def checking(self) -> bool:
        """The keyring has not answered yet: where the key is, or what became of a save or a removal."""
        return self.needed and (self.source is None or self._acting)

    def set_provider(self, provider_id: str, info: ProviderInfo) -> None:
        self.provider_id, self.info = provider_id, info
        self.field.clear()
        spec = info.key
        title = shown(info.title)
        self.field.setPlaceholderText(shown(spec.placeholder) if spec else "")
        self.field.setAccessibleName(translate("KeyEditor", "{provider} API key").format(provider=title))
        self.get_key.setVisible(spec is not None)
        if spec is None:
            self.environment.clear()
        else:
            get_key = translate("KeyEditor", "Get a key from {provider}…")
            self.get_key.setText(get_key.format(provider=title.replace("&", "&&")))
            self.get_key.setToolTip(spec.get_key_url)
            opens = translate("KeyEditor", "Get a {provider} API key (opens {url} in your browser)")
            self.get_key.setAccessibleName(opens.format(provider=title, url=spec.get_key_url))
            names = spec.env_vars[0] if spec.env_vars else ""
            for name in spec.env_vars[1:]:
                names = translate("KeyEditor", "{names} or {name}", "names of environment variables").format(
                    names=names, name=name
                )
            environment = translate(
                "KeyEditor",
                "<small>Or set {names} in the environment: it is read, never stored, and wins over a saved key."
                "</small>",
            )
            self.environment.setText(environment.format(names=escape(names)))
        self.source = None
        self._acting = False
        self.refresh()
        if spec is not None:
            self._look_up()

    def refresh(self, note: str = "") -> None:
        """Say ``note`` and where the key is, as last read (reading it again is ``_look_up``'s, on a worker)."""
        if self.info.key is None:
            needs_none = translate("KeyEditor", "{provider} needs no API key.").format(provider=shown(self.info.title))
            self.status.setText(f"{note} {needs_none}".strip())
            return
        for button in (self.save_button, self.remove_button):
            button.setEnabled(not self._acting)
        if self.source is None:
            checking = translate("KeyEditor", "Checking where the key is kept…")
            self.status.setText(f"{note} {checking}".strip())
            self.remove_button.setVisible(False)
            self._sync_test_button()
            return
        where = shown(self.source.describe(self.secrets.env_variable(self.provider_id) or ""))
        text = translate("KeyEditor", "Current key: {where}.").format(where=where)
        if self.keyring_available is False:
            text += " " + translate(
                "KeyEditor", "No system keyring is available, so a key can be kept for this session only."
            )
        self.status.setText(f"{note} {text}".strip())
        self.environment.setVisible(self.source is not KeySource.ENVIRONMENT)  # else the status just said so
        self.remove_button.setVisible(self.source in (KeySource.KEYRING, KeySource.SESSION))  # what can be removed
        self._sync_test_button()

    def _open_get_key(self) -> None:
        url = self.info.key.get_key_url if self.info.key is not None else ""
        if url and not QDesktopServices.openUrl(QUrl(url)):
            self.refresh(translate("KeyEditor", "No web browser could be opened. Open {url} in yours.").format(url=url))

    def _sync_test_button(self) -> None:
        """A stored key can be tested, and so can one just typed (it is saved first)."""
        stored = self.source not in (None, KeySource.NONE)
        self.test_button.setEnabled(not self._acting and (stored or bool(self.field.text().strip())))

    def _test(self) -> None:
        if self.field.text().strip():
            self.save(then=self.testRequested.emit)  # tested once saved; if it is not, the status says why
        else:
            self.testRequested.emit()

    # -- the keyring, on a worker ----------------------------------------------------------------------
    def _ask(self, work: Callable[[], T], answered: Callable[[T], None], failed: Callable[[BaseException], None],
             label: str) -> None:  # fmt: skip
        """Run ``work`` on a worker; only the answer to the latest call, for the provider shown, is taken."""
        self._asked += 1
        asked, provider_id = self._asked, self.provider_id

        def current() -> bool:
            return asked == self._asked and provider_id == self.provider_id

        def done(value: T) -> None:
            if current():
                self._acting = False
                answered(value)

        def went_wrong(err: BaseException) -> None:
            if current():
                self._acting = False
                failed(err)

        op = KeyringOp(
            self,
            lambda _progress, _cancel: work(),
            failed=translate("KeyEditor", "The system keyring did not answer."),
            label=label,
        )
        op.success(done).failure(went_wrong).run_in_background()

    def _look_up(self) -> None:
        secrets, provider_id, ask = self.secrets, self.provider_id, self.keyring_available is None
        failed = translate("KeyEditor", "Where the key is kept could not be read.")
        self._ask(lambda: read_state(secrets, provider_id, ask_keyring=ask), self._looked_up,
                  lambda err: self._keyring_failed(err, failed), "key source")  # fmt: skip

    def _looked_up(self, state: KeyState) -> None:
        self._show_state(state)
        self.stateKnown.emit()

    def _show_state(self, state: KeyState, note: str = "") -> None:
        if state.keyring_available is not None:
            self.keyring_available = state.keyring_available
            if not state.keyring_available:  # the status says so: a ticked box that cannot be unticked adds nothing
                self.session_only.setChecked(True)
                self.session_only.setVisible(False)
        self.source = state.source
        self.refresh(note)

    def _keyring_failed(self, err: BaseException, sentence: str) -> None:
        if isinstance(err, KeyringUnavailableError):
            self.session_only.setChecked(True)
        self.source = self.source or KeySource.NONE
        self.refresh(error_text(err) if isinstance(err, HeadshotError) else sentence)

    def save(self, *, then: Callable[[], None] | None = None) -> bool:
        """Save the typed key on a worker (then ``then()``); False when there is nothing to save, or it cannot be."""
        key = self.field.text().strip()
        if self._acting:
            return False
        if not key:
            self.refresh(translate("KeyEditor", "Type or paste a key first."))
            return False
        try:
            check_key_text(key)
        except HeadshotError as err:  # a key no server accepts (a pasted line break): say why
            self.refresh(error_text(err))
            return False
        secrets, provider_id, session_only = self.secrets, self.provider_id, self.session_only.isChecked()
        ask = self.keyring_available is None  # saved before the keyring said whether it is there

        def work() -> tuple[KeySource, KeyState]:
            available = secrets.keyring_available() if ask else None
            # Without a keyring the box would have been ticked, had its answer come first.
            where = secrets.set(key, provider_id, session_only=session_only or available is False)
            return where, KeyState(secrets.source(provider_id), available)

        def saved(result: tuple[KeySource, KeyState]) -> None:
            where, state = result
            if self.field.text().strip() == key:  # a key typed since is left as it is
                self.field.clear()
            self._show_state(state, translate("KeyEditor", "Saved in the system keyring.") if where is KeySource.KEYRING
                             else translate("KeyEditor", "Kept for this session."))  # fmt: skip
            self.keyChanged.emit()
            if then is not None:
                then()

        self._acting = True
        self.refresh(translate("KeyEditor", "Saving the key…"))
        failed = translate("KeyEditor", "The key could not be saved.")
        self._ask(work, saved, lambda err: self._keyring_failed(err, failed), "save key")
        return True

    def remove(self) -> None:
        if self._acting:
            return
        secrets, provider_id = self.secrets, self.provider_id

        def work() -> tuple[bool, KeyState]:
            return secrets.delete(provider_id), read_state(secrets, provider_id, ask_keyring=False)

        def removed(result: tuple[bool, KeyState]) -> None:
            gone, state = result
            self._show_state(state, translate("KeyEditor", "The stored key was removed.") if gone
                             else translate("KeyEditor", "No key was stored."))  # fmt: skip
            self.keyChanged.emit()

        self._acting = True
        self.refresh(translate("KeyEditor", "Removing the key…"))
        failed = translate("KeyEditor", "The key could not be removed.")
        self._ask(work, removed, lambda err: self._keyring_failed(err, failed), "remove key")

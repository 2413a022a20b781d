"""The Settings page of the image provider: which one, where photos go, its key, its model, previews.

Built from the chosen provider's info and capabilities: no key editor for a provider
without a key, previews only for one that streams them. Choosing a provider whose
privacy notice was not accepted yet asks first. The models a key can use are asked
for by whoever opens the page (``modelsWanted``, on a worker), and said in a note.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QComboBox, QFormLayout, QGroupBox, QLabel, QSpinBox, QVBoxLayout, QWidget

from headshot_desktop.app import AppContext
from headshot_desktop.system.secrets import KeySource
from headshot_desktop.ui import provider_choice
from headshot_desktop.ui.i18n import shown, translate
from headshot_desktop.ui.provider_words import sending_html
from headshot_desktop.ui.widgets.key_editor import KeyEditor
from headshot_desktop.ui.widgets.server_editor import ServerEditor


class ProviderPage(QWidget):
    testKeyRequested = Signal()
    modelsWanted = Signal(str)  # provider id: list the models its key can use

    def __init__(self, context: AppContext, provider_id: str, models: Mapping[str, Sequence[str]] | None = None,
                 parent: QWidget | None = None) -> None:  # fmt: skip
        super().__init__(parent)
        self.context = context
        self.provider_id = self.shown_first = provider_id
        self.known_models: dict[str, list[str]] = {k: list(v) for k, v in (models or {}).items()}
        self.chosen_models: dict[str, str] = {}  # edited here, saved on OK: provider id -> model ("" = default)
        info = context.provider_info(provider_id)

        self.provider = QComboBox()
        self.provider.setAccessibleName(translate("ProviderPage", "Image provider"))
        for choice_id, title in provider_choice.choices(context):
            self.provider.addItem(shown(title), choice_id)
        self.provider.activated.connect(self._picked)
        self.about = QLabel()
        self.about.setWordWrap(True)
        self.about.setTextFormat(Qt.TextFormat.RichText)
        self.about.setAccessibleName(translate("ProviderPage", "Where your photo goes, and what the provider keeps"))
        # A child from the start: its keyring calls find the window's pools through its parents.
        self.key_editor = KeyEditor(context.secrets, provider_id, info, parent=self)
        self.key_editor.testRequested.connect(self.testKeyRequested)
        self.key_editor.keyChanged.connect(self._want_models)
        self.key_editor.stateKnown.connect(self._want_models)
        self.key_box = QGroupBox(translate("ProviderPage", "API key"))
        box_layout = QVBoxLayout(self.key_box)
        box_layout.addWidget(self.key_editor)
        self.server_editor = ServerEditor()
        self.server_editor.testRequested.connect(self.testKeyRequested)
        self.server_box = QGroupBox(translate("ProviderPage", "Server"))
        QVBoxLayout(self.server_box).addWidget(self.server_editor)
        self.addresses: dict[str, tuple[str, list[str]]] = {}  # edited here, saved on OK: id -> (address, trusted)
        self.model = QComboBox()
        self.model.setEditable(True)
        self.model.setAccessibleName(translate("ProviderPage", "Model"))
        self.model.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.models_note = QLabel()
        self.models_note.setWordWrap(True)
        self.models_note.setAccessibleName(translate("ProviderPage", "The models your key can use"))
        self.previews = QSpinBox(minimum=0, maximum=3, value=context.settings.previews)
        self.previews.setAccessibleName(translate("ProviderPage", "Rough previews while rendering"))
        self.previews.setSuffix(translate("ProviderPage", " previews while rendering"))

        form = QFormLayout()
        form.addRow(translate("ProviderPage", "Pro&vider:"), self.provider)
        form.addRow(self.about)
        form.addRow(self.key_box)
        form.addRow(self.server_box)
        form.addRow(translate("ProviderPage", "&Model:"), self.model)
        form.addRow("", self.models_note)
        form.addRow(translate("ProviderPage", "P&reviews:"), self.previews)
        self.form = form
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addStretch(1)
        self._show(provider_id)

    def _picked(self, index: int) -> None:
        chosen = self.provider.itemData(index)
        self._select_provider(self.provider_id)  # stays until the person has agreed
        if chosen == self.provider_id or not provider_choice.ask_consent(self, self.context, chosen):
            return
        self.chosen_models[self.provider_id] = self.current_model()
        self._keep_address()
        self.provider_id = chosen
        self._show(chosen)
        self._want_models()

    def _select_provider(self, provider_id: str) -> None:
        blocked = self.provider.blockSignals(True)
        self.provider.setCurrentIndex(max(0, self.provider.findData(provider_id)))
        self.provider.blockSignals(blocked)

    def _show(self, provider_id: str) -> None:
        info = self.context.provider_info(provider_id)
        caps = provider_choice.capabilities(self.context, provider_id)
        self._select_provider(provider_id)
        title = shown(info.title)
        key_words = ""
        if info.key is None and info.server is None:
            key_words = translate("ProviderPage", "<p>{provider} needs no API key.</p>").format(provider=escape(title))
        self.about.setText(sending_html(info) + key_words)
        self.key_editor.set_provider(provider_id, info)
        self.key_box.setTitle(translate("ProviderPage", "{provider} API key").format(provider=title))
        self.form.setRowVisible(self.key_box, self.key_editor.needed)
        self.form.setRowVisible(self.server_box, info.server is not None)
        if info.server is not None:
            section = self.context.settings.provider_section(provider_id)
            address, trusted = self.addresses.get(
                provider_id, (self.context.provider_address(provider_id), section["trusted"])
            )
            self.server_editor.show_server(provider_id, address, trusted, info.server.default)
        self._fill_models(provider_id, info.key is not None)
        self._say_models("")
        self.previews.setEnabled(caps.streams_previews)
        no_previews = translate("ProviderPage", "{provider} sends no previews.").format(provider=title)
        self.previews.setToolTip("" if caps.streams_previews else no_previews)

    def _fill_models(self, provider_id: str, keyed: bool, typing: str = "") -> None:
        """The models to offer, the chosen one selected; ``typing``: a name being typed, left as it is."""
        current = self.chosen_models.get(provider_id, self.context.settings.provider_section(provider_id)["model"])
        blocked = self.model.blockSignals(True)
        self.model.clear()
        if keyed:
            self.model.addItem(translate("ProviderPage", "Newest your key can use (recommended)"), "")
        else:
            self.model.addItem(translate("ProviderPage", "The provider's default"), "")
        for name in self.known_models.get(provider_id, []):
            self.model.addItem(name, name)
        if current and current != typing and self.model.findData(current) < 0:
            self.model.addItem(current, current)
        self.model.setCurrentIndex(max(0, self.model.findData(current)))
        self.model.blockSignals(blocked)
        if typing and self.model.findData(typing) < 0:
            self.model.setEditText(typing)

    def wants_models(self) -> bool:
        """A list is asked for a provider with a key, once the person agreed that it may be sent anything."""
        return (
            self.key_editor.needed
            and self.key_editor.source not in (None, KeySource.NONE)  # None: the keyring has not answered yet
            and provider_choice.consented(self.context, self.provider_id)
        )

    def _want_models(self) -> None:
        if self.wants_models():
            self.modelsWanted.emit(self.provider_id)

    def _say_models(self, text: str) -> None:
        self.models_note.setText(text)
        self.models_note.setVisible(bool(text))

    def listing_models(self, provider_id: str) -> None:
        if provider_id == self.provider_id:
            self._say_models(translate("ProviderPage", "Listing the models your key can use…"))

    def models_failed(self, provider_id: str, reason: str) -> None:
        if provider_id == self.provider_id:
            self._say_models(
                translate(
                    "ProviderPage",
                    "The models your key can use could not be listed. {reason} The model chosen stays, and you can "
                    "type the name of another.",
                ).format(reason=shown(reason))
            )

    def add_models(self, provider_id: str, names: Sequence[str]) -> None:
        """Models the key may use (a listing or a key test): offered in the list, the person's choice kept."""
        self.known_models[provider_id] = list(names)
        if provider_id != self.provider_id:
            return
        typed = self.model.lineEdit().text().strip()  # a name typed (perhaps half of one) is not an item yet
        if not typed or self.model.findText(typed) >= 0:
            typed = ""
            self.chosen_models[provider_id] = self.current_model()
        self._fill_models(provider_id, self.key_editor.needed, typing=typed)
        if names:
            self._say_models("")
            return
        title = shown(self.context.provider_info(provider_id).title)
        self._say_models(
            translate(
                "ProviderPage", "{provider} lists no image models for this key. You can type a model's name."
            ).format(provider=title)
        )

    def current_model(self) -> str:
        text = self.model.lineEdit().text().strip()
        index = self.model.findText(text)
        if index >= 0:
            return str(self.model.itemData(index) or "")
        return text  # typed by the person

    def _keep_address(self) -> None:
        if self.context.provider_info(self.provider_id).server is not None:
            editor = self.server_editor
            self.addresses[self.provider_id] = (editor.address(), editor.trusted_addresses())

    def checker(self) -> KeyEditor | ServerEditor:
        """Where a key or server test says its result."""
        return (
            self.server_editor if self.context.provider_info(self.provider_id).server is not None else self.key_editor
        )

    def apply(self) -> None:
        """Into the settings (the dialog saves them): the provider, each provider's model, previews, addresses."""
        settings = self.context.settings
        self.chosen_models[self.provider_id] = self.current_model()
        self._keep_address()
        for provider_id, (address, trusted) in self.addresses.items():
            settings.set_provider_section(provider_id, address=address, trusted=trusted)
        if self.provider_id != self.shown_first:  # chosen here: saved (one given by --provider is not)
            provider_choice.use(self.context, self.provider_id)
        for provider_id, model in self.chosen_models.items():
            settings.set_provider_section(provider_id, model=model)
        settings.previews = self.previews.value()

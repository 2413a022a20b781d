"""Settings and the first-run wizard as the window opens them: key tests and model lists run on workers.

The window keeps what follows an accepted dialog (its provider, the library folder);
this builds the dialogs, wires their buttons, and stops their workers once they close.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from headshot_desktop.ui import actions, data_rights
from headshot_desktop.ui.dialogs.first_run import FirstRunWizard
from headshot_desktop.ui.dialogs.settings import SettingsDialog
from headshot_desktop.ui.i18n import error_text, translate
from headshot_desktop.ui.notices import plain_error
from headshot_desktop.ui.operations import NetworkOp

if TYPE_CHECKING:
    from headshot_desktop.ui.dialogs.provider_page import ProviderPage
    from headshot_desktop.ui.tasks import Task
    from headshot_desktop.ui.window_api import WindowApi


def settings_dialog(window: WindowApi) -> SettingsDialog:
    """The Settings dialog for the window's provider; the models its key can use are asked for at once."""
    found = {provider_id: [model] for provider_id, model in window.session.discovered_models.items()}
    dialog = SettingsDialog(window.context, models=found, parent=window, provider_id=window.provider_id)  # type: ignore[arg-type]
    page = dialog.provider_page
    dialog.testKeyRequested.connect(lambda: dialog.tasks.append(actions.test_key(window, dialog)))
    dialog.exportAllRequested.connect(lambda: data_rights.export_all_data(window))
    dialog.deleteAllRequested.connect(lambda: data_rights.delete_all_data(window, dialog))
    page.modelsWanted.connect(lambda provider_id: dialog.tasks.append(list_models(window, page, provider_id)))
    if page.wants_models():
        dialog.tasks.append(list_models(window, page, page.provider_id))
    return dialog


def first_run_wizard(window: WindowApi) -> FirstRunWizard:
    """The first-run wizard for the window's provider, its "Test key" asking on a worker."""
    wizard = FirstRunWizard(window.context, window, provider_id=window.provider_id)  # type: ignore[arg-type]
    if wizard.key_page is not None:
        editor = wizard.key_page.editor
        editor.testRequested.connect(
            lambda: wizard.tasks.append(actions.check_key(window, editor, wizard.provider_id))
        )  # fmt: skip
    return wizard


def settle(dialog: SettingsDialog | FirstRunWizard) -> None:
    """The dialog closed: its workers' answers are not wanted any more, and it goes."""
    for task in dialog.tasks:
        task.cancel()
    dialog.deleteLater()


def list_models(window: WindowApi, page: ProviderPage, provider_id: str) -> Task:
    """Ask ``provider_id`` which models its key can use, on a worker; the page offers them when they arrive."""
    page.listing_models(provider_id)

    def work(_progress: object, cancel: object) -> list[str]:
        provider = window.context.make_provider(provider_id)
        try:
            return [model.id for model in provider.models(cancel)]  # type: ignore[arg-type]
        finally:
            provider.close()

    def done(names: list[str]) -> None:
        if not task.cancelled:
            page.add_models(provider_id, names)

    def failed(err: BaseException) -> None:
        if not task.cancelled:
            said = error_text(plain_error(err, translate("SettingsFlow", "No answer came.")))  # logs the unexpected
            page.models_failed(provider_id, said)

    # Its failure is said on the page, beside the model box, not in a box of its own.
    failed_sentence = translate("SettingsFlow", "The models could not be listed.")
    op = NetworkOp(page, work, failed=failed_sentence, label="list models")  # type: ignore[arg-type]
    task = op.success(done).failure(failed).run_in_background()
    return task

"""The Keep button's words: what is kept now. Apart from the dialog, which the options column needs only when opened."""

from __future__ import annotations

from headshot_desktop.core.likeness import FEATURES
from headshot_desktop.system.settings import Settings
from headshot_desktop.ui.i18n import Plural, shown, translate


def summary(settings: Settings) -> tuple[str, str]:
    """The button's words (short: the options column is narrow) and its tooltip: what is kept now."""
    labels = [shown(FEATURES[f][0]).lower() for f in settings.keep_features if f in FEATURES]
    if settings.keep_text.strip():
        labels.append(translate("KeepDialog", "your notes"))
    if not labels:
        tip = translate("KeepDialog", "Tick what must stay as it is in every headshot.")
        return translate("KeepDialog", "Features to keep…"), tip
    kept = translate("KeepDialog", "Keeping: {features}").format(features=", ".join(labels))
    return Plural.tr("Keeping %n feature(s)…", "", len(labels)), kept

from __future__ import annotations

from headshot_desktop.core.styles import StyleCatalog
from headshot_desktop.system.paths import AppPaths
from headshot_desktop.ui.dialogs.style_editor import StyleEditor
from headshot_desktop.ui.models.style_model import StyleModel
from headshot_desktop.ui.widgets.style_gallery import StyleGallery


def make_gallery(qtbot):
    catalog = StyleCatalog(AppPaths.from_platform().config_dir)
    model = StyleModel(catalog)
    gallery = StyleGallery(model)
    qtbot.addWidget(gallery)
    gallery.resize(800, 600)
    gallery.show()
    return catalog, model, gallery


def test_gallery_lists_builtins_and_reports_choice(qtbot) -> None:
    catalog, model, gallery = make_gallery(qtbot)
    assert model.rowCount() >= 12
    with qtbot.waitSignal(gallery.styleChosen) as blocker:
        gallery.select_style("corporate-grey")
    assert blocker.args[0].id == "corporate-grey"
    assert gallery.current_style().name == "Corporate grey"
    # Cards really paint (not blank): the grab has the preview colours in it.
    image = gallery.viewport().grab().toImage()
    colours = {image.pixelColor(x, 40).name() for x in range(10, 180, 5)}
    assert len(colours) >= 2


def test_editor_creates_and_validates_own_style(qtbot) -> None:
    catalog, model, gallery = make_gallery(qtbot)
    editor = StyleEditor(catalog)
    qtbot.addWidget(editor)
    editor.accept()  # empty name and prompt
    assert editor.result() == 0 and editor.error.text()
    editor.name.setText("Sailing club")
    editor.prompt.setPlainText("Navy blazer with a small anchor pin, harbour softly blurred behind.")
    editor.accept()  # written on a worker
    qtbot.waitUntil(lambda: editor.saved is not None, timeout=10_000)
    assert not editor.saved.builtin
    model.reload()
    assert model.row_of(editor.saved.id) >= 0
    assert "PRESERVE" in editor.saved.request_prompt()
    # Saved in the config folder, so a new catalog sees it.
    assert StyleCatalog(AppPaths.from_platform().config_dir).get(editor.saved.id).name == "Sailing club"

"""The Qt user interface: the only package that imports PySide6."""

from headshot_desktop.ui.pyside_feature_scan import read_sources_directly

read_sources_directly()  # before the window's modules are imported: each one is scanned as it loads

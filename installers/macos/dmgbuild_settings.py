"""dmgbuild settings for the macOS disk image (drag the app onto Applications).

    dmgbuild -s installers/macos/dmgbuild_settings.py -D app="dist/Headshot Desktop.app" \
        -D icon=build/pyinstaller/headshot-desktop/icons/headshot-desktop.icns \
        "Headshot Desktop" dist/headshot-desktop-<version>.dmg

dmgbuild runs this file with ``defines`` (the -D values) in scope.
"""

import os.path

application = defines.get("app", "dist/Headshot Desktop.app")  # noqa: F821
appname = os.path.basename(application)

format = "ULFO"  # lzfse: smaller than zlib, opens on macOS 10.11 and later
filesystem = "HFS+"
files = [application]
symlinks = {"Applications": "/Applications"}
hide_extensions = [appname]
if defines.get("icon"):  # noqa: F821
    icon = defines["icon"]  # noqa: F821

window_rect = ((200, 120), (600, 340))
default_view = "icon-view"
show_status_bar = False
show_toolbar = False
show_sidebar = False
icon_size = 128
text_size = 13
icon_locations = {appname: (150, 150), "Applications": (450, 150)}

"""Headshot Desktop: turn a selfie into a professional headshot with the image provider you choose."""

__version__ = "0.1.0"
APP_NAME = "Headshot Desktop"
APP_ID = "headshot-desktop"
DESKTOP_FILE_ID = "io.github.headshotdesktop.HeadshotDesktop"  # the .desktop file and AppStream id

"""Render resources/icons/headshot-desktop.svg into the icon files the installers need.

    python installers/render_icons.py OUT_DIR

writes OUT_DIR/hicolor/<n>x<n>/apps/<ICON_NAME>.png for every hicolor size, and
OUT_DIR/headshot-desktop.{png,ico,icns}. Qt renders the SVG (offscreen, so no display
is needed); Pillow packs the .ico and .icns from the rendered PNGs.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SVG = REPO / "resources" / "icons" / "headshot-desktop.svg"
ICON_NAME = "io.github.headshotdesktop.HeadshotDesktop"  # the desktop file id, as AppStream expects
HICOLOR_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)  # 256 is the largest an .ico holds
ICNS_SIZES = (16, 32, 64, 128, 256, 512, 1024)


def render(svg: Path, sizes: list[int]) -> dict[int, bytes]:
    """PNG bytes of ``svg`` at each square size."""
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    app = QGuiApplication.instance() or QGuiApplication([sys.argv[0]])
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise SystemExit(f"cannot read {svg}")
    out = {}
    for size in sizes:
        image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter)
        painter.end()
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        image.save(buffer, "PNG")
        out[size] = bytes(data)
    del app
    return out


def write_all(out_dir: Path, svg: Path = SVG) -> None:
    from io import BytesIO

    from PIL import Image

    pngs = render(svg, sorted(set(HICOLOR_SIZES) | set(ICO_SIZES) | set(ICNS_SIZES)))
    for size in HICOLOR_SIZES:
        target = out_dir / "hicolor" / f"{size}x{size}" / "apps" / f"{ICON_NAME}.png"
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(pngs[size])
    (out_dir / "headshot-desktop.png").write_bytes(pngs[512])
    images = {size: Image.open(BytesIO(data)) for size, data in pngs.items()}
    # Each size is its own rendering (sharper than Pillow scaling one image down).
    images[256].save(
        out_dir / "headshot-desktop.ico",
        sizes=[(s, s) for s in ICO_SIZES],
        append_images=[images[s] for s in ICO_SIZES if s != 256],
    )
    images[1024].save(
        out_dir / "headshot-desktop.icns",
        append_images=[images[s] for s in ICNS_SIZES if s != 1024],
    )


if __name__ == "__main__":
    if len(sys.argv) != 2:
        raise SystemExit(__doc__)
    target = Path(sys.argv[1])
    target.mkdir(parents=True, exist_ok=True)
    write_all(target)
    print(target)

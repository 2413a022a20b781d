#!/usr/bin/env bash
# Build dist/headshot-desktop_<version>_<arch>.deb from a fresh clone:
#   bash installers/linux/build-deb.sh
# Installs what it needs (system packages when run as root, the `package` extra into .venv),
# freezes the app with PyInstaller (dist/headshot-desktop/) and wraps it with dpkg-deb.
# HEADSHOT_SKIP_FREEZE=1 reuses an existing dist/headshot-desktop/. DEB_XZ_LEVEL (default 6,
# the smallest; 1 is 5x faster and ~13% bigger) sets the xz level.
set -euo pipefail
# shellcheck source=scripts/common.sh
source "$(dirname "$0")/../../scripts/common.sh"

ID=io.github.headshotdesktop.HeadshotDesktop
PKG=headshot-desktop
MAINTAINER=${DEB_MAINTAINER:-"Headshot Desktop developers <maintainers@headshotdesktop.invalid>"}
# PyInstaller reads ELF files with binutils (objdump, readelf, strip); the Qt hooks load the
# Qt libraries, which need the runtime packages.
# shellcheck disable=SC2086
ensure_packages $RUNTIME_PACKAGES binutils
ensure_venv "[package]"
cd "$REPO"

VERSION=$("$VENV/bin/python" -c 'import headshot_desktop; print(headshot_desktop.__version__)')
ARCH=$(dpkg --print-architecture)
APPDIR=dist/$PKG
STAGE=build/deb/root
DEB=dist/${PKG}_${VERSION}_${ARCH}.deb

if [ "${HEADSHOT_SKIP_FREEZE:-0}" != 1 ] || [ ! -x "$APPDIR/$PKG" ]; then
  log "Freezing the app with PyInstaller"
  "$VENV/bin/pyinstaller" --noconfirm --log-level WARN --distpath dist --workpath build/pyinstaller \
    installers/pyinstaller/headshot-desktop.spec
fi

log "Staging the package tree"
rm -rf build/deb
mkdir -p "$STAGE/opt" "$STAGE/usr/bin" "$STAGE/usr/share/applications" "$STAGE/usr/share/metainfo" \
  "$STAGE/usr/share/icons/hicolor/scalable/apps" "$STAGE/usr/share/doc/$PKG" "$STAGE/DEBIAN"
cp -a "$APPDIR" "$STAGE/opt/$PKG"
ln -s "/opt/$PKG/$PKG" "$STAGE/usr/bin/$PKG"
cp resources/linux/$ID.desktop "$STAGE/usr/share/applications/"
cp resources/linux/$ID.metainfo.xml "$STAGE/usr/share/metainfo/"
cp resources/icons/headshot-desktop.svg "$STAGE/usr/share/icons/hicolor/scalable/apps/$ID.svg"
QT_QPA_PLATFORM=offscreen "$VENV/bin/python" installers/render_icons.py build/deb/icons >/dev/null
cp -r build/deb/icons/hicolor "$STAGE/usr/share/icons/"  # the icon cache updates by dpkg trigger
sed "s/@YEAR@/$(date +%Y)/" installers/linux/copyright >"$STAGE/usr/share/doc/$PKG/copyright"
printf '%s (%s) unstable; urgency=medium\n\n  * Release %s.\n\n -- %s  %s\n' \
  "$PKG" "$VERSION" "$VERSION" "$MAINTAINER" "$(date -R)" | gzip -9n >"$STAGE/usr/share/doc/$PKG/changelog.gz"
chmod -R u=rwX,go=rX "$STAGE"
find "$STAGE/opt" -type f -name '*.so*' -exec chmod 644 {} +  # libraries need no execute bit

log "Working out Depends from the libraries the bundle links but does not carry"
DEPENDS=$("$VENV/bin/python" installers/linux/depends.py "$STAGE/opt/$PKG")
INSTALLED_SIZE=$(du -sk --apparent-size --exclude=DEBIAN "$STAGE" | cut -f1)
sed -e "s/@VERSION@/$VERSION/" -e "s/@ARCH@/$ARCH/" -e "s/@DEPENDS@/$DEPENDS/" \
  -e "s/@INSTALLED_SIZE@/$INSTALLED_SIZE/" -e "s/@MAINTAINER@/$MAINTAINER/" \
  installers/linux/control.in >"$STAGE/DEBIAN/control"

# Optional checks: run when the validators are installed (apt-get install desktop-file-utils appstream).
if command -v desktop-file-validate >/dev/null; then
  desktop-file-validate "$STAGE/usr/share/applications/$ID.desktop"
fi
if command -v appstreamcli >/dev/null; then
  appstreamcli validate --no-net --explain "$STAGE/usr/share/metainfo/$ID.metainfo.xml" >/dev/null
fi

log "Building $DEB"
rm -f "$DEB"
# --root-owner-group: every file belongs to root without fakeroot.
dpkg-deb --root-owner-group -Zxz -z"${DEB_XZ_LEVEL:-6}" --build "$STAGE" "$DEB" >/dev/null
echo "$REPO/$DEB"

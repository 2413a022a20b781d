# Shared by scripts/run.sh and scripts/test.sh: system packages and the virtual environment.
# shellcheck shell=bash

REPO=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
VENV=${HEADSHOT_VENV:-$REPO/.venv}

# What Qt's widgets and QtMultimedia need at run time on Debian/Ubuntu.
RUNTIME_PACKAGES="libegl1 libgl1 libxkbcommon0 libxkbcommon-x11-0 libfontconfig1 libdbus-1-3 libpulse0
  libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0 libxcb-render-util0 libxcb-shape0
  libxcb-xinerama0 libxcb-randr0 libxcb-xfixes0 libnss3"
# What the tests add: a virtual X server, a real keyring on a private D-Bus session, and fonts for the
# translated windows (Arabic and the other scripts: Noto; Chinese, Japanese, Korean: WenQuanYi).
TEST_PACKAGES="xvfb xauth gnome-keyring dbus fonts-noto-core fonts-wqy-microhei"

log() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }

# ensure_packages PKG...: installs the missing ones as root; otherwise prints the exact line.
ensure_packages() {
  local missing=() pkg
  for pkg in "$@"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
  done
  # A python3 that cannot make a venv (Debian without python3-venv) needs the package too.
  python3 -c 'import ensurepip, venv' 2>/dev/null || missing+=(python3-venv)
  [ ${#missing[@]} -eq 0 ] && return 0
  if ! command -v apt-get >/dev/null; then
    log "Not a Debian/Ubuntu system: install the equivalents of: ${missing[*]}"
    return 1
  fi
  if [ "$(id -u)" = 0 ]; then
    log "Installing system packages: ${missing[*]}"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  else
    log "Some system packages are missing. Run this, then run this script again:"
    echo "sudo apt-get update && sudo apt-get install -y ${missing[*]}"
    return 1
  fi
}

# ensure_venv EXTRAS: creates .venv if needed and installs the app (editable) with EXTRAS.
ensure_venv() {
  if [ ! -x "$VENV/bin/python" ]; then
    log "Creating the virtual environment in $VENV"
    python3 -m venv "$VENV"
  fi
  log "Installing Headshot Desktop and its Python dependencies"
  "$VENV/bin/python" -m pip install -q --disable-pip-version-check --upgrade pip
  "$VENV/bin/python" -m pip install -q --disable-pip-version-check -e "$REPO$1"
}

# build_translations: the .qm files the window loads, compiled from the .ts sources in the repo.
build_translations() {
  log "Building the translations"
  bash "$REPO/scripts/build_translations.sh"
}

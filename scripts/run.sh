#!/usr/bin/env bash
# Install what Headshot Desktop needs (system packages when run as root) and launch it.
set -euo pipefail
source "$(dirname "$0")/common.sh"
# shellcheck disable=SC2086
ensure_packages $RUNTIME_PACKAGES
ensure_venv ""
build_translations
exec "$VENV/bin/headshot-desktop" "$@"

#!/usr/bin/env bash
# Install everything the tests need and run the whole suite:
# GUI tests offscreen, start-up and screenshots on Xvfb, the secret store against a real
# GNOME Keyring on a private D-Bus session. Extra arguments go to pytest.
set -euo pipefail
source "$(dirname "$0")/common.sh"
# shellcheck disable=SC2086
ensure_packages $RUNTIME_PACKAGES $TEST_PACKAGES
ensure_venv "[dev]"
build_translations

# A throwaway HOME and runtime dir: the keyring daemon and the app write only there.
TEST_HOME=$(mktemp -d)
RUNTIME_DIR=$(mktemp -d)
chmod 700 "$RUNTIME_DIR"
trap 'rm -rf "$TEST_HOME" "$RUNTIME_DIR"' EXIT

export HOME=$TEST_HOME XDG_RUNTIME_DIR=$RUNTIME_DIR
export QT_QPA_PLATFORM=offscreen
# Missing Xvfb or keyring must fail the run, not skip tests quietly.
export HEADSHOT_REQUIRE_KEYRING=1 HEADSHOT_REQUIRE_XVFB=1
# As root (CI) the fault tests mount small and read-only file systems: they must not skip there.
if [ "$(id -u)" = 0 ]; then export HEADSHOT_REQUIRE_MOUNTS=1; fi
# As root the suite also builds the .deb, installs it, launches it and removes it.
if [ "$(id -u)" = 0 ]; then export HEADSHOT_TEST_INSTALLER=1; fi
export PYTHONDONTWRITEBYTECODE=1
unset DISPLAY WAYLAND_DISPLAY OPENAI_API_KEY OPENAI_BASE_URL GOOGLE_API_KEY GEMINI_API_KEY GOOGLE_GEMINI_BASE_URL GOOGLE_GENAI_API_VERSION HEADSHOT_DESKTOP_PROVIDER HEADSHOT_DESKTOP_DEVELOPER

cd "$REPO"
log "Checking lint, format, types and import layers"
"$VENV/bin/ruff" check src tests benchmarks scripts installers
"$VENV/bin/ruff" format --check src tests benchmarks scripts installers
"$VENV/bin/mypy"
# import-linter prints a long report; show it only when a contract is broken.
layers_report=$(mktemp)
"$VENV/bin/lint-imports" --no-cache >"$layers_report" 2>&1 || { cat "$layers_report"; rm -f "$layers_report"; exit 1; }
grep -E "^Contracts:" "$layers_report" || true
rm -f "$layers_report"

log "Running the test suite"
# The keyring starts unlocked with a throwaway password, as a desktop login would leave it.
exec dbus-run-session -- bash -c '
  printf "test-login-password" | gnome-keyring-daemon --unlock --components=secrets >/dev/null
  exec "$0/bin/python" -m pytest "${@}"
' "$VENV" -p no:cacheprovider "$@"

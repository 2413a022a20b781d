#!/usr/bin/env bash
# Compile translations/*.ts into the .qm files the app loads (built, never committed).
set -euo pipefail
REPO=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
VENV=${HEADSHOT_VENV:-$REPO/.venv}
for ts in "$REPO"/src/headshot_desktop/translations/*.ts; do
  "$VENV/bin/pyside6-lrelease" -silent -removeidentical "$ts" -qm "${ts%.ts}.qm"
done

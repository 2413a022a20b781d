#!/usr/bin/env bash
# Bring every translations/*.ts up to date with the words in the code (PySide6's own lupdate):
# new words arrive unfinished for a translator, words no longer in the code are dropped.
# Reads the window (ui/) and the texts below it marked with N_ (translatable.py); the command line stays English.
# Add a language: LANGS+=(xx) here and in ui/languages.py, then run this and translate translations/headshot_desktop_xx.ts.
set -euo pipefail
REPO=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
VENV=${HEADSHOT_VENV:-$REPO/.venv}
PACKAGE=src/headshot_desktop
LANGS=(zh_CN es de fr pt_BR ja ko ar)
cd "$REPO"
# The tests write elsewhere to see whether the committed files are up to date.
OUT=${HEADSHOT_TRANSLATIONS_OUT:-$PACKAGE/translations}
if [ "$OUT" != "$PACKAGE/translations" ]; then cp "$PACKAGE"/translations/*.ts "$OUT"/; fi
mapfile -t SOURCES < <(find "$PACKAGE" -name '*.py' -not -path "*/commands/*" -not -name cli.py | sort)
lupdate() {
  "$VENV/bin/pyside6-lupdate" -silent -no-obsolete -locations none -source-language en \
    -tr-function-alias QT_TRANSLATE_NOOP+=N_ "$@"
}
for lang in "${LANGS[@]}"; do
  lupdate "${SOURCES[@]}" -target-language "$lang" -ts "$OUT/headshot_desktop_$lang.ts"
done
# English needs only the plural forms ("1 photo" / "2 photos").
lupdate -pluralonly "${SOURCES[@]}" -target-language en -ts "$OUT/headshot_desktop_en.ts"

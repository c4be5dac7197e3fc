#!/usr/bin/env bash
# macOS: build "Tiny Specialists.app" with PyInstaller (the spec adds the microphone usage
# description) and wrap it in a .dmg with a link to /Applications.
#   packaging/macos/build_dmg.sh   (on macOS, after `pip install -e .[package]` in .venv)
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$ROOT"
VENV="${VENV:-$ROOT/.venv}"
VERSION="$("$VENV/bin/python" -c 'import app; print(app.__version__)')"
"$VENV/bin/pyinstaller" --noconfirm --log-level WARN --distpath build/dist \
  --workpath build/work packaging/tinyspec.spec
APP="build/dist/Tiny Specialists.app"
test -d "$APP"
/usr/libexec/PlistBuddy -c "Print :NSMicrophoneUsageDescription" "$APP/Contents/Info.plist"
if [ "${TINYSPEC_DMG_MODELS:-1}" = 1 ]; then
  STORE="$("$VENV/bin/python" -c 'from models.store import ModelStore; print(ModelStore().root)')"
  MODELS="$APP/Contents/MacOS/models"
  mkdir -p "$MODELS"
  for id in $("$VENV/bin/python" -c 'from models.catalog import default_ids; print(" ".join(default_ids()))'); do
    cp -R "$STORE/$id" "$MODELS/$id"
  done
fi
STAGE="build/dmg"
rm -rf "$STAGE"
mkdir -p "$STAGE"
cp -R "$APP" "$STAGE/"
ln -s /Applications "$STAGE/Applications"
DMG="build/tiny-specialists-$VERSION-macos-$(uname -m).dmg"
hdiutil create -volname "Tiny Specialists" -srcfolder "$STAGE" -ov -format UDZO "$DMG"
echo "$DMG"

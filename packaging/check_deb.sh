#!/usr/bin/env bash
# Check a built .deb without installing it: unpack it into a temporary root, then run the
# bundled tinyspec from there: --version, a dictation, and the window (offscreen); report sizes
# and the time from launch to a visible window.
set -euo pipefail
DEB="${1:-$(ls build/tiny-specialists_*.deb | tail -1)}"
ROOT="$(mktemp -d)"
trap 'rm -rf "$ROOT"' EXIT
dpkg-deb -x "$DEB" "$ROOT"
BIN="$ROOT/opt/tiny-specialists/tinyspec"
MODELS_KB=$(du -sk "$ROOT/opt/tiny-specialists/models" 2>/dev/null | cut -f1 || echo 0)
ALL_KB=$(du -sk "$ROOT/opt/tiny-specialists" | cut -f1)
echo "package: $(du -h "$DEB" | cut -f1)   installed: $((ALL_KB / 1024)) MB, of which models $((${MODELS_KB:-0} / 1024)) MB (bundle without models: $(((ALL_KB - ${MODELS_KB:-0}) / 1024)) MB)"
export TINYSPEC_MODELS_DIR="$ROOT/user-store" TINYSPEC_DATA_DIR="$ROOT/user-data"
"$BIN" --version
out="$("$BIN" bash "git space status")"
[ "$out" = "git status" ] || { echo "dictation gave: $out" >&2; exit 1; }
echo "tinyspec bash \"git space status\" -> $out"
"$BIN" models list | grep -c " installed " | sed 's/^/default models installed offline on first start: /'
"$BIN" gate predict "git space status"
test -f "$ROOT/usr/share/applications/tiny-specialists.desktop"
test -f "$ROOT/usr/share/icons/hicolor/256x256/apps/tiny-specialists.png"
for i in 1 2 3; do QT_QPA_PLATFORM=offscreen "$BIN" gui --smoke-test; done
echo "ok"

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
echo "package: $(du -h "$DEB" | cut -f1)   installed: $(du -sh "$ROOT/opt/tiny-specialists" | cut -f1) (bundle without models)"
"$BIN" --version
out="$("$BIN" bash "git space status")"
[ "$out" = "git status" ] || { echo "dictation gave: $out" >&2; exit 1; }
echo "tinyspec bash \"git space status\" -> $out"
test -f "$ROOT/usr/share/applications/tiny-specialists.desktop"
test -f "$ROOT/usr/share/icons/hicolor/256x256/apps/tiny-specialists.png"
for i in 1 2 3; do QT_QPA_PLATFORM=offscreen "$BIN" gui --smoke-test; done
echo "ok"

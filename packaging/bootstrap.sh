#!/usr/bin/env bash
# Set up everything the app and its tests need, from a fresh Debian/Ubuntu machine.
#   packaging/bootstrap.sh [run|test|fast]
# (fast: only what `make test-fast` needs: no llama.cpp build, no models)
# 1. system packages (apt-get when root; otherwise prints the exact command and stops)
# 2. the virtual environment in .venv
# 3. llama-cpp-python, built once (for the CPU, or CUDA/Vulkan when found) and cached outside git
# 4. the project and its Python dependencies (skipped when nothing changed)
# 5. the default models (and, for tests, the test voice)
# A second run rebuilds and re-downloads nothing.
set -euo pipefail

MODE="${1:-run}"
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
cd "$ROOT"
VENV="${TINYSPEC_VENV:-$ROOT/.venv}"
PYTHON="${PYTHON:-python3}"
LLAMA_VERSION="0.3.36"   # keep in step with pyproject.toml
CACHE="${TINYSPEC_WHEEL_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/tiny-specialists/wheels}"

say() { printf '\033[1m==>\033[0m %s\n' "$*" >&2; }

# -- 1. system packages -------------------------------------------------------------------
APT_PACKAGES=(python3-venv python3-dev build-essential cmake
  libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxkbcommon-x11-0 libegl1 libgl1
  libfontconfig1 libdbus-1-3 libpulse0 libportaudio2 libsndfile1)
[ "$MODE" = test ] && APT_PACKAGES+=(xvfb xauth)

if command -v dpkg-query >/dev/null 2>&1; then
  missing=()
  for p in "${APT_PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" \
      || missing+=("$p")
  done
  if [ "${#missing[@]}" -gt 0 ]; then
    if [ "$(id -u)" = 0 ]; then
      say "installing system packages: ${missing[*]}"
      apt-get update -qq
      DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
    else
      echo "Some system packages are missing. Run this, then try again:" >&2
      echo "  sudo apt-get install -y ${missing[*]}" >&2
      exit 1
    fi
  fi
else
  say "not a Debian/Ubuntu system: install the equivalents of ${APT_PACKAGES[*]} yourself"
fi

# -- 2. virtual environment ----------------------------------------------------------------
if ! "$PYTHON" -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null; then
  echo "Python 3.11 or newer is needed; set PYTHON=/path/to/python3.11" >&2
  exit 1
fi
if [ ! -x "$VENV/bin/python" ]; then
  say "creating the virtual environment in $VENV"
  "$PYTHON" -m venv "$VENV"
fi
PIP=("$VENV/bin/python" -m pip --disable-pip-version-check -q)

# -- fast tier: the project without llama-cpp-python, and no models ---------------------------
if [ "$MODE" = fast ]; then
  STAMP="$VENV/.tinyspec-fast"
  WANT="$(cat pyproject.toml "$0" | sha256sum | cut -c1-16)"
  if [ "$(cat "$STAMP" 2>/dev/null)" != "$WANT" ]; then
    say "installing Python packages (without llama-cpp-python)"
    mapfile -t DEPS < <("$VENV/bin/python" - <<'PY'
import tomllib
project = tomllib.load(open("pyproject.toml", "rb"))["project"]
for dep in project["dependencies"] + project["optional-dependencies"]["dev"]:
    if not dep.startswith("llama-cpp-python"):
        print(dep)
PY
)
    "${PIP[@]}" install "${DEPS[@]}"
    "${PIP[@]}" install --no-deps -e .
    echo "$WANT" > "$STAMP"
  fi
  say "ready (fast tier)"
  exit 0
fi

# -- 3. llama-cpp-python, built once ---------------------------------------------------------
# for the CPU, or for CUDA/Vulkan when their toolkit is here (TINYSPEC_LLAMA_BACKEND chooses;
# packaging/llama_backend.py); each backend's wheel is cached apart (the CPU one at the top).
IFS=$'\t' read -r LLAMA_BACKEND LLAMA_CMAKE LLAMA_WHY < <("$PYTHON" packaging/llama_backend.py)
WHEELS="$CACHE"
[ "$LLAMA_BACKEND" != cpu ] && WHEELS="$CACHE/$LLAMA_BACKEND"
mkdir -p "$WHEELS"
LLAMA_WHEEL="$(ls "$WHEELS"/llama_cpp_python-"$LLAMA_VERSION"-*.whl 2>/dev/null | head -1 || true)"
if [ -z "$LLAMA_WHEEL" ]; then
  say "building llama-cpp-python $LLAMA_VERSION for $LLAMA_BACKEND ($LLAMA_WHY; once, about 8 minutes on 2 cores)"
  CMAKE_ARGS="$LLAMA_CMAKE" "${PIP[@]}" wheel --no-deps -w "$WHEELS" \
    "llama-cpp-python==$LLAMA_VERSION"
  LLAMA_WHEEL="$(ls "$WHEELS"/llama_cpp_python-"$LLAMA_VERSION"-*.whl | head -1)"
fi

# -- 4. Python packages --------------------------------------------------------------------
STAMP="$VENV/.tinyspec-deps"
WANT="$(cat pyproject.toml "$0" | sha256sum | cut -c1-16) $LLAMA_BACKEND/$(basename "$LLAMA_WHEEL") $MODE"
if [ "$(cat "$STAMP" 2>/dev/null)" != "$WANT" ]; then
  say "installing Python packages"
  "${PIP[@]}" install --force-reinstall --no-deps "$LLAMA_WHEEL"
  EXTRAS="dev,qnn"
  [ "$MODE" = test ] && EXTRAS="dev,qnn,train"  # training tests need torch; the app does not
  "${PIP[@]}" install --find-links "$CACHE" -e ".[$EXTRAS]"
  echo "$WANT" > "$STAMP"
fi

# -- 5. models -----------------------------------------------------------------------------
"$VENV/bin/tinyspec" models fetch --default >/dev/null
[ "$MODE" = test ] && "$VENV/bin/tinyspec" models fetch piper-joe-medium minilm-l6-float >/dev/null
say "ready"

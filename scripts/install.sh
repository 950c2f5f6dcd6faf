#!/usr/bin/env bash
# Installs what a fresh Debian 12 machine lacks (as root, or with sudo), then
# builds and installs saywho into the current Python with the extras named in
# $1 (e.g. "test"). Safe to run again.
set -euo pipefail
cd "$(dirname "$0")/.."
extras="${1:-}"

SUDO=""
if [ "$(id -u)" != 0 ]; then SUDO="sudo"; fi
need=""
for pkg in g++ cmake ninja-build pkg-config libicu-dev libabsl-dev libgtest-dev; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "ok installed" || need="$need $pkg"
done
if [ -n "$need" ]; then
  echo "saywho: installing Debian packages:$need"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq $need >/dev/null
fi

PY="${PYTHON:-python3}"
target="."
if [ -n "$extras" ]; then target=".[$extras]"; fi
"$PY" -m pip install -q --upgrade pip >/dev/null 2>&1 || true
"$PY" -m pip install -q "$target"

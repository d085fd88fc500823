#!/usr/bin/env bash
# Makes sure ffmpeg (with its synthetic lavfi sources, for scripts/make-fixtures.sh and the loudness test) and
# espeak-ng (scratch voices) are installed. Debian/Ubuntu: installs the distribution's packages when missing.
# Rendering itself needs neither: Remotion ships its own ffmpeg, and a missing espeak-ng only silences scratch voices.
set -euo pipefail
# shellcheck source=lib/apt-install.sh
source "$(dirname "$0")/lib/apt-install.sh"

missing=()
command -v ffmpeg >/dev/null 2>&1 || missing+=(ffmpeg)
command -v espeak-ng >/dev/null 2>&1 || missing+=(espeak-ng)
if [ ${#missing[@]} -eq 0 ]; then
  echo "media tools: $(command -v ffmpeg), $(command -v espeak-ng)"
  exit 0
fi

if ! command -v apt-get >/dev/null 2>&1; then
  echo "Missing: ${missing[*]}, and apt-get is not available. Install them with your package manager (macOS: brew install ${missing[*]})." >&2
  exit 0
fi

echo "Installing Debian's ${missing[*]} package(s) (apt-get)…"
apt_install "${missing[@]}"
echo "media tools: $(command -v ffmpeg), $(command -v espeak-ng)"

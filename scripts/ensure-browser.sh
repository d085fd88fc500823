#!/usr/bin/env bash
# Makes sure a Chrome or Chromium that Remotion can drive is installed. Debian/Ubuntu: installs the
# distribution's chromium package when no browser is found (Remotion's own Chrome download is not
# possible on machines without internet access).
set -euo pipefail
# shellcheck source=lib/apt-install.sh
source "$(dirname "$0")/lib/apt-install.sh"

for candidate in "${CLIFFHANGER_BROWSER:-}" /usr/bin/chromium /usr/bin/chromium-browser /usr/bin/google-chrome-stable /usr/bin/google-chrome; do
  if [ -n "$candidate" ] && [ -x "$candidate" ]; then
    echo "browser: $candidate"
    exit 0
  fi
done

if ! command -v apt-get >/dev/null 2>&1; then
  echo "No Chrome/Chromium found and apt-get is not available." >&2
  echo "Install Chrome or Chromium, or set CLIFFHANGER_BROWSER=/path/to/chrome; Remotion can also download its own on machines with internet access." >&2
  exit 0
fi

echo "No browser found: installing Debian's chromium package (apt-get)…"
apt_install chromium
echo "browser: $(command -v chromium)"

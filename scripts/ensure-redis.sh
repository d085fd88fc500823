#!/usr/bin/env bash
# Makes sure redis-server is installed: `cliffhanger worker` and `cliffhanger batch --queue` need a Redis, and the
# queue tests start their own (test/redis-server.ts, on 127.0.0.1 and a free port). Debian/Ubuntu: installs the
# distribution's redis-server package when missing. Rendering on one machine (no --queue) does not need it.
set -euo pipefail
# shellcheck source=lib/apt-install.sh
source "$(dirname "$0")/lib/apt-install.sh"

if command -v redis-server >/dev/null 2>&1; then
  echo "redis: $(command -v redis-server)"
  exit 0
fi

if ! command -v apt-get >/dev/null 2>&1; then
  echo "redis-server is missing and apt-get is not available. Install Redis with your package manager (macOS: brew install redis)." >&2
  exit 0
fi

echo "Installing Debian's redis-server package (apt-get)…"
apt_install redis-server
# The package starts a system-wide service; the tests start their own server, so it is not needed (and may not run in containers).
echo "redis: $(command -v redis-server)"

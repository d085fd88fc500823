#!/usr/bin/env bash
# Quick start, step 1: installs everything the project needs and renders the demo episode.
set -euo pipefail
cd "$(dirname "$0")/.."

node_major=$(node -p 'process.versions.node.split(".")[0]' 2>/dev/null || echo 0)
if [ "$node_major" -lt 20 ]; then
  echo "Cliffhanger needs Node.js 20 or newer (found: $(node --version 2>/dev/null || echo none))." >&2
  exit 1
fi

bash scripts/ensure-browser.sh
bash scripts/ensure-media-tools.sh
bash scripts/ensure-redis.sh
npm ci --no-audit --no-fund
node bin/cliffhanger.js validate the-stolen-design
node bin/cliffhanger.js render the-stolen-design-e01 --out out/the-stolen-design-e01.mp4
echo
echo "Done. Watch out/the-stolen-design-e01.mp4, run the tests with 'npm test', open the Studio with 'npm run studio'."

#!/usr/bin/env bash
# Makes the README's hero image, docs/images/demo-frames.png: a contact strip of four frames of the demo episode
# the-stolen-design-e01, in story order: the hook over the projector footage, a dialogue beat with burned-in
# captions, Jun's chat insert and the cliffhanger card. Each frame is rendered with `cliffhanger still`, scaled to
# 400x711 and the four are stacked side by side (1600 px wide).
#
#   bash scripts/make-readme-images.sh        (needs the demo's media: bash scripts/make-fixtures.sh demo; ~3 min)
#
# The frames are picked by beat (see `npx cliffhanger shots the-stolen-design-e01`); move them if the episode's
# timing changes.
set -euo pipefail
cd "$(dirname "$0")/.."

EPISODE=the-stolen-design-e01
# frame  beat
FRAMES=(
  40   # the-slide (hook): "That's MY design." over the projector clip, the EP 1 badge
  150  # victor-presents (dialogue): Victor's line captioned
  820  # jun-texts (insert): the chat with Jun, all four messages in
  1445 # stay-quiet (cliffhanger): the "To be continued" card
)
OUT=docs/images/demo-frames.png

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
inputs=()
for frame in "${FRAMES[@]}"; do
  echo "readme: $EPISODE frame $frame…"
  npx cliffhanger still "$EPISODE" --frame "$frame" --out "$tmp/f$frame.png" >/dev/null
  inputs+=(-i "$tmp/f$frame.png")
done

filter=""
for i in "${!FRAMES[@]}"; do filter+="[$i:v]scale=400:711:flags=lanczos,setsar=1[s$i];"; done
for i in "${!FRAMES[@]}"; do filter+="[s$i]"; done
filter+="hstack=inputs=${#FRAMES[@]}"

mkdir -p "$(dirname "$OUT")"
# Written beside the target and renamed into place, so the README never shows half a file.
ffmpeg -hide_banner -loglevel error -nostdin -y "${inputs[@]}" -filter_complex "$filter" -frames:v 1 -f image2 -c:v png "$OUT.partial.$$"
mv -f "$OUT.partial.$$" "$OUT"
echo "readme: $OUT"

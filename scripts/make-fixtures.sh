#!/usr/bin/env bash
# Generates every media file the tests and the demo series use, from ffmpeg's synthetic sources (lavfi) and
# espeak-ng: nothing is downloaded. Needs Debian's ffmpeg and espeak-ng (scripts/ensure-media-tools.sh).
#
#   bash scripts/make-fixtures.sh test <dir>   small clips, stills, sounds and broken files for the tests (~10 s)
#   bash scripts/make-fixtures.sh demo         the demo's footage, still, music bed and recorded line, written
#                                              into public/the-stolen-design/ (committed; ~2 min; rerun after
#                                              changing the looks below, then check `cliffhanger validate`)
set -euo pipefail
cd "$(dirname "$0")/.."

FF=(ffmpeg -hide_banner -loglevel error -nostdin -y)
# Bit-exact muxing and no metadata, so a rerun produces the same files.
EXACT=(-map_metadata -1 -fflags +bitexact -flags:v +bitexact -flags:a +bitexact)

# ---------------------------------------------------------------------------------------------- test fixtures
make_test() {
  local dir="$1"
  mkdir -p "$dir"
  # A 16:9 clip: navy with an orange square centred at 30 % across, 40 % down (the focal point the tests use), and a tone.
  "${FF[@]}" -f lavfi -i "color=c=0x203060:size=640x360:rate=30:duration=3" -f lavfi -i "sine=frequency=330:duration=3:sample_rate=48000" \
    -vf "drawbox=x=162:y=114:w=60:h=60:color=0xf0b43c:t=fill" -c:v libx264 -pix_fmt yuv420p -threads 1 -c:a aac -b:a 96k -shortest "${EXACT[@]}" "$dir/clip-16x9.mp4"
  # A vertical clip without sound.
  "${FF[@]}" -f lavfi -i "testsrc2=size=360x640:rate=30:duration=2" -c:v libx264 -pix_fmt yuv420p -threads 1 -an "${EXACT[@]}" "$dir/clip-vertical.mp4"
  # A clip Chromium cannot decode.
  "${FF[@]}" -f lavfi -i "testsrc2=size=320x180:rate=24:duration=1" -c:v prores_ks -an "${EXACT[@]}" "$dir/prores.mov"
  # Stills in every format a beat takes.
  "${FF[@]}" -f lavfi -i "color=c=0x406080:size=1600x1200" -frames:v 1 "$dir/still.png"
  "${FF[@]}" -f lavfi -i "color=c=0x406080:size=1200x1600" -frames:v 1 -q:v 4 "$dir/still.jpg"
  "${FF[@]}" -f lavfi -i "color=c=0x406080:size=640x480" -frames:v 1 -c:v libwebp "$dir/still.webp"
  # Sounds: a 1.2 s "recording", a 4 s music bed (two formats), a sound-only MP4 and a picture-only M4A.
  "${FF[@]}" -f lavfi -i "sine=frequency=220:duration=1.2:sample_rate=48000" -c:a pcm_s16le "${EXACT[@]}" "$dir/voice.wav"
  "${FF[@]}" -f lavfi -i "sine=frequency=110:duration=4:sample_rate=48000" -c:a libmp3lame -b:a 64k "${EXACT[@]}" "$dir/music.mp3"
  "${FF[@]}" -f lavfi -i "sine=frequency=110:duration=4:sample_rate=48000" -c:a libopus -b:a 48k "${EXACT[@]}" "$dir/music.ogg"
  "${FF[@]}" -f lavfi -i "sine=frequency=440:duration=2:sample_rate=48000" -c:a aac -f mp4 "${EXACT[@]}" "$dir/sound-only.mp4"
  "${FF[@]}" -f lavfi -i "color=c=black:size=64x64:rate=30:duration=1" -c:v libx264 -pix_fmt yuv420p -f mp4 "${EXACT[@]}" "$dir/picture-only.m4a"
  # Broken files: a clip cut short, and text with a video's name.
  head -c 2000 "$dir/clip-16x9.mp4" >"$dir/truncated.mp4"
  echo "not a video" >"$dir/not-a-video.mp4"
  echo "fixtures: $dir"
}

# ---------------------------------------------------------------------------------------------- demo series
# "The projector": a dark conference room, a projector beam, a silhouette in front of a slide with Maya's Lumen
# logo. Drawn once as a still (geq, per pixel), then animated cheaply: drifting haze, grain, a slow camera drift.
PROJECTOR_SCENE='st(0,atan2(Y-0.16*H,X+0.12*W));
st(1,exp(-pow((ld(0)-0.20)/0.075,4))*(0.55-0.22*hypot(X+0.12*W,Y-0.16*H)/W));
st(2,between(X,0.50*W,0.90*W)*between(Y,0.14*H,0.64*H));
st(3,hypot(X-0.70*W,Y-0.36*H)/W);
st(8,ld(2)*(0.42*exp(-pow((ld(3)-0.075)/0.010,2))+0.3*lt(ld(3),0.028)));
st(4,ld(2)*(0.22+0.1*(1-Y/H)+0.16*between(Y,0.50*H,0.515*H)*between(X,0.61*W,0.79*W)+0.1*between(Y,0.55*H,0.562*H)*between(X,0.65*W,0.75*W)));
st(5,min(min(hypot((X-0.60*W)/(0.040*W),(Y-0.555*H)/(0.09*H)),hypot((X-0.60*W)/(0.21*W),(Y-1.08*H)/(0.32*H))),if(between(X,0.587*W,0.613*W)*between(Y,0.62*H,0.80*H),0,2)));
st(6,0.02+0.07*exp(-pow((X-0.62*W)/(0.30*W),2))*pow(Y/H,1.5)*(1-ld(2))+ld(4)*(0.8+0.25*ld(1))+ld(1));
st(7,lt(ld(5),1.09)*gt(ld(5),0.97)*lt(X,0.592*W)*lt(Y,0.63*H));
st(9,gte(ld(5),1));'
# Each channel mixes the lit room (ld 6), the warm logo (ld 8), the dark silhouette and its rim light (ld 7).
projector_channel() { echo "${PROJECTOR_SCENE//$'\n'/}255*min(1,ld(9)*(ld(6)*$1+ld(8)*$2)+lt(ld(5),1)*$3+0.55*ld(7)*(0.35+ld(1))*$4)"; }
PROJECTOR_HAZE='255*exp(-pow((atan2(Y-0.16*H,X+0.12*W)-0.20-0.01*sin(2*PI*T/5))/0.085,4))*(0.5+0.5*sin(X/9+T*0.7)*sin(Y/7-T*0.45)*sin((X+Y)/13+T*0.3))*(0.9+0.1*sin(2*PI*T*1.3))'

# One layer of bokeh: a soft disc in some cells of an S-pixel grid, placed and sized by a hash of the cell.
bokeh() {
  local s="$1" seed="$2" threshold="$3"
  echo "st(0,floor(X/$s));st(1,floor(Y/$s));st(2,sin(ld(0)*12.9898+ld(1)*78.233+$seed)*43758.5453);st(2,ld(2)-floor(ld(2)));st(3,sin(ld(0)*39.3468+ld(1)*11.135+$seed)*24634.6345);st(3,ld(3)-floor(ld(3)));st(4,hypot(X-(ld(0)+0.35+0.3*ld(2))*$s,Y-(ld(1)+0.35+0.3*ld(3))*$s));st(5,$s*(0.12+0.17*ld(3)));st(6,ld(2)*7.31+ld(3)*3.17);st(6,ld(6)-floor(ld(6)));255*gt(ld(6),$threshold)*clip((ld(5)-ld(4))/2.5,0,1)*(0.55+0.45*exp(-pow((ld(4)-0.9*ld(5))/(0.09*ld(5)),2)))*(0.2+0.8*pow(ld(6),2))*(0.3+0.7*Y/H)"
}
GLOW='exp(-pow(hypot(X-0.62*W,Y-0.58*H)/(0.42*W),2))'

# The music bed: a low drone, a minor pad that swells, a heartbeat pulse at 75 bpm and a tick; every frequency is a
# multiple of 1/40 Hz, so the 40-second loop has no seam (the echo tail is taken from a second pass of the loop).
MUSIC_LEFT='0.20*sin(2*PI*55*t)*(0.8+0.2*sin(2*PI*0.1*t))+0.10*sin(2*PI*82.4*t)+0.035*(sin(2*PI*220*t)+sin(2*PI*261.6*t)+0.8*sin(2*PI*329.6*t))*(0.55+0.45*sin(2*PI*t/8))+0.5*sin(2*PI*(42+38*exp(-mod(t,0.8)*30))*mod(t,0.8))*exp(-mod(t,0.8)*9)+0.3*sin(2*PI*(40+30*exp(-mod(t-0.22,0.8)*30))*mod(t-0.22,0.8))*exp(-mod(t-0.22,0.8)*11)*gte(t,0.22)+0.02*sin(2*PI*2500*mod(t-0.4,1.6))*exp(-mod(t-0.4,1.6)*60)*gte(t,0.4)'
MUSIC_RIGHT="${MUSIC_LEFT/261.6/262.4}"
MUSIC_RIGHT="${MUSIC_RIGHT/329.6/330.4}"

make_demo() {
  local out=public/the-stolen-design tmp
  tmp=$(mktemp -d)
  trap 'rm -rf "$tmp"' RETURN
  mkdir -p "$out/footage" "$out/e01" "$out/e02"

  echo "demo: projector clip (16:9, graded)…"
  "${FF[@]}" -f lavfi -i "nullsrc=size=1280x720:rate=1:duration=1" \
    -vf "format=gbrp,geq=r='$(projector_channel 0.72 1.0 0.010 1.0)':g='$(projector_channel 0.90 0.62 0.012 0.95)':b='$(projector_channel 1.05 0.22 0.018 1.0)',gblur=sigma=0.8" \
    -frames:v 1 "$tmp/room.png"
  "${FF[@]}" -loop 1 -framerate 30 -t 6 -i "$tmp/room.png" -f lavfi -i "nullsrc=size=320x180:rate=30:duration=6" -filter_complex \
    "[1:v]format=gray,geq=lum='$PROJECTOR_HAZE',scale=1280x720:flags=bicubic,gblur=sigma=6,format=gbrp,lutrgb=r='val*0.70':g='val*0.90':b='min(255,val*1.05)'[haze];[0:v]format=gbrp[room];[room][haze]blend=all_mode=screen:all_opacity=0.35,noise=alls=5:allf=t,vignette=PI/5,crop=w=1200:h=675:x='40-40*t/6':y='22-22*t/6',scale=1280:720,format=yuv420p" \
    -c:v libx264 -crf 24 -preset slow -threads 1 -an "${EXACT[@]}" "$out/footage/projector.mp4"

  echo "demo: applause bokeh (vertical still)…"
  "${FF[@]}" -f lavfi -i "nullsrc=size=1080x1920:rate=1" -f lavfi -i "nullsrc=size=1080x1920:rate=1" -f lavfi -i "nullsrc=size=1080x1920:rate=1" -f lavfi -i "nullsrc=size=1080x1920:rate=1" -filter_complex \
    "[0:v]format=gray,geq=lum='$(bokeh 300 1.7 0.5)',gblur=sigma=9,format=gbrp,lutrgb=r='val':g='val*0.62':b='val*0.30'[warm];[1:v]format=gray,geq=lum='$(bokeh 170 4.2 0.55)',gblur=sigma=4,format=gbrp,lutrgb=r='val*0.30':g='val*0.72':b='val*0.85'[cool];[3:v]format=gray,geq=lum='$(bokeh 110 9.1 0.8)',gblur=sigma=2,format=gbrp,lutrgb=r='val':g='val*0.95':b='val*0.85'[spark];[2:v]format=gbrp,geq=r='8+20*pow(Y/H,2)+70*$GLOW':g='7+9*pow(Y/H,2)+34*$GLOW':b='16+10*(1-Y/H)+14*$GLOW'[bg];[bg][cool]blend=all_mode=screen[a];[a][warm]blend=all_mode=screen[b];[b][spark]blend=all_mode=screen,noise=alls=4:allf=u,vignette=PI/4.2" \
    -frames:v 1 -q:v 3 "$out/e01/maya-shock.jpg"

  echo "demo: music bed (40 s loop)…"
  "${FF[@]}" -f lavfi -i "aevalsrc=exprs='$MUSIC_LEFT|$MUSIC_RIGHT':s=48000:d=80" \
    -af "lowpass=f=2500,aecho=0.8:0.6:180|310:0.25|0.18,atrim=start=40:end=80,asetpts=N/SR/TB,loudnorm=I=-14:TP=-1.5:LRA=11" \
    -ar 48000 -c:a aac -b:a 64k "${EXACT[@]}" "$out/music.m4a"

  echo "demo: Maya's whispered line (a stand-in recording: espeak-ng whisper in a small room)…"
  echo "Where did you put them, Victor?" | espeak-ng -v en-us+whisper -p 62 -s 150 -w "$tmp/line.wav" --stdin
  "${FF[@]}" -i "$tmp/line.wav" -af "highpass=f=120,aecho=0.7:0.5:23|41:0.22|0.12,loudnorm=I=-20:TP=-3:LRA=11" -ar 48000 -c:a pcm_s16le "${EXACT[@]}" "$out/e02/where-are-they.line1.wav"
  echo "demo: written to $out"
}

case "${1:-}" in
  test) make_test "${2:?usage: make-fixtures.sh test <dir>}" ;;
  demo) make_demo ;;
  *) echo "usage: make-fixtures.sh test <dir> | demo" >&2; exit 1 ;;
esac

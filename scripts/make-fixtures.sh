#!/usr/bin/env bash
# Generates every media file the tests and the demo series use, from ffmpeg's synthetic sources (lavfi) and
# espeak-ng: nothing is downloaded. Needs Debian's ffmpeg and espeak-ng (scripts/ensure-media-tools.sh).
#
#   bash scripts/make-fixtures.sh test <dir>   small clips, stills, sounds and broken files for the tests (~10 s)
#   bash scripts/make-fixtures.sh demo         the demo's footage, still, music bed and recorded line, written
#                                              into public/the-stolen-design/ (committed; 2–4 min; rerun after
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
st(6,0.02+0.07*exp(-pow((X-0.62*W)/(0.30*W),2))*pow(Y/H,1.5)*(1-ld(2))+ld(4)*(0.8+0.25*ld(1))+ld(1));'
# Each channel mixes the lit room (ld 6) and the warm logo (ld 8); the figure is laid over it (see the silhouettes below).
projector_channel() { echo "${PROJECTOR_SCENE//$'\n'/}255*min(1,ld(6)*$1+ld(8)*$2)"; }
PROJECTOR_HAZE='255*exp(-pow((atan2(Y-0.16*H,X+0.12*W)-0.20-0.01*sin(2*PI*T/5))/0.085,4))*(0.5+0.5*sin(X/9+T*0.7)*sin(Y/7-T*0.45)*sin((X+Y)/13+T*0.3))*(0.9+0.1*sin(2*PI*T*1.3))'

# One layer of bokeh: a soft disc in some cells of an S-pixel grid, placed and sized by a hash of the cell.
bokeh() {
  local s="$1" seed="$2" threshold="$3"
  echo "st(0,floor(X/$s));st(1,floor(Y/$s));st(2,sin(ld(0)*12.9898+ld(1)*78.233+$seed)*43758.5453);st(2,ld(2)-floor(ld(2)));st(3,sin(ld(0)*39.3468+ld(1)*11.135+$seed)*24634.6345);st(3,ld(3)-floor(ld(3)));st(4,hypot(X-(ld(0)+0.35+0.3*ld(2))*$s,Y-(ld(1)+0.35+0.3*ld(3))*$s));st(5,$s*(0.12+0.17*ld(3)));st(6,ld(2)*7.31+ld(3)*3.17);st(6,ld(6)-floor(ld(6)));255*gt(ld(6),$threshold)*clip((ld(5)-ld(4))/2.5,0,1)*(0.55+0.45*exp(-pow((ld(4)-0.9*ld(5))/(0.09*ld(5)),2)))*(0.2+0.8*pow(ld(6),2))*(0.3+0.7*Y/H)"
}
GLOW='exp(-pow(hypot(X-0.62*W,Y-0.58*H)/(0.42*W),2))'
# ---------------------------------------------------------------------------------------------- silhouettes
# A person against the light, drawn as a signed distance (pixels, negative inside) from ellipses and rounded boxes
# joined by a smooth union, so that the jaw, the neck, the trapezius and the shoulders flow into each other as on a
# body. The mask is blurred three ways and packed into one picture (g: the soft edge of a subject slightly out of
# focus; b: a narrow blur for the rim light; r: a wide one for the light wrapping round the edge and the shadow), from
# which geq computes a multiplier that darkens the background and a rim light that follows the contour.
sdf_ellipse() { # x y a b [degrees]
  local x="$1" y="$2" a="$3" b="$4" deg="${5:-0}" m
  m=$(awk -v a="$a" -v b="$b" 'BEGIN { print (a < b ? a : b) }')
  if [ "$deg" = 0 ]; then
    echo "(hypot((X-$x)/$a,(Y-$y)/$b)-1)*$m"
  else
    local c s
    c=$(awk -v d="$deg" 'BEGIN { printf "%.5f", cos(d*3.14159265/180) }')
    s=$(awk -v d="$deg" 'BEGIN { printf "%.5f", sin(d*3.14159265/180) }')
    echo "(hypot(((X-$x)*$c+(Y-$y)*$s)/$a,((Y-$y)*$c-(X-$x)*$s)/$b)-1)*$m"
  fi
}
sdf_box() { # cx cy half-width half-height corner-radius
  echo "(st(3,abs(X-$1)-($3-$5));st(4,abs(Y-$2)-($4-$5));hypot(max(ld(3),0),max(ld(4),0))+min(max(ld(3),ld(4)),0)-$5)"
}
# A union of shapes: "k shape" pairs after the first shape; k is the blend radius in pixels (0: a plain union).
sdf_union() {
  local out="st(0,$1);" k
  shift
  while [ $# -gt 0 ]; do
    k="$1"; out+="st(1,$2);"
    if [ "$k" = 0 ]; then out+="st(0,min(ld(0),ld(1)));"; else out+="st(2,max($k-abs(ld(0)-ld(1)),0));st(0,min(ld(0),ld(1))-ld(2)*ld(2)/(4*$k));"; fi
    shift 2
  done
  echo "$out"
}

# Packs a mask (a geq expression) of WxH into the three blurs above.
silhouette_blurs() { echo "format=gray,geq=lum='$1',split=3[m1][m2][m3];[m1]gblur=sigma=$2[ms];[m2]gblur=sigma=$3[mb];[m3]gblur=sigma=$4[mw];[ms][mb][mw]mergeplanes=0x001020:gbrp,split=2[p1][p2]"; }

# Victor from behind at the slide (1920x1080), his head turned toward the logo: the back of his skull and his
# swept-back hair, an ear, his jaw and chin against the light, a jacket collar and suit shoulders. His face is at
# (1190, 480): the clip's slow drift carries it onto the hook's focal point (64 %, 45 %), between the hook text and
# the title badge.
VICTOR_MASK="$(sdf_union \
  "$(sdf_box 1178 1000 218 300 60)" \
  30 "$(sdf_ellipse 1178 770 214 122)" \
  80 "$(sdf_ellipse 1180 592 52 96)" \
  18 "$(sdf_ellipse 1178 652 66 24)" \
  0 "$(sdf_ellipse 1184 452 68 78)" \
  18 "$(sdf_ellipse 1172 438 70 64 -10)" \
  16 "$(sdf_ellipse 1206 516 56 50 -24)" \
  12 "$(sdf_ellipse 1238 546 22 17)" \
  8 "$(sdf_ellipse 1117 482 13 25 -6)")255*clip(0.5-ld(0),0,1)"
# The projector lights his left edge (brightest in the beam), the slide wraps light round him and takes his shadow.
PROJECTOR_BEAM='exp(-pow((atan2(Y-0.16*H,X+0.12*W)-0.20)/0.075,4))'
PROJECTOR_SLIDE='between(X,0.50*W,0.90*W)*between(Y,0.14*H,0.64*H)'
VICTOR_RIM="min(1.2,(g(X,Y)/255)*(pow(clip(1.9*(1-b(X-6,Y-3)/255),0,1),1.8)*(0.12+1.3*$PROJECTOR_BEAM)+0.4*$PROJECTOR_SLIDE*pow(clip(1.8*(1-r(X,Y)/255),0,1),1.5)))"
VICTOR_SHADE="(1-0.96*g(X,Y)/255)*(1-0.45*$PROJECTOR_SLIDE*r(X-110,Y-24)/255)"

# Maya, chest-up and facing us (1080x1920), turned a touch to her left: shoulder-length hair tucked behind her right
# ear and falling to her left shoulder, a shirt collar, sloped shoulders in a blazer. Her face is centred on
# (540, 770), near the default focal point (50 %, 40 %); the warm glow behind her rims her right-hand edges (as we
# see them) and fades down her body.
MAYA_MASK="$(sdf_union \
  "$(sdf_box 540 1760 292 460 60)" \
  30 "$(sdf_ellipse 540 1335 292 215)" \
  100 "$(sdf_ellipse 556 1034 50 150)" \
  22 "$(sdf_ellipse 546 1128 86 32)" \
  0 "$(sdf_ellipse 540 728 124 136)" \
  22 "$(sdf_ellipse 546 816 110 118 -4)" \
  18 "$(sdf_ellipse 550 916 40 22)" \
  8 "$(sdf_ellipse 416 794 17 35 -8)" \
  20 "$(sdf_ellipse 550 702 146 128)" \
  30 "$(sdf_ellipse 662 870 62 200 -8)" \
  36 "$(sdf_ellipse 676 1052 54 58 -15)")255*clip(0.5-ld(0),0,1)"
MAYA_RIM='min(1.2,(g(X,Y)/255)*(0.8*pow(clip(1.9*(1-b(X+5,Y+3)/255),0,1),1.8)+0.3*pow(clip(1.8*(1-r(X+12,Y+6)/255),0,1),1.5))*(0.6+0.4*clip((X-0.30*W)/(0.4*W),0,1))*(1-0.85*clip((Y-0.60*H)/(0.3*H),0,1)))'
MAYA_FILL='g(X,Y)/255*(1-b(X,Y)/255)'

# The music bed: a low drone, a minor pad that swells, a heartbeat pulse at 75 bpm and a tick; every frequency is a
# multiple of 1/40 Hz, so the 40-second loop has no seam (the echo tail is taken from a second pass of the loop).
MUSIC_LEFT='0.20*sin(2*PI*55*t)*(0.8+0.2*sin(2*PI*0.1*t))+0.10*sin(2*PI*82.4*t)+0.035*(sin(2*PI*220*t)+sin(2*PI*261.6*t)+0.8*sin(2*PI*329.6*t))*(0.55+0.45*sin(2*PI*t/8))+0.5*sin(2*PI*(42+38*exp(-mod(t,0.8)*30))*mod(t,0.8))*exp(-mod(t,0.8)*9)+0.3*sin(2*PI*(40+30*exp(-mod(t-0.22,0.8)*30))*mod(t-0.22,0.8))*exp(-mod(t-0.22,0.8)*11)*gte(t,0.22)+0.02*sin(2*PI*2500*mod(t-0.4,1.6))*exp(-mod(t-0.4,1.6)*60)*gte(t,0.4)'
MUSIC_RIGHT="${MUSIC_LEFT/261.6/262.4}"
MUSIC_RIGHT="${MUSIC_RIGHT/329.6/330.4}"

make_demo() {
  local out=public/the-stolen-design tmp stage file
  tmp=$(mktemp -d)
  stage="$tmp/stage"
  trap 'rm -rf "$tmp"' RETURN
  mkdir -p "$out/footage" "$out/e01" "$out/e02" "$stage/footage" "$stage/e01" "$stage/e02"

  # 1920x1080, as AI video tools deliver 16:9: cropped to 9:16 it is upscaled 1.8x, not the 2.7x of a 720p clip.
  echo "demo: projector clip (16:9 1080p, graded)…"
  "${FF[@]}" -f lavfi -i "nullsrc=size=1920x1080:rate=1:duration=1" -f lavfi -i "nullsrc=size=1920x1080:rate=1:duration=1" -filter_complex \
    "[0:v]format=gbrp,geq=r='$(projector_channel 0.72 1.0)':g='$(projector_channel 0.90 0.62)':b='$(projector_channel 1.05 0.22)'[room];[1:v]$(silhouette_blurs "$VICTOR_MASK" 2.6 6 22);[p1]geq=r='255*$VICTOR_SHADE':g='255*$VICTOR_SHADE':b='255*$VICTOR_SHADE'[shade];[p2]geq=r='150*$VICTOR_RIM':g='160*$VICTOR_RIM':b='175*$VICTOR_RIM'[rim];[room][shade]blend=all_mode=multiply[dark];[dark][rim]blend=all_mode=addition,gblur=sigma=1.2" \
    -frames:v 1 "$tmp/room.png"
  "${FF[@]}" -loop 1 -framerate 30 -t 6 -i "$tmp/room.png" -f lavfi -i "nullsrc=size=320x180:rate=30:duration=6" -filter_complex \
    "[1:v]format=gray,geq=lum='$PROJECTOR_HAZE',scale=1920x1080:flags=bicubic,gblur=sigma=9,format=gbrp,lutrgb=r='val*0.70':g='val*0.90':b='min(255,val*1.05)'[haze];[0:v]format=gbrp[room];[room][haze]blend=all_mode=screen:all_opacity=0.35,noise=alls=4:allf=t,vignette=PI/5,crop=w=1800:h=1012:x='60-60*t/6':y='34-34*t/6',scale=1920:1080,format=yuv420p" \
    -c:v libx264 -crf 18 -preset slow -x264-params aq-mode=3 -threads 1 -an "${EXACT[@]}" "$stage/footage/projector.mp4"

  echo "demo: Maya against the applause lights (vertical still)…"
  "${FF[@]}" -f lavfi -i "nullsrc=size=1080x1920:rate=1" -f lavfi -i "nullsrc=size=1080x1920:rate=1" -f lavfi -i "nullsrc=size=1080x1920:rate=1" -f lavfi -i "nullsrc=size=1080x1920:rate=1" -f lavfi -i "nullsrc=size=1080x1920:rate=1" -filter_complex \
    "[0:v]format=gray,geq=lum='$(bokeh 300 1.7 0.5)',gblur=sigma=9,format=gbrp,lutrgb=r='val':g='val*0.62':b='val*0.30'[warm];[1:v]format=gray,geq=lum='$(bokeh 170 4.2 0.55)',gblur=sigma=4,format=gbrp,lutrgb=r='val*0.30':g='val*0.72':b='val*0.85'[cool];[3:v]format=gray,geq=lum='$(bokeh 110 9.1 0.8)',gblur=sigma=2,format=gbrp,lutrgb=r='val':g='val*0.95':b='val*0.85'[spark];[2:v]format=gbrp,geq=r='8+20*pow(Y/H,2)+70*$GLOW':g='7+9*pow(Y/H,2)+34*$GLOW':b='16+10*(1-Y/H)+14*$GLOW'[bg];[bg][cool]blend=all_mode=screen[a];[a][warm]blend=all_mode=screen[b];[b][spark]blend=all_mode=screen[lights];[4:v]$(silhouette_blurs "$MAYA_MASK" 3.2 7 30);[p1]geq=r='255-242*g(X,Y)/255':g='255-244*g(X,Y)/255':b='255-240*g(X,Y)/255'[shade];[p2]geq=r='min(255,255*$MAYA_RIM+10*$MAYA_FILL)':g='170*$MAYA_RIM+5*$MAYA_FILL':b='95*$MAYA_RIM+3*$MAYA_FILL'[rim];[lights][shade]blend=all_mode=multiply[dark];[dark][rim]blend=all_mode=addition,noise=alls=4:allf=u,vignette=PI/4.2" \
    -frames:v 1 -q:v 3 "$stage/e01/maya-shock.jpg"

  echo "demo: music bed (40 s loop)…"
  "${FF[@]}" -f lavfi -i "aevalsrc=exprs='$MUSIC_LEFT|$MUSIC_RIGHT':s=48000:d=80" \
    -af "lowpass=f=2500,aecho=0.8:0.6:180|310:0.25|0.18,atrim=start=40:end=80,asetpts=N/SR/TB,loudnorm=I=-14:TP=-1.5:LRA=11" \
    -ar 48000 -c:a aac -b:a 64k "${EXACT[@]}" "$stage/music.m4a"

  echo "demo: Maya's whispered line (a stand-in recording: espeak-ng whisper in a small room)…"
  echo "Where did you put them, Victor?" | espeak-ng -v en-us+whisper -p 62 -s 150 -w "$tmp/line.wav" --stdin
  "${FF[@]}" -i "$tmp/line.wav" -af "highpass=f=120,aecho=0.7:0.5:23|41:0.22|0.12,loudnorm=I=-20:TP=-3:LRA=11" -ar 48000 -c:a pcm_s16le "${EXACT[@]}" "$stage/e02/where-are-they.line1.wav"
  # Into place one file at a time, each renamed from a sibling, so a render or a validate running meanwhile never reads half a file.
  for file in footage/projector.mp4 e01/maya-shock.jpg music.m4a e02/where-are-they.line1.wav; do
    cp "$stage/$file" "$out/$file.partial.$$"
    mv -f "$out/$file.partial.$$" "$out/$file"
  done
  echo "demo: written to $out"
}

case "${1:-}" in
  test) make_test "${2:?usage: make-fixtures.sh test <dir>}" ;;
  demo) make_demo ;;
  *) echo "usage: make-fixtures.sh test <dir> | demo" >&2; exit 1 ;;
esac

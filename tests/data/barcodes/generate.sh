#!/usr/bin/env bash
# Generates the blackbox barcode image set: OUTDIR/<kind>/<name>.png with <name>.txt holding the text the
# kiosk must read (empty for negative/). Every image is a 1280x720 camera-like frame with the code off-centre
# and one impairment: phone-screen glare, perspective, blur, low contrast, small modules, rotation, noise,
# dark mode. Byte-reproducible: same tools, same files (tests/data/barcodes/reproducible.sh checks it). So
# $RANDOM is read only in this shell, never in a $(...) subshell (bash reseeds it there from the clock and
# pid), every ImageMagick command that draws noise takes -seed before it, and PNGs carry no date chunks.
# usage: generate.sh OUTDIR MINT_RETURN_TOKEN [ROUNDS]  (ROUNDS 1..3, default 3: codes per kind and kind of
# frame; fewer rounds give the first files of the full set, byte for byte)
set -euo pipefail
out=$1
mint=$2
rounds=${3:-3}
if [[ ! $rounds =~ ^[1-3]$ ]]; then
  echo "generate.sh: ROUNDS must be 1, 2 or 3, not '$rounds'" >&2
  exit 2
fi
export LC_ALL=C
# No tIME chunk and no date:create/date:modify text: the files would differ with the clock.
nodate=(-define png:exclude-chunks=date,time)
rm -rf "$out"
mkdir -p "$out"/{return-qr,order-code128,receipt-itf,ean13,upca,gs1-datamatrix,negative}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
RANDOM=4242
demo_key=0707070707070707070707070707070707070707070707070707070707070707

# frame BASE OUT VARIANT BACKGROUND: places BASE (the bare code) into a 1280x720 frame with one impairment.
frame() {
  local base=$1 dst=$2 variant=$3 bg=$4 code="$tmp/code.png"
  convert "$base" -bordercolor white -border 12 "$code"
  case $variant in
    rotated) convert "$code" -background white -rotate $((RANDOM % 50 - 25)) "$code" ;;
    upside) convert "$code" -rotate 180 "$code" ;;
    perspective)
      local w h
      read -r w h < <(identify -format '%w %h\n' "$code")
      convert "$code" -virtual-pixel white -background white -distort Perspective \
        "0,0 $((w / 10)),$((h / 12))  $w,0 $((w - w / 20)),0  0,$h 0,$h  $w,$h $w,$((h - h / 8))" "$code" ;;
  esac
  local w h x y
  read -r w h < <(identify -format '%w %h\n' "$code")
  if ((w > 1200 || h > 680)); then
    convert "$code" -resize 1200x680 "$code"
    read -r w h < <(identify -format '%w %h\n' "$code")
  fi
  x=$((RANDOM % (1280 - w))) y=$((RANDOM % (720 - h)))
  local post=()
  case $variant in
    blur) post=(-blur 0x2) ;;
    lowcontrast) post=(+level 38%,68%) ;;
    noise) post=(-attenuate 0.6 +noise Gaussian) ;;
    inverted) post=(-negate) ;;
    glare) post=(\( -size $((w * 2 / 3))x$((h * 2 / 3)) radial-gradient:'#ffffffd0'-'#ffffff00' \)
      -geometry +$((x + w / 4))+$((y + h / 5)) -compose screen -composite) ;;
  esac
  convert -seed 7 -size 1280x720 "xc:$bg" "$code" -geometry "+$x+$y" -composite "${post[@]}" \
    -colorspace Gray -depth 8 "${nodate[@]}" "$dst"
}

# emit KIND NAME TEXT BASE VARIANTS...: one frame per variant, each with its expected text.
emit() {
  local kind=$1 name=$2 text=$3 base=$4
  shift 4
  local bgs=('#d8d4cc' '#9aa0a6' '#c8b89a' '#505458')
  for v in "$@"; do
    frame "$base" "$out/$kind/$name-$v.png" "$v" "${bgs[RANDOM % ${#bgs[@]}]}"
    printf '%s' "$text" >"$out/$kind/$name-$v.txt"
  done
}

common=(clean small rotated upside perspective blur lowcontrast glare noise)

for ((i = 1; i <= rounds; i++)); do
  token_id="T$RANDOM$i"
  token=$("$mint" --key $demo_key --retailer acme --key-id k1 --token-id "$token_id" \
    --order "RK-$((1000100 + i * 7))" --expires 2030-01-01T00:00:00Z --line 1:1 --line "$((i + 1)):2")
  scale=$((i + 3))
  qrencode -l M -m 0 -s $scale -o "$tmp/qr.png" "$token"
  qrencode -l M -m 0 -s 2 -o "$tmp/qr-small.png" "$token"
  emit return-qr "token$i" "$token" "$tmp/qr.png" clean rotated upside perspective blur lowcontrast glare noise inverted
  emit return-qr "token$i" "$token" "$tmp/qr-small.png" small

  order="RK-$((RANDOM * 31 + 1000000))"
  zint -b 20 --scale=$((i + 1)) --height=40 --notext -o "$tmp/c128.png" -d "$order"
  zint -b 20 --scale=1 --height=30 --notext -o "$tmp/c128-small.png" -d "$order"
  emit order-code128 "order$i" "$order" "$tmp/c128.png" clean rotated upside perspective blur lowcontrast glare noise
  emit order-code128 "order$i" "$order" "$tmp/c128-small.png" small

  printf -v body '%04d%03d%06d%s' $((RANDOM % 9000 + 1)) $((RANDOM % 40 + 1)) $((RANDOM * 17 % 999999)) 250$((RANDOM % 9 + 1))1$i
  sum=0
  for ((k = 0; k < 19; k++)); do
    d=${body:18-k:1}
    if ((k % 2 == 0)); then sum=$((sum + 3 * d)); else sum=$((sum + d)); fi
  done
  receipt="$body$(((10 - sum % 10) % 10))"
  zint -b 3 --scale=$((i + 1)) --height=40 --notext -o "$tmp/itf.png" -d "$receipt"
  zint -b 3 --scale=1 --height=30 --notext -o "$tmp/itf-small.png" -d "$receipt"
  emit receipt-itf "receipt$i" "$receipt" "$tmp/itf.png" clean rotated upside perspective blur lowcontrast glare noise
  emit receipt-itf "receipt$i" "$receipt" "$tmp/itf-small.png" small

  for kind in ean13 upca; do
    if [[ $kind == ean13 ]]; then
      printf -v digits '40%010d' $((RANDOM * RANDOM))
      sym=13
    else
      printf -v digits '0%010d' $((RANDOM * RANDOM))
      sym=34
    fi
    zint -b $sym --scale=$((i + 1)) -o "$tmp/$kind.png" -d "$digits"
    zint -b $sym --scale=1 -o "$tmp/$kind-small.png" -d "$digits"
    sum=0 # zint appends the GS1 check digit; compute it for the expected text
    for ((k = 0; k < ${#digits}; k++)); do
      d=${digits:${#digits}-1-k:1}
      if ((k % 2 == 0)); then sum=$((sum + 3 * d)); else sum=$((sum + d)); fi
    done
    full="$digits$(((10 - sum % 10) % 10))"
    emit "$kind" "$kind$i" "$full" "$tmp/$kind.png" "${common[@]:0:8}"
    emit "$kind" "$kind$i" "$full" "$tmp/$kind-small.png" small
  done

  gtin=09506000134352
  batch="L$RANDOM"
  serial="S$((RANDOM * 3))"
  zint -b 71 --gs1 --scale=$((i + 3)) -o "$tmp/dm.png" -d "[01]$gtin[10]$batch[21]$serial"
  zint -b 71 --gs1 --scale=2 -o "$tmp/dm-small.png" -d "[01]$gtin[10]$batch[21]$serial"
  emit gs1-datamatrix "dm$i" "]d201${gtin}10$batch"$'\x1d'"21$serial" "$tmp/dm.png" clean rotated upside perspective blur lowcontrast glare noise
  emit gs1-datamatrix "dm$i" "]d201${gtin}10$batch"$'\x1d'"21$serial" "$tmp/dm-small.png" small
done

# Frames with no code at all: a kiosk must read nothing here.
n=0
neg() {
  n=$((n + 1))
  convert -seed 7 "$@" -colorspace Gray -depth 8 "${nodate[@]}" "$out/negative/neg$n.png"
  : >"$out/negative/neg$n.txt"
}
neg -size 1280x720 xc:'#d8d4cc'
neg -size 1280x720 plasma:fractal
neg -size 1280x720 xc:gray50 -attenuate 1.5 +noise Gaussian
neg -size 1280x720 gradient:white-black
neg -size 1280x720 xc:white -font DejaVu-Sans -pointsize 90 -annotate +80+300 'RETURNS HERE' -annotate +80+480 'RK 10 00 12'
neg -size 1280x720 pattern:vertical2 -scale 400%
neg -size 1280x720 pattern:checkerboard -scale 300%
neg -size 1280x720 pattern:hs_vertical -scale 500% -rotate 10 -gravity center -extent 1280x720
neg -size 1280x720 pattern:crosshatch45 -scale 300%
neg -size 1280x720 xc:'#505458' -fill white -draw 'roundrectangle 400,60 880,660 40,40' -fill black -draw 'rectangle 480,200 800,520'
echo "generate.sh: $(find "$out" -name '*.png' | wc -l) images in $out"

#!/usr/bin/env bash
# Regenerates the decoding fixtures. Needs ImageMagick 6 (convert) and exiftool:
#   apt-get install -y imagemagick libimage-exiftool-perl
# Run from this folder. The committed files are the source of truth: regenerating may change bytes
# (encoder versions differ), the tests only rely on the sizes and colours described in README.md.
set -euo pipefail
cd "$(dirname "$0")"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# The reference picture: 64x32, four solid 32x16 quadrants aligned to JPEG's 16x16 MCUs so lossy
# codecs keep the quadrant centres exact enough. TL red, TR green, BL blue, BR yellow.
convert -size 32x16 xc:'#ff0000' -size 32x16 xc:'#00ff00' +append \
  \( -size 32x16 xc:'#0000ff' -size 32x16 xc:'#ffff00' +append \) -append "$tmp/q.png"

convert "$tmp/q.png" -strip -define png:color-type=2 PNG24:quadrants.png
convert "$tmp/q.png" -strip -interlace PNG -define png:color-type=2 PNG24:quadrants-interlaced.png
convert "$tmp/q.png" -strip PNG8:quadrants-palette.png
convert "$tmp/q.png" -strip -depth 16 PNG48:quadrants-16bit.png
convert "$tmp/q.png" -strip -quality 92 -sampling-factor 2x2 quadrants.jpg
convert "$tmp/q.png" -strip -quality 92 -sampling-factor 2x2 -interlace Plane quadrants-progressive.jpg
convert "$tmp/q.png" -strip -quality 92 -colorspace CMYK quadrants-cmyk.jpg
convert "$tmp/q.png" -strip -define webp:lossless=true quadrants-lossless.webp
convert "$tmp/q.png" -strip -quality 90 quadrants-lossy.webp
convert "$tmp/q.png" -strip quadrants.gif

# Grey ramp 16x4: column x has grey level x*17 (0..255), 8-bit grey PNG and greyscale JPEG.
convert -size 4x16 gradient:white-black -rotate 90 -depth 8 "$tmp/ramp.png"
convert "$tmp/ramp.png" -strip -colorspace Gray -define png:color-type=0 -define png:bit-depth=8 gray-ramp.png
convert "$tmp/ramp.png" -strip -colorspace Gray -quality 95 gray-ramp.jpg

# Transparency 32x8: left half opaque red, right quarter fully transparent (colour channels hold
# green, which a viewer never shows), the quarter between is red at alpha 128.
convert -size 16x8 xc:'rgba(255,0,0,1)' -size 8x8 xc:'rgba(255,0,0,0.50196)' -size 8x8 xc:'rgba(0,255,0,0)' \
  +append -strip -define png:color-type=6 PNG32:transparent.png

# EXIF orientations 1..8 over the same stored pixels (the reference picture).
for o in 1 2 3 4 5 6 7 8; do
  cp quadrants.jpg "orientation-$o.jpg"
  exiftool -q -overwrite_original -n -Orientation=$o "orientation-$o.jpg"
done

# Animated GIF, 12 frames of 24x8: grey background, frame i has a white 2x8 bar at x=2i.
# -layers Optimize stores later frames as small sub-rectangles that depend on the previous frame.
frames=()
for i in $(seq 0 11); do
  convert -size 24x8 xc:'#808080' -fill white -draw "rectangle $((2*i)),0 $((2*i+1)),7" "$tmp/f$i.png"
  frames+=("$tmp/f$i.png")
done
convert -delay 10 -loop 0 "${frames[@]}" -layers Optimize animated-12.gif
# Disposal "previous": frame 0 is plain grey (kept), frames 1..11 are only the 2x8 white bar at x=2i,
# each restored away before the next, so frame i shows one bar. Skia cannot start from the prior canvas here.
convert -delay 10 -loop 0 -dispose None -size 24x8 xc:'#808080' -dispose Previous \
  $(for i in $(seq 1 11); do printf -- "-page +%d+0 -size 2x8 xc:white " $((2*i)); done) \
  -set page 24x8 animated-dispose-previous.gif
# Animated WebP, 3 frames of 16x16: solid red, green, blue.
convert -delay 10 -loop 0 -size 16x16 xc:red xc:lime xc:blue -define webp:lossless=true animated-3.webp

# Text that claims to be a PNG.
printf '<!DOCTYPE html>\n<html><body><p>not an image</p></body></html>\n' > html-named.png
# A JPEG that claims to be a PNG.
cp quadrants.jpg jpeg-named.png

#!/bin/sh
# Draws the odontogram gallery: every state on single teeth, the full-mouth case before and after each
# variant (stacked and side by side), a mixed dentition, the legend and an inline glyph, as
# odontogram-gallery.pdf and .png, plus odontogram-gallery-grey.png (the PNG in greyscale, to check that
# every look survives a black-and-white print).
#
# Usage: Samples/make-gallery.sh [OUTPUT-DIR]   (default: Samples/; try /tmp while working)
#
# It runs the gallery test with PLANPRESS_GALLERY set; the test always checks the page, and writes the
# files only when asked. Needs ImageMagick (`magick`, or `convert` from ImageMagick 6) for the grey copy.
set -eu
cd "$(dirname "$0")/.."
out="${1:-Samples}"
mkdir -p "$out"
out="$(cd "$out" && pwd)"
PLANPRESS_GALLERY="$out" swift test --scratch-path "${SCRATCH_PATH:-.build}" --filter OdontogramTests.GalleryTests
if command -v magick >/dev/null 2>&1; then im=magick; else im=convert; fi
"$im" "$out/odontogram-gallery.png" -colorspace Gray -define png:exclude-chunks=date,time "$out/odontogram-gallery-grey.png"
ls -l "$out"/odontogram-gallery*

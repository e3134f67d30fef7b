#!/bin/sh
# Draws the odontogram gallery into Samples/: every state on single teeth, the full-mouth case before
# and after each variant (stacked and side by side), a mixed dentition, the legend and an inline glyph,
# as odontogram-gallery.pdf and .png, plus odontogram-gallery-grey.png (the PNG in greyscale, to check
# that every look survives a black-and-white print).
#
# It runs the gallery test with PLANPRESS_GALLERY set; the test always checks the page, and writes the
# files only when asked. Needs ImageMagick's `convert` for the grey copy.
set -eu
cd "$(dirname "$0")/.."
PLANPRESS_GALLERY="$PWD/Samples" swift test --scratch-path "${SCRATCH_PATH:-.build}" --filter OdontogramTests.GalleryTests
convert Samples/odontogram-gallery.png -colorspace Gray Samples/odontogram-gallery-grey.png
ls -l Samples/odontogram-gallery*

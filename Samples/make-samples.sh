#!/usr/bin/env bash
# Renders every fixture case with every template into Samples/: <case>-<template>.pdf and PNGs of the
# first two pages at 60 dpi (reduced to 64 colours) (<case>-<template>-1.png, -2.png), plus overview.png, the README's thumbnail.
#
# The repository keeps the samples small: the fixture photos are copied and downsized to 560 px
# (JPEG quality 65) before rendering, so every PDF carries small JPEGs (PlanPress passes them through
# untouched). Render a case yourself for full-resolution output.
#
# Usage: Samples/make-samples.sh [path/to/planpress]   (default: builds and uses the release binary)
set -euo pipefail

repo="$(cd "$(dirname "$0")/.." && pwd)"
samples="$repo/Samples"
planpress="${1:-}"
if [[ -z "$planpress" ]]; then
    swift build -c release --package-path "$repo" --product planpress >/dev/null
    planpress="$(swift build -c release --package-path "$repo" --show-bin-path)/planpress"
fi

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cp -r "$repo/Fixtures" "$work/Fixtures"
mogrify -resize '560x560>' -quality 65 "$work"/Fixtures/images/*.jpg

rm -f "$samples"/*-premium* "$samples"/*-chairside* "$samples"/*-compact* "$samples/overview.png"
for case in "$work"/Fixtures/cases/*; do
    name="$(basename "${case%.*}")"
    for template in $("$planpress" templates --resources "$repo" | awk '{print $1}'); do
        out="$samples/$name-$template"
        "$planpress" render "$case" --template "$template" --root "$work/Fixtures" --resources "$repo" \
            -o "$out.pdf" >/dev/null
        "$planpress" render "$case" --template "$template" --root "$work/Fixtures" --resources "$repo" \
            --pages 1-2 --dpi 60 --png-compression 9 -o "$out.png" >/dev/null
        mogrify -colors 64 -define png:exclude-chunks=date,time "$out"-[12].png
        echo "$name-$template: $(pdfinfo "$out.pdf" | awk '/^Pages/ {print $2}') pages"
    done
done

# The README thumbnail: the first six pages of the full-mouth premium booklet.
pdftoppm -png -r 24 -f 1 -l 6 "$samples/full-mouth-premium.pdf" "$work/thumb"
montage "$work"/thumb-*.png -tile 6x1 -geometry +6+6 -background '#d9d6d0' -define png:exclude-chunks=date,time "$samples/overview.png"
du -sh "$samples"

#!/bin/sh
# Rebuilds Fonts/fallback/ from Debian 12's font packages (run from the repository root, as root, with
# python3-fonttools installed). Only the CJK and emoji fonts are cut down: one face, the scripts names use.
set -eu
work=$(mktemp -d)
cd "$work"
apt-get download fonts-noto-core fonts-noto-cjk fonts-symbola
for deb in *.deb; do dpkg-deb -x "$deb" x; done
cd - >/dev/null
for script in Arabic Hebrew Armenian Georgian Devanagari Thai; do
    cp "$work/x/usr/share/fonts/truetype/noto/NotoSans$script-Regular.ttf" Fonts/fallback/
done
# Noto Sans CJK SC, regular only: CJK symbols, kana, bopomofo, ideographs, Hangul, full-width forms.
/usr/bin/python3 -m fontTools.subset "$work/x/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc" --font-number=2 \
    --unicodes="U+0020-007E,U+00A0,U+3000-303F,U+3040-30FF,U+3100-312F,U+3190-31FF,U+3400-4DBF,U+4E00-9FFF,U+AC00-D7A3,U+1100-11FF,U+3130-318F,U+F900-FAFF,U+FF00-FFEF,U+2E80-2FDF" \
    --layout-features='*' --no-hinting --desubroutinize --output-file=Fonts/fallback/NotoSansCJKsc-Regular.otf
# Symbola (monochrome) cut to arrows, symbols, dingbats and emoji.
/usr/bin/python3 -m fontTools.subset "$work/x/usr/share/fonts/truetype/ancient-scripts/Symbola_hint.ttf" \
    --unicodes="U+0020,U+00A0,U+2190-21FF,U+2300-23FF,U+2460-24FF,U+25A0-27BF,U+2900-297F,U+2B00-2BFF,U+1F000-1FAFF" \
    --layout-features='*' --no-hinting --output-file=Fonts/fallback/Symbola-Emoji.ttf
rm -rf "$work"

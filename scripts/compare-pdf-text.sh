#!/usr/bin/env bash
# Compares the text and fonts of two PDFs of the same pages: PlanPress's own writer's (NEW) against Cairo's
# (OLD). Usage: scripts/compare-pdf-text.sh NEW.pdf OLD.pdf [TOLERANCE [FRACTION]]
#
# Checks, and prints one line each:
#   - pdftotext: the same text (exactly, or the same lines in another order: poppler orders table cells by
#     position, and Cairo 1.16's glyphs drift up to ~0.4 pt from Pango's along a line);
#   - pdffonts: every font of NEW embedded, subset, with a ToUnicode map, named ABCDEF+PostScriptName;
#   - qpdf --check: exit 0, no WARNING;
#   - pixels: each page rasterised with `pdftoppm -r 72`; a page passes when at most FRACTION (default
#     0.004: glyph-edge anti-aliasing) of its pixels differ by more than TOLERANCE (default 64 of 255) in some channel.
# Exit status 0 when all pass. Needs poppler-utils, qpdf and python3.
set -euo pipefail
new=$1 old=$2 tolerance=${3:-64} fraction=${4:-0.004}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
status=0

pdftotext "$new" "$work/new.txt"; pdftotext "$old" "$work/old.txt"
if cmp -s "$work/new.txt" "$work/old.txt"; then
    echo "text: same"
elif cmp -s <(grep -v '^$' "$work/new.txt" | sort) <(grep -v '^$' "$work/old.txt" | sort); then
    echo "text: same lines, order differs ($( (diff "$work/new.txt" "$work/old.txt" || true) | grep -c '^[<>]') lines move)"
else
    echo "text: DIFFERS"; (diff "$work/new.txt" "$work/old.txt" || true) | head -20; status=1
fi

bad=$(pdffonts "$new" | tail -n +3 | awk '$1 !~ /^[A-Z][A-Z][A-Z][A-Z][A-Z][A-Z]\+[A-Za-z0-9-]+$/ || $(NF-4) != "yes" || $(NF-3) != "yes" || $(NF-2) != "yes"')
if [ -z "$bad" ]; then echo "fonts: $(pdffonts "$new" | tail -n +3 | wc -l) embedded subsets with ToUnicode"; else echo "fonts: BAD"; echo "$bad"; status=1; fi

if check=$(qpdf --check "$new" 2>&1) && ! grep -q WARNING <<<"$check"; then echo "qpdf: clean"; else echo "qpdf: $check" | tail -5; status=1; fi

pdftoppm -r 72 "$new" "$work/n"; pdftoppm -r 72 "$old" "$work/o"
python3 - "$work" "$tolerance" "$fraction" <<'PY' || status=1
import glob, os, sys
work, tolerance, fraction = sys.argv[1], int(sys.argv[2]), float(sys.argv[3])
def ppm(path):
    data = open(path, 'rb').read()
    magic, size, depth, pixels = data.split(b'\n', 3)
    return tuple(map(int, size.split())), pixels
failed = False
worst = (0.0, '')
for new in sorted(glob.glob(work + '/n-*.ppm')):
    old = new.replace('/n-', '/o-')
    (size, a), (other, b) = ppm(new), ppm(old)
    if size != other:
        print(f"pixels: {os.path.basename(new)[2:-4]}: sizes differ {size} {other}"); failed = True; continue
    differing = sum(1 for i in range(0, len(a), 3)
                    if max(abs(a[i] - b[i]), abs(a[i + 1] - b[i + 1]), abs(a[i + 2] - b[i + 2])) > tolerance)
    share = differing / (size[0] * size[1])
    worst = max(worst, (share, os.path.basename(new)[2:-4]))
    if share > fraction:
        print(f"pixels: page {os.path.basename(new)[2:-4]}: {share:.4%} differ by more than {tolerance}"); failed = True
print(f"pixels: worst page {worst[1]}: {worst[0]:.4%} of pixels differ by more than {tolerance} (allowed {fraction:.2%})")
sys.exit(1 if failed else 0)
PY
exit $status

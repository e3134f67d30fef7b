#!/usr/bin/env bash
# Compares PlanPress's own PDF writer (PDFWriter) with today's Cairo path (PDFExporter) on one case:
#
#   scripts/compare-pdf-writer.sh CASE ROOT FOLDER [TEMPLATE] [archival]
#
# e.g. scripts/compare-pdf-writer.sh Fixtures/cases/full-mouth.yaml Fixtures /tmp/cmp/full-mouth premium
# Run it inside `ppns NAME '…'` from the repository (it calls .build/debug/planpress-bench). It writes
# cairo.pdf, new.pdf and both without text frames (cairo-notext.pdf, new-notext.pdf) into FOLDER, then
# prints, old vs new: qpdf --check, pdfinfo (metadata) / -box / -struct / -meta / -dests / -struct-text, the
# outline, pdftotext and pdfimages -list
# (diffed, "same" when equal), and per page of the text-less pair, rasterised with pdftoppm -r 72, the
# share of pixels whose channels differ by more than 32 of 255 and the mean absolute difference.
# Exit status 1 when a page differs by more than 0.5 % of its pixels or the new file fails qpdf --check.
set -u
case_file=$1 root=$2 folder=$3 template=${4:-premium} archival=${5:-}
bench=${PLANPRESS_BENCH:-.build/debug/planpress-bench}
"$bench" pdf-writer-compare "$case_file" "$root" "$folder" "$template" $archival >/dev/null || exit 2
cd "$folder" || exit 2
status=0
echo "== $case_file ($template${archival:+, $archival})"
check=$(qpdf --check new.pdf 2>&1); code=$?
if [ $code -ne 0 ] || grep -q WARNING <<<"$check"; then echo "qpdf --check new.pdf: FAILED"; echo "$check" | tail -5; status=1; else echo "qpdf --check new.pdf: clean"; fi
compare_tool() {  # label, command…
    local label=$1; shift
    "$@" cairo.pdf >old.txt 2>&1; "$@" new.pdf >new.txt 2>&1
    if cmp -s old.txt new.txt; then echo "$label: same"; else echo "$label: DIFFERS ($(diff old.txt new.txt | grep -c '^[<>]') lines)"; fi
}
compare_tool "pdfinfo -box (boxes)" sh -c 'pdfinfo -box -f 1 -l 9999 "$0" | grep Box'
compare_tool "pdfinfo (tagged, pages, metadata)" sh -c 'pdfinfo "$0" | grep -E "^(Title|Subject|Keywords|Author|Creator|CreationDate|ModDate|Tagged|Pages|Page size|Metadata Stream):"'
compare_tool "pdfinfo -struct" pdfinfo -struct
compare_tool "pdfinfo -meta" pdfinfo -meta
compare_tool "pdfinfo -dests" pdfinfo -dests
compare_tool "pdfinfo -struct-text" pdfinfo -struct-text
compare_tool "outline (qpdf --json: depth, title, page)" sh -c 'qpdf --json --json-key=outlines "$0" | python3 -c "
import json, sys
def walk(items, depth):
    for item in items:
        print(depth, item.get(\"title\"), item.get(\"destpageposfrom1\"))
        walk(item.get(\"kids\", []), depth + 1)
walk(json.load(sys.stdin)[\"outlines\"], 0)"'
compare_tool "pdftotext" sh -c 'pdftotext "$0" -'
compare_tool "pdfimages -list (type, size, colour)" sh -c 'pdfimages -list "$0" | awk "NR>2 {print \$1, \$3, \$4, \$5, \$6, \$9}"'
rm -rf raster && mkdir raster
pdftoppm -r 72 cairo-notext.pdf raster/old
pdftoppm -r 72 new-notext.pdf raster/new
python3 - <<'PY' || status=1
import glob, sys
import numpy as np
def read(path):
    with open(path, 'rb') as f:
        data = f.read()
    parts, i = [], 0
    while len(parts) < 4:
        while data[i:i+1].isspace(): i += 1
        if data[i:i+1] == b'#':
            while data[i:i+1] != b'\n': i += 1
            continue
        j = i
        while not data[j:j+1].isspace(): j += 1
        parts.append(data[i:j]); i = j
    w, h = int(parts[1]), int(parts[2])
    return np.frombuffer(data[i+1:i+1+w*h*3], dtype=np.uint8).reshape(h, w, 3).astype(np.int16)
worst = 0.0
old = sorted(glob.glob('raster/old-*.ppm')); new = sorted(glob.glob('raster/new-*.ppm'))
if len(old) != len(new):
    print(f"page count differs: {len(old)} vs {len(new)}"); sys.exit(1)
for index, (a, b) in enumerate(zip(old, new), 1):
    x, y = read(a), read(b)
    if x.shape != y.shape:
        print(f"page {index}: size differs {x.shape} vs {y.shape}"); worst = 100; continue
    d = np.abs(x - y)
    share = 100.0 * (d.max(axis=2) > 32).mean()
    worst = max(worst, share)
    print(f"page {index}: {share:.3f} % of pixels differ by > 32, mean |difference| {d.mean():.3f}")
print(f"worst page: {worst:.3f} %")
sys.exit(1 if worst > 0.5 else 0)
PY
exit $status

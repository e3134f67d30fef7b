#!/bin/sh
# Builds full-mouth.json, a ready POST /v1/render (and /v1/validate, /v1/quote) body, from
# Fixtures/cases/full-mouth.yaml: the case as JSON, every file it names (images, price list) inline
# as base64 under its plain file name. Run from anywhere: sh Samples/requests/make-request.sh
set -eu
here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/../.." && pwd)
python3 - "$repo/Fixtures/cases/full-mouth.yaml" "$here/full-mouth.json" <<'PY'
import base64, datetime, json, os, sys
import yaml

case_path, out_path = sys.argv[1], sys.argv[2]
case_dir = os.path.dirname(case_path)
with open(case_path, encoding="utf-8") as f:
    case = yaml.safe_load(f)
files = {}

def inline(path):
    """Stores the file under its plain name and returns that name."""
    name = os.path.basename(path)
    with open(os.path.join(case_dir, path), "rb") as f:
        files[name] = base64.b64encode(f.read()).decode("ascii")
    return name

def dates_as_text(value):
    if isinstance(value, dict):
        return {k: dates_as_text(v) for k, v in value.items()}
    if isinstance(value, list):
        return [dates_as_text(v) for v in value]
    if isinstance(value, (datetime.date, datetime.datetime)):
        return value.isoformat()
    return value

case = dates_as_text(case)
case["prices"] = inline(case["prices"])
if "logo" in case.get("clinic", {}):
    case["clinic"]["logo"] = inline(case["clinic"]["logo"])
for group in ("xrays", "photos"):
    for entry in case.get("imaging", {}).get(group, []):
        entry["file"] = inline(entry["file"])
with open(out_path, "w", encoding="utf-8") as f:
    json.dump({"case": case, "files": files}, f, ensure_ascii=False, sort_keys=True)
    f.write("\n")
PY
ls -l "$here/full-mouth.json"

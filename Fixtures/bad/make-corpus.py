#!/usr/bin/env python3
"""Writes Fixtures/bad/corpus/: bad cases, images, price lists and template names, one case file per entry,
and manifest.tsv with the outcome each must have (CLI exit status and message fragment, service HTTP status).

Every entry's case names its files by plain names in the corpus folder, so the same entry runs through
`planpress render ENTRY --root Fixtures/bad/corpus` and through POST /v1/render as multipart/form-data.
Run from the repository root with Debian's python3 (PIL): /usr/bin/python3 Fixtures/bad/make-corpus.py
"""
import io, json, os, random, shutil
from PIL import Image

random.seed(12)
OUT = "Fixtures/bad/corpus"
shutil.rmtree(OUT, ignore_errors=True)
os.makedirs(OUT)
rows = []

def write(name, data):
    with open(os.path.join(OUT, name), "wb") as f:
        f.write(data if isinstance(data, bytes) else data.encode("utf-8"))

# Good shared files: a small photo, a logo, a price list.
photo = io.BytesIO(); Image.radial_gradient("L").convert("RGB").resize((120, 80)).save(photo, "JPEG", quality=70)
GOOD_JPEG = photo.getvalue(); write("good.jpg", GOOD_JPEG)
logo = io.BytesIO(); Image.new("RGB", (40, 20), (20, 90, 120)).save(logo, "PNG"); GOOD_PNG = logo.getvalue(); write("good.png", GOOD_PNG)
PRICES = """currency: EUR
services:
  - {code: DET, name: {en: Scaling}, category: hygiene, unit: item, price: "80.00"}
  - {code: FIL, name: {en: Filling}, category: restorative, unit: tooth, price: "120.00"}
"""
write("prices.yaml", PRICES)

def base():
    return {
        "schemaVersion": 1, "locale": "en", "currency": "EUR", "date": "2026-11-23", "validUntil": "2027-01-15",
        "prices": "prices.yaml",
        "clinic": {"name": "Riverside Dental", "address": "4 Quay Street", "phone": "+353 91 555 010", "logo": "good.png"},
        "patient": {"name": "Aoife Byrne", "birthDate": "1992-02-11", "id": "RD-7781"},
        "formula": {"teeth": {"16": {"findings": [{"kind": "caries", "surfaces": "MOD"}]}}},
        "imaging": {"photos": [{"view": "smile", "file": "good.jpg", "date": "2026-11-20", "caption": "Smile"}]},
        "variants": [{"name": "Filling", "goal": "Restore 16", "visits": [
            {"title": "Visit", "specialists": [{"role": "dentist"}], "duration": 45,
             "items": [{"teeth": "16", "code": "FIL", "surfaces": "MOD"}]}]}],
    }

def entry(kind, name, text, fragment, exit=2, http=422, files=()):
    """One corpus entry: the case file `name` (text or bytes), the files it sends besides the shared ones."""
    write(name, text)
    rows.append((name, kind, str(exit), fragment, str(http), ",".join(files)))

def as_yaml(case):
    return json.dumps(case, ensure_ascii=False, indent=1)  # JSON is YAML; the .yaml name keeps YAML's rules

def mutate(path, value):
    case = base(); node = case
    *parents, last = path
    for key in parents: node = node[key]
    if value is DELETE: del node[last]
    else: node[last] = value
    return case
DELETE = object()

# 1. Case values (JSON): every required key missing, wrong types, implausible values.
for key in ["schemaVersion", "locale", "currency", "date", "validUntil", "clinic", "patient", "formula", "variants"]:
    entry("case", f"case-missing-{key}.json", json.dumps(mutate([key], DELETE)), f'missing required key "{key}"')
for path in [["clinic", "name"], ["clinic", "address"], ["clinic", "phone"], ["patient", "name"], ["patient", "birthDate"], ["patient", "id"]]:
    entry("case", f"case-missing-{'-'.join(path)}.json", json.dumps(mutate(path, DELETE)), f'missing required key "{path[-1]}"')
wrong = [(["schemaVersion"], 2, "unsupported schemaVersion"), (["schemaVersion"], "one", "expected a whole number"),
         (["locale"], "de", "unknown locale"), (["currency"], "XXX", "unsupported currency"), (["date"], "2026-13-01", "is not a date"),
         (["date"], "23.11.2026", "is not a date"), (["validUntil"], "2026-01-01", "is before the plan date"),
         (["patient", "birthDate"], "2099-01-01", "is after the plan date"), (["patient", "birthDate"], "1800-05-05", "is not a date"),
         (["patient", "name"], "   ", "must not be empty"), (["patient", "name"], ["a", "b"], "expected a text value"),
         (["clinic"], "Riverside", "expected a mapping"), (["variants"], [], "variant"), (["variants"], {}, "expected a list"),
         (["formula", "teeth"], {"19": {"findings": [{"kind": "caries"}]}}, "unknown tooth 19"),
         (["formula", "teeth"], {"16": {"findings": [{"kind": "caries", "surfaces": "XYZ"}]}}, "surface"),
         (["formula", "teeth"], {"16": {"findings": [{"kind": "rot"}]}}, "unknown"),
         (["imaging", "photos", 0, "view"], "sideways", "unknown photo view"), (["imaging", "photos", 0, "date"], "yesterday", "is not a date"),
         (["notation"], "roman", "unknown notation"), (["extra"], 1, 'unknown key "extra"')]
for index, (path, value, fragment) in enumerate(wrong):
    entry("case", f"case-value-{index:02}.json", json.dumps(mutate(path, value)), fragment)
items = [({"teeth": "16", "code": "NOPE"}, "NOPE"), ({"teeth": "16", "code": "FIL", "quantity": -1}, "quantity"),
         ({"teeth": "16", "code": "FIL", "quantity": 0}, "quantity"), ({"teeth": "99", "code": "FIL"}, "unknown tooth 99"),
         ({"teeth": "16", "code": "FIL", "priceOverride": {"price": "-0", "reason": "goodwill"}}, 'price "-0"'),
         ({"teeth": "16", "code": "FIL", "priceOverride": {"price": "-5", "reason": "goodwill"}}, 'price "-5"'),
         ({"teeth": "16", "code": "FIL", "priceOverride": {"price": "1e3", "reason": "goodwill"}}, 'price "1e3"'),
         ({"teeth": "16", "code": "FIL", "priceOverride": {"price": "12.345", "reason": "goodwill"}}, 'price "12.345"'),
         ({"teeth": "16", "code": "FIL", "priceOverride": {"price": "10"}}, "reason"), ({"code": "FIL"}, "teeth")]
for index, (item, fragment) in enumerate(items):
    entry("case", f"case-item-{index:02}.json", json.dumps(mutate(["variants", 0, "visits", 0, "items"], [item])), fragment)
variant = base()["variants"][0]
entry("case", "case-four-variants.json", json.dumps(mutate(["variants"], [variant] * 4)), "variant")

# 2. Text no page can print: control characters, combining piles, endless words, characters no font has.
texts = [("nul", "Ann\u0000a", "U+0000"), ("bel", "Ann\u0007a", "U+0007"), ("esc", "\u001b[31mAnna", "U+001B"),
         ("del", "Ann\u007fa", "U+007F"), ("c1", "Ann\u0085a\u009b", "U+0085"), ("backspace", "Anna\u0008\u0008", "U+0008"),
         ("zalgo", "A" + "\u0301" * 200 + "nna", "combining marks"), ("zalgo-enclosing", "A" + "\u20dd" * 9, "combining marks"),
         ("private-use", "Anna \ue000", "U+E000"), ("hieroglyph", "Anna \U00013000", "U+13000"),
         ("unassigned", "Anna \u0378", "U+0378"), ("long-word", "A" * 10000, "a word longer than 80")]
for field in [["patient", "name"], ["clinic", "address"], ["imaging", "photos", 0, "caption"]]:
    for label, value, fragment in texts:
        if label in ("backspace", "c1") and field[0] != "patient": continue
        if label == "long-word" and field == ["patient", "name"]:
            fragment = "maximumShortTextLength"  # a name over 200 characters is refused before it is read
        if label == "hieroglyph":  # the font check names the field it found it in
            fragment = ".".join(str(f) for f in field).replace(".0.", "[0].") + ": no shipped font has the character " + fragment
        entry("text", f"text-{field[-1] if field[-1] != 'caption' else 'caption'}-{label}.json",
              json.dumps(mutate(field, value), ensure_ascii=False), fragment)
entry("text", "text-raw-nul.yaml", as_yaml(base()).replace('"Aoife Byrne"', '"Aoife\u0000 Byrne"'), "patient.name: control character U+0000")
entry("text", "text-raw-bel.yaml", as_yaml(base()).replace('"Smile"', '"Smi\u0007le"'), "caption: control character U+0007")

# 3. Syntax: YAML and JSON that do not parse, or parse into the wrong shape.
good_json = json.dumps(base(), indent=1)
syntax = [("trailing-comma-object.json", good_json.replace('"RD-7781"', '"RD-7781",'), "malformed JSON: a trailing comma"),
          ("trailing-comma-list.json", good_json.replace('"MOD"\n', '"MOD",\n', 1), "malformed JSON"),
          ("trailing-comma-end.json", good_json.rstrip()[:-1] + ",}", "malformed JSON: a trailing comma"),
          ("unclosed.json", good_json[:-5], "malformed JSON"), ("missing-colon.json", good_json.replace('"locale":', '"locale"', 1), "malformed JSON"),
          ("single-quote.json", good_json.replace('"en"', "'en", 1), "malformed JSON"), ("empty.json", "", "the document is empty"),
          ("empty.yaml", "\n\n", "the document is empty"), ("array.json", "[1, 2, 3]", "expected a mapping"),
          ("scalar.yaml", "just text", "expected a mapping"), ("tab-indent.yaml", "schemaVersion: 1\n\tlocale: en\n", "malformed YAML"),
          ("unclosed-quote.yaml", 'schemaVersion: 1\nlocale: "en\n', "malformed YAML"), ("bad-indent.yaml", "a:\n  b: 1\n c: 2\n", "malformed YAML"),
          ("duplicate-key.yaml", "schemaVersion: 1\nschemaVersion: 1\n", "duplicated key"), ("undefined-alias.yaml", "a: *nope\n", "malformed YAML"),
          ("deep-nesting.json", "[" * 3000 + "]" * 3000, "nesting level"), ("deep-mapping.yaml", "a: " * 1 + "{b: " * 2000 + "1" + "}" * 2000, "nesting level"),
          ("binary.yaml", bytes(random.randrange(256) for _ in range(400)), "not UTF-8"), ("utf16.json", good_json.encode("utf-16"), "not UTF-8"),
          ("latin1.yaml", "patient: Bj\xf6rn".encode("latin-1"), "not UTF-8"),
          ("alias-bomb.yaml", "a: &a [x, x, x, x, x, x, x, x, x, x]\n" + "".join(f"{chr(98+i)}: &{chr(98+i)} [{', '.join(['*' + chr(97+i)] * 10)}]\n" for i in range(8)) + "schemaVersion: 1\n", "maximumValues"),
          ("huge-number.json", good_json.replace('"schemaVersion": 1', '"schemaVersion": 1' + "0" * 400), "expected a whole number"),
          ("bom.json", "\ufeff" + good_json[:-3], "malformed JSON")]
for name, text, fragment in syntax:
    # The service's multipart reader expands YAML aliases (Yams.load) before any limit: issue 11 bounds it.
    entry("syntax", "syntax-" + name, text, fragment, http=422)

# 4. Paths: everything a case names stays a regular file inside the root, and no error quotes a file.
paths = [("prices", ["prices"], "/etc/passwd"), ("prices-proc", ["prices"], "/proc/self/environ"),
         ("prices-up", ["prices"], "../../../../etc/passwd"), ("prices-dir", ["prices"], "."),
         ("prices-missing", ["prices"], "nope.yaml"), ("logo", ["clinic", "logo"], "/etc/passwd"),
         ("logo-up", ["clinic", "logo"], "../corpus/../../../README.md"), ("photo-etc", ["imaging", "photos", 0, "file"], "/etc/hostname"),
         ("photo-dir", ["imaging", "photos", 0, "file"], "."), ("photo-missing", ["imaging", "photos", 0, "file"], "nope.jpg"),
         ("photo-proc", ["imaging", "photos", 0, "file"], "/proc/self/mem"), ("photo-dev", ["imaging", "photos", 0, "file"], "/dev/zero"),
         ("photo-empty-name", ["imaging", "photos", 0, "file"], ""), ("photo-newline", ["imaging", "photos", 0, "file"], "good\n.jpg")]
for label, path, value in paths:
    # A well-formed request whose case names a path is a case the service cannot use: 422, like a missing file.
    entry("path", f"path-{label}.json", json.dumps(mutate(path, value)), "must not be empty" if label == "photo-empty-name" else path[-1],
          http=422)

# 5. Images: cut short, damaged, or not what the name says.
def image_entry(name, data, fragment, http=422):
    write(name, data)
    entry("image", f"image-{name}.json", json.dumps(mutate(["imaging", "photos", 0, "file"], name)), fragment, http=http, files=(name,))
for cut in [2, 3, 20, 100, 200, 400, 600, len(GOOD_JPEG) // 2, len(GOOD_JPEG) - 40, len(GOOD_JPEG) - 2]:
    image_entry(f"cut-{cut}.jpg", GOOD_JPEG[:cut], "imaging.photos[0].file")
scan = GOOD_JPEG.index(b"\xff\xda")
for index in range(20):
    data = bytearray(GOOD_JPEG); at = random.randrange(scan + 20, len(data) - 4); data[at:at + 8] = bytes([0xFF, 0xD0 + index % 8]) * 4
    image_entry(f"markers-{index}.jpg", bytes(data), "imaging.photos[0].file")
for index in range(5):
    image_entry(f"garbage-{index}.jpg", b"\xff\xd8\xff" + bytes(random.randrange(256) for _ in range(300 * (index + 1))), "imaging.photos[0].file")
for cut in [8, 16, 24, 33, 50, len(GOOD_PNG) // 2, len(GOOD_PNG) - 12, len(GOOD_PNG) - 1]:
    image_entry(f"cut-{cut}.png", GOOD_PNG[:cut], "imaging.photos[0].file")
ihdr = bytearray(GOOD_PNG); ihdr[16:24] = bytes(8); image_entry("zero-size.png", bytes(ihdr), "zero size")
big = bytearray(GOOD_PNG); big[16:24] = (60000).to_bytes(4, "big") * 2; image_entry("huge-header.png", bytes(big), "px", http=413)
wide = bytearray(GOOD_PNG); wide[16:24] = (9000).to_bytes(4, "big") * 2; image_entry("80mp-header.png", bytes(wide), "megapixel", http=413)
for name, data in [("gif.jpg", b"GIF89a" + bytes(40)), ("bmp.jpg", b"BM" + bytes(60)), ("webp.jpg", b"RIFF\x00\x00\x00\x00WEBPVP8 "),
                   ("text.jpg", b"not an image at all\n"), ("empty.jpg", b""), ("svg.png", b"<svg xmlns='http://www.w3.org/2000/svg'/>"),
                   ("pdf.jpg", b"%PDF-1.4\n%%EOF\n"), ("html.png", b"<html><body>hi</body></html>")]:
    image_entry(name, data, "not a JPEG or PNG image")

# 6. Price lists: what the booklet's every number comes from.
def prices_entry(name, text, fragment):
    write(name, text)
    entry("prices", f"prices-{name}.json", json.dumps(mutate(["prices"], name)), fragment, files=(name,))
bad_prices = [("no-currency.yaml", PRICES.replace("currency: EUR\n", ""), 'missing required key "currency"'),
              ("other-currency.yaml", PRICES.replace("EUR", "SEK"), "currency"),
              ("float-price.yaml", PRICES.replace('"80.00"', "80.5e0"), "price"),
              ("three-decimals.yaml", PRICES.replace('"80.00"', '"80.005"'), 'price "80.005"'),
              ("negative-zero.yaml", PRICES.replace('"80.00"', '"-0"'), 'price "-0"'),
              ("negative.yaml", PRICES.replace('"80.00"', '"-80"'), 'price "-80"'),
              ("words.yaml", PRICES.replace('"80.00"', '"eighty"'), 'price "eighty"'),
              ("duplicate-code.yaml", PRICES.replace("code: FIL", "code: DET"), "duplicate service code"),
              ("unknown-unit.yaml", PRICES.replace("unit: item", "unit: hour"), "unknown unit"),
              ("services-map.yaml", "currency: EUR\nservices: {a: 1}\n", "expected a list"),
              ("empty.yaml", "", "the document is empty"), ("binary.yaml", bytes(range(256)) * 3, "not UTF-8"),
              ("nul-name.yaml", PRICES.replace("Scaling", "Scal\u0000ing"), "U+0000"),
              ("trailing-comma.json", '{"currency": "EUR", "services": [],}', "malformed JSON: a trailing comma"),
              ("unknown-key.yaml", PRICES + "discounts: []\n", 'unknown key "discounts"'),
              ("csv-no-header.csv", "", "header"), ("csv-missing-price.csv", "code,category,unit,currency,name_en\nFIL,r,tooth,EUR,Filling\n", "price"),
              ("csv-bad-price.csv", "code,category,unit,price,currency,name_en\nFIL,r,tooth,1.2.3,EUR,Filling\n", "price"),
              ("csv-ragged.csv", "code,category,unit,price,currency,name_en\nFIL,r,tooth\n", "malformed CSV"),
              ("csv-open-quote.csv", 'code,category,unit,price,currency,name_en\n"FIL,r,tooth,10,EUR,Filling\n', "malformed CSV"),
              ("csv-passwd.csv", "root:x:0:0:root:/root:/bin/bash\ndaemon:x:1:1::/usr/sbin:/usr/sbin/nologin\n", "the header has no code column")]
for name, text, fragment in bad_prices:
    prices_entry(name, text, fragment)

write("base.json", json.dumps(base(), indent=1))  # renders: the case the template entries use

# 7. Template names (the CLI's --template and the service's template=): only a template in Templates/.
for index, name in enumerate(["nosuch", "../Fixtures/cases/full-mouth", "/etc/passwd", "premium/../../README", "..", "premium/x", "PREMIUM", " premium", "premium.yaml"]):
    plain = all(c.isascii() and (c.isalnum() or c in "-_") for c in name)  # the service refuses others outright
    rows.append((f"template:{name}", "template", "2", "no template", "404" if plain else "400", ""))

with open("Fixtures/bad/manifest.tsv", "w", encoding="utf-8") as f:
    f.write("# entry\tclass\tcli-exit\tmessage-fragment\thttp-status\textra-files\n")
    for row in rows:
        f.write("\t".join(cell.replace("\t", " ").replace("\n", "\\n").replace("\u0000", "\\0") for cell in row) + "\n")
print(len(rows), "entries")

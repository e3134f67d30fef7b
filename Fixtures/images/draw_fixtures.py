#!/usr/bin/env python3
"""Draw PlanPress's SYNTHETIC image fixtures (no patient data, nothing photographed).

Developer tool only: CI never runs it; its outputs are committed.

How to run (from the repository root, Python 3.11):

    python3 -m venv /tmp/fixtures-venv
    /tmp/fixtures-venv/bin/pip install pillow numpy
    /tmp/fixtures-venv/bin/python Fixtures/images/draw_fixtures.py

It (re)writes every file in Fixtures/images/ (except this script and README.md)
and Fixtures/bad/. All randomness comes from fixed seeds, so the same script with
the same Pillow/numpy versions gives the same bytes (drawn with Pillow 13.0.0,
numpy 2.4.6).
"""

from __future__ import annotations

import io
import math
import struct
import zlib
from pathlib import Path

import numpy as np
from PIL import Image, ImageDraw, ImageFilter, ImageFont

HERE = Path(__file__).resolve().parent
IMAGES = HERE
BAD = HERE.parent / "bad"


# --------------------------------------------------------------------------
# small helpers
# --------------------------------------------------------------------------

def rng(seed: int) -> np.random.Generator:
    return np.random.default_rng(seed)


def blur_arr(a: np.ndarray, radius: float) -> np.ndarray:
    """Gaussian blur of a float array (2-D) via Pillow's 'F' mode."""
    if radius <= 0:
        return a
    out = a.astype(np.float32)
    # three box passes per axis approximate a Gaussian of sigma = radius
    n = 3
    wide = math.sqrt(12 * radius * radius / n + 1)
    for axis in (0, 1):
        for _ in range(n):
            out = _box(out, max(0, int(round((wide - 1) / 2))), axis)
    return out


def _box(a: np.ndarray, r: int, axis: int) -> np.ndarray:
    if r <= 0:
        return a
    pad = [(0, 0), (0, 0)]
    pad[axis] = (r + 1, r)
    p = np.pad(a, pad, mode="edge")
    c = np.cumsum(p, axis=axis, dtype=np.float64)
    n = a.shape[axis]
    hi = np.take(c, np.arange(2 * r + 1, 2 * r + 1 + n), axis=axis)
    lo = np.take(c, np.arange(0, n), axis=axis)
    return ((hi - lo) / (2 * r + 1)).astype(np.float32)


def blur_rgb(a: np.ndarray, radius: float) -> np.ndarray:
    return np.stack([blur_arr(a[..., c], radius) for c in range(a.shape[2])], axis=-1)


def poly_mask(size, polys, blur=1.2, width=None):
    """Float mask (H, W) in 0..1 of filled polygons (or lines if width given)."""
    w, h = size
    img = Image.new("L", (w, h), 0)
    d = ImageDraw.Draw(img)
    if isinstance(polys, tuple) or (polys and isinstance(polys[0], tuple)):
        polys = [polys]
    for p in polys:
        p = [(float(x), float(y)) for x, y in p]
        if width is None:
            d.polygon(p, fill=255)
        else:
            d.line(p, fill=255, width=int(width), joint="curve")
    a = np.asarray(img, dtype=np.float32) / 255.0
    return blur_arr(a, blur) if blur else a


def ellipse_mask(size, box, blur=1.2):
    img = Image.new("L", size, 0)
    ImageDraw.Draw(img).ellipse([float(v) for v in box], fill=255)
    a = np.asarray(img, dtype=np.float32) / 255.0
    return blur_arr(a, blur) if blur else a


def smooth_noise(shape, seed, scale, octaves=3):
    """Low-frequency noise in roughly -1..1 (sum of upsampled random grids)."""
    h, w = shape
    r = rng(seed)
    out = np.zeros(shape, np.float32)
    amp, tot = 1.0, 0.0
    for o in range(octaves):
        s = max(2, int(scale / (2 ** o)))
        gh, gw = h // s + 2, w // s + 2
        g = r.standard_normal((gh, gw)).astype(np.float32)
        img = Image.fromarray(g, mode="F").resize((gw * s, gh * s), Image.BICUBIC)
        out += amp * np.asarray(img, np.float32)[:h, :w]
        tot += amp
        amp *= 0.5
    return out / tot


def paint(canvas, mask, color):
    """canvas = canvas*(1-m) + color*m ; colour may be scalar, RGB tuple or array."""
    if canvas.ndim == 3:
        m = mask[..., None]
        col = np.asarray(color, np.float32)
    else:
        m = mask
        col = color
    canvas *= 1.0 - m
    canvas += m * col


def lerp(a, b, t):
    a = np.asarray(a, np.float32)
    b = np.asarray(b, np.float32)
    return a + (b - a) * t


def smoothstep(e0, e1, x):
    t = np.clip((x - e0) / (e1 - e0), 0.0, 1.0)
    return t * t * (3 - 2 * t)


def to_u8(a):
    return np.clip(np.round(a), 0, 255).astype(np.uint8)


def save_jpeg(img: Image.Image, path: Path, quality: int, **kw):
    img.save(path, "JPEG", quality=quality, optimize=True, **kw)
    print(f"  {path.relative_to(HERE.parent.parent)}  {img.size[0]}x{img.size[1]} {img.mode}  {path.stat().st_size // 1024} KB")


def show_path(p):
    return p.relative_to(HERE.parent.parent)


# --------------------------------------------------------------------------
# panoramic X-ray (OPG)
# --------------------------------------------------------------------------

# Per quadrant, from the midline outwards: name, width unit, crown height, root length, roots
XR_TEETH = [
    ("I1", 0.80, 230, 300, 1),
    ("I2", 0.72, 215, 280, 1),
    ("C", 0.92, 235, 380, 1),
    ("PM1", 0.95, 200, 300, 1),
    ("PM2", 0.95, 195, 300, 1),
    ("M1", 1.35, 185, 270, 2),
    ("M2", 1.28, 180, 250, 2),
    ("M3", 1.15, 170, 210, 2),
]


def xray_panoramic(path: Path):
    W, H = 2900, 1400
    S = (W, H)
    cx = W / 2
    r = rng(36)
    yy, xx = np.mgrid[0:H, 0:W].astype(np.float32)

    img = np.full((H, W), 16.0, np.float32)
    img += 8 * smooth_noise((H, W), 1, 300)

    # soft tissue / skull haze
    img += 26 * blur_arr(ellipse_mask(S, (180, -300, W - 180, H + 150), blur=0), 120)
    # maxilla + zygomatic region (bright band above the upper teeth)
    maxilla = poly_mask(S, [(430, 560), (700, 380), (1100, 330), (1450, 320), (1800, 330),
                            (2200, 380), (2470, 560), (2400, 700), (1450, 640), (500, 700)], blur=0)
    img += 55 * blur_arr(maxilla, 45)
    zyg = poly_mask(S, [[(150, 400), (420, 330), (760, 360)], [(W - 150, 400), (W - 420, 330), (W - 760, 360)]],
                    blur=0, width=70)
    img += 50 * blur_arr(zyg, 25)
    # hard palate line
    palate = poly_mask(S, [(560, 520), (1000, 470), (1450, 455), (1900, 470), (2340, 520)], blur=0, width=34)
    img += 45 * blur_arr(palate, 10)
    # maxillary sinuses (darker) and nasal cavity
    for box in [(560, 260, 1080, 470), (1820, 260, 2340, 470)]:
        img -= 28 * blur_arr(ellipse_mask(S, box, blur=0), 35)
    img -= 30 * blur_arr(ellipse_mask(S, (1250, 90, 1650, 420), blur=0), 40)
    img += 40 * blur_arr(poly_mask(S, [(1450, 100), (1445, 420)], blur=0, width=22), 8)

    # mandible: rami + body, cortical lower border
    lower_border = [(290, 260), (300, 520), (330, 800), (370, 960), (430, 1050), (520, 1100), (650, 1120),
                    (800, 1140), (1100, 1195), (1450, 1230)]
    lower_border += [(W - x, y) for x, y in reversed(lower_border[:-1])]
    upper_body = [(W - 560, 340), (W - 650, 720), (W - 800, 820), (1450, 860), (800, 820), (650, 720), (560, 340)]
    mand = poly_mask(S, lower_border + upper_body, blur=0)
    img += 70 * blur_arr(mand, 30)
    img += 70 * blur_arr(poly_mask(S, lower_border, blur=0, width=40), 9)
    # condyles
    for x in (310, W - 310):
        img += 50 * blur_arr(ellipse_mask(S, (x - 80, 200, x + 80, 330), blur=0), 15)
    # pharyngeal airway / tongue shadows
    air = poly_mask(S, [(420, 700), (800, 610), (1450, 590), (2100, 610), (2480, 700)], blur=0, width=55)
    img -= 40 * blur_arr(air, 22)
    img += 16 * blur_arr(poly_mask(S, [(520, 760), (1450, 700), (2380, 760)], blur=0, width=140), 50)
    # spine ghost in the anterior region
    img += 22 * blur_arr(poly_mask(S, [(1450, 150), (1450, 1300)], blur=0, width=260), 90)
    # mandibular canals
    for sgn in (-1, 1):
        pts = [(cx + sgn * d, 1040 - 0.00022 * d * d) for d in np.linspace(520, 1160, 20)]
        pts += [(cx + sgn * 1100, 700), (cx + sgn * 1120, 560)]
        img -= 22 * blur_arr(poly_mask(S, pts, blur=0, width=34), 6)
        img += 10 * blur_arr(poly_mask(S, [(x, y - 22) for x, y in pts], blur=0, width=8), 3)

    # ---- teeth --------------------------------------------------------
    def occ_y(x):
        return 715 - 1.55e-4 * (x - cx) ** 2

    def frame(x):
        # tangent/normal of the occlusal curve at x
        dy = -2 * 1.55e-4 * (x - cx)
        t = np.array([1.0, dy]) / math.hypot(1.0, dy)
        n = np.array([t[1], -t[0]])  # points "up" (towards the maxilla)
        return t, n

    unit = 1850 / (2 * sum(t[1] for t in XR_TEETH))
    teeth_layer = np.zeros((H, W), np.float32)   # dentine density
    enamel_layer = np.zeros((H, W), np.float32)
    pulp_layer = np.zeros((H, W), np.float32)
    metal_layer = np.zeros((H, W), np.float32)
    pdl_layer = np.zeros((H, W), np.float32)

    # FDI quadrant: 1 = upper right (image left), 2 = upper left (image right),
    # 3 = lower left (image right), 4 = lower right (image left)
    missing = {(1, 6)}           # 16: missing upper right first molar -> gap
    implant = (3, 6)             # 36: implant, lower left first molar
    amalgam = {(1, 7), (2, 6), (4, 7), (3, 7), (4, 5), (2, 4)}
    crowned = {(4, 6)}           # 46: full metal-ceramic crown + root filling
    rootfill = {(4, 6), (2, 5)}

    def local_to_img(base, t, n, pts, up):
        s = 1 if up else -1
        return [(float(base[0] + u * t[0] + s * v * n[0]), float(base[1] + u * t[1] + s * v * n[1])) for u, v in pts]

    def crown_outline(w, hc, molar):
        pts = []
        for a in np.linspace(0, math.pi, 24):          # occlusal side (v≈0), boxy
            u = -math.cos(a) * w / 2
            v = hc * 0.10 * (1 - math.sin(a) ** 0.35)
            if molar:
                v += 10 * abs(math.sin(3 * a)) * 0.6
            pts.append((u, v))
        # cervical side narrower
        pts += [(w * 0.5, hc * 0.25), (w * 0.47, hc * 0.55), (w * 0.38, hc), (-w * 0.38, hc), (-w * 0.47, hc * 0.55),
                (-w * 0.5, hc * 0.25)]
        return pts

    def root_outline(w, hc, hr, roots):
        polys = []
        if roots == 1:
            p = [(-w * 0.36, hc * 0.9), (w * 0.36, hc * 0.9), (w * 0.26, hc + hr * 0.55), (w * 0.17, hc + hr * 0.85)]
            p += [(w * 0.12 * math.cos(a), hc + hr * 0.88 + w * 0.12 * math.sin(a)) for a in np.linspace(0.3, math.pi - 0.3, 8)]
            p += [(-w * 0.17, hc + hr * 0.85), (-w * 0.26, hc + hr * 0.55)]
            polys.append(p)
        else:
            for off, tilt in ((-0.22, -0.08), (0.22, 0.06)):
                c0 = off * w
                c1 = c0 + tilt * hr
                p = [(c0 - w * 0.21, hc * 0.9), (c0 + w * 0.21, hc * 0.9), (c1 + w * 0.12, hc + hr * 0.85)]
                p += [(c1 + w * 0.1 * math.cos(a), hc + hr * 0.88 + w * 0.08 * math.sin(a)) for a in np.linspace(0.3, math.pi - 0.3, 6)]
                p += [(c1 - w * 0.12, hc + hr * 0.85)]
                polys.append(p)
        return polys

    for up, quads in ((True, (1, 2)), (False, (4, 3))):
        for quad in quads:
            side = -1 if quad in (1, 4) else 1
            pos = 0.0
            for i, (name, wu, hc, hr, roots) in enumerate(XR_TEETH):
                num = i + 1
                w = wu * unit
                xc = cx + side * (pos + w / 2)
                pos += w
                if not up:
                    hc *= 0.92
                    hr *= 0.95
                    if name in ("I1", "I2"):
                        w *= 0.85
                if (quad, num) in missing:
                    continue
                t, n = frame(xc)
                gap = 12 if up else -12
                base = np.array([xc, occ_y(xc) - gap])
                # slight mesial tilt of the teeth next to the gap
                if quad == 1 and num in (5, 7):
                    ang = (0.07 if num == 7 else -0.05)
                    c, s_ = math.cos(ang), math.sin(ang)
                    t = np.array([c * t[0] - s_ * t[1], s_ * t[0] + c * t[1]])
                    n = np.array([c * n[0] - s_ * n[1], s_ * n[0] + c * n[1]])
                molar = roots == 2
                if (quad, num) == implant:
                    # crown
                    cr = local_to_img(base, t, n, crown_outline(w * 0.98, hc, True), up)
                    metal_layer += 0.93 * poly_mask(S, cr, blur=0)
                    # abutment
                    ab = local_to_img(base, t, n, [(-w * 0.22, hc * 0.8), (w * 0.22, hc * 0.8),
                                                   (w * 0.2, hc + 40), (-w * 0.2, hc + 40)], up)
                    metal_layer += 1.0 * poly_mask(S, ab, blur=0)
                    # threaded body
                    L = hr * 1.05
                    body = []
                    nth = 11
                    for k in range(nth * 2 + 1):
                        v = hc + 40 + L * k / (nth * 2)
                        taper = 1.0 - 0.25 * max(0.0, (v - hc - 40) / L - 0.6) / 0.4
                        half = w * (0.22 if k % 2 == 0 else 0.28) * taper
                        body.append((half, v))
                    body.append((w * 0.1, hc + 40 + L + 18))
                    body.append((-w * 0.1, hc + 40 + L + 18))
                    body += [(-u, v) for u, v in reversed(body[:-2])]
                    metal_layer += 1.0 * poly_mask(S, local_to_img(base, t, n, body, up), blur=0)
                    # inner screw channel slightly less dense
                    ch = local_to_img(base, t, n, [(-w * 0.05, hc + 30), (w * 0.05, hc + 30),
                                                   (w * 0.05, hc + 150), (-w * 0.05, hc + 150)], up)
                    metal_layer -= 0.12 * poly_mask(S, ch, blur=0)
                    continue
                crown = local_to_img(base, t, n, crown_outline(w * 0.94, hc, molar), up)
                rootp = [local_to_img(base, t, n, p, up) for p in root_outline(w * 0.94, hc, hr, roots)]
                tm = poly_mask(S, [crown] + rootp, blur=0)
                teeth_layer = np.maximum(teeth_layer, tm)
                # PDL space: thin dark halo around roots
                pdl_layer = np.maximum(pdl_layer, poly_mask(S, rootp, blur=0, width=9))
                # enamel cap: outer band of the crown
                enamel_inner = local_to_img(base, t, n, crown_outline(w * 0.72, hc * 0.9, molar), up)
                e = poly_mask(S, crown, blur=0) - 0.8 * poly_mask(S, [(x + 0.0, y) for x, y in enamel_inner], blur=0)
                band = local_to_img(base, t, n, [(-w, hc * 0.55), (w, hc * 0.55), (w, hc * 1.2), (-w, hc * 1.2)], up)
                e *= 1 - poly_mask(S, band, blur=0)
                enamel_layer = np.maximum(enamel_layer, np.clip(e, 0, 1))
                # pulp chamber + canals
                pc = [(-w * 0.16, hc * 0.45), (w * 0.16, hc * 0.45), (w * 0.13, hc * 0.95), (-w * 0.13, hc * 0.95)]
                pp = [local_to_img(base, t, n, pc, up)]
                for rp in root_outline(w * 0.94, hc, hr, roots):
                    top = ((rp[0][0] + rp[1][0]) / 2, hc * 0.9)
                    apex = (sum(p[0] for p in rp[-3:]) / 3, hc + hr * 0.86)
                    pp.append(local_to_img(base, t, n, [top, apex], up))
                pulp_layer = np.maximum(pulp_layer, poly_mask(S, pp[0], blur=0))
                for line in pp[1:]:
                    pulp_layer = np.maximum(pulp_layer, poly_mask(S, line, blur=0, width=max(7, w * 0.06)))
                    if (quad, num) in rootfill:
                        metal_layer += 0.85 * poly_mask(S, line, blur=0, width=max(8, w * 0.07))
                if (quad, num) in crowned:
                    metal_layer += 0.95 * poly_mask(S, local_to_img(base, t, n, crown_outline(w * 1.0, hc * 1.02, True), up), blur=0)
                elif (quad, num) in amalgam:
                    k = r.uniform(0.5, 0.8)
                    am = [(-w * 0.3 * k, -2), (w * 0.3 * k, -2), (w * 0.22 * k, hc * 0.38), (0, hc * 0.45),
                          (-w * 0.24 * k, hc * 0.36)]
                    if num in (4, 5):
                        am = [(w * 0.05, -2), (w * 0.45, -2), (w * 0.42, hc * 0.45), (w * 0.12, hc * 0.4)]
                    metal_layer += 0.95 * poly_mask(S, local_to_img(base, t, n, am, up), blur=0)

    # bone around the roots
    alveolar = poly_mask(S, [(460, 560), (1450, 680), (2440, 560), (2440, 330), (460, 330)], blur=0)
    alveolar += poly_mask(S, [(480, 800), (1450, 860), (2420, 800), (2300, 1140), (1450, 1200), (600, 1140)], blur=0)
    img += 28 * blur_arr(np.clip(alveolar, 0, 1), 30)
    trab = smooth_noise((H, W), 5, 18, octaves=2)
    img += 9 * trab * blur_arr(np.clip(alveolar, 0, 1), 30)

    img -= 30 * blur_arr(pdl_layer, 1.5) * (1 - teeth_layer)
    img = img * (1 - teeth_layer) + teeth_layer * (img * 0.35 + 118)
    img += 55 * blur_arr(enamel_layer, 2)
    img -= 45 * blur_arr(pulp_layer, 2) * teeth_layer
    metal = np.clip(metal_layer, 0, 1)
    img = img * (1 - metal) + metal * 246

    # imaging blur, noise, vignette
    img = blur_arr(img, 2.2)
    img += 5 * smooth_noise((H, W), 7, 6, octaves=1)
    img += r.normal(0, 3.5, (H, W)).astype(np.float32)
    d = np.hypot((xx - cx) / (W * 0.62), (yy - H * 0.48) / (H * 0.75))
    img *= 1.0 - 0.35 * smoothstep(0.6, 1.05, d)
    img = 255 * (np.clip(img, 0, 255) / 255) ** 0.95
    save_jpeg(Image.fromarray(to_u8(img), "L"), path, 85)


# --------------------------------------------------------------------------
# CBCT cross-section at 36
# --------------------------------------------------------------------------

def font(size):
    return ImageFont.load_default(size=size)


def cbct_36(path: Path):
    W, H = 1200, 900
    S = (W, H)
    r = rng(3636)
    img = np.full((H, W), 8.0, np.float32)
    # soft tissue envelope
    soft = [(380, 120), (520, 90), (700, 95), (840, 150), (880, 400), (860, 700), (760, 860), (600, 890),
            (420, 860), (330, 700), (320, 400)]
    img += 52 * blur_arr(poly_mask(S, soft, blur=0), 14)
    # bone cross-section (tear drop, crest up)
    bone = []
    for a in np.linspace(0, 2 * math.pi, 90, endpoint=False):
        x = 600 + 165 * math.sin(a) * (0.62 + 0.38 * (1 - math.cos(a)) / 2) ** 1.2
        y = 480 - 300 * math.cos(a) * (0.95 if math.cos(a) > 0 else 0.95)
        x += 18 * math.sin(2 * a)
        bone.append((x, y))
    bm = poly_mask(S, bone, blur=0)
    inner = [(600 + (x - 600) * 0.84, 490 + (y - 480) * 0.9) for x, y in bone]
    im = poly_mask(S, inner, blur=0)
    trab = smooth_noise((H, W), 11, 10, octaves=2)
    img = img * (1 - bm) + bm * 200
    img = img * (1 - im) + im * (112 + 35 * trab)
    # a few marrow spaces
    for _ in range(40):
        x, y = r.uniform(500, 700), r.uniform(300, 720)
        rr = r.uniform(6, 16)
        img -= 30 * ellipse_mask(S, (x - rr, y - rr * 0.8, x + rr, y + rr * 0.8), blur=3) * im
    # mandibular canal
    img = img * (1 - ellipse_mask(S, (565, 600, 645, 675), blur=2)) + ellipse_mask(S, (565, 600, 645, 675), blur=2) * 160
    canal = ellipse_mask(S, (575, 610, 635, 665), blur=2)
    img = img * (1 - canal) + canal * 55
    # tooth ghost (neighbouring crown) above crest
    img += 40 * blur_arr(ellipse_mask(S, (470, 40, 730, 175), blur=0), 20)
    img = blur_arr(img, 1.6)
    img += r.normal(0, 5, (H, W)).astype(np.float32)
    img += 6 * smooth_noise((H, W), 12, 4, octaves=1)

    pil = Image.fromarray(to_u8(img), "L")
    d = ImageDraw.Draw(pil)
    f = font(26)
    # ridge width 2 mm below the crest
    crest_y = 192
    y = crest_y + 40
    xs = [x for x in range(300, 900) if bm[y, x] > 0.5]
    x0, x1 = xs[0], xs[-1]
    d.line([(x0, y), (x1, y)], fill=255, width=3)
    for x in (x0, x1):
        d.line([(x, y - 12), (x, y + 12)], fill=255, width=3)
    d.text((x1 + 20, y - 16), "W  6.8 mm", fill=255, font=f)
    # height crest -> canal
    d.line([(600, crest_y), (600, 598)], fill=255, width=3)
    for yv in (crest_y, 598):
        d.line([(588, yv), (612, yv)], fill=255, width=3)
    d.text((618, 390), "H  13.4 mm", fill=255, font=f)
    # planned implant outline (dashed)
    for yv in range(crest_y + 6, 520, 18):
        d.line([(578, yv), (578, yv + 9)], fill=215, width=2)
        d.line([(622, yv), (622, yv + 9)], fill=215, width=2)
    d.line([(578, 520), (622, 520)], fill=215, width=2)
    # orientation labels + scale bar
    fs = font(22)
    d.text((40, 30), "36  cross-section 14 / 28", fill=200, font=fs)
    d.text((40, 440), "B", fill=200, font=fs)
    d.text((1140, 440), "L", fill=200, font=fs)
    d.line([(1000, 840), (1150, 840)], fill=220, width=3)
    d.text((1040, 808), "10 mm", fill=220, font=fs)
    save_jpeg(pil, path, 88)


# --------------------------------------------------------------------------
# intraoral photos
# --------------------------------------------------------------------------

ENAMEL = (238, 232, 214)
ENAMEL_CERV = (222, 200, 160)
ENAMEL_EDGE = (196, 202, 206)
GUM = (222, 128, 136)
GUM_DARK = (186, 78, 96)
LIP = (196, 96, 104)
CAVITY = (58, 18, 24)
SKIN = (222, 174, 146)
STUDIO = (128, 130, 133)

# mesiodistal width, crown height, buccolingual depth (mm)
UPPER = [(8.6, 10.6, 7.0), (6.6, 9.0, 6.2), (7.6, 10.0, 8.0), (7.0, 8.2, 9.0), (6.6, 7.6, 9.0),
         (10.2, 7.2, 11.0), (9.2, 6.8, 10.5)]
LOWER = [(5.4, 9.0, 6.0), (5.9, 9.2, 6.2), (6.9, 10.4, 7.5), (7.0, 8.2, 7.8), (7.1, 7.8, 8.2),
         (11.0, 7.2, 10.5), (10.4, 6.8, 10.0)]


def arch_points(teeth, a_coef, flip=1.0):
    """Positions of teeth along a parabolic arch z = a*x^2 (mm). Returns list of
    dicts with centre (x, z), tangent angle and dims, both sides."""
    out = []
    for side in (-1, 1):
        s = 0.0
        x = 0.0
        # walk along arc length
        for i, (w, h, d) in enumerate(teeth):
            target = s + w / 2
            # integrate arc length numerically
            while True:
                dx = 0.02
                z0 = a_coef * x * x
                z1 = a_coef * (x + dx) ** 2
                ds = math.hypot(dx, z1 - z0)
                if s + ds > target:
                    break
                s += ds
                x += dx
            xc, zc = side * x, a_coef * x * x
            ang = math.atan(2 * a_coef * x) * side  # tangent angle
            out.append(dict(i=i, side=side, x=xc, z=zc, ang=ang, w=w, h=h, d=d))
            # advance to the end of this tooth
            target = s + w / 2 + 0.15
            while s < target:
                dx = 0.02
                z0 = a_coef * x * x
                z1 = a_coef * (x + dx) ** 2
                s += math.hypot(dx, z1 - z0)
                x += dx
            s = target
    return out


def tooth_shape(x0, x1, top, bottom, upper, incisal_round=0.18, cerv_round=0.9, n=28):
    """Polygon of a crown seen from the buccal: cervical end rounded (ellipse),
    incisal/occlusal end squarer."""
    w = x1 - x0
    cx = (x0 + x1) / 2
    h = bottom - top
    pts = []
    # if upper: cervical at top, incisal at bottom
    ce = min(h * 0.45, w * 0.55 * cerv_round)
    ie = max(2.0, h * incisal_round * 0.5)
    cerv_y = top if upper else bottom
    inc_y = bottom if upper else top
    sgn = 1 if upper else -1
    # cervical arc
    for a in np.linspace(math.pi, 2 * math.pi, n):
        pts.append((cx + math.cos(a) * w * 0.46, cerv_y + sgn * (ce + math.sin(a) * ce)))
    # down the right side to incisal, squarish corners
    for a in np.linspace(0, math.pi / 2, n // 3):
        pts.append((cx + w / 2 - ie + math.cos(a) * ie, inc_y - sgn * ie + sgn * math.sin(a) * ie))
    for a in np.linspace(math.pi / 2, math.pi, n // 3):
        pts.append((cx - w / 2 + ie + math.cos(a) * ie, inc_y - sgn * ie + sgn * math.sin(a) * ie))
    return pts


def shade_tooth(canvas, pts, upper, top, bottom, seed, light=1.0, occlusal_detail=None):
    H, W = canvas.shape[:2]
    xs = [p[0] for p in pts]
    ys = [p[1] for p in pts]
    pad = 30
    bx0, by0 = max(0, int(min(xs)) - pad), max(0, int(min(ys)) - pad)
    bx1, by1 = min(W, int(max(xs)) + pad), min(H, int(max(ys)) + pad)
    if bx1 <= bx0 or by1 <= by0:
        return
    local = [(x - bx0, y - by0) for x, y in pts]
    m = poly_mask((bx1 - bx0, by1 - by0), local, blur=1.3)
    wpx = max(xs) - min(xs)
    body = blur_arr(poly_mask((bx1 - bx0, by1 - by0), local, blur=0), max(2, wpx * 0.16))
    yy = np.arange(by0, by1, dtype=np.float32)[:, None]
    t = (yy - top) / max(1.0, bottom - top)
    if not upper:
        t = 1 - t
    # t = 0 at cervical, 1 at incisal
    col = lerp(ENAMEL_CERV, ENAMEL, smoothstep(0.0, 0.45, t)[..., None])
    col = lerp(col, ENAMEL_EDGE, (0.55 * smoothstep(0.78, 1.0, t))[..., None])
    r = rng(seed)
    tint = 1.0 + r.uniform(-0.04, 0.03)
    shade = (0.62 + 0.42 * body)[..., None] * light * tint
    col = col * shade
    # specular highlight
    xx = np.arange(bx0, bx1, dtype=np.float32)[None, :]
    cxm = (min(xs) + max(xs)) / 2 - wpx * 0.12
    hl = np.exp(-(((xx - cxm) / (wpx * 0.13)) ** 2) - (((t - 0.45) / 0.22) ** 2))
    col = col + (55 * hl * body)[..., None]
    col = np.broadcast_to(col, (by1 - by0, bx1 - bx0, 3)).copy()
    if occlusal_detail is not None:
        occlusal_detail(col, bx0, by0)
    region = canvas[by0:by1, bx0:bx1]
    paint(region, m, col)


def render_arches(canvas, view, px_per_mm, centre, seed=1, open_mm=0.0, show_lower=True, spee=0.06, layout=None):
    """Buccal view of both arches (upper over lower, teeth in occlusion), yaw 'view' deg.
    Returns (visible bbox of the teeth)."""
    H, W = canvas.shape[:2]
    yaw = math.radians(view)
    f = 160.0  # camera distance (mm) for mild perspective
    items = []
    for upper, teeth, a in ((True, UPPER, 0.0235), (False, LOWER, 0.029)):
        if not upper and not show_lower:
            continue
        for tdef in arch_points(teeth, a):
            # buccal face endpoints along the tangent
            ca, sa = math.cos(tdef["ang"]), math.sin(tdef["ang"])
            off = 0.0 if upper else 1.1   # lower arch sits slightly inside
            nx, nz = -sa * tdef["side"] * 0 + (-sa), ca  # not used
            half = tdef["w"] / 2
            ends = []
            for s in (-1, 1):
                x = tdef["x"] + s * half * ca
                z = tdef["z"] + s * half * sa * (1 if tdef["side"] > 0 else 1)
                z += off
                # rotate about the arch centre (0, 18)
                xr = x * math.cos(yaw) - (z - 18) * math.sin(yaw)
                zr = x * math.sin(yaw) + (z - 18) * math.cos(yaw) + 18
                ends.append((xr, zr))
            (xa, za), (xb, zb) = ends
            # facing: outward normal of the arch in the rotated frame
            nxo = -math.sin(tdef["ang"]) * -1
            normal = (math.sin(-tdef["ang"]) * -1, -math.cos(tdef["ang"]))
            nxr = normal[0] * math.cos(yaw) - normal[1] * math.sin(yaw)
            nzr = normal[0] * math.sin(yaw) + normal[1] * math.cos(yaw)
            facing = -nzr  # camera looks along +z
            if facing < 0.3:
                continue
            zc = (za + zb) / 2
            items.append((zc, upper, tdef, xa, xb, za, zb, facing))
    items.sort(key=lambda it: (-it[0], it[1]))  # far first; lower before upper at same depth
    bbox = [1e9, 1e9, -1e9, -1e9]
    for k, (zc, upper, tdef, xa, xb, za, zb, facing) in enumerate(items):
        sa_ = f / (f + za)
        sb_ = f / (f + zb)
        sc = f / (f + zc)
        X0 = centre[0] + min(xa * sa_, xb * sb_) * px_per_mm
        X1 = centre[0] + max(xa * sa_, xb * sb_) * px_per_mm
        if X1 - X0 < 4:
            continue
        # occlusal plane with curve of Spee (posterior teeth a bit higher)
        occ = centre[1] - spee * tdef["z"] * px_per_mm * sc * 1.0
        h = tdef["h"] * px_per_mm * sc * (1.0 if upper else 0.85)
        if upper:
            top, bottom = occ - h + open_mm * 0 - 0.0, occ + 0.10 * h * (tdef["i"] < 2)
            top -= open_mm * px_per_mm / 2
            bottom -= open_mm * px_per_mm / 2
        else:
            top = occ - (2.2 if tdef["i"] < 2 else 1.0) * px_per_mm * sc
            bottom = top + h
            top += open_mm * px_per_mm / 2
            bottom += open_mm * px_per_mm / 2
        if layout is not None:
            layout.append((X0, X1, top, bottom, upper))
            continue
        pts = tooth_shape(X0 + 1.5 * sc, X1 - 1.5 * sc, top, bottom, upper, cerv_round=0.62)
        light = (0.80 + 0.2 * facing) * (0.78 + 0.22 * sc / (f / (f - 5)))
        if tdef["i"] >= 5:
            light *= 0.9
        shade_tooth(canvas, pts, upper, top, bottom, seed * 100 + k, light=light)
        bbox = [min(bbox[0], X0), min(bbox[1], top), max(bbox[2], X1), max(bbox[3], bottom)]
    return bbox


def draw_gums(canvas, lay, seed, px, lower=True):
    """Gingiva whose margin follows the teeth: papillae reach ~40% down the crowns."""
    H, W = canvas.shape[:2]
    S = (W, H)
    for upper in (True, False):
        if not upper and not lower:
            continue
        boxes = sorted([b for b in lay if b[4] == upper], key=lambda b: (b[0] + b[1]) / 2)
        if not boxes:
            continue
        edge = []
        for X0, X1, top, bottom, _ in boxes:
            h = bottom - top
            if upper:
                edge += [(X0, top + 0.38 * h), ((X0 + X1) / 2, top + 0.12 * h), (X1, top + 0.38 * h)]
            else:
                edge += [(X0, bottom - 0.38 * h), ((X0 + X1) / 2, bottom - 0.12 * h), (X1, bottom - 0.38 * h)]
        edge.sort()
        ys = np.interp(np.arange(W), [e[0] for e in edge], [e[1] for e in edge])
        ys_s = blur_arr(ys[None, :].repeat(3, 0), 25)[1]
        yy = np.arange(H, dtype=np.float32)[:, None]
        m = (yy < ys_s[None, :]) if upper else (yy > ys_s[None, :])
        m = blur_arr(m.astype(np.float32), 3)
        ref = float(np.median(ys_s))
        paint(canvas, m, gum_colour(S, seed + (1 if upper else 2), ref - (4 * px if upper else -4 * px), upper, px))


def gum_layer(S, centre, px, upper_y, lower_y, half_w, seed):
    """Masks for upper/lower gingiva bands (scalloped edges are produced by the teeth)."""
    W, H = S
    cx, cy = centre
    up = [(cx - half_w * 1.1, cy - 20 * px)]
    for x in np.linspace(-half_w * 1.1, half_w * 1.1, 40):
        up.append((cx + x, upper_y + (abs(x) / half_w) ** 2 * -0.5 * px))
    up.append((cx + half_w * 1.1, cy - 20 * px))
    lo = [(cx - half_w * 1.1, cy + 20 * px)]
    for x in np.linspace(-half_w * 1.1, half_w * 1.1, 40):
        lo.append((cx + x, lower_y + (abs(x) / half_w) ** 2 * -1.5 * px))
    lo.append((cx + half_w * 1.1, cy + 20 * px))
    return poly_mask(S, up, blur=4), poly_mask(S, lo, blur=4)


def gum_colour(S, seed, y_ref, upward, px):
    W, H = S
    yy = np.arange(H, dtype=np.float32)[:, None, None]
    d = (y_ref - yy) if upward else (yy - y_ref)
    t = smoothstep(1.5 * px, 7 * px, d)  # towards the mucogingival junction -> darker/redder
    col = lerp(GUM, GUM_DARK, t)
    n = smooth_noise((H, W), seed, 60, octaves=2)[..., None]
    col = col * (1 + 0.05 * n)
    return np.broadcast_to(col, (H, W, 3))


def finish_photo(canvas, seed, noise=3.2, vignette=0.18):
    H, W = canvas.shape[:2]
    r = rng(seed)
    yy, xx = np.mgrid[0:H, 0:W].astype(np.float32)
    d = np.hypot((xx - W / 2) / (W / 2), (yy - H / 2) / (H / 2))
    canvas *= (1 - vignette * smoothstep(0.5, 1.45, d))[..., None]
    canvas += r.normal(0, noise, (H, W, 1)).astype(np.float32) * 0.7
    canvas += r.normal(0, noise * 0.6, (H, W, 3)).astype(np.float32)
    return Image.fromarray(to_u8(canvas), "RGB")


def retractor(canvas, side, seed):
    """Clear plastic cheek retractor at the left (-1) or right (+1) edge."""
    H, W = canvas.shape[:2]
    S = (W, H)
    x_edge = 0 if side < 0 else W
    s = 1 if side < 0 else -1
    outer = []
    inner = []
    for a in np.linspace(-1.0, 1.0, 40):
        y = H / 2 + a * H * 0.62
        outer.append((x_edge + s * (380 - 150 * a * a), y))
        inner.append((x_edge + s * (250 - 150 * a * a), y))
    body = poly_mask(S, outer + [(x_edge - s * 10, H + 100), (x_edge - s * 10, -100)], blur=3)
    hole = poly_mask(S, inner + [(x_edge - s * 10, H + 100), (x_edge - s * 10, -100)], blur=3)
    rim = np.clip(body - hole, 0, 1)
    flat = hole
    # plastic: brighten + slightly desaturate what is behind
    grey = canvas.mean(axis=2, keepdims=True)
    paint(canvas, 0.35 * flat, np.concatenate([grey] * 3, axis=2) * 0.6 + 110)
    paint(canvas, 0.55 * rim, (236, 238, 240))
    hl = poly_mask(S, [(x_edge + s * (360 - 150 * a * a), H / 2 + a * H * 0.55) for a in np.linspace(-0.8, 0.8, 30)],
                   blur=6, width=10)
    paint(canvas, 0.8 * hl, (255, 255, 255))


def mouth_scene(W, H, view, seed, px=46.0, lips=True):
    """Retracted buccal photo: returns float canvas."""
    S = (W, H)
    canvas = np.zeros((H, W, 3), np.float32)
    canvas[:] = CAVITY
    yy, xx = np.mgrid[0:H, 0:W].astype(np.float32)
    # darker buccal corridors
    canvas *= (1 - 0.55 * smoothstep(0.2, 0.95, np.abs(xx - W / 2) / (W / 2)))[..., None]
    cy = H * 0.52
    lay = []
    render_arches(canvas, view, px, (0.0, cy), seed=seed, layout=lay)
    x_lo = min(b[0] for b in lay)
    x_hi = max(b[1] for b in lay)
    centre = (W / 2 - (x_lo + x_hi) / 2, cy)
    lay = []
    render_arches(canvas, view, px, centre, seed=seed, layout=lay)
    draw_gums(canvas, lay, seed, px)
    render_arches(canvas, view, px, centre, seed=seed)
    # lips / vestibule frame (stretched by the retractors)
    if lips:
        ring_out = []
        ring_in = []
        for a in np.linspace(0, 2 * math.pi, 120, endpoint=False):
            ca, sa = math.cos(a), math.sin(a)
            rx_in, ry_in = W * 0.47, H * 0.47
            ex = 2.6
            cxs = abs(ca) ** (2 / ex) * np.sign(ca)
            sys_ = abs(sa) ** (2 / ex) * np.sign(sa)
            ring_in.append((W / 2 + rx_in * cxs, cy + ry_in * sys_))
            ring_out.append((W / 2 + rx_in * 1.25 * cxs, cy + ry_in * 1.35 * sys_))
        inner_m = poly_mask(S, ring_in, blur=6)
        outside = 1 - inner_m
        lipcol = lerp(LIP, (150, 60, 72), smoothstep(0, 1, np.abs(yy - cy) / H)[..., None] * 0)
        n = smooth_noise((H, W), seed + 3, 50)[..., None]
        lipcol = np.asarray(LIP, np.float32) * (1 + 0.06 * n)
        # lip shading: darker towards the inner (moist) edge
        edge = blur_arr(inner_m, 40)
        lipcol = lipcol * (1 - 0.25 * edge[..., None]) + 25 * (blur_arr(outside, 12) * (1 - blur_arr(outside, 60)))[..., None]
        paint(canvas, outside, lipcol)
        out_m = poly_mask(S, ring_out, blur=10)
        skin = np.asarray(SKIN, np.float32) * (1 + 0.03 * smooth_noise((H, W), seed + 4, 80)[..., None])
        paint(canvas, 1 - out_m, skin)
        retractor(canvas, -1, seed)
        retractor(canvas, 1, seed)
    return canvas


def occlusal_scene(W, H, upper, seed):
    S = (W, H)
    px = 36.0
    canvas = np.zeros((H, W, 3), np.float32)
    yy, xx = np.mgrid[0:H, 0:W].astype(np.float32)
    # mucosa/lips behind everything, darker at edges
    canvas[:] = (176, 84, 92)
    canvas *= (0.75 + 0.25 * (1 - smoothstep(0.3, 1.2, np.hypot((xx - W / 2) / W, (yy - H / 2) / H) * 2)))[..., None]
    teeth = UPPER if upper else LOWER
    a = 0.0235 if upper else 0.029
    arch = arch_points(teeth, a * 0.9)
    # incisors towards the top for the upper view, bottom for the lower view (mirror shot)
    y0 = H * 0.16 if upper else H * 0.84
    sgn = 1 if upper else -1

    def P(x, z):
        return (W / 2 + x * px, y0 + sgn * z * px * 1.05)

    # palate / tongue inside the arch
    inner = [P(t["x"] - 0 * t["side"], t["z"]) for t in arch]
    left = sorted([t for t in arch if t["side"] < 0], key=lambda t: -t["i"])
    right = sorted([t for t in arch if t["side"] > 0], key=lambda t: t["i"])
    def inset(t, k):
        # move towards the inside of the arch by k mm
        nx, nz = -math.sin(t["ang"]), math.cos(t["ang"])
        return P(t["x"] + nx * k * 1.0, t["z"] + nz * k)
    ring = [inset(t, t["d"] * 0.5) for t in left] + [inset(t, t["d"] * 0.5) for t in right]
    ring_out = [inset(t, -t["d"] * 0.5 - 2.5) for t in left] + [inset(t, -t["d"] * 0.5 - 2.5) for t in right]
    last_l, last_r = left[0], right[-1]
    inner_poly = ring + [P(last_r["x"] - 4, last_r["z"] + 14), P(last_l["x"] + 4, last_l["z"] + 14)]
    # gingiva around the teeth
    gum_poly = ring_out + [P(last_r["x"] + 4, last_r["z"] + 10), P(last_l["x"] - 4, last_l["z"] + 10)]
    gm = poly_mask(S, gum_poly, blur=12)
    n = smooth_noise((H, W), seed, 70)[..., None]
    paint(canvas, gm, np.asarray(GUM, np.float32) * (0.95 + 0.05 * n))
    im = poly_mask(S, inner_poly, blur=10)
    if upper:
        pal = np.asarray((214, 124, 132), np.float32) * (1 + 0.05 * n)
        d = blur_arr(im, 80)[..., None]
        pal = pal * (0.8 + 0.2 * d)
        paint(canvas, im, pal)
        # rugae
        for k in range(4):
            for s in (-1, 1):
                pts = [P(s * (1.0 + j * 1.1), 8.5 + k * 2.6 + 0.6 * math.sin(j + k) + 0.25 * j) for j in range(7)]
                rm = poly_mask(S, pts, blur=7, width=22)
                paint(canvas, 0.35 * rm * im, (236, 156, 160))
        # median raphe
        paint(canvas, 0.3 * poly_mask(S, [P(0, 8), P(0, 40)], blur=8, width=14) * im, (238, 160, 164))
    else:
        # tongue
        tongue = np.asarray((200, 96, 104), np.float32) * (1 + 0.08 * smooth_noise((H, W), seed + 9, 12)[..., None])
        d = blur_arr(im, 90)[..., None]
        paint(canvas, im, tongue * (0.75 + 0.3 * d))
        paint(canvas, 0.25 * poly_mask(S, [P(0, 18), P(0, 45)], blur=16, width=30) * im, (150, 60, 72))
    # teeth, seen from the occlusal
    r = rng(seed)
    for k, t in enumerate(sorted(arch, key=lambda t: t["z"])):
        ca, sa = math.cos(t["ang"]), math.sin(t["ang"])
        nx, nz = -sa, ca
        w, d = t["w"] * 0.96, t["d"]
        pts = []
        for a_ in np.linspace(0, 2 * math.pi, 48, endpoint=False):
            c, s_ = math.cos(a_), math.sin(a_)
            e = 3.0 if t["i"] >= 3 else 2.2
            u = np.sign(c) * abs(c) ** (2 / e) * w / 2
            v = np.sign(s_) * abs(s_) ** (2 / e) * d / 2
            if t["i"] < 2:
                v *= 0.55  # incisors: thin
            pts.append(P(t["x"] + u * ca + v * nx, t["z"] + u * sa + v * nz))
        cen = P(t["x"], t["z"])

        def detail(col, bx0, by0, t=t, ca=ca, sa=sa, nx=nx, nz=nz, w=w, d=d):
            hh, ww = col.shape[:2]
            lines = []
            if t["i"] >= 3:
                lines.append([P(t["x"] - w * 0.3 * ca, t["z"] - w * 0.3 * sa), P(t["x"] + w * 0.3 * ca, t["z"] + w * 0.3 * sa)])
            if t["i"] >= 5:
                for q in (-0.18, 0.18):
                    lines.append([P(t["x"] + q * w * ca - d * 0.3 * nx, t["z"] + q * w * sa - d * 0.3 * nz),
                                  P(t["x"] + q * w * ca + d * 0.3 * nx, t["z"] + q * w * sa + d * 0.3 * nz)])
            if t["i"] < 3:
                lines.append([P(t["x"] - w * 0.4 * ca, t["z"] - w * 0.4 * sa), P(t["x"] + w * 0.4 * ca, t["z"] + w * 0.4 * sa)])
            if not lines:
                return
            lm = poly_mask((ww, hh), [[(x - bx0, y - by0) for x, y in l] for l in lines], blur=5, width=9)
            col *= (1 - 0.28 * lm)[..., None]

        shade_tooth(canvas, pts, True, cen[1] - d * px, cen[1] + d * px, seed + k, light=0.98, occlusal_detail=detail)
    # mirror edge: dark frame + lips at the arch opening side
    edge = 1 - poly_mask(S, [(40, 30), (W - 40, 30), (W - 40, H - 30), (40, H - 30)], blur=40)
    paint(canvas, 0.8 * edge, (40, 34, 36))
    return canvas


def face_scene(W, H, seed, smile=True):
    """Lower-face close-up with a smile."""
    S = (W, H)
    yy, xx = np.mgrid[0:H, 0:W].astype(np.float32)
    canvas = np.zeros((H, W, 3), np.float32)
    canvas[:] = SKIN
    canvas *= (1 + 0.04 * smooth_noise((H, W), seed, 120)[..., None])
    # shading: cheeks rounder, darker at the sides and under the chin
    canvas *= (1 - 0.25 * smoothstep(0.45, 1.0, np.abs(xx - W / 2) / (W / 2)))[..., None]
    cy = H * 0.5
    mouth = []
    for a in np.linspace(0, 2 * math.pi, 160, endpoint=False):
        x = math.cos(a)
        y = math.sin(a)
        # smile: lower edge more curved than upper
        yy_ = y * (0.17 if y > 0 else 0.07) * H + 0.10 * H * (x * x) * -1
        mouth.append((W / 2 + x * W * 0.29, cy + yy_ + 0.05 * H))
    mm = poly_mask(S, mouth, blur=4)
    inner = np.zeros_like(canvas)
    inner[:] = CAVITY
    inner *= (1 - 0.6 * smoothstep(0.3, 1.0, np.abs(xx - W / 2) / (W * 0.29)))[..., None]
    px = 30.0
    icx, icy = W / 2, cy + 0.095 * H
    lay = []
    render_arches(inner, 0, px, (icx, icy), seed=seed, open_mm=1.0, layout=lay)
    draw_gums(inner, lay, seed, px, lower=False)
    render_arches(inner, 0, px, (icx, icy), seed=seed, open_mm=1.0)
    paint(canvas, mm, inner)
    # lips
    up_lip = []
    lo_lip = []
    for x in np.linspace(-1, 1, 80):
        base_u = cy + (-0.07 * H) * math.sqrt(max(0, 1 - x * x)) - 0.10 * H * x * x + 0.05 * H
        bow = -0.045 * H * (1 - min(1, abs(abs(x) - 0.14) / 0.14) ** 1.5) if abs(x) < 0.4 else 0
        up_lip.append((W / 2 + x * W * 0.30, base_u - 0.085 * H * math.sqrt(max(0, 1 - x * x)) + bow + 0.01 * H * abs(x)))
    for x in np.linspace(1, -1, 80):
        base_u = cy + (-0.07 * H) * math.sqrt(max(0, 1 - x * x)) - 0.10 * H * x * x + 0.05 * H
        up_lip.append((W / 2 + x * W * 0.29, base_u))
    for x in np.linspace(-1, 1, 80):
        base_l = cy + 0.17 * H * math.sqrt(max(0, 1 - x * x)) - 0.10 * H * x * x + 0.05 * H
        lo_lip.append((W / 2 + x * W * 0.29, base_l))
    for x in np.linspace(1, -1, 80):
        base_l = cy + 0.17 * H * math.sqrt(max(0, 1 - x * x)) - 0.10 * H * x * x + 0.05 * H
        lo_lip.append((W / 2 + x * W * 0.30, base_l + 0.10 * H * math.sqrt(max(0, 1 - x * x)) ** 1.2 + 0.005 * H))
    lipm = poly_mask(S, [up_lip, lo_lip], blur=5)
    lipcol = np.asarray((200, 104, 110), np.float32) * (1 + 0.05 * smooth_noise((H, W), seed + 5, 30)[..., None])
    lipcol = lipcol * (0.8 + 0.25 * blur_arr(lipm, 40)[..., None])
    paint(canvas, lipm, lipcol)
    # lower lip highlight
    hl = poly_mask(S, [(W / 2 + x * W * 0.12, cy + 0.05 * H + 0.24 * H - 0.02 * H * x * x) for x in np.linspace(-1, 1, 20)],
                   blur=30, width=40)
    paint(canvas, 0.35 * hl, (246, 200, 200))
    # nose base + chin shadow
    nose = ellipse_mask(S, (W / 2 - 420, -260, W / 2 + 420, 0.16 * H), blur=70)
    canvas *= (1 - 0.12 * nose)[..., None]
    chin = ellipse_mask(S, (W / 2 - 900, 0.86 * H, W / 2 + 900, 1.4 * H), blur=120)
    canvas *= (1 - 0.08 * chin)[..., None]
    return canvas


def portrait_scene(W, H, seed):
    S = (W, H)
    yy, xx = np.mgrid[0:H, 0:W].astype(np.float32)
    canvas = np.zeros((H, W, 3), np.float32)
    # studio grey with a soft light spot behind the head
    spot = np.exp(-(((xx - W * 0.5) / (W * 0.45)) ** 2 + ((yy - H * 0.4) / (H * 0.7)) ** 2))
    canvas[:] = STUDIO
    canvas *= (0.72 + 0.45 * spot)[..., None]
    cx = W / 2
    # shoulders / clothing
    sh = [(cx - 1400, H + 50), (cx - 1250, 1650), (cx - 800, 1470), (cx - 330, 1400), (cx + 330, 1400),
          (cx + 800, 1470), (cx + 1250, 1650), (cx + 1400, H + 50)]
    shm = poly_mask(S, sh, blur=8)
    cloth = np.asarray((42, 52, 70), np.float32) * (0.8 + 0.3 * blur_arr(shm, 90)[..., None])
    paint(canvas, shm, cloth)
    # neck
    neck = poly_mask(S, [(cx - 230, 1000), (cx + 230, 1000), (cx + 260, 1470), (cx, 1560), (cx - 260, 1470)], blur=10)
    skin_dark = np.asarray((178, 128, 104), np.float32)
    paint(canvas, neck, skin_dark)
    # hair (behind)
    hair_back = ellipse_mask(S, (cx - 470, 150, cx + 470, 1150), blur=10)
    hair_col = np.asarray((58, 40, 32), np.float32) * (1 + 0.15 * smooth_noise((H, W), seed, 14)[..., None])
    paint(canvas, hair_back, hair_col)
    # ears
    for s in (-1, 1):
        paint(canvas, ellipse_mask(S, (cx + s * 400 - 60, 640, cx + s * 400 + 60, 880), blur=8), (196, 140, 116))
    # face
    face = []
    for a in np.linspace(0, 2 * math.pi, 120, endpoint=False):
        x = math.sin(a)
        y = -math.cos(a)
        rx = 395 * (1 - 0.22 * max(0, y) ** 2)
        face.append((cx + x * rx, 740 + y * (520 if y > 0 else 470)))
    fm = poly_mask(S, face, blur=6)
    skin = np.asarray(SKIN, np.float32) * (1 + 0.03 * smooth_noise((H, W), seed + 1, 60)[..., None])
    light = 0.78 + 0.3 * blur_arr(fm, 120)[..., None] - 0.08 * ((xx - cx) / 400)[..., None].clip(-1, 1)
    paint(canvas, fm, skin * light)
    # hair fringe
    fringe = poly_mask(S, [(cx - 440, 640), (cx - 420, 330), (cx - 200, 190), (cx + 150, 200), (cx + 420, 330),
                           (cx + 440, 640), (cx + 360, 430), (cx + 80, 380), (cx - 250, 420), (cx - 380, 520)], blur=10)
    paint(canvas, fringe, hair_col)
    # features, soft
    for s in (-1, 1):
        ex = cx + s * 165
        paint(canvas, 0.25 * ellipse_mask(S, (ex - 120, 560, ex + 120, 600), blur=14), (90, 60, 50))   # brow
        paint(canvas, 0.9 * ellipse_mask(S, (ex - 70, 665, ex + 70, 715), blur=5), (240, 236, 230))  # sclera
        paint(canvas, ellipse_mask(S, (ex - 30, 660, ex + 30, 720), blur=4), (74, 56, 44))           # iris
        paint(canvas, 0.5 * ellipse_mask(S, (ex - 80, 640, ex + 80, 672), blur=8), (150, 100, 84))   # lid crease
    paint(canvas, 0.25 * poly_mask(S, [(cx - 10, 700), (cx - 30, 900), (cx - 70, 950)], blur=14, width=16), (150, 100, 84))
    paint(canvas, 0.3 * ellipse_mask(S, (cx - 80, 935, cx + 80, 985), blur=16), (150, 96, 80))
    # smile: lips + teeth strip
    mouth = ellipse_mask(S, (cx - 170, 1040, cx + 170, 1130), blur=4)
    paint(canvas, mouth, (196, 98, 104))
    teeth = ellipse_mask(S, (cx - 140, 1060, cx + 140, 1105), blur=3)
    paint(canvas, teeth, (236, 228, 212))
    for k in range(-3, 4):
        paint(canvas, 0.25 * poly_mask(S, [(cx + k * 38, 1062), (cx + k * 38, 1100)], blur=2, width=3) * teeth, (150, 130, 110))
    return canvas


# --------------------------------------------------------------------------
# logo + cover
# --------------------------------------------------------------------------

def clinic_logo(path: Path):
    SS = 4
    W, H = 600 * SS, 200 * SS
    img = Image.new("RGBA", (W, H), (0, 0, 0, 0))
    d = ImageDraw.Draw(img)
    teal = (20, 110, 120, 255)
    cx, cy = W / 2, H / 2
    s = 0.78 * H / 2
    # molar outline from Bezier-ish curves
    pts = []
    def bez(p0, p1, p2, p3, n=40):
        for t in np.linspace(0, 1, n):
            a = (1 - t) ** 3
            b = 3 * (1 - t) ** 2 * t
            c = 3 * (1 - t) * t * t
            e = t ** 3
            pts.append((a * p0[0] + b * p1[0] + c * p2[0] + e * p3[0], a * p0[1] + b * p1[1] + c * p2[1] + e * p3[1]))
    P = lambda x, y: (cx + x * s, cy + y * s)
    bez(P(0, -0.72), P(0.35, -1.05), P(0.95, -1.0), P(0.92, -0.35))
    bez(P(0.92, -0.35), P(0.9, 0.2), P(0.62, 0.4), P(0.55, 0.95))
    bez(P(0.55, 0.95), P(0.5, 1.15), P(0.28, 1.1), P(0.22, 0.75))
    bez(P(0.22, 0.75), P(0.15, 0.35), P(-0.15, 0.35), P(-0.22, 0.75))
    bez(P(-0.22, 0.75), P(-0.28, 1.1), P(-0.5, 1.15), P(-0.55, 0.95))
    bez(P(-0.55, 0.95), P(-0.62, 0.4), P(-0.9, 0.2), P(-0.92, -0.35))
    bez(P(-0.92, -0.35), P(-0.95, -1.0), P(-0.35, -1.05), P(0, -0.72))
    d.line(pts + [pts[0]], fill=teal, width=int(0.085 * s), joint="curve")
    # an inner leaf/sparkle accent
    acc = []
    pts = []
    bez(P(-0.25, -0.25), P(-0.05, -0.55), P(0.3, -0.6), P(0.45, -0.45))
    bez(P(0.45, -0.45), P(0.3, -0.2), P(0.0, -0.1), P(-0.25, -0.25))
    d.polygon(pts, fill=(196, 160, 90, 255))
    img = img.resize((600, 200), Image.LANCZOS)
    img.save(path, "PNG", optimize=True)
    print(f"  {show_path(path)}  600x200 RGBA  {path.stat().st_size // 1024} KB")


def cover(path: Path):
    W, H = 2480, 1200
    w, h = W // 4, H // 4
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    deep = np.array((18, 78, 86), np.float32)
    teal = np.array((62, 140, 146), np.float32)
    ivory = np.array((244, 238, 224), np.float32)
    t = smoothstep(0.0, 1.0, (xx / w) * 0.8 + (yy / h) * 0.35)
    c = lerp(ivory, teal, t[..., None])
    c = lerp(c, deep, smoothstep(0.7, 1.2, (xx / w) * 0.7 + (yy / h) * 0.5)[..., None])
    r = rng(2480)
    for k in range(14):
        x, y = r.uniform(0, w), r.uniform(0, h)
        rad = r.uniform(20, 120)
        col = ivory if r.random() < 0.6 else np.array((150, 210, 206), np.float32)
        m = np.exp(-(((xx - x) ** 2 + (yy - y) ** 2) / (2 * rad * rad)))
        c = lerp(c, col, (m * r.uniform(0.15, 0.4))[..., None])
    # a soft diagonal light band
    band = np.exp(-((((xx / w) - (yy / h) * 0.6 - 0.35) / 0.12) ** 2))
    c = lerp(c, ivory, (0.25 * band)[..., None])
    big = Image.fromarray(to_u8(c), "RGB").resize((W, H), Image.BICUBIC).filter(ImageFilter.GaussianBlur(12))
    a = np.asarray(big, np.float32)
    a += rng(2481).normal(0, 1.6, (H, W, 1)).astype(np.float32)
    save_jpeg(Image.fromarray(to_u8(a), "RGB"), path, 85)


# --------------------------------------------------------------------------
# bad inputs
# --------------------------------------------------------------------------

def png_chunk(typ: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + typ + data + struct.pack(">I", zlib.crc32(typ + data) & 0xFFFFFFFF)


def one_colour_png(path: Path, w: int, h: int, grey: int):
    """Streamed 8-bit greyscale PNG of one colour (no full bitmap in memory)."""
    row = b"\x00" + bytes([grey]) * w
    comp = zlib.compressobj(9)
    parts = []
    for _ in range(h):
        parts.append(comp.compress(row))
    parts.append(comp.flush())
    data = b"".join(parts)
    out = b"\x89PNG\r\n\x1a\n" + png_chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 0, 0, 0, 0))
    for i in range(0, len(data), 1 << 20):
        out += png_chunk(b"IDAT", data[i:i + (1 << 20)])
    out += png_chunk(b"IEND", b"")
    path.write_bytes(out)
    print(f"  {show_path(path)}  {w}x{h} L  {len(out)} B")


def bad_files():
    BAD.mkdir(parents=True, exist_ok=True)
    r = rng(404)
    # corrupt.jpg: real headers, then a broken Huffman table and scrambled scan data
    src = Image.fromarray(to_u8(r.uniform(0, 255, (64, 96, 3))), "RGB")
    b = io.BytesIO()
    src.save(b, "JPEG", quality=80)
    j = bytearray(b.getvalue())
    dht = j.find(b"\xff\xc4")
    sos = j.find(b"\xff\xda")
    # bogus Huffman table: code counts that sum past 256 ("Bogus Huffman table definition")
    for k in range(16):
        j[dht + 5 + k] = 0xFF
    scan = j[sos + 14:]
    half = bytearray(scan[: len(scan) // 2])
    perm = r.permutation(len(half))
    half = bytearray(half[i] for i in perm)
    half = half.replace(b"\xff", b"\xfe")
    corrupt = bytes(j[: sos + 14]) + bytes(half) + b"\xff\xd9"
    (BAD / "corrupt.jpg").write_bytes(corrupt)
    print(f"  {show_path(BAD / 'corrupt.jpg')}  {len(corrupt)} B")
    # not-a-jpeg.jpg
    txt = b"This is not a JPEG file. It is plain text saved with a .jpg extension.\n"
    (BAD / "not-a-jpeg.jpg").write_bytes(txt)
    print(f"  {show_path(BAD / 'not-a-jpeg.jpg')}  {len(txt)} B")
    # truncated.png: cut after IHDR and part of IDAT
    src = Image.fromarray(to_u8(r.uniform(0, 255, (128, 128, 3))), "RGB")
    b = io.BytesIO()
    src.save(b, "PNG")
    p = b.getvalue()
    idat = p.find(b"IDAT")
    idat_len = struct.unpack(">I", p[idat - 4: idat])[0]
    trunc = p[: idat + 4 + idat_len // 3]
    (BAD / "truncated.png").write_bytes(trunc)
    print(f"  {show_path(BAD / 'truncated.png')}  {len(trunc)} B")
    # huge / bomb PNGs
    one_colour_png(BAD / "huge-40000.png", 40000, 10, 200)
    one_colour_png(BAD / "bomb-20000.png", 20000, 20000, 230)
    # huge JPEG 40000 x 8
    hj = Image.new("RGB", (40000, 8), (210, 220, 230))
    hj.save(BAD / "huge-40000.jpg", "JPEG", quality=80)
    print(f"  {show_path(BAD / 'huge-40000.jpg')}  40000x8  {(BAD / 'huge-40000.jpg').stat().st_size} B")


# --------------------------------------------------------------------------

def main():
    import sys
    only = set(sys.argv[1:])

    def want(name):
        return not only or name in only

    if want("xray"):
        xray_panoramic(IMAGES / "xray-panoramic.jpg")
    if want("cbct"):
        cbct_36(IMAGES / "cbct-36.jpg")
    PW, PH = 3000, 2000
    if want("photos"):
        save_jpeg(finish_photo(portrait_scene(PW, PH, 10), 10), IMAGES / "photo-portrait.jpg", 82)
        smile = finish_photo(face_scene(PW, PH, 20), 20)
        save_jpeg(smile, IMAGES / "photo-smile.jpg", 82)
        small = smile.resize((800, 533), Image.LANCZOS)
        save_jpeg(small.convert("CMYK"), IMAGES / "photo-cmyk.jpg", 85)
        save_jpeg(small.convert("L"), IMAGES / "photo-grey.jpg", 85)
        save_jpeg(finish_photo(mouth_scene(PW, PH, 0, 30), 30), IMAGES / "photo-frontal.jpg", 82)
        left = finish_photo(mouth_scene(PW, PH, 38, 40), 40)
        ex = Image.Exif()
        ex[0x0112] = 6  # Orientation: rotate 90° CW to display
        save_jpeg(left.transpose(Image.ROTATE_90), IMAGES / "photo-left.jpg", 82, exif=ex.tobytes())
        save_jpeg(finish_photo(mouth_scene(PW, PH, -38, 50), 50), IMAGES / "photo-right.jpg", 82)
        save_jpeg(finish_photo(occlusal_scene(PW, PH, True, 60), 60), IMAGES / "photo-upper.jpg", 82)
        save_jpeg(finish_photo(occlusal_scene(PW, PH, False, 70), 70), IMAGES / "photo-lower.jpg", 82)
    if want("logo"):
        clinic_logo(IMAGES / "clinic-logo.png")
    if want("cover"):
        cover(IMAGES / "cover.jpg")
    if want("bad"):
        bad_files()


if __name__ == "__main__":
    main()

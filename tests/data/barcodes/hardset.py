#!/usr/bin/python3
"""The hard evaluation set: 1280x720 grey camera frames of what a kiosk camera meets, from a seed.

OUTDIR/<kind>/<nnn>-<impairments>.png with <nnn>-<impairments>.txt holding the text the kiosk must read
(empty for negative/). Kinds: return-qr (a return token on a phone screen), receipt-code128 (the order
number on a thermal receipt), ean13 and upca (hang tags and product labels), gs1-datamatrix (GS1 labels
anywhere in the frame, some printed in dots), negative (decoy frames with no code). Every frame has a 3-D
pose and camera noise, and a random draw of the impairments its kind meets, at the severities a camera at
arm's length in a bright store sees: screen moire and glare, dim or overbright screens, dark mode, faded and
streaked thermal print, paper curl, motion and focus blur, JPEG, modules down to about 1 px, codes near the
frame edge, dotted DataMatrix. The file name lists the impairments drawn.

Same seed, count and tools (zint, mint-return-token): same images. Each frame draws from its own generator
(seed, kind, number), so --count only adds or drops frames at the end.
usage: hardset.py OUTDIR --seed N [--count N] [--mint MINT_RETURN_TOKEN]
"""

import argparse
import io
import os
import shutil
import subprocess
import tempfile

import numpy as np
from PIL import Image

W, H = 1280, 720
SS = 2  # supersampling per axis while drawing the geometry
KINDS = ["return-qr", "receipt-code128", "ean13", "upca", "gs1-datamatrix", "negative"]
DEMO_KEY = "07" * 32
SEVERITY = 1.0  # --severity: scales how often each impairment is drawn and how small modules get


def impaired(rng, p):
    """Whether an impairment drawn with probability p at full severity is drawn (the same draw either way,
    so every severity keeps the seed's codes, positions and poses)."""
    return rng.random() < p * SEVERITY


def larger(module_px, most):
    """A module size drawn for full severity, moved towards the largest (most) at lower severity."""
    return most - (most - module_px) * SEVERITY


def gs1_check(digits):
    s = sum(int(d) * (3 if i % 2 == 0 else 1) for i, d in enumerate(reversed(digits)))
    return str((10 - s % 10) % 10)


def modules(args, one_d, tmp):
    """The code's module matrix (True = dark) from zint at one pixel per module, quiet zones trimmed."""
    png = os.path.join(tmp, "code.png")
    subprocess.run(["zint", "--scale=0.5", "--notext", "--height=10", "-o", png] + args, check=True,
                   stdout=subprocess.DEVNULL)
    a = np.array(Image.open(png).convert("L")) < 128
    if one_d:
        row = a[0]
        cols = np.flatnonzero(row)
        return row[cols[0]:cols[-1] + 1][None, :]
    rows = np.flatnonzero(a.any(axis=1))
    cols = np.flatnonzero(a.any(axis=0))
    return a[rows[0]:rows[-1] + 1, cols[0]:cols[-1] + 1]


def homography(src, dst):
    """The 3x3 matrix mapping four src points to four dst points."""
    a, b = [], []
    for (x, y), (u, v) in zip(src, dst):
        a.append([x, y, 1, 0, 0, 0, -u * x, -u * y])
        a.append([0, 0, 0, x, y, 1, -v * x, -v * y])
        b += [u, v]
    h = np.linalg.solve(np.array(a, float), np.array(b, float))
    return np.append(h, 1).reshape(3, 3)


def smooth_noise(rng, h, w, cells):
    """Low-frequency noise in 0..1, bilinear from a coarse random grid."""
    g = rng.random((cells + 1, cells + 1)).astype(np.float32)
    img = Image.fromarray(g, mode="F").resize((w, h), Image.BILINEAR)
    return np.asarray(img, np.float32)


def background(rng):
    """A store counter, a sleeve, shelving: smooth shading, a few flat shapes, fine texture."""
    base = rng.uniform(60, 200)
    bg = base + (smooth_noise(rng, H, W, int(rng.integers(2, 6))) - 0.5) * rng.uniform(30, 90)
    yy, xx = np.mgrid[0:H, 0:W].astype(np.float32)
    for _ in range(int(rng.integers(0, 4))):
        x0, y0 = rng.uniform(-200, W), rng.uniform(-200, H)
        x1, y1 = x0 + rng.uniform(100, 700), y0 + rng.uniform(60, 500)
        inside = (xx >= x0) & (xx < x1) & (yy >= y0) & (yy < y1)
        bg[inside] = rng.uniform(30, 230)
    bg += rng.normal(0, rng.uniform(1, 6), (H, W))
    return bg


class Card:
    """A flat object in its own plane, in module units: the code at (0,0)..(cw,ch) inside a card that runs
    from (x0,y0) to (x1,y1). value(x, y) gives grey level and coverage (0 outside the card)."""

    def __init__(self, m, bar_height=None, margin=(10, 10, 10, 10)):
        self.m = m
        self.one_d = m.shape[0] == 1
        self.cw = m.shape[1]
        self.ch = bar_height if self.one_d else m.shape[0]
        left, top, right, bottom = margin
        self.x0, self.y0, self.x1, self.y1 = -left, -top, self.cw + right, self.ch + bottom
        self.paper, self.ink = 235.0, 25.0
        self.dots = 0.0  # dot radius in modules for inkjet DataMatrix; 0 = solid modules
        self.streaks = []  # card-x positions of thermal-head dropouts (white lines along the feed)
        self.text_rows = []  # (y0, y1, x0, x1) blocks of printed text near the code
        self.bezel = None  # (width in modules, grey) around a phone screen
        self.fade = None  # smooth ink-density variation

    def value(self, x, y):
        v = np.full(x.shape, self.paper, np.float32)
        j = np.floor(x).astype(np.int64)
        i = np.zeros_like(j) if self.one_d else np.floor(y).astype(np.int64)
        in_code = (x >= 0) & (x < self.cw) & (y >= 0) & (y < self.ch)
        dark = np.zeros(x.shape, bool)
        dark[in_code] = self.m[i[in_code], j[in_code]]
        if self.dots > 0:
            fx, fy = x - np.floor(x) - 0.5, y - np.floor(y) - 0.5
            dark &= fx * fx + fy * fy < self.dots * self.dots
        for y0, y1, x0, x1 in self.text_rows:
            dark |= (y >= y0) & (y < y1) & (x >= x0) & (x < x1) & (np.sin(x * 2.7) + np.sin(x * 1.3 + y) > 0.2)
        ink = self.ink
        if self.fade is not None:
            ink = self.fade(x, y)
        v = np.where(dark, ink, v)
        for sx in self.streaks:
            v = np.where(np.abs(x - sx) < 0.18, self.paper, v)
        inside = (x >= self.x0) & (x < self.x1) & (y >= self.y0) & (y < self.y1)
        if self.bezel is not None:
            bw, grey = self.bezel
            phone = (x >= self.x0 - bw) & (x < self.x1 + bw) & (y >= self.y0 - 2 * bw) & (y < self.y1 + 2 * bw)
            v = np.where(inside, v, grey)
            return v, phone.astype(np.float32)
        return v, inside.astype(np.float32)


def place(rng, card, module_px, roll, yaw, pitch, centre, curl=0.0):
    """Draws the card into a supersampled frame; returns (value, coverage, screen-mask) at 1280x720."""
    f = 1100.0 * SS
    w, h = card.x1 - card.x0, card.y1 - card.y0
    cx, cy = (card.x0 + card.x1) / 2, (card.y0 + card.y1) / 2
    corners = [(card.x0, card.y0), (card.x1, card.y0), (card.x1, card.y1), (card.x0, card.y1)]
    ry, rp, rr = np.radians([yaw, pitch, roll])
    rot_y = np.array([[np.cos(ry), 0, np.sin(ry)], [0, 1, 0], [-np.sin(ry), 0, np.cos(ry)]])
    rot_x = np.array([[1, 0, 0], [0, np.cos(rp), -np.sin(rp)], [0, np.sin(rp), np.cos(rp)]])
    rot_z = np.array([[np.cos(rr), -np.sin(rr), 0], [np.sin(rr), np.cos(rr), 0], [0, 0, 1]])
    rot = rot_z @ rot_x @ rot_y
    scale = module_px * SS
    dst = []
    for x, y in corners:
        p = rot @ np.array([(x - cx) * scale, (y - cy) * scale, 0.0])
        z = f + p[2]
        dst.append((centre[0] * SS + f * p[0] / z, centre[1] * SS + f * p[1] / z))
    hm = homography(corners, dst)
    inv = np.linalg.inv(hm)
    xs = [p[0] for p in dst]
    ys = [p[1] for p in dst]
    margin = 8 * SS + (card.bezel[0] * 2 * scale if card.bezel else 0)
    bx0, by0 = max(0, int(min(xs) - margin)), max(0, int(min(ys) - margin))
    bx1, by1 = min(W * SS, int(max(xs) + margin)), min(H * SS, int(max(ys) + margin))
    val = np.zeros((H * SS, W * SS), np.float32)
    cov = np.zeros((H * SS, W * SS), np.float32)
    if bx1 > bx0 and by1 > by0:
        yy, xx = np.mgrid[by0:by1, bx0:bx1].astype(np.float64) + 0.5
        d = inv[2, 0] * xx + inv[2, 1] * yy + inv[2, 2]
        u = (inv[0, 0] * xx + inv[0, 1] * yy + inv[0, 2]) / d
        v = (inv[1, 0] * xx + inv[1, 1] * yy + inv[1, 2]) / d
        shade = np.ones_like(u)
        if curl > 0:  # a cylinder of radius curl*w about the card's vertical axis, seen from the front
            r = curl * w
            t = np.clip((u - cx) / r, -0.999, 0.999)
            u = cx + r * np.arcsin(t)
            shade = 0.8 + 0.2 * np.sqrt(1 - t * t)
        cv, cc = card.value(u, v)
        val[by0:by1, bx0:bx1] = cv * shade
        cov[by0:by1, bx0:bx1] = cc
    down = lambda a: a.reshape(H, SS, W, SS).mean(axis=(1, 3))
    return down(val * cov), down(cov)


def blur(img, sigma):
    """Separable Gaussian, edges repeated."""
    r = int(np.ceil(3 * sigma))
    k = np.exp(-0.5 * (np.arange(-r, r + 1) / sigma) ** 2)
    k /= k.sum()
    for axis in (0, 1):
        pad = [(r, r) if a == axis else (0, 0) for a in (0, 1)]
        p = np.pad(img, pad, mode="edge")
        n = img.shape[axis]
        img = sum(w * (p[i:i + n] if axis == 0 else p[:, i:i + n]) for i, w in enumerate(k))
    return img


def motion_blur(img, length, angle):
    out = np.zeros_like(img)
    n = max(2, int(round(length)))
    for k in range(n):
        t = k - (n - 1) / 2
        dx, dy = int(round(t * np.cos(angle))), int(round(t * np.sin(angle)))
        out += np.roll(np.roll(img, dy, axis=0), dx, axis=1)
    return out / n


def jpeg(img, quality):
    buf = io.BytesIO()
    Image.fromarray(np.clip(img, 0, 255).astype(np.uint8), mode="L").save(buf, "JPEG", quality=int(quality))
    return np.asarray(Image.open(io.BytesIO(buf.getvalue())), np.float32)


def camera(rng, img, tags, motion_p=0.3, focus_p=0.3, jpeg_p=0.5, focus_max=2.0):
    """What every frame goes through after the scene: blur, exposure, sensor noise, compression."""
    if impaired(rng, focus_p):
        s = rng.uniform(0.8, focus_max)
        img = blur(img, s)
        tags.append("focus")
    if impaired(rng, motion_p):
        img = motion_blur(img, rng.uniform(3, 9), rng.uniform(0, np.pi))
        tags.append("motion")
    yy, xx = np.mgrid[0:H, 0:W].astype(np.float32)
    vignette = 1 - rng.uniform(0, 0.25) * (((xx - W / 2) / W) ** 2 + ((yy - H / 2) / H) ** 2) * 2
    img = img * vignette + rng.normal(0, rng.uniform(1.5, 5), img.shape)
    if impaired(rng, jpeg_p):
        img = jpeg(img, rng.uniform(30, 80))
        tags.append("jpeg")
    return img


def position(rng, size_px, edge_p):
    """A centre for an object about size_px across: anywhere, or (edge_p) hard against a frame edge."""
    half = min(size_px / 2, min(W, H) / 2 - 8)
    if impaired(rng, edge_p):
        side = rng.integers(4)
        x = rng.uniform(half + 4, W - half - 4)
        y = rng.uniform(half + 4, H - half - 4)
        if side == 0:
            x = half + rng.uniform(4, 24)
        elif side == 1:
            x = W - half - rng.uniform(4, 24)
        elif side == 2:
            y = half + rng.uniform(4, 24)
        else:
            y = H - half - rng.uniform(4, 24)
        return (x, y), True
    return (rng.uniform(half + 8, W - half - 8), rng.uniform(half + 8, H - half - 8)), False


def scene(rng, card, module_px, pose, size, tags, curl):
    """A 1D code's card posed (roll, yaw, pitch) somewhere in the frame (sometimes at its edge) over a
    background; returns the frame and the card's centre."""
    roll, yaw, pitch = pose
    if abs(roll) > 30:
        tags.append("rotated")
    centre, edge = position(rng, size, 0.15)
    if edge:
        tags.append("edge")
    val, cov = place(rng, card, module_px, roll, yaw, pitch, centre, curl)
    return background(rng) * (1 - cov) + val, centre


def glare(rng, img, cx, cy, radius, strength):
    yy, xx = np.mgrid[0:H, 0:W].astype(np.float32)
    gx, gy = cx + rng.uniform(-0.6, 0.6) * radius, cy + rng.uniform(-0.6, 0.6) * radius
    sx, sy = radius * rng.uniform(0.3, 0.8), radius * rng.uniform(0.2, 0.6)
    blob = np.exp(-(((xx - gx) / sx) ** 2 + ((yy - gy) / sy) ** 2))
    return img + strength * blob


def return_qr(rng, tmp, mint):
    token_id = "T%06d" % rng.integers(10 ** 6)
    order = "RK-%07d" % rng.integers(1000000, 9999999)
    if mint:
        lines = ["--line", "1:1"] + (["--line", "%d:%d" % (rng.integers(2, 9), rng.integers(1, 4))]
                                     if rng.random() < 0.6 else [])
        text = subprocess.run([mint, "--key", DEMO_KEY, "--retailer", "acme", "--key-id", "k1", "--token-id",
                               token_id, "--order", order, "--expires", "2030-01-01T00:00:00Z"] + lines,
                              check=True, capture_output=True, text=True).stdout.strip()
    else:
        text = "RKRET1:" + token_id + order + "x" * int(rng.integers(40, 140))
    m = modules(["-b", "58", "--secure=2", "-d", text], False, tmp)
    card = Card(m, margin=(4, 10, 4, 16))  # the code on a phone screen, an app's header above it
    card.bezel = (rng.uniform(1.5, 3), rng.uniform(10, 40))
    tags = []
    bright = rng.random()
    if bright < 0.25 * SEVERITY:
        level = rng.uniform(0.35, 0.6)
        tags.append("dim")
    elif bright < 0.45 * SEVERITY:
        level = rng.uniform(1.4, 2.0)
        tags.append("overbright")
    else:
        level = rng.uniform(0.75, 1.0)
    card.paper, card.ink = 245 * level, rng.uniform(8, 30) * level + (40 if level > 1.3 else 0)
    if impaired(rng, 0.15):
        card.paper, card.ink = card.ink + 10, card.paper
        tags.append("darkmode")
    module_px = larger(rng.uniform(2.2, 5.5), 5.5)
    yaw, pitch = rng.normal(0, 18), rng.normal(0, 15)
    roll = rng.uniform(-180, 180) if impaired(rng, 0.3) else rng.normal(0, 12)
    size = (m.shape[1] + 8) * module_px
    centre, edge = position(rng, size * 1.2, 0.15)
    if edge:
        tags.append("edge")
    if max(abs(yaw), abs(pitch)) > 25:
        tags.append("pose")
    val, cov = place(rng, card, module_px, roll, yaw, pitch, centre)
    img = background(rng) * (1 - cov) + val
    screen = cov > 0.5
    if impaired(rng, 0.6):  # the camera's pixel grid beating against the screen's
        period = rng.uniform(2.05, 3.4)
        ang = rng.uniform(0, np.pi)
        yy, xx = np.mgrid[0:H, 0:W].astype(np.float32)
        phase = (xx * np.cos(ang) + yy * np.sin(ang)) * 2 * np.pi / period
        img = np.where(screen, img * (1 + rng.uniform(0.06, 0.2) * np.sin(phase)), img)
        tags.append("moire")
    if impaired(rng, 0.5):
        img = glare(rng, img, centre[0], centre[1], size / 2, rng.uniform(80, 220))
        tags.append("glare")
    if level > 1.3:
        img = img * rng.uniform(1.0, 1.2)
    img = camera(rng, img, tags)
    return text, img, tags


def receipt_code128(rng, tmp, mint):
    text = "RK-%07d" % rng.integers(1000000, 9999999)
    m = modules(["-b", "20", "-d", text], True, tmp)
    bar_h = rng.uniform(20, 45)
    card = Card(m, bar_height=bar_h, margin=(rng.uniform(12, 30), 30, rng.uniform(12, 30), 30))
    card.text_rows = [(-24, -20, 0, card.cw * 0.8), (-16, -12, 0, card.cw * 0.5), (bar_h + 6, bar_h + 10, 5,
                                                                                  card.cw * 0.7)]
    tags = []
    card.paper = rng.uniform(205, 245)
    if impaired(rng, 0.6):
        base = rng.uniform(95, 165)
        wobble = rng.uniform(10, 40)
        seed = rng.random() * 10
        card.fade = lambda x, y: base + wobble * np.sin(x * 0.05 + seed) * np.cos(y * 0.07 + seed)
        tags.append("faded")
    else:
        card.ink = rng.uniform(20, 70)
    if impaired(rng, 0.2):
        card.streaks = list(rng.uniform(0, card.cw, int(rng.integers(1, 3))))
        tags.append("streak")
    curl = 0.0
    if impaired(rng, 0.5):
        curl = rng.uniform(0.45, 1.0)
        tags.append("curl")
    module_px = larger(rng.uniform(1.0, 2.6), 2.6)
    if module_px < 1.4:
        tags.append("tiny")
    yaw, pitch = rng.normal(0, 15), rng.normal(0, 15)
    roll = (rng.normal(0, 20) if rng.random() < 1 - 0.15 * SEVERITY
            else rng.uniform(35, 70) * rng.choice([-1, 1]))
    img, centre = scene(rng, card, module_px, (roll, yaw, pitch), (card.cw + 20) * module_px, tags, curl)
    img = camera(rng, img, tags)
    return text, img, tags


def retail(rng, tmp, upc, severe=False):
    if upc:
        digits = "0" + "".join(str(d) for d in rng.integers(0, 10, 10))
        text = digits + gs1_check(digits)
        m = modules(["-b", "34", "-d", digits], True, tmp)
    else:
        digits = str(rng.choice(["40", "50", "73", "80", "87", "93"])) + "".join(
            str(d) for d in rng.integers(0, 10, 10))
        text = digits + gs1_check(digits)
        m = modules(["-b", "13", "-d", digits], True, tmp)
    card = Card(m, bar_height=rng.uniform(45, 75), margin=(rng.uniform(11, 25), 12, rng.uniform(9, 25), 22))
    tags = []
    card.paper = rng.uniform(190, 245)
    card.ink = rng.uniform(15, 80)
    if impaired(rng, 0.2):
        card.ink = rng.uniform(90, 140)
        tags.append("lowcontrast")
    curl = 0.0
    if impaired(rng, 0.4):
        curl = rng.uniform(0.4, 0.9)
        tags.append("curl")
    module_px = larger(rng.uniform(0.7, 2.0), 2.0) if severe else larger(rng.uniform(1.0, 3.0), 3.0)
    if module_px < 1.4:
        tags.append("tiny")
    yaw, pitch = rng.normal(0, 18), rng.normal(0, 15)
    r = rng.random()
    roll = (rng.normal(0, 15) if r < 1 - 0.25 * SEVERITY
            else rng.uniform(30, 90) * rng.choice([-1, 1]) if r < 1 - 0.05 * SEVERITY else 180)
    size = (card.cw + 30) * module_px
    img, centre = scene(rng, card, module_px, (roll, yaw, pitch), size, tags, curl)
    if impaired(rng, 0.3):  # glossy tag or shrink-wrap
        img = glare(rng, img, centre[0], centre[1], size / 2, rng.uniform(60, 160))
        tags.append("glare")
    if severe and impaired(rng, 0.5):  # a shelf edge, a finger or a hot spot across part of the code
        x0 = centre[0] + rng.uniform(-0.5, 0.4) * size
        img[:, int(max(0, x0)):int(max(0, x0 + rng.uniform(0.05, 0.3) * size))] = rng.choice([20.0, 250.0])
        tags.append("occluded")
    img = camera(rng, img, tags, motion_p=0.5 if severe else 0.3, focus_p=0.9 if severe else 0.3,
                 focus_max=3.2 if severe else 2.0)
    return text, img, tags


def zbar_bait(rng, tmp, mint):
    """A close crop of an EAN-13/UPC-A printed with ink spread or thinning, on a curved or tilted label,
    blurred and small: the frames where zbar returns another number with a valid check digit are kept as the
    blackbox's zbar-misreads kind (CMakeLists.txt lists them)."""
    upc = rng.random() < 0.5
    digits = ("0" if upc else str(rng.integers(1, 10))) + "".join(str(d) for d in rng.integers(0, 10, 11 if not upc
                                                                                                   else 10))
    text = digits + gs1_check(digits)
    m = modules(["-b", "34" if upc else "13", "-d", digits], True, tmp)[0]
    w, h = 420, 140
    module_px = rng.uniform(1.0, 2.6)
    spread = rng.uniform(-0.35, 0.35)  # print gain: bars wider (or thinner) by this many modules
    warp = rng.uniform(-0.25, 0.25)  # a curved label or a turned one: module width changes along the code
    x = (np.arange(w * 4) / 4.0 - (w - len(m) * module_px) / 2) / module_px
    x = x + warp * (x - len(m) / 2) ** 2 / len(m)
    padded = np.concatenate([np.zeros(12, bool), m, np.zeros(12, bool)])
    xi = x + 12
    inside = (xi >= 0) & (xi < len(padded))
    dark = np.zeros(x.shape, bool)
    left = np.clip(np.floor(xi - spread / 2).astype(int), 0, len(padded) - 1)
    right = np.clip(np.floor(xi + spread / 2).astype(int), 0, len(padded) - 1)
    dark[inside] = (padded[left] | padded[right] if spread > 0 else padded[left] & padded[right])[inside]
    row = np.where(dark, rng.uniform(20, 90), rng.uniform(170, 240)).reshape(w, 4).mean(axis=1)
    img = np.repeat(row[None, :], h, axis=0).astype(np.float32)
    img = blur(img, rng.uniform(0.6, 2.2))
    img = img * (1 + rng.uniform(-0.2, 0.2) * np.linspace(-1, 1, w))[None, :] + rng.normal(0, rng.uniform(1, 6),
                                                                                            img.shape)
    tags = ["upca" if upc else "ean13"]
    if rng.random() < 0.5:
        img = jpeg(img, rng.uniform(25, 70))
        tags.append("jpeg")
    return text, img, tags


def gs1_datamatrix(rng, tmp, mint):
    gtin = "0" + "".join(str(d) for d in rng.integers(0, 10, 12))
    gtin += gs1_check(gtin)
    batch = "L%d" % rng.integers(100, 99999)
    serial = "S%d" % rng.integers(1000, 9999999)
    data = "[01]%s[10]%s[21]%s" % (gtin, batch, serial)
    if rng.random() < 0.4:
        data += "[17]%02d%02d%02d" % (rng.integers(25, 31), rng.integers(1, 13), 0)
    # as the kiosk reads it: AIM prefix, GS after each variable-length field that another follows
    text = "]d201%s10%s\x1d21%s" % (gtin, batch, serial) + ("\x1d17" + data[-6:] if "[17]" in data else "")
    m = modules(["-b", "71", "--gs1", "--square", "-d", data], False, tmp)
    card = Card(m, margin=(rng.uniform(2, 6), rng.uniform(2, 6), rng.uniform(2, 40), rng.uniform(2, 6)))
    tags = []
    card.paper = rng.uniform(185, 245)
    card.ink = rng.uniform(15, 70)
    if impaired(rng, 0.35):
        card.dots = rng.uniform(0.3, 0.42)
        tags.append("dotted")
    if impaired(rng, 0.15):
        card.ink = rng.uniform(90, 130)
        tags.append("lowcontrast")
    module_px = larger(rng.uniform(2.4, 5.5), 5.5)
    if module_px < 3:
        tags.append("small")
    yaw, pitch = rng.normal(0, 18), rng.normal(0, 15)
    roll = rng.uniform(-180, 180)
    size = (m.shape[1] + 8) * module_px
    centre, edge = position(rng, size * 1.4, 0.3)
    if edge:
        tags.append("edge")
    if abs(centre[0] - W / 2) > W / 4 or abs(centre[1] - H / 2) > H / 4:
        tags.append("offcentre")
    val, cov = place(rng, card, module_px, roll, yaw, pitch, centre)
    img = background(rng) * (1 - cov) + val
    if impaired(rng, 0.25):
        img = glare(rng, img, centre[0], centre[1], size / 2, rng.uniform(60, 150))
        tags.append("glare")
    img = camera(rng, img, tags)
    return text, img, tags


def negative(rng, tmp, mint):
    """Decoys: receipts without a code, striped packaging, a phone showing a photo, text, plain surfaces."""
    img = background(rng)
    tags = []
    what = rng.integers(5)
    yy, xx = np.mgrid[0:H, 0:W].astype(np.float32)
    if what == 0:  # random bars: stripes that look like a 1D code but encode nothing
        bars = np.repeat(rng.random(int(rng.integers(40, 120))) < 0.5, int(rng.integers(2, 6)))
        x0, y0 = int(rng.uniform(50, 600)), int(rng.uniform(50, 400))
        n = min(len(bars), W - x0)
        img[y0:y0 + 200, x0:x0 + n] = np.where(bars[:n], 30, 230)[None, :]
        tags.append("stripes")
    elif what == 1:  # receipt text
        card = Card(np.zeros((1, 120), bool), bar_height=40)
        card.text_rows = [(k * 8, k * 8 + 4, 0, rng.uniform(40, 120)) for k in range(5)]
        val, cov = place(rng, card, rng.uniform(1.5, 3), rng.normal(0, 15), rng.normal(0, 10),
                         rng.normal(0, 10), (rng.uniform(400, 880), rng.uniform(250, 470)), rng.uniform(0, 1))
        img = img * (1 - cov) + val
        tags.append("receipt")
    elif what == 2:  # a phone showing a photo, with glare and moire
        x0, y0 = int(rng.uniform(200, 800)), int(rng.uniform(40, 200))
        img[y0:y0 + 440, x0:x0 + 250] = 20
        photo = smooth_noise(rng, 400, 230, 12) * 200 + 30
        img[y0 + 20:y0 + 420, x0 + 10:x0 + 240] = photo
        img = img * (1 + 0.1 * np.sin(xx * 2.6))
        img = glare(rng, img, x0 + 125, y0 + 220, 200, 150)
        tags.append("phone")
    elif what == 3:  # checks and grids on packaging
        period = rng.uniform(4, 20)
        img = np.where((np.floor(xx / period) + np.floor(yy / period)) % 2 == 0, img, img * 0.3)
        tags.append("checks")
    else:
        tags.append("plain")
    img = camera(rng, img, tags)
    return "", img, tags


MAKERS = {
    "return-qr": return_qr,
    "receipt-code128": receipt_code128,
    "ean13": lambda rng, tmp, mint: retail(rng, tmp, False),
    "upca": lambda rng, tmp, mint: retail(rng, tmp, True),
    "gs1-datamatrix": gs1_datamatrix,
    "negative": negative,
    "zbar-bait": zbar_bait,
}


def main():
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("outdir")
    p.add_argument("--seed", type=int, required=True)
    p.add_argument("--count", type=int, default=40, help="frames per kind (negative gets half)")
    p.add_argument("--mint", help="mint-return-token, for real return tokens in the QR codes")
    p.add_argument("--kinds", default=",".join(KINDS), help="comma-separated; zbar-bait is only made on request")
    p.add_argument("--only", help="comma-separated frame numbers to make (default: 0..count-1)")
    p.add_argument("--severity", type=float, default=1.0,
                   help="0..1: scales how often each impairment is drawn and how small modules get (default 1)")
    a = p.parse_args()
    global SEVERITY
    SEVERITY = a.severity
    shutil.rmtree(a.outdir, ignore_errors=True)
    with tempfile.TemporaryDirectory() as tmp:
        for kind in a.kinds.split(","):
            k = list(MAKERS).index(kind)
            os.makedirs(os.path.join(a.outdir, kind))
            numbers = range(a.count // 2 if kind == "negative" else a.count)
            if a.only:
                numbers = [int(n) for n in a.only.split(",")]
            for n in numbers:
                rng = np.random.default_rng([a.seed, k, n])
                text, img, tags = MAKERS[kind](rng, tmp, a.mint)
                name = os.path.join(a.outdir, kind, "%03d-%s" % (n, "-".join(tags) or "plain"))
                Image.fromarray(np.clip(img, 0, 255).astype(np.uint8), mode="L").save(name + ".png")
                with open(name + ".txt", "w", encoding="utf-8") as f:
                    f.write(text)
    total = sum(len(fs) for _, _, fs in os.walk(a.outdir)) // 2
    print("hardset.py: %d images in %s (seed %d, severity %g)" % (total, a.outdir, a.seed, a.severity))


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Generates atlas-data/views/posterior.json: the posterior figure (head, neck, back, upper arms).

Curves are authored as named point lists on the patient's right (viewer's right, x > 400) and
turned into cubic Beziers (Catmull-Rom). Shapes are built from shared edges so that neighbouring
muscles meet exactly. Art is written for both sides (mirrored about x 400); atlas muscle shapes
only for the right side (the app mirrors them).

Run from the repository root:  python3 tools/figures/posterior.py
"""
import json
import math
import os

MID = 400.0
OUT = os.path.join(os.path.dirname(__file__), '..', '..', 'atlas-data', 'views', 'posterior.json')
VIEW_BOX = [184, 30, 432, 682]
BOTTOM = VIEW_BOX[1] + VIEW_BOX[3]  # 712: the figure is cropped here


# ---------------------------------------------------------------- geometry helpers

def fmt(v):
    s = ('%.1f' % v)
    if s.endswith('.0'):
        s = s[:-2]
    return '0' if s == '-0' else s


def pt(p):
    x = min(max(p[0], VIEW_BOX[0]), VIEW_BOX[0] + VIEW_BOX[2])
    y = min(max(p[1], VIEW_BOX[1]), VIEW_BOX[1] + VIEW_BOX[3])
    return fmt(x) + ',' + fmt(y)


def spline(points, closed=False, tension=1.0):
    """Catmull-Rom through points -> list of cubic segments (p0, c1, c2, p1).
    A point given as (x, y, 'c') is a corner: the curve does not pass it smoothly."""
    pts = [(p[0], p[1]) for p in points]
    corner = [len(p) > 2 for p in points]
    n = len(pts)
    tans = []
    for i in range(n):
        if closed:
            a, b = pts[(i - 1) % n], pts[(i + 1) % n]
        else:
            a = pts[i - 1] if i > 0 else pts[i]
            b = pts[i + 1] if i < n - 1 else pts[i]
        tx, ty = (b[0] - a[0]) / 2 * tension, (b[1] - a[1]) / 2 * tension
        if not closed and (i == 0 or i == n - 1):
            tx, ty = tx * 2, ty * 2
        tans.append((tx, ty))
    segs = []
    last = n if closed else n - 1
    for i in range(last):
        j = (i + 1) % n
        p0, p1 = pts[i], pts[j]
        t0 = tans[i]
        t1 = tans[j]
        if corner[i]:
            t0 = ((p1[0] - p0[0]) * 0.9, (p1[1] - p0[1]) * 0.9)
        if corner[j]:
            t1 = ((p1[0] - p0[0]) * 0.9, (p1[1] - p0[1]) * 0.9)
        c1 = (p0[0] + t0[0] / 3, p0[1] + t0[1] / 3)
        c2 = (p1[0] - t1[0] / 3, p1[1] - t1[1] / 3)
        segs.append((p0, c1, c2, p1))
    return segs


def rev(segs):
    return [(s[3], s[2], s[1], s[0]) for s in reversed(segs)]


def line(a, b):
    return [(a, (a[0] + (b[0] - a[0]) / 3, a[1] + (b[1] - a[1]) / 3),
             (a[0] + 2 * (b[0] - a[0]) / 3, a[1] + 2 * (b[1] - a[1]) / 3), b)]


def E(*points):
    """An open edge through points."""
    return spline(points)


def R(edge):
    return rev(edge)


def mirror_segs(segs):
    return [tuple((2 * MID - q[0], q[1]) for q in s) for s in segs]


def d_of(subpaths, close=True):
    """subpaths: list of segment lists -> SVG path data."""
    out = []
    for segs in subpaths:
        if not segs:
            continue
        out.append('M' + pt(segs[0][0]))
        cur = segs[0][0]
        for s in segs:
            if math.hypot(s[0][0] - cur[0], s[0][1] - cur[1]) > 0.05:
                out.append('L' + pt(s[0]))
            out.append('C' + pt(s[1]) + ' ' + pt(s[2]) + ' ' + pt(s[3]))
            cur = s[3]
        if close:
            out.append('Z')
    return ' '.join(out)


def shape(*edges):
    segs = []
    for e in edges:
        segs.extend(e)
    return segs


def loop(*points, tension=1.0):
    return spline(points, closed=True, tension=tension)


# ------------------------------------------------------------- fibres

def resample(poly, m=14):
    """Polyline (smoothed through Catmull-Rom) resampled to m points by arc length."""
    dense = []
    for s in spline(poly):
        for k in range(12):
            t = k / 12
            dense.append(bez(s, t))
    dense.append(poly[-1][:2])
    dist = [0.0]
    for i in range(1, len(dense)):
        dist.append(dist[-1] + math.hypot(dense[i][0] - dense[i - 1][0], dense[i][1] - dense[i - 1][1]))
    total = dist[-1]
    out = []
    j = 0
    for k in range(m):
        target = total * k / (m - 1)
        while j < len(dist) - 2 and dist[j + 1] < target:
            j += 1
        span = dist[j + 1] - dist[j] or 1
        t = (target - dist[j]) / span
        a, b = dense[j], dense[j + 1]
        out.append((a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t))
    return out


def bez(s, t):
    p0, c1, c2, p1 = s
    u = 1 - t
    return (u ** 3 * p0[0] + 3 * u * u * t * c1[0] + 3 * u * t * t * c2[0] + t ** 3 * p1[0],
            u ** 3 * p0[1] + 3 * u * u * t * c1[1] + 3 * u * t * t * c2[1] + t ** 3 * p1[1])


def extend(poly, by):
    a, b = poly[0], poly[1]
    la = math.hypot(a[0] - b[0], a[1] - b[1]) or 1
    c, d = poly[-1], poly[-2]
    lc = math.hypot(c[0] - d[0], c[1] - d[1]) or 1
    start = (a[0] + (a[0] - b[0]) / la * by, a[1] + (a[1] - b[1]) / la * by)
    end = (c[0] + (c[0] - d[0]) / lc * by, c[1] + (c[1] - d[1]) / lc * by)
    return [start] + poly[1:-1] + [end]


def fibres(keys, n, m=8, ext=3.0):
    """n fibre lines interpolated between key fibres (each a point list from origin to insertion)."""
    rs = [resample(k, m) for k in keys]
    lines = []
    segs_count = len(rs) - 1
    for i in range(n):
        u = (i + 0.5) / n * segs_count
        k = min(int(u), segs_count - 1)
        f = u - k
        a, b = rs[k], rs[k + 1]
        poly = [(a[j][0] + (b[j][0] - a[j][0]) * f, a[j][1] + (b[j][1] - a[j][1]) * f) for j in range(m)]
        poly = extend(poly, ext)
        lines.append(spline(poly))
    return lines


def fibre_d(lines):
    return d_of(lines, close=False)


# ------------------------------------------------------------- landmarks (ids fixed)

LANDMARKS = [
    ("vertex", "Vertex", (400, 40)),
    ("inion", "External occipital protuberance (inion)", (400, 140)),
    ("superior-nuchal-line", "Superior nuchal line", (440, 145)),
    ("mastoid-process", "Mastoid process", (460, 190)),
    ("c2-spinous", "C2 spinous process", (400, 200)),
    ("c7-spinous", "C7 spinous process", (400, 300)),
    ("t3-spinous", "T3 spinous process", (400, 360)),
    ("t6-spinous", "T6 spinous process", (400, 430)),
    ("t12-spinous", "T12 spinous process", (400, 680)),
    ("acromion", "Acromion", (570, 316)),
    ("clavicle-lateral-third", "Lateral third of the clavicle", (540, 312)),
    ("scapula-superior-angle", "Superior angle of the scapula", (460, 340)),
    ("scapular-spine-medial", "Medial end of the scapular spine", (456, 360)),
    ("scapular-spine", "Spine of the scapula", (510, 345)),
    ("scapula-inferior-angle", "Inferior angle of the scapula", (470, 480)),
    ("inferior-nuchal-line", "Inferior nuchal line", (426, 162)),
    ("c1-posterior-tubercle", "Posterior tubercle of the atlas (C1)", (400, 190)),
    ("c1-transverse-process", "Transverse process of the atlas (C1)", (454, 198)),
    ("c4-transverse-process", "Transverse process of C4", (440, 242)),
    ("t1-spinous", "T1 spinous process", (400, 320)),
    ("t2-spinous", "T2 spinous process", (400, 340)),
    ("t4-spinous", "T4 spinous process", (400, 383)),
    ("t5-spinous", "T5 spinous process", (400, 406)),
    ("supraspinous-fossa", "Supraspinous fossa of the scapula", (500, 336)),
    ("infraspinous-fossa", "Infraspinous fossa of the scapula", (505, 405)),
    ("scapula-medial-border", "Medial border of the scapula", (462, 420)),
    ("greater-tubercle", "Greater tubercle of the humerus", (586, 346)),
    ("deltoid-tuberosity", "Deltoid tuberosity of the humerus", (598, 432)),
    ("occipital-bone", "Occipital bone (above the nuchal line)", (430, 118)),
]

# spinous process levels (y of the tip)
SPINE_Y = {'c2': 200, 'c3': 220, 'c4': 240, 'c5': 258, 'c6': 277, 'c7': 300,
           't1': 320, 't2': 340, 't3': 360, 't4': 383, 't5': 406, 't6': 430, 't7': 472,
           't8': 513, 't9': 555, 't10': 597, 't11': 638, 't12': 680}

# ------------------------------------------------------------- the drawing

def M(p):
    """mirror a point about the midline"""
    return (2 * MID - p[0], p[1]) + tuple(p[2:])


def both(*points):
    """A closed outline through right-side points from the midline (top) to the midline (bottom),
    continued through their mirror images: one symmetric shape across the midline."""
    pts = list(points)
    back = [M(p) for p in reversed(pts[1:-1])]
    return loop(*(pts + back))


def pair(segs):
    """right-side segments plus their mirror image, as two subpaths"""
    return [segs, mirror_segs(segs)]


ART = []
MUSCLES = []


def art(id_, kind, subpaths, layer=None, fibre_lines=None):
    a = {"id": id_, "kind": kind, "path": d_of(subpaths, close=kind not in ("feature", "outline"))}
    if fibre_lines:
        a["fibres"] = fibre_d(fibre_lines)
    if layer:
        a["layer"] = layer
    ART.append(a)


def art_both(id_, kind, segs, layer=None, fibre_lines=None):
    """art drawn on both sides: right segments mirrored; fibres too"""
    fl = None
    if fibre_lines:
        fl = list(fibre_lines) + [mirror_segs(f) for f in fibre_lines]
    art(id_, kind, pair(segs), layer, fl)


def muscle(id_, layer, segs, fibre_lines, extra=None):
    subs = [segs] + (extra or [])
    MUSCLES.append({"muscle": id_, "layer": layer, "path": d_of(subs), "fibres": fibre_d(fibre_lines)})


# the tendinous diamond of the trapezius around C7-T1 (right half, top to bottom)
DPTS = [(400, 283), (405, 291.5), (409.5, 300), (411.5, 306.5), (410.5, 313), (407.5, 320.5), (403.5, 328),
        (400, 334)]
Ds = E(*DPTS)


def build():
    # ---------------- skin silhouette: head, ears, neck, trapezius slopes, shoulders, upper arms
    skin_r = [
        (400, 38), (424, 40.5), (446, 49), (461, 66), (468.5, 88), (470, 108), (468.5, 121), (470.5, 122.5),
        (476, 122), (480.5, 126), (482.5, 136), (481.5, 151), (478, 166), (473, 178), (466, 186),
        (461, 192), (457, 204), (454.5, 218), (453.5, 232), (455, 246), (460.5, 258), (472, 269),
        (493, 280.5), (519, 291.5), (545, 300.5), (567, 309), (583, 315), (592, 319.5),
        (601, 329), (607, 345), (610, 366), (609.5, 392), (607, 416), (605, 434),
        (606.5, 455), (607, 482), (605, 530), (602, 590), (598.5, 650), (596, BOTTOM, 'c'),
        (538, BOTTOM, 'c'), (536, 660), (535, 604), (535.5, 556, 'c'),
        (525, 604), (515, 656), (509, BOTTOM, 'c'), (400, BOTTOM),
    ]
    art("skin", "silhouette", [both(*skin_r)])
    art_both("ears", "feature", E((471.5, 127.5), (476.5, 133), (478, 146), (476, 160), (471, 174)))

    # ---------------- head: skull (deep) and galea aponeurotica (superficial)
    skull_r = [(400, 42), (423, 44.5), (443, 52.5), (457, 68), (464, 88), (465.5, 108), (464.5, 128),
               (462.5, 148), (461, 166), (463, 181), (459.5, 196, 'c'), (452, 191), (440, 184),
               (424, 179.5), (400, 178)]
    art("skull", "bone", [both(*skull_r)], layer="deep")
    # nuchal lines, inion, mastoid processes as thin ridges (bone)
    snl = E((400, 139), (420, 140.5), (440, 145), (452, 152), (461, 163))
    snl_low = E((461, 165), (451, 154.5), (439.5, 147.2), (420, 142.6), (400, 141.5))
    inl = E((402, 150), (414, 155), (426, 161), (438, 165.5), (449, 169))
    inl_low = E((449, 170.8), (438, 167.3), (426, 162.8), (414, 156.8), (402, 151.8))
    nuchal = []
    for segs in (shape(snl, line((461, 163), (461, 165)), snl_low),
                 shape(inl, line((449, 169), (449, 170.8)), inl_low)):
        nuchal += pair(segs)
    art("nuchal-lines", "bone", nuchal, layer="deep")
    art("inion", "bone", [loop((400, 134), (405, 137.5), (404, 142.5), (400, 144), (396, 142.5), (395, 137.5))],
        layer="deep")
    galea_r = [(400, 41.5), (423, 44), (443, 52), (457, 67.5), (464, 88), (465.5, 108), (464.5, 128),
               (463, 146), (461, 162, 'c'), (452, 152.5), (440, 145.5), (420, 141), (400, 139.5)]
    art("galea-aponeurotica", "cartilage", [both(*galea_r)], layer="superficial")

    # ---------------- vertebrae (deep: visible between the muscles of both sides)
    c1 = shape(E((400, 183), (420, 183.5), (440, 187), (452, 191.5), (459, 193.5, 'c')),
               E((459, 193.5), (460.5, 198.5), (456, 202.5)),
               E((456, 202.5), (446, 197.5), (430, 193.5), (414, 192), (400, 191.5)))
    art("atlanto-occipital-membrane", "cartilage",
        [both((400, 166), (416, 168), (434, 168), (446, 188), (440, 196), (414, 197), (400, 197))], layer="deep")
    art("atlas-posterior-arch", "bone", [shape(c1, R(mirror_segs(c1)))], layer="deep")
    spinous = []
    for lvl, y in SPINE_Y.items():
        w = {'c2': 7.5, 'c7': 7.2, 't1': 7}.get(lvl, 5.2 if lvl.startswith('c') else 6.4)
        h = {'c2': 8.5, 'c7': 8.5}.get(lvl, 7.5)
        spinous.append(loop((400, y - h), (400 + w * 0.8, y - h * 0.55), (400 + w, y + h * 0.1),
                            (400 + w * 0.55, y + h * 0.75), (400, y + h),
                            (400 - w * 0.55, y + h * 0.75), (400 - w, y + h * 0.1), (400 - w * 0.8, y - h * 0.55)))
    art("spinous-processes", "bone", spinous, layer="deep")

    # ---------------- intercostal muscles between the ribs (deep only)
    ic = shape(E((412, 318), (440, 318), (470, 324), (505, 338), (535, 360), (548, 400), (550, 470),
                 (546, 520), (535.5, 556)),
               E((535.5, 556), (525, 604), (515, 656), (509, BOTTOM)), line((509, BOTTOM), (412, BOTTOM)),
               line((412, BOTTOM), (412, 318)))
    ic_f = fibres([[(430, 318), (560, 450)], [(412, 420), (540, 560)], [(412, 600), (500, 712)]], 40, m=3)
    art_both("intercostal-muscles", "muscle", ic, layer="deep", fibre_lines=ic_f)

    # ---------------- ribs (deep only), drawn behind scapulae and the erector spinae
    rib_levels = ['t1', 't2', 't3', 't4', 't5', 't6', 't7', 't8', 't9', 't10', 't11', 't12']
    rib_end = [470, 500, 524, 538, 546, 548, 546, 532, 521, 512, 498, 466]
    ribs = []
    for n, lvl in enumerate(rib_levels, start=1):
        y0 = SPINE_Y[lvl] - 4
        t = 6.5 + 0.45 * n
        drop = [16, 20, 24, 28, 32, 36, 40, 44, 46, 46, 36, 18][n - 1]
        xe = rib_end[n - 1]
        span = xe - 410
        up = [(410, y0), (410 + span * 0.25, y0 - 2), (410 + span * 0.55, y0 + drop * 0.3),
              (410 + span * 0.82, y0 + drop * 0.68), (xe, y0 + drop)]
        lo = [(p[0], p[1] + t * (0.85 if i == len(up) - 1 else 1)) for i, p in enumerate(up)]
        dx, dy = up[-1][0] - up[-2][0], up[-1][1] - up[-2][1]
        ln = math.hypot(dx, dy)
        tip = ((up[-1][0] + lo[-1][0]) / 2 + dx / ln * t * 0.45, (up[-1][1] + lo[-1][1]) / 2 + dy / ln * t * 0.45)
        segs = shape(E(*up), E(up[-1], tip, lo[-1]), R(E(*lo)), line(lo[0], up[0]))
        ribs += pair(segs)
    art("ribs", "bone", ribs, layer="deep")

    # ---------------- clavicle, humerus, scapula, spine and acromion
    clav = loop((452, 296.5), (480, 299.5), (510, 303), (540, 306), (565, 308.5), (579, 310.5), (583, 315),
                (576, 318.5), (550, 316.5), (520, 313), (490, 309.5), (460, 305.5), (450, 301.5))
    art_both("clavicle", "bone", clav)
    humerus = loop((566, 338), (574, 332), (586, 331.5), (595, 337), (599, 347), (597, 359), (592, 366),
                   (590, 390), (589, 440), (571, 440), (572, 392), (568, 366), (563, 352))
    art_both("humerus", "bone", humerus)
    MB_up = E((458.5, 341), (456.5, 360), (457, 368))
    MB_low = E((457, 368), (457.5, 385), (459, 415), (462, 445), (466, 467), (470.5, 483))
    MB = MB_up + MB_low
    scap = shape(MB,
                 E((470.5, 483), (476, 478), (489, 460), (506, 438), (526, 412), (545, 388), (558, 368),
                   (563.5, 356), (564, 345), (558, 336)),
                 E((558, 336), (545, 330), (530, 328), (505, 329.5), (480, 333), (466, 337), (458.5, 341)))
    art_both("scapula", "bone", scap)
    spine_top_pts = [(455, 358), (472, 351.5), (490, 346), (512, 339.5), (535, 332), (555, 324.5),
                     (569, 318), (579, 314.5)]
    spine_low_pts = [(592, 323), (585, 329), (572, 332), (558, 336.5), (538, 344), (515, 351.5),
                     (492, 358.5), (471, 365.5), (459, 368)]
    spine_segs = shape(E(*spine_top_pts),
                       E((579, 314.5), (587, 314), (592.5, 318), (592, 323)),
                       E(*spine_low_pts),
                       E((459, 368), (454, 364), (455, 358)))
    art_both("scapular-spine-and-acromion", "bone", spine_segs)

    # ---------------- erector spinae (context muscle, both layers; covered by lat and trapezius superficially)
    es_lat = [(412, 330), (424, 360), (432, 410), (438, 470), (442, 540), (445, 620), (446, BOTTOM)]
    es = shape(E((405, 326), (412, 330)), E(*es_lat), line((462, BOTTOM), (405, BOTTOM)),
               line((405, BOTTOM), (405, 326)))
    es_f = fibres([[(406, 326), (406, BOTTOM)], [(413, 332), (424, 420), (432, 520), (436, BOTTOM)],
                   [(424, 362), (437, 470), (444, 600), (445, BOTTOM)]], 11)
    ilio_lat = [(430, 360), (448, 408), (458, 470), (466, 540), (472, 620), (474, BOTTOM)]
    ilio = shape(R(E(*es_lat)), line((412, 330), (430, 360)),
                 E(*ilio_lat), line((474, BOTTOM), (446, BOTTOM)))
    ilio_f = fibres([[(428, 364), (438, 440), (444, 540), (447, BOTTOM)],
                     [(448, 410), (460, 490), (468, 580), (474, BOTTOM)]], 7)
    art_both("erector-spinae", "muscle", es, fibre_lines=es_f)
    art_both("iliocostalis", "muscle", ilio, fibre_lines=ilio_f)

    # ---------------- deep context: scalenus medius/posterior above the clavicle
    scal = loop((458, 236), (470, 252), (490, 272), (510, 290), (522, 300), (505, 303), (482, 302),
                (468, 292), (462, 270))
    scal_f = fibres([[(458, 238), (470, 270), (482, 300)], [(462, 240), (495, 275), (520, 300)]], 7)
    art_both("scalenes", "muscle", scal, layer="deep", fibre_lines=scal_f)

    # ---------------- arm and shoulder context muscles (both layers)
    # teres minor and teres major
    # the lower border of the infraspinatus, shared with teres minor and teres major
    IL = E((585, 360), (565, 374), (540, 392), (512, 420), (492, 444), (478, 465), (470.5, 483))
    TT = E((492, 444), (514, 433), (540, 414), (566, 397), (590, 381))  # teres minor | teres major
    tmin = shape(IL[:4], TT, E((590, 381), (589, 369), (585, 360)))
    tmin_f = fibres([[(492, 442), (540, 400), (588, 364)], [(496, 446), (545, 408), (590, 374)]], 6)
    art_both("teres-minor", "muscle", tmin, fibre_lines=tmin_f)
    tmaj = shape(R(IL[4:]), TT[:3], E((566, 397), (570, 412), (562, 428)),
                 E((562, 428), (548, 440), (530, 458), (508, 478), (490, 492), (477, 491), (470.5, 483)))
    tmaj_f = fibres([[(474, 472), (520, 430), (572, 398)], [(480, 490), (530, 458), (564, 426)]], 9)
    art_both("teres-major", "muscle", tmaj, fibre_lines=tmaj_f)
    # triceps: lateral head, long head, common tendon
    arm_out = [(606, 420), (606.5, 455), (607, 482), (605, 530), (602, 590), (598.5, 650), (596, BOTTOM)]
    lh_lat = [(575, 392), (572, 440), (567, 500), (562, 560), (558, 612), (556, 650)]
    TL = E((590, BOTTOM), (586, 650), (572, 624), (556, 650))
    TM = E((556, 650), (548, 680), (545, BOTTOM))
    tri_lat = shape(E((575, 392), (590, 396), (606, 420)), E(*arm_out), line((596, BOTTOM), (590, BOTTOM)),
                    TL, R(E(*lh_lat)))
    tri_lat_f = fibres([[(576, 396), (580, 470), (572, 560), (566, 630)], [(604, 420), (604, 520), (596, 640)]], 10)
    art_both("triceps-lateral-head", "muscle", tri_lat, fibre_lines=tri_lat_f)
    arm_in = [(562, 404), (555, 432), (546, 462), (539.5, 500), (536.5, 530), (535.5, 556), (535, 604),
              (536, 660), (538, BOTTOM)]
    tri_long = shape(E(*lh_lat), TM, line((545, BOTTOM), (538, BOTTOM)),
                     R(E(*arm_in)), E((562, 404), (569, 394), (575, 392)))
    tri_long_f = fibres([[(566, 398), (548, 480), (538, 600), (540, BOTTOM)],
                         [(574, 396), (568, 480), (558, 600), (552, 680)]], 9)
    art_both("triceps-long-head", "muscle", tri_long, fibre_lines=tri_long_f)
    tendon = shape(R(TL), line((590, BOTTOM), (545, BOTTOM)), R(TM))
    art_both("triceps-tendon", "cartilage", tendon)

    # ---------------- superficial context: SCM sliver, latissimus dorsi, thoracolumbar fascia
    scm = shape(E((467.5, 177), (465, 187), (460.5, 193.5), (456.5, 204), (454.5, 218), (453.5, 232), (453.5, 244)),
                E((453.5, 244), (451.8, 230), (452, 216), (454.5, 203), (458, 190), (461, 176), (467.5, 177)))
    scm_f = fibres([[(466, 178), (457, 204), (453.5, 240)], [(461, 178), (453, 206), (452, 236)]], 4)
    art_both("sternocleidomastoid", "muscle", scm, fibre_lines=scm_f)
    lat = shape(E((400, 466), (430, 471), (452, 475), (470.5, 481.5), (492, 484), (512, 470), (532, 452),
                  (548, 436), (558, 426)),
                E((558, 426), (550, 450), (542, 480), (537.5, 515), (535.5, 556)),
                E((535.5, 556), (525, 604), (515, 656), (509, BOTTOM)),
                line((509, BOTTOM), (400, BOTTOM)), line((400, BOTTOM), (400, 466)))
    lat_f = fibres([[(402, 468), (470, 486), (525, 472), (556, 432)],
                    [(402, 560), (470, 528), (528, 482), (556, 438)],
                    [(402, BOTTOM), (470, 610), (525, 505), (552, 448)],
                    [(494, BOTTOM), (520, 600), (536, 510), (552, 452)]], 22)
    art_both("latissimus-dorsi", "muscle", lat, layer="superficial", fibre_lines=lat_f)
    tlf = both((400, 470), (407, 505), (420, 570), (438, 640), (455, 700), (458, BOTTOM, 'c'),
               (400, BOTTOM))
    art("thoracolumbar-fascia", "cartilage", [tlf], layer="superficial")

    # ---------------- trapezius aponeurosis (the tendinous diamond around C7-T1)
    art("trapezius-aponeurosis", "cartilage", [shape(Ds, R(mirror_segs(Ds)))], layer="superficial")

    # ================================================================= atlas muscles
    # ---- deep layer, deepest first
    # Near C7 every deep muscle keeps out of the trapezius' tendinous diamond (Ds), so that the
    # diamond shows its lighter aponeurosis in the superficial layer.
    # semispinalis capitis: cut below the suboccipital triangle (as in the classic dissection) with
    # its insertion between the nuchal lines left in place
    ssc_med = E((420, 205), (420, 256), (414.5, 284), (409.5, 300))
    ssc = shape(E((452, 200), (438, 202), (428, 204), (420, 205)), ssc_med, Ds[2:6], line((403.5, 328), (404.5, 336)),
                line((404.5, 336), (404.5, 420)), line((404.5, 420), (410, 421)),
                E((410, 421), (424, 396), (436, 350), (445, 300), (450, 255), (452, 200)))
    ssc_stump = shape(E((403.5, 141), (420, 141.8), (438, 145.4)), E((438, 145.4), (440, 155), (438, 164.9)),
                      E((438, 164.9), (426, 161), (414, 155), (403.5, 150.2)), line((403.5, 150.2), (403.5, 141)))
    ssc_f = fibres([[(421, 204), (421, 256), (410, 320), (406, 440)],
                    [(451, 204), (448, 280), (432, 370), (409, 440)]], 9)
    ssc_f += fibres([[(404, 141), (404, 151)], [(438, 145), (438, 166)]], 6, ext=2)
    muscle("semispinalis-capitis", "deep", ssc, ssc_f, extra=[ssc_stump])

    MF_lat = E((412, 209), (412.5, 250), (412, 285), (409.5, 300))
    ssv_up = shape(line((405, 202), (420, 205)), ssc_med, R(MF_lat), line((412, 209), (405, 208)),
                   line((405, 208), (405, 202)))
    ssv_low = shape(line((404.5, 336), (404.5, 420)), line((404.5, 420), (410, 421)),
                    E((410, 421), (418, 400), (422, 370), (421, 345), (416, 334)), line((416, 334), (404.5, 336)))
    ssv_f = fibres([[(419, 204), (416, 250), (410, 300)], [(405, 204), (411, 250), (409, 300)]], 5)
    ssv_f += fibres([[(418, 334), (422, 380), (414, 436)], [(405, 334), (405, 380), (405, 436)]], 4)
    muscle("semispinalis-cervicis", "deep", ssv_up, ssv_f, extra=[ssv_low])

    mf = shape(line((405, 207), (412, 209)), MF_lat, R(Ds[1:2]), line((405, 291.5), (405, 207)))
    mf_f = []
    for y in range(212, 300, 9):
        mf_f += fibres([[(413.5, y + 10), (404, y)], [(413.5, y + 10.5), (404, y + 0.5)]], 1, m=3, ext=1)
    muscle("cervical-multifidi", "deep", mf, mf_f)

    # levator scapulae, from C1-C4 transverse processes (under the splenii) to the superior angle
    lev = shape(E((450, 200), (458, 199)),
                E((458, 199), (462, 220), (466, 250), (472, 282), (475, 312), (471, 336), (463, 350),
                  (457, 362)),
                E((457, 362), (456, 345), (457, 320), (455, 290), (449, 260), (442, 240), (446, 215),
                  (450, 200)))
    lev_f = fibres([[(452, 198), (445, 240), (456, 300), (457, 362)],
                    [(457, 198), (466, 250), (475, 310), (465, 348)]], 8)
    muscle("levator-scapulae", "deep", lev, lev_f)

    # splenius cervicis: T3-T6 spines up and out to C1-C3 transverse processes
    SPC_lat = E((457, 196), (454, 210), (451.5, 224), (448, 240), (444, 262), (436, 292),
                (425, 322), (413, 348), (404.5, 362))
    spcv = shape(E((452, 200), (457, 196)), SPC_lat, line((404.5, 362), (404.5, 420)),
                 E((404.5, 420), (418, 404), (436, 376), (450, 336), (458, 296), (461.5, 262),
                   (461, 236), (458, 214), (452, 200)))
    spcv_f = fibres([[(404, 364), (430, 320), (448, 260), (456, 200)],
                     [(404, 420), (440, 365), (458, 290), (459, 205)]], 10)
    muscle("splenius-cervicis", "deep", spcv, spcv_f)

    # splenius capitis: C4-T3 up and out to the mastoid and lateral superior nuchal line
    spc = shape(line((404.5, 362), (404.5, 336)), line((404.5, 336), (403.5, 328)), R(Ds[2:6]),
                E((409.5, 300), (413, 290), (418.5, 276), (425.5, 257), (433, 239), (439, 222), (443.5, 207),
                  (446.5, 194), (447, 178), (445, 162), (443, 150)),
                E((443, 150), (447, 148.5), (454, 152), (459, 160), (461, 172), (460, 186), (457, 196)),
                R(SPC_lat))
    spc_f = fibres([[(409, 302), (430, 248), (444, 200), (444, 150)],
                    [(404, 362), (438, 292), (455, 230), (463, 170)]], 13)
    muscle("splenius-capitis", "deep", spc, spc_f)

    # supraspinatus in the supraspinous fossa, passing under the acromion
    ss_top = E((458, 348), (461, 335), (476, 323), (500, 315), (526, 310.5), (550, 309.5), (568, 313))
    ss = shape(ss_top, E((568, 313), (576, 316.5), (577, 322), (571, 323)),
               E((571, 323), (562, 322), (552, 326.2), (535, 332), (512, 339.5), (490, 346), (472, 351.5),
                 (458, 356)),
               line((458, 356), (458, 348)))
    ss_f = fibres([[(462, 332), (500, 314), (540, 310), (575, 318)],
                   [(460, 346), (500, 334), (540, 322), (575, 320)],
                   [(462, 357), (500, 346), (540, 331), (575, 321)]], 12)
    muscle("supraspinatus", "deep", ss, ss_f)

    # rhomboids (minor C7-T1 to the root of the spine, major T2-T5 to the medial border)
    rh = shape(E((409.5, 300), (426, 315), (445, 331), (458.5, 341)),
               MB,
               E((470.5, 483), (446, 456), (422, 433), (404.5, 418)),
               line((404.5, 418), (404.5, 336)), line((404.5, 336), (403.5, 328)), R(Ds[2:6]))
    rh_f = fibres([[(406, 298), (459, 344)], [(403, 330), (457, 372)], [(403, 332), (457, 376)],
                   [(403, 412), (472, 485)]], 18, m=4)
    muscle("rhomboids", "deep", rh, rh_f)
    art_both("rhomboid-minor-major-border", "outline", E((404.5, 334), (430, 350), (456.8, 372)), layer="deep")

    # suboccipital triangle
    S = E((414, 155), (411.5, 164), (410.5, 175), (407.5, 188))
    rcpmin = shape(E((402, 149.5), (408, 152.2), (414, 155)), S,
                   E((407.5, 188), (405, 190.5), (402, 190)), line((402, 190), (402, 149.5)))
    rcpmin_f = fibres([[(403, 190), (402.5, 150)], [(407, 190), (413, 155)]], 5, m=4)
    rcpmaj = shape(E((404.5, 150.5), (414, 155), (426, 161), (436, 164.5)),
                   E((436, 164.5), (428, 178), (418, 191), (409, 201.5)),
                   E((409, 201.5), (404, 200.5), (405.5, 194), (407.5, 188)),
                   R(S), line((414, 155), (404.5, 150.5)))
    rcpmaj_f = fibres([[(404, 200), (407, 180), (410, 152)], [(408, 201), (423, 182), (436, 164)]], 7, m=4)
    ocs = shape(E((436, 154), (443, 156.5), (449, 160)), E((449, 160), (448.8, 176), (448, 189), (446.5, 197)),
                E((446.5, 197), (442, 186), (438, 175), (436, 164.5)), line((436, 164.5), (436, 154)))
    ocs_f = fibres([[(445, 198), (438, 176), (436, 154)], [(448, 198), (449, 178), (449, 160)]], 5, m=4)
    oci = shape(E((407, 202), (418, 197), (430, 193.5), (441, 191.5), (448, 192)),
                E((448, 192), (451.5, 195.5), (448.5, 200.5)),
                E((448.5, 200.5), (438, 202.5), (428, 205.5), (418, 209.5), (408, 213)),
                E((408, 213), (404.5, 208), (407, 202)))
    oci_f = fibres([[(404, 203), (430, 193), (451, 194)], [(404, 213), (430, 205), (451, 200)]], 7, m=4)
    muscle("rectus-capitis-posterior-minor", "deep", rcpmin, rcpmin_f)
    muscle("rectus-capitis-posterior-major", "deep", rcpmaj, rcpmaj_f)
    muscle("obliquus-capitis-superior", "deep", ocs, ocs_f)
    muscle("obliquus-capitis-inferior", "deep", oci, oci_f)

    # ---- superficial layer
    # infraspinatus (deltoid, trapezius and latissimus lie over its edges)
    infra = shape(E((457, 368), (471, 365.5), (492, 358.5), (515, 351.5), (538, 344), (558, 336.5)),
                  E((558, 336.5), (574, 338), (586, 343), (590, 352), (585, 360)),
                  IL, R(MB_low))
    infra_f = fibres([[(458, 372), (520, 358), (586, 350)],
                      [(459, 420), (520, 385), (586, 354)],
                      [(468, 472), (525, 400), (586, 358)]], 16)
    muscle("infraspinatus", "superficial", infra, infra_f)

    # deltoid: spine, acromion (and, seen through, the clavicle) to the deltoid tuberosity
    dl = shape(E((486, 361), (492, 358.5), (515, 351.5), (538, 344), (558, 336.5), (572, 332), (585, 329),
                 (592, 323)),
               E((592, 323), (600, 330), (606.5, 345), (609.3, 366), (608.8, 392), (606, 416), (600.5, 438)),
               E((600.5, 438), (592, 426), (578, 411), (558, 395), (536, 381), (512, 369), (486, 361)))
    dl_clav = loop((532, 309.5), (552, 310.8), (571, 313.5), (570, 318.5), (550, 317.5), (533, 315.5))
    dl_f = fibres([[(488, 360), (545, 392), (600, 438)], [(540, 343), (575, 388), (601, 438)],
                   [(578, 330), (596, 385), (602, 438)], [(594, 322), (610, 370), (603, 438)]], 18)
    muscle("deltoid", "superficial", dl, dl_f, extra=[dl_clav])

    # trapezius: lower, middle, upper
    ML = E((400, 364), (428, 366), (452, 366.5), (466, 362.5))
    lt = shape(ML, E((466, 362.5), (465.5, 380), (458, 410), (447, 450), (434, 500), (421, 560), (410, 620),
                     (403, 665), (400, 684)),
               line((400, 684), (400, 364)))
    lt_f = fibres([[(401, 366), (440, 366.5), (466, 362.5)], [(401, 420), (435, 394), (466, 364)],
                   [(401, 520), (432, 440), (466, 365.5)], [(400, 686), (426, 540), (466, 367)]], 20)
    muscle("lower-trapezius", "superficial", lt, lt_f)

    INS = E((466, 362.5), (472, 351.5), (490, 346), (512, 339.5), (535, 332), (555, 324.5), (569, 318),
            (578, 315.5))
    UM = E((409.5, 300), (450, 304.5), (490, 308.4), (530, 312), (560, 315), (578, 315.5))
    mt = shape(Ds[2:], line((400, 334), (400, 364)), ML, INS, R(UM))
    mt_f = fibres([[(410, 308), (480, 310), (540, 314), (578, 316)],
                   [(405, 326), (470, 330), (530, 329), (566, 320)],
                   [(401, 345), (450, 349), (500, 343), (540, 333)],
                   [(402, 364), (440, 365), (462, 360), (480, 349)]], 16)
    muscle("middle-trapezius", "superficial", mt, mt_f)

    trap_lat = E((444, 147), (446.5, 168), (448.7, 192), (449.7, 215), (450.6, 236), (454, 250), (464, 262.5),
                 (482, 274), (506, 285), (532, 294.5), (555, 303), (571, 310), (578, 315.5))
    ut = shape(line((400, 140), (400, 283)), Ds[:2], UM, R(trap_lat),
               E((444, 147), (430, 143), (415, 141), (400, 140)))
    ut_f = fibres([[(443, 147), (446, 185), (449, 225), (458, 256), (490, 277), (530, 295), (556, 306)],
                   [(420, 142), (427, 180), (434, 222), (448, 255), (485, 282), (530, 300), (564, 311)],
                   [(403, 141), (409, 185), (419, 228), (440, 262), (480, 288), (530, 304), (570, 314)],
                   [(401, 180), (410, 225), (428, 262), (470, 290), (530, 306), (574, 315.5)],
                   [(401, 240), (416, 270), (448, 294), (510, 307), (576, 316)],
                   [(407, 282), (440, 300), (500, 306), (578, 316)],
                   [(409, 300), (480, 306), (578, 316)]], 24)
    muscle("upper-trapezius", "superficial", ut, ut_f)

    # occipitalis: thin quadrilateral belly above the superior nuchal line, fibres up into the galea
    oc = shape(E((410.5, 140.6), (425, 141.7), (440, 145.3), (451, 151.5), (459.5, 160)),
               E((459.5, 160), (462.5, 146), (464, 132)),
               E((464, 132), (452, 124), (436, 120), (418, 121.5)),
               E((418, 121.5), (413.5, 131), (410.5, 140.6)))
    oc_f = fibres([[(410, 141), (418, 120)], [(440, 146), (437, 119)], [(460, 161), (464.5, 131)]], 13, m=4)
    muscle("occipitalis", "superficial", oc, oc_f)

    # order in the file: deep first (deepest first), then superficial (bottom to top)
    return ART, MUSCLES



def main():
    art, muscles = build()
    view = {
        "$schema": "../schema/view.schema.json",
        "id": "posterior",
        "name": "Posterior",
        "viewBox": VIEW_BOX,
        "midlineX": MID,
        "patientRightOnViewerLeft": False,
        "landmarks": [{"id": i, "name": n, "at": [a[0], a[1]]} for i, n, a in LANDMARKS],
        "art": art,
        "muscles": muscles,
    }
    with open(OUT, 'w') as f:
        json.dump(view, f, indent=2)
        f.write('\n')


if __name__ == '__main__':
    main()

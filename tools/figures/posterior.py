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
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import arm  # noqa: E402
from atlasgen.curves import line  # noqa: E402
from atlasgen import edges  # noqa: E402
from atlasgen.edges import E, R, fibres, loop, mirror_segs, serrate, shape, x_at, zigzag  # noqa: E402

MID = 400.0
OUT = os.path.join(os.path.dirname(__file__), '..', '..', 'atlas-data', 'views', 'posterior.json')
VIEW_BOX = [130, 30, 540, 1030]     # down to the fingertips of the hanging arms (y 1045)
BOTTOM = 712                         # the muscles of the trunk are cut here
HIP_CUT = 905                        # the skin of the trunk ends here, beside the hands


def d_of(subpaths, close=True):
    """Path data of segment lists, clamped into the view box."""
    return edges.d_of(subpaths, close, VIEW_BOX)


def fibre_d(lines):
    return edges.fibre_d(lines, VIEW_BOX)


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
    ("scapula-lateral-border", "Lateral border of the scapula", (520, 412)),
    ("lateral-epicondyle", "Lateral epicondyle of the humerus", (597, 645)),
    ("deltoid-tuberosity", "Deltoid tuberosity of the humerus", (598, 432)),
    ("occipital-bone", "Occipital bone (above the nuchal line)", (430, 118)),
] + list(arm.LANDMARKS) + [
    ("anatomical-snuffbox", "Anatomical snuffbox (radial side of the wrist)", (626, 893)),
    ("first-dorsal-interosseous", "First dorsal interosseous (web of the thumb)", (633, 930)),
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


def art_both(id_, kind, segs, layer=None, fibre_lines=None, extra=None):
    """art drawn on both sides: right segments (and extra subpaths) mirrored; fibres too"""
    fl = None
    if fibre_lines:
        fl = list(fibre_lines) + [mirror_segs(f) for f in fibre_lines]
    subs = []
    for sg in [segs] + (extra or []):
        subs += pair(sg)
    art(id_, kind, subs, layer, fl)


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
        (400, 38), (424, 40.5), (446, 49), (461, 66), (467.8, 88), (469, 108), (468, 121), (470.5, 122.5),
        (476, 122), (480.5, 126), (482.5, 136), (481.5, 151), (478, 166), (473, 178), (466, 186),
        (461, 192), (457, 204), (454.5, 218), (453.5, 232), (455, 246), (460.5, 258), (472, 269),
        (493, 280.5), (519, 291.5), (545, 300.5), (567, 309), (583, 315), (592, 319.5),
        (601, 329), (607, 345), (610, 366), (609.5, 392), (607, 416), (605, 434),
        (606.5, 455), (607, 482), (605, 530), (602, 590)] + arm.lower_arm_outline() + [
        (535, 604), (535.5, 556, 'c'),
        (525, 604), (515, 656), (509, BOTTOM), (505, 745), (508, 785), (519, 832), (532, 875),
        (537, HIP_CUT, 'c'), (400, HIP_CUT),
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
    # lambdoid and sagittal sutures (they meet at lambda, about 6 cm above the inion)
    lamb = zigzag(E((400, 86), (418, 94.5), (434, 106), (446, 119), (454, 133), (457.5, 142)), amp=1.1, period=3.2)
    sag = zigzag(E((400, 43), (400, 64), (400, 86)), amp=1.0, period=3.2)
    art("sutures", "outline", [lamb, mirror_segs(lamb), sag], layer="deep")
    art("inion", "bone", [loop((400, 134), (405, 137.5), (404, 142.5), (400, 144), (396, 142.5), (395, 137.5))],
        layer="deep")
    # galea aponeurotica (superficial layer only): the scalp itself is skin; of the galea only a thin
    # band shows above the occipital bellies, and the strip between them down to the inion. Its
    # tendinous striations continue the occipitalis fibres up towards the vertex.
    galea_r = [(400, 113.5), (410, 114), (420, 115), (436, 114), (451, 117.5), (459.5, 123), (463.8, 129.5),
               (462.3, 145), (459.5, 158.5, 'c'), (451, 151), (440, 145), (425, 141.3), (410, 140.3),
               (400, 140)]
    galea_f = fibres([[(401, 141), (401, 110)], [(409, 141), (409.5, 110)], [(418, 122), (417.5, 110)],
                      [(440, 121), (439, 110)], [(465, 131), (461, 117)]], 36, m=4, ext=2)
    art("galea-aponeurotica", "tendon", [both(*galea_r)], layer="superficial",
        fibre_lines=galea_f + [mirror_segs(f) for f in galea_f])

    # ---------------- vertebrae (deep: visible between the muscles of both sides)
    c1 = shape(E((400, 183), (420, 183.5), (440, 187), (452, 191.5), (459, 193.5, 'c')),
               E((459, 193.5), (460.5, 198.5), (456, 202.5)),
               E((456, 202.5), (446, 197.5), (430, 193.5), (414, 192), (400, 191.5)))
    art("atlanto-occipital-membrane", "tendon",
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
    # Each rib leaves its vertebra almost level, runs out to its angle and then curves ever more
    # steeply down as it turns forward round the side of the chest (lower ribs more oblique). Narrow at
    # the neck, broadest beyond the angle; the true ribs run on under the arm or to the flank, where
    # they are cut along the trunk's edge; ribs 11 and 12 float and end in tapered tips.
    flank = E((535.5, 556, 'c'), (525, 604), (515, 656), (509, BOTTOM, 'c'))

    def trunk_x(y):
        if y >= 556:
            return x_at(flank, min(y, BOTTOM - 0.1)) - 1.2
        pts = [(300, 522), (360, 536), (400, 548), (470, 551), (520, 547), (556, 534.3)]
        for (ya, xa), (yb, xb) in zip(pts, pts[1:]):
            if ya <= y <= yb:
                return xa + (xb - xa) * (y - ya) / (yb - ya)
        return 522

    # nominal reach L, slope at the spine k1, added curvature k2 (slope k1 + 3 k2 at the reach), width
    rib_form = [(72, 0.02, 0.55, 0.8), (104, 0.05, 0.45, 0.85), (124, 0.08, 0.40, 0.9), (138, 0.10, 0.38, 1),
                (146, 0.12, 0.37, 1), (150, 0.14, 0.37, 1), (152, 0.17, 0.37, 1), (152, 0.21, 0.37, 1),
                (150, 0.25, 0.36, 1), (146, 0.30, 0.34, 1), (98, 0.36, 0.22, 0.9), (64, 0.40, 0.12, 0.8)]
    ribs = []
    for n, lvl in enumerate(['t1', 't2', 't3', 't4', 't5', 't6', 't7', 't8', 't9', 't10', 't11', 't12'], start=1):
        L, k1, k2, wf = rib_form[n - 1]
        y0 = SPINE_Y[lvl] - 6
        floating = n >= 11
        cen = []
        for k in range(0, 61):
            u = k / 48 if not floating else k / 60
            cen.append((u, 408 + L * u, y0 + L * (k1 * u + k2 * u ** 3)))
        up, lo = [], []
        for i, (u, x, y) in enumerate(cen):
            a = cen[max(i - 1, 0)]
            b = cen[min(i + 1, len(cen) - 1)]
            dx, dy = b[1] - a[1], b[2] - a[2]
            ln = math.hypot(dx, dy)
            nx, ny = -dy / ln, dx / ln          # points down and in
            w = wf * (6 + 7 * math.sin(math.pi / 2 * min(u / 0.55, 1)))
            if floating:
                w *= min(1.0, (1.02 - u) / 0.45) ** 0.8
            up.append((x - nx * w / 2, y - ny * w / 2))
            lo.append((x + nx * w / 2, y + ny * w / 2))

        def cut(edge):
            out = []
            for p in edge:
                if p[0] > trunk_x(p[1]) or p[1] > BOTTOM:
                    break
                out.append(p)
            return out
        up, lo = cut(up), cut(lo)
        if floating:
            m = min(len(up), len(lo))
            up, lo = up[:m], lo[:m]
            tip = cen[m][1:] if m < len(cen) else cen[-1][1:]
            segs = shape(E(*up[::4], up[-1]), E(up[-1], tip, lo[-1]), R(E(*lo[::4], lo[-1])), line(lo[0], up[0]))
        else:
            segs = shape(E(*up[::4], up[-1]), line(up[-1], lo[-1]), R(E(*lo[::4], lo[-1])), line(lo[0], up[0]))
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
    # under the lower trapezius, latissimus and thoracolumbar fascia in the superficial layer
    art_both("erector-spinae", "muscle", es, layer="deep", fibre_lines=es_f)
    art_both("iliocostalis", "muscle", ilio, layer="deep", fibre_lines=ilio_f)
    # superficial layer: only the part between the rhomboids and the latissimus shows (in the
    # triangle beside the lower trapezius); the thoracolumbar fascia below stays uncovered
    es_sup = shape(E((404.5, 418), (422, 433), (446, 456), (470.5, 483)), E((470.5, 483), (473, 494), (474, 505)),
                   line((474, 505), (405, 505)), line((405, 505), (404.5, 418)))
    art_both("erector-spinae-upper", "muscle", es_sup, layer="superficial", fibre_lines=es_f + ilio_f)

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
    # teres minor is an atlas muscle: drawn with the superficial ones (below, under the deltoid)
    tmaj = shape(R(IL[4:]), TT[:3], E((566, 397), (570, 412), (562, 428)),
                 E((562, 428), (548, 440), (530, 458), (508, 478), (490, 492), (477, 491), (470.5, 483)))
    tmaj_f = fibres([[(474, 472), (520, 430), (572, 398)], [(480, 490), (530, 458), (564, 426)]], 9)
    # teres major is an atlas muscle: drawn with the superficial ones (below, under the deltoid)
    # triceps. Long head (medial) and lateral head (lateral, from under the deltoid) are full bellies
    # whose fibres run obliquely onto a broad flat common tendon: an aponeurotic sheet that starts
    # at mid-arm as a wide inverted V between the heads, spans the whole back of the lower arm and
    # converges onto the olecranon at the elbow (y ~645). The medial head shows distally on either
    # side of the tendon; below the elbow, the forearm.
    skin_arm_out = [(605, 434), (606.5, 455), (607, 482), (605, 530), (602, 590)] + arm.OUTER
    skin_arm_in = [(535.5, 556), (535, 604)] + arm.INNER
    xo = lambda y: x_at(E(*skin_arm_out), y)
    xi = lambda y: x_at(E(*skin_arm_in), y)
    arm_out = [(606, 420), (606.5, 455), (607, 482), (605, 530), (xo(570), 570), (xo(612), 612)] + arm.OUTER
    arm_in = [(562, 404), (555, 432), (546, 462), (539.5, 500), (536.5, 530), (535.5, 556)]
    arm_in_low = [(535.5, 556), (xi(585), 585), (535, 604), (xi(636), 636)] + arm.INNER
    AO = E(*arm_out)        # knots 0 420, 1 455, 2 482, 3 530, 4 570, 5 612, 6 650, then down to the wrist
    AI = E(*arm_in)         # 404 .. 556
    AIL = E(*arm_in_low)    # knots 0 556, 1 585, 2 604, 3 636, 4 660, then down to the wrist
    # the aponeurosis
    t_med = [(557, 518), (552.5, 530), (549.5, 546), (548.5, 562), (549, 576), (550, 590), (553, 610),
             (557.5, 628), (563, 643)]
    TMD = E(*t_med)         # knots 0 518 .. 5 590 .. 8 643
    TLU = E((592, 513), (597, 520), (600, 529), (601, 540), (600.5, 552))
    TLM = E((600.5, 552), (600, 576), (598.5, 600))
    TLL = E((598.5, 600), (595.5, 618), (589, 633), (580, 643))
    cap_m = E((557, 518), (564, 509.5), (574, 505.5))
    cap_l = E((574, 505.5), (584, 507), (592, 513))
    ins = E((563, 643), (571.5, 646.5), (580, 643))
    LB = E((575, 392), (574.5, 450), (574, 505.5))        # long head | lateral head
    LHB = E(arm_in_low[1], (543, 586.5), (550, 590))        # long head | medial head
    LLB = E((598.5, 600), (601, 606.5), arm_out[5])        # lateral head | medial head
    # forearm below the elbow (anconeus laterally), the olecranon and the ulna's subcutaneous border; the
    # extensors (radial wrist extensors and brachioradialis on the outer side, extensor digitorum in the
    # middle, extensor carpi ulnaris beside the ulna) taper into their tendons above the wrist
    wi, wo = arm.INNER[-1], arm.OUTER[-1]
    fa = shape(AIL[3:], line(wi, wo), R(AO[6:]),
               line(arm_out[6], (xo(636), 636)), line((xo(636), 636), arm_in_low[3]))
    fa_f = fibres([[(536, 636), (541, 720), (558, 805), (574, 868)], [(566, 650), (576, 760), (590, 868)],
                   [(598, 636), (606, 750), (618, 868)]], 14, m=6)
    art_both("forearm-muscles", "muscle", fa, fibre_lines=fa_f)
    # the borders between the extensor groups, and the extensor retinaculum over the back of the wrist
    art_both("forearm-muscle-borders", "outline",
             shape(E((597, 652), (598, 700), (602, 760), (608, 815), (612, 858))), layer=None)
    art_both("forearm-muscle-borders-2", "outline",
             shape(E((583, 668), (588, 730), (592, 790), (596, 850))), layer=None)
    ret = loop((576.5, 858), (598, 861), (619, 860), (621, 874, 'c'), (599, 877), (577, 874, 'c'))
    art_both("extensor-retinaculum", "tendon", ret)
    # the back of the hand: extensor tendons fanning to the four fingers, the knuckles and the nails
    tendons = []
    for (x0, x1, tip) in ((612, 632, 'index'), (604, 615, 'middle'), (596, 598.5, 'ring'), (588, 582, 'little')):
        tx, ty = arm.FINGER_TIPS[tip]
        tendons.append(E((x0, 876), ((x0 + x1) / 2, 925), (x1, 970), (tx, ty - 12)))
    tendons.append(E((617, 878), (627, 905), (638, 940), (647, 972)))
    art_both("hand-tendons", "outline", shape(*tendons[:1]), extra=[shape(t) for t in tendons[1:]])
    knuckles = [loop((x - 4.5, y), (x, y - 3), (x + 4.5, y), (x, y + 3)) for (x, y) in
                ((632, 968), (615, 976), (598.5, 974), (582, 964))]
    nails = [loop((tx - 4, ty - 12), (tx, ty - 14.5), (tx + 4, ty - 12), (tx + 3.5, ty - 4), (tx, ty - 2.5),
                  (tx - 3.5, ty - 4)) for (tx, ty) in arm.FINGER_TIPS.values()]
    art_both("knuckles-and-nails", "feature", knuckles[0], extra=knuckles[1:] + nails)
    fdi = loop((627, 905), (634, 922), (638, 940), (631, 942, 'c'), (625, 925), (622, 908))
    art_both("first-dorsal-interosseous", "muscle", fdi,
             fibre_lines=fibres([[(624, 906), (630, 940)], [(628, 905), (636, 938)]], 3, m=3))
    anc = loop((597.5, 647, 'c'), (590, 664), (582, 684), (576, 699), (575.5, 680), (578, 662), (585, 651))
    anc_f = fibres([[(597, 647), (586, 655), (578, 662)], [(597, 649), (585, 680), (575, 700)]], 6, m=3)
    # the anconeus is an atlas muscle (below, with the superficial ones)
    olec = loop((561, 645), (566, 639.5), (572, 638), (578, 639.5), (583, 645), (582.5, 655), (578.5, 664),
                (577.5, 700), (580, 760), (582, 820), (585, 856), (586, 866), (581, 870), (576.5, 866), (577, 856),
                (575, 820), (573, 760), (570, 700), (566, 682), (564, 665), (560.5, 655))
    art_both("olecranon-and-ulna", "bone", olec)
    med_m = shape(AIL[1:3], E(arm_in_low[2], (xi(624), 624), (536, 645)),
                  E((536, 645), (548, 648.5), (560, 646.5), (563, 643)), R(TMD[5:]), R(LHB))
    med_l = shape(AO[5:6], E((598.5, 650), (590, 648.5), (580, 643)), R(TLL), LLB)
    med_f = fibres([[(535, 586), (542, 598), (548, 608)], [(536, 646), (550, 646), (562, 644)]], 7, m=3)
    med_f += fibres([[(603, 610), (597, 618)], [(598.5, 649), (581, 644)]], 5, m=3)
    # the three heads of the triceps are one atlas muscle (below, with the superficial ones)
    tendon = shape(cap_m, cap_l, TLU, TLM, TLL, R(ins), R(TMD))
    tendon_f = fibres([[(557, 518), (549.5, 546), (549, 576), (553, 610), (563, 643)],
                       [(574, 505.5), (575, 560), (574, 610), (571.5, 646)],
                       [(592, 513), (601, 540), (600, 580), (595.5, 618), (580, 643)]], 28, m=10, ext=2)
    art_both("triceps-tendon", "tendon", tendon, fibre_lines=tendon_f)
    TC = (574, 590)  # inside the tendon
    tri_lat = shape(E((575, 392), (590, 396), (606, 420)), AO[:5], R(LLB), serrate(R(shape(cap_l, TLU, TLM)), TC),
                    R(LB))
    tri_lat_f = fibres([[(577, 394), (578, 450), (576.5, 503)],
                        [(591, 398), (594, 452), (583, 506)],
                        [(605, 420), (606.5, 480), (595, 520)],
                        [(607.5, 470), (606.5, 512), (603, 542)],
                        [(607, 520), (605, 570), (601, 604)]], 18)

    tri_long = shape(E((562, 404), (569, 394), (575, 392)), LB, serrate(shape(R(cap_m), TMD[:5]), TC), R(LHB),
                     R(AIL[:1]), R(AI))
    tri_long_f = fibres([[(574, 394), (572.5, 450), (570, 503)],
                         [(563, 402), (556, 460), (560, 524)],
                         [(553, 436), (543, 500), (551, 548)],
                         [(546, 462), (537, 530), (549.5, 586)]], 17)


    # ---------------- superficial: the SCM where it shows behind the ear (an atlas muscle, so it can be
    # picked): the sliver below the mastoid and its insertion along the lateral superior nuchal line
    scm = shape(E((467.5, 177), (465, 187), (460.5, 193.5), (456.5, 204), (454.5, 218), (453.5, 232), (453.5, 244)),
                E((453.5, 244), (451.8, 230), (452, 216), (454.5, 203), (458, 190), (461, 176), (467.5, 177)))
    scm_f = fibres([[(466, 178), (457, 204), (453.5, 240)], [(461, 178), (453, 206), (452, 236)]], 4)
    scm_nuchal = shape(E((467.5, 177), (458, 164), (449, 153.5), (444, 149.5)),
                       E((444, 149.5), (448, 156), (455, 167), (461, 176), (467.5, 177)))
    muscle("sternocleidomastoid-sternal", "superficial", scm, scm_f, extra=[scm_nuchal])
    # ---------------- superficial context: latissimus dorsi, thoracolumbar fascia
    # at these thoracic levels the latissimus' aponeurotic origin is still narrow; the broad
    # lumbar part of the fascia lies below the figure
    TLF = E((400, 468), (404.5, 505), (412, 570), (422, 640), (432, 700), (434, BOTTOM))
    lat = shape(E((400, 468), (430, 471), (452, 475), (470.5, 481.5), (492, 484), (512, 470), (532, 452),
                  (548, 436), (558, 426)),
                E((558, 426), (550, 450), (542, 480), (537.5, 515), (535.5, 556)),
                E((535.5, 556), (525, 604), (515, 656), (509, BOTTOM)),
                line((509, BOTTOM), (434, BOTTOM)), R(TLF))
    lat_f = fibres([[(402, 468), (470, 486), (525, 472), (556, 432)],
                    [(402, 560), (470, 528), (528, 482), (556, 438)],
                    [(402, BOTTOM), (470, 610), (525, 505), (552, 448)],
                    [(494, BOTTOM), (520, 600), (536, 510), (552, 452)]], 22)
    # an atlas muscle (the superficial ones drawn after it, trapezius and teres, lie over its edges)
    muscle("latissimus-dorsi", "superficial", lat, lat_f)
    tlf = shape(TLF, line((434, BOTTOM), (366, BOTTOM)), R(mirror_segs(TLF)))
    # its fibres run on from those of the latissimus: from the spines out and up
    tlf_f = fibres([[(400, 470), (412, 466)], [(400, 560), (440, 541)], [(400, 650), (458, 590)],
                    [(410, BOTTOM), (462, 650)]], 40, m=3, ext=4)
    art("thoracolumbar-fascia", "tendon", [tlf], layer="superficial",
        fibre_lines=tlf_f + [mirror_segs(f) for f in tlf_f])

    # ---------------- trapezius aponeurosis (the tendinous diamond around C7-T1)
    # its tendon fibres cross the midline, continuous with the middle fibres of both sides
    dia_f = fibres([[(388, 283), (400, 281.5), (412, 283)], [(388, 336), (400, 337), (412, 336)]], 30, m=3, ext=2)
    art("trapezius-aponeurosis", "tendon", [shape(Ds, R(mirror_segs(Ds)))], layer="superficial",
        fibre_lines=dia_f)

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
    # its upper part keeps inside the neck's contour (skin_r), which narrows to x 453.5 at y 232
    lev = shape(E((450, 200), (456.5, 199)),
                E((456.5, 199), (453, 218), (452, 235), (454.5, 250), (460, 266), (468, 285), (473.5, 312),
                  (471, 336), (463, 350), (457, 362)),
                E((457, 362), (456, 345), (457, 320), (455, 290), (449, 260), (442, 240), (446, 215),
                  (450, 200)))
    lev_f = fibres([[(452, 198), (445, 240), (456, 300), (457, 362)],
                    [(455.5, 199), (451, 235), (459, 265), (472, 310), (465, 348)]], 8)
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

    # serratus posterior superior (T&S ch. 45): from the lower ligamentum nuchae and the C7-T3 spines
    # down and out to ribs 2-5 beyond their angles. It lies on the splenii and under the rhomboids, so
    # only a strip shows above the rhomboid minor; its lateral part runs on under the scapula (cut at
    # the medial border, where the bone hides it).
    sps = shape(E((405, 291.5), (420, 298), (436, 308.5), (448, 319), (455, 329)),
                E((455, 329), (457, 335.5), (458.5, 341)), MB_up, MB_low[:2],
                E((459, 415), (442, 396), (424, 378), (404.5, 362)),
                line((404.5, 362), (404.5, 336)), line((404.5, 336), (403.5, 328)), R(Ds[1:6]))
    sps_f = fibres([[(406, 292), (432, 306), (456, 332)], [(405, 360), (432, 386), (458, 412)]], 9)
    muscle("serratus-posterior-superior", "deep", sps, sps_f)

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
    # teres major: inferior angle to the humerus, under the deltoid and the long head of the triceps
    muscle("teres-major", "superficial", tmaj, tmaj_f)
    # teres minor: lateral border of the scapula to the greater tubercle, above the teres major
    muscle("teres-minor", "superficial", tmin, tmin_f)
    # triceps brachii: long, lateral and medial heads on their common tendon (the long head passes
    # behind the teres major)
    muscle("anconeus", "superficial", anc, anc_f)
    muscle("triceps-brachii", "superficial", tri_long, tri_long_f + tri_lat_f + med_f, extra=[tri_lat, med_m, med_l])
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
    # fleshy fibres end on the tendinous diamond in fine points (it reads as tendon, not a gap)
    DC = (400, 309)
    mt = shape(serrate(Ds[2:], DC, amp=0.8, period=2.8, rake=0.6), line((400, 334), (400, 364)), ML, INS, R(UM))
    mt_f = fibres([[(410, 308), (480, 310), (540, 314), (578, 316)],
                   [(405, 326), (470, 330), (530, 329), (566, 320)],
                   [(401, 345), (450, 349), (500, 343), (540, 333)],
                   [(402, 364), (440, 365), (462, 360), (480, 349)]], 16)
    muscle("middle-trapezius", "superficial", mt, mt_f)

    trap_lat = E((444, 147), (446.5, 168), (448.7, 192), (449.7, 215), (450.6, 236), (454, 250), (464, 262.5),
                 (482, 274), (506, 285), (532, 294.5), (555, 303), (571, 310), (578, 315.5))
    ut = shape(line((400, 140), (400, 283)), serrate(Ds[:2], DC, amp=0.7, period=2.8, rake=0.6), UM, R(trap_lat),
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
               serrate(E((464, 132), (452, 124), (436, 120), (418, 121.5)), (440, 90), amp=1.2, period=3.4, rake=0),
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

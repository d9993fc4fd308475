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
from atlasgen.clip import clip_view_fibres  # noqa: E402
from atlasgen.curves import line  # noqa: E402
from atlasgen import edges  # noqa: E402
from atlasgen.edges import E, R, fibres, loop, mirror_segs, serrate, shape, x_at, zigzag  # noqa: E402
from atlasgen.landmarks import Landmarks  # noqa: E402

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
# Every point below is placed on one of these landmarks (at.acromion(dx, dy), at.acromion.points(...)), so
# moving a landmark here carries the muscles and art placed on it, and the zones (tools/zones) follow it.
LM = Landmarks("posterior", LANDMARKS)
at = LM.anchors

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
DPTS = at.c7_spinous.points((0, -17), (5, -8.5), (9.5, 0), (11.5, 6.5), (10.5, 13), (7.5, 20.5), (3.5, 28), (0, 34))
Ds = E(*DPTS)


def build():
    # ---------------- skin silhouette: head, ears, neck, trapezius slopes, shoulders, upper arms
    skin_r = [
        at.vertex(0, -2), at.vertex(24, 0.5), at.vertex(46, 9), at.occipital_bone(31, -52),
        at.occipital_bone(37.8, -30), at.occipital_bone(39, -10), at.superior_nuchal_line(28, -24),
        at.superior_nuchal_line(30.5, -22.5),
        at.superior_nuchal_line(36, -23), at.superior_nuchal_line(40.5, -19), at.superior_nuchal_line(42.5, -9),
        at.superior_nuchal_line(41.5, 6), at.mastoid_process(18, -24), at.mastoid_process(13, -12),
        at.mastoid_process(6, -4),
        at.mastoid_process(1, 2), at.c1_transverse_process(3, 6), at.c1_transverse_process(0.5, 20),
        at.c4_transverse_process(13.5, -10), at.c4_transverse_process(15, 4), at.c4_transverse_process(20.5, 16),
        at.c4_transverse_process(32, 27),
        at.supraspinous_fossa(-7, -55.5), at.clavicle_lateral_third(-21, -20.5), at.clavicle_lateral_third(5, -11.5),
        at.acromion(-3, -7), at.acromion(13, -1), at.acromion(22, 3.5),
        at.greater_tubercle(15, -17), at.greater_tubercle(21, -1), at.greater_tubercle(24, 20),
        at.deltoid_tuberosity(11.5, -40), at.deltoid_tuberosity(9, -16), at.deltoid_tuberosity(7, 2),
        at.deltoid_tuberosity(8.5, 23), at.deltoid_tuberosity(9, 50), at.deltoid_tuberosity(7, 98),
        at.lateral_epicondyle(5, -55)] + arm.lower_arm_outline() + [
        at.medial_epicondyle(-2, -44), at.olecranon(-36.5, -84, 'c'),
        at.medial_epicondyle(-12, -44), at.medial_epicondyle(-22, 8), at.medial_epicondyle.level(-28, BOTTOM),
        at.medial_epicondyle(-32, 97),
        at.ulnar_styloid(-73, -79), at.ulnar_styloid(-62, -32), at.ulnar_styloid(-49, 11),
        at.ulnar_styloid.level(-44, HIP_CUT, 'c'), at.ulnar_styloid.level(-181, HIP_CUT),
    ]
    art("skin", "silhouette", [both(*skin_r)])
    art_both("ears", "feature", E(*at.superior_nuchal_line.points((31.5, -17.5), (36.5, -12), (38, 1), (36, 15),
                                                                  (31, 29))))

    # ---------------- head: skull (deep) and galea aponeurotica (superficial)
    skull_r = [at.vertex(0, 2), at.vertex(23, 4.5), at.vertex(43, 12.5), at.occipital_bone(27, -50),
               at.occipital_bone(34, -30), at.occipital_bone(35.5, -10), at.superior_nuchal_line(24.5, -17),
               at.superior_nuchal_line(22.5, 3), at.mastoid_process(1, -24), at.mastoid_process(3, -9),
               at.c1_transverse_process(5.5, -2, 'c'), at.c1_transverse_process(-2, -7),
               at.c1_transverse_process(-14, -14),
               at.inferior_nuchal_line(-2, 17.5), at.c1_posterior_tubercle(0, -12)]
    art("skull", "bone", [both(*skull_r)], layer="deep")
    # nuchal lines, inion, mastoid processes as thin ridges (bone)
    snl = E(*at.superior_nuchal_line.points((-40, -6), (-20, -4.5), (0, 0), (12, 7), (21, 18)))
    snl_low = E(*at.superior_nuchal_line.points((21, 20), (11, 9.5), (-0.5, 2.2), (-20, -2.4), (-40, -3.5)))
    inl = E(*at.inferior_nuchal_line.points((-24, -12), (-12, -7), (0, -1), (12, 3.5), (23, 7)))
    inl_low = E(*at.inferior_nuchal_line.points((23, 8.8), (12, 5.3), (0, 0.8), (-12, -5.2), (-24, -10.2)))
    nuchal = []
    for segs in (shape(snl, line(*at.mastoid_process.points((1, -27), (1, -25))), snl_low),
                 shape(inl, line(*at.mastoid_process.points((-11, -21), (-11, -19.2))), inl_low)):
        nuchal += pair(segs)
    art("nuchal-lines", "bone", nuchal, layer="deep")
    # lambdoid and sagittal sutures (they meet at lambda, about 6 cm above the inion)
    lamb = zigzag(E(*at.occipital_bone.points((-30, -32), (-12, -23.5), (4, -12), (16, 1), (24, 15),
                                              (27.5, 24))), amp=1.1, period=3.2)
    sag = zigzag(E(*at.vertex.points((0, 3), (0, 24), (0, 46))), amp=1.0, period=3.2)
    art("sutures", "outline", [lamb, mirror_segs(lamb), sag], layer="deep")
    art("inion", "bone", [loop(*at.inion.points((0, -6), (5, -2.5), (4, 2.5), (0, 4), (-4, 2.5), (-5, -2.5)))],
        layer="deep")
    # galea aponeurotica (superficial layer only): the scalp itself is skin; of the galea only a thin
    # band shows above the occipital bellies, and the strip between them down to the inion. Its
    # tendinous striations continue the occipitalis fibres up towards the vertex.
    galea_r = [at.inion(0, -26.5), at.occipital_bone(-20, -4), at.occipital_bone(-10, -3), at.occipital_bone(6, -4),
               at.occipital_bone(21, -0.5), at.superior_nuchal_line(19.5, -22), at.superior_nuchal_line(23.8, -15.5),
               at.superior_nuchal_line(22.3, 0), at.superior_nuchal_line(19.5, 13.5, 'c'),
               at.superior_nuchal_line(11, 6), at.superior_nuchal_line(0, 0), at.superior_nuchal_line(-15, -3.7),
               at.inion(10, 0.3),
               at.inion(0, 0)]
    galea_f = fibres([at.occipital_bone.points((-29, 23), (-29, -8)), at.occipital_bone.points((-21, 23),
                                                                                               (-20.5, -8)), at.occipital_bone.points((-12, 4), (-12.5, -8)),
                      at.occipital_bone.points((10, 3), (9, -8)), at.occipital_bone.points((35, 13),
                                                                                           (31, -1))], 36, m=4, ext=2)
    art("galea-aponeurotica", "tendon", [both(*galea_r)], layer="superficial",
        fibre_lines=galea_f + [mirror_segs(f) for f in galea_f])

    # ---------------- vertebrae (deep: visible between the muscles of both sides)
    c1 = shape(E(*at.c1_transverse_process.points((-54, -15), (-34, -14.5), (-14, -11), (-2, -6.5), (5, -4.5, 'c'))),
               E(*at.c1_transverse_process.points((5, -4.5), (6.5, 0.5), (2, 4.5))),
               E(*at.c1_transverse_process.points((2, 4.5), (-8, -0.5), (-24, -4.5), (-40, -6), (-54, -6.5))))
    art("atlanto-occipital-membrane", "tendon",
        [both(*at.inferior_nuchal_line.points((-26, 4), (-10, 6), (8, 6), (20, 26), (14, 34), (-12, 35),
                                              (-26, 35)))], layer="deep")
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
    ic = shape(E(*at.scapula_lateral_border.points((-108, -94), (-80, -94), (-50, -88), (-15, -74), (15, -52),
                                                   (28, -12), (30, 58), (26, 108), (15.5, 144))),
               E(at.scapula_lateral_border(15.5, 144), at.scapula_lateral_border(5, 192),
                 at.scapula_lateral_border(-5, 244),
                 at.scapula_lateral_border.level(-11, BOTTOM)), line(at.scapula_lateral_border.level(-11, BOTTOM),
                                                                     at.scapula_lateral_border.level(-108, BOTTOM)),
               line(at.scapula_lateral_border.level(-108, BOTTOM), at.scapula_lateral_border(-108, -94)))
    ic_f = fibres([at.scapula_lateral_border.points((-90, -94), (40, 38)),
                   at.scapula_lateral_border.points((-108, 8), (20, 148)),
                   at.scapula_lateral_border.points((-108, 188), (-20, 300))], 40, m=3)
    art_both("intercostal-muscles", "muscle", ic, layer="deep", fibre_lines=ic_f)

    # ---------------- ribs (deep only), drawn behind scapulae and the erector spinae
    # Each rib leaves its vertebra almost level, runs out to its angle and then curves ever more
    # steeply down as it turns forward round the side of the chest (lower ribs more oblique). Narrow at
    # the neck, broadest beyond the angle; the true ribs run on under the arm or to the flank, where
    # they are cut along the trunk's edge; ribs 11 and 12 float and end in tapered tips.
    flank = E(at.medial_epicondyle(-1.5, -92, 'c'), at.medial_epicondyle(-12, -44),
              at.medial_epicondyle(-22, 8), at.medial_epicondyle.level(-28, BOTTOM, 'c'))

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
    clav = loop(*at.clavicle_lateral_third.points((-88, -15.5), (-60, -12.5), (-30, -9), (0, -6), (25, -3.5),
                                                  (39, -1.5), (43, 3), (36, 6.5), (10, 4.5), (-20, 1), (-50, -2.5),
                                                  (-80, -6.5), (-90, -10.5)))
    art_both("clavicle", "bone", clav)
    humerus = loop(*at.greater_tubercle.points((-20, -8), (-12, -14), (0, -14.5), (9, -9), (13, 1), (11, 13), (6, 20),
                                               (4, 44), (3, 94), (-15, 94), (-14, 46), (-18, 20), (-23, 6)))
    art_both("humerus", "bone", humerus)
    MB_up = E(*at.scapular_spine_medial.points((2.5, -19), (0.5, 0), (1, 8)))
    MB_low = E(*at.scapula_medial_border.points((-5, -52), (-4.5, -35), (-3, -5), (0, 25), (4, 47), (8.5, 63)))
    MB = MB_up + MB_low
    scap = shape(MB,
                 E(*at.infraspinous_fossa.points((-34.5, 78), (-29, 73), (-16, 55), (1, 33), (21, 7), (40, -17),
                                                 (53, -37), (58.5, -49), (59, -60), (53, -69))),
                 E(*at.infraspinous_fossa.points((53, -69), (40, -75), (25, -77), (0, -75.5), (-25, -72), (-39, -68),
                                                 (-46.5, -64))))
    art_both("scapula", "bone", scap)
    spine_top_pts = at.scapular_spine.points((-55, 13), (-38, 6.5), (-20, 1), (2, -5.5), (25, -13), (45, -20.5),
                                             (59, -27), (69, -30.5))
    spine_low_pts = at.scapular_spine.points((82, -22), (75, -16), (62, -13), (48, -8.5), (28, -1), (5, 6.5),
                                             (-18, 13.5), (-39, 20.5), (-51, 23))
    spine_segs = shape(E(*spine_top_pts),
                       E(*at.scapular_spine.points((69, -30.5), (77, -31), (82.5, -27), (82, -22))),
                       E(*spine_low_pts),
                       E(*at.scapular_spine.points((-51, 23), (-56, 19), (-55, 13))))
    art_both("scapular-spine-and-acromion", "bone", spine_segs)

    # ---------------- erector spinae (context muscle, both layers; covered by lat and trapezius superficially)
    es_lat = [at.t6_spinous(12, -100), at.t6_spinous(24, -70), at.t6_spinous(32, -20), at.t6_spinous(38, 40),
              at.t6_spinous(42, 110), at.t6_spinous(45, 190), at.t6_spinous.level(46, BOTTOM)]
    es = shape(E(*at.t1_spinous.points((5, 6), (12, 10))), E(*es_lat), line(at.t1_spinous.level(62, BOTTOM),
                                                                            at.t1_spinous.level(5, BOTTOM)),
               line(at.t1_spinous.level(5, BOTTOM), at.t1_spinous(5, 6)))
    es_f = fibres([[at.t1_spinous(6, 6), at.t1_spinous.level(6, BOTTOM)], [at.t1_spinous(13, 12),
                                                                           at.t1_spinous(24, 100),
                                                          at.t1_spinous(32, 200), at.t1_spinous.level(36, BOTTOM)],
                   [at.t1_spinous(24, 42), at.t1_spinous(37, 150), at.t1_spinous(44, 280),
                    at.t1_spinous.level(45, BOTTOM)]], 11)
    ilio_lat = [at.scapula_inferior_angle(-40, -120), at.scapula_inferior_angle(-22, -72),
                at.scapula_inferior_angle(-12, -10), at.scapula_inferior_angle(-4, 60),
                at.scapula_inferior_angle(2, 140), at.scapula_inferior_angle.level(4, BOTTOM)]
    ilio = shape(R(E(*es_lat)), line(*at.t2_spinous.points((12, -10), (30, 20))),
                 E(*ilio_lat), line(at.t2_spinous.level(74, BOTTOM), at.t2_spinous.level(46, BOTTOM)))
    ilio_f = fibres([[at.t2_spinous(28, 24), at.t2_spinous(38, 100), at.t2_spinous(44, 200),
                      at.t2_spinous.level(47, BOTTOM)],
                     [at.t2_spinous(48, 70), at.t2_spinous(60, 150), at.t2_spinous(68, 240),
                      at.t2_spinous.level(74, BOTTOM)]], 7)
    # under the lower trapezius, latissimus and thoracolumbar fascia in the superficial layer
    art_both("erector-spinae", "muscle", es, layer="deep", fibre_lines=es_f)
    art_both("iliocostalis", "muscle", ilio, layer="deep", fibre_lines=ilio_f)
    # superficial layer: only the part between the rhomboids and the latissimus shows (in the
    # triangle beside the lower trapezius); the thoracolumbar fascia below stays uncovered
    es_sup = shape(E(*at.scapula_inferior_angle.points((-65.5, -62), (-48, -47), (-24, -24),
                                                       (0.5, 3))), E(*at.scapula_inferior_angle.points((0.5, 3), (3, 14), (4, 25))),
                   line(*at.scapula_inferior_angle.points((4, 25),
                                                          (-65, 25))), line(*at.scapula_inferior_angle.points((-65, 25), (-65.5, -62))))
    art_both("erector-spinae-upper", "muscle", es_sup, layer="superficial", fibre_lines=es_f + ilio_f)

    # ---------------- deep context: scalenus medius/posterior above the clavicle
    scal = loop(*at.supraspinous_fossa.points((-42, -100), (-30, -84), (-10, -64), (10, -46), (22, -36), (5, -33),
                                              (-18, -34), (-32, -44), (-38, -66)))
    scal_f = fibres([at.supraspinous_fossa.points((-42, -98), (-30, -66), (-18, -36)),
                     at.supraspinous_fossa.points((-38, -96), (-5, -61), (20, -36))], 7)
    art_both("scalenes", "muscle", scal, layer="deep", fibre_lines=scal_f)

    # ---------------- arm and shoulder context muscles (both layers)
    # teres minor and teres major
    # the lower border of the infraspinatus, shared with teres minor and teres major
    IL = E(*at.scapula_lateral_border.points((65, -52), (45, -38), (20, -20), (-8, 8), (-28, 32), (-42, 53),
                                             (-49.5, 71)))
    TT = E(*at.scapula_lateral_border.points((-28, 32), (-6, 21), (20, 2), (46, -15),
                                             (70, -31)))  # teres minor | teres major
    tmin = shape(IL[:4], TT, E(*at.greater_tubercle.points((4, 35), (3, 23), (-1, 14))))
    tmin_f = fibres([at.greater_tubercle.points((-94, 96), (-46, 54), (2, 18)),
                     at.greater_tubercle.points((-90, 100), (-41, 62), (4, 28))], 6)
    # teres minor is an atlas muscle: drawn with the superficial ones (below, under the deltoid)
    tmaj = shape(R(IL[4:]), TT[:3], E(*at.scapula_inferior_angle.points((96, -83), (100, -68), (92, -52))),
                 E(*at.scapula_inferior_angle.points((92, -52), (78, -40), (60, -22), (38, -2), (20, 12), (7, 11),
                                                     (0.5, 3))))
    tmaj_f = fibres([at.scapula_inferior_angle.points((4, -8), (50, -50), (102, -82)),
                     at.scapula_inferior_angle.points((10, 10), (60, -22), (94, -54))], 9)
    # teres major is an atlas muscle: drawn with the superficial ones (below, under the deltoid)
    # triceps. Long head (medial) and lateral head (lateral, from under the deltoid) are full bellies
    # whose fibres run obliquely onto a broad flat common tendon: an aponeurotic sheet that starts
    # at mid-arm as a wide inverted V between the heads, spans the whole back of the lower arm and
    # converges onto the olecranon at the elbow (y ~645). The medial head shows distally on either
    # side of the tendon; below the elbow, the forearm.
    skin_arm_out = at.deltoid_tuberosity.points((7, 2), (8.5, 23), (9, 50), (7, 98), (4, 158)) + arm.OUTER
    skin_arm_in = at.medial_epicondyle.points((-1.5, -92), (-2, -44)) + arm.INNER
    xo = lambda y: x_at(E(*skin_arm_out), y)
    xi = lambda y: x_at(E(*skin_arm_in), y)
    arm_out = [at.deltoid_tuberosity(8, -12), at.deltoid_tuberosity(8.5, 23), at.deltoid_tuberosity(9, 50),
               at.deltoid_tuberosity(7, 98), (xo(570), 570), (xo(612), 612)] + arm.OUTER
    arm_in = at.deltoid_tuberosity.points((-36, -28), (-43, 0), (-52, 30), (-58.5, 68), (-61.5, 98), (-62.5, 124))
    arm_in_low = [at.medial_epicondyle(-1.5, -92), (xi(585), 585), at.medial_epicondyle(-2, -44),
                  (xi(636), 636)] + arm.INNER
    AO = E(*arm_out)        # knots 0 420, 1 455, 2 482, 3 530, 4 570, 5 612, 6 650, then down to the wrist
    AI = E(*arm_in)         # 404 .. 556
    AIL = E(*arm_in_low)    # knots 0 556, 1 585, 2 604, 3 636, 4 660, then down to the wrist
    # the aponeurosis
    t_med = at.olecranon.points((-15, -122), (-19.5, -110), (-22.5, -94), (-23.5, -78), (-23, -64), (-22, -50),
                                (-19, -30), (-14.5, -12), (-9, 3))
    TMD = E(*t_med)         # knots 0 518 .. 5 590 .. 8 643
    TLU = E(*at.deltoid_tuberosity.points((-6, 81), (-1, 88), (2, 97), (3, 108), (2.5, 120)))
    TLM = E(*at.lateral_epicondyle.points((3.5, -93), (3, -69), (1.5, -45)))
    TLL = E(*at.lateral_epicondyle.points((1.5, -45), (-1.5, -27), (-8, -12), (-17, -2)))
    cap_m = E(*at.deltoid_tuberosity.points((-41, 86), (-34, 77.5), (-24, 73.5)))
    cap_l = E(*at.deltoid_tuberosity.points((-24, 73.5), (-14, 75), (-6, 81)))
    ins = E(*at.olecranon.points((-9, 3), (-0.5, 6.5), (8, 3)))
    LB = E(*at.deltoid_tuberosity.points((-23, -40), (-23.5, 18), (-24, 73.5)))        # long head | lateral head
    LHB = E(arm_in_low[1], at.olecranon(-29, -53.5), at.olecranon(-22, -50))        # long head | medial head
    LLB = E(at.lateral_epicondyle(1.5, -45),
            at.lateral_epicondyle(4, -38.5), arm_out[5])        # lateral head | medial head
    # forearm below the elbow (anconeus laterally), the olecranon and the ulna's subcutaneous border; the
    # extensors (radial wrist extensors and brachioradialis on the outer side, extensor digitorum in the
    # middle, extensor carpi ulnaris beside the ulna) taper into their tendons above the wrist
    wi, wo = arm.INNER[-1], arm.OUTER[-1]
    fa = shape(AIL[3:], line(wi, wo), R(AO[6:]),
               line(arm_out[6], (xo(636), 636)), line((xo(636), 636), arm_in_low[3]))
    fa_f = fibres([at.ulnar_styloid.points((-45, -228), (-40, -144), (-23, -59), (-7, 4)),
                   at.ulnar_styloid.points((-15, -214), (-5, -104), (9, 4)),
                   at.ulnar_styloid.points((17, -228), (25, -114), (37, 4))], 14, m=6)
    art_both("forearm-muscles", "muscle", fa, fibre_lines=fa_f)
    # the borders between the extensor groups, and the extensor retinaculum over the back of the wrist
    art_both("forearm-muscle-borders", "outline",
             shape(E(*at.ulnar_styloid.points((16, -212), (17, -164), (21, -104), (27, -49), (31, -6)))), layer=None)
    art_both("forearm-muscle-borders-2", "outline",
             shape(E(*at.ulnar_styloid.points((2, -196), (7, -134), (11, -74), (15, -14)))), layer=None)
    ret = loop(*at.wrist.points((-21.5, -14), (0, -11), (21, -12), (23, 2, 'c'), (1, 5), (-21, 2, 'c')))
    art_both("extensor-retinaculum", "tendon", ret)
    # the back of the hand: extensor tendons fanning to the four fingers, the knuckles and the nails
    tendons = []
    for (x0, x1, tip) in ((612, 632, 'index'), (604, 615, 'middle'), (596, 598.5, 'ring'), (588, 582, 'little')):
        tx, ty = arm.FINGER_TIPS[tip]
        tendons.append(E((x0, 876), ((x0 + x1) / 2, 925), (x1, 970), (tx, ty - 12)))
    tendons.append(E(*at.first_dorsal_interosseous.points((-16, -52), (-6, -25), (5, 10), (14, 42))))
    art_both("hand-tendons", "outline", shape(*tendons[:1]), extra=[shape(t) for t in tendons[1:]])
    knuckles = [loop((x - 4.5, y), (x, y - 3), (x + 4.5, y), (x, y + 3)) for (x, y) in
                (at.knuckles(26, 6), at.knuckles(9, 14), at.knuckles(-7.5, 12), at.knuckles(-24, 2))]
    nails = [loop((tx - 4, ty - 12), (tx, ty - 14.5), (tx + 4, ty - 12), (tx + 3.5, ty - 4), (tx, ty - 2.5),
                  (tx - 3.5, ty - 4)) for (tx, ty) in arm.FINGER_TIPS.values()]
    art_both("knuckles-and-nails", "feature", knuckles[0], extra=knuckles[1:] + nails)
    fdi = loop(*at.first_dorsal_interosseous.points((-6, -25), (1, -8), (5, 10), (-2, 12, 'c'), (-8, -5), (-11, -22)))
    art_both("first-dorsal-interosseous", "muscle", fdi,
             fibre_lines=fibres([at.first_dorsal_interosseous.points((-9, -24), (-3, 10)),
                                 at.first_dorsal_interosseous.points((-5, -25), (3, 8))], 3, m=3))
    anc = loop(*at.lateral_epicondyle.points((0.5, 2, 'c'), (-7, 19), (-15, 39), (-21, 54), (-21.5, 35), (-19, 17),
                                             (-12, 6)))
    anc_f = fibres([at.lateral_epicondyle.points((0, 2), (-11, 10), (-19, 17)),
                    at.lateral_epicondyle.points((0, 4), (-12, 35), (-22, 55))], 6, m=3)
    # the anconeus is an atlas muscle (below, with the superficial ones)
    olec = loop(*at.lateral_epicondyle.points((-36, 0), (-31, -5.5), (-25, -7), (-19, -5.5), (-14, 0), (-14.5, 10),
                                              (-18.5, 19), (-19.5, 55), (-17, 115), (-15, 175), (-12, 211),
                                              (-11, 221), (-16, 225), (-20.5, 221), (-20, 211), (-22, 175),
                                              (-24, 115), (-27, 55), (-31, 37), (-33, 20), (-36.5, 10)))
    art_both("olecranon-and-ulna", "bone", olec)
    med_m = shape(AIL[1:3], E(arm_in_low[2], (xi(624), 624), at.medial_epicondyle(-1, -3)),
                  E(*at.medial_epicondyle.points((-1, -3), (11, 0.5), (23, -1.5), (26, -5))), R(TMD[5:]), R(LHB))
    med_l = shape(AO[5:6], E(*at.lateral_epicondyle.points((1.5, 5), (-7, 3.5), (-17, -2))), R(TLL), LLB)
    med_f = fibres([at.medial_epicondyle.points((-2, -62), (5, -50), (11, -40)),
                    at.medial_epicondyle.points((-1, -2), (13, -2), (25, -4))], 7, m=3)
    med_f += fibres([at.lateral_epicondyle.points((6, -35), (0, -27)),
                     at.lateral_epicondyle.points((1.5, 4), (-16, -1))], 5, m=3)
    # the three heads of the triceps are one atlas muscle (below, with the superficial ones)
    tendon = shape(cap_m, cap_l, TLU, TLM, TLL, R(ins), R(TMD))
    tendon_f = fibres([at.olecranon.points((-15, -122), (-22.5, -94), (-23, -64), (-19, -30), (-9, 3)),
                       at.olecranon.points((2, -134.5), (3, -80), (2, -30), (-0.5, 6)),
                       at.olecranon.points((20, -127), (29, -100), (28, -60), (23.5, -22), (8, 3))], 28, m=10, ext=2)
    art_both("triceps-tendon", "tendon", tendon, fibre_lines=tendon_f)
    TC = at.olecranon(2, -50)  # inside the tendon
    tri_lat = shape(E(*at.deltoid_tuberosity.points((-23, -40), (-8, -36),
                                                    (8, -12))), AO[:5], R(LLB), serrate(R(shape(cap_l, TLU, TLM)), TC),
                    R(LB))
    tri_lat_f = fibres([at.deltoid_tuberosity.points((-21, -38), (-20, 18), (-21.5, 71)),
                        at.deltoid_tuberosity.points((-7, -34), (-4, 20), (-15, 74)),
                        at.deltoid_tuberosity.points((7, -12), (8.5, 48), (-3, 88)),
                        at.deltoid_tuberosity.points((9.5, 38), (8.5, 80), (5, 110)),
                        at.deltoid_tuberosity.points((9, 88), (7, 138), (3, 172))], 18)

    tri_long = shape(E(*at.deltoid_tuberosity.points((-36, -28), (-29, -38),
                                                     (-23, -40))), LB, serrate(shape(R(cap_m), TMD[:5]), TC), R(LHB),
                     R(AIL[:1]), R(AI))
    tri_long_f = fibres([at.deltoid_tuberosity.points((-24, -38), (-25.5, 18), (-28, 71)),
                         at.deltoid_tuberosity.points((-35, -30), (-42, 28), (-38, 92)),
                         at.deltoid_tuberosity.points((-45, 4), (-55, 68), (-47, 116)),
                         at.deltoid_tuberosity.points((-52, 30), (-61, 98), (-48.5, 154))], 17)


    # ---------------- superficial: the SCM where it shows behind the ear (an atlas muscle, so it can be
    # picked): the sliver below the mastoid and its insertion along the lateral superior nuchal line
    scm = shape(E(*at.mastoid_process.points((7.5, -13), (5, -3), (0.5, 3.5), (-3.5, 14), (-5.5, 28), (-6.5, 42),
                                             (-6.5, 54))),
                E(*at.mastoid_process.points((-6.5, 54), (-8.2, 40), (-8, 26), (-5.5, 13), (-2, 0), (1, -14),
                                             (7.5, -13))))
    scm_f = fibres([at.mastoid_process.points((6, -12), (-3, 14), (-6.5, 50)),
                    at.mastoid_process.points((1, -12), (-7, 16), (-8, 46))], 4)
    scm_nuchal = shape(E(*at.mastoid_process.points((7.5, -13), (-2, -26), (-11, -36.5), (-16, -40.5))),
                       E(*at.mastoid_process.points((-16, -40.5), (-12, -34), (-5, -23), (1, -14), (7.5, -13))))
    muscle("sternocleidomastoid-sternal", "superficial", scm, scm_f, extra=[scm_nuchal])
    # ---------------- superficial context: latissimus dorsi, thoracolumbar fascia
    # at these thoracic levels the latissimus' aponeurotic origin is still narrow; the broad
    # lumbar part of the fascia lies below the figure
    TLF = E(at.t12_spinous(0, -212), at.t12_spinous(4.5, -175), at.t12_spinous(12, -110), at.t12_spinous(22, -40),
            at.t12_spinous(32, 20), at.t12_spinous.level(34, BOTTOM))
    lat = shape(E(*at.scapula_inferior_angle.points((-70, -12), (-40, -9), (-18, -5), (0.5, 1.5), (22, 4), (42, -10),
                                                    (62, -28), (78, -44), (88, -54))),
                E(*at.scapula_inferior_angle.points((88, -54), (80, -30), (72, 0), (67.5, 35), (65.5, 76))),
                E(at.scapula_inferior_angle(65.5, 76), at.scapula_inferior_angle(55, 124),
                  at.scapula_inferior_angle(45, 176), at.scapula_inferior_angle.level(39, BOTTOM)),
                line(at.scapula_inferior_angle.level(39, BOTTOM),
                     at.scapula_inferior_angle.level(-36, BOTTOM)), R(TLF))
    lat_f = fibres([at.scapula_inferior_angle.points((-68, -12), (0, 6), (55, -8), (86, -48)),
                    at.scapula_inferior_angle.points((-68, 80), (0, 48), (58, 2), (86, -42)),
                    [at.scapula_inferior_angle.level(-68, BOTTOM), at.scapula_inferior_angle(0, 130),
                     at.scapula_inferior_angle(55, 25),
                     at.scapula_inferior_angle(82, -32)],
                    [at.scapula_inferior_angle.level(24, BOTTOM), at.scapula_inferior_angle(50, 120),
                     at.scapula_inferior_angle(66, 30),
                     at.scapula_inferior_angle(82, -28)]], 22)
    # an atlas muscle (the superficial ones drawn after it, trapezius and teres, lie over its edges)
    muscle("latissimus-dorsi", "superficial", lat, lat_f)
    tlf = shape(TLF, line(at.scapula_inferior_angle.level(-36, BOTTOM),
                          at.scapula_inferior_angle.level(-104, BOTTOM)), R(mirror_segs(TLF)))
    # its fibres run on from those of the latissimus: from the spines out and up
    tlf_f = fibres([at.scapula_inferior_angle.points((-70, -10), (-58, -14)),
                    at.scapula_inferior_angle.points((-70, 80), (-30, 61)),
                    at.scapula_inferior_angle.points((-70, 170), (-12, 110)),
                    [at.scapula_inferior_angle.level(-60, BOTTOM),
                     at.scapula_inferior_angle(-8, 170)]], 40, m=3, ext=4)
    art("thoracolumbar-fascia", "tendon", [tlf], layer="superficial",
        fibre_lines=tlf_f + [mirror_segs(f) for f in tlf_f])

    # ---------------- trapezius aponeurosis (the tendinous diamond around C7-T1)
    # its tendon fibres cross the midline, continuous with the middle fibres of both sides
    dia_f = fibres([at.c7_spinous.points((-12, -17), (0, -18.5), (12, -17)),
                    at.c7_spinous.points((-12, 36), (0, 37), (12, 36))], 30, m=3, ext=2)
    art("trapezius-aponeurosis", "tendon", [shape(Ds, R(mirror_segs(Ds)))], layer="superficial",
        fibre_lines=dia_f)

    # ================================================================= atlas muscles
    # ---- deep layer, deepest first
    # Near C7 every deep muscle keeps out of the trapezius' tendinous diamond (Ds), so that the
    # diamond shows its lighter aponeurosis in the superficial layer.
    # semispinalis capitis: cut below the suboccipital triangle (as in the classic dissection) with
    # its insertion between the nuchal lines left in place
    ssc_med = E(*at.c4_transverse_process.points((-20, -37), (-20, 14), (-25.5, 42), (-30.5, 58)))
    ssc = shape(E(*at.t1_spinous.points((52, -120), (38, -118), (28, -116),
                                        (20, -115))), ssc_med, Ds[2:6], line(*at.t1_spinous.points((3.5, 8),
                                                                                                   (4.5, 16))),
                line(*at.t1_spinous.points((4.5, 16), (4.5, 100))), line(*at.t1_spinous.points((4.5, 100),
                                                                                               (10, 101))),
                E(*at.t1_spinous.points((10, 101), (24, 76), (36, 30), (45, -20), (50, -65), (52, -120))))
    ssc_stump = shape(E(*at.inferior_nuchal_line.points((-22.5, -21), (-6, -20.2),
                                                        (12, -16.6))), E(*at.inferior_nuchal_line.points((12, -16.6), (14, -7), (12, 2.9))),
                      E(*at.inferior_nuchal_line.points((12, 2.9), (0, -1), (-12, -7),
                                                        (-22.5, -11.8))), line(*at.inferior_nuchal_line.points((-22.5, -11.8), (-22.5, -21))))
    ssc_f = fibres([at.t1_spinous.points((21, -116), (21, -64), (10, 0), (6, 120)),
                    at.t1_spinous.points((51, -116), (48, -40), (32, 50), (9, 120))], 9)
    ssc_f += fibres([at.t1_spinous.points((4, -179), (4, -169)), at.t1_spinous.points((38, -175),
                                                                                      (38, -154))], 6, ext=2)
    muscle("semispinalis-capitis", "deep", ssc, ssc_f, extra=[ssc_stump])

    MF_lat = E(*at.c4_transverse_process.points((-28, -33), (-27.5, 8), (-28, 43), (-30.5, 58)))
    ssv_up = shape(line(*at.c2_spinous.points((5, 2),
                                              (20, 5))), ssc_med, R(MF_lat), line(*at.c2_spinous.points((12, 9), (5, 8))),
                   line(*at.c2_spinous.points((5, 8), (5, 2))))
    ssv_low = shape(line(*at.t4_spinous.points((4.5, -47), (4.5, 37))), line(*at.t4_spinous.points((4.5, 37),
                                                                                                   (10, 38))),
                    E(*at.t4_spinous.points((10, 38), (18, 17), (22, -13), (21, -38),
                                            (16, -49))), line(*at.t4_spinous.points((16, -49), (4.5, -47))))
    ssv_f = fibres([at.c4_transverse_process.points((-21, -38), (-24, 8), (-30, 58)),
                    at.c4_transverse_process.points((-35, -38), (-29, 8), (-31, 58))], 5)
    ssv_f += fibres([at.t4_spinous.points((18, -49), (22, -3), (14, 53)),
                     at.t4_spinous.points((5, -49), (5, -3), (5, 53))], 4)
    muscle("semispinalis-cervicis", "deep", ssv_up, ssv_f, extra=[ssv_low])

    mf = shape(line(*at.c2_spinous.points((5, 7),
                                          (12, 9))), MF_lat, R(Ds[1:2]), line(*at.c2_spinous.points((5, 91.5), (5, 7))))
    mf_f = []
    for y in range(12, 100, 9):     # below the C2 spinous process
        mf_f += fibres([at.c2_spinous.points((13.5, y + 10), (4, y)), at.c2_spinous.points((13.5, y + 10.5), (4, y + 0.5))],
                       1, m=3, ext=1)
    muscle("cervical-multifidi", "deep", mf, mf_f)

    # levator scapulae, from C1-C4 transverse processes (under the splenii) to the superior angle
    # its upper part keeps inside the neck's contour (skin_r), which narrows to x 453.5 at y 232
    lev = shape(E(*at.c4_transverse_process.points((10, -42), (16.5, -43))),
                E(*at.c4_transverse_process.points((16.5, -43), (13, -24), (12, -7), (14.5, 8), (20, 24), (28, 43),
                                                   (33.5, 70), (31, 94), (23, 108), (17, 120))),
                E(*at.c4_transverse_process.points((17, 120), (16, 103), (17, 78), (15, 48), (9, 18), (2, -2),
                                                   (6, -27), (10, -42))))
    lev_f = fibres([at.c4_transverse_process.points((12, -44), (5, -2), (16, 58), (17, 120)),
                    at.c4_transverse_process.points((15.5, -43), (11, -7), (19, 23), (32, 68), (25, 106))], 8)
    muscle("levator-scapulae", "deep", lev, lev_f)

    # splenius cervicis: T3-T6 spines up and out to C1-C3 transverse processes
    SPC_lat = E(*at.c4_transverse_process.points((17, -46), (14, -32), (11.5, -18), (8, -2), (4, 20), (-4, 50),
                                                 (-15, 80), (-27, 106), (-35.5, 120)))
    spcv = shape(E(*at.c7_spinous.points((52, -100),
                                         (57, -104))), SPC_lat, line(*at.c7_spinous.points((4.5, 62), (4.5, 120))),
                 E(*at.c7_spinous.points((4.5, 120), (18, 104), (36, 76), (50, 36), (58, -4), (61.5, -38), (61, -64),
                                         (58, -86), (52, -100))))
    spcv_f = fibres([at.c7_spinous.points((4, 64), (30, 20), (48, -40), (56, -100)),
                     at.c7_spinous.points((4, 120), (40, 65), (58, -10), (59, -95))], 10)
    muscle("splenius-cervicis", "deep", spcv, spcv_f)

    # splenius capitis: C4-T3 up and out to the mastoid and lateral superior nuchal line
    spc = shape(line(*at.c4_transverse_process.points((-35.5, 120),
                                                      (-35.5, 94))), line(*at.c4_transverse_process.points((-35.5, 94), (-36.5, 86))), R(Ds[2:6]),
                E(*at.c4_transverse_process.points((-30.5, 58), (-27, 48), (-21.5, 34), (-14.5, 15), (-7, -3),
                                                   (-1, -20), (3.5, -35), (6.5, -48), (7, -64), (5, -80), (3, -92))),
                E(*at.c4_transverse_process.points((3, -92), (7, -93.5), (14, -90), (19, -82), (21, -70), (20, -56),
                                                   (17, -46))),
                R(SPC_lat))
    spc_f = fibres([at.c4_transverse_process.points((-31, 60), (-10, 6), (4, -42), (4, -92)),
                    at.c4_transverse_process.points((-36, 120), (-2, 50), (15, -12), (23, -72))], 13)
    muscle("splenius-capitis", "deep", spc, spc_f)

    # serratus posterior superior (T&S ch. 45): from the lower ligamentum nuchae and the C7-T3 spines
    # down and out to ribs 2-5 beyond their angles. It lies on the splenii and under the rhomboids, so
    # only a strip shows above the rhomboid minor; its lateral part runs on under the scapula (cut at
    # the medial border, where the bone hides it).
    sps = shape(E(*at.scapula_superior_angle.points((-55, -48.5), (-40, -42), (-24, -31.5), (-12, -21), (-5, -11))),
                E(*at.scapula_superior_angle.points((-5, -11), (-3, -4.5), (-1.5, 1))), MB_up, MB_low[:2],
                E(*at.scapula_superior_angle.points((-1, 75), (-18, 56), (-36, 38), (-55.5, 22))),
                line(*at.scapula_superior_angle.points((-55.5, 22),
                                                       (-55.5, -4))), line(*at.scapula_superior_angle.points((-55.5, -4), (-56.5, -12))), R(Ds[1:6]))
    sps_f = fibres([at.scapula_superior_angle.points((-54, -48), (-28, -34), (-4, -8)),
                    at.scapula_superior_angle.points((-55, 20), (-28, 46), (-2, 72))], 9)
    muscle("serratus-posterior-superior", "deep", sps, sps_f)

    # supraspinatus in the supraspinous fossa, passing under the acromion
    ss_top = E(*at.supraspinous_fossa.points((-42, 12), (-39, -1), (-24, -13), (0, -21), (26, -25.5), (50, -26.5),
                                             (68, -23)))
    ss = shape(ss_top, E(*at.supraspinous_fossa.points((68, -23), (76, -19.5), (77, -14), (71, -13))),
               E(*at.supraspinous_fossa.points((71, -13), (62, -14), (52, -9.8), (35, -4), (12, 3.5), (-10, 10),
                                               (-28, 15.5), (-42, 20))),
               line(*at.supraspinous_fossa.points((-42, 20), (-42, 12))))
    ss_f = fibres([at.supraspinous_fossa.points((-38, -4), (0, -22), (40, -26), (75, -18)),
                   at.supraspinous_fossa.points((-40, 10), (0, -2), (40, -14), (75, -16)),
                   at.supraspinous_fossa.points((-38, 21), (0, 10), (40, -5), (75, -15))], 12)
    muscle("supraspinatus", "deep", ss, ss_f)

    # rhomboids (minor C7-T1 to the root of the spine, major T2-T5 to the medial border)
    rh = shape(E(*at.t4_spinous.points((9.5, -83), (26, -68), (45, -52), (58.5, -42))),
               MB,
               E(*at.t4_spinous.points((70.5, 100), (46, 73), (22, 50), (4.5, 35))),
               line(*at.t4_spinous.points((4.5, 35), (4.5, -47))), line(*at.t4_spinous.points((4.5, -47),
                                                                                              (3.5, -55))), R(Ds[2:6]))
    rh_f = fibres([at.t4_spinous.points((6, -85), (59, -39)), at.t4_spinous.points((3, -53), (57, -11)),
                   at.t4_spinous.points((3, -51), (57, -7)),
                   at.t4_spinous.points((3, 29), (72, 102))], 18, m=4)
    muscle("rhomboids", "deep", rh, rh_f)
    art_both("rhomboid-minor-major-border", "outline", E(*at.scapular_spine_medial.points((-51.5, -26), (-26, -10),
                                                                                          (0.8, 12))), layer="deep")

    # suboccipital triangle
    S = E(*at.inferior_nuchal_line.points((-12, -7), (-14.5, 2), (-15.5, 13), (-18.5, 26)))
    rcpmin = shape(E(*at.c1_posterior_tubercle.points((2, -40.5), (8, -37.8), (14, -35))), S,
                   E(*at.c1_posterior_tubercle.points((7.5, -2), (5, 0.5),
                                                      (2, 0))), line(*at.c1_posterior_tubercle.points((2, 0), (2, -40.5))))
    rcpmin_f = fibres([at.c1_posterior_tubercle.points((3, 0), (2.5, -40)),
                       at.c1_posterior_tubercle.points((7, 0), (13, -35))], 5, m=4)
    rcpmaj = shape(E(*at.inferior_nuchal_line.points((-21.5, -11.5), (-12, -7), (0, -1), (10, 2.5))),
                   E(*at.inferior_nuchal_line.points((10, 2.5), (2, 16), (-8, 29), (-17, 39.5))),
                   E(*at.inferior_nuchal_line.points((-17, 39.5), (-22, 38.5), (-20.5, 32), (-18.5, 26))),
                   R(S), line(*at.inferior_nuchal_line.points((-12, -7), (-21.5, -11.5))))
    rcpmaj_f = fibres([at.inferior_nuchal_line.points((-22, 38), (-19, 18), (-16, -10)),
                       at.inferior_nuchal_line.points((-18, 39), (-3, 20), (10, 2))], 7, m=4)
    ocs = shape(E(*at.inferior_nuchal_line.points((10, -8), (17, -5.5),
                                                  (23, -2))), E(*at.inferior_nuchal_line.points((23, -2), (22.8, 14),
                                                                                                (22, 27),
                                                                                                (20.5, 35))),
                E(*at.inferior_nuchal_line.points((20.5, 35), (16, 24), (12, 13),
                                                  (10, 2.5))), line(*at.inferior_nuchal_line.points((10, 2.5), (10, -8))))
    ocs_f = fibres([at.inferior_nuchal_line.points((19, 36), (12, 14), (10, -8)),
                    at.inferior_nuchal_line.points((22, 36), (23, 16), (23, -2))], 5, m=4)
    oci = shape(E(*at.c1_transverse_process.points((-47, 4), (-36, -1), (-24, -4.5), (-13, -6.5), (-6, -6))),
                E(*at.c1_transverse_process.points((-6, -6), (-2.5, -2.5), (-5.5, 2.5))),
                E(*at.c1_transverse_process.points((-5.5, 2.5), (-16, 4.5), (-26, 7.5), (-36, 11.5), (-46, 15))),
                E(*at.c1_transverse_process.points((-46, 15), (-49.5, 10), (-47, 4))))
    oci_f = fibres([at.c1_transverse_process.points((-50, 5), (-24, -5), (-3, -4)),
                    at.c1_transverse_process.points((-50, 15), (-24, 7), (-3, 2))], 7, m=4)
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
    infra = shape(E(*at.infraspinous_fossa.points((-48, -37), (-34, -39.5), (-13, -46.5), (10, -53.5), (33, -61),
                                                  (53, -68.5))),
                  E(*at.infraspinous_fossa.points((53, -68.5), (69, -67), (81, -62), (85, -53), (80, -45))),
                  IL, R(MB_low))
    infra_f = fibres([at.infraspinous_fossa.points((-47, -33), (15, -47), (81, -55)),
                      at.infraspinous_fossa.points((-46, 15), (15, -20), (81, -51)),
                      at.infraspinous_fossa.points((-37, 67), (20, -5), (81, -47))], 16)
    muscle("infraspinatus", "superficial", infra, infra_f)
    # the deep layer shows the rotator cuff as a deeper dissection does (deltoid, trapezius and
    # latissimus taken off): the same infraspinatus, teres minor and teres major, drawn whole there
    for cuff, segs, cuff_f in (("infraspinatus", infra, infra_f), ("teres-minor", tmin, tmin_f),
                               ("teres-major", tmaj, tmaj_f)):
        muscle(cuff, "deep", segs, cuff_f)

    # deltoid: spine, acromion (and, seen through, the clavicle) to the deltoid tuberosity
    dl = shape(E(*at.acromion.points((-84, 45), (-78, 42.5), (-55, 35.5), (-32, 28), (-12, 20.5), (2, 16), (15, 13),
                                     (22, 7))),
               E(*at.acromion.points((22, 7), (30, 14), (36.5, 29), (39.3, 50), (38.8, 76), (36, 100), (30.5, 122))),
               E(*at.acromion.points((30.5, 122), (22, 110), (8, 95), (-12, 79), (-34, 65), (-58, 53), (-84, 45))))
    dl_clav = loop(*at.acromion.points((-38, -6.5), (-18, -5.2), (1, -2.5), (0, 2.5), (-20, 1.5), (-37, -0.5)))
    dl_f = fibres([at.acromion.points((-82, 44), (-25, 76), (30, 122)),
                   at.acromion.points((-30, 27), (5, 72), (31, 122)),
                   at.acromion.points((8, 14), (26, 69), (32, 122)), at.acromion.points((24, 6), (40, 54),
                                                                                        (33, 122))], 18)
    muscle("deltoid", "superficial", dl, dl_f, extra=[dl_clav])

    # trapezius: lower, middle, upper
    ML = E(*at.scapular_spine_medial.points((-56, 4), (-28, 6), (-4, 6.5), (10, 2.5)))
    lt = shape(ML, E(*at.scapula_inferior_angle.points((-4, -117.5), (-4.5, -100), (-12, -70), (-23, -30), (-36, 20),
                                                       (-49, 80), (-60, 140), (-67, 185), (-70, 204))),
               line(*at.scapula_inferior_angle.points((-70, 204), (-70, -116))))
    lt_f = fibres([at.scapula_inferior_angle.points((-69, -114), (-30, -113.5), (-4, -117.5)),
                   at.scapula_inferior_angle.points((-69, -60), (-35, -86), (-4, -116)),
                   at.scapula_inferior_angle.points((-69, 40), (-38, -40), (-4, -114.5)),
                   at.scapula_inferior_angle.points((-70, 206), (-44, 60), (-4, -113))], 20)
    muscle("lower-trapezius", "superficial", lt, lt_f)

    INS = E(*at.scapular_spine.points((-44, 17.5), (-38, 6.5), (-20, 1), (2, -5.5), (25, -13), (45, -20.5), (59, -27),
                                      (68, -29.5)))
    UM = E(*at.supraspinous_fossa.points((-90.5, -36), (-50, -31.5), (-10, -27.6), (30, -24), (60, -21), (78, -20.5)))
    # fleshy fibres end on the tendinous diamond in fine points (it reads as tendon, not a gap)
    DC = at.c7_spinous(0, 9)
    mt = shape(serrate(Ds[2:], DC, amp=0.8, period=2.8, rake=0.6), line(*at.t2_spinous.points((0, -6),
                                                                                              (0, 24))), ML, INS, R(UM))
    mt_f = fibres([at.t2_spinous.points((10, -32), (80, -30), (140, -26), (178, -24)),
                   at.t2_spinous.points((5, -14), (70, -10), (130, -11), (166, -20)),
                   at.t2_spinous.points((1, 5), (50, 9), (100, 3), (140, -7)),
                   at.t2_spinous.points((2, 24), (40, 25), (62, 20), (80, 9))], 16)
    muscle("middle-trapezius", "superficial", mt, mt_f)

    trap_lat = E(*at.c4_transverse_process.points((4, -95), (6.5, -74), (8.7, -50), (9.7, -27), (10.6, -6), (14, 8),
                                                  (24, 20.5), (42, 32), (66, 43), (92, 52.5), (115, 61), (131, 68),
                                                  (138, 73.5)))
    ut = shape(line(*at.inferior_nuchal_line.points((-26, -22),
                                                    (-26, 121))), serrate(Ds[:2], DC, amp=0.7, period=2.8, rake=0.6), UM, R(trap_lat),
               E(*at.inferior_nuchal_line.points((18, -15), (4, -19), (-11, -21), (-26, -22))))
    ut_f = fibres([at.inferior_nuchal_line.points((17, -15), (20, 23), (23, 63), (32, 94), (64, 115), (104, 133),
                                                  (130, 144)),
                   at.inferior_nuchal_line.points((-6, -20), (1, 18), (8, 60), (22, 93), (59, 120), (104, 138),
                                                  (138, 149)),
                   at.inferior_nuchal_line.points((-23, -21), (-17, 23), (-7, 66), (14, 100), (54, 126), (104, 142),
                                                  (144, 152)),
                   at.inferior_nuchal_line.points((-25, 18), (-16, 63), (2, 100), (44, 128), (104, 144),
                                                  (148, 153.5)),
                   at.inferior_nuchal_line.points((-25, 78), (-10, 108), (22, 132), (84, 145), (150, 154)),
                   at.inferior_nuchal_line.points((-19, 120), (14, 138), (74, 144), (152, 154)),
                   at.inferior_nuchal_line.points((-17, 138), (54, 144), (152, 154))], 24)
    muscle("upper-trapezius", "superficial", ut, ut_f)

    # occipitalis: thin quadrilateral belly above the superior nuchal line, fibres up into the galea
    oc = shape(E(*at.superior_nuchal_line.points((-29.5, -4.4), (-15, -3.3), (0, 0.3), (11, 6.5), (19.5, 15))),
               E(*at.superior_nuchal_line.points((19.5, 15), (22.5, 1), (24, -13))),
               serrate(E(*at.superior_nuchal_line.points((24, -13), (12, -21), (-4, -25), (-22, -23.5))),
                       at.superior_nuchal_line(0, -55), amp=1.2, period=3.4, rake=0),
               E(*at.superior_nuchal_line.points((-22, -23.5), (-26.5, -14), (-29.5, -4.4))))
    oc_f = fibres([at.superior_nuchal_line.points((-30, -4), (-22, -25)),
                   at.superior_nuchal_line.points((0, 1), (-3, -26)),
                   at.superior_nuchal_line.points((20, 16), (24.5, -14))], 13, m=4)
    muscle("occipitalis", "superficial", oc, oc_f)

    # order in the file: deep first (deepest first), then superficial (bottom to top)
    return ART, MUSCLES



def build_view():
    art, muscles = build()
    return {
        "$schema": "../schema/view.schema.json",
        "id": "posterior",
        "name": "Posterior",
        "viewBox": VIEW_BOX,
        "midlineX": MID,
        "patientRightOnViewerLeft": False,
        "landmarks": LM.json(),
        "art": art,
        "muscles": muscles,
    }


def main():
    with open(OUT, 'w') as f:
        json.dump(clip_view_fibres(build_view()), f, indent=2)
        f.write('\n')


if __name__ == '__main__':
    main()

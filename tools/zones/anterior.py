#!/usr/bin/env python3
"""Referral zones of the ANTERIOR view, redrawn after Travell & Simons (Vol. 1, 2nd ed.) on the bust
of tools/figures/anterior.py.

Each zone is given as one or more closed outlines (control points on the patient's right, viewer's
left, x < 400; the app mirrors them for the left side). Outlines are closed Catmull-Rom curves written
as cubic Beziers; `band` builds a tapering strip along a centre line (for strips and arcs such as the
SCM's sternal strip or the zygomaticus arc). Only `shapes.anterior` of the zones listed here is
written. Run from anywhere: python3 tools/zones/anterior.py
"""
import json
import math
import os
import sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from atlasgen.curves import catmull_rom, sample  # noqa: E402
from atlasgen.paths import fmt, pt  # noqa: E402
from atlasgen.shapes import Problems, anchors, migrate, write_shapes  # noqa: E402

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
VIEW = "anterior"
# Every point is placed on a landmark, where the zones were drawn against it (atlasgen.shapes.anchors):
# at.acromion.points((dx, dy), ...), a band's centre points as (dx, dy, half-width).
at = anchors(VIEW, rebase='--rebase' in sys.argv)


def roughen(pts, amp=None):
    """Hand-drawn outlines are not geometric: put a point between each pair of control points, pushed
    a little in or out (deterministically, up to ~2% of the shape's size), so no zone is a clean oval."""
    xs = [p[0] for p in pts]
    ys = [p[1] for p in pts]
    size = max(max(xs) - min(xs), max(ys) - min(ys))
    if amp is None:
        amp = min(0.018 * size, 0.8)
    n = len(pts)
    out = []
    for i in range(n):
        a, b = pts[i], pts[(i + 1) % n]
        m = ((a[0] + b[0]) / 2, (a[1] + b[1]) / 2)
        h = math.sin(a[0] * 12.9898 + a[1] * 78.233 + b[0] * 3.7 + b[1] * 1.3) * 43758.5453
        r = (h - math.floor(h)) * 2 - 1
        dx, dy = b[1] - a[1], a[0] - b[0]          # normal of the edge a-b
        ln = math.hypot(dx, dy) or 1
        out.append(a)
        out.append((m[0] + dx / ln * amp * r, m[1] + dy / ln * amp * r))
    return out


def loop(pts, tension=1.0, rough=True, amp=None):
    """Closed smooth outline through pts (Catmull-Rom as cubic Beziers)."""
    if rough:
        pts = roughen(pts, amp)
    n = len(pts)
    k = tension / 6.0
    out = ["M" + pt(pts[0])]
    for i in range(n):
        p0, p1, p2, p3 = pts[i - 1], pts[i], pts[(i + 1) % n], pts[(i + 2) % n]
        c1 = (p1[0] + (p2[0] - p0[0]) * k, p1[1] + (p2[1] - p0[1]) * k)
        c2 = (p2[0] - (p3[0] - p1[0]) * k, p2[1] - (p3[1] - p1[1]) * k)
        out.append("C" + pt(c1) + " " + pt(c2) + " " + pt(p2))
    out.append("Z")
    return " ".join(out)


def band(spine, widths, cap=0.7):
    """Closed strip along the centre line `spine`, `widths` (full width) per spine point (or one
    number); the ends are rounded by a point `cap` * half width beyond each end."""
    n = len(spine)
    if not isinstance(widths, (list, tuple)):
        widths = [widths] * n
    left, right = [], []
    for i in range(n):
        a = spine[max(i - 1, 0)]
        b = spine[min(i + 1, n - 1)]
        dx, dy = b[0] - a[0], b[1] - a[1]
        ln = math.hypot(dx, dy) or 1
        nx, ny = -dy / ln, dx / ln
        h = widths[i] / 2
        left.append((spine[i][0] + nx * h, spine[i][1] + ny * h))
        right.append((spine[i][0] - nx * h, spine[i][1] - ny * h))

    def tip(i, j, w):
        a, b = spine[i], spine[j]
        dx, dy = a[0] - b[0], a[1] - b[1]
        ln = math.hypot(dx, dy) or 1
        return (a[0] + dx / ln * w / 2 * cap, a[1] + dy / ln * w / 2 * cap)

    pts = left + [tip(n - 1, n - 2, widths[-1])] + right[::-1] + [tip(0, 1, widths[0])]
    return loop(pts, amp=0.06 * min(widths))


Z = {}   # (trigger point id, "essential"|"spillover", index) -> [path, ...]


def zone(tp, kind, idx, *shapes):
    Z[(tp, kind, idx)] = list(shapes)


E, S = "essential", "spillover"

# ================================================================ shared outlines (face)

# Over the eye: "deep in the orbit" / behind the eye, drawn over the eyeball and lids.
EYE = loop(at.pupil.points((-16, -1), (-13, -6.5), (-7, -10), (1, -10.5), (8, -9), (13.5, -5), (15.5, 0.5), (12.5, 6),
                           (6, 9.5), (-2, 10.5), (-10, 8.5), (-14.5, 4.5)))
EYE_LATERAL = loop(at.pupil.points((-17, -3), (-12, -7.5), (-4, -9), (3, -7), (6, -1), (2.5, 6), (-5, 9.5),
                                   (-12.5, 8.5), (-16.5, 3.5)))

# Temple: the anterior temple between the lateral end of the brow and the hairline.
TEMPLE = loop(at.supraorbital_ridge.points((-32, -32), (-26, -34.5), (-21.5, -29), (-20, -18), (-20.5, -6),
                                           (-23.5, 4), (-29, 8.5), (-34.5, 5), (-36.5, -6), (-36.5, -20)))

# ================================================================ sternocleidomastoid (T&S ch. 7, Fig. 7.1)

SCM_S = "sternocleidomastoid-sternal-tp"
# Lower sternal TP: a narrow strip down over the upper sternum (manubrium), from just below the notch.
zone(SCM_S + "1", E, 0, loop(at.sternum.points((-11, -21), (-6, -24), (1, -23.5), (5.5, -20), (6, -12), (4.5, -2),
                                               (3.5, 10), (3, 22), (2, 34), (0, 45), (-3.5, 50), (-7, 45), (-8.5, 34),
                                               (-9.5, 22), (-11, 10), (-13, -2), (-13.5, -12))))
# ... and the lower throat above it (pain on swallowing)
zone(SCM_S + "1", S, 0, loop(at.clavicle_medial.points((-4, -28), (2, -31.5), (8, -29), (10.5, -20), (10, -9),
                                                       (8.5, 1), (3, 3.5), (-2, -2), (-4.5, -13))))
# Middle sternal TP: across the cheek, over the eyebrow, deep in the orbit; spillover temple, forehead,
# throat (back of the tongue) and chin.
zone(SCM_S + "2", E, 0, loop(at.zygomatic_bone.points((-5, 4), (1, -0.5), (9, 1), (17, 6.5), (25, 11), (32, 16),
                                                      (34.5, 23), (30, 29), (21, 30), (12, 26.5), (4, 20.5),
                                                      (-2.5, 13.5))))
zone(SCM_S + "2", E, 1, band(at.supraorbital_ridge.points((-17, 1.5), (-10, -3), (-1, -5.5), (8, -5),
                                                          (16, -2)), [6, 8, 9, 8, 5.5]))
zone(SCM_S + "2", E, 2, EYE)
zone(SCM_S + "2", S, 0, loop(at.zygomatic_arch.points((4, -36), (10, -38.5), (15, -33), (15.5, -24), (12, -15.5),
                                                      (6, -12), (1, -17), (0, -27))))
zone(SCM_S + "2", S, 1, loop(at.supraorbital_ridge.points((-18, -14), (-10, -19.5), (1, -21.5), (12, -20.5),
                                                          (20, -16.5), (21, -10.5), (14, -8), (2, -9), (-10, -7),
                                                          (-16.5, -7))))
zone(SCM_S + "2", S, 2, loop(at.hyoid.points((0, -10), (7, -13.5), (15, -13), (20.5, -9), (21, -1), (16, 5), (8, 6),
                                             (1.5, 1))))
zone(SCM_S + "2", S, 3, loop(at.menton.points((-18, -12), (-11, -15.5), (-4, -14.5), (-0.5, -10), (-1.5, -3.5),
                                              (-8, -1), (-15, -2.5), (-19, -7))))
# Upper sternal TP: the vertex (and the occiput, not seen from the front).
zone(SCM_S + "3", E, 1, loop(at.vertex.points((-22, 5.5), (-14, 2.5), (-6, 3), (-2, 7.5), (-3, 15), (-9, 20),
                                              (-17, 20.5), (-22.5, 16), (-24, 10.5))))

SCM_C = "sternocleidomastoid-clavicular-tp"
# Middle clavicular TP: frontal headache across the forehead, reaching over the midline.
zone(SCM_C + "1", E, 0, loop(at.supraorbital_ridge.points((-21, -25), (-17, -32.5), (-8, -37), (4, -39), (17, -39.5),
                                                          (29, -38.5), (39, -35.5), (44, -31), (40, -26.5), (30, -25),
                                                          (18, -22.5), (6, -18.5), (-6, -15.5), (-16, -15.5))))
# Upper clavicular TP: besides the ear (lateral view), the cheek in front of the ear and the molars.
zone(SCM_C + "2", S, 0, loop(at.zygomatic_bone.points((-9, 4), (-4, 0.5), (1.5, 4.5), (4, 13), (4, 23), (0.5, 31),
                                                      (-5, 32), (-8.5, 24), (-9.5, 13))))
zone(SCM_C + "2", S, 1, loop(at.mouth.points((-27.5, -7.5), (-23, -9.5), (-18, -8.5), (-16.5, -4.5), (-19.5, -1),
                                             (-25, -1), (-28, -3.5))))

# ================================================================ masseter (T&S ch. 8, Fig. 8.1)

MS = "masseter-superficial-tp"
# Upper belly: upper premolars and molars, and the maxilla.
zone(MS + "1", E, 0, loop(at.mouth.points((-27, -8), (-22, -10.2), (-15, -10), (-11, -7), (-13, -2.5), (-20, -0.8),
                                          (-25.5, -2.2), (-27.8, -5))))
zone(MS + "1", E, 1, loop(at.zygomatic_bone.points((-2.5, 5), (3, 0), (11, 0.5), (19, 5), (25.5, 12), (28, 20),
                                                   (24, 27.5), (16, 31), (8, 29), (2, 23.5), (-1.5, 15))))
# Mid belly: lower molars and the body of the mandible.
zone(MS + "2", E, 0, loop(at.mouth.points((-27, 3), (-22, 1.3), (-15, 1.8), (-11.5, 5), (-14, 8.8), (-21, 9.8),
                                          (-26, 8.2), (-28, 5.5))))
zone(MS + "2", E, 1, loop(at.gonion.points((6, -5), (12, -7.5), (19, -4), (25, 1.5), (29.5, 7.5), (28.5, 13.5),
                                           (21, 13), (13.5, 8.5), (7.5, 2))))
# Lower belly, at the angle: the angle and the lower jaw, and in an arc over the temple to the brow.
zone(MS + "3", E, 0, loop(at.gonion.points((-11, -16), (-6, -20.5), (-0.5, -17.5), (2.5, -9), (6.5, -1), (13, 6),
                                           (20, 12), (26.5, 17.5), (27.5, 23.5), (20, 23), (11, 17.5), (2, 10.5),
                                           (-5.5, 3), (-10, -6))))
zone(MS + "3", E, 1, band(at.supraorbital_ridge.points((-19, 3.5), (-11, -1.5), (-2, -4.5),
                                                       (7, -4.5)), [7, 8.5, 8, 5]))
zone(MS + "3", S, 0, band(at.zygomatic_arch.points((9, -12.5), (5, -22), (3.5, -34), (5, -46)), [8, 11, 11, 7]))

# ================================================================ temporalis (T&S ch. 9, Fig. 9.1)

TM = "temporalis-tp"
# TP1 (anterior fibres): spikes up over the anterior temple, along the supraorbital ridge, upper incisors;
# spillover into the eye.
# From the front the temple zones of TP1-TP3 fall on the same anterior temple (they differ front to back,
# which the lateral view shows), so they share one outline; TP4's lies higher, at the side of the head.
TEMPORAL = loop(at.supraorbital_ridge.points((-32, -30), (-26, -34), (-21, -28.5), (-19, -17), (-19.5, -5),
                                             (-22.5, 4.5), (-28, 8.5), (-33.5, 5), (-35.7, -5), (-35.5, -19)))
zone(TM + "1", E, 0, TEMPORAL)
zone(TM + "1", E, 1, band(at.supraorbital_ridge.points((-21, 4.5), (-15, -1), (-7, -4.5), (2, -6),
                                                       (11, -5)), [8, 8.5, 8, 6.5, 4.5]))
zone(TM + "1", E, 2, loop(at.mouth.points((-12, -8.5), (-7, -9.7), (-1.5, -9.2), (0.5, -5.5), (-1.5, -1.3),
                                          (-7, -0.2), (-11.5, -1.2), (-12.7, -5))))
zone(TM + "1", S, 0, EYE_LATERAL)
# TP2, TP3 (middle fibres): the temple, and the upper canine/premolars (TP2) or molars (TP3).
zone(TM + "2", E, 0, TEMPORAL)
zone(TM + "2", E, 1, loop(at.mouth.points((-21.5, -8), (-17, -9.8), (-12, -9.4), (-10.8, -5.5), (-12.2, -1.2),
                                          (-17, -0.4), (-21.5, -1.6), (-22.5, -5))))
zone(TM + "3", E, 0, TEMPORAL)
zone(TM + "3", E, 1, loop(at.gonion.points((13.5, -14.5), (17.5, -17), (22.5, -16.5), (23.5, -13), (22.5, -9.4),
                                           (17.5, -9), (13.8, -11))))
# TP4 (posterior fibres): back and up over the side of the head; from the front only the edge of the temple.
zone(TM + "4", E, 0, loop(at.supraorbital_ridge.points((-35, -48), (-30.5, -49.5), (-28, -45), (-29.5, -37),
                                                       (-31.5, -28), (-33, -20), (-36, -18), (-37.7, -26),
                                                       (-37.5, -37))))

# ================================================================ pterygoids (T&S ch. 10, 11)

# Lateral pterygoid: the TMJ (lateral view) and the maxilla (maxillary sinus).
MAXILLA = loop(at.zygomatic_bone.points((2, 5), (8, 1), (16, 2.5), (22.5, 7), (27.5, 14), (26.5, 22), (20, 27.5),
                                        (11, 28), (4, 23.5), (0.5, 14)))
zone("lateral-pterygoid-tp1", E, 1, MAXILLA)
zone("lateral-pterygoid-tp2", E, 1, MAXILLA)
# Medial pterygoid: the back of the mouth, tongue and pharynx: below the angle and into the throat.
zone("medial-pterygoid-tp1", E, 0, loop(at.c4_transverse_process.points((-2.5, -36), (4, -39), (13, -35), (23, -28.5),
                                                                        (32, -20), (38, -9.5), (37, 1), (29.5, 6.5),
                                                                        (20, 3.5), (11, -4.5), (3, -15), (-2, -26))))

# ================================================================ digastric (T&S ch. 12)

# Posterior belly: the upper part of the SCM below the mastoid; spillover the throat under the chin.
zone("digastric-posterior-tp1", E, 0, loop(at.gonion.points((-12.5, -11), (-8.5, -15), (-3, -10.5), (1.5, -1),
                                                            (5, 12), (6, 26), (2.5, 37.5), (-3, 42.5), (-6, 35),
                                                            (-8, 22), (-10.5, 8), (-12.5, -2))))
zone("digastric-posterior-tp1", S, 0, loop(at.hyoid.points((-1, -14), (6, -17), (14, -16.5), (19.5, -12.5), (19, -5),
                                                           (12, 0), (4, -1), (-0.5, -6.5))))
# Anterior belly: the four lower incisors and the alveolar ridge below them; spillover the chin.
zone("digastric-anterior-tp1", E, 0, loop(at.mouth.points((-15, 4), (-9.5, 2), (-3, 1.6), (3.5, 2.5), (7, 5.5),
                                                          (5.5, 10.5), (1, 14.5), (-5, 15.5), (-10.5, 13.5),
                                                          (-14.5, 9))))
zone("digastric-anterior-tp1", S, 0, loop(at.menton.points((-18, -15), (-12.5, -20), (-5, -20.5), (2, -19), (6, -14),
                                                           (4, -7), (-2.5, -2), (-10.5, -1.5), (-16.5, -7))))

# ================================================================ facial muscles (T&S ch. 13)

# Orbicularis oculi: over the root and down the side of the nose to the upper lip.
zone("orbicularis-oculi-tp1", E, 0, band(at.pupil.points((15, -13), (16.5, -2), (17, 12), (16.5, 26), (15.5, 40),
                                                         (16, 52)), [8, 9.5, 10, 10, 9, 6]))
# Zygomaticus major: an arc from the TP alongside the nose (nose zone) up to the mid forehead.
zone("zygomaticus-major-tp1", E, 0, band(at.pupil.points((-12, 29), (-4, 26), (4, 20.5), (10.5, 12), (14.5, 2),
                                                         (17.5, -9)), [7, 9, 10, 10, 9, 8]))
zone("zygomaticus-major-tp1", E, 1, band(at.glabella.points((-7, -1), (-5, -12), (-3.5, -23), (-3, -33), (-4, -41)),
                                         [8, 9.5, 9.5, 8.5, 6]))
# Buccinator: the cheek over the muscle and the gums of the upper teeth.
zone("buccinator-tp1", E, 0, loop(at.gonion.points((-3.5, -32), (3, -38.5), (12, -40), (20.5, -36), (25.5, -28.5),
                                                   (24.5, -20.5), (18, -15), (8, -13.5), (0, -17), (-4, -24))))
zone("buccinator-tp1", S, 0, loop(at.mouth.points((-26, -10), (-20, -13), (-12, -13.5), (-6, -11.5), (-6.5, -6.5),
                                                  (-13, -4.5), (-20.5, -4.5), (-25.5, -6.5))))
# Frontalis: local, spreading up over the forehead around the TP.
zone("frontalis-tp1", E, 0, loop(at.supraorbital_ridge.points((-14, -38), (-9, -46), (-1, -50.5), (8, -51),
                                                              (15.5, -46.5), (19, -38), (18, -28.5), (15.5, -20),
                                                              (10, -13.5), (2, -12), (-5.5, -16), (-10, -23),
                                                              (-14.5, -30))))
# Platysma: prickling over the lower face: the mandible, the lower cheek; spillover the chin.
zone("platysma-tp1", E, 0, band(at.gonion.points((-6.5, -15), (-1, -4.5), (7.5, 5), (16.5, 12.5), (25, 18)),
                                [7, 9, 10, 9, 6.5]))
zone("platysma-tp1", E, 1, loop(at.mastoid_process.points((10, -12), (16, -16), (24, -15), (31, -11), (33.5, -4),
                                                          (28.5, 1), (19, 1.5), (12, -2.5))))
zone("platysma-tp1", S, 0, loop(at.menton.points((-17, -16), (-10.5, -20), (-3, -19.5), (1, -14), (0, -6), (-6, -0.5),
                                                 (-14, -0.5), (-20, -5), (-20.5, -11))))

# ================================================================ head and neck extensors (T&S ch. 14-17)

# Occipitalis: intense pain behind the eye and in the lid; spillover over the brow.
zone("occipitalis-tp1", E, 1, EYE)
zone("occipitalis-tp1", S, 0, band(at.supraorbital_ridge.points((-19, 2), (-11, -4), (-1, -7.5), (9, -7.5),
                                                                (18, -4.5)),
                                   [9, 12, 13, 11, 8]))
# Splenius capitis: the vertex, on the same side.
zone("splenius-capitis-tp1", E, 0, loop(at.vertex.points((-28, 10), (-21, 4.5), (-12, 2), (-3.5, 3), (-1, 9),
                                                         (-4, 17), (-11.5, 22.5), (-21, 23.5), (-27, 18.5))))
# Splenius cervicis (upper TP): pain inside the head focused behind the eye, and the temple;
# (lower TP): the angle of the neck.
zone("splenius-cervicis-tp1", E, 0, EYE)
zone("splenius-cervicis-tp1", E, 1, TEMPLE)
NECK_ANGLE = loop(at.neck_narrowest.points((-26, 27), (-18, 22.5), (-10, 19), (-3, 15.5), (1, 19.5), (-1, 27),
                                           (-9, 32.5), (-19, 36), (-26, 34)))
zone("splenius-cervicis-tp2", E, 0, NECK_ANGLE)
# Semispinalis capitis (upper TP): a band half round the head at the temple, strongest over the temple
# and above the eye; spillover along the brow.
zone("semispinalis-capitis-tp3", E, 0,
     loop(at.supraorbital_ridge.points((-37, -22), (-33, -29.5), (-26, -31), (-18, -28.5), (-8, -27), (4, -26.5),
                                       (14, -24.5), (18.5, -19.5), (15, -14), (4, -13.5), (-8, -13), (-17, -10.5),
                                       (-22, -2), (-27.5, 5), (-33.5, 2), (-36.5, -8))))
zone("semispinalis-capitis-tp3", S, 0, band(at.supraorbital_ridge.points((-18, 1), (-10, -4), (0, -6.5), (10, -6),
                                                                         (17, -3)),
                                            [8, 9, 9, 8, 6]))
# Suboccipitals: from the occiput forward over the side of the head to the orbit (one band from the
# temple to the eye); spillover the lateral forehead.
SUBOCC = loop(at.supraorbital_ridge.points((-35, -24), (-30, -29), (-24, -26.5), (-20, -18), (-17.5, -8), (-12, 2),
                                           (-3, 6), (6.5, 8), (12, 13), (8.5, 19.5), (-2, 21.5), (-12, 18),
                                           (-20.5, 11), (-27.5, 4), (-33, -6)))
SUBOCC_S = loop(at.supraorbital_ridge.points((-22, -32), (-15, -39.5), (-5, -42.5), (6, -41), (12, -35), (9, -27),
                                             (0, -22), (-10, -17.5), (-17, -14), (-21.5, -21)))
for m in ("obliquus-capitis-inferior", "obliquus-capitis-superior", "rectus-capitis-posterior-major",
          "rectus-capitis-posterior-minor"):
    zone(m + "-tp1", E, 0, SUBOCC)
    zone(m + "-tp1", S, 0, SUBOCC_S)

# Upper trapezius (T&S ch. 6, Fig. 6.1): TP1 up the posterolateral neck behind the ear to the temple
# ("question mark"): from the front the strip along the side of the neck and the temple; spillover the
# eye, the angle of the jaw, the lower molars and the top of the shoulder.
zone("upper-trapezius-tp1", E, 0,
     loop(at.mastoid_process.points((2, -1), (6.5, -0.5), (9, 10), (11.5, 22), (15, 38), (18, 54), (19, 68),
                                    (16.5, 80), (13.5, 80), (14, 66), (11.5, 50), (8, 33), (5, 17), (3.2, 6))),
     loop(at.mastoid_process.points((3, -98), (9, -100), (14, -94), (15, -82), (13.5, -69), (9, -59), (3.5, -57),
                                    (0, -65), (-0.5, -79), (0, -91))))
zone("upper-trapezius-tp1", S, 0, EYE_LATERAL)
zone("upper-trapezius-tp1", S, 1, loop(at.gonion.points((-9.5, -10), (-4.5, -14), (2.5, -11.5), (7, -4), (6, 4),
                                                        (0, 8.5), (-6.5, 5), (-9.5, -2))))
zone("upper-trapezius-tp1", S, 3, loop(at.gonion.points((15.8, -4.5), (20, -6.8), (25.5, -6.5), (27, -2.5), (24, 1.2),
                                                        (18.5, 1.2), (15.8, -1.5))))
zone("upper-trapezius-tp1", S, 4, band(at.first_rib.points((-2.5, -33.5), (-12, -27.5), (-25, -23),
                                                           (-40, -19.5)), [7, 8, 8, 6]))
zone("upper-trapezius-tp2", S, 1, band(at.clavicle_lateral_third.points((44, -14), (30, -11), (16, -8.5),
                                                                        (2, -6)), [7, 8, 8, 6]))

# Levator scapulae: the angle of the neck (from the front the top of the shoulder beside the neck).
zone("levator-scapulae-tp1", E, 0, NECK_ANGLE)
zone("levator-scapulae-tp2", E, 0, NECK_ANGLE)

# ================================================================ shoulder (T&S ch. 6, 21, 22, 28, 43)

# Over the acromion: middle trapezius TP6, lower trapezius TP3, supraspinatus.
ACROMION = loop(at.acromion.points((-1.5, -1.5), (4.5, -6), (12, -7.7), (20, -6.5), (23.5, -1.5), (18, 4), (8, 5.8),
                                   (0, 4)))
zone("middle-trapezius-tp6", E, 0, ACROMION)
zone("lower-trapezius-tp3", E, 2, ACROMION)

# Supraspinatus: deep ache in the mid-deltoid region; spillover down the lateral arm (to the epicondyle).
MID_DELTOID = loop(at.deltoid_outer.points((7, -15.5), (13, -23), (20.5, -23), (26, -14), (28, 0), (27, 16), (23, 32),
                                           (16.5, 46), (8.5, 50.5), (2.5, 42), (0.5, 24), (0.8, 4)))
zone("supraspinatus-tp1", E, 0, MID_DELTOID)
zone("supraspinatus-tp1", E, 1, ACROMION)
zone("supraspinatus-tp1", S, 0, band(at.deltoid_tuberosity.points((-0.5, -44), (0.5, -22), (1.5, 3), (2.5, 48),
                                                                  (1, 118),
                                                                  (-2, 183)), [11, 12, 11, 11, 10, 8], cap=0.4))
zone("supraspinatus-tp2", E, 0, MID_DELTOID)
zone("supraspinatus-tp2", E, 1, ACROMION)
zone("supraspinatus-tp2", S, 0, band(at.deltoid_tuberosity.points((-0.5, -44), (0.5, -22), (1.5, 3),
                                                                  (2.5, 30)), [11, 12, 11, 10], cap=0.4))
zone("supraspinatus-tp3", E, 0, MID_DELTOID)

# Infraspinatus: deep in the front of the shoulder joint; spillover down the front and lateral arm.
ANT_SHOULDER = loop(at.lesser_tubercle.points((-27, -23), (-18, -29.5), (-5, -31.5), (7, -28), (15, -19), (18, -5),
                                              (14, 9), (7, 21), (-3, 31), (-15, 35), (-25.5, 29), (-32, 16), (-35, 0),
                                              (-33, -14)))
for tp in ("infraspinatus-tp1", "infraspinatus-tp2"):
    zone(tp, E, 0, ANT_SHOULDER)
    zone(tp, S, 0, loop(at.deltoid_tuberosity.points((-10, -70), (-5, -74), (-0.5, -66), (0.5, -44), (1, -18), (2, 8),
                                                     (3, 58), (2, 118), (-1, 168), (-7, 170), (-8, 118), (-8.7, 58),
                                                     (-10.2, -18), (-11.4, -44), (-11.7, -60))))
    zone(tp, S, 1, loop(at.deltoid_tuberosity.points((5, -58), (14, -62), (22, -57), (23, -42), (20.5, -24), (19, -4),
                                                     (20, 14), (21, 58), (22, 118), (20, 158), (6, 158), (4, 118),
                                                     (3, 58), (2, 8), (1, -18), (0.5, -42))))

# Deltoid: local patterns round each TP; TP1 (anterior) down the front of the arm too.
zone("deltoid-tp1", E, 0, loop(at.lesser_tubercle.points((-24, -19), (-17, -25.5), (-7, -27), (3, -22.5), (8.5, -13),
                                                         (8, 0), (3, 13), (-4.5, 24), (-14, 31), (-22, 28), (-27, 16),
                                                         (-28.5, 0), (-27.5, -11))))
zone("deltoid-tp1", S, 0, loop(at.deltoid_tuberosity.points((4, -70), (11, -72.5), (17, -66), (16, -50), (12, -34),
                                                            (8, -18), (2.5, -6), (-3.5, -10), (-4, -26), (-2.5, -44),
                                                            (0, -60))))
zone("deltoid-tp2", E, 0, loop(at.deltoid_outer.points((3.5, -2), (8.5, -11), (15.5, -10.5), (20, 0), (21, 16),
                                                       (19, 32), (14.5, 46), (7.5, 52), (2, 43), (0.5, 27), (1, 10))))

# Pectoralis minor: over the anterior deltoid (essential); spillover the pectoral region and down the
# ulnar (inner) side of the arm.
zone("pectoralis-minor-tp1", E, 0, loop(at.lesser_tubercle.points((-18, -28), (-4, -31), (12, -30), (26, -26),
                                                                  (33, -17), (29, -2), (20, 14), (8, 30), (-5, 40),
                                                                  (-18, 40), (-27, 28), (-30, 8), (-28, -14))))
PEC_MIN_CHEST = loop(at.third_to_fifth_ribs.points((-43, -76), (-32, -80), (-17, -78.5), (-2, -76.5), (15, -78),
                                                   (33, -75), (49, -70), (58.5, -60), (56, -47), (46, -35), (33, -23),
                                                   (20, -9), (6, 3), (-8, 8), (-20, 1), (-30, -13), (-38.5, -31),
                                                   (-45.5, -50), (-47.5, -65)))
PEC_MIN_ARM = band(at.rib_5_mid_axillary.points((-11, -26), (-8.5, -8), (-6, 12), (-4, 42), (-3, 102), (-3.5, 162),
                                                (-5, 202)),
                   [8, 10, 10, 9, 9, 9, 7], cap=0.4)
zone("pectoralis-minor-tp1", S, 0, PEC_MIN_CHEST)
zone("pectoralis-minor-tp1", S, 1, PEC_MIN_ARM)
zone("pectoralis-minor-tp2", E, 0, loop(at.lesser_tubercle.points((-18, -28), (-4, -31), (12, -30), (26, -26),
                                                                  (33, -17), (29, -2), (20, 14), (8, 30), (-5, 40),
                                                                  (-18, 40), (-27, 28), (-30, 8), (-28, -14))))
zone("pectoralis-minor-tp2", S, 0, PEC_MIN_CHEST)
zone("pectoralis-minor-tp2", S, 1, PEC_MIN_ARM)

# ================================================================ scalenes (T&S ch. 20, Fig. 20.1)

# Anterior chest over the pectoral region: a patch from below the clavicle down to about the nipple,
# its lower border in finger-like lobes; the front of the upper arm (biceps) as a band; spillover the
# lateral (radial) side of the arm. (Radial forearm, thumb and index: below the crop.)
SCAL_CHEST = loop(at.third_to_fifth_ribs.points((-29, -73), (-19, -79), (-5, -80.5), (10, -79), (23, -75), (32, -67),
                                                (34, -54), (30.5, -39), (27, -23), (25, -7), (20, 6), (12, 11),
                                                (4.5, 6), (-2, -0.5), (-9, 4), (-18, 8), (-25, 1), (-28, -13),
                                                (-31.5, -28), (-34.5, -44), (-34, -60)))
SCAL_ARM = band(at.deltoid_tuberosity.points((28, -50), (26, -32), (25, -12), (26.5, 10), (28.5, 48), (29, 98),
                                             (28, 148)),
                [13, 16, 17, 16, 16, 15, 11], cap=0.4)
SCAL_LAT = band(at.deltoid_tuberosity.points((-6.5, -90), (-6.5, -67), (-5.5, -42), (-4, -17), (-2.5, 8), (-1.5, 58),
                                             (-3, 118), (-5, 173)), [8, 10, 11, 11, 10, 10, 9, 7], cap=0.4)
for m in ("anterior-scalene", "middle-scalene", "posterior-scalene"):
    zone(m + "-tp1", E, 0, SCAL_CHEST)
    zone(m + "-tp1", E, 1, SCAL_ARM)
    zone(m + "-tp1", S, 1, SCAL_LAT)


# ================================================================ outlines named by muscle files ("#name")
NAMED = {}
# Subclavius (T&S ch. 42): the front of the shoulder and down the front of the arm over the biceps;
# spillover below the collarbone (and the radial forearm and hand, skipping elbow and wrist)
NAMED["subcl-front-shoulder"] = [loop(at.lesser_tubercle.points((-6, -20), (8, -23), (20, -16), (22, 0), (14, 14),
                                                                (2, 20), (-10, 14), (-14, -2)))]
NAMED["subcl-front-arm"] = [band(at.deltoid_tuberosity.points((24, -50), (21, -26), (20, -2), (21, 58), (24, 118),
                                                              (26, 168)),
                                [9, 11, 11, 11, 10, 7])]
NAMED["subcl-below-clavicle"] = [loop(at.first_rib.points((-58, 12), (-34, 13), (-10, 16), (6, 20), (-2, 28),
                                                          (-28, 28), (-50, 24), (-62, 19)))]
# Sternalis (T&S ch. 44): a deep ache over the sternum; spillover across the upper chest, the front of
# the shoulder and down the inner arm
NAMED["stern-sternum"] = [band(at.sternum.points((-7, -12), (-6.5, 12), (-6.5, 38), (-7, 64),
                                                 (-7.5, 82)), [12, 13, 13, 12, 8])]
NAMED["stern-upper-chest"] = [loop(at.first_rib.points((-50, 22), (-20, 20), (10, 24), (32, 32), (26, 48), (-2, 52),
                                                       (-32, 50), (-54, 42), (-60, 32)))]
NAMED["stern-front-shoulder"] = [loop(at.lesser_tubercle.points((-8, -16), (6, -20), (18, -12), (18, 4), (8, 16),
                                                                (-6, 16), (-14, 2)))]
# Coracobrachialis (T&S ch. 29): the front of the shoulder over the anterior deltoid
NAMED["cb-front-shoulder"] = [loop(at.lesser_tubercle.points((-10, -16), (4, -20), (16, -12), (18, 4), (12, 20),
                                                             (0, 28), (-12, 22), (-18, 6), (-16, -8)))]
# Biceps brachii (T&S ch. 30): the front of the shoulder over the bicipital groove; spillover over the
# biceps towards the elbow crease
NAMED["bic-front-shoulder"] = [loop(at.lesser_tubercle.points((-12, -14), (2, -18), (14, -10), (16, 6), (10, 24),
                                                              (0, 36), (-10, 32), (-16, 16), (-16, 0)))]
NAMED["bic-belly"] = [band(at.deltoid_tuberosity.points((28, -48), (26, -26), (26, -2), (28, 58), (29, 118),
                                                        (27, 178)), [8, 10, 10, 10, 9, 7])]
# Serratus anterior (T&S ch. 46): the side of the chest at the level of the 5th-6th ribs
NAMED["serr-side-of-chest"] = [loop(at.rib_5_mid_axillary.points((-5, -8), (2, -1), (12, 12), (26, 28), (35, 40),
                                                                 (18, 43), (5, 38), (-1, 24), (-5, 8)))]
# Triceps brachii TrP1 (T&S ch. 32), spillover up over the shoulder to the base of the neck
NAMED["tri-neck-base"] = [loop(at.first_rib.points((-25, -26), (-12, -31), (-4, -28), (-6, -20), (-18, -16),
                                                   (-28, -18)))]
# Pectoralis major (T&S ch. 42, by section). Clavicular: the anterior deltoid and the clavicular
# section itself. Sternal, intermediate: the front of the chest, down the inner side of the arm
# (to the medial epicondyle, drawn in the posterior view). Sternal, parasternal: over the sternum.
# Costal and abdominal (lateral free margin): the breast, with nipple hypersensitivity.
NAMED["pmaj-clav-deltoid"] = [loop(at.lesser_tubercle.points((-8, -20), (8, -24), (22, -18), (26, -2), (20, 16),
                                                             (8, 30), (-6, 34), (-16, 22), (-18, 2), (-15, -12)))]
NAMED["pmaj-clav-local"] = [loop(at.first_rib.points((-50, 15), (-25, 13.5), (0, 15), (18, 20), (12, 32), (-14, 35),
                                                     (-40, 33), (-53, 26)))]
NAMED["pmaj-sternal-chest"] = [loop(at.third_to_fifth_ribs.points((-52, -38), (-22, -50), (13, -48), (40, -38),
                                                                  (48, -15), (38, 10), (8, 22), (-24, 18), (-46, 2),
                                                                  (-56, -18)))]
NAMED["inner-arm"] = [band(at.deltoid_tuberosity.points((31, -24), (36, -8), (39.5, 8), (44, 58), (46, 118),
                                                        (45, 178)), [7, 8, 8, 8, 8, 6])]
NAMED["pmaj-sternum"] = [band(at.sternum.points((-8, -5), (-7, 20), (-7, 45), (-8, 70)), [10, 12, 12, 8])]
NAMED["pmaj-breast"] = [loop(at.nipple.points((-20, -20), (-2, -26), (16, -20), (22, -2), (16, 16), (-2, 22),
                                              (-18, 16), (-25, -2)))]

# Longus colli (Minerbi et al. 2017): mostly local, deep in the front and side of the neck at mid-cervical
# level; spillover beside the outer corner of the eye (and to the ear, drawn in the lateral view)
NAMED["lc-neck"] = [loop(at.hyoid.points((-18, 2), (-10, -2), (-1, 5), (6, 20), (10, 36), (6, 47), (-3, 44),
                                         (-11, 33), (-17, 19)))]
NAMED["lc-temple"] = [loop(at.zygomatic_arch.points((-0.5, -16), (6, -18), (10, -13), (10, -4), (6, 0.5), (0.5, -0.5),
                                                    (-2, -8)))]
# Serratus posterior superior (T&S ch. 45): sometimes a patch on the front of the chest
NAMED["sps-chest"] = [loop(at.first_rib.points((-20, 34), (-4, 32), (8, 38), (8, 50), (-4, 56), (-18, 52),
                                               (-24, 44)))]
# Brachialis (T&S ch. 31): spillover over the lower front of the arm to the elbow crease, and the front of
# the shoulder over the anterior deltoid (its essential thumb base: below, with the hand zones)
NAMED["brach-front-arm"] = [band(at.deltoid_tuberosity.points((15, -12), (12, 28), (10.5, 78), (13, 128),
                                                              (19, 173)), [7, 9, 9, 9, 6])]
NAMED["brach-front-shoulder"] = [loop(at.lesser_tubercle.points((-10, -10), (2, -14), (10, -6), (10, 10), (2, 22),
                                                                (-8, 18), (-13, 4)))]


# ================================================================ regions (pain finder click targets)

# The regions tile the patient's right half of the bust: each is a closed run of shared border lines
# (smoothed like the figure's own curves), so neighbours meet along the same line. The skin outline,
# trapezius, clavicle and deltopectoral borders are taken from tools/figures/anterior.py.
def _figure():
    import importlib.util
    spec = importlib.util.spec_from_file_location("anterior_figure",
                                                  os.path.join(ROOT, "tools", "figures", "anterior.py"))
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


F = _figure()


def line(*pts):
    """A border line through the control points, sampled along a smooth curve."""
    pts = list(pts)
    if len(pts) == 2:
        return pts
    return sample(catmull_rom(pts), 4)


def rev(ln):
    return ln[::-1]


def part(run, a, b):
    """The piece of a figure run (list of points) from index a to b inclusive, as a smooth line."""
    return sample(catmull_rom(run), 6)[a * 6:b * 6 + 1]


def region(*lines):
    pts = []
    for ln in lines:
        for q in ln:
            q = (round(q[0], 1), round(q[1], 1))
            if not pts or math.dist(pts[-1], q) > 0.4:
                pts.append(q)
    if math.dist(pts[0], pts[-1]) <= 0.4:
        pts.pop()
    return "M" + " L".join(pt(q) for q in pts) + " Z"


CUT = F.CUT
# skin, patient's right, as in the figure
SKULL = part(F.CRANIUM, 0, len(F.CRANIUM) - 1)          # vertex (400,40) to the top of the ear
SKULL_TOP = [q for q in SKULL if q[1] <= 84.2]
SKULL_SIDE = [q for q in SKULL if q[1] >= 84.2]
NECK_SKIN = part(F.NECK, 0, len(F.NECK) - 1)              # ear lobe (338,188.5) to (351,271)
TRAP_TOP = part(F.TRAP_TOP, 0, len(F.TRAP_TOP) - 1)       # neck (351.5,259) to the acromion (226,313)
TRAP_ANT = part(F.TRAP_ANT, 0, len(F.TRAP_ANT) - 1)       # acromion (232,317.5) to the neck (350.5,267)
ARM_SKIN = line(*F.SHOULDER[-4:], *F.ARM[1:],
                at.lateral_epicondyle(-2, -9))              # the figure's skin, on to the elbow
DELT = line(*F.DELT_ANT[:6])                                             # deltopectoral groove
ARM_INNER = line(at.rib_5_mid_axillary(-18, -20), at.rib_5_mid_axillary(-13, -16), at.rib_5_mid_axillary(-8, 0),
                 at.rib_5_mid_axillary(-4, 22), at.rib_5_mid_axillary.level(-0.5, CUT))
# the lower border of the pectoralis major (anterior axillary fold): below it, the side of the chest
PEC_LOWER = line(at.rib_5_mid_axillary.level(49, CUT), at.rib_5_mid_axillary(36, 36), at.rib_5_mid_axillary(18, 21),
                 at.rib_5_mid_axillary(0, 4), at.rib_5_mid_axillary(-14, -10), at.rib_5_mid_axillary(-18, -20))

# The armpit (axilla): seen from the front with the arm hanging, the hollow between the arm and the
# anterior axillary fold down to the level of the 5th rib, and the fold itself (the lateral free margin
# of pectoralis major, where T&S place its costal/abdominal trigger points); below it, the side of the chest.
AXILLA_LOW_Y = 436
ARM_INNER_UP = [q for q in ARM_INNER if q[1] <= AXILLA_LOW_Y + 0.01]
ARM_INNER_DN = [q for q in ARM_INNER if q[1] >= AXILLA_LOW_Y]
PEC_LOWER_DN = [q for q in PEC_LOWER if q[1] >= AXILLA_LOW_Y]
_FOLD_END = min(PEC_LOWER, key=lambda q: abs(q[1] - 449))
PEC_LOWER_FOLD = [q for q in PEC_LOWER if AXILLA_LOW_Y <= q[1] <= _FOLD_END[1] + 0.01]
PEC_LOWER_CHEST = [q for q in PEC_LOWER if q[1] >= _FOLD_END[1]]
FOLD_TOP = line(at.rib_5_mid_axillary(-18, -20), at.rib_5_mid_axillary(-7, -18), at.rib_5_mid_axillary(6, -9),
                at.rib_5_mid_axillary(17, 4), _FOLD_END)

# shared borders
TRAP_ANT_LAT = [q for q in TRAP_ANT if q[0] <= 286.01]     # acromion to (286,310)
TRAP_ANT_MED = [q for q in TRAP_ANT if q[0] >= 286]        # (286,310) to the neck
HAIR = line(*at.hairline.points((0, 0.5), (-14, 1.5), (-28, 4.3), (-39, 9.5)))
HAIR_LAT = line(at.hairline(-39, 9.5), at.hairline(-51, 12), SKULL_SIDE[0])
TEMP_LINE = line(*at.supraorbital_ridge.points((-13, -46.5), (-21, -39), (-26, -29), (-27, -16), (-24.5, -4)))
BROW_TOP = line(*at.supraorbital_ridge.points((-24.5, -4), (-16, -8.5), (-4, -10.5), (8, -9.5), (18, -6.5),
                                              (19.5, -5)))
BROW_BOT = line(*at.supraorbital_ridge.points((-23, 5), (-16, 3.8), (-8, 2.6), (0, 2.2), (8, 2.8), (14, 4.2),
                                              (19, 6)))
NOSE_SIDE = line(*at.pupil.points((19, -8), (18.5, -3), (17.5, 3), (15.5, 9), (13.5, 20), (11.5, 30), (9.5, 38),
                                  (10, 44)))
NOSE_BASE = line(*at.nose_base.points((-16, 0), (-14, 2.5), (-9, 3.5), (0, 3.5)))
ORBIT_BOT = line(*at.pupil.points((-23, -9), (-23, -2), (-24, 6), (-18, 9.5), (-10, 12.5), (0, 13.5), (10, 12),
                                  (15.5, 9)))
ORBIT_LAT = [q for q in ORBIT_BOT if q[1] <= 146.01]
ORBIT_UNDER = [q for q in ORBIT_BOT if not (q[1] < 146 and q[0] <= 351.01)]
ZYG = line(*at.zygomatic_arch.points((-2, 2), (4, 2.3), (10, 2)))
FACE_SIDE = line(*at.zygomatic_bone.points((-8.5, 28), (-9.5, 18), (-10.7, 6), (-12, -6)))
CHEEK_BOT = line(*at.mastoid_process.points((3.5, -10), (7, -6.5), (12, -2.5), (18, 1.5), (26, 4), (34, 5.5)))
LIP_SIDE = line(*at.nose_base.points((-16, 0), (-19, 4.5), (-23, 7), (-28, 11.5)))
TEETH_SIDE = line(*at.gonion.points((16, -14.5), (15.5, -10), (16.5, -6.5)))
MOUTH = line(*at.mouth.points((-27.5, 1.5), (-18.5, 1.6), (-12, 1.3), (-6, 1.8), (0, 2.2)))
LOWER_SIDE = line(*at.gonion.points((16.5, -6.5), (15.5, -3.5), (18, 1.5), (25, 6)))
SULCUS = line(*at.mouth.points((-19, 14), (-14, 16.5), (-8.5, 18), (-4, 16.5), (0, 16.4)))
CHIN_SIDE = line(*at.menton.points((-19, -24), (-19.5, -15), (-19, -7), (-17, -4.5)))
JAW_LINE = line(*at.menton.points((0, 0.3), (-8, -0.8), (-17, -4.5), (-24, -9.5), (-31, -15.5), (-37.5, -22),
                                  (-41.5, -21)))
ANGLE_MED = line(*at.gonion.points((0, -18.5), (4, -13), (6.5, -5), (6, 3), (2.5, 9)))
ANGLE_LOW = line(*at.gonion.points((2.5, 9), (-4, 10.5), (-10, 7.5)))
ANGLE_LAT = line(*at.mastoid_process.points((8, 27.5), (5, 22), (2.5, 11), (1.5, 2), (2, -5), (3.5, -10)))
SCM_EDGE = line(*at.hyoid.points((-21.5, -41), (-22.5, -31), (-18, -19), (-13, -6), (-7.5, 6.5), (-2, 19), (2.5, 30),
                                 (6.5, 40), (9.5, 49), (12, 58), (14, 66)))
CLAV = line(at.first_rib(44, 8), *F.CLAV_TOP[:5], at.first_rib(-60, -5.4),
            at.first_rib(-64, -8))       # the figure's clavicle, upper edge
# the lower edge of the clavicle: the collarbone region lies between it and the upper edge
CLAV_LOW = line(at.clavicle_lateral_third(24, 6), *F.CLAV_BOTTOM[3:])
# the inner contour of the arm below the chest, where it parts from the chest wall, to the elbow
ARM_INNER_LOW = line(at.medial_epicondyle.level(-1.5, CUT), at.medial_epicondyle(1, -128),
                     at.medial_epicondyle(1.5, -92),
                     at.medial_epicondyle(2, -44), at.medial_epicondyle(1.2, -12))
LAT_ARM_IN = line(at.deltoid_tuberosity(20, -124.5), at.deltoid_tuberosity(12, -121), at.deltoid_tuberosity(4, -111),
                  at.deltoid_tuberosity(-1, -99), at.deltoid_tuberosity(-1.5, -86), at.deltoid_tuberosity(-1, -70),
                  at.deltoid_tuberosity(0, -48), at.deltoid_tuberosity(1, -22),
                  at.deltoid_tuberosity(2, 4), at.deltoid_tuberosity.level(3, CUT), at.deltoid_tuberosity(3.5, 98),
                  at.deltoid_tuberosity(2.5, 158), at.deltoid_tuberosity(1, 194))
LAT_ARM_UPPER = [q for q in LAT_ARM_IN if q[1] <= 394.01]
LAT_ARM_LOWER = [q for q in LAT_ARM_IN if q[1] >= 394]
ARM_TOP = line(*at.rib_5_mid_axillary.points((-50, -34), (-37, -31.5), (-22, -32), (-7, -37)))
DELT_UP = [q for q in DELT if q[1] <= 391.01]
DELT_LOW = [q for q in DELT if q[1] >= 391]

REGIONS = {
    "vertex": region(SKULL_TOP, rev(HAIR_LAT), rev(HAIR)),
    "forehead": region(HAIR, TEMP_LINE, BROW_TOP, at.glabella.points((0, -4.5))),
    "temple": region(HAIR_LAT, SKULL_SIDE, line(*at.zygomatic_arch.points((-3.5, -17), (-2.7, -8),
                                                                          (-2, 2))), ZYG, rev(ORBIT_LAT),
                     at.zygomatic_arch.points((9.5, -22)), rev(TEMP_LINE)),
    "eyebrow": region(BROW_TOP, at.glabella.points((-7, 6)), rev(BROW_BOT)),
    "behind-the-eye": region(BROW_BOT, NOSE_SIDE[:13], rev(ORBIT_BOT)),
    "nose": region(at.glabella.points((-6.5, -5), (0, -4.5)), NOSE_BASE[::-1], rev(NOSE_SIDE),
                   at.glabella.points((-6.5, -5))),
    "cheek": region(ZYG, ORBIT_UNDER, NOSE_SIDE[12:], LIP_SIDE, rev(CHEEK_BOT), FACE_SIDE),
    "upper-teeth": region(rev(NOSE_BASE), LIP_SIDE, TEETH_SIDE, MOUTH),
    "lower-teeth": region(MOUTH, at.mouth.points((0, 16.4)), rev(SULCUS), rev(LOWER_SIDE)),
    "chin": region(SULCUS, JAW_LINE[:9], rev(CHIN_SIDE)),
    "jaw": region([q for q in CHEEK_BOT if q[0] >= 356], TEETH_SIDE, LOWER_SIDE, CHIN_SIDE,
                  JAW_LINE[8:], rev(ANGLE_MED)),
    "angle-of-jaw": region(CHEEK_BOT[:13], ANGLE_MED, ANGLE_LOW, ANGLE_LAT),
    "throat": region(JAW_LINE, SCM_EDGE, at.suprasternal_notch.points((0, 2))),
    "side-of-neck": region(NECK_SKIN[:-7], rev(TRAP_ANT_MED), rev(CLAV), rev(SCM_EDGE), ANGLE_LOW,
                           ANGLE_LAT[:-4]),
    "top-of-shoulder": region(TRAP_TOP, TRAP_ANT),
    "collarbone": region(CLAV, at.clavicle_lateral_third.points((24, 6)), CLAV_LOW),
    "chest": region(at.first_rib.points((-64, -8)), CLAV_LOW, [at.first_rib(50, 13), at.first_rib.level(50, CUT)],
                    PEC_LOWER_CHEST, rev(FOLD_TOP), rev(DELT)),
    "armpit": region(ARM_INNER_UP, rev(PEC_LOWER_FOLD), rev(FOLD_TOP)),
    "side-of-chest": region(ARM_INNER_DN, PEC_LOWER_DN),
    "front-of-shoulder": region(rev(TRAP_ANT_LAT), LAT_ARM_UPPER, ARM_TOP, rev(DELT_UP)),
    "front-of-upper-arm": region(ARM_TOP, DELT_LOW, ARM_INNER, ARM_INNER_LOW,
                                 at.lateral_epicondyle.points((10, -9)), rev(LAT_ARM_LOWER)),
    "lateral-arm": region(at.acromion.points((2, 1.5), (-4, -3)), ARM_SKIN, rev(LAT_ARM_IN)),
}


sys.path.insert(0, os.path.join(ROOT, "tools", "figures"))
import arm  # noqa: E402

# ---- zones below the elbow, seen from the front (the palm): the outlines of tools/figures/arm.py mirrored
def _m(points):
    return [arm.mirror(p) for p in points]


def _band_front(t, y0, y1, w):
    spine = [arm.mirror(p[:2]) + (p[2],) for p in arm.band_spine(t, y0, y1, w)]
    return band([p[:2] for p in spine], [2 * p[2] for p in spine], cap=0.5)


NAMED["lat-epicondyle-front"] = [loop(_m(arm.LATERAL_EPICONDYLE))]
NAMED["med-epicondyle-front"] = [loop(_m(arm.MEDIAL_EPICONDYLE))]
NAMED["wrist-front"] = [loop(_m(arm.WRIST_BAND))]
NAMED["radial-forearm-front"] = [_band_front(0.8, 696, 850, 5)]
NAMED["ulnar-forearm-front"] = [_band_front(0.15, 650, 852, 5)]
NAMED["thumb-index-front"] = [loop(_m(arm.THUMB_ZONE)), loop(_m(arm.INDEX_ZONE))]
NAMED["ring-little-front"] = [loop(_m(arm.RING_ZONE)), loop(_m(arm.LITTLE_ZONE))]
NAMED["middle-front"] = [loop(_m(arm.MIDDLE_ZONE))]
NAMED["radial-palm"] = [loop(_m(arm.RADIAL_HAND))]
NAMED["ulnar-palm"] = [loop(_m(arm.ULNAR_HAND))]
# brachialis: the base of the thumb, seen from the front (T&S draw it on the back, Fig. 31.1)
NAMED["brach-thumb-front"] = [loop(_m(arm.BRACHIALIS_THUMB))]

for _rid, _polys in arm.regions_below_elbow(front=True).items():
    REGIONS[_rid] = " ".join(region([arm.mirror(p) for p in poly]) for poly in _polys)


# ================================================================ write

def main(argv):
    """Writes atlas-data/shapes/anterior.json; --migrate also turns the muscle and region files'
    inline anterior shapes into references (done once), --rebase saves the landmarks drawn against."""
    names = {key: "%s-%s%d" % (key[0], key[1][0], key[2]) for key in Z}
    named = {names[key]: paths for key, paths in Z.items()}
    named.update({"region-" + k: [d] for k, d in REGIONS.items()})
    named.update(NAMED)
    if "--migrate" in argv:
        migrate(VIEW, {key: [n] for key, n in names.items()}, {k: ["region-" + k] for k in REGIONS})
    problems = Problems("zones/anterior")
    write_shapes(VIEW, named, problems, rebase="--rebase" in argv)
    problems.exit()


if __name__ == "__main__":
    main(sys.argv[1:])

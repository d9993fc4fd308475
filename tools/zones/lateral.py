#!/usr/bin/env python3
"""Writes the lateral-view referral zones and regions to atlas-data/shapes/lateral.json by name
(python3, stdlib only); muscle files and regions.json refer to them as "#name".

Every zone is one or more closed outlines given as point lists in the lateral view's design space
(right profile, face to the viewer's right; the app flips the whole figure for the patient's left).
They become smooth closed cubic Beziers (Catmull-Rom, as the figure itself: tools/figures/lateral.py),
so no outline has corners or facets. The shapes follow the Travell & Simons pattern figures
(Vol. 1, 2nd ed., chapters 6-22) on the figure of tools/figures/lateral.py.

Run from the repository root (exit status 1 when a check fails):
    python3 tools/zones/lateral.py          write the shapes, then check them
    python3 tools/zones/lateral.py --check  only check (overlap with named regions, view box, skin)
"""
import importlib.util
import json
import math
import os
import sys

ROOT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
VIEW = "lateral"
sys.path.insert(0, os.path.join(ROOT, "tools"))
from atlasgen.curves import Poly, catmull_rom, sample, smooth  # noqa: E402
from atlasgen.paths import contains, flatten  # noqa: E402
from atlasgen import bands  # noqa: E402
from atlasgen.shapes import Problems, anchors, migrate, resolve, write_shapes  # noqa: E402
# Every point is placed on a landmark, where the zones were drawn against it (atlasgen.shapes.anchors):
# at.acromion.points((dx, dy), ...), a band's centre points as (dx, dy, half-width).
at = anchors(VIEW, rebase='--rebase' in sys.argv)

_spec = importlib.util.spec_from_file_location("lateral_figure", os.path.join(ROOT, "tools", "figures", "lateral.py"))
fig = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(fig)


def organic(points, amp=None):
    """The closed curve through the points, resampled evenly and nudged in and out along its normal
    by a slow, irregular wave: a hand-drawn outline rather than a geometric one."""
    pl = Poly(sample(catmull_rom(list(points), True), 16))
    n = max(10, int(pl.length / 5.5))
    area = abs(sum(a[0] * b[1] - b[0] * a[1] for a, b in zip(pl.pts, pl.pts[1:] + pl.pts[:1]))) / 2
    if amp is None:
        amp = min(1.3, 0.075 * math.sqrt(area))
    seed = (points[0][0] * 0.37 + points[0][1] * 0.61) % 6.283
    out = []
    for k in range(n):
        u = k / n
        a, b = pl.at(u), pl.at((u + 0.5 / n) % 1.0)
        tx, ty = b[0] - a[0], b[1] - a[1]
        ln = math.hypot(tx, ty) or 1
        w = amp * (math.sin(2 * math.pi * u * 3 + seed) * 0.6 + math.sin(2 * math.pi * u * 5 + seed * 1.7) * 0.4)
        out.append((a[0] - ty / ln * w, a[1] + tx / ln * w))
    return out


def blob(*points, tension=1.0, rough=True):
    """A smooth closed outline through the points (with an irregular, hand-drawn edge)."""
    pts = organic(points) if rough else list(points)
    return smooth(pts, closed=True, tension=tension)


def band_points(*spine, wobble=0.12, cap=0.9):
    """Outline of a band along a centre line of (x, y, half-width) points (atlasgen.bands)."""
    return bands.band_points(spine, wobble, cap)


def band(*spine, wobble=0.12, cap=0.9):
    return blob(*band_points(*spine, wobble=wobble, cap=cap))


def fingers(base, palm, tips, reach=0.55, valley=0.42):
    """A hand-like outline: finger-like rays from a palm round `base` (radius `palm`) to each tip
    (x, y, half-width), as T&S draws the temporalis rays."""
    bx, by = base
    rays = []
    for (tx, ty, w) in tips:
        L = math.hypot(tx - bx, ty - by)
        rays.append((math.atan2(ty - by, tx - bx), L, w, (tx, ty)))
    rays.sort()
    pts = []

    def at(ang, r):
        return (bx + math.cos(ang) * r, by + math.sin(ang) * r)

    a0 = rays[0][0]
    pts.append(at(a0 - 1.0, palm))
    for k, (ang, L, w, tip) in enumerate(rays):
        d = (math.cos(ang), math.sin(ang))
        n = (-d[1], d[0])
        m = (bx + d[0] * L * reach, by + d[1] * L * reach)
        pts.append((m[0] - n[0] * w * 1.1, m[1] - n[1] * w * 1.1))
        pts.append((tip[0] - n[0] * w * 0.8 - d[0] * w * 0.4, tip[1] - n[1] * w * 0.8 - d[1] * w * 0.4))
        pts.append((tip[0] + d[0] * w * 0.5, tip[1] + d[1] * w * 0.5))
        pts.append((tip[0] + n[0] * w * 0.8 - d[0] * w * 0.4, tip[1] + n[1] * w * 0.8 - d[1] * w * 0.4))
        pts.append((m[0] + n[0] * w * 1.1, m[1] + n[1] * w * 1.1))
        if k + 1 < len(rays):
            ang2, L2 = rays[k + 1][0], rays[k + 1][1]
            pts.append(at((ang + ang2) / 2, min(L, L2) * valley))
    a1 = rays[-1][0]
    pts.append(at(a1 + 1.0, palm))
    amid = (a0 + a1) / 2
    pts.append(at(amid + math.pi, palm * 0.9))
    return blob(*pts, rough=False)


# ====================================================================== zone outlines
# The figure (tools/figures/lateral.py), patient's right, face to the viewer's right:
# vertex (412, 37); forehead skin x 489 (y 68), 499 (y 88), 505 (y 107), brow 507 (y 119);
# nose tip (528, 177); mouth (499, 203); chin (505, 236), under the chin (468, 249)-(456, 253);
# front of the neck x 455 (y 268), 449 (y 298), 446 (y 313); suprasternal notch (441, 324);
# back of the head x 336 (y 85), 331 (y 106-124), 333 (y 142), 336 (y 178); back of the neck
# x 339 (y 200), 342 (y 222-242), 336 (y 262), 327 (y 283), 319 (y 303); acromion (396, 313).
# Eye (487, 141), eyebrow (477, 124)-(500, 122); ear x 385-417, y 124-185, canal (409, 151);
# condyle / TMJ (420, 153); zygomatic arch y 144-156; mastoid (394, 190); gonion (424, 212);
# lower border of the mandible (433, 222)-(470, 237)-(496, 237); upper teeth (470-500, 192-201),
# lower teeth (469-493, 204-214).

Z = {}

# ---------------------------------------------------------------- shared pieces
# The eyebrow (supraorbital ridge) as T&S shades it: a band over the brow, tapering back.
EYEBROW = band(*at.supraorbital_ridge.points((-26, 4.5, 3), (-17, 1, 4), (-7, -1.5, 4.3), (2, -2, 3.8),
                                             (7, -0.5, 2.2)))
# Deep in / behind the eye: a spot over the orbit.
BEHIND_EYE = blob(*at.eye.points((-8, -6.5), (-1, -9), (7, -7), (10.5, -0.5), (7, 6.5), (-1, 9), (-8, 6.5), (-11, 0)))
# The occiput behind the ear, over the occipital bone above the nuchal line.
OCCIPUT_LOW = blob(*at.inion.points((-3, -20), (7, -24), (18, -19), (24, -8), (22, 5), (12, 12), (0, 10), (-5, -3)))
MASTOID = blob(*at.mastoid_process.points((-14, -12), (-5, -13.5), (2, -9), (4.5, 0), (1, 7.5), (-8, 9), (-16, 4),
                                          (-18, -5)))
TMJ = blob(*at.mandibular_condyle.points((0, -5.5), (8, -6.5), (15, -3), (17, 4), (13, 11), (5, 12.5), (-1, 9),
                                         (-2.5, 1)))
# Over the maxilla, below the zygoma and the eye (the "cheek" of the masseter, pterygoid patterns).
MAXILLA = blob(*at.pterygoid_plate.points((-6, -18), (4, -20), (16, -18), (26, -14), (31, -6), (28, 2), (18, 5),
                                          (6, 4), (-4, 0), (-9, -9)))
# Upper teeth seen from the side: incisors at the front (x 492-501), canine and premolars, molars.
UPPER_INCISORS = blob(*at.mouth.points((-10, -9.5), (-4, -10.5), (1.5, -9), (3, -5.5), (0, -2), (-7, -1.5), (-11, -4),
                                       (-11.5, -7)))
UPPER_PREMOLARS = blob(*at.mouth.points((-21, -10), (-14, -11), (-8, -9.5), (-6.5, -6), (-9, -2), (-16, -1.2),
                                        (-21.5, -3), (-22.5, -7)))
UPPER_MOLARS = blob(*at.mouth.points((-32, -9.5), (-25, -11), (-17, -10.5), (-12.5, -6.5), (-15, -2), (-24, -1),
                                     (-31, -2.5), (-33.5, -6)))
LOWER_MOLARS = blob(*at.mouth.points((-33, 3), (-26, 1.5), (-18, 1.8), (-13.5, 5.5), (-16, 10), (-25, 11.2),
                                     (-32, 10), (-34.5, 6.5)))
FOREHEAD = blob(*at.supraorbital_ridge.points((-13, -45), (-5, -42), (2, -32), (6.5, -20), (6, -8), (-1, -4),
                                              (-10, -6), (-16, -15), (-18, -27), (-17, -38)))
VERTEX = blob(*at.vertex.points((-24, 7), (-12, 1.5), (2, 0), (16, 1.5), (30, 6), (28, 15), (16, 19), (0, 20),
                                (-16, 18), (-25, 14)))

# ---------------------------------------------------------------- temporalis (T&S Fig. 9.1)
# Four trigger points just above the zygomatic arch, each with finger-like rays up over the temple:
# TrP1 (anterior) forward and up toward the brow, with the eyebrow and the upper incisors;
# TrP2 straight up, with the canine and premolars; TrP3 up and back, with the molars; TrP4
# (posterior, above the ear) back and up over the side of the head.
Z["temporalis/temporalis-tp1/e0"] = [fingers(at.temporal_fossa(28, 22), 6,
                                             at.temporal_fossa.points((42, -7, 3.6), (33, -14, 3.8), (21, -11, 3.4)))]
Z["temporalis/temporalis-tp1/e1"] = [EYEBROW]
Z["temporalis/temporalis-tp1/e2"] = [UPPER_INCISORS]
Z["temporalis/temporalis-tp1/s0"] = [BEHIND_EYE]
Z["temporalis/temporalis-tp2/e0"] = [fingers(at.temporal_fossa(13, 16), 6.5,
                                             at.temporal_fossa.points((26, -15, 3.8), (14, -22, 4.2), (0, -19, 3.8)))]
Z["temporalis/temporalis-tp2/e1"] = [UPPER_PREMOLARS]
Z["temporalis/temporalis-tp3/e0"] = [fingers(at.temporal_fossa(-11, 16), 7,
                                             at.temporal_fossa.points((4, -20, 4), (-11, -26, 4.4), (-27, -21, 4),
                                                                      (-38, -10, 3.5)))]
Z["temporalis/temporalis-tp3/e1"] = [UPPER_MOLARS]
Z["temporalis/temporalis-tp3/s0"] = [TMJ]
Z["temporalis/temporalis-tp4/e0"] = [fingers(at.temporal_fossa(-34, 6), 6.5,
                                             at.temporal_fossa.points((-28, -24, 4), (-44, -24, 4), (-57, -15, 4),
                                                                      (-64, -1, 3.5)))]
Z["temporalis/temporalis-tp4/s0"] = [blob(*at.occipital_bone.points((14, -8), (24, -13), (34, -10), (36, 0), (31, 12),
                                                                    (22, 21), (12, 24), (5, 17), (6, 3)))]

# ---------------------------------------------------------------- masseter (T&S Fig. 8.1)
# Superficial TrP1 (upper, anterior border): upper premolars and molars and the maxilla.
Z["masseter-superficial/masseter-superficial-tp1/e0"] = [blob(*at.mouth.points((-33, -10), (-23, -11.5), (-12, -10.5),
                                                                               (-7, -6.5), (-11, -1.5), (-23, -0.7),
                                                                               (-33, -2.5), (-35.5, -6.5)))]
Z["masseter-superficial/masseter-superficial-tp1/e1"] = [MAXILLA]
# TrP2 (mid-belly): lower molars and the body of the mandible.
Z["masseter-superficial/masseter-superficial-tp2/e0"] = [LOWER_MOLARS]
Z["masseter-superficial/masseter-superficial-tp2/e1"] = [blob(*at.menton.points((-48, -33), (-35, -30), (-21, -25.5),
                                                                                (-8, -22), (0, -16), (-3, -9),
                                                                                (-17, -8.5), (-32, -12), (-44, -17.5),
                                                                                (-51, -25)))]
# TrP3 (lower, near the angle): along the angle and lower border of the mandible, and an arc over
# the temple (stippled) to the eyebrow (solid).
Z["masseter-superficial/masseter-superficial-tp3/e0"] = [band(*at.gonion.points((-4.5, -16, 3.5), (-4.5, -5, 4.5),
                                                                                (0, 5, 5), (10, 12, 5),
                                                                                (24, 17.5, 4.6), (38, 22, 4),
                                                                                (50, 25, 3)))]
Z["masseter-superficial/masseter-superficial-tp3/e1"] = [EYEBROW]
Z["masseter-superficial/masseter-superficial-tp3/s0"] = [band(*at.temporal_fossa.points((38, 8, 3), (28, 1, 4.5),
                                                                                        (15, -3, 5), (1, -2, 4.8),
                                                                                        (-10, 4, 4), (-17, 12, 2.8)))]
# Deep masseter: deep in the ear (solid), over the TMJ (stippled).
Z["masseter-deep/masseter-deep-tp1/e0"] = [blob(*at.ear_canal.points((-4, -13), (3, -14), (8, -7), (9, 3), (6, 13),
                                                                     (0, 19), (-7, 17), (-11, 8), (-10, -5)))]
Z["masseter-deep/masseter-deep-tp1/s0"] = [blob(*at.mandibular_condyle.points((-1, -9), (8, -10), (17, -5), (20, 4),
                                                                              (16, 13), (7, 16), (-1, 13),
                                                                              (-3.5, 2)))]

# ---------------------------------------------------------------- pterygoids (T&S Figs. 10.1, 11.1)
# Lateral pterygoid: deep in the TMJ and over the maxilla (maxillary sinus); one pattern for both.
LP_TMJ = blob(*at.mandibular_condyle.points((-1, -7.5), (8, -9), (16, -5), (19, 4), (15, 13), (6, 16), (-1.5, 11),
                                            (-3.5, 1)))
LP_MAXILLA = blob(*at.pterygoid_plate.points((-5, -19), (6, -21), (18, -19), (27, -14), (30, -5), (25, 2), (14, 4),
                                             (2, 1), (-6, -6), (-8.5, -13)))
for tp in ("lateral-pterygoid-tp1", "lateral-pterygoid-tp2"):
    Z["lateral-pterygoid/%s/e0" % tp] = [LP_TMJ]
    Z["lateral-pterygoid/%s/e1" % tp] = [LP_MAXILLA]
# Medial pterygoid: below and behind the TMJ, deep in the ear, and the throat (pharynx) below the
# angle of the jaw.
Z["medial-pterygoid/medial-pterygoid-tp1/e0"] = [blob(*at.hyoid.points((-21, -30), (-11, -26), (-1, -18), (6, -9),
                                                                       (5, 0), (-3, 3), (-12, -2), (-19, -11),
                                                                       (-24, -21)))]
Z["medial-pterygoid/medial-pterygoid-tp1/e1"] = [blob(*at.mandibular_condyle.points((0, -6), (9, -5), (13, 3),
                                                                                    (10, 13), (5, 23), (-1, 29),
                                                                                    (-6, 23), (-6, 10), (-4, -1)))]
Z["medial-pterygoid/medial-pterygoid-tp1/e2"] = [blob(*at.ear_canal.points((-3, -7), (4, -7), (8, 1), (7, 11),
                                                                           (3, 19), (-4, 19), (-7, 11), (-7, 0)))]

# ---------------------------------------------------------------- sternocleidomastoid (T&S Fig. 7.1)
# The front of the neck just below the jaw, down to the suprasternal notch (the throat).
THROAT = band(*at.suprasternal_notch.points((9, -65, 3), (8, -54, 3.8), (5, -39, 4), (1.5, -24, 3.8),
                                            (-0.5, -11, 3.3), (-1.5, -4, 2.3)))
Z["sternocleidomastoid-sternal/sternocleidomastoid-sternal-tp1/s0"] = [
    band(*at.suprasternal_notch.points((7, -42, 2.8), (4.5, -29, 3.5), (2, -16, 3.8), (0, -5, 3)))]
# TrP2 (mid-sternal division): a crescent across the cheek, the eyebrow, deep in the orbit (solid);
# temple, forehead, throat and chin (stippled).
Z["sternocleidomastoid-sternal/sternocleidomastoid-sternal-tp2/e0"] = [
    band(*at.zygomatic_bone.points((-19, 13, 3.5), (-10, 17.5, 5), (0, 19, 5.5), (10, 17, 5), (18, 12, 3.8),
                                   (22, 5, 2.5)))]
Z["sternocleidomastoid-sternal/sternocleidomastoid-sternal-tp2/e1"] = [EYEBROW]
Z["sternocleidomastoid-sternal/sternocleidomastoid-sternal-tp2/e2"] = [BEHIND_EYE]
Z["sternocleidomastoid-sternal/sternocleidomastoid-sternal-tp2/s0"] = [
    blob(*at.temporal_fossa.points((20, 4), (28, 2), (34, 8), (33, 18), (27, 24), (19, 22), (15, 13)))]
Z["sternocleidomastoid-sternal/sternocleidomastoid-sternal-tp2/s1"] = [
    blob(*at.supraorbital_ridge.points((-10, -29), (-2, -30), (4, -23), (5.5, -13), (1, -6), (-8, -7), (-13, -16),
                                       (-13, -24)))]
Z["sternocleidomastoid-sternal/sternocleidomastoid-sternal-tp2/s2"] = [THROAT]
Z["sternocleidomastoid-sternal/sternocleidomastoid-sternal-tp2/s3"] = [
    blob(*at.menton.points((-5, -14), (5, -16), (13, -12), (15, -5), (9, 1.5), (-2, 3), (-9, -2), (-9, -9)))]
# TrP3 (upper sternal division): the occipital ridge behind the ear and the vertex (solid), the
# mastoid (stippled).
Z["sternocleidomastoid-sternal/sternocleidomastoid-sternal-tp3/e0"] = [OCCIPUT_LOW]
Z["sternocleidomastoid-sternal/sternocleidomastoid-sternal-tp3/e1"] = [VERTEX]
Z["sternocleidomastoid-sternal/sternocleidomastoid-sternal-tp3/s0"] = [MASTOID]
# Clavicular division: TrP1 frontal headache (forehead); TrP2 deep in the ear and behind it
# (solid), the cheek and molars (stippled).
Z["sternocleidomastoid-clavicular/sternocleidomastoid-clavicular-tp1/e0"] = [FOREHEAD]
Z["sternocleidomastoid-clavicular/sternocleidomastoid-clavicular-tp2/e0"] = [
    blob(*at.ear_canal.points((-5, -11), (2, -12), (7, -5), (7.5, 5), (4, 15), (-3, 19), (-8.5, 13), (-9.5, 0)))]
Z["sternocleidomastoid-clavicular/sternocleidomastoid-clavicular-tp2/e1"] = [
    blob(*at.mastoid_process.points((-15, -54), (-9, -50), (-6, -38), (-3, -24), (2, -10), (4, 2), (-2, 8), (-12, 5),
                                    (-18, -6), (-20, -24), (-20, -41)))]
Z["sternocleidomastoid-clavicular/sternocleidomastoid-clavicular-tp2/s0"] = [
    blob(*at.coronoid_process.points((-5, -8), (4, -10), (11, -5), (11, 5), (5, 12), (-4, 10), (-8, 1)))]
Z["sternocleidomastoid-clavicular/sternocleidomastoid-clavicular-tp2/s1"] = [UPPER_MOLARS]

# ---------------------------------------------------------------- upper trapezius (T&S Fig. 6.1)
# TrP1: the question mark up the posterolateral neck, behind the ear and over it to the temple
# (solid); the angle of the jaw, the orbit, the occiput, lower molars, shoulder (stippled).
Z["upper-trapezius/upper-trapezius-tp1/e0"] = [band(
    *at.mastoid_process.points((-30, 82, 4), (-33, 66, 5.5), (-33, 48, 6), (-30, 30, 6.3), (-24, 13, 6.3),
                               (-18, -3, 6), (-14.5, -20, 5.8), (-13.5, -38, 5.6), (-11, -55, 5.5), (-3, -69, 5.5),
                               (10, -78, 5.3), (26, -82, 5), (42, -81, 4.6), (55, -76, 3.8),
                               (64, -70, 2.8)), wobble=0.08)]
Z["upper-trapezius/upper-trapezius-tp1/s0"] = [BEHIND_EYE]
Z["upper-trapezius/upper-trapezius-tp1/s1"] = [blob(*at.gonion.points((-4, -13), (4, -9), (9, 0), (8, 10), (0, 14),
                                                                      (-7, 8), (-9, -3)))]
Z["upper-trapezius/upper-trapezius-tp1/s2"] = [blob(*at.inion.points((7, -14), (16, -16), (24, -9), (24, 3), (17, 11),
                                                                     (7, 11), (1, 2), (1, -8)))]
Z["upper-trapezius/upper-trapezius-tp1/s3"] = [LOWER_MOLARS]
Z["upper-trapezius/upper-trapezius-tp1/s4"] = [blob(*at.c7_spinous.points((25, -9), (34, -12), (44, -8), (48, 0),
                                                                          (42, 6), (30, 7), (20, 3), (19, -4)))]
# TrP2: up the posterolateral neck to the base of the skull and the occiput behind the ear
# (solid); the mastoid and the shoulder (stippled).
Z["upper-trapezius/upper-trapezius-tp2/e0"] = [band(
    *at.c2_spinous.points((-1, 56, 3.5), (-4, 38, 4.8), (-5, 20, 5.3), (-4.5, 2, 5.8), (-2.5, -16, 6.3),
                          (0, -32, 6.5), (2, -44, 5.5)), wobble=0.1)]
Z["upper-trapezius/upper-trapezius-tp2/e1"] = [blob(*at.inion.points((3, -10), (13, -12), (22, -6), (25, 6), (20, 16),
                                                                     (9, 17), (0, 11), (-2, 0)))]
Z["upper-trapezius/upper-trapezius-tp2/s0"] = [MASTOID]
Z["upper-trapezius/upper-trapezius-tp2/s1"] = [blob(*at.acromion.points((-31, -16), (-18, -17), (-4, -11), (2, -3),
                                                                        (-6, 2), (-21, 0), (-33, -7)))]

# ---------------------------------------------------------------- splenii (T&S Figs. 15.1, 15.2)
Z["splenius-capitis/splenius-capitis-tp1/e0"] = [VERTEX]
# Splenius cervicis upper TrP: through the head to behind the eye (solid), a shaft over the temple
# (solid), the occiput (stippled).
Z["splenius-cervicis/splenius-cervicis-tp1/e0"] = [BEHIND_EYE]
Z["splenius-cervicis/splenius-cervicis-tp1/e1"] = [band(
    *at.temporal_fossa.points((-46, 18, 3.5), (-33, 15, 4.8), (-18, 14, 5.5), (-2, 15, 5.8), (13, 18, 5.5),
                              (25, 23, 4.5), (34, 28, 3.2)), wobble=0.1)]
Z["splenius-cervicis/splenius-cervicis-tp1/s0"] = [blob(*at.occipital_bone.points((1, -2), (12, -4), (22, 2),
                                                                                  (25, 14), (21, 26), (10, 30),
                                                                                  (0, 25), (-3, 11)))]
# Lower TrP: the angle of the neck (solid).
Z["splenius-cervicis/splenius-cervicis-tp2/e0"] = [blob(*at.c7_spinous.points((18, -12), (30, -15), (43, -11),
                                                                              (54, -3), (54, 6), (40, 9), (25, 7),
                                                                              (13, 2), (12, -6)))]
Z["splenius-cervicis/splenius-cervicis-tp2/e1"] = [band(*at.c4_transverse_process.points((-50, 34, 4), (-45, 18, 5.5),
                                                                                         (-41, 2, 5.5),
                                                                                         (-38, -12, 4)))]

# ---------------------------------------------------------------- suboccipitals (T&S Fig. 17.1)
# A band from the occiput forward over the side of the head, above the ear, to the eye (solid);
# the forehead (stippled).
SUBOCC_BAND = band(
    *at.ear_canal.points((-67, -1, 5), (-59, -10, 7.5), (-47, -18, 8.5), (-32, -25, 8.5), (-16, -31, 8),
                         (1, -34, 7.5), (19, -34, 7), (37, -31, 6.5), (53, -25, 6), (66, -18, 5.5),
                         (76, -12, 4.5)), wobble=0.08)
SUBOCC_FOREHEAD = blob(*at.supraorbital_ridge.points((-13, -28), (-4, -32), (3, -26), (6, -15), (3, -6), (-6, -4),
                                                     (-13, -10), (-15, -20)))
for m in ("rectus-capitis-posterior-major", "rectus-capitis-posterior-minor", "obliquus-capitis-inferior",
          "obliquus-capitis-superior"):
    Z["%s/%s-tp1/e0" % (m, m)] = [SUBOCC_BAND]
    Z["%s/%s-tp1/s0" % (m, m)] = [SUBOCC_FOREHEAD]

# ---------------------------------------------------------------- semispinalis, multifidi (T&S 16.1)
# Semispinalis capitis TrP2: the occiput (solid), the base of the skull (stippled).
Z["semispinalis-capitis/semispinalis-capitis-tp2/e0"] = [blob(*at.inion.points((-2, -22), (9, -26), (20, -20),
                                                                               (25, -8), (23, 5), (13, 12), (1, 10),
                                                                               (-5, -3)))]
Z["semispinalis-capitis/semispinalis-capitis-tp2/s0"] = [blob(*at.superior_nuchal_line.points((-22, 4), (-9, 2),
                                                                                              (4, 7), (12, 15),
                                                                                              (10, 25), (-4, 28),
                                                                                              (-18, 27), (-24, 17)))]
# TrP3: a band round the head at temple level, strongest at the temple, forward over the forehead
# (solid); the eyebrow and the occiput (stippled).
Z["semispinalis-capitis/semispinalis-capitis-tp3/e0"] = [band(
    *at.temporal_fossa.points((-104, 9, 4.5), (-94, 2, 7.5), (-77, -4, 9), (-56, -8, 10), (-33, -9, 11),
                              (-9, -8, 11.5), (13, -5, 10.5), (33, -1, 8.5), (50, 2, 6.5),
                              (62.5, 4, 3.8)), wobble=0.1)]
Z["semispinalis-capitis/semispinalis-capitis-tp3/s0"] = [EYEBROW]
Z["semispinalis-capitis/semispinalis-capitis-tp3/s1"] = [blob(*at.inion.points((-4, -16), (5, -19), (14, -13),
                                                                               (16, -1), (10, 9), (0, 9),
                                                                               (-5.5, -3)))]
# Semispinalis cervicis and the multifidi: the suboccipital region (solid) and down the back of the
# neck (solid).
SUBOCCIPITAL = blob(*at.superior_nuchal_line.points((-21, 3), (-8, 1), (5, 6), (13, 15), (10, 25), (-4, 29),
                                                    (-18, 28), (-23, 16)))
Z["semispinalis-cervicis/semispinalis-cervicis-tp1/e0"] = [SUBOCCIPITAL]
Z["semispinalis-cervicis/semispinalis-cervicis-tp1/e1"] = [band(*at.c2_spinous.points((-2, -24, 6), (-3, -6, 6.5),
                                                                                      (-3, 12, 6), (-3, 30, 5),
                                                                                      (-4, 44, 3.5)))]
Z["cervical-multifidi/cervical-multifidi-tp1/e0"] = [SUBOCCIPITAL]
Z["cervical-multifidi/cervical-multifidi-tp1/e1"] = [band(*at.c2_spinous.points((-2, -24, 5.5), (-3, -1, 6),
                                                                                (-3, 22, 6), (-5, 44, 6),
                                                                                (-10, 66, 5.5), (-17, 86, 4)))]

# ---------------------------------------------------------------- occipitalis, frontalis (T&S 14)
Z["occipitalis/occipitalis-tp1/e0"] = [blob(*at.occipital_bone.points((0, -18), (9, -22), (19, -17), (25, -4),
                                                                      (26, 12), (21, 26), (11, 33), (1, 30),
                                                                      (-3.5, 16), (-4.5, -2)))]
Z["occipitalis/occipitalis-tp1/e1"] = [BEHIND_EYE]
Z["occipitalis/occipitalis-tp1/s0"] = [EYEBROW]
Z["frontalis/frontalis-tp1/e0"] = [blob(*at.supraorbital_ridge.points((-16, -51), (-8, -49), (-1.5, -40), (3, -27),
                                                                      (5.5, -14), (5, -6), (-2, -3), (-11, -5),
                                                                      (-16, -15), (-18.5, -29), (-18.5, -42)))]

# ---------------------------------------------------------------- facial muscles (T&S Ch. 13)
# Orbicularis oculi: above the eye and down along the nose.
Z["orbicularis-oculi/orbicularis-oculi-tp1/e0"] = [band(
    *at.eye.points((-4, -14, 3), (5.5, -15, 4), (11, -9, 3.8), (12.5, 2, 3.8), (16.5, 13, 3.8), (22, 23, 3.4),
                   (27.5, 30, 2.4)), wobble=0.08)]
# Zygomaticus major: an arc from the cheek along the side of the nose (solid) up over the bridge to
# the middle of the forehead (solid).
Z["zygomaticus-major/zygomaticus-major-tp1/e0"] = [band(
    *at.eye.points((-9, 28, 3), (1, 26, 4), (7, 19, 4.2), (10, 9, 4.2), (11.5, -2, 3.8), (13, -10, 2.8)),
    wobble=0.08)]
Z["zygomaticus-major/zygomaticus-major-tp1/e1"] = [band(
    *at.supraorbital_ridge.points((5.5, 5, 2.8), (5, -5, 3.8), (3, -17, 4.3), (-1, -29, 4),
                                  (-6, -38, 3)), wobble=0.08)]
# Buccinator: the cheek over the muscle (solid), the upper gum (stippled).
Z["buccinator/buccinator-tp1/e0"] = [blob(*at.mouth.points((-33, -20), (-23, -22), (-12, -19), (-6, -12), (-7, -3),
                                                           (-14, 4), (-26, 5), (-35, 1), (-39, -9)))]
Z["buccinator/buccinator-tp1/s0"] = [blob(*at.mouth.points((-28, -11), (-17, -12.5), (-5, -11.5), (2, -8), (-1, -2),
                                                           (-13, -0.5), (-26, -1.5), (-31.5, -6)))]
# Platysma: prickling over the mandible (solid) and the lower cheek (solid), the chin (stippled).
Z["platysma/platysma-tp1/e0"] = [band(*at.hyoid.points((-15, -32, 4), (-1, -25, 6), (14, -20, 6.5), (29, -17, 5.5),
                                                       (41, -18, 3.5)))]
Z["platysma/platysma-tp1/e1"] = [blob(*at.pterygoid_plate.points((-10, 14), (1, 10), (12, 13), (18, 22), (14, 32),
                                                                 (3, 36), (-7, 32), (-12, 23)))]
Z["platysma/platysma-tp1/s0"] = [blob(*at.menton.points((-1, -14), (8, -15), (15, -10), (15, -3), (8, 2), (0, 2),
                                                        (-5, -4)))]

# ---------------------------------------------------------------- digastric (T&S Fig. 12.1)
# Posterior belly: the upper sternocleidomastoid region and the mastoid (solid); the throat below
# the chin and the occiput (stippled).
Z["digastric-posterior/digastric-posterior-tp1/e0"] = [band(*at.gonion.points((-32, -12, 5), (-26, 0, 6.5),
                                                                              (-20, 14, 7), (-15, 28, 6),
                                                                              (-12, 40, 4)))]
Z["digastric-posterior/digastric-posterior-tp1/e1"] = [MASTOID]
Z["digastric-posterior/digastric-posterior-tp1/s0"] = [blob(*at.hyoid.points((-7, -10), (2, -10.5), (7, -4), (5, 6),
                                                                             (-2, 10), (-9.5, 5), (-11, -4)))]
Z["digastric-posterior/digastric-posterior-tp1/s1"] = [blob(*at.inion.points((4, -8), (13, -10), (21, -4), (22, 6),
                                                                             (15, 13), (5, 12), (-1, 4), (0, -4)))]
# Anterior belly: the lower incisors and the alveolar ridge below them (solid); the chin (stippled).
Z["digastric-anterior/digastric-anterior-tp1/e0"] = [blob(*at.mouth.points((-13, 1.5), (-5, 1), (1.5, 4), (2, 11),
                                                                           (-1, 18), (-8, 19), (-13, 13),
                                                                           (-14.5, 6)))]
Z["digastric-anterior/digastric-anterior-tp1/s0"] = [blob(*at.menton.points((-6, -13), (4, -16), (13, -12),
                                                                            (15.5, -4), (9, 2), (-2, 3), (-8.5, -4)))]

# ---------------------------------------------------------------- neck and shoulder
# Levator scapulae: the angle of the neck (solid).
LEVATOR = blob(*at.c7_spinous.points((22, -22), (34, -22), (46, -15), (58, -6), (67, 4), (62, 13), (46, 13), (29, 9),
                                     (16, 2), (15, -10)))
Z["levator-scapulae/levator-scapulae-tp1/e0"] = [LEVATOR]
Z["levator-scapulae/levator-scapulae-tp2/e0"] = [LEVATOR]
# Infraspinatus: spillover in the posterolateral neck.
Z["infraspinatus/infraspinatus-tp1/s3"] = [band(*at.c2_spinous.points((0, -20, 4), (-1, -2, 5.5), (-1, 16, 6),
                                                                      (-1, 34, 5), (-2, 48, 3.5)))]
# Lower trapezius TrP3: the high posterior neck, the mastoid, the acromion (solid).
Z["lower-trapezius/lower-trapezius-tp3/e0"] = [band(*at.c2_spinous.points((-4, -26, 4.5), (-6, -8, 6), (-5, 10, 6),
                                                                          (-4, 28, 5), (-4, 42, 3.5)))]
Z["lower-trapezius/lower-trapezius-tp3/e1"] = [MASTOID]
ACROMION = blob(*at.acromion.points((-12, -8), (-2, -10), (8, -7), (14, 0), (9, 7), (-2, 8), (-11, 3)))
Z["lower-trapezius/lower-trapezius-tp3/e2"] = [ACROMION]
Z["middle-trapezius/middle-trapezius-tp6/e0"] = [ACROMION]
# Supraspinatus: over the top of the shoulder.
SUPRASPINATUS = blob(*at.acromion.points((-30, -11), (-16, -14), (-1, -11), (12, -5), (17, 3), (8, 9), (-8, 9),
                                         (-24, 5), (-33, -3)))
Z["supraspinatus/supraspinatus-tp1/e1"] = [SUPRASPINATUS]
Z["supraspinatus/supraspinatus-tp2/e1"] = [SUPRASPINATUS]

# ---------------------------------------------------------------- the shoulder and arm
# The arm: deltoid from the acromion (396, 313) to its tuberosity (404, 444), front edge x 449
# (y 344-392), back edge x 347 (y 356-382); below it biceps in front (x 420-450), triceps behind
# (x 350-404); the chest in front of the arm, between x 450 and the skin (x 467 at y 352, 483 at
# y 404). The view is cut at y 472.
FRONT_DELTOID = blob(*at.first_rib.points((2, -8), (15, -5), (25, 5), (29.5, 21), (27, 39), (20, 53), (10, 50),
                                          (3, 33), (-1, 13)))
# Deltoid (T&S Ch. 30): local pain over the part of the muscle that holds the trigger point, spreading
# over its neighbour; the anterior one spills down the lateral arm, the posterior one down the back
# of the arm.
Z["deltoid/deltoid-tp1/e0"] = [blob(*at.first_rib.points((-4, -10), (10, -8), (22, 0), (29, 14), (29.5, 31), (24, 47),
                                                         (15, 61), (6, 65), (0, 53), (-3, 37), (-8, 21), (-9, 3)))]
Z["deltoid/deltoid-tp1/s0"] = [blob(*at.second_rib.points((11, 11), (20, 19), (27, 37), (30, 57), (27, 77), (19, 87),
                                                          (12, 73), (9, 51), (7, 29)))]
Z["deltoid/deltoid-tp2/e0"] = [blob(*at.second_rib.points((-5, -15), (8, -17), (19, -8), (25, 9), (26, 31), (23, 53),
                                                          (16, 73), (7, 79), (-2, 67), (-7, 47), (-10, 23),
                                                          (-10, 1)))]
Z["deltoid/deltoid-tp3/e0"] = [blob(*at.second_rib.points((-44, -1), (-34, -10), (-22, -13), (-10, -7), (-5, 9),
                                                          (-6, 31), (-12, 53), (-22, 63), (-31, 57), (-38, 41),
                                                          (-43, 21)))]
Z["deltoid/deltoid-tp3/s0"] = [band(*at.deltoid_tuberosity.points((-36, -46, 5), (-31, -30, 6), (-25, -14, 5.5),
                                                                  (-19, 2, 4.5), (-16, 16, 3)))]
# Infraspinatus (T&S Fig. 22.1): deep in the front of the shoulder (solid), down the anterolateral
# arm (stippled).
for tp in ("infraspinatus-tp1", "infraspinatus-tp2"):
    Z["infraspinatus/%s/e0" % tp] = [blob(*at.first_rib.points((0, -10), (13, -8), (24, 0), (29.5, 14), (29.5, 30),
                                                               (24, 44), (14, 48), (6, 36), (1, 18), (-3.5, 2)))]
    Z["infraspinatus/%s/s0" % tp] = [band(*at.deltoid_tuberosity.points((20, -64, 4.5), (19, -44, 5.5),
                                                                        (17, -24, 5.5), (15, -4, 5), (14, 16, 4),
                                                                        (14, 25, 2.5)))]
    Z["infraspinatus/%s/s1" % tp] = [band(*at.deltoid_tuberosity.points((36, -58, 4), (36.5, -38, 5), (34, -16, 5),
                                                                        (31, 4, 4.5), (29, 22, 3)))]
# Pectoralis minor (T&S Ch. 43): over the anterior deltoid (solid), the pectoral region and down the
# front of the arm (stippled).
for tp in ("pectoralis-minor-tp1", "pectoralis-minor-tp2"):
    Z["pectoralis-minor/%s/e0" % tp] = [FRONT_DELTOID]
    Z["pectoralis-minor/%s/s0" % tp] = [blob(*at.suprasternal_notch.points((11, 16), (21, 21), (31, 36), (38, 57),
                                                                           (40, 79), (35, 95), (25, 92), (17, 76),
                                                                           (12, 54), (9.5, 34)))]
    Z["pectoralis-minor/%s/s1" % tp] = [band(*at.deltoid_tuberosity.points((41, -52, 3.5), (41.5, -34, 4),
                                                                           (39.5, -14, 4), (38, 6, 3.8),
                                                                           (37, 22, 3)))]
# Scalenes (T&S Fig. 20.1): the pectoral region, the front and the back of the arm (solid), down the
# lateral arm (stippled); one pattern for the three.
for m in ("anterior-scalene", "middle-scalene", "posterior-scalene"):
    Z["%s/%s-tp1/e0" % (m, m)] = [blob(*at.suprasternal_notch.points((15, 26), (25, 29), (34, 44), (40, 66), (41, 88),
                                                                     (34, 100), (24, 94), (18, 76), (14, 55),
                                                                     (11.5, 38)))]
    Z["%s/%s-tp1/e1" % (m, m)] = [
        band(*at.deltoid_tuberosity.points((37, -56, 4.5), (37, -36, 5.3), (34, -14, 5.5), (31.5, 6, 5),
                                           (30, 23, 3.5))),
        band(*at.deltoid_tuberosity.points((-48, -58, 5), (-44, -38, 6), (-38, -18, 6), (-32, 2, 5.5), (-28, 22, 4)))]
    Z["%s/%s-tp1/s1" % (m, m)] = [band(*at.deltoid_tuberosity.points((-2, -34, 3.5), (1, -18, 4.8), (4, 0, 5),
                                                                     (6, 16, 4.3), (7, 25, 2.5)))]
# Levator scapulae: spillover over the back of the shoulder.
Z["levator-scapulae/levator-scapulae-tp1/s1"] = [blob(*at.second_rib.points((-43, -8), (-32, -15), (-20, -13),
                                                                            (-15, 1), (-20, 15), (-32, 20), (-42, 13),
                                                                            (-45, 2)))]
Z["levator-scapulae/levator-scapulae-tp2/s1"] = Z["levator-scapulae/levator-scapulae-tp1/s1"]
# Sternocleidomastoid, sternal TrP1: a strip down the upper sternum.
Z["sternocleidomastoid-sternal/sternocleidomastoid-sternal-tp1/e0"] = [
    band(*at.suprasternal_notch.points((2.5, 3.5, 2.8), (7, 12, 4.3), (12, 24, 4.8), (16.5, 37, 4.4),
                                       (19.5, 49, 3)), wobble=0.1)]
# Supraspinatus (T&S Fig. 21.1): deep in the mid-deltoid (solid), down the lateral arm (stippled).
MID_DELTOID = blob(*at.second_rib.points((0, -19), (12, -17), (20, -3), (23, 17), (20, 37), (11, 48), (2, 44),
                                         (-4, 25), (-6, 2)))
for tp in ("supraspinatus-tp1", "supraspinatus-tp2"):
    Z["supraspinatus/%s/e0" % tp] = [MID_DELTOID]
    Z["supraspinatus/%s/s0" % tp] = [band(*at.deltoid_tuberosity.points((4, -52, 4), (8, -32, 5), (13, -12, 5.3),
                                                                        (17, 6, 5), (19, 22, 3.5)))]
Z["supraspinatus/supraspinatus-tp3/e0"] = [blob(*at.second_rib.points((2, -15), (12, -14), (18, -3), (19, 13),
                                                                      (13, 25), (4, 23), (-2, 11), (-3, -4)))]

# ====================================================================== regions (lateral shapes)
# The click targets of the shoulder and arm, meeting along shared borders (smooth, not roughened).
C = "c"
REGIONS = {
    # ---- head: caps and patches that follow the skin and meet their neighbours
    "vertex": [blob(*at.vertex.points((-44, 14), (-26, 4), (0, 0), (25, 2.5), (46, 9.5), (56, 18), (40, 26), (20, 30),
                                      (-2, 31), (-23, 29), (-38, 24)), rough=False)],
    "forehead": [blob(*at.hairline.points((-4, -8), (7, -6), (17, 3.5), (25.5, 21.5), (30.5, 38), (32.5, 49.5),
                                          (20, 50), (8, 51.5), (2, 44), (-1, 29), (-4.5, 12),
                                          (-14, -1)), rough=False)],
    "temple": [blob(*at.temporal_fossa.points((-58, -10), (-46, -24), (-26, -32.5), (-2, -34.5), (18, -30), (29, -20),
                                              (34.5, -4), (36, 9), (32, 21), (22, 30), (6, 33.5), (-10, 32),
                                              (-21, 26), (-32, 18.5), (-44, 15), (-55, 13), (-60, 2)), rough=False)],
    "eyebrow": [blob(*at.supraorbital_ridge.points((-27, 1.5), (-17, -3), (-5, -4.5), (7.5, -5.2), (9.5, 1), (6, 7.5),
                                                   (-4, 7), (-14, 8.5), (-23, 11), (-28.5, 7)), rough=False)],
    "behind-the-eye": [blob(*at.eye.points((-13, -8), (-3, -11.5), (8, -10.5), (14, -5.5), (15, 1.5), (11, 8.5),
                                           (2, 12), (-8, 10.5), (-14, 5), (-15.5, -2)), rough=False)],
    "nose": [blob(*at.nose_base.points((-10, -55), (-7, -45), (-2.5, -36), (4, -26.5), (10.5, -18), (15, -10.5),
                                       (14.5, -4.5), (9, -2), (0, -1.5), (-8, -3), (-12, -13), (-13.5, -25),
                                       (-12.5, -38), (-12, -48)),
                  rough=False)],
    "cheek": [blob(*at.pterygoid_plate.points((-24, -18), (-10, -19), (6, -19.5), (22, -21.5), (35, -22.5), (37, -11),
                                              (38, 2), (35, 12.5), (22, 14.5), (6, 14), (-10, 13), (-22, 10),
                                              (-26, -4)), rough=False)],
    "tmj": [blob(*at.mandibular_condyle.points((-3, -7), (5, -8.5), (12.5, -6), (16, 1), (13, 8.5), (5, 11.5),
                                               (-2, 9), (-4.5, 2)), rough=False)],
    "ear": [blob(*at.ear_canal.points((-5, -27), (-13, -27), (-20, -23), (-23.5, -14), (-23.5, -1), (-21, 10),
                                      (-17, 20), (-13, 28), (-8, 34), (-2.5, 34), (0, 28), (0, 22), (2, 16.5),
                                      (5.5, 11), (7.5, 4), (6.5, -5), (4, -15), (0.5, -23)), rough=False)],
    "occiput": [blob(*at.occipital_bone.points((0, -24), (12, -26), (24, -21), (33, -9), (38, 6), (40.5, 21),
                                               (38, 34), (26, 39), (10, 38), (-2, 38.5), (-4.5, 26), (-6, 10),
                                               (-5.5, -8)), rough=False)],
    "base-of-skull": [blob(*at.superior_nuchal_line.points((-26, 2), (-12, 1), (2, 2), (13, 8), (19, 18), (15, 29),
                                                           (2, 32), (-12, 31), (-24, 31), (-26.5, 16)), rough=False)],
    "mastoid": [blob(*at.mastoid_process.points((-11, -15), (-2, -13), (4, -5), (6, 4), (1, 10), (-8, 10.5),
                                                (-15, 4.5), (-17, -6)), rough=False)],
    "jaw": [blob(*at.menton.points((-49, -46), (-35, -43), (-23, -35), (-11, -25.5), (3, -23.5), (11, -21), (12, -11),
                                   (7, -3.5), (-3, -1), (-17, -4.5), (-33, -10), (-46, -15.5),
                                   (-50, -28)), rough=False)],
    "angle-of-jaw": [blob(*at.gonion.points((-7, -15), (4, -17.5), (13.5, -12), (17, -1), (13, 9.5), (3, 13.5),
                                            (-5, 9), (-9, -3)), rough=False)],
    "upper-teeth": [blob(*at.mouth.points((-29, -7), (-24, -10.2), (-14, -11.2), (-4, -10.4), (1.5, -7.5), (0, -3.5),
                                          (-9, -1), (-20, -1), (-27.5, -3.5)), rough=False)],
    "lower-teeth": [blob(*at.mouth.points((-30, 6), (-25, 2), (-17, 1), (-9, 2), (-5, 6), (-8, 9.8), (-17, 11.4),
                                          (-26, 10.6)), rough=False)],
    "chin": [blob(*at.menton.points((3, -22), (13, -23), (17.5, -18), (19, -10), (17, -2.5), (10, 2), (-1, 4.5),
                                    (-8, 1), (-2, -4.5), (3, -13)), rough=False)],
    # ---- neck: the anterior triangle, the sternocleidomastoid band, the back of the neck
    "throat": [blob(*at.hyoid.points((25, -9.5), (11, -5.5), (6, 2), (8, 12), (5.5, 26), (1.5, 42), (-1.5, 57),
                                     (-2.5, 68), (-8.5, 67), (-6.5, 49), (-9.5, 32), (-14, 16), (-18, 2), (-14, -9),
                                     (-1, -15.5), (13, -14.5)), rough=False)],
    "side-of-neck": [blob(*at.c4_transverse_process.points((1, -49), (14, -47), (26, -38), (36, -22), (42, -6),
                                                           (41, 10), (45, 24), (49.5, 40), (52.5, 57), (50.5, 75),
                                                           (38, 72), (25, 67.5), (14, 61.5), (-1, 54.5), (-17, 49),
                                                           (-22, 34), (-23.5, 14), (-23.5, -8), (-21, -28),
                                                           (-15, -43)), rough=False)],
    "back-of-neck": [blob(*at.c2_spinous.points((-14, -25), (-2, -25), (12, -24), (19, -16), (21, -1), (15, 14),
                                                (12.5, 34), (12.5, 56), (14, 76), (17, 89.5), (0, 86), (-17, 85),
                                                (-27, 83), (-21, 69), (-14.5, 53), (-10.5, 36), (-10, 16),
                                                (-12.5, -6)), rough=False)],
    "top-of-shoulder": [blob(*at.acromion.points((-75, -14), (-62, -21), (-44, -20.5), (-27, -16.5), (-10, -11),
                                                 (6, -4.5), (8, 2), (0, 1.5), (-13, 2.5), (-28, 6.5), (-46, 11),
                                                 (-64, 9.5), (-76, 3)), rough=False)],
    "front-of-shoulder": [blob(*at.first_rib.points((-14, -16), (-1, -12.5), (13, -8), (24, 0), (30.5, 14), (32, 33),
                                                    (29, 51), (23, 62), (14, 61), (7, 47), (2, 29), (-2.5, 9),
                                                    (-8, -6)),
                               rough=False)],
    "lateral-arm": [blob(*at.deltoid_tuberosity.points((-21, -128.5), (-8, -129.5), (0, -129), (6, -119),
                                                       (11.5, -104), (16, -84), (21, -66), (28, -52), (23.5, -32),
                                                       (19, -4), (17.5, 26), (16, 86), (14, 146), (12, 190, C),
                                                       (-12, 190, C), (-10, 146), (-8, 86), (-6, 26), (-8.5, -4),
                                                       (-18, -24), (-28, -46), (-25.5, -74), (-21, -99),
                                                       (-22, -116)), rough=False)],
    "back-of-shoulder": [blob(*at.second_rib.points((-47, -5), (-38, -14), (-26, -21.5), (-11, -25.5), (-12, -13),
                                                    (-11, 4), (-15.5, 29), (-18, 57), (-28, 55), (-37, 37), (-44, 21),
                                                    (-46.5, 7)),
                              rough=False)],
    "front-of-upper-arm": [blob(*at.deltoid_tuberosity.points((28, -52), (37, -51), (43, -62), (46.5, -50),
                                                              (44.5, -28), (41.5, -4), (39.5, 26), (36.5, 86),
                                                              (32.5, 146), (28, 190, C), (12, 190, C), (14, 146),
                                                              (16, 86), (17.5, 26), (19, -4),
                                                              (23.5, -32)), rough=False)],
    "back-of-upper-arm": [blob(*at.deltoid_tuberosity.points((-56, -82), (-54, -82), (-47, -66), (-38, -48),
                                                             (-28, -46), (-18, -24), (-8.5, -4), (-6, 26), (-8, 86),
                                                             (-10, 146), (-12, 190, C), (-36, 190, C), (-38, 156),
                                                             (-43, 96), (-46.5, 26), (-50, -4), (-53.5, -34),
                                                             (-56.5, -60)), rough=False)],
    # the side of the chest as a side view with the arm hanging shows it: in front of the arm, from the
    # anterior axillary fold down over the serratus anterior's digitations (ribs 5-9) to the lower ribs
    "side-of-chest": [blob(*at.rib_5_anterior_axillary.points((-1, -7), (9, -1), (21, 9), (32, 20), (35, 33), (31, 51),
                                                              (27, 71), (24, 91), (22, 109), (11, 112), (0, 109),
                                                              (-2.5, 84), (-2, 54), (-1.5, 24), (-1.5, 4)),
                           rough=False)],
    "chest": [blob(*at.clavicle_medial.points((10, 1), (20, 12), (31, 26), (41, 48), (47, 78), (49.5, 112),
                                              (50.5, 144, C), (7.5, 144, C), (9.5, 114), (12.5, 90), (14.5, 68),
                                              (15.5, 40), (13, 19)), rough=False)],
}


# Outlines the muscle files name directly ("#name"), for muscles added since the shapes files.
NAMED = {}
# Teres major (T&S ch. 25): the back of the shoulder over the posterior deltoid, down the back of
# the arm over the long head of the triceps
NAMED["tmaj-posterior-deltoid"] = [blob(*at.second_rib.points((-42, 4), (-32, -5), (-20, -7), (-13, 2), (-13, 21),
                                                              (-17, 43), (-26, 51), (-35, 40), (-41, 22)))]
# Teres minor (T&S ch. 23): a bull's eye deep in the posterior deltoid region above the deltoid
# insertion; spillover a little way down the back of the arm
NAMED["tmin-bullseye"] = [blob(*at.second_rib.points((-30, 25), (-21, 21), (-14, 27), (-13, 39), (-18, 49), (-27, 50),
                                                     (-33, 41)))]
NAMED["tmin-back-of-arm"] = [band(*at.deltoid_tuberosity.points((-38, -48, 4), (-36, -34, 5), (-34, -20, 4.5),
                                                                (-33, -10, 3)))]
# Latissimus dorsi (T&S ch. 24), spillover: the back of the shoulder and down the back of the arm
NAMED["lat-back-of-shoulder"] = [blob(*at.second_rib.points((-38, 9), (-28, 3), (-18, 7), (-15, 19), (-20, 31),
                                                            (-31, 33), (-38, 23)))]
NAMED["lat-back-of-arm"] = [band(*at.deltoid_tuberosity.points((-44, -46, 4.5), (-43, -24, 5), (-42, -2, 5),
                                                               (-41, 18, 3.5)))]
# Pectoralis major (T&S ch. 42): see tools/zones/anterior.py; seen from the side, the front of the
# shoulder, the chest in front of the axilla and the inner arm
NAMED["pmaj-clav-deltoid"] = [blob(*at.first_rib.points((0, -9), (12, -7), (23, 1), (28, 15), (26, 31), (18, 41),
                                                        (8, 35), (2, 19), (-2, 3)))]
NAMED["pmaj-clav-local"] = [blob(*at.suprasternal_notch.points((6, 14), (14, 19), (20, 27), (17, 34), (9, 30),
                                                               (5, 22)))]
NAMED["pmaj-sternal-chest"] = [blob(*at.clavicle_medial.points((17, 36), (30, 38), (39, 52), (43, 72), (39, 94),
                                                               (28, 102), (19, 90), (15, 68), (14, 49)))]
NAMED["inner-arm"] = [band(*at.deltoid_tuberosity.points((34, -48, 4), (35, -24, 4.5), (34, 0, 4.5), (33, 18, 3)))]
NAMED["pmaj-sternum"] = [band(*at.suprasternal_notch.points((23, 32, 2.5), (29, 48, 3), (34, 70, 3),
                                                            (37.5, 94, 2.5)))]
NAMED["pmaj-breast"] = [blob(*at.deltoid_tuberosity.points((62, -24), (72, -27), (77, -16), (77, 0), (70, 8), (61, 2),
                                                           (58, -12)))]
# Triceps brachii (T&S ch. 32): the back of the arm and shoulder, up to the base of the neck
NAMED["tri-back-arm"] = [band(*at.deltoid_tuberosity.points((-33, -44, 4.5), (-31, -20, 5.5), (-28, 2, 5),
                                                            (-26, 20, 3)))]
NAMED["tri-back-shoulder"] = [blob(*at.second_rib.points((-39, 5), (-28, -1), (-17, 3), (-14, 16), (-19, 28),
                                                         (-30, 30), (-38, 20)))]
NAMED["tri-neck-base"] = [blob(*at.c7_spinous.points((12, 2), (24, -2), (34, 0), (34, 8), (22, 12), (12, 10)))]
# Biceps brachii (T&S ch. 30): the front of the shoulder, spillover over the biceps
NAMED["bic-front-shoulder"] = [blob(*at.clavicle_medial.points((-10, 0), (0, 4), (7, 16), (6, 32), (0, 42), (-8, 36),
                                                               (-13, 20)))]
NAMED["bic-belly"] = [band(*at.deltoid_tuberosity.points((32, -48, 4), (32, -24, 5), (31, 0, 5), (30, 20, 3.5)))]
# Subscapularis (T&S ch. 26): the back of the shoulder, down the back of the arm
NAMED["subsc-back-shoulder"] = [blob(*at.second_rib.points((-42, 1), (-30, -7), (-16, -3), (-12, 11), (-16, 29),
                                                           (-28, 37), (-38, 27)))]
NAMED["subsc-back-arm"] = [band(*at.deltoid_tuberosity.points((-38, -46, 4.5), (-36, -24, 5), (-33, 0, 5),
                                                              (-31, 21, 3)))]
# Coracobrachialis (T&S ch. 29): the front of the shoulder; spillover down the back of the arm
NAMED["cb-front-shoulder"] = [blob(*at.first_rib.points((2, -7), (14, -5), (23, 5), (25, 21), (20, 33), (10, 29),
                                                        (3, 15), (-1, 3)))]
NAMED["cb-back-arm"] = [band(*at.deltoid_tuberosity.points((-28, -44, 4), (-25, -22, 4.5), (-22, 0, 4.5),
                                                           (-20, 18, 3)))]
# Subclavius (T&S ch. 42) and sternalis (T&S ch. 44), seen from the side
NAMED["subcl-front-shoulder"] = [blob(*at.clavicle_medial.points((-14, 0), (-3, 2), (5, 12), (6, 26), (0, 36),
                                                                 (-9, 32), (-15, 18)))]
NAMED["subcl-front-arm"] = [band(*at.deltoid_tuberosity.points((36, -48, 4), (37, -24, 4.5), (36.5, 0, 4.5),
                                                               (36, 20, 3)))]
NAMED["subcl-below-clavicle"] = [blob(*at.suprasternal_notch.points((5, 9), (12, 13), (17, 21), (13, 27), (6, 23),
                                                                    (3, 16)))]
NAMED["stern-sternum"] = [band(*at.suprasternal_notch.points((19, 26, 2.5), (26, 44, 3), (31.5, 68, 3),
                                                             (35, 90, 2.5)))]
NAMED["stern-upper-chest"] = [blob(*at.suprasternal_notch.points((8, 20), (17, 26), (23, 36), (19, 46), (10, 42),
                                                                 (6, 31)))]
NAMED["stern-front-shoulder"] = [blob(*at.clavicle_medial.points((-12, 4), (-2, 6), (4, 16), (2, 28), (-6, 32),
                                                                 (-13, 22)))]
NAMED["tmaj-long-head"] = [band(*at.deltoid_tuberosity.points((-42, -48, 5), (-40, -29, 6), (-37, -9, 6), (-34, 8, 5),
                                                              (-32, 20, 3)))]

# Longus colli (Minerbi et al. 2017): local, deep in the front and side of the neck; spillover deep in
# the ear and beside the outer corner of the eye
NAMED["lc-neck"] = [blob(*at.hyoid.points((-19, 6), (-9, 2), (0, 10), (2, 26), (-1, 42), (-11, 44), (-19, 34),
                                          (-22, 20)))]
NAMED["lc-ear"] = [blob(*at.ear_canal.points((-7, -8), (1, -10), (6, -3), (5, 7), (-1, 12), (-8, 8), (-10, 0)))]
NAMED["lc-temple"] = [blob(*at.zygomatic_arch.points((6, -26), (14, -30), (21, -27), (22, -19), (16, -13), (8, -14),
                                                     (3, -20)))]
# Serratus posterior superior (T&S ch. 45): the back of the shoulder; spillover down the back of the arm
# and, sometimes, a patch on the front of the chest
NAMED["sps-back-shoulder"] = [blob(*at.second_rib.points((-38, 6), (-27, 0), (-17, 4), (-14, 17), (-19, 29),
                                                         (-30, 31), (-37, 21)))]
NAMED["sps-back-arm"] = [band(*at.deltoid_tuberosity.points((-34, -44, 4.5), (-31.5, -20, 5.5), (-28.5, 2, 5),
                                                            (-26.5, 20, 3)))]
NAMED["sps-chest"] = [blob(*at.suprasternal_notch.points((11, 26), (19, 28), (25, 38), (21, 49), (13, 47), (9, 37)))]
# Serratus anterior (T&S ch. 46, Fig. 46.1): the side of the chest at the level of the 5th-7th ribs, round
# the trigger point and forwards towards the nipple; seen from the side it lies in front of the hanging arm,
# which covers its back part (the spillover down the inner arm: "inner-arm"; the ulnar forearm and hand
# below the elbow: "ulnar-elbow-forearm")
NAMED["serr-side-of-chest"] = [blob(*at.rib_5_anterior_axillary.points((-1, 8), (8, 5), (19, 10), (29, 18), (33, 30),
                                                                       (30, 44), (22, 56), (11, 60), (2, 56),
                                                                       (-1.5, 42), (-2, 24)))]
# Brachialis (T&S ch. 31): the lower front of the arm to the elbow crease and the front of the shoulder
# (spillover)
NAMED["brach-front-arm"] = [band(*at.deltoid_tuberosity.points((27, -26, 4), (25, 6, 5), (23, 56, 5), (21, 116, 5),
                                                               (19, 166, 3.5)))]
NAMED["brach-front-shoulder"] = [blob(*at.clavicle_medial.points((-8, 6), (1, 10), (6, 22), (2, 34), (-6, 32),
                                                                 (-11, 19)))]


# ====================================================================== writing and checking
KINDS = {"e": "essential", "s": "spillover"}


def muscle_files():
    d = os.path.join(ROOT, "atlas-data", "muscles")
    return [os.path.join(d, f) for f in sorted(os.listdir(d)) if f.endswith(".json")]


def load(path):
    with open(path, encoding="utf-8") as f:
        return json.load(f)


# ---- below the elbow. The lateral figure's forearm and hand are tools/figures/arm.py moved under the
# shoulder (fig.ARM_DX): the back view's regions and zone outlines, moved the same way, lie on them. From
# the side the medial epicondyle faces the body, so the elbow is the point of the elbow (behind) and the
# outer elbow; the front of the forearm and the palm face the thigh.
sys.path.insert(0, os.path.join(ROOT, "tools", "figures"))
import arm  # noqa: E402
from atlasgen.paths import transform_path  # noqa: E402


def _moved(d):
    return transform_path(d, lambda p: (p[0] + fig.ARM_DX, p[1]))


def _polygon(points):
    return "M" + " L".join(fig.pt((x + fig.ARM_DX, y)) for (x, y) in points) + " Z"


_below = arm.regions_below_elbow(front=False)
_t = 0.45          # across the elbow from its back (olecranon) to its front
_back_x = arm.across(_t, arm.ELBOW_TOP)[0]
for _rid in ("back-of-forearm", "wrist", "back-of-hand", "thumb-index-finger", "ring-little-finger"):
    REGIONS[_rid] = [" ".join(_polygon(poly) for poly in _below[_rid])]
_inner, _outer = arm.INNER_FULL, arm.OUTER_FULL
_elbow_back = [(x, y) for (x, y) in arm._cut(_inner, arm.ELBOW_TOP, arm.ELBOW_LOW)]
_elbow_front = [(x, y) for (x, y) in arm._cut(_outer, arm.ELBOW_TOP, arm.ELBOW_LOW)]
REGIONS["back-of-elbow"] = [_polygon([(_back_x, arm.ELBOW_TOP)] + _elbow_back + [(arm.across(_t, arm.ELBOW_LOW)[0],
                                                                                   arm.ELBOW_LOW)])]
REGIONS["outer-elbow"] = [_polygon([(_back_x, arm.ELBOW_TOP)] + _elbow_front + [(arm.across(_t, arm.ELBOW_LOW)[0],
                                                                                   arm.ELBOW_LOW)])]
LOWER_ARM_REGIONS = set(_below) - {"inner-elbow"}

_spec = importlib.util.spec_from_file_location("posterior_zones", os.path.join(ROOT, "tools", "zones", "posterior.py"))
_post = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_post)
# the back view's outlines below the elbow, by the names the muscle files give them
LOWER_ARM_OUTLINES = ["lateral-epicondyle", "ss-epicondyle", "sca-elbow", "inf-elbow", "dorsal-forearm", "cb-hand",
                      "ulnar-hand-fingers", "lat-ulnar-forearm", "ulnar-elbow-forearm", "pm-elbow", "radial-forearm",
                      "subcl-radial-hand", "tri-olecranon", "tri-ulnar-forearm", "tmaj-dorsal-forearm", "subsc-wrist",
                      "brach-thumb", "sps-elbow-ulnar"]
for _n in LOWER_ARM_OUTLINES:
    NAMED[_n] = [_moved(_post.Z[_n])]


def zones():
    """(muscle id, tp id, key, zone dict) for every zone of every muscle file."""
    for path in muscle_files():
        data = load(path)
        for m in data["muscles"]:
            for tp in m["triggerPoints"]:
                for k, kind in KINDS.items():
                    for i, z in enumerate(tp["referral"].get(kind, [])):
                        yield path, data, m, tp, "%s/%s/%s%d" % (m["id"], tp["id"], k, i), z


def named_outlines():
    """Zone key "muscle/tp/e0" -> outline name "tp-e0"; regions "region-<id>"."""
    names = {key: key.split("/", 1)[1].replace("/", "-") for key in Z}
    named = {names[key]: [fig.round_path(d) for d in paths] for key, paths in Z.items()}
    named.update({"region-" + k: [fig.round_path(d) for d in paths] for k, paths in REGIONS.items()})
    named.update({k: [fig.round_path(d) for d in paths] for k, paths in NAMED.items()})
    return names, named


def write(argv, problems):
    names, named = named_outlines()
    if "--migrate" in argv:
        refs = {}
        for key, n in names.items():
            _, tp, zk = key.split("/")
            refs[(tp, KINDS[zk[0]], int(zk[1:]))] = [n]
        migrate(VIEW, refs, {k: ["region-" + k] for k in REGIONS})
    write_shapes(VIEW, named, problems, rebase="--rebase" in argv)


def raster(ds, step=1.0):
    polys = []
    for d in ds:
        polys.extend(flatten(d))
    cells = set()
    xs = [p[0] for pl in polys for p in pl]
    ys = [p[1] for pl in polys for p in pl]
    x = math.floor(min(xs))
    while x <= max(xs):
        y = math.floor(min(ys))
        while y <= max(ys):
            if contains(polys, (x, y)):
                cells.add((x, y))
            y += step
        x += step
    return cells


def check(problems):
    rd = load(os.path.join(ROOT, "atlas-data", "regions.json"))
    regions = {r["id"]: raster(resolve(VIEW, r["shapes"][VIEW])) for r in rd["regions"] if VIEW in r["shapes"]}
    view = load(os.path.join(ROOT, "atlas-data", "views", VIEW + ".json"))
    body = [flatten(a["path"]) for a in view["art"] if a["id"] in ("skin", "arm", "ear")]

    def on_body(c):
        return any(contains(b, c) for b in body)
    x0, y0, w, h = view["viewBox"]
    for path, data, m, tp, key, z in zones():
        if VIEW not in z["shapes"] and any(r in regions for r in z["regions"]):
            problems.add("%s %s NOT DRAWN, though a region it names is" % (key, z["regions"]))
        for d in resolve(VIEW, z["shapes"].get(VIEW, [])):
            cells = raster([d])
            named = [r for r in z["regions"] if r in regions]
            share = {r: len(cells & regions[r]) / max(1, len(cells)) for r in named}
            off = sum(1 for c in cells if not on_body(c)) / max(1, len(cells))
            out = [c for c in cells if not (x0 <= c[0] <= x0 + w and y0 <= c[1] <= y0 + h)]
            msg = []
            if not any(share.values()):
                msg.append("OUTSIDE ITS REGIONS")
            if off > 0.02:
                msg.append("%.0f%% off the body" % (off * 100))
            if out:
                msg.append("outside the view box")
            report = "%s %s %s %s" % (key, z["regions"], " ".join("%s %.0f%%" % (r, s * 100)
                                                                 for r, s in share.items()), "; ".join(msg))
            if msg:
                problems.add(report)
            elif "-v" in sys.argv:
                print(report)


if __name__ == "__main__":
    problems = Problems("zones/lateral")
    if "--check" not in sys.argv:
        write(sys.argv[1:], problems)
    check(problems)
    problems.exit()

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
at = anchors(VIEW)     # at.acromion.points((dx, dy), ...): points placed on a landmark, for new outlines, as in the figures

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
EYEBROW = band((471, 125.5, 3), (480, 122, 4), (490, 119.5, 4.3), (499, 119, 3.8), (504, 120.5, 2.2))
# Deep in / behind the eye: a spot over the orbit.
BEHIND_EYE = blob((479, 134.5), (486, 132), (494, 134), (497.5, 140.5), (494, 147.5), (486, 150), (479, 147.5), (476, 141))
# The occiput behind the ear, over the occipital bone above the nuchal line.
OCCIPUT_LOW = blob((337, 120), (347, 116), (358, 121), (364, 132), (362, 145), (352, 152), (340, 150), (335, 137))
MASTOID = blob((380, 178), (389, 176.5), (396, 181), (398.5, 190), (395, 197.5), (386, 199), (378, 194), (376, 185))
TMJ = blob((420, 147.5), (428, 146.5), (435, 150), (437, 157), (433, 164), (425, 165.5), (419, 162), (417.5, 154))
# Over the maxilla, below the zygoma and the eye (the "cheek" of the masseter, pterygoid patterns).
MAXILLA = blob((456, 158), (466, 156), (478, 158), (488, 162), (493, 170), (490, 178), (480, 181), (468, 180),
               (458, 176), (453, 167))
# Upper teeth seen from the side: incisors at the front (x 492-501), canine and premolars, molars.
UPPER_INCISORS = blob((489, 193.5), (495, 192.5), (500.5, 194), (502, 197.5), (499, 201), (492, 201.5), (488, 199), (487.5, 196))
UPPER_PREMOLARS = blob((478, 193), (485, 192), (491, 193.5), (492.5, 197), (490, 201), (483, 201.8), (477.5, 200), (476.5, 196))
UPPER_MOLARS = blob((467, 193.5), (474, 192), (482, 192.5), (486.5, 196.5), (484, 201), (475, 202), (468, 200.5), (465.5, 197))
LOWER_MOLARS = blob((466, 206), (473, 204.5), (481, 204.8), (485.5, 208.5), (483, 213), (474, 214.2), (467, 213), (464.5, 209.5))
FOREHEAD = blob((484, 76), (492, 79), (499, 89), (503.5, 101), (503, 113), (496, 117), (487, 115), (481, 106),
                (479, 94), (480, 83))
VERTEX = blob((388, 47), (400, 41.5), (414, 40), (428, 41.5), (442, 46), (440, 55), (428, 59), (412, 60), (396, 58), (387, 54))

# ---------------------------------------------------------------- temporalis (T&S Fig. 9.1)
# Four trigger points just above the zygomatic arch, each with finger-like rays up over the temple:
# TrP1 (anterior) forward and up toward the brow, with the eyebrow and the upper incisors;
# TrP2 straight up, with the canine and premolars; TrP3 up and back, with the molars; TrP4
# (posterior, above the ear) back and up over the side of the head.
Z["temporalis/temporalis-tp1/e0"] = [fingers((466, 130), 6, [(480, 101, 3.6), (471, 94, 3.8), (459, 97, 3.4)])]
Z["temporalis/temporalis-tp1/e1"] = [EYEBROW]
Z["temporalis/temporalis-tp1/e2"] = [UPPER_INCISORS]
Z["temporalis/temporalis-tp1/s0"] = [BEHIND_EYE]
Z["temporalis/temporalis-tp2/e0"] = [fingers((451, 124), 6.5, [(464, 93, 3.8), (452, 86, 4.2), (438, 89, 3.8)])]
Z["temporalis/temporalis-tp2/e1"] = [UPPER_PREMOLARS]
Z["temporalis/temporalis-tp3/e0"] = [fingers((427, 124), 7, [(442, 88, 4), (427, 82, 4.4), (411, 87, 4), (400, 98, 3.5)])]
Z["temporalis/temporalis-tp3/e1"] = [UPPER_MOLARS]
Z["temporalis/temporalis-tp3/s0"] = [TMJ]
Z["temporalis/temporalis-tp4/e0"] = [fingers((404, 114), 6.5, [(410, 84, 4), (394, 84, 4), (381, 93, 4), (374, 107, 3.5)])]
Z["temporalis/temporalis-tp4/s0"] = [blob((352, 104), (362, 99), (372, 102), (374, 112), (369, 124), (360, 133),
                                          (350, 136), (343, 129), (344, 115))]

# ---------------------------------------------------------------- masseter (T&S Fig. 8.1)
# Superficial TrP1 (upper, anterior border): upper premolars and molars and the maxilla.
Z["masseter-superficial/masseter-superficial-tp1/e0"] = [blob((466, 193), (476, 191.5), (487, 192.5), (492, 196.5),
                                                              (488, 201.5), (476, 202.3), (466, 200.5), (463.5, 196.5))]
Z["masseter-superficial/masseter-superficial-tp1/e1"] = [MAXILLA]
# TrP2 (mid-belly): lower molars and the body of the mandible.
Z["masseter-superficial/masseter-superficial-tp2/e0"] = [LOWER_MOLARS]
Z["masseter-superficial/masseter-superficial-tp2/e1"] = [blob((439, 207), (452, 210), (466, 214.5), (479, 218),
                                                              (487, 224), (484, 231), (470, 231.5), (455, 228),
                                                              (443, 222.5), (436, 215))]
# TrP3 (lower, near the angle): along the angle and lower border of the mandible, and an arc over
# the temple (stippled) to the eyebrow (solid).
Z["masseter-superficial/masseter-superficial-tp3/e0"] = [band((419.5, 196, 3.5), (419.5, 207, 4.5), (424, 217, 5),
                                                              (434, 224, 5), (448, 229.5, 4.6), (462, 234, 4),
                                                              (474, 237, 3))]
Z["masseter-superficial/masseter-superficial-tp3/e1"] = [EYEBROW]
Z["masseter-superficial/masseter-superficial-tp3/s0"] = [band((476, 116, 3), (466, 109, 4.5), (453, 105, 5),
                                                              (439, 106, 4.8), (428, 112, 4), (421, 120, 2.8))]
# Deep masseter: deep in the ear (solid), over the TMJ (stippled).
Z["masseter-deep/masseter-deep-tp1/e0"] = [blob((405, 138), (412, 137), (417, 144), (418, 154), (415, 164),
                                                (409, 170), (402, 168), (398, 159), (399, 146))]
Z["masseter-deep/masseter-deep-tp1/s0"] = [blob((419, 144), (428, 143), (437, 148), (440, 157), (436, 166),
                                                (427, 169), (419, 166), (416.5, 155))]

# ---------------------------------------------------------------- pterygoids (T&S Figs. 10.1, 11.1)
# Lateral pterygoid: deep in the TMJ and over the maxilla (maxillary sinus); one pattern for both.
LP_TMJ = blob((419, 145.5), (428, 144), (436, 148), (439, 157), (435, 166), (426, 169), (418.5, 164), (416.5, 154))
LP_MAXILLA = blob((457, 157), (468, 155), (480, 157), (489, 162), (492, 171), (487, 178), (476, 180), (464, 177),
                  (456, 170), (453.5, 163))
for tp in ("lateral-pterygoid-tp1", "lateral-pterygoid-tp2"):
    Z["lateral-pterygoid/%s/e0" % tp] = [LP_TMJ]
    Z["lateral-pterygoid/%s/e1" % tp] = [LP_MAXILLA]
# Medial pterygoid: below and behind the TMJ, deep in the ear, and the throat (pharynx) below the
# angle of the jaw.
Z["medial-pterygoid/medial-pterygoid-tp1/e0"] = [blob((426, 226), (436, 230), (446, 238), (453, 247), (452, 256),
                                                      (444, 259), (435, 254), (428, 245), (423, 235))]
Z["medial-pterygoid/medial-pterygoid-tp1/e1"] = [blob((420, 147), (429, 148), (433, 156), (430, 166), (425, 176),
                                                      (419, 182), (414, 176), (414, 163), (416, 152))]
Z["medial-pterygoid/medial-pterygoid-tp1/e2"] = [blob((406, 144), (413, 144), (417, 152), (416, 162), (412, 170),
                                                      (405, 170), (402, 162), (402, 151))]

# ---------------------------------------------------------------- sternocleidomastoid (T&S Fig. 7.1)
# The front of the neck just below the jaw, down to the suprasternal notch (the throat).
THROAT = band((450, 259, 3), (449, 270, 3.8), (446, 285, 4), (442.5, 300, 3.8), (440.5, 313, 3.3), (439.5, 320, 2.3))
Z["sternocleidomastoid-sternal/sternocleidomastoid-sternal-tp1/s0"] = [
    band((448, 282, 2.8), (445.5, 295, 3.5), (443, 308, 3.8), (441, 319, 3))]
# TrP2 (mid-sternal division): a crescent across the cheek, the eyebrow, deep in the orbit (solid);
# temple, forehead, throat and chin (stippled).
Z["sternocleidomastoid-sternal/sternocleidomastoid-sternal-tp2/e0"] = [
    band((455, 166, 3.5), (464, 170.5, 5), (474, 172, 5.5), (484, 170, 5), (492, 165, 3.8), (496, 158, 2.5))]
Z["sternocleidomastoid-sternal/sternocleidomastoid-sternal-tp2/e1"] = [EYEBROW]
Z["sternocleidomastoid-sternal/sternocleidomastoid-sternal-tp2/e2"] = [BEHIND_EYE]
Z["sternocleidomastoid-sternal/sternocleidomastoid-sternal-tp2/s0"] = [
    blob((458, 112), (466, 110), (472, 116), (471, 126), (465, 132), (457, 130), (453, 121))]
Z["sternocleidomastoid-sternal/sternocleidomastoid-sternal-tp2/s1"] = [
    blob((487, 92), (495, 91), (501, 98), (502.5, 108), (498, 115), (489, 114), (484, 105), (484, 97))]
Z["sternocleidomastoid-sternal/sternocleidomastoid-sternal-tp2/s2"] = [THROAT]
Z["sternocleidomastoid-sternal/sternocleidomastoid-sternal-tp2/s3"] = [
    blob((482, 226), (492, 224), (500, 228), (502, 235), (496, 241.5), (485, 243), (478, 238), (478, 231))]
# TrP3 (upper sternal division): the occipital ridge behind the ear and the vertex (solid), the
# mastoid (stippled).
Z["sternocleidomastoid-sternal/sternocleidomastoid-sternal-tp3/e0"] = [OCCIPUT_LOW]
Z["sternocleidomastoid-sternal/sternocleidomastoid-sternal-tp3/e1"] = [VERTEX]
Z["sternocleidomastoid-sternal/sternocleidomastoid-sternal-tp3/s0"] = [MASTOID]
# Clavicular division: TrP1 frontal headache (forehead); TrP2 deep in the ear and behind it
# (solid), the cheek and molars (stippled).
Z["sternocleidomastoid-clavicular/sternocleidomastoid-clavicular-tp1/e0"] = [FOREHEAD]
Z["sternocleidomastoid-clavicular/sternocleidomastoid-clavicular-tp2/e0"] = [
    blob((404, 140), (411, 139), (416, 146), (416.5, 156), (413, 166), (406, 170), (400.5, 164), (399.5, 151))]
Z["sternocleidomastoid-clavicular/sternocleidomastoid-clavicular-tp2/e1"] = [
    blob((379, 136), (385, 140), (388, 152), (391, 166), (396, 180), (398, 192), (392, 198), (382, 195),
         (376, 184), (374, 166), (374, 149))]
Z["sternocleidomastoid-clavicular/sternocleidomastoid-clavicular-tp2/s0"] = [
    blob((451, 162), (460, 160), (467, 165), (467, 175), (461, 182), (452, 180), (448, 171))]
Z["sternocleidomastoid-clavicular/sternocleidomastoid-clavicular-tp2/s1"] = [UPPER_MOLARS]

# ---------------------------------------------------------------- upper trapezius (T&S Fig. 6.1)
# TrP1: the question mark up the posterolateral neck, behind the ear and over it to the temple
# (solid); the angle of the jaw, the orbit, the occiput, lower molars, shoulder (stippled).
Z["upper-trapezius/upper-trapezius-tp1/e0"] = [band(
    (364, 272, 4), (361, 256, 5.5), (361, 238, 6), (364, 220, 6.3), (370, 203, 6.3), (376, 187, 6),
    (379.5, 170, 5.8), (380.5, 152, 5.6), (383, 135, 5.5), (391, 121, 5.5), (404, 112, 5.3), (420, 108, 5),
    (436, 109, 4.6), (449, 114, 3.8), (458, 120, 2.8), wobble=0.08)]
Z["upper-trapezius/upper-trapezius-tp1/s0"] = [BEHIND_EYE]
Z["upper-trapezius/upper-trapezius-tp1/s1"] = [blob((420, 199), (428, 203), (433, 212), (432, 222), (424, 226),
                                                    (417, 220), (415, 209))]
Z["upper-trapezius/upper-trapezius-tp1/s2"] = [blob((347, 126), (356, 124), (364, 131), (364, 143), (357, 151),
                                                    (347, 151), (341, 142), (341, 132))]
Z["upper-trapezius/upper-trapezius-tp1/s3"] = [LOWER_MOLARS]
Z["upper-trapezius/upper-trapezius-tp1/s4"] = [blob((343, 289), (352, 286), (362, 290), (366, 298), (360, 304),
                                                    (348, 305), (338, 301), (337, 294))]
# TrP2: up the posterolateral neck to the base of the skull and the occiput behind the ear
# (solid); the mastoid and the shoulder (stippled).
Z["upper-trapezius/upper-trapezius-tp2/e0"] = [band(
    (351, 262, 3.5), (348, 244, 4.8), (347, 226, 5.3), (347.5, 208, 5.8), (349.5, 190, 6.3), (352, 174, 6.5),
    (354, 162, 5.5), wobble=0.1)]
Z["upper-trapezius/upper-trapezius-tp2/e1"] = [blob((343, 130), (353, 128), (362, 134), (365, 146), (360, 156),
                                                    (349, 157), (340, 151), (338, 140))]
Z["upper-trapezius/upper-trapezius-tp2/s0"] = [MASTOID]
Z["upper-trapezius/upper-trapezius-tp2/s1"] = [blob((365, 297), (378, 296), (392, 302), (398, 310), (390, 315),
                                                    (375, 313), (363, 306))]

# ---------------------------------------------------------------- splenii (T&S Figs. 15.1, 15.2)
Z["splenius-capitis/splenius-capitis-tp1/e0"] = [VERTEX]
# Splenius cervicis upper TrP: through the head to behind the eye (solid), a shaft over the temple
# (solid), the occiput (stippled).
Z["splenius-cervicis/splenius-cervicis-tp1/e0"] = [BEHIND_EYE]
Z["splenius-cervicis/splenius-cervicis-tp1/e1"] = [band(
    (392, 126, 3.5), (405, 123, 4.8), (420, 122, 5.5), (436, 123, 5.8), (451, 126, 5.5), (463, 131, 4.5),
    (472, 136, 3.2), wobble=0.1)]
Z["splenius-cervicis/splenius-cervicis-tp1/s0"] = [blob((339, 110), (350, 108), (360, 114), (363, 126), (359, 138),
                                                        (348, 142), (338, 137), (335, 123))]
# Lower TrP: the angle of the neck (solid).
Z["splenius-cervicis/splenius-cervicis-tp2/e0"] = [blob((336, 286), (348, 283), (361, 287), (372, 295), (372, 304),
                                                        (358, 307), (343, 305), (331, 300), (330, 292))]
Z["splenius-cervicis/splenius-cervicis-tp2/e1"] = [band((338, 282, 4), (343, 266, 5.5), (347, 250, 5.5),
                                                        (350, 236, 4))]

# ---------------------------------------------------------------- suboccipitals (T&S Fig. 17.1)
# A band from the occiput forward over the side of the head, above the ear, to the eye (solid);
# the forehead (stippled).
SUBOCC_BAND = band(
    (342, 150, 5), (350, 141, 7.5), (362, 133, 8.5), (377, 126, 8.5), (393, 120, 8), (410, 117, 7.5),
    (428, 117, 7), (446, 120, 6.5), (462, 126, 6), (475, 133, 5.5), (485, 139, 4.5), wobble=0.08)
SUBOCC_FOREHEAD = blob((484, 93), (493, 89), (500, 95), (503, 106), (500, 115), (491, 117), (484, 111), (482, 101))
for m in ("rectus-capitis-posterior-major", "rectus-capitis-posterior-minor", "obliquus-capitis-inferior",
          "obliquus-capitis-superior"):
    Z["%s/%s-tp1/e0" % (m, m)] = [SUBOCC_BAND]
    Z["%s/%s-tp1/s0" % (m, m)] = [SUBOCC_FOREHEAD]

# ---------------------------------------------------------------- semispinalis, multifidi (T&S 16.1)
# Semispinalis capitis TrP2: the occiput (solid), the base of the skull (stippled).
Z["semispinalis-capitis/semispinalis-capitis-tp2/e0"] = [blob((338, 118), (349, 114), (360, 120), (365, 132),
                                                              (363, 145), (353, 152), (341, 150), (335, 137))]
Z["semispinalis-capitis/semispinalis-capitis-tp2/s0"] = [blob((340, 154), (353, 152), (366, 157), (374, 165),
                                                              (372, 175), (358, 178), (344, 177), (338, 167))]
# TrP3: a band round the head at temple level, strongest at the temple, forward over the forehead
# (solid); the eyebrow and the occiput (stippled).
Z["semispinalis-capitis/semispinalis-capitis-tp3/e0"] = [band(
    (334, 117, 4.5), (344, 110, 7.5), (361, 104, 9), (382, 100, 10), (405, 99, 11), (429, 100, 11.5),
    (451, 103, 10.5), (471, 107, 8.5), (488, 110, 6.5), (500.5, 112, 3.8), wobble=0.1)]
Z["semispinalis-capitis/semispinalis-capitis-tp3/s0"] = [EYEBROW]
Z["semispinalis-capitis/semispinalis-capitis-tp3/s1"] = [blob((336, 124), (345, 121), (354, 127), (356, 139),
                                                              (350, 149), (340, 149), (334.5, 137))]
# Semispinalis cervicis and the multifidi: the suboccipital region (solid) and down the back of the
# neck (solid).
SUBOCCIPITAL = blob((341, 153), (354, 151), (367, 156), (375, 165), (372, 175), (358, 179), (344, 178), (339, 166))
Z["semispinalis-cervicis/semispinalis-cervicis-tp1/e0"] = [SUBOCCIPITAL]
Z["semispinalis-cervicis/semispinalis-cervicis-tp1/e1"] = [band((350, 182, 6), (349, 200, 6.5), (349, 218, 6),
                                                                (349, 236, 5), (348, 250, 3.5))]
Z["cervical-multifidi/cervical-multifidi-tp1/e0"] = [SUBOCCIPITAL]
Z["cervical-multifidi/cervical-multifidi-tp1/e1"] = [band((350, 182, 5.5), (349, 205, 6), (349, 228, 6),
                                                          (347, 250, 6), (342, 272, 5.5), (335, 292, 4))]

# ---------------------------------------------------------------- occipitalis, frontalis (T&S 14)
Z["occipitalis/occipitalis-tp1/e0"] = [blob((338, 94), (347, 90), (357, 95), (363, 108), (364, 124), (359, 138),
                                            (349, 145), (339, 142), (334.5, 128), (333.5, 110))]
Z["occipitalis/occipitalis-tp1/e1"] = [BEHIND_EYE]
Z["occipitalis/occipitalis-tp1/s0"] = [EYEBROW]
Z["frontalis/frontalis-tp1/e0"] = [blob((481, 70), (489, 72), (495.5, 81), (500, 94), (502.5, 107), (502, 115),
                                        (495, 118), (486, 116), (481, 106), (478.5, 92), (478.5, 79))]

# ---------------------------------------------------------------- facial muscles (T&S Ch. 13)
# Orbicularis oculi: above the eye and down along the nose.
Z["orbicularis-oculi/orbicularis-oculi-tp1/e0"] = [band(
    (483, 127, 3), (492.5, 126, 4), (498, 132, 3.8), (499.5, 143, 3.8), (503.5, 154, 3.8), (509, 164, 3.4),
    (514.5, 171, 2.4), wobble=0.08)]
# Zygomaticus major: an arc from the cheek along the side of the nose (solid) up over the bridge to
# the middle of the forehead (solid).
Z["zygomaticus-major/zygomaticus-major-tp1/e0"] = [band(
    (478, 169, 3), (488, 167, 4), (494, 160, 4.2), (497, 150, 4.2), (498.5, 139, 3.8), (500, 131, 2.8),
    wobble=0.08)]
Z["zygomaticus-major/zygomaticus-major-tp1/e1"] = [band(
    (502.5, 126, 2.8), (502, 116, 3.8), (500, 104, 4.3), (496, 92, 4), (491, 83, 3), wobble=0.08)]
# Buccinator: the cheek over the muscle (solid), the upper gum (stippled).
Z["buccinator/buccinator-tp1/e0"] = [blob((466, 183), (476, 181), (487, 184), (493, 191), (492, 200), (485, 207),
                                          (473, 208), (464, 204), (460, 194))]
Z["buccinator/buccinator-tp1/s0"] = [blob((471, 192), (482, 190.5), (494, 191.5), (501, 195), (498, 201),
                                          (486, 202.5), (473, 201.5), (467.5, 197))]
# Platysma: prickling over the mandible (solid) and the lower cheek (solid), the chin (stippled).
Z["platysma/platysma-tp1/e0"] = [band((432, 224, 4), (446, 231, 6), (461, 236, 6.5), (476, 239, 5.5), (488, 238, 3.5))]
Z["platysma/platysma-tp1/e1"] = [blob((452, 190), (463, 186), (474, 189), (480, 198), (476, 208), (465, 212),
                                      (455, 208), (450, 199))]
Z["platysma/platysma-tp1/s0"] = [blob((486, 226), (495, 225), (502, 230), (502, 237), (495, 242), (487, 242),
                                      (482, 236))]

# ---------------------------------------------------------------- digastric (T&S Fig. 12.1)
# Posterior belly: the upper sternocleidomastoid region and the mastoid (solid); the throat below
# the chin and the occiput (stippled).
Z["digastric-posterior/digastric-posterior-tp1/e0"] = [band((392, 200, 5), (398, 212, 6.5), (404, 226, 7),
                                                            (409, 240, 6), (412, 252, 4))]
Z["digastric-posterior/digastric-posterior-tp1/e1"] = [MASTOID]
Z["digastric-posterior/digastric-posterior-tp1/s0"] = [blob((440, 246), (449, 245.5), (454, 252), (452, 262),
                                                            (445, 266), (437.5, 261), (436, 252))]
Z["digastric-posterior/digastric-posterior-tp1/s1"] = [blob((344, 132), (353, 130), (361, 136), (362, 146),
                                                            (355, 153), (345, 152), (339, 144), (340, 136))]
# Anterior belly: the lower incisors and the alveolar ridge below them (solid); the chin (stippled).
Z["digastric-anterior/digastric-anterior-tp1/e0"] = [blob((486, 204.5), (494, 204), (500.5, 207), (501, 214),
                                                          (498, 221), (491, 222), (486, 216), (484.5, 209))]
Z["digastric-anterior/digastric-anterior-tp1/s0"] = [blob((481, 227), (491, 224), (500, 228), (502.5, 236),
                                                          (496, 242), (485, 243), (478.5, 236))]

# ---------------------------------------------------------------- neck and shoulder
# Levator scapulae: the angle of the neck (solid).
LEVATOR = blob((340, 276), (352, 276), (364, 283), (376, 292), (385, 302), (380, 311), (364, 311), (347, 307),
               (334, 300), (333, 288))
Z["levator-scapulae/levator-scapulae-tp1/e0"] = [LEVATOR]
Z["levator-scapulae/levator-scapulae-tp2/e0"] = [LEVATOR]
# Infraspinatus: spillover in the posterolateral neck.
Z["infraspinatus/infraspinatus-tp1/s3"] = [band((352, 186, 4), (351, 204, 5.5), (351, 222, 6), (351, 240, 5),
                                                (350, 254, 3.5))]
# Lower trapezius TrP3: the high posterior neck, the mastoid, the acromion (solid).
Z["lower-trapezius/lower-trapezius-tp3/e0"] = [band((348, 180, 4.5), (346, 198, 6), (347, 216, 6), (348, 234, 5),
                                                    (348, 248, 3.5))]
Z["lower-trapezius/lower-trapezius-tp3/e1"] = [MASTOID]
ACROMION = blob((384, 305), (394, 303), (404, 306), (410, 313), (405, 320), (394, 321), (385, 316))
Z["lower-trapezius/lower-trapezius-tp3/e2"] = [ACROMION]
Z["middle-trapezius/middle-trapezius-tp6/e0"] = [ACROMION]
# Supraspinatus: over the top of the shoulder.
SUPRASPINATUS = blob((366, 302), (380, 299), (395, 302), (408, 308), (413, 316), (404, 322), (388, 322),
                     (372, 318), (363, 310))
Z["supraspinatus/supraspinatus-tp1/e1"] = [SUPRASPINATUS]
Z["supraspinatus/supraspinatus-tp2/e1"] = [SUPRASPINATUS]

# ---------------------------------------------------------------- the shoulder and arm
# The arm: deltoid from the acromion (396, 313) to its tuberosity (404, 444), front edge x 449
# (y 344-392), back edge x 347 (y 356-382); below it biceps in front (x 420-450), triceps behind
# (x 350-404); the chest in front of the arm, between x 450 and the skin (x 467 at y 352, 483 at
# y 404). The view is cut at y 472.
FRONT_DELTOID = blob((420, 323), (433, 326), (443, 336), (447.5, 352), (445, 370), (438, 384), (428, 381),
                     (421, 364), (417, 344))
# Deltoid (T&S Ch. 30): local pain over the part of the muscle that holds the trigger point, spreading
# over its neighbour; the anterior one spills down the lateral arm, the posterior one down the back
# of the arm.
Z["deltoid/deltoid-tp1/e0"] = [blob((414, 321), (428, 323), (440, 331), (447, 345), (447.5, 362), (442, 378),
                                    (433, 392), (424, 396), (418, 384), (415, 368), (410, 352), (409, 334))]
Z["deltoid/deltoid-tp1/s0"] = [blob((405, 352), (414, 360), (421, 378), (424, 398), (421, 418), (413, 428),
                                    (406, 414), (403, 392), (401, 370))]
Z["deltoid/deltoid-tp2/e0"] = [blob((389, 326), (402, 324), (413, 333), (419, 350), (420, 372), (417, 394),
                                    (410, 414), (401, 420), (392, 408), (387, 388), (384, 364), (384, 342))]
Z["deltoid/deltoid-tp3/e0"] = [blob((350, 340), (360, 331), (372, 328), (384, 334), (389, 350), (388, 372),
                                    (382, 394), (372, 404), (363, 398), (356, 382), (351, 362))]
Z["deltoid/deltoid-tp3/s0"] = [band((368, 398, 5), (373, 414, 6), (379, 430, 5.5), (385, 446, 4.5),
                                    (388, 460, 3))]
# Infraspinatus (T&S Fig. 22.1): deep in the front of the shoulder (solid), down the anterolateral
# arm (stippled).
for tp in ("infraspinatus-tp1", "infraspinatus-tp2"):
    Z["infraspinatus/%s/e0" % tp] = [blob((418, 321), (431, 323), (442, 331), (447.5, 345), (447.5, 361),
                                         (442, 375), (432, 379), (424, 367), (419, 349), (414.5, 333))]
    Z["infraspinatus/%s/s0" % tp] = [band((424, 380, 4.5), (423, 400, 5.5), (421, 420, 5.5), (419, 440, 5),
                                         (418, 460, 4), (418, 469, 2.5))]
    Z["infraspinatus/%s/s1" % tp] = [band((440, 386, 4), (440.5, 406, 5), (438, 428, 5), (435, 448, 4.5),
                                         (433, 466, 3))]
# Pectoralis minor (T&S Ch. 43): over the anterior deltoid (solid), the pectoral region and down the
# front of the arm (stippled).
for tp in ("pectoralis-minor-tp1", "pectoralis-minor-tp2"):
    Z["pectoralis-minor/%s/e0" % tp] = [FRONT_DELTOID]
    Z["pectoralis-minor/%s/s0" % tp] = [blob((452, 340), (462, 345), (472, 360), (479, 381), (481, 403),
                                             (476, 419), (466, 416), (458, 400), (453, 378), (450.5, 358))]
    Z["pectoralis-minor/%s/s1" % tp] = [band((445, 392, 3.5), (445.5, 410, 4), (443.5, 430, 4), (442, 450, 3.8),
                                             (441, 466, 3))]
# Scalenes (T&S Fig. 20.1): the pectoral region, the front and the back of the arm (solid), down the
# lateral arm (stippled); one pattern for the three.
for m in ("anterior-scalene", "middle-scalene", "posterior-scalene"):
    Z["%s/%s-tp1/e0" % (m, m)] = [blob((456, 350), (466, 353), (475, 368), (481, 390), (482, 412), (475, 424),
                                       (465, 418), (459, 400), (455, 379), (452.5, 362))]
    Z["%s/%s-tp1/e1" % (m, m)] = [
        band((441, 388, 4.5), (441, 408, 5.3), (438, 430, 5.5), (435.5, 450, 5), (434, 467, 3.5)),
        band((356, 386, 5), (360, 406, 6), (366, 426, 6), (372, 446, 5.5), (376, 466, 4))]
    Z["%s/%s-tp1/s1" % (m, m)] = [band((402, 410, 3.5), (405, 426, 4.8), (408, 444, 5), (410, 460, 4.3),
                                       (411, 469, 2.5))]
# Levator scapulae: spillover over the back of the shoulder.
Z["levator-scapulae/levator-scapulae-tp1/s1"] = [blob((351, 333), (362, 326), (374, 328), (379, 342), (374, 356),
                                                      (362, 361), (352, 354), (349, 343))]
Z["levator-scapulae/levator-scapulae-tp2/s1"] = Z["levator-scapulae/levator-scapulae-tp1/s1"]
# Sternocleidomastoid, sternal TrP1: a strip down the upper sternum.
Z["sternocleidomastoid-sternal/sternocleidomastoid-sternal-tp1/e0"] = [
    band((443.5, 327.5, 2.8), (448, 336, 4.3), (453, 348, 4.8), (457.5, 361, 4.4), (460.5, 373, 3), wobble=0.1)]
# Supraspinatus (T&S Fig. 21.1): deep in the mid-deltoid (solid), down the lateral arm (stippled).
MID_DELTOID = blob((394, 322), (406, 324), (414, 338), (417, 358), (414, 378), (405, 389), (396, 385), (390, 366),
                   (388, 343))
for tp in ("supraspinatus-tp1", "supraspinatus-tp2"):
    Z["supraspinatus/%s/e0" % tp] = [MID_DELTOID]
    Z["supraspinatus/%s/s0" % tp] = [band((408, 392, 4), (412, 412, 5), (417, 432, 5.3), (421, 450, 5),
                                          (423, 466, 3.5))]
Z["supraspinatus/supraspinatus-tp3/e0"] = [blob((396, 326), (406, 327), (412, 338), (413, 354), (407, 366),
                                                (398, 364), (392, 352), (391, 337))]

# ====================================================================== regions (lateral shapes)
# The click targets of the shoulder and arm, meeting along shared borders (smooth, not roughened).
C = "c"
REGIONS = {
    # ---- head: caps and patches that follow the skin and meet their neighbours
    "vertex": [blob((368, 54), (386, 44), (412, 40), (437, 42.5), (458, 49.5), (468, 58), (452, 66), (432, 70),
                    (410, 71), (389, 69), (374, 64), rough=False)],
    "forehead": [blob((468, 58), (479, 60), (489, 69.5), (497.5, 87.5), (502.5, 104), (504.5, 115.5), (492, 116),
                      (480, 117.5), (474, 110), (471, 95), (467.5, 78), (458, 65), rough=False)],
    "temple": [blob((380, 98), (392, 84), (412, 75.5), (436, 73.5), (456, 78), (467, 88), (472.5, 104), (474, 117),
                    (470, 129), (460, 138), (444, 141.5), (428, 140), (417, 134), (406, 126.5), (394, 123),
                    (383, 121), (378, 110), rough=False)],
    "eyebrow": [blob((470, 122.5), (480, 118), (492, 116.5), (504.5, 115.8), (506.5, 122), (503, 128.5), (493, 128),
                     (483, 129.5), (474, 132), (468.5, 128), rough=False)],
    "behind-the-eye": [blob((474, 133), (484, 129.5), (495, 130.5), (501, 135.5), (502, 142.5), (498, 149.5),
                            (489, 153), (479, 151.5), (473, 146), (471.5, 139), rough=False)],
    "nose": [blob((501, 130), (504, 140), (508.5, 149), (515, 158.5), (521.5, 167), (526, 174.5), (525.5, 180.5),
                  (520, 183), (511, 183.5), (503, 182), (499, 172), (497.5, 160), (498.5, 147), (499, 137),
                  rough=False)],
    "cheek": [blob((438, 158), (452, 157), (468, 156.5), (484, 154.5), (497, 153.5), (499, 165), (500, 178),
                   (497, 188.5), (484, 190.5), (468, 190), (452, 189), (440, 186), (436, 172), rough=False)],
    "tmj": [blob((417, 146), (425, 144.5), (432.5, 147), (436, 154), (433, 161.5), (425, 164.5), (418, 162),
                 (415.5, 155), rough=False)],
    "ear": [blob((404, 124), (396, 124), (389, 128), (385.5, 137), (385.5, 150), (388, 161), (392, 171), (396, 179),
                 (401, 185), (406.5, 185), (409, 179), (409, 173), (411, 167.5), (414.5, 162), (416.5, 155),
                 (415.5, 146), (413, 136), (409.5, 128), rough=False)],
    "occiput": [blob((338, 88), (350, 86), (362, 91), (371, 103), (376, 118), (378.5, 133), (376, 146), (364, 151),
                     (348, 150), (336, 150.5), (333.5, 138), (332, 122), (332.5, 104), rough=False)],
    "base-of-skull": [blob((336, 152), (350, 151), (364, 152), (375, 158), (381, 168), (377, 179), (364, 182),
                           (350, 181), (338, 181), (335.5, 166), rough=False)],
    "mastoid": [blob((383, 175), (392, 177), (398, 185), (400, 194), (395, 200), (386, 200.5), (379, 194.5),
                     (377, 184), rough=False)],
    "jaw": [blob((438, 194), (452, 197), (464, 205), (476, 214.5), (490, 216.5), (498, 219), (499, 229),
                 (494, 236.5), (484, 239), (470, 235.5), (454, 230), (441, 224.5), (437, 212), rough=False)],
    "angle-of-jaw": [blob((417, 197), (428, 194.5), (437.5, 200), (441, 211), (437, 221.5), (427, 225.5),
                          (419, 221), (415, 209), rough=False)],
    "upper-teeth": [blob((470, 196), (475, 192.8), (485, 191.8), (495, 192.6), (500.5, 195.5), (499, 199.5),
                         (490, 202), (479, 202), (471.5, 199.5), rough=False)],
    "lower-teeth": [blob((469, 209), (474, 205), (482, 204), (490, 205), (494, 209), (491, 212.8), (482, 214.4),
                         (473, 213.6), rough=False)],
    "chin": [blob((490, 218), (500, 217), (504.5, 222), (506, 230), (504, 237.5), (497, 242), (486, 244.5),
                  (479, 241), (485, 235.5), (490, 227), rough=False)],
    # ---- neck: the anterior triangle, the sternocleidomastoid band, the back of the neck
    "throat": [blob((472, 246.5), (458, 250.5), (453, 258), (455, 268), (452.5, 282), (448.5, 298), (445.5, 313),
                    (444.5, 324), (438.5, 323), (440.5, 305), (437.5, 288), (433, 272), (429, 258), (433, 247),
                    (446, 240.5), (460, 241.5), rough=False)],
    "side-of-neck": [blob((389, 199), (402, 201), (414, 210), (424, 226), (430, 242), (429, 258), (433, 272),
                          (437.5, 288), (440.5, 305), (438.5, 323), (426, 320), (413, 315.5), (402, 309.5),
                          (387, 302.5), (371, 297), (366, 282), (364.5, 262), (364.5, 240), (367, 220),
                          (373, 205), rough=False)],
    "back-of-neck": [blob((338, 181), (350, 181), (364, 182), (371, 190), (373, 205), (367, 220), (364.5, 240),
                          (364.5, 262), (366, 282), (369, 295.5), (352, 292), (335, 291), (325, 289), (331, 275),
                          (337.5, 259), (341.5, 242), (342, 222), (339.5, 200), rough=False)],
    "top-of-shoulder": [blob((321, 299), (334, 292), (352, 292.5), (369, 296.5), (386, 302), (402, 308.5),
                             (404, 315), (396, 314.5), (383, 315.5), (368, 319.5), (350, 324), (332, 322.5),
                             (320, 316), rough=False)],
    "front-of-shoulder": [blob((404, 315), (417, 318.5), (431, 323), (442, 331), (448.5, 345), (450, 364),
                               (447, 382), (441, 393), (432, 392), (425, 378), (420, 360), (415.5, 340), (410, 325),
                               rough=False)],
    "lateral-arm": [blob((383, 315.5), (396, 314.5), (404, 315), (410, 325), (415.5, 340), (420, 360),
                         (425, 378), (432, 392), (427.5, 412), (423, 440), (421.5, 470), (420, 530), (418, 590), (416, 634, C),
                         (392, 634, C), (394, 590), (396, 530), (398, 470), (395.5, 440),
                         (386, 420), (376, 398), (378.5, 370), (383, 345), (382, 328), rough=False)],
    "back-of-shoulder": [blob((347, 336), (356, 327), (368, 319.5), (383, 315.5), (382, 328), (383, 345),
                              (378.5, 370), (376, 398), (366, 396), (357, 378), (350, 362), (347.5, 348),
                              rough=False)],
    "front-of-upper-arm": [blob((432, 392), (441, 393), (447, 382), (450.5, 394), (448.5, 416), (445.5, 440),
                                (443.5, 470), (440.5, 530), (436.5, 590), (432, 634, C), (416, 634, C), (418, 590),
                                (420, 530), (421.5, 470), (423, 440), (427.5, 412), rough=False)],
    "back-of-upper-arm": [blob((348, 362), (350, 362), (357, 378), (366, 396), (376, 398), (386, 420), (395.5, 440),
                       (398, 470), (396, 530), (394, 590), (392, 634, C), (368, 634, C), (366, 600), (361, 540),
                       (357.5, 470), (354, 440), (350.5, 410), (347.5, 384), rough=False)],
    "chest": [blob((446, 327), (456, 338), (467, 352), (477, 374), (483, 404), (485.5, 438), (486.5, 470, C),
                   (443.5, 470, C), (445.5, 440), (448.5, 416), (450.5, 394), (451.5, 366), (449, 345), rough=False)],
}


# Outlines the muscle files name directly ("#name"), for muscles added since the shapes files.
NAMED = {}
# Teres major (T&S ch. 25): the back of the shoulder over the posterior deltoid, down the back of
# the arm over the long head of the triceps
NAMED["tmaj-posterior-deltoid"] = [blob((352, 345), (362, 336), (374, 334), (381, 343), (381, 362), (377, 384),
                                        (368, 392), (359, 381), (353, 363))]
# Teres minor (T&S ch. 23): a bull's eye deep in the posterior deltoid region above the deltoid
# insertion; spillover a little way down the back of the arm
NAMED["tmin-bullseye"] = [blob((364, 366), (373, 362), (380, 368), (381, 380), (376, 390), (367, 391), (361, 382))]
NAMED["tmin-back-of-arm"] = [band((366, 396, 4), (368, 410, 5), (370, 424, 4.5), (371, 434, 3))]
# Latissimus dorsi (T&S ch. 24), spillover: the back of the shoulder and down the back of the arm
NAMED["lat-back-of-shoulder"] = [blob((356, 350), (366, 344), (376, 348), (379, 360), (374, 372), (363, 374),
                                      (356, 364))]
NAMED["lat-back-of-arm"] = [band((360, 398, 4.5), (361, 420, 5), (362, 442, 5), (363, 462, 3.5))]
# Pectoralis major (T&S ch. 42): see tools/zones/anterior.py; seen from the side, the front of the
# shoulder, the chest in front of the axilla and the inner arm
NAMED["pmaj-clav-deltoid"] = [blob((418, 322), (430, 324), (441, 332), (446, 346), (444, 362), (436, 372), (426, 366),
                                   (420, 350), (416, 334))]
NAMED["pmaj-clav-local"] = [blob((447, 338), (455, 343), (461, 351), (458, 358), (450, 354), (446, 346))]
NAMED["pmaj-sternal-chest"] = [blob((453, 362), (466, 364), (475, 378), (479, 398), (475, 420), (464, 428), (455, 416),
                                    (451, 394), (450, 375))]
NAMED["inner-arm"] = [band((438, 396, 4), (439, 420, 4.5), (438, 444, 4.5), (437, 462, 3))]
NAMED["pmaj-sternum"] = [band((464, 356, 2.5), (470, 372, 3), (475, 394, 3), (478.5, 418, 2.5))]
NAMED["pmaj-breast"] = [blob((466, 420), (476, 417), (481, 428), (481, 444), (474, 452), (465, 446), (462, 432))]
# Triceps brachii (T&S ch. 32): the back of the arm and shoulder, up to the base of the neck
NAMED["tri-back-arm"] = [band((371, 400, 4.5), (373, 424, 5.5), (376, 446, 5), (378, 464, 3))]
NAMED["tri-back-shoulder"] = [blob((355, 346), (366, 340), (377, 344), (380, 357), (375, 369), (364, 371), (356, 361))]
NAMED["tri-neck-base"] = [blob((330, 300), (342, 296), (352, 298), (352, 306), (340, 310), (330, 308))]
# Biceps brachii (T&S ch. 30): the front of the shoulder, spillover over the biceps
NAMED["bic-front-shoulder"] = [blob((426, 326), (436, 330), (443, 342), (442, 358), (436, 368), (428, 362), (423, 346))]
NAMED["bic-belly"] = [band((436, 396, 4), (436, 420, 5), (435, 444, 5), (434, 464, 3.5))]
# Subscapularis (T&S ch. 26): the back of the shoulder, down the back of the arm
NAMED["subsc-back-shoulder"] = [blob((352, 342), (364, 334), (378, 338), (382, 352), (378, 370), (366, 378),
                                     (356, 368))]
NAMED["subsc-back-arm"] = [band((366, 398, 4.5), (368, 420, 5), (371, 444, 5), (373, 465, 3))]
# Coracobrachialis (T&S ch. 29): the front of the shoulder; spillover down the back of the arm
NAMED["cb-front-shoulder"] = [blob((420, 324), (432, 326), (441, 336), (443, 352), (438, 364), (428, 360),
                                   (421, 346), (417, 334))]
NAMED["cb-back-arm"] = [band((376, 400, 4), (379, 422, 4.5), (382, 444, 4.5), (384, 462, 3))]
# Subclavius (T&S ch. 42) and sternalis (T&S ch. 44), seen from the side
NAMED["subcl-front-shoulder"] = [blob((422, 326), (433, 328), (441, 338), (442, 352), (436, 362), (427, 358),
                                      (421, 344))]
NAMED["subcl-front-arm"] = [band((440, 396, 4), (441, 420, 4.5), (440.5, 444, 4.5), (440, 464, 3))]
NAMED["subcl-below-clavicle"] = [blob((446, 333), (453, 337), (458, 345), (454, 351), (447, 347), (444, 340))]
NAMED["stern-sternum"] = [band((460, 350, 2.5), (467, 368, 3), (472.5, 392, 3), (476, 414, 2.5))]
NAMED["stern-upper-chest"] = [blob((449, 344), (458, 350), (464, 360), (460, 370), (451, 366), (447, 355))]
NAMED["stern-front-shoulder"] = [blob((424, 330), (434, 332), (440, 342), (438, 354), (430, 358), (423, 348))]
NAMED["tmaj-long-head"] = [band((362, 396, 5), (364, 415, 6), (367, 435, 6), (370, 452, 5), (372, 464, 3))]

# Longus colli (Minerbi et al. 2017): local, deep in the front and side of the neck; spillover deep in
# the ear and beside the outer corner of the eye
NAMED["lc-neck"] = [blob((428, 262), (438, 258), (447, 266), (449, 282), (446, 298), (436, 300), (428, 290), (425, 276))]
NAMED["lc-ear"] = [blob((402, 143), (410, 141), (415, 148), (414, 158), (408, 163), (401, 159), (399, 151))]
NAMED["lc-temple"] = [blob((456, 124), (464, 120), (471, 123), (472, 131), (466, 137), (458, 136), (453, 130))]
# Serratus posterior superior (T&S ch. 45): the back of the shoulder; spillover down the back of the arm
# and, sometimes, a patch on the front of the chest
NAMED["sps-back-shoulder"] = [blob((356, 347), (367, 341), (377, 345), (380, 358), (375, 370), (364, 372), (357, 362))]
NAMED["sps-back-arm"] = [band((370, 400, 4.5), (372.5, 424, 5.5), (375.5, 446, 5), (377.5, 464, 3))]
NAMED["sps-chest"] = [blob((452, 350), (460, 352), (466, 362), (462, 373), (454, 371), (450, 361))]
# Brachialis (T&S ch. 31): the lower front of the arm to the elbow crease and the front of the shoulder
# (spillover)
NAMED["brach-front-arm"] = [band((431, 418, 4), (429, 450, 5), (427, 500, 5), (425, 560, 5), (423, 610, 3.5))]
NAMED["brach-front-shoulder"] = [blob((428, 332), (437, 336), (442, 348), (438, 360), (430, 358), (425, 345))]


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

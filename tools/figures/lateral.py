#!/usr/bin/env python3
"""Generates atlas-data/views/lateral.json, the right profile figure (python3, stdlib only).

    python3 tools/figures/lateral.py         write the view (only the view file)
    python3 tools/figures/lateral.py --fit-content
                                             also, when landmarks moved, warp the lateral trigger points,
                                             zones and regions with them (thin-plate spline through the
                                             landmarks), pull zones onto the body and put stray trigger
                                             points onto their muscle: this rewrites the zones drawn by
                                             tools/zones/lateral.py, so run that afterwards
    python3 tools/figures/lateral.py --dry   only preview ($TMPDIR/lateral-figure/*.svg: both layers, and
                                             one with each muscle in its own colour and the landmarks)
                                             and check attachments; add --tp to mark the trigger points

Curves are authored as lists of points and turned into cubic Beziers with Catmull-Rom tangents; a
point written (x, y, C) is a corner. Muscles are authored as four edges (origin, two sides,
insertion): the outline is their loop and the fibre lines come from a Coons patch over them, so
fibres run from origin to insertion and fan or converge as the borders do.
"""
import math
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from atlasgen.paths import bez, fmt, pt, seg_path  # noqa: E402
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import arm  # noqa: E402


def _xy(p):
    return (float(p[0]), float(p[1]))


def _corner(p):
    return len(p) > 2 and p[2] == "c"


def segments(points, closed=False, tension=1.0):
    """Cubic segments [(p0, c1, c2, p1)] of a Catmull-Rom curve through the points."""
    n = len(points)
    P = [_xy(p) for p in points]
    segs = []
    count = n if closed else n - 1
    for i in range(count):
        i0, i1, i2, i3 = i - 1, i, (i + 1) % n, (i + 2) % n
        p1, p2 = P[i1], P[i2]
        if not closed and i0 < 0 or _corner(points[i1]):
            p0 = p1
        else:
            p0 = P[i0 % n]
        if not closed and i + 2 >= n or _corner(points[i2]):
            p3 = p2
        else:
            p3 = P[i3]
        k = tension / 6.0
        c1 = (p1[0] + (p2[0] - p0[0]) * k, p1[1] + (p2[1] - p0[1]) * k)
        c2 = (p2[0] - (p3[0] - p1[0]) * k, p2[1] - (p3[1] - p1[1]) * k)
        segs.append((p1, c1, c2, p2))
    return segs


def curve(points, closed=False, tension=1.0):
    return seg_path(segments(points, closed, tension), close=closed)


def sample(segs, per=24):
    pts = [segs[0][0]]
    for s in segs:
        for i in range(1, per + 1):
            pts.append(bez(s, i / per))
    return pts


class Poly:
    """A polyline with arc-length parameter 0..1."""

    def __init__(self, pts):
        self.pts = pts
        self.acc = [0.0]
        for a, b in zip(pts, pts[1:]):
            self.acc.append(self.acc[-1] + math.hypot(b[0] - a[0], b[1] - a[1]))
        self.length = self.acc[-1] or 1.0

    def at(self, u):
        u = max(0.0, min(1.0, u))
        d = u * self.length
        lo, hi = 0, len(self.acc) - 1
        while hi - lo > 1:
            mid = (lo + hi) // 2
            if self.acc[mid] <= d:
                lo = mid
            else:
                hi = mid
        a, b = self.pts[lo], self.pts[hi]
        seg = self.acc[hi] - self.acc[lo]
        t = 0 if seg == 0 else (d - self.acc[lo]) / seg
        return (a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t)


def poly(points, tension=1.0):
    return Poly(sample(segments(points, False, tension)))


def reverse_points(points):
    return list(reversed(points))


class Muscle:
    """origin: O1..O2; side2: O2..I2; insertion: I1..I2; side1: O1..I1 (point lists)."""

    def __init__(self, origin, side2, insertion, side1, tension=1.0):
        self.origin, self.side2, self.insertion, self.side1 = origin, side2, insertion, side1
        self.tension = tension

    def outline(self):
        t = self.tension
        parts = [segments(self.origin, tension=t), segments(self.side2, tension=t),
                 segments(reverse_points(self.insertion), tension=t),
                 segments(reverse_points(self.side1), tension=t)]
        segs = [s for part in parts if len(part) for s in part]
        return seg_path(segs, close=True)

    def patch(self):
        B, R = poly(self.origin, self.tension), poly(self.side2, self.tension)
        T, L = poly(self.insertion, self.tension), poly(self.side1, self.tension)
        O1, O2 = _xy(self.origin[0]), _xy(self.origin[-1])
        I1, I2 = _xy(self.insertion[0]), _xy(self.insertion[-1])

        def P(u, v):
            l, r, b, t = L.at(v), R.at(v), B.at(u), T.at(u)
            out = []
            for k in range(2):
                out.append((1 - u) * l[k] + u * r[k] + (1 - v) * b[k] + v * t[k]
                           - ((1 - u) * (1 - v) * O1[k] + u * (1 - v) * O2[k]
                              + (1 - u) * v * I1[k] + u * v * I2[k]))
            return tuple(out)
        return P

    def fibres(self, n, v0=0.0, v1=1.0, steps=8, extend=3.0, u0=0.0, u1=1.0):
        P = self.patch()
        lines = []
        for i in range(n):
            u = u0 + (u1 - u0) * (i + 0.5) / n
            pts = [P(u, v0 + (v1 - v0) * j / steps) for j in range(steps + 1)]
            lines.append(extend_line(pts, extend))
        return " ".join(curve(l) for l in lines)


def extend_line(pts, d):
    if d <= 0 or len(pts) < 2:
        return pts
    def ext(a, b):
        dx, dy = a[0] - b[0], a[1] - b[1]
        L = math.hypot(dx, dy) or 1
        return (a[0] + dx / L * d, a[1] + dy / L * d)
    return [ext(pts[0], pts[1])] + pts + [ext(pts[-1], pts[-2])]


def ring_fibres(inner, outer, n, centre, samples=48):
    """Concentric closed curves between two closed point lists, by angle about centre."""
    def radial(points):
        pl = Poly(sample(segments(points, True)))
        # resample by angle
        out = []
        for k in range(samples):
            ang = 2 * math.pi * k / samples
            best, bd = None, 1e9
            for p in pl.pts:
                a = math.atan2(p[1] - centre[1], p[0] - centre[0])
                d = abs((a - ang + math.pi) % (2 * math.pi) - math.pi)
                if d < bd:
                    bd, best = d, p
            out.append(best)
        return out
    ri, ro = radial(inner), radial(outer)
    lines = []
    for i in range(1, n + 1):
        t = i / (n + 1)
        pts = [(a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t) for a, b in zip(ri, ro)]
        lines.append(curve(pts[::2], closed=True))
    return " ".join(lines)


from atlasgen.paths import (arc_points, contains, distance, flatten, parse,  # noqa: E402,F401
                            tps, transform_path, unparse)

# ---------------------------------------------------------------------------------------------
# The lateral (right profile) figure. Face to the viewer's right; H = 200 (vertex y 40, chin y 240).
# ---------------------------------------------------------------------------------------------

VIEWBOX = [270, 22, 280, 1036]         # x 270..550, y 22..1058: the figure down to the fingertips of the hanging arm
MIDLINE_X = 410                        # the flip axis for the patient's left: the middle of the view box
BOTTOM = 472                           # where the muscles of the trunk are cut
HIP_CUT = 905                          # where the skin of the trunk ends, behind the hand

LANDMARKS = [
    ("lateral-epicondyle", "Lateral epicondyle of the humerus", (404, 645)),
    ("olecranon", "Olecranon (point of the elbow)", (369, 642)),
    ("wrist", "Wrist", (431, 872)),
    ("radial-styloid", "Radial styloid process", (452, 874)),
    ("knuckles", "Knuckles (metacarpophalangeal joints)", (439, 962)),
    ("thumb-tip", "Tip of the thumb", (486.5, 985)),
    ("index-fingertip", "Tip of the index finger", (464.5, 1033)),
    ("little-fingertip", "Tip of the little finger", (415, 1016)),
    ("vertex", "Vertex", (412, 40)),
    ("glabella", "Glabella", (502, 126)),
    ("inion", "External occipital protuberance (inion)", (340, 140)),
    ("ear-canal", "External ear canal", (409, 151)),
    ("mastoid-process", "Mastoid process", (394, 190)),
    ("zygomatic-arch", "Zygomatic arch", (450, 150)),
    ("coronoid-process", "Coronoid process of the mandible", (456, 170)),
    ("temporal-fossa", "Temporal fossa", (438, 108)),
    ("gonion", "Angle of the mandible (gonion)", (424, 212)),
    ("menton", "Chin (menton)", (487, 240)),
    ("c7-spinous", "C7 spinous process", (318, 298)),
    ("suprasternal-notch", "Suprasternal notch", (441, 324)),
    ("clavicle-medial", "Medial end of the clavicle", (436, 326)),
    ("acromion", "Acromion", (396, 313)),
    ("clavicle-lateral-third", "Lateral third of the clavicle", (408, 317)),
    ("eye", "Eye", (487, 141)),
    ("superior-nuchal-line", "Superior nuchal line (lateral part)", (362, 150)),
    ("hairline", "Hairline", (472, 66)),
    ("supraorbital-ridge", "Supraorbital ridge (brow)", (497, 121)),
    ("mouth", "Corner of the mouth", (499, 203)),
    ("nose-base", "Base of the nose", (511, 185)),
    ("hyoid", "Hyoid bone", (447, 256)),
    ("c1-transverse-process", "Transverse process of the atlas (C1)", (398, 198)),
    ("c2-spinous", "C2 spinous process", (352, 206)),
    ("c4-transverse-process", "Transverse process of C4", (388, 248)),
    ("first-rib", "First rib (scalene tubercle)", (418, 331)),
    ("second-rib", "Second rib", (394, 341)),
    ("scapula-superior-angle", "Superior angle of the scapula", (330, 336)),
    ("clavicle-medial-third", "Medial third of the clavicle", (426, 323)),
    ("mandibular-condyle", "Condyle of the mandible (TMJ)", (420, 153)),
    ("pterygoid-plate", "Lateral pterygoid plate", (462, 176)),
    ("zygomatic-bone", "Zygomatic bone (cheekbone)", (474, 153)),
    ("deltoid-tuberosity", "Deltoid tuberosity of the humerus", (404, 444)),
    ("occipital-bone", "Occipital bone", (338, 112)),
]

# Extra old -> new pairs for the warp of the view's content (points of the old drawing with no
# landmark: nose tip, chin, the neck's front and back contours, the back of the skull).
WARP_EXTRA = [
    ((527, 176), (528, 177)),
    ((509, 230), (507, 229)),
    ((448, 254), (453, 255)),
    ((455, 296), (449, 298)),
    ((461, 322), (446, 326)),
    ((345, 200), (339, 200)),
    ((342, 240), (342, 240)),
    ((334, 275), (330, 275)),
    ((325, 112), (331, 110)),
    ((501, 88), (499, 88)),
    ((0, 0), (0, 0)), ((800, 0), (800, 0)), ((0, 720), (0, 720)), ((800, 720), (800, 720)),
]

C = "c"

# ---------------------------------------------------------------- skin
SKIN = [
    (412, 37), (446, 41), (472, 52), (489, 68), (499, 88), (505, 107), (507, 119), (505, 129),
    (502, 136), (506, 146), (514, 158), (522, 168), (527.5, 175), (527, 181), (521, 184), (512, 185, C),
    (514, 190), (516.5, 196), (512, 202, C), (514.5, 207), (512, 213), (504, 219), (506.5, 227),
    (505, 236), (497, 242.5), (484, 246), (468, 249), (456, 253), (453, 258), (455.5, 268),
    (453, 282), (449, 298), (446, 313), (446, 326), (455, 337), (467, 352), (477, 374), (483, 404),
    (486, 438), (486, 500), (480, 560), (472, 620), (469, 680), (472, 740), (478, 800), (481, 860),
    (479, HIP_CUT, C), (300, HIP_CUT, C), (290, 860), (296, 800), (306, 740), (313, 680), (310, 620),
    (304, 560), (299, 500), (297, 440), (299, 404), (302, 372), (307, 344), (313, 320), (319, 303),
    (327, 283), (336, 262), (341.5, 242), (342, 222), (339, 200), (336, 178), (335, 160), (333, 142),
    (331, 124), (331, 106), (336, 85), (347, 65), (365, 50), (388, 40),
]

# The arm hangs relaxed at the side, the hand in the mid position (thumb forwards, the back of the hand
# towards the viewer): below the elbow it is the forearm and hand of tools/figures/arm.py (drawn from
# behind, thumb side outwards) moved under the shoulder, the thumb side to the front.
ARM_DX = -167
LOWER_ARM = [(x + ARM_DX, y) + tuple(r) for (x, y, *r) in arm.lower_arm_outline()]
ARM = [
    (398, 306), (420, 311), (438, 324), (449, 344), (452, 366), (450, 392), (446, 420), (443, 450),
    (442, BOTTOM), (440, 530), (436, 590)] + LOWER_ARM + [(366, 600), (361, 540), (357, BOTTOM), (354, 440),
    (350, 410), (347, 382), (347, 356), (353, 334), (368, 316), (382, 309),
]


def shifted(points):
    return [(x + ARM_DX, y) for (x, y, *_) in points]

# ---------------------------------------------------------------- bones
SKULL = [
    (412, 42), (444, 46), (468, 57), (484, 72), (494, 91), (499, 109), (500.5, 120), (498, 128),
    (495, 133, C), (500, 143), (506, 152, C), (499, 157), (495, 166), (497, 175), (504, 181, C),
    (501, 188), (500.5, 199, C), (482, 200), (466, 198), (456, 190), (446, 178), (430, 172),
    (416, 172), (404, 178), (397.5, 198, C), (389, 190), (378, 170), (362, 157), (341, 143, C),
    (336, 126), (336, 106), (341, 86), (352, 67), (370, 52), (390, 44),
]
ZYGOMA = [  # zygomatic bone and arch, with the frontal process up the orbit's lateral rim
    (416, 146), (432, 144.5), (450, 144), (464, 145), (472, 140), (476, 131, C), (481, 132), (481, 142),
    (486, 152), (484, 160), (476, 163, C), (468, 158), (452, 155.5), (434, 155.5), (420, 156, C),
]
MASTOID = [(386, 178), (395, 184), (399, 192), (397.5, 199, C), (391, 195), (386, 188)]
MANDIBLE = [
    (419, 148), (425, 151), (427, 158), (433, 163), (443, 166.5), (456, 163, C), (455, 177), (452, 192),
    (458, 202), (476, 205), (498, 204, C), (501.5, 214), (501, 226), (496, 237), (487, 241.5),
    (470, 237), (450, 229), (433, 222), (425, 215), (421, 204), (418, 185), (416, 168), (414, 158),
    (415, 151),
]
# Deep layer: the edges of the ramus (condyle, notch, coronoid) drawn over the pterygoids, which lie
# medial to it, and the zygomatic arch above them.
RAMUS_OUTLINE = [
    (433, 222), (425, 215), (421, 204), (418, 185), (416, 168), (414, 158), (415, 151), (419, 148),
    (425, 151), (427, 158), (433, 163), (443, 166.5), (456, 163, C), (455, 177), (452, 192), (458, 202),
]
HYOID = [(452, 253.5), (453, 258), (449, 260), (438, 257), (430, 254), (429.5, 251.5), (437, 252), (446, 253)]
THYROID = [(445, 262), (452, 264), (453.5, 271), (450.5, 284), (444, 291), (437, 287), (436, 272)]
TRACHEA = [(438, 294), (446, 295), (443, 322), (434, 322)]
CLAVICLE = [
    (447, 322), (436, 320.5), (424, 318.5), (412, 316), (400, 310.5), (393, 310, C), (392, 315.5),
    (402, 318), (414, 322), (426, 325.5), (437, 328), (447, 331, C),
]
# The clavicle lies under the skin: its edges are drawn over the muscles that attach to it and the
# scalenes that pass behind it (the medial end stays under the SCM's sternal tendon).
CLAVICLE_OUTLINE = [
    (432, 320), (424, 318.5), (412, 316), (400, 310.5), (393.5, 310.3, C), (392.5, 315.5), (402, 318),
    (414, 322), (426, 325.5), (432, 327),
]
ACROMION_SPINE = [  # acromion and the spine of the scapula, running back and down
    (405, 309), (396, 306.5), (383, 308), (368, 314), (351, 323), (335, 333, C), (333, 340),
    (346, 336), (362, 327), (378, 320), (392, 316), (404, 315, C),
]
STERNUM = [  # manubrium and body, along the front of the chest
    (441, 327), (449, 330), (458, 345), (466, 368), (472, 395), (476, 430), (478, BOTTOM - 1, C),
    (466, BOTTOM - 1, C), (464, 430), (459, 396), (451, 367), (443, 346), (437, 333),
]
HUMERUS = [
    (380, 322), (396, 316), (412, 320), (420, 332), (419, 348), (414, 360), (413, 400), (413, 440),
    (413, 560), (414, 620), (420, 640), (412, 652), (396, 654), (386, 648), (390, 620), (392, 560), (393, 440),
    (392, 400), (390, 362), (380, 352), (375, 338),
]
SCAPULA = [  # seen edge-on-ish from the side, behind the humeral head (deep layer only)
    (331, 333, C), (344, 328), (362, 322), (374, 326), (376, 340), (370, 372), (356, 410), (342, 436, C),
    (334, 410), (329, 376), (327, 350),
]
RIB1 = [(340, 314), (362, 317), (388, 322), (414, 327), (440, 335, C), (440, 341, C), (412, 334), (386, 330), (360, 325), (340, 322, C)]
RIB2 = [(334, 332), (360, 336), (390, 340), (420, 346), (446, 356, C), (446, 362, C), (418, 353), (388, 347), (358, 344), (334, 340, C)]


def rib(yb, w=7):
    """A rib seen from the side: from the back of the chest forward and down to its cartilage."""
    top = [(308, yb), (335, yb + 4), (380, yb + 13), (428, yb + 25), (462, yb + 36), (478, yb + 43)]
    bottom = [(p[0], p[1] + w) for p in reversed(top)]
    top[0] = (top[0][0], top[0][1], C)
    bottom[0] = (bottom[0][0], bottom[0][1], C)
    return top + bottom


def vertebra(body_c, spin_tip, tp, h=13):
    """A cervical vertebra seen from the side: body, pedicle and lamina to the spinous process."""
    bx, by = body_c
    sx, sy = spin_tip
    body = [(bx - 9, by - h / 2 + 1), (bx + 8, by - h / 2), (bx + 9, by + h / 2, C), (bx - 8, by + h / 2 + 1, C)]
    arch = [(bx - 9, by - 3), (tp[0], tp[1] - 5), ((tp[0] + sx) / 2, (tp[1] + sy) / 2 - 5),
            (sx, sy - 2.5), (sx - 1, sy + 2.5, C), ((tp[0] + sx) / 2, (tp[1] + sy) / 2 + 4),
            (tp[0] - 2, tp[1] + 5), (bx - 9, by + 4, C)]
    body[0] = (body[0][0], body[0][1], C)
    arch[0] = (arch[0][0], arch[0][1], C)
    return curve(body, closed=True, tension=0.8) + " " + curve(arch, closed=True)


CERVICAL = [  # body centre, spinous tip, transverse process
    ((398, 214), (352, 206), (390, 212)),
    ((395, 232), (348, 228), (387, 230)),
    ((391, 250), (344, 248), (383, 249)),
    ((386, 268), (339, 266), (378, 267)),
    ((380, 285), (331, 283), (372, 284)),
    ((373, 302), (318, 298), (365, 301)),
]
ATLAS_C1 = [(407, 198), (403, 194.5), (398, 194), (380, 196), (356, 197), (351, 200, C), (358, 203), (380, 202), (398, 203), (404, 201.5)]

# ---------------------------------------------------------------- features (drawn in front)
EAR = [
    (404, 124), (396, 124), (389, 128), (385.5, 137), (385.5, 150), (388, 161), (392, 171), (396, 179),
    (401, 185), (406.5, 185), (409, 179), (409, 173), (411, 167.5), (414.5, 162), (416.5, 155),
    (415.5, 146), (413, 136), (409.5, 128),
]
EAR_LINES = [
    [(409, 134), (404, 129.5), (396, 129), (390.5, 134), (389.5, 145), (391, 156), (395, 166), (399, 173), (402, 180)],
    [(404, 139), (397.5, 142), (395, 150), (397, 160), (402, 166), (407, 167)],
    [(398, 141), (404, 136.5), (409, 138)],
    [(415, 146.5), (413.2, 152), (414.2, 158)],
]
EAR_CANAL = [(411, 151), (409.5, 154), (407.5, 153.5), (407, 150.5), (408.5, 148.2), (410.5, 148.5)]
EYE_LINES = [
    [(475, 140.5), (480, 137), (487, 135.5), (493, 137.5), (495.5, 141)],   # upper lid
    [(476, 141.5), (482, 144.5), (489, 145), (494.5, 142)],                  # lower lid
    [(491.5, 136.2), (494, 139), (494.5, 141.5), (493, 144.2)],              # cornea
    [(490.2, 137.2), (489.4, 140.8), (490.2, 144.2)],                        # iris, edge-on
    [(477, 124), (485, 120.5), (493, 120), (500, 122)],                       # eyebrow
    [(474.5, 134.5), (482, 131.2), (490, 131), (495, 132.5)],               # lid crease
]
NOSE_LINES = [
    [(510, 172), (504, 174), (501, 179), (504, 184), (512, 185.5)],          # ala
    [(500, 166), (498, 173), (500, 180)],                                     # alar crease
]
MOUTH_LINES = [
    [(498, 202), (504, 202.5), (512, 202)],                                    # lips' parting
    [(497, 196), (500, 201.5), (497, 207)],                                    # commissure
]
# ---------------------------------------------------------------- atlas muscles
# Muscle(origin O1..O2, side2 O2..I2, insertion I1..I2, side1 O1..I1); fibres run origin -> insertion.


def M(origin, side2, insertion, side1, tension=1.0):
    return Muscle(origin, side2, insertion, side1, tension)


def muscles():
    out = {}

    # brachialis (T&S ch. 31): between the biceps and the triceps in the lower arm, tucked under the
    # biceps at the top (the arm muscles around it are context art, drawn under every atlas muscle)
    out["brachialis"] = (M(
        [(412, 444), (417, 440)],
        [(417, 440), (417, 456), (417, BOTTOM), (416, 560), (415, 620), (414, 662)],
        [(400, 662), (414, 662)],
        [(412, 444), (405, 458), (404, BOTTOM), (402, 560), (399, 620), (400, 662)]), 4)

    # --- deep layer -------------------------------------------------------------------------
    out["semispinalis-capitis"] = (M(
        [(318, 304), (334, 310)],
        [(334, 310), (344, 284), (350, 260), (353, 236), (356, 210), (358, 184), (359, 150)],
        [(340, 143), (350, 146), (359, 150)],
        [(318, 304), (329, 284), (337, 263), (342, 242), (343, 218), (341, 194), (339, 168), (340, 143)]), 5)
    out["semispinalis-cervicis"] = (M(
        [(326, 316), (338, 318)],
        [(338, 318), (348, 292), (355, 266), (358, 240), (358, 212)],
        [(350, 207), (358, 212)],
        [(326, 316), (336, 292), (343, 266), (348, 240), (350, 207)]), 4)
    out["cervical-multifidi"] = (M(
        [(324, 302), (338, 306)],
        [(338, 306), (350, 282), (358, 258), (364, 234), (364, 212)],
        [(353, 206), (364, 212)],
        [(324, 302), (340, 280), (350, 256), (356, 232), (353, 206)]), 4)
    out["splenius-cervicis"] = (M(
        [(308, 340), (305, 355)],
        [(305, 355), (326, 332), (352, 290), (376, 252), (392, 226)],
        [(398, 202), (392, 226)],
        [(308, 340), (330, 310), (356, 268), (380, 230), (398, 202)]), 5)
    out["levator-scapulae"] = (M(
        [(399, 196), (395, 222), (389, 248)],
        [(389, 248), (376, 274), (358, 302), (344, 322), (332, 336)],
        [(340, 324), (332, 336)],
        [(399, 196), (384, 228), (366, 264), (350, 296), (340, 324)]), 6)
    out["posterior-scalene"] = (M(
        [(385, 252), (380, 270), (375, 288)],
        [(375, 288), (381, 314), (390, 341)],
        [(400, 338), (390, 341)],
        [(385, 252), (394, 292), (400, 338)]), 5)
    out["middle-scalene"] = (M(
        [(397, 208), (393, 236), (388, 262), (384, 290)],
        [(384, 290), (393, 312), (403, 333)],
        [(416, 330), (403, 333)],
        [(397, 208), (398, 244), (402, 284), (416, 330)]), 6)
    out["anterior-scalene"] = (M(
        [(403, 232), (400, 256), (396, 280)],
        [(396, 280), (408, 306), (416, 332)],
        [(428, 329), (416, 332)],
        [(403, 232), (417, 272), (428, 329)]), 5)
    out["splenius-capitis"] = (M(
        [(322, 296), (314, 318), (306, 344)],
        [(306, 344), (334, 306), (360, 268), (380, 236), (393, 212), (399, 196)],
        [(367, 156), (381, 169), (392, 183), (399, 196)],
        [(322, 296), (340, 281), (354, 257), (362, 232), (366, 206), (367.5, 180), (367, 156)]), 8)
    out["rectus-capitis-posterior-minor"] = (M(
        [(351, 197), (358, 198)],
        [(358, 198), (354, 176), (348, 153)],
        [(339, 149), (348, 153)],
        [(351, 197), (344, 174), (339, 149)]), 4)
    out["rectus-capitis-posterior-major"] = (M(
        [(350, 209), (357, 211)],
        [(357, 211), (363, 186), (365, 160)],
        [(343, 148), (365, 160)],
        [(350, 209), (348, 180), (343, 148)]), 6)
    out["obliquus-capitis-inferior"] = (M(
        [(351, 203), (354, 213)],
        [(354, 213), (376, 208), (399, 203)],
        [(396, 192), (399, 203)],
        [(351, 203), (372, 195), (396, 192)]), 5)
    out["obliquus-capitis-superior"] = (M(
        [(393, 191), (399, 197)],
        [(399, 197), (385, 182), (375, 166)],
        [(366, 157), (375, 166)],
        [(393, 191), (378, 178), (366, 157)]), 4)
    out["digastric-posterior"] = (M(
        [(388, 191), (397, 196)],
        [(397, 196), (421, 222), (446, 251)],
        [(440, 257), (446, 251)],
        [(388, 191), (412, 225), (440, 257)]), 4)
    out["medial-pterygoid"] = (M(
        [(457, 172), (468, 180)],
        [(468, 180), (452, 203), (433, 221)],
        [(423.5, 208), (433, 221)],
        [(457, 172), (440, 186), (423.5, 208)]), 6)
    out["lateral-pterygoid"] = (M(
        [(458, 158), (465, 169), (462, 181)],
        [(462, 181), (441, 173), (424, 166)],
        [(421, 157), (424, 166)],
        [(458, 158), (440, 157.5), (421, 157)]), 6)

    # --- superficial layer ------------------------------------------------------------------
    out["platysma"] = (M(
        [(412, 324), (430, 334), (446, 341), (460, 346)],
        [(460, 346), (448, 330), (445, 313), (448, 296), (452, 280), (453, 262), (458, 252.5), (472, 248),
         (486, 244.5), (493, 237), (497, 224), (498, 210)],
        [(432, 225), (450, 230), (467, 234), (480, 230), (490, 220), (498, 210)],
        [(412, 324), (419, 296), (423, 266), (427, 243), (432, 225)]), 16)
    out["buccinator"] = (M(
        [(462, 184), (461, 212)],
        [(461, 212), (480, 211), (496, 207)],
        [(496, 199), (496, 207)],
        [(462, 184), (480, 192), (496, 199)]), 8)
    # kept above the skin line under the chin (its lower border ran 1-2 units off the body)
    out["digastric-anterior"] = (M(
        [(484, 235), (487, 241.5)],
        [(487, 241.5), (468, 248.5), (450, 256)],
        [(447, 249.5), (450, 256)],
        [(484, 235), (466, 242), (447, 249.5)]), 4)
    out["masseter-deep"] = (M(
        [(421, 156), (446, 156)],
        [(446, 156), (449, 172), (447, 192)],
        [(424, 195), (447, 192)],
        [(421, 156), (420, 176), (424, 195)]), 9)
    out["masseter-superficial"] = (M(
        [(436, 157), (456, 156.5), (476, 160)],
        [(476, 160), (475.5, 177), (471, 195), (464, 211), (456, 226.5)],
        [(424, 213), (428.5, 219.5), (437, 223.8), (446, 226), (456, 226.5)],
        [(436, 157), (429.5, 174), (425, 192), (422.5, 205), (424, 213)]), 12)
    out["zygomaticus-major"] = (M(
        [(459, 151), (470, 157)],
        [(470, 157), (485, 178), (500, 199)],
        [(495, 205), (500, 199)],
        [(459, 151), (478, 178), (495, 205)]), 4)
    out["frontalis"] = (M(
        [(458, 57), (474, 60), (488, 67)],
        [(488, 67), (497, 84), (503, 103), (504.5, 118)],
        [(477, 120), (491, 119), (504.5, 118)],
        [(458, 57), (462, 76), (467, 95), (472, 110), (477, 120)]), 10)
    out["occipitalis"] = (M(
        [(342, 143), (354, 147), (367, 152)],
        [(367, 152), (367, 132), (364, 114), (360, 99)],
        [(339, 96), (350, 97), (360, 99)],
        [(342, 143), (336, 126), (335, 110), (339, 96)]), 8)
    out["infraspinatus"] = (M(
        [(304, 361), (320, 351), (337, 342)],
        [(337, 342), (352, 338), (370, 336)],
        [(370, 356), (370, 336)],
        [(304, 361), (326, 369), (350, 370), (370, 356)]), 9)
    out["upper-trapezius"] = (M(
        [(358, 148), (339, 141), (336, 160), (338, 182), (340.5, 204), (341, 224), (340.5, 242),
         (335, 262), (326, 281), (318, 299)],
        [(318, 299), (346, 303), (370, 307), (392, 312)],
        [(404, 316), (398, 313.5), (392, 312)],
        [(358, 148), (366, 168), (368, 200), (368, 230), (370, 260), (377, 288), (392, 309), (404, 316)]), 24)
    out["middle-trapezius"] = (M(
        [(318, 299), (312, 318), (307, 338), (303.5, 356)],
        [(303.5, 356), (320, 350), (336, 341)],
        [(393, 313), (376, 318), (356, 329), (336, 341)],
        [(318, 299), (346, 303), (370, 307), (393, 313)]), 10)
    out["deltoid"] = (M(
        [(421, 321.5), (410, 316.5), (398, 311.8), (382, 316.8), (364, 325.5), (346, 335.5)],
        [(346, 335.5), (347.5, 350), (353, 370), (365, 396), (382, 424), (400, 446)],
        [(408, 446), (400, 446)],
        [(421, 321.5), (439, 330), (447.5, 344), (447, 362), (439, 388), (425, 416), (408, 446)]), 30)
    out["sternocleidomastoid-clavicular"] = (M(
        [(416, 323), (432, 327)],
        [(432, 327), (427, 298), (418, 270), (409, 242), (400, 214), (397, 196)],
        [(381, 183), (389, 191), (396, 196)],
        [(416, 323), (407, 298), (399, 272), (392, 244), (386, 216), (381, 183)]), 10)
    out["sternocleidomastoid-sternal"] = (M(
        [(436, 327), (445, 322)],
        [(445, 322), (443, 300), (436, 276), (426, 250), (414, 224), (405, 206), (399, 196)],
        [(364, 154), (377, 169), (389, 184), (399, 196)],
        [(436, 327), (429, 302), (419, 276), (408, 250), (396, 224), (382, 198), (371, 176), (364, 154)]), 12)
    return out


# Temporalis: a fan above the zygomatic arch; its tendon passes under the arch to the coronoid.
TEMPORALIS_UPPER = [
    (467, 146.5, C), (471, 134), (474, 120), (473, 102), (464, 85), (444, 74), (418, 71), (393, 77),
    (375, 90), (367, 106), (371, 116), (386, 120.5), (401, 121), (413, 126), (421, 136), (428, 145, C),
    (445, 146), (458, 146.5),
]
TEMPORALIS_LOWER = [(463, 156, C), (459, 168), (452, 173), (446, 167), (447, 157, C), (455, 157)]
TEMPORALIS_FAN = M(
    [(471, 146), (474, 120), (468, 92), (446, 74), (418, 71), (392, 77), (372, 94), (368, 112), (386, 121)],
    [(386, 121), (413, 128), (432, 148), (446, 165), (451, 172)],
    [(461, 166), (451, 172)],
    [(471, 146), (467, 156), (461, 166)])

ORBICULARIS_OUTER = [
    (503, 126), (498, 118), (488, 116), (475, 118), (463, 124), (456, 133), (455, 143), (459, 152),
    (470, 158.5), (486, 160), (498, 156), (503, 149), (503.5, 138),
]
ORBICULARIS_INNER = [(476, 141), (482, 137.5), (489, 136.5), (494, 138.5), (495, 141.5), (490, 144.5), (482, 145)]
ORBICULARIS_CENTRE = (486, 141)
# ---------------------------------------------------------------- output
import json
import os
import sys

ROOT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
ATLAS = os.path.join(ROOT, "atlas-data")
VIEW_FILE = os.path.join(ATLAS, "views", "lateral.json")

DEEP_ORDER = [
    "semispinalis-capitis", "semispinalis-cervicis", "cervical-multifidi", "splenius-cervicis",
    "levator-scapulae", "posterior-scalene", "middle-scalene", "anterior-scalene",
    "rectus-capitis-posterior-minor", "rectus-capitis-posterior-major", "obliquus-capitis-inferior",
    "splenius-capitis", "obliquus-capitis-superior", "digastric-posterior", "medial-pterygoid", "lateral-pterygoid",
]
SUPERFICIAL_ORDER = [
    "platysma", "buccinator", "digastric-anterior", "temporalis", "masseter-deep", "masseter-superficial",
    "zygomaticus-major", "orbicularis-oculi", "frontalis", "occipitalis", "infraspinatus", "middle-trapezius",
    "upper-trapezius", "brachialis", "deltoid", "sternocleidomastoid-clavicular", "sternocleidomastoid-sternal",
]


def preview_dir():
    import tempfile
    d = os.path.join(tempfile.gettempdir(), "lateral-figure")
    os.makedirs(d, exist_ok=True)
    return d


def num(v):
    r = round(v, 1)
    return int(r) if r == int(r) else r


def clamp(d):
    """Path data kept inside the view box (fibre lines overshoot their muscle and are clipped)."""
    x0, y0, w, h = VIEWBOX
    return transform_path(d, lambda p: (min(max(p[0], x0 + 0.5), x0 + w - 0.5), min(max(p[1], y0 + 0.5), y0 + h - 0.5)))


def art_item(id_, kind, path, fibres=None, layer=None):
    a = {"id": id_, "kind": kind, "path": path}
    if fibres:
        a["fibres"] = clamp(fibres)
    if layer:
        a["layer"] = layer
    return a


def lines(list_of_points):
    return " ".join(curve(p) for p in list_of_points)


def build_art():
    art = [art_item("skin", "silhouette", curve(SKIN, closed=True))]
    art.append(art_item("skull", "bone", curve(SKULL, closed=True)))
    art.append(art_item("mastoid", "bone", curve(MASTOID, closed=True)))
    art.append(art_item("mandible", "bone", curve(MANDIBLE, closed=True)))
    art.append(art_item("zygomatic-arch", "bone", curve(ZYGOMA, closed=True)))
    art.append(art_item("cervical-spine", "bone",
                        curve(ATLAS_C1, closed=True) + " " + " ".join(vertebra(b, s, t) for b, s, t in CERVICAL),
                        layer="deep"))
    lower_ribs = " ".join(curve(rib(yb), closed=True) for yb in (352, 370, 388, 406, 424))
    art.append(art_item("ribs", "bone", lower_ribs + " " + curve(RIB2, closed=True) + " " + curve(RIB1, closed=True),
                        layer="deep"))
    art.append(art_item("scapula", "bone", curve(SCAPULA, closed=True), layer="deep"))
    art.append(art_item("sternum", "bone", curve(STERNUM, closed=True), layer="deep"))
    art.append(art_item("hyoid", "bone", curve(HYOID, closed=True)))
    art.append(art_item("larynx", "cartilage", curve(THYROID, closed=True) + " " + curve(TRACHEA, closed=True)))
    art.extend(context_back())
    art.append(art_item("arm", "silhouette", curve(ARM, closed=True)))
    # the arm's own contour drawn over everything below the deltoid, so the hanging arm reads in front of
    # the trunk (no trunk line runs into it)
    art.append(art_item("arm-contour", "outline", curve(ARM[ARM.index((450, 392)):ARM.index((350, 410)) + 1])))
    art.append(art_item("humerus", "bone", curve(HUMERUS, closed=True), layer="deep"))
    art.extend(context_arm())
    art.append(art_item("knuckles-and-nails", "feature", hand_features()))
    art.append(art_item("clavicle", "bone", curve(CLAVICLE, closed=True)))
    art.append(art_item("acromion-and-scapular-spine", "bone", curve(ACROMION_SPINE, closed=True)))
    art.extend(context_face())
    art.append(art_item("ear", "silhouette", curve(EAR, closed=True)))
    art.append(art_item("clavicle-edges", "outline", curve(CLAVICLE_OUTLINE)))
    art.append(art_item("ramus-and-arch-edges", "outline", curve(RAMUS_OUTLINE) + " " + curve(ZYGOMA, closed=True),
                        layer="deep"))
    art.append(art_item("ear-details", "feature", lines(EAR_LINES)))
    art.append(art_item("ear-canal", "feature", curve(EAR_CANAL, closed=True)))
    art.append(art_item("face", "feature", lines(EYE_LINES + NOSE_LINES + MOUTH_LINES)))
    return art


def context(id_, m, n, layer="superficial", steps=8):
    return art_item(id_, "muscle", m.outline(), m.fibres(n, steps=steps), layer)


def context_back():
    """Context muscles of the back and chest, behind the arm (not atlas muscles: never picked). As in a
    textbook side view their free borders run obliquely (no horizontal cut across the trunk): the
    latissimus dorsi covers the back of the flank from the iliac crest up to the posterior axillary fold,
    its anterior free border passing behind the hanging arm; the lower border of the pectoralis major
    rises from the front of the chest to the anterior axillary fold."""
    return [
        context("latissimus-dorsi", M(
            [(338, 874), (320, 871), (302, 878)],
            [(302, 878), (297, 800), (307, 740), (314, 680), (311, 620), (305, 560), (300, 500), (298, 440),
             (300, 410)],
            [(352, 398), (342, 394), (322, 400), (300, 410)],
            [(338, 874), (352, 800), (360, 700), (361, 600), (358, 520), (355, 450), (352, 398)]), 16),
        context("teres-major", M(
            [(301, 386), (304, 372), (310, 362)],
            [(310, 362), (332, 372), (350, 384)],
            [(352, 398), (350, 384)],
            [(301, 386), (324, 396), (352, 398)]), 6),
        context("pectoralis-major", M(
            [(485.5, 446), (483, 406), (477, 378), (467, 354), (456, 338), (446, 331), (430, 327)],
            [(430, 327), (441, 340), (448, 360), (448, 382)],
            [(474, 436), (460, 414), (452, 396), (448, 382)],
            [(485.5, 446), (474, 436)]), 16),
    ]


def context_arm():
    """Context muscles of the arm below the deltoid."""
    return [
        context("biceps-brachii", M(
            [(440, 384), (449, 380)],
            [(449, 380), (450, 400), (446, 430), (442, BOTTOM), (439, 530), (434, 585), (428, 622), (424, 652)],
            [(416, 654), (424, 652)],
            [(440, 384), (428, 412), (419, 440), (417, BOTTOM), (417, 530), (417, 585), (416, 625), (416, 654)]), 9),
        context("triceps-brachii", M(
            [(350, 350), (355, 360), (364, 390), (382, 420), (402, 446)],
            [(402, 446), (404, 460), (404, BOTTOM), (400, 540), (392, 600), (381, 638), (376, 648)],
            [(367, 646), (376, 648)],
            [(350, 350), (347, 380), (350, 420), (357, BOTTOM), (361, 540), (365, 600), (367, 646)]), 14),
        # the forearm from the side: brachioradialis and the radial wrist extensors in front, the finger
        # extensors behind them, tapering into their tendons above the wrist; the back of the hand
        # (brachioradialis and the long radial extensor arise above the elbow, from the lateral supracondylar
        # ridge: their tongue rises between the biceps and the triceps)
        context("forearm-muscles", M(
            shifted([arm.INNER[0]]) + [(380, 640), (394, 614), (410, 598), (422, 602), (428, 624)]
            + shifted([arm.OUTER[0]]),
            shifted(arm.OUTER),
            shifted([arm.INNER[-1], arm.OUTER[-1]]),
            shifted(arm.INNER)), 12),
    ]


def hand_features():
    """Knuckles and nails on the back of the hand, and the border of the extensor retinaculum."""
    parts = []
    for (x, y) in ((632, 968), (615, 976), (598.5, 974), (582, 964)):
        parts.append(curve([(x - 4.5 + ARM_DX, y), (x + ARM_DX, y - 3), (x + 4.5 + ARM_DX, y), (x + ARM_DX, y + 3)],
                           closed=True))
    for (tx, ty) in arm.FINGER_TIPS.values():
        tx += ARM_DX
        parts.append(curve([(tx - 4, ty - 12), (tx, ty - 14.5), (tx + 4, ty - 12), (tx + 3.5, ty - 4), (tx, ty - 2.5),
                            (tx - 3.5, ty - 4)], closed=True))
    return " ".join(parts)


def context_face():
    """Orbicularis oris round the lips."""
    return [
        context("orbicularis-oris", M(
            [(493, 190), (506, 187.5), (513.5, 189.5), (516.5, 196), (512, 202)],
            [(512, 202), (514.5, 207), (512.5, 213), (505, 217)],
            [(492, 214), (505, 217)],
            [(493, 190), (490, 202), (492, 214)]), 6),
    ]


def muscle_shapes():
    ms = muscles()
    shapes = {}
    for mid, (m, n) in ms.items():
        shapes[mid] = (m.outline(), m.fibres(n))
    upper = curve(TEMPORALIS_UPPER, closed=True)
    lower = curve(TEMPORALIS_LOWER, closed=True)
    shapes["temporalis"] = (upper + " " + lower, TEMPORALIS_FAN.fibres(26, steps=10))
    outer = curve(ORBICULARIS_OUTER, closed=True)
    def area(pts):
        return sum(pts[i - 1][0] * pts[i][1] - pts[i][0] * pts[i - 1][1] for i in range(len(pts)))
    hole = ORBICULARIS_INNER if area(ORBICULARIS_INNER) * area(ORBICULARIS_OUTER) < 0 else ORBICULARIS_INNER[::-1]
    inner = curve(hole, closed=True)      # wound against the outline: the palpebral fissure is a hole
    shapes["orbicularis-oculi"] = (outer + " " + inner,
                                   ring_fibres(ORBICULARIS_INNER, ORBICULARIS_OUTER, 6, ORBICULARIS_CENTRE))
    return shapes


def build_view():
    shapes = muscle_shapes()
    ms = []
    for layer, order in (("deep", DEEP_ORDER), ("superficial", SUPERFICIAL_ORDER)):
        for mid in order:
            path, fib = shapes[mid]
            ms.append({"muscle": mid, "layer": layer, "path": path, "fibres": clamp(fib), "bilateral": False})
    missing = set(shapes) - set(DEEP_ORDER) - set(SUPERFICIAL_ORDER)
    assert not missing, missing
    return {
        "$schema": "../schema/view.schema.json",
        "id": "lateral",
        "name": "Right lateral",
        "viewBox": VIEWBOX,
        "midlineX": MIDLINE_X,
        "profile": True,
        "patientRightOnViewerLeft": False,
        "landmarks": [{"id": i, "name": n, "at": [num(p[0]), num(p[1])]} for i, n, p in LANDMARKS],
        "art": build_art(),
        "muscles": ms,
    }


# ---- content that follows the drawing: trigger points, zones and regions (lateral keys only)

def load(path):
    text = open(path, encoding="utf-8").read()
    data = json.loads(text)
    ascii_ok = json.dumps(data, indent=2, ensure_ascii=True) + "\n" == text
    return data, ascii_ok


def save(path, data, ascii_ok):
    with open(path, "w", encoding="utf-8") as f:
        f.write(json.dumps(data, indent=2, ensure_ascii=ascii_ok) + "\n")


def muscle_files():
    d = os.path.join(ATLAS, "muscles")
    return [os.path.join(d, f) for f in sorted(os.listdir(d)) if f.endswith(".json")]


def round_path(d):
    return transform_path(d, lambda p: p)


def warp_content(f):
    for path in muscle_files():
        data, a = load(path)
        for m in data["muscles"]:
            for tp in m["triggerPoints"]:
                if "lateral" in tp["positions"]:
                    x, y = f(tp["positions"]["lateral"])
                    tp["positions"]["lateral"] = [num(x), num(y)]
                for kind in ("essential", "spillover"):
                    for z in tp["referral"].get(kind, []):
                        if "lateral" in z.get("shapes", {}):
                            # "#name" references are carried by tools/atlasgen/shapes.py instead
                            z["shapes"]["lateral"] = [s if s.startswith("#") else transform_path(s, f)
                                                      for s in z["shapes"]["lateral"]]
        save(path, data, a)
    path = os.path.join(ATLAS, "regions.json")
    data, a = load(path)
    for r in data["regions"]:
        if "lateral" in r.get("shapes", {}):
            r["shapes"]["lateral"] = [s if s.startswith("#") else transform_path(s, f)
                                      for s in r["shapes"]["lateral"]]
    save(path, data, a)


def inside_point(polys, p, margin=1.5):
    """p if it lies on the shape, else the nearest point at least `margin` inside it."""
    if contains(polys, p):
        return p, False
    best, bd = None, 1e18
    for r in [i * 0.5 for i in range(1, 120)]:
        for k in range(72):
            ang = 2 * math.pi * k / 72
            q = (p[0] + r * math.cos(ang), p[1] + r * math.sin(ang))
            if contains(polys, q) and all(contains(polys, (q[0] + margin * math.cos(2 * math.pi * j / 8),
                                                            q[1] + margin * math.sin(2 * math.pi * j / 8)))
                                          for j in range(8)):
                d = r
                if d < bd:
                    bd, best = d, q
        if best:
            break
    return best, True


# Trigger points placed by hand in this view (the infraspinatus is drawn here since the redraw).
TP_POSITIONS = {
    "infraspinatus-tp1": (344, 350),
    "infraspinatus-tp2": (324, 357),
    "levator-scapulae-tp1": (372, 267),        # where it emerges from under the trapezius' anterior border
    "levator-scapulae-tp2": (348, 308),        # low, towards its insertion on the superior angle
    "upper-trapezius-tp1": (368, 279),         # at the anterior free border, mid-neck
    "infraspinatus-tp3": (312, 360),           # low and medial, towards the vertebral border
    "middle-trapezius-tp5": (314, 336),        # near the vertebral border of the scapula
    "middle-trapezius-tp6": (381, 313),        # just medial to the acromion
    "deltoid-tp1": (434, 344),                 # anterior deltoid, front of the shoulder joint
    "deltoid-tp2": (401, 364),                 # middle deltoid, centre of the outer shoulder
    "deltoid-tp3": (357, 370),                 # posterior deltoid, along its posterior border
}


def fit_trigger_points(view):
    for path in muscle_files():
        data, a = load(path)
        hit = False
        for m in data["muscles"]:
            for tp in m["triggerPoints"]:
                if tp["id"] in TP_POSITIONS:
                    p = [num(v) for v in TP_POSITIONS[tp["id"]]]
                    if tp["positions"].get("lateral") != p:
                        positions = dict(tp["positions"])
                        positions["lateral"] = p
                        tp["positions"] = {k: positions[k] for k in sorted(positions, key=lambda k: k != "lateral")}
                        hit = True
        if hit:
            save(path, data, a)
    shapes = {}
    for m in view["muscles"]:
        shapes.setdefault(m["muscle"], []).extend(flatten(m["path"]))
    report = []
    for path in muscle_files():
        data, a = load(path)
        changed = False
        for m in data["muscles"]:
            polys = shapes.get(m["id"])
            if not polys:
                continue
            for tp in m["triggerPoints"]:
                p = tp["positions"].get("lateral")
                if not p:
                    continue
                q, moved = inside_point(polys, tuple(p))
                if moved:
                    tp["positions"]["lateral"] = [num(q[0]), num(q[1])]
                    report.append("%s: %s -> %s" % (tp["id"], p, tp["positions"]["lateral"]))
                    changed = True
        if changed:
            save(path, data, a)
    return report


def check_attachments(view):
    lm = {l["id"]: tuple(l["at"]) for l in view["landmarks"]}
    shapes = {}
    for m in view["muscles"]:
        shapes.setdefault(m["muscle"], []).extend(flatten(m["path"]))
    out = []
    for path in muscle_files():
        data, _ = load(path)
        for m in data["muscles"]:
            if m["id"] not in shapes:
                continue
            for kind in ("origin", "insertion"):
                for att in m["attachments"][kind]:
                    for l in att.get("landmarks", []):
                        if l in lm:
                            d = distance(shapes[m["id"]], lm[l])
                            if d > 11:
                                out.append("%s is %.1f from %s" % (m["id"], d, l))
    return out


# ---- a quick SVG preview (colours as in bodymap.css) for iterating without the app

STYLE = {
    "silhouette": 'fill="#f2ddcb" stroke="#8c6651" stroke-width="1.3"',
    "bone": 'fill="#f3ecd6" stroke="#8e8266" stroke-width="0.9"',
    "cartilage": 'fill="#dfe7e6" stroke="#8e8266" stroke-width="0.7"',
    "muscle": 'fill="#e3b3a6" stroke="#a7746a" stroke-width="0.7"',
    "feature": 'fill="none" stroke="#5b4336" stroke-width="1.1" stroke-linecap="round"',
    "outline": 'fill="none" stroke="#8e8266" stroke-width="1"',
}


def preview(view, layer, out, extra=""):
    vb = view["viewBox"]
    parts = ['<svg xmlns="http://www.w3.org/2000/svg" viewBox="%s" width="%d" height="%d">'
             % (" ".join(str(v) for v in vb), vb[2] * 3, vb[3] * 3),
             '<rect x="%s" y="%s" width="%s" height="%s" fill="#fbfaf7"/>' % tuple(vb)]
    cid = [0]

    def clip(d):
        cid[0] += 1
        parts.append('<clipPath id="c%d"><path d="%s"/></clipPath>' % (cid[0], d))
        return "c%d" % cid[0]
    front = []
    for a in view["art"]:
        if a.get("layer") and a["layer"] != layer:
            continue
        s = '<path d="%s" %s stroke-linejoin="round"/>' % (a["path"], STYLE[a["kind"]])
        if a["kind"] in ("feature", "outline"):
            front.append(s)
            continue
        parts.append(s)
        if a.get("fibres"):
            parts.append('<path d="%s" fill="none" stroke="rgba(140,80,70,0.35)" stroke-width="0.5" clip-path="url(#%s)"/>'
                         % (a["fibres"], clip(a["path"])))
    ghosts = []
    for m in sorted(view["muscles"], key=lambda m: 0 if m["layer"] == "deep" else 1):
        if layer == "deep" and m["layer"] == "superficial":
            ghosts.append('<path d="%s" fill="none" stroke="#6e2f28" stroke-width="0.7" stroke-dasharray="3 3" opacity="0.55"/>' % m["path"])
            continue
        fill = "#b46a5e" if m["layer"] == "deep" else "#c27466"
        parts.append('<path d="%s" fill="%s" stroke="#6e2f28" stroke-width="0.8" stroke-linejoin="round"/>' % (m["path"], fill))
        parts.append('<path d="%s" fill="none" stroke="rgba(98,36,30,0.55)" stroke-width="0.6" clip-path="url(#%s)"/>'
                     % (m["fibres"], clip(m["path"])))
    parts += front + ghosts
    parts.append(extra)
    parts.append("</svg>")
    with open(out, "w") as f:
        f.write("\n".join(parts))


def tp_marks():
    out = []
    for path in muscle_files():
        data, _ = load(path)
        for m in data["muscles"]:
            for tp in m["triggerPoints"]:
                p = tp["positions"].get("lateral")
                if p:
                    out.append('<path d="M%s,%s m-2,-2 l4,4 m0,-4 l-4,4" stroke="#000" stroke-width="0.8"/>' % (p[0], p[1]))
    return "".join(out)


def main(argv):
    view = build_view()
    if "--dry" in argv:
        for line in check_attachments(view):
            print("ATTACHMENT:", line)
        for layer in ("superficial", "deep"):
            preview(view, layer, os.path.join(preview_dir(), "lateral-%s.svg" % layer), tp_marks() if "--tp" in argv else "")
            debug(view, layer, os.path.join(preview_dir(), "debug-%s.svg" % layer))
        return
    old, _ = load(VIEW_FILE)
    old_lm = {l["id"]: tuple(l["at"]) for l in old["landmarks"]}
    new_lm = {l["id"]: tuple(l["at"]) for l in view["landmarks"]}
    fit = "--fit-content" in argv
    moved = any(old_lm[i] != new_lm[i] for i in new_lm if i in old_lm)
    if moved and not fit:
        sys.exit("landmarks moved: rerun with --fit-content to warp the lateral trigger points, zones and "
                 "regions with them (it rewrites zones drawn by tools/zones/lateral.py)")
    if moved:
        src = [old_lm[i] for i in new_lm if i in old_lm]
        dst = [new_lm[i] for i in new_lm if i in old_lm]
        if old["viewBox"] == [0, 0, 800, 720]:     # the first redraw: the old drawing's contours too
            src += [a for a, b in WARP_EXTRA]
            dst += [b for a, b in WARP_EXTRA]
        warp_content(tps(src, dst))
        print("content warped to the new landmarks")
    save(VIEW_FILE, view, True)
    if fit:
        for line in fit_to_body(view):
            print("moved onto the body:", line)
        for line in fit_trigger_points(view):
            print("trigger point moved onto its muscle:", line)
    for line in check_attachments(view):
        print("ATTACHMENT:", line)
    if "--preview" in argv:
        for layer in ("superficial", "deep"):
            preview(view, layer, os.path.join(preview_dir(), "lateral-%s.svg" % layer), tp_marks() if "--tp" in argv else "")


def debug(view, layer, out):
    import colorsys
    vb = view["viewBox"]
    parts = ['<svg xmlns="http://www.w3.org/2000/svg" viewBox="%s" width="%d" height="%d">'
             % (" ".join(str(v) for v in vb), vb[2] * 3, vb[3] * 3),
             '<rect x="%s" y="%s" width="%s" height="%s" fill="#fff"/>' % tuple(vb)]
    for a in view["art"]:
        if a["kind"] == "silhouette":
            parts.append('<path d="%s" fill="#eee" stroke="#999" stroke-width="0.5"/>' % a["path"])
    labels = []
    ms = [m for m in view["muscles"] if m["layer"] == layer]
    for i, m in enumerate(ms):
        r, g, b = colorsys.hsv_to_rgb(i / len(ms), 0.6, 0.9)
        parts.append('<path d="%s" fill="rgb(%d,%d,%d)" fill-opacity="0.75" stroke="#000" stroke-width="0.4"/>'
                     % (m["path"], r * 255, g * 255, b * 255))
        pl = flatten(m["path"])[0]
        cx = sum(p[0] for p in pl) / len(pl)
        cy = sum(p[1] for p in pl) / len(pl)
        labels.append('<text x="%.1f" y="%.1f" font-size="4" font-family="sans-serif">%s</text>' % (cx - 8, cy, m["muscle"][:14]))
    for l in view["landmarks"]:
        x, y = l["at"]
        labels.append('<circle cx="%s" cy="%s" r="1.2" fill="blue"/><text x="%s" y="%s" font-size="3" fill="blue">%s</text>' % (x, y, x + 1.5, y - 1, l["id"]))
    parts += labels
    parts.append("</svg>")
    open(out, "w").write("\n".join(parts))


def body_polys(view):
    polys = []
    for a in view["art"]:
        if a["kind"] == "silhouette":
            polys.append(flatten(a["path"]))
    return polys


def on_body(polys_list, p):
    return any(contains(pl, p) for pl in polys_list)


def pull_inside(view, d, margin=1.0):
    """Path data whose points outside the body are moved just inside the skin."""
    skin = body_polys(view)
    moved = [False]

    def f(p):
        if on_body(skin, p):
            return p
        for r in [i * 0.5 for i in range(1, 60)]:
            for k in range(36):
                ang = 2 * math.pi * k / 36
                q = (p[0] + (r + margin) * math.cos(ang), p[1] + (r + margin) * math.sin(ang))
                if on_body(skin, q):
                    moved[0] = True
                    return q
        return p
    out = transform_path(d, f)
    return out, moved[0]


# Regions redrawn by hand where the warp of the old drawing does not fit the new one.
REGION_SHAPES = {
    "nose": "M502,134 L507,150 L516.5,164 L524,175 L524,181 L513,184 L503,182 L497,162 Z",
    # the temporal fossa back to above the ear, where the posterior temporalis refers
    "temple": "M480,112 L477,124 L470,131 L456,137 L436,138 L420,134 L406,127 L394,123 L387,115 L389,104 "
              "L399,95 L417,88 L436,85 L453,86 L467,92 L476,101 Z",
}


def fit_to_body(view):
    report = []
    path = os.path.join(ATLAS, "regions.json")
    data, a = load(path)
    for r in data["regions"]:
        if r["id"] in REGION_SHAPES:
            r["shapes"]["lateral"] = [REGION_SHAPES[r["id"]]]
        shapes = r.get("shapes", {}).get("lateral")
        if shapes:
            new = []
            for s in shapes:
                t, moved = pull_inside(view, s)
                new.append(t if moved else s)
                if moved:
                    report.append("region " + r["id"])
            r["shapes"]["lateral"] = new
    save(path, data, a)
    for path in muscle_files():
        data, a = load(path)
        for m in data["muscles"]:
            for tp in m["triggerPoints"]:
                for kind in ("essential", "spillover"):
                    for z in tp["referral"].get(kind, []):
                        shapes = z.get("shapes", {}).get("lateral")
                        if shapes:
                            new = []
                            for s in shapes:
                                t, moved = pull_inside(view, s)
                                new.append(t if moved else s)
                                if moved:
                                    report.append("zone of " + tp["id"] + " " + ",".join(z["regions"]))
                            z["shapes"]["lateral"] = new
        save(path, data, a)
    return report


if __name__ == "__main__":
    main(sys.argv[1:])

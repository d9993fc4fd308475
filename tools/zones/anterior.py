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
from atlasgen.paths import fmt, pt  # noqa: E402
from atlasgen.shapes import Problems, migrate, write_shapes  # noqa: E402

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
VIEW = "anterior"


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
EYE = loop([(358, 139), (361, 133.5), (367, 130), (375, 129.5), (382, 131), (387.5, 135), (389.5, 140.5),
            (386.5, 146), (380, 149.5), (372, 150.5), (364, 148.5), (359.5, 144.5)])
EYE_LATERAL = loop([(357, 137), (362, 132.5), (370, 131), (377, 133), (380, 139), (376.5, 146), (369, 149.5),
                    (361.5, 148.5), (357.5, 143.5)])

# Temple: the anterior temple between the lateral end of the brow and the hairline.
TEMPLE = loop([(342, 94), (348, 91.5), (352.5, 97), (354, 108), (353.5, 120), (350.5, 130), (345, 134.5),
               (339.5, 131), (337.5, 120), (337.5, 106)])

# ================================================================ sternocleidomastoid (T&S ch. 7, Fig. 7.1)

SCM_S = "sternocleidomastoid-sternal-tp"
# Lower sternal TP: a narrow strip down over the upper sternum (manubrium), from just below the notch.
zone(SCM_S + "1", E, 0, loop([(389, 329), (394, 326), (401, 326.5), (405.5, 330), (406, 338), (404.5, 348),
                              (403.5, 360), (403, 372), (402, 384), (400, 395), (396.5, 400), (393, 395),
                              (391.5, 384), (390.5, 372), (389, 360), (387, 348), (386.5, 338)]))
# ... and the lower throat above it (pain on swallowing)
zone(SCM_S + "1", S, 0, loop([(386, 296), (392, 292.5), (398, 295), (400.5, 304), (400, 315), (398.5, 325),
                              (393, 327.5), (388, 322), (385.5, 311)]))
# Middle sternal TP: across the cheek, over the eyebrow, deep in the orbit; spillover temple, forehead,
# throat (back of the tongue) and chin.
zone(SCM_S + "2", E, 0, loop([(345, 156), (351, 151.5), (359, 153), (367, 158.5), (375, 163), (382, 168),
                              (384.5, 175), (380, 181), (371, 182), (362, 178.5), (354, 172.5), (347.5, 165.5)]))
zone(SCM_S + "2", E, 1, band([(357, 127.5), (364, 123), (373, 120.5), (382, 121), (390, 124)], [6, 8, 9, 8, 5.5]))
zone(SCM_S + "2", E, 2, EYE)
zone(SCM_S + "2", S, 0, loop([(344, 108), (350, 105.5), (355, 111), (355.5, 120), (352, 128.5), (346, 132),
                              (341, 127), (340, 117)]))
zone(SCM_S + "2", S, 1, loop([(356, 112), (364, 106.5), (375, 104.5), (386, 105.5), (394, 109.5), (395, 115.5),
                              (388, 118), (376, 117), (364, 119), (357.5, 119)]))
zone(SCM_S + "2", S, 2, loop([(380, 250), (387, 246.5), (395, 247), (400.5, 251), (401, 259), (396, 265),
                              (388, 266), (381.5, 261)]))
zone(SCM_S + "2", S, 3, loop([(382, 228), (389, 224.5), (396, 225.5), (399.5, 230), (398.5, 236.5), (392, 239),
                              (385, 237.5), (381, 233)]))
# Upper sternal TP: the vertex (and the occiput, not seen from the front).
zone(SCM_S + "3", E, 1, loop([(378, 45.5), (386, 42.5), (394, 43), (398, 47.5), (397, 55), (391, 60),
                              (383, 60.5), (377.5, 56), (376, 50.5)]))

SCM_C = "sternocleidomastoid-clavicular-tp"
# Middle clavicular TP: frontal headache across the forehead, reaching over the midline.
zone(SCM_C + "1", E, 0, loop([(353, 101), (357, 93.5), (366, 89), (378, 87), (391, 86.5), (403, 87.5),
                              (413, 90.5), (418, 95), (414, 99.5), (404, 101), (392, 103.5), (380, 107.5),
                              (368, 110.5), (358, 110.5)]))
# Upper clavicular TP: besides the ear (lateral view), the cheek in front of the ear and the molars.
zone(SCM_C + "2", S, 0, loop([(341, 156), (346, 152.5), (351.5, 156.5), (354, 165), (354, 175), (350.5, 183),
                              (345, 184), (341.5, 176), (340.5, 165)]))
zone(SCM_C + "2", S, 1, loop([(372.5, 194.5), (377, 192.5), (382, 193.5), (383.5, 197.5), (380.5, 201),
                              (375, 201), (372, 198.5)]))

# ================================================================ masseter (T&S ch. 8, Fig. 8.1)

MS = "masseter-superficial-tp"
# Upper belly: upper premolars and molars, and the maxilla.
zone(MS + "1", E, 0, loop([(373, 194), (378, 191.8), (385, 192), (389, 195), (387, 199.5), (380, 201.2),
                           (374.5, 199.8), (372.2, 197)]))
zone(MS + "1", E, 1, loop([(347.5, 157), (353, 152), (361, 152.5), (369, 157), (375.5, 164), (378, 172),
                           (374, 179.5), (366, 183), (358, 181), (352, 175.5), (348.5, 167)]))
# Mid belly: lower molars and the body of the mandible.
zone(MS + "2", E, 0, loop([(373, 205), (378, 203.3), (385, 203.8), (388.5, 207), (386, 210.8), (379, 211.8),
                           (374, 210.2), (372, 207.5)]))
zone(MS + "2", E, 1, loop([(362, 205), (368, 202.5), (375, 206), (381, 211.5), (385.5, 217.5), (384.5, 223.5),
                           (377, 223), (369.5, 218.5), (363.5, 212)]))
# Lower belly, at the angle: the angle and the lower jaw, and in an arc over the temple to the brow.
zone(MS + "3", E, 0, loop([(345, 194), (350, 189.5), (355.5, 192.5), (358.5, 201), (362.5, 209), (369, 216),
                           (376, 222), (382.5, 227.5), (383.5, 233.5), (376, 233), (367, 227.5), (358, 220.5),
                           (350.5, 213), (346, 204)]))
zone(MS + "3", E, 1, band([(355, 129.5), (363, 124.5), (372, 121.5), (381, 121.5)], [7, 8.5, 8, 5]))
zone(MS + "3", S, 0, band([(349, 131.5), (345, 122), (343.5, 110), (345, 98)], [8, 11, 11, 7]))

# ================================================================ temporalis (T&S ch. 9, Fig. 9.1)

TM = "temporalis-tp"
# TP1 (anterior fibres): spikes up over the anterior temple, along the supraorbital ridge, upper incisors;
# spillover into the eye.
# From the front the temple zones of TP1-TP3 fall on the same anterior temple (they differ front to back,
# which the lateral view shows), so they share one outline; TP4's lies higher, at the side of the head.
TEMPORAL = loop([(342, 96), (348, 92), (353, 97.5), (355, 109), (354.5, 121), (351.5, 130.5), (346, 134.5),
                 (340.5, 131), (338.3, 121), (338.5, 107)])
zone(TM + "1", E, 0, TEMPORAL)
zone(TM + "1", E, 1, band([(353, 130.5), (359, 125), (367, 121.5), (376, 120), (385, 121)], [8, 8.5, 8, 6.5, 4.5]))
zone(TM + "1", E, 2, loop([(388, 193.5), (393, 192.3), (398.5, 192.8), (400.5, 196.5), (398.5, 200.7),
                           (393, 201.8), (388.5, 200.8), (387.3, 197)]))
zone(TM + "1", S, 0, EYE_LATERAL)
# TP2, TP3 (middle fibres): the temple, and the upper canine/premolars (TP2) or molars (TP3).
zone(TM + "2", E, 0, TEMPORAL)
zone(TM + "2", E, 1, loop([(378.5, 194), (383, 192.2), (388, 192.6), (389.2, 196.5), (387.8, 200.8), (383, 201.6),
                           (378.5, 200.4), (377.5, 197)]))
zone(TM + "3", E, 0, TEMPORAL)
zone(TM + "3", E, 1, loop([(369.5, 195.5), (373.5, 193), (378.5, 193.5), (379.5, 197), (378.5, 200.6), (373.5, 201),
                           (369.8, 199)]))
# TP4 (posterior fibres): back and up over the side of the head; from the front only the edge of the temple.
zone(TM + "4", E, 0, loop([(339, 78), (343.5, 76.5), (346, 81), (344.5, 89), (342.5, 98), (341, 106),
                           (338, 108), (336.3, 100), (336.5, 89)]))

# ================================================================ pterygoids (T&S ch. 10, 11)

# Lateral pterygoid: the TMJ (lateral view) and the maxilla (maxillary sinus).
MAXILLA = loop([(352, 157), (358, 153), (366, 154.5), (372.5, 159), (377.5, 166), (376.5, 174), (370, 179.5),
                (361, 180), (354, 175.5), (350.5, 166)])
zone("lateral-pterygoid-tp1", E, 1, MAXILLA)
zone("lateral-pterygoid-tp2", E, 1, MAXILLA)
# Medial pterygoid: the back of the mouth, tongue and pharynx: below the angle and into the throat.
zone("medial-pterygoid-tp1", E, 0, loop([(355.5, 212), (362, 209), (371, 213), (381, 219.5), (390, 228),
                                         (396, 238.5), (395, 249), (387.5, 254.5), (378, 251.5), (369, 243.5),
                                         (361, 233), (356, 222)]))

# ================================================================ digastric (T&S ch. 12)

# Posterior belly: the upper part of the SCM below the mastoid; spillover the throat under the chin.
zone("digastric-posterior-tp1", E, 0, loop([(343.5, 199), (347.5, 195), (353, 199.5), (357.5, 209), (361, 222),
                                            (362, 236), (358.5, 247.5), (353, 252.5), (350, 245), (348, 232),
                                            (345.5, 218), (343.5, 208)]))
zone("digastric-posterior-tp1", S, 0, loop([(379, 246), (386, 243), (394, 243.5), (399.5, 247.5), (399, 255),
                                            (392, 260), (384, 259), (379.5, 253.5)]))
# Anterior belly: the four lower incisors and the alveolar ridge below them; spillover the chin.
zone("digastric-anterior-tp1", E, 0, loop([(385, 206), (390.5, 204), (397, 203.6), (403.5, 204.5), (407, 207.5),
                                           (405.5, 212.5), (401, 216.5), (395, 217.5), (389.5, 215.5),
                                           (385.5, 211)]))
zone("digastric-anterior-tp1", S, 0, loop([(382, 225), (387.5, 220), (395, 219.5), (402, 221), (406, 226),
                                           (404, 233), (397.5, 238), (389.5, 238.5), (383.5, 233)]))

# ================================================================ facial muscles (T&S ch. 13)

# Orbicularis oculi: over the root and down the side of the nose to the upper lip.
zone("orbicularis-oculi-tp1", E, 0, band([(389, 127), (390.5, 138), (391, 152), (390.5, 166), (389.5, 180),
                                          (390, 192)], [8, 9.5, 10, 10, 9, 6]))
# Zygomaticus major: an arc from the TP alongside the nose (nose zone) up to the mid forehead.
zone("zygomaticus-major-tp1", E, 0, band([(362, 169), (370, 166), (378, 160.5), (384.5, 152), (388.5, 142),
                                          (391.5, 131)], [7, 9, 10, 10, 9, 8]))
zone("zygomaticus-major-tp1", E, 1, band([(393, 125), (395, 114), (396.5, 103), (397, 93), (396, 85)],
                                         [8, 9.5, 9.5, 8.5, 6]))
# Buccinator: the cheek over the muscle and the gums of the upper teeth.
zone("buccinator-tp1", E, 0, loop([(352.5, 178), (359, 171.5), (368, 170), (376.5, 174), (381.5, 181.5),
                                   (380.5, 189.5), (374, 195), (364, 196.5), (356, 193), (352, 186)]))
zone("buccinator-tp1", S, 0, loop([(374, 192), (380, 189), (388, 188.5), (394, 190.5), (393.5, 195.5),
                                   (387, 197.5), (379.5, 197.5), (374.5, 195.5)]))
# Frontalis: local, spreading up over the forehead around the TP.
zone("frontalis-tp1", E, 0, loop([(360, 88), (365, 80), (373, 75.5), (382, 75), (389.5, 79.5), (393, 88),
                                  (392, 97.5), (389.5, 106), (384, 112.5), (376, 114), (368.5, 110), (364, 103),
                                  (359.5, 96)]))
# Platysma: prickling over the lower face: the mandible, the lower cheek; spillover the chin.
zone("platysma-tp1", E, 0, band([(349.5, 195), (355, 205.5), (363.5, 215), (372.5, 222.5), (381, 228)],
                                [7, 9, 10, 9, 6.5]))
zone("platysma-tp1", E, 1, loop([(348, 178), (354, 174), (362, 175), (369, 179), (371.5, 186), (366.5, 191),
                                 (357, 191.5), (350, 187.5)]))
zone("platysma-tp1", S, 0, loop([(383, 224), (389.5, 220), (397, 220.5), (401, 226), (400, 234), (394, 239.5),
                                 (386, 239.5), (380, 235), (379.5, 229)]))

# ================================================================ head and neck extensors (T&S ch. 14-17)

# Occipitalis: intense pain behind the eye and in the lid; spillover over the brow.
zone("occipitalis-tp1", E, 1, EYE)
zone("occipitalis-tp1", S, 0, band([(355, 128), (363, 122), (373, 118.5), (383, 118.5), (392, 121.5)],
                                   [9, 12, 13, 11, 8]))
# Splenius capitis: the vertex, on the same side.
zone("splenius-capitis-tp1", E, 0, loop([(372, 50), (379, 44.5), (388, 42), (396.5, 43), (399, 49), (396, 57),
                                         (388.5, 62.5), (379, 63.5), (373, 58.5)]))
# Splenius cervicis (upper TP): pain inside the head focused behind the eye, and the temple;
# (lower TP): the angle of the neck.
zone("splenius-cervicis-tp1", E, 0, EYE)
zone("splenius-cervicis-tp1", E, 1, TEMPLE)
NECK_ANGLE = loop([(326, 291), (334, 286.5), (342, 283), (349, 279.5), (353, 283.5), (351, 291), (343, 296.5),
                   (333, 300), (326, 298)])
zone("splenius-cervicis-tp2", E, 0, NECK_ANGLE)
# Semispinalis capitis (upper TP): a band half round the head at the temple, strongest over the temple
# and above the eye; spillover along the brow.
zone("semispinalis-capitis-tp3", E, 0,
     loop([(337, 104), (341, 96.5), (348, 95), (356, 97.5), (366, 99), (378, 99.5), (388, 101.5), (392.5, 106.5),
           (389, 112), (378, 112.5), (366, 113), (357, 115.5), (352, 124), (346.5, 131), (340.5, 128),
           (337.5, 118)]))
zone("semispinalis-capitis-tp3", S, 0, band([(356, 127), (364, 122), (374, 119.5), (384, 120), (391, 123)],
                                            [8, 9, 9, 8, 6]))
# Suboccipitals: from the occiput forward over the side of the head to the orbit (one band from the
# temple to the eye); spillover the lateral forehead.
SUBOCC = loop([(339, 102), (344, 97), (350, 99.5), (354, 108), (356.5, 118), (362, 128), (371, 132),
               (380.5, 134), (386, 139), (382.5, 145.5), (372, 147.5), (362, 144), (353.5, 137), (346.5, 130),
               (341, 120)])
SUBOCC_S = loop([(352, 94), (359, 86.5), (369, 83.5), (380, 85), (386, 91), (383, 99), (374, 104),
                 (364, 108.5), (357, 112), (352.5, 105)])
for m in ("obliquus-capitis-inferior", "obliquus-capitis-superior", "rectus-capitis-posterior-major",
          "rectus-capitis-posterior-minor"):
    zone(m + "-tp1", E, 0, SUBOCC)
    zone(m + "-tp1", S, 0, SUBOCC_S)

# Upper trapezius (T&S ch. 6, Fig. 6.1): TP1 up the posterolateral neck behind the ear to the temple
# ("question mark"): from the front the strip along the side of the neck and the temple; spillover the
# eye, the angle of the jaw, the lower molars and the top of the shoulder.
zone("upper-trapezius-tp1", E, 0,
     loop([(340, 189), (344.5, 189.5), (347, 200), (349.5, 212), (353, 228), (356, 244), (357, 258),
           (354.5, 270), (351.5, 270), (352, 256), (349.5, 240), (346, 223), (343, 207), (341.2, 196)]),
     loop([(341, 92), (347, 90), (352, 96), (353, 108), (351.5, 121), (347, 131), (341.5, 133), (338, 125),
           (337.5, 111), (338, 99)]))
zone("upper-trapezius-tp1", S, 0, EYE_LATERAL)
zone("upper-trapezius-tp1", S, 1, loop([(346.5, 200), (351.5, 196), (358.5, 198.5), (363, 206), (362, 214),
                                        (356, 218.5), (349.5, 215), (346.5, 208)]))
zone("upper-trapezius-tp1", S, 3, loop([(371.8, 205.5), (376, 203.2), (381.5, 203.5), (383, 207.5), (380, 211.2),
                                        (374.5, 211.2), (371.8, 208.5)]))
zone("upper-trapezius-tp1", S, 4, band([(347.5, 284.5), (338, 290.5), (325, 295), (310, 298.5)], [7, 8, 8, 6]))
zone("upper-trapezius-tp2", S, 1, band([(306, 300), (292, 303), (278, 305.5), (264, 308)], [7, 8, 8, 6]))

# Levator scapulae: the angle of the neck (from the front the top of the shoulder beside the neck).
zone("levator-scapulae-tp1", E, 0, NECK_ANGLE)
zone("levator-scapulae-tp2", E, 0, NECK_ANGLE)

# ================================================================ shoulder (T&S ch. 6, 21, 22, 28, 43)

# Over the acromion: middle trapezius TP6, lower trapezius TP3, supraspinatus.
ACROMION = loop([(228.5, 314.5), (234.5, 310), (242, 308.3), (250, 309.5), (253.5, 314.5), (248, 320),
                 (238, 321.8), (230, 320)])
zone("middle-trapezius-tp6", E, 0, ACROMION)
zone("lower-trapezius-tp3", E, 2, ACROMION)

# Supraspinatus: deep ache in the mid-deltoid region; spillover down the lateral arm (to the epicondyle).
MID_DELTOID = loop([(207, 334.5), (213, 327), (220.5, 327), (226, 336), (228, 350), (227, 366), (223, 382),
                    (216.5, 396), (208.5, 400.5), (202.5, 392), (200.5, 374), (200.8, 354)])
zone("supraspinatus-tp1", E, 0, MID_DELTOID)
zone("supraspinatus-tp1", E, 1, ACROMION)
zone("supraspinatus-tp1", S, 0, band([(211.5, 398), (212.5, 420), (213.5, 445), (214.5, 490), (213, 560), (210, 625)], [11, 12, 11, 11, 10, 8], cap=0.4))
zone("supraspinatus-tp2", E, 0, MID_DELTOID)
zone("supraspinatus-tp2", E, 1, ACROMION)
zone("supraspinatus-tp2", S, 0, band([(211.5, 398), (212.5, 420), (213.5, 445), (214.5, 472)], [11, 12, 11, 10], cap=0.4))
zone("supraspinatus-tp3", E, 0, MID_DELTOID)

# Infraspinatus: deep in the front of the shoulder joint; spillover down the front and lateral arm.
ANT_SHOULDER = loop([(221, 327), (230, 320.5), (243, 318.5), (255, 322), (263, 331), (266, 345), (262, 359),
                     (255, 371), (245, 381), (233, 385), (222.5, 379), (216, 366), (213, 350), (215, 336)])
for tp in ("infraspinatus-tp1", "infraspinatus-tp2"):
    zone(tp, E, 0, ANT_SHOULDER)
    zone(tp, S, 0, loop([(202, 372), (207, 368), (211.5, 376), (212.5, 398), (213, 424), (214, 450),
                         (215, 500), (214, 560), (211, 610), (205, 612), (204, 560), (203.3, 500), (201.8, 424),
                         (200.6, 398), (200.3, 382)]))
    zone(tp, S, 1, loop([(217, 384), (226, 380), (234, 385), (235, 400), (232.5, 418), (231, 438), (232, 456),
                         (233, 500), (234, 560), (232, 600), (218, 600), (216, 560), (215, 500), (214, 450),
                         (213, 424), (212.5, 400)]))

# Deltoid: local patterns round each TP; TP1 (anterior) down the front of the arm too.
zone("deltoid-tp1", E, 0, loop([(224, 331), (231, 324.5), (241, 323), (251, 327.5), (256.5, 337), (256, 350),
                                (251, 363), (243.5, 374), (234, 381), (226, 378), (221, 366), (219.5, 350),
                                (220.5, 339)]))
zone("deltoid-tp1", S, 0, loop([(216, 372), (223, 369.5), (229, 376), (228, 392), (224, 408), (220, 424),
                                (214.5, 436), (208.5, 432), (208, 416), (209.5, 398), (212, 382)]))
zone("deltoid-tp2", E, 0, loop([(203.5, 348), (208.5, 339), (215.5, 339.5), (220, 350), (221, 366), (219, 382),
                                (214.5, 396), (207.5, 402), (202, 393), (200.5, 377), (201, 360)]))

# Pectoralis minor: over the anterior deltoid (essential); spillover the pectoral region and down the
# ulnar (inner) side of the arm.
zone("pectoralis-minor-tp1", E, 0, loop([(230, 322), (244, 319), (260, 320), (274, 324), (281, 333), (277, 348),
                                         (268, 364), (256, 380), (243, 390), (230, 390), (221, 378), (218, 358),
                                         (220, 336)]))
PEC_MIN_CHEST = loop([(279, 334), (290, 330), (305, 331.5), (320, 333.5), (337, 332), (355, 335), (371, 340),
                      (380.5, 350), (378, 363), (368, 375), (355, 387), (342, 401), (328, 413), (314, 418),
                      (302, 411), (292, 397), (283.5, 379), (276.5, 360), (274.5, 345)])
PEC_MIN_ARM = band([(251, 402), (253.5, 420), (256, 440), (258, 470), (259, 530), (258.5, 590), (257, 630)],
                   [8, 10, 10, 9, 9, 9, 7], cap=0.4)
zone("pectoralis-minor-tp1", S, 0, PEC_MIN_CHEST)
zone("pectoralis-minor-tp1", S, 1, PEC_MIN_ARM)
zone("pectoralis-minor-tp2", E, 0, loop([(230, 322), (244, 319), (260, 320), (274, 324), (281, 333), (277, 348),
                                         (268, 364), (256, 380), (243, 390), (230, 390), (221, 378), (218, 358),
                                         (220, 336)]))
zone("pectoralis-minor-tp2", S, 0, PEC_MIN_CHEST)
zone("pectoralis-minor-tp2", S, 1, PEC_MIN_ARM)

# ================================================================ scalenes (T&S ch. 20, Fig. 20.1)

# Anterior chest over the pectoral region: a patch from below the clavicle down to about the nipple,
# its lower border in finger-like lobes; the front of the upper arm (biceps) as a band; spillover the
# lateral (radial) side of the arm. (Radial forearm, thumb and index: below the crop.)
SCAL_CHEST = loop([(293, 337), (303, 331), (317, 329.5), (332, 331), (345, 335), (354, 343), (356, 356),
                   (352.5, 371), (349, 387), (347, 403), (342, 416), (334, 421), (326.5, 416), (320, 409.5),
                   (313, 414), (304, 418), (297, 411), (294, 397), (290.5, 382), (287.5, 366), (288, 350)])
SCAL_ARM = band([(240, 392), (238, 410), (237, 430), (238.5, 452), (240.5, 490), (241, 540), (240, 590)],
                [13, 16, 17, 16, 16, 15, 11], cap=0.4)
SCAL_LAT = band([(205.5, 352), (205.5, 375), (206.5, 400), (208, 425), (209.5, 450), (210.5, 500), (209, 560),
                 (207, 615)], [8, 10, 11, 11, 10, 10, 9, 7], cap=0.4)
for m in ("anterior-scalene", "middle-scalene", "posterior-scalene"):
    zone(m + "-tp1", E, 0, SCAL_CHEST)
    zone(m + "-tp1", E, 1, SCAL_ARM)
    zone(m + "-tp1", S, 1, SCAL_LAT)


# ================================================================ outlines named by muscle files ("#name")
NAMED = {}
# Subclavius (T&S ch. 42): the front of the shoulder and down the front of the arm over the biceps;
# spillover below the collarbone (and the radial forearm and hand, skipping elbow and wrist)
NAMED["subcl-front-shoulder"] = [loop([(242, 330), (256, 327), (268, 334), (270, 350), (262, 364), (250, 370),
                                       (238, 364), (234, 348)])]
NAMED["subcl-front-arm"] = [band([(236, 392), (233, 416), (232, 440), (233, 500), (236, 560), (238, 610)],
                                [9, 11, 11, 11, 10, 7])]
NAMED["subcl-below-clavicle"] = [loop([(292, 330), (316, 331), (340, 334), (356, 338), (348, 346), (322, 346),
                                       (300, 342), (288, 337)])]
# Sternalis (T&S ch. 44): a deep ache over the sternum; spillover across the upper chest, the front of
# the shoulder and down the inner arm
NAMED["stern-sternum"] = [band([(393, 338), (393.5, 362), (393.5, 388), (393, 414), (392.5, 432)], [12, 13, 13, 12, 8])]
NAMED["stern-upper-chest"] = [loop([(300, 340), (330, 338), (360, 342), (382, 350), (376, 366), (348, 370), (318, 368),
                                    (296, 360), (290, 350)])]
NAMED["stern-front-shoulder"] = [loop([(240, 334), (254, 330), (266, 338), (266, 354), (256, 366), (242, 366),
                                       (234, 352)])]
# Coracobrachialis (T&S ch. 29): the front of the shoulder over the anterior deltoid
NAMED["cb-front-shoulder"] = [loop([(238, 334), (252, 330), (264, 338), (266, 354), (260, 370), (248, 378), (236, 372),
                                    (230, 356), (232, 342)])]
# Biceps brachii (T&S ch. 30): the front of the shoulder over the bicipital groove; spillover over the
# biceps towards the elbow crease
NAMED["bic-front-shoulder"] = [loop([(236, 336), (250, 332), (262, 340), (264, 356), (258, 374), (248, 386), (238, 382),
                                     (232, 366), (232, 350)])]
NAMED["bic-belly"] = [band([(240, 394), (238, 416), (238, 440), (240, 500), (241, 560), (239, 620)], [8, 10, 10, 10, 9, 7])]
# Serratus anterior (T&S ch. 46): the side of the chest at the level of the 5th-6th ribs
NAMED["serr-side-of-chest"] = [loop([(257, 420), (264, 427), (274, 440), (288, 456), (297, 468), (280, 471),
                                     (267, 466), (261, 452), (257, 436)])]
# Triceps brachii TrP1 (T&S ch. 32), spillover up over the shoulder to the base of the neck
NAMED["tri-neck-base"] = [loop([(325, 292), (338, 287), (346, 290), (344, 298), (332, 302), (322, 300)])]
# Pectoralis major (T&S ch. 42, by section). Clavicular: the anterior deltoid and the clavicular
# section itself. Sternal, intermediate: the front of the chest, down the inner side of the arm
# (to the medial epicondyle, drawn in the posterior view). Sternal, parasternal: over the sternum.
# Costal and abdominal (lateral free margin): the breast, with nipple hypersensitivity.
NAMED["pmaj-clav-deltoid"] = [loop([(240, 330), (256, 326), (270, 332), (274, 348), (268, 366), (256, 380), (242, 384),
                                    (232, 372), (230, 352), (233, 338)])]
NAMED["pmaj-clav-local"] = [loop([(300, 333), (325, 331.5), (350, 333), (368, 338), (362, 350), (336, 353), (310, 351),
                                  (297, 344)])]
NAMED["pmaj-sternal-chest"] = [loop([(270, 372), (300, 360), (335, 362), (362, 372), (370, 395), (360, 420), (330, 432),
                                     (298, 428), (276, 412), (266, 392)])]
NAMED["inner-arm"] = [band([(243, 418), (248, 434), (251.5, 450), (256, 500), (258, 560), (257, 620)], [7, 8, 8, 8, 8, 6])]
NAMED["pmaj-sternum"] = [band([(392, 345), (393, 370), (393, 395), (392, 420)], [10, 12, 12, 8])]
NAMED["pmaj-breast"] = [loop([(290, 420), (308, 414), (326, 420), (332, 438), (326, 456), (308, 462), (292, 456),
                              (285, 438)])]

# Longus colli (Minerbi et al. 2017): mostly local, deep in the front and side of the neck at mid-cervical
# level; spillover beside the outer corner of the eye (and to the ear, drawn in the lateral view)
NAMED["lc-neck"] = [loop([(362, 262), (370, 258), (379, 265), (386, 280), (390, 296), (386, 307), (377, 304), (369, 293),
                          (363, 279)])]
NAMED["lc-temple"] = [loop([(339.5, 128), (346, 126), (350, 131), (350, 140), (346, 144.5), (340.5, 143.5), (338, 136)])]
# Serratus posterior superior (T&S ch. 45): sometimes a patch on the front of the chest
NAMED["sps-chest"] = [loop([(330, 352), (346, 350), (358, 356), (358, 368), (346, 374), (332, 370), (326, 362)])]
# Brachialis (T&S ch. 31): spillover over the lower front of the arm to the elbow crease, and the front of
# the shoulder over the anterior deltoid (its essential thumb base: below, with the hand zones)
NAMED["brach-front-arm"] = [band([(227, 430), (224, 470), (222.5, 520), (225, 570), (231, 615)], [7, 9, 9, 9, 6])]
NAMED["brach-front-shoulder"] = [loop([(238, 340), (250, 336), (258, 344), (258, 360), (250, 372), (240, 368), (235, 354)])]


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
    return F.sample_segs(F.cr_segments(pts), 4)


def rev(ln):
    return ln[::-1]


def part(run, a, b):
    """The piece of a figure run (list of points) from index a to b inclusive, as a smooth line."""
    return F.sample_segs(F.cr_segments(run), 6)[a * 6:b * 6 + 1]


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
ARM_SKIN = line((221, 316.5), (210, 327), (202.5, 340), (199.5, 354), (198.5, 372), (199, 394), (200.5, 420),
                (202, 446), (203.5, CUT), (203, 530), (201, 590), (201, 636))
DELT = line((283, 320), (281.5, 334), (275.5, 352), (266, 372), (255, 391), (244, 408))   # deltopectoral groove
ARM_INNER = line((244, 408), (249, 412), (254, 428), (258, 450), (261.5, CUT))
# the lower border of the pectoralis major (anterior axillary fold): below it, the side of the chest
PEC_LOWER = line((311, CUT), (298, 464), (280, 449), (262, 432), (248, 418), (244, 408))

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
FOLD_TOP = line((244, 408), (255, 410), (268, 419), (279, 432), _FOLD_END)

# shared borders
TRAP_ANT_LAT = [q for q in TRAP_ANT if q[0] <= 286.01]     # acromion to (286,310)
TRAP_ANT_MED = [q for q in TRAP_ANT if q[0] >= 286]        # (286,310) to the neck
HAIR = line((400, 70.5), (386, 71.5), (372, 74.3), (361, 79.5))
HAIR_LAT = line((361, 79.5), (349, 82), SKULL_SIDE[0])
TEMP_LINE = line((361, 79.5), (353, 87), (348, 97), (347, 110), (349.5, 122))
BROW_TOP = line((349.5, 122), (358, 117.5), (370, 115.5), (382, 116.5), (392, 119.5), (393.5, 121))
BROW_BOT = line((351, 131), (358, 129.8), (366, 128.6), (374, 128.2), (382, 128.8), (388, 130.2), (393, 132))
NOSE_SIDE = line((393, 132), (392.5, 137), (391.5, 143), (389.5, 149), (387.5, 160), (385.5, 170), (383.5, 178),
                 (384, 184))
NOSE_BASE = line((384, 184), (386, 186.5), (391, 187.5), (400, 187.5))
ORBIT_BOT = line((351, 131), (351, 138), (350, 146), (356, 149.5), (364, 152.5), (374, 153.5), (384, 152),
                 (389.5, 149))
ORBIT_LAT = [q for q in ORBIT_BOT if q[1] <= 146.01]
ORBIT_UNDER = [q for q in ORBIT_BOT if not (q[1] < 146 and q[0] <= 351.01)]
ZYG = line((338, 146), (344, 146.3), (350, 146))
FACE_SIDE = line((341.5, 180), (340.5, 170), (339.3, 158), (338, 146))
CHEEK_BOT = line((341.5, 180), (345, 183.5), (350, 187.5), (356, 191.5), (364, 194), (372, 195.5))
LIP_SIDE = line((384, 184), (381, 188.5), (377, 191), (372, 195.5))
TEETH_SIDE = line((372, 195.5), (371.5, 200), (372.5, 203.5))
MOUTH = line((372.5, 203.5), (381.5, 203.6), (388, 203.3), (394, 203.8), (400, 204.2))
LOWER_SIDE = line((372.5, 203.5), (371.5, 206.5), (374, 211.5), (381, 216))
SULCUS = line((381, 216), (386, 218.5), (391.5, 220), (396, 218.5), (400, 218.4))
CHIN_SIDE = line((381, 216), (380.5, 225), (381, 233), (383, 235.5))
JAW_LINE = line((400, 240.3), (392, 239.2), (383, 235.5), (376, 230.5), (369, 224.5), (362.5, 218), (358.5, 219))
ANGLE_MED = line((356, 191.5), (360, 197), (362.5, 205), (362, 213), (358.5, 219))
ANGLE_LOW = line((358.5, 219), (352, 220.5), (346, 217.5))
ANGLE_LAT = line((346, 217.5), (343, 212), (340.5, 201), (339.5, 192), (340, 185), (341.5, 180))
SCM_EDGE = line((358.5, 219), (357.5, 229), (362, 241), (367, 254), (372.5, 266.5), (378, 279), (382.5, 290),
                (386.5, 300), (389.5, 309), (392, 318), (394, 326))
CLAV = line((394, 326), (393, 321), (380, 315.5), (362, 316.5), (336, 317.5), (306, 315), (290, 312.6), (286, 310))
# the lower edge of the clavicle: the collarbone region lies between it and the upper edge
CLAV_LOW = line((286, 320), (304, 322.5), (334, 325.5), (360, 325), (378, 324.5), (393, 331))
# the inner contour of the arm below the chest, where it parts from the chest wall, to the elbow
ARM_INNER_LOW = line((261.5, CUT), (264, 520), (264.5, 556), (265, 604), (264.2, 636))
LAT_ARM_IN = line((232, 317.5), (224, 321), (216, 331), (211, 343), (210.5, 356), (211, 372), (212, 394), (213, 420),
                  (214, 446), (215, CUT), (215.5, 540), (214.5, 600), (213, 636))
LAT_ARM_UPPER = [q for q in LAT_ARM_IN if q[1] <= 394.01]
LAT_ARM_LOWER = [q for q in LAT_ARM_IN if q[1] >= 394]
ARM_TOP = line((212, 394), (225, 396.5), (240, 396), (255, 391))
DELT_UP = [q for q in DELT if q[1] <= 391.01]
DELT_LOW = [q for q in DELT if q[1] >= 391]

REGIONS = {
    "vertex": region(SKULL_TOP, rev(HAIR_LAT), rev(HAIR)),
    "forehead": region(HAIR, TEMP_LINE, BROW_TOP, [(400, 121.5)]),
    "temple": region(HAIR_LAT, SKULL_SIDE, line((336.5, 127), (337.3, 136), (338, 146)), ZYG, rev(ORBIT_LAT),
                     [(349.5, 122)], rev(TEMP_LINE)),
    "eyebrow": region(BROW_TOP, [(393, 132)], rev(BROW_BOT)),
    "behind-the-eye": region(BROW_BOT, NOSE_SIDE[:13], rev(ORBIT_BOT)),
    "nose": region([(393.5, 121), (400, 121.5)], NOSE_BASE[::-1], rev(NOSE_SIDE), [(393.5, 121)]),
    "cheek": region(ZYG, ORBIT_UNDER, NOSE_SIDE[12:], LIP_SIDE, rev(CHEEK_BOT), FACE_SIDE),
    "upper-teeth": region(rev(NOSE_BASE), LIP_SIDE, TEETH_SIDE, MOUTH),
    "lower-teeth": region(MOUTH, [(400, 218.4)], rev(SULCUS), rev(LOWER_SIDE)),
    "chin": region(SULCUS, JAW_LINE[:9], rev(CHIN_SIDE)),
    "jaw": region([q for q in CHEEK_BOT if q[0] >= 356], TEETH_SIDE, LOWER_SIDE, CHIN_SIDE,
                  JAW_LINE[8:], rev(ANGLE_MED)),
    "angle-of-jaw": region(CHEEK_BOT[:13], ANGLE_MED, ANGLE_LOW, ANGLE_LAT),
    "throat": region(JAW_LINE, SCM_EDGE, [(400, 326)]),
    "side-of-neck": region(NECK_SKIN[:-7], rev(TRAP_ANT_MED), rev(CLAV), rev(SCM_EDGE), ANGLE_LOW,
                           ANGLE_LAT[:-4]),
    "top-of-shoulder": region(TRAP_TOP, TRAP_ANT),
    "collarbone": region(CLAV, [(286, 320)], CLAV_LOW),
    "chest": region([(286, 310)], CLAV_LOW, [(400, 331), (400, CUT)], PEC_LOWER_CHEST, rev(FOLD_TOP), rev(DELT)),
    "armpit": region(ARM_INNER_UP, rev(PEC_LOWER_FOLD), rev(FOLD_TOP)),
    "side-of-chest": region(ARM_INNER_DN, PEC_LOWER_DN),
    "front-of-shoulder": region(rev(TRAP_ANT_LAT), LAT_ARM_UPPER, ARM_TOP, rev(DELT_UP)),
    "front-of-upper-arm": region(ARM_TOP, DELT_LOW, ARM_INNER, ARM_INNER_LOW, [(213, 636)], rev(LAT_ARM_LOWER)),
    "lateral-arm": region([(232, 317.5), (226, 313)], ARM_SKIN, rev(LAT_ARM_IN)),
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

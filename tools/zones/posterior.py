#!/usr/bin/env python3
"""Writes the posterior-view referral zones (and the posterior pain-region click targets) to
atlas-data/shapes/posterior.json, by name; muscle files and regions.json refer to them as "#name".

Every zone is one or more closed outlines given as point lists on the patient's right (viewer's
right, x > 400; the app mirrors them). They are turned into smooth closed cubic Beziers
(Catmull-Rom), so no outline has corners or facets. The shapes follow the Travell & Simons pattern
figures (Vol. 1, 2nd ed.) on the posterior figure of tools/figures/posterior.py.

Run from the repository root (exit status 1 when a check fails):
    python3 tools/zones/posterior.py
"""
import importlib.util
import json
import math
import os
import sys

ROOT = os.path.join(os.path.dirname(__file__), '..', '..')
VIEW = 'posterior'
sys.path.insert(0, os.path.join(ROOT, 'tools'))
from atlasgen.shapes import Problems, landmark, migrate, write_shapes  # noqa: E402

sys.path.insert(0, os.path.join(ROOT, 'tools', 'figures'))
import arm  # noqa: E402
from atlasgen.paths import pt as _pt  # noqa: E402

_spec = importlib.util.spec_from_file_location(
    'posterior_figure', os.path.join(ROOT, 'tools', 'figures', 'posterior.py'))
fig = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(fig)
E, R, shape, d_of, loop, line = fig.E, fig.R, fig.shape, fig.d_of, fig.loop, fig.line


def blob(*points, tension=1.0):
    """a smooth closed outline through the points"""
    return d_of([loop(*points, tension=tension)])


def band_points(*spine, wobble=0.2, cap=0.85, cap_start=None):
    """Outline points of a band along a centre line of (x, y, half-width) points: the two edges
    (slightly irregular, as a hand-drawn pain zone) joined by rounded ends."""
    n = len(spine)
    left, right = [], []
    for i, (x, y, w) in enumerate(spine):
        a = spine[max(i - 1, 0)]
        b = spine[min(i + 1, n - 1)]
        tx, ty = b[0] - a[0], b[1] - a[1]
        ln = math.hypot(tx, ty) or 1
        nx, ny = -ty / ln, tx / ln
        wl = w * (1 + wobble * math.sin(i * 2.1 + 0.7))
        wr = w * (1 + wobble * math.sin(i * 1.7 + 2.3))
        left.append((x + nx * wl, y + ny * wl))
        right.append((x - nx * wr, y - ny * wr))

    def end(i, j, cap=cap):
        x, y, w = spine[i]
        tx, ty = x - spine[j][0], y - spine[j][1]
        ln = math.hypot(tx, ty) or 1
        return (x + tx / ln * w * cap, y + ty / ln * w * cap)

    start = end(0, 1) if cap_start is None else (spine[0][0], spine[0][1])
    return left + [end(n - 1, n - 2)] + list(reversed(right)) + [start]


def band(*spine, wobble=0.2, cap=0.85, flat_start=False):
    """flat_start: the band starts square on the midline (it continues on the other side)"""
    return blob(*band_points(*spine, wobble=wobble, cap=cap, cap_start=0 if flat_start else None))


# ====================================================================== zone outlines
# Landmarks of the figure (patient's right): head outline x 464-470 (y 66-121), ear 470-482
# (y 122-178), mastoid (460, 190), neck outline x 454-457 (y 204-246), neck-shoulder angle
# (472, 269), acromion tip (592, 320), arm: lateral outline x 607-610 (y 345-482) to 596 at the
# elbow crop (y 712), medial outline from the axilla (562, 404) to 535 (y 556-660);
# medial scapular border x 457-470 (y 341-483), spine of the scapula (455, 358)-(592, 320).

Z = {}

# ---------- head
# Upper trapezius TrP1: the question mark, up the posterolateral neck, over the mastoid, behind
# the ear and over it to the side of the head (T&S Fig. 6.1A); from behind, its top curls out of
# sight over the ear toward the temple
Z['ut1-question-mark'] = band(
    (448, 293, 5.5), (444.5, 274, 7.5), (443, 252, 8), (443.5, 230, 8), (446, 208, 8.5),
    (450.5, 190, 10.5), (454, 172, 11), (455.5, 152, 10.5), (457, 132, 9.5), (458.5, 114, 9),
    (460.5, 100, 7.5), (463, 92, 5), wobble=0.06)
Z['ut1-occiput'] = blob(
    (414, 108), (426, 99), (440, 98), (449, 106), (449, 122), (444, 138), (434, 146),
    (421, 145), (412, 136), (410, 121))
Z['ut1-local'] = blob(
    (458, 271), (470, 275), (486, 281), (502, 289), (508, 297), (498, 302), (482, 300),
    (467, 296), (455, 290), (452, 280))
# Upper trapezius TrP2: posterolateral upper neck just below the skull, behind and above the ear
# (Fig. 6.1B): one patch, drawn for both of its essential zones
Z['ut2-patch'] = blob(
    (428, 136), (436, 125), (447, 121), (456, 126), (457, 140), (453, 156), (449, 172),
    (446, 188), (441, 200), (434, 202), (430, 192), (428, 176), (425, 158))
Z['ut2-mastoid'] = blob(
    (452, 166), (462, 163), (468.5, 170), (467.5, 181), (463, 187), (459.5, 192), (455, 199), (450, 199),
    (446, 188), (447, 175))
Z['ut2-local'] = blob(
    (492, 292), (506, 295), (522, 300), (532, 306), (526, 313), (510, 312), (496, 308),
    (487, 301))
# Sternocleidomastoid, sternal division, upper trigger points: the occipital ridge behind the
# ear, the vertex as a skull cap, spillover behind the ear (Fig. 7.1A)
Z['scm-occipital-ridge'] = blob(
    (438, 140), (447, 137), (458, 140), (465, 147), (466, 157), (460, 163), (450, 161),
    (440, 157), (433, 150))
Z['scm-vertex-cap'] = blob(
    (401, 42), (416, 40.5), (432, 43), (446, 50.5), (453, 60), (448, 68), (434, 71),
    (418, 72), (404, 69), (400.5, 56))
Z['scm-behind-ear'] = blob(
    (455, 162), (464, 160), (469, 168), (467.5, 180), (463.5, 186), (460, 190), (457, 197), (453, 195),
    (450, 184), (450, 171))
# SCM clavicular division TrP2: behind the ear (postauricular)
Z['scmc-behind-ear'] = blob(
    (458, 140), (465, 142), (467.5, 156), (468, 170), (466, 180), (462.5, 186), (459.5, 190), (454, 191),
    (451, 180), (452, 163), (454, 149))
# Digastric, posterior belly: around the mastoid, spillover toward the occiput
Z['dig-mastoid'] = blob(
    (455, 172), (463, 168), (468.5, 173), (467.5, 182), (463.5, 187), (459, 192), (456, 200), (451, 198),
    (449, 188), (450, 178))
Z['dig-occiput'] = blob(
    (444, 136), (453, 130), (461, 133), (464, 144), (463, 158), (457, 168), (449, 169),
    (442, 161), (440, 148))
# Temporalis TrP4 spillover: backward and upward above and behind the ear
Z['temporalis-behind-ear'] = blob(
    (449, 100), (458, 93), (465, 92), (468.5, 102), (468, 116), (465, 128), (458, 133),
    (451, 128), (448, 114))
# Splenius capitis: the vertex on the same side (Fig. 15.1A)
Z['splenius-vertex'] = blob(
    (408, 45), (420, 42), (433, 44), (443, 50), (448, 59), (444, 68), (433, 73),
    (420, 74), (410, 68), (405, 56))
# Splenius cervicis TrP1 spillover: the back of the head (Fig. 15.1B)
Z['splcv-occiput'] = blob(
    (416, 100), (428, 90), (444, 86), (456, 92), (463, 106), (461, 122), (455, 138),
    (444, 147), (432, 144), (424, 134), (415, 126), (411, 112))
# Occipitalis: diffusely over the back and side of the head, above the belly (Fig. 14.2)
Z['occipitalis'] = blob(
    (422, 112), (428, 98), (438, 86), (452, 80), (463, 84), (467, 98), (467.2, 114),
    (466.5, 130), (462, 144), (452, 149), (440, 147), (430, 142), (423, 131))
# Suboccipitals: a band from the occiput forward over the side of the head above the ear
# (Fig. 17.1); broad beside the inion, narrowing as it climbs to the side of the head
Z['subocc-band'] = band(
    (409, 143, 7.5), (421, 139, 10), (435, 133, 11.5), (448, 123, 10.5), (457, 112, 8),
    (463, 103, 5), wobble=0.1)
# Semispinalis capitis TrP2: a band around the head at the occiput/temple level (Fig. 16.1B),
# rising a little toward the side of the head; spillover at the base of the skull
Z['ssc-band'] = band(
    (400.5, 112.5, 8), (411, 112, 8.2), (423, 110.5, 8.5), (436, 107.5, 8.5), (448, 104, 8.2),
    (457, 101, 7.8), (464, 99, 6.5), wobble=0.08, cap=0.5, flat_start=True)
Z['ssc-base'] = blob(
    (410, 144), (424, 145), (438, 149), (449, 156), (452, 167), (444, 176), (429, 177),
    (415, 174), (407, 167), (405, 154))
# Semispinalis capitis TrP3 spillover: the back of the head where the band starts
Z['ssc3-occiput'] = blob(
    (404, 104), (414, 101), (426, 104), (432, 114), (430, 127), (422, 136), (411, 138),
    (404, 133), (402, 118))

# ---------- neck
# Semispinalis cervicis / cervical multifidi (Fig. 16.1A): one zone from the suboccipital region
# down the back of the neck to the shoulder girdle (drawn for both essential zones); spillover to
# the upper medial scapular border
Z['mf-patch'] = blob(
    (404.5, 146), (418, 145), (432, 148), (444, 155), (449, 166), (445, 180), (439, 194),
    (436, 215), (434, 240), (433, 262), (431.5, 284), (425, 298), (414, 300), (407, 290),
    (404.5, 260), (404.5, 220), (404.5, 180))
Z['mf-scapula'] = band((455, 334, 5), (456, 350, 5.5), (456.5, 366, 5.5), (457, 382, 4.5))
# Lower trapezius TrP3 (Fig. 6.3A): the high cervical paraspinal region over to the mastoid
# (one patch for both essential zones), the acromion; spillover suprascapular and interscapular
Z['lt3-neck-mastoid'] = blob(
    (405, 177), (420, 175), (436, 176), (450, 172), (460, 170), (466, 175), (467, 182),
    (463, 187), (458.5, 193), (450, 199), (438, 204), (430, 216), (424, 232), (414, 239), (406, 230),
    (404.5, 204))
Z['acromion'] = blob(
    (556, 315), (566, 313.5), (580, 316.5), (589, 319.5), (594, 322.5), (588, 328), (574, 328),
    (561, 324), (553, 319))
Z['lt3-suprascapular'] = blob(
    (466, 332), (482, 326), (505, 321), (530, 318), (550, 318), (562, 324), (558, 333),
    (540, 338), (515, 345), (492, 352), (472, 356), (462, 348))
Z['lt3-interscapular'] = blob(
    (408, 336), (422, 330), (438, 334), (448, 346), (451, 370), (452, 398), (451, 428),
    (447, 454), (440, 468), (430, 470), (424, 452), (418, 420), (411, 390), (406, 362))
Z['lt4-border'] = band((455, 350, 5), (456, 370, 6), (457.5, 392, 6), (459, 414, 5.5), (460, 432, 4.5))
# Splenius cervicis TrP2 (Fig. 15.1C): the angle of the neck and up the back of the neck (one
# patch for both essential zones)
Z['splcv2-patch'] = blob(
    (439, 222), (447, 216), (453, 226), (453, 244), (457, 258), (468, 268), (480, 280),
    (482, 291), (470, 296), (454, 297), (442, 292), (437, 276), (435.5, 254), (436, 236))
# Levator scapulae (Fig. 19.1): the angle of the neck; spillover along the medial border and
# over the back of the shoulder
Z['lev-angle'] = blob(
    (443, 262), (452, 257), (460, 262), (470, 270), (484, 279), (494, 288), (492, 299),
    (480, 307), (466, 310), (454, 306), (446, 296), (440, 282))
Z['lev-border'] = band((456, 325, 5), (457.5, 345, 6), (458.5, 370, 6), (460, 395, 5.5),
                       (461.5, 418, 5), (463, 436, 3.5))
Z['lev-shoulder'] = blob(
    (558, 342), (570, 334), (584, 333), (596, 340), (601, 354), (597, 368), (588, 380),
    (576, 386), (566, 380), (560, 366), (556, 352))

# ---------- interscapular back, scapula
# Middle trapezius TrP5 (Fig. 6.2A): superficial burning pain between the trigger point and the
# spinous processes of C7-T3
Z['mt5-band'] = blob(
    (405, 307), (415, 305), (425, 312), (436, 324), (448, 336), (457, 347), (458, 360),
    (450, 366), (438, 362), (424, 359), (411, 357), (404, 346), (403.5, 326))
Z['mt5-border'] = band((458, 345, 4.5), (459, 362, 5.5), (460, 380, 5.5), (461, 398, 4.5))
# Rhomboids (Fig. 27.1): along the medial border between scapula and spine; spillover upward
# over the supraspinous area
Z['rh-border'] = band((451, 338, 6), (452, 360, 7), (453.5, 385, 7.5), (456, 410, 7.5),
                      (459, 435, 7), (463, 456, 6), (467, 470, 4))
Z['rh-supraspinous'] = blob(
    (464, 340), (476, 332), (494, 329), (514, 325), (533, 324), (545, 330), (540, 339),
    (522, 343), (504, 350), (486, 356), (471, 358), (463, 351))
Z['rh-interscapular'] = blob(
    (411, 352), (424, 348), (436, 354), (441, 372), (442, 398), (445, 424), (448, 446),
    (443, 458), (432, 454), (422, 436), (414, 410), (409, 380))
# Infraspinatus TrP3 (Fig. 22.1B): along the adjacent medial border of the scapula
Z['inf3-border'] = band((455, 362, 5), (456.5, 385, 6), (458.5, 410, 6.5), (462, 436, 6),
                        (466, 456, 5), (469, 468, 3.5))
# Scalenes (Fig. 20.1): upper half of the medial border, spillover the adjacent interscapular area
Z['sca-border'] = band((454, 332, 5.5), (455, 352, 6.5), (456, 372, 6.5), (457, 392, 6), (458, 410, 4.5))
Z['sca-interscapular'] = blob(
    (432, 334), (442, 330), (449, 338), (450, 360), (451.5, 384), (452, 408), (446, 420),
    (437, 414), (432, 392), (430, 368), (429.5, 348))

# ---------- shoulder and arm (the arm hangs at the side: lateral outline x 607-610, medial 535-562)
# Scalenes: down the back of the upper arm over the triceps, the outer upper arm, radial elbow
Z['sca-arm'] = band((579, 404, 9), (578, 436, 13), (576, 472, 12), (574.5, 510, 14), (572, 548, 12),
                    (571, 582, 10.5), (571.5, 612, 7.5), (572.5, 630, 4.5))
Z['sca-lateral-arm'] = band((598, 342, 5), (600.5, 372, 6), (599, 410, 6.5), (597.5, 450, 6), (597.5, 500, 6.5),
                            (596, 545, 5.5), (594.5, 575, 3.5))
Z['sca-elbow'] = blob(
    (586, 652), (593, 650), (595.5, 662), (595, 684), (594, 708), (588, 710), (583, 696),
    (582, 674), (583, 660))
# Deltoid: TrP1 (anterior) spillover over the middle deltoid; TrP2 (middle) locally over the
# middle deltoid and outer arm; TrP3 (posterior) the back of the shoulder, spillover the back
# of the arm
Z['dl-middle-spill'] = blob(
    (594, 332), (602, 338), (607, 352), (608.5, 374), (607, 398), (603, 414), (596, 416),
    (590, 402), (587, 380), (587, 356), (589, 340))
Z['dl-middle'] = blob(
    (592, 330), (600, 333), (606, 344), (609, 362), (609, 386), (607, 410), (604, 432),
    (601, 450), (594, 452), (588, 438), (583, 414), (581, 388), (582, 362), (585, 342))
Z['dl-posterior'] = blob(
    (554, 342), (565, 334), (580, 332), (592, 338), (598, 352), (598, 372), (594, 392),
    (585, 408), (573, 410), (565, 400), (559, 386), (553, 370), (551, 355))
Z['dl-posterior-spill'] = band((577, 410, 9), (580, 438, 11), (581.5, 466, 9.5), (581, 492, 6.5), (580, 508, 3.5))
# Infraspinatus TrP1/TrP2 spillover: down the front and outer side of the arm, seen from behind
# along the lateral outline; TrP1 also the radial forearm and occasionally the back of the neck
# (one stippled strip drawn for both arm zones: the outer side and, seen from behind, the front)
Z['inf-arm'] = band((599, 342, 4.5), (600.5, 372, 5.5), (598.5, 410, 6.5), (596.5, 450, 7.5),
                    (596, 500, 8), (594.5, 550, 7.5), (592.5, 600, 6), (591, 630, 3.5), wobble=0.1)
Z['inf-elbow'] = blob(
    (586, 660), (592, 656), (595.5, 668), (595, 690), (594, 708), (587, 709), (583, 694),
    (582.5, 676))
Z['inf-neck'] = blob(
    (414, 184), (426, 183), (436, 188), (440, 200), (439, 216), (434, 228), (424, 232),
    (415, 226), (410, 212), (410, 194))
# Supraspinatus (Fig. 21.1): deep ache centred over the middle deltoid, reaching up over the
# acromion (one patch for both essential zones), down the outer arm to the lateral epicondyle
Z['ss-deltoid-acromion'] = blob(
    (560, 315.5), (574, 314), (586, 318.5), (595.5, 325), (604, 336), (608.5, 356), (609, 380),
    (606.5, 404), (601, 424), (591, 432), (582, 424), (576, 404), (574, 380), (576, 356),
    (574, 338), (564, 328))
Z['ss-middle-deltoid'] = blob(
    (588, 326), (599, 330), (606, 343), (609, 362), (609, 386), (606.5, 408), (601, 424),
    (591, 432), (582, 424), (576, 404), (574.5, 380), (577, 352), (581, 334))
Z['ss-arm'] = band((595, 430, 7), (596, 470, 7.5), (595, 510, 6.5), (593.5, 550, 6.5), (591.5, 590, 5.5),
                   (590, 625, 4.5), (589, 645, 3))
Z['ss-arm-short'] = band((593, 430, 7), (594, 465, 7.5), (593, 495, 6), (592, 517, 3.5))
Z['ss-epicondyle'] = blob(
    (587, 668), (593, 664), (595.5, 674), (595, 690), (594, 708), (590, 710), (584, 700),
    (583, 684))
# Pectoralis minor spillover: the inner (ulnar) side of the arm and elbow
Z['pm-inner-arm'] = band((567.5, 414, 4.5), (564.5, 432, 6.5), (557, 462, 7), (550, 500, 7.5), (547, 530, 7),
                         (546, 556, 7), (545.5, 600, 6.5), (545, 630, 4.5))
Z['pm-inner-arm-short'] = band((567.5, 414, 4.5), (564.5, 432, 6.5), (557, 462, 7), (550, 500, 6.5),
                               (547.5, 527, 4))
Z['pm-elbow'] = blob(
    (541.5, 648), (549, 646), (553, 660), (553, 680), (552, 706), (544, 710), (540, 696),
    (538.5, 674), (539, 656))

# ---------- outlines placed on landmarks (new muscles: the muscle file names them, "#name")
def L(lid, dx=0.0, dy=0.0):
    return landmark(VIEW, lid, dx, dy)


def on(lid, *offsets):
    """points given as offsets from one landmark"""
    x, y = L(lid)
    return [(x + dx, y + dy) for dx, dy in offsets]


def band_on(lid, *spine, **kw):
    x, y = L(lid)
    return band(*[(x + dx, y + dy, w) for dx, dy, w in spine], **kw)


# Teres major (T&S ch. 25): the posterior deltoid region behind the greater tubercle, down over the
# long head of the triceps on the back of the arm; occasionally the back of the forearm
Z['tmaj-posterior-deltoid'] = blob(*on('greater-tubercle', (-36, 4), (-24, -4), (-10, -2), (-2, 10), (-2, 30),
                                         (-6, 50), (-10, 60), (-16, 60), (-30, 50), (-38, 38), (-40, 20)))
Z['tmaj-long-head'] = band_on('deltoid-tuberosity', (-28, -8, 6), (-35, 18, 8), (-42, 58, 9), (-44, 98, 8),
                              (-45, 138, 6.5), (-45, 168, 4))
Z['tmaj-dorsal-forearm'] = blob(*on('deltoid-tuberosity', (-36, 233), (-26, 228), (-18, 240), (-18, 260),
                                    (-22, 276), (-32, 277), (-38, 262), (-39, 244)))

# Teres minor (T&S ch. 23): a deep, sharply defined "bull's eye" in the posterior deltoid region just
# above the deltoid insertion; spillover a little way down the back of the upper arm
Z['tmin-bullseye'] = blob(*on('deltoid-tuberosity', (-24, -42), (-14, -48), (-4, -44), (0, -32), (-4, -20),
                              (-14, -16), (-24, -20), (-28, -31)))
Z['tmin-back-of-arm'] = band_on('deltoid-tuberosity', (-22, -10, 6), (-24, 8, 7), (-26, 26, 6), (-27, 40, 3.5))

# Latissimus dorsi (T&S ch. 24), upper trigger point: around the inferior angle of the scapula and
# the mid-thoracic region (essential); the back of the shoulder, down the back and inner side of the
# arm to the ulnar side of the elbow and forearm (spillover)
Z['lat-inferior-angle'] = blob(*on('scapula-inferior-angle', (-14, -30), (4, -36), (22, -28), (30, -8),
                                   (26, 14), (10, 26), (-8, 24), (-20, 8), (-22, -12)))
Z['lat-back-of-shoulder'] = blob(*on('greater-tubercle', (-34, 14), (-24, 6), (-12, 8), (-8, 22), (-12, 38),
                                     (-22, 46), (-32, 40), (-36, 26)))
Z['lat-back-of-arm'] = band((566, 434, 5.5), (556, 470, 6.5), (550, 520, 6.5), (547, 580, 6), (547, 628, 4.5))
Z['lat-ulnar-forearm'] = blob((543, 646), (550, 644), (554, 660), (554, 682), (553, 706), (545, 709), (541, 694),
                              (540, 672), (540.5, 656))

# Pectoralis major, sternal intermediate section (T&S ch. 42): spillover to the medial epicondyle and
# the ulnar side of the forearm
Z['ulnar-elbow-forearm'] = blob((541, 640), (549, 638), (553.5, 652), (553, 674), (550, 692), (543, 694), (539.5, 678),
                             (539, 658))

# Triceps brachii (T&S ch. 32). TrP1 (long head): the back of the arm and the back of the shoulder,
# spillover up to the base of the neck and to the back of the forearm, skipping the elbow. TrP2
# (medial head, lateral border): the lateral epicondyle, spillover the radial forearm. TrP3 (lateral
# head): the back of the arm, spillover the back of the forearm. TrP4 (deep medial head): the
# olecranon. TrP5 (medial head, medial border): the medial epicondyle, spillover the ulnar forearm.
Z['tri-back-arm'] = band((568, 420, 6.5), (566, 460, 8.5), (566, 510, 8.5), (566, 560, 7.5), (566, 600, 5))
Z['tri-back-shoulder'] = blob(*on('greater-tubercle', (-30, 6), (-18, 0), (-6, 4), (-2, 18), (-6, 36), (-16, 46),
                                  (-28, 42), (-34, 24)))
Z['tri-neck-base'] = blob((478, 281), (492, 285), (503, 293), (497, 301), (483, 299), (473, 292))
Z['dorsal-forearm'] = blob((566, 673), (577, 669), (585, 680), (584, 699), (578, 709), (568, 709), (563, 694))
Z['tri-lateral-head'] = band((593, 440, 5.5), (595, 480, 6.5), (593, 530, 6.5), (591, 570, 5), (589, 598, 3.5))
Z['lateral-epicondyle'] = blob((588, 642), (595.5, 644), (596.5, 658), (592.5, 671), (586, 670), (584, 656))
Z['radial-forearm'] = band((589, 678, 4), (588.5, 694, 4.5), (588, 708, 3))
Z['tri-olecranon'] = blob((566, 639), (576, 637), (582, 644), (580, 656), (570, 660), (563, 652))
Z['tri-medial-epicondyle'] = blob((540, 640), (548, 638), (553, 648), (551, 662), (543, 664), (539.5, 654))
Z['tri-ulnar-forearm'] = band((545, 670, 4), (546, 688, 4.5), (547, 706, 3))

# Biceps brachii (T&S ch. 30), spillover: the suprascapular region
Z['bic-suprascapular'] = blob((500, 327), (520, 323), (540, 325), (546, 332), (530, 338), (508, 341), (496, 335))
# Serratus anterior (T&S ch. 46): medial to the inferior angle of the scapula
Z['serr-inferior-angle'] = blob(*on('scapula-inferior-angle', (-18, -22), (-6, -26), (2, -16), (0, -2), (-10, 4),
                                    (-20, -6)))

# Subscapularis (T&S ch. 26): a severe ache at the back of the shoulder; spillover over the scapula
# and down the back of the arm to the elbow (and a band around the wrist, beyond the figure)
Z['subsc-back-shoulder'] = blob(*on('greater-tubercle', (-40, 2), (-28, -6), (-12, -4), (-4, 10), (-4, 30),
                                    (-10, 50), (-18, 56), (-32, 54), (-42, 36), (-44, 18)))
Z['subsc-scapula'] = blob((482, 372), (510, 362), (538, 366), (546, 380), (526, 402), (504, 422), (486, 430),
                          (476, 404))
Z['subsc-back-arm'] = band((570, 432, 5.5), (566, 480, 7), (564, 540, 7), (562, 600, 6), (561, 630, 4))
# Coracobrachialis (T&S ch. 29), spillover: down the back of the arm (and the back of the forearm)
Z['cb-back-arm'] = band((576, 420, 5), (575, 460, 6.5), (574, 510, 6.5), (573, 560, 5.5), (572, 590, 3.5))

# ---------- below the elbow (the arm hangs with the back of the hand towards us: radial, thumb side
# outwards, x larger). Points are placed across the forearm: t 0 on its inner (ulnar) outline, 1 on its
# outer (radial) outline, so the zones follow the figure's arm.
def fa(t, y):
    """a point across the forearm: t 0 inner (ulnar) edge, 1 outer (radial) edge, at height y"""
    return arm.across(t, y)


def fa_band(t, y0, y1, w, n=6):
    """a band down the forearm at t from y0 to y1, w half-width (tapering at the ends)"""
    return band(*arm.band_spine(t, y0, y1, w, n), wobble=0.12)


# the fingers and the parts of the back of the hand, inside the outline of tools/figures/arm.py
THUMB_ZONE, INDEX_ZONE, MIDDLE_ZONE = blob(*arm.THUMB_ZONE), blob(*arm.INDEX_ZONE), blob(*arm.MIDDLE_ZONE)
RING_ZONE, LITTLE_ZONE = blob(*arm.RING_ZONE), blob(*arm.LITTLE_ZONE)
RADIAL_HAND, ULNAR_HAND, MID_HAND = blob(*arm.RADIAL_HAND), blob(*arm.ULNAR_HAND), blob(*arm.MID_HAND)

Z['lateral-epicondyle'] = blob(*arm.LATERAL_EPICONDYLE)
Z['ss-epicondyle'] = blob(*[fa(t, y) for t, y in ((0.66, 648), (0.92, 650), (0.95, 668), (0.9, 686),
                                                   (0.74, 688), (0.64, 670))])
# Scalenes (Fig. 20.1): the radial forearm, the radial back of the hand, the thumb and index finger
Z['sca-elbow'] = fa_band(0.82, 696, 850, 5.5) + ' ' + RADIAL_HAND + ' ' + THUMB_ZONE + ' ' + INDEX_ZONE
# Infraspinatus (Fig. 22.1): occasionally the radial forearm and the radial side of the hand
Z['inf-elbow'] = fa_band(0.8, 664, 850, 5) + ' ' + RADIAL_HAND
# back of the forearm, skipping the elbow (triceps TrP1/TrP3, coracobrachialis)
Z['dorsal-forearm'] = fa_band(0.5, 706, 836, 9)
Z['cb-hand'] = MID_HAND + ' ' + MIDDLE_ZONE
Z['ulnar-hand-fingers'] = ULNAR_HAND + ' ' + RING_ZONE + ' ' + LITTLE_ZONE
# Latissimus dorsi (Fig. 24.1): the inner (ulnar) side of the elbow, forearm and hand to the ring and
# little fingers
Z['lat-ulnar-forearm'] = (fa_band(0.16, 650, 852, 5.5) + ' ' + ULNAR_HAND + ' ' + RING_ZONE + ' '
                          + LITTLE_ZONE)
# Pectoralis major, sternal intermediate section (Fig. 42.2): the medial epicondyle, the ulnar
# forearm, sometimes the ring and little fingers; serratus anterior (Fig. 46.1) the same fingers
Z['ulnar-elbow-forearm'] = fa_band(0.12, 646, 852, 5) + ' ' + RING_ZONE + ' ' + LITTLE_ZONE
# Pectoralis minor (Fig. 43.1): the ulnar side of the elbow and forearm to the last three fingers
Z['pm-elbow'] = (fa_band(0.14, 648, 852, 5.5) + ' ' + ULNAR_HAND + ' ' + MIDDLE_ZONE + ' ' + RING_ZONE + ' '
                 + LITTLE_ZONE)
# Triceps TrP2 spillover and the subclavius (Fig. 42.4): the radial forearm, skipping the elbow
Z['radial-forearm'] = fa_band(0.82, 704, 846, 5)
Z['subcl-radial-hand'] = RADIAL_HAND + ' ' + THUMB_ZONE + ' ' + INDEX_ZONE + ' ' + MIDDLE_ZONE
Z['tri-olecranon'] = blob(*[fa(t, y) for t, y in ((0.4, 640), (0.6, 638), (0.7, 652), (0.6, 668),
                                                   (0.42, 668), (0.33, 654))])
Z['tri-medial-epicondyle'] = blob(*arm.MEDIAL_EPICONDYLE)
Z['tri-ulnar-forearm'] = fa_band(0.15, 700, 850, 4.5) + ' ' + RING_ZONE + ' ' + LITTLE_ZONE
Z['tmaj-dorsal-forearm'] = fa_band(0.45, 696, 770, 6)
# Subscapularis (Fig. 26.1): a band round the wrist, the back more than the front
Z['subsc-wrist'] = blob(*arm.WRIST_BAND)

# Serratus posterior superior (T&S ch. 45, Fig. 45.1): a deep ache under the upper part of the scapula
# and over the posterior deltoid; spillover down the long head of the triceps to the olecranon and the
# inner side of the olecranon, the ulnar side of the forearm, the hand and the whole little finger
Z['sps-under-scapula'] = blob((470, 330), (492, 325), (516, 327), (536, 334), (541, 350), (531, 366), (507, 378),
                              (485, 382), (472, 371), (468.5, 350))
Z['sps-back-shoulder'] = blob(*on('greater-tubercle', (-31, 8), (-19, 1), (-7, 5), (-3, 19), (-7, 37), (-17, 46),
                                  (-29, 42), (-34, 25)))
Z['sps-back-arm'] = band((569, 424, 5.5), (567.5, 470, 7), (566.5, 520, 7), (566, 570, 6), (566, 612, 4))
Z['sps-elbow-ulnar'] = (blob(*[fa(t, y) for t, y in ((0.22, 640), (0.42, 638), (0.46, 652), (0.36, 666),
                                                        (0.2, 668), (0.14, 654))])
                      + ' ' + fa_band(0.15, 664, 852, 5) + ' ' + ULNAR_HAND + ' ' + LITTLE_ZONE)
# Brachialis (T&S ch. 31, Fig. 31.1): the back of the base of the thumb and the thumb web
Z['brach-thumb'] = blob(*arm.BRACHIALIS_THUMB)

# (muscle id, trigger point id, 'essential'|'spillover', zone index) -> outline names
ZONES = {
    ('upper-trapezius-tp1', 'essential', 0): ['ut1-question-mark'],
    ('upper-trapezius-tp1', 'spillover', 2): ['ut1-occiput'],
    ('upper-trapezius-tp1', 'spillover', 4): ['ut1-local'],
    ('upper-trapezius-tp2', 'essential', 0): ['ut2-patch'],
    ('upper-trapezius-tp2', 'essential', 1): ['ut2-patch'],
    ('upper-trapezius-tp2', 'spillover', 0): ['ut2-mastoid'],
    ('upper-trapezius-tp2', 'spillover', 1): ['ut2-local'],
    ('middle-trapezius-tp5', 'essential', 0): ['mt5-band'],
    ('middle-trapezius-tp5', 'spillover', 0): ['mt5-border'],
    ('middle-trapezius-tp6', 'essential', 0): ['acromion'],
    ('lower-trapezius-tp3', 'essential', 0): ['lt3-neck-mastoid'],
    ('lower-trapezius-tp3', 'essential', 1): ['lt3-neck-mastoid'],
    ('lower-trapezius-tp3', 'essential', 2): ['acromion'],
    ('lower-trapezius-tp3', 'spillover', 0): ['lt3-suprascapular'],
    ('lower-trapezius-tp3', 'spillover', 1): ['lt3-interscapular'],
    ('lower-trapezius-tp4', 'essential', 0): ['lt4-border'],
    ('sternocleidomastoid-sternal-tp3', 'essential', 0): ['scm-occipital-ridge'],
    ('sternocleidomastoid-sternal-tp3', 'essential', 1): ['scm-vertex-cap'],
    ('sternocleidomastoid-sternal-tp3', 'spillover', 0): ['scm-behind-ear'],
    ('sternocleidomastoid-clavicular-tp2', 'essential', 1): ['scmc-behind-ear'],
    ('digastric-posterior-tp1', 'essential', 1): ['dig-mastoid'],
    ('digastric-posterior-tp1', 'spillover', 1): ['dig-occiput'],
    ('temporalis-tp4', 'spillover', 0): ['temporalis-behind-ear'],
    ('splenius-capitis-tp1', 'essential', 0): ['splenius-vertex'],
    ('splenius-cervicis-tp1', 'spillover', 0): ['splcv-occiput'],
    ('splenius-cervicis-tp2', 'essential', 0): ['splcv2-patch'],
    ('splenius-cervicis-tp2', 'essential', 1): ['splcv2-patch'],
    ('occipitalis-tp1', 'essential', 0): ['occipitalis'],
    ('rectus-capitis-posterior-major-tp1', 'essential', 0): ['subocc-band'],
    ('rectus-capitis-posterior-minor-tp1', 'essential', 0): ['subocc-band'],
    ('obliquus-capitis-superior-tp1', 'essential', 0): ['subocc-band'],
    ('obliquus-capitis-inferior-tp1', 'essential', 0): ['subocc-band'],
    ('semispinalis-capitis-tp2', 'essential', 0): ['ssc-band'],
    ('semispinalis-capitis-tp2', 'spillover', 0): ['ssc-base'],
    ('semispinalis-capitis-tp3', 'spillover', 1): ['ssc3-occiput'],
    ('semispinalis-cervicis-tp1', 'essential', 0): ['mf-patch'],
    ('semispinalis-cervicis-tp1', 'essential', 1): ['mf-patch'],
    ('semispinalis-cervicis-tp1', 'spillover', 0): ['mf-scapula'],
    ('cervical-multifidi-tp1', 'essential', 0): ['mf-patch'],
    ('cervical-multifidi-tp1', 'essential', 1): ['mf-patch'],
    ('cervical-multifidi-tp1', 'spillover', 0): ['mf-scapula'],
    ('levator-scapulae-tp1', 'essential', 0): ['lev-angle'],
    ('levator-scapulae-tp1', 'spillover', 0): ['lev-border'],
    ('levator-scapulae-tp1', 'spillover', 1): ['lev-shoulder'],
    ('levator-scapulae-tp2', 'essential', 0): ['lev-angle'],
    ('levator-scapulae-tp2', 'spillover', 0): ['lev-border'],
    ('levator-scapulae-tp2', 'spillover', 1): ['lev-shoulder'],
    ('rhomboids-tp1', 'essential', 0): ['rh-border'],
    ('rhomboids-tp1', 'spillover', 0): ['rh-supraspinous'],
    ('rhomboids-tp2', 'essential', 0): ['rh-border'],
    ('rhomboids-tp2', 'spillover', 0): ['rh-supraspinous'],
    ('rhomboids-tp2', 'spillover', 1): ['rh-interscapular'],
    ('infraspinatus-tp1', 'spillover', 0): ['inf-arm'],
    ('infraspinatus-tp1', 'spillover', 1): ['inf-arm'],
    ('infraspinatus-tp1', 'spillover', 2): ['inf-elbow'],
    ('infraspinatus-tp1', 'spillover', 3): ['inf-neck'],
    ('infraspinatus-tp2', 'spillover', 0): ['inf-arm'],
    ('infraspinatus-tp2', 'spillover', 1): ['inf-arm'],
    ('infraspinatus-tp3', 'essential', 0): ['inf3-border'],
    ('supraspinatus-tp1', 'essential', 0): ['ss-deltoid-acromion'],
    ('supraspinatus-tp1', 'essential', 1): ['ss-deltoid-acromion'],
    ('supraspinatus-tp1', 'spillover', 0): ['ss-arm'],
    ('supraspinatus-tp1', 'spillover', 1): ['ss-epicondyle'],
    ('supraspinatus-tp2', 'essential', 0): ['ss-deltoid-acromion'],
    ('supraspinatus-tp2', 'essential', 1): ['ss-deltoid-acromion'],
    ('supraspinatus-tp2', 'spillover', 0): ['ss-arm-short'],
    ('supraspinatus-tp3', 'essential', 0): ['ss-middle-deltoid'],
    ('deltoid-tp1', 'spillover', 0): ['dl-middle-spill'],
    ('deltoid-tp2', 'essential', 0): ['dl-middle'],
    ('deltoid-tp3', 'essential', 0): ['dl-posterior'],
    ('deltoid-tp3', 'spillover', 0): ['dl-posterior-spill'],
    ('pectoralis-minor-tp1', 'spillover', 1): ['pm-inner-arm'],
    ('pectoralis-minor-tp1', 'spillover', 2): ['pm-elbow'],
    ('pectoralis-minor-tp2', 'spillover', 1): ['pm-inner-arm-short'],
}
for sc in ('anterior-scalene', 'middle-scalene', 'posterior-scalene'):
    ZONES.update({
        (sc + '-tp1', 'essential', 1): ['sca-arm'],
        (sc + '-tp1', 'essential', 2): ['sca-border'],
        (sc + '-tp1', 'spillover', 0): ['sca-elbow'],
        (sc + '-tp1', 'spillover', 1): ['sca-lateral-arm'],
        (sc + '-tp1', 'spillover', 2): ['sca-interscapular'],
    })

# trigger points moved in this view (must stay on the muscle's drawn shape)
TRIGGER_POINTS = {}


# ====================================================================== regions
def regions():
    """Click targets that tile the back of the figure; neighbours share their edges."""
    # head
    skin_top = E((400, 39.5), (424, 42), (445, 50.2), (459.5, 66.5), (462.5, 74))
    V_low = E((462.5, 74), (446, 75.5), (424, 76), (400, 76))
    skin_occ = E((462.5, 74), (467, 88), (468.5, 108), (467.2, 122), (466.2, 138), (466, 152))
    OCC_low = E((466, 152), (452, 149.5), (440, 145), (420, 141), (400, 140))
    MM = E((466, 152), (463, 164), (453, 172), (449, 184), (451, 195), (456.5, 203))
    mast_out = E((466, 152), (471, 164), (473.5, 176), (467, 186), (461, 192.5), (456.5, 203))
    BN = E((456.5, 203), (440, 198), (420, 194.5), (400, 194))
    # neck
    neck_skin = E((456.5, 203), (453.8, 218), (452.8, 232), (454.3, 246), (459.5, 257.5))
    NS = E((459.5, 257.5), (452, 274), (446, 292), (443, 306))
    NB = E((443, 306), (420, 304), (400, 303))
    # shoulder girdle
    shoulder_skin = E((459.5, 257.5), (471.5, 269.5), (492.5, 281.2), (518.5, 292.2), (544.5, 301.2),
                      (566.5, 309.7), (582.5, 315.7), (591.3, 320.2), (597, 325))
    TS_low = E((597, 325), (586, 327), (566, 325.5), (548, 323.5), (520, 320), (490, 316), (466, 313),
               (452, 310.5), (443, 306))
    MSB_med = E((452, 310.5), (449, 330), (447.5, 360), (448.5, 400), (451, 440), (456, 488))
    MSB_lat = E((466, 313), (464.5, 340), (465, 370), (466.5, 405), (470, 445), (477, 486))
    # scapula: medial strip to the lateral border and the posterior deltoid
    BS_med = E((548, 323.5), (550, 340), (555, 356), (558, 368))
    SL = E((558, 368), (545, 388), (526, 412), (506, 438), (489, 460), (477, 486))
    BS_low = E((545, 388), (560, 400), (575, 414), (590, 430))
    LA_med = E((597, 325), (594, 345), (591.5, 370), (590.5, 400), (590, 430), (590, 480), (590, 540),
               (589.5, 600), (589, 636))
    arm_skin = E((597, 325), (601, 329.5), (606.5, 345), (609.3, 366), (608.8, 392), (606.4, 416),
                 (604.4, 434), (605.8, 455), (606.3, 482), (604.3, 530), (601.3, 590), (599, 636))
    EL_top = E((599, 636), (589, 636), (560, 636), (535.8, 636))
    arm_in = E((562, 404.5), (555.5, 432), (546.5, 462), (540.2, 500), (537.2, 530), (536.2, 556),
               (535.8, 604), (535.8, 636))
    elbow_skin = E((599, 636), (597.8, 670), (596, 711.5))
    elbow_in = E((535.8, 636), (536.6, 660), (538.5, 711.5))

    out = {}
    out['vertex'] = [skin_top, V_low, line((400, 76), (400, 39.5))]
    out['occiput'] = [R(V_low), skin_occ, OCC_low, line((400, 140), (400, 76))]
    out['mastoid'] = [mast_out, R(MM)]
    out['base-of-skull'] = [R(OCC_low), MM, BN, line((400, 194), (400, 140))]
    out['back-of-neck'] = [R(BN), neck_skin, NS, NB, line((400, 303), (400, 194))]
    out['top-of-shoulder'] = [shoulder_skin, TS_low, R(NS)]
    out['interscapular'] = [R(NB), R(TS_low[-1:]), MSB_med, line((456, 488), (400, 488)),
                            line((400, 488), (400, 303))]
    out['medial-scapular-border'] = [MSB_med, line((456, 488), (477, 486)), R(MSB_lat),
                                     R(TS_low[-2:-1])]
    out['scapula'] = [MSB_lat, R(SL), R(BS_med), R(TS_low[2:-2])]
    out['back-of-shoulder'] = [R(TS_low[:2]), BS_med, SL[:1], BS_low, R(LA_med[:4])]
    out['lateral-arm'] = [arm_skin, line((599, 636), (589, 636)), R(LA_med)]
    out['back-of-upper-arm'] = [R(BS_low), LA_med[4:], line((589, 636), (535.8, 636)), R(arm_in),
                        line((562, 404.5), (560, 400))]
    # the armpit from behind: the posterior axillary fold, teres major wrapped by latissimus dorsi, from
    # the lateral border of the scapula to the arm, down to where the fold meets the chest wall
    out['armpit'] = [BS_low[:1], line((560, 400), (562, 404.5)), arm_in[:2],
                     E((546.5, 462), (538, 471), (528, 464), (524, 440), (526, 412)), R(SL[1:2])]
    regions = {k: d_of([shape(*v)]) for k, v in out.items()}
    for rid, polys in arm.regions_below_elbow(front=False).items():
        regions[rid] = polygons(polys)
    return regions


def polygons(polys):
    """Path data of closed polygons."""
    return ' '.join('M' + ' L'.join(_pt(p) for p in poly) + ' Z' for poly in polys)


# ====================================================================== checks
def sample(d, steps=12):
    """points along path data made of absolute M, L, C and Z commands"""
    import re
    toks = re.findall(r'[MLCZ]|-?[0-9.]+', d)
    pts, cur, i, out = [], None, 0, []
    while i < len(toks):
        t = toks[i]
        if t in 'ML':
            p = (float(toks[i + 1]), float(toks[i + 2]))
            if t == 'L' and cur:
                out += [(cur[0] + (p[0] - cur[0]) * k / steps, cur[1] + (p[1] - cur[1]) * k / steps)
                        for k in range(steps)]
            cur = p
            i += 3
        elif t == 'C':
            c = [(float(toks[i + 1 + 2 * k]), float(toks[i + 2 + 2 * k])) for k in range(3)]
            out += [fig.bez((cur, c[0], c[1], c[2]), k / steps) for k in range(steps)]
            cur = c[2]
            i += 7
        else:
            i += 1
    return out


def inside(poly, p):
    x, y = p
    c = False
    for i in range(len(poly)):
        (x1, y1), (x2, y2) = poly[i - 1], poly[i]
        if (y1 > y) != (y2 > y) and x < x1 + (y - y1) * (x2 - x1) / (y2 - y1):
            c = not c
    return c


def check(problems):
    """every zone outline on the skin, arm zones on the drawn arm (right of its inner outline)"""
    with open(os.path.join(ROOT, 'atlas-data', 'views', 'posterior.json')) as f:
        view = json.load(f)
    skin_d = next(a['path'] for a in view['art'] if a['id'] == 'skin')
    skin = sample(skin_d.split('Z')[0] + 'Z')
    arm_in = [(562, 404.5), (555.5, 432), (546.5, 462), (540.2, 500), (537.2, 530), (536.2, 556),
              (535.8, 604), (535.8, 636)] + arm.INNER + [(574.5, 888)]

    def arm_x(y):
        for (x1, y1), (x2, y2) in zip(arm_in, arm_in[1:]):
            if y1 <= y <= y2:
                return x1 + (x2 - x1) * (y - y1) / (y2 - y1)
        return None
    for name, d in Z.items():
        for p in sample(d):
            if not inside(skin, p):
                problems.add('off the skin: %s at %.1f,%.1f' % (name, p[0], p[1]))
                break
            if p[1] > 404.5 and p[0] > 530 and arm_x(p[1]) and p[0] < arm_x(p[1]) + 0.5:
                problems.add('off the arm: %s at %.1f,%.1f' % (name, p[0], p[1]))
                break


# ====================================================================== write
def main(argv):
    """Writes atlas-data/shapes/posterior.json; --migrate also turns the muscle and region files'
    inline posterior shapes into references (done once), --rebase saves the landmarks drawn against."""
    named = {n: [d] for n, d in Z.items()}
    named.update({'region-' + k: [d] for k, d in regions().items()})
    if '--migrate' in argv:
        migrate(VIEW, ZONES, {k: ['region-' + k] for k in regions()})
    problems = Problems('zones/posterior')
    write_shapes(VIEW, named, problems, rebase='--rebase' in argv)
    check(problems)
    problems.exit()


if __name__ == '__main__':
    main(sys.argv[1:])

"""The forearm and hand below the elbow, shared by the anterior and posterior figures (python3, stdlib only).

Authored once, as the patient's right arm seen from behind (tools/figures/posterior.py coordinates:
midline x 400, patient's right at x > 400, vertex y 40, head height H 200); the anterior figure takes
the mirror image (x -> 800 - x): in the anatomical position the palm faces forward, so the front view
shows the palm and the back view the back of the hand, with the same outline and the thumb on the
outer (radial) side in both.

Proportions (docs/FIGURE-CANON-ARM.md): the elbow (epicondyles) at 3.0 H below the vertex, the wrist
crease at 4.15 H, the knuckles (MCP joints) at 4.6 H, the tip of the middle finger at 5.0 H; the
forearm tapers from about 0.33 H below the elbow to 0.22 H at the wrist and angles a little outwards
(the carrying angle, about 8 degrees); the hand is about 0.85 H long and 0.33 H broad at the knuckles.
Corner points are marked with 'c' (the outline does not pass them smoothly).
"""

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from atlasgen.landmarks import Landmarks  # noqa: E402

C = 'c'

ELBOW_Y = 645
WRIST_Y = 872
KNUCKLE_Y = 962

# landmarks of the lower arm (id, name, posterior point); the anterior figure mirrors the x, the lateral
# one moves them under its shoulder. Every point below is placed on one of them (at.wrist(dx, dy)), so
# moving one here carries the forearm and hand of all three views.
LM = Landmarks('arm', [
    ('olecranon', 'Olecranon (point of the elbow)', (572, 640)),
    ('medial-epicondyle', 'Medial epicondyle of the humerus', (537, 648)),
    ('wrist', 'Wrist (crease)', (598, WRIST_Y)),
    ('radial-styloid', 'Radial styloid process', (619, 874)),
    ('ulnar-styloid', 'Head and styloid of the ulna', (581, 864)),
    ('knuckles', 'Knuckles (metacarpophalangeal joints)', (606, KNUCKLE_Y)),
    ('thumb-tip', 'Tip of the thumb', (653.5, 985)),
    ('index-fingertip', 'Tip of the index finger', (631.5, 1033)),
    ('middle-fingertip', 'Tip of the middle finger', (615, 1045)),
    ('little-fingertip', 'Tip of the little finger', (582, 1016)),
])
LANDMARKS = LM.table
at = LM.anchors

# outer (lateral, radial) contour from the elbow down to the wrist, and inner (medial, ulnar) contour
OUTER = at.wrist.points((0.5, -222), (4, -192), (6, -162), (9, -122), (14, -72), (19, -27), (22, 0))
INNER = at.wrist.points((-62, -212), (-61.5, -182), (-58, -152), (-50, -112), (-40, -67), (-30, -27), (-22, 0))

# the hand, from the radial side of the wrist round the thumb and the fingers to the ulnar side of the wrist
THUMB = at.thumb_tip.points((-33.5, -113), (-28.5, -95), (-19.5, -75), (-9.5, -52), (-1.5, -30), (3.5, -13), (3, -3),
                            (-2.5, 1), (-7.5, -7), (-12.5, -23), (-17.5, -35), (-23.5, -43, C))
INDEX = at.index_fingertip.points((-1.5, -91, C), (2.5, -78), (5.5, -58), (7, -33), (6.5, -12), (3, -2), (-2.5, 0),
                                  (-6, -7), (-7.5, -28), (-8, -47, C))
MIDDLE = at.middle_fingertip.points((8.5, -59, C), (8, -40), (7, -15), (3.5, -2), (-3, 0), (-7, -9), (-8, -33),
                                    (-8.5, -57, C))
RING = at.knuckles.points((0.5, 26, C), (0, 43), (-1, 65), (-5, 75), (-11, 76), (-15, 67), (-15.5, 44), (-16, 23, C))
LITTLE = at.little_fingertip.points((8, -31, C), (7.5, -21), (6.5, -10), (3, -1), (-2.5, 0), (-6, -9), (-7.5, -26),
                                    (-8.5, -51), (-8.5, -81), (-7.5, -116), (-6, -144))

# where the fingers part from the hand (web of each cleft) and the knuckle line
CLEFTS = at.knuckles.points((24, -20), (17.5, 24), (0.5, 26), (-16, 23))
FINGER_TIPS = {'thumb': at.thumb_tip(0, 0), 'index': at.index_fingertip(0, 0), 'middle': at.middle_fingertip(0, 0),
               'ring': at.middle_fingertip(-17, -7), 'little': at.little_fingertip(0, 0)}


def hand_outline():
    """The hand as one run of points from the radial wrist to the ulnar wrist (shared corner points given once)."""
    out = []
    for run in (THUMB, INDEX, MIDDLE, RING, LITTLE):
        out.extend(run if not out else run[1:])
    return out


def lower_arm_outline():
    """Outer forearm down, round the hand, inner forearm up: from the outer elbow to the inner elbow."""
    return OUTER[:-1] + hand_outline() + INNER[::-1][1:]


# the ulnar border (subcutaneous, olecranon to the head of the ulna) and the radial styloid
ULNA_BORDER = at.olecranon.points((0, 0), (2, 40), (4, 80), (6, 140), (7, 190), (8, 222))
ULNA_HEAD = at.ulnar_styloid(0, 0)
RADIAL_STYLOID = at.radial_styloid(0, 0)


def mirror(p):
    return (800 - p[0], p[1]) + tuple(p[2:])


def mirrored(points):
    return [mirror(p) for p in points]


# ---------------------------------------------------------------- pain regions below the elbow

def _cr(points, per=6):
    """Points along a Catmull-Rom curve through points (corners kept), for region borders."""
    pts = [(p[0], p[1]) for p in points]
    if len(pts) < 3:
        return pts
    out = [pts[0]]
    for i in range(len(pts) - 1):
        p0 = pts[max(i - 1, 0)] if len(points[i]) < 3 else pts[i]
        p1, p2 = pts[i], pts[i + 1]
        p3 = pts[min(i + 2, len(pts) - 1)] if len(points[i + 1]) < 3 else pts[i + 1]
        for k in range(1, per + 1):
            t = k / per
            t2, t3 = t * t, t * t * t
            out.append(tuple(0.5 * ((2 * p1[j]) + (-p0[j] + p2[j]) * t + (2 * p0[j] - 5 * p1[j] + 4 * p2[j] - p3[j]) * t2
                                    + (-p0[j] + 3 * p1[j] - 3 * p2[j] + p3[j]) * t3) for j in (0, 1)))
    return out


def _cut(points, y0, y1):
    """The part of a contour (running down) between heights y0 and y1, ends interpolated."""
    dense = _cr(points)
    out = []
    for a, b in zip(dense, dense[1:]):
        for y in (y0, y1):
            if (a[1] - y) * (b[1] - y) < 0:
                f = (y - a[1]) / (b[1] - a[1])
                out.append((a[0] + (b[0] - a[0]) * f, y))
        if y0 <= b[1] <= y1:
            out.append(b)
    return sorted(set(out), key=lambda p: p[1])


ELBOW_TOP = 636      # the upper arm regions end here
ELBOW_LOW = 690      # the elbow regions end here, the forearm begins
WRIST_TOP = 856      # the wrist band
WRIST_LOW = 888
OLECRANON = (560, 578)  # seen from behind, the point of the elbow between the inner and the outer elbow

OUTER_FULL = at.wrist.points((1, -236)) + OUTER + at.wrist.points((24.5, 16))
INNER_FULL = at.wrist.points((-62.2, -236)) + INNER + at.wrist.points((-23.5, 16))


def regions_below_elbow(front):
    """{region id: [polygon, ...]} below the elbow, in posterior coordinates (patient's right, x > 400).
    front: the anterior names (front of the forearm, palm) instead of the posterior ones."""
    def band(y0, y1):
        return _cut(INNER_FULL, y0, y1)[::-1] + _cut(OUTER_FULL, y0, y1)

    def split(y0, y1, x):
        inner, outer = _cut(INNER_FULL, y0, y1), _cut(OUTER_FULL, y0, y1)
        return ([(x, y0)] + inner + [(x, y1)])[::-1], [(x, y0)] + outer[::-1][::-1] + [(x, y1)]
    if front:
        inner_elbow, outer_elbow = split(ELBOW_TOP, ELBOW_LOW, sum(OLECRANON) / 2)
    else:
        inner_elbow, _ = split(ELBOW_TOP, ELBOW_LOW, OLECRANON[0])
        _, outer_elbow = split(ELBOW_TOP, ELBOW_LOW, OLECRANON[1])
        point = [(OLECRANON[0], ELBOW_TOP), (OLECRANON[1], ELBOW_TOP), (OLECRANON[1], ELBOW_LOW),
                 (OLECRANON[0], ELBOW_LOW)]
    thumb = _cr(THUMB[1:]) + at.radial_styloid.points((3.5, 14))
    index = _cr(INDEX)
    middle = _cr(MIDDLE)
    ring = _cr(RING)
    little = _cr(LITTLE[:7])
    hand = (at.knuckles.points((16.5, -74)) + at.knuckles.points((24, -20)) + middle[:1] + middle + at.knuckles.points((-16, 23), (-31.5, 28))
            + _cr(at.knuckles.points((-31.5, 28), (-32.5, 3), (-32.5, -27), (-31.5, -62), (-31.5, -74)))[1:])
    out = {} if front else {'back-of-elbow': [point]}
    return dict(out, **{
        'inner-elbow': [inner_elbow],
        'outer-elbow': [outer_elbow],
        'front-of-forearm' if front else 'back-of-forearm': [band(ELBOW_LOW, WRIST_TOP)],
        'wrist': [band(WRIST_TOP, WRIST_LOW)],
        'palm' if front else 'back-of-hand': [hand],
        'thumb-index-finger': [thumb, index],
        'ring-little-finger': [ring, little],
    })


def runs(points):
    """The points split into runs at their corner points (each corner ends one run and starts the next),
    as plain (x, y) pairs: for drawing code that makes corners where runs meet."""
    out, cur = [], []
    for p in points:
        cur.append((p[0], p[1]))
        if len(p) > 2 and len(cur) > 1:
            out.append(cur)
            cur = [(p[0], p[1])]
    if len(cur) > 1:
        out.append(cur)
    return out


# ---------------------------------------------------------------- zone outlines below the elbow
# Point lists (posterior coordinates) that the zone scripts smooth into outlines; the anterior script
# mirrors them. across(t, y): a point across the forearm, t 0 on its inner (ulnar) outline, 1 on its
# outer (radial) outline.

def _x_on(contour, y):
    for (x1, y1), (x2, y2) in zip(contour, contour[1:]):
        if y1 <= y <= y2:
            return x1 + (x2 - x1) * (y - y1) / ((y2 - y1) or 1)
    return contour[0][0] if y < contour[0][1] else contour[-1][0]


def across(t, y):
    xi, xo = _x_on(INNER_FULL, y), _x_on(OUTER_FULL, y)
    return (xi + (xo - xi) * t, y)


def band_spine(t, y0, y1, w, n=6):
    """(x, y, half-width) points down the forearm at t, tapering at the ends."""
    out = []
    for k in range(n):
        y = y0 + (y1 - y0) * k / (n - 1)
        out.append(across(t, y) + (w * (0.6 if k in (0, n - 1) else 1.0),))
    return out


THUMB_ZONE = at.thumb_tip.points((-30, -85), (-23, -73), (-13.5, -51), (-6, -29), (-1.5, -12), (-3.5, -4),
                                 (-7.5, -11), (-13.5, -29), (-21.5, -47), (-31.5, -71))
INDEX_ZONE = at.index_fingertip.points((-0.5, -81), (2.5, -67), (4, -38), (3.5, -11), (-0.5, -4), (-4, -11),
                                       (-5, -38), (-4.5, -65))
MIDDLE_ZONE = at.middle_fingertip.points((-5, -53), (5, -53), (4.5, -25), (1.5, -6), (-2.5, -5), (-5, -23))
RING_ZONE = at.knuckles.points((-12.5, 28), (-2.5, 29), (-3.5, 58), (-7, 72), (-11, 72), (-13, 58))
LITTLE_ZONE = at.little_fingertip.points((-4.5, -28), (5.5, -27), (4, -12), (1, -4), (-2.5, -4), (-5, -14))
RADIAL_HAND = at.knuckles.points((-2, -69), (10, -69), (16, -47), (21, -22), (16, 4), (6, 8), (0, -12), (-3, -47))
ULNAR_HAND = at.knuckles.points((-28, -70), (-14, -70), (-12, -42), (-13, -12), (-16, 13), (-26, 13), (-29.5, -12),
                                (-29.5, -47))
MID_HAND = at.knuckles.points((-18, -67), (6, -67), (10, -32), (6, 3), (-10, 6), (-20, -22))
LATERAL_EPICONDYLE = [across(t, y) for t, y in ((0.62, 642), (0.9, 644), (0.95, 660), (0.88, 676), (0.7, 678),
                                                (0.6, 662))]
MEDIAL_EPICONDYLE = [across(t, y) for t, y in ((0.03, 641), (0.25, 640), (0.3, 656), (0.22, 672), (0.05, 672),
                                               (0.02, 656))]
WRIST_BAND = [across(0.06, 858), across(0.5, 857), across(0.92, 858), across(0.93, 872), at.wrist(20, 11),
              at.wrist(0, 13),
              at.wrist(-20, 11), across(0.06, 872)]

# brachialis (T&S Fig. 31.1): the back of the base of the thumb and the thumb web
BRACHIALIS_THUMB = at.radial_styloid.points((2.5, 23), (6.5, 28), (12, 39), (18.5, 56), (18, 66), (12.5, 65),
                                            (7.5, 60), (4, 46), (1, 31))

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

C = 'c'

# landmarks of the lower arm (id, name, posterior point); the anterior figure mirrors the x
ELBOW_Y = 645
WRIST_Y = 872
KNUCKLE_Y = 962

# outer (lateral, radial) contour from the elbow down to the wrist, and inner (medial, ulnar) contour
OUTER = [(598.5, 650), (602, 680), (604, 710), (607, 750), (612, 800), (617, 845), (620, 872)]
INNER = [(536, 660), (536.5, 690), (540, 720), (548, 760), (558, 805), (568, 845), (576, 872)]

# the hand, from the radial side of the wrist round the thumb and the fingers to the ulnar side of the wrist
THUMB = [(620, 872), (625, 890), (634, 910), (644, 933), (652, 955), (657, 972), (656.5, 982), (651, 986),
         (646, 978), (641, 962), (636, 950), (630, 942, C)]
INDEX = [(630, 942, C), (634, 955), (637, 975), (638.5, 1000), (638, 1021), (634.5, 1031), (629, 1033),
         (625.5, 1026), (624, 1005), (623.5, 986, C)]
MIDDLE = [(623.5, 986, C), (623, 1005), (622, 1030), (618.5, 1043), (612, 1045), (608, 1036), (607, 1012),
          (606.5, 988, C)]
RING = [(606.5, 988, C), (606, 1005), (605, 1027), (601, 1037), (595, 1038), (591, 1029), (590.5, 1006),
        (590, 985, C)]
LITTLE = [(590, 985, C), (589.5, 995), (588.5, 1006), (585, 1015), (579.5, 1016), (576, 1007), (574.5, 990),
          (573.5, 965), (573.5, 935), (574.5, 900), (576, 872)]

# where the fingers part from the hand (web of each cleft) and the knuckle line
CLEFTS = [(630, 942), (623.5, 986), (606.5, 988), (590, 985)]
FINGER_TIPS = {'thumb': (653.5, 985), 'index': (631.5, 1033), 'middle': (615, 1045), 'ring': (598, 1038),
               'little': (582, 1016)}


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
ULNA_BORDER = [(572, 640), (574, 680), (576, 720), (578, 780), (579, 830), (580, 862)]
ULNA_HEAD = (581, 864)
RADIAL_STYLOID = (619, 874)

LANDMARKS = [
    ('olecranon', 'Olecranon (point of the elbow)', (572, 640)),
    ('medial-epicondyle', 'Medial epicondyle of the humerus', (537, 648)),
    ('wrist', 'Wrist (crease)', (598, WRIST_Y)),
    ('radial-styloid', 'Radial styloid process', RADIAL_STYLOID),
    ('ulnar-styloid', 'Head and styloid of the ulna', ULNA_HEAD),
    ('knuckles', 'Knuckles (metacarpophalangeal joints)', (606, KNUCKLE_Y)),
    ('thumb-tip', 'Tip of the thumb', FINGER_TIPS['thumb']),
    ('index-fingertip', 'Tip of the index finger', FINGER_TIPS['index']),
    ('middle-fingertip', 'Tip of the middle finger', FINGER_TIPS['middle']),
    ('little-fingertip', 'Tip of the little finger', FINGER_TIPS['little']),
]


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

OUTER_FULL = [(599, 636)] + OUTER + [(622.5, 888)]
INNER_FULL = [(535.8, 636)] + INNER + [(574.5, 888)]


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
    thumb = _cr(THUMB[1:]) + [(622.5, 888)]
    index = _cr(INDEX)
    middle = _cr(MIDDLE)
    ring = _cr(RING)
    little = _cr(LITTLE[:7])
    hand = ([(622.5, 888)] + [(630, 942)] + middle[:1] + middle + [(590, 985), (574.5, 990)]
            + _cr([(574.5, 990), (573.5, 965), (573.5, 935), (574.5, 900), (574.5, 888)])[1:])
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


THUMB_ZONE = [(623.5, 900), (630.5, 912), (640, 934), (647.5, 956), (652, 973), (650, 981), (646, 974),
              (640, 956), (632, 938), (622, 914)]
INDEX_ZONE = [(631, 952), (634, 966), (635.5, 995), (635, 1022), (631, 1029), (627.5, 1022), (626.5, 995),
              (627, 968)]
MIDDLE_ZONE = [(610, 992), (620, 992), (619.5, 1020), (616.5, 1039), (612.5, 1040), (610, 1022)]
RING_ZONE = [(593.5, 990), (603.5, 991), (602.5, 1020), (599, 1034), (595, 1034), (593, 1020)]
LITTLE_ZONE = [(577.5, 988), (587.5, 989), (586, 1004), (583, 1012), (579.5, 1012), (577, 1002)]
RADIAL_HAND = [(604, 893), (616, 893), (622, 915), (627, 940), (622, 966), (612, 970), (606, 950), (603, 915)]
ULNAR_HAND = [(578, 892), (592, 892), (594, 920), (593, 950), (590, 975), (580, 975), (576.5, 950), (576.5, 915)]
MID_HAND = [(588, 895), (612, 895), (616, 930), (612, 965), (596, 968), (586, 940)]
LATERAL_EPICONDYLE = [across(t, y) for t, y in ((0.62, 642), (0.9, 644), (0.95, 660), (0.88, 676), (0.7, 678),
                                                (0.6, 662))]
MEDIAL_EPICONDYLE = [across(t, y) for t, y in ((0.03, 641), (0.25, 640), (0.3, 656), (0.22, 672), (0.05, 672),
                                               (0.02, 656))]
WRIST_BAND = [across(0.06, 858), across(0.5, 857), across(0.92, 858), across(0.93, 872), (618, 883), (598, 885),
              (578, 883), across(0.06, 872)]

# brachialis (T&S Fig. 31.1): the back of the base of the thumb and the thumb web
BRACHIALIS_THUMB = [(621.5, 897), (625.5, 902), (631, 913), (637.5, 930), (637, 940), (631.5, 939), (626.5, 934),
                    (623, 920), (620, 905)]

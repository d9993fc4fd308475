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
from atlasgen.clip import clip_view_fibres  # noqa: E402
from atlasgen.paths import bez, fmt, pt, seg_path  # noqa: E402,F401
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import arm  # noqa: E402
from atlasgen.curves import Poly, catmull_rom as segments, sample, smooth as curve  # noqa: E402,F401
from atlasgen.landmarks import Landmarks  # noqa: E402
from atlasgen.patches import Muscle, poly, ring_fibres  # noqa: E402,F401
from atlasgen.paths import (arc_points, contains, distance, flatten, parse,  # noqa: E402,F401
                            tps, transform_path, unparse)

# ---------------------------------------------------------------------------------------------
# The lateral (right profile) figure. Face to the viewer's right; H = 200 (vertex y 40, chin y 240).
# ---------------------------------------------------------------------------------------------

VIEWBOX = [270, 22, 280, 1036]         # x 270..550, y 22..1058: the figure down to the fingertips of the hanging arm
MIDLINE_X = 410                        # the flip axis for the patient's left: the middle of the view box
BOTTOM = 472                           # a height on the upper arm (mid-belly of biceps and triceps); the sternum ends here
WAIST = 670                            # where the trunk is cut (just below the elbow), as in a textbook side view
ARM_DX = -167                          # the forearm and hand of arm.py, moved under the shoulder


def _arm(lid):
    """A landmark of the forearm or hand (tools/figures/arm.py) where the hanging arm has it."""
    x, y = arm.LM.positions[lid]
    return (x + ARM_DX, y)


LANDMARKS = [
    ("lateral-epicondyle", "Lateral epicondyle of the humerus", (404, 645)),
    ("olecranon", "Olecranon (point of the elbow)", (369, 642)),
    ("wrist", "Wrist", _arm("wrist")),
    ("radial-styloid", "Radial styloid process", _arm("radial-styloid")),
    ("knuckles", "Knuckles (metacarpophalangeal joints)", _arm("knuckles")),
    ("thumb-tip", "Tip of the thumb", _arm("thumb-tip")),
    ("index-fingertip", "Tip of the index finger", _arm("index-fingertip")),
    ("little-fingertip", "Tip of the little finger", _arm("little-fingertip")),
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
    ("scapula-inferior-angle", "Inferior angle of the scapula", (303, 478)),
    ("scapula-lateral-border", "Lateral border of the scapula (middle)", (336, 410)),
    ("clavicle-medial-third", "Medial third of the clavicle", (426, 323)),
    ("mandibular-condyle", "Condyle of the mandible (TMJ)", (420, 153)),
    ("pterygoid-plate", "Lateral pterygoid plate", (462, 176)),
    ("zygomatic-bone", "Zygomatic bone (cheekbone)", (474, 153)),
    ("deltoid-tuberosity", "Deltoid tuberosity of the humerus", (404, 444)),
    # the side of the chest in front of the hanging arm, where serratus anterior's digitations show: the
    # anterior axillary line runs down from the anterior axillary fold, at the arm's front contour here
    ("rib-5-anterior-axillary", "Fifth rib at the anterior axillary line", (449, 441)),
    ("rib-8-anterior-axillary", "Eighth rib at the anterior axillary line", (451, 512)),
    ("occipital-bone", "Occipital bone", (338, 112)),
]
# Every point below is placed on one of these landmarks (at.acromion(dx, dy), at.acromion.points(...)), so
# moving a landmark here carries the muscles and art placed on it, and the zones (tools/zones) follow it.
LM = Landmarks("lateral", LANDMARKS)
at = LM.anchors

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
# The trunk's profile below the neck, as offsets: the front from the suprasternal notch down to the waist,
# the back from the waist up to the scapula (from its inferior angle). The muscles along the skin (pectoralis
# major, external oblique, latissimus dorsi) follow the same points, just inside.
CHEST = [(14, 13), (26, 28), (36, 50), (43, 76), (47, 102), (48.5, 126), (46, 146), (40, 163), (35, 188), (32, 225),
         (30, 265), (29, 305)]
BACK = [(17, 152), (12, 117), (5, 82), (-4, 47), (-12, 14), (-17, -16), (-18, -42), (-15, -74)]


def inside(points, by=1.0, sign=-1):
    """Offsets moved `by` units into the trunk (sign -1: from the front contour, +1: from the back)."""
    return [(x + sign * by, y) for x, y in points]


SKIN = [
    at.vertex(0, -3), at.vertex(34, 1), at.hairline(0, -14), at.hairline(17, 2), at.supraorbital_ridge(2, -33),
    at.supraorbital_ridge(8, -14), at.glabella(5, -7), at.glabella(3, 3),
    at.glabella(0, 10), at.eye(19, 5), at.nose_base(3, -27), at.nose_base(11, -17), at.nose_base(16.5, -10),
    at.nose_base(16, -4), at.nose_base(10, -1), at.nose_base(1, 0, C),
    at.nose_base(3, 5), at.nose_base(5.5, 11), at.mouth(13, -1, C), at.mouth(15.5, 4), at.mouth(13, 10),
    at.mouth(5, 16), at.menton(19.5, -13),
    at.menton(18, -4), at.menton(10, 2.5), at.menton(-3, 6), at.menton(-19, 9), at.hyoid(9, -3), at.hyoid(6, 2),
    at.hyoid(8.5, 12),
    at.hyoid(6, 26), at.suprasternal_notch(8, -26), at.suprasternal_notch(5, -11), at.suprasternal_notch(5, 2),
    # the chest bulges in front of the arm (pectoralis major over the ribs, fullest at the nipple line),
    # draws back under the anterior axillary fold and runs down the front of the abdomen to the waist
    ] + at.suprasternal_notch.points(*CHEST) + [
    # the waist: one clean cut across the trunk, behind the hanging forearm
    at.suprasternal_notch.level(CHEST[-1][0], WAIST, C), at.scapula_inferior_angle.level(BACK[0][0], WAIST, C),
    # the back: the lumbar hollow, the convex thoracic back over the scapula, up to the neck
    ] + at.scapula_inferior_angle.points(*BACK) + [
    at.scapula_superior_angle(-33, 36), at.scapula_superior_angle(-25, 8),
    at.c7_spinous(-5, 22), at.c7_spinous(1, 5),
    at.c7_spinous(9, -15), at.c7_spinous(18, -36), at.c2_spinous(-10.5, 36), at.c2_spinous(-10, 16),
    at.c2_spinous(-13, -6), at.c2_spinous(-16, -28), at.inion(-5, 20), at.inion(-7, 2),
    at.occipital_bone(-7, 12), at.occipital_bone(-7, -6), at.occipital_bone(-2, -27), at.occipital_bone(9, -47),
    at.vertex(-47, 10), at.vertex(-24, 0),
]

# The arm hangs relaxed at the side, the hand in the mid position (thumb forwards, the back of the hand
# towards the viewer): below the elbow it is the forearm and hand of tools/figures/arm.py (drawn from
# behind, thumb side outwards) moved under the shoulder, the thumb side to the front.
LOWER_ARM = [(x + ARM_DX, y) + tuple(r) for (x, y, *r) in arm.lower_arm_outline()]
# The back of the upper arm, from the elbow up: the triceps bulges behind, the arm narrows to the elbow. The
# triceps and the latissimus (which ends where the arm covers it) share these points.
ARM_BACK = [at.olecranon(-4, -42), at.olecranon(-14, -102), at.olecranon.level(-19, BOTTOM),
            at.deltoid_tuberosity(-56, -4), at.deltoid_tuberosity(-55, -34)]
ARM = [
    at.acromion(2, -7), at.clavicle_lateral_third(12, -6), at.clavicle_medial(2, -2), at.suprasternal_notch(8, 20),
    at.clavicle_medial(16, 40), at.clavicle_medial(14, 66), at.deltoid_tuberosity(43, -24),
    at.deltoid_tuberosity(43, 6),
    at.deltoid_tuberosity.level(44, BOTTOM), at.deltoid_tuberosity(42, 86),     # the biceps' belly in front
    at.lateral_epicondyle(34, -55)] + LOWER_ARM + ARM_BACK + [
    at.scapula_superior_angle(17, 46), at.scapula_superior_angle(17, 20), at.scapula_superior_angle(23, -2),
    at.acromion(-28, 3), at.acromion(-14, -4),
]


def shifted(points):
    return [(x + ARM_DX, y) for (x, y, *_) in points]

# ---------------------------------------------------------------- bones
SKULL = [
    at.vertex(0, 2), at.vertex(32, 6), at.hairline(-4, -9), at.hairline(12, 6), at.supraorbital_ridge(-3, -30),
    at.supraorbital_ridge(2, -12), at.supraorbital_ridge(3.5, -1), at.glabella(-4, 2),
    at.glabella(-7, 7, C), at.eye(13, 2), at.eye(19, 11, C), at.eye(12, 16), at.zygomatic_bone(21, 13),
    at.nose_base(-14, -10), at.nose_base(-7, -4, C),
    at.nose_base(-10, 3), at.mouth(1.5, -4, C), at.mouth(-17, -3), at.pterygoid_plate(4, 22),
    at.pterygoid_plate(-6, 14), at.coronoid_process(-10, 8), at.mandibular_condyle(10, 19),
    at.mandibular_condyle(-4, 19), at.mastoid_process(10, -12), at.c1_transverse_process(-0.5, 0, C),
    at.mastoid_process(-5, 0), at.mastoid_process(-16, -20), at.superior_nuchal_line(0, 7), at.inion(1, 3, C),
    at.occipital_bone(-2, 14), at.occipital_bone(-2, -6), at.occipital_bone(3, -26), at.occipital_bone(14, -45),
    at.vertex(-42, 12), at.vertex(-22, 4),
]
ZYGOMA = at.zygomatic_arch.points((-34, -4), (-18, -5.5), (0, -6), (14, -5), (22, -10), (26, -19, C), (31, -18),
                                  (31, -8), (36, 2), (34, 10), (26, 13, C), (18, 8), (2, 5.5), (-16, 5.5),
                                  (-30, 6, C))
MASTOID = at.mastoid_process.points((-8, -12), (1, -6), (5, 2), (3.5, 9, C), (-3, 5), (-8, -2))
MANDIBLE = [
    at.mandibular_condyle(-1, -5), at.mandibular_condyle(5, -2), at.mandibular_condyle(7, 5),
    at.mandibular_condyle(13, 10), at.coronoid_process(-13, -3.5), at.coronoid_process(0, -7, C),
    at.coronoid_process(-1, 7), at.pterygoid_plate(-10, 16),
    at.pterygoid_plate(-4, 26), at.mouth(-23, 2), at.mouth(-1, 1, C), at.mouth(2.5, 11), at.menton(14, -14),
    at.menton(9, -3), at.menton(0, 1.5),
    at.menton(-17, -3), at.hyoid(3, -27), at.gonion(9, 10), at.gonion(1, 3), at.gonion(-3, -8),
    at.c1_transverse_process(20, -13), at.mandibular_condyle(-4, 15), at.mandibular_condyle(-6, 5),
    at.mandibular_condyle(-5, -2),
]
# Deep layer: the edges of the ramus (condyle, notch, coronoid) drawn over the pterygoids, which lie
# medial to it, and the zygomatic arch above them.
RAMUS_OUTLINE = at.coronoid_process.points((-23, 52), (-31, 45), (-35, 34), (-38, 15), (-40, -2), (-42, -12),
                                           (-41, -19), (-37, -22), (-31, -19), (-29, -12), (-23, -7), (-13, -3.5),
                                           (0, -7, C), (-1, 7), (-4, 22), (2, 32))
HYOID = at.hyoid.points((5, -2.5), (6, 2), (2, 4), (-9, 1), (-17, -2), (-17.5, -4.5), (-10, -4), (-1, -3))
THYROID = at.hyoid.points((-2, 6), (5, 8), (6.5, 15), (3.5, 28), (-3, 35), (-10, 31), (-11, 16))
TRACHEA = at.suprasternal_notch.points((-3, -30), (5, -29), (2, -2), (-7, -2))
CLAVICLE = at.clavicle_medial_third.points((21, -1), (10, -2.5), (-2, -4.5), (-14, -7), (-26, -12.5), (-33, -13, C),
                                           (-34, -7.5), (-24, -5), (-12, -1), (0, 2.5), (11, 5), (21, 8, C))
# The clavicle lies under the skin: its edges are drawn over the muscles that attach to it and the
# scalenes that pass behind it (the medial end stays under the SCM's sternal tendon).
CLAVICLE_OUTLINE = at.clavicle_lateral_third.points((24, 3), (16, 1.5), (4, -1), (-8, -6.5), (-14.5, -6.7, C),
                                                    (-15.5, -1.5), (-6, 1), (6, 5), (18, 8.5), (24, 10))
ACROMION_SPINE = at.acromion.points((9, -4), (0, -6.5), (-13, -5), (-28, 1), (-45, 10), (-61, 20, C), (-63, 27),
                                    (-50, 23), (-34, 14), (-18, 7), (-4, 3), (8, 2, C))
STERNUM = [  # manubrium and body, along the front of the chest
    at.clavicle_medial(5, 1), at.clavicle_medial(13, 4), at.clavicle_medial(22, 19), at.clavicle_medial(30, 42),
    at.clavicle_medial(36, 69), at.clavicle_medial(40, 104), at.clavicle_medial.level(42, BOTTOM - 1, C),
    at.clavicle_medial.level(30, BOTTOM - 1, C), at.clavicle_medial(28, 104), at.clavicle_medial(23, 70),
    at.clavicle_medial(15, 41),
    at.clavicle_medial(7, 20), at.clavicle_medial(1, 7),
]
HUMERUS = at.deltoid_tuberosity.points((-24, -122), (-8, -128), (8, -124), (16, -112), (15, -96), (10, -84), (9, -44),
                                       (9, -4), (9, 116), (10, 176), (16, 196), (8, 208), (-8, 210), (-18, 204),
                                       (-14, 176), (-12, 116), (-11, -4), (-12, -44), (-14, -82), (-24, -92),
                                       (-29, -106))
# The scapula from the side, turned about 30 degrees towards the viewer: the vertebral border close under
# the skin of the back, the lateral border running down from the glenoid, behind the arm, to the inferior angle.
SCAPULA = (at.scapula_superior_angle.points((1, -3, C), (14, -8), (32, -14), (44, -10), (46, 4), (40, 30))
           + at.scapula_inferior_angle.points((40, -94), (26, -52), (10, -16), (1, 0, C), (-4, -20), (-5, -56),
                                              (-1, -92))
           + at.scapula_superior_angle.points((-3, 14)))
RIB1 = at.second_rib.points((-54, -27), (-32, -24), (-6, -19), (20, -14), (46, -6, C), (46, 0, C), (18, -7),
                            (-8, -11), (-34, -16), (-54, -19, C))
RIB2 = at.second_rib.points((-60, -9), (-34, -5), (-4, -1), (26, 5), (52, 15, C), (52, 21, C), (24, 12), (-6, 6),
                            (-36, 3), (-60, -1, C))


def rib(yb, w=7):
    """A rib seen from the side: from the back of the chest forward and down to its cartilage."""
    top = [(308, yb), (335, yb + 4), (380, yb + 13), (428, yb + 25), (462, yb + 36), (478, yb + 43)]
    bottom = [(p[0], p[1] + w) for p in reversed(top)]
    top[0] = (top[0][0], top[0][1], C)
    bottom[0] = (bottom[0][0], bottom[0][1], C)
    return top + bottom


def rib_along(points, w=6):
    """A rib as a band of width w below the curve through the points (back to front)."""
    top = list(points)
    bottom = [(p[0], p[1] + w) for p in reversed(top)]
    top[0] = (top[0][0], top[0][1], C)
    bottom[0] = (bottom[0][0], bottom[0][1], C)
    return top + bottom


# The lower ribs (8-10) slope down and forward to the costal margin; 11 and 12 float at the back.
LOWER_RIBS = [at.scapula_inferior_angle.points(*[(dx, dy + k * 20) for dx, dy in
                                                 ((-1, -34), (40, -18), (85, 4), (125, 30), (152, 52 - k * 6))])
              for k in range(3)] + [
    at.scapula_inferior_angle.points((2, 34), (30, 44), (62, 60), (84, 76)),
    at.scapula_inferior_angle.points((6, 56), (28, 64), (52, 78)),
]
# The costal margin: the cartilages of ribs 7-10 rising to the lower end of the sternum.
COSTAL_MARGIN = (at.suprasternal_notch.points((37, 148), (32, 170), (24, 196), (14, 220), (8, 230), (4, 224),
                                              (12, 200), (21, 176), (28, 156), (32, 146, C)))


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
    (at.c1_transverse_process(0, 16), at.c2_spinous(0, 0), at.c1_transverse_process(-8, 14)),
    (at.c4_transverse_process(7, -16), at.c2_spinous(-4, 22), at.c4_transverse_process(-1, -18)),
    (at.c4_transverse_process(3, 2), at.c2_spinous(-8, 42), at.c4_transverse_process(-5, 1)),
    (at.c4_transverse_process(-2, 20), at.c7_spinous(21, -32), at.c4_transverse_process(-10, 19)),
    (at.acromion(-16, -28), at.c7_spinous(13, -15), at.acromion(-24, -29)),
    (at.acromion(-23, -11), at.c7_spinous(0, 0), at.acromion(-31, -12)),
]
ATLAS_C1 = at.mastoid_process.points((13, 8), (9, 4.5), (4, 4), (-14, 6), (-38, 7), (-43, 10, C), (-36, 13),
                                     (-14, 12), (4, 13), (10, 11.5))

# ---------------------------------------------------------------- features (drawn in front)
EAR = at.ear_canal.points((-5, -27), (-13, -27), (-20, -23), (-23.5, -14), (-23.5, -1), (-21, 10), (-17, 20),
                          (-13, 28), (-8, 34), (-2.5, 34), (0, 28), (0, 22), (2, 16.5), (5.5, 11), (7.5, 4),
                          (6.5, -5), (4, -15), (0.5, -23))
EAR_LINES = [
    at.ear_canal.points((0, -17), (-5, -21.5), (-13, -22), (-18.5, -17), (-19.5, -6), (-18, 5), (-14, 15), (-10, 22),
                        (-7, 29)),
    at.ear_canal.points((-5, -12), (-11.5, -9), (-14, -1), (-12, 9), (-7, 15), (-2, 16)),
    at.ear_canal.points((-11, -10), (-5, -14.5), (0, -13)),
    at.ear_canal.points((6, -4.5), (4.2, 1), (5.2, 7)),
]
EAR_CANAL = at.ear_canal.points((2, 0), (0.5, 3), (-1.5, 2.5), (-2, -0.5), (-0.5, -2.8), (1.5, -2.5))
EYE_LINES = [
    at.eye.points((-12, -0.5), (-7, -4), (0, -5.5), (6, -3.5), (8.5, 0)),   # upper lid
    at.eye.points((-11, 0.5), (-5, 3.5), (2, 4), (7.5, 1)),                  # lower lid
    at.eye.points((4.5, -4.8), (7, -2), (7.5, 0.5), (6, 3.2)),              # cornea
    at.eye.points((3.2, -3.8), (2.4, -0.2), (3.2, 3.2)),                        # iris, edge-on
    at.eye.points((-10, -17), (-2, -20.5), (6, -21), (13, -19)),                       # eyebrow
    at.eye.points((-12.5, -6.5), (-5, -9.8), (3, -10), (8, -8.5)),               # lid crease
]
NOSE_LINES = [
    at.nose_base.points((-1, -13), (-7, -11), (-10, -6), (-7, -1), (1, 0.5)),          # ala
    at.nose_base.points((-11, -19), (-13, -12), (-11, -5)),                                     # alar crease
]
MOUTH_LINES = [
    at.mouth.points((-1, -1), (5, -0.5), (13, -1)),                                    # lips' parting
    at.mouth.points((-2, -7), (1, -1.5), (-2, 4)),                                    # commissure
]
# ---------------------------------------------------------------- atlas muscles
# Muscle(origin O1..O2, side2 O2..I2, insertion I1..I2, side1 O1..I1); fibres run origin -> insertion.


def M(origin, side2, insertion, side1, tension=1.0):
    return Muscle(origin, side2, insertion, side1, tension)


def muscles():
    out = {}

    # brachialis (T&S ch. 31): between the biceps and the triceps in the lower arm, tucked under the
    # biceps at the top; below, it passes under the brachioradialis and the radial wrist extensors (the
    # forearm's context art), so it ends on their upper border (FOREARM_TOP)
    out["brachialis"] = (M(
        at.lateral_epicondyle.points((8, -201), (13, -205)),
        [at.lateral_epicondyle(13, -205), at.lateral_epicondyle(13, -189), at.lateral_epicondyle.level(13, BOTTOM),
         at.lateral_epicondyle(12, -85), at.lateral_epicondyle(12.5, -46)],
        at.lateral_epicondyle.points((-3, -40), (6, -49), (12.5, -46)),
        [at.lateral_epicondyle(8, -201), at.lateral_epicondyle(1, -187), at.lateral_epicondyle.level(0, BOTTOM),
         at.lateral_epicondyle(-2, -85), at.lateral_epicondyle(-3, -40)]), 4)

    # --- the shoulder girdle and upper arm from the side (T&S ch. 24, 25, 29, 30, 32, 42) -------
    # Latissimus dorsi: the back of the flank from the waist cut (its fibres come up from the iliac crest
    # and thoracolumbar fascia) over the inferior angle of the scapula to the posterior axillary fold; its
    # anterior free border runs on behind the hanging arm, so here it ends at the arm's back contour.
    # Its fibres fan from the back and the waist (origin: the back contour and the cut) to the axilla.
    out["latissimus-dorsi"] = (M(
        at.scapula_inferior_angle.points((-15, -4), *inside(BACK[:-3], sign=1)[::-1])
        + [at.scapula_inferior_angle.level(BACK[0][0] + 1, WAIST, C), at.olecranon.level(0.3, WAIST)],
        [at.olecranon.level(0.3, WAIST), at.olecranon(0, 18)] + ARM_BACK[:4] + [at.deltoid_tuberosity(-46, -12)],
        [at.scapula_inferior_angle(50, -43), at.deltoid_tuberosity(-46, -12)],
        at.scapula_inferior_angle.points((-15, -4), (4, -13), (20, -23), (36, -33), (50, -43))), 18)
    # Teres minor (T&S ch. 23): a narrow band along the upper lateral border of the scapula, between the
    # infraspinatus above and the teres major below, to the greater tubercle under the posterior deltoid
    out["teres-minor"] = (M(
        at.scapula_lateral_border.points((-5, 18), (11, -18)),
        at.scapula_lateral_border.points((11, -18), (18, -26), (24, -30)),
        at.scapula_lateral_border.points((28, -6), (24, -30)),
        at.scapula_lateral_border.points((-5, 18), (12, 6), (28, -6))), 5)
    # Teres major: from the inferior angle up and forward into the posterior axillary fold, above the
    # latissimus (which covers it at the angle), to the humerus under the arm.
    out["teres-major"] = (M(
        at.scapula_inferior_angle.points((-9, -10), (-4, 4), (6, 8)),
        at.scapula_inferior_angle.points((6, 8), (24, -10), (40, -24), (53, -38)),
        at.scapula_inferior_angle.points((49, -72), (51, -56), (53, -38)),
        at.scapula_inferior_angle.points((-9, -10), (6, -36), (26, -56), (49, -72))), 7)
    # Pectoralis major: the front of the chest in front of the arm, from the clavicle and the sternum (the
    # front contour) converging on the humerus under the deltoid; its lower border, the anterior axillary
    # fold, rises from the front of the chest to the arm.
    out["pectoralis-major"] = (M(
        at.suprasternal_notch.points((-5, 5), (4, 9), *inside(CHEST[:6], 1.5), (44, 144)),
        at.suprasternal_notch.points((44, 144), (30, 130), (16, 116), (5, 104)),
        at.suprasternal_notch.points((-18, 16), (-6, 30), (7, 41), (11, 54), (9, 68), (5, 104)),
        at.suprasternal_notch.points((-5, 5), (-12, 9), (-18, 16))), 16)
    # Biceps brachii: the front of the upper arm, from under the anterior deltoid to its tendon at the elbow;
    # a spindle over the brachialis, which shows behind it above the elbow; its tendon end passes in front
    # of the brachioradialis into the elbow crease
    out["biceps-brachii"] = (M(
        at.deltoid_tuberosity.points((30, -60), (45, -64)),
        [at.deltoid_tuberosity(45, -64), at.deltoid_tuberosity(46, -44),
         at.deltoid_tuberosity(44, -14), at.deltoid_tuberosity.level(43, BOTTOM), at.deltoid_tuberosity(41, 86),
         at.deltoid_tuberosity(33, 141), at.deltoid_tuberosity(29, 178), at.deltoid_tuberosity(29.5, 186)],
        at.deltoid_tuberosity.points((27, 186), (29.5, 186)),
        [at.deltoid_tuberosity(30, -60), at.deltoid_tuberosity(18, -32),
         at.deltoid_tuberosity(8, -4), at.deltoid_tuberosity.level(4, BOTTOM), at.deltoid_tuberosity(6, 86),
         at.deltoid_tuberosity(11, 138), at.deltoid_tuberosity(19, 153), at.deltoid_tuberosity(25, 174),
         at.deltoid_tuberosity(27, 186)]), 10)
    # Triceps brachii: the back of the upper arm (long head behind, lateral head from under the posterior
    # deltoid), on its common tendon to the olecranon
    out["triceps-brachii"] = (M(
        at.deltoid_tuberosity.points((-54, -94), (-49, -84), (-40, -54), (-22, -24), (-2, 2)),
        [at.deltoid_tuberosity(-2, 2), at.deltoid_tuberosity(0, 16), at.deltoid_tuberosity.level(0, BOTTOM),
         at.deltoid_tuberosity(-4, 96),
         at.deltoid_tuberosity(-12, 156), at.deltoid_tuberosity(-23, 190), at.olecranon(3, 0)],
        at.olecranon.points((-3, 2), (3, 0)),
        [at.deltoid_tuberosity(-54, -94), at.deltoid_tuberosity(-54, -64)] + ARM_BACK[::-1] + [at.olecranon(-3, 2)]),
        14)

    # --- deep layer -------------------------------------------------------------------------
    out["semispinalis-capitis"] = (M(
        at.c2_spinous.points((-34, 98), (-18, 104)),
        at.c2_spinous.points((-18, 104), (-8, 78), (-2, 54), (1, 30), (4, 4), (6, -22), (7, -56)),
        at.c2_spinous.points((-12, -63), (-2, -60), (7, -56)),
        at.c2_spinous.points((-34, 98), (-23, 78), (-15, 57), (-10, 36), (-9, 12), (-11, -12), (-13, -38),
                             (-12, -63))), 5)
    out["semispinalis-cervicis"] = (M(
        at.c7_spinous.points((8, 18), (20, 20)),
        at.c7_spinous.points((20, 20), (30, -6), (37, -32), (40, -58), (40, -86)),
        at.c7_spinous.points((32, -91), (40, -86)),
        at.c7_spinous.points((8, 18), (18, -6), (25, -32), (30, -58), (32, -91))), 4)
    out["cervical-multifidi"] = (M(
        at.c4_transverse_process.points((-64, 54), (-50, 58)),
        at.c4_transverse_process.points((-50, 58), (-38, 34), (-30, 10), (-24, -14), (-24, -36)),
        at.c4_transverse_process.points((-35, -42), (-24, -36)),
        at.c4_transverse_process.points((-64, 54), (-48, 32), (-38, 8), (-32, -16), (-35, -42))), 4)
    out["splenius-cervicis"] = (M(
        at.c7_spinous.points((-10, 42), (-13, 57)),
        at.c7_spinous.points((-13, 57), (8, 34), (34, -8), (58, -46), (74, -72)),
        at.c7_spinous.points((80, -96), (74, -72)),
        at.c7_spinous.points((-10, 42), (12, 12), (38, -30), (62, -68), (80, -96))), 5)
    out["levator-scapulae"] = (M(
        at.c4_transverse_process.points((11, -52), (7, -26), (1, 0)),
        at.c4_transverse_process.points((1, 0), (-12, 26), (-30, 54), (-44, 74), (-56, 88)),
        at.c4_transverse_process.points((-48, 76), (-56, 88)),
        at.c4_transverse_process.points((11, -52), (-4, -20), (-22, 16), (-38, 48), (-48, 76))), 6)
    out["posterior-scalene"] = (M(
        at.second_rib.points((-9, -89), (-14, -71), (-19, -53)),
        at.second_rib.points((-19, -53), (-13, -27), (-4, 0)),
        at.second_rib.points((6, -3), (-4, 0)),
        at.second_rib.points((-9, -89), (0, -49), (6, -3))), 5)
    out["middle-scalene"] = (M(
        at.first_rib.points((-21, -123), (-25, -95), (-30, -69), (-34, -41)),
        at.first_rib.points((-34, -41), (-25, -19), (-15, 2)),
        at.first_rib.points((-2, -1), (-15, 2)),
        at.first_rib.points((-21, -123), (-20, -87), (-16, -47), (-2, -1))), 6)
    out["anterior-scalene"] = (M(
        at.first_rib.points((-15, -99), (-18, -75), (-22, -51)),
        at.first_rib.points((-22, -51), (-10, -25), (-2, 1)),
        at.first_rib.points((10, -2), (-2, 1)),
        at.first_rib.points((-15, -99), (-1, -59), (10, -2))), 5)
    out["splenius-capitis"] = (M(
        at.c4_transverse_process.points((-66, 48), (-74, 70), (-82, 96)),
        at.c4_transverse_process.points((-82, 96), (-54, 58), (-28, 20), (-8, -12), (5, -36), (11, -52)),
        at.c4_transverse_process.points((-21, -92), (-7, -79), (4, -65), (11, -52)),
        at.c4_transverse_process.points((-66, 48), (-48, 33), (-34, 9), (-26, -16), (-22, -42), (-20.5, -68),
                                        (-21, -92))), 8)
    out["rectus-capitis-posterior-minor"] = (M(
        at.superior_nuchal_line.points((-11, 47), (-4, 48)),
        at.superior_nuchal_line.points((-4, 48), (-8, 26), (-14, 3)),
        at.superior_nuchal_line.points((-23, -1), (-14, 3)),
        at.superior_nuchal_line.points((-11, 47), (-18, 24), (-23, -1))), 4)
    out["rectus-capitis-posterior-major"] = (M(
        at.c2_spinous.points((-2, 3), (5, 5)),
        at.c2_spinous.points((5, 5), (11, -20), (13, -46)),
        at.c2_spinous.points((-9, -58), (13, -46)),
        at.c2_spinous.points((-2, 3), (-4, -26), (-9, -58))), 6)
    out["obliquus-capitis-inferior"] = (M(
        at.mastoid_process.points((-43, 13), (-40, 23)),
        at.mastoid_process.points((-40, 23), (-18, 18), (5, 13)),
        at.mastoid_process.points((2, 2), (5, 13)),
        at.mastoid_process.points((-43, 13), (-22, 5), (2, 2))), 5)
    out["obliquus-capitis-superior"] = (M(
        at.mastoid_process.points((-1, 1), (5, 7)),
        at.mastoid_process.points((5, 7), (-9, -8), (-19, -24)),
        at.mastoid_process.points((-28, -33), (-19, -24)),
        at.mastoid_process.points((-1, 1), (-16, -12), (-28, -33))), 4)
    out["digastric-posterior"] = (M(
        at.mastoid_process.points((-6, 1), (3, 6)),
        at.mastoid_process.points((3, 6), (27, 32), (52, 61)),
        at.mastoid_process.points((46, 67), (52, 61)),
        at.mastoid_process.points((-6, 1), (18, 35), (46, 67))), 4)
    out["medial-pterygoid"] = (M(
        at.pterygoid_plate.points((-5, -4), (6, 4)),
        at.pterygoid_plate.points((6, 4), (-10, 27), (-29, 45)),
        at.pterygoid_plate.points((-38.5, 32), (-29, 45)),
        at.pterygoid_plate.points((-5, -4), (-22, 10), (-38.5, 32))), 6)
    out["lateral-pterygoid"] = (M(
        at.pterygoid_plate.points((-4, -18), (3, -7), (0, 5)),
        at.pterygoid_plate.points((0, 5), (-21, -3), (-38, -10)),
        at.pterygoid_plate.points((-41, -19), (-38, -10)),
        at.pterygoid_plate.points((-4, -18), (-22, -18.5), (-41, -19))), 6)

    # --- superficial layer ------------------------------------------------------------------
    out["platysma"] = (M(
        at.gonion.points((-12, 112), (6, 122), (22, 129), (36, 134)),
        at.gonion.points((36, 134), (24, 118), (21, 101), (24, 84), (28, 68), (29, 50), (34, 40.5), (48, 36),
                         (62, 32.5), (69, 25), (73, 12), (74, -2)),
        at.gonion.points((8, 13), (26, 18), (43, 22), (56, 18), (66, 8), (74, -2)),
        at.gonion.points((-12, 112), (-5, 84), (-1, 54), (3, 31), (8, 13))), 16)
    out["buccinator"] = (M(
        at.mouth.points((-37, -19), (-38, 9)),
        at.mouth.points((-38, 9), (-19, 8), (-3, 4)),
        at.mouth.points((-3, -4), (-3, 4)),
        at.mouth.points((-37, -19), (-19, -11), (-3, -4))), 8)
    # kept above the skin line under the chin (its lower border ran 1-2 units off the body)
    out["digastric-anterior"] = (M(
        at.menton.points((-3, -5), (0, 1.5)),
        at.menton.points((0, 1.5), (-19, 8.5), (-37, 16)),
        at.menton.points((-40, 9.5), (-37, 16)),
        at.menton.points((-3, -5), (-21, 2), (-40, 9.5))), 4)
    out["masseter-deep"] = (M(
        at.zygomatic_arch.points((-29, 6), (-4, 6)),
        at.zygomatic_arch.points((-4, 6), (-1, 22), (-3, 42)),
        at.zygomatic_arch.points((-26, 45), (-3, 42)),
        at.zygomatic_arch.points((-29, 6), (-30, 26), (-26, 45))), 9)
    out["masseter-superficial"] = (M(
        at.zygomatic_arch.points((-14, 7), (6, 6.5), (26, 10)),
        at.zygomatic_arch.points((26, 10), (25.5, 27), (21, 45), (14, 61), (6, 76.5)),
        at.zygomatic_arch.points((-26, 63), (-21.5, 69.5), (-13, 73.8), (-4, 76), (6, 76.5)),
        at.zygomatic_arch.points((-14, 7), (-20.5, 24), (-25, 42), (-27.5, 55), (-26, 63))), 12)
    out["zygomaticus-major"] = (M(
        at.zygomatic_bone.points((-15, -2), (-4, 4)),
        at.zygomatic_bone.points((-4, 4), (11, 25), (26, 46)),
        at.zygomatic_bone.points((21, 52), (26, 46)),
        at.zygomatic_bone.points((-15, -2), (4, 25), (21, 52))), 4)
    out["frontalis"] = (M(
        at.hairline.points((-14, -9), (2, -6), (16, 1)),
        at.hairline.points((16, 1), (25, 18), (31, 37), (32.5, 52)),
        at.hairline.points((5, 54), (19, 53), (32.5, 52)),
        at.hairline.points((-14, -9), (-10, 10), (-5, 29), (0, 44), (5, 54))), 10)
    out["occipitalis"] = (M(
        at.occipital_bone.points((4, 31), (16, 35), (29, 40)),
        at.occipital_bone.points((29, 40), (29, 20), (26, 2), (22, -13)),
        at.occipital_bone.points((1, -16), (12, -15), (22, -13)),
        at.occipital_bone.points((4, 31), (-2, 14), (-3, -2), (1, -16))), 8)
    # infraspinatus: the infraspinous fossa from the vertebral border (down to near the inferior angle,
    # where the teres major and the latissimus cover it) to the greater tubercle under the deltoid
    out["infraspinatus"] = (M(
        at.scapula_inferior_angle.points((-3, -6), (-15, -22), (-16, -48), (-13, -76))
        + at.scapula_superior_angle.points((-28, 27), (-10, 15), (7, 6)),
        at.scapula_superior_angle.points((7, 6), (22, 2), (40, 0)),
        at.scapula_superior_angle.points((40, 20), (40, 0)),
        at.scapula_inferior_angle.points((-3, -6), (14, -38), (34, -66), (52, -92))
        + at.scapula_superior_angle.points((40, 20))), 11)
    out["upper-trapezius"] = (M(
        at.clavicle_lateral_third.points((-50, -169), (-69, -176), (-72, -157), (-70, -135), (-67.5, -113),
                                         (-67, -93), (-67.5, -75), (-73, -55), (-82, -36), (-90, -18)),
        at.clavicle_lateral_third.points((-90, -18), (-62, -14), (-38, -10), (-16, -5)),
        at.clavicle_lateral_third.points((-4, -1), (-10, -3.5), (-16, -5)),
        at.clavicle_lateral_third.points((-50, -169), (-42, -149), (-40, -117), (-40, -87), (-38, -57), (-31, -29),
                                         (-16, -8), (-4, -1))), 24)
    out["middle-trapezius"] = (M(
        at.scapula_superior_angle.points((-12, -37), (-18, -18), (-23, 2), (-26.5, 20)),
        at.scapula_superior_angle.points((-26.5, 20), (-10, 14), (6, 5)),
        at.scapula_superior_angle.points((63, -23), (46, -18), (26, -7), (6, 5)),
        at.scapula_superior_angle.points((-12, -37), (16, -33), (40, -29), (63, -23))), 10)
    out["deltoid"] = (M(
        at.acromion.points((25, 8.5), (14, 3.5), (2, -1.2), (-14, 3.8), (-32, 12.5), (-50, 22.5)),
        at.acromion.points((-50, 22.5), (-48.5, 37), (-43, 57), (-31, 83), (-14, 111), (4, 133)),
        at.acromion.points((12, 133), (4, 133)),
        at.acromion.points((25, 8.5), (43, 17), (51.5, 31), (51, 49), (43, 75), (29, 103), (12, 133))), 30)
    out["sternocleidomastoid-clavicular"] = (M(
        at.mastoid_process.points((22, 133), (38, 137)),
        at.mastoid_process.points((38, 137), (33, 108), (24, 80), (15, 52), (6, 24), (3, 6)),
        at.mastoid_process.points((-13, -7), (-5, 1), (2, 6)),
        at.mastoid_process.points((22, 133), (13, 108), (5, 82), (-2, 54), (-8, 26), (-13, -7))), 10)
    out["sternocleidomastoid-sternal"] = (M(
        at.mastoid_process.points((42, 137), (51, 132)),
        at.mastoid_process.points((51, 132), (49, 110), (42, 86), (32, 60), (20, 34), (11, 16), (5, 6)),
        at.mastoid_process.points((-30, -36), (-17, -21), (-5, -6), (5, 6)),
        at.mastoid_process.points((42, 137), (35, 112), (25, 86), (14, 60), (2, 34), (-12, 8), (-23, -14),
                                  (-30, -36))), 12)
    return out


# Temporalis: a fan above the zygomatic arch; its tendon passes under the arch to the coronoid.
TEMPORALIS_UPPER = at.temporal_fossa.points((29, 38.5, C), (33, 26), (36, 12), (35, -6), (26, -23), (6, -34),
                                            (-20, -37), (-45, -31), (-63, -18), (-71, -2), (-67, 8), (-52, 12.5),
                                            (-37, 13), (-25, 18), (-17, 28), (-10, 37, C), (7, 38), (20, 38.5))
TEMPORALIS_LOWER = at.temporal_fossa.points((25, 48, C), (21, 60), (14, 65), (8, 59), (9, 49, C), (17, 49))
TEMPORALIS_FAN = M(
    at.temporal_fossa.points((33, 38), (36, 12), (30, -16), (8, -34), (-20, -37), (-46, -31), (-66, -14), (-70, 4),
                             (-52, 13)),
    at.temporal_fossa.points((-52, 13), (-25, 20), (-6, 40), (8, 57), (13, 64)),
    at.temporal_fossa.points((23, 58), (13, 64)),
    at.temporal_fossa.points((33, 38), (29, 48), (23, 58)))

ORBICULARIS_OUTER = at.eye.points((16, -15), (11, -23), (1, -25), (-12, -23), (-24, -17), (-31, -8), (-32, 2),
                                  (-28, 11), (-17, 17.5), (-1, 19), (11, 15), (16, 8), (16.5, -3))
ORBICULARIS_INNER = at.eye.points((-11, 0), (-5, -3.5), (2, -4.5), (7, -2.5), (8, 0.5), (3, 3.5), (-5, 4))
ORBICULARIS_CENTRE = at.eye(-1, 0)
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
    "infraspinatus", "teres-minor", "teres-major", "latissimus-dorsi", "serratus-anterior", "pectoralis-major", "platysma", "buccinator", "digastric-anterior", "temporalis", "masseter-deep", "masseter-superficial",
    "zygomaticus-major", "orbicularis-oculi", "frontalis", "occipitalis", "middle-trapezius",
    "upper-trapezius", "triceps-brachii", "brachialis", "biceps-brachii", "deltoid", "sternocleidomastoid-clavicular", "sternocleidomastoid-sternal",
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
    lower_ribs += " " + " ".join(curve(rib_along(r), closed=True) for r in LOWER_RIBS)
    art.append(art_item("ribs", "bone", lower_ribs + " " + curve(RIB2, closed=True) + " " + curve(RIB1, closed=True),
                        layer="deep"))
    art.append(art_item("costal-cartilages", "cartilage", curve(COSTAL_MARGIN, closed=True), layer="deep"))
    art.append(art_item("scapula", "bone", curve(SCAPULA, closed=True), layer="deep"))
    art.append(art_item("sternum", "bone", curve(STERNUM, closed=True), layer="deep"))
    art.append(art_item("hyoid", "bone", curve(HYOID, closed=True)))
    art.append(art_item("larynx", "cartilage", curve(THYROID, closed=True) + " " + curve(TRACHEA, closed=True)))
    art.extend(context_flank())
    art.append(art_item("arm", "silhouette", curve(ARM, closed=True)))
    # the arm's own contour drawn over everything below the deltoid, so the hanging arm reads in front of
    # the trunk (no trunk line runs into it)
    front, back = ARM.index(at.clavicle_medial(14, 66)), ARM.index(ARM_BACK[-1])
    art.append(art_item("arm-contour", "outline", curve(ARM[front:back + 1])))
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


def context_flank():
    """The external oblique below the anterior axillary fold, in front of the arm and behind it (the arm
    covers its back part): fibres down and forward from the lower ribs towards the front of the abdomen.
    Context, not an atlas muscle, so the flank reads as muscle and not as bare skin."""
    return [context("external-oblique", M(
        at.suprasternal_notch.points((-60, 112), (-24, 106), (5, 108), (18, 120), (31, 133), (43, 150)),
        at.suprasternal_notch.points((43, 150), *inside(CHEST[-5:]))
        + [at.suprasternal_notch.level(CHEST[-1][0] - 1, WAIST - 1)],
        [at.suprasternal_notch.level(-20, WAIST - 1), at.suprasternal_notch.level(CHEST[-1][0] - 1, WAIST - 1)],
        [at.suprasternal_notch(-60, 112), at.suprasternal_notch(-50, 250), at.suprasternal_notch.level(-20, WAIST - 1)]),
        12)]


def context_arm():
    """Context muscles of the forearm (the arm's atlas muscles, biceps, brachialis and triceps, are in muscles())."""
    return [
        # the forearm from the side: brachioradialis and the radial wrist extensors in front, the finger
        # extensors behind them, tapering into their tendons above the wrist; the back of the hand
        # (brachioradialis and the long radial extensor arise above the elbow, from the lateral supracondylar
        # ridge: their tongue rises between the biceps and the triceps)
        context("forearm-muscles", M(
            shifted([arm.INNER[0]]) + at.lateral_epicondyle.points(*FOREARM_TOP) + shifted([arm.OUTER[0]]),
            shifted(arm.OUTER),
            shifted([arm.INNER[-1], arm.OUTER[-1]]),
            shifted(arm.INNER)), 12),
    ]


# the upper border of the forearm's muscles from the side: brachioradialis and the long radial extensor rise
# from the lateral supracondylar ridge between the triceps and the biceps, over the end of the brachialis
FOREARM_TOP = [(-24, -5), (-10, -31), (6, -47), (18, -43), (24, -21)]


def hand_features():
    """Knuckles and nails on the back of the hand, and the border of the extensor retinaculum."""
    parts = []
    for (x, y) in (at.thumb_tip(145.5, -17), at.thumb_tip(128.5, -9), at.thumb_tip(112, -11),
                   at.thumb_tip(95.5, -21)):
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
            at.mouth.points((-6, -13), (7, -15.5), (14.5, -13.5), (17.5, -7), (13, -1)),
            at.mouth.points((13, -1), (15.5, 4), (13.5, 10), (6, 14)),
            at.mouth.points((-7, 11), (6, 14)),
            at.mouth.points((-6, -13), (-9, -1), (-7, 11))), 6),
    ]


# Serratus anterior (T&S ch. 46; Netter, lateral thorax): seen from the side with the arm hanging, its
# digitations show on the side of the chest in front of the arm, below the lower border of the pectoralis
# major (which covers the upper ones), their teeth on ribs 5-9 pointing forwards, the lower ones between the
# external oblique's slips. Behind that the arm covers the muscle (and the mid-axillary line); from there
# its fibres run back round the chest wall to the scapula's medial border. Each slip: (landmark, dy, how far
# forward its tooth reaches).
SERRATUS_SLIPS = [(at.rib_5_anterior_axillary, 0, 1.0, 0), (at.rib_5_anterior_axillary, 24, 1.03, 2),
                  (at.rib_8_anterior_axillary, -24, 0.97, 4), (at.rib_8_anterior_axillary, 0, 0.88, 7),
                  (at.rib_8_anterior_axillary, 23, 0.76, 10)]


def serratus_anterior():
    """The digitations as one atlas shape, each from its tooth on a rib back to the arm's front contour (the
    lower ones rise more steeply towards the scapula's inferior angle); fibres from the tooth backwards."""
    outlines, fibres = [], []
    for lm, dy, reach, rise in SERRATUS_SLIPS:
        back = at.deltoid_tuberosity(42.5, 0)[0] - lm.x      # the arm's front contour (ARM)

        def p(dx, y):
            return lm(dx * reach if dx > 0 else back, dy + y - rise * (28 - dx) / 36)
        slip = M([p(28, 9.5), p(26.5, 12.5)],
                 [p(26.5, 12.5), p(14, 12), p(2, 9.5), p(-8, 8.5)],
                 [p(-8, -8.5), p(-8, 8.5)],
                 [p(28, 9.5), p(19, 3), p(6, -5), p(-8, -8.5)])
        outlines.append(slip.outline())
        fibres.append(slip.fibres(3))
    return " ".join(outlines), " ".join(fibres)


def muscle_shapes():
    ms = muscles()
    shapes = {}
    for mid, (m, n) in ms.items():
        shapes[mid] = (m.outline(), m.fibres(n))
    upper = curve(TEMPORALIS_UPPER, closed=True)
    lower = curve(TEMPORALIS_LOWER, closed=True)
    shapes["serratus-anterior"] = serratus_anterior()
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
        "landmarks": [{"id": i, "name": n, "at": [num(p[0]), num(p[1])]} for i, n, p in LM.table],
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
    # the shoulder girdle and upper arm, where a side view shows them (T&S ch. 24, 25, 30, 32, 42); not
    # those on the medial or deep side: triceps TrP5 (medial border), pectoralis major TrP2-3 (mid-chest and
    # parasternal, edge-on here), teres major TrP1 (inferior angle, under the latissimus)
    "latissimus-dorsi-tp1": (340, 456),        # posterior axillary fold, behind the arm
    "teres-major-tp2": (341, 427),             # posterior axillary fold, above the latissimus
    "teres-minor-tp1": (343, 405),             # along the lateral border, between infraspinatus and teres major
    "pectoralis-major-tp1": (455, 347),        # clavicular section, below the clavicle
    "pectoralis-major-tp4": (463, 440),        # lateral free margin, the anterior axillary fold
    # serratus anterior TrP1: T&S put it in the mid-axillary line at the 5th-6th rib, which the hanging arm
    # covers in a side view; drawn on the same (6th rib) digitation where it shows, at the arm's front border
    "serratus-anterior-tp1": (455, 465),
    "biceps-brachii-tp1": (429, 545),          # distal belly
    "brachialis-tp1": (407, 583),              # lower half, above the forearm muscles
    "triceps-brachii-tp1": (365, 482),         # long head, mid-arm at the back
    "triceps-brachii-tp3": (388, 505),         # lateral head, mid-arm
    "triceps-brachii-tp2": (387, 612),         # lateral border of the medial head, above the lateral epicondyle
    "triceps-brachii-tp4": (373, 628),         # deep medial head, just above the olecranon
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
    view = clip_view_fibres(build_view())
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

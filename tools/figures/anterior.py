#!/usr/bin/env python3
"""Generates atlas-data/views/anterior.json: the anterior head, neck and shoulder bust.

Curves are authored as named points on the patient's right (viewer's left, x < 400) and turned into
cubic Beziers (Catmull-Rom); art is written for both sides by mirroring about x 400, muscle shapes
are mirrored by the app. Canon: head height H = 200, vertex y 40, chin y 240, midline x 400
(/work/shared/FIGURE-CANON.md). Run from anywhere: python3 tools/figures/anterior.py [--data]

--data also writes what follows the drawing into the rest of the atlas, touching anterior values only:
trigger point positions that moved onto the new shapes, zones clipped to the cropped view box (zones
wholly below it lose their anterior shape) or moved onto the head and arm, and region shapes.

Layering: art is drawn behind all atlas muscles (context muscles included), features and outlines in
front of them; atlas muscles are drawn in ORDER, deep before superficial.
"""
import json
import math
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from atlasgen.curves import catmull_rom, mirror_points, smooth  # noqa: E402
from atlasgen.paths import fmt, pt, seg_path  # noqa: E402
from atlasgen.runs import (MIDLINE as MID, both, fibres_across, fibres_between, mirror_d, ring_fibres,  # noqa: E402
                           shape_d, strip, sym)
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import arm  # noqa: E402


# ---------------------------------------------------------------- crop

TOP, BOTTOM = 26.0, 1058.0  # down to the fingertips of the hanging arms (y 1045)
HALF = 270.0
VIEWBOX = [MID - HALF, TOP, 2 * HALF, BOTTOM - TOP]
CUT = 474.0                 # the muscles of the chest are cut off here
HIP_CUT = 905.0             # the skin of the trunk ends here, beside the hands

# ---------------------------------------------------------------- landmarks (canon)

LANDMARKS = [
    ("vertex", "Vertex", (400, 40)),
    ("hairline", "Hairline", (400, 70)),
    ("glabella", "Glabella", (400, 126)),
    ("supraorbital-ridge", "Supraorbital ridge (brow)", (374, 126)),
    ("pupil", "Pupil", (374, 140)),
    ("zygomatic-arch", "Zygomatic arch", (340, 144)),
    ("nose-base", "Base of the nose", (400, 184)),
    ("ear-lobe", "Ear lobe", (332, 184)),
    ("mastoid-process", "Mastoid process", (338, 190)),
    ("mouth", "Mouth", (400, 202)),
    ("gonion", "Angle of the mandible (gonion)", (356, 210)),
    ("menton", "Chin (menton)", (400, 240)),
    ("neck-narrowest", "Neck at its narrowest", (352, 264)),
    ("suprasternal-notch", "Suprasternal notch", (400, 324)),
    ("sternum", "Sternum (manubrium)", (400, 350)),
    ("clavicle-medial", "Medial end of the clavicle", (390, 324)),
    ("clavicle-medial-third", "Medial third of the clavicle", (362, 320)),
    ("clavicle-lateral-third", "Lateral third of the clavicle", (262, 314)),
    ("acromion", "Acromion", (230, 316)),
    ("deltoid-outer", "Outer edge of the deltoid", (200, 350)),
    ("nipple", "Nipple line", (310, 440)),
    ("hyoid", "Hyoid bone", (380, 260)),
    ("thyroid-cartilage", "Thyroid cartilage (Adam's apple)", (400, 280)),
    ("coracoid-process", "Coracoid process", (262, 332)),
    ("first-rib", "First rib", (350, 318)),
    ("zygomatic-bone", "Zygomatic bone (cheekbone)", (350, 152)),
    ("deltoid-tuberosity", "Deltoid tuberosity of the humerus", (212, 442)),
    ("third-to-fifth-ribs", "Third to fifth ribs", (322, 410)),
    ("rib-5-mid-axillary", "Fifth rib at the mid-axillary line", (262, 428)),
    ("lesser-tubercle", "Lesser tubercle of the humerus", (248, 350)),
    ("c4-transverse-process", "Transverse process of C4", (358, 248)),
    ("lateral-epicondyle", "Lateral epicondyle of the humerus", (203, 645)),
    ("cubital-fossa", "Elbow crease (cubital fossa)", (234, 650)),
    ("radial-tuberosity", "Radial tuberosity (biceps tendon)", (236, 668)),
    ("thenar-eminence", "Thenar eminence (ball of the thumb)", (176, 912)),
    ("hypothenar-eminence", "Hypothenar eminence", (219, 930)),
] + [(i, n, arm.mirror(p)) for (i, n, p) in arm.LANDMARKS if i != "olecranon"]

# ---------------------------------------------------------------- skin

# Right half of the body contour, from the vertex down to the cut (viewer's left).
CRANIUM = [(400, 40), (378, 41.5), (359, 48), (345, 60), (337.5, 77), (334.5, 96), (334.5, 114), (336.5, 127)]
EAR = [(336.5, 127), (331, 123.5), (325.5, 126), (322.5, 134), (322, 146), (323.5, 159), (326, 171),
       (329, 181.5), (333, 187.5), (338, 188.5)]
NECK = [(338, 188.5), (339.5, 200), (343, 217), (347.5, 238), (351, 256), (352, 264), (351, 271)]
SHOULDER = [(351, 271), (345, 279), (334, 285), (316, 290), (292, 295), (268, 299.5), (248, 303.5),
            (234, 308.5), (221, 316.5), (210, 327), (202.5, 340), (199.5, 354)]
ARM = [(199.5, 354), (198.5, 372), (199, 394), (200.5, 420), (202, 446), (203.5, CUT), (203, 530), (201, 590)]
# below the elbow the arm is tools/figures/arm.py seen from the front (the palm), then up the inner arm
# to the axilla, where it parts from the chest wall; the flank runs down to the hips
LOWER_ARM = arm.runs(arm.mirrored(arm.lower_arm_outline()))
INNER_ARM = [(264, 660), (265, 604), (264.5, 556)]
FLANK = [(264.5, 556), (275, 604), (285, 656), (291, 712), (295, 745), (292, 785), (281, 832), (268, 875),
         (263, HIP_CUT)]


def skin_path():
    right = [CRANIUM, EAR, NECK, SHOULDER, ARM + [LOWER_ARM[0][0]]] + LOWER_ARM + [INNER_ARM, FLANK]
    segs = []
    for run in right:
        segs += catmull_rom(run)
    # across the hips, then the patient's left side back up
    left_runs = [mirror_points(r, MID)[::-1] for r in right[::-1]]
    segs_l = []
    for run in left_runs:
        segs_l += catmull_rom(run)
    d = seg_path(segs)
    d += " L" + pt(mirror_points([FLANK[-1]], MID)[0])
    d += " " + seg_path(segs_l, move=False, close=True)
    return d


# ---------------------------------------------------------------- bones and cartilage

CLAV_TOP = [(393, 321), (380, 315.5), (362, 316.5), (336, 317.5), (306, 315), (278, 310.5), (254, 307), (240, 306.5)]
CLAV_BOTTOM = [(238, 314.5), (254, 315.5), (276, 318.5), (304, 322.5), (334, 325.5), (360, 325), (378, 324.5), (393, 331)]


def clavicle():
    return shape_d(CLAV_TOP + [(236, 310.5)], [CLAV_BOTTOM[0]] + CLAV_BOTTOM[1:], [(396, 327)])


def acromion():
    return shape_d([(244, 305), (232, 304.5), (222, 309)], [(219, 314), (226, 318.5), (236, 318.5), (246, 314.5)])


def coracoid():
    return shape_d([(258, 325), (264, 326), (268, 330)], [(266, 335), (259, 336), (255, 331)])


def humeral_head():
    return shape_d([(244, 322), (232, 316.5), (219, 320), (210, 332), (207, 348), (211, 362), (222, 371),
                    (236, 372), (246, 364), (250, 350), (250, 334)])


def humerus_shaft():
    # down to the condyles: the lateral (outer) and the medial epicondyle, which juts further
    return shape_d([(234, 370), (226, 400), (224, 430), (224, 520), (222, 590), (212, 626), (204, 642), (207, 652)],
                   [(222, 656), (240, 658), (256, 654), (264, 648), (262, 640)],
                   [(250, 624), (243, 590), (242, 520), (242, 430), (243, 400), (246, 370)])


def forearm_bones():
    """Radius (outer, to the radial styloid at the thumb side of the wrist) and ulna (inner)."""
    radius = shape_d([(226, 660), (220, 700), (208, 780), (196, 840), (181, 870)], [(186, 878), (204, 876)],
                     [(208, 850), (218, 790), (228, 710), (236, 662)])
    ulna = shape_d([(244, 656), (252, 690), (238, 780), (222, 850), (216, 866)], [(222, 870)],
                   [(230, 858), (246, 780), (258, 690), (258, 656)])
    return radius + " " + ulna


def sternum():
    # manubrium with the jugular notch and clavicular notches, body below the sternal angle (cut)
    return sym([(400, 326.5), (395, 325), (390.5, 323.5)],
               [(387.5, 330), (384, 336), (383, 348), (386, 360), (389, 371), (388, 382), (389, 420), (390, 450), (391, CUT)],
               [(400, CUT)])


def ribs():
    """Ribs 1-5, right side: bony ribs (bone) and costal cartilages (cartilage). From the sternum a
    cartilage runs out and a little down to the costochondral junction; the bony rib rises from there
    towards the side of the chest, where it turns back out of sight."""
    bone, cart = [], []
    cart.append(shape_d([(386, 333.5), (379, 332.5), (372, 333)], [(371, 340.5), (379, 341), (386, 342)]))
    bone.append(shape_d([(372, 333), (356, 326), (340, 318.5), (326, 314)], [(322, 320.5), (336, 327), (354, 335.5), (371, 340.5)]))
    specs = [  # sternal end y, costochondral junction x, rise of the bony rib, lateral end x
        (370, 352, 30, 262),
        (396, 340, 30, 258),
        (422, 332, 30, 256),
        (448, 328, 28, 256),
    ]
    for (ys, xc, rise, xl) in specs:
        w = 8.5
        yc = ys + 5
        cart.append(shape_d([(389, ys - 2.5), (372, ys - 0.5), (xc, yc - 4)],
                            [(xc + 1, yc + w - 4), (372, ys + w - 0.5), (389.5, ys + w - 3)]))
        top = [(xc, yc - 4), (xc - 30, yc - 4 - rise * 0.42), (xc - 62, yc - 4 - rise * 0.8), (xl + 4, yc - 4 - rise),
               (xl, yc - rise - 8)]
        bot = [(xl - 3, yc - rise + 2), (xl + 2, yc - rise + w), (xc - 62, yc - 4 - rise * 0.8 + w + 0.5),
               (xc - 30, yc - 4 - rise * 0.42 + w), (xc + 1, yc + w - 4)]
        bone.append(shape_d(top, bot))
    return bone, cart


TRANSVERSE_TIPS = [(349, 201), (354, 216), (356.5, 232), (358, 248), (358, 263), (358.5, 278), (360, 293)]


def cervical_spine():
    """Transverse processes of C4-C7 seen from the front beside the larynx (deep layer): the scalenes
    and levator scapulae hang from them. C1-C3 lie behind the jaw and are not drawn."""
    bodies, procs = [], []
    for i, (tx, ty) in enumerate(TRANSVERSE_TIPS):
        if i < 3:
            continue    # C1-C3 lie behind the jaw and the face
        if i >= 3:
            top, bot = ty - 7, ty + 6
            bodies.append(sym([(400, top), (390, top + 0.5), (385, top + 1.5)], [(384, bot - 1.5), (390, bot), (400, bot + 0.5)]))
        # transverse process: a short bar from the side of the body out to its tip
        inner = 388 if i >= 3 else tx + 14
        procs.append(shape_d([(inner, ty - 3), ((inner + tx) / 2, ty - 3.5), (tx + 2, ty - 3.2)], [(tx - 1, ty), (tx + 2, ty + 3.2)],
                             [((inner + tx) / 2, ty + 3), (inner, ty + 3)]))
    return both(" ".join(procs))


def hyoid_larynx():
    parts = []
    # thyroid cartilage: the two laminae meet in the laryngeal prominence, superior notch on top
    parts.append(sym([(400, 271), (396, 267.5), (390, 266.5), (384, 267.5)],
                     [(383, 276), (385, 285), (390, 291.5), (396, 294), (400, 295)]))
    # cricoid arch
    parts.append(sym([(400, 298), (392, 297.5), (387.5, 299)], [(388, 303), (393, 304), (400, 304.5)]))
    # tracheal rings (partly hidden by the sternal heads of the SCMs)
    for y in (307.5, 313, 318.5):
        parts.append(sym([(400, y), (391, y - 0.3), (388, y + 0.5)], [(388.5, y + 3.8), (392, y + 4), (400, y + 4.2)]))
    return parts


def hyoid():
    """Hyoid bone: body and greater horns, a slim curved bar above the thyroid cartilage."""
    return sym([(400, 256.5), (390, 256.5), (380, 258), (372, 261)], [(373, 263.5), (381, 261.5), (390, 260.5), (400, 260.5)])


def laryngeal_lines():
    """Fine line: the midline ridge of the laryngeal prominence."""
    return smooth([(400, 271.5), (400, 281), (400, 293)])


# ---------------------------------------------------------------- face features (fine lines)

EYE_UPPER = [(360, 139.5), (365, 135.5), (372, 133.8), (380, 134.8), (386.5, 139), (389, 142)]
EYE_LOWER = [(360, 139.5), (366, 143.3), (374, 145), (382, 144.3), (389, 142)]


def face_features():
    ds = []
    ds.append(smooth(EYE_UPPER))
    ds.append(smooth(EYE_LOWER))
    ds.append(smooth([(361.5, 134.5), (368, 130.5), (376, 130), (384, 132.5)]))    # lid crease
    # iris: an arc under the upper lid
    # iris: a circle whose top is hidden by the upper lid; pupil
    cx, cy, r = 374.0, 139.2, 5.2
    iris = [(cx + r * math.cos(math.radians(a)), cy + r * math.sin(math.radians(a))) for a in range(-66, 247, 20)]
    ds.append(smooth(iris))
    ds.append(smooth([(cx + 1.7 * math.cos(math.radians(a)), cy + 1.7 * math.sin(math.radians(a))) for a in range(0, 360, 45)],
                     closed=True))
    ds.append(smooth([(353, 126), (360, 121.5), (370, 119.5), (381, 120.3), (391, 123.8)]))        # brow
    ds.append(smooth([(356, 127), (364, 123.6), (373, 122.8), (384, 123.5)]))
    # nose: side of the bridge, ala, nostril, tip
    ds.append(smooth([(393.5, 133), (392.5, 148), (391.5, 163), (389.5, 172)]))
    ds.append(smooth([(389.5, 172), (385.5, 177), (386.2, 183.5), (391, 186), (395.5, 185)]))
    ds.append(smooth([(392, 183.5), (395.5, 182.6), (398.5, 184.3)]))
    ds.append(smooth([(394, 179), (397, 181), (400, 181.6)]))
    # lips: upper lip vermilion with the cupid's bow, the mouth line, lower lip
    ds.append(smooth([(382.5, 203.5), (388, 199.6), (394, 197.3), (397.5, 197.8), (400, 199)]))
    ds.append(smooth([(381.5, 203.6), (388, 203.3), (394, 203.8), (400, 204.2)]))
    ds.append(smooth([(384.5, 206), (390, 209.3), (395, 210.6), (400, 210.9)]))
    ds.append(smooth([(395, 191.5), (396.5, 194.5), (397.5, 197.5)]))   # philtrum
    ds.append(smooth([(391.5, 220), (396, 218.5), (400, 218.4)]))       # mentolabial sulcus
    # jaw line from below the ear lobe over the angle to the chin, and the cheek contour above it
    ds.append(jaw_line())
    # ear: helix rim and concha
    ds.append(smooth([(334.5, 128.5), (329, 127.5), (326, 133), (325.5, 146), (327.5, 160), (330.5, 172)]))
    ds.append(smooth([(333, 141), (330.5, 148), (331.5, 158), (334.5, 166)]))
    return both(" ".join(ds))


# ---------------------------------------------------------------- context muscles (art kind muscle)

PEC_INSERT = [(240, 388), (238, 398), (240, 408)]
# Deltopectoral groove: the deltoid's anterior border, convex forwards, and the pectoralis major's lateral border
# beside it; they part at the top to leave the infraclavicular (deltopectoral) triangle under the clavicle.
DELT_ANT = [(283, 320), (281.5, 334), (275.5, 352), (266, 372), (255, 391), (244, 408), (232, 424), (222, 437), (213, 447)]
PEC_LAT = [(298, 324.5), (290, 334), (281, 350), (270, 370), (258, 390), (246, 407)]


def pec_major():
    top = [(396, 331), (380, 327), (360, 327.5), (336, 327.5), (312, 326), (298, 324.5)]
    # the lower border runs from the anterior axillary fold down and in to the sixth costal cartilage
    lower = [(240, 409), (248, 418), (262, 432), (280, 449), (298, 464), (318, 480), (345, 493), (372, 499)]
    d = shape_d(top, PEC_LAT[1:] + [(239, 404)], lower, [(397, 501)], [(396.5, 420), (396, 360)])
    # fibres from the clavicle and sternum converging on the crest of the greater tubercle
    origin = [(298, 325), (330, 328), (370, 328), (396, 334), (396.5, 380), (397, 430), (397, 470)]
    insert = [(246, 384), (243, 389), (241, 394), (240, 398), (239, 402), (241, 408), (247, 416)]
    fib = fibres_across(origin, insert, 16, s0=0.02, s1=0.98, bend=(0, 0), ext=4)
    return d, fib


def serratus_anterior():
    """Digitations of serratus anterior on the side of the chest, below the anterior axillary fold."""
    ds, fs = [], []
    for y0 in (405, 419, 433):
        top = [(249.5, y0), (262, y0 + 9), (278, y0 + 22), (292, y0 + 34)]
        tip = [(294.5, y0 + 38.5), (291, y0 + 41)]
        bot = [(276, y0 + 33), (261, y0 + 23), (252, y0 + 16)]
        ds.append(shape_d(top, tip, bot))
        fs.append(fibres_between(top, bot[::-1] + [(289, y0 + 40)], 3, 0.2, 0.8))
    return " ".join(ds), " ".join(fs)


def brachialis():
    # from the lower half of the humerus, on both sides of the biceps, to the ulna below the elbow
    d = shape_d([(206, 424), (214, 440), (222, 432), (232, 416)], [(229, 440), (227, 458), (227, CUT), (226, 540),
                (230, 600), (240, 640), (248, 668)],
                [(240, 672)], [(226, 650), (212, 620), (205, 560), (204, CUT)], [(202.5, 452), (202, 436)])
    fib = fibres_between([(229, 418), (224, 440), (224, 560), (244, 668)], [(206, 426), (203.5, 450), (206, 570), (238, 670)],
                         4, 0.1, 0.9)
    return d, fib


def biceps():
    # the belly narrows above the elbow into its tendon, which dives into the elbow crease to the radial tuberosity
    d = shape_d([(244, 394), (236, 410), (228, 430), (224, 452), (222, CUT), (221, 530), (225, 580), (232, 612),
                 (236.5, 640), (235, 668)],
                [(239, 670)], [(241, 640), (250, 612), (259, 580), (263, 530), (262, CUT), (259, 452), (254, 430), (249, 412)])
    fib = fibres_between([(242, 396), (230, 430), (222, 500), (232, 600), (236, 660)],
                         [(248, 412), (255, 440), (260, 500), (246, 600), (239, 660)], 6, 0.1, 0.9)
    return d, fib


def forearm_muscles():
    """The front of the forearm: brachioradialis on the outer (thumb) side, the wrist and finger flexors and
    pronator teres from the medial epicondyle, tapering into their tendons above the wrist."""
    outer = [(201.5, 650), (198, 680), (196, 710), (193, 750), (188, 800), (183, 845), (181, 860)]
    inner = [(264, 660), (263.5, 690), (260, 720), (252, 760), (242, 805), (232, 845), (226, 860)]
    d = shape_d(outer, [(204, 864)], inner[::-1], [(240, 656), (222, 656)])
    fib = fibres_between(outer[1:], inner[1:], 10, 0.06, 0.94)
    # the border between brachioradialis and the flexors, and pronator teres crossing to the radius
    borders = smooth([(214, 662), (208, 720), (202, 790), (194, 850)]) + " " + smooth([(258, 660), (236, 700), (214, 740)])
    return d, fib, borders


def palm():
    """The palm: thenar and hypothenar eminences and the palmar creases (fine lines)."""
    thenar = shape_d([(183, 880), (172, 898), (166, 922), (170, 944)], [(182, 948), (192, 930), (194, 900), (190, 882)])
    hypo = shape_d([(215, 884), (222, 910), (225, 950), (223, 970)], [(212, 968), (208, 930), (208, 895)])
    creases = " ".join([smooth([(224, 952), (208, 950), (192, 958), (180, 966)]),
                        smooth([(222, 935), (204, 934), (188, 942)]),
                        smooth([(190, 885), (184, 910), (178, 935), (176, 950)])]
                       + [smooth([(x - 5, y), (x, y + 1.2), (x + 5, y)]) for (x, y) in
                          ((169, 1000), (176.5, 1000), (193, 1005), (210, 1000), (218, 990), (169, 1015), (185, 1020),
                           (201, 1016), (218, 1002))])
    return thenar + " " + hypo, creases


def sternohyoid():
    a = [(381.5, 262.5), (379.5, 276), (379, 292), (381, 310), (384.5, 330)]
    b = [(392, 262), (391.5, 276), (391.5, 292), (392, 310), (394.5, 330)]
    d = shape_d(a, b[::-1])
    return d, fibres_between(a, b, 3, 0.2, 0.8)


def omohyoid():
    # superior belly from the hyoid down and out under the SCM
    a = [(377.5, 262), (372, 276), (364, 292)]
    b = [(382.5, 263.5), (378, 279), (370, 295)]
    d = shape_d(a, b[::-1])
    return d, fibres_between(a, b, 2, 0.3, 0.7)


# ---------------------------------------------------------------- the face (Netter's anterior plate)
#
# Right half (viewer's left). The face contour narrows from the zygomatic arch (x 340, 0.30 H) over
# the masseter to the gonion (356, 210; 0.22 H) and along the lower border of the mandible to the
# chin (half-width 0.07 H). Frontalis is a thin sheet whose upper border fades into the galea;
# temporalis shows only as a narrow fan at the temple under the temporal fascia, above the arch;
# masseter is a thick quadrilateral from the arch to the angle; the lip muscles converge on the
# modiolus beside the corner of the mouth; platysma begins over the lower border of the mandible.

CHEEK = [(338.2, 146), (340.2, 158), (342.2, 172), (344.6, 186), (348.2, 198.5), (352.4, 206), (356, 210.5)]
JAW = [(356, 210.5), (361.5, 216.5), (369, 223.8), (376.5, 229.8), (383, 234.6), (388.5, 237.8), (394, 239.6), (400, 240.3)]


def jaw_line():
    return smooth(CHEEK[:-1] + JAW)


# skull contour over the temple, just inside the skin line
TEMPLE_SKULL = [(343.4, 64.5), (339.4, 72), (336.6, 82), (335.4, 94), (335.3, 106), (335.6, 118), (337, 128),
                (337.8, 137), (338.3, 143)]
# superior temporal line seen from the front: from the zygomatic process of the frontal bone up and out
TEMPORAL_LINE = [(349.5, 136), (348.6, 127), (346.6, 117), (346, 106), (347, 96), (348.8, 86.5), (349.3, 77.5),
                 (347.4, 69.8), (343.4, 64.5)]
# vault inside the skin line, from the vertex to the top of the temporal fascia
VAULT = [(400, 41.3), (389, 41.8), (378.3, 42.9), (368, 45.6), (359.6, 49.4), (352.2, 54.3), (346.6, 59.6),
         (343.4, 64.5)]


def galea():
    """Galea aponeurotica over the vault, down to the temporal lines and, between the frontal bellies,
    to the root of the nose; frontalis is drawn over its front part."""
    d = sym(VAULT, TEMPORAL_LINE[::-1][1:6], [(356, 100), (372, 98), (388, 99), (396.5, 104), (400, 112)])
    # fine aponeurotic fibres running up from the frontalis over the vault
    fib = []
    for k in range(10):
        x0 = 398.5 - k * 4.6
        x1 = 400 - (400 - x0) * 0.3
        y0 = 84 + k * 0.3 + (k * 0.55) ** 2
        fib.append(smooth([(x0, y0), (x0 + (x1 - x0) * 0.45, 61 - k * 0.6), (x1, 40.5)]))
    return d, both(" ".join(fib))


def temporal_fascia():
    return shape_d(TEMPLE_SKULL, [(342, 144.5), (347, 142.5)], TEMPORAL_LINE)


def zygomatic_arch():
    """Zygomatic arch and body of the zygomatic bone where it shows between temporalis and masseter."""
    return shape_d([(337.2, 141.2), (342, 141.6), (347.5, 140.2), (352, 139.8)],
                   [(356, 143), (357.5, 149.5), (354.5, 151.5)],
                   [(349, 147.8), (343.5, 147.6), (338.4, 147.3)])


def orbicularis_oris():
    right_out = [(400, 187.8), (392, 188.6), (384.5, 191.5), (378.5, 197.5), (375.6, 205), (377.6, 212.5),
                 (384.5, 218.2), (392, 220.6), (400, 221)]
    right_in = [(400, 197.8), (394, 197.4), (388, 199.3), (383, 203.6), (387.5, 207.8), (394, 210.3), (400, 211)]
    out_loop = right_out + mirror_points(right_out, MID)[::-1][1:-1]
    in_loop = right_in + mirror_points(right_in, MID)[::-1][1:-1]
    d = seg_path(catmull_rom(out_loop, closed=True), close=True)
    return d, ring_fibres(out_loop, in_loop, 6, 0.08, 0.8)


def lip_elevators():
    """Levator anguli oris (deepest), levator labii superioris alaeque nasi, levator labii superioris and
    zygomaticus minor, from the canine fossa, the frontal process of the maxilla, the infraorbital margin
    and the zygomatic bone to the upper lip, as (id, path, fibres), deepest first."""
    out = []
    # levator anguli oris: canine fossa to the modiolus, mostly hidden under the others
    a, b = [(376.5, 171), (379, 182), (382.5, 196)], [(381.5, 169.5), (383.5, 182), (385.5, 195)]
    out.append(("levator-anguli-oris", shape_d(a, [(384.5, 197.5), b[-1]], b[::-1][1:], [(379, 169)]),
                fibres_between(a, b, 2, 0.3, 0.7)))
    # levator labii superioris alaeque nasi: along the side of the nose to the ala and the lip
    a = [(393, 136), (391.5, 150), (389.5, 164), (387.5, 176), (388.5, 190)]
    b = [(396, 137), (395, 150), (393.5, 163), (391.5, 173), (392.5, 189)]
    out.append(("levator-labii-superioris-alaeque-nasi", shape_d(a, [(390.5, 192), b[-1]], b[::-1][1:]),
                fibres_between(a, b, 2, 0.3, 0.7)))
    # levator labii superioris: a broad sheet from the infraorbital margin to the upper lip
    a = [(367.5, 156), (371.5, 168), (376.5, 181), (382, 193.5)]
    b = [(386.5, 156.5), (387, 168), (387.8, 180), (389.5, 192.5)]
    out.append(("levator-labii-superioris", shape_d(a, [(385.5, 195.5), b[-1]], b[::-1][1:], [(377, 154.8)]),
                fibres_between(a, b, 5, 0.1, 0.9)))
    # zygomaticus minor: from the zygomatic bone, medial to zygomaticus major, to the lip
    a = [(357.5, 155.5), (364.5, 167), (372, 180), (379.5, 193.5)]
    b = [(364, 153.5), (370, 164.5), (377, 177.5), (383.5, 192)]
    out.append(("zygomaticus-minor", shape_d(a, [(381.5, 195.5), b[-1]], b[::-1][1:], [(360.5, 153.2)]),
                fibres_between(a, b, 3, 0.2, 0.8)))
    return out


def nasalis():
    """Nasalis: the transverse part over the lower bridge, continuous with its fellow across the dorsum,
    and the alar part on the wing of the nose."""
    top = [(400, 158), (395, 159.3), (390.5, 162.5), (387.5, 167.5), (386.5, 172.5)]
    bot = [(390.5, 174.5), (392.5, 169.5), (396, 165.8), (400, 165)]
    d = sym(top, bot)
    fib = both(fibres_between(top[::-1], [(390.5, 174.5), (392.5, 169.5), (396, 165.8), (400, 165)], 3, 0.2, 0.8))
    alar = shape_d([(386.5, 175.5), (385, 180.5), (386.5, 184.5)], [(389.5, 185), (390, 179.5), (389, 176)])
    return d + " " + alar + " " + mirror_d(alar), fib + " " + both(fibres_between(
        [(386.5, 175.5), (385, 180.5), (386.5, 184.5)], [(389, 176), (390, 179.5), (389.5, 185)], 2, 0.3, 0.7))


def procerus():
    """Procerus over the root of the nose, between the medial ends of the frontalis."""
    d = sym([(400, 106), (397.8, 108), (396.2, 118), (395.3, 130), (395, 139)], [(400, 141)])
    f = smooth([(398, 107), (397.5, 124), (397.3, 140)])
    return d, f + " " + mirror_d(f)


def chin_muscles():
    """Mentalis and depressor labii inferioris (medial), depressor anguli oris (a triangle from the lower
    border of the mandible up to the modiolus, over the edge of the depressor labii), deepest first."""
    out = []
    # mentalis: from the incisive fossa down into the skin of the chin
    a = [(399.2, 219.5), (398.5, 228), (398, 237)]
    b = [(393.5, 220.5), (390.5, 228), (389.5, 236.5)]
    out.append(("mentalis", shape_d(a, [(393.5, 239.2), b[-1]], b[::-1][1:], [(396.5, 218.8)]),
                fibres_between(a, b, 3, 0.2, 0.8)))
    # depressor labii inferioris: from the mandible up and in to the lower lip
    a = [(377.5, 229.5), (381.5, 220), (386, 212)]
    b = [(388.5, 236.5), (391, 225), (394, 213)]
    out.append(("depressor-labii-inferioris", shape_d(a, [(390, 211.8), b[-1]], b[::-1][1:], [(383, 233.5)]),
                fibres_between(a, b, 4, 0.12, 0.88)))
    # depressor anguli oris
    lat = [(366.5, 221), (371.5, 215.5), (376.5, 210.5), (381, 206.5)]
    med = [(384.5, 234.5), (383.5, 224), (382.5, 214), (382.2, 207.5)]
    out.append(("depressor-anguli-oris", shape_d(lat, [med[-1]], med[::-1][1:], [(375.5, 229)]),
                fibres_across([(367, 222), (372, 226.5), (378, 231), (384, 234.5)],
                              [(381.2, 207), (381.5, 207.2), (381.8, 207.4), (382.1, 207.6)], 6, 0.04, 0.96, ext=3)))
    return out


# ---------------------------------------------------------------- atlas muscles (patient's right)

M = {}      # muscle id -> (layer, path, fibres)

# --- face

# Frontalis: medial border beside a narrow midline gap that widens upwards, an arched upper border
# with slightly staggered bundle ends fading into the galea, lateral border along the temporal line,
# lower border under the orbicularis oculi and the brow.
FRONT_MEDIAL = [(397.6, 123), (397.5, 110), (397.1, 98), (396.5, 87), (395.6, 77.5)]
FRONT_TOP = [(395.6, 78), (393.6, 75.9), (389, 76.1), (384.5, 76.3), (380, 78.1), (375.5, 79.0), (371, 81.6), (366.5, 83.3), (362.2, 86.5), (358.2, 88.6), (354.6, 91.9), (351.2, 94.4), (348.2, 97)]
FRONT_LAT = [(348.2, 97), (347.2, 104), (347, 112), (348, 119), (349.5, 124)]
FRONT_BROW = [(349.5, 124), (356, 121.5), (365, 120.5), (375, 120.8), (385, 122), (392.5, 124), (397.5, 123)]
M["frontalis"] = ("superficial",
                  shape_d(FRONT_MEDIAL, FRONT_TOP[1:], FRONT_LAT[1:], FRONT_BROW[1:]),
                  fibres_across([(395, 77), (389, 75.5), (382, 76.5), (374, 78.5), (366, 82), (359, 86.5), (353, 91),
                                 (349, 94), (347, 103)],
                                [(397, 126), (391, 125), (384, 124.5), (376, 124), (368, 123.8), (361, 124), (355, 124.5),
                                 (351, 125), (348.5, 125)],
                                15, 0.0, 1.0, bend=(0.3, 0), ext=5))

# Temporalis: the part of the fan that shows at the temple from the front, under the temporal fascia,
# converging on the zygomatic arch, behind which it runs to the coronoid process.
TEMP_LAT = [(348.6, 92), (344, 93.5), (340.2, 98), (337.8, 106), (337.2, 116), (338, 127), (339.5, 136), (341, 142.5)]
TEMP_MED = [(344.8, 142.5), (345.6, 134), (345.2, 124), (344.8, 114), (345.4, 104), (347, 96.5)]
M["temporalis"] = ("superficial",
                   shape_d(TEMP_LAT, TEMP_MED),
                   fibres_across([(348, 93), (343.6, 94.5), (340.5, 99), (338.4, 108), (338, 118), (338.8, 128)],
                                 [(344.6, 141.5), (344, 141.8), (343.4, 142), (342.8, 142.2), (342.2, 142.3), (341.6, 142.4)],
                                 7, 0.0, 1.0, bend=(0.5, 0), ext=5))

OO_OUTER = [(397, 131), (393.5, 121.5), (384, 117.2), (371, 116.8), (359, 119.5), (350.5, 126.5), (347, 136.5),
            (348.5, 147), (354.5, 155.5), (364, 160.5), (375.5, 161.2), (386, 157), (392.5, 150), (395.8, 141)]
OO_INNER = [(390.4, 139.7), (387, 135.6), (381, 133.2), (372, 132.4), (364, 134.2), (358.6, 139), (359, 141.7),
            (365, 145.2), (373, 146.8), (382, 146), (388, 143.6), (390.6, 142), (390.9, 140.6), (390.8, 140)]


def orbicularis():
    outer = seg_path(catmull_rom(OO_OUTER, closed=True), close=True)
    inner = seg_path(catmull_rom(OO_INNER[::-1], closed=True), close=True)
    fib = ring_fibres(OO_OUTER, OO_INNER, 8, 0.08, 0.9)
    return outer + " " + inner, fib


M["orbicularis-oculi"] = ("superficial",) + orbicularis()

# Masseter: upper border along the lower border of the arch and zygomatic bone, posterior border
# along the ramus to the angle, lower border along the mandible in front of the angle, anterior
# border down and slightly back from the zygomatic bone.
MASS_TOP = [(339.5, 146.2), (345, 147.6), (351, 149.3), (357.5, 151.6)]
MASS_ANT = [(357.5, 151.6), (360, 166), (362.8, 181), (365.5, 197), (367.6, 211), (368.6, 221.5)]
MASS_LOW = [(368.6, 221.5), (363, 216.8), (357.6, 211.3)]
MASS_POST = [(357.6, 211.3), (353, 206.2), (349.2, 198.5), (345.6, 186.5), (343.2, 172.5), (341.2, 158.5), (339.5, 146.2)]
M["masseter-superficial"] = ("superficial",
                             shape_d(MASS_TOP, MASS_ANT[1:], MASS_LOW[1:], MASS_POST[1:-1]),
                             fibres_across([(339.5, 146), (345, 147.5), (351, 149.3), (358, 151.6)],
                                           [(355.5, 210), (360, 214.5), (364.5, 218.5), (369, 222)],
                                           9, 0.02, 0.98, bend=(-1.2, 0), ext=4))

# Zygomaticus major: from the zygomatic bone down and in over the masseter and buccinator to the modiolus.
ZYG_MED = [(352.5, 149.6), (360, 158.5), (368.5, 170.5), (377.5, 183.5), (384.5, 195), (389.4, 203.2)]
ZYG_LAT = [(388.4, 205.6), (382, 198.5), (374.5, 188.5), (365.5, 176), (356.5, 164.6), (348.6, 155.5)]
M["zygomaticus-major"] = ("superficial", shape_d(ZYG_MED, ZYG_LAT, [(346.8, 151.4), (348.8, 149.2)]),
                          fibres_between(ZYG_MED, ZYG_LAT[::-1], 4, 0.15, 0.85))

# Buccinator: deep in the cheek, from under the masseter's anterior border to the modiolus.
BUCC_TOP = [(361, 182.5), (368.5, 186.5), (376.5, 191.5), (383.5, 197.5), (389.5, 203.4)]
BUCC_BOT = [(389, 206.2), (383, 209.5), (375.5, 213), (368, 216), (362.5, 217)]
M["buccinator"] = ("superficial", shape_d(BUCC_TOP, BUCC_BOT, [(359.5, 200)]),
                   fibres_across([(361.5, 186), (361, 192), (361, 198), (361.5, 204), (362.5, 212)],
                                 [(389.4, 203.8), (389.4, 204.2), (389.4, 204.6), (389.3, 205), (389.2, 205.4)], 6, 0.05, 0.95,
                                 bend=(0, 0), ext=3))

M["digastric-anterior"] = ("superficial",
                           shape_d([(393, 236.5), (388.5, 245), (383.5, 254), (380.5, 259.5)],
                                   [(385.5, 261), (390.5, 252), (395, 244), (398, 238.5)]),
                           fibres_between([(393, 236.5), (388.5, 245), (380.5, 259.5)], [(398, 238.5), (391, 251), (385.5, 261)], 3))

# --- neck

# The two heads of the SCM rise from the clavicle and the manubrium with the lesser supraclavicular fossa
# between them, meet at about mid-neck, where the sternal head crosses over the clavicular head, and go on
# as one belly to the mastoid process (T&S 2nd ed. Fig. 7.2): above the junction they share one seam and
# end in one rounded insertion behind the ear lobe.
SCM_SEAM = [(344.5, 189.5), (345.5, 196), (347.5, 208), (350, 222), (352.5, 236), (355, 249), (358, 261)]
SCM_C_LAT = [(339.5, 192), (340.3, 199), (343.5, 216), (347.5, 236), (349.5, 256), (351.5, 276), (352.5, 298), (353.5, 320.5)]
SCM_C_MED = SCM_SEAM + [(361.5, 271), (367, 289), (372, 305), (374.5, 321)]
M["sternocleidomastoid-clavicular"] = ("superficial",
                                       shape_d(SCM_C_LAT, [(362, 322.5), SCM_C_MED[-1]], SCM_C_MED[::-1][1:],
                                               [(341.5, 188), SCM_C_LAT[0]]),
                                       fibres_between(SCM_C_LAT, SCM_C_MED, 5, 0.1, 0.9))

SCM_S_LAT = SCM_SEAM + [(362, 270), (374, 294), (384, 314), (389.5, 333.5)]
SCM_S_MED = [(350.5, 191.5), (353, 198), (356, 209), (360.5, 229), (367, 254), (378, 279), (386.5, 300), (392, 318), (395, 333)]
M["sternocleidomastoid-sternal"] = ("superficial",
                                    shape_d(SCM_S_LAT, [(392.5, 335), SCM_S_MED[-1]], SCM_S_MED[::-1][1:],
                                            [(348, 188.5), SCM_S_LAT[0]]),
                                    fibres_between(SCM_S_LAT, SCM_S_MED, 4, 0.12, 0.88))

TRAP_TOP = [(351.5, 259), (351.5, 264), (350.5, 271), (345, 278.5), (334, 284.5), (316, 289.5), (292, 294.5),
            (268, 299), (248, 303), (234, 308), (226, 313)]
TRAP_ANT = [(232, 317.5), (250, 313.5), (268, 311.5), (286, 310), (304, 306), (320, 301), (334, 293), (344, 284), (349, 275), (350.5, 267)]
M["upper-trapezius"] = ("superficial", shape_d(TRAP_TOP, TRAP_ANT),
                        fibres_across([(351, 256), (351, 266), (347, 276), (338, 283), (322, 289)],
                                      [(228, 314), (238, 315), (252, 313), (272, 310), (296, 305)], 8, 0.0, 1.0,
                                      bend=(4, -3), ext=4))

# Platysma: from the fascia over the upper chest up the neck to the lower border of the mandible,
# which its upper border overlaps only a little; its medial fibres reach the chin, and a narrow slip
# (pars modiolaris) climbs beside the depressor anguli oris to the modiolus.
PLAT_MED = [(392.3, 238.2), (390, 245), (386.5, 252), (381.5, 272), (377, 296), (373.5, 320), (371, 335), (364, 341.5)]
PLAT_BOT = [(364, 341.5), (348, 342), (320, 338), (292, 332.5), (270, 327), (256, 321.5)]
PLAT_LAT = [(256, 321.5), (264, 320), (278, 320.5), (300, 323.5), (322, 326), (338, 326.5), (346, 321), (350.5, 306),
            (351.5, 288), (350, 262), (346.8, 240), (345.6, 226), (347.5, 215.5), (351, 209.6)]
PLAT_TOP = [(351, 209.6), (355.6, 209.2), (361.3, 215.6), (367, 221.1), (370.5, 224)]
SLIP_LAT = [(370.5, 224), (375.5, 217), (381, 210.6), (385.8, 206.6), (389.2, 204.8)]
SLIP_MED = [(389.2, 204.8), (387.6, 207.8), (382.8, 212), (378.2, 217.6), (375.2, 224), (375.4, 228.6)]
PLAT_CHIN = [(375.4, 228.6), (380, 232.2), (385, 235.5), (390, 237.6), (392.3, 238.2)]
M["platysma"] = ("superficial",
                 shape_d(PLAT_MED + PLAT_BOT[1:], PLAT_LAT[1:], PLAT_TOP[1:], SLIP_LAT[1:], SLIP_MED[1:], PLAT_CHIN[1:]),
                 fibres_across([(370, 341), (345, 340.5), (318, 337), (290, 331), (262, 322)],
                               [(392, 239), (384, 236), (375, 229.5), (364, 219.5), (355, 211), (347, 218)], 13, 0.02, 0.98,
                               bend=(3, 2), ext=5)
                 + " " + fibres_between(SLIP_LAT[::-1] + [(366, 226)], SLIP_MED + [(371, 232)], 2, 0.3, 0.7))

M["deltoid"] = ("superficial",
                shape_d([(283, 320), (268, 317.5), (252, 316.5), (238, 316.5), (229, 315.5)],
                        [(221, 318.5), (211, 328.5), (203.5, 341), (200.5, 356), (200, 374), (201.5, 398), (205, 420),
                         (209.5, 438), (213, 447)],
                        DELT_ANT[::-1][1:-1]),
                fibres_across([(282, 321), (262, 317), (240, 316.5), (224, 318), (210, 329), (203, 344), (200.5, 360)],
                              [(218, 432), (216, 436), (214, 440), (213, 442), (211.5, 440), (209, 434), (206, 426)],
                              11, 0.0, 1.0, bend=(-3, 0), ext=4))

# --- deep layer

# The levator, posterior scalene and middle scalene keep inside the neck's contour (NECK): seen from the
# front the levator shows at the lateral edge of the neck, behind the scalenes, down to the shoulder line.
LEV_LAT = [(344, 206), (347, 230), (352, 256), (348, 280), (336, 306)]
LEV_MED = [(344.5, 310), (355, 284), (358.5, 257), (354, 231), (350, 205)]
M["levator-scapulae"] = ("deep", shape_d(LEV_LAT, [(331, 311)], LEV_MED),
                         fibres_between(LEV_LAT, LEV_MED[::-1], 4))

PS_LAT = [(352.5, 262), (344, 282), (333, 302), (320, 323)]
PS_MED = [(333, 325), (342.5, 305), (350.5, 285), (357, 262)]
M["posterior-scalene"] = ("deep", shape_d(PS_LAT, [(326, 325.5)], PS_MED),
                          fibres_between(PS_LAT, PS_MED[::-1], 3))

MS_LAT = [(350, 221), (351.5, 250), (348, 276), (339.5, 300), (330.5, 321)]
MS_MED = [(346.5, 322), (351.5, 300), (356.5, 276), (360, 248), (358.5, 219)]
M["middle-scalene"] = ("deep", shape_d(MS_LAT, [(338, 322.5)], MS_MED),
                       fibres_between(MS_LAT, MS_MED[::-1], 4))

AS_LAT = [(357, 236), (357, 262), (356.5, 290), (354.5, 322)]
AS_MED = [(364.5, 323), (366.5, 290), (367.5, 262), (366, 234)]
M["anterior-scalene"] = ("deep", shape_d(AS_LAT, [(359.5, 323.5)], AS_MED),
                         fibres_between(AS_LAT, AS_MED[::-1], 4))

M["digastric-posterior"] = ("deep",
                            shape_d([(339.8, 193.5), (344.5, 191.5), (352, 204), (364, 226), (376, 247), (383, 258)],
                                    [(379, 262.5), (371, 251), (358, 231), (346, 212), (340.5, 199)]),
                            fibres_between([(344.5, 191.5), (358, 214), (383, 258)], [(339.8, 194), (350, 220), (379, 262.5)], 3))

M["medial-pterygoid"] = ("deep",
                         shape_d([(377, 185), (382, 189.5), (377, 197), (369, 205), (361.5, 213)],
                                 [(353.5, 212), (352.5, 206), (360, 198), (369, 189)]),
                         fibres_between([(377, 185), (379, 195), (361.5, 213)], [(371, 187), (361, 197), (353, 209)], 4))

M["pectoralis-minor"] = ("deep",
                         shape_d([(257, 329.5), (264, 327), (270, 332)],
                                 [(284, 356), (302, 382), (320, 398), (338, 404)],
                                 [(338, 420), (334, 434), (322, 436), (306, 428)],
                                 [(290, 410), (274, 384), (262, 360), (254, 340)]),
                         fibres_across([(258, 331), (262, 329), (266, 329), (268, 331)],
                                       [(300, 424), (318, 432), (330, 426), (336, 408)], 8, 0.0, 1.0, bend=(2, -3), ext=4))

# longus colli (Minerbi et al. 2017): on the front of the cervical bodies beside the trachea, seen in the
# deep layer between the sternohyoid and the anterior scalene; its superior oblique part climbs out to
# the transverse processes (C3-C5). It passes behind the omohyoid, so it is drawn as the two pieces that
# show above and below that strap (the omohyoid is art, drawn under every atlas muscle).
LC_UP = shape_d([(368.5, 243), (367.2, 256), (367.3, 270), (368, 281)], [(371.5, 277.5), (374.5, 270), (376.8, 263.5)],
                [(373.5, 262.6), (370.5, 252)])
LC_LOW_LAT = [(368.3, 297.5), (369.5, 310), (372, 320), (376, 327)]
LC_LOW_MED = [(379, 282), (379.2, 292), (380, 304), (381.2, 316), (382, 326)]
LC_LOW = shape_d([(370.6, 295.5)] + LC_LOW_LAT[1:], [(379.5, 328.5)], LC_LOW_MED[::-1],
                 [(376.5, 285.5), (373.5, 291)])
M["longus-colli"] = ("deep", LC_UP + " " + LC_LOW,
                     fibres_between([(369, 246), (368, 268), (369, 290), (371, 312), (375, 326)],
                                    [(373, 262), (377.5, 272), (379.5, 294), (380.5, 312), (381, 326)], 3, 0.2, 0.8))
# subscapularis (T&S ch. 26): on the costal surface of the scapula, seen in the axilla between the chest
# wall and the humerus, its tendon converging on the lesser tubercle; under the pectoralis minor
M["subscapularis"] = ("deep",
                      shape_d([(247, 346), (255, 342), (263, 350), (272, 366), (282, 388), (290, 410)],
                              [(284, 420), (272, 418), (260, 410)], [(250, 396), (246, 376), (246, 358)]),
                      fibres_across([(248, 347), (250, 350), (248, 354)],
                                    [(262, 350), (276, 376), (288, 410), (270, 417), (252, 398)], 7, 0.05, 0.95,
                                    bend=(0, 0), ext=2))
# coracobrachialis (T&S ch. 29): from the coracoid process down the medial side of the humerus
M["coracobrachialis"] = ("deep",
                         shape_d([(255, 338), (261, 335), (264, 341)], [(258, 372), (253, 402), (249, 430), (246, 446)],
                                 [(242, 444)], [(243, 430), (245, 400), (249, 370)]),
                         fibres_between([(256, 339), (249, 390), (243, 442)], [(263, 341), (255, 392), (246, 445)], 3))

# subclavius (T&S ch. 42): from the first rib out under the clavicle, showing below its lower edge
M["subclavius"] = ("deep",
                   shape_d([(356, 328), (336, 327.5), (312, 324.5), (292, 321.5)], [(289, 323.5)],
                           [(292, 326.5), (312, 330.5), (336, 333.5), (356, 334)], [(359, 331)]),
                   fibres_between([(356, 329), (324, 327), (292, 323)], [(356, 333), (324, 331.5), (292, 325.5)], 2))
# sternalis (T&S ch. 44): an inconstant strap over the sternum, superficial to the pectoralis major
M["sternalis"] = ("superficial",
                  shape_d([(393, 336), (397, 333), (399, 338)], [(399, 380), (398.5, 418)], [(395, 424), (391.5, 418)],
                          [(392, 380)]),
                  fibres_between([(394, 337), (393, 380), (393, 418)], [(398, 337), (398.5, 380), (397.5, 418)], 2))

# pectoralis major: an atlas muscle (T&S ch. 42 locate its trigger points by section: clavicular,
# sternal, costal and abdominal), drawn over the pectoralis minor
M["pectoralis-major"] = ("superficial",) + pec_major()
# biceps brachii (T&S ch. 30) and serratus anterior (T&S ch. 46): atlas muscles under the pectoralis major
M["biceps-brachii"] = ("superficial",) + biceps()
# brachialis (T&S ch. 31): an atlas muscle, showing beside the biceps in the lower arm
M["brachialis"] = ("superficial",) + brachialis()
M["serratus-anterior"] = ("superficial",) + serratus_anterior()

ORDER = ["longus-colli", "subscapularis", "coracobrachialis", "subclavius", "pectoralis-minor", "levator-scapulae", "posterior-scalene", "middle-scalene", "anterior-scalene",
         "digastric-posterior", "medial-pterygoid",
         "upper-trapezius", "digastric-anterior", "platysma", "sternocleidomastoid-clavicular", "sternocleidomastoid-sternal",
         "buccinator", "masseter-superficial", "zygomaticus-major", "temporalis", "frontalis", "orbicularis-oculi",
         "serratus-anterior", "brachialis", "biceps-brachii", "pectoralis-major", "sternalis", "deltoid"]


# ---------------------------------------------------------------- assemble

def art_list():
    art = []

    def add(id_, kind, d, layer=None, fibres=None):
        a = {"id": id_, "kind": kind, "path": d}
        if fibres:
            a["fibres"] = fibres
        if layer:
            a["layer"] = layer
        art.append(a)

    add("skin", "silhouette", skin_path())
    d, f = galea()
    add("galea-aponeurotica", "tendon", d, "superficial", f)
    add("temporal-fascia", "tendon", both(temporal_fascia()), "superficial")
    add("zygomatic-arches", "bone", both(zygomatic_arch()), "superficial")
    bone, cart = ribs()
    add("ribs", "bone", both(" ".join(bone)), "deep")
    add("costal-cartilages", "cartilage", both(" ".join(cart)), "deep")
    add("sternum", "bone", sternum())
    add("cervical-spine", "bone", cervical_spine(), "deep")
    add("humerus", "bone", both(humeral_head() + " " + humerus_shaft()), "deep")
    add("radius-and-ulna", "bone", both(forearm_bones()), "deep")
    d, f, borders = forearm_muscles()
    add("forearm-muscles", "muscle", both(d), None, both(f))
    add("forearm-muscle-borders", "outline", both(borders))
    d, creases = palm()
    add("thenar-and-hypothenar", "muscle", both(d))
    add("palm-creases", "feature", both(creases))
    add("clavicles", "bone", both(clavicle()))
    add("acromions", "bone", both(acromion()))
    add("coracoids", "bone", both(coracoid()), "deep")
    add("hyoid", "bone", hyoid())
    add("larynx-and-trachea", "cartilage", " ".join(hyoid_larynx()))
    d, f = sternohyoid()
    add("sternohyoid", "muscle", both(d), None, both(f))
    d, f = omohyoid()
    add("omohyoid", "muscle", both(d), None, both(f))
    d, f = orbicularis_oris()
    add("orbicularis-oris", "muscle", d, "superficial", f)
    for (id_, d, f) in lip_elevators():
        add(id_, "muscle", both(d), "superficial", both(f))
    d, f = nasalis()
    add("nasalis", "muscle", d, "superficial", f)
    d, f = procerus()
    add("procerus", "muscle", d, "superficial", f)
    for (id_, d, f) in chin_muscles():
        add(id_, "muscle", both(d), "superficial", both(f))
    add("face", "feature", face_features())
    # the nasolabial fold is a skin crease: shown over the skin of the deep layer, not over the muscles
    add("nasolabial-folds", "feature", both(smooth([(385, 181), (380.5, 189), (378.5, 198), (379.5, 207)])), "deep")
    add("larynx-lines", "outline", laryngeal_lines())
    # nipples (fine circles) and the inner contour of the arm
    nip = smooth([(310 + 2.6 * math.cos(math.radians(a)), 440 + 2.4 * math.sin(math.radians(a))) for a in range(0, 360, 45)],
                 closed=True)
    arm = smooth([(249, 412), (254, 428), (258, 450), (261.5, CUT), (264, 520), (264.5, 556)])
    add("chest-contours", "outline", both(nip + " " + arm))
    # the abdomen below the chest muscles: the costal margin, the linea alba and the navel
    costal = smooth([(392, 512), (372, 540), (340, 585), (312, 622), (296, 650)])
    navel = smooth([(400 + 3 * math.cos(math.radians(a)), 720 + 4 * math.sin(math.radians(a))) for a in range(0, 360, 45)],
                   closed=True)
    add("abdomen-contours", "outline", both(costal) + " " + smooth([(400, 505), (400, 600), (400, 712)]) + " " + navel)
    return art


def build():
    view = {
        "$schema": "../schema/view.schema.json",
        "id": "anterior",
        "name": "Anterior",
        "viewBox": [round(v, 1) for v in VIEWBOX],
        "midlineX": 400,
        "patientRightOnViewerLeft": True,
        "landmarks": [{"id": i, "name": n, "at": [a[0], a[1]]} for (i, n, a) in LANDMARKS],
        "art": art_list(),
        "muscles": [],
    }
    for mid in ORDER:
        layer, d, fib = M[mid]
        view["muscles"].append({"muscle": mid, "layer": layer, "path": d, "fibres": fib})
    return view


# ---------------------------------------------------------------- atlas data that follows the drawing

# Trigger points (anterior positions) on the drawn shapes, where the drawing moved them.
TRIGGER_POINTS = {
    "buccinator-tp1": (370, 199),
    "digastric-anterior-tp1": (391.5, 245),
    "digastric-posterior-tp1": (353, 216),
    "medial-pterygoid-tp1": (362, 203),
    "middle-scalene-tp1": (348, 282),
    "orbicularis-oculi-tp1": (372, 126),
    "platysma-tp1": (364, 298),
    "sternocleidomastoid-clavicular-tp1": (355, 270),
    "sternocleidomastoid-clavicular-tp2": (347, 230),
    "sternocleidomastoid-sternal-tp1": (384, 304),
    "sternocleidomastoid-sternal-tp2": (365, 262),
    "sternocleidomastoid-sternal-tp3": (349.5, 211),
    "upper-trapezius-tp1": (320, 296),
}

# Regions whose anterior shape follows the new bust (None: not drawn in this view any more).
REGIONS = {
    "temple": "M344,88 L349,96 L351,110 L350,124 L346,134 L340,134 L337,124 L336,110 L337,96 Z",
    "lateral-arm": "M201,338 L213,344 L214,400 L212,440 L214,%s L204,%s L201.5,440 L199.5,400 L199.5,356 Z" % (fmt(CUT - 1), fmt(CUT - 1)),
    "upper-arm": "M206,392 L238,394 L247,410 L256,438 L260,%s L204,%s L202,440 Z" % (fmt(CUT - 1), fmt(CUT - 1)),
    "elbow-forearm": None,
}


def path_points(d):
    """Tokenise M/L/A/Z path data into commands with absolute points (only what the zones use)."""
    import re
    toks = re.findall(r"[MLAZ]|-?[\d.]+", d)
    out, i, cmd = [], 0, None
    while i < len(toks):
        t = toks[i]
        if t in "MLAZ":
            cmd = t
            i += 1
            if t == "Z":
                out.append(("Z",))
            continue
        if cmd in "ML":
            out.append((cmd, float(toks[i]), float(toks[i + 1])))
            i += 2
        elif cmd == "A":
            out.append(("A",) + tuple(float(v) for v in toks[i:i + 7]))
            i += 7
    return out


def clip_polygon(pts, ymax):
    res = []
    n = len(pts)
    for k in range(n):
        a, b = pts[k], pts[(k + 1) % n]
        ain, bin_ = a[1] <= ymax, b[1] <= ymax
        if ain:
            res.append(a)
        if ain != bin_:
            t = (ymax - a[1]) / (b[1] - a[1])
            res.append((a[0] + (b[0] - a[0]) * t, ymax))
    return res


def fit_zone(d, ymax, minx):
    """Clip a zone polygon to the bust (y <= ymax) and move it onto the arm when it hangs off it."""
    cmds = path_points(d)
    if any(c[0] == "A" for c in cmds):
        xs = [c[1] for c in cmds if c[0] == "M"] + [c[6] for c in cmds if c[0] == "A"]
        ys = [c[2] for c in cmds if c[0] == "M"] + [c[7] for c in cmds if c[0] == "A"]
        ry = max(c[2] for c in cmds if c[0] == "A")
        if min(ys) - ry >= ymax:
            return None
        if min(xs) >= minx:
            return d
        dx = minx - min(xs)
        parts = []
        for c in cmds:
            if c[0] == "M":
                parts.append("M%s,%s" % (fmt(c[1] + dx), fmt(c[2])))
            elif c[0] == "A":
                parts.append("A%s,%s %s %d,%d %s,%s" % (fmt(c[1]), fmt(c[2]), fmt(c[3]), int(c[4]), int(c[5]),
                                                         fmt(c[6] + dx), fmt(c[7])))
            else:
                parts.append("Z")
        return " ".join(parts)
    pts = [(c[1], c[2]) for c in cmds if c[0] in "ML"]
    if min(p[1] for p in pts) >= ymax:
        return None
    if max(p[1] for p in pts) <= ymax and min(p[0] for p in pts) >= minx:
        return d
    if max(p[1] for p in pts) > ymax:
        pts = clip_polygon(pts, ymax)
    if min(p[0] for p in pts) < minx:
        dx = minx - min(p[0] for p in pts)
        pts = [(x + dx, y) for x, y in pts]
    return "M" + " L".join(pt(p) for p in pts) + " Z"


def update_atlas_data(root):
    import glob
    ymax = CUT - 1
    for f in sorted(glob.glob(os.path.join(root, "atlas-data", "muscles", "*.json"))):
        with open(f) as fh:
            data = json.load(fh)
        before = json.dumps(data)
        for m in data["muscles"]:
            for tp in m["triggerPoints"]:
                if tp["id"] in TRIGGER_POINTS and "anterior" in tp["positions"]:
                    tp["positions"]["anterior"] = list(TRIGGER_POINTS[tp["id"]])
                for kind in ("essential", "spillover"):
                    for z in tp["referral"].get(kind, []):
                        shapes = z["shapes"].get("anterior")
                        if not shapes:
                            continue
                        arm = any(r in ("lateral-arm", "upper-arm") for r in z["regions"])
                        temple = "temple" in z["regions"]
                        fitted = [fit_zone(d, ymax, 200.0 if arm else 0.0) for d in shapes]
                        if temple:
                            fitted = [fit_zone(d, ymax, 335.0) if d and path_points(d)[0][2] < 135 else d for d in fitted]
                        fitted = [d for d in fitted if d]
                        if fitted:
                            z["shapes"]["anterior"] = fitted
                        else:
                            del z["shapes"]["anterior"]
        if json.dumps(data) != before:
            with open(f, "w") as fh:
                json.dump(data, fh, indent=2, ensure_ascii=False)
                fh.write("\n")
    f = os.path.join(root, "atlas-data", "regions.json")
    with open(f) as fh:
        data = json.load(fh)
    for r in data["regions"]:
        if r["id"] in REGIONS:
            if REGIONS[r["id"]] is None:
                r["shapes"].pop("anterior", None)
            else:
                r["shapes"]["anterior"] = [REGIONS[r["id"]]]
    with open(f, "w") as fh:
        json.dump(data, fh, indent=2, ensure_ascii=False)
        fh.write("\n")


def main():
    root = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    out = os.path.join(root, "atlas-data", "views", "anterior.json")
    with open(out, "w") as f:
        json.dump(build(), f, indent=2, ensure_ascii=False)
        f.write("\n")
    print("wrote", out)
    if "--data" in sys.argv:
        update_atlas_data(root)
        print("updated trigger points, zones and regions (anterior only)")


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Generates atlas-data/views/anterior.json: the anterior head, neck and shoulder bust.

Curves are authored as named points on the patient's right (viewer's left, x < 400) and turned into
cubic Beziers (Catmull-Rom); art is written for both sides by mirroring about x 400, muscle shapes
are mirrored by the app. Canon: head height H = 200, vertex y 40, chin y 240, midline x 400
(/work/shared/FIGURE-CANON.md). Run from anywhere: python3 tools/figures/anterior.py (writes only the
view file; trigger points, zones and regions are hand-written or drawn by tools/zones/anterior.py).

Layering: art is drawn behind all atlas muscles (context muscles included), features and outlines in
front of them; atlas muscles are drawn in ORDER, deep before superficial.
"""
import json
import math
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from atlasgen.clip import clip_view_fibres  # noqa: E402
from atlasgen.curves import catmull_rom, mirror_points, smooth  # noqa: E402
from atlasgen.landmarks import Landmarks  # noqa: E402
from atlasgen.paths import pt, seg_path  # noqa: E402
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
# Every point below is placed on one of these landmarks (at.acromion(dx, dy), at.acromion.points(...)), so
# moving a landmark here carries the muscles and art placed on it, and the zones (tools/zones) follow it.
LM = Landmarks("anterior", LANDMARKS)
at = LM.anchors

# ---------------------------------------------------------------- skin

# Right half of the body contour, from the vertex down to the cut (viewer's left).
CRANIUM = at.hairline.points((0, -30), (-22, -28.5), (-41, -22), (-55, -10), (-62.5, 7), (-65.5, 26), (-65.5, 44),
                             (-63.5, 57))
EAR = at.zygomatic_arch.points((-3.5, -17), (-9, -20.5), (-14.5, -18), (-17.5, -10), (-18, 2), (-16.5, 15), (-14, 27),
                               (-11, 37.5), (-7, 43.5), (-2, 44.5))
NECK = at.c4_transverse_process.points((-20, -59.5), (-18.5, -48), (-15, -31), (-10.5, -10), (-7, 8), (-6, 16),
                                       (-7, 23))
SHOULDER = at.clavicle_lateral_third.points((89, -43), (83, -35), (72, -29), (54, -24), (30, -19), (6, -14.5),
                                            (-14, -10.5), (-28, -5.5), (-41, 2.5), (-52, 13), (-59.5, 26), (-62.5, 40))
ARM = [at.deltoid_tuberosity(-12.5, -88), at.deltoid_tuberosity(-13.5, -70), at.deltoid_tuberosity(-13, -48),
       at.deltoid_tuberosity(-11.5, -22), at.deltoid_tuberosity(-10, 4), at.deltoid_tuberosity.level(-8.5, CUT),
       at.deltoid_tuberosity(-9, 88), at.deltoid_tuberosity(-11, 148)]
# below the elbow the arm is tools/figures/arm.py seen from the front (the palm), then up the inner arm
# to the axilla, where it parts from the chest wall; the flank runs down to the hips
LOWER_ARM = arm.runs(arm.mirrored(arm.lower_arm_outline()))
INNER_ARM = at.medial_epicondyle.points((1, 12), (2, -44), (1.5, -92))
FLANK = [at.radial_tuberosity(28.5, -112), at.radial_tuberosity(39, -64), at.radial_tuberosity(49, -12),
         at.radial_tuberosity(55, 44), at.radial_tuberosity(59, 77), at.radial_tuberosity(56, 117),
         at.radial_tuberosity(45, 164), at.radial_tuberosity(32, 207),
         at.radial_tuberosity.level(27, HIP_CUT)]


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

CLAV_TOP = at.first_rib.points((43, 3), (30, -2.5), (12, -1.5), (-14, -0.5), (-44, -3), (-72, -7.5), (-96, -11),
                               (-110, -11.5))
CLAV_BOTTOM = at.first_rib.points((-112, -3.5), (-96, -2.5), (-74, 0.5), (-46, 4.5), (-16, 7.5), (10, 7), (28, 6.5),
                                  (43, 13))


def clavicle():
    return shape_d(CLAV_TOP + at.first_rib.points((-114, -7.5)), [CLAV_BOTTOM[0]] + CLAV_BOTTOM[1:],
                   at.first_rib.points((46, 9)))


def acromion():
    return shape_d(at.acromion.points((14, -11), (2, -11.5), (-8, -7)),
                   at.acromion.points((-11, -2), (-4, 2.5), (6, 2.5), (16, -1.5)))


def coracoid():
    return shape_d(at.coracoid_process.points((-4, -7), (2, -6), (6, -2)),
                   at.coracoid_process.points((4, 3), (-3, 4), (-7, -1)))


def humeral_head():
    return shape_d(at.lesser_tubercle.points((-4, -28), (-16, -33.5), (-29, -30), (-38, -18), (-41, -2), (-37, 12),
                                             (-26, 21), (-12, 22), (-2, 14), (2, 0), (2, -16)))


def humerus_shaft():
    # down to the condyles: the lateral (outer) and the medial epicondyle, which juts further
    return shape_d(at.cubital_fossa.points((0, -280), (-8, -250), (-10, -220), (-10, -130), (-12, -60), (-22, -24),
                                           (-30, -8), (-27, 2)),
                   at.cubital_fossa.points((-12, 6), (6, 8), (22, 4), (30, -2), (28, -10)),
                   at.cubital_fossa.points((16, -26), (9, -60), (8, -130), (8, -220), (9, -250), (12, -280)))


def forearm_bones():
    """Radius (outer, to the radial styloid at the thumb side of the wrist) and ulna (inner)."""
    radius = shape_d(at.ulnar_styloid.points((7, -204), (1, -164), (-11, -84), (-23, -24), (-38, 6)),
                     at.ulnar_styloid.points((-33, 14), (-15, 12)),
                     at.ulnar_styloid.points((-11, -14), (-1, -74), (9, -154), (17, -202)))
    ulna = shape_d(at.ulnar_styloid.points((25, -208), (33, -174), (19, -84), (3, -14), (-3, 2)),
                   at.ulnar_styloid.points((3, 6)),
                   at.ulnar_styloid.points((11, -6), (27, -84), (39, -174), (39, -208)))
    return radius + " " + ulna


def sternum():
    # manubrium with the jugular notch and clavicular notches, body below the sternal angle (cut)
    return sym(at.sternum.points((0, -23.5), (-5, -25), (-9.5, -26.5)),
               [at.sternum(-12.5, -20), at.sternum(-16, -14), at.sternum(-17, -2), at.sternum(-14, 10),
                at.sternum(-11, 21), at.sternum(-12, 32), at.sternum(-11, 70), at.sternum(-10, 100),
                at.sternum.level(-9, CUT)],
               [at.sternum.level(0, CUT)])


def ribs():
    """Ribs 1-5, right side: bony ribs (bone) and costal cartilages (cartilage). From the sternum a
    cartilage runs out and a little down to the costochondral junction; the bony rib rises from there
    towards the side of the chest, where it turns back out of sight."""
    bone, cart = [], []
    cart.append(shape_d(at.clavicle_medial.points((-4, 9.5), (-11, 8.5), (-18, 9)),
                        at.clavicle_medial.points((-19, 16.5), (-11, 17), (-4, 18))))
    bone.append(shape_d(at.first_rib.points((22, 15), (6, 8), (-10, 0.5), (-24, -4)),
                        at.first_rib.points((-28, 2.5), (-14, 9), (4, 17.5), (21, 22.5))))
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


TRANSVERSE_TIPS = at.c4_transverse_process.points((-9, -47), (-4, -32), (-1.5, -16), (0, 0), (0, 15), (0.5, 30),
                                                  (2, 45))


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
    parts.append(sym(at.thyroid_cartilage.points((0, -9), (-4, -12.5), (-10, -13.5), (-16, -12.5)),
                     at.thyroid_cartilage.points((-17, -4), (-15, 5), (-10, 11.5), (-4, 14), (0, 15))))
    # cricoid arch
    parts.append(sym(at.thyroid_cartilage.points((0, 18), (-8, 17.5), (-12.5, 19)),
                     at.thyroid_cartilage.points((-12, 23), (-7, 24), (0, 24.5))))
    # tracheal rings (partly hidden by the sternal heads of the SCMs)
    for y in (307.5, 313, 318.5):
        parts.append(sym([(400, y), (391, y - 0.3), (388, y + 0.5)], [(388.5, y + 3.8), (392, y + 4), (400, y + 4.2)]))
    return parts


def hyoid():
    """Hyoid bone: body and greater horns, a slim curved bar above the thyroid cartilage."""
    return sym(at.hyoid.points((20, -3.5), (10, -3.5), (0, -2), (-8, 1)),
               at.hyoid.points((-7, 3.5), (1, 1.5), (10, 0.5), (20, 0.5)))


def laryngeal_lines():
    """Fine line: the midline ridge of the laryngeal prominence."""
    return smooth(at.thyroid_cartilage.points((0, -8.5), (0, 1), (0, 13)))


# ---------------------------------------------------------------- face features (fine lines)

EYE_UPPER = at.pupil.points((-14, -0.5), (-9, -4.5), (-2, -6.2), (6, -5.2), (12.5, -1), (15, 2))
EYE_LOWER = at.pupil.points((-14, -0.5), (-8, 3.3), (0, 5), (8, 4.3), (15, 2))


def face_features():
    ds = []
    ds.append(smooth(EYE_UPPER))
    ds.append(smooth(EYE_LOWER))
    ds.append(smooth(at.supraorbital_ridge.points((-12.5, 8.5), (-6, 4.5), (2, 4), (10, 6.5))))    # lid crease
    # iris: an arc under the upper lid
    # iris: a circle whose top is hidden by the upper lid; pupil
    (cx, cy), r = at.pupil(0, -0.8), 5.2
    iris = [(cx + r * math.cos(math.radians(a)), cy + r * math.sin(math.radians(a))) for a in range(-66, 247, 20)]
    ds.append(smooth(iris))
    ds.append(smooth([(cx + 1.7 * math.cos(math.radians(a)), cy + 1.7 * math.sin(math.radians(a))) for a in range(0, 360, 45)],
                     closed=True))
    ds.append(smooth(at.supraorbital_ridge.points((-21, 0), (-14, -4.5), (-4, -6.5), (7, -5.7),
                                                  (17, -2.2))))        # brow
    ds.append(smooth(at.supraorbital_ridge.points((-18, 1), (-10, -2.4), (-1, -3.2), (10, -2.5))))
    # nose: side of the bridge, ala, nostril, tip
    ds.append(smooth(at.pupil.points((19.5, -7), (18.5, 8), (17.5, 23), (15.5, 32))))
    ds.append(smooth(at.nose_base.points((-10.5, -12), (-14.5, -7), (-13.8, -0.5), (-9, 2), (-4.5, 1))))
    ds.append(smooth(at.nose_base.points((-8, -0.5), (-4.5, -1.4), (-1.5, 0.3))))
    ds.append(smooth(at.nose_base.points((-6, -5), (-3, -3), (0, -2.4))))
    # lips: upper lip vermilion with the cupid's bow, the mouth line, lower lip
    ds.append(smooth(at.mouth.points((-17.5, 1.5), (-12, -2.4), (-6, -4.7), (-2.5, -4.2), (0, -3))))
    ds.append(smooth(at.mouth.points((-18.5, 1.6), (-12, 1.3), (-6, 1.8), (0, 2.2))))
    ds.append(smooth(at.mouth.points((-15.5, 4), (-10, 7.3), (-5, 8.6), (0, 8.9))))
    ds.append(smooth(at.mouth.points((-5, -10.5), (-3.5, -7.5), (-2.5, -4.5))))   # philtrum
    ds.append(smooth(at.mouth.points((-8.5, 18), (-4, 16.5), (0, 16.4))))       # mentolabial sulcus
    # jaw line from below the ear lobe over the angle to the chin, and the cheek contour above it
    ds.append(jaw_line())
    # ear: helix rim and concha
    ds.append(smooth(at.zygomatic_arch.points((-5.5, -15.5), (-11, -16.5), (-14, -11), (-14.5, 2), (-12.5, 16),
                                              (-9.5, 28))))
    ds.append(smooth(at.zygomatic_arch.points((-7, -3), (-9.5, 4), (-8.5, 14), (-5.5, 22))))
    return both(" ".join(ds))


# ---------------------------------------------------------------- context muscles (art kind muscle)

PEC_INSERT = at.rib_5_mid_axillary.points((-22, -40), (-24, -30), (-22, -20))
# Deltopectoral groove: the deltoid's anterior border, convex forwards, and the pectoralis major's lateral border
# beside it; they part at the top to leave the infraclavicular (deltopectoral) triangle under the clavicle.
DELT_ANT = at.acromion.points((53, 4), (51.5, 18), (45.5, 36), (36, 56), (25, 75), (14, 92), (2, 108), (-8, 121),
                              (-17, 131))
PEC_LAT = at.sternum.points((-102, -25.5), (-110, -16), (-119, 0), (-130, 20), (-142, 40), (-154, 57))


def pec_major():
    top = at.sternum.points((-4, -19), (-20, -23), (-40, -22.5), (-64, -22.5), (-88, -24), (-102, -25.5))
    # the lower border runs from the anterior axillary fold down and in to the sixth costal cartilage
    lower = at.sternum.points((-160, 59), (-152, 68), (-138, 82), (-120, 99), (-102, 114), (-82, 130), (-55, 143),
                              (-28, 149))
    d = shape_d(top, PEC_LAT[1:] + at.sternum.points((-161, 54)), lower, at.sternum.points((-3, 151)),
                at.sternum.points((-3.5, 70), (-4, 10)))
    # fibres from the clavicle and sternum converging on the crest of the greater tubercle
    origin = at.sternum.points((-102, -25), (-70, -22), (-30, -22), (-4, -16), (-3.5, 30), (-3, 80), (-3, 120))
    insert = at.sternum.points((-154, 34), (-157, 39), (-159, 44), (-160, 48), (-161, 52), (-159, 58), (-153, 66))
    fib = fibres_across(origin, insert, 16, s0=0.02, s1=0.98, bend=(0, 0), ext=4)
    return d, fib


def serratus_anterior():
    """Digitations of serratus anterior on the side of the chest, below the anterior axillary fold."""
    ds, fs = [], []
    a = at.rib_5_mid_axillary
    for y0 in (-23, -9, 5):     # the top of each digitation, from the landmark
        top = [a(-12.5, y0), a(0, y0 + 9), a(16, y0 + 22), a(30, y0 + 34)]
        tip = [a(32.5, y0 + 38.5), a(29, y0 + 41)]
        bot = [a(14, y0 + 33), a(-1, y0 + 23), a(-10, y0 + 16)]
        ds.append(shape_d(top, tip, bot))
        fs.append(fibres_between(top, bot[::-1] + [a(27, y0 + 40)], 3, 0.2, 0.8))
    return " ".join(ds), " ".join(fs)


def brachialis():
    # from the lower half of the humerus, on both sides of the biceps, to the ulna below the elbow
    d = shape_d(at.cubital_fossa.points((-28, -226), (-20, -210), (-12, -218),
                                        (-2, -234)), [at.cubital_fossa(-5, -210),
                                                      at.cubital_fossa(-7, -192), at.cubital_fossa.level(-7, CUT),
                                                      at.cubital_fossa(-8, -110),
                at.cubital_fossa(-4, -50), at.cubital_fossa(6, -10), at.cubital_fossa(14, 18)],
                at.cubital_fossa.points((6, 22)), [at.cubital_fossa(-8, 0), at.cubital_fossa(-22, -30),
                                                   at.cubital_fossa(-29, -90),
                                                   at.cubital_fossa.level(-30, CUT)], at.cubital_fossa.points((-31.5, -198), (-32, -214)))
    fib = fibres_between(at.cubital_fossa.points((-5, -232), (-10, -210), (-10, -90), (10, 18)),
                         at.cubital_fossa.points((-28, -224), (-30.5, -200), (-28, -80), (4, 20)),
                         4, 0.1, 0.9)
    return d, fib


def biceps():
    # the belly narrows above the elbow into its tendon, which dives into the elbow crease to the radial tuberosity
    d = shape_d([at.radial_tuberosity(8, -274), at.radial_tuberosity(0, -258), at.radial_tuberosity(-8, -238),
                 at.radial_tuberosity(-12, -216), at.radial_tuberosity.level(-14, CUT),
                 at.radial_tuberosity(-15, -138), at.radial_tuberosity(-11, -88), at.radial_tuberosity(-4, -56),
                 at.radial_tuberosity(0.5, -28), at.radial_tuberosity(-1, 0)],
                at.radial_tuberosity.points((3, 2)), [at.radial_tuberosity(5, -28), at.radial_tuberosity(14, -56),
                                                      at.radial_tuberosity(23, -88), at.radial_tuberosity(27, -138),
                                                      at.radial_tuberosity.level(26, CUT),
                                                      at.radial_tuberosity(23, -216), at.radial_tuberosity(18, -238),
                                                      at.radial_tuberosity(13, -256)])
    fib = fibres_between(at.radial_tuberosity.points((6, -272), (-6, -238), (-14, -168), (-4, -68), (0, -8)),
                         at.radial_tuberosity.points((12, -256), (19, -228), (24, -168), (10, -68),
                                                     (3, -8)), 6, 0.1, 0.9)
    return d, fib


def forearm_muscles():
    """The front of the forearm: brachioradialis on the outer (thumb) side, the wrist and finger flexors and
    pronator teres from the medial epicondyle, tapering into their tendons above the wrist."""
    outer = at.radial_tuberosity.points((-34.5, -18), (-38, 12), (-40, 42), (-43, 82), (-48, 132), (-53, 177),
                                        (-55, 192))
    inner = at.radial_tuberosity.points((28, -8), (27.5, 22), (24, 52), (16, 92), (6, 137), (-4, 177), (-10, 192))
    d = shape_d(outer, at.radial_tuberosity.points((-32, 196)), inner[::-1],
                at.radial_tuberosity.points((4, -12), (-14, -12)))
    fib = fibres_between(outer[1:], inner[1:], 10, 0.06, 0.94)
    # the border between brachioradialis and the flexors, and pronator teres crossing to the radius
    borders = smooth(at.radial_tuberosity.points((-22, -6), (-28, 52), (-34, 122),
                                                 (-42, 182))) + " " + smooth(at.radial_tuberosity.points((22, -8), (0, 32), (-22, 72)))
    return d, fib, borders


def palm():
    """The palm: thenar and hypothenar eminences and the palmar creases (fine lines)."""
    thenar = shape_d(at.thenar_eminence.points((7, -32), (-4, -14), (-10, 10), (-6, 32)),
                     at.thenar_eminence.points((6, 36), (16, 18), (18, -12), (14, -30)))
    hypo = shape_d(at.hypothenar_eminence.points((-4, -46), (3, -20), (6, 20), (4, 40)),
                   at.hypothenar_eminence.points((-7, 38), (-11, 0), (-11, -35)))
    creases = " ".join([smooth(at.knuckles.points((30, -10), (14, -12), (-2, -4), (-14, 4))),
                        smooth(at.knuckles.points((28, -27), (10, -28), (-6, -20))),
                        smooth(at.knuckles.points((-4, -77), (-10, -52), (-16, -27), (-18, -12)))]
                       + [smooth([(x - 5, y), (x, y + 1.2), (x + 5, y)]) for (x, y) in
                          (at.knuckles(-25, 38), at.knuckles(-17.5, 38), at.knuckles(-1, 43), at.knuckles(16, 38),
                           at.knuckles(24, 28), at.knuckles(-25, 53), at.knuckles(-9, 58),
                           at.knuckles(7, 54), at.knuckles(24, 40))])
    return thenar + " " + hypo, creases


def sternohyoid():
    a = at.thyroid_cartilage.points((-18.5, -17.5), (-20.5, -4), (-21, 12), (-19, 30), (-15.5, 50))
    b = at.thyroid_cartilage.points((-8, -18), (-8.5, -4), (-8.5, 12), (-8, 30), (-5.5, 50))
    d = shape_d(a, b[::-1])
    return d, fibres_between(a, b, 3, 0.2, 0.8)


def omohyoid():
    # superior belly from the hyoid down and out under the SCM
    a = at.hyoid.points((-2.5, 2), (-8, 16), (-16, 32))
    b = at.hyoid.points((2.5, 3.5), (-2, 19), (-10, 35))
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

CHEEK = at.mastoid_process.points((0.2, -44), (2.2, -32), (4.2, -18), (6.6, -4), (10.2, 8.5), (14.4, 16), (18, 20.5))
JAW = at.menton.points((-44, -29.5), (-38.5, -23.5), (-31, -16.2), (-23.5, -10.2), (-17, -5.4), (-11.5, -2.2),
                       (-6, -0.4), (0, 0.3))


def jaw_line():
    return smooth(CHEEK[:-1] + JAW)


# skull contour over the temple, just inside the skin line
TEMPLE_SKULL = at.zygomatic_arch.points((3.4, -79.5), (-0.6, -72), (-3.4, -62), (-4.6, -50), (-4.7, -38), (-4.4, -26),
                                        (-3, -16), (-2.2, -7), (-1.7, -1))
# superior temporal line seen from the front: from the zygomatic process of the frontal bone up and out
TEMPORAL_LINE = at.supraorbital_ridge.points((-24.5, 10), (-25.4, 1), (-27.4, -9), (-28, -20), (-27, -30),
                                             (-25.2, -39.5), (-24.7, -48.5), (-26.6, -56.2), (-30.6, -61.5))
# vault inside the skin line, from the vertex to the top of the temporal fascia
VAULT = at.vertex.points((0, 1.3), (-11, 1.8), (-21.7, 2.9), (-32, 5.6), (-40.4, 9.4), (-47.8, 14.3), (-53.4, 19.6),
                         (-56.6, 24.5))


def galea():
    """Galea aponeurotica over the vault, down to the temporal lines and, between the frontal bellies,
    to the root of the nose; frontalis is drawn over its front part."""
    d = sym(VAULT, TEMPORAL_LINE[::-1][1:6], at.supraorbital_ridge.points((-18, -26), (-2, -28), (14, -27),
                                                                          (22.5, -22), (26, -14)))
    # fine aponeurotic fibres running up from the frontalis over the vault
    fib = []
    for k in range(10):
        x0 = 398.5 - k * 4.6
        x1 = 400 - (400 - x0) * 0.3
        y0 = 84 + k * 0.3 + (k * 0.55) ** 2
        fib.append(smooth([(x0, y0), (x0 + (x1 - x0) * 0.45, 61 - k * 0.6), (x1, 40.5)]))
    return d, both(" ".join(fib))


def temporal_fascia():
    return shape_d(TEMPLE_SKULL, at.zygomatic_arch.points((2, 0.5), (7, -1.5)), TEMPORAL_LINE)


def zygomatic_arch():
    """Zygomatic arch and body of the zygomatic bone where it shows between temporalis and masseter."""
    return shape_d(at.zygomatic_bone.points((-12.8, -10.8), (-8, -10.4), (-2.5, -11.8), (2, -12.2)),
                   at.zygomatic_bone.points((6, -9), (7.5, -2.5), (4.5, -0.5)),
                   at.zygomatic_bone.points((-1, -4.2), (-6.5, -4.4), (-11.6, -4.7)))


def orbicularis_oris():
    right_out = at.mouth.points((0, -14.2), (-8, -13.4), (-15.5, -10.5), (-21.5, -4.5), (-24.4, 3), (-22.4, 10.5),
                                (-15.5, 16.2), (-8, 18.6), (0, 19))
    right_in = at.mouth.points((0, -4.2), (-6, -4.6), (-12, -2.7), (-17, 1.6), (-12.5, 5.8), (-6, 8.3), (0, 9))
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
    a, b = at.nose_base.points((-23.5, -13), (-21, -2), (-17.5, 12)), at.nose_base.points((-18.5, -14.5), (-16.5, -2),
                                                                                          (-14.5, 11))
    out.append(("levator-anguli-oris", shape_d(a, [at.nose_base(-15.5, 13.5), b[-1]], b[::-1][1:],
                                               at.nose_base.points((-21, -15))),
                fibres_between(a, b, 2, 0.3, 0.7)))
    # levator labii superioris alaeque nasi: along the side of the nose to the ala and the lip
    a = at.nose_base.points((-7, -48), (-8.5, -34), (-10.5, -20), (-12.5, -8), (-11.5, 6))
    b = at.nose_base.points((-4, -47), (-5, -34), (-6.5, -21), (-8.5, -11), (-7.5, 5))
    out.append(("levator-labii-superioris-alaeque-nasi", shape_d(a, [at.nose_base(-9.5, 8), b[-1]], b[::-1][1:]),
                fibres_between(a, b, 2, 0.3, 0.7)))
    # levator labii superioris: a broad sheet from the infraorbital margin to the upper lip
    a = at.nose_base.points((-32.5, -28), (-28.5, -16), (-23.5, -3), (-18, 9.5))
    b = at.nose_base.points((-13.5, -27.5), (-13, -16), (-12.2, -4), (-10.5, 8.5))
    out.append(("levator-labii-superioris", shape_d(a, [at.nose_base(-14.5, 11.5), b[-1]], b[::-1][1:],
                                                    at.nose_base.points((-23, -29.2))),
                fibres_between(a, b, 5, 0.1, 0.9)))
    # zygomaticus minor: from the zygomatic bone, medial to zygomaticus major, to the lip
    a = at.zygomatic_bone.points((7.5, 3.5), (14.5, 15), (22, 28), (29.5, 41.5))
    b = at.nose_base.points((-36, -30.5), (-30, -19.5), (-23, -6.5), (-16.5, 8))
    out.append(("zygomaticus-minor", shape_d(a, [at.nose_base(-18.5, 11.5), b[-1]], b[::-1][1:],
                                             at.nose_base.points((-39.5, -30.8))),
                fibres_between(a, b, 3, 0.2, 0.8)))
    return out


def nasalis():
    """Nasalis: the transverse part over the lower bridge, continuous with its fellow across the dorsum,
    and the alar part on the wing of the nose."""
    top = at.nose_base.points((0, -26), (-5, -24.7), (-9.5, -21.5), (-12.5, -16.5), (-13.5, -11.5))
    bot = at.nose_base.points((-9.5, -9.5), (-7.5, -14.5), (-4, -18.2), (0, -19))
    d = sym(top, bot)
    fib = both(fibres_between(top[::-1], at.nose_base.points((-9.5, -9.5), (-7.5, -14.5), (-4, -18.2),
                                                             (0, -19)), 3, 0.2, 0.8))
    alar = shape_d(at.nose_base.points((-13.5, -8.5), (-15, -3.5), (-13.5, 0.5)),
                   at.nose_base.points((-10.5, 1), (-10, -4.5), (-11, -8)))
    return d + " " + alar + " " + mirror_d(alar), fib + " " + both(fibres_between(
        at.nose_base.points((-13.5, -8.5), (-15, -3.5), (-13.5, 0.5)), at.nose_base.points((-11, -8), (-10, -4.5),
                                                                                           (-10.5, 1)), 2, 0.3, 0.7))


def procerus():
    """Procerus over the root of the nose, between the medial ends of the frontalis."""
    d = sym(at.glabella.points((0, -20), (-2.2, -18), (-3.8, -8), (-4.7, 4), (-5, 13)), at.glabella.points((0, 15)))
    f = smooth(at.glabella.points((-2, -19), (-2.5, -2), (-2.7, 14)))
    return d, f + " " + mirror_d(f)


def chin_muscles():
    """Mentalis and depressor labii inferioris (medial), depressor anguli oris (a triangle from the lower
    border of the mandible up to the modiolus, over the edge of the depressor labii), deepest first."""
    out = []
    # mentalis: from the incisive fossa down into the skin of the chin
    a = at.menton.points((-0.8, -20.5), (-1.5, -12), (-2, -3))
    b = at.menton.points((-6.5, -19.5), (-9.5, -12), (-10.5, -3.5))
    out.append(("mentalis", shape_d(a, [at.menton(-6.5, -0.8), b[-1]], b[::-1][1:], at.menton.points((-3.5, -21.2))),
                fibres_between(a, b, 3, 0.2, 0.8)))
    # depressor labii inferioris: from the mandible up and in to the lower lip
    a = at.mouth.points((-22.5, 27.5), (-18.5, 18), (-14, 10))
    b = at.menton.points((-11.5, -3.5), (-9, -15), (-6, -27))
    out.append(("depressor-labii-inferioris", shape_d(a, [at.menton(-10, -28.2), b[-1]], b[::-1][1:],
                                                      at.menton.points((-17, -6.5))),
                fibres_between(a, b, 4, 0.12, 0.88)))
    # depressor anguli oris
    lat = at.gonion.points((10.5, 11), (15.5, 5.5), (20.5, 0.5), (25, -3.5))
    med = at.mouth.points((-15.5, 32.5), (-16.5, 22), (-17.5, 12), (-17.8, 5.5))
    out.append(("depressor-anguli-oris", shape_d(lat, [med[-1]], med[::-1][1:], at.gonion.points((19.5, 19))),
                fibres_across(at.gonion.points((11, 12), (16, 16.5), (22, 21), (28, 24.5)),
                              at.gonion.points((25.2, -3), (25.5, -2.8), (25.8, -2.6),
                                               (26.1, -2.4)), 6, 0.04, 0.96, ext=3)))
    return out


# ---------------------------------------------------------------- atlas muscles (patient's right)

M = {}      # muscle id -> (layer, path, fibres)

# --- face

# Frontalis: medial border beside a narrow midline gap that widens upwards, an arched upper border
# with slightly staggered bundle ends fading into the galea, lateral border along the temporal line,
# lower border under the orbicularis oculi and the brow.
FRONT_MEDIAL = at.supraorbital_ridge.points((23.6, -3), (23.5, -16), (23.1, -28), (22.5, -39), (21.6, -48.5))
FRONT_TOP = at.supraorbital_ridge.points((21.6, -48), (19.6, -50.1), (15, -49.9), (10.5, -49.7), (6, -47.9),
                                         (1.5, -47), (-3, -44.4), (-7.5, -42.7), (-11.8, -39.5), (-15.8, -37.4), (-19.4, -34.1), (-22.8, -31.6), (-25.8, -29))
FRONT_LAT = at.supraorbital_ridge.points((-25.8, -29), (-26.8, -22), (-27, -14), (-26, -7), (-24.5, -2))
FRONT_BROW = at.supraorbital_ridge.points((-24.5, -2), (-18, -4.5), (-9, -5.5), (1, -5.2), (11, -4), (18.5, -2),
                                          (23.5, -3))
M["frontalis"] = ("superficial",
                  shape_d(FRONT_MEDIAL, FRONT_TOP[1:], FRONT_LAT[1:], FRONT_BROW[1:]),
                  fibres_across(at.supraorbital_ridge.points((21, -49), (15, -50.5), (8, -49.5), (0, -47.5),
                                                             (-8, -44), (-15, -39.5), (-21, -35), (-25, -32), (-27, -23)),
                                at.supraorbital_ridge.points((23, 0), (17, -1), (10, -1.5), (2, -2), (-6, -2.2),
                                                             (-13, -2), (-19, -1.5), (-23, -1), (-25.5, -1)),
                                15, 0.0, 1.0, bend=(0.3, 0), ext=5))

# Temporalis: the part of the fan that shows at the temple from the front, under the temporal fascia,
# converging on the zygomatic arch, behind which it runs to the coronoid process.
TEMP_LAT = at.zygomatic_arch.points((8.6, -52), (4, -50.5), (0.2, -46), (-2.2, -38), (-2.8, -28), (-2, -17),
                                    (-0.5, -8), (1, -1.5))
TEMP_MED = at.zygomatic_arch.points((4.8, -1.5), (5.6, -10), (5.2, -20), (4.8, -30), (5.4, -40), (7, -47.5))
M["temporalis"] = ("superficial",
                   shape_d(TEMP_LAT, TEMP_MED),
                   fibres_across(at.zygomatic_arch.points((8, -51), (3.6, -49.5), (0.5, -45), (-1.6, -36), (-2, -26),
                                                          (-1.2, -16)),
                                 at.zygomatic_arch.points((4.6, -2.5), (4, -2.2), (3.4, -2), (2.8, -1.8), (2.2, -1.7),
                                                          (1.6, -1.6)),
                                 7, 0.0, 1.0, bend=(0.5, 0), ext=5))

OO_OUTER = at.pupil.points((23, -9), (19.5, -18.5), (10, -22.8), (-3, -23.2), (-15, -20.5), (-23.5, -13.5),
                           (-27, -3.5), (-25.5, 7), (-19.5, 15.5), (-10, 20.5), (1.5, 21.2), (12, 17), (18.5, 10), (21.8, 1))
OO_INNER = at.pupil.points((16.4, -0.3), (13, -4.4), (7, -6.8), (-2, -7.6), (-10, -5.8), (-15.4, -1), (-15, 1.7),
                           (-9, 5.2), (-1, 6.8), (8, 6), (14, 3.6), (16.6, 2), (16.9, 0.6), (16.8, 0))


def orbicularis():
    outer = seg_path(catmull_rom(OO_OUTER, closed=True), close=True)
    inner = seg_path(catmull_rom(OO_INNER[::-1], closed=True), close=True)
    fib = ring_fibres(OO_OUTER, OO_INNER, 8, 0.08, 0.9)
    return outer + " " + inner, fib


M["orbicularis-oculi"] = ("superficial",) + orbicularis()

# Masseter: upper border along the lower border of the arch and zygomatic bone, posterior border
# along the ramus to the angle, lower border along the mandible in front of the angle, anterior
# border down and slightly back from the zygomatic bone.
MASS_TOP = at.gonion.points((-16.5, -63.8), (-11, -62.4), (-5, -60.7), (1.5, -58.4))
MASS_ANT = at.gonion.points((1.5, -58.4), (4, -44), (6.8, -29), (9.5, -13), (11.6, 1), (12.6, 11.5))
MASS_LOW = at.gonion.points((12.6, 11.5), (7, 6.8), (1.6, 1.3))
MASS_POST = at.gonion.points((1.6, 1.3), (-3, -3.8), (-6.8, -11.5), (-10.4, -23.5), (-12.8, -37.5), (-14.8, -51.5),
                             (-16.5, -63.8))
M["masseter-superficial"] = ("superficial",
                             shape_d(MASS_TOP, MASS_ANT[1:], MASS_LOW[1:], MASS_POST[1:-1]),
                             fibres_across(at.gonion.points((-16.5, -64), (-11, -62.5), (-5, -60.7), (2, -58.4)),
                                           at.gonion.points((-0.5, 0), (4, 4.5), (8.5, 8.5), (13, 12)),
                                           9, 0.02, 0.98, bend=(-1.2, 0), ext=4))

# Zygomaticus major: from the zygomatic bone down and in over the masseter and buccinator to the modiolus.
ZYG_MED = at.zygomatic_bone.points((2.5, -2.4), (10, 6.5), (18.5, 18.5), (27.5, 31.5), (34.5, 43), (39.4, 51.2))
ZYG_LAT = at.zygomatic_bone.points((38.4, 53.6), (32, 46.5), (24.5, 36.5), (15.5, 24), (6.5, 12.6), (-1.4, 3.5))
M["zygomaticus-major"] = ("superficial", shape_d(ZYG_MED, ZYG_LAT, at.zygomatic_bone.points((-3.2, -0.6),
                                                                                            (-1.2, -2.8))),
                          fibres_between(ZYG_MED, ZYG_LAT[::-1], 4, 0.15, 0.85))

# Buccinator: deep in the cheek, from under the masseter's anterior border to the modiolus.
BUCC_TOP = at.mouth.points((-39, -19.5), (-31.5, -15.5), (-23.5, -10.5), (-16.5, -4.5), (-10.5, 1.4))
BUCC_BOT = at.mouth.points((-11, 4.2), (-17, 7.5), (-24.5, 11), (-32, 14), (-37.5, 15))
M["buccinator"] = ("superficial", shape_d(BUCC_TOP, BUCC_BOT, at.mouth.points((-40.5, -2))),
                   fibres_across(at.mouth.points((-38.5, -16), (-39, -10), (-39, -4), (-38.5, 2), (-37.5, 10)),
                                 at.mouth.points((-10.6, 1.8), (-10.6, 2.2), (-10.6, 2.6), (-10.7, 3),
                                                 (-10.8, 3.4)), 6, 0.05, 0.95,
                                 bend=(0, 0), ext=3))

M["digastric-anterior"] = ("superficial",
                           shape_d(at.menton.points((-7, -3.5), (-11.5, 5), (-16.5, 14), (-19.5, 19.5)),
                                   at.menton.points((-14.5, 21), (-9.5, 12), (-5, 4), (-2, -1.5))),
                           fibres_between(at.menton.points((-7, -3.5), (-11.5, 5), (-19.5, 19.5)),
                                          at.menton.points((-2, -1.5), (-9, 11), (-14.5, 21)), 3))

# --- neck

# The two heads of the SCM rise from the clavicle and the manubrium with the lesser supraclavicular fossa
# between them, meet at about mid-neck, where the sternal head crosses over the clavicular head, and go on
# as one belly to the mastoid process (T&S 2nd ed. Fig. 7.2): above the junction they share one seam and
# end in one rounded insertion behind the ear lobe.
SCM_SEAM = at.mastoid_process.points((6.5, -0.5), (7.5, 6), (9.5, 18), (12, 32), (14.5, 46), (17, 59), (20, 71))
SCM_C_LAT = at.mastoid_process.points((1.5, 2), (2.3, 9), (5.5, 26), (9.5, 46), (11.5, 66), (13.5, 86), (14.5, 108),
                                      (15.5, 130.5))
SCM_C_MED = SCM_SEAM + at.mastoid_process.points((23.5, 81), (29, 99), (34, 115), (36.5, 131))
M["sternocleidomastoid-clavicular"] = ("superficial",
                                       shape_d(SCM_C_LAT, [at.mastoid_process(24, 132.5), SCM_C_MED[-1]], SCM_C_MED[::-1][1:],
                                               [at.mastoid_process(3.5, -2), SCM_C_LAT[0]]),
                                       fibres_between(SCM_C_LAT, SCM_C_MED, 5, 0.1, 0.9))

SCM_S_LAT = SCM_SEAM + at.mastoid_process.points((24, 80), (36, 104), (46, 124), (51.5, 143.5))
SCM_S_MED = at.mastoid_process.points((12.5, 1.5), (15, 8), (18, 19), (22.5, 39), (29, 64), (40, 89), (48.5, 110),
                                      (54, 128), (57, 143))
M["sternocleidomastoid-sternal"] = ("superficial",
                                    shape_d(SCM_S_LAT, [at.mastoid_process(54.5, 145), SCM_S_MED[-1]], SCM_S_MED[::-1][1:],
                                            [at.mastoid_process(10, -1.5), SCM_S_LAT[0]]),
                                    fibres_between(SCM_S_LAT, SCM_S_MED, 4, 0.12, 0.88))

TRAP_TOP = at.clavicle_lateral_third.points((89.5, -55), (89.5, -50), (88.5, -43), (83, -35.5), (72, -29.5),
                                            (54, -24.5), (30, -19.5), (6, -15), (-14, -11), (-28, -6), (-36, -1))
TRAP_ANT = at.clavicle_lateral_third.points((-30, 3.5), (-12, -0.5), (6, -2.5), (24, -4), (42, -8), (58, -13),
                                            (72, -21), (82, -30), (87, -39), (88.5, -47))
M["upper-trapezius"] = ("superficial", shape_d(TRAP_TOP, TRAP_ANT),
                        fibres_across(at.clavicle_lateral_third.points((89, -58), (89, -48), (85, -38), (76, -31),
                                                                       (60, -25)),
                                      at.clavicle_lateral_third.points((-34, 0), (-24, 1), (-10, -1), (10, -4),
                                                                       (34, -9)), 8, 0.0, 1.0,
                                      bend=(4, -3), ext=4))

# Platysma: from the fascia over the upper chest up the neck to the lower border of the mandible,
# which its upper border overlaps only a little; its medial fibres reach the chin, and a narrow slip
# (pars modiolaris) climbs beside the depressor anguli oris to the modiolus.
PLAT_MED = at.gonion.points((36.3, 28.2), (34, 35), (30.5, 42), (25.5, 62), (21, 86), (17.5, 110), (15, 125),
                            (8, 131.5))
PLAT_BOT = at.gonion.points((8, 131.5), (-8, 132), (-36, 128), (-64, 122.5), (-86, 117), (-100, 111.5))
PLAT_LAT = at.gonion.points((-100, 111.5), (-92, 110), (-78, 110.5), (-56, 113.5), (-34, 116), (-18, 116.5),
                            (-10, 111), (-5.5, 96), (-4.5, 78), (-6, 52), (-9.2, 30), (-10.4, 16), (-8.5, 5.5), (-5, -0.4))
PLAT_TOP = at.gonion.points((-5, -0.4), (-0.4, -0.8), (5.3, 5.6), (11, 11.1), (14.5, 14))
SLIP_LAT = at.gonion.points((14.5, 14), (19.5, 7), (25, 0.6), (29.8, -3.4), (33.2, -5.2))
SLIP_MED = at.gonion.points((33.2, -5.2), (31.6, -2.2), (26.8, 2), (22.2, 7.6), (19.2, 14), (19.4, 18.6))
PLAT_CHIN = at.gonion.points((19.4, 18.6), (24, 22.2), (29, 25.5), (34, 27.6), (36.3, 28.2))
M["platysma"] = ("superficial",
                 shape_d(PLAT_MED + PLAT_BOT[1:], PLAT_LAT[1:], PLAT_TOP[1:], SLIP_LAT[1:], SLIP_MED[1:], PLAT_CHIN[1:]),
                 fibres_across(at.gonion.points((14, 131), (-11, 130.5), (-38, 127), (-66, 121), (-94, 112)),
                               at.gonion.points((36, 29), (28, 26), (19, 19.5), (8, 9.5), (-1, 1),
                                                (-9, 8)), 13, 0.02, 0.98,
                               bend=(3, 2), ext=5)
                 + " " + fibres_between(SLIP_LAT[::-1] + at.gonion.points((10, 16)), SLIP_MED + at.gonion.points((15, 22)), 2, 0.3, 0.7))

M["deltoid"] = ("superficial",
                shape_d(at.acromion.points((53, 4), (38, 1.5), (22, 0.5), (8, 0.5), (-1, -0.5)),
                        at.acromion.points((-9, 2.5), (-19, 12.5), (-26.5, 25), (-29.5, 40), (-30, 58), (-28.5, 82),
                                           (-25, 104), (-20.5, 122), (-17, 131)),
                        DELT_ANT[::-1][1:-1]),
                fibres_across(at.acromion.points((52, 5), (32, 1), (10, 0.5), (-6, 2), (-20, 13), (-27, 28),
                                                 (-29.5, 44)),
                              at.acromion.points((-12, 116), (-14, 120), (-16, 124), (-17, 126), (-18.5, 124),
                                                 (-21, 118), (-24, 110)),
                              11, 0.0, 1.0, bend=(-3, 0), ext=4))

# --- deep layer

# The levator, posterior scalene and middle scalene keep inside the neck's contour (NECK): seen from the
# front the levator shows at the lateral edge of the neck, behind the scalenes, down to the shoulder line.
LEV_LAT = at.c4_transverse_process.points((-14, -42), (-11, -18), (-6, 8), (-10, 32), (-22, 58))
LEV_MED = at.c4_transverse_process.points((-13.5, 62), (-3, 36), (0.5, 9), (-4, -17), (-8, -43))
M["levator-scapulae"] = ("deep", shape_d(LEV_LAT, at.c4_transverse_process.points((-27, 63)), LEV_MED),
                         fibres_between(LEV_LAT, LEV_MED[::-1], 4))

PS_LAT = at.first_rib.points((2.5, -56), (-6, -36), (-17, -16), (-30, 5))
PS_MED = at.first_rib.points((-17, 7), (-7.5, -13), (0.5, -33), (7, -56))
M["posterior-scalene"] = ("deep", shape_d(PS_LAT, at.first_rib.points((-24, 7.5)), PS_MED),
                          fibres_between(PS_LAT, PS_MED[::-1], 3))

MS_LAT = at.first_rib.points((0, -97), (1.5, -68), (-2, -42), (-10.5, -18), (-19.5, 3))
MS_MED = at.first_rib.points((-3.5, 4), (1.5, -18), (6.5, -42), (10, -70), (8.5, -99))
M["middle-scalene"] = ("deep", shape_d(MS_LAT, at.first_rib.points((-12, 4.5)), MS_MED),
                       fibres_between(MS_LAT, MS_MED[::-1], 4))

AS_LAT = at.first_rib.points((7, -82), (7, -56), (6.5, -28), (4.5, 4))
AS_MED = at.first_rib.points((14.5, 5), (16.5, -28), (17.5, -56), (16, -84))
M["anterior-scalene"] = ("deep", shape_d(AS_LAT, at.first_rib.points((9.5, 5.5)), AS_MED),
                         fibres_between(AS_LAT, AS_MED[::-1], 4))

M["digastric-posterior"] = ("deep",
                            shape_d(at.mastoid_process.points((1.8, 3.5), (6.5, 1.5), (14, 14), (26, 36), (38, 57),
                                                              (45, 68)),
                                    at.mastoid_process.points((41, 72.5), (33, 61), (20, 41), (8, 22), (2.5, 9))),
                            fibres_between(at.mastoid_process.points((6.5, 1.5), (20, 24), (45, 68)),
                                           at.mastoid_process.points((1.8, 4), (12, 30), (41, 72.5)), 3))

M["medial-pterygoid"] = ("deep",
                         shape_d(at.gonion.points((21, -25), (26, -20.5), (21, -13), (13, -5), (5.5, 3)),
                                 at.gonion.points((-2.5, 2), (-3.5, -4), (4, -12), (13, -21))),
                         fibres_between(at.gonion.points((21, -25), (23, -15), (5.5, 3)),
                                        at.gonion.points((15, -23), (5, -13), (-3, -1)), 4))

M["pectoralis-minor"] = ("deep",
                         shape_d(at.coracoid_process.points((-5, -2.5), (2, -5), (8, 0)),
                                 at.coracoid_process.points((22, 24), (40, 50), (58, 66), (76, 72)),
                                 at.coracoid_process.points((76, 88), (72, 102), (60, 104), (44, 96)),
                                 at.coracoid_process.points((28, 78), (12, 52), (0, 28), (-8, 8))),
                         fibres_across(at.coracoid_process.points((-4, -1), (0, -3), (4, -3), (6, -1)),
                                       at.coracoid_process.points((38, 92), (56, 100), (68, 94),
                                                                  (74, 76)), 8, 0.0, 1.0, bend=(2, -3), ext=4))

# longus colli (Minerbi et al. 2017): on the front of the cervical bodies beside the trachea, seen in the
# deep layer between the sternohyoid and the anterior scalene; its superior oblique part climbs out to
# the transverse processes (C3-C5). It passes behind the omohyoid, so it is drawn as the two pieces that
# show above and below that strap (the omohyoid is art, drawn under every atlas muscle).
LC_UP = shape_d(at.c4_transverse_process.points((10.5, -5), (9.2, 8), (9.3, 22), (10, 33)),
                at.c4_transverse_process.points((13.5, 29.5), (16.5, 22), (18.8, 15.5)),
                at.c4_transverse_process.points((15.5, 14.6), (12.5, 4)))
LC_LOW_LAT = at.c4_transverse_process.points((10.3, 49.5), (11.5, 62), (14, 72), (18, 79))
LC_LOW_MED = at.c4_transverse_process.points((21, 34), (21.2, 44), (22, 56), (23.2, 68), (24, 78))
LC_LOW = shape_d(at.c4_transverse_process.points((12.6, 47.5)) + LC_LOW_LAT[1:],
                 at.c4_transverse_process.points((21.5, 80.5)), LC_LOW_MED[::-1],
                 at.c4_transverse_process.points((18.5, 37.5), (15.5, 43)))
M["longus-colli"] = ("deep", LC_UP + " " + LC_LOW,
                     fibres_between(at.c4_transverse_process.points((11, -2), (10, 20), (11, 42), (13, 64), (17, 78)),
                                    at.c4_transverse_process.points((15, 14), (19.5, 24), (21.5, 46), (22.5, 64),
                                                                    (23, 78)), 3, 0.2, 0.8))
# subscapularis (T&S ch. 26): on the costal surface of the scapula, seen in the axilla between the chest
# wall and the humerus, its tendon converging on the lesser tubercle; under the pectoralis minor
M["subscapularis"] = ("deep",
                      shape_d(at.lesser_tubercle.points((-1, -4), (7, -8), (15, 0), (24, 16), (34, 38), (42, 60)),
                              at.lesser_tubercle.points((36, 70), (24, 68),
                                                        (12, 60)), at.lesser_tubercle.points((2, 46), (-2, 26),
                                                                                             (-2, 8))),
                      fibres_across(at.lesser_tubercle.points((0, -3), (2, 0), (0, 4)),
                                    at.lesser_tubercle.points((14, 0), (28, 26), (40, 60), (22, 67),
                                                              (4, 48)), 7, 0.05, 0.95,
                                    bend=(0, 0), ext=2))
# coracobrachialis (T&S ch. 29): from the coracoid process down the medial side of the humerus
M["coracobrachialis"] = ("deep",
                         shape_d(at.coracoid_process.points((-7, 6), (-1, 3), (2, 9)),
                                 at.coracoid_process.points((-4, 40), (-9, 70), (-13, 98), (-16, 114)),
                                 at.coracoid_process.points((-20, 112)),
                                 at.coracoid_process.points((-19, 98), (-17, 68), (-13, 38))),
                         fibres_between(at.coracoid_process.points((-6, 7), (-13, 58), (-19, 110)),
                                        at.coracoid_process.points((1, 9), (-7, 60), (-16, 113)), 3))

# subclavius (T&S ch. 42): from the first rib out under the clavicle, showing below its lower edge
M["subclavius"] = ("deep",
                   shape_d(at.first_rib.points((6, 10), (-14, 9.5), (-38, 6.5), (-58, 3.5)),
                           at.first_rib.points((-61, 5.5)),
                           at.first_rib.points((-58, 8.5), (-38, 12.5), (-14, 15.5),
                                               (6, 16)), at.first_rib.points((9, 13))),
                   fibres_between(at.first_rib.points((6, 11), (-26, 9), (-58, 5)),
                                  at.first_rib.points((6, 15), (-26, 13.5), (-58, 7.5)), 2))
# sternalis (T&S ch. 44): an inconstant strap over the sternum, superficial to the pectoralis major
M["sternalis"] = ("superficial",
                  shape_d(at.sternum.points((-7, -14), (-3, -17), (-1, -12)), at.sternum.points((-1, 30), (-1.5, 68)),
                          at.sternum.points((-5, 74), (-8.5, 68)),
                          at.sternum.points((-8, 30))),
                  fibres_between(at.sternum.points((-6, -13), (-7, 30), (-7, 68)),
                                 at.sternum.points((-2, -13), (-1.5, 30), (-2.5, 68)), 2))

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
    add("nasolabial-folds", "feature", both(smooth(at.mouth.points((-15, -21), (-19.5, -13), (-21.5, -4),
                                                                   (-20.5, 5)))), "deep")
    add("larynx-lines", "outline", laryngeal_lines())
    # nipples (fine circles) and the inner contour of the arm
    nx, ny = at.nipple(0, 0)
    nip = smooth([(nx + 2.6 * math.cos(math.radians(a)), ny + 2.4 * math.sin(math.radians(a))) for a in range(0, 360, 45)],
                 closed=True)
    arm = smooth([at.rib_5_mid_axillary(-13, -16), at.rib_5_mid_axillary(-8, 0),
                  at.rib_5_mid_axillary(-4, 22), at.rib_5_mid_axillary.level(-0.5, CUT), at.rib_5_mid_axillary(2, 92),
                  at.rib_5_mid_axillary(2.5, 128)])
    add("chest-contours", "outline", both(nip + " " + arm))
    # the abdomen below the chest muscles: the costal margin, the linea alba and the navel
    costal = smooth(at.sternum.points((-8, 162), (-28, 190), (-60, 235), (-88, 272), (-104, 300)))
    cx, cy = at.sternum(0, 370)
    navel = smooth([(cx + 3 * math.cos(math.radians(a)), cy + 4 * math.sin(math.radians(a))) for a in range(0, 360, 45)],
                   closed=True)
    linea_alba = smooth(at.sternum.points((0, 155), (0, 250), (0, 362)))
    add("abdomen-contours", "outline", both(costal) + " " + linea_alba + " " + navel)
    return art


def build_view():
    view = {
        "$schema": "../schema/view.schema.json",
        "id": "anterior",
        "name": "Anterior",
        "viewBox": [round(v, 1) for v in VIEWBOX],
        "midlineX": 400,
        "patientRightOnViewerLeft": True,
        "landmarks": LM.json(),
        "art": art_list(),
        "muscles": [],
    }
    for mid in ORDER:
        layer, d, fib = M[mid]
        view["muscles"].append({"muscle": mid, "layer": layer, "path": d, "fibres": fib})
    return view


def main():
    root = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    out = os.path.join(root, "atlas-data", "views", "anterior.json")
    with open(out, "w") as f:
        json.dump(clip_view_fibres(build_view()), f, indent=2, ensure_ascii=False)
        f.write("\n")
    print("wrote", out)


if __name__ == "__main__":
    main()

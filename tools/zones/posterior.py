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
from atlasgen import bands  # noqa: E402
from atlasgen.shapes import Problems, anchors, migrate, write_shapes  # noqa: E402

# Every point is placed on a landmark, where the zones were drawn against it (atlasgen.shapes.anchors):
# at.greater_tubercle.points((dx, dy), ...), a band's centre points as (dx, dy, half-width).
at = anchors(VIEW, rebase='--rebase' in sys.argv)

sys.path.insert(0, os.path.join(ROOT, 'tools', 'figures'))
import arm  # noqa: E402
from atlasgen.paths import pt as _pt  # noqa: E402

_spec = importlib.util.spec_from_file_location(
    'posterior_figure', os.path.join(ROOT, 'tools', 'figures', 'posterior.py'))
fig = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(fig)
from atlasgen.curves import line  # noqa: E402
from atlasgen.edges import E, R, loop, shape  # noqa: E402
from atlasgen.paths import bez  # noqa: E402
d_of = fig.d_of     # clamped into the posterior figure's view box


def blob(*points, tension=1.0):
    """a smooth closed outline through the points"""
    return d_of([loop(*points, tension=tension)])


def band_points(*spine, wobble=0.2, cap=0.85, cap_start=None):
    """Outline points of a band along a centre line of (x, y, half-width) points (atlasgen.bands)."""
    return bands.band_points(spine, wobble, cap, flat_start=cap_start is not None)


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
    *at.mastoid_process.points((-12, 103, 5.5), (-15.5, 84, 7.5), (-17, 62, 8), (-16.5, 40, 8), (-14, 18, 8.5),
                               (-9.5, 0, 10.5), (-6, -18, 11), (-4.5, -38, 10.5), (-3, -58, 9.5), (-1.5, -76, 9),
                               (0.5, -90, 7.5), (3, -98, 5)), wobble=0.06)
Z['ut1-occiput'] = blob(
    *at.occipital_bone.points((-16, -10), (-4, -19), (10, -20), (19, -12), (19, 4), (14, 20), (4, 28), (-9, 27),
                              (-18, 18), (-20, 3)))
Z['ut1-local'] = blob(
    *at.supraspinous_fossa.points((-42, -65), (-30, -61), (-14, -55), (2, -47), (8, -39), (-2, -34), (-18, -36),
                                  (-33, -40), (-45, -46), (-48, -56)))
# Upper trapezius TrP2: posterolateral upper neck just below the skull, behind and above the ear
# (Fig. 6.1B): one patch, drawn for both of its essential zones
Z['ut2-patch'] = blob(
    *at.inferior_nuchal_line.points((2, -26), (10, -37), (21, -41), (30, -36), (31, -22), (27, -6), (23, 10),
                                    (20, 26), (15, 38), (8, 40), (4, 30), (2, 14), (-1, -4)))
Z['ut2-mastoid'] = blob(
    *at.mastoid_process.points((-8, -24), (2, -27), (8.5, -20), (7.5, -9), (3, -3), (-0.5, 2), (-5, 9), (-10, 9),
                               (-14, -2), (-13, -15)))
Z['ut2-local'] = blob(
    *at.clavicle_lateral_third.points((-48, -20), (-34, -17), (-18, -12), (-8, -6), (-14, 1), (-30, 0), (-44, -4),
                                      (-53, -11)))
# Sternocleidomastoid, sternal division, upper trigger points: the occipital ridge behind the
# ear, the vertex as a skull cap, spillover behind the ear (Fig. 7.1A)
Z['scm-occipital-ridge'] = blob(
    *at.superior_nuchal_line.points((-2, -5), (7, -8), (18, -5), (25, 2), (26, 12), (20, 18), (10, 16), (0, 12),
                                    (-7, 5)))
Z['scm-vertex-cap'] = blob(
    *at.vertex.points((1, 2), (16, 0.5), (32, 3), (46, 10.5), (53, 20), (48, 28), (34, 31), (18, 32), (4, 29),
                      (0.5, 16)))
Z['scm-behind-ear'] = blob(
    *at.mastoid_process.points((-5, -28), (4, -30), (9, -22), (7.5, -10), (3.5, -4), (0, 0), (-3, 7), (-7, 5),
                               (-10, -6), (-10, -19)))
# SCM clavicular division TrP2: behind the ear (postauricular)
Z['scmc-behind-ear'] = blob(
    *at.mastoid_process.points((-2, -50), (5, -48), (7.5, -34), (8, -20), (6, -10), (2.5, -4), (-0.5, 0), (-6, 1),
                               (-9, -10), (-8, -27), (-6, -41)))
# Digastric, posterior belly: around the mastoid, spillover toward the occiput
Z['dig-mastoid'] = blob(
    *at.mastoid_process.points((-5, -18), (3, -22), (8.5, -17), (7.5, -8), (3.5, -3), (-1, 2), (-4, 10), (-9, 8),
                               (-11, -2), (-10, -12)))
Z['dig-occiput'] = blob(
    *at.superior_nuchal_line.points((4, -9), (13, -15), (21, -12), (24, -1), (23, 13), (17, 23), (9, 24), (2, 16),
                                    (0, 3)))
# Temporalis TrP4 spillover: backward and upward above and behind the ear
Z['temporalis-behind-ear'] = blob(
    *at.occipital_bone.points((19, -18), (28, -25), (35, -26), (38.5, -16), (38, -2), (35, 10), (28, 15), (21, 10),
                              (18, -4)))
# Splenius capitis: the vertex on the same side (Fig. 15.1A)
Z['splenius-vertex'] = blob(
    *at.vertex.points((8, 5), (20, 2), (33, 4), (43, 10), (48, 19), (44, 28), (33, 33), (20, 34), (10, 28), (5, 16)))
# Splenius cervicis TrP1 spillover: the back of the head (Fig. 15.1B)
Z['splcv-occiput'] = blob(
    *at.occipital_bone.points((-14, -18), (-2, -28), (14, -32), (26, -26), (33, -12), (31, 4), (25, 20), (14, 29),
                              (2, 26), (-6, 16), (-15, 8), (-19, -6)))
# Occipitalis: diffusely over the back and side of the head, above the belly (Fig. 14.2)
Z['occipitalis'] = blob(
    *at.occipital_bone.points((-8, -6), (-2, -20), (8, -32), (22, -38), (33, -34), (37, -20), (37.2, -4), (36.5, 12),
                              (32, 26), (22, 31), (10, 29), (0, 24), (-7, 13)))
# Suboccipitals: a band from the occiput forward over the side of the head above the ear
# (Fig. 17.1); broad beside the inion, narrowing as it climbs to the side of the head
Z['subocc-band'] = band(
    *at.occipital_bone.points((-21, 25, 7.5), (-9, 21, 10), (5, 15, 11.5), (18, 5, 10.5), (27, -6, 8),
                              (33, -15, 5)), wobble=0.1)
# Semispinalis capitis TrP2: a band around the head at the occiput/temple level (Fig. 16.1B),
# rising a little toward the side of the head; spillover at the base of the skull
Z['ssc-band'] = band(
    *at.occipital_bone.points((-29.5, -5.5, 8), (-19, -6, 8.2), (-7, -7.5, 8.5), (6, -10.5, 8.5), (18, -14, 8.2),
                              (27, -17, 7.8), (34, -19, 6.5)), wobble=0.08, cap=0.5, flat_start=True)
Z['ssc-base'] = blob(
    *at.inferior_nuchal_line.points((-16, -18), (-2, -17), (12, -13), (23, -6), (26, 5), (18, 14), (3, 15), (-11, 12),
                                    (-19, 5), (-21, -8)))
# Semispinalis capitis TrP3 spillover: the back of the head where the band starts
Z['ssc3-occiput'] = blob(
    *at.occipital_bone.points((-26, -14), (-16, -17), (-4, -14), (2, -4), (0, 9), (-8, 18), (-19, 20), (-26, 15),
                              (-28, 0)))

# ---------- neck
# Semispinalis cervicis / cervical multifidi (Fig. 16.1A): one zone from the suboccipital region
# down the back of the neck to the shoulder girdle (drawn for both essential zones); spillover to
# the upper medial scapular border
Z['mf-patch'] = blob(
    *at.c4_transverse_process.points((-35.5, -96), (-22, -97), (-8, -94), (4, -87), (9, -76), (5, -62), (-1, -48),
                                     (-4, -27), (-6, -2), (-7, 20), (-8.5, 42), (-15, 56), (-26, 58), (-33, 48),
                                     (-35.5, 18), (-35.5, -22), (-35.5, -62)))
Z['mf-scapula'] = band(*at.scapular_spine_medial.points((-1, -26, 5), (0, -10, 5.5), (0.5, 6, 5.5), (1, 22, 4.5)))
# Lower trapezius TrP3 (Fig. 6.3A): the high cervical paraspinal region over to the mastoid
# (one patch for both essential zones), the acromion; spillover suprascapular and interscapular
Z['lt3-neck-mastoid'] = blob(
    *at.c1_transverse_process.points((-49, -21), (-34, -23), (-18, -22), (-4, -26), (6, -28), (12, -23), (13, -16),
                                     (9, -11), (4.5, -5), (-4, 1), (-16, 6), (-24, 18), (-30, 34), (-40, 41),
                                     (-48, 32), (-49.5, 6)))
Z['acromion'] = blob(
    *at.acromion.points((-14, -1), (-4, -2.5), (10, 0.5), (19, 3.5), (24, 6.5), (18, 12), (4, 12), (-9, 8), (-17, 3)))
Z['lt3-suprascapular'] = blob(
    *at.scapular_spine.points((-44, -13), (-28, -19), (-5, -24), (20, -27), (40, -27), (52, -21), (48, -12), (30, -7),
                              (5, 0), (-18, 7), (-38, 11), (-48, 3)))
Z['lt3-interscapular'] = blob(
    *at.t5_spinous.points((8, -70), (22, -76), (38, -72), (48, -60), (51, -36), (52, -8), (51, 22), (47, 48),
                          (40, 62), (30, 64), (24, 46), (18, 14), (11, -16), (6, -44)))
Z['lt4-border'] = band(*at.scapula_medial_border.points((-7, -70, 5), (-6, -50, 6), (-4.5, -28, 6), (-3, -6, 5.5),
                                                        (-2, 12, 4.5)))
# Splenius cervicis TrP2 (Fig. 15.1C): the angle of the neck and up the back of the neck (one
# patch for both essential zones)
Z['splcv2-patch'] = blob(
    *at.c4_transverse_process.points((-1, -20), (7, -26), (13, -16), (13, 2), (17, 16), (28, 26), (40, 38), (42, 49),
                                     (30, 54), (14, 55), (2, 50), (-3, 34), (-4.5, 12), (-4, -6)))
# Levator scapulae (Fig. 19.1): the angle of the neck; spillover along the medial border and
# over the back of the shoulder
Z['lev-angle'] = blob(
    *at.c4_transverse_process.points((3, 20), (12, 15), (20, 20), (30, 28), (44, 37), (54, 46), (52, 57), (40, 65),
                                     (26, 68), (14, 64), (6, 54), (0, 40)))
Z['lev-border'] = band(*at.scapular_spine_medial.points((0, -35, 5), (1.5, -15, 6), (2.5, 10, 6), (4, 35, 5.5),
                                                        (5.5, 58, 5), (7, 76, 3.5)))
Z['lev-shoulder'] = blob(
    *at.greater_tubercle.points((-28, -4), (-16, -12), (-2, -13), (10, -6), (15, 8), (11, 22), (2, 34), (-10, 40),
                                (-20, 34), (-26, 20), (-30, 6)))

# ---------- interscapular back, scapula
# Middle trapezius TrP5 (Fig. 6.2A): superficial burning pain between the trigger point and the
# spinous processes of C7-T3
Z['mt5-band'] = blob(
    *at.t2_spinous.points((5, -33), (15, -35), (25, -28), (36, -16), (48, -4), (57, 7), (58, 20), (50, 26), (38, 22),
                          (24, 19), (11, 17), (4, 6), (3.5, -14)))
Z['mt5-border'] = band(*at.scapular_spine_medial.points((2, -15, 4.5), (3, 2, 5.5), (4, 20, 5.5), (5, 38, 4.5)))
# Rhomboids (Fig. 27.1): along the medial border between scapula and spine; spillover upward
# over the supraspinous area
Z['rh-border'] = band(*at.scapula_medial_border.points((-11, -82, 6), (-10, -60, 7), (-8.5, -35, 7.5), (-6, -10, 7.5),
                                                       (-3, 15, 7), (1, 36, 6), (5, 50, 4)))
Z['rh-supraspinous'] = blob(
    *at.supraspinous_fossa.points((-36, 4), (-24, -4), (-6, -7), (14, -11), (33, -12), (45, -6), (40, 3), (22, 7),
                                  (4, 14), (-14, 20), (-29, 22), (-37, 15)))
Z['rh-interscapular'] = blob(
    *at.t5_spinous.points((11, -54), (24, -58), (36, -52), (41, -34), (42, -8), (45, 18), (48, 40), (43, 52),
                          (32, 48), (22, 30), (14, 4), (9, -26)))
# Infraspinatus TrP3 (Fig. 22.1B): along the adjacent medial border of the scapula
Z['inf3-border'] = band(*at.scapula_medial_border.points((-7, -58, 5), (-5.5, -35, 6), (-3.5, -10, 6.5), (0, 16, 6),
                                                         (4, 36, 5), (7, 48, 3.5)))
# Scalenes (Fig. 20.1): upper half of the medial border, spillover the adjacent interscapular area
Z['sca-border'] = band(*at.scapular_spine_medial.points((-2, -28, 5.5), (-1, -8, 6.5), (0, 12, 6.5), (1, 32, 6),
                                                        (2, 50, 4.5)))
Z['sca-interscapular'] = blob(
    *at.scapular_spine_medial.points((-24, -26), (-14, -30), (-7, -22), (-6, 0), (-4.5, 24), (-4, 48), (-10, 60),
                                     (-19, 54), (-24, 32), (-26, 8), (-26.5, -12)))

# ---------- shoulder and arm (the arm hangs at the side: lateral outline x 607-610, medial 535-562)
# Scalenes: down the back of the upper arm over the triceps, the outer upper arm, radial elbow
Z['sca-arm'] = band(*at.deltoid_tuberosity.points((-19, -28, 9), (-20, 4, 13), (-22, 40, 12), (-23.5, 78, 14),
                                                  (-26, 116, 12), (-27, 150, 10.5), (-26.5, 180, 7.5),
                                                  (-25.5, 198, 4.5)))
Z['sca-lateral-arm'] = band(*at.deltoid_tuberosity.points((0, -90, 5), (2.5, -60, 6), (1, -22, 6.5), (-0.5, 18, 6),
                                                          (-0.5, 68, 6.5), (-2, 113, 5.5), (-3.5, 143, 3.5)))
Z['sca-elbow'] = blob(
    *at.lateral_epicondyle.points((-11, 7), (-4, 5), (-1.5, 17), (-2, 39), (-3, 63), (-9, 65), (-14, 51), (-15, 29),
                                  (-14, 15)))
# Deltoid: TrP1 (anterior) spillover over the middle deltoid; TrP2 (middle) locally over the
# middle deltoid and outer arm; TrP3 (posterior) the back of the shoulder, spillover the back
# of the arm
Z['dl-middle-spill'] = blob(
    *at.greater_tubercle.points((8, -14), (16, -8), (21, 6), (22.5, 28), (21, 52), (17, 68), (10, 70), (4, 56),
                                (1, 34), (1, 10), (3, -6)))
Z['dl-middle'] = blob(
    *at.deltoid_tuberosity.points((-6, -102), (2, -99), (8, -88), (11, -70), (11, -46), (9, -22), (6, 0), (3, 18),
                                  (-4, 20), (-10, 6), (-15, -18), (-17, -44), (-16, -70), (-13, -90)))
Z['dl-posterior'] = blob(
    *at.greater_tubercle.points((-32, -4), (-21, -12), (-6, -14), (6, -8), (12, 6), (12, 26), (8, 46), (-1, 62),
                                (-13, 64), (-21, 54), (-27, 40), (-33, 24), (-35, 9)))
Z['dl-posterior-spill'] = band(*at.deltoid_tuberosity.points((-21, -22, 9), (-18, 6, 11), (-16.5, 34, 9.5),
                                                             (-17, 60, 6.5), (-18, 76, 3.5)))
# Infraspinatus TrP1/TrP2 spillover: down the front and outer side of the arm, seen from behind
# along the lateral outline; TrP1 also the radial forearm and occasionally the back of the neck
# (one stippled strip drawn for both arm zones: the outer side and, seen from behind, the front)
Z['inf-arm'] = band(*at.deltoid_tuberosity.points((1, -90, 4.5), (2.5, -60, 5.5), (0.5, -22, 6.5), (-1.5, 18, 7.5),
                                                  (-2, 68, 8), (-3.5, 118, 7.5), (-5.5, 168, 6),
                                                  (-7, 198, 3.5)), wobble=0.1)
Z['inf-elbow'] = blob(
    *at.lateral_epicondyle.points((-11, 15), (-5, 11), (-1.5, 23), (-2, 45), (-3, 63), (-10, 64), (-14, 49),
                                  (-14.5, 31)))
Z['inf-neck'] = blob(
    *at.c2_spinous.points((14, -16), (26, -17), (36, -12), (40, 0), (39, 16), (34, 28), (24, 32), (15, 26), (10, 12),
                          (10, -6)))
# Supraspinatus (Fig. 21.1): deep ache centred over the middle deltoid, reaching up over the
# acromion (one patch for both essential zones), down the outer arm to the lateral epicondyle
Z['ss-deltoid-acromion'] = blob(
    *at.greater_tubercle.points((-26, -30.5), (-12, -32), (0, -27.5), (9.5, -21), (18, -10), (22.5, 10), (23, 34),
                                (20.5, 58), (15, 78), (5, 86), (-4, 78), (-10, 58), (-12, 34), (-10, 10), (-12, -8),
                                (-22, -18)))
Z['ss-middle-deltoid'] = blob(
    *at.greater_tubercle.points((2, -20), (13, -16), (20, -3), (23, 16), (23, 40), (20.5, 62), (15, 78), (5, 86),
                                (-4, 78), (-10, 58), (-11.5, 34), (-9, 6), (-5, -12)))
Z['ss-arm'] = band(*at.olecranon.points((23, -210, 7), (24, -170, 7.5), (23, -130, 6.5), (21.5, -90, 6.5),
                                        (19.5, -50, 5.5), (18, -15, 4.5), (17, 5, 3)))
Z['ss-arm-short'] = band(*at.deltoid_tuberosity.points((-5, -2, 7), (-4, 33, 7.5), (-5, 63, 6), (-6, 85, 3.5)))
Z['ss-epicondyle'] = blob(
    *at.lateral_epicondyle.points((-10, 23), (-4, 19), (-1.5, 29), (-2, 45), (-3, 63), (-7, 65), (-13, 55),
                                  (-14, 39)))
# Pectoralis minor spillover: the inner (ulnar) side of the arm and elbow
Z['pm-inner-arm'] = band(*at.scapula_inferior_angle.points((97.5, -66, 4.5), (94.5, -48, 6.5), (87, -18, 7),
                                                           (80, 20, 7.5), (77, 50, 7), (76, 76, 7), (75.5, 120, 6.5),
                                                           (75, 150, 4.5)))
Z['pm-inner-arm-short'] = band(*at.deltoid_tuberosity.points((-30.5, -18, 4.5), (-33.5, 0, 6.5), (-41, 30, 7),
                                                             (-48, 68, 6.5), (-50.5, 95, 4)))
Z['pm-elbow'] = blob(
    *at.medial_epicondyle.points((4.5, 0), (12, -2), (16, 12), (16, 32), (15, 58), (7, 62), (3, 48), (1.5, 26),
                                 (2, 8)))

# ---------- outlines of the newer muscles (the muscle file names them, "#name")

def band_on(lid, *spine, **kw):
    """a band along a centre line of (dx, dy, half-width) offsets from one landmark"""
    a = getattr(at, lid.replace('-', '_'))
    return band(*[a(dx, dy) + (w,) for dx, dy, w in spine], **kw)


# Teres major (T&S ch. 25): the posterior deltoid region behind the greater tubercle, down over the
# long head of the triceps on the back of the arm; occasionally the back of the forearm
Z['tmaj-posterior-deltoid'] = blob(*at.greater_tubercle.points((-36, 4), (-24, -4), (-10, -2), (-2, 10), (-2, 30),
                                         (-6, 50), (-10, 60), (-16, 60), (-30, 50), (-38, 38), (-40, 20)))
Z['tmaj-long-head'] = band_on('deltoid-tuberosity', (-28, -8, 6), (-35, 18, 8), (-42, 58, 9), (-44, 98, 8),
                              (-45, 138, 6.5), (-45, 168, 4))
Z['tmaj-dorsal-forearm'] = blob(*at.deltoid_tuberosity.points((-36, 233), (-26, 228), (-18, 240), (-18, 260),
                                    (-22, 276), (-32, 277), (-38, 262), (-39, 244)))

# Teres minor (T&S ch. 23): a deep, sharply defined "bull's eye" in the posterior deltoid region just
# above the deltoid insertion; spillover a little way down the back of the upper arm
Z['tmin-bullseye'] = blob(*at.deltoid_tuberosity.points((-24, -42), (-14, -48), (-4, -44), (0, -32), (-4, -20),
                              (-14, -16), (-24, -20), (-28, -31)))
Z['tmin-back-of-arm'] = band_on('deltoid-tuberosity', (-22, -10, 6), (-24, 8, 7), (-26, 26, 6), (-27, 40, 3.5))

# Latissimus dorsi (T&S ch. 24), upper trigger point: around the inferior angle of the scapula and
# the mid-thoracic region (essential); the back of the shoulder, down the back and inner side of the
# arm to the ulnar side of the elbow and forearm (spillover)
Z['lat-inferior-angle'] = blob(*at.scapula_inferior_angle.points((-14, -30), (4, -36), (22, -28), (30, -8),
                                   (26, 14), (10, 26), (-8, 24), (-20, 8), (-22, -12)))
Z['lat-back-of-shoulder'] = blob(*at.greater_tubercle.points((-34, 14), (-24, 6), (-12, 8), (-8, 22), (-12, 38),
                                     (-22, 46), (-32, 40), (-36, 26)))
Z['lat-back-of-arm'] = band(*at.scapula_inferior_angle.points((96, -46, 5.5), (86, -10, 6.5), (80, 40, 6.5),
                                                              (77, 100, 6), (77, 148, 4.5)))
Z['lat-ulnar-forearm'] = blob(*at.medial_epicondyle.points((6, -2), (13, -4), (17, 12), (17, 34), (16, 58), (8, 61),
                                                           (4, 46), (3, 24), (3.5, 8)))

# Pectoralis major, sternal intermediate section (T&S ch. 42): spillover to the medial epicondyle and
# the ulnar side of the forearm
Z['ulnar-elbow-forearm'] = blob(*at.medial_epicondyle.points((4, -8), (12, -10), (16.5, 4), (16, 26), (13, 44),
                                                             (6, 46), (2.5, 30), (2, 10)))

# Triceps brachii (T&S ch. 32). TrP1 (long head): the back of the arm and the back of the shoulder,
# spillover up to the base of the neck and to the back of the forearm, skipping the elbow. TrP2
# (medial head, lateral border): the lateral epicondyle, spillover the radial forearm. TrP3 (lateral
# head): the back of the arm, spillover the back of the forearm. TrP4 (deep medial head): the
# olecranon. TrP5 (medial head, medial border): the medial epicondyle, spillover the ulnar forearm.
Z['tri-back-arm'] = band(*at.deltoid_tuberosity.points((-30, -12, 6.5), (-32, 28, 8.5), (-32, 78, 8.5),
                                                       (-32, 128, 7.5), (-32, 168, 5)))
Z['tri-back-shoulder'] = blob(*at.greater_tubercle.points((-30, 6), (-18, 0), (-6, 4), (-2, 18), (-6, 36), (-16, 46),
                                  (-28, 42), (-34, 24)))
Z['tri-neck-base'] = blob(*at.supraspinous_fossa.points((-22, -55), (-8, -51), (3, -43), (-3, -35), (-17, -37),
                                                        (-27, -44)))
Z['dorsal-forearm'] = blob(*at.olecranon.points((-6, 33), (5, 29), (13, 40), (12, 59), (6, 69), (-4, 69), (-9, 54)))
Z['tri-lateral-head'] = band(*at.deltoid_tuberosity.points((-5, 8, 5.5), (-3, 48, 6.5), (-5, 98, 6.5), (-7, 138, 5),
                                                           (-9, 166, 3.5)))
Z['lateral-epicondyle'] = blob(*at.lateral_epicondyle.points((-9, -3), (-1.5, -1), (-0.5, 13), (-4.5, 26), (-11, 25),
                                                             (-13, 11)))
Z['radial-forearm'] = band(*at.lateral_epicondyle.points((-8, 33, 4), (-8.5, 49, 4.5), (-9, 63, 3)))
Z['tri-olecranon'] = blob(*at.olecranon.points((-6, -1), (4, -3), (10, 4), (8, 16), (-2, 20), (-9, 12)))
Z['tri-medial-epicondyle'] = blob(*at.medial_epicondyle.points((3, -8), (11, -10), (16, 0), (14, 14), (6, 16),
                                                               (2.5, 6)))
Z['tri-ulnar-forearm'] = band(*at.medial_epicondyle.points((8, 22, 4), (9, 40, 4.5), (10, 58, 3)))

# Biceps brachii (T&S ch. 30), spillover: the suprascapular region
Z['bic-suprascapular'] = blob(*at.scapular_spine.points((-10, -18), (10, -22), (30, -20), (36, -13), (20, -7),
                                                        (-2, -4), (-14, -10)))
# Serratus anterior (T&S ch. 46): medial to the inferior angle of the scapula
Z['serr-inferior-angle'] = blob(*at.scapula_inferior_angle.points((-18, -22), (-6, -26), (2, -16), (0, -2), (-10, 4),
                                    (-20, -6)))

# Subscapularis (T&S ch. 26): a severe ache at the back of the shoulder; spillover over the scapula
# and down the back of the arm to the elbow (and a band around the wrist, beyond the figure)
Z['subsc-back-shoulder'] = blob(*at.greater_tubercle.points((-40, 2), (-28, -6), (-12, -4), (-4, 10), (-4, 30),
                                    (-10, 50), (-18, 56), (-32, 54), (-42, 36), (-44, 18)))
Z['subsc-scapula'] = blob(*at.infraspinous_fossa.points((-23, -33), (5, -43), (33, -39), (41, -25), (21, -3),
                                                        (-1, 17), (-19, 25), (-29, -1)))
Z['subsc-back-arm'] = band(*at.olecranon.points((-2, -208, 5.5), (-6, -160, 7), (-8, -100, 7), (-10, -40, 6),
                                                (-11, -10, 4)))
# Coracobrachialis (T&S ch. 29), spillover: down the back of the arm (and the back of the forearm)
Z['cb-back-arm'] = band(*at.deltoid_tuberosity.points((-22, -12, 5), (-23, 28, 6.5), (-24, 78, 6.5), (-25, 128, 5.5),
                                                      (-26, 158, 3.5)))

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
Z['sps-under-scapula'] = blob(*at.scapular_spine.points((-40, -15), (-18, -20), (6, -18), (26, -11), (31, 5),
                                                        (21, 21), (-3, 33), (-25, 37), (-38, 26), (-41.5, 5)))
Z['sps-back-shoulder'] = blob(*at.greater_tubercle.points((-31, 8), (-19, 1), (-7, 5), (-3, 19), (-7, 37), (-17, 46),
                                  (-29, 42), (-34, 25)))
Z['sps-back-arm'] = band(*at.deltoid_tuberosity.points((-29, -8, 5.5), (-30.5, 38, 7), (-31.5, 88, 7), (-32, 138, 6),
                                                       (-32, 180, 4)))
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
    skin_top = E(*at.vertex.points((0, -0.5), (24, 2), (45, 10.2), (59.5, 26.5), (62.5, 34)))
    V_low = E(*at.occipital_bone.points((32.5, -44), (16, -42.5), (-6, -42), (-30, -42)))
    skin_occ = E(*at.occipital_bone.points((32.5, -44), (37, -30), (38.5, -10), (37.2, 4), (36.2, 20), (36, 34)))
    OCC_low = E(*at.superior_nuchal_line.points((26, 7), (12, 4.5), (0, 0), (-20, -4), (-40, -5)))
    MM = E(*at.mastoid_process.points((6, -38), (3, -26), (-7, -18), (-11, -6), (-9, 5), (-3.5, 13)))
    mast_out = E(*at.mastoid_process.points((6, -38), (11, -26), (13.5, -14), (7, -4), (1, 2.5), (-3.5, 13)))
    BN = E(*at.c1_transverse_process.points((2.5, 5), (-14, 0), (-34, -3.5), (-54, -4)))
    # neck
    neck_skin = E(*at.c4_transverse_process.points((16.5, -39), (13.8, -24), (12.8, -10), (14.3, 4), (19.5, 15.5)))
    NS = E(*at.c4_transverse_process.points((19.5, 15.5), (12, 32), (6, 50), (3, 64)))
    NB = E(*at.c7_spinous.points((43, 6), (20, 4), (0, 3)))
    # shoulder girdle
    shoulder_skin = E(*at.clavicle_lateral_third.points((-80.5, -54.5), (-68.5, -42.5), (-47.5, -30.8),
                                                        (-21.5, -19.8), (4.5, -10.8), (26.5, -2.3), (42.5, 3.7),
                                                        (51.3, 8.2), (57, 13)))
    TS_low = E(*at.clavicle_lateral_third.points((57, 13), (46, 15), (26, 13.5), (8, 11.5), (-20, 8), (-50, 4),
                                                 (-74, 1), (-88, -1.5), (-97, -6)))
    MSB_med = E(*at.scapular_spine_medial.points((-4, -49.5), (-7, -30), (-8.5, 0), (-7.5, 40), (-5, 80), (0, 128)))
    MSB_lat = E(*at.scapula_medial_border.points((4, -107), (2.5, -80), (3, -50), (4.5, -15), (8, 25), (15, 66)))
    # scapula: medial strip to the lateral border and the posterior deltoid
    BS_med = E(*at.greater_tubercle.points((-38, -22.5), (-36, -6), (-31, 10), (-28, 22)))
    SL = E(*at.scapula_lateral_border.points((38, -44), (25, -24), (6, 0), (-14, 26), (-31, 48), (-43, 74)))
    BS_low = E(*at.deltoid_tuberosity.points((-53, -44), (-38, -32), (-23, -18), (-8, -2)))
    LA_med = E(*at.deltoid_tuberosity.points((-1, -107), (-4, -87), (-6.5, -62), (-7.5, -32), (-8, -2), (-8, 48),
                                             (-8, 108), (-8.5, 168), (-9, 204)))
    arm_skin = E(*at.deltoid_tuberosity.points((-1, -107), (3, -102.5), (8.5, -87), (11.3, -66), (10.8, -40),
                                               (8.4, -16), (6.4, 2), (7.8, 23), (8.3, 50), (6.3, 98), (3.3, 158),
                                               (1, 204)))
    EL_top = E(*at.olecranon.points((27, -4), (17, -4), (-12, -4), (-36.2, -4)))
    arm_in = E(*at.scapula_inferior_angle.points((92, -75.5), (85.5, -48), (76.5, -18), (70.2, 20), (67.2, 50),
                                                 (66.2, 76), (65.8, 124), (65.8, 156)))
    elbow_skin = E(*at.lateral_epicondyle.points((2, -9), (0.8, 25), (-1, 66.5)))
    elbow_in = E(*at.medial_epicondyle.points((-1.2, -12), (-0.4, 12), (1.5, 63.5)))

    out = {}
    out['vertex'] = [skin_top, V_low, line(*at.vertex.points((0, 36), (0, -0.5)))]
    out['occiput'] = [R(V_low), skin_occ, OCC_low, line(*at.occipital_bone.points((-30, 22), (-30, -42)))]
    out['mastoid'] = [mast_out, R(MM)]
    out['base-of-skull'] = [R(OCC_low), MM, BN, line(*at.c1_posterior_tubercle.points((0, 4), (0, -50)))]
    out['back-of-neck'] = [R(BN), neck_skin, NS, NB, line(*at.c4_transverse_process.points((-40, 61), (-40, -48)))]
    out['top-of-shoulder'] = [shoulder_skin, TS_low, R(NS)]
    out['interscapular'] = [R(NB), R(TS_low[-1:]), MSB_med, line(*at.t6_spinous.points((56, 58), (0, 58))),
                            line(*at.t6_spinous.points((0, 58), (0, -127)))]
    out['medial-scapular-border'] = [MSB_med, line(*at.scapula_inferior_angle.points((-14, 8), (7, 6))), R(MSB_lat),
                                     R(TS_low[-2:-1])]
    out['scapula'] = [MSB_lat, R(SL), R(BS_med), R(TS_low[2:-2])]
    out['back-of-shoulder'] = [R(TS_low[:2]), BS_med, SL[:1], BS_low, R(LA_med[:4])]
    out['lateral-arm'] = [arm_skin, line(*at.lateral_epicondyle.points((2, -9), (-8, -9))), R(LA_med)]
    out['back-of-upper-arm'] = [R(BS_low), LA_med[4:], line(*at.deltoid_tuberosity.points((-9, 204),
                                                                                          (-62.2, 204))), R(arm_in),
                        line(*at.deltoid_tuberosity.points((-36, -27.5), (-38, -32)))]
    # the armpit from behind: the posterior axillary fold, teres major wrapped by latissimus dorsi, from
    # the lateral border of the scapula to the arm, down to where the fold meets the chest wall
    out['armpit'] = [BS_low[:1], line(*at.scapula_lateral_border.points((40, -12), (42, -7.5))), arm_in[:2],
                     E(*at.scapula_lateral_border.points((26.5, 50), (18, 59), (8, 52), (4, 28), (6, 0))), R(SL[1:2])]
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
            out += [bez((cur, c[0], c[1], c[2]), k / steps) for k in range(steps)]
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
    arm_in = at.olecranon.points((-10, -235.5), (-16.5, -208), (-25.5, -178), (-31.8, -140), (-34.8, -110),
                                 (-35.8, -84), (-36.2, -36),
                                 (-36.2, -4)) + arm.INNER + at.olecranon.points((2.5, 248))

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

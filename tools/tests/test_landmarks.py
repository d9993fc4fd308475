"""A landmark move carries what is placed on it (python3 -m unittest discover -s tools/tests).

Each case moves one landmark of a figure in memory (atlasgen.landmarks.MOVED), builds the view again
and checks that the muscles placed on that landmark moved with it, point for point, and that no
other muscle and no other landmark moved; then that the referral zones drawn near the landmark
follow it while those far from it stay put. Nothing is written.
"""
import importlib.util
import itertools
import math
import os
import re
import sys
import unittest

TOOLS = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, TOOLS)
sys.path.insert(0, os.path.join(TOOLS, 'figures'))

from atlasgen import landmarks  # noqa: E402
from atlasgen.paths import flatten  # noqa: E402
from atlasgen.shapes import drawn_against, follow, resolved_shapes  # noqa: E402

_count = itertools.count()
_NUMBER = re.compile(r'-?\d+(?:\.\d+)?')
MOVE = (3.0, -2.0)
SIDEWAYS = 5.0
ROUNDING = 0.11     # path data has one decimal


def build_view(view, moved=None, arm_moved=None):
    """The view as its figure script draws it, with the landmarks in `moved` {id: (dx, dy)} moved, and
    those of the forearm and hand (tools/figures/arm.py, shared by the three views) in `arm_moved`."""
    landmarks.MOVED = {(view, k): v for k, v in (moved or {}).items()}
    landmarks.MOVED.update({('arm', k): v for k, v in (arm_moved or {}).items()})
    sys.modules.pop('arm', None)
    try:
        spec = importlib.util.spec_from_file_location('figure_%s_%d' % (view, next(_count)),
                                                      os.path.join(TOOLS, 'figures', view + '.py'))
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        return module.build_view()
    finally:
        landmarks.MOVED = {}
        sys.modules.pop('arm', None)


def coordinates(d):
    nums = [float(x) for x in _NUMBER.findall(d)]
    return list(zip(nums[::2], nums[1::2]))


def muscles(view):
    return {m['muscle']: m for m in view['muscles']}


class LandmarkMoveTest(unittest.TestCase):
    # (view, landmark, the muscles placed on it)
    CASES = [
        ('anterior', 'acromion', {'deltoid'}),
        ('anterior', 'mastoid-process', {'sternocleidomastoid-clavicular', 'sternocleidomastoid-sternal',
                                         'digastric-posterior'}),
        ('posterior', 'acromion', {'deltoid'}),
        ('posterior', 'mastoid-process', {'sternocleidomastoid-sternal'}),
        ('lateral', 'acromion', {'deltoid'}),
        ('lateral', 'mastoid-process', {'sternocleidomastoid-clavicular', 'sternocleidomastoid-sternal',
                                        'digastric-posterior', 'obliquus-capitis-inferior', 'obliquus-capitis-superior'}),
    ]
    # (view, landmark) with zones drawn on the landmark (their outline on average within NEAR units of it)
    ZONE_CASES = [('anterior', 'acromion'), ('posterior', 'acromion'), ('posterior', 'mastoid-process'),
                  ('lateral', 'acromion'), ('lateral', 'mastoid-process')]
    NEAR, FAR = 16, 250
    _built = {}

    def arm(self):
        sys.modules.pop('arm', None)
        import arm
        return arm

    def view(self, view, moved=None):
        key = (view, tuple(sorted((moved or {}).items())))
        if key not in self._built:
            self._built[key] = build_view(view, moved)
        return self._built[key]

    def test_the_muscles_placed_on_a_landmark_move_with_it_and_no_others(self):
        for view, lid, carried in self.CASES:
            with self.subTest(view=view, landmark=lid):
                before, after = self.view(view), self.view(view, {lid: MOVE})
                changed = {mid for mid, m in muscles(after).items()
                           if (m['path'], m['fibres']) != (muscles(before)[mid]['path'], muscles(before)[mid]['fibres'])}
                self.assertEqual(carried, changed)
                for mid in carried:
                    for key in ('path', 'fibres'):
                        old, new = coordinates(muscles(before)[mid][key]), coordinates(muscles(after)[mid][key])
                        self.assertEqual(len(old), len(new))
                        worst = max(max(abs(b[0] - a[0] - MOVE[0]), abs(b[1] - a[1] - MOVE[1])) for a, b in zip(old, new))
                        self.assertLess(worst, ROUNDING, '%s %s of %s did not move with %s' % (view, key, mid, lid))

    def test_every_muscle_is_placed_on_landmarks(self):
        # moving every landmark of a view sideways moves every muscle with them: no muscle point is
        # left at an absolute position (points on the figure's cut lines keep their height)
        arm_ids = [lid for lid, _, _ in self.arm().LANDMARKS]
        for view in ('anterior', 'posterior', 'lateral'):
            with self.subTest(view=view):
                ids = [lm['id'] for lm in self.view(view)['landmarks']]
                before = muscles(self.view(view))
                # the posterior view takes the arm's landmarks as they are (the others mirror or move it)
                arm = {lid: (SIDEWAYS, 0.0) for lid in arm_ids} if view == 'posterior' else {}
                after = muscles(build_view(view, {lid: (SIDEWAYS, 0.0) for lid in ids if lid not in arm}, arm))
                for mid, m in before.items():
                    for key in ('path', 'fibres'):
                        old, new = coordinates(m[key]), coordinates(after[mid][key])
                        worst = max(max(abs(b[0] - a[0] - SIDEWAYS), abs(b[1] - a[1])) for a, b in zip(old, new))
                        self.assertLess(worst, ROUNDING, '%s %s of %s stayed behind' % (view, key, mid))

    def test_only_the_moved_landmark_moves_in_the_view_file(self):
        for view, lid, _ in self.CASES:
            with self.subTest(view=view, landmark=lid):
                before = {lm['id']: lm['at'] for lm in self.view(view)['landmarks']}
                after = {lm['id']: lm['at'] for lm in self.view(view, {lid: MOVE})['landmarks']}
                self.assertEqual(set(before), set(after))
                for k in before:
                    want = [before[k][0] + MOVE[0], before[k][1] + MOVE[1]] if k == lid else before[k]
                    self.assertEqual(want, after[k], k)

    def test_a_moved_landmark_takes_no_other_landmark_or_art_placed_elsewhere(self):
        # art placed on other landmarks is untouched: the skin outline moves only near the landmark
        before, after = self.view('anterior'), self.view('anterior', {'acromion': MOVE})
        art_before = {a['id']: a['path'] for a in before['art']}
        art_after = {a['id']: a['path'] for a in after['art']}
        for far in ('galea-aponeurotica', 'face', 'hyoid', 'palm-creases'):
            self.assertEqual(art_before[far], art_after[far], far)
        self.assertNotEqual(art_before['acromions'], art_after['acromions'])

    def test_the_zones_follow_a_moved_landmark(self):
        # the zones are carried by a thin-plate spline through all the landmarks: smooth, so a zone far
        # from the moved landmark moves a little too, but much less than the zones on it
        for view, lid in self.ZONE_CASES:
            with self.subTest(view=view, landmark=lid):
                then = drawn_against(view)
                self.assertIsNotNone(then, 'tools/zones/landmarks/%s.json' % view)
                now = dict(then)
                now[lid] = (then[lid][0] + MOVE[0], then[lid][1] + MOVE[1])
                named = resolved_shapes(view)
                moved = follow(then, now, named)
                near, far = [], []
                for name, ds in named.items():
                    pts = [p for d in ds for poly in flatten(d) for p in poly]
                    shift = [(b[0] - a[0], b[1] - a[1]) for d0, d1 in zip(ds, moved[name])
                             for a, b in zip(coordinates(d0), coordinates(d1))]
                    mean = (sum(s[0] for s in shift) / len(shift), sum(s[1] for s in shift) / len(shift))
                    dist = [math.hypot(p[0] - then[lid][0], p[1] - then[lid][1]) for p in pts]
                    on = sum(dist) / len(dist) < self.NEAR
                    (near if on else far if min(dist) > self.FAR else []).append((name, mean))
                self.assertTrue(near, 'no %s zone is drawn within %d units of the %s' % (view, self.NEAR, lid))
                self.assertTrue(far)
                for name, (mx, my) in near:   # at least 60% of the move, in its direction
                    self.assertGreater(mx * MOVE[0] + my * MOVE[1], 0.6 * (MOVE[0] ** 2 + MOVE[1] ** 2), name)
                for name, (mx, my) in far:
                    self.assertLess(math.hypot(mx, my), 0.5 * math.hypot(*MOVE), name)


if __name__ == '__main__':
    unittest.main()

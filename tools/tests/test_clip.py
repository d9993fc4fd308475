"""Fibres cut to their muscle by tools/atlasgen/clip.py."""
import os
import sys
import unittest

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from atlasgen.clip import clip_fibres, outside  # noqa: E402
from atlasgen.paths import parse  # noqa: E402

SQUARE = "M0,0 L10,0 L10,10 L0,10 Z"


class ClipTest(unittest.TestCase):
    def test_a_line_across_the_outline_keeps_its_inside_part(self):
        cut = clip_fibres("M-5,5 L15,5", SQUARE)
        pts = [p for _, ps in parse(cut) for p in ps]
        self.assertEqual(len(pts), 2, cut)
        self.assertAlmostEqual(pts[0][0], 0, delta=0.05)
        self.assertAlmostEqual(pts[1][0], 10, delta=0.05)

    def test_a_fibre_inside_is_left_as_written(self):
        self.assertEqual(clip_fibres("M2,2 C4,3 6,3 8,2", SQUARE), "M2,2 C4,3 6,3 8,2")

    def test_a_curve_that_leaves_and_comes_back_is_two_curves(self):
        cut = clip_fibres("M1,1 C30,4 30,6 1,9", SQUARE)
        self.assertEqual([c for c, _ in parse(cut)], ["M", "C", "M", "C"], cut)
        self.assertEqual(outside(cut, SQUARE, tolerance=0.1), [])

    def test_a_fibre_wholly_outside_is_dropped(self):
        self.assertEqual(clip_fibres("M20,20 L30,30", SQUARE), "")

    def test_a_hole_cuts_too(self):
        ring = SQUARE + " M3,3 L7,3 L7,7 L3,7 Z"
        cut = clip_fibres("M1,5 L9,5", ring)
        self.assertEqual([c for c, _ in parse(cut)], ["M", "L", "M", "L"], cut)


if __name__ == "__main__":
    unittest.main()

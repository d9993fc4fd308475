"""Band outlines for referral zones (python3, stdlib only): a zone that runs along a line, as a
therapist draws a band of pain, with slightly irregular edges and rounded ends."""
import math


def band_points(spine, wobble, cap, flat_start=False):
    """Outline points of a band along a centre line of (x, y, half-width) points: the two edges
    (wobbling by up to `wobble` of the width, as a hand-drawn pain zone) joined by rounded ends that
    reach `cap` of the width beyond the line; flat_start: the band starts square (it goes on across
    the midline)."""
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

    def end(i, j):
        x, y, w = spine[i]
        tx, ty = x - spine[j][0], y - spine[j][1]
        ln = math.hypot(tx, ty) or 1
        return (x + tx / ln * w * cap, y + ty / ln * w * cap)

    start = (spine[0][0], spine[0][1]) if flat_start else end(0, 1)
    return left + [end(n - 1, n - 2)] + list(reversed(right)) + [start]

"""Curves shared by the figure and zone generators (python3, stdlib only): Catmull-Rom and Hermite
splines through authored points, sampling and resampling by arc length, and small point helpers.

A segment is a cubic Bezier (p0, c1, c2, p1). A point written (x, y, 'c') is a corner: the curve
meets it without smoothing across it.
"""
import math

from atlasgen.paths import bez, seg_path

CORNER = 'c'
MIDLINE = 400.0     # the canon's midline: x 400 in the anterior and posterior views


def xy(p):
    return (float(p[0]), float(p[1]))


def _corner(p):
    return len(p) > 2 and p[2] == CORNER


def catmull_rom(points, closed=False, tension=1.0):
    """Cubic segments of a Catmull-Rom curve through the points (the ends and corners take no
    tangent from beyond them)."""
    n = len(points)
    P = [xy(p) for p in points]
    segs = []
    count = n if closed else n - 1
    for i in range(count):
        i0, i1, i2, i3 = i - 1, i, (i + 1) % n, (i + 2) % n
        p1, p2 = P[i1], P[i2]
        if not closed and i0 < 0 or _corner(points[i1]):
            p0 = p1
        else:
            p0 = P[i0 % n]
        if not closed and i + 2 >= n or _corner(points[i2]):
            p3 = p2
        else:
            p3 = P[i3]
        k = tension / 6.0
        c1 = (p1[0] + (p2[0] - p0[0]) * k, p1[1] + (p2[1] - p0[1]) * k)
        c2 = (p2[0] - (p3[0] - p1[0]) * k, p2[1] - (p3[1] - p1[1]) * k)
        segs.append((p1, c1, c2, p2))
    return segs


def smooth(points, closed=False, tension=1.0):
    """Path data of the Catmull-Rom curve through the points."""
    return seg_path(catmull_rom(points, closed, tension), close=closed)


def hermite(points, closed=False, tension=1.0):
    """Cubic segments through the points with central-difference tangents; an open curve's end
    tangents point at the next point, and a corner takes the chord (0.9 of it) as its tangent."""
    pts = [(p[0], p[1]) for p in points]
    corner = [len(p) > 2 for p in points]
    n = len(pts)
    tans = []
    for i in range(n):
        if closed:
            a, b = pts[(i - 1) % n], pts[(i + 1) % n]
        else:
            a = pts[i - 1] if i > 0 else pts[i]
            b = pts[i + 1] if i < n - 1 else pts[i]
        tx, ty = (b[0] - a[0]) / 2 * tension, (b[1] - a[1]) / 2 * tension
        if not closed and (i == 0 or i == n - 1):
            tx, ty = tx * 2, ty * 2
        tans.append((tx, ty))
    segs = []
    last = n if closed else n - 1
    for i in range(last):
        j = (i + 1) % n
        p0, p1 = pts[i], pts[j]
        t0 = tans[i]
        t1 = tans[j]
        if corner[i]:
            t0 = ((p1[0] - p0[0]) * 0.9, (p1[1] - p0[1]) * 0.9)
        if corner[j]:
            t1 = ((p1[0] - p0[0]) * 0.9, (p1[1] - p0[1]) * 0.9)
        c1 = (p0[0] + t0[0] / 3, p0[1] + t0[1] / 3)
        c2 = (p1[0] - t1[0] / 3, p1[1] - t1[1] / 3)
        segs.append((p0, c1, c2, p1))
    return segs


def sample(segs, per=12):
    """Points along the segments, per points each (the first segment's start included)."""
    out = [segs[0][0]]
    for s in segs:
        for i in range(1, per + 1):
            out.append(bez(s, i / per))
    return out


def resample(poly, n):
    """n points evenly spaced by arc length along a polyline."""
    d = [0.0]
    for a, b in zip(poly, poly[1:]):
        d.append(d[-1] + math.dist(a, b))
    total = d[-1]
    out = []
    j = 0
    for i in range(n):
        s = total * i / (n - 1)
        while j < len(d) - 2 and d[j + 1] < s:
            j += 1
        seg = d[j + 1] - d[j] or 1
        t = (s - d[j]) / seg
        a, b = poly[j], poly[j + 1]
        out.append((a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t))
    return out


def evenly(points, n=24):
    """n points evenly spaced along the smooth curve through the points."""
    return resample(sample(catmull_rom(points)), n)


def lerp(a, b, t):
    return (a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t)


def extend(poly, by):
    """The polyline with a point added `by` units beyond each end, along its end directions (fibres
    are drawn a little long and clipped to their shape); unchanged when by is not positive."""
    if by <= 0 or len(poly) < 2:
        return list(poly)
    a, b = poly[0], poly[1]
    la = math.dist(a, b) or 1
    start = (a[0] + (a[0] - b[0]) / la * by, a[1] + (a[1] - b[1]) / la * by)
    y, z = poly[-2], poly[-1]
    lz = math.dist(y, z) or 1
    end = (z[0] + (z[0] - y[0]) / lz * by, z[1] + (z[1] - y[1]) / lz * by)
    return [start] + list(poly) + [end]


def mirror_points(points, mid):
    """The points mirrored about the vertical line x = mid (a corner mark is kept)."""
    return [(2 * mid - p[0], p[1]) + tuple(p[2:]) for p in points]


def reverse(segs):
    """The segments run backwards."""
    return [(s[3], s[2], s[1], s[0]) for s in reversed(segs)]


def line(a, b):
    """A straight segment from a to b, as a cubic."""
    return [(a, (a[0] + (b[0] - a[0]) / 3, a[1] + (b[1] - a[1]) / 3),
             (a[0] + 2 * (b[0] - a[0]) / 3, a[1] + 2 * (b[1] - a[1]) / 3), b)]


class Poly:
    """A polyline with arc-length parameter 0..1."""

    def __init__(self, pts):
        self.pts = pts
        self.acc = [0.0]
        for a, b in zip(pts, pts[1:]):
            self.acc.append(self.acc[-1] + math.hypot(b[0] - a[0], b[1] - a[1]))
        self.length = self.acc[-1] or 1.0

    def at(self, u):
        u = max(0.0, min(1.0, u))
        d = u * self.length
        lo, hi = 0, len(self.acc) - 1
        while hi - lo > 1:
            mid = (lo + hi) // 2
            if self.acc[mid] <= d:
                lo = mid
            else:
                hi = mid
        a, b = self.pts[lo], self.pts[hi]
        seg = self.acc[hi] - self.acc[lo]
        t = 0 if seg == 0 else (d - self.acc[lo]) / seg
        return (a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t)

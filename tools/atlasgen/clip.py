"""Fibre lines clipped to their muscle's outline (python3, stdlib only).

The figure scripts draw fibre lines that run past their muscle and used to leave the cut to the app,
which drew each muscle's fibres through a clip node: in the software renderer an offscreen mask per
node, a quarter of a whole-figure frame. Here each fibre is cut where it leaves the outline, so the app
draws it as it is (README "Click to next frame"). A cubic piece stays a cubic (de Casteljau split at
the crossing); a fibre that lies wholly inside is written back unchanged.
"""
import math

from atlasgen.paths import bez, distance, flatten, parse, pt

# Samples per segment when looking for the outline's crossings: at least this many, and one a unit.
_SAMPLES = 24
# Bisection steps to place a crossing (the parameter to 2^-20 of the segment).
_BISECT = 20
# Pieces shorter than this (design units) are dropped: a dot at a corner of the outline.
_MIN_PIECE = 0.6


class Outline:
    """A closed outline's polygons with its edges in horizontal bands, for fast point-in-outline tests."""

    BAND = 4.0

    def __init__(self, d):
        self.edges = []
        for poly in flatten(d, per=32):
            for i in range(len(poly)):
                a, b = poly[i - 1], poly[i]
                if a[1] != b[1]:
                    self.edges.append((a, b))
        self.bands = {}
        for e in self.edges:
            lo, hi = sorted((e[0][1], e[1][1]))
            for k in range(int(math.floor(lo / self.BAND)), int(math.floor(hi / self.BAND)) + 1):
                self.bands.setdefault(k, []).append(e)

    def contains(self, p):
        """Even-odd rule, as the app fills an outline with holes (the orbicularis oculi's ring)."""
        x, y = p
        inside = False
        for (xi, yi), (xj, yj) in self.bands.get(int(math.floor(y / self.BAND)), ()):
            if (yi > y) != (yj > y) and x < (xj - xi) * (y - yi) / (yj - yi) + xi:
                inside = not inside
        return inside


def _split(seg, t0, t1):
    """The part [t0, t1] of a cubic segment (p0, c1, c2, p1), itself a cubic."""
    def lerp(a, b, t):
        return (a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t)

    def after(s, t):  # the part [t, 1]
        p0, c1, c2, p1 = s
        a, b, c = lerp(p0, c1, t), lerp(c1, c2, t), lerp(c2, p1, t)
        d, e = lerp(a, b, t), lerp(b, c, t)
        return (lerp(d, e, t), e, c, p1)

    def before(s, t):  # the part [0, t]
        p0, c1, c2, p1 = s
        a, b, c = lerp(p0, c1, t), lerp(c1, c2, t), lerp(c2, p1, t)
        d, e = lerp(a, b, t), lerp(b, c, t)
        return (p0, a, d, lerp(d, e, t))

    s = after(seg, t0) if t0 > 0 else seg
    return before(s, (t1 - t0) / (1 - t0)) if t1 < 1 and t0 < 1 else s


def _crossings(outline, at, n):
    """Whether the curve at(t) lies wholly inside the outline, and the parameters where it crosses it."""
    ts = [i / n for i in range(n + 1)]
    inside = [outline.contains(at(t)) for t in ts]
    cuts = []
    for i in range(n):
        if inside[i] != inside[i + 1]:
            lo, hi = ts[i], ts[i + 1]
            for _ in range(_BISECT):
                mid = (lo + hi) / 2
                if outline.contains(at(mid)) == inside[i]:
                    lo = mid
                else:
                    hi = mid
            # the inside side of the crossing: a kept piece never reaches past the outline
            cuts.append(lo if inside[i] else hi)
    return all(inside), cuts


def _straight(seg):
    p0, c1, c2, p1 = seg
    dx, dy = p1[0] - p0[0], p1[1] - p0[1]
    L = math.hypot(dx, dy)
    return L > 0 and all(abs((c[0] - p0[0]) * dy - (c[1] - p0[1]) * dx) / L < 1e-6 for c in (c1, c2))


def _length(seg):
    pts = [bez(seg, i / 8) for i in range(9)]
    return sum(math.dist(pts[i], pts[i + 1]) for i in range(8))


def _pieces(outline, seg):
    """The parts of a segment inside the outline, as cubics; None when it lies wholly inside."""
    n = max(_SAMPLES, int(_length(seg)))
    all_in, cuts = _crossings(outline, lambda t: bez(seg, t), n)
    if all_in:
        return None
    bounds = [0.0] + cuts + [1.0]
    out = []
    for i in range(len(bounds) - 1):
        t0, t1 = bounds[i], bounds[i + 1]
        if t1 - t0 > 1e-9 and outline.contains(bez(seg, (t0 + t1) / 2)):
            piece = _split(seg, t0, t1)
            if _length(piece) >= _MIN_PIECE:
                out.append(piece)
    return out


def _segments(d):
    """The fibres' path data as subpaths of cubic segments (a line is a cubic with its ends as controls)."""
    subpaths, cur, last, start = [], None, (0, 0), (0, 0)
    for c, ps in parse(d):
        if c == "M":
            cur = []
            subpaths.append(cur)
            last = start = ps[0]
        elif c == "L":
            cur.append((last, last, ps[0], ps[0]))
            last = ps[0]
        elif c == "C":
            cur.append((last, ps[0], ps[1], ps[2]))
            last = ps[2]
        elif c == "Z" and cur is not None:
            cur.append((last, last, start, start))
            last = start
    return subpaths


def _write(seg, move):
    """A segment as path data; a line's piece (its controls on its ends' line) stays a line."""
    head = ("M" + pt(seg[0]) + " ") if move else ""
    if _straight(seg):
        return head + "L" + pt(seg[3])
    return head + "C" + pt(seg[1]) + " " + pt(seg[2]) + " " + pt(seg[3])


def clip_fibres(fibres, outline_d):
    """Fibre path data cut to the outline (even-odd); unchanged when every fibre lies inside it."""
    outline = Outline(outline_d)
    out, changed = [], False
    for sub in _segments(fibres):
        joined = False  # whether the next kept piece continues the one before
        for seg in sub:
            pieces = _pieces(outline, seg)
            if pieces is None:
                out.append(_write(seg, not joined))
                joined = True
                continue
            changed = True
            for k, piece in enumerate(pieces):
                cont = joined and k == 0 and piece[0] == seg[0]
                out.append(_write(piece, not cont))
            joined = bool(pieces) and pieces[-1][3] == seg[3]
    if not changed:
        return fibres
    return " ".join(out)


def clip_view_fibres(view):
    """Cuts every muscle's and art shape's fibres in a view dict to its outline; returns the view."""
    for item in view.get("muscles", []) + view.get("art", []):
        if item.get("fibres"):
            item["fibres"] = clip_fibres(item["fibres"], item["path"])
            if not item["fibres"]:
                del item["fibres"]
    return view


def outside(fibres, outline_d, tolerance=0.3):
    """Points along the fibres (every half unit) farther than the tolerance outside the outline."""
    outline = Outline(outline_d)
    polys = flatten(outline_d, per=32)
    far = []
    for sub in _segments(fibres):
        for seg in sub:
            n = max(2, int(2 * _length(seg)))
            for i in range(n + 1):
                p = bez(seg, i / n)
                if not outline.contains(p) and distance(polys, p) > tolerance:
                    far.append(p)
    return far

"""Shapes built from edges (the posterior figure's authoring style; python3, stdlib only).

An edge is a list of cubic segments through authored points (E); a shape is a chain of edges (shape),
so neighbouring muscles that share an edge meet exactly. Fibres are interpolated between key fibre
lines (fibres). Sutures (zigzag) and the teeth of a pennate muscle on its aponeurosis (serrate) are
drawn along edges.
"""
import math

from atlasgen.curves import MIDLINE, hermite, line, resample, reverse, sample
from atlasgen.paths import bez, fmt


def _clamped(box):
    if box is None:
        return lambda p: fmt(p[0]) + ',' + fmt(p[1])

    def pt(p):
        x = min(max(p[0], box[0]), box[0] + box[2])
        y = min(max(p[1], box[1]), box[1] + box[3])
        return fmt(x) + ',' + fmt(y)
    return pt


def x_at(segs, y):
    """x where an edge (segment list, running down) first reaches height y"""
    prev = None
    for sg in segs:
        for k in range(41):
            q = bez(sg, k / 40)
            if prev is not None and (prev[1] - y) * (q[1] - y) <= 0 and prev[1] != q[1]:
                f = (y - prev[1]) / (q[1] - prev[1])
                return round(prev[0] + (q[0] - prev[0]) * f, 1)
            prev = q
    raise ValueError(y)


def zigzag(segs, amp=1.0, period=3.0):
    """A suture: the edge as a fine zigzag to both sides."""
    dense = []
    for sg in segs:
        for k in range(24):
            dense.append(bez(sg, k / 24))
    dense.append(segs[-1][3])
    out = [dense[0]]
    step = max(1, int(len(dense) * period / 2 / (sum(math.hypot(dense[i][0] - dense[i - 1][0],
                                                              dense[i][1] - dense[i - 1][1])
                                                   for i in range(1, len(dense))) or 1)))
    for n, i in enumerate(range(step, len(dense) - 1, step)):
        a, b = dense[i - 1], dense[i + 1]
        tx, ty = b[0] - a[0], b[1] - a[1]
        ln = math.hypot(tx, ty) or 1
        sgn = (1 if n % 2 else -1) * (0.6 + 0.4 * ((n * 37) % 5) / 4)
        out.append((dense[i][0] - ty / ln * amp * sgn, dense[i][1] + tx / ln * amp * sgn))
    out.append(dense[-1])
    segs_out = []
    for a, b in zip(out, out[1:]):
        segs_out += line(a, b)
    return segs_out


def serrate(segs, toward, amp=1.8, period=5.0, rake=3.2):
    """The edge (segment list) as a row of small pointed teeth reaching about amp units towards the
    point `toward` and raked rake units downwards along the edge: the fleshy fibres of a pennate
    muscle ending on its aponeurosis. Starts and ends on the edge itself."""
    dense = []
    for sg in segs:
        for k in range(24):
            dense.append(bez(sg, k / 24))
    dense.append(segs[-1][3])
    dist = [0.0]
    for i in range(1, len(dense)):
        dist.append(dist[-1] + math.hypot(dense[i][0] - dense[i - 1][0], dense[i][1] - dense[i - 1][1]))
    total = dist[-1]
    n = max(2, int(round(total / period)))
    pts = []
    j = 0
    for k in range(2 * n + 1):
        target = total * k / (2 * n)
        while j < len(dist) - 2 and dist[j + 1] < target:
            j += 1
        a, b = dense[j], dense[j + 1]
        f = (target - dist[j]) / ((dist[j + 1] - dist[j]) or 1)
        x, y = a[0] + (b[0] - a[0]) * f, a[1] + (b[1] - a[1]) * f
        if k % 2:
            tx, ty = b[0] - a[0], b[1] - a[1]
            ln = math.hypot(tx, ty) or 1
            tx, ty = tx / ln, ty / ln
            if ty < 0:
                tx, ty = -tx, -ty
            nx, ny = -ty, tx
            if (toward[0] - x) * nx + (toward[1] - y) * ny < 0:
                nx, ny = -nx, -ny
            v = 0.75 + 0.5 * ((k * 7919) % 11) / 10  # irregular, as drawn by hand
            pts.append((x + (nx * amp + tx * rake) * v, y + (ny * amp + ty * rake) * v, 'c'))
        else:
            pts.append((x, y))
    return hermite(pts, tension=0.5)


def E(*points):
    """An open edge through points."""
    return hermite(points)


def R(edge):
    return reverse(edge)


def mirror_segs(segs):
    return [tuple((2 * MIDLINE - q[0], q[1]) for q in s) for s in segs]


def d_of(subpaths, close=True, box=None):
    """subpaths: list of segment lists -> SVG path data (points clamped into the view box [x, y, w, h])."""
    pt = _clamped(box)
    out = []
    for segs in subpaths:
        if not segs:
            continue
        out.append('M' + pt(segs[0][0]))
        cur = segs[0][0]
        for s in segs:
            if math.hypot(s[0][0] - cur[0], s[0][1] - cur[1]) > 0.05:
                out.append('L' + pt(s[0]))
            out.append('C' + pt(s[1]) + ' ' + pt(s[2]) + ' ' + pt(s[3]))
            cur = s[3]
        if close:
            out.append('Z')
    return ' '.join(out)


def shape(*edges):
    segs = []
    for e in edges:
        segs.extend(e)
    return segs


def loop(*points, tension=1.0):
    return hermite(points, closed=True, tension=tension)


def resample_edge(poly, m=14):
    """Polyline (smoothed through the Hermite spline) resampled to m points by arc length."""
    return resample(sample(hermite(poly), 12), m)


def stretch_ends(poly, by):
    """The polyline with its end points moved `by` units outwards along its end directions."""
    a, b = poly[0], poly[1]
    la = math.hypot(a[0] - b[0], a[1] - b[1]) or 1
    c, d = poly[-1], poly[-2]
    lc = math.hypot(c[0] - d[0], c[1] - d[1]) or 1
    start = (a[0] + (a[0] - b[0]) / la * by, a[1] + (a[1] - b[1]) / la * by)
    end = (c[0] + (c[0] - d[0]) / lc * by, c[1] + (c[1] - d[1]) / lc * by)
    return [start] + poly[1:-1] + [end]


def fibres(keys, n, m=8, ext=3.0):
    """n fibre lines interpolated between key fibres (each a point list from origin to insertion)."""
    rs = [resample_edge(k, m) for k in keys]
    lines = []
    segs_count = len(rs) - 1
    for i in range(n):
        u = (i + 0.5) / n * segs_count
        k = min(int(u), segs_count - 1)
        f = u - k
        a, b = rs[k], rs[k + 1]
        poly = [(a[j][0] + (b[j][0] - a[j][0]) * f, a[j][1] + (b[j][1] - a[j][1]) * f) for j in range(m)]
        poly = stretch_ends(poly, ext)
        lines.append(hermite(poly))
    return lines


def fibre_d(lines, box=None):
    return d_of(lines, close=False, box=box)

"""Muscles as Coons patches (the lateral figure's authoring style; python3, stdlib only).

A muscle is four edges of points, origin O1..O2, side2 O2..I2, insertion I1..I2 and side1 O1..I1:
its outline is their loop and its fibre lines come from a Coons patch over them, so fibres run from
origin to insertion and fan or converge as the borders do. A point written (x, y, 'c') is a corner.
"""
import math

from atlasgen.curves import Poly, catmull_rom, extend as extend_line, sample, smooth, xy
from atlasgen.paths import seg_path


def poly(points, tension=1.0):
    """The smooth curve through the points as a polyline with an arc-length parameter."""
    return Poly(sample(catmull_rom(points, False, tension), 24))


class Muscle:
    """origin: O1..O2; side2: O2..I2; insertion: I1..I2; side1: O1..I1 (point lists)."""

    def __init__(self, origin, side2, insertion, side1, tension=1.0):
        self.origin, self.side2, self.insertion, self.side1 = origin, side2, insertion, side1
        self.tension = tension

    def outline(self):
        t = self.tension
        parts = [catmull_rom(self.origin, tension=t), catmull_rom(self.side2, tension=t),
                 catmull_rom(self.insertion[::-1], tension=t),
                 catmull_rom(self.side1[::-1], tension=t)]
        segs = [s for part in parts if len(part) for s in part]
        return seg_path(segs, close=True)

    def patch(self):
        B, R = poly(self.origin, self.tension), poly(self.side2, self.tension)
        T, L = poly(self.insertion, self.tension), poly(self.side1, self.tension)
        O1, O2 = xy(self.origin[0]), xy(self.origin[-1])
        I1, I2 = xy(self.insertion[0]), xy(self.insertion[-1])

        def P(u, v):
            l, r, b, t = L.at(v), R.at(v), B.at(u), T.at(u)
            out = []
            for k in range(2):
                out.append((1 - u) * l[k] + u * r[k] + (1 - v) * b[k] + v * t[k]
                           - ((1 - u) * (1 - v) * O1[k] + u * (1 - v) * O2[k]
                              + (1 - u) * v * I1[k] + u * v * I2[k]))
            return tuple(out)
        return P

    def fibres(self, n, v0=0.0, v1=1.0, steps=8, extend=3.0, u0=0.0, u1=1.0):
        P = self.patch()
        lines = []
        for i in range(n):
            u = u0 + (u1 - u0) * (i + 0.5) / n
            pts = [P(u, v0 + (v1 - v0) * j / steps) for j in range(steps + 1)]
            lines.append(extend_line(pts, extend))
        return " ".join(smooth(fibre) for fibre in lines)


def ring_fibres(inner, outer, n, centre, samples=48):
    """Concentric closed curves between two closed point lists, by angle about centre."""
    def radial(points):
        pl = Poly(sample(catmull_rom(points, True), 24))
        # resample by angle
        out = []
        for k in range(samples):
            ang = 2 * math.pi * k / samples
            best, bd = None, 1e9
            for p in pl.pts:
                a = math.atan2(p[1] - centre[1], p[0] - centre[0])
                d = abs((a - ang + math.pi) % (2 * math.pi) - math.pi)
                if d < bd:
                    bd, best = d, p
            out.append(best)
        return out
    ri, ro = radial(inner), radial(outer)
    lines = []
    for i in range(1, n + 1):
        t = i / (n + 1)
        pts = [(a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t) for a, b in zip(ri, ro)]
        lines.append(smooth(pts[::2], closed=True))
    return " ".join(lines)

"""Shapes built from runs of points (the anterior figure's authoring style; python3, stdlib only).

A run is a list of points drawn as one smooth Catmull-Rom curve; a closed shape is a chain of runs
with corners where they meet. Fibres are blended between two borders of a muscle (fibres_between)
or drawn from points along its origin to the matching points along its insertion (fibres_across).
Art across the midline (x = MIDLINE) is authored on the patient's right and mirrored.
"""
from atlasgen.curves import MIDLINE, catmull_rom, evenly, extend, lerp, mirror_points, resample, sample, smooth
from atlasgen.paths import fmt, seg_path


def outline(*runs):
    """Segments of a closed shape from runs of points; each run is a smooth curve, corners where runs
    meet. A run's first point is the previous run's last point (give it once, in the run before)."""
    segs = []
    prev = None
    for run in runs:
        run = list(run)
        if prev is not None and run and run[0] == prev:
            run = run[1:]
        pts = ([prev] if prev is not None else []) + run
        if len(pts) >= 2:
            segs += catmull_rom(pts)
        prev = pts[-1]
    first = runs[0][0]
    if prev != first:
        segs += catmull_rom([prev, first])
    return segs


def shape_d(*runs):
    """Path data of the closed shape of the runs."""
    return seg_path(outline(*runs), close=True)


def sym(*runs):
    """Closed shape across the midline: runs give the right half from a midline point to a midline
    point (each run starting where the previous ended); the left half is their mirror image."""
    back = [mirror_points(r, MIDLINE)[::-1] for r in runs[::-1]]
    return seg_path(outline(*(list(runs) + back)), close=True)


def fibres_between(a_pts, b_pts, n, t0=0.08, t1=0.92, ext=3, keep=7):
    """Fibres running along a muscle, blended between its two side borders a and b."""
    A = evenly(a_pts, 30)
    B = evenly(b_pts, 30)
    out = []
    for i in range(n):
        t = t0 + (t1 - t0) * i / max(n - 1, 1)
        line = [lerp(p, q, t) for p, q in zip(A, B)]
        line = resample(line, keep)
        out.append(smooth(extend(line, ext)))
    return " ".join(out)


def fibres_across(o_pts, i_pts, n, s0=0.04, s1=0.96, bend=None, ext=3):
    """Fibres from points along an origin line to the matching points along an insertion line."""
    O = evenly(o_pts, 40)
    I = evenly(i_pts, 40)
    out = []
    for k in range(n):
        s = s0 + (s1 - s0) * k / max(n - 1, 1)
        a = O[round(s * 39)]
        b = I[round(s * 39)]
        if bend:
            m = lerp(a, b, 0.5)
            m = (m[0] + bend[0], m[1] + bend[1])
            line = [a, m, b]
        else:
            line = [a, b]
        line = resample(sample(catmull_rom(line)), 5)
        out.append(smooth(extend(line, ext)))
    return " ".join(out)


def ring_fibres(outer, inner, n, t0=0.12, t1=0.9):
    """Concentric closed fibres between a closed outer and inner contour (same start, same sense)."""
    O = resample(sample(catmull_rom(outer, closed=True)), 61)[:-1]
    I = resample(sample(catmull_rom(inner, closed=True)), 61)[:-1]
    out = []
    for k in range(n):
        t = t0 + (t1 - t0) * k / max(n - 1, 1)
        loop = [lerp(o, i, t) for o, i in zip(O, I)]
        out.append(smooth(loop[::4], closed=True))
    return " ".join(out)


def strip(a, b, n=3, t0=0.2, t1=0.8, ends=None):
    """A strap muscle between side borders a and b (both running from origin to insertion)."""
    d = shape_d(a, ends or [b[-1]], b[::-1][1:] if ends is None else b[::-1])
    return d, fibres_between(a, b, n, t0, t1)


def mirror_d(d):
    """Mirror absolute path data (M, C, L, Z with x,y pairs) about the midline."""
    out = []
    for tok in d.split(" "):
        cmd = ""
        while tok and tok[0].isalpha():
            cmd += tok[0]
            tok = tok[1:]
        if tok:
            x, y = tok.split(",")
            tok = fmt(2 * MIDLINE - float(x)) + "," + y
        out.append(cmd + tok)
    return " ".join(out)


def both(d):
    """Path data and its mirror image."""
    return d + " " + mirror_d(d)

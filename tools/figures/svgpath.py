"""Path-data helpers shared by the figure and zone generators (python3, stdlib only)."""


def fmt(v):
    """A coordinate with one decimal, without a trailing .0 or a negative zero."""
    s = "%.1f" % v
    if s.endswith(".0"):
        s = s[:-2]
    return "0" if s == "-0" else s


def pt(p):
    return fmt(p[0]) + "," + fmt(p[1])


def seg_path(segs, move=True, close=False):
    """SVG path data of cubic segments (p0, c1, c2, p1)."""
    out = []
    if move:
        out.append("M" + pt(segs[0][0]))
    for (_, c1, c2, p) in segs:
        out.append("C" + pt(c1) + " " + pt(c2) + " " + pt(p))
    if close:
        out.append("Z")
    return " ".join(out)


def bez(seg, t):
    """The point at t of a cubic segment (p0, c1, c2, p1)."""
    p0, c1, c2, p1 = seg
    u = 1 - t
    return (u * u * u * p0[0] + 3 * u * u * t * c1[0] + 3 * u * t * t * c2[0] + t * t * t * p1[0],
            u * u * u * p0[1] + 3 * u * u * t * c1[1] + 3 * u * t * t * c2[1] + t * t * t * p1[1])

"""Path data shared by the figure and zone generators (python3, stdlib only): formatting, cubic
segments, parsing any SVG path data to absolute M/L/C/Z commands, flattening to polygons,
point-in-shape and distance tests, and the thin-plate-spline warp that carries content with moved
landmarks."""
import math
import re
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


# ---- SVG path data: parse to absolute commands and transform ----

_TOKEN = re.compile(r"[MmLlHhVvCcSsQqTtAaZz]|[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?")
_ARGS = {"M": 2, "L": 2, "H": 1, "V": 1, "C": 6, "S": 4, "Q": 4, "T": 2, "A": 7, "Z": 0}


def parse(d):
    """Absolute polyline/cubic commands: list of (cmd, [points]) with M, L, C, Z only."""
    toks = _TOKEN.findall(d)
    out = []
    i, cmd = 0, None
    cx = cy = sx = sy = 0.0
    while i < len(toks):
        t = toks[i]
        if re.match(r"[A-Za-z]", t):
            cmd = t
            i += 1
            if cmd in "Zz":
                out.append(("Z", []))
                cx, cy = sx, sy
                continue
        n = _ARGS[cmd.upper()]
        args = [float(x) for x in toks[i:i + n]]
        i += n
        rel = cmd.islower()
        C = cmd.upper()
        if C == "M":
            x, y = args
            if rel:
                x, y = x + cx, y + cy
            out.append(("M", [(x, y)]))
            cx, cy = sx, sy = x, y
            cmd = "l" if rel else "L"
        elif C == "L" or C == "T":
            x, y = args
            if rel:
                x, y = x + cx, y + cy
            out.append(("L", [(x, y)]))
            cx, cy = x, y
        elif C == "H":
            x = args[0] + (cx if rel else 0)
            out.append(("L", [(x, cy)]))
            cx = x
        elif C == "V":
            y = args[0] + (cy if rel else 0)
            out.append(("L", [(cx, y)]))
            cy = y
        elif C == "C":
            ps = [(args[k] + (cx if rel else 0), args[k + 1] + (cy if rel else 0)) for k in (0, 2, 4)]
            out.append(("C", ps))
            cx, cy = ps[2]
        elif C == "Q" or C == "S":
            ps = [(args[k] + (cx if rel else 0), args[k + 1] + (cy if rel else 0)) for k in (0, 2)]
            out.append(("C", [ps[0], ps[0], ps[1]]))
            cx, cy = ps[1]
        elif C == "A":
            rx, ry, rot, large, sweep, x, y = args
            if rel:
                x, y = x + cx, y + cy
            for p in arc_points((cx, cy), rx, ry, rot, int(large), int(sweep), (x, y)):
                out.append(("L", [p]))
            cx, cy = x, y
    return out


def arc_points(p0, rx, ry, phi, fa, fs, p1, n=16):
    x1, y1 = p0
    x2, y2 = p1
    phi = math.radians(phi)
    cp, sp = math.cos(phi), math.sin(phi)
    dx, dy = (x1 - x2) / 2, (y1 - y2) / 2
    x1p, y1p = cp * dx + sp * dy, -sp * dx + cp * dy
    rx, ry = abs(rx), abs(ry)
    lam = (x1p ** 2) / (rx ** 2) + (y1p ** 2) / (ry ** 2)
    if lam > 1:
        rx, ry = rx * math.sqrt(lam), ry * math.sqrt(lam)
    num = rx * rx * ry * ry - rx * rx * y1p * y1p - ry * ry * x1p * x1p
    den = rx * rx * y1p * y1p + ry * ry * x1p * x1p
    co = math.sqrt(max(0, num / den)) if den else 0
    if fa == fs:
        co = -co
    cxp, cyp = co * rx * y1p / ry, -co * ry * x1p / rx
    cx = cp * cxp - sp * cyp + (x1 + x2) / 2
    cy = sp * cxp + cp * cyp + (y1 + y2) / 2

    def ang(u, v):
        a = math.atan2(u[0] * v[1] - u[1] * v[0], u[0] * v[0] + u[1] * v[1])
        return a
    t1 = ang((1, 0), ((x1p - cxp) / rx, (y1p - cyp) / ry))
    dt = ang(((x1p - cxp) / rx, (y1p - cyp) / ry), ((-x1p - cxp) / rx, (-y1p - cyp) / ry))
    if not fs and dt > 0:
        dt -= 2 * math.pi
    elif fs and dt < 0:
        dt += 2 * math.pi
    pts = []
    for k in range(1, n + 1):
        t = t1 + dt * k / n
        x, y = rx * math.cos(t), ry * math.sin(t)
        pts.append((cp * x - sp * y + cx, sp * x + cp * y + cy))
    return pts


def unparse(cmds):
    out = []
    for c, ps in cmds:
        if c == "Z":
            out.append("Z")
        else:
            out.append(c + " ".join(pt(p) for p in ps))
    return " ".join(out)


def transform_path(d, f):
    return unparse([(c, [f(p) for p in ps]) for c, ps in parse(d)])


def flatten(d, per=12):
    """Closed polygons (lists of points) of path data."""
    polys, cur, last = [], None, (0, 0)
    for c, ps in parse(d):
        if c == "M":
            cur = [ps[0]]
            polys.append(cur)
            last = ps[0]
        elif c == "L":
            cur.append(ps[0])
            last = ps[0]
        elif c == "C":
            seg = (last, ps[0], ps[1], ps[2])
            for i in range(1, per + 1):
                cur.append(bez(seg, i / per))
            last = ps[2]
        elif c == "Z" and cur:
            last = cur[0]
    return polys


def contains(polys, p):
    x, y = p
    inside = False
    for pl in polys:
        n = len(pl)
        j = n - 1
        for i in range(n):
            xi, yi = pl[i]
            xj, yj = pl[j]
            if (yi > y) != (yj > y) and x < (xj - xi) * (y - yi) / (yj - yi) + xi:
                inside = not inside
            j = i
    return inside


def distance(polys, p):
    if contains(polys, p):
        return 0.0
    best = 1e18
    for pl in polys:
        n = len(pl)
        for i in range(n):
            a, b = pl[i - 1], pl[i]
            dx, dy = b[0] - a[0], b[1] - a[1]
            L = dx * dx + dy * dy
            t = 0 if L == 0 else max(0, min(1, ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / L))
            best = min(best, math.hypot(p[0] - a[0] - t * dx, p[1] - a[1] - t * dy))
    return best


# ---- thin-plate spline warp ----

def _solve(A, b):
    n = len(A)
    M = [row[:] + [b[i]] for i, row in enumerate(A)]
    for c in range(n):
        piv = max(range(c, n), key=lambda r: abs(M[r][c]))
        M[c], M[piv] = M[piv], M[c]
        pv = M[c][c]
        if abs(pv) < 1e-12:
            continue
        for r in range(n):
            if r != c:
                f = M[r][c] / pv
                if f:
                    for k in range(c, n + 1):
                        M[r][k] -= f * M[c][k]
    return [M[i][n] / M[i][i] if abs(M[i][i]) > 1e-12 else 0 for i in range(n)]


def tps(src, dst):
    """A smooth map taking each src point to its dst point (thin-plate spline)."""
    n = len(src)

    def U(r2):
        return 0.0 if r2 <= 0 else r2 * math.log(r2) * 0.5

    A = [[0.0] * (n + 3) for _ in range(n + 3)]
    for i in range(n):
        for j in range(n):
            dx, dy = src[i][0] - src[j][0], src[i][1] - src[j][1]
            A[i][j] = U(dx * dx + dy * dy)
        A[i][n], A[i][n + 1], A[i][n + 2] = 1.0, src[i][0], src[i][1]
        A[n][i], A[n + 1][i], A[n + 2][i] = 1.0, src[i][0], src[i][1]
    wx = _solve(A, [d[0] for d in dst] + [0, 0, 0])
    wy = _solve(A, [d[1] for d in dst] + [0, 0, 0])

    def f(p):
        x = wx[n] + wx[n + 1] * p[0] + wx[n + 2] * p[1]
        y = wy[n] + wy[n + 1] * p[0] + wy[n + 2] * p[1]
        for i in range(n):
            dx, dy = p[0] - src[i][0], p[1] - src[i][1]
            u = U(dx * dx + dy * dy)
            x += wx[i] * u
            y += wy[i] * u
        return (x, y)
    return f

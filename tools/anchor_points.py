#!/usr/bin/env python3
"""Rewrites the literal points of a figure or zone script as offsets from the view's landmarks.

    python3 tools/anchor_points.py tools/figures/lateral.py [--anchor 'out["teres-major"]=acromion']
    python3 tools/anchor_points.py tools/zones/posterior.py [--dry]

A new muscle or zone may be drawn in absolute coordinates first (read them off
`python3 tools/generate.py --preview VIEW`); this then writes each statement's points (x, y) as
at.<landmark>.points((dx, dy), ...) or at.<landmark>(dx, dy) on one landmark: the one --anchor names
for the statement's target or enclosing function, else the landmark nearest to their centre. The
picture does not change: `python3 tools/generate.py --check` says so. A corner mark (x, y, 'c')
is kept, and in zone scripts a band's centre point (x, y, half-width) keeps its width.

Options (names comma-separated): --anchor NAME=landmark-id,...  --skip NAME,...  (tables and data
that are not points); --per-point NAME,... (long outlines such as the skin: each point on its own
nearest landmark); --units FUNC,... (each call of FUNC in a statement on its own landmark);
--dict-units NAME,... (each value of the dict NAME on its own landmark); --dry (report only).
"""
import ast
import importlib.util
import math
import os
import sys
from decimal import Decimal

TOOLS = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, TOOLS)
sys.path.insert(0, os.path.join(TOOLS, 'figures'))

ALWAYS_SKIP = {'LANDMARKS', 'LM', 'VIEWBOX', 'VIEW_BOX', 'WARP_EXTRA', 'SPINE_Y', 'TRIGGER_POINTS', 'TP_POSITIONS',
               'trunk_x', 'OLECRANON'}     # tables that are not points, and (y, x) or (x, x) pairs
VECTOR_KEYWORDS = {'bend'}      # keyword arguments that are directions, not points
COMPOUND = (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef, ast.For, ast.While, ast.If, ast.With, ast.Try)
LIMIT = 118


def landmark_table(path, view):
    if os.sep + 'zones' + os.sep in os.path.abspath(path):
        from atlasgen.shapes import drawn_against, view_landmarks
        table = dict(view_landmarks(view))
        table.update(drawn_against(view) or {})
        return table
    spec = importlib.util.spec_from_file_location('anchored_' + view, path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return {lid: xy for lid, _, xy in module.LANDMARKS}


def number(n):
    if isinstance(n, ast.Constant) and type(n.value) in (int, float):
        return n.value
    if isinstance(n, ast.UnaryOp) and isinstance(n.op, ast.USub) and isinstance(n.operand, ast.Constant) \
            and type(n.operand.value) in (int, float):
        return -n.operand.value
    return None


def point(n, zones):
    """(x, y, text of a third element or None) of a literal point, else None."""
    if not isinstance(n, ast.Tuple) or len(n.elts) not in (2, 3) or not isinstance(n.ctx, ast.Load):
        return None
    x, y = number(n.elts[0]), number(n.elts[1])
    if x is None or y is None or not (100 <= x <= 720 and 0 <= y <= 1100):
        return None
    if len(n.elts) == 2:
        return (x, y, None)
    third = n.elts[2]
    if isinstance(third, ast.Name) and third.id == 'C':
        return (x, y, 'C')
    if isinstance(third, ast.Constant) and third.value == 'c':
        return (x, y, "'c'")
    w = number(third)
    return (x, y, repr(w)) if zones and w is not None and 0 < w < 40 else None


def placed(call):
    """A call at.<landmark>(...) or at.<landmark>.points(...) (or .level): its arguments are offsets."""
    f = call.func
    while isinstance(f, ast.Attribute):
        f = f.value
    return isinstance(f, ast.Name) and f.id == 'at'


def offset(v, origin):
    s = format((Decimal(repr(v)) - Decimal(repr(origin))).normalize(), 'f')
    return '0' if s == '-0' else s


class Rewriter:
    def __init__(self, path, view, opts):
        self.src = open(path).read()
        self.lines = self.src.split('\n')
        self.starts = [0]
        for ln in self.lines:
            self.starts.append(self.starts[-1] + len(ln) + 1)
        self.table = landmark_table(path, view)
        self.zones = os.sep + 'zones' + os.sep in os.path.abspath(path)
        self.opts = opts
        self.edits, self.report, self.chosen = [], [], {}

    def at(self, node, end=False):
        line, col = (node.end_lineno, node.end_col_offset) if end else (node.lineno, node.col_offset)
        return self.starts[line - 1] + len(self.lines[line - 1].encode()[:col].decode())

    def name(self, st, fn):
        if isinstance(st, ast.Assign):
            return ast.get_source_segment(self.src, st.targets[0])
        if isinstance(st, (ast.AugAssign, ast.AnnAssign)):
            return ast.get_source_segment(self.src, st.target)
        return fn

    def statements(self, body, fn=None):
        for st in body:
            if isinstance(st, (ast.FunctionDef, ast.AsyncFunctionDef)):
                yield from self.statements(st.body, st.name)
            elif isinstance(st, COMPOUND):
                if isinstance(st, ast.For):
                    yield ast.copy_location(ast.Expr(value=st.iter), st.iter), fn
                for field in ('body', 'orelse', 'finalbody'):
                    yield from self.statements(getattr(st, field, None) or [], fn)
                for h in getattr(st, 'handlers', None) or []:
                    yield from self.statements(h.body, fn)
            elif isinstance(st, ast.Assign) and isinstance(st.value, ast.Dict) \
                    and self.name(st, fn) in self.opts['dict-units']:
                for k, v in zip(st.value.keys, st.value.values):
                    yield ast.copy_location(ast.Expr(value=v), v), (k.value if isinstance(k, ast.Constant) else fn)
            else:
                units = [n for n in ast.walk(st) if isinstance(n, ast.Call) and isinstance(n.func, ast.Name)
                         and n.func.id in self.opts['units']]
                for u in units:
                    label = u.args[0].value if u.args and isinstance(u.args[0], ast.Constant) else fn
                    yield ast.copy_location(ast.Expr(value=u), u), label
                if not units:
                    yield st, fn

    def nearest(self, pts):
        cx, cy = sum(p[0] for p in pts) / len(pts), sum(p[1] for p in pts) / len(pts)
        return min(self.table, key=lambda k: math.hypot(self.table[k][0] - cx, self.table[k][1] - cy))

    def text(self, lid, p, single):
        o = offset(p[0], self.table[lid][0]), offset(p[1], self.table[lid][1])
        inner = o[0] + ', ' + o[1] + (', ' + p[2] if p[2] else '')
        return ('at.%s(%s)' if single else '(%s)') % ((lid.replace('-', '_'), inner) if single else inner)

    def run(self):
        for st, fn in self.statements(ast.parse(self.src).body):
            name = self.name(st, fn) if not isinstance(st, ast.Expr) else fn
            skip = ALWAYS_SKIP | self.opts['skip']
            if name in skip or fn in skip:
                continue
            # offsets already placed on a landmark, and directions, are not points
            vectors = {id(m) for n in ast.walk(st) if isinstance(n, ast.keyword) and n.arg in VECTOR_KEYWORDS
                       for m in ast.walk(n.value)}
            vectors |= {id(a) for n in ast.walk(st) if isinstance(n, ast.Call) and placed(n) for a in n.args}
            found = [(n, p) for n in ast.walk(st) if id(n) not in vectors for p in [point(n, self.zones)] if p]
            if found:
                self.place(st, name, fn, found)
        return self

    def place(self, st, name, fn, found):
        if name in self.opts['per-point']:
            for n, p in found:
                self.edits.append((self.at(n), self.at(n, True), self.text(self.nearest([p]), p, True)))
            self.report.append('%5d %-30s each point on its nearest landmark' % (st.lineno, name))
            return
        lid = self.opts['anchor'].get(name) or self.opts['anchor'].get(fn)
        if not lid and name and name.endswith('_f') and name[:-2] in self.chosen:
            lid = self.chosen[name[:-2]]     # a muscle's fibres hang where its outline hangs
        lid = lid or self.nearest([p for _, p in found])
        self.chosen[name] = lid
        self.report.append('%5d %-30s %-24s %3d points' % (st.lineno, (name or '')[:30], lid, len(found)))
        points, done = {id(n): p for n, p in found}, set()
        runs = 'at.%s.points(' % lid.replace('-', '_')
        for n in ast.walk(st):
            elts = n.elts if isinstance(n, ast.List) else n.args if isinstance(n, ast.Call) and len(n.args) > 1 else []
            if elts and all(id(e) in points for e in elts) and not done & {id(e) for e in elts}:
                body = ', '.join(self.text(lid, points[id(e)], False) for e in elts)
                if isinstance(n, ast.List):
                    self.edits.append((self.at(n), self.at(n, True), runs + body + ')'))
                else:
                    self.edits.append((self.at(elts[0]), self.at(elts[-1], True), '*' + runs + body + ')'))
                done.update(id(e) for e in elts)
        for n, p in found:
            if id(n) not in done:
                self.edits.append((self.at(n), self.at(n, True), self.text(lid, p, True)))

    def result(self):
        out = self.src
        for s0, s1, text in sorted(self.edits, reverse=True):
            out = out[:s0] + text + out[s1:]
        return '\n'.join(w for ln in out.split('\n') for w in (wrap(ln) if 'at.' in ln else [ln]))


def breaks(line, base):
    """Places to break a line after a comma inside brackets: (position, column to continue at, before an at.)."""
    stack, quote, out = ([] if base is None else [base]), None, []
    i = 0
    while i < len(line):
        ch = line[i]
        if quote:
            if ch == '\\':
                i += 1
            elif ch == quote:
                quote = None
        elif ch in '"\'':
            quote = ch
        elif ch == '#':
            break
        elif ch in '([{':
            stack.append(i)
        elif ch in ')]}' and stack:
            stack.pop()
        elif ch == ',' and stack and (line[i + 1:i + 3] == ' (' or line[i + 1:i + 5] == ' at.'):
            out.append((i + 1, stack[-1] + 1, line[i + 1:i + 5] == ' at.'))
        i += 1
    return out


def wrap(line):
    """The line broken to at most LIMIT characters where it can be, continuing under its bracket."""
    res = []
    indent = len(line) - len(line.lstrip())
    base = indent - 1 if indent else None
    while len(line) > LIMIT:
        cands = [b for b in breaks(line, base) if b[0] <= LIMIT and b[1] < b[0] - 1 and b[1] < 100]
        if not cands:
            break
        args = [b for b in cands if b[2] and b[0] >= 0.6 * LIMIT]
        p, c, _ = (args or cands)[-1]
        res.append(line[:p].rstrip())
        line = ' ' * c + line[p:].lstrip()
        base = c - 1
    return res + [line]


def main(argv):
    if not argv or argv[0].startswith('-'):
        sys.exit(__doc__)
    path = argv[0]
    opts = {k: set() for k in ('skip', 'per-point', 'units', 'dict-units')}
    opts['anchor'] = {}
    for i, a in enumerate(argv):
        if a.startswith('--') and a[2:] in opts and i + 1 < len(argv):
            values = argv[i + 1].split(',')
            if a == '--anchor':
                opts['anchor'].update(v.split('=', 1) for v in values)
            else:
                opts[a[2:]].update(values)
    view = os.path.splitext(os.path.basename(path))[0]
    r = Rewriter(path, view, opts).run()
    print('\n'.join(r.report) or 'no literal points', file=sys.stderr)
    if '--dry' not in argv:
        with open(path, 'w') as f:
            f.write(r.result())


if __name__ == '__main__':
    main(sys.argv[1:])

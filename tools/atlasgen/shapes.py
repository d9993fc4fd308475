"""Where the generators' outlines go, and the checks every generator shares (python3, stdlib only).

Zone and region outlines are written to atlas-data/shapes/<view>.json by name. Muscle files and
regions.json are written by hand and refer to an outline as "#name" in their shapes of that view;
no generator rewrites them. A generator collects its problems in a Problems and ends with
problems.exit(): a problem is a non-zero exit, so a build that runs the generators fails on it.

Landmarks carry the outlines: each zone script's point lists were drawn against the landmark
positions saved in tools/zones/landmarks/<view>.json. When the figure script moves a landmark, the
outlines are warped with a thin-plate spline from the saved landmarks to the figure's (so a zone on
the acromion follows the acromion); after re-drawing by hand, save the new positions with --rebase.
"""
import json
import os
import sys

from atlasgen.landmarks import Landmarks
from atlasgen.paths import fmt, parse, tps, unparse

ROOT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..'))
ATLAS = os.path.join(ROOT, 'atlas-data')
PREFIX = '#'


class Problems:
    """Problems of one generator run; exit() ends the run with status 1 if there were any."""

    def __init__(self, tool):
        self.tool = tool
        self.items = []

    def add(self, message):
        self.items.append(message)

    def exit(self):
        for m in self.items:
            print('%s: %s' % (self.tool, m), file=sys.stderr)
        if self.items:
            print('%s: %d problem(s)' % (self.tool, len(self.items)), file=sys.stderr)
            sys.exit(1)


def load(path):
    with open(path, encoding='utf-8') as f:
        return json.load(f)


def dump(path, data):
    """Writes JSON as the atlas files are written (2-space indent, UTF-8, final newline); only if changed."""
    text = json.dumps(data, indent=2, ensure_ascii=False) + '\n'
    if os.path.exists(path):
        with open(path, encoding='utf-8') as f:
            if f.read() == text:
                return False
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, 'w', encoding='utf-8') as f:
        f.write(text)
    return True


def muscle_files():
    d = os.path.join(ATLAS, 'muscles')
    return [os.path.join(d, f) for f in sorted(os.listdir(d)) if f.endswith('.json')]


def view_landmarks(view):
    """{id: (x, y)} of a view's landmarks, as the figure script last wrote them."""
    return {lm['id']: tuple(lm['at']) for lm in load(os.path.join(ATLAS, 'views', view + '.json'))['landmarks']}


def anchors(view, rebase=False):
    """Landmarks to place zone outlines on, as in the figure scripts: at.acromion(dx, dy),
    at.acromion.points((dx, dy), ...). A landmark is taken where the zones were drawn against it
    (tools/zones/landmarks/<view>.json), so that when the figure moves it, carry() moves the outline
    once, with everything else drawn there; a landmark newer than that file is taken from the figure.
    rebase: take every landmark where the figure has it now (the run that saves them as drawn against,
    so the points placed on a moved landmark stay on it)."""
    table = dict(view_landmarks(view))
    if not rebase:
        table.update(drawn_against(view) or {})
    return Landmarks(view, [(k, k, xy) for k, xy in sorted(table.items())]).anchors


def landmark(view, lid, dx=0.0, dy=0.0):
    """A point placed relative to a named landmark of the view (see anchors)."""
    return getattr(anchors(view), lid.replace('-', '_'))(dx, dy)


def _snapshot_path(view):
    return os.path.join(ROOT, 'tools', 'zones', 'landmarks', view + '.json')


def drawn_against(view):
    """{id: (x, y)} of the landmarks the view's zone outlines were drawn against (None before the first run)."""
    snap = _snapshot_path(view)
    return {k: tuple(v) for k, v in load(snap).items()} if os.path.exists(snap) else None


def follow(then, now, named):
    """The outlines {name: [path data]} warped from landmarks `then` to landmarks `now` (thin-plate
    spline through the landmarks both have); unchanged when none moved."""
    common = [k for k in sorted(then) if k in now]
    if all(then[k] == now[k] for k in common):
        return named
    f = tps([then[k] for k in common], [now[k] for k in common])
    return {n: [unparse([(c, [f(p) for p in ps]) for c, ps in parse(d)]) for d in ds] for n, ds in named.items()}


def carry(view, named, rebase=False):
    """The outlines warped from the landmarks they were drawn against to where the figure has them now."""
    now = view_landmarks(view)
    then = drawn_against(view)
    if rebase or then is None:
        dump(_snapshot_path(view), {k: list(v) for k, v in sorted(now.items())})
        return named
    moved = [k for k in sorted(then) if k in now and then[k] != now[k]]
    if moved:
        print('landmarks moved (%s): the %s outlines follow them' % (', '.join(moved), view), file=sys.stderr)
    return follow(then, now, named)


def references(view):
    """(file, where, shape) for every shape of the view in muscle files and regions.json: "#name" or path data."""
    out = []
    for path in muscle_files():
        for m in load(path).get('muscles', []):
            for tp in m.get('triggerPoints', []):
                for kind in ('essential', 'spillover'):
                    for i, z in enumerate(tp.get('referral', {}).get(kind, [])):
                        for d in z.get('shapes', {}).get(view, []):
                            out.append((path, '%s %s zone %d' % (tp['id'], kind, i), d))
    path = os.path.join(ATLAS, 'regions.json')
    for r in load(path)['regions']:
        for d in r.get('shapes', {}).get(view, []):
            out.append((path, 'region ' + r['id'], d))
    return out


def write_shapes(view, named, problems, rebase=False):
    """Writes atlas-data/shapes/<view>.json and checks that references and outlines match both ways."""
    named = carry(view, named, rebase)
    path = os.path.join(ATLAS, 'shapes', view + '.json')
    dump(path, {'$schema': '../schema/shapes.schema.json', 'view': view,
                'shapes': {n: list(ds) for n, ds in named.items()}})
    used = set()
    for file, where, shape in references(view):
        if not shape.startswith(PREFIX):
            problems.add('%s: %s has path data of its own in the %s view; generated views take "#name" '
                         'references to atlas-data/shapes/%s.json' % (os.path.relpath(file, ROOT), where, view, view))
            continue
        name = shape[1:]
        used.add(name)
        if name not in named:
            problems.add('%s: %s refers to "#%s", which no %s outline has' % (
                os.path.relpath(file, ROOT), where, name, view))
    for name in named:
        if name not in used:
            problems.add('the %s outline "%s" is drawn but nothing refers to it' % (view, name))
    return named


def migrate(view, zone_refs, region_refs):
    """One-off: replace inline shapes of the view by references, for zones keyed (tp id, kind, index)
    and regions keyed by id. Kept for atlases written before the shapes files."""
    for path in muscle_files():
        data = load(path)
        for m in data.get('muscles', []):
            for tp in m['triggerPoints']:
                for kind in ('essential', 'spillover'):
                    for i, z in enumerate(tp['referral'].get(kind, [])):
                        names = zone_refs.get((tp['id'], kind, i))
                        if names:
                            z['shapes'][view] = [PREFIX + n for n in names]
        dump(path, data)
    path = os.path.join(ATLAS, 'regions.json')
    data = load(path)
    for r in data['regions']:
        if r['id'] in region_refs:
            r['shapes'][view] = [PREFIX + n for n in region_refs[r['id']]]
    dump(path, data)


def resolved_shapes(view):
    """{name: [path data]} of the view's shapes file, for checks that need the drawn outlines."""
    path = os.path.join(ATLAS, 'shapes', view + '.json')
    return load(path)['shapes'] if os.path.exists(path) else {}


def resolve(view, paths):
    """Path data of a shapes list that may hold references."""
    named = resolved_shapes(view)
    out = []
    for d in paths:
        out.extend(named.get(d[1:], []) if d.startswith(PREFIX) else [d])
    return out


__all__ = ['Problems', 'load', 'dump', 'muscle_files', 'view_landmarks', 'anchors', 'landmark', 'carry', 'references',
           'write_shapes', 'migrate', 'drawn_against', 'follow', 'resolved_shapes', 'resolve', 'fmt', 'ROOT', 'ATLAS', 'PREFIX']

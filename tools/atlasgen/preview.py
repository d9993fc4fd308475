"""An SVG of one view with labels, to check a drawing by eye before the app is built (stdlib only).

Art in greys, atlas muscles in a light red with their ids at their centres, landmarks as blue dots
with their ids, and, for one muscle, its trigger points (X) and zones (essential solid, spillover
hatched) with their outline names.
"""
import os
from xml.sax.saxutils import escape

from atlasgen.paths import flatten
from atlasgen.shapes import ATLAS, PREFIX, load, muscle_files, resolve

ART = {'silhouette': '#f1e4da', 'bone': '#e8e2cf', 'cartilage': '#d8dde4', 'tendon': '#efe8d6',
       'muscle': '#e7c9c0', 'feature': 'none', 'outline': 'none'}


def _centre(d):
    pts = [p for poly in flatten(d) for p in poly]
    if not pts:
        return None
    return (sum(p[0] for p in pts) / len(pts), sum(p[1] for p in pts) / len(pts))


def _label(p, text, colour, size=5):
    return ('<text x="%.1f" y="%.1f" font-size="%s" font-family="sans-serif" fill="%s" text-anchor="middle" '
            'stroke="white" stroke-width="0.6" paint-order="stroke">%s</text>' % (p[0], p[1], size, colour,
                                                                                 escape(text)))


def _muscle(mid):
    for path in muscle_files():
        for m in load(path)['muscles']:
            if m['id'] == mid:
                return m
    raise SystemExit('no muscle "%s" in atlas-data/muscles' % mid)


def write_preview(view, layer, muscle_id, out):
    v = load(os.path.join(ATLAS, 'views', view + '.json'))
    x, y, w, h = v['viewBox']
    parts = ['<svg xmlns="http://www.w3.org/2000/svg" viewBox="%s %s %s %s" width="%d" height="%d">'
             % (x, y, w, h, w * 2, h * 2),
             '<defs><pattern id="hatch" width="3" height="3" patternUnits="userSpaceOnUse" '
             'patternTransform="rotate(45)"><line x1="0" y1="0" x2="0" y2="3" stroke="#c62828" '
             'stroke-width="1.2"/></pattern></defs>',
             '<rect x="%s" y="%s" width="%s" height="%s" fill="white"/>' % (x, y, w, h)]
    for a in v['art']:
        if a.get('layer', layer) != layer:
            continue
        fill = ART.get(a['kind'], 'none')
        parts.append('<path d="%s" fill="%s" stroke="#8a7f78" stroke-width="0.4" fill-rule="evenodd"/>'
                     % (a['path'], fill))
    labels = []
    for s in v['muscles']:
        if s['layer'] != layer:
            continue
        selected = s['muscle'] == muscle_id
        parts.append('<path d="%s" fill="%s" fill-opacity="0.8" stroke="#7a3b2e" stroke-width="0.4" '
                     'fill-rule="evenodd"/>' % (s['path'], '#6fa8dc' if selected else '#d9a49a'))
        c = _centre(s['path'])
        if c:
            labels.append(_label(c, s['muscle'], '#4a1f16', 4))
    if muscle_id:
        m = _muscle(muscle_id)
        for tp in m['triggerPoints']:
            for kind in ('essential', 'spillover'):
                for z in tp['referral'].get(kind, []):
                    shapes = z['shapes'].get(view, [])
                    for d in resolve(view, shapes):
                        fill = '#c62828' if kind == 'essential' else 'url(#hatch)'
                        parts.append('<path d="%s" fill="%s" fill-opacity="0.75" stroke="#c62828" '
                                     'stroke-width="0.5"/>' % (d, fill))
                        c = _centre(d)
                        names = ' '.join(s[1:] for s in shapes if s.startswith(PREFIX))
                        if c:
                            labels.append(_label(c, names or kind, '#000', 3.5))
            p = tp['positions'].get(view)
            if p:
                parts.append('<path d="M%s,%s l3,3 m-3,0 l3,-3" transform="translate(-1.5,-1.5)" stroke="black" '
                             'stroke-width="1"/>' % (p[0], p[1]))
                labels.append(_label((p[0], p[1] - 3), 'TrP%d' % tp['number'], '#000', 4))
    for lm in v['landmarks']:
        px, py = lm['at']
        parts.append('<circle cx="%s" cy="%s" r="1.2" fill="#1565c0"/>' % (px, py))
        labels.append(_label((px + 2, py - 1.5), lm['id'], '#1565c0', 3.5))
    parts += labels
    parts.append('</svg>')
    with open(out, 'w', encoding='utf-8') as f:
        f.write('\n'.join(parts) + '\n')

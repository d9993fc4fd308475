"""Named landmarks of a view and points placed relative to them (python3, stdlib only).

Each figure script has one landmark table, [(id, name, (x, y))]: the bony and surface points of the
canon (acromion, C7, mastoid, gonion, ...). Its muscles and art are written as offsets from those
landmarks, so moving a landmark in the table carries everything placed on it:

    at = Landmarks('anterior', LANDMARKS).anchors
    DELT_ANT = at.acromion.points((53, 4), (51.5, 18), (45.5, 36))   # a run of points
    tip = at.acromion(-11, 0)                                        # one point
    edge = at.acromion(2, 3, 'c')                                    # a corner point
    cut = at.acromion.level(-3, CUT)                                 # on a cut line, beside the landmark

An attribute of `at` is the landmark id with '-' written '_' (at.mastoid_process). The zone scripts
read the landmarks from the written view files (atlasgen.shapes), so the zones follow them too.

MOVED lets a check move landmarks in memory before a figure script is loaded: {(view, id): (dx, dy)}.
"""

MOVED = {}


def _add(a, b):
    # an offset is written with at most a few decimals; rounding to 6 gives back exactly the number
    # a literal coordinate would have been (so the refactor to offsets kept every byte of the output)
    return round(a + b, 6)


class Anchor:
    """A landmark's position; calling it with an offset gives a point placed on the landmark."""

    def __init__(self, lid, xy):
        self.id = lid
        self.x, self.y = xy

    def __call__(self, dx, dy, *mark):
        return (_add(self.x, dx), _add(self.y, dy)) + mark

    def level(self, dx, y, *mark):
        """A point dx across from the landmark on the height y (a cut line of the figure, such as CUT)."""
        return (_add(self.x, dx), y) + mark

    def points(self, *offsets):
        """A run of points, each an offset (dx, dy) or (dx, dy, 'c') from the landmark."""
        return [self(*o) for o in offsets]

    def __repr__(self):
        return 'Anchor(%s at %s, %s)' % (self.id, self.x, self.y)


class _Anchors:
    def __init__(self, table):
        self._table = table

    def __getattr__(self, name):
        lid = name.replace('_', '-')
        if lid not in self._table:
            raise AttributeError('no landmark %r in this view (have: %s)' % (lid, ', '.join(sorted(self._table))))
        return Anchor(lid, self._table[lid])


class Landmarks:
    """A view's landmark table, with any in-memory moves (MOVED) applied."""

    def __init__(self, view, table):
        self.view = view
        self.table = []
        for lid, name, (x, y) in table:
            dx, dy = MOVED.get((view, lid), (0, 0))
            self.table.append((lid, name, (_add(x, dx), _add(y, dy)) if (dx or dy) else (x, y)))
        self.positions = {lid: xy for lid, _, xy in self.table}
        if len(self.positions) != len(self.table):
            raise ValueError('%s: a landmark id is given twice' % view)
        self.anchors = _Anchors(self.positions)

    def json(self):
        """The landmarks as the view file lists them."""
        return [{"id": lid, "name": name, "at": [xy[0], xy[1]]} for lid, name, xy in self.table]

#!/usr/bin/env python3
"""Regenerates everything in atlas-data/ that is drawn by script, and checks it (python3, stdlib only).

    python3 tools/generate.py            run the figure scripts, then the zone scripts, then tools/tests; exit 1
                                         if any check or test fails
    python3 tools/generate.py --check    the same, then fail if atlas-data/ differs from git (what CI runs:
                                         the committed data is what the scripts make)
    python3 tools/generate.py --preview VIEW [--layer deep] [--muscle ID] [--out FILE.svg]
                                         only write an SVG of the view with the muscles, landmarks and (for
                                         --muscle) the referral zones labelled; default $TMPDIR/atlas-VIEW.svg

Figures first (views/*.json: landmarks, art, muscle shapes), then zones and regions
(shapes/*.json), since the zone outlines follow the figure's landmarks.
"""
import os
import subprocess
import sys
import tempfile

TOOLS = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(TOOLS)
VIEWS = ('anterior', 'lateral', 'posterior')
SCRIPTS = [os.path.join('figures', v + '.py') for v in VIEWS] + [os.path.join('zones', v + '.py') for v in VIEWS]


def run_all():
    failed = []
    for script in SCRIPTS:
        r = subprocess.run([sys.executable, os.path.join(TOOLS, script)], cwd=ROOT,
                           stdout=subprocess.DEVNULL)
        if r.returncode:
            failed.append(script)
    # the generators' own tests (tools/tests): e.g. a landmark moved in memory carries its muscles and zones
    r = subprocess.run([sys.executable, '-B', '-m', 'unittest', 'discover', '-q', '-s', os.path.join(TOOLS, 'tests')],
                       cwd=ROOT)
    if r.returncode:
        failed.append('tests (python3 -m unittest discover -s tools/tests)')
    return failed


def unchanged():
    """True when atlas-data/ is as committed (no changed or new files)."""
    r = subprocess.run(['git', 'status', '--porcelain', '--', 'atlas-data'], cwd=ROOT, capture_output=True,
                       text=True, check=True)
    if r.stdout.strip():
        print('atlas-data/ differs from what the generators make; run python3 tools/generate.py and commit:\n'
              + r.stdout, file=sys.stderr)
        subprocess.run(['git', '--no-pager', 'diff', '--stat', '--', 'atlas-data'], cwd=ROOT)
        return False
    return True


def option(argv, name, default=None):
    return argv[argv.index(name) + 1] if name in argv and argv.index(name) + 1 < len(argv) else default


def main(argv):
    if '--preview' in argv:
        sys.path.insert(0, TOOLS)
        from atlasgen.preview import write_preview
        view = option(argv, '--preview')
        if view not in VIEWS:
            sys.exit('--preview needs a view: ' + ', '.join(VIEWS))
        out = option(argv, '--out', os.path.join(tempfile.gettempdir(), 'atlas-%s.svg' % view))
        write_preview(view, option(argv, '--layer', 'superficial'), option(argv, '--muscle'), out)
        print('wrote', out)
        return 0
    failed = run_all()
    for script in failed:
        print('FAILED: tools/' + script, file=sys.stderr)
    if failed:
        return 1
    if '--check' in argv and not unchanged():
        return 1
    return 0


if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))

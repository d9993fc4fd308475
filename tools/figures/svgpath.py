"""Kept for the figure scripts' imports: the shared path helpers live in tools/atlasgen/paths.py."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from atlasgen.paths import bez, fmt, pt, seg_path  # noqa: E402,F401

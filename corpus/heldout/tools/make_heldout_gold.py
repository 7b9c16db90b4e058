#!/usr/bin/env python3
"""Builds corpus/heldout/gold/<base>.json from tools/specs/<base>.spec.

Authoring aid only (the Maven build never runs it). It is the samples' tool, corpus/samples/tools/make_gold.py,
pointed at this folder: same spec format, same options, same derivations. From the repository root:

    python3 corpus/heldout/tools/make_heldout_gold.py                 # every spec
    python3 corpus/heldout/tools/make_heldout_gold.py --review BASE   # one document, printed for review
    python3 corpus/heldout/tools/make_heldout_gold.py --counts        # the README counts table
"""
import importlib.util
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
HELDOUT = HERE.parent
SAMPLES_TOOL = HELDOUT.parent / "samples" / "tools" / "make_gold.py"

spec = importlib.util.spec_from_file_location("make_gold", SAMPLES_TOOL)
make_gold = importlib.util.module_from_spec(spec)
spec.loader.exec_module(make_gold)
make_gold.DOCS = HELDOUT / "docs"
make_gold.GOLD = HELDOUT / "gold"
make_gold.SPECS = HERE / "specs"

if __name__ == "__main__":
    sys.exit(make_gold.main(sys.argv[1:]))

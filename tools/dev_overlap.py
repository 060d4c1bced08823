#!/usr/bin/env python3
"""List every run of N words (default 6) that a project file shares with the dev articles.

The dev articles' sentences must never be copied into the project (tests, examples, data,
comments). Usage: python3 tools/dev_overlap.py [N]   (reads ../shared/corpus/dev/*.txt)
"""
from __future__ import annotations

import re
import sys
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEV = ROOT.parent / "shared" / "corpus" / "dev"
SCAN = ("src", "tests", "examples", "docs", "queries", "benchmarks", "ontology", "README.md")
SKIP_PARTS = {"heldout", "__pycache__", "work"}


def words(text: str) -> list[str]:
    text = "".join(c for c in unicodedata.normalize("NFKD", text) if unicodedata.category(c) != "Mn")
    return re.findall(r"\w+", text.lower())


def main() -> int:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 6
    grams = {}
    for f in sorted(DEV.glob("*.txt")):
        w = words(f.read_text(encoding="utf-8"))
        for i in range(len(w) - n + 1):
            grams.setdefault(tuple(w[i:i + n]), f.name)
    hits = 0
    for top in SCAN:
        base = ROOT / top
        files = [base] if base.is_file() else sorted(p for p in base.rglob("*") if p.is_file())
        for p in files:
            if SKIP_PARTS & set(p.relative_to(ROOT).parts) or p.suffix in (".pyc", ".png", ".jar"):
                continue
            try:
                lines = p.read_text(encoding="utf-8").splitlines()
            except (UnicodeDecodeError, OSError):
                continue
            for ln, line in enumerate(lines, 1):
                w = words(line)
                for i in range(len(w) - n + 1):
                    if tuple(w[i:i + n]) in grams:
                        print(f"{p.relative_to(ROOT)}:{ln}: shares {' '.join(w[i:i + n])!r} with {grams[tuple(w[i:i + n])]}")
                        hits += 1
                        break
    return 1 if hits else 0


if __name__ == "__main__":
    sys.exit(main())

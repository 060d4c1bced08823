"""Language knowledge as data: ``kg/data/lang/<lang>/*.json``.

Each language has a folder of JSON files (``dates.json``, ``numbers.json``, ``lexicon.json`` ...)
holding the lists and tables its extractor reads (trigger words, reporting verbs, month and
weekday names, number words, titles, head nouns ...); they are merged into one dict, a key
appearing in two files being an error. Adding a word touches a file, not the code.
"""
from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

DATA = Path(__file__).resolve().parent.parent / "data" / "lang"


@lru_cache(maxsize=None)
def load_lexicon(lang: str) -> dict:
    folder = DATA / lang
    files = sorted(folder.glob("*.json"))
    if not files:
        raise FileNotFoundError(f"{folder}: no lexicon files for language {lang!r}")
    merged: dict = {}
    for path in files:
        with path.open(encoding="utf-8") as fh:
            part = json.load(fh)
        clash = set(part) & set(merged)
        if clash:
            raise ValueError(f"{path}: keys {sorted(clash)} are already defined in another file of {folder}")
        merged.update(part)
    return merged

"""Check the held-out gold files against their articles (no project imports; run with any Python 3).

    python3 tests/heldout/validate_gold.py [DIR]

Every alias, quote fragment and date_text must be an exact substring of the article; every key a
handover or statement names must be declared once; articles must be 120-400 words.
"""
from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path

REQUIRED = {"article", "lang", "publication_date", "bases", "forces", "persons", "organizations",
            "handovers", "statements"}


def check(gold_path: Path) -> list[str]:
    g = json.loads(gold_path.read_text(encoding="utf-8"))
    text = (gold_path.parent / g["article"]).read_text(encoding="utf-8")
    errs = [f"missing keys {sorted(REQUIRED - set(g))}"] if not REQUIRED <= set(g) else []
    keys = Counter()
    for kind in ("bases", "forces", "persons", "organizations"):
        for e in g[kind]:
            keys[e["key"]] += 1
            errs += [f"{kind}/{e['key']}: alias not in text: {a!r}" for a in e["aliases"] if a not in text]
    errs += [f"key {k} declared {c} times" for k, c in keys.items() if c > 1]
    actors = {e["key"] for k in ("forces", "persons", "organizations") for e in g[k]}
    bases = {e["key"] for e in g["bases"]}
    for h in g["handovers"]:
        if h["base"] not in bases:
            errs.append(f"handover base {h['base']} not declared")
        for role in ("from", "to"):
            named = [h.get(role), h.get(f"{role}_unit"), *h.get(f"{role}_alternatives", []), *h.get(f"{role}_also", [])]
            errs += [f"handover {h['base']}: {role} {v} not declared" for v in named if v and v not in actors]
        if h.get("date") and not re.fullmatch(r"\d{4}-\d\d-\d\d", h["date"]):
            errs.append(f"handover {h['base']}: bad date {h['date']}")
        if h.get("date_text") and h["date_text"] not in text:
            errs.append(f"handover {h['base']}: date_text not in text")
    for s in g["statements"]:
        if s["quote_fragment"] not in text:
            errs.append(f"quote fragment not in text: {s['quote_fragment']!r}")
        errs += [f"speaker {sp} not declared" for sp in [s["speaker"], *s.get("speaker_alternatives", [])]
                 if sp not in actors]
    words = len(text.split())
    if not 120 <= words <= 400:
        errs.append(f"{words} words")
    return errs


def main() -> int:
    folder = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).parent
    bad = 0
    for p in sorted(folder.glob("h*.json")):
        errs = check(p)
        bad += bool(errs)
        for e in errs:
            print(f"{p.name}: {e}")
    print("ok" if not bad else f"{bad} file(s) with errors")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())

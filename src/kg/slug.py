"""ASCII keys for IRIs, made from names in any script (deterministic, IRI-safe)."""
from __future__ import annotations

import hashlib
import re

from .normalise import fold

_AR2LAT = str.maketrans({
    "ا": "a", "ب": "b", "ت": "t", "ث": "th", "ج": "j", "ح": "h", "خ": "kh", "د": "d", "ذ": "dh",
    "ر": "r", "ز": "z", "س": "s", "ش": "sh", "ص": "s", "ض": "d", "ط": "t", "ظ": "z", "ع": "a",
    "غ": "gh", "ف": "f", "ق": "q", "ك": "k", "ل": "l", "م": "m", "ن": "n", "ه": "h", "و": "w",
    "ي": "y", "ء": "", "پ": "p", "چ": "ch", "ژ": "zh", "ڤ": "v",
})


def transliterate(text: str) -> str:
    """Rough Latin rendering of normalised Arabic (for keys, never for labels)."""
    return fold(text).translate(_AR2LAT)


def slug(name: str, max_words: int = 6) -> str:
    """``"قاعدة تل بيدر"`` -> ``qaadh-tl-bydr-1a2b3c4d``: readable words + a hash of the
    normalised name, so two different names never share a key."""
    folded = fold(name)
    words = re.findall(r"[a-z0-9]+", transliterate(folded))[:max_words]
    digest = hashlib.sha1(folded.encode("utf-8")).hexdigest()[:8]
    return "-".join(words + [digest]) if words else digest

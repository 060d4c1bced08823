"""Script-independent sound keys for names, so that باركر and Barker meet.

Both scripts are reduced to a consonant skeleton over one small alphabet: Arabic letters map to
their usual Latin consonant (emphatics to the plain one, ع/ء/vowel letters dropped), Latin
spelling is folded the same way (v->f, p->b, c->k/s, q->k, x->ks, digraphs sh/th/kh/gh/ch/ph),
vowels dropped, doubled consonants collapsed. Two names are compatible when their skeletons
are within one edit of each other per five consonants (half an edit for a short word), adding or
dropping a weak consonant (h, f/v) or writing a final s for z (an English s sounded z is ز) costing half.
"""
from __future__ import annotations

import re
from functools import lru_cache

from .normalise import fold

_AR = {
    "ب": "b", "ت": "t", "ط": "t", "ث": "s", "ج": "j", "ح": "h", "ه": "h", "خ": "h", "د": "d",
    "ض": "d", "ذ": "z", "ز": "z", "ظ": "z", "ر": "r", "س": "s", "ص": "s", "ش": "s", "غ": "g",
    "ق": "k", "ك": "k", "ل": "l", "م": "m", "ن": "n", "ف": "f", "پ": "b", "چ": "s", "ڤ": "f",
    "ع": "", "ء": "", "ا": "", "و": "", "ي": "",
}
_LATIN_DIGRAPHS = (("sch", "s"), ("tch", "s"), ("sh", "s"), ("ch", "s"), ("th", "t"), ("kh", "h"),
                   ("gh", "g"), ("ph", "f"), ("dh", "z"), ("ck", "k"), ("qu", "k"), ("ou", "u"))
_LATIN = {"v": "f", "p": "b", "q": "k", "x": "ks", "c": "k", "w": "", "y": "", "j": "j", "g": "g",
          "a": "", "e": "", "i": "", "o": "", "u": ""}
_ARABIC_LETTER = re.compile(r"[\u0621-\u064A]")


def _latin_skeleton(word: str) -> str:
    w = word.lower()
    w = re.sub(r"c(?=[eiy])", "s", w)
    w = re.sub(r"g(?=[eiy])", "j", w)
    for a, b in _LATIN_DIGRAPHS:
        w = w.replace(a, b)
    return "".join(_LATIN.get(ch, ch) for ch in w if ch.isalpha())


def _arabic_skeleton(word: str) -> str:
    if word.endswith("ه") and len(word) > 2:      # ta marbuta (folded to ه) is a vowel in names
        word = word[:-1]
    return "".join(_AR.get(ch, "") for ch in word)


def _collapse(s: str) -> str:
    return re.sub(r"(.)\1+", r"\1", s)


@lru_cache(maxsize=65536)
def skeleton(name: str) -> tuple[str, ...]:
    """One consonant skeleton per word of the name (words of 1 letter dropped)."""
    out = []
    for word in re.findall(r"\w+", fold(name.replace("-", " "))):
        if _ARABIC_LETTER.search(word):
            if word.startswith("ال") and len(word) > 3:
                word = word[2:]
            sk = _arabic_skeleton(word)
        else:
            if word in ("al", "el", "the"):
                continue
            sk = _latin_skeleton(word)
        sk = _collapse(sk)
        if sk:
            out.append(sk)
    return tuple(out)


WEAK = frozenset("hf")   # often written in one script and not the other (ح/ه dropped, و read as v)


# an English word-final s sounded as z is written ز in Arabic (Des -> ديز, Rose -> روز): a half
# edit there only (Zaid and سعيد, Musa and موزة are other names)
VOICED_PAIRS = frozenset({frozenset("sz")})


def _swap(ca: str, cb: str, last: bool) -> float:
    return 0.0 if ca == cb else 0.5 if last and frozenset((ca, cb)) in VOICED_PAIRS else 1.0


def _distance(a: str, b: str) -> float:
    """Edit distance where adding or dropping a weak consonant, or writing a final s for z, costs half."""
    cost = lambda ch: 0.5 if ch in WEAK else 1.0  # noqa: E731
    prev = [0.0]
    for cb in b:
        prev.append(prev[-1] + cost(cb))
    for i, ca in enumerate(a, 1):
        cur = [prev[0] + cost(ca)]
        for j, cb in enumerate(b, 1):
            swap = _swap(ca, cb, i == len(a) and j == len(b))
            cur.append(min(prev[j] + cost(ca), cur[j - 1] + cost(cb), prev[j - 1] + swap))
        prev = cur
    return prev[-1]


def words_sound_alike(a: str, b: str) -> bool:
    if not a or not b:
        return False
    allowed = max(len(a), len(b)) // 5 + (1 if min(len(a), len(b)) >= 3 else 0.5)
    return _distance(a, b) <= allowed


def _strong(words: tuple[str, ...]) -> tuple[str, ...]:
    """Words with more than weak letters (يايا / Yahya leave nothing or a lone h)."""
    return tuple(w for w in words if set(w) - WEAK or len(w) > 1)


def sound_alike(a: str, b: str) -> bool:
    """The two names have as many words and every word sounds alike, in order (words of
    nothing but weak letters are left out when the counts differ)."""
    sa, sb = skeleton(a), skeleton(b)
    if len(sa) != len(sb):
        sa, sb = _strong(sa), _strong(sb)
    if sa and sb and len(sa) != len(sb):
        # compounds one script writes in one word (عبد الرحمن / Abdourahmane): the whole
        # skeletons, when both are long enough to tell names apart
        ja, jb = "".join(sa), "".join(sb)
        return min(len(ja), len(jb)) >= 6 and words_sound_alike(ja, jb)
    return bool(sa) and len(sa) == len(sb) and all(words_sound_alike(x, y) for x, y in zip(sa, sb))


def surname_alike(a: str, b: str) -> bool:
    """The last words sound alike (the weaker test, used only with other evidence)."""
    sa, sb = skeleton(a), skeleton(b)
    return bool(sa and sb) and words_sound_alike(sa[-1], sb[-1])

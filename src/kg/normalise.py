"""Text normalisation for matching, with a map back to the original offsets.

Arabic: diacritics and tatweel removed, alef/hamza forms folded (أ إ آ ٱ -> ا, ؤ -> و, ئ -> ي),
ى -> ي, ة -> ه, Persian/Urdu forms (ی ک ھ ہ) folded, Arabic-Indic digits -> 0-9.
Latin: lower case; dots and apostrophes inside names dropped (U.S. -> us); a hyphen between
letters or digits dropped (K-1 -> k1). Every character of the normalised string remembers the
index of the original character it came from, so a match found in normalised text becomes a
:class:`~kg.model.Span` of the article.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

_FOLD = {
    "أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ٲ": "ا", "ٳ": "ا",
    "ؤ": "و", "ئ": "ي", "ى": "ي", "ی": "ي", "ې": "ي", "ۍ": "ي",
    "ة": "ه", "ۀ": "ه", "ھ": "ه", "ہ": "ه", "ۃ": "ه",
    "ک": "ك", "ڪ": "ك", "گ": "ك",
    "‘": "'", "’": "'", "`": "'",
    **{chr(0x0660 + i): str(i) for i in range(10)},
    **{chr(0x06F0 + i): str(i) for i in range(10)},
}
_DROP_ALWAYS = {"\u0640", "\u200c", "\u200d", "\u200e", "\u200f", "\u061c", "\ufeff"}
_WORD = re.compile(r"\w+")
ARABIC_LETTER = re.compile(r"[\u0621-\u064A]")     # a word in Arabic script has one
PROCLITICS = ("و", "ف", "ب", "ل", "ك")


@lru_cache(maxsize=4096)
def _fold_char(ch: str) -> str:
    if ch in _DROP_ALWAYS:
        return ""
    if ch in _FOLD:
        return _FOLD[ch]
    cat = unicodedata.category(ch)
    if cat == "Mn":                      # harakat, shadda, sukun, superscript alef
        return ""
    if cat.startswith("Z"):              # any space separator
        return " "
    if ord(ch) < 0x80:
        return ch.lower()
    base = unicodedata.normalize("NFKD", ch)
    out = "".join(c for c in base if unicodedata.category(c) != "Mn")
    return out.lower() if out else ""


@dataclass(frozen=True)
class Normalised:
    """Normalised text plus, for each of its characters, the original character's index."""

    text: str
    origin: tuple[int, ...]
    original_length: int

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Original ``[start, end)`` of the normalised slice ``[start, end)``."""
        if start >= len(self.origin):
            return self.original_length, self.original_length
        return self.origin[start], self.origin[end - 1] + 1 if end > start else self.origin[start]


def normalise(text: str) -> Normalised:
    """Normalise ``text`` for matching (see module doc); keeps an offset map."""
    chars: list[str] = []
    origin: list[int] = []
    n = len(text)
    for i, ch in enumerate(text):
        if ch in ".'’‘-" and 0 < i < n - 1:
            prev, nxt = text[i - 1], text[i + 1]
            if prev.isalnum() and nxt.isalnum() and (ch != "." or not (prev.isdigit() and nxt.isdigit())):
                continue                 # U.S. -> us, K-1 -> k1, al-Asad -> alasad; 1.7 stays
        folded = _fold_char(ch)
        for c in folded:
            chars.append(c)
            origin.append(i)
    return Normalised("".join(chars), tuple(origin), n)


def fold(text: str) -> str:
    """Normalised text alone (for comparing names)."""
    return normalise(text).text


@dataclass(frozen=True)
class Token:
    """A word of normalised text with its original span."""

    norm: str
    start: int        # original offsets
    end: int
    nstart: int       # normalised offsets
    nend: int


def tokens(text: str) -> tuple[Normalised, list[Token]]:
    nt = normalise(text)
    out = []
    for m in _WORD.finditer(nt.text):
        s, e = nt.span(m.start(), m.end())
        out.append(Token(m.group(), s, e, m.start(), m.end()))
    return nt, out


def strip_article(word: str) -> str:
    """Arabic definite article off a normalised word: العراقيه -> عراقيه (English unchanged)."""
    if word.startswith("ال") and len(word) > 3:
        return word[2:]
    return word


def word_forms(word: str) -> tuple[str, ...]:
    """Forms a normalised word can stand for once clitics are peeled: والقوات -> قوات,
    للقوات -> قوات, بالعراق -> عراق, وقوات -> قوات. The first form is the word itself
    without its article."""
    forms = [strip_article(word)]
    w = word
    if w.startswith("لل") and len(w) > 4:
        forms.append(w[2:])
    for _ in range(2):                     # at most two proclitics: وب, فل, وك ...
        if w[:1] in PROCLITICS and len(w) > 3:
            w = w[1:]
            forms.append(strip_article(w))
        else:
            break
    return tuple(dict.fromkeys(forms))


def name_key(name: str) -> tuple[str, ...]:
    """The canonical token tuple of a name: normalised words, Arabic article removed,
    a leading English 'the' dropped."""
    words = [strip_article(w) for w in _WORD.findall(fold(name))]
    if words and words[0] == "the":
        words = words[1:]
    return tuple(words)

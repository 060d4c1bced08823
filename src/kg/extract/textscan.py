"""Text scanning helpers shared by the date and quantity matchers.

* :func:`folded`: the folding of :func:`kg.normalise.fold` (diacritics and tatweel dropped,
  alef/hamza/ya/ta-marbuta folded, Arabic-Indic digits, lower case) done with fast string
  operations, with an offset map back to the original text; it keeps '-' and '.' so
  ``2020-03-29`` and ``13-15`` survive;
* :func:`key`: a lexicon entry as it appears in folded text;
* :func:`trie_regex` / :func:`trie_alternatives`: regex alternations built as a trie (the regex
  engine then skips to candidate first characters);
* :func:`trigger_patterns` / :func:`triggers`: word-start candidates (digit runs and lexicon
  words, with Arabic clitics and article);
* :class:`Phrases`: a cheap "which of these phrases ends right before position i" look-back;
* :func:`letters_before`: the letters glued before a position (a clitic);
* :class:`PerLexicon`: a language's compiled patterns, built once per lexicon.
"""
from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from dataclasses import dataclass

from ..normalise import fold

# --- folding with an offset map ------------------------------------------------------------------

_RANGES = ((0x00, 0x24F), (0x0300, 0x036F), (0x0600, 0x06FF), (0x0750, 0x077F), (0x08A0, 0x08FF),
           (0x2000, 0x206F), (0x3000, 0x3000), (0xFB50, 0xFDFF), (0xFE70, 0xFEFF))
_COMMON = set("أإآٱؤئىةیکھہۀ‘’`\u00a0\u2009\u202f\u200a\u2002\u2003") | {chr(0x660 + i) for i in range(10)} \
    | {chr(0x6F0 + i) for i in range(10)}
_DEL = "\x00"


class _Fold:
    """The folding of :func:`kg.normalise.fold`, char by char, as fast string operations:
    ``str.replace`` for the common changes, one regex substitution over the table's characters
    (what ``str.translate`` of the table gives) when rarer characters occur."""

    def __init__(self):
        table: dict[int, str] = {0: _DEL}
        for lo, hi in _RANGES:
            for cp in range(lo, hi + 1):
                ch = chr(cp)
                f = fold(ch)
                if f != ch and len(f) <= 1:
                    table[cp] = f or _DEL
        self.table = table
        self.common = [(chr(k), v) for k, v in table.items() if chr(k) in _COMMON]
        rare = "".join(re.escape(chr(k)) for k, v in table.items() if k >= 128 and v != _DEL and chr(k) not in _COMMON)
        self.rare = re.compile(f"[{rare}]")
        self.drop = re.compile("[" + "".join(re.escape(chr(k)) for k, v in table.items() if v == _DEL) + "]")
        # every character of the table: substituting its matches is str.translate(table), several
        # times faster on non-ASCII text (translate looks up each character in the dict)
        self.any = re.compile("[" + "".join(re.escape(chr(k)) for k in table) + "]")
        self.sub = lambda m, get=table.__getitem__: get(ord(m.group()))

    def __call__(self, text: str) -> tuple[str, tuple[int, ...]]:
        t = text
        if not t.isascii():
            if self.rare.search(t):
                t = self.any.sub(self.sub, t)
            else:
                for a, b in self.common:
                    if a in t:
                        t = t.replace(a, b)
        low = t.lower()
        if len(low) == len(t):
            t = low
        shifts: tuple[int, ...] = ()
        if self.drop.search(t):
            shifts = tuple(m.start() - j for j, m in enumerate(self.drop.finditer(t)))
            t = self.drop.sub("", t)
        return t, shifts


_FOLDER: list[_Fold] = []


@dataclass(frozen=True)
class Folded:
    """Folded text and the map back: ``shifts[j]`` is the folded index where the j-th
    dropped character was."""

    text: str
    source: str
    shifts: tuple[int, ...]

    def orig(self, i: int) -> int:
        return i + bisect_right(self.shifts, i) if self.shifts else i

    def span(self, ns: int, ne: int) -> tuple[int, int]:
        """Original offsets of the folded slice, widened over the diacritics and tatweel after
        its last letter (دولاراً، أمسِ), which folding dropped."""
        s, e = self.orig(ns), self.orig(ne - 1) + 1 if ne > ns else self.orig(ns)
        src = self.source
        while e < len(src) and (src[e] == "\u0640" or unicodedata.category(src[e]) == "Mn"):
            e += 1
        return s, e


_FOLD_CACHE: dict[str, Folded] = {}


def folded(text: str) -> Folded:
    """``text`` folded for matching (cached for the last few texts)."""
    f = _FOLD_CACHE.get(text)
    if f is None:
        if not _FOLDER:
            _FOLDER.append(_Fold())
        t, shifts = _FOLDER[0](text)
        f = Folded(t, text, shifts)
        if len(_FOLD_CACHE) >= 8:
            _FOLD_CACHE.clear()
        _FOLD_CACHE[text] = f
    return f


def key(word: str) -> str:
    """A lexicon entry as it appears in folded text (single spaces)."""
    return " ".join(folded(word).text.split())


def trie_alternatives(words) -> list[str]:
    """Regex alternatives for ``words`` built as a trie, one per first character (so a pattern
    made of them gets the regex engine's first-character skip). Longest first; a space inside
    an entry matches any run of white space."""
    trie: dict = {}
    for w in words:
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict) -> str:
        alts = [(r"\s+" if ch == " " else re.escape(ch)) + build(sub) for ch, sub in sorted(node.items()) if ch]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        return f"(?:{body})?" if "" in node else body

    return [(r"\s+" if ch == " " else re.escape(ch)) + build(sub) for ch, sub in sorted(trie.items()) if ch]


def trie_regex(words) -> str:
    alts = trie_alternatives(w for w in words if w)
    return "(?:" + "|".join(alts) + ")" if alts else r"(?!x)x"


def trigger_patterns(words, clitics: str = "", article: bool = False) -> tuple[re.Pattern, re.Pattern]:
    """Patterns finding digit runs and ``words`` (groups ``c`` clitic, ``a`` article, ``w``) at
    word starts: one for the text's start, one anchored on the non-word character before a word,
    which lets the regex engine skip to candidates instead of trying every position."""
    words = [w for w in words if w]
    body = (rf"(?P<c>[{clitics}]{{1,2}})?" if clitics else "(?P<c>)") + (r"(?P<a>ال)?" if article else "(?P<a>)") \
        + rf"(?P<w>[0-9]+|{trie_regex(words)})"
    # every match starts with one of these characters: the look-ahead only lets the engine drop
    # the other word starts at once (it selects nothing the body would not)
    first = set("0123456789") | set(clitics) | ({"ا"} if article else set()) | {w[0] for w in words}
    look = "" if any(ch.isspace() for ch in first) else "(?=[" + "".join(re.escape(ch) for ch in sorted(first)) + "])"
    return re.compile(body), re.compile(r"[ \n\t\r(\[{\"'«“‘”»،,/\\\-–—:;.!?؟$€£|*…]" + look + body)


def triggers(patterns: tuple[re.Pattern, re.Pattern], s: str):
    """Matches of :func:`trigger_patterns` in ``s``, in order."""
    first = patterns[0].match(s)
    if first:
        yield first
    yield from patterns[1].finditer(s, first.end() if first else 0)


_CHUNK = re.compile(r"\S+")
_OPENERS = "([{\"'«“‘<"


class Phrases:
    """Folded words or phrases (up to a few words) to look for right before a position."""

    def __init__(self, phrases, clitics: str = ""):
        self.items = {p: v for p, v in (phrases.items() if isinstance(phrases, dict) else ((q, q) for q in phrases))}
        self.maxw = max((len(p.split()) for p in self.items), default=0)
        self.clitics = clitics
        self.last = {p.split()[-1] for p in self.items}
        self.last |= {c + p for p in self.items if " " not in p for c in clitics}
        self.ends = frozenset(w[-1] for w in self.last if w)

    def before(self, s: str, end: int, gap: str = " \t\n") -> tuple[int, str] | None:
        """(start, phrase) of a phrase that ends where only ``gap`` characters separate it from
        ``end`` (a clitic glued to its first word allowed); None if there is none."""
        if not self.items:
            return None
        j = end
        while j > 0 and s[j - 1] in gap:
            j -= 1
        if j == 0 or s[j - 1] not in self.ends:
            return None
        lo = max(0, j - 30)
        i = max(s.rfind(" ", lo, j), s.rfind("\n", lo, j), s.rfind("\t", lo, j)) + 1
        if s[i or lo:j].lstrip(_OPENERS) not in self.last:
            return None
        lo = max(0, j - 16 * self.maxw)
        ch = [(m.start(), m.group()) for m in _CHUNK.finditer(s, lo, j)]
        if ch and ch[0][0] == lo and lo > 0 and not s[lo - 1].isspace():
            ch = ch[1:]
        for k in range(min(self.maxw, len(ch)), 0, -1):
            st, first = ch[-k]
            stripped = first.lstrip(_OPENERS)
            st += len(first) - len(stripped)
            phrase = " ".join([stripped] + [c for _, c in ch[len(ch) - k + 1:]])
            if phrase in self.items:
                return st, phrase
            if self.clitics and phrase[:1] in self.clitics and phrase[1:] in self.items and len(phrase) > 2:
                return st + 1, phrase[1:]
        return None


class PerLexicon:
    """``make(lexicon)`` built once per lexicon dict (by identity; the last few kept): callers
    pass ``load_lexicon(lang)`` itself, so a language's patterns compile once per process."""

    def __init__(self, make):
        self.make = make
        self.built: dict[int, tuple[dict, object]] = {}

    def __call__(self, lexicon: dict):
        entry = self.built.get(id(lexicon))
        if entry is None or entry[0] is not lexicon:
            if len(self.built) >= 8:
                self.built.clear()
            entry = self.built[id(lexicon)] = (lexicon, self.make(lexicon))
        return entry[1]

    def values(self) -> list:
        return [v for _, v in self.built.values()]


def letters_before(s: str, i: int, limit: int = 4) -> str | None:
    """The letters glued before ``s[i]`` (a clitic such as و/ب/ال); None if more than ``limit``."""
    j = i
    while j > 0 and s[j - 1].isalpha():
        j -= 1
        if i - j > limit:
            return None
    return s[j:i]


__all__ = ["Folded", "folded", "key", "trie_alternatives", "trie_regex", "trigger_patterns", "triggers",
           "Phrases", "letters_before", "PerLexicon"]

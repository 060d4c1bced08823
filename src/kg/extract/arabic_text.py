"""Arabic text as the extractor sees it.

A :class:`Doc` holds the article's words (normalised as :mod:`kg.normalise` does: diacritics,
tatweel, alef/hamza/ya/ta-marbuta variants, Persian letter forms), each with its original span,
the punctuation between words (``gap``), sentence and line numbers, and whether the line can
carry facts (page furniture, headlines and captions cannot).

Tokenising works on the original text (so spans need no offset map) and folds each distinct
word once (a cache), which keeps an article of a few kilobytes well under a millisecond.
"""
from __future__ import annotations

import re
from functools import lru_cache
from itertools import accumulate

from ..normalise import fold, word_forms

# A word: letters/digits plus the marks and joiners normalisation drops inside words.
_MARKS = "\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06DC\u06DF-\u06E8\u06EA-\u06ED\u0640\u200c\u200d"
_RAW_WORD = re.compile(rf"[\w{_MARKS}]+")
_SPLIT_RE = re.compile(rf"([\w{_MARKS}]+)")
_MARK_RE = re.compile(f"[{_MARKS}]")
_JOINERS = ".'’‘-"
_JOINER_SET = frozenset(_JOINERS)
SENTENCE_END = ".!?؟"
QUOTE_MARKS = '"“”«»„‟″'
OPEN_ONLY = "«„‟"
CLOSE_ONLY = "»"
_QUOTE_RE = re.compile(f"[{QUOTE_MARKS}]")
_SENT_RE = re.compile(f"[{re.escape(SENTENCE_END)}]")
_WORDS: dict = {}                            # raw word -> its Word (bounded cache)


@lru_cache(maxsize=65536)
def norm_word(raw: str) -> str:
    """The normalised form of one raw word (cached: articles repeat their words)."""
    return "".join(_RAW_WORD.findall(fold(raw)))


@lru_cache(maxsize=65536)
def forms_of(word: str) -> tuple[str, ...]:
    """:func:`kg.normalise.word_forms` (cached)."""
    return word_forms(word)


_HAMZA_AL = ("أل", "إل", "آل")
_PROCLITIC_LETTERS = "وفبكل"


def _article(word: str) -> bool:
    """Does a normalised word carry the article ال, after at most two proclitics? A word the
    article would leave with fewer than three letters once a proclitic is peeled has none (فالون
    is a name, not و + ال + ون)."""
    w = word
    for k in range(3):
        if (w.startswith("ال") or w.startswith("لل")) and len(w) > (3 if k == 0 else 4):
            return True
        if w[:1] in _PROCLITIC_LETTERS and len(w) > 3:
            w = w[1:]
        else:
            return False
    return False


@lru_cache(maxsize=65536)
def raw_shape(raw: str) -> tuple[bool, str]:
    """What folding hides in a word as written: whether it opens (after at most two proclitics)
    with a hamza on alef before lam (ألكسندر، إلياس، آلية: no article there), and its last letter
    (ى or ي: على and إلى end in alef maqsura, the name علي in ya)."""
    w = _MARK_RE.sub("", raw)
    hamza_al = False
    for k in range(3):
        if w[k:k + 2] in _HAMZA_AL:
            hamza_al = True
            break
        if w[k:k + 1] and w[k] in _PROCLITIC_LETTERS:
            continue
        break
    return hamza_al, w[-1:]


class Word:
    """What a token needs of a word as written, computed once per distinct word: its normalised
    form, its clitic-peeled forms, whether it carries the article as written, its last letter
    as written, and what each extractor derived from it (``ext``, keyed by the extractor)."""

    __slots__ = ("norm", "forms", "defn", "last", "ext")

    def __init__(self, norm: str, forms: tuple[str, ...], defn: bool, last: str):
        self.norm, self.forms, self.defn, self.last = norm, forms, defn, last
        self.ext: dict = {}


def _word(raw: str) -> Word:
    w = norm_word(raw)
    if w:
        hamza_al, last = raw_shape(raw)
        out = Word(w, forms_of(w), _article(w) and not hamza_al, last)
    else:
        out = Word("", (), False, "")
    if len(_WORDS) < 200000:
        _WORDS[raw] = out
    return out


def _joins(text: str, i: int) -> bool:
    """Is the joiner at ``text[i]`` dropped by normalisation (K-1, U.S., al-Asad)?"""
    if i <= 0 or i >= len(text) - 1:
        return False
    prev, nxt = text[i - 1], text[i + 1]
    if not (prev.isalnum() and nxt.isalnum()):
        return False
    return text[i] != "." or not (prev.isdigit() and nxt.isdigit())


class Doc:
    """Tokens of one article with the structure the rules need (parallel lists, by index)."""

    __slots__ = ("text", "words", "norm", "start", "end", "gap", "sent", "line", "sents", "lines",
                 "fact_line", "junk_line", "_forms", "punct", "forms", "defn", "last_letter",
                 "maqsura_spelt", "_index")

    def __init__(self, text: str):
        self.text = text
        parts = _SPLIT_RE.split(text)            # gap, word, gap, word, ..., gap
        bounds = list(accumulate(map(len, parts)))
        get = _WORDS.get
        words = [get(r) or _word(r) for r in parts[1::2]]
        start, end = bounds[0:-1:2], bounds[1::2]
        norm = [w.norm for w in words]
        if not all(norm) or not _JOINER_SET.isdisjoint(parts[2:-1:2]):
            words, start, end = self._merge(text, parts, bounds)
            norm = [w.norm for w in words]
        self.words = words
        self.norm = norm
        self._forms = forms = [w.forms for w in words]
        self.forms = forms.__getitem__           # forms(i): token i's clitic-peeled forms
        # the article as written (ألكسندر folds to الكسندر but has none), the last letter as
        # written, and whether this text tells ى from ي at all (some orthographies never do)
        self.defn = [w.defn for w in words]
        self.last_letter = [w.last for w in words]
        self.maqsura_spelt = "ى" in text
        self.start, self.end = start, end
        n = len(norm)
        gap = [text[:start[0]]] if n else []
        gap += [text[a:b] for a, b in zip(end, start[1:])]
        self.gap = gap
        # punctuation (or a line break) before token i: a name never runs across either
        self.punct = [g != " " and (bool(g.strip()) or "\n" in g) for g in gap]
        if n:
            self.punct[0] = True
        sent, line = [0] * n, [0] * n
        sents: list[tuple[int, int]] = []
        lines: list[tuple[int, int]] = []
        s0 = l0 = si = li = prev = 0
        for i in [i for i in range(1, n) if gap[i] != " "]:
            g = gap[i]
            if "\n" in g:
                new_line = True
            # a decimal point is no sentence end, also after a clitic on the number (بـ1.2 مليون)
            elif _SENT_RE.search(g) and not (g == "." and text[end[i - 1] - 1].isdigit() and text[start[i]].isdigit()):
                new_line = False
            else:
                continue
            if si:
                sent[prev:i] = [si] * (i - prev)
            if li:
                line[prev:i] = [li] * (i - prev)
            prev = i
            sents.append((s0, i))
            s0 = i
            si += 1
            if new_line:
                lines.append((l0, i))
                l0 = i
                li += 1
        if n:
            sent[prev:n] = [si] * (n - prev)
            line[prev:n] = [li] * (n - prev)
            sents.append((s0, n))
            lines.append((l0, n))
        self.sent, self.line, self.sents, self.lines = sent, line, sents, lines
        self.fact_line = [True] * len(lines)
        self.junk_line = [False] * len(lines)      # page furniture: not even its names count
        self._index: dict[str, list[int]] | None = None

    def positions(self, forms) -> list[int]:
        """Tokens (in order) one of whose clitic-peeled forms is among ``forms``."""
        idx = self._index
        if idx is None:
            idx = self._index = {}
            for i, fs in enumerate(self._forms):
                for f in fs:
                    idx.setdefault(f, []).append(i)
        hits = [idx[f] for f in forms if f in idx]
        if len(hits) == 1:
            return hits[0]
        return sorted({i for h in hits for i in h})

    @staticmethod
    def _merge(text: str, parts: list[str], bounds: list[int]):
        """Tokens when some words join (K-1, U.S., al-Asad: one word, as normalisation reads
        them) or fold to nothing."""
        get = _WORDS.get
        words: list[Word] = []
        start: list[int] = []
        end: list[int] = []
        for k in range(1, len(parts), 2):
            s, e = bounds[k - 1], bounds[k]
            g = parts[k - 1]
            if len(g) == 1 and start and g in _JOINERS and s - end[-1] == 1 and _joins(text, s - 1):
                words[-1] = _word(text[start[-1]:e])
                end[-1] = e
                continue
            w = get(parts[k]) or _word(parts[k])
            if not w.norm:
                continue
            words.append(w)
            start.append(s)
            end.append(e)
        return words, start, end

    def __len__(self) -> int:
        return len(self.norm)

    def surface(self, i: int, j: int) -> str:
        """Original text of tokens ``[i, j)``."""
        return self.text[self.start[i]:self.end[j - 1]]

    def gap_after(self, i: int) -> str:
        """Punctuation and spaces after token ``i`` (up to the next token or the end)."""
        return self.gap[i + 1] if i + 1 < len(self.norm) else self.text[self.end[i]:]

    def hard_punct_before(self, i: int) -> bool:
        """Punctuation before token ``i`` other than quotation marks (a quoted name's marks do
        not separate it from the words around it)."""
        return i >= len(self.punct) or (self.punct[i] and bool(self.gap[i].strip(' "“”«»')))

    def punct_before(self, i: int) -> bool:
        """Is there punctuation (not just spaces) between token ``i-1`` and ``i``?"""
        return i >= len(self.punct) or self.punct[i]

    def line_end(self, i: int) -> int:
        """Original offset of the end of token ``i``'s line."""
        nl = self.text.find("\n", self.start[i])
        return len(self.text) if nl < 0 else nl

    def sentence_of(self, i: int) -> tuple[int, int]:
        return self.sents[self.sent[i]]

    def accusative_indefinite(self, i: int) -> bool:
        """Is token ``i`` written with the tanwin of an indefinite accusative (انطلاقاً، واسعاً،
        صوراً)? An adverb, a circumstantial or an object: never a name, which takes no tanwin."""
        return self.text[self.start[i]:self.end[i]].endswith(_TANWIN_ENDINGS)


_TANWIN_ENDINGS = ("ً", "ًا")              # the mark on the last letter, or before a final alef
_BULLETS = "-–—•·*▪●◦►"


def _arabic(s: str) -> bool:
    return any("\u0600" <= c <= "\u06ff" for c in s)


def mark_furniture(doc: Doc, boilerplate: dict[str, list[tuple[str, ...]]], short_line: int) -> None:
    """Lines that carry no facts, by the shapes page furniture takes:

    - a line opening with a furniture phrase (``boilerplate``, indexed by first word: calls to
      read, watch, follow or subscribe, copyright and tag labels): junk, and when the phrase is
      all the line holds (a heading such as "اقرأ أيضاً:"), the bulleted or headline-like lines
      under it are junk too (links to other articles: their names are not this article's);
    - a line with no Arabic letter in an Arabic article (logos, buttons, ad slots): junk;
    - a short credit line ``WORD / NAME`` (desk or site credits): junk;
    - short lines without final punctuation (headlines, captions, menus) and repeated lines:
      no facts, though their names count (a body line opening with و is not a headline)."""
    seen: set[tuple[str, ...]] = set()
    text = doc.text
    under_links = False
    for li, (a, b) in enumerate(doc.lines):
        words = tuple(doc.norm[a:b])
        body = text[doc.start[a]:doc.line_end(b - 1)]
        tail = text[doc.end[b - 1]:doc.line_end(b - 1)].strip() if b > a else ""
        lead = doc.gap[a].rsplit("\n", 1)[-1].strip()
        ended = bool(tail) and (tail[0] in SENTENCE_END or tail[-1] in SENTENCE_END
                                or tail.rstrip('"”»’)').endswith(tuple(SENTENCE_END)))
        if words in seen:
            doc.fact_line[li] = False
            continue
        seen.add(words)
        phrase = next((p for p in boilerplate.get(words[0], ()) if words[:len(p)] == p), None) if words else None
        if phrase is not None:
            doc.fact_line[li] = False
            doc.junk_line[li] = True
            under_links = len(words) == len(phrase)
            continue
        if not _arabic(body):
            doc.fact_line[li] = False
            doc.junk_line[li] = True
            continue
        if under_links and (lead[:1] in _BULLETS or (len(words) <= 2 * short_line and not ended)):
            doc.fact_line[li] = False
            doc.junk_line[li] = True
            continue
        under_links = False
        if len(words) <= 4 and "/" in body and not ended:
            doc.fact_line[li] = False          # a credit: "desk / site"
            doc.junk_line[li] = True
        elif len(words) <= short_line and not ended and not (words[0][:1] == "و" and len(words) > 3):
            doc.fact_line[li] = False          # a headline or caption (a body line opens with و)
        elif "|" in body:
            doc.fact_line[li] = False          # "headline | site name"


def is_opening(text: str, pos: int) -> bool:
    """Does the quotation mark at ``pos`` open a quote (rather than close one)?"""
    c = text[pos]
    if c in OPEN_ONLY:
        return True
    if c in CLOSE_ONLY:
        return False
    prev = text[pos - 1] if pos else " "
    nxt = text[pos + 1] if pos + 1 < len(text) else " "
    if not (nxt.isalnum() or nxt in QUOTE_MARKS or nxt == "(" or "\u0600" <= nxt <= "\u06ff"):
        return False                            # ‘word" ’ followed by space or punctuation closes
    if prev.isspace() or prev in "(:،,؛;-–—\n" or pos == 0:
        return True
    # glued on both sides (إن"X، ل”X”): opening after a one-letter proclitic or
    # a short particle, closing otherwise
    k = pos - 1
    while k >= 0 and (text[k].isalnum() or _MARK_RE.match(text[k])):
        k -= 1
    word = fold(text[k + 1:pos])
    return len(word) <= 2 or word in ("ان", "بان", "فان", "لان")


def find_closing(text: str, open_pos: int, limit: int) -> int | None:
    """Offset of the mark that closes the quote opened at ``open_pos`` (nested quotes are
    skipped), or None when it does not close before ``limit`` (the paragraph's end)."""
    depth = 0
    for m in _QUOTE_RE.finditer(text, open_pos + 1, limit):
        pos = m.start()
        if is_opening(text, pos):
            depth += 1
        elif depth == 0:
            return pos
        else:
            depth -= 1
    return None


def after_brackets(doc: Doc, y: int, b: int) -> int:
    """The token after a short bracketed aside opening in the gap before token y (an acronym or
    a gloss: (قسد)، (المجلس العسكري الحاكم)), when its closing bracket stands alone or with a
    comma; b when it does not close within six words of the sentence ending at b."""
    for z in range(y, min(b, y + 6)):
        g = doc.gap[z + 1] if z + 1 < b else ""
        if ")" in g:
            rest = g[g.index(")") + 1:]
            return z + 1 if rest.strip() in ("،", ",", "") else b
    return b

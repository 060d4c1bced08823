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

from ..normalise import fold, word_forms

# A word: letters/digits plus the marks and joiners normalisation drops inside words.
_MARKS = "\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06DC\u06DF-\u06E8\u06EA-\u06ED\u0640\u200c\u200d"
_RAW_WORD = re.compile(rf"[\w{_MARKS}]+")
_MARK_RE = re.compile(f"[{_MARKS}]")
_JOINERS = ".'’‘-"
SENTENCE_END = ".!?؟"
QUOTE_MARKS = '"“”«»„‟″'
OPEN_ONLY = "«„‟"
CLOSE_ONLY = "»"
_QUOTE_RE = re.compile(f"[{QUOTE_MARKS}]")
_SENT_RE = re.compile(f"[{re.escape(SENTENCE_END)}]")
_WORDS: dict[str, str] = {}                  # raw word -> normalised (bounded cache)


@lru_cache(maxsize=65536)
def norm_word(raw: str) -> str:
    """The normalised form of one raw word (cached: articles repeat their words)."""
    return "".join(_RAW_WORD.findall(fold(raw)))


@lru_cache(maxsize=65536)
def forms_of(word: str) -> tuple[str, ...]:
    """:func:`kg.normalise.word_forms` (cached)."""
    return word_forms(word)


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

    __slots__ = ("text", "norm", "start", "end", "gap", "sent", "line", "sents", "lines",
                 "fact_line", "junk_line", "_forms", "punct", "forms")

    def __init__(self, text: str):
        self.text = text
        spans = [m.span() for m in _RAW_WORD.finditer(text)]
        norm: list[str] = []
        start: list[int] = []
        end: list[int] = []
        for s, e in spans:
            if start and s - end[-1] == 1 and text[s - 1] in _JOINERS and _joins(text, s - 1):
                end[-1] = e                      # K-1, U.S. : one word, as normalisation reads it
                norm[-1] = norm_word(text[start[-1]:e])
                continue
            w = _WORDS.get(text[s:e])
            if w is None:
                w = norm_word(text[s:e])
                if len(_WORDS) < 200000:
                    _WORDS[text[s:e]] = w
            if not w:
                continue
            norm.append(w)
            start.append(s)
            end.append(e)
        self.norm, self.start, self.end = norm, start, end
        n = len(norm)
        gap = [text[:start[0]]] if n else []
        gap += [text[a:b] for a, b in zip(end, start[1:])]
        self.gap = gap
        self.punct = [g != " " and bool(g.strip()) for g in gap]    # punctuation before token i
        if n:
            self.punct[0] = True
        sent, line = [0] * n, [0] * n
        sents: list[tuple[int, int]] = []
        lines: list[tuple[int, int]] = []
        s0 = l0 = 0
        si = li = 0
        for i in range(1, n):
            g = gap[i]
            if g != " ":
                if "\n" in g:
                    lines.append((l0, i))
                    sents.append((s0, i))
                    l0 = s0 = i
                    li += 1
                    si += 1
                elif _SENT_RE.search(g) and not (
                        g.strip() == "." and norm[i - 1].isdigit() and norm[i].isdigit()):
                    sents.append((s0, i))
                    s0 = i
                    si += 1
            sent[i] = si
            line[i] = li
        if n:
            sents.append((s0, n))
            lines.append((l0, n))
        self.sent, self.line, self.sents, self.lines = sent, line, sents, lines
        self.fact_line = [True] * len(lines)
        self.junk_line = [False] * len(lines)      # page furniture: not even its names count
        self._forms: list[tuple[str, ...]] = [forms_of(w) for w in norm]
        self.forms = self._forms.__getitem__     # forms(i): token i's clitic-peeled forms

    def __len__(self) -> int:
        return len(self.norm)

    def surface(self, i: int, j: int) -> str:
        """Original text of tokens ``[i, j)``."""
        return self.text[self.start[i]:self.end[j - 1]]

    def gap_after(self, i: int) -> str:
        """Punctuation and spaces after token ``i`` (up to the next token or the end)."""
        return self.gap[i + 1] if i + 1 < len(self.norm) else self.text[self.end[i]:]

    def punct_before(self, i: int) -> bool:
        """Is there punctuation (not just spaces) between token ``i-1`` and ``i``?"""
        return i >= len(self.punct) or self.punct[i]

    def line_end(self, i: int) -> int:
        """Original offset of the end of token ``i``'s line."""
        nl = self.text.find("\n", self.start[i])
        return len(self.text) if nl < 0 else nl

    def sentence_of(self, i: int) -> tuple[int, int]:
        return self.sents[self.sent[i]]


def mark_furniture(doc: Doc, boilerplate: dict[str, list[tuple[str, ...]]], short_line: int) -> None:
    """Lines that carry no facts: page furniture (they start with one of ``boilerplate``, indexed
    by first word),
    short lines without final punctuation (headlines, captions, menus), and repeated lines."""
    seen: set[tuple[str, ...]] = set()
    text = doc.text
    for li, (a, b) in enumerate(doc.lines):
        words = tuple(doc.norm[a:b])
        tail = text[doc.end[b - 1]:doc.line_end(b - 1)].strip() if b > a else ""
        ended = bool(tail) and (tail[0] in SENTENCE_END or tail[-1] in SENTENCE_END
                                or tail.rstrip('"”»’)').endswith(tuple(SENTENCE_END)))
        if words in seen:
            doc.fact_line[li] = False
            continue
        seen.add(words)
        if words and any(words[:len(p)] == p for p in boilerplate.get(words[0], ())):
            doc.fact_line[li] = False
            doc.junk_line[li] = True               # اقرأ أيضاً: another article's names
        elif len(words) <= short_line and not ended and not (words[0][:1] == "و" and len(words) > 3):
            doc.fact_line[li] = False          # a headline or caption (a body line opens with و)
        elif "|" in text[doc.start[a]:doc.end[b - 1]]:
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
    # glued on both sides (إن"جدولا، ل”المينوسما”): opening after a one-letter proclitic or
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

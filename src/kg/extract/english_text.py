"""English text layer: tokens, paragraphs, sentences, quotations and page furniture.

Furniture is recognised by shape, not by a list of lines seen once: lines made of interface words
("Show more", "Share this", "… button", "Advertisement"), bylines, credit lines ("based on
reports from …", a caption ending in an agency's name), links under a related-articles marker,
and very short verbless lines above the first or below the last paragraph.

Works on the article text as read (offsets are the article's), without the character-level
normalisation of :mod:`kg.normalise` (too slow for the English budget); a token's ``low`` is the
same key :func:`kg.normalise.name_key` gives a word (lower case, dots/apostrophes/hyphens inside
a word dropped, accents removed), so gazetteer names match.
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

# a word (letters/digits with inner . ' ’ - &), a number with separators, a quote mark, punctuation
_TOKEN = re.compile(
    r"(?:[A-Za-z]\.){2,}(?:-[^\W\d_]+)?(?![^\W_])"     # U.S. , U.N. , U.S.-led (the dots belong to it)
    r"|\d+(?:[.,]\d+)+"                                 # 1,500 / 1.4
    r"|[^\W_]+(?:(?:[.'’‘\-&](?![sS]\b))[^\W_]+)*"     # words with inner . ' ’ - & ; a possessive 's apart
    r"|['’][sS]\b"                                       # the possessive
    r"|``|''"                                            # typewriter double quotes (``…'')
    r"|[^\w\s]")
_INNER = re.compile(r"[.'’‘\-&]")
_POSSESSIVE = ("'s", "’s")
_DOTTED = re.compile(r"^(?:[A-Za-z]\.)+[A-Za-z]$")
_HYPHENED = re.compile(r"-[^\W\d_]+")
OPEN_Q = "“«„"
CLOSE_Q = "”»"
QUOTES = set(OPEN_Q + CLOSE_Q + '"‘') | {"``", "''"}
SENT_END = {".", "!", "?", "…"}
_QCHARS = frozenset(OPEN_Q + CLOSE_Q + '"‘’\'') | {"``", "''"}
_QP = QUOTES | {")"}


@lru_cache(maxsize=65536)
def low_of(word: str) -> str:
    """The matching key of a word: ``U.S`` -> ``us``, ``al-Assad`` -> ``alassad``."""
    w = _INNER.sub("", word).lower()
    if not w.isascii():
        w = "".join(c for c in unicodedata.normalize("NFKD", w) if not unicodedata.combining(c))
    return w


_INFO: dict[str, tuple[str, bool, bool]] = {}


_ARTICLE_PREFIX = re.compile(r"^(?:al|el|ad|an|ar|as|ash|at|az|ul|ibn|bin|abu)-[A-Z]")


def _info(text: str) -> tuple[str, bool, bool]:
    word = text[0].isalnum()
    cap = text[0].isupper() or bool(_ARTICLE_PREFIX.match(text))     # al-Qaim, el-Sisi: names
    info = (low_of(text) if word else text, word, cap)
    if len(_INFO) < 200000:
        _INFO[text] = info
    return info


class Tok:
    """One token of a sentence (offsets into the article text)."""

    __slots__ = ("text", "start", "end", "low", "cap", "word", "i")

    def __init__(self, text: str, start: int, end: int, i: int):
        self.text = text
        self.start = start
        self.end = end
        self.i = i                                    # index in its sentence
        self.low, self.word, self.cap = _INFO.get(text) or _info(text)

    def __repr__(self) -> str:
        return f"Tok({self.text!r}@{self.start})"


class Sentence:
    """A sentence (or a furniture line) of one paragraph, with its quotations."""

    __slots__ = ("start", "end", "toks", "para", "title", "quotes", "index", "attrib", "text", "lows")

    def __init__(self, text: str, start: int, end: int, toks: list[Tok], para: int, title: bool):
        self.text = text                  # the article text (tokens point into it)
        self.start = start
        self.end = end
        self.toks = toks
        self.para = para
        self.title = title                # a headline / furniture line: no persons, no quotes
        self.quotes: list[tuple[int, int]] = []   # token index ranges [a, b) inside quote marks
        self.index = 0
        self.attrib: set[int] = set()     # token indices of an attribution ("X said on Sunday")
        self.lows = {t.low for t in toks}   # its words' keys, for "does it hold any of …" tests

    def in_quote(self, i: int) -> bool:
        return any(a <= i < b for a, b in self.quotes)

    def words(self) -> str:
        return self.text[self.start:self.end]


def _tokens(text: str, start: int, end: int) -> list[Tok]:
    out: list[Tok] = []
    add = out.append
    new = Tok.__new__
    info = _INFO
    find = text.find
    pos = start
    # only blanks and "_" lie between tokens, and no token begins with one: each token is found
    # where the last one ended or after a gap (no match objects made)
    for i, w in enumerate(_TOKEN.findall(text, start, end)):
        t = new(Tok)
        t.text = w
        t.start = pos = find(w, pos)
        t.end = pos = pos + len(w)
        t.i = i
        t.low, t.word, t.cap = info.get(w) or _info(w)
        add(t)
    return out


def tokenize(text: str) -> list[Tok]:
    """Tokens of a short text (a lexicon or gazetteer name)."""
    return _tokens(text, 0, len(text))


_WORDS = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?|\d+")
_BULLET = re.compile(r"^\s*[•·▪►▸‣◦*]\s*")
_CREDIT_TAIL = re.compile(r"(?:\(\s*([^()]{2,40}?)\s*\)|\b([A-Z][A-Za-z]+)/[A-Z][\w .'’-]{1,40})\s*$")


def _line_words(line: str) -> list[str]:
    return _WORDS.findall(line.lower())


_FINAL = (".", "!", "?", "…")
_CLOSERS = "\"'”’)]"


def _boilerplate(s: str, n: int, final: bool, lex: dict) -> bool:
    """Page furniture a (stripped, non-empty) line shows by itself: a menu or button line, a caption
    or credit, a byline, a sharing or subscription prompt. ``n``: its number of blank-separated parts."""
    low = s.lower()
    if low.startswith(lex["_furniture_prefixes"]):
        return True
    if lex["_furniture_contains"].search(s):
        return True
    if n <= 16:
        words = _line_words(low)
        if not words:
            return True                             # rules, bullets, punctuation alone
        m = len(words)
        # made of interface words only ("Show More", "Share this article", "Back to top")
        if m <= 8 and all(w in lex["_ui_words"] for w in words) and any(w in lex["_ui_strong"] for w in words):
            return True
        # a short line naming an interface element ("... button", "Subscribe ...", "Advertisement")
        if m <= 12 and not final and any(w in lex["_ui_markers"] for w in words):
            return True
        # a byline: "By" and names, maybe a role or a date after a bar or a comma
        if words[0] == "by" and not final and s[2:3].isspace() and s[3:4].isupper():
            return True
    # a credit: "based on / with reporting from AGENCY", or a caption ending in "(AGENCY)" / "AGENCY/Name"
    if lex["_credit_line"].match(low):
        return True
    if n <= 20 and low.rstrip(" .)").endswith(lex["_credit_endings"]):
        return True                                 # "AGENCY's X Service contributed to this report"
    if n <= 60 and (s.endswith(")") or "/" in s[-45:]):
        m = _CREDIT_TAIL.search(s, max(0, len(s) - 90))
        if m:
            who = (m.group(1) or m.group(2) or "").strip()
            if low_of(who) in lex["_media_lows"] or who.lower() in lex["_media_names"]:
                return not (m.group(1) and s[:m.start()].rstrip().endswith(("(", "—", "-", ":")))
    return False


def _furniture(lines: list[str], lex: dict) -> set[int]:
    """Indices of the lines that are page furniture: by themselves (:func:`_boilerplate`) or by
    their place: the links under a related-articles marker, bulleted link lines, and very short
    lines without a sentence above the article's first or below its last paragraph (section
    names, place tags, agency names)."""
    info = []
    for ln in lines:
        s = ln.strip()
        if not s:
            info.append(None)
            continue
        parts = s.split()
        info.append((s, len(parts), s.rstrip(_CLOSERS).endswith(_FINAL), parts))
    body = [k for k, x in enumerate(info) if x is not None and x[1] >= 8 and (x[2] or x[0].endswith(":"))]
    first = body[0] if body else len(lines)
    last = body[-1] if body else -1
    out: set[int] = set()
    in_block = False
    markers = lex["_related_markers"]
    for k, x in enumerate(info):
        if x is None:
            continue
        s, n, final, parts = x
        if n <= 6 and s.rstrip(":").strip().lower() in markers:
            out.add(k)
            in_block = True
            continue
        if in_block:
            if final and n >= 8:
                in_block = False                  # the article goes on
            else:
                out.add(k)
                continue
        if _boilerplate(s, n, final, lex):
            out.add(k)
            continue
        if k > last and not final and _BULLET.match(s):
            out.add(k)
            continue
        if (k < first or k > last) and n <= 3 and not final and not any(ch.isdigit() for ch in s) \
                and not any(w in lex["_verb_forms"] for w in _line_words(s)) \
                and all(w[:1].isupper() or w.lower() in lex["_function_words"] for w in parts):
            out.add(k)                            # "Tindar", "Politics | World": a tag, not a headline
    return out


def _is_title(toks: list[Tok]) -> bool:
    """A line without sentence punctuation at its end: headline, dateline, menu."""
    last = next((t for t in reversed(toks) if t.text not in QUOTES and t.text not in ")]"), None)
    return last is None or last.text not in SENT_END


def _quote_spans(toks: list[Tok]) -> list[tuple[int, int]]:
    """Token ranges inside quotation marks; a quotation left open runs to the paragraph's end.
    Single quotes (‘…’, '…') count when no double quotation is open and they open a word and
    close after one (an apostrophe inside or after a word is no quotation mark)."""
    spans, open_at, single = [], None, False
    n = len(toks)
    for t in [t for t in toks if t.text in _QCHARS]:
        c = t.text
        if c == "``":
            c = "“"                                   # ``…'': the typewriter form of “…”
        elif c == "''":
            c = "”"
        if c in OPEN_Q or (c == '"' and open_at is None):
            if open_at is None:
                open_at, single = t.i + 1, False
        elif c in CLOSE_Q or c == '"':
            if open_at is not None and not single:
                spans.append((open_at, t.i))
                open_at = None
        elif c in "‘'" and open_at is None and t.i + 1 < n and toks[t.i + 1].word \
                and (t.i == 0 or toks[t.i - 1].end < t.start or not toks[t.i - 1].word):
            open_at, single = t.i + 1, True
        elif c in "’'" and open_at is not None and single and t.i > open_at \
                and (t.i + 1 >= n or not toks[t.i + 1].word or toks[t.i + 1].start > t.end):
            spans.append((open_at, t.i))
            open_at, single = None, False
    if open_at is not None and open_at < n and not single:
        spans.append((open_at, n))
    return spans


def _typographic_singles(toks: list[Tok], quotes: list[tuple[int, int]]) -> None:
    """A typewriter quotation ('…') reads as a typographic one (‘…’) from here on: the readers of
    statements then know its marks from apostrophes as they do for ‘…’ (offsets are unchanged)."""
    n = len(toks)
    for a, b in quotes:
        if a > 0 and toks[a - 1].text == "'":
            toks[a - 1].text = toks[a - 1].low = "‘"
            if b < n and toks[b].text == "'":
                toks[b].text = toks[b].low = "’"


def segment(text: str, lex: dict) -> list[Sentence]:
    """Paragraphs (lines) cut into sentences. Furniture lines (menus, "Read more", captions,
    credits, bylines) are dropped; short lines without final punctuation are kept as titles."""
    abbrev = lex["_abbrev"]
    out: list[Sentence] = []
    pos = 0
    lines = text.split("\n")
    furniture = _furniture(lines, lex)
    for para, line in enumerate(lines):
        lstart, lend = pos, pos + len(line)
        pos = lend + 1
        if para in furniture or not line or line.isspace():
            continue
        toks = _tokens(text, lstart, lend)
        if not toks:
            continue
        if _is_title(toks) and len(toks) <= 25:
            s = Sentence(text, toks[0].start, toks[-1].end, toks, para, True)
            s.quotes = _quote_spans(toks)
            out.append(s)
            continue
        kept = _drop_dateline(toks, lex["_media_lows"])
        if not kept:
            continue
        if kept is not toks:
            toks = kept
            for k, t in enumerate(toks):
                t.i = k
        quotes = _quote_spans(toks)
        # the marks of single-quoted quotations ('…') are quotation marks too, though the same
        # character is an apostrophe elsewhere: _quote_spans has told which ones open and close
        marks = {a - 1 for a, _ in quotes} | {b for _, b in quotes}
        _typographic_singles(toks, quotes)
        first = 0
        n = len(toks)
        for k in [k for k, t in enumerate(toks) if t.text in SENT_END]:
            if k == n - 1:
                continue
            t = toks[k]
            nxt = k + 1
            while nxt < n and (toks[nxt].text in _QP or nxt in marks):
                nxt += 1
            if nxt >= n:
                continue
            follower = toks[nxt]
            if not (follower.cap or follower.text[0].isdigit() or toks[k + 1].text in QUOTES or k + 1 in marks):
                continue
            if t.text == "." and k > 0:
                prev = toks[k - 1]
                if prev.end == t.start and (prev.low in abbrev or (len(prev.text) == 1 and prev.cap)):
                    continue
                if prev.end == t.start and "." in prev.text and prev.text.replace(".", "").isupper():
                    continue                    # U.S. , U.N.
            cut = nxt if all(toks[j].text in _QP or j in marks for j in range(k + 1, nxt)) else k + 1
            if cut > k + 1 and any(a == k + 2 for a, _ in quotes):
                cut = k + 1                     # the next sentence opens a quotation: the mark is its own
            if any(a <= k < b and b > cut for a, b in quotes):
                continue                        # a sentence inside a running quotation: keep going
            out.append(_sentence(text, toks[first:cut], para, quotes, first))
            first = cut
        if first < n:
            out.append(_sentence(text, toks[first:], para, quotes, first))
    for i, s in enumerate(out):
        s.index = i
    return out


def _drop_dateline(toks: list[Tok], media: frozenset = frozenset()) -> list[Tok]:
    """``GEROU, Chad: …`` / ``TINDAR (Reuters) - …`` / ``OUM HADJER, May 4 (AFP) — …`` /
    ``Tindar (Xinhua) …``: the dateline is no part of the first sentence."""
    if len(toks) < 6 or not toks[0].word or not toks[0].cap:
        return toks
    caps = toks[0].text.isupper() and len(toks[0].low) >= 3
    for k in range(1, min(12, len(toks) - 3)):
        t = toks[k]
        if t.text in (":", "—", "–", "-") and caps:
            return toks[k + 1:]
        if t.text in ("—", "–") and toks[k + 1].cap:
            return toks[k + 1:]                 # "Gerou — The army …", "Gerou, 2 May 2023 — …"
        if t.text == ")" and k >= 3 and toks[k - 2].text == "(" and toks[k - 1].cap:
            j = k + 1
            dash = j < len(toks) and toks[j].text in ("—", "–", "-", ":")
            if dash or toks[k - 1].low in media:       # "TINDAR (Reuters) -", "Tindar (Xinhua) …"
                return toks[j + 1:] if dash else toks[j:]
            return toks
        if not (t.cap or t.text[:1].isdigit() or t.text in (",", ".", "(", ")", "/")):
            break
    return toks


def _sentence(text: str, toks: list[Tok], para: int, quotes, offset: int) -> Sentence:
    if offset:
        for i, t in enumerate(toks):
            t.i = i
    s = Sentence(text, toks[0].start, toks[-1].end, toks, para, False)
    n = len(toks)
    s.quotes = [(max(a - offset, 0), min(b - offset, n)) for a, b in quotes
                if a - offset < n and b - offset > 0 and min(b - offset, n) > max(a - offset, 0)]
    return s


def prepare(lex: dict) -> dict:
    """Derived tables the text layer needs (computed once per lexicon)."""
    lex = dict(lex)
    lex["_abbrev"] = frozenset(low_of(a.rstrip(".")) for a in lex.get("abbreviations", ()))
    lex["_ui_words"] = frozenset(low_of(w) for w in lex.get("furniture_words", ()))
    lex["_ui_strong"] = frozenset(low_of(w) for w in lex.get("furniture_strong_words", ()))
    lex["_ui_markers"] = frozenset(low_of(w) for w in lex.get("furniture_markers", ()))
    lex["_furniture_prefixes"] = tuple(s.lower() for s in lex.get("furniture_prefixes", ()))
    lex["_furniture_contains"] = re.compile("|".join(re.escape(x) for x in lex.get("furniture_contains", ()))
                                            or r"(?!)")
    lex["_related_markers"] = frozenset(s.lower() for s in lex.get("related_markers", ()))
    lex["_credit_endings"] = tuple(s.lower() for s in lex.get("credit_endings", ()))
    lex["_credit_line"] = re.compile(r"^\W*(?:%s)\b" % "|".join(
        re.escape(c.lower()).replace("\\ ", r"\s+") for c in lex.get("credit_openers", ())) if lex.get("credit_openers")
        else r"(?!)")
    lex["_media_names"] = frozenset(m.lower() for m in lex.get("news_media", ()))
    lex["_function_words"] = frozenset(("the", "a", "an", "of", "in", "on", "at", "and", "or", "for", "to", "|", "-"))
    lex["_verb_forms"] = frozenset(low_of(f) for v in lex.get("handover_verbs", ()) for f in v["forms"]) | frozenset(
        low_of(w) for k in ("reporting_verbs", "withdrawal_context", "be_aux") for w in lex.get(k, ()))
    lex["_media_lows"] = frozenset(low_of(m) for m in lex.get("news_media", ()) if " " not in m)
    return lex
